package model

import (
	"strings"
	"testing"
	"time"
)

// Each retailer's reviews talk about its own promotions and chances; the
// online marketplace's scorecard has no numeric distribution and its
// reviews no checkouts or gondola ends; MegaMart's tighter band on trade
// spend, agreed at its first review, carries on to the latest.
func TestCaseStudyReviewsBelongToTheirRetailer(t *testing.T) {
	ws := CaseStudy(caseStudyNow, English)
	promotions, chances := map[string]string{}, map[string]string{}
	for _, m := range ws.Meetings {
		for _, list := range []struct {
			seen  map[string]string
			texts []string
		}{{promotions, m.Promotions}, {chances, m.Opportunities}} {
			for _, text := range list.texts {
				if other, ok := list.seen[text]; ok && other != m.AccountID {
					t.Errorf("%s and %s both review %q", other, m.AccountID, text)
				}
				list.seen[text] = m.AccountID
			}
		}
		if m.AccountID != "cs04" {
			continue
		}
		for _, x := range m.Scorecard {
			if x.Name.EN == "Numeric distribution" {
				t.Errorf("%s: an online shop has no numeric distribution", m.ID)
			}
		}
		all := strings.Join(append(append(append(m.Promotions, m.Listings...), m.Opportunities...), m.Issues[0].Issue, m.Issues[0].Cause), " ")
		for _, a := range m.Actions {
			all += " " + a.What
		}
		for _, word := range []string{"gondola", "checkout", "placement", "store"} {
			if strings.Contains(strings.ToLower(all), word) {
				t.Errorf("%s speaks of %q: %s", m.ID, word, all)
			}
		}
	}
	latest := ws.Meetings[2] // MegaMart's third review
	if latest.ID != "cs01-r3" {
		t.Fatalf("the third meeting is %s", latest.ID)
	}
	spend := latest.Scorecard[6]
	if spend.Name.EN != "Trade spend vs budget" || spend.Tolerance == nil || *spend.Tolerance != 0.5 {
		t.Errorf("MegaMart's trade spend band: %+v", spend)
	}
}

// Every review's figures sit on their own metric, for the online shop too,
// whose scorecard has no distribution: out-of-stocks of a few percent,
// on-time-in-full above 90.
func TestCaseStudyFiguresOnTheirMetrics(t *testing.T) {
	ws := CaseStudy(time.Date(2026, 11, 20, 10, 0, 0, 0, time.Local), English)
	for _, m := range ws.Meetings {
		for _, x := range m.Scorecard {
			if x.Actual == nil {
				continue
			}
			switch x.Name.EN {
			case "Out-of-stock rate":
				if *x.Actual > 10 {
					t.Errorf("%s: out-of-stocks %v%%", m.ID, *x.Actual)
				}
			case "On time in full":
				if *x.Actual < 90 {
					t.Errorf("%s: on time in full %v%%", m.ID, *x.Actual)
				}
			}
		}
	}
}
