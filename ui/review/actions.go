package review

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// openAction is an open action with where it comes from: pointers into
// the workspace data, valid until the next save, since the list is made
// anew for every key and frame and copies of every meeting would cost
// tens of MB at 50,000 accounts.
type openAction struct {
	action  *model.Action
	meeting *model.Meeting
	account *model.Account
}

// openActions lists every open action of every active account, as
// filtered: by due date, overdue ones (the earliest) first; none dated last.
func (m *Model) openActions() []openAction {
	d := m.Ctx.Data
	needle := strings.ToLower(strings.TrimSpace(m.filter.Value()))
	var out []openAction
	for i := range d.Meetings {
		mt := &d.Meetings[i]
		ai, ok := d.AccountIndex(mt.AccountID)
		if !ok || d.Accounts[ai].Archived {
			continue
		}
		a := &d.Accounts[ai]
		for j := range mt.Actions {
			x := &mt.Actions[j]
			if x.Status != model.ActionOpen || (m.side != "" && x.Side != m.side) {
				continue
			}
			if needle != "" && !strings.Contains(strings.ToLower(a.Name+"\x00"+x.Owner+"\x00"+x.What), needle) {
				continue
			}
			out = append(out, openAction{x, mt, a})
		}
	}
	slices.SortStableFunc(out, func(a, b openAction) int {
		switch {
		case a.action.Due.IsZero() != b.action.Due.IsZero():
			if a.action.Due.IsZero() {
				return 1
			}
			return -1
		}
		if c := a.action.Due.Compare(b.action.Due); c != 0 {
			return c
		}
		return strings.Compare(a.account.Name, b.account.Name)
	})
	return out
}

func (m *Model) actionsKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if m.filtering {
		switch {
		case key.Matches(msg, k.FilterKeep):
			m.filtering = false
			m.filter.Blur()
		case key.Matches(msg, k.FilterClear):
			m.filtering = false
			m.filter.Blur()
			m.filter.SetValue("")
		default:
			var cmd tea.Cmd
			m.filter, cmd = common.UpdateInput(m.filter, msg)
			m.actionCursor = 0
			return cmd
		}
		return nil
	}
	list := m.openActions()
	switch {
	case m.moved(msg, &m.actionCursor, len(list)):
		return nil
	case key.Matches(msg, k.NextView):
		m.view = (m.view + 1) % views
		return nil
	case key.Matches(msg, k.Filter):
		m.filtering = true
		return m.filter.Focus()
	case key.Matches(msg, k.Back) && (m.filter.Value() != "" || m.side != ""):
		m.filter.SetValue("")
		m.side = ""
		return nil
	case key.Matches(msg, k.Side):
		switch m.side {
		case "":
			m.side = "ours"
		case "ours":
			m.side = "theirs"
		default:
			m.side = ""
		}
		m.actionCursor = 0
		return nil
	}
	if len(list) == 0 {
		return nil
	}
	oa := list[min(m.actionCursor, len(list)-1)]
	switch {
	case key.Matches(msg, k.Done):
		for i, x := range oa.meeting.Actions {
			if x.ID == oa.action.ID {
				return m.toggleDone(*oa.meeting, i)
			}
		}
	case key.Matches(msg, k.Open):
		m.view, m.open, m.rowCursor, m.past = viewTimeline, oa.meeting.ID, 0, 0
		for i, r := range common.Rows(blocks, oa.meeting) {
			if r.Block == actionsBlock && !r.Empty && oa.meeting.Actions[r.Index].ID == oa.action.ID {
				m.rowCursor = i
			}
		}
		id := oa.account.ID
		return func() tea.Msg { return common.SelectAccountMsg{ID: id} }
	}
	return nil
}

func (m *Model) actionsView(h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	l := m.Ctx.Lang
	now := m.Ctx.Now()
	list := m.openActions()
	overdue := 0
	for _, oa := range list {
		if oa.action.Overdue(now) {
			overdue++
		}
	}
	left := st.Title.Render(fmt.Sprintf(m.Ctx.TN("review.open_count", len(list)), len(list))) + "  " + st.Error.Render(fmt.Sprintf(t("review.overdue_count"), overdue))
	if m.filtering {
		left = m.filter.View()
	} else if m.filter.Value() != "" {
		left += st.Muted.Render("  / " + m.filter.Value())
	}
	side := t("review.side_all")
	if m.side != "" {
		side = model.NameOf(model.Sides, m.side, l)
	}
	head := common.SpreadLine(left, st.Muted.Render(fmt.Sprintf(t("review.side_filter"), side)), m.Width)
	if len(list) == 0 {
		return head + "\n\n  " + st.Muted.Render(t("review.no_open"))
	}
	w := func(key string, least int) int { return max(lipgloss.Width(t(key)), least) }
	// The account, the action and its owner share the width left over,
	// each up to its widest, so that none is cut while the line has room.
	widest := func(key string, cell func(oa openAction) string) int {
		return common.Widest(t(key), len(list), func(i int) string { return cell(list[i]) })
	}
	cols := common.FitColumns([]common.Column{
		{ID: "late", Title: "", Width: 1, Keep: 10},
		{ID: "due", Title: t("prepare.due"), Width: w("prepare.due", 10), Keep: 9},
		{ID: "account", Title: t("review.account"), Width: 18, Keep: 8, Grow: 1,
			Max: widest("review.account", func(oa openAction) string { return oa.account.Name })},
		{ID: "what", Title: t("prepare.action"), Width: 20, Flex: true,
			Max: widest("prepare.action", func(oa openAction) string { return oa.action.What })},
		{ID: "owner", Title: t("prepare.owner"), Width: 14, Keep: 6, Grow: 1,
			Max: widest("prepare.owner", func(oa openAction) string { return oa.action.Owner })},
		{ID: "side", Title: t("review.side"), Width: w("review.side", 6), Keep: 5},
		{ID: "meeting", Title: t("review.from_meeting"), Width: w("review.from_meeting", 10), Keep: 3},
	}, m.Width)
	tbl := common.Table{Len: len(list), Cursor: min(m.actionCursor, len(list)-1)}
	tbl.SetHeight(h - 2)
	return head + "\n" + tbl.View(cols, m.Width, st, func(row int, col string) string {
		oa := list[row]
		switch col {
		case "late":
			if oa.action.Overdue(now) {
				return "!"
			}
			return ""
		case "due":
			return common.DateText(oa.action.Due)
		case "account":
			return oa.account.Name
		case "what":
			return oa.action.What
		case "owner":
			return oa.action.Owner
		case "side":
			return model.NameOf(model.Sides, oa.action.Side, l)
		case "meeting":
			return common.DateText(oa.meeting.Date)
		}
		return ""
	})
}
