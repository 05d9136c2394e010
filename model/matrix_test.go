package model

import (
	"encoding/json"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDefaultMatrixIsTheCourses(t *testing.T) {
	m := DefaultMatrix()
	for _, axis := range []Axis{Attractiveness, Strength} {
		if err := CheckCriteria(m.Criteria(axis)); err != nil {
			t.Errorf("%v: %v", axis, err)
		}
		for _, c := range m.Criteria(axis) {
			if c.Name.EN == "" || c.Name.ZH == "" || c.Description.EN == "" || c.Description.ZH == "" {
				t.Errorf("criterion %s lacks a language", c.ID)
			}
		}
	}
	weights := func(cs []Criterion) []int {
		var w []int
		for _, c := range cs {
			w = append(w, c.Weight)
		}
		return w
	}
	if got := weights(m.Attractiveness); !equalInts(got, []int{25, 20, 20, 15, 10, 10}) {
		t.Errorf("attractiveness weights %v", got)
	}
	if got := weights(m.Strength); !equalInts(got, []int{20, 20, 15, 15, 15, 15}) {
		t.Errorf("strength weights %v", got)
	}
	if m.AttractivenessThreshold != 5.5 || m.StrengthThreshold != 5.5 {
		t.Error("thresholds default to 5.5")
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestWeightedScore(t *testing.T) {
	weighted := func(weights ...int) []Criterion {
		var cs []Criterion
		for _, w := range weights {
			cs = append(cs, Criterion{Weight: w})
		}
		return cs
	}
	tests := []struct {
		criteria []Criterion
		scores   []int
		want     float64
	}{
		{weighted(100), []int{7}, 7},
		{weighted(25, 20, 20, 15, 10, 10), []int{8, 6, 7, 9, 5, 4}, 6.85},
		{weighted(50, 50), []int{1, 10}, 5.5},
		{weighted(60, 40), []int{10, 10}, 10},
		{weighted(60, 40), []int{10}, 6}, // a score missing counts nothing
		{nil, nil, 0},
	}
	for _, tt := range tests {
		if got := WeightedScore(tt.criteria, tt.scores); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("WeightedScore(%v, %v) = %v, want %v", tt.criteria, tt.scores, got, tt.want)
		}
	}
}

func TestCheckCriteria(t *testing.T) {
	crit := func(name string, w int) Criterion { return Criterion{ID: name, Name: T(name, ""), Weight: w} }
	tests := []struct {
		name    string
		set     []Criterion
		wantErr string
	}{
		{"sums to 100", []Criterion{crit("a", 60), crit("b", 40)}, ""},
		{"one criterion", []Criterion{crit("a", 100)}, ""},
		{"under 100", []Criterion{crit("a", 60), crit("b", 35)}, "add up to 95"},
		{"over 100", []Criterion{crit("a", 60), crit("b", 45)}, "add up to 105"},
		{"zero weight", []Criterion{crit("a", 100), crit("b", 0)}, "from 1 to 100"},
		{"empty set", nil, "at least one criterion"},
		{"no name", []Criterion{{ID: "x", Weight: 100}}, "needs a name"},
		{"Chinese name only", []Criterion{{ID: "x", Name: T("", "品牌拉力"), Weight: 100}}, ""},
		{"same name twice", []Criterion{crit("Brand pull", 50), crit("brand pull", 50)}, "two criteria"},
	}
	for _, tt := range tests {
		checkErr(t, "CheckCriteria", tt.name, CheckCriteria(tt.set), tt.wantErr)
	}
	if got := T("", "品牌拉力").In(English); got != "品牌拉力" {
		t.Errorf("a name in Chinese only shows in English too, got %q", got)
	}
}

func TestParseWeightAndThreshold(t *testing.T) {
	if w, err := ParseWeight("25"); err != nil || w != 25 {
		t.Errorf("ParseWeight: %v %v", w, err)
	}
	checkErr(t, "ParseWeight", "0", func() error { _, err := ParseWeight("0"); return err }(), "from 1 to 100")
	checkErr(t, "ParseWeight", "101", func() error { _, err := ParseWeight("101"); return err }(), "from 1 to 100")
	checkErr(t, "ParseWeight", "2.5", func() error { _, err := ParseWeight("2.5"); return err }(), "whole number")
	if v, err := ParseThreshold("6.25"); err != nil || v != 6.25 {
		t.Errorf("ParseThreshold: %v %v", v, err)
	}
	checkErr(t, "ParseThreshold", "0.5", func() error { _, err := ParseThreshold("0.5"); return err }(), "between 1 and 10")
	checkErr(t, "ParseThreshold", "x", func() error { _, err := ParseThreshold("x"); return err }(), "not a number")
	checkErr(t, "ParseThreshold", "", func() error { _, err := ParseThreshold(" "); return err }(), "required")
}

func TestPlaceAndTheThreshold(t *testing.T) {
	m := DefaultMatrix()
	tests := []struct {
		attr, strength float64
		want           Quadrant
	}{
		{8, 8, Strategic},
		{8, 3, Star},
		{3, 8, Status},
		{3, 3, Streamline},
		{5.5, 5.5, Strategic},    // exactly on both thresholds: high wins on both
		{5.5, 5.49, Star},        // on the attractiveness threshold, just under on strength
		{5.49, 5.5, Status},      // just under attractiveness, on strength
		{5.49, 5.49, Streamline}, // just under both
		{10, 1, Star},
		{1, 10, Status},
	}
	for _, tt := range tests {
		if got := Place(tt.attr, tt.strength, m); got != tt.want {
			t.Errorf("Place(%v, %v) = %v, want %v", tt.attr, tt.strength, got, tt.want)
		}
	}
	m.AttractivenessThreshold, m.StrengthThreshold = 7, 4
	if got := Place(6.9, 4, m); got != Status {
		t.Errorf("moved thresholds: got %v", got)
	}
	// Sums of weights × scores land exactly on a threshold without float drift.
	half := Matrix{Attractiveness: []Criterion{{ID: "x", Weight: 50}, {ID: "y", Weight: 50}}, AttractivenessThreshold: 5.5}
	e := Evaluation{Attractiveness: []int{5, 6}}
	if a, _ := e.Position(half); Place(a, 10, DefaultMatrix()) != Strategic {
		t.Errorf("5.5 from scores should be on the threshold, got %v", a)
	}
}

func TestQuadrantsSpeakBothLanguages(t *testing.T) {
	for q, info := range Quadrants {
		if info.Name.EN == "" || info.Name.ZH == "" || info.Strategy.EN == "" || info.Strategy.ZH == "" {
			t.Errorf("quadrant %d lacks a language", q)
		}
	}
	if Quadrants[Status].Name.ZH != "维持客户" || Quadrants[Streamline].Name.EN != "Streamline" {
		t.Error("quadrant names out of order")
	}
}

func scoredEvaluation(m Matrix, score int) Evaluation {
	e := NewEvaluation("acc", m, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), nil)
	for _, scores := range [][]int{e.Attractiveness, e.Strength} {
		for i := range scores {
			scores[i] = score
		}
	}
	return e
}

func TestCheckEvaluation(t *testing.T) {
	today := time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		change  func(*Evaluation, *Matrix)
		wantErr string
	}{
		{"complete", func(*Evaluation, *Matrix) {}, ""},
		{"scored today", func(e *Evaluation, _ *Matrix) { e.Date = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC) }, ""},
		{"today, further east", func(e *Evaluation, _ *Matrix) {
			e.Date = time.Date(2026, 11, 20, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
		}, ""},
		{"tomorrow", func(e *Evaluation, _ *Matrix) { e.Date = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }, "in the future"},
		{"one unscored", func(e *Evaluation, _ *Matrix) { e.Strength[2] = 0 }, "1 criterion is not scored"},
		{"score 11", func(e *Evaluation, _ *Matrix) { e.Attractiveness[0] = 11 }, "not 11"},
		{"score -1", func(e *Evaluation, _ *Matrix) { e.Attractiveness[0] = -1 }, "not -1"},
		{"a score short", func(e *Evaluation, _ *Matrix) { e.Strength = e.Strength[1:] }, "5 scores for 6 criteria"},
		{"weights off", func(_ *Evaluation, m *Matrix) { m.Strength[0].Weight = 30 }, "add up to 110"},
		{"unknown version", func(e *Evaluation, _ *Matrix) { e.CriteriaVersion = 9 }, "version 9"},
		{"note on a criterion it did not score", func(e *Evaluation, _ *Matrix) { e.SetComment("nope", "x") }, `"nope"`},
		{"note too long", func(e *Evaluation, _ *Matrix) { e.SetComment("a-size", strings.Repeat("x", MaxTextRunes+1)) }, "at most"},
		{"no account", func(e *Evaluation, _ *Matrix) { e.AccountID = "" }, "belongs to an account"},
		{"no date", func(e *Evaluation, _ *Matrix) { e.Date = time.Time{} }, "needs a date"},
	}
	for _, tt := range tests {
		m := DefaultMatrix()
		e := scoredEvaluation(m, 6)
		e.SetComment("s-pull", "shoppers ask for us")
		tt.change(&e, &m)
		checkErr(t, "CheckEvaluation", tt.name, CheckEvaluation(e, m, today), tt.wantErr)
	}
	e := scoredEvaluation(DefaultMatrix(), 6)
	e.Strength = e.Strength[1:]
	if zh := Localize(CheckEvaluation(e, DefaultMatrix(), today), Chinese); !strings.Contains(zh, "我方相对实力 有 5 个分数") {
		t.Errorf("Chinese message: %q", zh)
	}
}

