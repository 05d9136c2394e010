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
	case key.Matches(msg, k.Top):
		m.cursor = 0
	case key.Matches(msg, k.Bottom):
		m.cursor = max(m.rows()-1, 0)
	case msg.Type == tea.KeyUp, msg.Type == tea.KeyDown, msg.Type == tea.KeyLeft, msg.Type == tea.KeyRight:
		m.moveOnPlot(msg.Type)
	case key.Matches(msg, k.Trails):
		m.trails = !m.trails
	case key.Matches(msg, k.Size):
		m.sized = !m.sized
	case key.Matches(msg, k.Rescore):
		m.rescored = !m.rescored
	case key.Matches(msg, k.NextView):
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
	if m.cursor >= len(m.legend) {
		if dir == tea.KeyUp || dir == tea.KeyLeft {
			m.cursor = max(m.cursor-1, 0)
		} else {
			m.cursor = min(m.cursor+1, max(m.rows()-1, 0))
		}
		return
	}
	places, _, _ := m.source()
	from := &places[m.legend[m.cursor]]
	best, bestCost := -1, math.Inf(1)
	for i, acc := range m.legend {
		if i == m.cursor {
			continue
		}
		e := &places[acc]
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
func (m *Model) narrow() bool { return m.Width < 78 }

// Which of plot, legend and summary a narrow screen shows.
const (
	showPlot = iota
	showLegend
	showSummary
	shows
)

func (m *Model) plotView() string {
	st := m.Ctx.Styles
	d := m.Ctx.Data
	head := []string{st.Title.Render(m.Ctx.T("matrix.title")) + st.Muted.Render(fmt.Sprintf("  "+m.Ctx.T("matrix.counts"),
		len(m.legend), len(m.unevaluated), d.Matrix.AttractivenessThreshold, d.Matrix.StrengthThreshold))}
	if !m.trails {
		head = append(head, st.Muted.Render(m.Ctx.T("matrix.trails_off")))
	}
	if m.rescored {
		head = append(head, st.Warn.Render(m.Ctx.T("matrix.rescored_current")))
	}
	titleLines := flowLine(head, "  ", m.Width)
	title := strings.Join(titleLines, "\n")
	bodyH := max(m.Height-len(titleLines), 1)
	if m.narrow() {
		switch m.show {
		case showLegend:
			return title + "\n" + m.legendView(m.Width, bodyH)
		case showSummary:
			return title + "\n" + m.summaryView(m.Width)
		}
		return title + "\n" + m.plot(m.Width, bodyH)
	}
	// Wide screens give the legend room for every column; narrower ones
	// keep the plot readable and let the legend drop columns.
	sideW := m.Width * 45 / 100
	if m.Width >= 110 {
		sideW = m.Width * 55 / 100
	}
	sideW = min(max(sideW, m.summaryWidth()), 76)
	plot := m.plot(m.Width-sideW-1, bodyH)
	summary := m.summaryView(sideW)
	side := summary + "\n\n" + m.legendView(sideW, bodyH-lipgloss.Height(summary)-1)
	return title + "\n" + lipgloss.JoinHorizontal(lipgloss.Top, plot, " ", side)
}

// flowLine lays parts out in lines of at most w cells, sep between two
// on a line: a part that does not fit after the others starts a line of
// its own, so that none is cut unless it is wider than w alone.
func flowLine(parts []string, sep string, w int) []string {
	var lines []string
	for _, p := range parts {
		last := len(lines) - 1
		if last >= 0 && lipgloss.Width(lines[last]+sep+p) <= w {
			lines[last] += sep + p
			continue
		}
		lines = append(lines, common.Truncate(p, w))
	}
	return lines
}

// cellKind says how a plot cell is drawn.
type cellKind uint8

const (
	kindBlank cellKind = iota
	kindFrame
	kindSplit
	kindLabel
	kindHalo // the block around a marker sized by our sales
	kindTrail
	kindPrev
	kindMarker
	kindCursor
)

// cell is one cell of the plot, tagged with its kind.
type cell = common.Cell[cellKind]

// canvas is the plot's frame, split lines and labels as a grid of cells:
// laid out once for a size, thresholds and language, then kept.
type canvas = common.CellGrid[cellKind]

func newCanvas(w, h int) *canvas { return common.NewCellGrid[cellKind](w, h) }

// layout is where the plot's parts fall in w×h cells: attractiveness up,
// our strength to the right, split at the thresholds.
type layout struct {
	w, h   int
	x0, y0 int // the frame's inside, where scores map to cells, starts here
	iw, ih int // and is this big
	sx, sy int // the split lines' column and row
	splits model.Splits
	base   *canvas
}

// at is the cell an account scored (attr, str) is drawn on: where its
// scores fall, but never on a split line. A score under a threshold is
// drawn on the low side of its line, one on or above it on the high side,
// as the quadrant rule places it.
func (l *layout) at(attr, str float64) (x, y int) { return l.x(str), l.y(attr) }

// x is the column an account of strength str is drawn on, y the row of
// one of attractiveness attr, off the split lines.
func (l *layout) x(str float64) int {
	if x := l.col(str); l.splits.High(model.Strength, str) {
		return max(x, l.sx+1)
	} else {
		return min(x, l.sx-1)
	}
}

func (l *layout) y(attr float64) int {
	if y := l.row(attr); l.splits.High(model.Attractiveness, attr) {
		return min(y, l.sy-1)
	} else {
		return max(y, l.sy+1)
	}
}

// col and row are the cell a score falls in.
func (l *layout) col(s float64) int {
	return l.x0 + int(math.Round((s-model.MinScore)/(model.MaxScore-model.MinScore)*float64(l.iw-1)))
}

func (l *layout) row(s float64) int {
	return l.y0 + int(math.Round((model.MaxScore-s)/(model.MaxScore-model.MinScore)*float64(l.ih-1)))
}

// cell is the index of (x, y), or -1 off the plot.
func (l *layout) cell(x, y int) int {
	if x < 0 || x >= l.w || y < 0 || y >= l.h {
		return -1
	}
	return y*l.w + x
}

func (m *Model) layout(w, h int, matrix model.Matrix) layout {
	lang := m.Ctx.Lang
	const tickW = 4 // "10", "5.5" and the like, left of the frame
	c := newCanvas(w, h)
	c.Put(0, 0, common.Truncate("^ "+model.Axes[model.Attractiveness].Name.In(lang), w), kindLabel)

	// Rows: the axis name, the top border, the inside, the bottom border,
	// the ticks and the other axis name.
	l := layout{w: w, h: h, x0: tickW + 1, y0: 2, splits: matrix.Splits(), base: c}
	l.iw, l.ih = max(w-l.x0-1, 4), max(h-l.y0-3, 3)
	x0, y0, iw, ih := l.x0, l.y0, l.iw, l.ih
	// The split lines leave a column and a row on either side of them, so
	// each side has somewhere to draw its accounts, whatever the thresholds.
	l.sx = min(max(l.col(matrix.StrengthThreshold), x0+1), x0+iw-2)
	l.sy = min(max(l.row(matrix.AttractivenessThreshold), y0+1), y0+ih-2)
	sx, sy := l.sx, l.sy

	for x := x0 - 1; x <= x0+iw; x++ {
		c.Put(x, y0-1, "─", kindFrame)
		c.Put(x, y0+ih, "─", kindFrame)
	}
	for y := y0; y < y0+ih; y++ {
		c.Put(x0-1, y, "│", kindFrame)
		c.Put(x0+iw, y, "│", kindFrame)
		c.Put(sx, y, "│", kindSplit)
	}
	for x := x0; x < x0+iw; x++ {
		c.Put(x, sy, "─", kindSplit)
	}
	c.Put(sx, sy, "┼", kindSplit)
	for _, corner := range [][3]any{{x0 - 1, y0 - 1, "┌"}, {x0 + iw, y0 - 1, "┐"}, {x0 - 1, y0 + ih, "└"}, {x0 + iw, y0 + ih, "┘"}} {
		c.Put(corner[0].(int), corner[1].(int), corner[2].(string), kindFrame)
	}
	ticks := func(v float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0") }
	c.Put(0, y0, common.PadLeft(ticks(model.MaxScore), tickW), kindLabel)
	c.Put(0, sy, common.PadLeft(ticks(matrix.AttractivenessThreshold), tickW), kindLabel)
	c.Put(0, y0+ih-1, common.PadLeft(ticks(model.MinScore), tickW), kindLabel)
	bottom := y0 + ih + 1
	c.Put(x0, bottom, "1", kindLabel)
	c.Put(sx-lipgloss.Width(ticks(matrix.StrengthThreshold))/2, bottom, ticks(matrix.StrengthThreshold), kindLabel)
	c.Put(x0+iw-2, bottom, "10", kindLabel)
	xName := model.Axes[model.Strength].Name.In(lang) + " >"
	c.Put(max(x0+iw-lipgloss.Width(xName), x0), bottom+1, common.Truncate(xName, iw), kindLabel)

	// Quadrant names in the outer corners, where markers are least likely.
	name := func(q model.Quadrant) string { return model.Quadrants[q].Name.In(lang) }
	c.Put(x0+1, y0, common.Truncate(name(model.Star), sx-x0-2), kindLabel)
	c.Put(x0+iw-1-min(lipgloss.Width(name(model.Strategic)), x0+iw-sx-2), y0, common.Truncate(name(model.Strategic), x0+iw-sx-2), kindLabel)
	c.Put(x0+1, y0+ih-1, common.Truncate(name(model.Streamline), sx-x0-2), kindLabel)
	c.Put(x0+iw-1-min(lipgloss.Width(name(model.Status)), x0+iw-sx-2), y0+ih-1, common.Truncate(name(model.Status), x0+iw-sx-2), kindLabel)
	return l
}

// plotCache is the plot as last drawn: its layout, how many markers,
// previous places and trail dots stand on each cell, and each row as
// drawn. An account that moves changes its own cells and marks their rows
// to draw again; a frame draws only those rows and the cursor's.
type plotCache struct {
	valid   bool
	w, h    int
	trails  bool
	layout  layout
	markers []int32  // evaluated accounts on the cell
	who     []int    // the sum of their positions in the data: with one, which it is
	prevs   []int32  // previous places on the cell
	dots    []int32  // trails crossing the cell
	halos   []int32  // blocks of markers sized by our sales
	sizes   *sizing  // nil unless z sizes markers
	spots   []cellAt // by account position: the cell its marker was last counted on
	lines   []string
	stale   []bool                   // rows to draw again
	styles  [kindCursor + 1]runStyle // of each kind of cell, found when laid out
}

// invalidate drops the layout: the size, thresholds, criteria or language
// changed, so every cell is worked out again at the next frame.
func (p *plotCache) invalidate() { p.valid = false }

// mark and unmark count an account's marker, previous place and trail on
// the cells they stand on, or take them off.
func (p *plotCache) mark(account int, at placed)   { p.count(account, at, 1) }
func (p *plotCache) unmark(account int, at placed) { p.count(account, at, -1) }

func (p *plotCache) count(account int, at placed, delta int) {
	if !p.valid {
		return
	}
	l := &p.layout
	x, y := l.at(at.attr, at.str)
	if delta > 0 {
		if account >= len(p.spots) {
			p.spots = append(p.spots, make([]cellAt, account+1-len(p.spots))...)
		}
		p.spots[account] = cellAt{x, y}
	}
	if i := l.cell(x, y); i >= 0 {
		p.markers[i] += int32(delta)
		p.who[i] += delta * account
		p.stale[y] = true
	}
	if p.sizes != nil {
		reach := p.sizes.class(at.ourSales) // 0, 1 or 2 cells either side
		for dy := -reach / 2; dy <= reach/2; dy++ {
			for dx := -reach; dx <= reach; dx++ {
				if i := l.cell(x+dx, y+dy); i >= 0 && (dx != 0 || dy != 0) {
					p.halos[i] += int32(delta)
					p.stale[y+dy] = true
				}
			}
		}
	}
	if !at.hasPrev {
		return
	}
	px, py := l.at(at.prevAttr, at.prevStr)
	if i := l.cell(px, py); i >= 0 {
		p.prevs[i] += int32(delta)
		p.stale[py] = true
	}
	line(px, py, x, y, func(x, y int) {
		if i := l.cell(x, y); i >= 0 {
			p.dots[i] += int32(delta)
			p.stale[y] = true
		}
	})
}

// cellAt is where a marker stands, off the plot too.
type cellAt struct{ x, y int }

// redraw marks the row of an account's marker to be drawn again.
func (p *plotCache) redraw(at placed) {
	if !p.valid {
		return
	}
	if _, y := p.layout.at(at.attr, at.str); y >= 0 && y < p.h {
		p.stale[y] = true
	}
}

// ready makes sure the cache is of a w×h plot, laying it out and counting
// every account's cells again when it is not.
func (m *Model) ready(w, h int) (*plotCache, []placed) {
	places, matrix, p := m.source()
	if !p.valid || p.w != w || p.h != h || (p.sizes != nil) != m.sized {
		*p = plotCache{valid: true, w: w, h: h, trails: m.trails, layout: m.layout(w, h, matrix),
			markers: make([]int32, w*h), who: make([]int, w*h), prevs: make([]int32, w*h), dots: make([]int32, w*h),
			halos: make([]int32, w*h), spots: make([]cellAt, len(places)), lines: make([]string, h), stale: make([]bool, h)}
		p.styles = m.plotStyles()
		if m.sized {
			p.sizes = m.sizing(places)
		}
		for i := range p.stale {
			p.stale[i] = true
		}
		for _, acc := range m.legend {
			p.mark(acc, places[acc])
		}
	}
	if p.trails != m.trails {
		p.trails = m.trails
		for i := range p.stale {
			p.stale[i] = true
		}
	}
	return p, places
}

// plotStyles are the styles of each kind of cell.
func (m *Model) plotStyles() [kindCursor + 1]runStyle {
	st := m.Ctx.Styles
	var out [kindCursor + 1]runStyle
	for kind, style := range [kindCursor + 1]lipgloss.Style{
		kindBlank: st.App, kindFrame: st.Rule, kindSplit: st.Muted, kindLabel: st.Faint, kindHalo: st.Faint,
		kindTrail: st.Faint, kindPrev: st.Faint, kindMarker: st.Brand, kindCursor: st.Selected.Bold(true),
	} {
		out[kind] = newRunStyle(style)
	}
	return out
}

// runStyle draws runs of cells in one style. A style that only colours
// text wraps any run in the same codes, so they are found once, when the
// plot is laid out, and written around each run, instead of having
// lipgloss lay every run out again.
type runStyle struct {
	style         lipgloss.Style
	before, after string
	wraps         bool // the style is before + run + after
}

// newRunStyle finds the codes a style writes around a run, and checks that
// it writes them alike around another run (spaces, box drawing and wide
// characters in it) before trusting them.
func newRunStyle(style lipgloss.Style) runStyle {
	r := runStyle{style: style}
	probe := style.Render("x")
	if at := strings.Index(probe, "x"); at >= 0 {
		r.before, r.after = probe[:at], probe[at+1:]
		const check = "a b─┼░明"
		r.wraps = style.Render(check) == r.before+check+r.after
	}
	return r
}

// plot draws the 2×2 matrix in w×h cells: the rows kept from the last
// frame, those that changed drawn again, and the cursor's row drawn with
// the cursor on it.
func (m *Model) plot(w, h int) string {
	p, places := m.ready(w, h)
	styles := &p.styles
	cursorCell, cursorRow := -1, -1
	if m.cursor < len(m.legend) {
		at := places[m.legend[m.cursor]]
		x, y := p.layout.at(at.attr, at.str)
		if i := p.layout.cell(x, y); i >= 0 {
			cursorCell, cursorRow = i, y
		}
	}
	row := make([]cell, w)
	var b strings.Builder
	for y := range h {
		if y > 0 {
			b.WriteByte('\n')
		}
		switch {
		case y == cursorRow:
			b.WriteString(render(m.composeRow(p, y, cursorCell, row), styles))
		case p.stale[y]:
			p.lines[y], p.stale[y] = render(m.composeRow(p, y, -1, row), styles), false
			fallthrough
		default:
			b.WriteString(p.lines[y])
		}
	}
	return b.String()
}

// cells is the whole plot as cells, the cursor on it: what plot draws.
func (m *Model) cells(w, h int) []cell {
	p, places := m.ready(w, h)
	cursorCell := -1
	if m.cursor < len(m.legend) {
		at := places[m.legend[m.cursor]]
		cursorCell = p.layout.cell(p.layout.at(at.attr, at.str))
	}
	out := make([]cell, 0, w*h)
	for y := range h {
		out = append(out, m.composeRow(p, y, cursorCell, make([]cell, w))...)
	}
	return out
}

// composeRow lays row y out in buf: the markers, previous places and trail
// dots counted on its cells over the frame and labels, and the cursor.
// What stands on a cell is one cell wide; where it covers half of a wide
// label character, the other half is left blank.
func (m *Model) composeRow(p *plotCache, y, cursorCell int, buf []cell) []cell {
	w := p.w
	copy(buf, p.layout.base.Cells[y*w:(y+1)*w])
	for x := range w {
		i := y*w + x
		var over cell
		switch n := p.markers[i]; {
		case n > 0:
			over = cell{S: "+", Tag: kindMarker}
			switch {
			case n == 1:
				over.S = m.markerOf(p.who[i])
			case n < 10:
				over.S = string(rune('0' + n))
			}
			if i == cursorCell {
				over.Tag = kindCursor
			}
		case p.trails && p.prevs[i] > 0:
			over = cell{S: "o", Tag: kindPrev}
		case p.trails && p.dots[i] > 0:
			over = cell{S: ".", Tag: kindTrail}
		case p.halos[i] > 0 && buf[x].Tag == kindBlank: // never over the frame, lines or labels
			over = cell{S: haloGlyph, Tag: kindHalo}
		default:
			continue
		}
		if buf[x].S == "" && x > 0 { // the right half of a wide character
			buf[x-1] = cell{S: " ", Tag: buf[x-1].Tag}
		} else if x+1 < w && buf[x+1].S == "" { // its left half
			buf[x+1] = cell{S: " ", Tag: buf[x+1].Tag}
		}
		buf[x] = over
	}
	// The cursor's marker is bracketed, [A], so it shows without colour;
	// a bracket never covers another marker or half a wide character.
	if cursorCell >= y*w && cursorCell < (y+1)*w {
		x := cursorCell - y*w
		for _, side := range [2]struct {
			x int
			s string
		}{{x - 1, "["}, {x + 1, "]"}} {
			if side.x < 0 || side.x >= w || p.markers[y*w+side.x] > 0 || buf[side.x].S == "" ||
				side.x+1 < w && buf[side.x+1].S == "" {
				continue
			}
			buf[side.x] = cell{S: side.s, Tag: kindCursor}
		}
	}
	return buf
}

// render draws a row of cells, styling runs of cells of one kind at once.
func render(row []cell, styles *[kindCursor + 1]runStyle) string {
	return common.RenderCells(row, func(kind cellKind, run string) string {
		if s := &styles[kind]; s.wraps {
			return s.before + run + s.after
		}
		return styles[kind].style.Render(run)
	})
}

// line visits the cells between two points, ends left out (Bresenham).
func line(x0, y0, x1, y1 int, visit func(x, y int)) {
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
			visit(x, y)
		}
	}
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
