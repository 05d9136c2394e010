package common

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// Keys typed faster than a form moves between fields each go where the
// person meant: huh moves the focus in a message of its own, after the
// key, and a key that came before that message used to land on the field
// being left (an enter there moved twice and skipped a field).
func TestKeysWaitForTheMoveBetweenFields(t *testing.T) {
	var first, second, third string
	f := openForm(t,
		huh.NewGroup(huh.NewInput().Title("First").Value(&first), huh.NewInput().Title("Second").Value(&second)),
		huh.NewGroup(huh.NewInput().Title("Third").Value(&third)),
	)
	// Everything typed before huh's own messages come back: as a fast
	// typist on a busy server is.
	var later []tea.Msg
	for _, k := range []tea.Msg{typed("a"), keyOf(tea.KeyEnter), typed("b"), keyOf(tea.KeyEnter), typed("c")} {
		var cmd tea.Cmd
		f, cmd = UpdateForm(f, k)
		later = append(later, run(cmd)...)
	}
	send(f, later...)
	if first != "a" || second != "b" || third != "c" {
		t.Errorf("the fields hold %q, %q, %q; want a, b, c", first, second, third)
	}
}

// A key that looks like a move but is not one (tab on a page's last field,
// where huh turns next off) holds nothing back.
func TestAKeyThatMovesNothingHoldsNothing(t *testing.T) {
	var only string
	f := openForm(t, huh.NewGroup(huh.NewInput().Title("Only").Value(&only)))
	f, _ = send(f, keyOf(tea.KeyTab), typed("x"))
	if only != "x" {
		t.Errorf("the field holds %q after tab and x, want x", only)
	}
}
