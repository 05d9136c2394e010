package model

import (
	"testing"
	"time"
)

func TestCaseStudyIsCompleteAndValid(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	for _, lang := range Langs {
		ws := CaseStudy(now, lang)
		if len(ws.Accounts) < 8 {
			t.Fatalf("%s: %d accounts, want at least 8", lang, len(ws.Accounts))
		}
		channels := map[Channel]bool{}
		names := map[string]bool{}
		for _, a := range ws.Accounts {
			if ps := a.Validate(func(k string) (bool, bool) { return names[k], false }); len(ps) > 0 {
				t.Errorf("%s: %s is invalid: %v", lang, a.Name, ps)
			}
			names[NameKey(a.Name)] = true
			channels[a.Channel] = true
			if a.ID == "" || a.Format == "" || a.Region == "" || a.Outlets == 0 || a.CategorySales == 0 ||
				a.OurSales == 0 || a.Target == 0 || a.Growth == 0 || a.Tier == "" || len(a.Traits) == 0 ||
				a.Objectives == "" || a.Notes == "" || a.StageReached() == 0 || a.Created.IsZero() || a.Updated.IsZero() {
				t.Errorf("%s: %s has an empty field: %+v", lang, a.Name, a)
			}
		}
		if len(channels) < 7 {
			t.Errorf("%s: the case study spans %d channels, want all seven named ones", lang, len(channels))
		}
		if _, ok := findAccount(ws.Accounts, ws.Settings.CurrentAccount); !ok {
			t.Errorf("%s: the current account %q is not in the case study", lang, ws.Settings.CurrentAccount)
		}
	}
	en, zh := CaseStudy(now, English), CaseStudy(now, Chinese)
	checkCaseStudyMatrix(t, en, now)
	checkCaseStudyBuyer(t, en, now)
	checkCaseStudyTerms(t, en, now)
	checkCaseStudyReviews(t, en, now)
	if en.Accounts[0].Notes == zh.Accounts[0].Notes || en.Accounts[0].Name != zh.Accounts[0].Name {
		t.Error("free text should follow the language; names should not")
	}
}

func findAccount(list []Account, id string) (Account, bool) {
	for _, a := range list {
		if a.ID == id {
			return a, true
		}
	}
	return Account{}, false
}

// checkCaseStudyMatrix: every retailer evaluated, at least three twice (so
// trails show), every quadrant used.
func checkCaseStudyMatrix(t *testing.T, ws Workspace, now time.Time) {
	t.Helper()
	byAccount := map[string][]Evaluation{}
	for _, e := range ws.Evaluations {
		if err := CheckEvaluation(e, ws.Matrix, now); err != nil {
			t.Errorf("evaluation %s: %v", e.ID, err)
		}
		byAccount[e.AccountID] = append(byAccount[e.AccountID], e)
	}
	twice := 0
	quadrants := map[Quadrant]bool{}
	for _, a := range ws.Accounts {
		evals := Newest(byAccount[a.ID])
		if len(evals) == 0 {
			t.Errorf("%s is not evaluated", a.Name)
			continue
		}
		if len(evals) >= 2 {
			twice++
			if evals[0].Date.Equal(evals[1].Date) {
				t.Errorf("%s: two evaluations on one day show no movement", a.Name)
			}
		}
		quadrants[evals[0].Quadrant(ws.Matrix)] = true
	}
	if twice < 3 {
		t.Errorf("%d accounts evaluated twice, want at least 3", twice)
	}
	if len(quadrants) != 4 {
		t.Errorf("the case study fills %d quadrants, want all 4", len(quadrants))
	}
}

