package common

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// TestTextCursorShowsWithoutColour: with no colour at all (NO_COLOR), the
// place of the cursor in a form's input and text area shows in the view,
// and what the fields hold is only what was typed.
func TestTextCursorShowsWithoutColour(t *testing.T) {
	withProfile(t, termenv.Ascii, true)
	name, notes := "MegaMart", "Line one"
	f := openForm(t, huh.NewGroup(
		huh.NewInput().Title("Name").Value(&name),
		huh.NewText().Title("Notes").Value(&notes),
	))
	f, _ = send(f, keyOf(tea.KeyEnd), keyOf(tea.KeyLeft), keyOf(tea.KeyLeft))
	if v := ansi.Strip(f.View()); !strings.Contains(v, "MegaMar"+CursorMark+"t") {
		t.Errorf("the cursor is on the r of MegaMart; the input reads %q", lineWith(v, "Mega"))
	}
	f, _ = send(f, keyOf(tea.KeyTab))
	f, _ = send(f, keyOf(tea.KeyLeft))
	if v := ansi.Strip(f.View()); !strings.Contains(v, "Line on"+"e"+CursorMark) {
		t.Errorf("the cursor is on the last e of the notes; the text area reads %q", lineWith(v, "Line"))
	}
	f, _ = send(f, typed("!"), keyOf(tea.KeyShiftTab), typed("?"))
	f.View()
	if name != "MegaMa?rt" || notes != "Line on!e" {
		t.Errorf("the fields hold what was typed alone: %q, %q", name, notes)
	}
}

// TestOwnTextFieldCursorShowsWithoutColour: a text field of kam's own
// given ShowCursor shows where its cursor is without colour.
func TestOwnTextFieldCursorShowsWithoutColour(t *testing.T) {
	withProfile(t, termenv.Ascii, true)
	in := textinput.New()
	ShowCursor(&in.Cursor)
	in.SetValue("abc")
	in.Focus()
	in.SetCursor(1)
	if v := ansi.Strip(in.View()); !strings.Contains(v, "ab"+CursorMark+"c") {
		t.Errorf("the cursor is on b; the field reads %q", v)
	}
	if in.Value() != "abc" {
		t.Errorf("the field holds %q", in.Value())
	}
}

// TestTextCursorInColourIsUnmarked: in colour the cursor is bubbles' own,
// with nothing added to the text.
func TestTextCursorInColourIsUnmarked(t *testing.T) {
	withProfile(t, termenv.TrueColor, true)
	name := "MegaMart"
	f := openForm(t, huh.NewGroup(huh.NewInput().Title("Name").Value(&name)))
	if v := f.View(); strings.Contains(v, CursorMark) {
		t.Errorf("in colour the cursor adds no mark:\n%s", v)
	}
}
