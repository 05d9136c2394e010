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
		"help.today":               model.T("Today", "今日"),
		"today.view":               model.T("Today", "今日"),
		"today.view_list":          model.T("Accounts", "客户列表"),
		"today.kind_overdue":       model.T("Overdue actions", "逾期行动"),
		"today.kind_coming":        model.T("Meetings and negotiations in the next 14 days", "未来 14 天的会议与谈判"),
		"today.kind_contact":       model.T("Key contacts not seen in 60 days", "60 天未联系的关键联系人"),
		"today.kind_stale":         model.T("Buyer knowledge gone stale", "采购了解已过时"),
		"today.kind_not_evaluated": model.T("Accounts never evaluated", "从未评估的客户"),
		"today.loading":            model.T("Today needs the whole workspace: loading… (v shows the accounts meanwhile)", "今日视图需要整个工作区：正在载入…（按 v 先看客户列表）"),
		"today.count":              model.T("%d things to do", "%d 件事待处理"),
		"today.count_one":          model.T("%d thing to do", "%d 件事待处理"),
		"today.nothing":            model.T("Nothing needs you this week: no meeting or negotiation in the next 14 days, no overdue action, every key contact seen in 60 days, buyer knowledge fresh, every account evaluated. v shows the accounts.", "本周没有需要处理的事：未来 14 天没有会议或谈判，没有逾期行动，关键联系人 60 天内都有联系，采购了解都未过时，所有客户都已评估。按 v 查看客户列表。"),
		"key.go_there":             model.T("go there", "前往"),
		"key.show_today":           model.T("today", "今日"),
		"key.show_list":            model.T("accounts", "客户列表"),
	})
}
