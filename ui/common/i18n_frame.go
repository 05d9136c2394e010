package common

import "github.com/kam-workbench/kam/model"

// The words of the frame and the help screen's groups.
func init() {
	addText(map[string]model.Text{
		"help.list":      model.T("List", "列表"),
		"help.detail":    model.T("Detail", "详情"),
		"help.views":     model.T("Views and moving", "视图与移动"),
		"help.lists":     model.T("Checklist items, our people", "清单项目、我方人员"),
		"help.plot":      model.T("Matrix", "矩阵"),
		"help.history":   model.T("An account's evaluations", "客户的历次评估"),
		"help.scoring":   model.T("Scoring", "评分"),
		"help.criteria":  model.T("Criteria", "评估标准"),
		"help.worksheet": model.T("Worksheet", "工作表"),
		"help.meeting":   model.T("A meeting", "单次会议"),
		"help.carry":     model.T("Carrying actions over", "转入未完成行动"),

		"amounts_in":             model.T("amounts in %s", "金额单位：%s"),
		"key.settings":           model.T("workspace settings", "工作区设置"),
		"settings.title":         model.T("Workspace settings", "工作区设置"),
		"settings.name":          model.T("Workspace name", "工作区名称"),
		"settings.name_hint":     model.T("Shown in the header; empty for the default.", "显示在页首；留空则用默认名称。"),
		"settings.currency":      model.T("Currency", "货币"),
		"settings.currency_hint": model.T("The code amounts are in, e.g. CNY (¥), USD ($), EUR (€); empty: no symbol (¥ in Chinese).", "金额所用货币代码，如 CNY（¥）、USD（$）、EUR（€）；留空：不显示符号（中文显示 ¥）。"),
		"settings.capital":       model.T("Cost of capital, percent a year", "资金成本（年利率，百分比）"),
		"settings.capital_hint":  model.T("What payment days are costed at; empty for 5%.", "账期按此成本计算；留空为 5%。"),
		"settings.saved":         model.T("Workspace settings saved.", "工作区设置已保存。"),
	})
}
