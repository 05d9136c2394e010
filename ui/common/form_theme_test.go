package common

import (
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// withProfile draws with a colour profile and background, as a terminal
// would, and puts lipgloss back afterwards.
func withProfile(t *testing.T, p termenv.Profile, dark bool) {
	t.Helper()
	oldProfile, oldDark := lipgloss.ColorProfile(), lipgloss.HasDarkBackground()
	lipgloss.SetColorProfile(p)
	lipgloss.SetHasDarkBackground(dark)
	t.Cleanup(func() {
		lipgloss.SetColorProfile(oldProfile)
		lipgloss.SetHasDarkBackground(oldDark)
	})
}

// lineWith is the first line of a view holding s, its styling taken off.
func lineWith(view, s string) string {
	for _, l := range strings.Split(view, "\n") {
		if plain := ansi.Strip(l); strings.Contains(plain, s) {
			return plain
		}
	}
	return ""
}

// TestChosenShowsWithoutColour: with no colour at all (NO_COLOR), the
// chosen button of a yes/no field and the chosen choice of a list are
// told apart from the others, whether the field has the focus or not.
func TestChosenShowsWithoutColour(t *testing.T) {
	withProfile(t, termenv.Ascii, true)
	onInvoice, kind := true, 2
	f := openForm(t, huh.NewGroup(
		huh.NewConfirm().Title("On invoice?").Value(&onInvoice).Affirmative("Yes").Negative("No"),
		huh.NewSelect[int]().Title("Term").Options(huh.NewOptions(1, 2, 3)...).Value(&kind),
	))
	buttons := func() string { return lineWith(f.View(), "Yes") }
	if b := buttons(); !strings.Contains(b, "[Yes]") || strings.Contains(b, "[No]") {
		t.Errorf("yes chosen, the buttons read %q", b)
	}
	f, _ = send(f, keyOf(tea.KeyRight))
	if b := buttons(); !strings.Contains(b, "[No]") || strings.Contains(b, "[Yes]") || onInvoice {
		t.Errorf("no chosen, the buttons read %q", b)
	}
	for _, focused := range []bool{false, true} { // the list after the yes/no field, then in focus
		if focused {
			f, _ = send(f, keyOf(tea.KeyEnter))
		}
		v := f.View()
		chosen, other := lineWith(v, "2"), lineWith(v, "3")
		if !strings.Contains(chosen, "> 2") || strings.Contains(other, ">") {
			t.Errorf("focused %v: the chosen choice reads %q, another %q:\n%s", focused, chosen, other, v)
		}
	}
}

// TestChosenShowsInColour: in colour, on a light or a dark background, the
// chosen button keeps its brackets and is drawn bold and reversed, which
// needs no particular background to read; the other is neither.
func TestChosenShowsInColour(t *testing.T) {
	for _, dark := range []bool{false, true} {
		withProfile(t, termenv.TrueColor, dark)
		onInvoice := false
		f := openForm(t, huh.NewGroup(huh.NewConfirm().Title("On invoice?").Value(&onInvoice).Affirmative("Yes").Negative("No")))
		row := ""
		for _, l := range strings.Split(f.View(), "\n") {
			if strings.Contains(l, "No") {
				row = l
			}
		}
		chosen, other := attributesBefore(row, "[No]"), attributesBefore(row, "Yes")
		if !chosen[1] || !chosen[7] || other[1] || other[7] {
			t.Errorf("dark %v: the chosen button's attributes %v, the other's %v: %q", dark, chosen, other, row)
		}
	}
}

// attributesBefore is the SGR attributes (1 bold, 7 reverse...) of the
// last style set before s in line, colours left out.
func attributesBefore(line, s string) map[int]bool {
	at := strings.Index(line, s)
	if at < 0 {
		return nil
	}
	start := strings.LastIndex(line[:at], "\x1b[")
	if start < 0 {
		return nil
	}
	params, _, _ := strings.Cut(line[start+2:at], "m")
	attrs := map[int]bool{}
	fields := strings.Split(params, ";")
	for i := 0; i < len(fields); i++ {
		n, err := strconv.Atoi(fields[i])
		switch {
		case err != nil:
		case n == 38 || n == 48: // a colour: 5;n or 2;r;g;b follow
			if i+1 < len(fields) && fields[i+1] == "5" {
				i += 2
			} else {
				i += 4
			}
		default:
			attrs[n] = true
		}
	}
	return attrs
}
