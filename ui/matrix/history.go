package matrix

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

func (m *Model) historyKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	id := m.cursorAccount()
	page := m.historyRows()
	switch {
	case key.Matches(msg, k.Back):
		m.mode = modePlot
	case key.Matches(msg, k.Up):
		m.scrollHistory(-1)
	case key.Matches(msg, k.Down):
		m.scrollHistory(1)
	case key.Matches(msg, k.PageUp):
		m.scrollHistory(-page)
	case key.Matches(msg, k.PageDown):
		m.scrollHistory(page)
	case key.Matches(msg, k.Evaluate) && id != "":
		return m.openEvaluation(id)
	}
	return nil
}

// historyRows is how many lines of the history show under its head: at
// least one, however short the terminal.
func (m *Model) historyRows() int { return max(m.Height-2, 1) }

// scrollHistory moves the history by n lines, no further than its ends, so
// that a move back is seen at once, at any later size.
func (m *Model) scrollHistory(n int) {
	_, body := m.historyLines()
	m.historyScroll = clampScroll(m.historyScroll+n, len(body), m.historyRows())
}

// clampScroll keeps the first line shown of a body of lines inside it, rows
// lines at a time.
func clampScroll(top, lines, rows int) int {
	return max(min(top, lines-rows), 0)
}

// historyView shows one account's evaluations, newest first, and the
// newest one criterion by criterion, under the names and weights it was
// scored with.
func (m *Model) historyView() string {
	head, body := m.historyLines()
	if body == nil {
		return head
	}
	return m.scrolled(head, body)
}

// historyLines is the history's head and the lines under it; with the
// account gone there is only a head saying so.
func (m *Model) historyLines() (head string, body []string) {
	st := m.Ctx.Styles
	d := m.Ctx.Data
	l := m.Ctx.Lang
	t := m.Ctx.T
	a, ok := d.Account(m.cursorAccount())
	if !ok {
		return st.Muted.Render(t("detail.gone")), nil
	}
	evals := d.AccountEvaluations(a.ID)
	head = common.SpreadLine(st.Title.Render(a.Name)+st.Muted.Render(" — "+t("matrix.evaluations")), "", m.Width)
	add := func(s ...string) { body = append(body, s...) }
	if len(evals) == 0 {
		add("", "  "+st.Muted.Render(t("matrix.not_evaluated_yet")))
		return head, body
	}

	q := model.Quadrants[evals[0].Quadrant(d.Matrix)]
	add(st.Label.Render(t("field.quadrant"))+"  "+st.Title.Render(q.Name.In(l))+st.Muted.Render(" — "+q.Strategy.In(l)), "")

	dateW, numW := 10, max(lipgloss.Width(t("col.attr")), 8)
	hdr := "  " + common.PadRight(t("col.date"), dateW) + "  " + common.PadLeft(t("col.attr"), numW) + "  " +
		common.PadLeft(t("col.str"), numW) + "  " + t("col.quadrant")
	add(st.TableHeader.Render(hdr))
	for _, e := range evals {
		ea, es := e.Position(d.Matrix)
		note := ""
		if model.CriteriaChanged(e, d.Matrix) {
			note = st.Faint.Render("  " + t("matrix.changed_short"))
		}
		add("  " + common.PadRight(e.Date.Format(model.DateLayout), dateW) + "  " + common.PadLeft(fmt.Sprintf("%.2f", ea), numW) + "  " +
			common.PadLeft(fmt.Sprintf("%.2f", es), numW) + "  " + model.Quadrants[e.Quadrant(d.Matrix)].Name.In(l) + note)
	}
	add("", st.Title.Render(fmt.Sprintf(t("matrix.breakdown"), evals[0].Date.Format(model.DateLayout))))
	add(m.breakdown(evals[0])...)
	return head, body
}

// breakdown lists an evaluation's scores criterion by criterion, under the
// names and weights of the criteria it was scored against.
func (m *Model) breakdown(e model.Evaluation) []string {
	st := m.Ctx.Styles
	d := m.Ctx.Data
	l := m.Ctx.Lang
	t := m.Ctx.T
	var out []string
	if model.CriteriaChanged(e, d.Matrix) {
		out = append(out, st.Warn.Render(t("matrix.changed_since")))
	}
	set, _ := d.Matrix.CriteriaSet(e.CriteriaVersion)
	nameW := 0
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		for _, c := range set.Criteria(axis) {
			nameW = max(nameW, lipgloss.Width(c.Name.In(l)))
		}
	}
	nameW = min(nameW, max(m.Width/2-10, 12))
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		scores, criteria := e.Scores(axis), set.Criteria(axis)
		out = append(out, "", st.Label.Render(common.PadRight(model.Axes[axis].Name.In(l), nameW+2))+"  "+
			st.TableHeader.Render(common.PadLeft(t("col.weight"), 6)+"  "+common.PadLeft(t("col.score"), 5)+"  "+common.PadLeft(t("col.weighted"), 8)+"  "+t("col.comment")))
		for i, c := range criteria[:min(len(criteria), len(scores))] {
			s := scores[i]
			out = append(out, "  "+common.PadRight(c.Name.In(l), nameW)+"  "+common.PadLeft(fmt.Sprint(c.Weight), 6)+"  "+
				common.PadLeft(fmt.Sprint(s), 5)+"  "+common.PadLeft(fmt.Sprintf("%.2f", float64(c.Weight*s)/100), 8)+
				"  "+st.Muted.Render(strings.ReplaceAll(e.Comment(c.ID), "\n", " ")))
		}
		out = append(out, "  "+common.PadRight("", nameW)+"  "+common.PadLeft(fmt.Sprint(model.TotalWeight(criteria)), 6)+"  "+common.PadLeft("", 5)+"  "+
			st.Title.Render(common.PadLeft(fmt.Sprintf("%.2f", model.WeightedScore(criteria, scores)), 8)))
	}
	return out
}

// scrolled puts a fixed head over a body scrolled to historyScroll, kept
// inside the body: the terminal may have grown since the last scroll.
func (m *Model) scrolled(head string, body []string) string {
	rows := m.historyRows()
	top := clampScroll(m.historyScroll, len(body), rows)
	body = body[top:min(top+rows, len(body))]
	for i := range body {
		body[i] = common.Truncate(body[i], m.Width)
	}
	return strings.Join(append([]string{head, m.Ctx.Styles.Rule.Render(strings.Repeat("─", m.Width))}, body...), "\n")
}
