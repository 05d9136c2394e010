// Package accounts is the Accounts tab: the key account record, as a list
// to filter and sort, a detail with the eight stages, and a form.
package accounts

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type mode int

const (
	modeList mode = iota
	modeDetail
)

// Model is the Accounts tab.
type Model struct {
	common.Frame
	keys keyMap
	view view // Today or the list
	mode mode // in the list: the list itself or an account's detail

	today today

	// list
	table        common.Table
	rows         []int                 // indices into Ctx.Data.Accounts, as filtered and sorted
	search       []searchKey           // per account in Ctx.Data.Accounts, what the filter looks at
	channels     map[model.Channel]int // how many accounts are in each channel: the column is as wide as the names in use
	figures      map[string]float64    // per account, the figure of a sort taken from other records
	narrowing    []narrowed            // the lists before each character typed into the filter
	filter       textinput.Model
	filtering    bool
	sortBy       sortKey
	sortDesc     bool
	showArchived bool
	lastArchived string // the account "u" brings back

	// detail
	detailID    string
	stageCursor int
	scroll      int

	// draft is what the open account form edits (nil with no form open).
	draft *draft

	proposals proposals // kam's reading of the stages, per account drawn

	imp  *importer // an import from a file under way, over the tab's views
	plan *planPage // the account plan shown, over the tab's views
}

// New builds the tab. It draws from the first part of the workspace.
func New(ctx *common.Context) *Model {
	m := &Model{Frame: common.NewFrame(ctx, false), keys: newKeyMap(ctx)}
	m.filter = textinput.New()
	common.ShowCursor(&m.filter.Cursor)
	m.filter.Prompt = "/ "
	m.filter.CharLimit = 80
	m.applySort(sortName)
	return m
}

// Init has nothing to start: the root loads the workspace.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name.
func (m *Model) Title() string { return m.Ctx.T("tab.accounts") }

// Capturing is true while typing: in the filter, a form or a question.
func (m *Model) Capturing() bool {
	return m.Frame.Capturing() || m.filtering || (m.imp != nil && m.imp.step == importAsk)
}

// SetSize gives the tab its body's size.
func (m *Model) SetSize(w, h int) {
	m.Frame.SetSize(w, h)
	m.table.SetHeight(m.listHeight())
	m.filter.Width = min(max(w/3, 10), 40)
	if m.mode == modeDetail {
		m.scrollToStage()
	}
	if m.today.built {
		m.scrollToday()
	}
	if m.imp != nil {
		m.imp.path.input.Width = m.importFieldWidth()
		m.importLines()
	}
	m.drawPlan()
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case data.LoadedMsg:
		m.proposals.forget()
		if !m.Ctx.Data.Ready() {
			return m, nil
		}
		m.reindex("")
		m.rebuild()
		if cur, ok := m.Ctx.Data.Current(); ok {
			m.cursorTo(cur.ID)
		}
		m.today.built = false
		m.ensureToday()
		m.planImport()
		m.buildPlan()
		return m, nil
	case data.ImportReadMsg:
		m.readDone(msg)
		return m, nil
	case dirListedMsg:
		if m.imp != nil {
			return m, m.imp.path.update(msg)
		}
		return m, nil
	case data.SavedMsg:
		landed := m.importLanded(msg)
		return m, tea.Batch(landed, m.saved(msg))
	case data.SaveFailedMsg:
		return m, m.saveFailed(msg)
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.Ctx)
		if m.sortBy == sortChannel { // channel names sort differently in each language
			m.rebuild()
		}
		m.importLines()
		m.buildPlan()
		return m, m.Relabel()
	case common.OpenMsg:
		return m, m.open(msg.Item)
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	if m.filtering {
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(msg)
		return m, cmd
	}
	if m.imp != nil && m.imp.step == importAsk { // the field's cursor blinks
		var cmd tea.Cmd
		m.imp.path.input, cmd = m.imp.path.input.Update(msg)
		return m, cmd
	}
	return m, m.Pass(msg)
}

// saved follows a save: the account saved moves to its place in the list,
// and the form whose save it is closes, a new account becoming the
// current one.
func (m *Model) saved(msg data.SavedMsg) tea.Cmd {
	m.savedForToday(msg)
	ids, all := touched(msg)
	if all {
		m.proposals.forget()
	} else {
		m.proposals.forget(ids...)
	}
	m.planSaved(ids, all)
	// A preview shown is checked against the workspace as it now is; an
	// import's accounts each find their place in the list.
	m.planImport()
	if len(data.Of[model.Account](msg.Records)) > 1 {
		m.reindex("")
		m.rebuild()
	}
	if m.sortBy == sortStage && m.Ctx.Data.Ready() { // work recorded elsewhere may move a stage
		for _, id := range ids {
			m.place(id)
		}
	}
	a, ok := data.First[model.Account](msg.Records)
	if !ok {
		return nil
	}
	m.reindex(a.ID)
	m.place(a.ID)
	m.cursorTo(a.ID)
	if d := m.draft; d != nil && m.Form.Saving() && d.saves(a) {
		m.FormSaved()
		m.draft = nil
		if d.orig.ID == "" { // a new account becomes the current one
			return m.selectAccount(a.ID)
		}
	}
	return nil
}

