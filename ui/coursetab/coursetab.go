// Package coursetab is the Course tab (课程), in course mode: the agenda of
// the two days with the current block, the exercise timer, the teaching
// cards, the discussion boards, the comparison of the teams' work and the
// teams themselves.
package coursetab

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/boards"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/compare"
	"github.com/kam-workbench/kam/ui/data"
)

type view int

const (
	viewAgenda view = iota
	viewTimer
	viewCards
	viewBoards
	viewCompare
	viewTeams
	views
)

var viewNames = [views]string{"course.view_agenda", "course.view_timer", "course.view_cards", "course.view_boards", "course.view_compare", "course.view_teams"}

// Model is the Course tab.
type Model struct {
	common.Frame
	keys keyMap
	view view

	agenda common.Table // over the course's blocks
	cards  common.Table // over the course's cards
	teams  common.Table // over the course's teams

	// card is the card shown full screen, while one is.
	card *cardShown
	// followCard is the card the cursor goes to once the course file
	// holds a change to it (a move, an edit); lastCard puts it on the new
	// card at the end.
	followCard string
	lastCard   bool
	deleted    *deletedCard // the card deleted last, for undo

	// courseForm says the open form saves to the course file, so the
	// course's next change closes it; copying are the teams whose file is
	// being copied in.
	courseForm bool
	copying    map[int]bool

	// presenting is set by the root while the tab fills the screen.
	presenting bool

	// The boards and the comparison are views of their own, hosted here.
	boards, compare common.Tab
}

// New builds the tab.
func New(ctx *common.Context) *Model {
	m := &Model{
		Frame:   common.NewFrame(ctx, false),
		keys:    newKeyMap(ctx),
		copying: map[int]bool{},
		boards:  boards.New(ctx),
		compare: compare.New(ctx),
	}
	// The tab opens where the class is: on the block on now, and on the
	// team shown.
	if c := ctx.Course; c != nil {
		if b, ok := c.Current(ctx.Now()); ok {
			m.agenda.Find(len(c.Blocks), func(i int) string { return c.Blocks[i].ID }, b.ID)
		}
		m.teams.SetLen(len(c.Teams))
		m.teams.Cursor = c.Team
	}
	return m
}

// Init starts the hosted views.
func (m *Model) Init() tea.Cmd { return tea.Batch(m.boards.Init(), m.compare.Init()) }

// Title is the tab's name.
func (m *Model) Title() string { return m.Ctx.T("tab.course") }

// Capturing is true while a form or a question has the keys, here or in
// the hosted view shown.
func (m *Model) Capturing() bool {
	if m.Frame.Capturing() {
		return true
	}
	if h := m.hosted(); h != nil {
		return h.Capturing()
	}
	return false
}

// SetSize gives the tab its cells; the hosted views get them below the
// view bar, or all of them while presenting.
func (m *Model) SetSize(w, h int) {
	m.Frame.SetSize(w, h)
	m.sizeHosted()
}

func (m *Model) sizeHosted() {
	h := m.Height - 1
	if m.presenting {
		h = m.Height
	}
	m.boards.SetSize(m.Width, max(h, 0))
	m.compare.SetSize(m.Width, max(h, 0))
}

// hosted is the hosted view shown, or nil on one of the tab's own.
func (m *Model) hosted() common.Tab {
	switch m.view {
	case viewBoards:
		return m.boards
	case viewCompare:
		return m.compare
	}
	return nil
}

// updateHosted gives the hosted view shown a message.
func (m *Model) updateHosted(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch m.view {
	case viewBoards:
		m.boards, cmd = m.boards.Update(msg)
	case viewCompare:
		m.compare, cmd = m.compare.Update(msg)
	}
	return cmd
}

// toHosted gives both hosted views a message that is news to everyone.
func (m *Model) toHosted(msg tea.Msg) tea.Cmd {
	var a, b tea.Cmd
	m.boards, a = m.boards.Update(msg)
	m.compare, b = m.compare.Update(msg)
	return tea.Batch(a, b)
}

// trainer reports whether the course controls are on in this session.
func (m *Model) trainer() bool { return m.Ctx.Course != nil && m.Ctx.Course.Trainer }

// course is the course as its file holds it.
func (m *Model) course() model.Course { return m.Ctx.Course.Course }

// base is what a change is made to: the course with every save asked for,
// so keys pressed faster than the file is written each count.
func (m *Model) base() model.Course { return m.Ctx.Course.Latest() }

