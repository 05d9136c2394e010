package prepare

import (
	"strings"
	"testing"
)

// Issue 17, finding 6: a term rate keeps its quarter points, in the cell
// under the cursor and in the table; "2,5" is refused, not read as 25.
func TestTermRatesKeepQuarterPoints(t *testing.T) {
	h := caseStudy(t)
	h.Press("v", "down", "right", "right", "e", "enter", "ctrl+u", "text:6.25", "enter", "enter", "enter", "enter", "enter")
	y, _ := h.Ctx.Data.TermsYear("cs01", 2026, false)
	if disc, _ := y.Find("invoice_discount"); disc.Percent != 6.25 {
		t.Fatalf("2026 invoice discount %v\n%s", disc.Percent, h.tab.View())
	}
	v := h.tab.View()
	for _, want := range []string{"Invoice discount · 2026: 6.25%", "6.25%"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
	h.Press("e", "enter", "ctrl+u", "text:2,5", "enter", "enter", "enter", "enter", "enter")
	if v := h.tab.View(); !strings.Contains(v, "use a point: 2.5") {
		t.Errorf("2,5 is not refused with the reason:\n%s", v)
	}
	y, _ = h.Ctx.Data.TermsYear("cs01", 2026, false)
	if disc, _ := y.Find("invoice_discount"); disc.Percent != 6.25 {
		t.Errorf("2,5 was read as %v", disc.Percent)
	}
}
