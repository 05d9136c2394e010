package matrix

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/data"
	"github.com/kam-workbench/kam/ui/uitest"
)

var now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

type harness struct {
	*uitest.Harness
	tab *Model
}

func newHarness(t *testing.T, ws model.Workspace) *harness {
	t.Helper()
	h, tab := uitest.For(t, ws, now, New)
	return &harness{Harness: h, tab: tab}
}

func caseStudy(t *testing.T) *harness { return newHarness(t, model.CaseStudy(now, model.English)) }

// cursorName is the account under the cursor.
func (h *harness) cursorName() string {
	a, _ := h.Ctx.Data.Account(h.tab.cursorAccount())
	return a.Name
}

// entry is the legend's i-th account as the tab placed it.
func (h *harness) entry(i int) placed { return h.tab.places[h.tab.legend[i]] }

func (h *harness) evaluationsOf(name string) []model.Evaluation {
	for _, a := range h.Ctx.Data.Accounts {
		if a.Name == name {
			all, err := h.Store.Evaluations()
			if err != nil {
				h.T.Fatal(err)
			}
			return slices.DeleteFunc(all, func(e model.Evaluation) bool { return e.AccountID != a.ID })
		}
	}
	h.T.Fatalf("no account %q", name)
	return nil
}

func TestEntriesFollowTheQuadrants(t *testing.T) {
	h := caseStudy(t)
	if len(h.tab.legend) != 10 || len(h.tab.unevaluated) != 0 {
		t.Fatalf("%d entries, %d unevaluated", len(h.tab.legend), len(h.tab.unevaluated))
	}
	for i := 1; i < len(h.tab.legend); i++ {
		if h.entry(i).quadrant < h.entry(i-1).quadrant {
			t.Errorf("entry %d out of quadrant order", i)
		}
	}
	if h.tab.markerOf(h.tab.legend[0]) != "A" || h.tab.markerOf(h.tab.legend[9]) != "J" {
		t.Error("markers run A, B, C…")
	}
	if h.cursorName() != "MegaMart 美佳大卖场" {
		t.Errorf("the cursor starts on the current account, got %q", h.cursorName())
	}
	v := h.tab.View()
	for _, want := range []string{"Account portfolio matrix", "10 evaluated", "Strategic", "Star", "Status", "Streamline",
		"MegaMart 美佳大卖场", "8.15", "6.90", "84.6M", "57%", "Our relative strength >"} {
		if !strings.Contains(v, want) {
			t.Errorf("the matrix lacks %q", want)
		}
	}
}

func TestArrowsGoToTheNearestAccountThatWay(t *testing.T) {
	// From MegaMart (attractiveness 8.15, strength 6.90):
	tests := []struct {
		key, want string
	}{
		{"left", "FreshWay 鲜途超市"},        // 7.15, 6.50: close, a little lower
		{"up", "ShopNow 即购网"},            // the only account more attractive
		{"right", "Village Fresh 乡鲜合作社"}, // 5.00, 8.10: the strongest nearby
		{"down", "FreshWay 鲜途超市"},        // straight below beats far to the side
	}
	for _, tt := range tests {
		h := caseStudy(t)
		h.Press(tt.key)
		if got := h.cursorName(); got != tt.want {
			t.Errorf("%s from MegaMart: %q, want %q", tt.key, got, tt.want)
		}
	}
	h := caseStudy(t)
	h.Press("up", "up") // nothing above ShopNow: the cursor stays
	if got := h.cursorName(); got != "ShopNow 即购网" {
		t.Errorf("up at the top: %q", got)
	}
}

