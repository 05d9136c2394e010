package matrix

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
)

// geometryWorkspace holds accounts whose every score on an axis is the
// same, so their weighted scores are those whole numbers, under split
// lines at attractiveness 7 and strength 4 (different, so that swapping
// the axes moves them).
func geometryWorkspace(scores map[string][2]int) model.Workspace {
	m := model.DefaultMatrix()
	m.AttractivenessThreshold, m.StrengthThreshold = 7, 4
	ws := model.Workspace{Matrix: m}
	day := model.Day(now).AddDate(0, 0, -7)
	i := 0
	for name, s := range scores {
		i++
		a := model.Account{ID: fmt.Sprintf("g%02d", i), Name: name, Channel: model.Hypermarket, Tier: model.TierA,
			CategorySales: 10_000_000_00, OurSales: 1_000_000_00}
		e := model.NewEvaluation(a.ID, m, day, nil)
		e.ID = "e" + a.ID
		for j := range e.Attractiveness {
			e.Attractiveness[j] = s[0]
		}
		for j := range e.Strength {
			e.Strength[j] = s[1]
		}
		ws.Accounts = append(ws.Accounts, a)
		ws.Evaluations = append(ws.Evaluations, e)
	}
	return ws
}

// plotLines is the plot as a narrow screen of w×h shows it, alone, one
// string per row, without colour: the title's row is dropped.
func plotLines(t *testing.T, h *harness, w, ht int) []string {
	t.Helper()
	h.tab.SetSize(w, ht)
	lines := strings.Split(ansi.Strip(h.tab.View()), "\n")
	if len(lines) < ht {
		t.Fatalf("%d×%d: %d rows drawn:\n%s", w, ht, len(lines), strings.Join(lines, "\n"))
	}
	return lines[1:ht]
}

// at is the character drawn at column x of a row (every character in the
// English plot is one cell wide).
func at(row string, x int) string {
	r := []rune(row)
	if x < 0 || x >= len(r) {
		return ""
	}
	return string(r[x])
}

// TestPlotGeometry pins where a 60×20 plot draws its parts. The frame's
// inside runs from column 5 to 58 (54 columns) and row 2 to 16 (15 rows):
// score s is column 5 + round((s−1)/9 × 53) and row 2 + round((10−s)/9 ×
// 14), attractiveness up, strength right. So the strength split at 4 is
// column 5 + round(17.67) = 23, the attractiveness split at 7 is row 2 +
// round(4.67) = 7; an account scored (attractiveness 9, strength 2) is at
// column 11, row 4 (Star, upper left); (3, 9) at column 52, row 13 (Status,
// lower right); (8, 8) at column 46, row 5 (Strategic, upper right); (2,
// 3) at column 17, row 14 (Streamline, lower left); and (7, 4), on both
// splits, is Strategic: drawn a cell above the row and right of the
// column, at column 24, row 6. Drawn upside down, mirrored or with its
// axes swapped, the plot fails.
func TestPlotGeometry(t *testing.T) {
	ws := geometryWorkspace(map[string][2]int{
		"Attractive": {9, 2}, "Strong": {3, 9}, "Both": {8, 8}, "Neither": {2, 3}, "On the splits": {7, 4},
	})
	h := newHarness(t, ws)
	rows := plotLines(t, h, 60, 21)

	const splitCol, splitRow = 23, 7
	if got := at(rows[splitRow], splitCol); got != "┼" {
		t.Errorf("the splits cross at column %d, row %d: found %q there\n%s", splitCol, splitRow, got, strings.Join(rows, "\n"))
	}
	for y := 2; y <= 16; y++ {
		if y != splitRow && at(rows[y], splitCol) != "│" { // no account is drawn on a split
			t.Errorf("row %d: the strength split should be at column %d: %q", y, splitCol, rows[y])
		}
	}
	// The attractiveness split runs the whole inside, frame to frame; no
	// account is ever drawn on it.
	if want := "   7│" + strings.Repeat("─", splitCol-5) + "┼" + strings.Repeat("─", 58-splitCol) + "│"; rows[splitRow] != want {
		t.Errorf("row %d should be the attractiveness split:\n got %q\nwant %q", splitRow, rows[splitRow], want)
	}
	if !strings.HasPrefix(rows[2], "  10│") || !strings.HasPrefix(rows[16], "   1│") {
		t.Errorf("10 is ticked at the top, 1 at the bottom: %q, %q", rows[2], rows[16])
	}
	ticks := rows[18]
	if at(ticks, 5) != "1" || at(ticks, splitCol) != "4" || string([]rune(ticks)[57:59]) != "10" {
		t.Errorf("strength ticks: 1 at column 5, 4 under the split, 10 at the right: %q", ticks)
	}
	if !strings.HasPrefix(rows[0], "^ ") || !strings.HasSuffix(strings.TrimRight(rows[19], " "), " >") {
		t.Errorf("attractiveness is named above, pointing up; strength below, pointing right: %q, %q", rows[0], rows[19])
	}

	// Each account's letter, from the legend, drawn where its scores say.
	h.Press("v") // the legend, alone on a narrow screen
	legend := ansi.Strip(h.tab.View())
	h.Press("v", "v") // back to the plot
	for name, want := range map[string][2]int{
		"Attractive": {11, 4}, "Strong": {52, 13}, "Both": {46, 5}, "Neither": {17, 14}, "On the splits": {24, 6},
	} {
		letter := letterOf(t, legend, name)
		x, y := want[0], want[1]
		if got := at(rows[y], x); got != letter {
			t.Errorf("%s (%s) should be at column %d, row %d; found %q there\n%s", name, letter, x, y, got, strings.Join(rows, "\n"))
		}
	}

	// The quadrant names in their corners: Star upper left, Strategic
	// upper right, Streamline lower left, Status lower right.
	corners := []struct {
		name string
		row  int
		left bool
	}{{"Star", 2, true}, {"Strategic", 2, false}, {"Streamline", 16, true}, {"Status", 16, false}}
	for _, c := range corners {
		line := []rune(rows[c.row])
		left, right := string(line[5:splitCol]), string(line[splitCol+1:59])
		side, other := right, left
		if c.left {
			side, other = left, right
		}
		if !strings.Contains(side, c.name) || strings.Contains(other, c.name) {
			t.Errorf("%s belongs in the %s corner of row %d: %q", c.name, map[bool]string{true: "left", false: "right"}[c.left], c.row, rows[c.row])
		}
	}
}

// isMarker reports whether s is an account's letter or a count of them.
func isMarker(s string) bool {
	return len(s) == 1 && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z' || s[0] >= '2' && s[0] <= '9' || s[0] == '+')
}

// letterOf finds the letter the legend gives an account.
func letterOf(t *testing.T, legend, name string) string {
	t.Helper()
	for _, line := range strings.Split(legend, "\n") {
		if !strings.Contains(line, name) {
			continue
		}
		for _, f := range strings.Fields(line) {
			if isMarker(f) {
				return f
			}
		}
	}
	t.Fatalf("%s is not in the legend:\n%s", name, legend)
	return ""
}
