package matrix

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// TestRescoredNoteIsWholeAt80: at 80 columns the plot's heading says in
// full that the plot is re-scored, on a line of its own if need be, and
// the tab still fills its height and no more.
func TestRescoredNoteIsWholeAt80(t *testing.T) {
	for _, lang := range []model.Lang{model.English, model.Chinese} {
		h := caseStudy(t)
		h.SetLang(lang)
		h.Tab.SetSize(80, 21)
		h.Press("r", "t")
		v := ansi.Strip(h.tab.View())
		for _, note := range []string{"matrix.rescored_current", "matrix.trails_off", "matrix.title"} {
			if !strings.Contains(v, common.Tr(lang, note)) {
				t.Errorf("%v: %q shows whole at 80 columns:\n%s", lang, common.Tr(lang, note), v)
			}
		}
		if n := strings.Count(v, "\n") + 1; n > 21 {
			t.Errorf("%v: the tab takes %d lines of its 21", lang, n)
		}
	}
}

// TestSummaryStrategiesWrapAt120: on a 120-column screen the summary's
// strategies are whole, wrapped under their first line rather than cut.
func TestSummaryStrategiesWrapAt120(t *testing.T) {
	for _, lang := range []model.Lang{model.English, model.Chinese} {
		h := caseStudy(t)
		h.SetLang(lang)
		h.Tab.SetSize(120, 35)
		v := ansi.Strip(h.tab.View())
		lines := strings.Split(v, "\n")
		col := -1 // where the side column starts, from the summary's header
		for _, line := range lines {
			if at := strings.Index(line, common.Tr(lang, "col.quadrant")); at >= 0 && col < 0 {
				col = ansi.StringWidth(line[:at]) - 2
			}
		}
		if col < 0 {
			t.Fatalf("%v: no summary:\n%s", lang, v)
		}
		var side strings.Builder // the summary, from its header to its total
		in := false
		for _, line := range lines {
			in = in || strings.Contains(line, common.Tr(lang, "col.quadrant"))
			if !in {
				continue
			}
			side.WriteString(ansi.Cut(line, col, 120) + " ")
			if strings.Contains(line, common.Tr(lang, "matrix.total")) {
				break
			}
		}
		joined := strings.Join(strings.Fields(side.String()), " ")
		for _, q := range model.Quadrants {
			want := q.Strategy.In(lang)
			if !strings.Contains(joined, want) && !strings.Contains(strings.ReplaceAll(joined, " ", ""), strings.ReplaceAll(want, " ", "")) {
				t.Errorf("%v: %q shows whole at 120 columns:\n%s", lang, want, v)
			}
		}
		if strings.Contains(joined, common.Tail) {
			t.Errorf("%v: something is cut in the summary:\n%s", lang, v)
		}
	}
}
