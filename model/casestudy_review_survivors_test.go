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

// What each review leaves behind: in every review but the last all actions
// are done and the next review is the next quarter's; the last review
// leaves the buyer's action open, ours open and due ahead (10 days, one
// more for each retailer in turn), and for every third retailer, from the
// first, the promotion calendar overdue (3 days, one more for each
// retailer in turn); its next meeting is 45 days ahead, one more for each
// retailer in turn. Only MegaMart agreed a tighter band on trade spend,
// half a point, at its first review, and it carries on.
func TestSurvivorCaseStudyReviewActions(t *testing.T) {
	for _, now := range []time.Time{
		time.Date(2025, 6, 10, 9, 0, 0, 0, time.Local),
		time.Date(2025, 10, 3, 9, 0, 0, 0, time.Local),
	} {
		today := Day(now)
		ws := CaseStudy(now, English)
		for ai, a := range ws.Accounts {
			var reviews []Meeting
			for _, m := range ws.Meetings {
				if m.AccountID == a.ID {
					reviews = append(reviews, m)
				}
			}
			for mi, m := range reviews {
				status := map[string]ActionStatus{}
				due := map[string]time.Time{}
				for _, x := range m.Actions {
					suffix := x.ID[len(m.ID):]
					status[suffix], due[suffix] = x.Status, x.Due
				}
				var want map[string]ActionStatus
				var next time.Time
				if mi < len(reviews)-1 {
					want = map[string]ActionStatus{"-a1": ActionDone, "-a2": ActionDone}
					to := m.From.AddDate(0, 6, -1) // the end of the quarter after this one
					next = to.AddDate(0, 0, 14)
					if !next.Before(today) {
						next = today.AddDate(0, 0, -1)
					}
				} else {
					want = map[string]ActionStatus{"-a1": ActionDone, "-a2": ActionOpen, "-a3": ActionOpen}
					if ai%3 == 0 {
						want["-a4"] = ActionOpen
						if w := today.AddDate(0, 0, -3-ai); !due["-a4"].Equal(w) {
							t.Errorf("%s: the promotion calendar due %s, want %s", m.ID, due["-a4"].Format(DateLayout), w.Format(DateLayout))
						}
					}
					if w := today.AddDate(0, 0, 10+ai); !due["-a3"].Equal(w) {
						t.Errorf("%s: our action due %s, want %s", m.ID, due["-a3"].Format(DateLayout), w.Format(DateLayout))
					}
					next = today.AddDate(0, 0, 45+ai)
				}
				if len(status) != len(want) {
					t.Errorf("%s: actions %v, want %v", m.ID, status, want)
				}
				for id, s := range want {
					if got, ok := status[id]; !ok || got != s {
						t.Errorf("%s: action %s is %v, want %v", m.ID, id, got, s)
					}
				}
				if !m.Next.Equal(next) {
					t.Errorf("%s: next meeting %s, want %s", m.ID, m.Next.Format(DateLayout), next.Format(DateLayout))
				}
				for _, x := range m.Scorecard {
					tight := a.ID == "cs01" && x.Name.EN == "Trade spend vs budget"
					if tight && (x.Tolerance == nil || *x.Tolerance != 0.5) || !tight && x.Tolerance != nil {
						t.Errorf("%s: %s has the band %v", m.ID, x.Name.EN, x.Tolerance)
					}
				}
			}
		}
	}
}

// The buyer's action is owned by the first of their attendees, or by
// "buyer" when none is named.
func TestSurvivorFirstOr(t *testing.T) {
	for _, tt := range []struct {
		list []string
		want string
	}{{nil, "buyer"}, {[]string{}, "buyer"}, {[]string{"Zhang Min"}, "Zhang Min"}, {[]string{"Zhang Min", "Wang Fang"}, "Zhang Min"}} {
		if got := firstOr(tt.list, "buyer"); got != tt.want {
			t.Errorf("firstOr(%q) = %q, want %q", tt.list, got, tt.want)
		}
	}
}
