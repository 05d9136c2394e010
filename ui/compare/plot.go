package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// palette colours the teams' markers, team 1 the first colour; past its
// end the colours come round again. The marker's character names the team,
// so without colour the plot still reads.
var palette = []lipgloss.AdaptiveColor{
	{Light: "#D70000", Dark: "#FF5F5F"}, // red
	{Light: "#005FAF", Dark: "#5FAFFF"}, // blue
	{Light: "#008700", Dark: "#87D787"}, // green
	{Light: "#AF5F00", Dark: "#FFAF5F"}, // orange
	{Light: "#8700AF", Dark: "#D787FF"}, // purple
	{Light: "#008787", Dark: "#5FD7D7"}, // teal
	{Light: "#AF0087", Dark: "#FF87D7"}, // pink
	{Light: "#5F5F00", Dark: "#D7D75F"}, // olive
	{Light: "#5F00D7", Dark: "#AF87FF"}, // violet
	{Light: "#875F00", Dark: "#D7AF5F"}, // brown
}

// teamStyles are the markers' styles, one per colour of the palette.
type teamStyles []lipgloss.Style

func newTeamStyles(st common.Styles) teamStyles {
	out := make(teamStyles, len(palette))
	for i, c := range palette {
		out[i] = st.App.Bold(true).Foreground(c)
	}
	return out
}

// of is team number n's style.
func (s teamStyles) of(n int) lipgloss.Style { return s[(max(n, 1)-1)%len(s)] }

// marker is the character a team stands for on the plot: 1–9, then A, B…
func marker(n int) string {
	switch {
	case n >= 1 && n <= 9:
		return string(rune('0' + n))
	case n >= 10 && n < 10+26:
		return string(rune('A' + n - 10))
	}
	return "*"
}

// cellKind says how a cell of the plot is drawn.
type cellKind int

const (
	kindBlank cellKind = iota
	kindFrame
	kindSplit
	kindLabel
	kindMarker // a team's: the cell's team says which
	kindCrowd  // more teams than there is room for around a spot
)

// plotTag is what a cell of the plot shows: its kind, and for a marker
// the team.
type plotTag struct {
	kind cellKind
	team int
}

// grid is the plot being drawn, as cells.
type grid = common.CellGrid[plotTag]

func newGrid(w, h int) *grid { return common.NewCellGrid[plotTag](w, h) }

// put writes s from (x, y) rightwards as kind (of team, for a marker).
func put(g *grid, x, y int, s string, kind cellKind, team int) { g.Put(x, y, s, plotTag{kind, team}) }

// plotArea is where scores fall in the plot's frame, and where the axes
// split high from low.
type plotArea struct {
	x0, y0, iw, ih int // the frame's inside
	sx, sy         int // the split lines' column and row
}

func (a plotArea) col(s float64) int {
	return a.x0 + int(math.Round((s-model.MinScore)/(model.MaxScore-model.MinScore)*float64(a.iw-1)))
}

func (a plotArea) row(s float64) int {
	return a.y0 + int(math.Round((model.MaxScore-s)/(model.MaxScore-model.MinScore)*float64(a.ih-1)))
}

// region is the quadrant's cells inside the frame, off the split lines:
// x from x1 to x2 and y from y1 to y2, included.
func (a plotArea) region(q model.Quadrant) (x1, x2, y1, y2 int) {
	highStrength := q == model.Strategic || q == model.Status
	highAttr := q == model.Strategic || q == model.Star
	x1, x2 = a.x0, a.sx-1
	if highStrength {
		x1, x2 = a.sx+1, a.x0+a.iw-1
	}
	y1, y2 = a.sy+1, a.y0+a.ih-1
	if highAttr {
		y1, y2 = a.y0, a.sy-1
	}
	return x1, x2, y1, y2
}

// splits are where the plot splits the axes: the team shown's thresholds,
// or the course's default.
func (m *Model) splits() model.Splits {
	s := m.Ctx.Data.Matrix.Splits()
	if s.Attractiveness <= 0 {
		s.Attractiveness = model.DefaultThreshold
	}
	if s.Strength <= 0 {
		s.Strength = model.DefaultThreshold
	}
	return s
}

