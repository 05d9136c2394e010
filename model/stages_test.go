package model

import (
	"strings"
	"testing"
	"time"
)

var stagesNow = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

func stageDaysAgo(n int) time.Time { return stagesNow.AddDate(0, 0, -n) }

// TestProposeStagesFromTheWorkRecorded: finding 12 of the issue. An
// account evaluated, its buyer known, its contacts seen, a negotiation
// concluded and a review held reads as done on those stages, each with its
// reason in both languages.
func TestProposeStagesFromTheWorkRecorded(t *testing.T) {
	a := Account{ID: "a", Name: "FreshWay", Channel: Hypermarket, Tier: TierA, Format: "Hyper", Region: "East",
		Outlets: 40, CategorySales: 1000, OurSales: 100, Target: 120, Traits: []Trait{"size"}, Objectives: "Grow share"}
	items := DefaultChecklist()
	answers := map[string]Knowledge{}
	for _, it := range items {
		answers[it.ID] = Knowledge{AccountID: "a", ItemID: it.ID, Status: Known, Verified: stageDaysAgo(10)}
	}
	w := AccountWork{
		Account:     a,
		Evaluations: []Evaluation{{AccountID: "a", Date: stageDaysAgo(30), Attractiveness: []int{7, 8}, Strength: []int{6, 6}}},
		Checklist:   items, Answers: answers,
		Contacts: []Contact{
			{AccountID: "a", Name: "Li", Function: "buying", Role: "decider", LastContact: stageDaysAgo(5)},
			{AccountID: "a", Name: "Wang", Function: "supply", Role: "user", LastContact: stageDaysAgo(100)},
			{AccountID: "a", Name: "Chen", Function: "finance", Role: "approver", Influence: "high", LastContact: stageDaysAgo(59)},
		},
		Negotiations: []Negotiation{{Title: "2026 terms", Status: Concluded, Meeting: stageDaysAgo(90)}},
		Meetings:     []Meeting{{Date: stageDaysAgo(20)}},
	}
	p := ProposeStages(w, stagesNow)
	for i, want := range [StageCount]StageStatus{Done, Done, Done, Done, Done, NotStarted, Done, Done} {
		if p[i].State != want {
			t.Errorf("stage %d (%s) = %v, want %v: %s", i+1, Stages[i].EN, p[i].State, want, p[i].Why.EN)
		}
		if p[i].Why.EN == "" || p[i].Why.ZH == "" || p[i].Why.EN == p[i].Why.ZH {
			t.Errorf("stage %d: the reason is not in both languages: %+v", i+1, p[i].Why)
		}
	}
	if p[5].Proposed {
		t.Error("kam keeps no promotion plan, so it proposes nothing for stage 6")
	}
	if got := EffectiveStages(a, p); StageReachedIn(got) != 6 || got[5] != NotStarted {
		t.Errorf("effective %v", got)
	}
}

