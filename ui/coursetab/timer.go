package coursetab

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

func (m *Model) timerKey(msg tea.KeyMsg) tea.Cmd {
	if !m.trainer() {
		return nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.SetTimer) && !m.presenting:
		return m.timerForm()
	case key.Matches(msg, k.StartPause):
		return m.startPause()
	case key.Matches(msg, k.PlusMinute):
		return m.plusMinute()
	case key.Matches(msg, k.ResetTimer):
		return m.resetTimer()
	}
	return nil
}

// timerForm asks for the timer's minutes; it then waits, idle, for s.
func (m *Model) timerForm() tea.Cmd {
	minutes := ""
	if set := m.course().Timer.Set; set > 0 {
		minutes = strconv.Itoa(int(set / time.Minute))
	}
	orig := minutes
	timer := func(s string) (model.Timer, error) {
		n, err := model.ParseMinutes(s)
		if err != nil {
			return model.Timer{}, err
		}
		return model.WithMinutes(n)
	}
	t := m.Ctx.T
	m.courseForm = true
	return m.OpenForm(&common.EditForm{
		Title: t("course.timer_title"),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("course.timer_field")).Description(fmt.Sprintf(t("course.timer_hint"), model.MinTimerMinutes, model.MaxTimerMinutes)).
					Placeholder("10").Value(&minutes).Validate(func(s string) error { _, err := timer(s); return m.Ctx.Loc(err) }),
			)}
		},
		Save: func() (tea.Cmd, error) {
			tm, err := timer(minutes)
			if err != nil {
				return nil, err
			}
			next := m.base()
			next.Timer = tm
			n := int(tm.Set / time.Minute)
			return m.save(next, fmt.Sprintf(m.Ctx.TN("course.timer_set_to", n), n)), nil
		},
		Dirty: func() bool { return minutes != orig },
	})
}

// startPause starts the timer, pauses it while it runs, or starts it again
// from what was set once time is up.
func (m *Model) startPause() tea.Cmd {
	now := m.now()
	next := m.base()
	tm := next.Timer
	switch {
	case tm.Set <= 0:
		return common.Status(m.Ctx.T("course.timer_unset"), false)
	case tm.Running() && !tm.Done(now):
		next.Timer = tm.Paused(now)
		return m.save(next, fmt.Sprintf(m.Ctx.T("course.timer_paused_at"), common.TimeLeft(next.Timer.Remaining(now))))
	}
	next.Timer = tm.Started(now)
	return m.save(next, fmt.Sprintf(m.Ctx.T("course.timer_started"), common.TimeLeft(next.Timer.Remaining(now))))
}

// plusMinute gives the exercise one more minute.
func (m *Model) plusMinute() tea.Cmd {
	now := m.now()
	next := m.base()
	if next.Timer.Set <= 0 {
		return common.Status(m.Ctx.T("course.timer_unset"), false)
	}
	next.Timer = next.Timer.PlusMinute(now)
	return m.save(next, fmt.Sprintf(m.Ctx.T("course.timer_plus_done"), common.TimeLeft(next.Timer.Remaining(now))))
}

// resetTimer puts the timer back, idle, to what was set.
func (m *Model) resetTimer() tea.Cmd {
	next := m.base()
	if next.Timer.Set <= 0 {
		return common.Status(m.Ctx.T("course.timer_unset"), false)
	}
	tm, err := model.WithMinutes(int(next.Timer.Set / time.Minute))
	if err != nil {
		return common.Status(model.Localize(err, m.Ctx.Lang), true)
	}
	next.Timer = tm
	return m.save(next, fmt.Sprintf(m.Ctx.T("course.timer_reset_done"), common.TimeLeft(tm.Set)))
}

// timerState is the timer's state in words, and the style it reads in.
func (m *Model) timerState() (string, lipgloss.Style) {
	st := m.Ctx.Styles
	tm := m.course().Timer
	now := m.now()
	switch {
	case tm.Done(now):
		return m.Ctx.T("course.timer_up"), st.Error.Bold(true)
	case tm.Running():
		return m.Ctx.T("course.timer_running"), st.OK.Bold(true)
	case tm.Set <= 0:
		return m.Ctx.T("course.timer_none"), st.Muted
	case tm.Left < tm.Set:
		return m.Ctx.T("course.timer_paused"), st.Warn.Bold(true)
	}
	return m.Ctx.T("course.timer_idle"), st.Muted
}

