package prepare

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// At 80×24 the Expectations section is taller than its page: j and pgdn
// scroll on past the last row to the listing fee, their walk-away and the
// flag, and the page says there is more below until it is all seen.
func TestWorksheetScrollsPastItsLastRow(t *testing.T) {
	for _, keys := range [][]string{
		{"j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j"},
		{"pgdown", "pgdown", "pgdown", "pgdown"},
		{"G"},
	} {
		h := caseStudy(t)
		h.Tab.SetSize(80, 20)
		h.tab.openItem(h.negotiation("Annual terms 2027").ID)
		h.tab.section = model.SecExpectations
		if v := h.tab.View(); !strings.Contains(v, "more line") {
			t.Errorf("the page does not say there is more below:\n%s", v)
		}
		h.Press(keys...)
		v := h.tab.View()
		for _, want := range []string{"Listing fee per new SKU", "Their walk-away", "! No zone of agreement on Listing fee per new SKU"} {
			if !strings.Contains(v, want) {
				t.Errorf("%v: %q never shows:\n%s", keys, want, v)
			}
		}
		if strings.Contains(v, "more line") {
			t.Errorf("%v: at the end, the page still says there is more below:\n%s", keys, v)
		}
		// k scrolls back up and then moves the cursor to the rows above.
		h.Press("g")
		if v := h.tab.View(); !strings.Contains(v, "> Invoice discount") {
			t.Errorf("g does not go back to the first row:\n%s", v)
		}
	}
}
