package model

import (
	"testing"
	"time"
)

// Through a whole year of days the case study is built on, every retailer's
// reviews cover whole calendar quarters: the last one the quarter before
// today's, the one before it the quarter before that, and for the first
// five retailers the same quarter a year earlier too. A review is held two
// weeks after its quarter ends, or yesterday when that day has not come.
// Our two attendees meet the account's first two contacts.
func TestSurvivorCaseStudyReviewQuarters(t *testing.T) {
	for month := time.January; month <= time.December; month++ {
		for _, d := range []int{1, 5, 14, 15, 28} {
			now := time.Date(2025, month, d, 9, 30, 0, 0, time.Local)
			today := Day(now)
			// The first day of today's quarter, found by stepping back month by month.
			thisQ := time.Date(2025, month, 1, 0, 0, 0, 0, time.Local)
			for thisQ.Month()%3 != 1 {
				thisQ = thisQ.AddDate(0, -1, 0)
			}
			quarterBack := func(n int) (from, to time.Time) {
				from = thisQ.AddDate(0, -3*n, 0)
				return from, from.AddDate(0, 3, -1)
			}
			ws := CaseStudy(now, English)
			for ai, a := range ws.Accounts {
				var firstTwo []string
				for _, c := range ws.Contacts {
					if c.AccountID == a.ID && len(firstTwo) < 2 {
						firstTwo = append(firstTwo, c.Name)
					}
				}
				var reviews []Meeting
				for _, m := range ws.Meetings {
					if m.AccountID == a.ID {
						reviews = append(reviews, m)
					}
				}
				backs := []int{2, 1}
				if ai < 5 {
					backs = []int{5, 2, 1}
				}
				if len(reviews) != len(backs) {
					t.Errorf("%s: %s has %d reviews, want %d", now.Format(DateLayout), a.ID, len(reviews), len(backs))
					continue
				}
				for i, m := range reviews {
					from, to := quarterBack(backs[i])
					held := to.AddDate(0, 0, 14)
					if !held.Before(today) {
						held = today.AddDate(0, 0, -1)
					}
					if !m.From.Equal(from) || !m.To.Equal(to) || !m.Date.Equal(held) {
						t.Errorf("%s: %s covers %s–%s, held %s; want %s–%s, held %s", now.Format(DateLayout), m.ID,
							m.From.Format(DateLayout), m.To.Format(DateLayout), m.Date.Format(DateLayout),
							from.Format(DateLayout), to.Format(DateLayout), held.Format(DateLayout))
					}
					if len(m.TheirAttendees) != 2 || m.TheirAttendees[0] != firstTwo[0] || m.TheirAttendees[1] != firstTwo[1] {
						t.Errorf("%s: %s met %v, want %v", now.Format(DateLayout), m.ID, m.TheirAttendees, firstTwo)
					}
				}
			}
		}
	}
}

// The scorecards' figures: sales targets are a quarter of the year's sales
// (and 2% more sold out), and the actuals vary from review to review. Two
// reviews read exactly: MegaMart's first, the base the others vary from,
// and FreshWay's third.
func TestSurvivorCaseStudyReviewFigures(t *testing.T) {
	now := time.Date(2025, 6, 10, 9, 0, 0, 0, time.Local)
	ws := CaseStudy(now, English)
	sales := map[string]float64{}
	for _, a := range ws.Accounts {
		sales[a.ID] = a.OurSales.Units()
	}
	for _, m := range ws.Meetings {
		q := sales[m.AccountID] / 4
		for _, x := range m.Scorecard {
			if x.Target == nil || x.Actual == nil {
				t.Errorf("%s: %s has no target or actual", m.ID, x.Name.EN)
				continue
			}
			switch x.Name.EN {
			case "Sell-in":
				if *x.Target != round1(q) {
					t.Errorf("%s: sell-in target %v, want a quarter of %v", m.ID, *x.Target, sales[m.AccountID])
				}
			case "Sell-out":
				if *x.Target != round1(q*1.02) {
					t.Errorf("%s: sell-out target %v, want %v", m.ID, *x.Target, round1(q*1.02))
				}
			}
		}
	}
	type fig struct{ target, actual float64 }
	for _, tt := range []struct {
		id   string
		want map[string]fig
	}{
		{"cs01-r1", map[string]fig{
			"Sell-in": {15_750_000, 14_962_500}, "Sell-out": {16_065_000, 15_277_500},
			"Value share": {15, 14}, "Numeric distribution": {80, 76}, "Out-of-stock rate": {3, 2.4},
			"On time in full": {95, 92}, "Trade spend vs budget": {100, 97}, "Promotion return": {120, 105},
		}},
		{"cs02-r3", map[string]fig{
			"Sell-in": {5_400_000, 5_410_800}, "Sell-out": {5_508_000, 5_448_600},
			"Value share": {16.3, 15.7}, "Numeric distribution": {80, 78.6}, "Out-of-stock rate": {3, 2.9},
			"On time in full": {95, 93.6}, "Trade spend vs budget": {100, 100.3}, "Promotion return": {120, 116.7},
		}},
	} {
		var m *Meeting
		for i := range ws.Meetings {
			if ws.Meetings[i].ID == tt.id {
				m = &ws.Meetings[i]
			}
		}
		if m == nil {
			t.Fatalf("no review %s", tt.id)
		}
		if len(m.Scorecard) != len(tt.want) {
			t.Errorf("%s: %d metrics, want %d", tt.id, len(m.Scorecard), len(tt.want))
		}
		for _, x := range m.Scorecard {
			w, ok := tt.want[x.Name.EN]
			if !ok || x.Target == nil || x.Actual == nil {
				t.Errorf("%s: metric %s unexpected or empty", tt.id, x.Name.EN)
				continue
			}
			if *x.Target != w.target || *x.Actual != w.actual {
				t.Errorf("%s: %s %v / %v, want %v / %v", tt.id, x.Name.EN, *x.Target, *x.Actual, w.target, w.actual)
			}
		}
	}
}
