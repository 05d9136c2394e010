package boards

import (
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// The weights of a criterion picked from a brainstorm: where a pick
// starts, the step of + and -, and the bounds.
const (
	firstWeight = 10
	weightStep  = 5
	minWeight   = 1
	maxWeight   = 100
)

// picker is the hand-over of a board: the board folded across teams,
// each answer picked or not and, for the Matrix's criteria, on which
// axis and with what weight.
type picker struct {
	board   string
	use     model.BoardUse
	items   []pickItem
	cursor  int
	offset  int
	problem string // why enter was refused, shown over the list
}

type pickItem struct {
	answer model.Folded
	picked bool
	axis   model.Axis
	weight int
}

// scopeQuestion asks which teams get the hand-over: y every team, t the
// team shown, esc neither.
type scopeQuestion struct {
	text string                    // its catalog key, the team shown put in
	do   func(teams []int) tea.Cmd // indexes in the course's teams
}

// canHandOver says whether the board open can be handed over: it feeds
// the Matrix's criteria or the Buyer checklist, and this is the trainer.
func (m *Model) canHandOver() bool {
	if m.Ctx.Course == nil || !m.Ctx.Course.Trainer {
		return false
	}
	b, ok := m.board(m.boardID)
	return ok && (b.Use == model.BoardCriteria || b.Use == model.BoardChecklist)
}

func (m *Model) openPicker(b model.Board) {
	p := &picker{board: b.ID, use: b.Use}
	for _, f := range b.Folded() {
		p.items = append(p.items, pickItem{answer: f, weight: firstWeight})
	}
	m.pick, m.screen = p, screenPick
}

// pickRows is how many answers the picker has room for.
func (m *Model) pickRows() int { return max(m.Height-len(m.pickHead()), 1) }

func (m *Model) pickKey(msg tea.KeyMsg) tea.Cmd {
	p, k := m.pick, m.keys
	if p == nil {
		m.screen = screenBoard
		return nil
	}
	criteria := p.use == model.BoardCriteria
	var it *pickItem
	if len(p.items) > 0 {
		it = &p.items[min(p.cursor, len(p.items)-1)]
	}
	switch {
	case key.Matches(msg, k.Back):
		m.pick, m.screen = nil, screenBoard
		return nil
	case key.Matches(msg, k.Done):
		return m.askScope()
	case it == nil:
		return nil
	case key.Matches(msg, k.Pick):
		it.picked = !it.picked
	case criteria && key.Matches(msg, k.Attractiveness):
		it.picked, it.axis = true, model.Attractiveness
	case criteria && key.Matches(msg, k.Strength):
		it.picked, it.axis = true, model.Strength
	case criteria && key.Matches(msg, k.More):
		it.picked, it.weight = true, min(it.weight+weightStep, maxWeight)
	case criteria && key.Matches(msg, k.Less):
		it.picked, it.weight = true, max(it.weight-weightStep, minWeight)
	case criteria && key.Matches(msg, k.Weight):
		return m.weightForm(it)
	default:
		k.MoveCursor(msg, &p.cursor, len(p.items), m.pickRows())
		return nil
	}
	p.problem = ""
	return nil
}

// weightForm types the weight of the pick under the cursor.
func (m *Model) weightForm(it *pickItem) tea.Cmd {
	t := m.Ctx.T
	text := strconv.Itoa(it.weight)
	orig := text
	check := func(s string) (int, error) {
		w, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || w < minWeight || w > maxWeight {
			return 0, &model.Invalid{Msg: common.Text("boards.weight_range", minWeight, maxWeight)}
		}
		return w, nil
	}
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(t("boards.weight_title"), it.answer.Text),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("boards.weight")).Value(&text).Validate(func(s string) error {
					_, err := check(s)
					return m.Ctx.Loc(err)
				}),
			)}
		},
		Save: func() (tea.Cmd, error) {
			w, err := check(text)
			if err != nil {
				return nil, err
			}
			it.picked, it.weight = true, w
			m.pick.problem = ""
			m.Form = nil // nothing is written: the pick changes at once
			return nil, nil
		},
		Dirty: func() bool { return text != orig },
	})
}

// sums are the weights picked on each axis, and whether each has picks.
func (p *picker) sums() (sum [2]int, has [2]bool) {
	for _, it := range p.items {
		if it.picked {
			sum[it.axis] += it.weight
			has[it.axis] = true
		}
	}
	return sum, has
}

