package coursetab

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// shiftStep is how far < and > move a block and the rest of its day.
const shiftStep = 5

// sideBySide is the width from which the block in detail stands beside the
// agenda rather than below it.
const sideBySide = 120

// tabTitles are the catalog keys of the tabs a block or a card can open.
var tabTitles = map[string]string{
	common.TabAccounts: "tab.accounts",
	common.TabMatrix:   "tab.matrix",
	common.TabBuyer:    "tab.buyer",
	common.TabPrepare:  "course.tab_prepare",
	common.TabReview:   "tab.review",
	common.TabRange:    "tab.range",
	common.TabPlan:     "tab.plan",
}

// tabTitle is a tab's name as the tab bar shows it.
func (m *Model) tabTitle(tab string) string {
	if k, ok := tabTitles[tab]; ok {
		return m.Ctx.T(k)
	}
	return tab
}

// cursorBlock is the block under the agenda's cursor.
func (m *Model) cursorBlock() (model.Block, bool) {
	blocks := m.course().Blocks
	if len(blocks) == 0 {
		return model.Block{}, false
	}
	m.agenda.SetLen(len(blocks))
	return blocks[m.agenda.Cursor], true
}

func (m *Model) agendaKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if m.trainer() {
		switch {
		case key.Matches(msg, k.SetTimer):
			return m.timerForm()
		case key.Matches(msg, k.StartPause):
			return m.startPause()
		case key.Matches(msg, k.ResetTimer):
			return m.resetTimer()
		case key.Matches(msg, k.Follow):
			return m.follow()
		}
	}
	b, ok := m.cursorBlock()
	if !ok {
		return nil
	}
	switch {
	case key.Matches(msg, k.Go):
		if b.Tab != "" {
			return common.GoTo(b.Tab, "", "")
		}
		return common.Status(m.Ctx.T("course.no_tab"), false)
	case key.Matches(msg, k.Board):
		if b.Board == "" {
			return common.Status(m.Ctx.T("course.no_board"), false)
		}
		m.view = viewBoards
		return m.updateHosted(common.OpenMsg{Item: b.Board})
	}
	if m.trainer() {
		switch {
		case key.Matches(msg, k.SendAll):
			return m.sendAll(b)
		case key.Matches(msg, k.Choose):
			return m.choose(b)
		case key.Matches(msg, k.Earlier):
			return m.shift(b, -shiftStep)
		case key.Matches(msg, k.Later):
			return m.shift(b, shiftStep)
		case key.Matches(msg, k.StartAt):
			return m.startForm(b)
		case key.Matches(msg, k.FirstDay):
			return m.firstDayForm()
		}
	}
	k.MoveCursor(msg, &m.agenda.Cursor, len(m.course().Blocks), m.agenda.Height)
	return nil
}

// sendAll takes the trainer and every participant to the block's tab.
func (m *Model) sendAll(b model.Block) tea.Cmd {
	if b.Tab == "" {
		return common.Status(m.Ctx.T("course.no_tab"), false)
	}
	return tea.Batch(m.Ctx.Course.SendEveryone(b.Tab), tea.Sequence(
		common.GoTo(b.Tab, "", ""),
		common.Status(fmt.Sprintf(m.Ctx.T("course.sent_all"), m.tabTitle(b.Tab)), false)))
}

// choose makes a block the current one; on the block already chosen, the
// agenda follows the clock again.
func (m *Model) choose(b model.Block) tea.Cmd {
	next := m.base()
	if next.Chosen == b.ID {
		return m.follow()
	}
	next.Chosen = b.ID
	return m.save(next, fmt.Sprintf(m.Ctx.T("course.chosen"), m.blockName(b)))
}

// follow lets the clock say which block is current again.
func (m *Model) follow() tea.Cmd {
	next := m.base()
	if next.Chosen == "" {
		return common.Status(m.Ctx.T("course.by_clock_already"), false)
	}
	next.Chosen = ""
	return m.save(next, m.Ctx.T("course.by_clock_again"))
}

// shift moves a block and the rest of its day by minutes.
func (m *Model) shift(b model.Block, minutes int) tea.Cmd {
	next, err := m.base().Shift(b.ID, minutes)
	if err != nil {
		return common.Status(model.Localize(err, m.Ctx.Lang), true)
	}
	return m.save(next, m.shiftedNote(b, b.Start+minutes))
}

