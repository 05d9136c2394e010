package matrix

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// evalForm scores every criterion of both axes 1–10 for one account, with
// the weighted scores and the quadrant they give shown as the room argues.
type evalForm struct {
	eval     model.Evaluation  // the draft
	orig     model.Evaluation  // as opened, to know whether anything changed
	set      model.CriteriaSet // the criteria it scores: the matrix's current ones
	date     string
	row      int // 0 is the date; then attractiveness, then strength criteria
	editing  bool
	input    textinput.Model
	problem  string
	saving   bool
	was      *model.Quadrant // where the account stood before, for the report
	fromPlot bool
}

func (m *Model) openEvaluation(id string) tea.Cmd {
	d := m.Ctx.Data
	today := model.Day(m.Ctx.Now())
	var prev *model.Evaluation
	var was *model.Quadrant
	if e, ok := d.Latest(id); ok {
		prev = &e
		q, _ := d.Quadrant(id)
		was = &q
	}
	e := model.NewEvaluation(id, d.Matrix, today, prev)
	m.eval = &evalForm{eval: e, orig: e.Clone(), set: d.Matrix.Current(), date: today.Format(model.DateLayout), row: 1, was: was, fromPlot: m.mode == modePlot}
	m.mode = modeEvaluate
	return nil
}

// rows is the date row plus one per criterion.
func (f *evalForm) rows() int { return 1 + len(f.eval.Attractiveness) + len(f.eval.Strength) }

// score returns the score under the cursor row and its criterion, or nil
// on the date row.
func (f *evalForm) score() (*int, model.Criterion) {
	i := f.row - 1
	switch {
	case i < 0:
		return nil, model.Criterion{}
	case i < len(f.eval.Attractiveness):
		return &f.eval.Attractiveness[i], f.set.Attractiveness[i]
	}
	i -= len(f.eval.Attractiveness)
	return &f.eval.Strength[i], f.set.Strength[i]
}

func (f *evalForm) changed() bool {
	return f.date != f.orig.Date.Format(model.DateLayout) ||
		!slices.Equal(f.eval.Attractiveness, f.orig.Attractiveness) || !slices.Equal(f.eval.Strength, f.orig.Strength) ||
		!maps.Equal(f.eval.Comments, f.orig.Comments)
}

func (f *evalForm) key(m *Model, msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if f.editing {
		switch msg.Type {
		case tea.KeyEnter:
			return f.commitInput(m)
		case tea.KeyEsc:
			f.editing, f.problem = false, ""
			f.input.Blur()
			return nil
		}
		var cmd tea.Cmd
		f.input, cmd = common.UpdateInput(f.input, msg)
		return cmd
	}
	if f.saving {
		return nil
	}
	f.problem = ""
	s, criterion := f.score()
	switch {
	case key.Matches(msg, k.Cancel):
		if f.changed() {
			m.Confirm(m.Ctx.T("ask.discard_scores"), func() tea.Cmd { m.closeEvaluation(); return nil })
			return nil
		}
		m.closeEvaluation()
	case key.Matches(msg, k.Save):
		return f.save(m)
	case key.Matches(msg, k.Up):
		f.row = max(f.row-1, 0)
	case key.Matches(msg, k.Down):
		f.row = min(f.row+1, f.rows()-1)
	case key.Matches(msg, k.Score) && s != nil:
		*s = int(msg.Runes[0] - '0')
		if *s == 0 {
			*s = 10
		}
		f.row = min(f.row+1, f.rows()-1) // on to the next criterion, as when filling a paper form
	case key.Matches(msg, k.Nudge) && s != nil:
		if msg.Type == tea.KeyLeft || msg.String() == "-" {
			*s = max(*s-1, model.MinScore)
		} else {
			*s = min(*s+1, model.MaxScore)
		}
	case key.Matches(msg, k.Comment):
		f.input = textinput.New()
		common.ShowCursor(&f.input.Cursor) // seen without colour too
		f.input.Prompt = ""
		f.input.CharLimit = 400
		if s != nil {
			f.input.SetValue(f.eval.Comment(criterion.ID))
		} else {
			f.input.SetValue(f.date)
		}
		f.input.CursorEnd() // what is typed adds to the text, never replaces it unseen
		f.editing = true
		return f.input.Focus()
	}
	return nil
}

// fieldIndent is where a comment's field starts under its criterion.
const fieldIndent = 4

// fieldKeys are the keys of the date or comment field being edited: the
// form's own keys are off until it is left, digits and arrows included.
func (f *evalForm) fieldKeys(m *Model) []key.Binding {
	c := m.Ctx
	return []key.Binding{
		c.Bind("enter", "key.keep_text", "enter"),
		c.Bind("esc", "key.cancel", "esc"),
		c.Bind("←/→ home/end", "key.text_move", "left", "right", "home", "end"),
		c.Bind("ctrl+w/ctrl+u", "key.text_delete", "ctrl+w", "ctrl+u"),
	}
}

