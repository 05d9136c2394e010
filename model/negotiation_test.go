package model

import (
	"math"
	"strings"
	"testing"
)

func f(v float64) *float64 { return &v }

func TestZOPA(t *testing.T) {
	tests := []struct {
		name       string
		issue      Issue
		low, high  float64
		overlap    bool
		touching   bool
		higherGood bool
	}{
		// Price we ask: higher is better for us. We accept ≥ 9.2; they accept ≤ 9.6.
		{"price, overlap", Issue{OurOpen: 10, OurTarget: 9.8, OurWalk: 9.2, TheirOpen: 8.8, TheirTarget: 9.2, TheirWalk: 9.6}, 9.2, 9.6, true, false, true},
		// Invoice discount we give: lower is better. We accept ≤ 6; they accept ≥ 5.
		{"discount, overlap", Issue{OurOpen: 4, OurTarget: 5, OurWalk: 6, TheirOpen: 8, TheirTarget: 7, TheirWalk: 5}, 5, 6, true, false, false},
		{"discount, touching", Issue{OurOpen: 4, OurTarget: 5, OurWalk: 6, TheirOpen: 8, TheirTarget: 7, TheirWalk: 6}, 6, 6, true, true, false},
		{"discount, none", Issue{OurOpen: 4, OurTarget: 5, OurWalk: 6, TheirOpen: 9, TheirTarget: 8, TheirWalk: 7}, 7, 6, false, false, false},
		// Payment days: fewer are better for us, the buyer wants more.
		{"payment days, overlap", Issue{Unit: "days", OurOpen: 30, OurTarget: 45, OurWalk: 60, TheirOpen: 90, TheirTarget: 75, TheirWalk: 55}, 55, 60, true, false, false},
		{"payment days, none", Issue{Unit: "days", OurOpen: 30, OurTarget: 45, OurWalk: 60, TheirOpen: 120, TheirTarget: 90, TheirWalk: 75}, 75, 60, false, false, false},
		// Listing fees they ask us to pay: lower is better for us.
		{"fee, none", Issue{OurOpen: 0, OurTarget: 10000, OurWalk: 20000, TheirOpen: 60000, TheirTarget: 50000, TheirWalk: 30000}, 30000, 20000, false, false, false},
		// Volume they buy: higher is better, they accept up to their walk-away.
		{"volume, touching", Issue{Unit: "units", OurOpen: 12000, OurTarget: 10000, OurWalk: 8000, TheirOpen: 6000, TheirTarget: 7000, TheirWalk: 8000}, 8000, 8000, true, true, true},
		// Our positions all one value: theirs tell the direction.
		{"fixed on our side", Issue{OurOpen: 5, OurTarget: 5, OurWalk: 5, TheirOpen: 3, TheirTarget: 4, TheirWalk: 5.5}, 5, 5.5, true, false, true},
	}
	for _, tt := range tests {
		z := tt.issue.ZOPA()
		if z.Low != tt.low || z.High != tt.high || z.Overlap != tt.overlap || z.Touching != tt.touching || z.HigherIsBetter != tt.higherGood {
			t.Errorf("%s: %+v, want low %v high %v overlap %v touching %v higher %v", tt.name, z, tt.low, tt.high, tt.overlap, tt.touching, tt.higherGood)
		}
	}
}

func TestJudge(t *testing.T) {
	discount := Issue{OurOpen: 4, OurTarget: 5, OurWalk: 6, TheirOpen: 8, TheirTarget: 7, TheirWalk: 5}
	for _, tt := range []struct {
		agreed *float64
		want   Outcome
	}{{nil, NoOutcome}, {f(4.5), AtTarget}, {f(5), AtTarget}, {f(5.5), WithinRange}, {f(6), WithinRange}, {f(6.5), BeyondWalkAway}} {
		i := discount
		i.Agreed = tt.agreed
		if got := i.Judge(); got != tt.want {
			t.Errorf("discount agreed %v: %v, want %v", tt.agreed, got, tt.want)
		}
	}
	price := Issue{OurOpen: 10, OurTarget: 9.8, OurWalk: 9.2, TheirWalk: 9.6}
	price.Agreed = f(9.5)
	if got := price.Judge(); got != WithinRange {
		t.Errorf("price 9.5: %v", got)
	}
	price.Agreed = f(9.9)
	if got := price.Judge(); got != AtTarget {
		t.Errorf("price 9.9: %v", got)
	}
}