func (m *Model) shiftedNote(b model.Block, start int) string {
	return fmt.Sprintf(m.Ctx.T("course.shifted"), b.Day, model.FormatClock(b.Start), model.FormatClock(start))
}

// firstDayForm asks for the date of the course's first day: a course
// made the day before class follows the clock from the day it runs.
func (m *Model) firstDayForm() tea.Cmd {
	day := common.DateText(m.course().Start)
	orig := day
	t := m.Ctx.T
	m.courseForm = true
	return m.OpenForm(&common.EditForm{
		Title: t("course.first_day_title"),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("course.first_day_field")).Description(t("course.first_day_hint")).Placeholder("2026-12-03").Value(&day).
					Validate(func(s string) error { _, err := model.ParseDate(s, m.now().Location()); return m.Ctx.Loc(err) }),
			)}
		},
		Save: func() (tea.Cmd, error) {
			start, err := model.ParseDate(day, m.now().Location())
			if err != nil {
				return nil, err
			}
			next := m.base()
			next.Start = start
			return m.save(next, fmt.Sprintf(t("course.first_day_saved"), common.DateText(start))), nil
		},
		Dirty: func() bool { return day != orig },
	})
}

// startForm asks for the time a block starts; the rest of its day
// follows.
func (m *Model) startForm(b model.Block) tea.Cmd {
	start := model.FormatClock(b.Start)
	orig := start
	shifted := func(s string) (model.Course, int, error) {
		at, err := model.ParseClock(s)
		if err != nil {
			return model.Course{}, 0, err
		}
		next, err := m.base().Shift(b.ID, at-b.Start)
		return next, at, err
	}
	t := m.Ctx.T
	m.courseForm = true
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(t("course.start_title"), m.blockName(b)),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("course.start_field")).Description(t("course.start_hint")).Placeholder("09:30").Value(&start).
					Validate(func(s string) error { _, _, err := shifted(s); return m.Ctx.Loc(err) }),
			)}
		},
		Save: func() (tea.Cmd, error) {
			next, at, err := shifted(start)
			if err != nil {
				return nil, err
			}
			return m.save(next, m.shiftedNote(b, at)), nil
		},
		Dirty: func() bool { return start != orig },
	})
}

// agendaView is the eight blocks by day, the current one marked, and the
// block under the cursor in detail: below, or beside from sideBySide
// cells across.
func (m *Model) agendaView(h int) string {
	st := m.Ctx.Styles
	c := m.course()
	if len(c.Blocks) == 0 {
		return st.Muted.Render(common.Truncate(m.Ctx.T("course.no_blocks"), m.Width))
	}
	head := common.Truncate(m.nowLine(), m.Width)
	b, _ := m.cursorBlock()
	if m.Width >= sideBySide {
		left := m.Width * 3 / 5
		right := m.Width - left - 4 // a cell spare, for terminals that draw the rule two wide
		table := m.agendaTable(left, h-1)
		detail := m.blockDetail(b, right)
		return head + "\n" + beside(strings.Split(table, "\n"), detail, left, h-1, st.Rule.Render(" │ "))
	}
	detail := m.blockDetail(b, m.Width)
	n := len(c.Blocks)
	// The whole agenda first, while the detail keeps five lines; the
	// detail shows in full where there is room for both.
	rows := min(max(h-3-len(detail), min(n, 3)), n)
	if h-3-n >= 5 {
		rows = n
	}
	if m.presenting {
		rows = min(n, max(h-2, 1))
	}
	out := head + "\n" + m.agendaTable(m.Width, rows+1)
	if room := h - rows - 3; !m.presenting && room > 0 {
		out += "\n\n" + strings.Join(detail[:min(len(detail), room)], "\n")
	}
	return out
}

// nowLine says which block is current and why: by the clock, or chosen.
func (m *Model) nowLine() string {
	st := m.Ctx.Styles
	c := m.course()
	now := m.now()
	b, ok := c.Current(now)
	switch {
	case !ok:
		return st.Muted.Render(fmt.Sprintf(m.Ctx.T("course.none_now"), common.DateText(now), model.FormatClock(now.Hour()*60+now.Minute())))
	case c.Chosen == b.ID:
		return st.Title.Render(fmt.Sprintf(m.Ctx.T("course.now_chosen"), m.blockName(b)))
	}
	return st.Title.Render(fmt.Sprintf(m.Ctx.T("course.now_by_clock"), m.blockName(b)))
}

