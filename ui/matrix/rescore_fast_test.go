package matrix

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store/storetest"
)

// versioned is a generated territory of n accounts whose evaluations were
// scored under three versions of the criteria: the course's defaults
// (version 1), a version 2 whose strength criteria the current ones do not
// have at all (so those evaluations cannot be re-scored), and the current
// version 3, which drops a criterion, adds one and orders them otherwise.
func versioned(t *testing.T, n int) *harness {
	t.Helper()
	ws := storetest.Generate(n, now)
	ws = model.Workspace{Settings: ws.Settings, Accounts: ws.Accounts, Evaluations: ws.Evaluations}
	v1 := model.DefaultMatrix()
	crit := func(id string, w int) model.Criterion {
		return model.Criterion{ID: id, Name: model.T("Criterion "+id, ""), Weight: w}
	}
	a := v1.Attractiveness // size 25, potential 20, profit 20, shoppers 15, collab 10, expansion 10
	s := v1.Strength       // share 20, relationship 20, service 15, pull 15, catman 15, terms 15
	v2 := model.CriteriaSet{Version: 2,
		Attractiveness: []model.Criterion{a[0], a[1], a[2], crit("a-old", 35)},
		Strength:       []model.Criterion{crit("s-old1", 60), crit("s-old2", 40)},
	}
	ws.Matrix = model.Matrix{Version: 3,
		Attractiveness:          []model.Criterion{a[2], crit("a-new", 10), a[0], a[1], a[3], a[4]},
		Strength:                []model.Criterion{s[5], s[4], s[3], s[2], withWeight(s[1], 25), withWeight(s[0], 15)},
		AttractivenessThreshold: 5.2, StrengthThreshold: 6.1,
		Earlier: []model.CriteriaSet{v1.Current(), v2},
	}
	for _, set := range []model.CriteriaSet{ws.Matrix.Current(), v2} {
		for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
			if w := model.TotalWeight(set.Criteria(axis)); w != 100 {
				t.Fatalf("version %d, axis %d: weights add up to %d", set.Version, axis, w)
			}
		}
	}
	for k := range ws.Evaluations {
		e := &ws.Evaluations[k]
		var set model.CriteriaSet
		switch k % 5 {
		case 1, 3:
			set = v2
		case 4:
			set = ws.Matrix.Current()
		default:
			continue // version 1, as generated
		}
		e.CriteriaVersion = set.Version
		e.Attractiveness, e.Strength = scoresFor(k, len(set.Attractiveness)), scoresFor(k+7, len(set.Strength))
	}
	return newHarness(t, ws)
}

func withWeight(c model.Criterion, w int) model.Criterion { c.Weight = w; return c }

// scoresFor is n scores from 1 to 10 that differ from one seed to another.
func scoresFor(seed, n int) []int {
	out := make([]int, n)
	for j := range out {
		out[j] = 1 + (seed*7+j*3+seed/3)%10
	}
	return out
}

// checkRescored checks that the tab places every evaluated account where
// its newest evaluation re-scored under `under` puts it, to the last bit,
// and that the plot counts each as a plot laid out afresh would.
func checkRescored(t *testing.T, h *harness, under model.Matrix, when string) {
	t.Helper()
	d := h.Ctx.Data
	places, matrix, p := h.tab.source()
	if !sameWeights(matrix, under) {
		t.Fatalf("%s: the plot is not drawn under the weights expected", when)
	}
	wrong := 0
	for _, i := range h.tab.legend {
		e, _ := d.Latest(d.Accounts[i].ID)
		attr, str, _ := e.Rescored(d.Matrix, under.Current())
		if got := places[i]; got.attr != attr || got.str != str {
			if wrong++; wrong <= 5 {
				t.Errorf("%s: %s (version %d) placed at (%v, %v); Rescored says (%v, %v)",
					when, d.Accounts[i].ID, e.CriteriaVersion, got.attr, got.str, attr, str)
			}
		}
		if got := places[i]; !got.hasPrev || got.prevAttr != h.tab.places[i].attr || got.prevStr != h.tab.places[i].str {
			if wrong++; wrong <= 5 {
				t.Errorf("%s: %s's trail does not start where it was scored", when, d.Accounts[i].ID)
			}
		}
	}
	if wrong > 0 {
		t.Errorf("%s: %d of %d accounts misplaced", when, wrong, len(h.tab.legend))
	}
	if !p.valid {
		return
	}
	kept := *p
	kept.markers, kept.who, kept.prevs, kept.dots, kept.halos =
		slices.Clone(p.markers), slices.Clone(p.who), slices.Clone(p.prevs), slices.Clone(p.dots), slices.Clone(p.halos)
	p.invalidate()
	fresh, _ := h.tab.ready(kept.w, kept.h)
	for name, pair := range map[string][2][]int32{
		"markers": {kept.markers, fresh.markers}, "previous places": {kept.prevs, fresh.prevs},
		"trail dots": {kept.dots, fresh.dots}, "blocks": {kept.halos, fresh.halos},
	} {
		if !slices.Equal(pair[0], pair[1]) {
			t.Errorf("%s: the plot's %s are not those of a plot laid out afresh", when, name)
		}
	}
	if !slices.Equal(kept.who, fresh.who) {
		t.Errorf("%s: the plot's letters are not those of a plot laid out afresh", when)
	}
}

