package common

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
)

func widths(cols []Column) map[string]int {
	out := map[string]int{}
	for _, c := range cols {
		out[c.ID] = c.Width
	}
	return out
}

// the fixed part: marker 2 + the columns' least widths + a gap of 2 between each
func TestGrowingColumnsShareTheWidthLeftOver(t *testing.T) {
	cols := []Column{
		{ID: "name", Width: 10, Flex: true},
		{ID: "n", Width: 5},
		{ID: "source", Width: 10, Grow: 1, Keep: 1},
	}
	// need 2 + 10 + 2 + 5 + 2 + 10 = 31; 20 left over, half each
	if got := widths(FitColumns(cols, 51)); got["name"] != 20 || got["source"] != 20 || got["n"] != 5 {
		t.Errorf("equal weights: %v", got)
	}
	cols[0].Grow = 3 // name takes three cells of four
	if got := widths(FitColumns(cols, 51)); got["name"] != 25 || got["source"] != 15 {
		t.Errorf("weights 3 and 1: %v", got)
	}
	cols[0].Grow = 0
	cols[0].Max = 12 // name stops at 12: source takes the rest
	if got := widths(FitColumns(cols, 51)); got["name"] != 12 || got["source"] != 28 {
		t.Errorf("name at its most: %v", got)
	}
	cols[2].Max = 14 // both at their most: the line has cells to spare
	if got := widths(FitColumns(cols, 51)); got["name"] != 12 || got["source"] != 14 {
		t.Errorf("both at their most: %v", got)
	}
	cols[0].Max, cols[2].Max = 0, 0
	if got := widths(FitColumns(cols, 32)); got["name"] != 11 || got["source"] != 10 {
		t.Errorf("a cell too few to share goes to the first: %v", got)
	}
}

func TestGrowingColumnMayBeDropped(t *testing.T) {
	cols := []Column{
		{ID: "name", Width: 10, Flex: true},
		{ID: "n", Width: 5, Keep: 2},
		{ID: "source", Width: 10, Grow: 1, Keep: 1},
	}
	got := FitColumns(cols, 30)
	if len(got) != 2 || got[1].ID != "n" || got[0].Width != 30-2-2-5 {
		t.Errorf("the growing column that is not Flex goes first: %+v", got)
	}
}

func TestOneFlexColumnGrowsAsBefore(t *testing.T) {
	// a single Flex column takes all the width left over, as it always has
	cols := FitColumns([]Column{{ID: "name", Width: 10, Flex: true}, {ID: "n", Width: 5}}, 100)
	if cols[0].Width != 100-2-2-5 {
		t.Errorf("the flexible column is %d wide", cols[0].Width)
	}
}

func TestWidestMeasuresCells(t *testing.T) {
	cells := []string{"FreshWay", "美佳大卖场 MegaMart", ""}
	if got := Widest("Account", len(cells), func(i int) string { return cells[i] }); got != 19 {
		t.Errorf("widest %d, want 19", got)
	}
	if got := Widest("A long title", 0, nil); got != 12 {
		t.Errorf("no rows: %d, want the title's 12", got)
	}
	for _, s := range []string{"plain", "美佳大卖场 MegaMart", "（采购）、。", "e\u0301", "\x1b[1mA\x1b[0m", "👍🏽 ok", "한국", "ａｂ", "two\nlines"} {
		if got, want := cellWidth(s), lipgloss.Width(s); got != want {
			t.Errorf("cellWidth(%q) = %d, lipgloss says %d", s, got, want)
		}
	}
	for _, span := range [][2]rune{{0x20, 0x7e}, {0x3000, 0x3029}, {0x4e00, 0x9fff}, {0xff01, 0xff60}} { // its shortcut's runes
		for r := span[0]; r <= span[1]; r++ {
			if got, want := cellWidth("a"+string(r)), lipgloss.Width("a"+string(r)); got != want {
				t.Errorf("cellWidth(%q) = %d, lipgloss says %d", "a"+string(r), got, want)
			}
		}
	}
}

func TestTableFindPutsTheCursorOnTheRow(t *testing.T) {
	keys := []string{"a", "b", "c", "d", "e", "f"}
	tb := Table{Height: 3}
	if !tb.Find(len(keys), func(i int) string { return keys[i] }, "e") || tb.Cursor != 4 || tb.Offset != 2 || tb.Len != 6 {
		t.Errorf("found e: %+v", tb)
	}
	if tb.Find(len(keys), func(i int) string { return keys[i] }, "z") || tb.Cursor != 4 {
		t.Errorf("a key not in the list leaves the cursor: %+v", tb)
	}
}
