package common

import (
	"strings"
	"testing"
)

func TestCellGridKeepsWideCharactersWhole(t *testing.T) {
	g := NewCellGrid[int](6, 1)
	g.Put(0, 0, "美佳x", 1)
	if got := rowText(g, 0); got != "美佳x " {
		t.Fatalf("row %q", got)
	}
	g.Put(1, 0, "o", 2) // over the right half of 美: its left half goes blank
	if got := rowText(g, 0); got != " o佳x " {
		t.Fatalf("after writing over half a wide character: %q", got)
	}
	g.Put(5, 0, "佳", 3) // does not fit whole: left out
	if got := rowText(g, 0); got != " o佳x " {
		t.Errorf("a wide character at the edge was put: %q", got)
	}
	drawn := RenderCells(g.Row(0), func(tag int, run string) string { return "<" + run + ">" })
	if drawn != "< ><o><佳x>< >" {
		t.Errorf("runs of one tag: %q", drawn)
	}
}

func rowText(g *CellGrid[int], y int) string {
	var b strings.Builder
	for _, c := range g.Row(y) {
		b.WriteString(c.S)
	}
	return b.String()
}