// commitInput ends editing the date or a comment; a date that is not one
// stays in the field with the reason.
func (f *evalForm) commitInput(m *Model) tea.Cmd {
	v := strings.TrimSpace(f.input.Value())
	if s, criterion := f.score(); s != nil {
		if err := model.CheckLongText(v); err != nil {
			f.problem = model.Localize(err, m.Ctx.Lang)
			return nil
		}
		f.eval.SetComment(criterion.ID, v)
	} else {
		day, err := model.ParseDate(v, m.Ctx.Now().Location())
		if err == nil && day.After(model.Day(m.Ctx.Now())) {
			err = fmt.Errorf("%s", fmt.Sprintf(m.Ctx.T("field.future_date"), v))
		}
		if err != nil {
			f.problem = model.Localize(err, m.Ctx.Lang)
			return nil
		}
		f.date = v
		f.eval.Date = day
	}
	f.editing = false
	f.input.Blur()
	return nil
}

func (f *evalForm) save(m *Model) tea.Cmd {
	if err := model.CheckEvaluation(f.eval, m.Ctx.Data.Matrix, m.Ctx.Now()); err != nil {
		f.problem = model.Localize(err, m.Ctx.Lang)
		return nil
	}
	f.saving = true
	return data.Save(m.Ctx.Data, "", f.eval)
}

func (f *evalForm) update(m *Model, msg tea.Msg) tea.Cmd {
	if !f.editing {
		return nil
	}
	var cmd tea.Cmd
	f.input, cmd = common.UpdateInput(f.input, msg)
	return cmd
}

func (m *Model) closeEvaluation() {
	back := modePlot
	if m.eval != nil && !m.eval.fromPlot {
		back = modeHistory
	}
	m.mode, m.eval = back, nil
}

// evaluationSaved closes the form that made the evaluation and reports
// where the account now stands, and where it stood.
func (m *Model) evaluationSaved(e model.Evaluation) tea.Cmd {
	f := m.eval
	if f == nil || !f.saving || e.AccountID != f.eval.AccountID {
		return nil
	}
	m.closeEvaluation()
	m.cursorTo(e.AccountID)
	a, _ := m.Ctx.Data.Account(e.AccountID)
	at, sg := e.Position(m.Ctx.Data.Matrix)
	q := e.Quadrant(m.Ctx.Data.Matrix)
	l := m.Ctx.Lang
	note := fmt.Sprintf(m.Ctx.T("status.evaluated"), a.Name, model.Quadrants[q].Name.In(l), at, sg)
	if f.was != nil && *f.was != q {
		note += " " + fmt.Sprintf(m.Ctx.T("status.was"), model.Quadrants[*f.was].Name.In(l))
	}
	return common.Status(note, false)
}

// saveFailed gives a refused save back to whoever made it.
func (m *Model) saveFailed(err error) {
	text := model.Localize(err, m.Ctx.Lang)
	_, conflict := model.Conflicted(err)
	switch {
	case conflict && m.mode == modeEvaluate && m.eval != nil && m.eval.saving:
		m.closeEvaluation() // someone else saved it first: theirs is shown
	case m.mode == modeEvaluate && m.eval != nil && m.eval.saving:
		m.eval.saving, m.eval.problem = false, text
	case m.mode == modeCriteria && m.criteria != nil && m.criteria.saving:
		m.criteria.saving, m.criteria.problem = false, text
	}
}

