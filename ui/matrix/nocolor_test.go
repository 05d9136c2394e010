package matrix

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/kam-workbench/kam/ui/common"
)

// TestCursorAndQuadrantsShowWithoutColour: under NO_COLOR every style
// falls away; the account under the cursor is still told apart on the
// plot ([A]) and in the legend (>), and the four quadrants are named.
func TestCursorAndQuadrantsShowWithoutColour(t *testing.T) {
	h := caseStudy(t)
	h.Tab.SetSize(80, 19)
	v := ansi.Strip(h.tab.View())
	if !strings.Contains(v, "[A]") || !strings.Contains(v, "> A   MegaMart") {
		t.Errorf("the cursor shows without colour on the plot and in the legend:\n%s", v)
	}
	for _, q := range []string{"Strategic", "Star", "Status", "Streamline"} {
		if strings.Count(v, q) < 2 { // on the plot and in the summary
			t.Errorf("%s is not named on the plot:\n%s", q, v)
		}
	}
	h.Press("left")
	if v := ansi.Strip(h.tab.View()); strings.Count(v, "[") != 1 || !strings.Contains(v, "[B]") {
		t.Errorf("the brackets follow the cursor:\n%s", v)
	}
}

// TestCommentCursorShowsWithoutColour: with no colour, the cursor of the
// comment being typed on a criterion shows where it is.
func TestCommentCursorShowsWithoutColour(t *testing.T) {
	old := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.Ascii)
	t.Cleanup(func() { lipgloss.SetColorProfile(old) })
	h := caseStudy(t)
	h.Press("e", "enter", "text:Big", "left")
	if v := ansi.Strip(h.tab.View()); !strings.Contains(v, "Big"+common.CursorMark) {
		t.Errorf("the cursor is on the g of the comment:\n%s", v)
	}
}
