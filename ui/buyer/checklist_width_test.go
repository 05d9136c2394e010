package buyer

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// TestChecklistSourceUsesFreeWidth: a long source is shown whole when the
// line has room for it, and a text is cut only on a line with no cell to
// spare.
func TestChecklistSourceUsesFreeWidth(t *testing.T) {
	const source = "line review, Shanghai office" // 28 cells: whole at 120, not at 80
	ws := model.CaseStudy(now, model.English)
	ws.Settings.CurrentAccount = "cs01"
	for i, k := range ws.Knowledge {
		if k.AccountID == "cs01" && k.ItemID == "k-role" {
			ws.Knowledge[i].Source = source
		}
	}
	h := newHarness(t, ws)
	for _, tt := range []struct {
		width int
		whole bool
	}{{120, true}, {80, false}} {
		h.tab.SetSize(tt.width, 30)
		v := h.tab.View()
		if got := strings.Contains(v, source); got != tt.whole {
			t.Errorf("at %d the source is whole: %v, want %v\n%s", tt.width, got, tt.whole, v)
		}
		if !tt.whole && !strings.Contains(v, source[:16]) {
			t.Errorf("at %d the source is not shown at all:\n%s", tt.width, v)
		}
		cutOnlyWhenFull(t, v, tt.width)
	}
}

// cutOnlyWhenFull checks every row of a list view: a row with a text cut
// short fills the line.
func cutOnlyWhenFull(t *testing.T, view string, width int) {
	t.Helper()
	for _, line := range strings.Split(view, "\n") {
		row := strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "> ")
		if row && strings.Contains(line, common.Tail) && lipgloss.Width(line) < width {
			t.Errorf("at %d a text is cut on a line of %d cells:\n%q", width, lipgloss.Width(line), line)
		}
	}
}
