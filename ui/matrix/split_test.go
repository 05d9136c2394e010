package matrix

import (
	"testing"

	"github.com/kam-workbench/kam/model"
)

// TestMarkersStayOnTheirSideOfTheSplit: with attractiveness split at 7.2,
// FreshWay (7.15) is a hair under it, and with strength split at 6.9,
// MegaMart (6.90) is exactly on it. Each account's marker is drawn off
// the split lines, on the side its quadrant says, at every size.
func TestMarkersStayOnTheirSideOfTheSplit(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	ws.Matrix.AttractivenessThreshold, ws.Matrix.StrengthThreshold = 7.2, 6.9
	h := newHarness(t, ws)
	h.Press("t") // trails off: markers alone
	d := h.Ctx.Data
	for _, size := range [][2]int{{60, 20}, {36, 17}, {90, 30}} {
		w, ht := size[0], size[1]
		cells := h.tab.cells(w, ht)
		sx, sy := -1, -1 // where the split lines cross, as drawn
		for at, c := range cells {
			if c.S == "┼" {
				sx, sy = at%w, at/w
			}
		}
		for _, i := range h.tab.legend {
			a := d.Accounts[i]
			q, _ := d.Quadrant(a.ID)
			marker := h.tab.markerOf(i)
			found := false
			for at, c := range cells {
				if c.S != marker || c.Tag != kindMarker && c.Tag != kindCursor {
					continue
				}
				found = true
				x, y := at%w, at/w
				high, strong := q == model.Strategic || q == model.Star, q == model.Strategic || q == model.Status
				if high != (y < sy) || y == sy || strong != (x > sx) || x == sx {
					t.Errorf("%d×%d: %s (%s, %v) drawn at column %d, row %d; the splits are at column %d, row %d",
						w, ht, a.Name, marker, q, x, y, sx, sy)
				}
			}
			if !found {
				t.Errorf("%d×%d: %s (%s) is not drawn", w, ht, a.Name, marker)
			}
		}
	}
}
