package common

import (
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/kam-workbench/kam/model"
)

// newRenderer is a renderer for a terminal of its own, as one connection
// of a server that draws for many would have.
func newRenderer(p termenv.Profile, dark bool) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(p)
	r.SetHasDarkBackground(dark)
	return r
}

// opposite is the other colour profile: what the default renderer is set
// to, so that drawing for it instead of the given renderer shows.
func opposite(p termenv.Profile) termenv.Profile {
	if p == termenv.Ascii {
		return termenv.TrueColor
	}
	return termenv.Ascii
}

// fg is the SGR parameters a foreground colour is drawn with in true
// colour.
func fg(hex string) string { return termenv.TrueColor.Color(hex).Sequence(false) }

// TestStylesDrawForTheirRenderer: styles built for a renderer draw with
// its colour profile, whatever the default renderer's is.
func TestStylesDrawForTheirRenderer(t *testing.T) {
	for _, p := range []termenv.Profile{termenv.Ascii, termenv.TrueColor} {
		withProfile(t, opposite(p), true)
		st := NewStylesFor(newRenderer(p, true), DefaultTheme)
		colour := st.NewStyle().Foreground(DefaultTheme.Accent)
		for name, out := range map[string]string{
			"Error":    st.Error.Render("x"),
			"Box":      st.Box.Render("x"),
			"NewStyle": colour.Render("x"),
		} {
			if escaped := strings.Contains(out, "\x1b["); escaped != (p != termenv.Ascii) {
				t.Errorf("profile %v: %s draws %q", p, name, out)
			}
		}
	}
}

// TestStylesTakeTheirRenderersBackground: a renderer on a dark background
// gets the Dark side of each colour, one on a light background the Light
// side, whatever the default renderer's background is.
func TestStylesTakeTheirRenderersBackground(t *testing.T) {
	for _, dark := range []bool{false, true} {
		withProfile(t, termenv.TrueColor, !dark)
		st := NewStylesFor(newRenderer(termenv.TrueColor, dark), DefaultTheme)
		want, not := fg(DefaultTheme.Error.Light), fg(DefaultTheme.Error.Dark)
		if dark {
			want, not = not, want
		}
		if out := st.Error.Render("x"); !strings.Contains(out, want) || strings.Contains(out, not) {
			t.Errorf("dark %v: Error draws %q, want the colour %q", dark, out, want)
		}
	}
}

// TestZeroStylesDrawForTheDefaultRenderer: Styles built without a
// renderer, or not built at all, draw as lipgloss's default renderer does.
func TestZeroStylesDrawForTheDefaultRenderer(t *testing.T) {
	withProfile(t, termenv.Ascii, true)
	if out := (Styles{}).NewStyle().Foreground(DefaultTheme.Accent).Render("x"); out != "x" {
		t.Errorf("a zero Styles draws %q on a no-colour default renderer", out)
	}
	if st := NewStylesFor(nil, DefaultTheme); st.Renderer != lipgloss.DefaultRenderer() {
		t.Error("styles for no renderer draw for the default one")
	}
	if out := (Styles{}).Place(5, 3, lipgloss.Center, lipgloss.Center, "x"); out != "     \n  x  \n     " {
		t.Errorf("a zero Styles places %q", out)
	}
}

// testForm is a page of every kind of field kam's forms use.
func testForm(c *Context) *huh.Form {
	name, notes, kind, ok := "MegaMart", "Line one", 2, true
	f := c.NewForm(FormDoneMsg{}, huh.NewGroup(
		huh.NewInput().Title("Name").Placeholder("name").Value(&name),
		huh.NewSelect[int]().Title("Term").Options(huh.NewOptions(1, 2, 3)...).Value(&kind),
		huh.NewConfirm().Title("On invoice?").Value(&ok).Affirmative("Yes").Negative("No"),
		NewText().Title("Notes").Value(&notes).Lines(3),
	))
	f.Init()
	return SizeForm(f, 80, 30)
}

