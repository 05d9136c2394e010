package matrix

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

func (m *Model) plotKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.ListNext) && msg.String() == "j":
		m.cursor = min(m.cursor+1, max(m.rows()-1, 0))
	case key.Matches(msg, k.ListPrev):
		m.cursor = max(m.cursor-1, 0)
	case msg.Type == tea.KeyUp, msg.Type == tea.KeyDown, msg.Type == tea.KeyLeft, msg.Type == tea.KeyRight:
		m.moveOnPlot(msg.Type)
	case key.Matches(msg, k.Trails):
		m.trails = !m.trails
	case key.Matches(msg, k.Summary):
		m.show = (m.show + 1) % shows
	case key.Matches(msg, k.Criteria):
		return m.openCriteria()
	}
	id := m.cursorAccount()
	if id == "" {
		return nil
	}
	switch {
	case key.Matches(msg, k.Open):
		m.mode, m.historyScroll = modeHistory, 0
		return func() tea.Msg { return common.SelectAccountMsg{ID: id} }
	case key.Matches(msg, k.Evaluate): // the account scored is the current one
		return tea.Batch(m.openEvaluation(id), func() tea.Msg { return common.SelectAccountMsg{ID: id} })
	}
	return nil
}

// moveOnPlot moves the cursor to the nearest account in the direction of
// the arrow, as seen on the plot: up is more attractive, right is stronger.
// Off the plot (on an account not yet evaluated), arrows walk the list.
func (m *Model) moveOnPlot(dir tea.KeyType) {
	if m.cursor >= len(m.entries) {
		if dir == tea.KeyUp || dir == tea.KeyLeft {
			m.cursor = max(m.cursor-1, 0)
		} else {
			m.cursor = min(m.cursor+1, max(m.rows()-1, 0))
		}
		return
	}
	from := m.entries[m.cursor]
	best, bestCost := -1, math.Inf(1)
	for i, e := range m.entries {
		if i == m.cursor {
			continue
		}
		var along, across float64
		switch dir {
		case tea.KeyUp:
			along, across = e.attr-from.attr, e.str-from.str
		case tea.KeyDown:
			along, across = from.attr-e.attr, e.str-from.str
		case tea.KeyRight:
			along, across = e.str-from.str, e.attr-from.attr
		case tea.KeyLeft:
			along, across = from.str-e.str, e.attr-from.attr
		}
		if along <= 0 {
			continue
		}
		// Straight ahead beats off to the side: sideways distance costs double.
		if cost := along + 2*math.Abs(across); cost < bestCost {
			best, bestCost = i, cost
		}
	}
	if best >= 0 {
		m.cursor = best
	}
}

// narrow is true when the plot and the legend do not fit side by side:
// then v shows one of plot, legend and summary at a time, each at full size.
func (m *Model) narrow() bool { return m.width < 78 }

// Which of plot, legend and summary a narrow screen shows.
const (
	showPlot = iota
	showLegend
	showSummary
	shows
)

func (m *Model) plotView() string {
	st := m.ctx.Styles
	d := m.ctx.Data
	title := st.Title.Render(m.ctx.T("matrix.title")) + st.Muted.Render(fmt.Sprintf("  "+m.ctx.T("matrix.counts"),
		len(m.entries), len(m.unevaluated), d.Matrix.AttractivenessThreshold, d.Matrix.StrengthThreshold))
	if !m.trails {
		title += st.Muted.Render("  " + m.ctx.T("matrix.trails_off"))
	}
	bodyH := m.height - 1
	if m.narrow() {
		switch m.show {
		case showLegend:
			return title + "\n" + m.legendView(m.width, bodyH)
		case showSummary:
			return title + "\n" + m.summaryView(m.width)
		}
		return title + "\n" + m.plot(m.width, bodyH)
	}
	// Wide screens give the legend room for every column; narrower ones
	// keep the plot readable and let the legend drop columns.
	sideW := m.width * 45 / 100
	if m.width >= 110 {
		sideW = m.width * 55 / 100
	}
	sideW = min(max(sideW, m.summaryWidth()), 76)
	plot := m.plot(m.width-sideW-1, bodyH)
	summary := m.summaryView(sideW)
	side := summary + "\n\n" + m.legendView(sideW, bodyH-lipgloss.Height(summary)-1)
	return title + "\n" + lipgloss.JoinHorizontal(lipgloss.Top, plot, " ", side)
}

