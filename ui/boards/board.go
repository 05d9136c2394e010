package boards

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// row is one answer the cursor can stand on: in a team's group, or in the
// board folded across teams.
type row struct {
	team    model.Team // the group's team; zero in the summary
	folded  model.Folded
	summary bool
}

// boardLayout is a board as drawn: the lines that scroll, the answers
// the cursor moves over, and the line each answer is on.
type boardLayout struct {
	lines []string
	rows  []row
	at    []int // at[i] is the line of rows[i]
}

// layoutBoard lays a board's answers out: each team's, duplicates folded
// with a count, then the whole board folded across teams, most teams
// first, with the teams that gave each.
func (m *Model) layoutBoard(b model.Board) boardLayout {
	st := m.Ctx.Styles
	t := m.Ctx.T
	var out boardLayout
	add := func(s string) { out.lines = append(out.lines, s) }
	answer := func(r row, text string) {
		out.rows = append(out.rows, r)
		out.at = append(out.at, len(out.lines))
		add(text)
	}
	for _, ta := range b.ByTeam(m.course().Teams) {
		n := 0
		for _, f := range ta.Answers {
			n += f.Count
		}
		add(st.Title.Render(m.Ctx.TeamName(ta.Team)) + st.Muted.Render("  "+fmt.Sprintf(m.Ctx.TN("boards.answer_count", n), n)))
		for _, f := range ta.Answers {
			answer(row{team: ta.Team, folded: f}, f.Text+times(f.Count))
		}
		add("")
	}
	folded := b.Folded()
	if len(folded) == 0 {
		return out
	}
	add(st.Title.Render(t("boards.all_teams")))
	for _, f := range folded {
		answer(row{folded: f, summary: true}, f.Text+times(f.Count)+"\t"+m.teamList(f.Teams))
	}
	return out
}

// times is the count of answers folded into one, when more than one.
func times(n int) string {
	if n < 2 {
		return ""
	}
	return "  ×" + strconv.Itoa(n)
}

// teamList names teams by number, short: "T1, T4, T6", "1、4、6 组".
func (m *Model) teamList(numbers []int) string {
	parts := make([]string, len(numbers))
	for i, n := range numbers {
		parts[i] = fmt.Sprintf(m.Ctx.T("boards.team_short"), n)
	}
	return fmt.Sprintf(m.Ctx.T("boards.team_list"), strings.Join(parts, m.Ctx.T("boards.team_sep")))
}

// boardHead is the board's question and counts, over its answers.
func (m *Model) boardHead(b model.Board) []string {
	st := m.Ctx.Styles
	var head []string
	q := common.Wrap(b.Question.In(m.Ctx.Lang), max(m.Width, 1))
	if len(q) > 2 {
		q = q[:2]
	}
	for _, l := range q {
		head = append(head, st.Title.Render(l))
	}
	teams := len(b.ByTeam(m.course().Teams))
	counts := fmt.Sprintf(m.Ctx.TN("boards.answer_count", len(b.Answers)), len(b.Answers)) + " · " +
		fmt.Sprintf(m.Ctx.TN("boards.team_count", teams), teams)
	if m.Ctx.Course != nil {
		counts += " · " + fmt.Sprintf(m.Ctx.T("boards.adding_for"), m.Ctx.TeamName(m.Ctx.Course.ShownTeam()))
	}
	return append(head, st.Muted.Render(counts), "")
}

// bodyRows is how many lines of answers the board has room for.
func (m *Model) bodyRows(b model.Board) int { return max(m.Height-len(m.boardHead(b)), 1) }

func (m *Model) boardView() string {
	b, ok := m.board(m.boardID)
	if !ok {
		return m.Ctx.Styles.Muted.Render(m.Ctx.T("boards.gone"))
	}
	head := m.boardHead(b)
	lay := m.layoutBoard(b)
	if len(lay.rows) == 0 {
		return strings.Join(head, "\n") + "\n  " + m.Ctx.Styles.Muted.Render(fmt.Sprintf(m.Ctx.T("boards.no_answers"), m.shownName()))
	}
	m.cursor = min(max(m.cursor, 0), len(lay.rows)-1)
	rows := max(m.Height-len(head), 1)
	m.offset = scrollTo(m.offset, lay.at[m.cursor], rows, len(lay.lines))
	if m.cursor == 0 {
		m.offset = 0 // the first team's name stays in view above its first answer
	}
	lines := make([]string, 0, rows)
	for i := m.offset; i < min(m.offset+rows, len(lay.lines)); i++ {
		lines = append(lines, m.drawLine(lay, i))
	}
	return strings.Join(append(head, lines...), "\n")
}

