package matrix

import (
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// TestRunsAreDrawnAsLipglossDrawsThem: in colour, a row of the plot is
// drawn byte for byte as lipgloss draws each run of cells of one kind,
// whether the style only colours (its codes are written around the run)
// or does more (underlined spaces, a width), when lipgloss draws the run.
func TestRunsAreDrawnAsLipglossDrawsThem(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	plain := r.NewStyle()
	styles := [kindCursor + 1]lipgloss.Style{
		kindBlank:  plain,
		kindFrame:  r.NewStyle().Foreground(lipgloss.Color("#5f87af")),
		kindSplit:  r.NewStyle().Foreground(lipgloss.Color("8")).Faint(true),
		kindLabel:  r.NewStyle().Foreground(lipgloss.Color("#888888")).Background(lipgloss.Color("#101010")),
		kindHalo:   r.NewStyle().Underline(true),
		kindTrail:  r.NewStyle().Foreground(lipgloss.Color("#888888")).Width(3),
		kindPrev:   r.NewStyle().Italic(true),
		kindMarker: r.NewStyle().Foreground(lipgloss.Color("#ff8700")).Bold(true),
		kindCursor: r.NewStyle().Reverse(true).Bold(true),
	}
	var runs [kindCursor + 1]runStyle
	for k, s := range styles {
		runs[k] = newRunStyle(s)
	}
	if !runs[kindFrame].wraps || runs[kindFrame].before == "" || runs[kindHalo].wraps || runs[kindTrail].wraps {
		t.Fatalf("colour alone wraps a run, underlined spaces and a width do not: %+v", runs)
	}
	text := "│ Star  明星客户 ░░A░░ ..o [B] ─┼─"
	kinds := []cellKind{kindFrame, kindBlank, kindLabel, kindLabel, kindLabel, kindLabel, kindBlank, kindBlank,
		kindLabel, kindLabel, kindLabel, kindLabel, kindBlank, kindHalo, kindHalo, kindMarker, kindHalo, kindHalo,
		kindBlank, kindTrail, kindTrail, kindPrev, kindBlank, kindCursor, kindCursor, kindCursor, kindBlank,
		kindSplit, kindSplit, kindSplit}
	var row []cell
	for i, c := range []rune(text) {
		row = append(row, cell{S: string(c), Tag: kinds[i]})
	}
	var want strings.Builder
	for start := 0; start < len(row); {
		end := start
		var run strings.Builder
		for ; end < len(row) && row[end].Tag == row[start].Tag; end++ {
			run.WriteString(row[end].S)
		}
		want.WriteString(styles[row[start].Tag].Render(run.String()))
		start = end
	}
	if got := render(row, &runs); got != want.String() {
		t.Errorf("drawn\n%q\nlipgloss draws\n%q", got, want.String())
	}
}
