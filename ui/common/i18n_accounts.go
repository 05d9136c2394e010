package common

import "github.com/kam-workbench/kam/model"

// The words of the Accounts tab's stage proposals and its Today view.
func init() {
	addText(map[string]model.Text{
		"key.stage_proposed":       model.T("follow kam", "按 kam 建议"),
		"stage.by_hand":            model.T("set by hand", "手动设置"),
		"stage.by_hand_differs":    model.T("set by hand · kam reads %s", "手动设置 · kam 判断为%s"),
		"stage.by_kam":             model.T("from the work recorded", "根据已记录的工作"),
		"stage.why":                model.T("kam reads: %s.", "kam 的判断：%s。"),
		"stage.hint_follow":        model.T("p follows kam's reading.", "按 p 改为按 kam 的判断。"),
		"stage.hint_set":           model.T("space, ← or → sets it by hand.", "按空格、← 或 → 手动设置。"),
		"stage.end":                model.T(".", "。"),
		"stage.loading":            model.T("kam reads the stages once the whole workspace is in.", "工作区全部载入后，kam 才会判断各阶段。"),
		"status.stage_no_proposal": model.T("kam keeps no record of this stage's work: it is set by hand.", "kam 没有记录此阶段的工作：请手动设置。"),
		"status.stage_follows":     model.T("This stage already follows the work recorded.", "此阶段已按已记录的工作判断。"),
		"status.stage_proposed":    model.T("Stage %d %s follows the work recorded: %s.", "阶段 %d %s 改为按已记录的工作判断：%s。"),
	})
}