// picked are the answers picked, in the order shown.
func (p *picker) picked() []pickItem {
	var out []pickItem
	for _, it := range p.items {
		if it.picked {
			out = append(out, it)
		}
	}
	return out
}

// criterionName is a picked answer as a criterion's name: in the
// language it was written in, so the other language falls back to it.
func criterionName(s string) model.Text {
	var name model.Text
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			name.ZH = s
			return name
		}
	}
	name.EN = s
	return name
}

// criteriaPicks are the picks as the model takes them.
func (p *picker) criteriaPicks() []model.CriterionPick {
	var out []model.CriterionPick
	for _, it := range p.picked() {
		out = append(out, model.CriterionPick{Name: criterionName(it.answer.Text), Axis: it.axis, Weight: it.weight})
	}
	return out
}

// check says why the picks cannot be handed over yet, or "".
func (m *Model) check(p *picker) string {
	t := m.Ctx.T
	if len(p.picked()) == 0 {
		return t("boards.pick_some")
	}
	if p.use != model.BoardCriteria {
		return ""
	}
	sum, has := p.sums()
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		if has[axis] && sum[axis] != 100 {
			return fmt.Sprintf(t("boards.sum_not_100"), model.Axes[axis].Name.In(m.Ctx.Lang), sum[axis])
		}
	}
	return ""
}

// askScope checks the picks and asks which teams get them.
func (m *Model) askScope() tea.Cmd {
	p := m.pick
	if p.problem = m.check(p); p.problem != "" {
		return nil
	}
	// The model checks the picks against a team's matrix too: refuse here,
	// before asking, what it would refuse.
	if p.use == model.BoardCriteria {
		if _, err := model.CriteriaFromPicks(m.Ctx.Data.Matrix, p.criteriaPicks()); err != nil {
			p.problem = model.Localize(err, m.Ctx.Lang)
			return nil
		}
	}
	text, do := "boards.ask_criteria", m.handOverCriteria
	if p.use == model.BoardChecklist {
		text, do = "boards.ask_checklist", m.handOverChecklist
	}
	m.scope = &scopeQuestion{text: text, do: do}
	return nil
}

// answerScope takes the answer to which teams get the hand-over.
func (m *Model) answerScope(k tea.KeyMsg) tea.Cmd {
	q, c := m.scope, m.Ctx.Course
	switch {
	case key.Matches(k, m.keys.Every):
		m.scope = nil
		all := make([]int, len(c.Teams))
		for i := range all {
			all[i] = i
		}
		return q.do(all)
	case key.Matches(k, m.keys.ThisTeam):
		m.scope = nil
		return q.do([]int{c.Team})
	case key.Matches(k, m.keys.No):
		m.scope = nil
	}
	return nil
}

// handOverCriteria saves the picks as the Matrix criteria of the teams
// given; any team's matrix refusing them saves nothing.
func (m *Model) handOverCriteria(teams []int) tea.Cmd {
	p, c := m.pick, m.Ctx.Course
	picks := p.criteriaPicks()
	var writes []func() tea.Cmd
	for _, i := range teams {
		d := c.Teams[i]
		if !d.Complete() {
			continue
		}
		next, err := model.CriteriaFromPicks(d.Matrix, picks)
		if err != nil {
			p.problem = m.Ctx.TeamName(c.Course.Teams[i]) + ": " + model.Localize(err, m.Ctx.Lang)
			return nil
		}
		writes = append(writes, func() tea.Cmd { return data.Save(d, "", next) })
	}
	return m.saveAll(writes, "boards.criteria_sent")
}

// handOverChecklist adds the picked answers to the Buyer checklist of the
// teams given, leaving out items a team's list already has.
func (m *Model) handOverChecklist(teams []int) tea.Cmd {
	p, c := m.pick, m.Ctx.Course
	var texts []string
	for _, it := range p.picked() {
		texts = append(texts, it.answer.Text)
	}
	var writes []func() tea.Cmd
	for _, i := range teams {
		d := c.Teams[i]
		if !d.Complete() {
			continue
		}
		items := d.Checklist
		if items == nil {
			items = model.DefaultChecklist()
		}
		next, _ := model.ChecklistFromAnswers(items, texts)
		writes = append(writes, func() tea.Cmd { return data.Save(d, "", next) })
	}
	return m.saveAll(writes, "boards.checklist_sent")
}