// timerView is the time left in big digits, centred, with the state in
// words above and what was set and the block below; plain digits when the
// body is too small for big ones.
func (m *Model) timerView(h int) string {
	st := m.Ctx.Styles
	tm := m.course().Timer
	now := m.now()
	left := common.TimeLeft(tm.Remaining(now))
	state, stateStyle := m.timerState()
	done := tm.Done(now)
	digits := st.Title
	switch {
	case done:
		digits = st.Error.Bold(true)
	case !tm.Running():
		digits = st.Muted
	}
	var lines []string
	big := bigText(left)
	banner := []string{stateStyle.Render(state)}
	if done {
		// Time's up is said big too: a band in the error style, its words
		// spaced out, over the zeros.
		word := " " + spaced(state) + " "
		band := st.Error.Bold(true).Reverse(true)
		pad := strings.Repeat(" ", lipgloss.Width(word)+4)
		banner = []string{band.Render(pad), band.Render("  " + word + "  "), band.Render(pad)}
	}
	info := m.timerInfo()
	need := len(banner) + 1 + len(big) + 1 + len(info)
	if lipgloss.Width(big[0]) <= m.Width && need <= h {
		lines = append(lines, banner...)
		lines = append(lines, "")
		for _, l := range big {
			lines = append(lines, digits.Render(l))
		}
		lines = append(lines, "")
	} else {
		lines = append(lines, stateStyle.Render(state)+"  "+digits.Render(left))
	}
	if !m.presenting || h-len(lines) >= len(info) {
		lines = append(lines, info...)
	}
	return centre(lines, m.Width, h)
}

// timerInfo is what the timer was set to and the block it runs for.
func (m *Model) timerInfo() []string {
	st := m.Ctx.Styles
	tm := m.course().Timer
	var lines []string
	if tm.Set > 0 {
		n := int(tm.Set / time.Minute)
		lines = append(lines, st.Muted.Render(fmt.Sprintf(m.Ctx.TN("course.timer_set_for", n), n)))
	} else if m.trainer() && !m.presenting {
		lines = append(lines, st.Muted.Render(m.Ctx.T("course.timer_how")))
	}
	if b, ok := m.course().Current(m.now()); ok {
		for _, l := range common.Wrap(fmt.Sprintf(m.Ctx.T("course.timer_block"), m.blockName(b), m.topics(b)), max(m.Width, 1)) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	return lines
}

// centre puts lines in the middle of w×h cells, each cut to w.
func centre(lines []string, w, h int) string {
	top := max((h-len(lines))/2, 0)
	out := make([]string, 0, h)
	for range top {
		out = append(out, "")
	}
	for _, l := range lines {
		l = common.Truncate(l, w)
		out = append(out, strings.Repeat(" ", max((w-lipgloss.Width(l))/2, 0))+l)
	}
	return strings.Join(out, "\n")
}

// spaced puts a space between the letters of a Latin word, to read from
// afar; Chinese characters are wide enough already.
func spaced(s string) string {
	if lipgloss.Width(s) != len([]rune(s)) {
		return s
	}
	return strings.Join(strings.Split(strings.ToUpper(s), ""), " ")
}

// bigGlyphs are the digits and the colon, five rows high, drawn in full
// blocks two cells wide so that they read square from the back of the
// room.
var bigGlyphs = map[rune][5]string{
	'0': {"██████", "██  ██", "██  ██", "██  ██", "██████"},
	'1': {"  ██  ", "████  ", "  ██  ", "  ██  ", "██████"},
	'2': {"██████", "    ██", "██████", "██    ", "██████"},
	'3': {"██████", "    ██", "██████", "    ██", "██████"},
	'4': {"██  ██", "██  ██", "██████", "    ██", "    ██"},
	'5': {"██████", "██    ", "██████", "    ██", "██████"},
	'6': {"██████", "██    ", "██████", "██  ██", "██████"},
	'7': {"██████", "    ██", "    ██", "    ██", "    ██"},
	'8': {"██████", "██  ██", "██████", "██  ██", "██████"},
	'9': {"██████", "██  ██", "██████", "    ██", "██████"},
	':': {"  ", "██", "  ", "██", "  "},
}

// bigText draws digits and colons five rows high, a column apart; other
// characters are left out.
func bigText(s string) []string {
	rows := make([]string, 5)
	first := true
	for _, r := range s {
		g, ok := bigGlyphs[r]
		if !ok {
			continue
		}
		for i := range rows {
			if !first {
				rows[i] += " "
			}
			rows[i] += g[i]
		}
		first = false
	}
	return rows
}