func readyNegotiation() Negotiation {
	return Negotiation{
		AccountID: "a", Title: "Annual terms", Year: 2027, Status: Draft,
		Objectives: []Objective{{Text: "Keep invoice discount at 6%", Priority: "must"}},
		Issues:     []Issue{{Name: "Invoice discount", Unit: "percent", OurOpen: 5, OurTarget: 5.5, OurWalk: 6, TheirOpen: 8, TheirTarget: 7, TheirWalk: 6}},
		Power: Power{OurBATNA: "Grow with FreshWay", TheirBATNA: "Private label",
			Balance: map[string]int{"brand_pull": 4, "share": 3, "alternatives": 3, "private_label": 2, "switching": 4}},
		Concessions: []Concession{{What: "Shelf planning", Cost: 80_000_00, InReturn: "if you share sell-out data then we plan your shelves"}},
	}
}

func TestReadiness(t *testing.T) {
	n := readyNegotiation()
	if ok, missing, broken := n.ReadyToNegotiate(); !ok {
		t.Fatalf("missing %v, broken %v", missing, broken)
	}
	tests := []struct {
		name    string
		change  func(*Negotiation)
		missing []Section
	}{
		{"no objective", func(n *Negotiation) { n.Objectives = nil }, []Section{SecPurpose}},
		{"no Must", func(n *Negotiation) { n.Objectives[0].Priority = "like" }, []Section{SecPurpose}},
		{"no issue", func(n *Negotiation) { n.Issues = nil }, []Section{SecExpectations}},
		{"a factor unscored", func(n *Negotiation) { delete(n.Power.Balance, "switching") }, []Section{SecPower}},
		{"no BATNA of theirs", func(n *Negotiation) { n.Power.TheirBATNA = " " }, []Section{SecPower}},
		{"no concession to trade", func(n *Negotiation) { n.Concessions = nil }, []Section{SecResources}},
		{"nothing", func(n *Negotiation) { *n = Negotiation{} }, []Section{SecPurpose, SecExpectations, SecPower, SecResources}},
	}
	for _, tt := range tests {
		n := readyNegotiation()
		n.Power.Balance = map[string]int{"brand_pull": 4, "share": 3, "alternatives": 3, "private_label": 2, "switching": 4}
		tt.change(&n)
		ok, missing, _ := n.ReadyToNegotiate()
		if ok || len(missing) != len(tt.missing) {
			t.Errorf("%s: ok %v, missing %v; want %v", tt.name, ok, missing, tt.missing)
			continue
		}
		for i := range missing {
			if missing[i] != tt.missing[i] {
				t.Errorf("%s: missing %v, want %v", tt.name, missing, tt.missing)
			}
		}
	}
	// Research, Agenda and Exit do not hold readiness back, but show as
	// complete once filled.
	n = readyNegotiation()
	if n.Complete(SecResearch) || n.Complete(SecAgenda) || n.Complete(SecExit) {
		t.Error("empty sections are not complete")
	}
	n.BuyerKPIs, n.Tactics = "Margin", []Tactic{{"Delist threat", "Show rate of sale"}}
	n.Agenda, n.OurTeam = []AgendaItem{{"Review", 20}}, []Member{{"Li Wei", "lead"}}
	n.Concessions = []Concession{{What: "Leaflet support", InReturn: "Second placement"}}
	n.Issues[0].Agreed = f(5.8)
	for s := range Sections {
		if !n.Complete(s) {
			t.Errorf("section %d should be complete", s)
		}
	}
}

