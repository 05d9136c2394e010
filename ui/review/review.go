// Package review is the Review tab: the current account's business review
// meetings as a timeline, each meeting as a sheet of scorecard, results and
// actions, and one list of every open action across all accounts.
package review

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type view int

const (
	viewTimeline view = iota
	viewActions
	views
)

var viewNames = [views]string{"review.timeline", "review.actions"}

// Model is the Review tab.
type Model struct {
	common.Frame
	keys keyMap
	view view

	// timeline and the open meeting
	listCursor  int
	open        string // the meeting shown as a sheet, or ""
	rowCursor   int
	past        int // lines the sheet is scrolled past its cursor's row
	lastDeleted *model.Meeting
	carry       *carryOver // settling the previous meeting's actions
	// drafts are forms left with esc, by meeting and row: reopening the
	// row resumes them, so nothing typed is lost on the way to another tab.
	drafts  map[string]*common.EditForm
	formKey string // the draft key of the open form
	added   *block // a row is being added to this block: the cursor goes to it once saved
	// all open actions
	actionCursor int
	filter       textinput.Model
	filtering    bool
	side         model.Side // "" all
}

// New builds the tab.
func New(ctx *common.Context) *Model {
	m := &Model{Frame: common.NewFrame(ctx, true), keys: newKeyMap(ctx), drafts: map[string]*common.EditForm{}}
	m.Leave = m.leaveForm
	m.filter = textinput.New()
	common.ShowCursor(&m.filter.Cursor)
	m.filter.Prompt = "/ "
	m.filter.CharLimit = 60
	return m
}

// Init has nothing to start.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name, with the count of overdue actions.
func (m *Model) Title() string {
	title := m.Ctx.T("tab.review")
	if m.Ctx.Data.Complete() {
		if n := m.Ctx.Data.Overdue("", m.Ctx.Now()); n > 0 {
			title += fmt.Sprintf(" !%d", n)
		}
	}
	return title
}

// Capturing is true while a form, the filter, the carry-over or a
// question has the keys.
func (m *Model) Capturing() bool {
	return m.Frame.Capturing() || m.filtering || m.carry != nil
}

// SetSize gives the tab its body's size.
func (m *Model) SetSize(w, h int) {
	m.Frame.SetSize(w, h)
	m.filter.Width = min(max(w/3, 10), 40)
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case common.CurrentChangedMsg:
		m.listCursor = 0
		if mt, ok := m.Ctx.Data.Meeting(m.open); !ok || mt.AccountID != msg.ID {
			m.open = ""
		}
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.Ctx)
		return m, m.Relabel()
	case common.OpenMsg:
		m.openItem(msg.Item)
		return m, nil
	case data.SavedMsg:
		if m.FormSaved() {
			delete(m.drafts, m.formKey)
			if mt, ok := m.Ctx.Data.Meeting(m.open); ok && m.added != nil {
				if r := common.RowOf(blocks, &mt, m.added, m.added.Len(&mt)-1); r >= 0 {
					m.rowCursor, m.past = r, 0
				}
			}
		}
		m.clamp()
		return m, nil
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	if m.filtering {
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(msg)
		return m, cmd
	}
	return m, m.Pass(msg)
}