// saveAll runs the teams' saves one after another and then says in the
// status line how many of them were written (key's text, by count).
func (m *Model) saveAll(writes []func() tea.Cmd, key string) tea.Cmd {
	m.pick, m.screen = nil, screenBoard
	if len(writes) == 0 {
		return common.Status(fmt.Sprintf(m.Ctx.TN(key, 0), 0), true)
	}
	// The words are chosen now: the count comes in off the update loop.
	lang := m.Ctx.Lang
	one, many, failed := m.Ctx.TN(key, 1), m.Ctx.TN(key, 2), m.Ctx.TN("boards.not_all_saved", len(writes))
	var done atomic.Int32
	var firstErr atomic.Value
	cmds := make([]tea.Cmd, 0, len(writes)+1)
	for _, w := range writes {
		save := w()
		cmds = append(cmds, func() tea.Msg {
			msg := save()
			if f, ok := msg.(data.SaveFailedMsg); ok {
				firstErr.CompareAndSwap(nil, model.Localize(f.Err, lang))
			} else {
				done.Add(1)
			}
			return msg
		})
	}
	cmds = append(cmds, func() tea.Msg {
		n := int(done.Load())
		if n < len(writes) {
			return common.StatusMsg{Text: fmt.Sprintf(failed, n, len(writes), firstErr.Load()), Err: true}
		}
		format := many
		if n == 1 {
			format = one
		}
		return common.StatusMsg{Text: fmt.Sprintf(format, n)}
	})
	return tea.Sequence(cmds...)
}

// pickHead is the picker's title, the weights on each axis (criteria) or
// what enter does (checklist), and any problem.
func (m *Model) pickHead() []string {
	p := m.pick
	st := m.Ctx.Styles
	t := m.Ctx.T
	if p.use != model.BoardCriteria {
		lines := []string{st.Title.Render(common.Truncate(t("boards.pick_checklist"), m.Width)),
			st.Muted.Render(common.Truncate(t("boards.pick_checklist_hint"), m.Width))}
		return append(lines, st.Error.Render(common.Truncate(p.problem, m.Width)))
	}
	lines := []string{st.Title.Render(common.Truncate(t("boards.pick_criteria"), m.Width))}
	sum, has := p.sums()
	var parts []string
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		s := fmt.Sprintf(t("boards.axis_sum"), model.Axes[axis].Name.In(m.Ctx.Lang), sum[axis])
		switch {
		case !has[axis]:
			s = st.Muted.Render(s + " " + t("boards.axis_kept"))
		case sum[axis] == 100:
			s = st.OK.Render(s)
		default:
			s = st.Warn.Render(s)
		}
		parts = append(parts, s)
	}
	if both := strings.Join(parts, st.Muted.Render(" · ")); lipgloss.Width(both) <= m.Width {
		lines = append(lines, both)
	} else {
		lines = append(lines, common.Truncate(parts[0], m.Width), common.Truncate(parts[1], m.Width))
	}
	return append(lines, st.Error.Render(common.Truncate(p.problem, m.Width)))
}

func (m *Model) pickView() string {
	p := m.pick
	st := m.Ctx.Styles
	t := m.Ctx.T
	if p == nil {
		return ""
	}
	criteria := p.use == model.BoardCriteria
	lines := m.pickHead()
	if len(p.items) == 0 {
		return strings.Join(append(lines, "  "+st.Muted.Render(t("boards.nothing_to_pick"))), "\n")
	}
	rows := m.pickRows()
	p.cursor = min(max(p.cursor, 0), len(p.items)-1)
	p.offset = scrollTo(p.offset, p.cursor, rows, len(p.items))
	axisW := 0
	for _, a := range model.Axes {
		axisW = max(axisW, lipgloss.Width(a.Name.In(m.Ctx.Lang)))
	}
	for i := p.offset; i < min(p.offset+rows, len(p.items)); i++ {
		it := p.items[i]
		box := "[ ] "
		if it.picked {
			box = "[x] "
		}
		right := st.Muted.Render(m.teamList(it.answer.Teams))
		if criteria && it.picked {
			right = common.PadRight(model.Axes[it.axis].Name.In(m.Ctx.Lang), min(axisW, max(m.Width/3, 8))) + " " + common.PadLeft(strconv.Itoa(it.weight), 3)
		}
		line := common.SpreadLine(box+it.answer.Text, right, max(m.Width-2, 1))
		if i == p.cursor {
			lines = append(lines, st.Selected.Render(common.PadRight("> "+line, m.Width)))
		} else {
			lines = append(lines, "  "+line)
		}
	}
	return strings.Join(lines, "\n")
}