// drawLine draws line i of the board: an answer indented, the one under
// the cursor marked "> " and in the selected style; a summary answer with
// its teams on the right.
func (m *Model) drawLine(lay boardLayout, i int) string {
	st := m.Ctx.Styles
	r := -1
	for j, at := range lay.at {
		if at == i {
			r = j
			break
		}
	}
	if r < 0 {
		return lay.lines[i]
	}
	text := lay.lines[i]
	if left, right, ok := strings.Cut(text, "\t"); ok {
		text = common.SpreadLine(left, right, max(m.Width-4, 1))
	}
	if r == m.cursor {
		return st.Selected.Render(common.PadRight("  > "+text, m.Width))
	}
	return "    " + text
}

// scrollTo moves the first line in view so that line is in view, keeping
// the page within the lines there are.
func scrollTo(offset, line, rows, total int) int {
	if line < offset {
		offset = line
	}
	if line >= offset+rows {
		offset = line - rows + 1
	}
	return min(max(offset, 0), max(total-rows, 0))
}

func (m *Model) boardKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	b, ok := m.board(m.boardID)
	if !ok {
		m.screen = screenList
		return nil
	}
	lay := m.layoutBoard(b)
	switch {
	case key.Matches(msg, k.Back):
		m.screen = screenList
	case key.Matches(msg, k.Add):
		return m.addForm(b)
	case key.Matches(msg, k.Remove):
		if len(lay.rows) > 0 {
			return m.askRemove(b, lay.rows[min(m.cursor, len(lay.rows)-1)])
		}
	case key.Matches(msg, k.Undo):
		return m.undo()
	case key.Matches(msg, k.HandOver) && m.canHandOver():
		m.openPicker(b)
	default:
		k.MoveCursor(msg, &m.cursor, len(lay.rows), m.bodyRows(b))
	}
	return nil
}

// shownName is the name of the team shown, whose answers a adds.
func (m *Model) shownName() string {
	if m.Ctx.Course == nil {
		return ""
	}
	return m.Ctx.TeamName(m.Ctx.Course.ShownTeam())
}

// addForm asks for one answer of the team shown; the model's check
// refuses a bad one at the field.
func (m *Model) addForm(b model.Board) tea.Cmd {
	if m.Ctx.Course == nil {
		return nil
	}
	team := m.Ctx.Course.ShownTeam()
	text := ""
	t := m.Ctx.T
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(t("boards.add_title"), m.Ctx.TeamName(team)),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(b.Question.In(m.Ctx.Lang)).Description(t("boards.add_hint")).Value(&text).
					Validate(func(s string) error { return m.Ctx.Loc(model.CheckAnswer(strings.TrimSpace(s))) }),
			)}
		},
		Save: func() (tea.Cmd, error) {
			s := strings.TrimSpace(text)
			if err := model.CheckAnswer(s); err != nil {
				return nil, err
			}
			now := m.Ctx.Now()
			next, err := m.base().AddAnswer(b.ID, model.Answer{Team: team.Number, Text: s, At: now}, now)
			if err != nil {
				return nil, err
			}
			return m.Ctx.Course.Save(next, fmt.Sprintf(t("boards.added"), s, m.Ctx.TeamName(team))), nil
		},
		Dirty: func() bool { return strings.TrimSpace(text) != "" },
	})
}

// mayRemove says whether this session may take a team's answers off: the
// trainer any team's, a participant only the team's own.
func (m *Model) mayRemove(team int) bool {
	c := m.Ctx.Course
	return c != nil && (c.Trainer || c.ShownTeam().Number == team)
}

// askRemove asks before taking one of the answers under the cursor off
// the board: the latest of those folded into it.
func (m *Model) askRemove(b model.Board, r row) tea.Cmd {
	t := m.Ctx.T
	switch {
	case r.summary:
		return common.Status(t("boards.remove_in_group"), true)
	case !m.mayRemove(r.team.Number):
		return common.Status(fmt.Sprintf(t("boards.only_own"), m.shownName()), true)
	case len(r.folded.IDs) == 0:
		return nil
	}
	id := r.folded.IDs[len(r.folded.IDs)-1]
	name := m.Ctx.TeamName(r.team)
	m.Confirm(fmt.Sprintf(t("boards.ask_remove"), r.folded.Text, name), func() tea.Cmd {
		next, gone, ok := m.base().RemoveAnswer(b.ID, id)
		if !ok {
			return common.Status(t("boards.already_gone"), true)
		}
		m.removed = &removal{board: b.ID, answer: gone}
		return m.Ctx.Course.Save(next, fmt.Sprintf(t("boards.removed"), gone.Text, name))
	})
	return nil
}

// undo puts the answer last removed back on its board.
func (m *Model) undo() tea.Cmd {
	t := m.Ctx.T
	r := m.removed
	if r == nil || m.Ctx.Course == nil {
		return common.Status(t("status.nothing_to_undo"), false)
	}
	next, err := m.base().AddAnswer(r.board, r.answer, m.Ctx.Now())
	if err != nil {
		return common.Status(model.Localize(err, m.Ctx.Lang), true)
	}
	m.removed = nil
	return m.Ctx.Course.Save(next, fmt.Sprintf(t("boards.put_back"), r.answer.Text))
}
