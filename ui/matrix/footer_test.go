package matrix

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// footer is the bottom line as the root lays it out while the tab
// captures keys: the tab's keys in order, cut at width.
func footer(tab *Model, width int) string {
	h := help.New()
	h.Ellipsis = common.Tail
	return ansi.Strip(common.Truncate(h.ShortHelpView(tab.ShortHelp()), width))
}

// TestScoringAndCriteriaFootersShowSaveAndLeaveAt80: at 80 columns the
// scoring form and the criteria editor say how to save and how to leave,
// in both languages.
func TestScoringAndCriteriaFootersShowSaveAndLeaveAt80(t *testing.T) {
	for _, lang := range []model.Lang{model.English, model.Chinese} {
		for _, screen := range []struct {
			name  string
			keys  []string
			leave string
		}{
			{"scoring", []string{"e"}, "esc " + common.Tr(lang, "key.cancel")},
			{"criteria", []string{"c"}, "esc " + common.Tr(lang, "key.back")},
			{"criteria plot", []string{"c", "p"}, "esc " + common.Tr(lang, "key.back")},
		} {
			h := caseStudy(t)
			h.SetLang(lang)
			h.Tab.SetSize(80, 19)
			h.Press(screen.keys...)
			line := footer(h.tab, 80)
			save := "ctrl+s " + common.Tr(lang, "key.save")
			if !strings.Contains(line, save) || !strings.Contains(line, screen.leave) {
				t.Errorf("%v %s: the footer at 80 columns shows %q and %q:\n%s", lang, screen.name, save, screen.leave, line)
			}
		}
	}
}

// TestCriteriaNoteIsWholeAt80: the criteria editor's note wraps at 80
// columns rather than losing its end.
func TestCriteriaNoteIsWholeAt80(t *testing.T) {
	for _, lang := range []model.Lang{model.English, model.Chinese} {
		h := caseStudy(t)
		h.SetLang(lang)
		h.Tab.SetSize(80, 21)
		h.Press("c")
		v := ansi.Strip(h.tab.View())
		flat := strings.Join(strings.Fields(strings.ReplaceAll(v, "\n", " ")), " ")
		note := strings.Join(strings.Fields(common.Tr(lang, "matrix.criteria_hint")), " ")
		if !strings.Contains(flat, note) && !strings.Contains(strings.ReplaceAll(v, "\n", ""), common.Tr(lang, "matrix.criteria_hint")) {
			t.Errorf("%v: the note shows whole at 80 columns:\n%s", lang, v)
		}
		if n := strings.Count(v, "\n") + 1; n != 21 {
			t.Errorf("%v: the editor fills its 21 lines, not %d", lang, n)
		}
	}
}
