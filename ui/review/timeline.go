package review

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

func (m *Model) timelineKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	list := m.Ctx.Data.MeetingsOf(a.ID)
	switch {
	case m.moved(msg, &m.listCursor, len(list)):
		return nil
	case key.Matches(msg, k.New):
		return m.openNewMeetingForm(a)
	case key.Matches(msg, k.Undo):
		if d := m.lastDeleted; d != nil && d.AccountID == a.ID {
			m.lastDeleted = nil
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.restored"), common.DateText(d.Date)), *d)
		}
		return common.Status(m.Ctx.T("status.nothing_to_undo"), false)
	}
	if len(list) == 0 {
		return nil
	}
	mt := list[min(m.listCursor, len(list)-1)]
	switch {
	case key.Matches(msg, k.Open):
		m.open, m.rowCursor, m.past = mt.ID, 0, 0
	case key.Matches(msg, k.Delete):
		m.Ask = &common.Question{Text: fmt.Sprintf(m.Ctx.T("ask.delete_meeting"), common.DateText(mt.Date)), Yes: func() tea.Cmd {
			m.lastDeleted = &mt
			return data.Delete(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.deleted"), common.DateText(mt.Date)), mt)
		}}
	}
	return nil
}

// period writes a meeting's period: "2026-07-01 – 2026-09-30".
func period(mt model.Meeting) string {
	if mt.From.IsZero() && mt.To.IsZero() {
		return "-"
	}
	return common.DateText(mt.From) + " – " + common.DateText(mt.To)
}

func (m *Model) timelineView(a model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	list := m.Ctx.Data.MeetingsOf(a.ID)
	head := common.SpreadLine(st.Title.Render(a.Name), st.Muted.Render(fmt.Sprintf(m.Ctx.TN("review.meeting_count", len(list)), len(list))), m.Width)
	if len(list) == 0 {
		return head + "\n\n  " + st.Muted.Render(t("review.none"))
	}
	now := m.Ctx.Now()
	w := func(key string, least int) int { return max(lipgloss.Width(t(key)), least) }
	cols := common.FitColumns([]common.Column{
		{ID: "date", Title: t("col.date"), Width: 10, Keep: 10},
		{ID: "period", Title: t("review.period"), Width: 23, Flex: true},
		{ID: "target", Title: t("review.on_target"), Width: w("review.on_target", 6), Right: true, Keep: 8},
		{ID: "open", Title: t("review.open_actions"), Width: w("review.open_actions", 4), Right: true, Keep: 7},
		{ID: "overdue", Title: t("col.overdue"), Width: w("col.overdue", 4), Right: true, Keep: 9},
		{ID: "next", Title: t("review.next"), Width: w("review.next", 10), Keep: 5},
	}, m.Width)
	tbl := common.Table{Len: len(list), Cursor: min(m.listCursor, len(list)-1)}
	tbl.SetHeight(h - 2)
	return head + "\n" + tbl.View(cols, m.Width, st, func(row int, col string) string {
		mt := list[row]
		switch col {
		case "date":
			return common.DateText(mt.Date)
		case "period":
			return period(mt)
		case "target":
			ok, judged := mt.OnTarget()
			return fmt.Sprintf("%d/%d", ok, judged)
		case "open":
			return strconv.Itoa(len(mt.OpenActions()))
		case "overdue":
			n := 0
			for _, x := range mt.Actions {
				if x.Overdue(now) {
					n++
				}
			}
			if n == 0 {
				return "-"
			}
			return "! " + strconv.Itoa(n)
		case "next":
			return common.DateText(mt.Next)
		}
		return ""
	})
}

// openNewMeetingForm starts a meeting: its date (today) and the period it
// reviews, proposed as the one after the last period reviewed (the last
// full quarter for a first review). Then the previous meeting's open
// actions are settled, and the scorecard is copied from it, with last
// year's actuals of the same period where it was reviewed.
func (m *Model) openNewMeetingForm(a model.Account) tea.Cmd {
	t := m.Ctx.T
	today := model.Day(m.Ctx.Now())
	from, to := model.NextPeriod(a.ID, today, m.Ctx.Data.MeetingsOf(a.ID))
	v := struct{ date, from, to string }{common.DateText(today), common.DateText(from), common.DateText(to)}
	return m.openForm(&common.EditForm{
		Title: fmt.Sprintf(t("review.new_title"), a.Name),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("review.date")).Value(&v.date).Validate(m.Ctx.AnyDateField(false)),
				huh.NewInput().Title(t("review.from")).Value(&v.from).Validate(m.Ctx.AnyDateField(true)),
				huh.NewInput().Title(t("review.to")).Value(&v.to).Validate(m.Ctx.AnyDateField(true)),
			).Description(t("review.new_hint"))}
		},
		Save: func() (tea.Cmd, error) {
			all := m.Ctx.Data.MeetingsOf(a.ID)
			mt := model.NewMeeting(a.ID, m.Ctx.ParseDate(v.date), m.Ctx.ParseDate(v.from), m.Ctx.ParseDate(v.to), all)
			if err := model.CheckMeeting(mt); err != nil {
				return nil, err
			}
			m.Form = nil
			if len(all) > 0 && len(all[0].OpenActions()) > 0 {
				m.carry = &carryOver{next: mt, prev: all[0], choices: map[string]model.Carry{}}
				return nil, nil
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("status.meeting_added"), common.DateText(mt.Date)), mt), nil
		},
		Dirty: func() bool { return false },
	}, "")
}

// carryOver settles the previous meeting's open actions before the new
// meeting is written: each carried over (the default), done or dropped.
type carryOver struct {
	next    model.Meeting
	prev    model.Meeting
	choices map[string]model.Carry
	cursor  int
}

func (m *Model) carryKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	c := m.carry
	open := c.prev.OpenActions()
	switch {
	case key.Matches(msg, k.Cancel):
		m.carry = nil
	case m.moved(msg, &c.cursor, len(open)):
	case key.Matches(msg, k.Choice):
		id := open[c.cursor].ID
		step := 1
		if msg.Type == tea.KeyLeft {
			step = len(model.Carries) - 1
		}
		c.choices[id] = (c.choices[id] + model.Carry(step)) % model.Carry(len(model.Carries))
	case key.Matches(msg, k.Confirm):
		prev, carried := model.CarryActions(c.prev, c.choices)
		next := c.next
		next.Actions = carried
		m.carry = nil
		note := fmt.Sprintf(m.Ctx.TN("status.meeting_carried", len(carried)), common.DateText(next.Date), len(carried))
		return data.Save(m.Ctx.Data, note, next, prev)
	}
	return nil
}

func (m *Model) carryView() string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	c := m.carry
	lines := []string{
		st.Title.Render(fmt.Sprintf(t("review.carry_title"), common.DateText(c.prev.Date))),
		st.Muted.Render(t("review.carry_hint")), "",
	}
	choiceW := 0
	for _, ch := range model.Carries {
		choiceW = max(choiceW, lipgloss.Width(ch.Name.In(m.Ctx.Lang)))
	}
	for i, a := range c.prev.OpenActions() {
		choice := model.NameOf(model.Carries, c.choices[a.ID], m.Ctx.Lang)
		text := "[" + common.PadRight(choice, choiceW) + "]  " + common.DateText(a.Due) + "  " + a.What + st.Muted.Render("  "+a.Owner)
		if i == c.cursor {
			lines = append(lines, st.Selected.Render("> ")+text)
		} else {
			lines = append(lines, "  "+text)
		}
	}
	return strings.Join(lines, "\n")
}
