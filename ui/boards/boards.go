// Package boards is the course tab's discussion boards: the course's open
// questions, each team's short answers grouped by team with duplicates
// folded, the board folded across teams, and the hand-over of a
// brainstorm to every team's Matrix criteria or Buyer checklist.
package boards

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type screen int

const (
	screenList  screen = iota // the course's boards
	screenBoard               // one board's answers
	screenPick                // the hand-over's picker over one board
)

// Model is the boards view of the course tab.
type Model struct {
	common.Frame
	keys   keyMap
	screen screen

	list    common.Table // the boards, on the list
	boardID string       // the board open
	cursor  int          // the answer under the cursor on the board
	offset  int          // the first line of the board's answers in view

	pick  *picker        // the hand-over's picks, while picking
	scope *scopeQuestion // which teams get the picks, while asked

	removed *removal // the answer last removed, for undo
}

// removal is an answer taken off a board, kept to put it back.
type removal struct {
	board  string
	answer model.Answer
}

// New builds the view.
func New(ctx *common.Context) *Model {
	return &Model{Frame: common.NewFrame(ctx, true), keys: newKeyMap(ctx)}
}

// Init has nothing to start.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the view's name.
func (m *Model) Title() string { return m.Ctx.T("boards.title") }

// Capturing is true while a form, a question or the question of which
// teams get the hand-over has the keys.
func (m *Model) Capturing() bool { return m.Frame.Capturing() || m.scope != nil }

// Open shows one board; an ID the course does not have shows the list.
func (m *Model) Open(boardID string) {
	m.pick, m.scope = nil, nil
	if _, ok := m.board(boardID); !ok {
		m.screen = screenList
		return
	}
	m.screen, m.boardID, m.cursor, m.offset = screenBoard, boardID, 0, 0
}

// course is the course as its file holds it.
// base is what a change is made to: the course with every save asked for.
func (m *Model) base() model.Course {
	if m.Ctx.Course == nil {
		return model.Course{}
	}
	return m.Ctx.Course.Latest()
}

func (m *Model) course() model.Course {
	if m.Ctx.Course == nil {
		return model.Course{}
	}
	return m.Ctx.Course.Course
}

// board is a board of the course by ID.
func (m *Model) board(id string) (model.Board, bool) { return m.course().Board(id) }

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if m.scope != nil {
		if k, ok := msg.(tea.KeyMsg); ok {
			return m, m.answerScope(k)
		}
	}
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case common.OpenMsg: // a block's board, from the agenda
		m.Open(msg.Item)
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.Ctx)
		return m, m.Relabel()
	case common.CourseChangedMsg:
		m.FormSaved()
		if m.screen != screenList {
			if _, ok := m.board(m.boardID); !ok {
				m.screen, m.pick, m.scope = screenList, nil, nil
			}
		}
		return m, nil
	case data.CourseSaveFailedMsg:
		if m.Form.Saving() {
			return m, m.Form.Failed(m.Ctx, msg.Err)
		}
		return m, nil
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	return m, m.Pass(msg)
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	switch m.screen {
	case screenBoard:
		return m.boardKey(msg)
	case screenPick:
		return m.pickKey(msg)
	}
	return m.listKey(msg)
}

func (m *Model) listKey(msg tea.KeyMsg) tea.Cmd {
	boards := m.course().Boards
	m.list.SetLen(len(boards))
	m.list.SetHeight(m.listRows())
	switch {
	case key.Matches(msg, m.keys.Open) && len(boards) > 0:
		m.Open(boards[m.list.Cursor].ID)
	default:
		m.keys.MoveCursor(msg, &m.list.Cursor, len(boards), m.list.Height)
		m.list.SetLen(len(boards))
	}
	return nil
}

// View draws the view.
func (m *Model) View() string { return m.Render(m.body) }