// save writes the course file; the change shows once it is in.
func (m *Model) save(next model.Course, note string) tea.Cmd {
	return m.Ctx.Course.Save(next, note)
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	if m.Ctx.Course == nil {
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.Ctx)
		return m, tea.Batch(m.Relabel(), m.toHosted(msg))
	case common.PresentingMsg:
		m.present(msg.On)
		return m, m.updateHosted(msg)
	case common.OpenMsg:
		return m, m.open(msg.Item)
	case common.CourseChangedMsg:
		if m.courseForm && m.FormSaved() {
			m.courseForm = false
		}
		m.settle()
		return m, m.toHosted(msg)
	case data.CourseSaveFailedMsg:
		if m.courseForm && m.Form.Saving() {
			return m, tea.Batch(m.Form.Failed(m.Ctx, msg.Err), m.toHosted(msg))
		}
		return m, m.toHosted(msg)
	case data.TeamResetMsg:
		cmd := m.teamReset(msg)
		m.settle()
		return m, tea.Batch(cmd, m.toHosted(msg))
	case common.TeamShownMsg, common.TeamChangedMsg, common.TimerEndedMsg:
		m.settle()
		return m, m.toHosted(msg)
	}
	// anything else: the open form's own messages, the hosted views'
	return m, tea.Batch(m.Pass(msg), m.toHosted(msg))
}

// present fills the screen with the view's content, or gives it back: an
// agenda shows the current block, a list of cards the card under the
// cursor.
func (m *Model) present(on bool) {
	m.presenting = on
	m.sizeHosted()
	if !on {
		return
	}
	switch m.view {
	case viewAgenda:
		if b, ok := m.course().Current(m.Ctx.Now()); ok {
			m.agenda.Find(len(m.course().Blocks), func(i int) string { return m.course().Blocks[i].ID }, b.ID)
		}
	case viewCards:
		if m.card == nil && len(m.course().Cards) > 0 {
			m.card = &cardShown{}
		}
	}
}

// open shows what another tab sent the user to: a view by name, a card
// ("card/ID") or a board ("board/ID"); "" is the agenda.
func (m *Model) open(item string) tea.Cmd {
	cards := m.course().Cards
	if id, ok := strings.CutPrefix(item, "card/"); ok {
		if m.cards.Find(len(cards), func(i int) string { return cards[i].ID }, id) {
			m.view, m.card = viewCards, &cardShown{}
		}
		return nil
	}
	if id, ok := strings.CutPrefix(item, "board/"); ok {
		m.view = viewBoards
		return m.updateHosted(common.OpenMsg{Item: id})
	}
	m.view = viewAgenda
	for v, name := range viewNames {
		if name == "course.view_"+item && (m.trainer() || view(v) < viewCompare) {
			m.view = view(v)
		}
	}
	return nil
}

// settle keeps every cursor inside its list after the course, the teams
// or the team shown changed, and puts the card cursor where a change to
// the cards asked.
func (m *Model) settle() {
	c := m.course()
	m.agenda.SetLen(len(c.Blocks))
	m.teams.SetLen(len(c.Teams))
	switch {
	case m.lastCard && len(c.Cards) > 0:
		m.cards.SetLen(len(c.Cards))
		m.cards.Cursor = len(c.Cards) - 1
		m.lastCard = false
	case m.followCard != "":
		m.cards.Find(len(c.Cards), func(i int) string { return c.Cards[i].ID }, m.followCard)
		m.followCard = ""
	}
	m.cards.SetLen(len(c.Cards))
	if len(c.Cards) == 0 {
		m.card = nil
	}
	if m.card != nil {
		m.card.link = min(m.card.link, max(len(c.Cards[m.cards.Cursor].Links)-1, 0))
	}
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if h := m.hosted(); h != nil {
		if !h.Capturing() && !m.presenting && key.Matches(msg, k.NextView, k.PrevView) {
			m.cycle(msg)
			return nil
		}
		return m.updateHosted(msg)
	}
	if m.presenting {
		return m.presentingKey(msg)
	}
	if key.Matches(msg, k.NextView, k.PrevView) {
		m.cycle(msg)
		return nil
	}
	switch m.view {
	case viewAgenda:
		return m.agendaKey(msg)
	case viewTimer:
		return m.timerKey(msg)
	case viewCards:
		if m.card != nil {
			return m.cardKey(msg)
		}
		return m.cardsKey(msg)
	case viewTeams:
		return m.teamsKey(msg)
	}
	return nil
}

// cycle goes to the next or the previous view.
// A participant's cycle leaves out the trainer's views: the teams, and
// the other teams' work compared.
func (m *Model) cycle(msg tea.KeyMsg) {
	step := view(1)
	if !key.Matches(msg, m.keys.NextView) {
		step = views - 1
	}
	m.view = (m.view + step) % views
	for !m.trainer() && (m.view == viewCompare || m.view == viewTeams) {
		m.view = (m.view + step) % views
	}
}

// presentingKey is what works on the projector: moving through the
// agenda, the cards and their links, and the timer's own keys.
func (m *Model) presentingKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch m.view {
	case viewAgenda:
		k.MoveCursor(msg, &m.agenda.Cursor, len(m.course().Blocks), m.agenda.Height)
	case viewTimer:
		return m.timerKey(msg)
	case viewCards:
		if m.card != nil && !key.Matches(msg, k.OpenLink, k.Back, k.Present) {
			return m.cardKey(msg)
		}
	case viewTeams:
		k.MoveCursor(msg, &m.teams.Cursor, len(m.course().Teams), m.teams.Height)
	}
	return nil
}

// View draws the tab's body.
func (m *Model) View() string { return m.Render(m.body) }