func TestJKWalkTheLegendIncludingUnevaluated(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	ws.Evaluations = slices.DeleteFunc(ws.Evaluations, func(e model.Evaluation) bool { return e.AccountID == "cs06" })
	h := newHarness(t, ws)
	if len(h.tab.unevaluated) != 1 {
		t.Fatalf("unevaluated: %v", h.tab.unevaluated)
	}
	if v := h.tab.View(); !strings.Contains(v, "Not evaluated (1)") {
		t.Errorf("unevaluated accounts are listed apart:\n%s", v)
	}
	for range 20 {
		h.Press("j")
	}
	if got := h.cursorName(); got != "HealthPlus 康加药房" {
		t.Errorf("j walks to the end, where the unevaluated are: %q", got)
	}
	h.Press("e")
	if h.tab.mode != modeEvaluate || h.Selected != "cs06" {
		t.Fatalf("e evaluates the account under the cursor and makes it current: mode %v, current %q", h.tab.mode, h.Selected)
	}
	h.Press("esc")
	h.Press("k")
	if h.tab.cursor != 8 {
		t.Errorf("k goes back up: cursor %d", h.tab.cursor)
	}
}

func TestEnterMakesCurrentAndShowsHistory(t *testing.T) {
	h := caseStudy(t)
	h.Press("left", "enter")
	a, _ := h.Ctx.Data.Account(h.Selected)
	if a.Name != "FreshWay 鲜途超市" || h.tab.mode != modeHistory {
		t.Fatalf("selected %q, mode %v", a.Name, h.tab.mode)
	}
	v := h.tab.View()
	for _, want := range []string{"FreshWay 鲜途超市 — evaluations", "2026-10-31", "2026-05-24", "7.15", "6.70",
		"criterion by criterion", "Store expansion", "30 new stores next year", "Weighted"} {
		if !strings.Contains(v, want) {
			t.Errorf("history lacks %q:\n%s", want, v)
		}
	}
	h.Press("esc")
	if h.tab.mode != modePlot {
		t.Error("esc goes back to the plot")
	}
}

func TestEvaluatingMovesTheAccount(t *testing.T) {
	h := caseStudy(t)
	h.Press("e")
	if h.tab.mode != modeEvaluate || !h.tab.Capturing() {
		t.Fatal("e opens the scoring form, which takes every key")
	}
	f := h.tab.eval
	if f.eval.Attractiveness[0] != 9 {
		t.Error("scores start from the previous evaluation")
	}
	// Score MegaMart low on strength: from Strategic to Star.
	h.Press("down", "down", "down", "down", "down", "down") // past attractiveness to the first strength row
	for range 6 {
		h.Press("3")
	}
	v := h.tab.View()
	if !strings.Contains(v, "Places it in Star") || !strings.Contains(v, "(now Strategic)") {
		t.Errorf("the form shows where the scores put it:\n%s", v)
	}
	h.Press("ctrl+s")
	if h.tab.mode != modePlot {
		t.Fatalf("saved: back to the plot; mode %v, problem %q", h.tab.mode, f.problem)
	}
	evals := h.evaluationsOf("MegaMart 美佳大卖场")
	if len(evals) != 3 {
		t.Fatalf("%d evaluations of MegaMart", len(evals))
	}
	if q, _ := h.Ctx.Data.Quadrant("cs01"); q != model.Star {
		t.Errorf("MegaMart is now %v", q)
	}
	if !strings.Contains(h.Status, "Evaluated MegaMart 美佳大卖场: Star (8.15, 3.00). It was Strategic.") {
		t.Errorf("status %q", h.Status)
	}
	e := h.entry(h.tab.cursor)
	if e.quadrant != model.Star || !e.hasPrev || e.prevStr != 6.9 {
		t.Errorf("the entry moved with a trail from its last place: %+v", e)
	}
}