func (f *evalForm) view(m *Model) string {
	st := m.Ctx.Styles
	d := m.Ctx.Data
	l := m.Ctx.Lang
	t := m.Ctx.T
	a, _ := d.Account(f.eval.AccountID)
	w := m.Width

	nameW := 0
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		for _, c := range f.set.Criteria(axis) {
			nameW = max(nameW, lipgloss.Width(c.Name.In(l)))
		}
	}
	nameW = min(nameW, max(w-40, 12))
	bar := w >= nameW+40 // room for a bar of the score

	var lines []string
	cursorLine := 0
	mark := func(selected bool, s string) string {
		if selected {
			return st.Selected.Render(common.PadRight("> "+s, min(w, lipgloss.Width(s)+4)))
		}
		return "  " + s
	}
	dateText := f.date
	if f.editing && f.row == 0 {
		f.input.Width = max(w-lipgloss.Width(t("col.date"))-8, 1)
		dateText = f.input.View()
	}
	lines = append(lines, mark(f.row == 0, st.Label.Render(t("col.date"))+"  "+dateText))
	row := 1
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		scores, criteria := f.eval.Scores(axis), f.set.Criteria(axis)
		total := "  -"
		if !slices.Contains(scores, 0) {
			total = fmt.Sprintf("%5.2f", model.WeightedScore(criteria, scores))
		}
		lines = append(lines, "", st.Title.Render(common.PadRight(model.Axes[axis].Name.In(l), nameW+2))+"  "+
			st.TableHeader.Render(common.PadLeft(t("col.weight"), 6)+"  "+common.PadLeft(t("col.score"), 5))+"  "+st.Title.Render("= "+total))
		for i, s := range scores {
			c := criteria[i]
			score := "-"
			if s > 0 {
				score = fmt.Sprint(s)
			}
			text := common.PadRight(c.Name.In(l), nameW) + "  " + common.PadLeft(fmt.Sprint(c.Weight), 6) + "  " + common.PadLeft(score, 5)
			if bar {
				text += "  " + strings.Repeat("#", s) + strings.Repeat(".", model.MaxScore-s)
			}
			if row == f.row {
				cursorLine = len(lines)
			}
			if f.editing && f.row == row {
				// The comment as a field of its own, labelled, under its
				// criterion: what it holds is what enter keeps.
				pad := strings.Repeat(" ", fieldIndent)
				f.input.Width = max(w-fieldIndent-2, 1)
				label := common.Truncate(t("col.comment")+" · "+c.Name.In(l), max(w-fieldIndent, 1))
				lines = append(lines, mark(true, text), pad+st.Label.Render(label), pad+f.input.View())
				cursorLine = len(lines) - 1
			} else {
				note := f.eval.Comment(c.ID)
				if hint := m.profitHint(c.ID, f.eval.AccountID); hint != "" && note == "" {
					note = hint
				}
				lines = append(lines, mark(row == f.row, text)+"  "+st.Muted.Render(note))
			}
			row++
		}
	}

	head := st.Title.Render(fmt.Sprintf(t("matrix.evaluate_title"), a.Name))
	foot := m.evalPlacement(f)
	if f.problem != "" {
		foot = st.Error.Render(f.problem)
	} else if f.saving {
		foot = st.Muted.Render(t("matrix.saving"))
	}
	// Keep the cursor's line in view between the head and the foot.
	rows := max(m.Height-3, 1)
	top := 0
	if cursorLine >= rows {
		top = cursorLine - rows + 1
	}
	lines = lines[top:min(top+rows, len(lines))]
	return common.Foot(strings.Join(append([]string{head, ""}, lines...), "\n"), []string{foot}, m.Height)
}

// evalPlacement says where the scores so far would put the account.
func (m *Model) evalPlacement(f *evalForm) string {
	st := m.Ctx.Styles
	l := m.Ctx.Lang
	if model.CheckEvaluation(f.eval, m.Ctx.Data.Matrix, m.Ctx.Now()) != nil {
		return st.Muted.Render(m.Ctx.T("matrix.score_all"))
	}
	q := model.Quadrants[f.eval.Quadrant(m.Ctx.Data.Matrix)]
	text := fmt.Sprintf(m.Ctx.T("matrix.places"), q.Name.In(l), q.Strategy.In(l))
	if f.was != nil {
		text += "  " + st.Muted.Render(fmt.Sprintf(m.Ctx.T("matrix.was"), model.Quadrants[*f.was].Name.In(l)))
	}
	return st.OK.Render(text)
}

// profitHint is what the account P&L of the Plan tab says the criterion
// "Net profitability" can be scored at: the contribution of this year's
// plan (its latest estimate, else the plan), or of the year being planned.
func (m *Model) profitHint(criterionID, accountID string) string {
	if criterionID != "a-profit" {
		return ""
	}
	d := m.Ctx.Data
	now := m.Ctx.Now()
	for _, year := range []int{now.Year(), model.PlanYear(now)} {
		plan, ok := d.PlanOf(accountID, year)
		if !ok {
			continue
		}
		in := model.PnLInputs{Plan: plan, Terms: d.TermsOf(accountID), Settings: d.Settings, Promotions: d.PromotionsOf(accountID), Products: d.Workspace.Products}
		for _, col := range []int{model.PnLEstimate, model.PnLPlan} {
			p := model.AccountPnL(in, col)
			if pct, ok := p.Pct(p.Contribution); ok {
				return fmt.Sprintf(m.Ctx.T("matrix.profit_hint"), model.PnLColumnNames[col].In(m.Ctx.Lang), year,
					model.FormatPercent(math.Round(pct*10)/10), model.ProfitabilityScore(pct))
			}
		}
	}
	return ""
}
