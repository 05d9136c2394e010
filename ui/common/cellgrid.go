package common

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Cell is one terminal cell of a drawing made cell by cell: its character
// ("" for the right half of a wide one) and what it shows, which decides
// how it is drawn.
type Cell[T comparable] struct {
	S   string
	Tag T
}

// CellGrid is a drawing made cell by cell, such as the portfolio matrix's
// plot: each character is measured once, when it is put, never when a
// frame is drawn.
type CellGrid[T comparable] struct {
	W, H  int
	Cells []Cell[T] // row by row
}

// NewCellGrid is a blank w×h drawing.
func NewCellGrid[T comparable](w, h int) *CellGrid[T] {
	g := &CellGrid[T]{W: w, H: h, Cells: make([]Cell[T], w*h)}
	for i := range g.Cells {
		g.Cells[i] = Cell[T]{S: " "}
	}
	return g
}

// Put writes s from (x, y) rightwards; a wide character takes two cells
// and is left out, with the rest of s, where it would not fit whole.
// Writing over half of a wide character blanks its other half, so the row
// keeps its width.
func (g *CellGrid[T]) Put(x, y int, s string, tag T) {
	if y < 0 || y >= g.H {
		return
	}
	for _, r := range s {
		w := lipgloss.Width(string(r))
		if x < 0 || x+w > g.W {
			return
		}
		for i := x; i < x+w; i++ {
			g.clearWide(i, y)
		}
		g.Cells[y*g.W+x] = Cell[T]{S: string(r), Tag: tag}
		if w == 2 {
			g.Cells[y*g.W+x+1] = Cell[T]{S: "", Tag: tag}
		}
		x += w
	}
}

// clearWide blanks a cell and the other half of a wide character on it.
func (g *CellGrid[T]) clearWide(x, y int) {
	i := y*g.W + x
	switch {
	case g.Cells[i].S == "" && x > 0:
		g.Cells[i-1] = Cell[T]{S: " "}
	case x+1 < g.W && g.Cells[i+1].S == "":
		g.Cells[i+1] = Cell[T]{S: " "}
	}
	g.Cells[i] = Cell[T]{S: " "}
}

// At is the cell at (x, y).
func (g *CellGrid[T]) At(x, y int) Cell[T] { return g.Cells[y*g.W+x] }

// Row is row y's cells.
func (g *CellGrid[T]) Row(y int) []Cell[T] { return g.Cells[y*g.W : (y+1)*g.W] }

// RenderCells draws a row of cells a run of one tag at a time: draw gets
// the tag and the run's characters.
func RenderCells[T comparable](row []Cell[T], draw func(tag T, run string) string) string {
	if len(row) == 0 {
		return ""
	}
	var b, run strings.Builder
	tag := row[0].Tag
	for _, c := range row {
		if c.Tag != tag {
			b.WriteString(draw(tag, run.String()))
			run.Reset()
			tag = c.Tag
		}
		run.WriteString(c.S)
	}
	b.WriteString(draw(tag, run.String()))
	return b.String()
}
