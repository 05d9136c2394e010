package accounts

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/ui/common"
)

// planPage is the one-page account plan of one account, as kam export
// writes it, drawn for the terminal. The Markdown is built when the page
// opens, and again on a language switch or a save that touches the
// account; a resize only draws it again.
type planPage struct {
	id    string
	md    string // "" until the whole workspace is in
	title string
	lines []string
	top   int
}

// openPlan shows the plan of an account.
func (m *Model) openPlan(id string) tea.Cmd {
	if _, ok := m.Ctx.Data.Account(id); !ok {
		return nil
	}
	m.plan = &planPage{id: id}
	m.buildPlan()
	return nil
}

// buildPlan writes the plan again from the workspace as held.
func (m *Model) buildPlan() {
	p := m.plan
	if p == nil {
		return
	}
	p.md = ""
	if m.Ctx.Data.Complete() {
		p.md = m.Ctx.Data.AccountPlan(p.id, m.Ctx.Lang, m.Ctx.Now())
	}
	m.drawPlan()
}

// drawPlan lays the plan out at the tab's width.
func (m *Model) drawPlan() {
	p := m.plan
	if p == nil {
		return
	}
	p.title, p.lines = "", nil
	if p.md != "" {
		p.title, p.lines = renderMarkdown(p.md, m.Width, m.Ctx.Styles)
	}
	p.top = min(p.top, m.planLast())
}

// planRows is how many lines of the plan fit under its head.
func (m *Model) planRows() int { return max(m.Height-1, 1) }

func (m *Model) planLast() int { return max(len(m.plan.lines)-m.planRows(), 0) }

// planSaved builds the plan again when a save changed its account's
// records (or what every account is read against).
func (m *Model) planSaved(ids []string, all bool) {
	if m.plan != nil && (all || slices.Contains(ids, m.plan.id)) {
		m.buildPlan()
	}
}

func (m *Model) planKey(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Back, m.keys.Plan) {
		m.plan = nil
		return nil
	}
	m.plan.top = m.keys.Scroll(msg, m.plan.top, m.planRows(), m.planLast())
	return nil
}

func (m *Model) planView() string {
	p, st := m.plan, m.Ctx.Styles
	if !m.Ctx.Data.Complete() {
		return st.Muted.Render(m.Ctx.T("plan.loading"))
	}
	if p.md == "" {
		return st.Muted.Render(m.Ctx.T("plan.gone"))
	}
	end := min(p.top+m.planRows(), len(p.lines))
	where := st.Muted.Render(fmt.Sprintf(m.Ctx.T("plan.position"), p.top+1, end, len(p.lines)))
	lines := []string{common.SpreadLine(st.Title.Render(p.title), where, m.Width)}
	lines = append(lines, p.lines[p.top:end]...)
	return strings.Join(lines, "\n")
}

// planHelp is the bottom line's keys on the plan.
func (m *Model) planHelp() []key.Binding {
	k := m.keys
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Back}
}

// planOf is the account a key on the current view is about: the line's
// on Today, the one open in the detail, the one under the cursor in the
// list.
func (m *Model) planOf() (string, bool) {
	switch {
	case m.view == viewToday:
		if it := m.today.current(); it != nil && m.today.built {
			return it.AccountID, true
		}
		if cur, ok := m.Ctx.Data.Current(); ok { // Today empty or loading: the current account
			return cur.ID, true
		}
		return "", false
	case m.mode == modeDetail:
		return m.detailID, m.detailID != ""
	}
	a, ok := m.current()
	return a.ID, ok
}