func TestEvaluationFormRefusesBadInput(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	ws.Evaluations = nil
	h := newHarness(t, ws)
	h.Press("e", "7", "7", "ctrl+s")
	if h.tab.mode != modeEvaluate || !strings.Contains(h.tab.View(), "10 criteria are not scored yet") {
		t.Errorf("unscored criteria are refused:\n%s", h.tab.View())
	}
	h.Press("g") // not a key of the form: nothing happens
	h.Press("up", "up", "up", "enter", "ctrl+u", "text:2026-13-01", "enter")
	if !strings.Contains(h.tab.View(), `"2026-13-01" is not a date`) {
		t.Errorf("a bad date is refused where it was typed:\n%s", h.tab.View())
	}
	h.Press("ctrl+u", "text:2026-12-01", "enter")
	if !strings.Contains(h.tab.View(), "2026-12-01 is in the future") {
		t.Errorf("a future date is refused:\n%s", h.tab.View())
	}
	h.Press("ctrl+u", "text:2026-11-02", "enter")
	if h.tab.eval.editing || h.tab.eval.date != "2026-11-02" {
		t.Errorf("a good date is kept: %q", h.tab.eval.date)
	}
	h.Press("esc")
	if h.tab.Ask == nil {
		t.Fatal("esc after scoring asks before discarding")
	}
	h.Press("y")
	if h.tab.mode != modePlot {
		t.Error("y discards")
	}
	if all, _ := h.Store.Evaluations(); len(all) != 0 {
		t.Error("nothing should be saved")
	}
}

func TestScoringKeys(t *testing.T) {
	h := caseStudy(t)
	h.Press("e")
	f := h.tab.eval
	h.Press("0")
	if f.eval.Attractiveness[0] != 10 || f.row != 2 {
		t.Errorf("0 scores 10 and moves on: %d, row %d", f.eval.Attractiveness[0], f.row)
	}
	h.Press("up", "left", "left", "right")
	if f.eval.Attractiveness[0] != 9 {
		t.Errorf("←← → = 9, got %d", f.eval.Attractiveness[0])
	}
	for range 12 {
		h.Press("right")
	}
	if f.eval.Attractiveness[0] != 10 {
		t.Error("a score stops at 10")
	}
	h.Press("enter", "text:grows 9% a year", "enter")
	if f.eval.Comment("a-size") != "grows 9% a year" {
		t.Errorf("comment %q", f.eval.Comment("a-size"))
	}
	h.Press("enter", "ctrl+u", "enter")
	if f.eval.Comments != nil && f.eval.Comment("a-size") != "" {
		t.Errorf("an emptied comment is gone: %v", f.eval.Comments)
	}
}

func TestTrailsToggle(t *testing.T) {
	h := caseStudy(t)
	count := func(kind cellKind) int {
		n := 0
		for _, cl := range h.tab.cells(70, 30) {
			if cl.Tag == kind {
				n++
			}
		}
		return n
	}
	if count(kindPrev) != 4 || count(kindTrail) == 0 {
		t.Errorf("four accounts were evaluated twice: %d previous places, %d trail cells", count(kindPrev), count(kindTrail))
	}
	h.Press("t")
	if count(kindPrev) != 0 || count(kindTrail) != 0 || !strings.Contains(h.tab.View(), "(trails off)") {
		t.Error("t hides the trails")
	}
}

func TestMarkersOnOneCellAreCounted(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	// Give FreshWay MegaMart's latest scores: both land on one cell.
	var mega model.Evaluation
	for _, e := range ws.Evaluations {
		if e.AccountID == "cs01" && e.Date.After(mega.Date) {
			mega = e
		}
	}
	twin := mega
	twin.ID, twin.AccountID, twin.Date = "twin", "cs02", now
	ws.Evaluations = append(ws.Evaluations, twin)
	h := newHarness(t, ws)
	found := false
	for _, cl := range h.tab.cells(70, 30) {
		found = found || cl.S == "2" && (cl.Tag == kindMarker || cl.Tag == kindCursor)
	}
	if !found {
		t.Error("two accounts on one cell show as 2")
	}
}

func TestCanvasKeepsWideLabelsWhole(t *testing.T) {
	h := caseStudy(t)
	h.SetLang(model.Chinese)
	for _, w := range []int{40, 61, 90} {
		out := h.tab.plot(w, 20)
		for i, line := range strings.Split(out, "\n") {
			if lw := lipgloss.Width(line); lw != w {
				t.Errorf("width %d, row %d is %d cells: %q", w, i, lw, line)
			}
		}
	}
}