// cellKind says how a plot cell is drawn.
type cellKind uint8

const (
	kindBlank cellKind = iota
	kindFrame
	kindSplit
	kindLabel
	kindTrail
	kindPrev
	kindMarker
	kindCursor
)

type cell struct {
	s    string // "" continues the wide character to its left
	kind cellKind
}

// canvas is the plot as a grid of cells, drawn once per frame.
type canvas struct {
	w, h  int
	cells []cell
}

func newCanvas(w, h int) *canvas {
	c := &canvas{w: w, h: h, cells: make([]cell, w*h)}
	for i := range c.cells {
		c.cells[i] = cell{s: " "}
	}
	return c
}

// put writes s from (x, y) rightwards; a wide character takes two cells.
// Writing over half of a wide character blanks its other half, so the row
// keeps its width.
func (c *canvas) put(x, y int, s string, kind cellKind) {
	if y < 0 || y >= c.h {
		return
	}
	for _, r := range s {
		w := lipgloss.Width(string(r))
		if x < 0 || x+w > c.w {
			return
		}
		for i := x; i < x+w; i++ {
			c.clearWide(i, y)
		}
		c.cells[y*c.w+x] = cell{s: string(r), kind: kind}
		if w == 2 {
			c.cells[y*c.w+x+1] = cell{s: "", kind: kind}
		}
		x += w
	}
}

func (c *canvas) clearWide(x, y int) {
	i := y*c.w + x
	switch {
	case c.cells[i].s == "" && x > 0:
		c.cells[i-1] = cell{s: " "}
	case lipgloss.Width(c.cells[i].s) == 2 && x+1 < c.w:
		c.cells[i+1] = cell{s: " "}
	}
	c.cells[i] = cell{s: " "}
}

func (c *canvas) at(x, y int) cell { return c.cells[y*c.w+x] }

// render draws each row, styling runs of cells of the same kind at once.
func (c *canvas) render(styles [kindCursor + 1]lipgloss.Style) string {
	var b strings.Builder
	for y := range c.h {
		if y > 0 {
			b.WriteByte('\n')
		}
		run, kind := strings.Builder{}, c.at(0, y).kind
		flush := func() {
			if run.Len() > 0 {
				b.WriteString(styles[kind].Render(run.String()))
				run.Reset()
			}
		}
		for x := range c.w {
			cl := c.at(x, y)
			if cl.kind != kind {
				flush()
				kind = cl.kind
			}
			run.WriteString(cl.s)
		}
		flush()
	}
	return b.String()
}

// plot draws the 2×2 matrix in w×h cells.
func (m *Model) plot(w, h int) string {
	st := m.ctx.Styles
	styles := [kindCursor + 1]lipgloss.Style{
		kindBlank: st.App, kindFrame: st.Rule, kindSplit: st.Muted, kindLabel: st.Faint,
		kindTrail: st.Faint, kindPrev: st.Faint, kindMarker: st.Brand, kindCursor: st.Selected.Bold(true),
	}
	return m.canvas(w, h).render(styles)
}

