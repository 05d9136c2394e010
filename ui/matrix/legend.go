package matrix

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// legendColumns are the legend's columns; the name takes what is left.
func (m *Model) legendColumns(w int) []common.Column {
	t := m.Ctx.T
	quadrantW := lipgloss.Width(t("col.quadrant"))
	for _, q := range model.Quadrants {
		quadrantW = max(quadrantW, lipgloss.Width(q.Name.In(m.Ctx.Lang)))
	}
	return common.FitColumns([]common.Column{
		{ID: "marker", Title: "", Width: 2, Keep: 10}, // the letter, and * when scored under older criteria
		{ID: "name", Title: t("col.name"), Width: 16, Flex: true},
		{ID: "attr", Title: t("col.attr_short"), Width: max(lipgloss.Width(t("col.attr_short")), 5), Right: true, Keep: 9},
		{ID: "str", Title: t("col.str_short"), Width: max(lipgloss.Width(t("col.str_short")), 5), Right: true, Keep: 8},
		{ID: "quadrant", Title: t("col.quadrant"), Width: quadrantW + 1, Keep: 7},
		{ID: "sales", Title: t("col.sales"), Width: 9, Right: true, Keep: 6},
		{ID: "date", Title: t("col.evaluated"), Width: 11, Keep: 2}, // a date, and * when the criteria changed since
	}, w)
}

// legendView lists the evaluated accounts (marker, name, both scores,
// quadrant, our sales), then those not yet evaluated, in h lines around
// the cursor, under a header that stays. When they do not all fit, a line
// at either end says how many more there are that way, and how many of
// them are still to evaluate. Only the lines in view are drawn.
func (m *Model) legendView(w, h int) string {
	st := m.Ctx.Styles
	d := m.Ctx.Data
	l := m.Ctx.Lang
	if h < 2 {
		return ""
	}
	cols := m.legendColumns(w)
	places, _ := m.shown() // re-scored when r is on, as the plot draws them
	rescored := m.mode == modePlot && m.rescored
	evaluated := len(m.legend)
	// Body lines under the header: evaluated rows (or a line saying there
	// are none), then (if any) a gap, a heading and the unevaluated rows.
	first := max(evaluated, 1) // where the evaluated part ends
	total := first
	if len(m.unevaluated) > 0 {
		total += 2 + len(m.unevaluated)
	}
	lineOf := func(c int) int {
		if c < evaluated {
			return c
		}
		return first + 2 + (c - evaluated)
	}
	// Evaluations scored under older criteria are marked *, and a line at
	// the foot says what the mark means, at every width.
	older := 0
	for _, i := range m.legend {
		if m.places[i].changed {
			older++
		}
	}
	var foot []string
	if older > 0 {
		note := "  " + fmt.Sprintf(m.Ctx.T("matrix.older_note"), older)
		hint := "matrix.older_rescore"
		if rescored {
			hint = "matrix.older_as_scored"
		}
		if more := " · " + m.Ctx.T(hint); lipgloss.Width(note+more) <= w {
			note += more
		}
		foot = append(foot, st.Muted.Render(common.Truncate(note, w)))
	}
	if m.sized { // what z's sizes mean
		for _, line := range m.sizeNote(w) {
			foot = append(foot, st.Muted.Render(line))
		}
	}
	// With r on, a title says the scores are not those the accounts were
	// given.
	var head []string
	if rescored {
		head = append(head, st.Warn.Render(common.Truncate("  "+m.Ctx.T("matrix.legend_rescored"), w)))
	}
	rows := h - 1 - len(head) - len(foot)
	if rows < 3 { // too short for the notes: the accounts first
		rows, foot = h-1-len(head), nil
	}
	if rows < 1 {
		rows, head = h-1, nil
	}
	top, end := scrollWindow(total, rows, lineOf(m.cursor))
	row := func(cells map[string]string, selected bool) string {
		var parts []string
		for _, c := range cols {
			if c.Right {
				parts = append(parts, common.PadLeft(cells[c.ID], c.Width))
			} else {
				parts = append(parts, common.PadRight(cells[c.ID], c.Width))
			}
		}
		text := strings.Join(parts, "  ")
		if selected {
			return st.Selected.Render(common.PadRight("> "+text, w))
		}
		return "  " + text
	}
	hdr := map[string]string{}
	for _, c := range cols {
		hdr[c.ID] = c.Title
	}
	out := append(head, st.TableHeader.Render(row(hdr, false)))
	if top > 0 {
		out = append(out, m.moreLine("matrix.more_above", top, first, total, w))
	}
	for ln := top; ln < end; ln++ {
		switch {
		case evaluated == 0 && ln == 0:
			out = append(out, "  "+st.Muted.Render(m.Ctx.T("matrix.none_evaluated")))
		case ln < evaluated:
			e := &places[m.legend[ln]]
			a := &d.Accounts[m.legend[ln]]
			date, marker := e.date.Format(model.DateLayout), markerFor(ln)
			if e.changed {
				date += "*"
				marker += "*"
			}
			out = append(out, row(map[string]string{
				"marker": marker, "name": a.Name,
				"attr": fmt.Sprintf("%.2f", e.attr), "str": fmt.Sprintf("%.2f", e.str),
				"quadrant": model.Quadrants[e.quadrant].Name.In(l),
				"sales":    model.FormatCompact(a.OurSales, l), "date": date,
			}, ln == m.cursor))
		case ln == first:
			out = append(out, "")
		case ln == first+1:
			out = append(out, st.Title.Render(fmt.Sprintf(m.Ctx.T("matrix.unevaluated"), len(m.unevaluated))))
		default:
			j := ln - first - 2
			a := &d.Accounts[m.unevaluated[j]]
			out = append(out, row(map[string]string{"marker": "-", "name": a.Name, "attr": "-", "str": "-",
				"sales": model.FormatCompact(a.OurSales, l)}, evaluated+j == m.cursor))
		}
	}
	if end < total {
		out = append(out, m.moreLine("matrix.more_below", end, first, total, w))
	}
	return strings.Join(append(out, foot...), "\n")
}