func TestRevisedKeepsEarlierVersions(t *testing.T) {
	m := DefaultMatrix()
	thresholds := m
	thresholds.StrengthThreshold = 7
	thresholds.Attractiveness = slices.Clone(m.Attractiveness)
	thresholds.Attractiveness[0].Description = T("Reworded", "改写")
	if got := m.Revised(thresholds); got.Version != 1 || len(got.Earlier) != 0 || got.StrengthThreshold != 7 ||
		got.Attractiveness[0].Description.EN != "Reworded" {
		t.Errorf("thresholds and descriptions keep the version: %+v", got)
	}

	changes := map[string]func(*Matrix){
		"reweighted": func(m *Matrix) { m.Attractiveness[0].Weight, m.Attractiveness[1].Weight = 30, 15 },
		"renamed":    func(m *Matrix) { m.Strength[0].Name.ZH = "份额差距" },
		"added": func(m *Matrix) {
			m.Strength[0].Weight = 15
			m.Strength = append(m.Strength, Criterion{ID: "new", Name: T("New", "新"), Weight: 5})
		},
		"removed":   func(m *Matrix) { m.Attractiveness = m.Attractiveness[1:] },
		"reordered": func(m *Matrix) { m.Strength[0], m.Strength[1] = m.Strength[1], m.Strength[0] },
	}
	for name, change := range changes {
		next := DefaultMatrix()
		change(&next)
		got := m.Revised(next)
		if got.Version != 2 || len(got.Earlier) != 1 || got.Earlier[0].Version != 1 {
			t.Errorf("%s: version %d, earlier %+v", name, got.Version, got.Earlier)
			continue
		}
		if was, ok := got.CriteriaSet(1); !ok || was.Attractiveness[0].Weight != 25 || was.Strength[0].Name.ZH != "份额对比市场份额" ||
			len(was.Attractiveness) != 6 || len(was.Strength) != 6 || was.Strength[0].ID != "s-share" {
			t.Errorf("%s: version 1 is not kept as it was: %+v", name, was)
		}
		if now, _ := got.CriteriaSet(2); !SameCriteria(now, next.Current()) {
			t.Errorf("%s: version 2 is not the new criteria", name)
		}
	}

	// A third version, then back to the first: the first is current again.
	v2 := DefaultMatrix()
	v2.Strength[0].Name.EN = "Share gap"
	m2 := m.Revised(v2)
	v3 := cloneForTest(m2)
	v3.Attractiveness[0].Weight, v3.Attractiveness[1].Weight = 30, 15
	m3 := m2.Revised(v3)
	if m3.Version != 3 || len(m3.Earlier) != 2 || CheckVersions(m3) != nil {
		t.Fatalf("third version: %d, %+v", m3.Version, m3.Earlier)
	}
	back := m3.Revised(DefaultMatrix())
	if back.Version != 1 || len(back.Earlier) != 2 || back.Earlier[0].Version != 2 || back.Earlier[1].Version != 3 {
		t.Errorf("criteria put back take their version again: %d, %+v", back.Version, back.Earlier)
	}
	if fourth := back.Revised(v2); fourth.Version != 2 {
		t.Errorf("and again: %d", fourth.Version)
	}
	// After a return, the next new set still gets a number of its own.
	v4 := DefaultMatrix()
	v4.Attractiveness = v4.Attractiveness[1:]
	v4.Attractiveness[0].Weight = 45
	if fresh := back.Revised(v4); fresh.Version != 4 || CheckVersions(fresh) != nil {
		t.Errorf("a new set after a return: version %d", fresh.Version)
	}
	twice := m3
	twice.Earlier = append(slices.Clone(m3.Earlier), CriteriaSet{Version: 3})
	checkErr(t, "CheckVersions", "twice", CheckVersions(twice), "version 3 is there twice")
}

