package serve

import "github.com/kam-workbench/kam/model"

// wording is one message in both languages.
type wording struct{ en, zh string }

// words are what the server and the team picker say. They are kam's words
// like the catalogue's in ui/common, kept here with the package that says
// them; the same tests hold them (both languages, the same verbs).
var words = map[string]wording{
	"serve.no_passcode":         {"the room passcode is empty: participants could not get in", "教室口令为空：学员将无法进入"},
	"serve.no_trainer_passcode": {"the trainer passcode is empty: set one for the trainer's own session", "培训师口令为空：请为培训师自己的会话设置一个口令"},
	"serve.same_passcodes":      {"the trainer passcode must differ from the room passcode", "培训师口令不能与教室口令相同"},
	"serve.passcode_prompt":     {"Passcode", "口令"},
	"serve.stopped":             {"kam serve stopped: %v", "kam serve 已停止：%v"},
	"serve.closed":              {"The trainer closed the course. Your work is saved.", "培训师已关闭课程。你的工作已保存。"},
	"serve.closing":             {"The trainer closed the course. Saving your last changes, then goodbye.", "培训师已关闭课程。正在保存你最后的修改，然后退出。"},
	"serve.needs_terminal":      {"kam needs a terminal: connect with ssh -t", "kam 需要终端：请用 ssh -t 连接"},
	"serve.log_joined":          {"%s  %s joined %s from %s (%d connected)", "%s  %s 加入了%s（来自 %s，已连接 %d 人）"},
	"serve.log_left":            {"%s  %s left %s (%d connected)", "%s  %s 离开了%s（已连接 %d 人）"},
	"serve.trainer":             {"Trainer", "培训师"},
	"serve.team":                {"Team %d", "第 %d 组"},
	"serve.team_named":          {"Team %d: %s", "第 %d 组：%s"},
	"serve.welcome":             {"the course", "课程"},
	"serve.pick_team":           {"Which team are you in?", "你在哪个小组？"},
	"serve.pick_keys":           {"↑/↓ choose · enter next · L 中文 · q leave", "↑/↓ 选择 · 回车 下一步 · L English · q 离开"},
	"serve.your_name":           {"Your name (at most %d columns wide):", "你的姓名（最多 %d 个字符宽）："},
	"serve.name_keys":           {"enter join · esc back to the teams · ctrl+c leave", "回车 加入 · esc 返回小组列表 · ctrl+c 离开"},
	"serve.name_empty":          {"Type your name, so your team knows who is working", "请输入你的姓名，让小组知道是谁在操作"},
	"serve.name_long":           {"A name of at most %d columns, please", "姓名最多 %d 个字符宽"},
}

// word is a message in both languages; an unknown key reads as itself.
func word(key string) model.Text {
	w, ok := words[key]
	if !ok {
		w = wording{key, key}
	}
	var t model.Text
	t.EN, t.ZH = w.en, w.zh
	return t
}