// plot draws one account as every team placed it, on one 2×2 matrix of
// w×h cells: attractiveness up, our strength across, each team's marker
// in its quadrant (as that team's own thresholds place it) and as near its
// scores as the other teams' markers leave room for.
func (m *Model) plot(c model.Comparison, acc model.AccountComparison, w, h int) string {
	lang := m.Ctx.Lang
	g := newGrid(w, h)
	put(g, 0, 0, common.Truncate("^ "+model.Axes[model.Attractiveness].Name.In(lang), w), kindLabel, 0)
	a := plotArea{x0: 1, y0: 2}
	a.iw, a.ih = max(w-2, 5), max(h-4, 3)
	sp := m.splits()
	a.sx = min(max(a.col(sp.Strength), a.x0+1), a.x0+a.iw-2)
	a.sy = min(max(a.row(sp.Attractiveness), a.y0+1), a.y0+a.ih-2)

	for x := a.x0 - 1; x <= a.x0+a.iw; x++ {
		put(g, x, a.y0-1, "─", kindFrame, 0)
		put(g, x, a.y0+a.ih, "─", kindFrame, 0)
	}
	for y := a.y0; y < a.y0+a.ih; y++ {
		put(g, a.x0-1, y, "│", kindFrame, 0)
		put(g, a.x0+a.iw, y, "│", kindFrame, 0)
		put(g, a.sx, y, "│", kindSplit, 0)
	}
	for x := a.x0; x < a.x0+a.iw; x++ {
		put(g, x, a.sy, "─", kindSplit, 0)
	}
	put(g, a.sx, a.sy, "┼", kindSplit, 0)
	put(g, a.x0-1, a.y0-1, "┌", kindFrame, 0)
	put(g, a.x0+a.iw, a.y0-1, "┐", kindFrame, 0)
	put(g, a.x0-1, a.y0+a.ih, "└", kindFrame, 0)
	put(g, a.x0+a.iw, a.y0+a.ih, "┘", kindFrame, 0)
	xName := model.Axes[model.Strength].Name.In(lang) + " >"
	put(g, max(a.x0+a.iw-lipgloss.Width(xName), 0), a.y0+a.ih+1, common.Truncate(xName, w), kindLabel, 0)

	// Quadrant names in the outer corners, where markers are least likely.
	name := func(q model.Quadrant) string { return model.Quadrants[q].Name.In(lang) }
	left, right := a.sx-a.x0-1, a.x0+a.iw-a.sx-2
	put(g, a.x0+1, a.y0, common.Truncate(name(model.Star), left), kindLabel, 0)
	put(g, a.x0+a.iw-1-min(lipgloss.Width(name(model.Strategic)), right), a.y0, common.Truncate(name(model.Strategic), right), kindLabel, 0)
	put(g, a.x0+1, a.y0+a.ih-1, common.Truncate(name(model.Streamline), left), kindLabel, 0)
	put(g, a.x0+a.iw-1-min(lipgloss.Width(name(model.Status)), right), a.y0+a.ih-1, common.Truncate(name(model.Status), right), kindLabel, 0)

	for i, p := range acc.Places {
		if !p.Evaluated || i >= len(c.Teams) {
			continue
		}
		m.placeMarker(g, a, p, c.Teams[i].Number)
	}
	return m.drawGrid(g)
}

// placeMarker puts a team's marker in its quadrant, on its scores or, when
// another team's marker is there, on the nearest free cell around them.
func (m *Model) placeMarker(g *grid, a plotArea, p model.Placement, team int) {
	x1, x2, y1, y2 := a.region(p.Quadrant)
	if x1 > x2 || y1 > y2 {
		return
	}
	x := min(max(a.col(p.Strength), x1), x2)
	y := min(max(a.row(p.Attractiveness), y1), y2)
	free := func(x, y int) bool {
		if x < x1 || x > x2 || y < y1 || y > y2 {
			return false
		}
		c := g.At(x, y)
		return c.Tag.kind != kindMarker && c.Tag.kind != kindCrowd
	}
	for _, o := range nearby {
		if free(x+o.dx, y+o.dy) {
			put(g, x+o.dx, y+o.dy, marker(team), kindMarker, team)
			return
		}
	}
	put(g, x, y, "+", kindCrowd, 0)
}

// nearby are the cells around a spot, nearest first: a cell is about
// twice as tall as it is wide, so a row away costs two columns.
var nearby = func() []struct{ dx, dy int } {
	var out []struct{ dx, dy int }
	for dy := -2; dy <= 2; dy++ {
		for dx := -4; dx <= 4; dx++ {
			out = append(out, struct{ dx, dy int }{dx, dy})
		}
	}
	cost := func(o struct{ dx, dy int }) int { return abs(o.dx) + 2*abs(o.dy) }
	slices.SortStableFunc(out, func(a, b struct{ dx, dy int }) int { return cost(a) - cost(b) })
	return out
}()

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// drawGrid draws the grid row by row, a run of cells of one look at a time.
func (m *Model) drawGrid(g *grid) string {
	st := m.Ctx.Styles
	style := func(t plotTag) lipgloss.Style {
		switch t.kind {
		case kindFrame:
			return st.Rule
		case kindSplit:
			return st.Muted
		case kindLabel:
			return st.Faint
		case kindMarker:
			return m.styles.of(t.team)
		case kindCrowd:
			return st.Warn.Bold(true)
		}
		return st.App
	}
	lines := make([]string, g.H)
	for y := range g.H {
		lines[y] = common.RenderCells(g.Row(y), func(t plotTag, run string) string { return style(t).Render(run) })
	}
	return strings.Join(lines, "\n")
}
