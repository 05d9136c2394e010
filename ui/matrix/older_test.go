package matrix

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestOlderCriteriaShowAtEveryWidth: once the criteria change, every
// evaluation was scored under older ones; the legend marks each (A*) and
// says what the mark means, in plain text, at every width.
func TestOlderCriteriaShowAtEveryWidth(t *testing.T) {
	h := caseStudy(t)
	h.Press("c", "-", "down", "+", "ctrl+s")
	if h.tab.mode != modePlot {
		t.Fatalf("saved: %q", h.tab.criteria.problem)
	}
	for _, size := range [][2]int{{80, 19}, {100, 30}, {120, 35}, {170, 35}, {60, 19}} {
		h.Tab.SetSize(size[0], size[1])
		if h.tab.narrow() {
			h.tab.show = showLegend
		}
		v := ansi.Strip(h.tab.View())
		if !strings.Contains(v, "A*  ") || !strings.Contains(v, "* scored under older criteria (10)") {
			t.Errorf("%d×%d: no mark or no line saying what it means:\n%s", size[0], size[1], v)
		}
	}
}
