package common

import "github.com/kam-workbench/kam/model"

// The words of kam serve: the server's terminal, the passcode prompt, the
// team picker a participant meets, and the last word when the course
// closes.
func init() {
	addText(map[string]model.Text{
		"serve.sentences":           model.T("%s %s", "%s%s"), // one sentence after another
		"serve.closed_trainer":      model.T("The course is closed: the server stopped. What you saved is kept.", "课程已关闭：服务已停止。你保存的内容都已保留。"),
		"serve.log_wrong_passcode":  model.T("%s  a wrong passcode from %s (%d in a row)", "%s  来自 %s 的口令错误（连续 %d 次）"),
		"serve.form_not_saved":      model.T("The form you had open was not saved.", "你打开的表单没有保存。"),
		"serve.passcode_wrong":      model.T("Wrong passcode: ask the trainer.", "口令不对：请问讲师。"),
		"serve.idle_closing":        model.T("Nothing was typed here for %s: closing. Saving your last changes, then goodbye.", "此处已 %s 未输入任何内容：正在关闭。正在保存你最后的修改，然后退出。"),
		"serve.idle_closed":         model.T("Closed: nothing was typed for %s. What you saved is kept; connect again to go on.", "已关闭：%s 未输入任何内容。你保存的内容都已保留；重新连接即可继续。"),
		"serve.hours":               model.T("%d h", "%d 小时"),
		"serve.minutes":             model.T("%d min", "%d 分钟"),
		"serve.seconds":             model.T("%d s", "%d 秒"),
		"serve.no_passcode":         model.T("the room passcode is empty: participants could not get in", "教室口令为空：学员将无法进入"),
		"serve.no_trainer_passcode": model.T("the trainer passcode is empty: set one for the trainer's own session", "讲师口令为空：请为讲师自己的会话设置一个口令"),
		"serve.same_passcodes":      model.T("the trainer passcode must differ from the room passcode", "讲师口令不能与教室口令相同"),
		"serve.passcode_prompt":     model.T("Passcode", "口令"),
		"serve.stopped":             model.T("kam serve stopped: %v", "kam serve 已停止：%v"),
		"serve.closed":              model.T("The trainer closed the course. What you saved is kept.", "讲师已关闭课程。你保存的内容都已保留。"),
		"serve.closing":             model.T("The trainer closed the course. Saving your last changes, then goodbye.", "讲师已关闭课程。正在保存你最后的修改，然后退出。"),
		"serve.needs_terminal":      model.T("kam needs a terminal: connect with ssh -t", "kam 需要终端：请用 ssh -t 连接"),
		"serve.log_joined":          model.T("%s  %s joined %s from %s (participants: %d)", "%s  %s 加入了%s（来自 %s；学员：%d 名）"),
		"serve.log_left":            model.T("%s  %s left %s (participants: %d)", "%s  %s 离开了%s（学员：%d 名）"),
		"serve.log_trainer_joined":  model.T("%s  the trainer joined from %s (participants: %d)", "%s  讲师从 %s 加入（学员：%d 名）"),
		"serve.log_trainer_left":    model.T("%s  the trainer left (participants: %d)", "%s  讲师离开（学员：%d 名）"),
		"serve.log_started":         model.T("%s  kam serve started on %s for %s", "%s  kam serve 已在 %s 上启动，课程文件夹 %s"),
		"serve.log_stopped":         model.T("%s  kam serve stopped", "%s  kam serve 已停止"),
		"serve.trainer":             model.T("Trainer", "讲师"),
		"serve.team":                model.T("Team %d", "第 %d 组"),
		"serve.team_named":          model.T("Team %d: %s", "第 %d 组：%s"),
		"serve.welcome":             model.T("the course", "课程"),
		"serve.pick_team":           model.T("Which team are you in?", "你在哪个小组？"),
		"serve.pick_keys":           model.T("↑/↓ choose · enter next · L 中文 · q leave", "↑/↓ 选择 · 回车 下一步 · L English · q 离开"),
		"serve.your_name":           model.T("Your name (%d wide at most):", "你的姓名（最多占 %d 个英文字母宽，一个汉字占 2 个）："),
		"serve.name_keys":           model.T("enter join · esc back to the teams · ctrl+c leave", "回车 加入 · esc 返回小组列表 · ctrl+c 离开"),
		"serve.name_empty":          model.T("Type your name, so your team knows who is working", "请输入你的姓名，让小组知道是谁在操作"),
		"serve.name_long":           model.T("A name %d wide at most, please (a Chinese character is 2 wide)", "姓名太长：最多占 %d 个英文字母宽（一个汉字占 2 个）"),
	})
}