func (m *Model) body() string {
	var v string
	switch m.screen {
	case screenBoard:
		v = m.boardView()
	case screenPick:
		v = m.pickView()
	default:
		v = m.listView()
	}
	if m.scope != nil {
		lines := strings.SplitN(v, "\n", 2)
		ask := fmt.Sprintf(m.Ctx.T(m.scope.text), m.shownName())
		lines[0] = m.Ctx.Styles.Warn.Bold(true).Render(common.Truncate(ask, m.Width))
		v = strings.Join(lines, "\n")
	}
	return v
}

// listRows are the rows of boards the list has room for.
func (m *Model) listRows() int { return max(m.Height-3, 1) }

func (m *Model) listView() string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	c := m.course()
	title := st.Title.Render(t("boards.title"))
	if len(c.Boards) == 0 {
		return title + "\n\n  " + st.Muted.Render(t("boards.none"))
	}
	type counts struct{ answers, teams int }
	rows := make([]counts, len(c.Boards))
	for i, b := range c.Boards {
		rows[i] = counts{len(b.Answers), len(b.ByTeam(c.Teams))}
	}
	tb := &m.list
	tb.SetHeight(m.listRows())
	tb.SetLen(len(c.Boards))
	cols := common.FitColumns([]common.Column{
		{ID: "question", Title: t("boards.col_question"), Width: 24, Flex: true},
		{ID: "answers", Title: t("boards.col_answers"), Width: 8, Right: true, Keep: 3},
		{ID: "teams", Title: t("boards.col_teams"), Width: 6, Right: true, Keep: 2},
		{ID: "use", Title: t("boards.col_use"), Width: 16, Keep: 1},
	}, m.Width)
	table := tb.View(cols, m.Width, st, func(r int, col string) string {
		b := c.Boards[r]
		switch col {
		case "question":
			return b.Question.In(m.Ctx.Lang)
		case "answers":
			return fmt.Sprint(rows[r].answers)
		case "teams":
			return fmt.Sprint(rows[r].teams)
		case "use":
			return m.useName(b.Use)
		}
		return ""
	})
	return title + "\n\n" + table
}

// useName says what a board's answers can be turned into.
func (m *Model) useName(u model.BoardUse) string {
	switch u {
	case model.BoardCriteria:
		return m.Ctx.T("boards.use_criteria")
	case model.BoardChecklist:
		return m.Ctx.T("boards.use_checklist")
	}
	return ""
}

// ShortHelp is the bottom line's keys for what the view shows now.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	if m.scope != nil {
		return []key.Binding{k.Every, k.ThisTeam, k.Cancel}
	}
	if h := m.FrameHelp(); h != nil {
		return h
	}
	switch m.screen {
	case screenBoard:
		out := []key.Binding{k.Up, k.Down, k.Add, k.Remove, k.Undo}
		if m.canHandOver() {
			out = append(out, k.HandOver)
		}
		return append(out, k.Back)
	case screenPick:
		if m.pick != nil && m.pick.use == model.BoardCriteria {
			return []key.Binding{k.Pick, k.Attractiveness, k.Strength, k.More, k.Less, k.Weight, k.Done, k.Back}
		}
		return []key.Binding{k.Pick, k.Done, k.Back}
	}
	return []key.Binding{k.Up, k.Down, k.Open}
}

// HelpGroups lists every key of the view, by what it works on.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	groups := []common.HelpGroup{
		{Title: "boards.title", Keys: []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Open, k.Back}},
		{Title: "boards.help_board", Keys: []key.Binding{k.Add, k.Remove, k.Undo}},
	}
	if m.Ctx.Course != nil && m.Ctx.Course.Trainer { // handing over is the trainer's
		groups[1].Keys = append(groups[1].Keys, k.HandOver)
		groups = append(groups, common.HelpGroup{Title: "boards.help_hand_over", Keys: []key.Binding{k.Pick, k.Attractiveness, k.Strength, k.More, k.Less, k.Weight, k.Done, k.Every, k.ThisTeam}})
	}
	return groups
}