func TestCriteriaEditor(t *testing.T) {
	h := caseStudy(t)
	h.Press("c")
	if h.tab.mode != modeCriteria || !h.tab.Capturing() {
		t.Fatal("c opens the criteria")
	}
	h.Press("+", "+", "ctrl+s")
	if !strings.Contains(h.tab.View(), "the weights add up to 102") || h.tab.mode != modeCriteria {
		t.Fatalf("a set off 100 is refused:\n%s", h.tab.View())
	}
	if !strings.Contains(h.tab.View(), "total 102  must be 100") {
		t.Error("the total says so as it changes")
	}
	h.Press("-", "-", "-", "-", "-") // category size 25 → 22
	// Add a criterion of 3 right after it.
	h.Press("n", "text:Data sharing", "enter", "text:数据共享", "enter", "text:Shares sell-out data", "enter", "enter", "ctrl+u", "text:3", "enter")
	c := h.tab.criteria
	if h.tab.Form != nil || len(c.draft.Attractiveness) != 7 || c.draft.Attractiveness[1].Name.ZH != "数据共享" {
		t.Fatalf("the new criterion: %+v\n%s", c.draft.Attractiveness, h.tab.View())
	}
	// Rename one, and give up a weight point elsewhere? Not needed: 22 + 3 = 25.
	h.Press("down", "e", "ctrl+u", "text:Brand potential", "enter", "enter", "enter", "enter", "enter")
	if c.draft.Attractiveness[2].Name.EN != "Brand potential" || c.draft.Attractiveness[2].ID != "a-potential" {
		t.Errorf("renamed: %+v", c.draft.Attractiveness[2])
	}
	h.Press("ctrl+s")
	if h.tab.mode != modePlot {
		t.Fatalf("saved: %q", c.problem)
	}
	if h.Status != "Criteria saved." {
		t.Errorf("status %q", h.Status)
	}
	m, _ := h.Store.Matrix()
	if len(m.Attractiveness) != 7 || m.Attractiveness[0].Weight != 22 || model.TotalWeight(m.Attractiveness) != 100 {
		t.Errorf("stored: %+v", m.Attractiveness)
	}
	if m.Version != 2 || len(m.Earlier) != 1 || m.Earlier[0].Attractiveness[1].Name.EN != "Potential for our brands" {
		t.Errorf("the change made version %d and kept %+v", m.Version, m.Earlier)
	}
	// Every evaluation now shows it was scored with other criteria.
	for i := range h.tab.legend {
		if !h.entry(i).changed {
			t.Errorf("entry %s: criteria changed since, not marked", markerFor(i))
		}
	}
	h.Tab.SetSize(170, 35)
	if !strings.Contains(h.tab.View(), "2026-11-08*") {
		t.Errorf("a wide legend marks the evaluation date:\n%s", h.tab.View())
	}
	h.Tab.SetSize(120, 35)
	h.Press("enter")
	v := h.tab.View()
	if !strings.Contains(v, "The criteria have changed since this evaluation") {
		t.Error("the history says the criteria changed")
	}
	// …and keeps the names it was scored with.
	if !strings.Contains(v, "Potential for our brands") || strings.Contains(v, "Brand potential") || strings.Contains(v, "Data sharing") {
		t.Errorf("the history shows the criteria the evaluation was scored with:\n%s", v)
	}
	// …and its score stands as it was scored.
	if e := h.entry(h.tab.cursor); e.attr != 8.15 {
		t.Errorf("an old evaluation's score moved: %v", e.attr)
	}
	// A new evaluation scores the new criteria, carrying over the scores
	// of those that stayed.
	h.Press("e")
	v = h.tab.View()
	if !strings.Contains(v, "Brand potential") || !strings.Contains(v, "Data sharing") || strings.Contains(v, "Potential for our brands") {
		t.Errorf("the form scores the new criteria:\n%s", v)
	}
	if f := h.tab.eval; f.eval.CriteriaVersion != 2 || f.eval.Attractiveness[0] != 9 || f.eval.Attractiveness[1] != 0 {
		t.Errorf("draft: %+v", f.eval)
	}
}

