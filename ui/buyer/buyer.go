// Package buyer is the Buyer tab: what the rep knows about the current
// account's buyer (the checklist), the people on both sides, the map of the
// relationship with its coverage warnings, and the log of contact moments.
package buyer

import (
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// view is one of the tab's four views, cycled with v.
type view int

const (
	viewChecklist view = iota
	viewContacts
	viewMap
	viewLog
	views
)

var viewNames = [views]string{"buyer.checklist", "buyer.contacts", "buyer.map", "buyer.log"}

// screen is what takes the body over from the view: a detail, an editor.
type screen int

const (
	screenView screen = iota
	screenContact
	screenItems
	screenPeople
)

// Model is the Buyer tab.
type Model struct {
	common.Frame
	keys   keyMap
	view   view
	screen screen

	// checklist
	itemCursor int
	onlyGaps   bool // show only unknown or stale items
	// contacts
	contactCursor int
	showArchived  bool
	lastArchived  string
	// our people and the checklist's items, edited in place
	personCursor int
	itemsCursor  int
	// scrolling of the map, the log and the contact detail
	scroll int
}

// New builds the tab.
func New(ctx *common.Context) *Model {
	return &Model{Frame: common.NewFrame(ctx, true), keys: newKeyMap(ctx)}
}

// Init has nothing to start.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name.
func (m *Model) Title() string { return m.Ctx.T("tab.buyer") }

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case common.CurrentChangedMsg:
		m.itemCursor, m.contactCursor, m.scroll = 0, 0, 0
		if m.screen == screenContact {
			m.screen = screenView
		}
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.Ctx)
		return m, m.Relabel()
	case data.SavedMsg:
		m.FormSaved()
		m.clampCursors()
		return m, nil
	case common.OpenMsg:
		m.open(msg.Item)
		return m, nil
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	return m, m.Pass(msg)
}

// open shows what another tab sent the user to: a contact of the current
// account in its detail, an item of the checklist under the cursor, or
// else the checklist.
func (m *Model) open(item string) {
	m.screen, m.scroll = screenView, 0
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return
	}
	if i := data.IndexOf(m.visibleContacts(a), item); i >= 0 {
		m.view, m.contactCursor, m.screen = viewContacts, i, screenContact
		return
	}
	m.view = viewChecklist
	for i, it := range m.visibleItems(a) {
		if it.ID == item {
			m.itemCursor = i
			return
		}
	}
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return nil
	}
	switch m.screen {
	case screenContact:
		return m.contactDetailKey(msg, a)
	case screenItems:
		return m.itemsKey(msg)
	case screenPeople:
		return m.peopleKey(msg)
	}
	switch {
	case key.Matches(msg, m.keys.NextView):
		m.view, m.scroll = (m.view+1)%views, 0
		return nil
	case key.Matches(msg, m.keys.PrevView):
		m.view, m.scroll = (m.view+views-1)%views, 0
		return nil
	}
	switch m.view {
	case viewChecklist:
		return m.checklistKey(msg, a)
	case viewContacts:
		return m.contactsKey(msg, a)
	case viewMap:
		return m.mapKey(msg)
	}
	return m.logKey(msg, a)
}

// clampCursors keeps cursors inside lists that shrank.
func (m *Model) clampCursors() {
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return
	}
	m.itemCursor = min(m.itemCursor, max(len(m.visibleItems(a))-1, 0))
	m.contactCursor = min(m.contactCursor, max(len(m.visibleContacts(a))-1, 0))
	m.itemsCursor = min(m.itemsCursor, max(len(m.Ctx.Data.Checklist)-1, 0))
	m.personCursor = min(m.personCursor, max(len(m.Ctx.Data.People)-1, 0))
}

// View draws the tab's body.
func (m *Model) View() string { return m.Render(m.body) }

func (m *Model) body() string {
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return "\n  " + m.Ctx.Styles.Muted.Render(m.Ctx.T("buyer.no_account"))
	}
	switch m.screen {
	case screenContact:
		return m.contactDetailView(a)
	case screenItems:
		return m.itemsView()
	case screenPeople:
		return m.peopleView()
	}
	return m.viewBar() + "\n" + m.viewBody(a)
}

func (m *Model) viewBar() string { return m.Ctx.ViewBar(viewNames[:], int(m.view)) }

func (m *Model) viewBody(a model.Account) string {
	h := m.Height - 1
	switch m.view {
	case viewContacts:
		return m.contactsView(a, h)
	case viewMap:
		return m.mapView(a, h)
	case viewLog:
		return m.logView(a, h)
	}
	return m.checklistView(a, h)
}

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	if h := m.FrameHelp(); h != nil {
		return h
	}
	k := m.keys
	switch {
	case m.screen == screenContact:
		return []key.Binding{k.Up, k.Down, k.Edit, k.Log, k.Back}
	case m.screen == screenItems, m.screen == screenPeople:
		return []key.Binding{k.Up, k.Down, k.New, k.Edit, k.Remove, k.Back}
	}
	switch m.view {
	case viewChecklist:
		if m.onRangeItem() {
			return []key.Binding{k.Up, k.Down, k.Cycle, k.EditAnswer, k.RangeProfile, k.Verified, k.Gaps, k.NextView}
		}
		return []key.Binding{k.Up, k.Down, k.Cycle, k.EditAnswer, k.Verified, k.Gaps, k.NextView}
	case viewContacts:
		if m.showArchived {
			return []key.Binding{k.Up, k.Down, k.Restore, k.ShowArchived, k.NextView}
		}
		return []key.Binding{k.Up, k.Down, k.Open, k.New, k.Edit, k.Log, k.Archive, k.NextView}
	case viewMap:
		return []key.Binding{k.Up, k.Down, k.People, k.NextView}
	}
	return []key.Binding{k.Up, k.Down, k.New, k.NextView}
}

// HelpGroups lists every key of the tab, by the view it works in.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	return []common.HelpGroup{
		{Title: "help.views", Keys: []key.Binding{k.NextView, k.PrevView, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}},
		{Title: "buyer.checklist", Keys: []key.Binding{k.Cycle, k.EditAnswer, k.Verified, k.Gaps, k.Items, k.RangeProfile}},
		{Title: "buyer.contacts", Keys: []key.Binding{k.Open, k.New, k.Edit, k.Log, k.Archive, k.Undo, k.ShowArchived, k.Restore, k.Back}},
		{Title: "buyer.map", Keys: []key.Binding{k.People}},
		{Title: "help.lists", Keys: []key.Binding{k.New, k.Edit, k.Remove, k.Back}},
	}
}

// title is a view's first line: the account, and what the view is about.
func (m *Model) title(a model.Account, right string) string {
	st := m.Ctx.Styles
	return common.SpreadLine(st.Title.Render(a.Name), right, m.Width)
}

// since says how long ago a date was, short: "today", "12d ago", "12 天前".
func (m *Model) since(t time.Time) string {
	if t.IsZero() {
		return m.Ctx.T("buyer.never")
	}
	days := int(model.Day(m.Ctx.Now()).Sub(model.Day(t)).Hours() / 24)
	if days <= 0 {
		return m.Ctx.T("buyer.today")
	}
	return fmt.Sprintf(m.Ctx.T("buyer.days_ago"), days)
}

// moved moves a list cursor over n rows on ↑/↓, pgup/pgdn, g/G (home,
// end) and reports whether it did.
func (m *Model) moved(msg tea.KeyMsg, cursor *int, n int) bool {
	return m.keys.MoveCursor(msg, cursor, n, m.Height-3) // a page is the tab's height less its bar and headings
}
