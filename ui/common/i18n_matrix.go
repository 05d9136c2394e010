package common

import "github.com/kam-workbench/kam/model"

// The words of the Matrix tab added since the catalog was split.
func init() {
	addText(map[string]model.Text{
		"matrix.more_above":       model.T("↑ %d more above", "↑ 上面还有 %d 个"),
		"matrix.more_below":       model.T("↓ %d more below", "↓ 下面还有 %d 个"),
		"matrix.more_unevaluated": model.T("(%d not evaluated)", "（其中 %d 个未评估）"),
		"key.preview_plot":        model.T("plot with these weights", "按当前权重看矩阵图"),
		"key.criteria_plot":       model.T("plot", "矩阵图"),
		"key.criteria_list":       model.T("criteria", "标准列表"),
		"key.rescore":             model.T("re-score under current criteria", "按现行标准重算"),
		"key.size_by_sales":       model.T("size by our sales", "按我方销售额定大小"),
		"matrix.rescored_draft":   model.T("markers re-scored under these weights; trails from where they were scored", "标记按这些权重重算；轨迹起点为原评分位置"),
		"matrix.rescored_current": model.T("re-scored under the current criteria (r)", "按现行标准重算（r）"),
		"matrix.older_note":       model.T("* scored under older criteria (%d)", "* 按旧标准评分（%d 个）"),
		"matrix.older_rescore":    model.T("r re-scores them", "r 按现行标准重算"),
		"matrix.legend_rescored":  model.T("Re-scored under the current criteria", "按现行标准重算的分数"),
		"matrix.older_as_scored":  model.T("r shows them as scored", "r 显示原评分"),
		// The sizes' note: one line where it fits, else the first part over the rest.
		"matrix.size_note":      model.T("size = our sales: A lowest third", "大小 = 我方销售额：A 最低三分之一"),
		"matrix.size_note_more": model.T("░A░ middle · ░░A░░ top", "░A░ 中间 · ░░A░░ 最高"),
	})
}
