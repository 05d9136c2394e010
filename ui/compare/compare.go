// Package compare is the course tab's compare screen: the teams' work on
// the current exercise side by side — their placements of the case
// study's accounts on one matrix, their PREPARE positions per issue, and
// their promotion plans' totals — with the differences marked.
package compare

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type section int

const (
	sectionMatrix section = iota
	sectionPrepare
	sectionPlan
	sections
)

var sectionNames = [sections]string{"compare.matrix", "compare.prepare", "compare.plan"}

// Model is the compare view of the course tab.
type Model struct {
	common.Frame
	keys    keyMap
	section section

	// cmp is the comparison as last worked out; nil when a team's work,
	// the course or the language changed since.
	cmp *model.Comparison

	accounts common.Table // the account under the cursor, in the matrix section
	issues   common.Table // the issue under the cursor, in PREPARE
	plans    common.Table // the team under the cursor, in the plan section
	// firstTeam is the first team given a column when not all fit.
	firstTeam int

	styles teamStyles
}

// New builds the view.
func New(ctx *common.Context) *Model {
	return &Model{Frame: common.NewFrame(ctx, true), keys: newKeyMap(ctx), styles: newTeamStyles(ctx.Styles)}
}

// Init has nothing to start.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the view's name.
func (m *Model) Title() string { return m.Ctx.T("compare.title") }

// Capturing is true while a question has the keys.
func (m *Model) Capturing() bool { return m.Frame.Capturing() }

// Follow shows the section of an exercise done on a tab: the Matrix's,
// PREPARE's or the Plan's; any other tab leaves the section as it is.
func (m *Model) Follow(tab string) {
	switch tab {
	case common.TabMatrix:
		m.section = sectionMatrix
	case common.TabPrepare:
		m.section = sectionPrepare
	case common.TabPlan:
		m.section = sectionPlan
	}
}

// comparison is the teams' work side by side, worked out again only when
// something it is made of changed.
func (m *Model) comparison() model.Comparison {
	if m.cmp == nil {
		var c model.Comparison
		if m.Ctx.Course != nil {
			c = model.Compare(m.Ctx.Course.Works(), model.PlanYear(m.Ctx.Now()))
		}
		m.cmp = &c
	}
	return *m.cmp
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case common.LangChangedMsg:
		m.keys, m.cmp = newKeyMap(m.Ctx), nil
		return m, m.Relabel()
	case common.TeamChangedMsg, data.SavedMsg, data.LoadedMsg, data.TeamResetMsg,
		common.TeamShownMsg, common.CourseChangedMsg:
		m.cmp = nil
		return m, nil
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	return m, m.Pass(msg)
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	c := m.comparison()
	switch {
	case key.Matches(msg, k.Section):
		m.section = (m.section + 1) % sections
		return nil
	case key.Matches(msg, k.PrevTeams):
		m.firstTeam = max(m.firstTeam-1, 0)
		return nil
	case key.Matches(msg, k.NextTeams):
		m.firstTeam = min(m.firstTeam+1, max(len(c.Teams)-1, 0))
		return nil
	}
	switch m.section {
	case sectionMatrix:
		switch {
		case key.Matches(msg, k.Left):
			moveIn(&m.accounts, -1, len(c.Accounts))
		case key.Matches(msg, k.Right):
			moveIn(&m.accounts, 1, len(c.Accounts))
		default:
			k.MoveCursor(msg, &m.accounts.Cursor, len(c.Accounts), m.accounts.Height)
			m.accounts.SetLen(len(c.Accounts))
		}
	case sectionPrepare:
		switch {
		case key.Matches(msg, k.Left):
			m.firstTeam = max(m.firstTeam-1, 0)
		case key.Matches(msg, k.Right):
			m.firstTeam = min(m.firstTeam+1, max(len(c.Teams)-1, 0))
		default:
			k.MoveCursor(msg, &m.issues.Cursor, len(c.Issues), m.issues.Height)
			m.issues.SetLen(len(c.Issues))
		}
	case sectionPlan:
		k.MoveCursor(msg, &m.plans.Cursor, len(c.Plans), m.plans.Height)
		m.plans.SetLen(len(c.Plans))
	}
	return nil
}

// moveIn moves a table's cursor by d rows over a list of n.
func moveIn(t *common.Table, d, n int) {
	t.SetLen(n)
	t.Move(d)
}

// View draws the view.
func (m *Model) View() string { return m.Render(m.body) }

func (m *Model) body() string {
	bar := m.sectionBar()
	h := max(m.Height-1, 1)
	if m.Ctx.Course == nil {
		return bar + "\n\n  " + m.Ctx.Styles.Muted.Render(m.Ctx.T("compare.no_course"))
	}
	c := m.comparison()
	if len(c.Teams) == 0 {
		return bar + "\n\n  " + m.Ctx.Styles.Muted.Render(m.Ctx.T("compare.loading"))
	}
	switch m.section {
	case sectionPrepare:
		return bar + "\n" + m.prepareView(c, h)
	case sectionPlan:
		return bar + "\n" + m.planView(c, h)
	}
	return bar + "\n" + m.matrixView(c, h)
}

// sectionBar names the sections, the one shown picked out, and the key
// that cycles them.
func (m *Model) sectionBar() string {
	parts := make([]string, len(sectionNames))
	for i, n := range sectionNames {
		parts[i] = m.Ctx.Picked(m.Ctx.T(n), section(i) == m.section)
	}
	st := m.Ctx.Styles
	return st.Title.Render(m.Ctx.T("compare.title")) + "  " + strings.Join(parts, st.Muted.Render(" · ")) + st.Muted.Render("  (s)")
}

// ShortHelp is the bottom line's keys for what the view shows now.
func (m *Model) ShortHelp() []key.Binding {
	if h := m.FrameHelp(); h != nil {
		return h
	}
	k := m.keys
	switch m.section {
	case sectionPrepare:
		return []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Section}
	case sectionPlan:
		return []key.Binding{k.Up, k.Down, k.Section}
	}
	return []key.Binding{k.Up, k.Down, k.PrevTeams, k.NextTeams, k.Section}
}

// HelpGroups lists every key of the view.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	return []common.HelpGroup{
		{Title: "compare.title", Keys: []key.Binding{k.Section, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Left, k.Right, k.PrevTeams, k.NextTeams}},
	}
}