// open shows an account brought to the front by a GoTo: its detail, or the
// list when it is not one of the accounts.
func (m *Model) open(id string) tea.Cmd {
	if m.Form != nil || m.Ask != nil {
		return nil
	}
	m.plan = nil // what was asked for is shown, not the plan left open
	if a, ok := m.Ctx.Data.Account(id); ok && !a.Archived {
		m.view = viewList
		if m.showArchived {
			m.toggleArchived()
		}
		m.cursorTo(id)
		m.openDetail(id)
		return nil
	}
	m.view, m.mode = viewToday, modeList
	return nil
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case m.imp != nil:
		return m.importKey(msg)
	case m.plan != nil:
		return m.planKey(msg)
	case m.view == viewToday:
		m.ensureToday()
		return m.todayKey(msg)
	case m.mode == modeDetail:
		return m.detailKey(msg)
	case m.filtering:
		return m.filterKey(msg)
	}
	return m.listKey(msg)
}

// saveFailed reports a refused save of the tab's own (a stage, an archive)
// in the status line; a refused form is reopened by the frame.
func (m *Model) saveFailed(msg data.SaveFailedMsg) tea.Cmd {
	if m.importSaved(msg.Records) {
		return m.importFailed(msg)
	}
	if _, ok := data.First[model.Account](msg.Records); !ok {
		return nil
	}
	text := model.Localize(msg.Err, m.Ctx.Lang)
	return common.Status(fmt.Sprintf(m.Ctx.T("status.save_failed"), text), true)
}

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	if h := m.FrameHelp(); h != nil {
		return h
	}
	k := m.keys
	switch {
	case m.imp != nil:
		return m.importHelp()
	case m.plan != nil:
		return m.planHelp()
	case m.view == viewToday:
		return m.todayHelp()
	case m.mode == modeDetail:
		return []key.Binding{k.Up, k.Down, k.StageCycle, k.StageProposed, k.Edit, k.Plan, k.Archive, k.Back}
	case m.filtering:
		return []key.Binding{k.FilterKeep, k.FilterClear}
	case m.showArchived:
		back := k.ShowArchived
		back.SetHelp("a", m.Ctx.T("key.show_active"))
		return []key.Binding{k.Up, k.Down, k.Restore, k.Plan, back}
	}
	today := k.NextView
	today.SetHelp("v", m.Ctx.T("key.show_today"))
	return []key.Binding{k.Up, k.Down, k.Open, k.New, k.Edit, k.Plan, k.Import, k.Archive, k.Filter, k.Sort, k.ShowArchived, today}
}

// HelpGroups lists every key of the tab, by the view it works in.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	open := k.Open
	open.SetHelp("enter", m.Ctx.T("key.go_there"))
	read := k.Open
	read.SetHelp("enter", m.Ctx.T("key.read_file"))
	matches := k.Up
	matches.SetHelp("↑/↓", m.Ctx.T("key.matches"))
	return []common.HelpGroup{
		{Title: "help.today", Keys: []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, open, k.NextView, k.Edit, k.New, k.Plan, k.Import}},
		{Title: "help.list", Keys: []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Open,
			k.New, k.Edit, k.Archive, k.Undo, k.ShowArchived, k.Restore, k.Filter, k.Sort, k.Reverse, k.Plan, k.Import, k.NextView}},
		{Title: "help.detail", Keys: []key.Binding{k.StageCycle, k.StageFwd, k.StageBack, k.StageProposed, k.Edit, k.Plan, k.Archive, k.Back}},
		{Title: "help.plan", Keys: []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Back}},
		{Title: "help.import", Keys: []key.Binding{k.Complete, matches, k.ImportKind, read, k.DoImport, k.Back}},
	}
}

// current is the account under the cursor in the list, if any.
func (m *Model) current() (model.Account, bool) {
	if len(m.rows) == 0 || !m.Ctx.Data.Ready() {
		return model.Account{}, false
	}
	return m.Ctx.Data.Accounts[m.rows[m.table.Cursor]], true
}

func (m *Model) selectAccount(id string) tea.Cmd {
	return func() tea.Msg { return common.SelectAccountMsg{ID: id} }
}

// View draws the tab's body.
func (m *Model) View() string { return m.Render(m.body) }

func (m *Model) body() string {
	switch {
	case m.imp != nil:
		return m.importView()
	case m.plan != nil:
		return m.planView()
	}
	if m.view == viewToday {
		return m.todayView()
	}
	if m.mode == modeDetail {
		return m.detailView()
	}
	return m.listView()
}
