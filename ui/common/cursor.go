package common

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// CursorMark is drawn after the character under a text cursor when the
// terminal shows no colour. bubbles draws its cursor in reverse video,
// which a no-colour renderer drops along with bold and underline; a
// combining low line underlines the character as text, without taking a
// cell, so the field's text does not move and nothing of it is stored.
const CursorMark = "\u0332"

// noColour is true when the renderer draws no colour at all (NO_COLOR, a
// monochrome terminal).
func noColour() bool { return lipgloss.ColorProfile() == termenv.Ascii }

// cursorStyle is the style a text cursor is drawn with: s itself in
// colour, s with CursorMark after the character under it without.
func cursorStyle(s lipgloss.Style) lipgloss.Style {
	if !noColour() {
		return s
	}
	return s.Transform(func(ch string) string { return ch + CursorMark })
}

// ShowCursor makes the cursor of one of kam's own text fields (a
// textinput or textarea built outside a form) show without colour too;
// forms get it from their theme.
func ShowCursor(c *cursor.Model) { c.Style = cursorStyle(c.Style) }
