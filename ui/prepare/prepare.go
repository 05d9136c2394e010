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
	common.Frame
	keys keyMap
	view view

	// negotiations
	listCursor  int
	open        string // the negotiation whose worksheet is open, or ""
	section     model.Section
	rowCursor   int
	past        int // lines the worksheet is scrolled past its cursor's row
	lastDeleted *model.Negotiation
	added       *block // a row is being added to this block: the cursor goes to it once saved

	// terms of the current account
	termRow, termCol int
	// all accounts, one year
	compareYear   int
	compareCursor int
}

// New builds the tab.
func New(ctx *common.Context) *Model {
	return &Model{Frame: common.NewFrame(ctx, true), keys: newKeyMap(ctx)}
}

// Init has nothing to start.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name.
func (m *Model) Title() string { return "PREPARE" }

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case common.CurrentChangedMsg:
		m.listCursor, m.open, m.termRow, m.termCol = 0, "", 0, 0
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.Ctx)
		return m, m.Relabel()
	case common.OpenMsg:
		m.openItem(msg.Item)
		return m, nil
	case data.SavedMsg:
		if m.FormSaved() {
			if n, ok := m.Ctx.Data.Negotiation(m.open); ok && m.added != nil {
				if r := common.RowOf(sectionBlocks[m.section], &n, m.added, m.added.Len(&n)-1); r >= 0 {
					m.rowCursor, m.past = r, 0
				}
			}
		}
		m.clamp()
		return m, nil
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	return m, m.Pass(msg)
}

// openItem shows what another tab sent the user to: a negotiation of the
// current account opens on its worksheet; anything else shows the list.
func (m *Model) openItem(item string) {
	m.view, m.open, m.section, m.rowCursor, m.past = viewNegotiations, "", 0, 0, 0
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return
	}
	if i := data.IndexOf(m.Ctx.Data.NegotiationsOf(a.ID), item); i >= 0 {
		m.listCursor, m.open = i, item
	}
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if m.view == viewCompare {
		return m.compareKey(msg)
	}
	a, ok := m.Ctx.Data.Current()
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

// clamp keeps cursors inside what shrank.
func (m *Model) clamp() {
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return
	}
	m.listCursor = min(m.listCursor, max(len(m.Ctx.Data.NegotiationsOf(a.ID))-1, 0))
	if n, ok := m.Ctx.Data.Negotiation(m.open); ok {
		m.rowCursor = min(m.rowCursor, max(len(m.rows(n))-1, 0))
	} else {
		m.open = ""
	}
}

// moved moves a list cursor over n rows on ↑/↓, pgup/pgdn, g/G (home,
// end) and reports whether it did.
func (m *Model) moved(msg tea.KeyMsg, cursor *int, n int) bool {
	return m.keys.MoveCursor(msg, cursor, n, m.Height-3) // a page is the tab's height less its bar and headings
}

// View draws the tab's body.
func (m *Model) View() string { return m.Render(m.body) }

func (m *Model) body() string {
	a, ok := m.Ctx.Data.Current()
	switch {
	case m.view == viewCompare:
		return m.viewBar() + "\n" + m.compareView(m.Height-1)
	case !ok:
		return m.viewBar() + "\n\n  " + m.Ctx.Styles.Muted.Render(m.Ctx.T("buyer.no_account"))
	case m.view == viewTerms:
		return m.viewBar() + "\n" + m.termsView(a, m.Height-1)
	case m.open != "":
		return m.sheetView(a)
	}
	return m.viewBar() + "\n" + m.listView(a, m.Height-1)
}

func (m *Model) viewBar() string { return m.Ctx.ViewBar(viewNames[:], int(m.view)) }

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	if h := m.FrameHelp(); h != nil {
		return h
	}
	k := m.keys
	switch {
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
		{Title: "help.views", Keys: []key.Binding{k.NextView, k.PrevView, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}},
		{Title: "prepare.negotiations", Keys: []key.Binding{k.Open, k.New, k.Edit, k.Delete, k.Undo, k.Ready, k.Conclude, k.ToTerms}},
		{Title: "help.worksheet", Keys: []key.Binding{k.Sections, k.Edit, k.New, k.Remove, k.Words, k.Back}},
		{Title: "prepare.terms", Keys: []key.Binding{k.Move, k.Edit, k.New, k.Remove, k.Gross, k.NewYear, k.DeleteYear, k.Capital}},
		{Title: "prepare.compare", Keys: []key.Binding{k.Year, k.Open}},
	}
}
