package model

import (
	"testing"
	"time"
)

// Months in post are recorded for some of the case study's contacts only:
// the others have no date, not today's. MegaMart's buyer has been in post
// 30 months, its category director 5.
func TestSurvivorCaseStudyMonthsInPost(t *testing.T) {
	now := time.Date(2025, 6, 10, 9, 0, 0, 0, time.Local)
	ws := CaseStudy(now, English)
	want := map[string]time.Time{
		"cs01-c1": Day(now).AddDate(0, -30, 0),
		"cs01-c2": Day(now).AddDate(0, -5, 0),
		"cs01-c3": {},
		"cs01-c4": {},
	}
	undated := 0
	for _, c := range ws.Contacts {
		if c.InPostSince.IsZero() {
			undated++
		} else if !c.InPostSince.Before(Day(now)) {
			t.Errorf("%s in post since %s, not before today", c.ID, c.InPostSince.Format(DateLayout))
		}
		if w, ok := want[c.ID]; ok {
			if !c.InPostSince.Equal(w) {
				t.Errorf("%s in post since %v, want %v", c.ID, c.InPostSince, w)
			}
			delete(want, c.ID)
		}
	}
	if len(want) > 0 {
		t.Errorf("contacts missing: %v", want)
	}
	if undated == 0 || undated == len(ws.Contacts) {
		t.Errorf("%d of %d contacts without months in post, want some", undated, len(ws.Contacts))
	}
}

// The case study's answers were verified on days past, the upper-case
// levels within 90 days and the lower-case ones long ago: two of
// MegaMart's answers are stale, three of Metro's, four of Grand Harbour's,
// none of the others'.
func TestSurvivorCaseStudyStaleAnswers(t *testing.T) {
	now := time.Date(2025, 6, 10, 9, 0, 0, 0, time.Local)
	for _, lang := range Langs {
		ws := CaseStudy(now, lang)
		stale := map[string]int{}
		for _, k := range ws.Knowledge {
			if k.Status == Unknown {
				if !k.Verified.IsZero() {
					t.Errorf("%s: %s %s unknown but verified", lang, k.AccountID, k.ItemID)
				}
				continue
			}
			if k.Verified.IsZero() || k.Verified.After(Day(now)) {
				t.Errorf("%s: %s %s verified on %v, want a day past", lang, k.AccountID, k.ItemID, k.Verified)
			}
			if k.Stale(now) {
				stale[k.AccountID]++
			}
		}
		want := map[string]int{"cs01": 2, "cs05": 3, "cs07": 4}
		if len(stale) != len(want) {
			t.Errorf("%s: stale answers %v, want %v", lang, stale, want)
		}
		for a, n := range want {
			if stale[a] != n {
				t.Errorf("%s: %s has %d stale answers, want %d", lang, a, stale[a], n)
			}
		}
	}
}
