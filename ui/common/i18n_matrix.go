package common

import "github.com/kam-workbench/kam/model"

// The words of the Matrix tab added since the catalog was split.
func init() {
	addText(map[string]model.Text{
		"matrix.more_above":       model.T("↑ %d more above", "↑ 上面还有 %d 个"),
		"matrix.more_below":       model.T("↓ %d more below", "↓ 下面还有 %d 个"),
		"matrix.more_unevaluated": model.T("(%d not evaluated)", "（其中 %d 个未评估）"),
	})
}