func TestFlags(t *testing.T) {
	n := readyNegotiation()
	if len(n.Flags()) != 0 {
		t.Fatalf("flags: %v", n.Flags())
	}
	n.Issues = append(n.Issues, Issue{Name: "Payment days", Unit: "days", OurOpen: 30, OurTarget: 45, OurWalk: 60, TheirOpen: 120, TheirTarget: 90, TheirWalk: 75})
	n.Concessions = []Concession{{What: "Extra leaflet", Cost: 5000000}, {What: "Display", InReturn: "if you give two ends then we fund the display"}}
	flags := n.Flags()
	if len(flags) != 2 || flags[0].Section != SecExpectations || !strings.Contains(flags[0].Msg.EN, "Payment days") ||
		flags[1].Section != SecResources || !strings.Contains(flags[1].Msg.EN, "Extra leaflet") {
		t.Errorf("flags: %+v", flags)
	}
	if flags[0].Msg.ZH == "" {
		t.Error("flags speak Chinese")
	}
}

func TestBalance(t *testing.T) {
	p := Power{Balance: map[string]int{"brand_pull": 5, "share": 4}}
	if s, complete := p.BalanceScore(); s != 4.5 || complete {
		t.Errorf("partial: %v %v", s, complete)
	}
	if BalanceWord(4.5).EN != "in our favour" || BalanceWord(3).EN != "balanced" || BalanceWord(2).EN != "in the buyer's favour" {
		t.Error("balance words")
	}
}

func TestCheckNegotiation(t *testing.T) {
	checkErr(t, "CheckNegotiation", "ready", CheckNegotiation(readyNegotiation()), "")
	n := readyNegotiation()
	n.Title = ""
	checkErr(t, "CheckNegotiation", "no title", CheckNegotiation(n), "title is required")
	n = readyNegotiation()
	n.Power.Balance["share"] = 6
	checkErr(t, "CheckNegotiation", "score 6", CheckNegotiation(n), "from 1 to 5")
	n = readyNegotiation()
	n.Objectives[0].Priority = "maybe"
	checkErr(t, "CheckNegotiation", "bad priority", CheckNegotiation(n), "Must, Intend or Like")
	n = readyNegotiation()
	n.Year = 1999
	checkErr(t, "CheckNegotiation", "1999", CheckNegotiation(n), "not a year")
}

func TestTermCosts(t *testing.T) {
	gross := Money(100_000_000_00) // 100 million
	tests := []struct {
		term Term
		want Money
	}{
		{Term{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 6.5}, 6_500_000_00},
		{Term{Kind: "listing_fee", Basis: FixedAmount, Amount: 20_000_00, Count: 12}, 240_000_00},
		{Term{Kind: "data_fee", Basis: FixedAmount, Amount: 150_000_00}, 150_000_00}, // a count of 0 is once
		{Term{Kind: "payment_days", Basis: PaymentDays, Days: 73}, 1_000_000_00},     // 100M × 73/365 × 5%
	}
	for _, tt := range tests {
		if got := tt.term.Cost(gross, DefaultCostOfCapital); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.term.Kind, got, tt.want)
		}
	}
	y := TermsYear{AccountID: "a", Year: 2026, GrossSales: gross, Terms: []Term{tests[0].term, tests[1].term, tests[3].term,
		{Kind: "damage_allowance", Basis: PercentOfSales, Percent: 0.5, OnInvoice: true}}}
	y.Terms[0].OnInvoice = true
	c := CostOf(y, DefaultCostOfCapital)
	if c.OnInvoice != 7_000_000_00 || c.OffInvoice != 1_240_000_00 || c.Total() != 8_240_000_00 {
		t.Errorf("cost %+v", c)
	}
	if p, ok := c.Pct(c.Total()); !ok || math.Abs(p-8.24) > 1e-9 {
		t.Errorf("pct %v", p)
	}
	if _, ok := (YearCost{}).Pct(5); ok {
		t.Error("no gross sales, no percentage")
	}
}

