package model

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestFoldKey(t *testing.T) {
	same := [][]string{
		{"Price war", "price war", "  PRICE   WAR ", "- Price war!", "• price war.", "Price-war", "ｐｒｉｃｅ　ｗａｒ！"},
		{"价格战", "价格战！", "价格战。", " 价格 战 ", "-价格战", "•价格战？", "价格战，"},
		{"listing fees", "Listing fees;", "listing fees:", "listing, fees", "listing fees?"},
		{"KPI 2025", "ＫＰＩ ２０２５", "kpi2025"},
		{"账期、折扣", "账期折扣"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if FoldKey(s) != FoldKey(group[0]) {
				t.Errorf("%q folds to %q, %q to %q", s, FoldKey(s), group[0], FoldKey(group[0]))
			}
		}
	}
	differ := [][2]string{{"price war", "price wars"}, {"价格战", "价格"}, {"KPI 2025", "KPI 2026"}, {"size", "sizes"}}
	for _, d := range differ {
		if FoldKey(d[0]) == FoldKey(d[1]) {
			t.Errorf("%q and %q fold alike", d[0], d[1])
		}
	}
}

// boardCourse has answers from teams 1, 2 and 5 on the difficulties board,
// given a minute apart in the order written.
func boardCourse(t *testing.T) Course {
	t.Helper()
	c := DefaultCourse(courseDay, 6)
	t0 := courseDay.Add(9*time.Hour + 30*time.Minute)
	for i, a := range []Answer{
		{Team: 2, Text: "Price pressure"},
		{Team: 1, Text: "价格战"},
		{Team: 2, Text: "price pressure!"},
		{Team: 5, Text: "Slow payment"},
		{Team: 1, Text: "- Price pressure"},
		{Team: 5, Text: "价格战！"},
		{Team: 2, Text: "Delisting threats"},
		{Team: 5, Text: "PRICE PRESSURE"},
	} {
		var err error
		if c, err = c.AddAnswer(BoardIDDifficulties, a, t0.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

func TestAddAndRemoveAnswer(t *testing.T) {
	c := boardCourse(t)
	b, _ := c.Board(BoardIDDifficulties)
	if len(b.Answers) != 8 {
		t.Fatalf("%d answers", len(b.Answers))
	}
	ids := map[string]bool{}
	for i, a := range b.Answers {
		if a.ID == "" || ids[a.ID] {
			t.Errorf("answer %d has ID %q", i, a.ID)
		}
		ids[a.ID] = true
		if want := courseDay.Add(9*time.Hour + 30*time.Minute + time.Duration(i)*time.Minute); !a.At.Equal(want) {
			t.Errorf("answer %d at %v", i, a.At)
		}
	}
	if b.Answers[4].Text != "- Price pressure" {
		t.Errorf("the text is kept as typed, trimmed: %q", b.Answers[4].Text)
	}
	// Two answers within the same tick get IDs of their own.
	tick := courseDay.Add(11 * time.Hour)
	c2, _ := c.AddAnswer(BoardIDCriteria, Answer{Team: 1, Text: "Size"}, tick)
	c2, _ = c2.AddAnswer(BoardIDCriteria, Answer{Team: 1, Text: "  Growth  ", By: "Ann"}, tick)
	crit, _ := c2.Board(BoardIDCriteria)
	if len(crit.Answers) != 2 || crit.Answers[0].ID == crit.Answers[1].ID || crit.Answers[1].Text != "Growth" {
		t.Errorf("two answers in a tick: %+v", crit.Answers)
	}
	if err := CheckCourse(c2); err != nil {
		t.Error(err)
	}
	if b, _ := c.Board(BoardIDCriteria); len(b.Answers) != 0 {
		t.Error("AddAnswer changed the course it was called on")
	}

	for _, tc := range []struct {
		name  string
		board string
		a     Answer
		says  string
	}{
		{"no such board", "nope", Answer{Team: 1, Text: "x"}, "no board"},
		{"no such team", BoardIDCriteria, Answer{Team: 7, Text: "x"}, "no team 7"},
		{"team 0", BoardIDCriteria, Answer{Team: 0, Text: "x"}, "no team 0"},
		{"empty", BoardIDCriteria, Answer{Team: 1, Text: "   "}, "empty"},
		{"two lines", BoardIDCriteria, Answer{Team: 1, Text: "a\nb"}, "one line"},
		{"too long", BoardIDCriteria, Answer{Team: 1, Text: strings.Repeat("长", 31)}, "too long"},
	} {
		got, err := c.AddAnswer(tc.board, tc.a, tick)
		var inv *Invalid
		if !errors.As(err, &inv) || !strings.Contains(inv.Msg.EN, tc.says) || inv.Msg.ZH == "" {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.says)
		}
		if !reflect.DeepEqual(got.Boards, c.Boards) {
			t.Errorf("%s: a refused answer changed the boards", tc.name)
		}
	}

	// Removing and putting back (undo) restores the answer and its place.
	third := b.Answers[2]
	gone, a, ok := c.RemoveAnswer(BoardIDDifficulties, third.ID)
	if !ok || a != third {
		t.Fatalf("removed %+v, %v", a, ok)
	}
	if g, _ := gone.Board(BoardIDDifficulties); len(g.Answers) != 7 || slices.ContainsFunc(g.Answers, func(x Answer) bool { return x.ID == third.ID }) {
		t.Error("the answer is still there")
	}
	if b2, _ := c.Board(BoardIDDifficulties); len(b2.Answers) != 8 {
		t.Error("RemoveAnswer changed the course it was called on")
	}
	back, err := gone.AddAnswer(BoardIDDifficulties, a, tick)
	if err != nil {
		t.Fatal(err)
	}
	bb, _ := back.Board(BoardIDDifficulties)
	if !reflect.DeepEqual(bb.Folded(), b.Folded()) {
		t.Errorf("undo did not restore the board:\n%+v\n%+v", bb.Folded(), b.Folded())
	}
	if _, _, ok := c.RemoveAnswer(BoardIDDifficulties, "nope"); ok {
		t.Error("removed an answer that is not there")
	}
	if _, _, ok := c.RemoveAnswer("nope", third.ID); ok {
		t.Error("removed an answer from a board that is not there")
	}
}

func TestBoardFoldsAndGroups(t *testing.T) {
	c := boardCourse(t)
	b, _ := c.Board(BoardIDDifficulties)
	id := func(i int) string { return b.Answers[i].ID }

	want := []Folded{
		{Text: "Price pressure", Teams: []int{1, 2, 5}, Count: 4, IDs: []string{id(0), id(2), id(4), id(7)}},
		{Text: "价格战", Teams: []int{1, 5}, Count: 2, IDs: []string{id(1), id(5)}},
		{Text: "Slow payment", Teams: []int{5}, Count: 1, IDs: []string{id(3)}},
		{Text: "Delisting threats", Teams: []int{2}, Count: 1, IDs: []string{id(6)}},
	}
	if got := b.Folded(); !reflect.DeepEqual(got, want) {
		t.Errorf("folded:\n%+v\nwant\n%+v", got, want)
	}

	groups := b.ByTeam(c.Teams)
	if len(groups) != 3 {
		t.Fatalf("%d teams with answers", len(groups))
	}
	wantTeams := []struct {
		team    int
		answers []Folded
	}{
		{1, []Folded{{"价格战", []int{1}, 1, []string{id(1)}}, {"- Price pressure", []int{1}, 1, []string{id(4)}}}},
		{2, []Folded{{"Price pressure", []int{2}, 2, []string{id(0), id(2)}}, {"Delisting threats", []int{2}, 1, []string{id(6)}}}},
		{5, []Folded{{"Slow payment", []int{5}, 1, []string{id(3)}}, {"价格战！", []int{5}, 1, []string{id(5)}}, {"PRICE PRESSURE", []int{5}, 1, []string{id(7)}}}},
	}
	for i, w := range wantTeams {
		if groups[i].Team.Number != w.team || !reflect.DeepEqual(groups[i].Answers, w.answers) {
			t.Errorf("team %d: %+v\nwant %+v", w.team, groups[i], w.answers)
		}
	}

	// First given is by time, not by where the answer sits in the file.
	shuffled := b
	shuffled.Answers = slices.Clone(b.Answers)
	slices.Reverse(shuffled.Answers)
	if !reflect.DeepEqual(shuffled.Folded(), want) {
		t.Errorf("answers stored out of order fold differently: %+v", shuffled.Folded())
	}
	// Most teams first, not most answers: one team saying a thing three
	// times is still one team.
	loud := Board{Answers: []Answer{
		{ID: "1", Team: 1, Text: "Margin"}, {ID: "2", Team: 1, Text: "margin"}, {ID: "3", Team: 1, Text: "MARGIN"},
		{ID: "4", Team: 2, Text: "Data"}, {ID: "5", Team: 3, Text: "data"},
	}}
	if got := loud.Folded(); len(got) != 2 || got[0].Text != "Data" || got[0].Count != 2 || got[1].Count != 3 {
		t.Errorf("folded %+v", got)
	}
	empty, _ := c.Board(BoardIDNegotiation)
	if empty.Folded() != nil || empty.ByTeam(c.Teams) != nil {
		t.Error("an empty board shows answers")
	}
}

func TestCriteriaFromPicks(t *testing.T) {
	m := DefaultMatrix()
	picks := []CriterionPick{
		{Name: T("Size of the business", "业务规模"), Axis: Attractiveness, Weight: 40},
		{Name: T("Growth", ""), Axis: Attractiveness, Weight: 35},
		{Name: T("  Willingness to collaborate ", ""), Axis: Attractiveness, Weight: 25},
	}
	next, err := CriteriaFromPicks(m, picks)
	if err != nil {
		t.Fatal(err)
	}
	if next.Version != m.Version+1 || len(next.Earlier) != 1 || !SameCriteria(next.Earlier[0], m.Current()) {
		t.Errorf("version %d, %d earlier", next.Version, len(next.Earlier))
	}
	got := next.Attractiveness
	if len(got) != 3 || got[0].Name != T("Size of the business", "业务规模") || got[0].Weight != 40 || got[1].Name.EN != "Growth" || got[1].Weight != 35 {
		t.Errorf("attractiveness: %+v", got)
	}
	// A pick named as a criterion the matrix has keeps its ID, its other
	// language and its description, so evaluations carry their scores.
	if got[2].ID != "a-collab" || got[2].Name.ZH != "合作意愿" || got[2].Description.EN == "" {
		t.Errorf("the known criterion: %+v", got[2])
	}
	if got[0].ID == got[1].ID || got[0].ID == "" || m.Current().has(got[0].ID) || m.Current().has(got[1].ID) {
		t.Errorf("new IDs %q, %q", got[0].ID, got[1].ID)
	}
	if !reflect.DeepEqual(next.Strength, m.Strength) {
		t.Error("the strength axis without picks changed")
	}
	for _, axis := range []Axis{Attractiveness, Strength} {
		if err := CheckCriteria(next.Criteria(axis)); err != nil {
			t.Errorf("axis %d: %v", axis, err)
		}
	}
	if m.Attractiveness[0].ID != "a-size" || m.Version != 1 {
		t.Error("CriteriaFromPicks changed the matrix it was given")
	}
	// The same picks again give the same IDs; a second hand-over never
	// reuses an ID of the first for another criterion.
	again, _ := CriteriaFromPicks(m, picks)
	if !reflect.DeepEqual(again, next) {
		t.Error("the same picks gave other criteria")
	}
	second, err := CriteriaFromPicks(next, []CriterionPick{
		{Name: T("Brand fit", "品牌契合"), Axis: Attractiveness, Weight: 100},
		{Name: T("Service level", "服务水平"), Axis: Strength, Weight: 60},
		{Name: T("Trust", "信任"), Axis: Strength, Weight: 40},
	})
	if err != nil {
		t.Fatal(err)
	}
	if second.Version != 3 || len(second.Earlier) != 2 {
		t.Errorf("second hand-over: version %d, %d earlier", second.Version, len(second.Earlier))
	}
	for _, c := range slices.Concat(second.Attractiveness, second.Strength) {
		for _, s := range append(second.Earlier, CriteriaSet{}) {
			for _, old := range slices.Concat(s.Attractiveness, s.Strength) {
				if old.ID == c.ID && old.Name != c.Name {
					t.Errorf("%q takes the ID %q of %q", c.Name.EN, c.ID, old.Name.EN)
				}
			}
		}
	}
	if second.Strength[0].ID != "s-service" {
		t.Errorf("a pick named as an old strength criterion: %q", second.Strength[0].ID)
	}
	// An evaluation scored before keeps its own criteria.
	e := NewEvaluation("x", m, courseDay, nil)
	if set, ok := second.CriteriaSet(e.CriteriaVersion); !ok || !SameCriteria(set, m.Current()) {
		t.Error("the criteria evaluations were scored against are gone")
	}
}

func TestCriteriaFromPicksRefuses(t *testing.T) {
	m := DefaultMatrix()
	for _, tc := range []struct {
		name  string
		picks []CriterionPick
		en    []string
		zh    []string
	}{
		{"no picks", nil, []string{"at least one"}, []string{"至少"}},
		{"weights below 100", []CriterionPick{{T("A", ""), Strength, 30}, {T("B", ""), Strength, 30}},
			[]string{"Our relative strength", "add up to 60"}, []string{"我方相对实力", "60"}},
		{"weights above 100 on one axis", []CriterionPick{{T("A", ""), Attractiveness, 100}, {T("B", ""), Strength, 70}, {T("C", ""), Strength, 70}},
			[]string{"Our relative strength", "add up to 140"}, []string{"我方相对实力", "140"}},
		{"a weight of 0", []CriterionPick{{T("A", ""), Attractiveness, 100}, {T("B", ""), Attractiveness, 0}},
			[]string{"Customer attractiveness", "1 to 100"}, []string{"客户吸引力"}},
		{"the same name twice", []CriterionPick{{T("Size", ""), Attractiveness, 50}, {T("size", ""), Attractiveness, 50}},
			[]string{"Customer attractiveness", "two criteria"}, []string{"客户吸引力"}},
		{"no name", []CriterionPick{{T(" ", ""), Attractiveness, 100}}, []string{"needs a name"}, []string{"名称"}},
		{"an unknown axis", []CriterionPick{{T("A", ""), Axis(5), 100}}, []string{"attractiveness or"}, []string{"吸引力"}},
	} {
		got, err := CriteriaFromPicks(m, tc.picks)
		var inv *Invalid
		if !errors.As(err, &inv) {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		for _, s := range tc.en {
			if !strings.Contains(inv.Msg.EN, s) {
				t.Errorf("%s: %q lacks %q", tc.name, inv.Msg.EN, s)
			}
		}
		for _, s := range tc.zh {
			if !strings.Contains(inv.Msg.ZH, s) {
				t.Errorf("%s: %q lacks %q", tc.name, inv.Msg.ZH, s)
			}
		}
		if !reflect.DeepEqual(got, m) {
			t.Errorf("%s: the refused picks changed the matrix", tc.name)
		}
	}
}

func TestChecklistFromAnswers(t *testing.T) {
	items := DefaultChecklist()
	out, added := ChecklistFromAnswers(items, []string{
		"Private label plans!", // the list has it, in English
		"采购自己的 KPI",            // and in Chinese
		"The buyer's bonus",    // new
		"  the buyers bonus ",  // the same as the one before, folded
		"Store opening plans",  // new
		"门店扩张计划",               // new, Chinese
		"？？",                   // nothing once folded
		"",                     // nothing
		"ＴＨＥ ＢＵＹＥＲ'Ｓ ＢＯＮＵＳ", // full-width, folded as the third
	})
	if added != 3 || len(out) != len(items)+3 {
		t.Fatalf("added %d: %+v", added, out[len(items):])
	}
	if !reflect.DeepEqual(out[:len(items)], items) {
		t.Error("the items already there changed")
	}
	want := []string{"The buyer's bonus", "Store opening plans", "门店扩张计划"}
	for i, it := range out[len(items):] {
		// As typed in either language, kept in the language it is written in.
		if it.Name.In(English) != want[i] || it.Name.In(Chinese) != want[i] || !strings.HasPrefix(it.ID, "k-") {
			t.Errorf("item %d: %+v", i, it)
		}
	}
	if last := out[len(out)-1].Name; last.ZH != "门店扩张计划" || last.EN != "" {
		t.Errorf("a Chinese answer is named %+v", last)
	}
	if first := out[len(items)].Name; first.EN != "The buyer's bonus" || first.ZH != "" {
		t.Errorf("an English answer is named %+v", first)
	}
	if err := CheckChecklist(out); err != nil {
		t.Error(err)
	}
	// Stable: the same answers give the same items; again, nothing new.
	if again, _ := ChecklistFromAnswers(items, want); !reflect.DeepEqual(again, out) {
		t.Errorf("the same answers gave other items: %+v", again[len(items):])
	}
	if twice, n := ChecklistFromAnswers(out, want); n != 0 || len(twice) != len(out) {
		t.Errorf("answers already on the list were added again: %d", n)
	}
	// New IDs never take one the list holds.
	taken := append(slices.Clone(items), ChecklistItem{ID: "k-board1", Name: T("Something", "某事")})
	more, _ := ChecklistFromAnswers(taken, []string{"Other"})
	if err := CheckChecklist(more); err != nil || more[len(more)-1].ID == "k-board1" {
		t.Errorf("%v, %q", err, more[len(more)-1].ID)
	}
	// A workspace without a list of its own uses the course's.
	fromNil, n := ChecklistFromAnswers(nil, []string{"The competitive situation.", "Other"})
	if n != 1 || len(fromNil) != len(items)+1 {
		t.Errorf("from the course's list: %d added, %d items", n, len(fromNil))
	}
	if len(items) != len(DefaultChecklist()) {
		t.Error("ChecklistFromAnswers changed the list it was given")
	}
}

// The hand-over from the board: the criteria brainstorm's folded answers
// as the trainer picks and weights them.
func TestCriteriaBoardHandOver(t *testing.T) {
	c := DefaultCourse(courseDay, 3)
	now := courseDay.Add(11 * time.Hour)
	for i, a := range []Answer{{Team: 1, Text: "Size"}, {Team: 2, Text: "size!"}, {Team: 3, Text: "Profitability"}, {Team: 2, Text: "Our share"}} {
		var err error
		if c, err = c.AddAnswer(BoardIDCriteria, a, now.Add(time.Duration(i)*time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := c.Board(BoardIDCriteria)
	folded := b.Folded()
	if len(folded) != 3 || folded[0].Text != "Size" || folded[0].Count != 2 {
		t.Fatalf("folded: %+v", folded)
	}
	picks := []CriterionPick{
		{Name: T(folded[0].Text, ""), Axis: Attractiveness, Weight: 60},
		{Name: T(folded[1].Text, ""), Axis: Attractiveness, Weight: 40},
		{Name: T(folded[2].Text, ""), Axis: Strength, Weight: 100},
	}
	m, err := CriteriaFromPicks(DefaultMatrix(), picks)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attractiveness) != 2 || len(m.Strength) != 1 || m.Strength[0].Name.EN != "Our share" {
		t.Errorf("%+v", m.Current())
	}
}