// TestProposeStagesStepByStep: each stage's rule on its own, from nothing
// to in progress to done.
func TestProposeStagesStepByStep(t *testing.T) {
	base := AccountWork{Account: Account{ID: "a", Name: "X", Channel: Pharmacy, Tier: TierC}, Checklist: DefaultChecklist()}
	tests := []struct {
		name  string
		stage int
		edit  func(w *AccountWork)
		want  StageStatus
		why   string
	}{
		{"never evaluated", 0, func(w *AccountWork) {}, NotStarted, "not evaluated"},
		{"evaluated long ago", 0, func(w *AccountWork) {
			w.Evaluations = []Evaluation{{Date: stageDaysAgo(400), Attractiveness: []int{5}, Strength: []int{5}}}
		}, InProgress, "more than a year ago"},
		{"newest evaluation counts", 0, func(w *AccountWork) {
			w.Evaluations = []Evaluation{{Date: stageDaysAgo(400), Attractiveness: []int{5}, Strength: []int{5}},
				{Date: stageDaysAgo(3), Attractiveness: []int{5}, Strength: []int{5}}}
		}, Done, "evaluated"},
		{"evaluation half scored", 0, func(w *AccountWork) {
			w.Evaluations = []Evaluation{{Date: stageDaysAgo(3), Attractiveness: []int{5, 0}, Strength: []int{5}}}
		}, InProgress, "not fully scored"},
		{"empty profile", 1, func(w *AccountWork) {}, NotStarted, "0 of 7"},
		{"some profile", 1, func(w *AccountWork) { w.Account.Region = "North"; w.Account.Outlets = 3 }, InProgress, "2 of 7"},
		{"nothing known", 2, func(w *AccountWork) {}, NotStarted, "nothing known"},
		{"stale knowledge", 2, func(w *AccountWork) {
			w.Answers = map[string]Knowledge{}
			for _, it := range w.Checklist {
				w.Answers[it.ID] = Knowledge{ItemID: it.ID, Status: Known, Verified: stageDaysAgo(200)}
			}
		}, InProgress, "50%"},
		{"no contacts", 3, func(w *AccountWork) {}, NotStarted, "no contacts"},
		{"archived contacts only", 3, func(w *AccountWork) {
			w.Contacts = []Contact{{Name: "Gone", Function: "buying", Archived: true}}
		}, NotStarted, "no contacts"},
		{"key contact unseen", 3, func(w *AccountWork) {
			w.Contacts = []Contact{{Function: "buying", Role: "decider", LastContact: stageDaysAgo(61)},
				{Function: "supply"}, {Function: "finance", LastContact: stageDaysAgo(1)}}
		}, InProgress, "3 contacts in 3 functions; 1 key contact not seen in 60 days"},
		{"only the buyer", 3, func(w *AccountWork) {
			w.Contacts = []Contact{{Function: "buying", Role: "decider", LastContact: stageDaysAgo(1)}}
		}, InProgress, "1 contact in 1 function; at least 3 functions"},
		{"no objectives", 4, func(w *AccountWork) {}, NotStarted, "no account objectives"},
		{"objectives only", 4, func(w *AccountWork) { w.Account.Objectives = "Grow" }, InProgress, "evaluate the account"},
		{"no negotiation", 6, func(w *AccountWork) {}, NotStarted, "no negotiation"},
		{"negotiation being prepared", 6, func(w *AccountWork) {
			w.Negotiations = []Negotiation{{Title: "2027 terms", Status: Draft, Meeting: stagesNow.AddDate(0, 0, 10)}}
		}, InProgress, `"2027 terms" being prepared`},
		{"concluded long ago", 6, func(w *AccountWork) {
			w.Negotiations = []Negotiation{{Title: "2024", Status: Concluded, Meeting: stageDaysAgo(500)}}
		}, InProgress, "more than a year ago"},
		{"no review", 7, func(w *AccountWork) {}, NotStarted, "no business review"},
		{"review planned", 7, func(w *AccountWork) { w.Meetings = []Meeting{{Date: stagesNow.AddDate(0, 0, 7)}} }, InProgress, "planned"},
		{"review long ago", 7, func(w *AccountWork) { w.Meetings = []Meeting{{Date: stageDaysAgo(200)}} }, InProgress, "six months"},
	}
	for _, tt := range tests {
		w := base
		tt.edit(&w)
		p := ProposeStages(w, stagesNow)[tt.stage]
		if !p.Proposed || p.State != tt.want || !strings.Contains(p.Why.EN, tt.why) {
			t.Errorf("%s: stage %d = %v %q, want %v with %q", tt.name, tt.stage+1, p.State, p.Why.EN, tt.want, tt.why)
		}
	}
}

// TestStageSetByHandWins: a stage the rep set, even back to not started,
// reads as they set it; a stage moved before kam proposed anything counts
// as set by hand.
func TestStageSetByHandWins(t *testing.T) {
	var p [StageCount]StageProposal
	for i := range p {
		p[i] = StageProposal{Proposed: true, State: Done}
	}
	p[5] = StageProposal{}
	a := Account{}
	a.Stages[1] = InProgress                    // moved before proposals: by hand
	a.StagesByHand[2] = true                    // set back to not started by hand
	a.Stages[5], a.StagesByHand[5] = Done, true // set by hand where kam proposes nothing
	got := EffectiveStages(a, p)
	want := [StageCount]StageStatus{Done, InProgress, NotStarted, Done, Done, Done, Done, Done}
	if got != want {
		t.Errorf("effective %v, want %v", got, want)
	}
	if StageReachedIn([StageCount]StageStatus{}) != 0 || StageReachedIn(want) != 2 {
		t.Error("stage reached")
	}
}