func cloneForTest(m Matrix) Matrix {
	m.Attractiveness = slices.Clone(m.Attractiveness)
	m.Strength = slices.Clone(m.Strength)
	return m
}

func TestCriteriaChangedAfterAnEvaluation(t *testing.T) {
	m := DefaultMatrix()
	e := scoredEvaluation(m, 7)
	e.Attractiveness[0] = 9 // 25 × 9 + 75 × 7 = 750: 7.5
	if CriteriaChanged(e, m) {
		t.Fatal("an evaluation of the current set is not changed")
	}
	before, _ := e.Position(m)
	if before != 7.5 {
		t.Fatalf("position %v", before)
	}

	// Each change, and where the changed set itself would put the same
	// scores: the evaluation must stay at 7.5, scored by its own set.
	changes := []struct {
		name      string
		change    func(*Matrix)
		underNext float64
	}{
		// 30 × 9 + 15 × 7 + (20 + 15 + 10 + 10) × 7 = 760
		{"reweighted", func(m *Matrix) { m.Attractiveness[0].Weight, m.Attractiveness[1].Weight = 30, 15 }, 7.6},
		// the 9 is no longer first: 45 × 9 + (20 + 15 + 10 + 10) × 7 = 790
		{"removed", func(m *Matrix) {
			m.Attractiveness = m.Attractiveness[1:]
			m.Attractiveness[0].Weight = 45
		}, 7.9},
		// the weights stand: same score, but the name it was scored under stays
		{"renamed", func(m *Matrix) { m.Strength[0].Name.EN = "Share gap" }, 7.5},
	}
	for _, c := range changes {
		next := DefaultMatrix()
		c.change(&next)
		m2 := m.Revised(next)
		if !CriteriaChanged(e, m2) {
			t.Errorf("%s: the change is not seen", c.name)
		}
		if got := WeightedScore(m2.Attractiveness, e.Attractiveness); math.Abs(got-c.underNext) > 1e-9 {
			t.Errorf("%s: the changed set scores the evaluation %v, want %v", c.name, got, c.underNext)
		}
		// The evaluation keeps the set it was scored with: its score stands.
		if after, _ := e.Position(m2); math.Abs(after-7.5) > 1e-9 {
			t.Errorf("%s: the evaluation's score moved from 7.5 to %v", c.name, after)
		}
		scored, ok := m2.CriteriaSet(e.CriteriaVersion)
		if !ok || len(scored.Strength) == 0 || len(scored.Attractiveness) == 0 {
			t.Errorf("%s: the evaluation's set, version %d, is gone", c.name, e.CriteriaVersion)
			continue
		}
		if scored.Version != 1 || m2.Version != 2 || scored.Strength[0].Name.EN != "Our share vs our market share" || scored.Attractiveness[0].Weight != 25 {
			t.Errorf("%s: the evaluation's set (version %d): found as version %d of %d, its first strength criterion %q, its first weight %d",
				c.name, e.CriteriaVersion, scored.Version, m2.Version, scored.Strength[0].Name.EN, scored.Attractiveness[0].Weight)
		}
	}

	// A new evaluation after a change scores the new set, carrying over
	// the scores of the criteria that remain.
	next := DefaultMatrix()
	next.Attractiveness = append(next.Attractiveness[1:], Criterion{ID: "a-new", Name: T("New", "新"), Weight: 25})
	m2 := m.Revised(next)
	carried := NewEvaluation("acc", m2, e.Date, &e)
	if carried.CriteriaVersion != 2 || len(carried.Attractiveness) != 6 || carried.Attractiveness[0] != 7 || carried.Attractiveness[5] != 0 {
		t.Errorf("carried over: %+v", carried)
	}
	if carried.Comments != nil {
		t.Error("notes are not carried over: they were about then")
	}
}

