package buyer

import (
	"testing"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/uitest"
)

// TestMapScrollsInAShortTerminal pages down the relationship map in a
// terminal one line high, then draws it tall again: no page is less than a
// line, so the scroll never goes below the top (a storm found it did).
func TestMapScrollsInAShortTerminal(t *testing.T) {
	h, tab := uitest.For(t, model.CaseStudy(now, model.English), now, New)
	h.Press("v", "v") // the map
	tab.SetSize(100, 1)
	h.Press("pgdown", "pgdown", "pgdown", "pgup")
	if tab.scroll < 0 {
		t.Fatalf("scroll %d after paging in a one-line terminal", tab.scroll)
	}
	tab.SetSize(100, 30)
	if v := tab.View(); v == "" {
		t.Error("the map draws nothing")
	}
	tab.scroll = -3 // however it got there, a view draws from the top
	_ = tab.View()
}
