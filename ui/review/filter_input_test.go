package review

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// TestAltDAtTheEndOfTheFilter is issue 10, finding 4, in kam's own text
// field: alt+d on the last character of the open actions' filter.
func TestAltDAtTheEndOfTheFilter(t *testing.T) {
	h := caseStudy(t)
	h.Press("v", "/", "text:data", "left")
	h.Run(h.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'d'}, Alt: true}))
	if !h.tab.filtering || h.tab.filter.Value() != "dat" {
		t.Fatalf("after alt+d: filtering %v, filter %q", h.tab.filtering, h.tab.filter.Value())
	}
}
