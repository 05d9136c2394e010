package common

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// A style whose colours are fixed for its renderer draws exactly as the
// style did, on every profile and background, and holds colours that need
// no search: a 256-colour number for a 256-colour terminal.
func TestResolvedStylesDrawAsBefore(t *testing.T) {
	for _, profile := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
		for _, dark := range []bool{true, false} {
			r := lipgloss.NewRenderer(io.Discard)
			r.SetColorProfile(profile)
			r.SetHasDarkBackground(dark)
			th := DefaultTheme
			styles := []lipgloss.Style{
				r.NewStyle().Foreground(th.Accent).Bold(true),
				r.NewStyle().Background(th.SelectedBg).Foreground(th.Text),
				r.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(th.Border).Padding(0, 1),
				r.NewStyle().Foreground(lipgloss.Color("#F780E2")),
				r.NewStyle().Foreground(lipgloss.Color("212")),
			}
			for i, s := range styles {
				want := s.Render("Key 关键")
				if got := resolveStyle(r, s).Render("Key 关键"); got != want {
					t.Errorf("profile %v dark %v style %d: %q, want %q", profile, dark, i, got, want)
				}
			}
			if profile == termenv.ANSI256 {
				got := resolveStyle(r, styles[0]).GetForeground()
				want := lipgloss.Color("25")
				if dark {
					want = lipgloss.Color("75")
				}
				if got != want {
					t.Errorf("dark %v: the accent is %#v, want %#v", dark, got, want)
				}
			}
		}
	}
}
