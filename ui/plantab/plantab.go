// Package plantab is the Plan tab (计划): the current account's plan for a
// year — SMART objectives with their strategy and programmes, the plan
// sheet (SWOT, the quarters against last year, key dates, what the P&L
// takes), the annual outline, the promotion calendar with each event's
// return, the account P&L, and the plan page to present.
package plantab

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type view int

const (
	viewStrategy view = iota
	viewSheet
	viewOutline
	viewPromotions
	viewCalendar
	viewPnL
	viewPage
	views
)

var viewNames = [views]string{"plan.strategy", "plan.sheet", "plan.outline", "plan.promotions", "plan.calendar", "plan.pnl", "plan.page"}

// Model is the Plan tab.
type Model struct {
	common.Frame
	keys keyMap
	view view
	year int // the plan's year; 0 until the clock is asked

	strategy   int // the row under the cursor: an objective or a programme
	sheetRow   int // the plan sheet's row under the cursor
	sheetPast  int // lines the sheet is scrolled past its cursor's row
	outline    int // lines the outline is scrolled
	promotions common.Table
	calendar   calendarState
	pnl        pnlState
	page       int // lines the plan page is scrolled

	// presenting is set by the root while the plan page fills the screen.
	presenting bool

	lastDeleted any // an objective or a promotion deleted, for undo
}

// New builds the tab.
func New(ctx *common.Context) *Model {
	return &Model{Frame: common.NewFrame(ctx, true), keys: newKeyMap(ctx)}
}

// Init has nothing to start.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name.
func (m *Model) Title() string { return m.Ctx.T("tab.plan") }

// Capturing is true while a form or a question has the keys.
func (m *Model) Capturing() bool { return m.Frame.Capturing() }

// Year is the plan's year: the one chosen, else the year being planned.
func (m *Model) Year() int {
	if m.year == 0 {
		m.year = model.PlanYear(m.Ctx.Now())
	}
	return m.year
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case common.CurrentChangedMsg:
		m.strategy, m.sheetRow, m.sheetPast, m.outline, m.page = 0, 0, 0, 0, 0
		m.promotions.Top()
		m.calendar = calendarState{}
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.Ctx)
		return m, m.Relabel()
	case common.PresentingMsg:
		m.presenting = msg.On
		if msg.On {
			m.view, m.page = viewPage, 0
		}
		return m, nil
	case common.OpenMsg:
		m.openItem(msg.Item)
		return m, nil
	case data.SavedMsg:
		if m.FormSaved() {
			m.placeSaved(msg.Records)
		}
		return m, nil
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	return m, m.Pass(msg)
}

// openItem shows what another tab sent the user to: "promotion/ID" opens
// the promotions on that one, "page" the plan page.
func (m *Model) openItem(item string) {
	switch {
	case item == "page":
		m.view = viewPage
	case strings.HasPrefix(item, "promotion/"):
		m.view = viewPromotions
		if a, ok := m.Ctx.Data.Current(); ok {
			list := m.Ctx.Data.PromotionsIn(a.ID, m.Year())
			m.promotions.Find(len(list), func(i int) string { return list[i].ID }, strings.TrimPrefix(item, "promotion/"))
		}
	default:
		m.view = viewStrategy
	}
}

