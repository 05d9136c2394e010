package model

import (
	"slices"
	"testing"
	"time"
)

// Today looks 14 days ahead: a business review or a negotiation in 14 days
// is listed, one in 15 is not, nor a negotiation of yesterday. A review set
// as the next at the last one is listed the same way (today included,
// yesterday not), unless a review is already on record from today on. A
// buyer answer verified 90 days ago is still fresh; 91 days ago, stale.
func TestTodayOnTheLastDayAhead(t *testing.T) {
	now := time.Date(2026, 6, 1, 15, 0, 0, 0, time.Local)
	in := func(days int) time.Time { return Day(now).AddDate(0, 0, days).Add(9 * time.Hour) }
	coming := func(w AccountWork) []string {
		w.Account = Account{ID: "a1", Name: "FreshWay"}
		w.Evaluations = []Evaluation{{Date: in(-10)}}
		var out []string
		for _, it := range TodayOf(w, now) {
			out = append(out, it.What.EN)
		}
		return out
	}
	for _, tt := range []struct {
		name string
		work AccountWork
		want []string
	}{
		{"reviews in 14 and 15 days", AccountWork{Meetings: []Meeting{{ID: "m1", Date: in(14)}, {ID: "m2", Date: in(15)}}},
			[]string{"Business review, in 14 days"}},
		{"negotiations yesterday, today, in 14 and 15 days", AccountWork{Negotiations: []Negotiation{
			{ID: "n0", Title: "Late", Status: Draft, Meeting: in(-1)},
			{ID: "n1", Title: "Now", Status: Ready, Meeting: in(0)},
			{ID: "n2", Title: "Soon", Status: Draft, Meeting: in(14)},
			{ID: "n3", Title: "Later", Status: Draft, Meeting: in(15)}}},
			[]string{`Negotiation "Now", today (ready)`, `Negotiation "Soon", in 14 days (draft)`}},
		{"next review set for 14 days ahead", AccountWork{Meetings: []Meeting{{ID: "m1", Date: in(-30), Next: in(14)}}},
			[]string{"Next business review, in 14 days (set at the last review, not yet prepared)"}},
		{"next review set for today", AccountWork{Meetings: []Meeting{{ID: "m1", Date: in(-30), Next: in(0)}}},
			[]string{"Next business review, today (set at the last review, not yet prepared)"}},
		{"next review set for yesterday", AccountWork{Meetings: []Meeting{{ID: "m1", Date: in(-30), Next: in(-1)}}}, nil},
		{"next review set for 15 days ahead", AccountWork{Meetings: []Meeting{{ID: "m1", Date: in(-30), Next: in(15)}}}, nil},
		{"next review set, one held today", AccountWork{Meetings: []Meeting{{ID: "m1", Date: in(-30), Next: in(3)}, {ID: "m2", Date: in(0)}}},
			[]string{"Business review, today"}},
	} {
		if got := coming(tt.work); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}

	for _, tt := range []struct {
		days  int
		stale bool
	}{{90, false}, {91, true}} {
		k := Knowledge{Status: PartlyKnown, Verified: in(-tt.days)}
		if k.Stale(now) != tt.stale {
			t.Errorf("verified %d days ago: stale %v, want %v", tt.days, !tt.stale, tt.stale)
		}
	}
}