// openItem shows what another tab sent the user to: a meeting of the
// current account opens on its sheet, "meetingID/actionID" on that
// action's row; anything else shows the meetings.
func (m *Model) openItem(item string) {
	m.view, m.open, m.rowCursor, m.past, m.carry = viewTimeline, "", 0, 0, nil
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return
	}
	meetingID, actionID, _ := strings.Cut(item, "/")
	meetings := m.Ctx.Data.MeetingsOf(a.ID)
	i := data.IndexOf(meetings, meetingID)
	if i < 0 {
		return
	}
	m.listCursor, m.open = i, meetingID
	if actionID == "" {
		return
	}
	mt := meetings[i]
	for ri, r := range common.Rows(blocks, &mt) {
		if r.Block == actionsBlock && !r.Empty && mt.Actions[r.Index].ID == actionID {
			m.rowCursor = ri
		}
	}
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if m.carry != nil {
		return m.carryKey(msg)
	}
	if m.view == viewActions {
		return m.actionsKey(msg)
	}
	a, ok := m.Ctx.Data.Current()
	if !ok {
		if key.Matches(msg, m.keys.NextView) {
			m.view = (m.view + 1) % views
		}
		return nil
	}
	if m.open != "" {
		return m.sheetKey(msg, a)
	}
	if key.Matches(msg, m.keys.NextView) {
		m.view = (m.view + 1) % views
		return nil
	}
	return m.timelineKey(msg, a)
}

func (m *Model) openForm(f *common.EditForm, draftKey string) tea.Cmd {
	m.formKey = draftKey
	return m.OpenForm(f)
}

// leaveForm closes the open form. Something typed into a meeting's row is
// kept as a draft of that row; elsewhere the question is asked.
func (m *Model) leaveForm() tea.Cmd {
	f := m.Form
	switch {
	case !f.Changed():
		delete(m.drafts, m.formKey)
		m.Form = nil
	case m.formKey != "":
		m.drafts[m.formKey] = f
		m.Form = nil
		return common.Status(m.Ctx.T("status.draft_kept"), false)
	default:
		return m.CloseForm()
	}
	return nil
}

func (m *Model) clamp() {
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return
	}
	m.listCursor = min(m.listCursor, max(len(m.Ctx.Data.MeetingsOf(a.ID))-1, 0))
	if mt, ok := m.Ctx.Data.Meeting(m.open); ok {
		m.rowCursor = min(m.rowCursor, max(len(common.Rows(blocks, &mt))-1, 0))
	} else {
		m.open = ""
	}
	m.actionCursor = min(m.actionCursor, max(len(m.openActions())-1, 0))
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
	case m.carry != nil:
		return m.carryView()
	case m.view == viewActions:
		return m.viewBar() + "\n" + m.actionsView(m.Height-1)
	case !ok:
		return m.viewBar() + "\n\n  " + m.Ctx.Styles.Muted.Render(m.Ctx.T("buyer.no_account"))
	case m.open != "":
		return m.sheetView(a)
	}
	return m.viewBar() + "\n" + m.timelineView(a, m.Height-1)
}

func (m *Model) viewBar() string { return m.Ctx.ViewBar(viewNames[:], int(m.view)) }

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	if h := m.FrameHelp(); h != nil {
		return h
	}
	k := m.keys
	switch {
	case m.carry != nil:
		return []key.Binding{k.Up, k.Down, k.Choice, k.Confirm, k.Cancel}
	case m.filtering:
		return []key.Binding{k.FilterKeep, k.FilterClear}
	case m.view == viewActions:
		return []key.Binding{k.Up, k.Down, k.Done, k.Open, k.Filter, k.Side, k.NextView}
	case m.open != "":
		return []key.Binding{k.Up, k.Down, k.Edit, k.New, k.Done, k.Remove, k.Back}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.New, k.Delete, k.NextView}
}

// HelpGroups lists every key of the tab, by the view it works in.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	return []common.HelpGroup{
		{Title: "help.views", Keys: []key.Binding{k.NextView, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}},
		{Title: "review.timeline", Keys: []key.Binding{k.Open, k.New, k.Delete, k.Undo}},
		{Title: "help.meeting", Keys: []key.Binding{k.Edit, k.New, k.Done, k.Remove, k.Back}},
		{Title: "help.carry", Keys: []key.Binding{k.Choice, k.Confirm, k.Cancel}},
		{Title: "review.actions", Keys: []key.Binding{k.Done, k.Open, k.Filter, k.Side, k.FilterKeep, k.FilterClear}},
	}
}
