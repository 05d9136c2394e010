package model

import (
	"strings"
	"testing"
	"time"
)

// Functions no other test of the package reached, so that a change to any
// of their comparisons went unseen.

// HasTrait finds a trait among several, and not one the account lacks.
func TestHasTraitAmongSeveral(t *testing.T) {
	a := Account{Traits: []Trait{"size", "power"}}
	for _, tt := range []struct {
		trait Trait
		want  bool
	}{{"size", true}, {"power", true}, {"professional", false}} {
		if got := a.HasTrait(tt.trait); got != tt.want {
			t.Errorf("HasTrait(%q) = %v, want %v", tt.trait, got, tt.want)
		}
	}
	if (Account{}).HasTrait("size") {
		t.Error("an account with no traits has the trait size")
	}
}

// A buyer in post since 20 January 2024 has served 18 whole months on
// 10 August 2025: the 19th calendar month is not complete until the 20th.
func TestBuyerRotationCountsWholeMonths(t *testing.T) {
	since := time.Date(2024, 1, 20, 0, 0, 0, 0, time.Local)
	for _, tt := range []struct {
		now  time.Time
		want string // "" for no rotation warning
	}{
		{time.Date(2025, 7, 20, 0, 0, 0, 0, time.Local), ""}, // exactly 18 months: not more
		{time.Date(2025, 7, 21, 0, 0, 0, 0, time.Local), "for 18 months"},
		{time.Date(2025, 8, 10, 0, 0, 0, 0, time.Local), "for 18 months"}, // day 10 before day 20
		{time.Date(2025, 8, 20, 0, 0, 0, 0, time.Local), "for 19 months"},
	} {
		c := Contact{Name: "Wang", Function: "buying", InPostSince: since, LastContact: tt.now}
		got := ""
		for _, w := range CoverageWarnings([]Contact{c}, tt.now) {
			if w.Kind == "buyer-rotation" {
				got = w.Msg.EN
			}
		}
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("on %s: rotation warning %q, want %q", tt.now.Format(DateLayout), got, tt.want)
		}
	}
	if got := monthsBetween(time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC), time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC)); got != 0 {
		t.Errorf("31 January to 28 February is %d months, want 0", got)
	}
}

// Two overdue actions out of four: one done, one due today.
func TestOverdueAndOpenActions(t *testing.T) {
	now := time.Date(2025, 6, 10, 15, 0, 0, 0, time.Local)
	day := func(d int) time.Time { return time.Date(2025, 6, d, 9, 0, 0, 0, time.Local) }
	m := Meeting{Actions: []Action{
		{What: "send the plan", Due: day(9), Status: ActionOpen},
		{What: "call logistics", Due: day(1), Status: ActionOpen},
		{What: "price list", Due: day(1), Status: ActionDone},
		{What: "visit store", Due: day(10), Status: ActionOpen},
	}}
	if got := m.OverdueActions(now); got != 2 {
		t.Errorf("OverdueActions = %d, want 2", got)
	}
	open := m.OpenActions()
	var names []string
	for _, a := range open {
		names = append(names, a.What)
	}
	if got := strings.Join(names, ", "); got != "send the plan, call logistics, visit store" {
		t.Errorf("OpenActions = %s, want the three open ones", got)
	}
}

// A fixed amount paid four times writes its count; paid once, it does not.
func TestTermValueWritesTheCount(t *testing.T) {
	for _, tt := range []struct {
		count int
		want  string
	}{{0, "50,000"}, {1, "50,000"}, {2, "50,000 × 2"}, {4, "50,000 × 4"}} {
		term := Term{Kind: "listing_fee", Basis: FixedAmount, Amount: 50_000_00, Count: tt.count}
		if got := term.Value(English); got != tt.want {
			t.Errorf("count %d: Value = %q, want %q", tt.count, got, tt.want)
		}
	}
}

// An agreed listing fee of 12,345.67 sets the term's amount in hundredths.
func TestApplyAgreedSetsAFixedAmount(t *testing.T) {
	agreed := 12_345.67
	n := Negotiation{Year: 2026, Issues: []Issue{{Name: "listing", Unit: "amount", Term: "listing_fee", Agreed: &agreed}}}
	base := TermsYear{Year: 2025, Terms: []Term{{Kind: "listing_fee", Basis: FixedAmount, Amount: 10_000_00, Count: 3}}}
	got, changed := ApplyAgreed(n, base)
	if changed != 1 || got.Terms[0].Amount != 1_234_567 || got.Terms[0].Count != 3 {
		t.Errorf("ApplyAgreed: changed %d, term %+v; want 1 change to an amount of 1,234,567 hundredths, count 3 kept", changed, got.Terms[0])
	}
	if base.Terms[0].Amount != 10_000_00 {
		t.Errorf("the base's term changed to %d", base.Terms[0].Amount)
	}
}

// Each axis has its own set and its own split.
func TestMatrixAxisAccessors(t *testing.T) {
	m := DefaultMatrix()
	m.AttractivenessThreshold, m.StrengthThreshold = 4, 7
	if m.Threshold(Attractiveness) != 4 || m.Threshold(Strength) != 7 {
		t.Errorf("thresholds %v and %v, want 4 and 7", m.Threshold(Attractiveness), m.Threshold(Strength))
	}
	one := []Criterion{{ID: "x", Name: T("X", "X"), Weight: 100}}
	m.SetCriteria(Strength, one)
	if len(m.Strength) != 1 || len(m.Attractiveness) != 6 {
		t.Errorf("after setting strength: %d strength, %d attractiveness criteria; want 1 and 6", len(m.Strength), len(m.Attractiveness))
	}
	m.SetCriteria(Attractiveness, one)
	if len(m.Attractiveness) != 1 || len(m.Strength) != 1 {
		t.Errorf("after setting attractiveness: %d attractiveness criteria, want 1", len(m.Attractiveness))
	}
}

// Today's lines tie on kind, due date and sales: the account's name, its
// ID, the record, the item and the words decide, in that order.
func TestCompareTodayTieBreaks(t *testing.T) {
	due := time.Date(2025, 6, 1, 0, 0, 0, 0, time.Local)
	base := TodayItem{Kind: 1, Due: due, Sales: 5_000_00, Account: "Hualian", AccountID: "a2", On: 1, Item: "m2", What: T("b", "b")}
	for _, tt := range []struct {
		name  string
		other func(*TodayItem)
	}{
		{"bigger sales first", func(x *TodayItem) { x.Sales = 6_000_00; x.Account = "Zz" }},
		{"account name", func(x *TodayItem) { x.Account = "Carrefour"; x.AccountID = "a9" }},
		{"account ID", func(x *TodayItem) { x.AccountID = "a1"; x.On = 9 }},
		{"record", func(x *TodayItem) { x.On = 0; x.Item = "zz" }},
		{"item", func(x *TodayItem) { x.Item = "m1"; x.What = T("z", "z") }},
		{"words", func(x *TodayItem) { x.What = T("a", "a") }},
	} {
		first := base
		tt.other(&first)
		if CompareToday(first, base) != -1 || CompareToday(base, first) != 1 {
			t.Errorf("%s: %+v should come before %+v", tt.name, first, base)
		}
	}
	if CompareToday(base, base) != 0 {
		t.Error("a line does not tie with itself")
	}
}