// sizeNote says what z's marker sizes mean, in lines of w cells: one
// where it fits, else two.
func (m *Model) sizeNote(w int) []string {
	first, rest := "  "+m.Ctx.T("matrix.size_note"), m.Ctx.T("matrix.size_note_more")
	if line := first + " · " + rest; lipgloss.Width(line) <= w {
		return []string{line}
	}
	return []string{common.Truncate(first, w), common.Truncate("  "+rest, w)}
}

// scrollWindow is the part [top, end) of n lines shown in rows lines with
// line cur in it. When not all fit, a line is kept at each end where more
// lie beyond, to say so; with fewer than three rows there is no room for
// that, and the window just follows the cursor.
func scrollWindow(n, rows, cur int) (top, end int) {
	switch {
	case n <= rows:
		return 0, n
	case rows < 3:
		top = max(min(cur-rows+1, n-rows), 0)
		return top, top + rows
	case cur < rows-1: // at the top: one line says what is below
		return 0, rows - 1
	case cur >= n-(rows-1): // at the bottom: one line says what is above
		return n - (rows - 1), n
	}
	top = cur - (rows - 2) + 1 // in the middle: a line at each end
	return top, top + rows - 2
}

// moreLine says how many accounts lie beyond the legend's lines from..to
// (the lines before `at` for above, from `at` on for below), and how many
// of them are still to evaluate: first is where the evaluated part ends,
// total the number of lines.
func (m *Model) moreLine(key string, at, first, total, w int) string {
	from, to := 0, at
	if key == "matrix.more_below" {
		from, to = at, total
	}
	evaluated := max(min(to, len(m.legend))-from, 0)
	notYet := max(to-max(from, first+2), 0)
	text := fmt.Sprintf(m.Ctx.T(key), evaluated+notYet)
	if notYet > 0 {
		text += " " + fmt.Sprintf(m.Ctx.T("matrix.more_unevaluated"), notYet)
	}
	return m.Ctx.Styles.Muted.Render(common.Truncate("  "+text, w))
}

// summaryColumns are the summary's headers and widths in this language.
func (m *Model) summaryColumns() ([]string, []int) {
	t := m.Ctx.T
	headers := []string{t("col.quadrant"), t("col.accounts"), t("col.sales"), t("col.sales_share")}
	widths := []int{0, 5, 9, 7}
	for _, q := range model.Quadrants {
		widths[0] = max(widths[0], lipgloss.Width(q.Name.In(m.Ctx.Lang)))
	}
	for i, h := range headers {
		widths[i] = max(widths[i], lipgloss.Width(h))
	}
	return headers, widths
}

// summaryWidth is the cells the summary needs.
func (m *Model) summaryWidth() int {
	_, widths := m.summaryColumns()
	w := 2 * len(widths)
	for _, x := range widths {
		w += x
	}
	return w
}

// summaryView counts accounts and our sales per quadrant, with each
// quadrant's share of our sales over the evaluated accounts: the tally
// kept as accounts move.
func (m *Model) summaryView(w int) string {
	st := m.Ctx.Styles
	l := m.Ctx.Lang
	_, tally := m.shown()
	sum := tally.Summary()
	headers, widths := m.summaryColumns()
	line := func(cells ...string) string {
		out := "  " + common.PadRight(cells[0], widths[0])
		for i, c := range cells[1:] {
			out += "  " + common.PadLeft(c, widths[i+1])
		}
		return common.Truncate(out, w)
	}
	out := []string{st.TableHeader.Render(line(headers...))}
	var total model.Money
	for q, s := range sum {
		total += s.OurSales
		row := line(model.Quadrants[q].Name.In(l), fmt.Sprint(s.Accounts), model.FormatCompact(s.OurSales, l), model.FormatPercent(s.Share))
		// The course's strategy where there is room for it, wrapped in
		// that room under its first line rather than cut.
		if room := w - lipgloss.Width(row) - 2; room >= 12 {
			indent := strings.Repeat(" ", lipgloss.Width(row)+2)
			// A Chinese strategy breaks after its comma, as a phrase.
			parts := strings.Split(ansi.Wrap(model.Quadrants[q].Strategy.In(l), room, "，"), "\n")
			for i, part := range parts {
				if i > 0 {
					out, row = append(out, row), indent
				} else {
					row += "  "
				}
				row += st.Muted.Render(part)
			}
		}
		out = append(out, row)
	}
	out = append(out, st.Muted.Render(line(m.Ctx.T("matrix.total"), fmt.Sprint(len(m.legend)), model.FormatCompact(total, l), "")))
	return strings.Join(out, "\n")
}
