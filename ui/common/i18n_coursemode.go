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

		"key.course":    model.T("course", "课程"),
		"key.next_team": model.T("next team", "下一组"),
		"key.present":   model.T("present (full screen)", "演示（全屏）"),
	})
}
