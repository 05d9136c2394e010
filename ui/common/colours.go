package common

import (
	"strconv"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// resolveStyle fixes each colour of s for r once: the side of an adaptive
// colour for r's background, and the colour in r's profile. Left to
// lipgloss, a hex colour is searched for among the 256 a terminal has on
// every Render, which a laptop serving a room of terminals feels.
func resolveStyle(r *lipgloss.Renderer, s lipgloss.Style) lipgloss.Style {
	for _, p := range colourProperties {
		if c := p.get(s); !isNoColour(c) {
			s = p.set(s, resolveColour(r, c))
		}
	}
	return s
}

// colourProperties are the colours a style holds.
var colourProperties = []struct {
	get func(lipgloss.Style) lipgloss.TerminalColor
	set func(lipgloss.Style, lipgloss.TerminalColor) lipgloss.Style
}{
	{lipgloss.Style.GetForeground, lipgloss.Style.Foreground},
	{lipgloss.Style.GetBackground, lipgloss.Style.Background},
	{lipgloss.Style.GetBorderTopForeground, lipgloss.Style.BorderTopForeground},
	{lipgloss.Style.GetBorderRightForeground, lipgloss.Style.BorderRightForeground},
	{lipgloss.Style.GetBorderBottomForeground, lipgloss.Style.BorderBottomForeground},
	{lipgloss.Style.GetBorderLeftForeground, lipgloss.Style.BorderLeftForeground},
	{lipgloss.Style.GetBorderTopBackground, lipgloss.Style.BorderTopBackground},
	{lipgloss.Style.GetBorderRightBackground, lipgloss.Style.BorderRightBackground},
	{lipgloss.Style.GetBorderBottomBackground, lipgloss.Style.BorderBottomBackground},
	{lipgloss.Style.GetBorderLeftBackground, lipgloss.Style.BorderLeftBackground},
}

func isNoColour(c lipgloss.TerminalColor) bool {
	_, none := c.(lipgloss.NoColor)
	return c == nil || none
}

// resolveColour is c as r draws it, in a form r draws without a search.
func resolveColour(r *lipgloss.Renderer, c lipgloss.TerminalColor) lipgloss.TerminalColor {
	var spec string
	switch c := c.(type) {
	case lipgloss.AdaptiveColor:
		spec = c.Light
		if r.HasDarkBackground() {
			spec = c.Dark
		}
	case lipgloss.Color:
		spec = string(c)
	default:
		return c
	}
	switch tc := r.ColorProfile().Color(spec).(type) {
	case termenv.ANSI256Color:
		return lipgloss.Color(strconv.Itoa(int(tc)))
	case termenv.ANSIColor:
		return lipgloss.Color(strconv.Itoa(int(tc)))
	case termenv.RGBColor:
		return lipgloss.Color(string(tc))
	case termenv.NoColor, nil:
		return lipgloss.NoColor{}
	}
	return c
}