// checkCaseStudyBuyer: 3–8 contacts per retailer, checklists at different
// levels, and every coverage warning raised by at least one account.
func checkCaseStudyBuyer(t *testing.T, ws Workspace, now time.Time) {
	t.Helper()
	warned := map[string]bool{}
	scores := map[float64]bool{}
	for _, a := range ws.Accounts {
		var contacts []Contact
		for _, c := range ws.Contacts {
			if c.AccountID == a.ID {
				if err := CheckContact(c, ws.Contacts, ws.People, now); err != nil {
					t.Errorf("%s: %v", c.Name, err)
				}
				contacts = append(contacts, c)
			}
		}
		if len(contacts) < 3 || len(contacts) > 8 {
			t.Errorf("%s has %d contacts, want 3 to 8", a.Name, len(contacts))
		}
		for _, w := range CoverageWarnings(contacts, now) {
			warned[w.Kind] = true
		}
		answers := map[string]Knowledge{}
		for _, k := range ws.Knowledge {
			if k.AccountID == a.ID {
				answers[k.ItemID] = k
			}
		}
		scores[KnowledgeScore(DefaultChecklist(), answers, now)] = true
	}
	for _, kind := range []string{"no-decider", "no-supporter", "function-gap", "untouched", "buyer-rotation"} {
		if !warned[kind] {
			t.Errorf("no account raises the %s warning", kind)
		}
	}
	if len(scores) < 6 {
		t.Errorf("checklists at only %d levels of knowledge", len(scores))
	}
	for _, m := range ws.Moments {
		if err := CheckMoment(m, now); err != nil {
			t.Errorf("moment %s: %v", m.ID, err)
		}
	}
}

// checkCaseStudyTerms: three years of terms for every retailer, valid; one
// concluded negotiation and one in preparation, every section filled.
func checkCaseStudyTerms(t *testing.T, ws Workspace, now time.Time) {
	t.Helper()
	years := map[string]int{}
	faster := false
	for _, y := range ws.Terms {
		if err := CheckTermsYear(y); err != nil {
			t.Errorf("terms %s: %v", y.Key(), err)
		}
		if !y.Proposal {
			years[y.AccountID]++
		}
	}
	for _, a := range ws.Accounts {
		if years[a.ID] < 3 {
			t.Errorf("%s has %d years of terms", a.Name, years[a.ID])
		}
		var byYear [3]TermsYear
		for _, y := range ws.Terms {
			if y.AccountID == a.ID && !y.Proposal && y.Year >= now.Year()-2 && y.Year <= now.Year() {
				byYear[y.Year-now.Year()+2] = y
			}
		}
		if Evolve(CostOf(byYear[1], DefaultCostOfCapital), CostOf(byYear[2], DefaultCostOfCapital)).FasterSpend {
			faster = true
		}
	}
	if !faster {
		t.Error("no retailer's trade spend grows faster than its sales")
	}
	statuses := map[NegotiationStatus]bool{}
	for _, n := range ws.Negotiations {
		if err := CheckNegotiation(n); err != nil {
			t.Errorf("%s: %v", n.Title, err)
		}
		statuses[n.Status] = true
		for s := range Sections {
			if s == SecExit && n.Status != Concluded {
				continue // an exit is written after the meeting
			}
			if !n.Complete(s) {
				t.Errorf("%s: section %s is not filled", n.Title, DefaultSections[s].Word.EN)
			}
		}
	}
	if !statuses[Concluded] || !(statuses[Draft] || statuses[Ready]) {
		t.Errorf("want a concluded negotiation and one in preparation: %v", statuses)
	}
}

// checkCaseStudyReviews: two or three past meetings per retailer with
// scorecards and actions, some overdue; one review with last year's quarter.
func checkCaseStudyReviews(t *testing.T, ws Workspace, now time.Time) {
	t.Helper()
	per := map[string]int{}
	overdue, lastYear := 0, false
	for _, m := range ws.Meetings {
		if err := CheckMeeting(m); err != nil {
			t.Errorf("%s: %v", m.ID, err)
		}
		if !m.Date.Before(now) {
			t.Errorf("%s is not in the past: %v", m.ID, m.Date)
		}
		per[m.AccountID]++
		if len(m.Scorecard) == 0 || len(m.Actions) == 0 {
			t.Errorf("%s lacks a scorecard or actions", m.ID)
		}
		for _, a := range m.Actions {
			if a.Overdue(now) {
				overdue++
			}
		}
		for _, x := range m.Scorecard {
			lastYear = lastYear || x.LastYear != nil
		}
	}
	for _, a := range ws.Accounts {
		if per[a.ID] < 2 || per[a.ID] > 3 {
			t.Errorf("%s has %d meetings", a.Name, per[a.ID])
		}
	}
	if overdue < 3 || !lastYear {
		t.Errorf("%d overdue actions, last year compared: %v", overdue, lastYear)
	}
}