func (m *Model) body() string {
	if m.Ctx.Course == nil {
		return ""
	}
	if m.presenting {
		return m.viewBody(m.Height)
	}
	return m.viewBar() + "\n" + m.viewBody(m.Height-1)
}

// viewBar names the views, the one shown picked out; where they do not
// all fit, the one shown and where it stands among them.
func (m *Model) viewBar() string {
	names := viewNames[:]
	if !m.trainer() {
		names = viewNames[:viewCompare] // the trainer's views come last
	}
	bar := m.Ctx.ViewBar(names, int(m.view))
	if lipgloss.Width(bar) <= m.Width {
		return bar
	}
	return m.Ctx.Picked(m.Ctx.T(viewNames[m.view]), true) + m.Ctx.Styles.Muted.Render(fmt.Sprintf("  %d/%d  (v)", m.view+1, len(names)))
}

// viewBody draws the view shown in h lines.
func (m *Model) viewBody(h int) string {
	switch m.view {
	case viewTimer:
		return m.timerView(h)
	case viewCards:
		if m.card != nil {
			return m.cardView(h)
		}
		return m.cardsView(h)
	case viewBoards:
		return m.boards.View()
	case viewCompare:
		return m.compare.View()
	case viewTeams:
		return m.teamsView(h)
	}
	return m.agendaView(h)
}

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	if h := m.FrameHelp(); h != nil {
		return h
	}
	if h := m.hosted(); h != nil {
		if h.Capturing() {
			return h.ShortHelp()
		}
		return append(h.ShortHelp(), m.keys.NextView)
	}
	k := m.keys
	var keys []key.Binding
	switch m.view {
	case viewAgenda:
		keys = []key.Binding{k.Up, k.Down, k.Go, k.Board}
		keys = append(keys, m.trainerOnly(k.SendAll, k.Choose, k.Earlier, k.Later, k.StartAt, k.FirstDay)...)
	case viewTimer:
		keys = m.trainerOnly(k.SetTimer, k.StartPause, k.PlusMinute, k.ResetTimer)
	case viewCards:
		if m.card != nil {
			keys = []key.Binding{k.PrevCard, k.NextCard, k.Up, k.Down, k.OpenLink, k.Present, k.Back}
			break
		}
		keys = append([]key.Binding{k.Up, k.Down, k.ShowCard}, m.trainerOnly(k.NewCard, k.EditCard, k.CardUp, k.CardDown, k.Delete)...)
	case viewTeams:
		keys = append([]key.Binding{k.Up, k.Down}, m.trainerOnly(k.ShowTeam, k.ResetTeam, k.ResetAll, k.CopyIn)...)
	}
	return append(keys, k.NextView)
}

// HelpGroups lists every key of the tab, by the view it works in.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	t := m.trainerOnly
	groups := []common.HelpGroup{
		{Title: "help.views", Keys: []key.Binding{k.NextView, k.PrevView, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}},
		{Title: "course.view_agenda", Keys: append([]key.Binding{k.Go, k.Board}, t(k.SendAll, k.Choose, k.Follow, k.Earlier, k.Later, k.StartAt, k.FirstDay, k.SetTimer, k.StartPause, k.ResetTimer)...)},
		{Title: "course.view_timer", Keys: t(k.SetTimer, k.StartPause, k.PlusMinute, k.ResetTimer)},
		{Title: "course.view_cards", Keys: append([]key.Binding{k.ShowCard}, t(k.NewCard, k.EditCard, k.CardUp, k.CardDown, k.Delete, k.Undo)...)},
		{Title: "course.view_card", Keys: []key.Binding{k.PrevCard, k.NextCard, k.OpenLink, k.Present, k.Back}},
	}
	for _, g := range m.boards.HelpGroups() {
		groups = append(groups, g)
	}
	if m.trainer() { // compare and teams are the trainer's views
		groups = append(groups, m.compare.HelpGroups()...)
		groups = append(groups, common.HelpGroup{Title: "course.view_teams", Keys: []key.Binding{k.ShowTeam, k.ResetTeam, k.ResetAll, k.CopyIn}})
	}
	var out []common.HelpGroup
	for _, g := range groups {
		if len(g.Keys) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// trainerOnly is keys, for the trainer; none for a participant.
func (m *Model) trainerOnly(keys ...key.Binding) []key.Binding {
	if !m.trainer() {
		return nil
	}
	return keys
}

// blockName names a block in a line of text: "Day 1 09:00–10:45".
func (m *Model) blockName(b model.Block) string {
	return fmt.Sprintf(m.Ctx.T("course.block_name"), b.Day, model.FormatClock(b.Start), model.FormatClock(b.End))
}

// teamName is a team by number, as the screens call it.
func (m *Model) teamName(number int) string {
	for _, t := range m.course().Teams {
		if t.Number == number {
			return m.Ctx.TeamName(t)
		}
	}
	return m.Ctx.TeamName(model.Team{Number: number})
}

// now is the tab's clock.
func (m *Model) now() time.Time { return m.Ctx.Now() }
