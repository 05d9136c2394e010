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
	})
}