// agendaTable draws the blocks in h lines (its header one of them),
// width cells across.
func (m *Model) agendaTable(width, h int) string {
	st := m.Ctx.Styles
	c := m.course()
	t := m.Ctx.T
	current, _ := c.Current(m.now())
	mark := t("course.now_mark")
	m.agenda.SetHeight(max(h-1, 1))
	m.agenda.SetLen(len(c.Blocks))
	cols := common.FitColumns([]common.Column{
		{ID: "now", Title: "", Width: lipgloss.Width(mark), Keep: 9},
		{ID: "day", Title: t("course.col_day"), Width: common.Widest(t("course.col_day"), 1, func(int) string { return fmt.Sprintf(t("course.day"), 2) }), Keep: 8},
		{ID: "time", Title: t("course.col_time"), Width: 11, Keep: 7},
		{ID: "topics", Title: t("course.col_topics"), Width: 12, Flex: true},
	}, width)
	return m.agenda.View(cols, width, st, func(r int, col string) string {
		b := c.Blocks[r]
		now := b.ID == current.ID
		switch col {
		case "now":
			if now {
				return st.OK.Bold(true).Render(mark)
			}
			return ""
		case "day":
			return fmt.Sprintf(t("course.day"), b.Day)
		case "time":
			return model.FormatClock(b.Start) + "–" + model.FormatClock(b.End)
		case "topics":
			s := m.topics(b)
			if now {
				return st.Title.Render(s)
			}
			return s
		}
		return ""
	})
}

// topics are a block's topics in one line, in the language shown.
func (m *Model) topics(b model.Block) string {
	parts := make([]string, len(b.Topics))
	for i, tp := range b.Topics {
		parts[i] = tp.In(m.Ctx.Lang)
	}
	return strings.Join(parts, " · ")
}

// blockDetail is a block in full, in lines of at most w cells: its
// topics, its cards, its exercise, its board's question, and its tab.
func (m *Model) blockDetail(b model.Block, w int) []string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	c := m.course()
	l := m.Ctx.Lang
	var lines []string
	add := func(label, text string) {
		gap := " "
		if strings.HasSuffix(label, "：") { // a full-width colon has its space in it
			gap = ""
		}
		for i, s := range common.Wrap(label+gap+text, w) {
			if i == 0 {
				s = st.Label.Render(label) + strings.TrimPrefix(s, label)
			}
			lines = append(lines, s)
		}
	}
	title := m.blockName(b) + " · " + common.DateText(c.DayOf(b))
	if cur, ok := c.Current(m.now()); ok && cur.ID == b.ID {
		state := t("course.state_by_clock")
		if c.Chosen == b.ID {
			state = t("course.state_chosen")
		}
		title += " · " + st.OK.Bold(true).Render(t("course.now_mark")+" ("+state+")")
	}
	for _, l := range common.Wrap(title, w) {
		lines = append(lines, st.Title.Render(l))
	}
	for _, tp := range b.Topics {
		for i, s := range common.Wrap(tp.In(l), max(w-2, 1)) {
			lead := "- "
			if i > 0 {
				lead = "  "
			}
			lines = append(lines, lead+s)
		}
	}
	if cards := c.BlockCards(b); len(cards) > 0 {
		names := make([]string, len(cards))
		for i, card := range cards {
			names[i] = card.Title.In(l)
		}
		add(t("course.cards_label"), strings.Join(names, " · "))
	}
	if ex := b.Exercise.In(l); ex != "" {
		add(t("course.exercise_label"), ex)
	}
	if board, ok := c.Board(b.Board); ok {
		add(t("course.board_label"), board.Question.In(l))
	}
	if b.Tab != "" {
		add(t("course.where_label"), m.tabTitle(b.Tab))
	}
	return lines
}

// beside puts left's lines (padded to lw cells) and right's side by side,
// in h lines.
func beside(left, right []string, lw, h int, sep string) string {
	lines := make([]string, min(max(len(left), len(right)), h))
	for i := range lines {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		lines[i] = common.PadRight(l, lw) + sep + r
	}
	return strings.Join(lines, "\n")
}
