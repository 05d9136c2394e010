package accounts

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// view is what the tab shows: Today, or the list of accounts (with each
// account's detail).
type view int

const (
	viewToday view = iota
	viewList
)

// viewNames are the catalog keys of the views, in the order v cycles them.
var viewNames = [...]string{"today.view", "today.view_list"}

// todayKindNames name each kind of Today's lines, as group headings.
var todayKindNames = [model.TodayKinds]string{
	"today.kind_overdue", "today.kind_coming", "today.kind_contact", "today.kind_stale", "today.kind_not_evaluated",
}

// today is what needs the rep this week across all accounts: lines kept
// in order, built once the whole workspace is in, and mended account by
// account after a save rather than built again.
type today struct {
	built  bool
	day    time.Time // the day the lines were read for
	lines  []model.TodayItem
	counts [model.TodayKinds]int
	cursor int // the line under the cursor
	top    int // the first line in view
}

// build reads every account's lines.
func (m *Model) buildToday() {
	d, now := m.Ctx.Data, m.Ctx.Now()
	t := &m.today
	t.lines = t.lines[:0]
	for i := range d.Accounts {
		if d.Accounts[i].Archived {
			continue
		}
		t.lines = append(t.lines, model.TodayOf(d.Work(d.Accounts[i].ID), now)...)
	}
	slices.SortFunc(t.lines, model.CompareToday)
	t.built, t.day = true, model.Day(now)
	t.count()
	t.clamp()
}

// ensureToday builds Today when the whole workspace is in and it was not
// built for this day.
func (m *Model) ensureToday() {
	if !m.Ctx.Data.Complete() {
		m.today.built = false
		return
	}
	if !m.today.built || !m.today.day.Equal(model.Day(m.Ctx.Now())) {
		m.buildToday()
	}
}

// mendToday reads again the lines of the accounts a save touched, leaving
// the others' where they are.
func (m *Model) mendToday(ids []string) {
	t := &m.today
	if !t.built || len(ids) == 0 {
		return
	}
	keep := t.current()
	d, now := m.Ctx.Data, m.Ctx.Now()
	touched := map[string]bool{}
	for _, id := range ids {
		touched[id] = true
	}
	t.lines = slices.DeleteFunc(t.lines, func(it model.TodayItem) bool { return touched[it.AccountID] })
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue // one save may hold many records of an account
		}
		seen[id] = true
		for _, it := range model.TodayOf(d.Work(id), now) {
			i, _ := slices.BinarySearchFunc(t.lines, it, model.CompareToday)
			t.lines = slices.Insert(t.lines, i, it)
		}
	}
	t.count()
	if keep != nil { // the cursor stays on the line it was on, if it is still there
		if i, ok := slices.BinarySearchFunc(t.lines, *keep, model.CompareToday); ok {
			t.cursor = i
		}
	}
	t.clamp()
}

func (t *today) count() {
	t.counts = [model.TodayKinds]int{}
	for _, it := range t.lines {
		t.counts[it.Kind]++
	}
}

func (t *today) current() *model.TodayItem {
	if t.cursor < 0 || t.cursor >= len(t.lines) {
		return nil
	}
	it := t.lines[t.cursor]
	return &it
}

func (t *today) clamp() {
	t.cursor = min(max(t.cursor, 0), max(len(t.lines)-1, 0))
	t.top = min(max(t.top, 0), t.cursor)
}

// todayRows is how many lines of Today fit under its head.
func (m *Model) todayRows() int { return max(m.Height-2, 1) }

// scrollToday keeps the cursor's line in view, counting the group
// headings between the first line in view and it.
func (m *Model) scrollToday() {
	t := &m.today
	t.clamp()
	for t.top < t.cursor && m.todayLinesBetween(t.top, t.cursor) > m.todayRows() {
		t.top++
	}
}

// todayLinesBetween counts the screen lines from line i to line j, both
// drawn, group headings included.
func (m *Model) todayLinesBetween(i, j int) int {
	n := 0
	for k := i; k <= j; k++ {
		if k == i || m.today.lines[k].Kind != m.today.lines[k-1].Kind {
			n++
		}
		n++
	}
	return n
}

