package matrix

import (
	"strings"
	"testing"
)

// TestHistoryScrollSurvivesResizes is the crash of issue 10, finding 5:
// paging down in a one-line body moved the scroll backwards, below zero,
// and a taller terminal then sliced the history from -3.
func TestHistoryScrollSurvivesResizes(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter")
	if h.tab.mode != modeHistory {
		t.Fatal("enter did not open the history")
	}
	h.tab.SetSize(100, 1) // the body of a 100×6 terminal
	h.Press("pgdown", "pgdown", "pgdown")
	h.tab.SetSize(100, 25)
	if v := h.tab.View(); !strings.Contains(v, "— evaluations") {
		t.Fatalf("history after the resize:\n%s", v)
	}

	// However far it is pushed down, one line up is seen at once.
	h.tab.SetSize(100, 8)
	for range 100 {
		h.Press("down")
	}
	bottom := h.tab.View()
	h.Press("up")
	if h.tab.View() == bottom {
		t.Errorf("pushed past the end, the history does not come back with one key up:\n%s", bottom)
	}
	h.Press("pgup", "pgup", "pgup", "pgup", "pgup", "pgup", "pgup", "pgup")
	if h.tab.historyScroll != 0 {
		t.Errorf("paged up past the top, the scroll is %d", h.tab.historyScroll)
	}
}
