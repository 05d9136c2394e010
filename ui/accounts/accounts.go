// Package accounts is the Accounts tab: the key account record, as a list
// to filter and sort, a detail with the eight stages, and a form.
package accounts

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type mode int

const (
	modeList mode = iota
	modeDetail
	modeForm
)

// Model is the Accounts tab.
type Model struct {
	ctx    *common.Context
	keys   keyMap
	width  int
	height int
	mode   mode

	// list
	table        common.Table
	rows         []int              // indices into ctx.Data.Accounts, as filtered and sorted
	search       []searchKey        // per account in ctx.Data.Accounts, what the filter looks at
	figures      map[string]float64 // per account, the figure of a sort taken from other records
	narrowing    []narrowed         // the lists before each character typed into the filter
	filter       textinput.Model
	filtering    bool
	sortBy       sortKey
	sortDesc     bool
	showArchived bool
	lastArchived string // the account "u" brings back
	ask          *common.Question

	// detail
	detailID    string
	stageCursor int
	scroll      int

	// form
	form      *huh.Form
	draft     *draft
	formNote  string // a problem found on submit, shown above the form
	formTitle string
	saving    *draft // the form's draft while its save is under way
}

// New builds the tab.
func New(ctx *common.Context) *Model {
	m := &Model{ctx: ctx, keys: newKeyMap(ctx)}
	m.filter = textinput.New()
	m.filter.Prompt = "/ "
	m.filter.CharLimit = 80
	m.applySort(sortName)
	return m
}

// Init has nothing to start: the root loads the workspace.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name.
func (m *Model) Title() string { return m.ctx.T("tab.accounts") }

// Capturing is true while typing: in the filter, a form or a question.
func (m *Model) Capturing() bool { return m.filtering || m.mode == modeForm || m.ask != nil }

// SetSize gives the tab its body's size.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.table.SetHeight(m.listHeight())
	m.filter.Width = min(max(w/3, 10), 40)
	if m.mode == modeDetail {
		m.scrollToStage()
	}
	if m.form != nil {
		m.form = common.SizeForm(m.form, w, m.formHeight())
	}
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case data.LoadedMsg:
		if !m.ctx.Data.Ready() {
			return m, nil
		}
		m.reindex("")
		m.rebuild()
		if cur, ok := m.ctx.Data.Current(); ok {
			m.cursorTo(cur.ID)
		}
		return m, nil
	case data.SavedMsg:
		a, ok := data.First[model.Account](msg.Records)
		if !ok {
			return m, nil
		}
		m.reindex(a.ID)
		m.place(a.ID)
		m.cursorTo(a.ID)
		if d := m.saving; d != nil && a.Name == strings.TrimSpace(d.name) {
			m.saving = nil
			if d.orig.ID == "" { // a new account becomes the current one
				return m, m.selectAccount(a.ID)
			}
		}
		return m, nil
	case data.SaveFailedMsg:
		return m, m.saveFailed(msg)
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.ctx)
		if m.sortBy == sortChannel { // channel names sort differently in each language
			m.rebuild()
		}
		if m.mode == modeForm {
			m.reopenForm()
		}
		return m, nil
	case formSubmittedMsg:
		return m, m.submitForm()
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	if m.mode == modeForm && m.form != nil {
		return m, m.updateForm(msg)
	}
	if m.filtering {
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if m.ask != nil {
		return m.answer(msg)
	}
	switch m.mode {
	case modeForm:
		return m.formKey(msg)
	case modeDetail:
		return m.detailKey(msg)
	}
	if m.filtering {
		return m.filterKey(msg)
	}
	return m.listKey(msg)
}

func (m *Model) answer(msg tea.KeyMsg) tea.Cmd { return common.Answer(&m.ask, msg) }

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.ask != nil:
		return []key.Binding{k.Yes, k.No}
	case m.mode == modeForm:
		if m.form == nil {
			return []key.Binding{k.Cancel}
		}
		return append(m.form.KeyBinds(), k.Cancel)
	case m.mode == modeDetail:
		return []key.Binding{k.Up, k.Down, k.StageCycle, k.Edit, k.Archive, k.Back}
	case m.filtering:
		return []key.Binding{k.FilterKeep, k.FilterClear}
	case m.showArchived:
		back := k.ShowArchived
		back.SetHelp("a", m.ctx.T("key.show_active"))
		return []key.Binding{k.Up, k.Down, k.Restore, back}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.New, k.Edit, k.Archive, k.Filter, k.Sort, k.ShowArchived}
}

// HelpGroups lists every key of the tab, by the view it works in.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	return []common.HelpGroup{
		{Title: "help.list", Keys: []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Open,
			k.New, k.Edit, k.Archive, k.Undo, k.ShowArchived, k.Restore, k.Filter, k.Sort, k.Reverse}},
		{Title: "help.detail", Keys: []key.Binding{k.StageCycle, k.StageFwd, k.StageBack, k.Edit, k.Archive, k.Back}},
	}
}

// current is the account under the cursor in the list, if any.
func (m *Model) current() (model.Account, bool) {
	if len(m.rows) == 0 || !m.ctx.Data.Ready() {
		return model.Account{}, false
	}
	return m.ctx.Data.Accounts[m.rows[m.table.Cursor]], true
}

func (m *Model) selectAccount(id string) tea.Cmd {
	return func() tea.Msg { return common.SelectAccountMsg{ID: id} }
}

// View draws the tab's body.
func (m *Model) View() string {
	var v string
	switch {
	case m.mode == modeForm && m.form != nil:
		v = m.formView()
	case m.mode == modeDetail:
		v = m.detailView()
	default:
		v = m.listView()
	}
	return common.FitLines(m.ctx.QuestionOver(v, m.ask, m.width), m.width, m.height)
}