func TestCriteriaEditorGuards(t *testing.T) {
	h := caseStudy(t)
	h.Press("c")
	h.Press("n", "enter", "enter")
	if !strings.Contains(h.tab.View(), "give the criterion a name") {
		t.Errorf("a criterion needs a name:\n%s", h.tab.View())
	}
	h.Press("esc") // closes the little form
	for range 5 {
		h.Press("d")
	}
	if len(h.tab.criteria.draft.Attractiveness) != 1 {
		t.Fatalf("five removed: %d left", len(h.tab.criteria.draft.Attractiveness))
	}
	h.Press("d")
	if !strings.Contains(h.tab.View(), "at least one criterion") {
		t.Error("the last criterion of a set stays")
	}
	h.Press("esc")
	if h.tab.Ask == nil {
		t.Fatal("esc with changes asks")
	}
	h.Press("y")
	if m, _ := h.Store.Matrix(); len(m.Attractiveness) != 6 {
		t.Error("discarded changes must not be saved")
	}
}

func TestThresholdsMoveAccounts(t *testing.T) {
	h := caseStudy(t)
	h.Press("c", "t", "ctrl+u", "text:8.5", "enter", "enter")
	if h.tab.criteria.draft.AttractivenessThreshold != 8.5 {
		t.Fatalf("threshold %v\n%s", h.tab.criteria.draft.AttractivenessThreshold, h.tab.View())
	}
	h.Press("ctrl+s")
	if q, _ := h.Ctx.Data.Quadrant("cs01"); q != model.Status {
		t.Errorf("MegaMart (8.15) falls under 8.5: %v", q)
	}
	h.Press("c", "t", "ctrl+u", "text:11", "enter")
	if !strings.Contains(h.tab.View(), "between 1 and 10") {
		t.Error("a threshold outside 1–10 is refused at the field")
	}
}

func TestNothingEvaluatedYet(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	ws.Evaluations = nil
	h := newHarness(t, ws)
	v := h.tab.View()
	if !strings.Contains(v, "No account evaluated yet") || !strings.Contains(v, "Not evaluated (10)") {
		t.Errorf("view:\n%s", v)
	}
	start := h.tab.cursor // on the current account, MegaMart, fourth by name
	h.Press("left", "up", "right", "up")
	if start != 3 || h.tab.cursor != 1 {
		t.Errorf("arrows walk the list when nothing is on the plot: from %d to %d", start, h.tab.cursor)
	}
}

func TestNarrowScreenCyclesViews(t *testing.T) {
	h := caseStudy(t)
	h.Tab.SetSize(70, 20)
	if v := h.tab.View(); !strings.Contains(v, "Our relative strength") || strings.Contains(v, "Attr") {
		t.Errorf("narrow: the plot alone:\n%s", v)
	}
	h.Press("v")
	if v := h.tab.View(); !strings.Contains(v, "MegaMart 美佳大卖场") || !strings.Contains(v, "Attr") {
		t.Errorf("v: the legend:\n%s", v)
	}
	h.Press("v")
	if v := h.tab.View(); !strings.Contains(v, "Sales %") {
		t.Errorf("v again: the summary:\n%s", v)
	}
}

// TestPlotPinsPlacesAndSplits pins where accounts and the split lines fall
// on a 60×20 plot of the case study: the frame's inside runs from column 5
// to 58 and row 2 to 16; a score s falls in column 5 + round((s−1)/9 × 53)
// and row 2 + round((10−s)/9 × 14). High attractiveness is up, high
// strength right.
func TestPlotPinsPlacesAndSplits(t *testing.T) {
	h := caseStudy(t)
	h.Press("t") // no trails, so nothing but markers crosses the split lines
	lines := strings.Split(ansi.Strip(h.tab.plot(60, 20)), "\n")
	at := func(x, y int) string {
		r := []rune(lines[y]) // the plot's labels here are all one cell wide
		return string(r[x])
	}
	marker := func(id string) string {
		i, _ := h.Ctx.Data.AccountIndex(id)
		return h.tab.markerOf(i)
	}
	// MegaMart: attractiveness 8.15 → row 5; strength 6.90 → column 40.
	if got := at(40, 5); got != marker("cs01") {
		t.Errorf("MegaMart (8.15, 6.90) should be at column 40, row 5, got %q:\n%s", got, strings.Join(lines, "\n"))
	}
	// HealthPlus: attractiveness 3.80 → row 12; strength 2.95 → column 16.
	if got := at(16, 12); got != marker("cs06") {
		t.Errorf("HealthPlus (3.80, 2.95) should be at column 16, row 12, got %q:\n%s", got, strings.Join(lines, "\n"))
	}
	// Both thresholds 5.5: the split lines cross at column 32, row 9, and
	// the tick beside the frame names the split.
	if at(32, 9) != "┼" || !strings.HasPrefix(lines[9], " 5.5│─") {
		t.Errorf("the split lines should cross at column 32, row 9:\n%s", strings.Join(lines, "\n"))
	}
	for _, y := range []int{3, 15} {
		if at(32, y) != "│" {
			t.Errorf("the strength split should run down column 32, row %d: %q", y, at(32, y))
		}
	}
	if !strings.HasPrefix(lines[2], "  10│") || !strings.HasPrefix(lines[16], "   1│") {
		t.Errorf("10 at the top, 1 at the bottom:\n%s", strings.Join(lines, "\n"))
	}
}

