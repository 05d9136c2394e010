package matrix

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
)

// drawnUnder checks that every evaluated account is drawn on a w×h plot
// where its newest evaluation re-scored under `under` puts it.
func drawnUnder(t *testing.T, h *harness, under model.Matrix, w, ht int, when string) {
	t.Helper()
	d := h.Ctx.Data
	_ = h.tab.cells(w, ht)
	_, _, p := h.tab.source()
	for _, i := range h.tab.legend {
		e, _ := d.Latest(d.Accounts[i].ID)
		attr, str, _ := e.Rescored(d.Matrix, under.Current())
		x, y := p.layout.at(attr, str)
		if p.markers[p.layout.cell(x, y)] == 0 {
			t.Errorf("%s: %s (%.2f, %.2f) is not drawn at column %d, row %d", when, d.Accounts[i].Name, attr, str, x, y)
		}
	}
}

// markerAt is the cell MegaMart's marker is drawn on in a w×h plot.
func megaMartAt(h *harness, w, ht int) int {
	i, _ := h.Ctx.Data.AccountIndex("cs01")
	for at, c := range h.tab.cells(w, ht) {
		if c.S == h.tab.markerOf(i) && (c.Tag == kindMarker || c.Tag == kindCursor) {
			return at
		}
	}
	return -1
}

func TestReweightingMovesEveryMarkerWhileEditing(t *testing.T) {
	h := caseStudy(t)
	before := megaMartAt(h, 60, 20)
	h.Press("c")
	if v := ansi.Strip(h.tab.View()); !strings.Contains(v, "Our relative strength >") || !strings.Contains(v, "Category size and growth") {
		t.Fatalf("at 120 wide the plot stands beside the criteria:\n%s", v)
	}
	// Strength: "Relationship stage" up to 100; MegaMart scored it 8, its
	// other strength scores 6 and 7.
	h.Press("down", "down", "down", "down", "down", "down", "down")
	for range 80 {
		h.Press("+")
	}
	draft := h.tab.criteria.draft
	if draft.Strength[1].Weight != 100 {
		t.Fatalf("the weight: %d", draft.Strength[1].Weight)
	}
	drawnUnder(t, h, draft, 60, 20, "unsaved weights")
	after := megaMartAt(h, 60, 20)
	if after == before || after < 0 {
		t.Errorf("MegaMart's marker did not move: cell %d, then %d", before, after)
	}
	if c := h.tab.cells(60, 20)[before]; c.Tag != kindPrev && c.Tag != kindMarker {
		t.Errorf("its old spot trails: %+v", c)
	}

	// Too narrow for both: p shows the plot under the draft, and +/- still
	// reweight the criterion named over it.
	h.Tab.SetSize(80, 19)
	if v := ansi.Strip(h.tab.View()); strings.Contains(v, "Our relative strength >") {
		t.Fatalf("at 80 wide the criteria have the body:\n%s", v)
	}
	h.Press("p")
	v := ansi.Strip(h.tab.View())
	if !strings.Contains(v, "Our relative strength >") || !strings.Contains(v, "> Relationship stage  100") {
		t.Fatalf("p: the plot under the draft, the criterion over it:\n%s", v)
	}
	h.Press("-", "-", "-", "-", "-")
	drawnUnder(t, h, h.tab.criteria.draft, 80, 17, "p, reweighted")
	h.Press("p")
	if v := ansi.Strip(h.tab.View()); !strings.Contains(v, "Customer attractiveness · split at") {
		t.Errorf("p again: the criteria:\n%s", v)
	}
}