// TestFormDrawsForTheContextsRenderer: a form built for a context draws
// with the renderer of the context's styles: no colour for a no-colour
// terminal, the cursor then marked, even when the default renderer draws
// in colour; and colour, the cursor unmarked, the other way round.
func TestFormDrawsForTheContextsRenderer(t *testing.T) {
	for _, p := range []termenv.Profile{termenv.Ascii, termenv.TrueColor} {
		withProfile(t, opposite(p), true)
		c := &Context{Lang: model.English, Styles: NewStylesFor(newRenderer(p, true), DefaultTheme)}
		f := testForm(c)
		f, _ = send(f, keyOf(tea.KeyEnd), keyOf(tea.KeyLeft), keyOf(tea.KeyLeft))
		v := c.FormView(f, 80)
		if colour := strings.Contains(v, "\x1b["); colour != (p != termenv.Ascii) {
			t.Errorf("profile %v: the form draws escape codes %v:\n%q", p, colour, v)
		}
		if marked := strings.Contains(ansi.Strip(v), "MegaMar"+CursorMark+"t"); marked != (p == termenv.Ascii) {
			t.Errorf("profile %v: the cursor marked %v: %q", p, marked, lineWith(v, "Mega"))
		}
		if p != termenv.Ascii {
			continue
		}
		// What huh draws itself, before FormView: every line with text on
		// it is drawn by the theme, on the context's renderer.
		for _, l := range strings.Split(f.View(), "\n") {
			if strings.TrimSpace(ansi.Strip(l)) != "" && strings.Contains(l, "\x1b[") {
				t.Errorf("huh draws %q", l)
			}
		}
	}
}

// TestFormThemeIsAllOnTheContextsRenderer: every style of a form's theme,
// huh's own included, draws nothing of colour for a no-colour context
// while the default renderer draws in colour.
func TestFormThemeIsAllOnTheContextsRenderer(t *testing.T) {
	withProfile(t, termenv.TrueColor, true)
	c := &Context{Lang: model.English, Styles: NewStylesFor(newRenderer(termenv.Ascii, true), DefaultTheme)}
	theme := c.formTheme()
	n := 0
	eachStyle(reflect.ValueOf(theme).Elem(), func(s *lipgloss.Style) {
		n++
		if out := s.Render("x"); strings.Contains(out, "\x1b[") {
			t.Errorf("a style of the theme draws %q", out)
		}
	})
	if n < 40 {
		t.Errorf("only %d styles found in huh's theme", n)
	}
}

// TestFormTakesTheContextsBackground: the form's title takes the Dark or
// Light side of kam's accent from the context's renderer.
func TestFormTakesTheContextsBackground(t *testing.T) {
	for _, dark := range []bool{false, true} {
		withProfile(t, termenv.TrueColor, !dark)
		c := &Context{Lang: model.English, Styles: NewStylesFor(newRenderer(termenv.TrueColor, dark), DefaultTheme)}
		want, not := fg(DefaultTheme.Accent.Light), fg(DefaultTheme.Accent.Dark)
		if dark {
			want, not = not, want
		}
		v := c.FormView(testForm(c), 80)
		if !strings.Contains(v, want) || strings.Contains(v, not) {
			t.Errorf("dark %v: the form is not drawn in the accent %q:\n%q", dark, want, v)
		}
	}
}

// TestOwnTextInputDrawsForTheStylesRenderer: a text input of kam's own
// given to Styles.TextInput draws for the styles' renderer, its cursor
// marked on a no-colour terminal while the default renderer draws in
// colour.
func TestOwnTextInputDrawsForTheStylesRenderer(t *testing.T) {
	withProfile(t, termenv.TrueColor, true)
	st := NewStylesFor(newRenderer(termenv.Ascii, true), DefaultTheme)
	in := textinput.New()
	st.TextInput(&in)
	in.Placeholder = "search"
	in.Focus()
	if v := in.View(); strings.Contains(v, "\x1b[") || !strings.Contains(v, "s"+CursorMark) {
		t.Errorf("the empty field draws %q", v)
	}
	in.SetValue("abc")
	in.SetCursor(1)
	if v := in.View(); strings.Contains(v, "\x1b[") || !strings.Contains(v, "ab"+CursorMark+"c") {
		t.Errorf("the field draws %q", v)
	}
}