// TestSavesMoveOneAccount applies saves one at a time — a rename, an
// evaluation that changes quadrant, an archived account, a new account and
// its first evaluation — and after each finds the tab as a rebuild from
// scratch would make it, without having laid the plot out again.
func TestSavesMoveOneAccount(t *testing.T) {
	h := caseStudy(t)
	_ = h.tab.View() // lays the plot out
	d := h.Ctx.Data
	account := func(id string) model.Account { a, _ := d.Account(id); return a }
	evaluation := func(id string, attr, str int) model.Evaluation {
		e := model.NewEvaluation(id, d.Matrix, model.Day(now), nil)
		for i := range e.Attractiveness {
			e.Attractiveness[i] = attr
		}
		for i := range e.Strength {
			e.Strength[i] = str
		}
		e.ID, e.Created = "new-"+id, now
		return e
	}
	renamed := account("cs05")
	renamed.Name, renamed.OurSales = "Aardvark Wholesale", renamed.OurSales*3
	archived := account("cs02")
	archived.Archived = true
	fresh := model.Account{ID: "cs11", Name: "Zeta Mart", Channel: model.Supermarket, Tier: model.TierC, OurSales: 5_000_000_00}
	steps := []struct {
		name string
		recs []any
	}{
		{"renamed, sales tripled", []any{renamed}},
		{"MegaMart scored low", []any{evaluation("cs01", 3, 3)}},
		{"FreshWay archived", []any{archived}},
		{"a new account", []any{fresh}},
		{"its first evaluation", []any{evaluation("cs11", 9, 9)}},
		{"HealthPlus scored high", []any{evaluation("cs06", 10, 10)}},
	}
	for _, step := range steps {
		h.Update(data.SavedMsg{Records: step.recs})
		if !h.tab.plotted.valid {
			t.Fatalf("%s: the plot was laid out again", step.name)
		}
		got := snapshot(h.tab)
		h.tab.rebuild()
		if want := snapshot(h.tab); got != want {
			t.Errorf("%s: moved one account to\n%s\nrebuilt, it is\n%s", step.name, got, want)
		}
	}
	if q, _ := d.Quadrant("cs01"); q != model.Streamline || h.entry(len(h.tab.legend)-1).quadrant != model.Streamline {
		t.Errorf("MegaMart scored 3 is Streamline, last in the legend: %v", q)
	}
}

// snapshot is what the tab shows: legend order, lists, summary and plot.
func snapshot(m *Model) string {
	var b strings.Builder
	for _, i := range m.legend {
		p := m.places[i]
		fmt.Fprintf(&b, "%s %s %.2f %.2f %v|", m.Ctx.Data.Accounts[i].ID, m.markerOf(i), p.attr, p.str, p.quadrant)
	}
	fmt.Fprintf(&b, "\nunevaluated %v\nsummary %+v\n", m.unevaluated, m.tally.Summary())
	b.WriteString(ansi.Strip(m.plot(60, 20)))
	return b.String()
}
