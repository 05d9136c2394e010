package common

import (
	"reflect"

	"github.com/charmbracelet/lipgloss"
)

// Theme is the palette; each colour adapts to a light or dark terminal.
type Theme struct {
	Accent, Muted, Faint, Text, Error, Warn, OK, SelectedBg, Border lipgloss.AdaptiveColor
}

// DefaultTheme is kam's palette.
var DefaultTheme = Theme{
	Accent:     lipgloss.AdaptiveColor{Light: "#005FAF", Dark: "#5FAFFF"},
	Muted:      lipgloss.AdaptiveColor{Light: "#6C6C6C", Dark: "#9E9E9E"},
	Faint:      lipgloss.AdaptiveColor{Light: "#A8A8A8", Dark: "#5C5C5C"},
	Text:       lipgloss.AdaptiveColor{Light: "#1C1C1C", Dark: "#E4E4E4"},
	Error:      lipgloss.AdaptiveColor{Light: "#D70000", Dark: "#FF5F5F"},
	Warn:       lipgloss.AdaptiveColor{Light: "#AF5F00", Dark: "#FFAF5F"},
	OK:         lipgloss.AdaptiveColor{Light: "#008700", Dark: "#87D787"},
	SelectedBg: lipgloss.AdaptiveColor{Light: "#D7E7F7", Dark: "#264F78"},
	Border:     lipgloss.AdaptiveColor{Light: "#BCBCBC", Dark: "#4E4E4E"},
}

// Styles are the theme turned, once, into the styles screens draw with.
type Styles struct {
	App         lipgloss.Style
	Brand       lipgloss.Style
	Header      lipgloss.Style
	TabActive   lipgloss.Style
	TabInactive lipgloss.Style
	Rule        lipgloss.Style
	Title       lipgloss.Style
	Label       lipgloss.Style
	Muted       lipgloss.Style
	Faint       lipgloss.Style
	Error       lipgloss.Style
	Warn        lipgloss.Style
	OK          lipgloss.Style
	TableHeader lipgloss.Style
	Selected    lipgloss.Style
	Box         lipgloss.Style
	HelpKey     lipgloss.Style
	HelpDesc    lipgloss.Style
	Status      lipgloss.Style
	StatusError lipgloss.Style
	Theme       Theme
	// Renderer is the renderer every style above draws with: its colour
	// profile and background pick the escape codes and the side of each
	// AdaptiveColor. nil is lipgloss's default renderer.
	Renderer *lipgloss.Renderer
}

// NewStyles builds the styles from a theme, for lipgloss's default
// renderer: the terminal kam runs in.
func NewStyles(t Theme) Styles { return NewStylesFor(lipgloss.DefaultRenderer(), t) }

// NewStylesFor builds the styles from a theme for a renderer of their
// own, so that terminals of different kinds drawn by one process each get
// their colours right.
func NewStylesFor(r *lipgloss.Renderer, t Theme) Styles {
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	base := r.NewStyle()
	st := Styles{
		App:         base,
		Brand:       base.Bold(true).Foreground(t.Accent),
		Header:      base.Foreground(t.Text),
		TabActive:   base.Bold(true).Foreground(t.Accent).Underline(true),
		TabInactive: base.Foreground(t.Muted),
		Rule:        base.Foreground(t.Border),
		Title:       base.Bold(true).Foreground(t.Text),
		Label:       base.Foreground(t.Muted),
		Muted:       base.Foreground(t.Muted),
		Faint:       base.Foreground(t.Faint),
		Error:       base.Foreground(t.Error),
		Warn:        base.Foreground(t.Warn),
		OK:          base.Foreground(t.OK),
		TableHeader: base.Bold(true).Foreground(t.Muted),
		Selected:    base.Background(t.SelectedBg).Foreground(t.Text),
		Box:         base.Border(lipgloss.RoundedBorder()).BorderForeground(t.Border).Padding(0, 1),
		HelpKey:     base.Foreground(t.Accent),
		HelpDesc:    base.Foreground(t.Muted),
		Status:      base.Foreground(t.OK),
		StatusError: base.Foreground(t.Error).Bold(true),
		Theme:       t,
		Renderer:    r,
	}
	eachStyle(reflect.ValueOf(&st).Elem(), func(s *lipgloss.Style) { *s = resolveStyle(r, *s) })
	return st
}

// renderer is the styles' renderer, lipgloss's default one for a zero
// Styles.
func (s Styles) renderer() *lipgloss.Renderer {
	if s.Renderer == nil {
		return lipgloss.DefaultRenderer()
	}
	return s.Renderer
}

// NewStyle is a plain style on the styles' renderer: a style built with
// lipgloss.NewStyle would draw for the default renderer's terminal
// instead.
func (s Styles) NewStyle() lipgloss.Style { return s.renderer().NewStyle() }

// Place places str in a width×height block, as lipgloss.Place does, on
// the styles' renderer.
func (s Styles) Place(width, height int, hPos, vPos lipgloss.Position, str string) string {
	return s.renderer().Place(width, height, hPos, vPos, str)
}