// placeSaved puts the cursor on what a form just saved.
func (m *Model) placeSaved(recs []any) {
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return
	}
	if p, ok := data.First[model.Promotion](recs); ok {
		list := m.Ctx.Data.PromotionsIn(a.ID, m.Year())
		m.promotions.Find(len(list), func(i int) string { return list[i].ID }, p.ID)
	}
	if o, ok := data.First[model.PlanObjective](recs); ok {
		for i, r := range m.strategyRows(a) {
			if r.objective.ID == o.ID && r.programme < 0 {
				m.strategy = i
			}
		}
	}
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if m.presenting {
		m.page = k.Scroll(msg, m.page, m.Height, 1<<20)
		return nil
	}
	switch {
	case key.Matches(msg, k.NextView):
		m.view = (m.view + 1) % views
		return nil
	case key.Matches(msg, k.PrevView):
		m.view = (m.view + views - 1) % views
		return nil
	case key.Matches(msg, k.PrevYear):
		m.year = max(m.Year()-1, 2000)
		return common.Status(fmt.Sprintf(m.Ctx.T("plan.year_now"), m.year), false)
	case key.Matches(msg, k.NextYear):
		m.year = min(m.Year()+1, 2100)
		return common.Status(fmt.Sprintf(m.Ctx.T("plan.year_now"), m.year), false)
	}
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return nil
	}
	switch m.view {
	case viewStrategy:
		return m.strategyKey(msg, a)
	case viewSheet:
		return m.sheetKey(msg, a)
	case viewOutline:
		m.outline = k.Scroll(msg, m.outline, m.Height-2, 1<<20)
	case viewPromotions:
		return m.promotionsKey(msg, a)
	case viewCalendar:
		return m.calendarKey(msg, a)
	case viewPnL:
		return m.pnlKey(msg, a)
	case viewPage:
		if key.Matches(msg, k.Present) {
			return func() tea.Msg { return common.PresentMsg{} }
		}
		m.page = k.Scroll(msg, m.page, m.Height-2, 1<<20)
	}
	return nil
}

// View draws the tab's body.
func (m *Model) View() string { return m.Render(m.body) }

func (m *Model) body() string {
	a, ok := m.Ctx.Data.Current()
	if m.presenting {
		if !ok {
			return ""
		}
		return m.pageView(a, m.Height, true)
	}
	bar := m.Ctx.ViewBar(viewNames[:], int(m.view))
	if !ok {
		return bar + "\n\n  " + m.Ctx.Styles.Muted.Render(m.Ctx.T("buyer.no_account"))
	}
	h := m.Height - 1
	switch m.view {
	case viewSheet:
		return bar + "\n" + m.sheetView(a, h)
	case viewOutline:
		return bar + "\n" + m.outlineView(a, h)
	case viewPromotions:
		return bar + "\n" + m.promotionsView(a, h)
	case viewCalendar:
		return bar + "\n" + m.calendarView(a, h)
	case viewPnL:
		return bar + "\n" + m.pnlView(a, h)
	case viewPage:
		return bar + "\n" + m.pageView(a, h, false)
	}
	return bar + "\n" + m.strategyView(a, h)
}

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	if h := m.FrameHelp(); h != nil {
		return h
	}
	k := m.keys
	switch m.view {
	case viewSheet:
		return []key.Binding{k.Up, k.Down, k.Edit, k.New, k.Remove, k.NextView}
	case viewOutline:
		return []key.Binding{k.Up, k.Down, k.PrevYear, k.NextYear, k.NextView}
	case viewPromotions:
		return []key.Binding{k.Up, k.Down, k.Edit, k.New, k.Delete, k.NextView}
	case viewCalendar:
		return m.calendarHelp()
	case viewPnL:
		return m.pnlHelp()
	case viewPage:
		return []key.Binding{k.Present, k.Up, k.Down, k.NextView}
	}
	return []key.Binding{k.Up, k.Down, k.Edit, k.New, k.Programme, k.Delete, k.NextView}
}

// HelpGroups lists every key of the tab, by the view it works in.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	return []common.HelpGroup{
		{Title: "help.views", Keys: []key.Binding{k.NextView, k.PrevView, k.PrevYear, k.NextYear, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}},
		{Title: "plan.strategy", Keys: []key.Binding{k.Edit, k.New, k.Programme, k.Delete, k.Undo}},
		{Title: "plan.sheet", Keys: []key.Binding{k.Edit, k.New, k.Remove}},
		{Title: "plan.promotions", Keys: []key.Binding{k.Edit, k.New, k.Delete, k.Undo}},
		{Title: "plan.calendar", Keys: m.calendarHelp()},
		{Title: "plan.pnl", Keys: m.pnlHelp()},
		{Title: "plan.page", Keys: []key.Binding{k.Present}},
	}
}

// today is the tab's day.
func (m *Model) today() time.Time { return model.Day(m.Ctx.Now()) }
