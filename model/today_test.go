package model

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestTodayOf: finding 18 of the issue. Each kind of thing that needs the
// rep this week is found, named in both languages, and nothing else is.
func TestTodayOf(t *testing.T) {
	in := func(days int) time.Time { return stagesNow.AddDate(0, 0, days) }
	items := DefaultChecklist()
	w := AccountWork{
		Account:   Account{ID: "a", Name: "FreshWay", OurSales: 100},
		Checklist: items,
		Answers: map[string]Knowledge{
			items[0].ID: {Status: Known, Verified: in(-100)},
			items[1].ID: {Status: PartlyKnown, Verified: in(-200)},
			items[2].ID: {Status: Known, Verified: in(-10)},
		},
		Contacts: []Contact{
			{ID: "c1", Name: "Li", Title: "Buyer", Role: "decider", LastContact: in(-61)},
			{ID: "c2", Name: "Wang", Influence: "high"},
			{ID: "c3", Name: "Zhou", Role: "user", LastContact: in(-300)},                    // not a key contact
			{ID: "c4", Name: "Qian", Role: "decider", LastContact: in(-300), Archived: true}, // archived
			{ID: "c5", Name: "Sun", Role: "approver", LastContact: in(-60)},                  // seen in 60 days
		},
		Negotiations: []Negotiation{
			{ID: "n1", Title: "2027 terms", Status: Ready, Meeting: in(3)},
			{ID: "n2", Title: "Old", Status: Concluded, Meeting: in(2)},
			{ID: "n3", Title: "Later", Status: Draft, Meeting: in(15)},
		},
		Meetings: []Meeting{
			{ID: "m1", Date: in(-30), Next: in(10), Actions: []Action{
				{What: "Send the leaflet plan\nwith costs", Owner: "Ann", Due: in(-5), Status: ActionOpen},
				{What: "Done already", Due: in(-5), Status: ActionDone},
				{What: "Not yet due", Due: in(1), Status: ActionOpen},
			}},
			{ID: "m0", Date: in(-120)},
		},
	}
	got := TodayOf(w, stagesNow)
	slices.SortFunc(got, CompareToday)
	var lines []string
	for _, it := range got {
		if it.What.EN == "" || it.What.ZH == "" || it.AccountID != "a" || it.Account != "FreshWay" {
			t.Errorf("line %+v", it)
		}
		lines = append(lines, it.What.EN)
	}
	want := []string{
		"Send the leaflet plan — 5 days late (Ann)",
		`Negotiation "2027 terms", in 3 days (ready)`,
		"Next business review, in 10 days (set at the last review, not yet prepared)",
		"Wang: never contacted",
		"Li, Buyer: last seen 61 days ago",
		"2 buyer checklist answers not verified in 90 days",
		"Never evaluated: score it to place it on the matrix",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("Today:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if got[5].Item != items[1].ID || got[5].On != OnChecklist {
		t.Errorf("the stale line opens the stalest item: %+v", got[5])
	}

	w.Meetings = append(w.Meetings, Meeting{ID: "m2", Date: in(0)})
	if got := TodayOf(w, stagesNow); !slices.ContainsFunc(got, func(it TodayItem) bool {
		return it.Item == "m2" && strings.Contains(it.What.EN, "today") && strings.Contains(it.What.ZH, "今天")
	}) ||
		slices.ContainsFunc(got, func(it TodayItem) bool { return strings.HasPrefix(it.What.EN, "Next business review") }) {
		t.Errorf("a review on record today replaces the planned one: %v", got)
	}
	w.Account.Archived = true
	if got := TodayOf(w, stagesNow); len(got) != 0 {
		t.Errorf("an archived account needs nothing: %v", got)
	}
}
