package accounts

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/ui/uitest"
)

// The keys of issue 10 that uitest does not name.
var (
	altD  = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'d'}, Alt: true}
	ctrlE = tea.KeyMsg{Type: tea.KeyCtrlE}
)

// TestAltDAtTheEndOfAName is issue 10, finding 4, as found: e, ←, alt+d
// panicked and the typing was lost. The word after the cursor is the last
// character, and only it goes.
func TestAltDAtTheEndOfAName(t *testing.T) {
	h := caseStudy(t)
	h.Press("e", "left")
	h.Run(h.Update(altD))
	if h.tab.Form == nil || h.tab.draft.name != "MegaMart 美佳大卖" {
		t.Fatalf("after alt+d: mode %v, name %q", h.tab.mode, h.tab.draft.name)
	}
}

// TestAccountFormAtOneByOne is issue 10, finding 7, as found: with the
// account form open on its second page, a terminal made tiny and then 1×1
// panicked in the form's viewport.
func TestAccountFormAtOneByOne(t *testing.T) {
	h := caseStudy(t)
	h.Press("e", "enter", "enter", "enter", "enter", "enter", "enter") // the figures, our sales
	for _, size := range [][2]int{{4, 18}, {1, 1}, {2, 1}, {1, 2}, {300, 100}, {120, 35}} {
		h.tab.SetSize(size[0], size[1])
		h.tab.View()
	}
	if v := h.tab.View(); !strings.Contains(v, "2/4 Figures") || h.tab.draft.name != "MegaMart 美佳大卖场" {
		t.Errorf("after the resizes, the form lost its page or what it holds:\n%s", v)
	}
}

// TestCtrlEKeepsTheNotes is issue 10, finding 8, as found: ctrl+e in
// Objectives started an editor, and what came back, nothing when there was
// no editor, went into Notes too; saving wrote it.
func TestCtrlEKeepsTheNotes(t *testing.T) {
	h := caseStudy(t)
	h.Press("e", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter") // objectives
	if !strings.Contains(h.tab.View(), "4/4 Objectives") {
		t.Fatalf("not on the notes page:\n%s", h.tab.View())
	}
	before, _ := h.stored("MegaMart 美佳大卖场")
	h.tab.ShortHelp() // the help line asks for the field's keys on every frame
	uitest.Drain(h.Update(ctrlE), func(msg tea.Msg) tea.Cmd {
		if strings.Contains(fmt.Sprintf("%T", msg), "exec") {
			t.Fatalf("ctrl+e starts another program: %T", msg)
		}
		return h.Update(msg)
	})
	h.Press("enter", "enter") // notes, and save
	if !strings.HasPrefix(h.Status, "Saved") {
		t.Fatalf("the form was not saved: %q", h.Status)
	}
	after, ok := h.stored("MegaMart 美佳大卖场")
	if !ok || after.Objectives != before.Objectives || after.Notes != before.Notes || after.Notes == after.Objectives {
		t.Errorf("saved after ctrl+e:\nobjectives %q\nnotes      %q\nwere\nobjectives %q\nnotes      %q",
			after.Objectives, after.Notes, before.Objectives, before.Notes)
	}
}