func TestRescoreAfterSavingCriteria(t *testing.T) {
	h := caseStudy(t)
	asScored := megaMartAt(h, 60, 20)
	// Strength: share 20 → 5, relationship 20 → 50, service 15 → 1, brand
	// pull 15 → 14: the set still adds up to 100, and is saved.
	h.Press("c", "down", "down", "down", "down", "down", "down")
	for range 15 {
		h.Press("-")
	}
	h.Press("down")
	for range 30 {
		h.Press("+")
	}
	h.Press("down")
	for range 14 {
		h.Press("-")
	}
	h.Press("down", "-", "ctrl+s")
	if h.tab.mode != modePlot {
		t.Fatalf("saved: %q", h.tab.criteria.problem)
	}
	if megaMartAt(h, 60, 20) != asScored {
		t.Error("without r, the plot shows accounts as they were scored")
	}
	h.Press("r")
	drawnUnder(t, h, h.Ctx.Data.Matrix, 60, 20, "r after saving")
	if megaMartAt(h, 60, 20) == asScored {
		t.Error("r: MegaMart re-scored under the saved weights moves")
	}
	if v := ansi.Strip(h.tab.View()); !strings.Contains(v, "re-scored under the current criteria") {
		t.Errorf("the title says the plot is re-scored:\n%s", v)
	}
	h.Press("r")
	if megaMartAt(h, 60, 20) != asScored {
		t.Error("r again: as scored")
	}
}

// TestLegendShowsTheRescoredScores: with r on, the legend lists each
// account's scores and quadrant re-scored under the current criteria, as
// the plot draws it, under a title that says so, and the summary counts
// the re-scored quadrants; r again lists them as scored.
func TestLegendShowsTheRescoredScores(t *testing.T) {
	h := caseStudy(t)
	// Strength: relationship 20 → 35, service 15 → 1, brand pull 15 → 14.
	h.Press("c", "down", "down", "down", "down", "down", "down", "down")
	for range 15 {
		h.Press("+")
	}
	h.Press("down")
	for range 14 {
		h.Press("-")
	}
	h.Press("down", "-", "ctrl+s")
	if h.tab.mode != modePlot {
		t.Fatalf("saved: %q", h.tab.criteria.problem)
	}
	d := h.Ctx.Data
	legendLine := func(v, name string) string {
		for _, line := range strings.Split(v, "\n") {
			if strings.Contains(line, name) {
				return line
			}
		}
		return ""
	}
	megaMart, _ := d.AccountIndex("cs01")
	asScored := h.tab.places[megaMart]
	e, _ := d.Latest("cs01")
	attr, str, ok := e.Rescored(d.Matrix, d.Matrix.Current())
	if !ok || fmt.Sprintf("%.2f", str) == fmt.Sprintf("%.2f", asScored.str) {
		t.Fatalf("MegaMart's strength re-scored (%.2f) reads as scored (%.2f)", str, asScored.str)
	}
	for _, lang := range []model.Lang{model.English, model.Chinese} {
		h.SetLang(lang)
		title := map[model.Lang]string{model.English: "Re-scored under the current criteria", model.Chinese: "按现行标准重算的分数"}[lang]
		h.Press("r")
		v := ansi.Strip(h.tab.View())
		line := legendLine(v, "MegaMart")
		if want := fmt.Sprintf("%.2f   %.2f", attr, str); !strings.Contains(line, want) {
			t.Errorf("%s, r: MegaMart's legend line shows %q, not %q:\n%s", lang, line, want, v)
		}
		if !strings.Contains(v, title) {
			t.Errorf("%s, r: the legend's title does not say it is re-scored:\n%s", lang, v)
		}
		// The summary counts the quadrants the legend lists.
		var want model.Tally
		places, tally := h.tab.shown()
		for _, i := range h.tab.legend {
			want.Add(model.Place(places[i].attr, places[i].str, d.Matrix), places[i].ourSales)
		}
		if *tally != want {
			t.Errorf("%s, r: the summary counts %+v, the re-scored quadrants %+v", lang, *tally, want)
		}
		h.Press("r")
		v = ansi.Strip(h.tab.View())
		if want := fmt.Sprintf("%.2f   %.2f", asScored.attr, asScored.str); !strings.Contains(legendLine(v, "MegaMart"), want) || strings.Contains(v, title) {
			t.Errorf("%s, r again: MegaMart as scored (%s), no title:\n%s", lang, want, v)
		}
	}
}