func TestEvaluationStoredForm(t *testing.T) {
	m := DefaultMatrix()
	e := scoredEvaluation(m, 7)
	e.ID, e.AccountID = "0190a1b2c3d4e5f6a7b8c9", "0190a1b2c3d4e5f6a7b8ca"
	e.Attractiveness[0] = 10
	e.Created = time.Date(2026, 11, 1, 9, 30, 12, 0, time.UTC)
	e.SetComment("s-pull", "shoppers ask for us")
	raw, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"i":"0190a1b2c3d4e5f6a7b8c9","a":"0190a1b2c3d4e5f6a7b8ca","d":"2026-11-01","v":1,` +
		`"s":[[10,7,7,7,7,7],[7,7,7,7,7,7]],"n":{"s-pull":"shoppers ask for us"},"c":"2026-11-01T09:30:12Z"}`
	if string(raw) != want {
		t.Errorf("stored as\n%s\nwant\n%s", raw, want)
	}
	var back Evaluation
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if back.ID != e.ID || back.AccountID != e.AccountID || back.Date.Format(DateLayout) != "2026-11-01" ||
		back.Date.Location() != time.Local || !back.Created.Equal(e.Created) || back.CriteriaVersion != 1 ||
		!slices.Equal(back.Attractiveness, e.Attractiveness) || !slices.Equal(back.Strength, e.Strength) ||
		back.Comment("s-pull") != "shoppers ask for us" || len(back.Comments) != 1 {
		t.Errorf("round trip: %+v", back)
	}
	e.SetComment("s-pull", "")
	if raw, _ := json.Marshal(e); strings.Contains(string(raw), `"n"`) {
		t.Errorf("no notes, no key: %s", raw)
	}
	if err := json.Unmarshal([]byte(`{"i":"x","d":"1 Nov"}`), &back); err == nil || !strings.Contains(err.Error(), "1 Nov") {
		t.Errorf("a bad date: %v", err)
	}
}

// TestEvaluationReadByHandAsByEncodingJSON: the stored form read by hand
// gives what encoding/json gives, and every other form still reads.
func TestEvaluationReadByHandAsByEncodingJSON(t *testing.T) {
	slow := func(raw string) Evaluation {
		var j evaluationJSON
		if err := json.Unmarshal([]byte(raw), &j); err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		day, _ := time.ParseInLocation(DateLayout, j.Date, time.Local)
		return Evaluation{ID: j.ID, AccountID: j.AccountID, Date: day, CriteriaVersion: j.Version,
			Attractiveness: j.Scores[0], Strength: j.Scores[1], Comments: j.Comments, Created: j.Created}
	}
	same := func(a, b Evaluation) bool {
		return a.ID == b.ID && a.AccountID == b.AccountID && a.Date.Equal(b.Date) && a.CriteriaVersion == b.CriteriaVersion &&
			slices.Equal(a.Attractiveness, b.Attractiveness) && slices.Equal(a.Strength, b.Strength) &&
			maps.Equal(a.Comments, b.Comments) && a.Created.Equal(b.Created)
	}
	tests := []struct {
		raw    string
		byHand bool
	}{
		{`{"i":"g0000123-e1","a":"g0000123","d":"2026-10-01","v":12,"s":[[9,8,10],[7]],"c":"2026-10-01T14:00:00.123456789+08:00"}`, true},
		{`{"i":"","a":"x","d":"2026-10-01","v":0,"s":[[],[1]],"c":"0001-01-01T00:00:00Z"}`, true},
		{`{"i":"e","a":"x","d":"2026-10-01","v":1,"s":[[1],[2]],"n":{"a-size":"grows \"fast\""},"c":"2026-10-01T14:00:00Z"}`, false},
		{`{"i":"e\u0041","a":"x","d":"2026-10-01","v":1,"s":[[1],[2]],"c":"2026-10-01T14:00:00Z"}`, false},
		{`{"a":"x","i":"e","d":"2026-10-01","v":1,"s":[[1],[2]],"c":"2026-10-01T14:00:00Z"}`, false},
		{`{"i":"e", "a":"x","d":"2026-10-01","v":1,"s":[[1, 2],[2]],"c":"2026-10-01T14:00:00Z"}`, false},
		{`{"i":"e","a":"x","d":"2026-10-01","v":1,"s":[null,[2]],"c":"2026-10-01T14:00:00Z"}`, false},
	}
	for _, tt := range tests {
		_, byHand := readCompact([]byte(tt.raw))
		if byHand != tt.byHand {
			t.Errorf("%s: read by hand %v, want %v", tt.raw, byHand, tt.byHand)
		}
		var got Evaluation
		if err := json.Unmarshal([]byte(tt.raw), &got); err != nil {
			t.Errorf("%s: %v", tt.raw, err)
			continue
		}
		if want := slow(tt.raw); !same(got, want) {
			t.Errorf("%s:\nread %+v\nwant %+v", tt.raw, got, want)
		}
	}
	for _, bad := range []string{`{"i":"e","a":"x","d":"2026-10-01","v":1,"s":[[1],[2]],"c":"yesterday"}`, `{"i":"e","s":[[1,],[2]]}`, `[]`} {
		var e Evaluation
		if err := json.Unmarshal([]byte(bad), &e); err == nil {
			t.Errorf("%s reads as %+v", bad, e)
		}
	}
}

func TestNewerComparesDaysNotInstants(t *testing.T) {
	east := time.FixedZone("CST", 8*3600)
	// The same day read in two zones: the one entered later is newer.
	a := Evaluation{ID: "a", Date: time.Date(2026, 11, 2, 0, 0, 0, 0, east), Created: time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)}
	b := Evaluation{ID: "b", Date: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), Created: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)}
	if !a.NewerThan(b) || b.NewerThan(a) {
		t.Error("same day: the later entry wins, whatever the zone")
	}
}

func TestNewestAndSummarise(t *testing.T) {
	d := func(day int) time.Time { return time.Date(2026, 11, day, 0, 0, 0, 0, time.UTC) }
	evals := []Evaluation{{ID: "old", Date: d(1)}, {ID: "new", Date: d(10)}, {ID: "same-day-later", Date: d(10), Created: d(11)}}
	got := Newest(evals)
	if got[0].ID != "same-day-later" || got[1].ID != "new" || got[2].ID != "old" || evals[0].ID != "old" {
		t.Errorf("Newest = %v", got)
	}

	placed := map[Quadrant][]Account{
		Strategic:  {{OurSales: 600}, {OurSales: 200}},
		Star:       {{OurSales: 100}},
		Streamline: {{OurSales: 100}},
	}
	s := Summarise(placed)
	if s[Strategic].Accounts != 2 || s[Strategic].OurSales != 800 || s[Strategic].Share != 80 || s[Status].Accounts != 0 || s[Star].Share != 10 {
		t.Errorf("Summarise = %+v", s)
	}
	if empty := Summarise(nil); empty[Strategic].Share != 0 {
		t.Error("no sales, no shares")
	}

	// A tally kept as accounts move says what a fresh count says.
	var tally Tally
	tally.Add(Strategic, 600)
	tally.Add(Strategic, 200)
	tally.Add(Star, 300) // moves to Streamline with new sales
	tally.Add(Star, 100)
	tally.Remove(Star, 300)
	tally.Add(Streamline, 100)
	if got := tally.Summary(); got != s {
		t.Errorf("tally kept as accounts moved = %+v, counted afresh = %+v", got, s)
	}
}

func TestParseDate(t *testing.T) {
	if d, err := ParseDate(" 2026-03-01 ", time.UTC); err != nil || d.Day() != 1 {
		t.Errorf("%v %v", d, err)
	}
	_, err := ParseDate("1/3/2026", time.UTC)
	if err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD") {
		t.Errorf("err = %v", err)
	}
}

func TestHighAgreesWithPlace(t *testing.T) {
	m := DefaultMatrix()
	m.AttractivenessThreshold, m.StrengthThreshold = 7.2, 6.9
	for _, tt := range []struct {
		attr, str float64
		want      Quadrant
	}{{7.2, 6.9, Strategic}, {7.19, 6.9, Status}, {7.2, 6.89, Star}, {7.15, 6.5, Streamline}, {7.2 - 1e-12, 6.9 - 1e-12, Strategic}} {
		if got := Place(tt.attr, tt.str, m); got != tt.want {
			t.Errorf("Place(%v, %v) = %v, want %v", tt.attr, tt.str, got, tt.want)
		}
		high, strong := m.High(Attractiveness, tt.attr), m.High(Strength, tt.str)
		if high != (tt.want == Strategic || tt.want == Star) || strong != (tt.want == Strategic || tt.want == Status) {
			t.Errorf("High(%v, %v) = %v, %v; Place says %v", tt.attr, tt.str, high, strong, tt.want)
		}
	}
}

func TestRescoredUnderNewWeights(t *testing.T) {
	m := DefaultMatrix()
	e := NewEvaluation("acc", m, time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), nil)
	for i := range e.Attractiveness {
		e.Attractiveness[i] = 5
	}
	for i := range e.Strength {
		e.Strength[i] = 4
	}
	e.Attractiveness[0] = 9 // category size, weight 25
	a, s, ok := e.Rescored(m, m.Current())
	wa, ws := e.Position(m)
	if !ok || math.Abs(a-wa) > 1e-9 || math.Abs(s-ws) > 1e-9 {
		t.Errorf("under its own weights: %v, %v (%v), want %v, %v", a, s, ok, wa, ws)
	}
	// Category size up to 35 while the set adds up to 110: the scores are
	// divided by 110, not by 100.
	draft := m.Current()
	draft.Attractiveness = slices.Clone(draft.Attractiveness)
	draft.Attractiveness[0].Weight = 35
	if a, _, _ := e.Rescored(m, draft); math.Abs(a-(35*9+75*5)/110.0) > 1e-9 {
		t.Errorf("reweighted: %v", a)
	}
	// A criterion the evaluation did not score does not count; one removed
	// takes its weight away.
	draft.Attractiveness = append(draft.Attractiveness[1:], Criterion{ID: "a-new", Weight: 50})
	if a, _, _ := e.Rescored(m, draft); a != 5 {
		t.Errorf("without category size, every other score is 5: %v", a)
	}
	draft.Attractiveness = []Criterion{{ID: "a-new", Weight: 100}}
	if a, s, ok := e.Rescored(m, draft); ok || a != wa || s != ws {
		t.Errorf("nothing in common: its own position and not ok, got %v, %v, %v", a, s, ok)
	}
	// Scored under an earlier version: its scores are found by ID there.
	next := m
	next.Attractiveness = slices.Clone(m.Attractiveness)
	next.Attractiveness[0], next.Attractiveness[1] = next.Attractiveness[1], next.Attractiveness[0]
	next = m.Revised(next)
	if a, _, _ := e.Rescored(next, next.Current()); math.Abs(a-wa) > 1e-9 {
		t.Errorf("the same weights in another order: %v, want %v", a, wa)
	}
}
