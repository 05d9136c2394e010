// Package prepare is the PREPARE tab: the current account's negotiations
// and their seven-letter worksheets, its trading terms with the cost of
// terms over the years, and all accounts' terms side by side.
package prepare

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// view is one of the tab's three views, cycled with v.
type view int

const (
	viewNegotiations view = iota
	viewTerms
	viewCompare
	views
)

var viewNames = [views]string{"prepare.negotiations", "prepare.terms", "prepare.compare"}

// Model is the PREPARE tab.
type Model struct {
	ctx    *common.Context
	keys   keyMap
	width  int
	height int
	view   view
	ask    *common.Question
	form   *common.EditForm

	// negotiations
	listCursor  int
	open        string // the negotiation whose worksheet is open, or ""
	section     model.Section
	rowCursor   int
	lastDeleted *model.Negotiation
	added       *block // a row is being added to this block: the cursor goes to it once saved

	// terms of the current account
	termRow, termCol int
	// all accounts, one year
	compareYear   int
	compareCursor int
}

// New builds the tab.
func New(ctx *common.Context) *Model { return &Model{ctx: ctx, keys: newKeyMap(ctx)} }

// Init has nothing to start.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name.
func (m *Model) Title() string { return "PREPARE" }

// Capturing is true while a form or a question is open.
func (m *Model) Capturing() bool { return m.form != nil || m.ask != nil }

// SetSize gives the tab its body's size.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.form.Resize(w, h)
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.form.Handle(m.ctx, msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case common.CurrentChangedMsg:
		m.listCursor, m.open, m.termRow, m.termCol = 0, "", 0, 0
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.ctx)
		if m.form != nil {
			return m, m.form.Rebuild(m.ctx)
		}
		return m, nil
	case data.SavedMsg:
		if m.form.Saving() {
			m.form = nil
			if n, ok := m.ctx.Data.Negotiation(m.open); ok && m.added != nil {
				if r := common.RowOf(sectionBlocks[m.section], &n, m.added, m.added.Len(&n)-1); r >= 0 {
					m.rowCursor = r
				}
			}
		}
		m.clamp()
		return m, nil
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	if m.form != nil {
		return m, m.form.Update(msg)
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if m.ask != nil {
		return common.Answer(&m.ask, msg)
	}
	if m.form != nil {
		if key.Matches(msg, m.keys.Cancel) {
			if m.form.Changed() {
				m.ask = &common.Question{Text: m.ctx.T("ask.discard"), Yes: func() tea.Cmd { m.form = nil; return nil }}
				return nil
			}
			m.form = nil
			return nil
		}
		return m.form.Update(msg)
	}
	if m.view == viewCompare {
		return m.compareKey(msg)
	}
	a, ok := m.ctx.Data.Current()
	if !ok {
		if key.Matches(msg, m.keys.NextView) {
			m.view = (m.view + 1) % views
		}
		return nil
	}
	if m.open != "" && m.view == viewNegotiations {
		return m.sheetKey(msg, a)
	}
	switch {
	case key.Matches(msg, m.keys.NextView):
		m.view = (m.view + 1) % views
		return nil
	case key.Matches(msg, m.keys.PrevView):
		m.view = (m.view + views - 1) % views
		return nil
	}
	if m.view == viewTerms {
		return m.termsKey(msg, a)
	}
	return m.listKey(msg, a)
}

func (m *Model) openForm(f *common.EditForm) tea.Cmd {
	m.form = f
	return f.Open(m.ctx, m.width, m.height)
}

// clamp keeps cursors inside what shrank.
func (m *Model) clamp() {
	a, ok := m.ctx.Data.Current()
	if !ok {
		return
	}
	m.listCursor = min(m.listCursor, max(len(m.ctx.Data.NegotiationsOf(a.ID))-1, 0))
	if n, ok := m.ctx.Data.Negotiation(m.open); ok {
		m.rowCursor = min(m.rowCursor, max(len(m.rows(n))-1, 0))
	} else {
		m.open = ""
	}
}

// moved moves a list cursor over n rows on ↑/↓ and reports whether it did.
func (m *Model) moved(msg tea.KeyMsg, cursor *int, n int) bool {
	return common.Moved(msg, m.keys.Up, m.keys.Down, cursor, n)
}

// View draws the tab's body.
func (m *Model) View() string {
	st := m.ctx.Styles
	if !m.ctx.Data.Complete() {
		return st.Muted.Render(m.ctx.T("loading"))
	}
	var v string
	a, ok := m.ctx.Data.Current()
	switch {
	case m.form != nil:
		v = m.form.View(m.ctx)
	case m.view == viewCompare:
		v = m.viewBar() + "\n" + m.compareView(m.height-1)
	case !ok:
		v = m.viewBar() + "\n\n  " + st.Muted.Render(m.ctx.T("buyer.no_account"))
	case m.view == viewTerms:
		v = m.viewBar() + "\n" + m.termsView(a, m.height-1)
	case m.open != "":
		v = m.sheetView(a)
	default:
		v = m.viewBar() + "\n" + m.listView(a, m.height-1)
	}
	v = m.ctx.QuestionOver(v, m.ask, m.width)
	return common.FitLines(v, m.width, m.height)
}

func (m *Model) viewBar() string { return m.ctx.ViewBar(viewNames[:], int(m.view)) }

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.ask != nil:
		return []key.Binding{k.Yes, k.No}
	case m.form != nil:
		return append(m.form.KeyBinds(), k.Cancel)
	case m.view == viewCompare:
		return []key.Binding{k.Up, k.Down, k.Year, k.Open, k.NextView}
	case m.view == viewTerms:
		return []key.Binding{k.Move, k.Edit, k.New, k.Remove, k.Gross, k.NewYear, k.NextView}
	case m.open != "":
		return []key.Binding{k.Sections, k.Up, k.Down, k.Edit, k.New, k.Remove, k.Back}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.New, k.Edit, k.Ready, k.Conclude, k.ToTerms, k.NextView}
}

// HelpGroups lists every key of the tab, by the view it works in.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	return []common.HelpGroup{
		{Title: "help.views", Keys: []key.Binding{k.NextView, k.PrevView, k.Up, k.Down}},
		{Title: "prepare.negotiations", Keys: []key.Binding{k.Open, k.New, k.Edit, k.Delete, k.Undo, k.Ready, k.Conclude, k.ToTerms}},
		{Title: "help.worksheet", Keys: []key.Binding{k.Sections, k.Edit, k.New, k.Remove, k.Words, k.Back}},
		{Title: "prepare.terms", Keys: []key.Binding{k.Move, k.Edit, k.New, k.Remove, k.Gross, k.NewYear, k.DeleteYear, k.Capital}},
		{Title: "prepare.compare", Keys: []key.Binding{k.Year, k.Open}},
	}
}
