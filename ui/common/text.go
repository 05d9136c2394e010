package common

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Tail marks text cut to fit. ASCII, because "…" is of ambiguous width and
// takes two cells in some CJK terminals, which would break alignment.
const Tail = "~"

// Truncate cuts s to at most w terminal cells.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, Tail)
}

// PadRight cuts or pads s to exactly w cells, text on the left.
func PadRight(s string, w int) string {
	s = Truncate(s, w)
	if gap := w - lipgloss.Width(s); gap > 0 {
		s += strings.Repeat(" ", gap)
	}
	return s
}

// PadLeft cuts or pads s to exactly w cells, text on the right.
func PadLeft(s string, w int) string {
	s = Truncate(s, w)
	if gap := w - lipgloss.Width(s); gap > 0 {
		s = strings.Repeat(" ", gap) + s
	}
	return s
}

// FitLines cuts every line of s to w cells and keeps at most h lines, so a
// view never draws outside the space it was given.
func FitLines(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if h >= 0 && len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = Truncate(l, w)
	}
	return strings.Join(lines, "\n")
}

// SpreadLine puts left and right on one line of width w, right-aligned,
// cutting the left side first when they do not both fit.
func SpreadLine(left, right string, w int) string {
	rw := lipgloss.Width(right)
	if rw >= w {
		return Truncate(right, w)
	}
	left = Truncate(left, w-rw-1)
	gap := w - lipgloss.Width(left) - rw
	return left + strings.Repeat(" ", gap) + right
}

// Wrap breaks text into lines of at most w cells, keeping its own line breaks.
func Wrap(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	return strings.Split(ansi.Wrap(s, w, ""), "\n")
}

// Foot lays out h lines: top from the first line down, foot on the last
// lines, blank lines between. Where both do not fit, the top gives way.
func Foot(top string, foot []string, h int) string {
	lines := strings.Split(top, "\n")
	room := max(h-len(foot), 0)
	if len(lines) > room {
		lines = lines[:room]
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	return strings.Join(append(lines, foot...), "\n")
}