// canvas lays the matrix out in w×h cells: attractiveness up, our strength
// to the right, split at the thresholds.
func (m *Model) canvas(w, h int) *canvas {
	d := m.ctx.Data
	l := m.ctx.Lang
	const tickW = 4 // "10", "5.5" and the like, left of the frame
	c := newCanvas(w, h)
	c.put(0, 0, common.Truncate("^ "+model.Axes[model.Attractiveness].Name.In(l), w), kindLabel)

	// The frame's inside, where scores map to cells.
	// Rows: the axis name, the top border, the inside, the bottom border,
	// the ticks and the other axis name.
	x0, y0 := tickW+1, 2
	iw, ih := max(w-x0-1, 4), max(h-y0-3, 3)
	col := func(s float64) int {
		return x0 + int(math.Round((s-model.MinScore)/(model.MaxScore-model.MinScore)*float64(iw-1)))
	}
	row := func(s float64) int {
		return y0 + int(math.Round((model.MaxScore-s)/(model.MaxScore-model.MinScore)*float64(ih-1)))
	}
	sx, sy := col(d.Matrix.StrengthThreshold), row(d.Matrix.AttractivenessThreshold)

	for x := x0 - 1; x <= x0+iw; x++ {
		c.put(x, y0-1, "─", kindFrame)
		c.put(x, y0+ih, "─", kindFrame)
	}
	for y := y0; y < y0+ih; y++ {
		c.put(x0-1, y, "│", kindFrame)
		c.put(x0+iw, y, "│", kindFrame)
		c.put(sx, y, "│", kindSplit)
	}
	for x := x0; x < x0+iw; x++ {
		c.put(x, sy, "─", kindSplit)
	}
	c.put(sx, sy, "┼", kindSplit)
	for _, corner := range [][3]any{{x0 - 1, y0 - 1, "┌"}, {x0 + iw, y0 - 1, "┐"}, {x0 - 1, y0 + ih, "└"}, {x0 + iw, y0 + ih, "┘"}} {
		c.put(corner[0].(int), corner[1].(int), corner[2].(string), kindFrame)
	}
	ticks := func(v float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0") }
	c.put(0, y0, common.PadLeft(ticks(model.MaxScore), tickW), kindLabel)
	c.put(0, sy, common.PadLeft(ticks(d.Matrix.AttractivenessThreshold), tickW), kindLabel)
	c.put(0, y0+ih-1, common.PadLeft(ticks(model.MinScore), tickW), kindLabel)
	bottom := y0 + ih + 1
	c.put(x0, bottom, "1", kindLabel)
	c.put(sx-lipgloss.Width(ticks(d.Matrix.StrengthThreshold))/2, bottom, ticks(d.Matrix.StrengthThreshold), kindLabel)
	c.put(x0+iw-2, bottom, "10", kindLabel)
	xName := model.Axes[model.Strength].Name.In(l) + " >"
	c.put(max(x0+iw-lipgloss.Width(xName), x0), bottom+1, common.Truncate(xName, iw), kindLabel)

	// Quadrant names in the outer corners, where markers are least likely.
	name := func(q model.Quadrant) string { return model.Quadrants[q].Name.In(l) }
	c.put(x0+1, y0, common.Truncate(name(model.Star), sx-x0-2), kindLabel)
	c.put(x0+iw-1-min(lipgloss.Width(name(model.Strategic)), x0+iw-sx-2), y0, common.Truncate(name(model.Strategic), x0+iw-sx-2), kindLabel)
	c.put(x0+1, y0+ih-1, common.Truncate(name(model.Streamline), sx-x0-2), kindLabel)
	c.put(x0+iw-1-min(lipgloss.Width(name(model.Status)), x0+iw-sx-2), y0+ih-1, common.Truncate(name(model.Status), x0+iw-sx-2), kindLabel)

	if m.trails {
		for _, e := range m.entries {
			if !e.hasPrev {
				continue
			}
			px, py, cx, cy := col(e.prevStr), row(e.prevAttr), col(e.str), row(e.attr)
			for _, p := range line(px, py, cx, cy) {
				c.put(p[0], p[1], ".", kindTrail)
			}
			c.put(px, py, "o", kindPrev)
		}
	}
	stacked := map[[2]int]int{}
	for _, e := range m.entries {
		stacked[[2]int{col(e.str), row(e.attr)}]++
	}
	for i, e := range m.entries {
		x, y := col(e.str), row(e.attr)
		mark := e.marker
		if n := stacked[[2]int{x, y}]; n > 1 {
			mark = "+"
			if n < 10 {
				mark = fmt.Sprint(n)
			}
		}
		kind := kindMarker
		if i == m.cursor {
			kind = kindCursor
		}
		if kind == kindCursor || c.at(x, y).kind != kindCursor {
			c.put(x, y, mark, kind)
		}
	}
	return c
}

// line is the cells between two points, ends left out (Bresenham).
func line(x0, y0, x1, y1 int) [][2]int {
	var out [][2]int
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := sign(x1-x0), sign(y1-y0)
	err := dx + dy
	x, y := x0, y0
	for x != x1 || y != y1 {
		e2 := 2 * err
		if e2 >= dy {
			err += dy
			x += sx
		}
		if e2 <= dx {
			err += dx
			y += sy
		}
		if x != x1 || y != y1 {
			out = append(out, [2]int{x, y})
		}
	}
	return out
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func sign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}
