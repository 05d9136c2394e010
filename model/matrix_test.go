package model

import (
	"math"
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
	tests := []struct {
		scores []Score
		want   float64
	}{
		{[]Score{{Weight: 100, Score: 7}}, 7},
		{[]Score{{Weight: 25, Score: 8}, {Weight: 20, Score: 6}, {Weight: 20, Score: 7}, {Weight: 15, Score: 9}, {Weight: 10, Score: 5}, {Weight: 10, Score: 4}}, 6.85},
		{[]Score{{Weight: 50, Score: 1}, {Weight: 50, Score: 10}}, 5.5},
		{[]Score{{Weight: 60, Score: 10}, {Weight: 40, Score: 10}}, 10},
		{nil, 0},
	}
	for _, tt := range tests {
		if got := WeightedScore(tt.scores); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("WeightedScore(%v) = %v, want %v", tt.scores, got, tt.want)
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
	e := Evaluation{Attractiveness: []Score{{Weight: 50, Score: 5}, {Weight: 50, Score: 6}}}
	if a, _ := e.Position(); Place(a, 10, DefaultMatrix()) != Strategic {
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
	for i := range e.Attractiveness {
		e.Attractiveness[i].Score = score
	}
	for i := range e.Strength {
		e.Strength[i].Score = score
	}
	return e
}

func TestCheckEvaluation(t *testing.T) {
	today := time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)
	m := DefaultMatrix()
	tests := []struct {
		name    string
		change  func(*Evaluation)
		wantErr string
	}{
		{"complete", func(*Evaluation) {}, ""},
		{"scored today", func(e *Evaluation) { e.Date = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC) }, ""},
		{"tomorrow", func(e *Evaluation) { e.Date = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }, "in the future"},
		{"one unscored", func(e *Evaluation) { e.Strength[2].Score = 0 }, "1 criteria are not scored"},
		{"score 11", func(e *Evaluation) { e.Attractiveness[0].Score = 11 }, "not 11"},
		{"score -1", func(e *Evaluation) { e.Attractiveness[0].Score = -1 }, "not -1"},
		{"weights off", func(e *Evaluation) { e.Strength[0].Weight = 30 }, "add up to 110"},
		{"no account", func(e *Evaluation) { e.AccountID = "" }, "belongs to an account"},
		{"no date", func(e *Evaluation) { e.Date = time.Time{} }, "needs a date"},
	}
	for _, tt := range tests {
		e := scoredEvaluation(m, 6)
		tt.change(&e)
		checkErr(t, "CheckEvaluation", tt.name, CheckEvaluation(e, today), tt.wantErr)
	}
}

func TestCriteriaChangedAfterAnEvaluation(t *testing.T) {
	m := DefaultMatrix()
	e := scoredEvaluation(m, 7)
	if CriteriaChanged(e, m) {
		t.Fatal("an evaluation of the current set is not changed")
	}
	before, _ := e.Position()

	changes := map[string]func(*Matrix){
		"reweighted": func(m *Matrix) { m.Attractiveness[0].Weight, m.Attractiveness[1].Weight = 30, 15 },
		"renamed":    func(m *Matrix) { m.Strength[0].Name.EN = "Share gap" },
		"added": func(m *Matrix) {
			m.Strength = append(m.Strength, Criterion{ID: "new", Name: T("New", "新"), Weight: 5})
		},
		"removed": func(m *Matrix) { m.Attractiveness = m.Attractiveness[1:] },
	}
	for name, change := range changes {
		m2 := DefaultMatrix()
		change(&m2)
		if !CriteriaChanged(e, m2) {
			t.Errorf("%s: the change is not seen", name)
		}
		// The evaluation keeps the set it was scored with: its score stands.
		if after, _ := e.Position(); after != before {
			t.Errorf("%s: the evaluation's score moved from %v to %v", name, before, after)
		}
	}

	// A new evaluation after a change scores the new set, carrying over
	// the scores of the criteria that remain.
	m2 := DefaultMatrix()
	m2.Attractiveness = append(m2.Attractiveness[1:], Criterion{ID: "a-new", Name: T("New", "新"), Weight: 25})
	next := NewEvaluation("acc", m2, e.Date, &e)
	if len(next.Attractiveness) != 6 || next.Attractiveness[0].Score != 7 || next.Attractiveness[5].Score != 0 {
		t.Errorf("carried over: %+v", next.Attractiveness)
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