// TestRescoringMatchesRescoredForEveryAccount: on a generated territory
// scored under three versions of the criteria, with markers sized by our
// sales, the places the plot and the legend show are those
// Evaluation.Rescored gives, for every account: under the current
// criteria (r), then under a draft reweighted key by key on both axes,
// with a criterion removed, and with the thresholds moved.
func TestRescoringMatchesRescoredForEveryAccount(t *testing.T) {
	h := versioned(t, 400)
	h.Tab.SetSize(120, 35)
	h.Press("z", "r")
	_ = h.tab.View()
	checkRescored(t, h, h.Ctx.Data.Matrix, "r")
	places, tally := h.tab.shown() // the legend's and summary's

	var want model.Tally
	for _, i := range h.tab.legend {
		quadrant := model.Place(places[i].attr, places[i].str, h.Ctx.Data.Matrix)
		if places[i].quadrant != quadrant {
			t.Errorf("r: %s is listed in quadrant %v, its scores place it in %v", h.Ctx.Data.Accounts[i].ID, places[i].quadrant, quadrant)
		}
		want.Add(quadrant, places[i].ourSales)
	}
	if *tally != want {
		t.Errorf("r: the summary counts %+v, the re-scored places %+v", *tally, want)
	}

	h.Press("r", "c")
	draft := func() model.Matrix { return h.tab.criteria.draft }
	for step, keys := range [][]string{
		{"+"}, {"+", "+", "+"}, {"-"}, {"down", "down", "-", "-"}, {"down", "down", "down", "down", "down", "+"},
		{"down", "+", "+", "+", "+", "+", "+", "+", "+"}, {"up", "-", "-"}, {"d"}, {"up", "up", "up", "d"}, {"-", "-", "-"},
	} {
		for _, k := range keys {
			h.Press(k)
			_ = h.tab.View()
		}
		checkRescored(t, h, draft(), fmt.Sprintf("step %d %v", step, keys))
	}
	h.tab.criteria.draft.AttractivenessThreshold = 7.5
	_ = h.tab.View()
	checkRescored(t, h, draft(), "thresholds moved")
	h.Press("+")
	_ = h.tab.View()
	checkRescored(t, h, draft(), "thresholds moved, then reweighted")
}

// TestReweightingKeepsThePlotLaidOut: a weight key press re-scores every
// account without laying the plot out again: the markers that change cell
// move, and only the rows they leave or reach are drawn again.
func TestReweightingKeepsThePlotLaidOut(t *testing.T) {
	h := caseStudy(t)
	h.Press("c")
	_ = h.tab.View()
	r := &h.tab.rescore
	base := r.cache.layout.base
	if base == nil || !r.cache.valid {
		t.Fatal("the plot beside the criteria is not drawn")
	}
	// Category size and growth goes up a point at a time until a press
	// moves a marker to another cell.
	moved, presses := 0, 0
	for ; moved == 0 && presses < 40; presses++ {
		before := slices.Clone(r.places)
		h.Press("+")
		p, _ := h.tab.ready(r.cache.w, r.cache.h)
		if p.layout.base != base {
			t.Fatal("a weight key press laid the plot out again")
		}
		// The rows an account's marker and trail span, before and after,
		// and the cursor's, drawn at every frame.
		rows := map[int]bool{}
		span := func(at placed) {
			_, y := p.layout.at(at.attr, at.str)
			_, py := p.layout.at(at.prevAttr, at.prevStr)
			for k := min(y, py); k <= max(y, py); k++ {
				rows[k] = true
			}
		}
		span(before[h.tab.legend[h.tab.cursor]])
		for _, i := range h.tab.legend {
			x0, y0 := p.layout.at(before[i].attr, before[i].str)
			if x1, y1 := p.layout.at(r.places[i].attr, r.places[i].str); x0 != x1 || y0 != y1 {
				span(before[i])
				span(r.places[i])
				moved++
			}
		}
		if moved == len(h.tab.legend) {
			t.Fatalf("every marker changed cell: the test shows nothing")
		}
		for y, stale := range p.stale {
			if stale && !rows[y] {
				t.Errorf("press %d: row %d is drawn again; no marker or trail there moved", presses+1, y)
			}
		}
		checkRescored(t, h, h.tab.criteria.draft, fmt.Sprintf("press %d", presses+1))
		_ = h.tab.View()
		base = r.cache.layout.base // checkRescored lays a plot out afresh
	}
	if moved == 0 {
		t.Fatal("no marker moved")
	}
	if v, want := ansi.Strip(h.tab.View()), fmt.Sprintf("> Category size and growth  %d  total", 25+presses); !strings.Contains(v, want) {
		t.Errorf("the weight shows %q:\n%s", want, v)
	}
}
