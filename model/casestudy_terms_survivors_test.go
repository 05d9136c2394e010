package model

import (
	"testing"
	"time"
)

// The case study's terms move from year to year as each retailer's profile
// says: MegaMart's percentages rise 0.2 point a year and its amounts 4%;
// Metro Wholesale's fall back (0.05 point and 1% a year), and Grand
// Harbour's commission rises 0.15 point a year. Built on 10 June 2025.
func TestSurvivorCaseStudyTermsByYear(t *testing.T) {
	now := time.Date(2025, 6, 10, 9, 0, 0, 0, time.Local)
	type key struct {
		account  string
		year     int
		proposal bool
	}
	type want struct {
		kind    TermKind
		percent float64
		amount  Money
	}
	cases := map[key][]want{
		{"cs01", 2023, false}: {{"invoice_discount", 5.6, 0}, {"listing_fee", 0, 18_491_00}, {"anniversary_fee", 0, 184_911_00}},
		{"cs01", 2024, false}: {{"invoice_discount", 5.8, 0}, {"listing_fee", 0, 19_231_00}, {"anniversary_fee", 0, 192_308_00}},
		{"cs01", 2025, false}: {{"invoice_discount", 6, 0}, {"listing_fee", 0, 20_000_00}, {"anniversary_fee", 0, 200_000_00}},
		{"cs01", 2026, true}:  {{"invoice_discount", 6.2, 0}, {"listing_fee", 0, 20_800_00}, {"anniversary_fee", 0, 208_000_00}},
		{"cs05", 2023, false}: {{"invoice_discount", 7.1, 0}, {"volume_bonus", 2.6, 0}, {"listing_fee", 0, 10_203_00}},
		{"cs05", 2024, false}: {{"invoice_discount", 7.1, 0}, {"volume_bonus", 2.6, 0}, {"listing_fee", 0, 10_101_00}},
		{"cs05", 2025, false}: {{"invoice_discount", 7, 0}, {"volume_bonus", 2.5, 0}, {"listing_fee", 0, 10_000_00}},
		{"cs07", 2023, false}: {{CustomTerm, 21.7, 0}, {"display_fee", 0, 18_852_00}},
		{"cs07", 2024, false}: {{CustomTerm, 21.9, 0}, {"display_fee", 0, 19_417_00}},
		{"cs07", 2025, false}: {{CustomTerm, 22, 0}, {"display_fee", 0, 20_000_00}},
	}
	for _, lang := range Langs {
		ws := CaseStudy(now, lang)
		seen := 0
		for _, y := range ws.Terms {
			wants, ok := cases[key{y.AccountID, y.Year, y.Proposal}]
			if !ok {
				continue
			}
			seen++
			for _, w := range wants {
				got, found := y.Term(w.kind)
				if !found {
					t.Errorf("%s: %s %d has no %s", lang, y.AccountID, y.Year, w.kind)
					continue
				}
				if got.Percent != w.percent || got.Amount != w.amount {
					t.Errorf("%s: %s %d %s is %v%% / %s, want %v%% / %s", lang, y.AccountID, y.Year, w.kind,
						got.Percent, FormatMoney(got.Amount), w.percent, FormatMoney(w.amount))
				}
			}
		}
		if seen != len(cases) {
			t.Errorf("%s: %d of the %d years found", lang, seen, len(cases))
		}
	}
}

// Next year's negotiation is for next year: its title, its meeting on 10
// March, the category review sent by 28 February; it was begun 20 days ago
// and last changed two days ago.
func TestSurvivorCaseStudyNextNegotiation(t *testing.T) {
	now := time.Date(2025, 6, 10, 9, 0, 0, 0, time.Local)
	ws := CaseStudy(now, English)
	var n *Negotiation
	for i := range ws.Negotiations {
		if ws.Negotiations[i].ID == "cs01-n2" {
			n = &ws.Negotiations[i]
		}
	}
	if n == nil {
		t.Fatal("no cs01-n2")
	}
	if n.Title != "Annual terms 2026" || n.Year != 2026 {
		t.Errorf("title %q, year %d", n.Title, n.Year)
	}
	if want := time.Date(2026, 3, 10, 0, 0, 0, 0, time.Local); !n.Meeting.Equal(want) {
		t.Errorf("meeting %v, want %v", n.Meeting, want)
	}
	if len(n.FollowUps) != 1 || !n.FollowUps[0].Due.Equal(time.Date(2026, 2, 28, 0, 0, 0, 0, time.Local)) {
		t.Errorf("follow-ups %+v, want one due 28 February 2026", n.FollowUps)
	}
	if !n.Created.Equal(now.AddDate(0, 0, -20)) || !n.Updated.Equal(now.AddDate(0, 0, -2)) {
		t.Errorf("created %v, updated %v; want 20 and 2 days ago", n.Created, n.Updated)
	}
}
