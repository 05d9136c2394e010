package review

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// TestOpenActionsShowAccountNamesWhole: a long account name is shown whole
// in the list of open actions when the line has room for it, and a text is
// cut only on a line with no cell to spare.
func TestOpenActionsShowAccountNamesWhole(t *testing.T) {
	const name = "MegaMart Hypermarkets 美佳大卖场" // 31 cells: whole at 120, not at 80
	ws := model.CaseStudy(now, model.English)
	for i := range ws.Accounts {
		if ws.Accounts[i].ID == "cs01" {
			ws.Accounts[i].Name = name
		}
	}
	h := newHarness(t, ws)
	h.Press("v")
	for _, tt := range []struct {
		width int
		whole bool
	}{{120, true}, {80, false}} {
		h.tab.SetSize(tt.width, 40)
		v := h.tab.View()
		if got := strings.Contains(v, name); got != tt.whole {
			t.Errorf("at %d the account name is whole: %v, want %v\n%s", tt.width, got, tt.whole, v)
		}
		if !tt.whole && !strings.Contains(v, "MegaMart Hyper") {
			t.Errorf("at %d the account name is not shown at all:\n%s", tt.width, v)
		}
		for _, line := range strings.Split(v, "\n") {
			row := strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "> ")
			if row && strings.Contains(line, common.Tail) && lipgloss.Width(line) < tt.width {
				t.Errorf("at %d a text is cut on a line of %d cells:\n%q", tt.width, lipgloss.Width(line), line)
			}
		}
	}
}