func (m *Model) todayKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	t := &m.today
	switch {
	case key.Matches(msg, k.NextView, k.PrevView):
		m.view = viewList
		return nil
	case key.Matches(msg, k.New):
		return m.openForm(model.Account{Tier: model.TierB, Channel: model.Hypermarket}, true)
	case key.Matches(msg, k.Filter, k.Sort, k.Reverse, k.ShowArchived):
		// the list's own keys take the rep to the list and do their work there
		m.view = viewList
		return m.listKey(msg)
	case key.Matches(msg, k.Import):
		return m.openImport()
	case key.Matches(msg, k.Plan):
		if id, ok := m.planOf(); ok {
			return m.openPlan(id)
		}
		return nil
	case !t.built:
		return nil
	case key.Matches(msg, k.Edit):
		// e edits the account of the line under the cursor
		if it := t.current(); it != nil {
			if a, ok := m.Ctx.Data.Account(it.AccountID); ok {
				return m.openForm(a, false)
			}
		}
	case key.Matches(msg, k.Up):
		t.cursor--
	case key.Matches(msg, k.Down):
		t.cursor++
	case key.Matches(msg, k.PageUp):
		t.cursor -= m.todayRows() - 1
	case key.Matches(msg, k.PageDown):
		t.cursor += m.todayRows() - 1
	case key.Matches(msg, k.Top):
		t.cursor = 0
	case key.Matches(msg, k.Bottom):
		t.cursor = len(t.lines) - 1
	case key.Matches(msg, k.Open):
		if it := t.current(); it != nil {
			return goToLine(*it)
		}
	}
	m.scrollToday()
	return nil
}

// goToLine takes the rep to the place a line of Today is about.
func goToLine(it model.TodayItem) tea.Cmd {
	switch it.On {
	case model.OnMeeting:
		return common.GoTo(common.TabReview, it.AccountID, it.Item)
	case model.OnNegotiation:
		return common.GoTo(common.TabPrepare, it.AccountID, it.Item)
	case model.OnContact, model.OnChecklist:
		return common.GoTo(common.TabBuyer, it.AccountID, it.Item)
	}
	return common.GoTo(common.TabMatrix, it.AccountID, it.Item)
}

func (m *Model) todayView() string {
	st := m.Ctx.Styles
	d := m.Ctx.Data
	if d.Ready() && len(d.Accounts) == 0 {
		return m.welcomeView()
	}
	bar := m.Ctx.ViewBar(viewNames[:], int(viewToday))
	if !d.Complete() {
		return bar + "\n\n  " + st.Muted.Render(m.Ctx.T("today.loading"))
	}
	t := &m.today
	total := len(t.lines)
	summary := st.Muted.Render(fmt.Sprintf(m.Ctx.TN("today.count", total), total))
	lines := []string{common.SpreadLine(bar, summary, m.Width)}
	if total == 0 {
		lines = append(lines, "")
		for _, s := range common.Wrap(m.Ctx.T("today.nothing"), m.Width-2) {
			lines = append(lines, "  "+st.OK.Render(s))
		}
		return strings.Join(lines, "\n")
	}
	nameW := min(24, max(m.Width/5, 10))
	rows := m.todayRows()
	for i := t.top; i < total && len(lines) <= rows; i++ {
		it := t.lines[i]
		if i == t.top || it.Kind != t.lines[i-1].Kind {
			head := fmt.Sprintf("%s  %d", m.Ctx.T(todayKindNames[it.Kind]), t.counts[it.Kind])
			lines = append(lines, st.Title.Render(common.Truncate(head, m.Width)))
			if len(lines) > rows {
				break
			}
		}
		date := "          "
		if !it.Due.IsZero() {
			date = it.Due.Format(model.DateLayout)
		}
		text := "  " + date + "  " + common.PadRight(common.Truncate(it.Account, nameW), nameW) + "  " + it.What.In(m.Ctx.Lang)
		if i == t.cursor {
			lines = append(lines, st.Selected.Render(common.PadRight(common.Truncate(">"+text[1:], m.Width), m.Width)))
		} else {
			lines = append(lines, common.Truncate(text, m.Width))
		}
	}
	return strings.Join(lines, "\n")
}

// todayHelp is the bottom line's keys on Today.
func (m *Model) todayHelp() []key.Binding {
	k := m.keys
	open := k.Open
	open.SetHelp("enter", m.Ctx.T("key.go_there"))
	list := k.NextView
	list.SetHelp("v", m.Ctx.T("key.show_list"))
	if !m.today.built || len(m.today.lines) == 0 {
		return []key.Binding{list, k.New, k.Import}
	}
	return []key.Binding{k.Up, k.Down, open, list, k.Edit, k.New, k.Plan, k.Import}
}

// savedForToday mends Today after a save.
func (m *Model) savedForToday(msg data.SavedMsg) {
	ids, all := touched(msg)
	if all {
		m.today.built = false
		m.ensureToday()
		return
	}
	m.mendToday(ids)
}
