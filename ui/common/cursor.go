package common

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// CursorMark is drawn after the character under a text cursor when the
// terminal shows no colour. bubbles draws its cursor in reverse video,
// which a no-colour renderer drops along with bold and underline; a
// combining low line underlines the character as text, without taking a
// cell, so the field's text does not move and nothing of it is stored.
const CursorMark = "\u0332"

// noColour is true when r draws no colour at all (NO_COLOR, a monochrome
// terminal).
func noColour(r *lipgloss.Renderer) bool { return r.ColorProfile() == termenv.Ascii }

// cursorStyle is the style a text cursor is drawn with on r: s itself in
// colour, s with CursorMark after the character under it without.
func cursorStyle(r *lipgloss.Renderer, s lipgloss.Style) lipgloss.Style {
	s = s.Renderer(r)
	if !noColour(r) {
		return s
	}
	return s.Transform(func(ch string) string { return ch + CursorMark })
}

// ShowCursor makes the cursor of one of kam's own text fields (a
// textinput or textarea built outside a form) show without colour too,
// drawn for lipgloss's default renderer; forms get it from their theme.
func ShowCursor(c *cursor.Model) { Styles{}.ShowCursor(c) }

// ShowCursor is ShowCursor for the styles' renderer: the cursor is drawn,
// and told to need a mark or not, for that renderer's terminal.
func (s Styles) ShowCursor(c *cursor.Model) {
	r := s.renderer()
	c.Style = cursorStyle(r, c.Style)
	c.TextStyle = c.TextStyle.Renderer(r)
}

// TextInput moves one of kam's own text inputs onto the styles' renderer
// (bubbles builds its styles for the default one) and shows its cursor
// without colour too.
func (s Styles) TextInput(in *textinput.Model) {
	r := s.renderer()
	in.PromptStyle = in.PromptStyle.Renderer(r)
	in.TextStyle = in.TextStyle.Renderer(r)
	in.PlaceholderStyle = in.PlaceholderStyle.Renderer(r)
	in.CompletionStyle = in.CompletionStyle.Renderer(r)
	s.ShowCursor(&in.Cursor)
}
