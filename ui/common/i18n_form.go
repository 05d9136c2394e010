package common

import "github.com/kam-workbench/kam/model"

// The words of kam's forms.
func init() {
	addText(map[string]model.Text{
		"form.cut":     model.T("%d characters left out: this field holds at most %d.", "有 %d 个字符未录入：此栏最多可填 %d 个字符。"),
		"form.cut_one": model.T("%d character left out: this field holds at most %d.", "有 %d 个字符未录入：此栏最多可填 %d 个字符。"),
	})
}
