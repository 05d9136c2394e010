package common

import "github.com/kam-workbench/kam/model"

// The words of course mode in the shell: the header, the global keys, the
// status line.
func init() {
	addText(map[string]model.Text{
		"mode.team":               model.T("Team %d", "第 %d 组"),
		"mode.timer_running":      model.T("⏱ %s", "⏱ %s"),
		"mode.timer_paused":       model.T("⏸ %s", "⏸ %s"),
		"mode.timer_up":           model.T("⏱ time's up", "⏱ 时间到"),
		"mode.time_up":            model.T("Time's up.", "时间到。"),
		"mode.team_shown":         model.T("Now showing %s's workspace in every tab.", "各标签页现在显示%s的工作区。"),
		"mode.team_save_failed":   model.T("%s: not saved: %s", "%s：未保存：%s"),
		"mode.team_load_failed":   model.T("%s's workspace could not be read: %s", "无法读取%s的工作区：%s"),
		"mode.course_save_failed": model.T("The course file was not saved: %s", "课程文件未保存：%s"),
		"mode.no_course":          model.T("Not in a course. %s", "当前不在课程中。%s"),
		"mode.how_to_start":       model.T("Start one from the command line: kam course new --teams 8, then kam course.", "请在命令行开始：kam course new --teams 8，然后 kam course。"),
		"mode.course_opened_one":  model.T("Course mode: %d team from %s. C comes back to the course.", "课程模式：%d 个小组，来自 %s。按 C 回到课程。"),
		"mode.course_opened":      model.T("Course mode: %d teams from %s. C comes back to the course.", "课程模式：%d 个小组，来自 %s。按 C 回到课程。"),

		"mode.quit_ends_course":     model.T("Quit and close the course for %d participants? y quits, any other key stays", "退出并为 %d 名学员关闭课程？按 y 退出，其他键留下"),
		"mode.quit_ends_course_one": model.T("Quit and close the course for %d participant? y quits, any other key stays", "退出并为 %d 名学员关闭课程？按 y 退出，其他键留下"),
		"mode.room_paused":          model.T("keys paused", "键盘已暂停"),
		"mode.paused_by_trainer":    model.T("The trainer paused everyone's keys while presenting: eyes on the front.", "讲师正在演示，大家的键盘已暂停：请看前面。"),
		"mode.unpaused":             model.T("Your keys work again.", "键盘已恢复。"),
		"mode.you_paused":           model.T("Everyone's keys are paused; ctrl+f lets them go.", "已暂停所有学员的键盘；按 ctrl+f 恢复。"),
		"mode.you_unpaused":         model.T("Everyone's keys work again.", "所有学员的键盘已恢复。"),
		"mode.sent_here":            model.T("The trainer brought everyone to %s.", "讲师带大家来到%s。"),

		"key.course":     model.T("course", "课程"),
		"key.pause_room": model.T("pause everyone's keys", "暂停所有学员的键盘"),
		"key.next_team":  model.T("next team", "下一组"),
		"key.present":    model.T("present (full screen)", "演示（全屏）"),
	})
}