func TestEvolution(t *testing.T) {
	prev := YearCost{Gross: 100_00, OnInvoice: 6_00, OffInvoice: 2_00} // 8%
	this := YearCost{Gross: 104_00, OnInvoice: 6_24, OffInvoice: 2_60} // 8.5%
	e := Evolve(prev, this)
	if !e.Comparable || math.Abs(e.BasisPoints-50) > 1e-6 || math.Abs(e.SalesGrowth-4) > 1e-9 || math.Abs(e.SpendGrowth-10.5) > 1e-9 || !e.FasterSpend {
		t.Errorf("evolution %+v", e)
	}
	same := YearCost{Gross: 104_00, OnInvoice: 6_24, OffInvoice: 2_08} // 8%, spend grew 4% with sales
	if e := Evolve(prev, same); e.FasterSpend || math.Abs(e.BasisPoints) > 1e-6 {
		t.Errorf("spend in step with sales: %+v", e)
	}
	if e := Evolve(YearCost{}, this); e.Comparable {
		t.Error("no earlier year, nothing to compare")
	}
	if e := Evolve(YearCost{Gross: 100_00}, this); e.Comparable || e.FasterSpend {
		t.Error("a year without spend has no values to compare against")
	}
}

func TestCheckTermsYear(t *testing.T) {
	ok := TermsYear{AccountID: "a", Year: 2026, GrossSales: 1_000_00, Terms: []Term{{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 5}}}
	checkErr(t, "CheckTermsYear", "ok", CheckTermsYear(ok), "")
	tests := []struct {
		name    string
		change  func(*TermsYear)
		wantErr string
	}{
		{"twice", func(y *TermsYear) { y.Terms = append(y.Terms, y.Terms[0]) }, "twice"},
		{"percent over 100", func(y *TermsYear) { y.Terms[0].Percent = 120 }, "between 0% and 100%"},
		{"days for a discount", func(y *TermsYear) { y.Terms[0].Basis = PaymentDays }, "only payment terms"},
		{"unnamed custom", func(y *TermsYear) { y.Terms[0] = Term{Kind: CustomTerm, Basis: FixedAmount} }, "needs a name"},
		{"condition missing", func(y *TermsYear) { y.Terms[0].Conditional = true }, "condition"},
		{"year 1990", func(y *TermsYear) { y.Year = 1990 }, "not a year"},
		{"unknown term", func(y *TermsYear) { y.Terms[0].Kind = "bribe" }, "from the list"},
	}
	for _, tt := range tests {
		y := ok
		y.Terms = append([]Term(nil), ok.Terms...)
		tt.change(&y)
		checkErr(t, "CheckTermsYear", tt.name, CheckTermsYear(y), tt.wantErr)
	}
	custom := Term{Kind: CustomTerm, Name: "Shelf-ready packaging fee", Basis: FixedAmount, Amount: 100}
	if custom.Label(Chinese) != "Shelf-ready packaging fee" || custom.Key() != "custom:shelf-ready packaging fee" {
		t.Error("custom terms go by their name")
	}
	if len(TermCatalog) != 15 {
		t.Errorf("the course names 15 trading terms, the catalog has %d", len(TermCatalog))
	}
	for _, s := range TermCatalog {
		if s.Name.EN == "" || s.Name.ZH == "" {
			t.Errorf("%s lacks a language", s.Kind)
		}
	}
}

func TestApplyAgreed(t *testing.T) {
	base := TermsYear{AccountID: "a", Year: 2026, GrossSales: 1000_00, Terms: []Term{
		{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 6, OnInvoice: true},
		{Kind: "data_fee", Basis: FixedAmount, Amount: 500_00},
	}}
	n := readyNegotiation()
	n.Year = 2027
	n.Issues = []Issue{
		{Name: "Invoice discount", Term: "invoice_discount", Agreed: f(5.8)},
		{Name: "Payment days", Term: "payment_days", Agreed: f(45)},
		{Name: "Volume", Unit: "units", Agreed: f(9000)}, // not a trading term
		{Name: "Display fee", Term: "display_fee"},       // not agreed
	}
	got, changed := ApplyAgreed(n, base)
	if changed != 2 || got.Year != 2027 || got.Proposal || len(got.Terms) != 3 {
		t.Fatalf("applied %d: %+v", changed, got)
	}
	if got.Terms[0].Percent != 5.8 || got.Terms[1].Amount != 500_00 || got.Terms[2].Kind != "payment_days" || got.Terms[2].Days != 45 {
		t.Errorf("terms %+v", got.Terms)
	}
	if base.Terms[0].Percent != 6 {
		t.Error("the base year must not change")
	}
}
