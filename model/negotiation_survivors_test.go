package model

import (
	"math"
	"testing"
)

// Edges of the negotiation worksheet that no other test stood exactly on:
// the tolerance of 1e-9 where a comparison is loose, ties where it is
// strict, a term found first in a year's list.

func survFloat(v float64) *float64 { return &v }

// When our own positions are all equal, theirs tell the direction, and
// only an opening strictly below their walk-away says higher is better.
func TestSurvivorZOPADirectionFromTheirs(t *testing.T) {
	for _, tt := range []struct {
		name                 string
		ourOpen, ourWalk     float64
		theirOpen, theirWalk float64
		want                 bool
	}{
		{"ours flat, theirs flat", 5, 5, 5, 5, false},
		{"ours flat, theirs rising", 5, 5, 3, 7, true},
		{"ours flat, theirs falling", 5, 5, 7, 3, false},
		{"ours falling", 6, 5, 7, 3, true},
		{"ours rising", 5, 6, 3, 7, false},
	} {
		i := Issue{OurOpen: tt.ourOpen, OurTarget: tt.ourOpen, OurWalk: tt.ourWalk, TheirOpen: tt.theirOpen, TheirWalk: tt.theirWalk}
		if got := i.ZOPA().HigherIsBetter; got != tt.want {
			t.Errorf("%s: HigherIsBetter = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Walk-aways 1e-9 apart still overlap and touch; 2e-9 apart they do not
// overlap, whichever side is higher.
func TestSurvivorZOPAOverlapWithinTolerance(t *testing.T) {
	for _, tt := range []struct {
		name               string
		ourWalk, theirWalk float64
		overlap, touching  bool
	}{
		{"ours 1e-9 above theirs", 1e-9, 0, true, true},
		{"ours 1e-9 below theirs", 0, 1e-9, true, true},
		{"ours 2e-9 above theirs", 2e-9, 0, false, false},
		{"ours 2e-9 below theirs", 0, 2e-9, true, false},
		{"equal", 3, 3, true, true},
	} {
		// Higher is better for us: the zone runs from our walk-away up to theirs.
		i := Issue{OurOpen: 10, OurTarget: 5, OurWalk: tt.ourWalk, TheirWalk: tt.theirWalk}
		z := i.ZOPA()
		if !z.Known || !z.HigherIsBetter || z.Low != tt.ourWalk || z.High != tt.theirWalk {
			t.Fatalf("%s: zone %+v", tt.name, z)
		}
		if z.Overlap != tt.overlap || z.Touching != tt.touching {
			t.Errorf("%s: overlap %v touching %v, want %v %v", tt.name, z.Overlap, z.Touching, tt.overlap, tt.touching)
		}
	}
}

// An agreed value exactly at our target, or short of it by no more than
// 1e-9, is at target, both ways round.
func TestSurvivorJudgeAtTarget(t *testing.T) {
	for _, tt := range []struct {
		name               string
		open, target, walk float64
		agreed             float64
		want               Outcome
	}{
		{"higher: at target", 10, 5, 1, 5, AtTarget},
		{"higher: 1e-9 short of target", 10, 1e-9, -1, 0, AtTarget},
		{"higher: 2e-9 short of target", 10, 2e-9, -1, 0, WithinRange},
		{"higher: at walk-away", 10, 5, 1, 1, WithinRange},
		{"lower: at target", 0, 5, 10, 5, AtTarget},
		{"lower: 1e-9 over target", 0, 0, 10, 1e-9, AtTarget},
		{"lower: 2e-9 over target", 0, 0, 10, 2e-9, WithinRange},
		{"lower: past walk-away", 0, 5, 10, 11, BeyondWalkAway},
	} {
		i := Issue{OurOpen: tt.open, OurTarget: tt.target, OurWalk: tt.walk, Agreed: survFloat(tt.agreed)}
		if got := i.Judge(); got != tt.want {
			t.Errorf("%s: Judge = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A score of 1 counts as scored; 0 and 6 do not.
func TestSurvivorBalanceScoreOfOne(t *testing.T) {
	all := func(v int) map[string]int {
		m := map[string]int{}
		for _, f := range BalanceFactors {
			m[f.Key] = v
		}
		return m
	}
	for _, tt := range []struct {
		name     string
		balance  map[string]int
		score    float64
		complete bool
	}{
		{"every factor 1", all(1), 1, true},
		{"every factor 5", all(5), 5, true},
		{"one factor 1", map[string]int{"share": 1}, 1, false},
		{"1 and 0", map[string]int{"share": 1, "switching": 0}, 1, false},
		{"every factor 0", all(0), 0, false},
		{"every factor 6", all(6), 0, false},
	} {
		score, complete := Power{Balance: tt.balance}.BalanceScore()
		if score != tt.score || complete != tt.complete {
			t.Errorf("%s: BalanceScore = %v, %v; want %v, %v", tt.name, score, complete, tt.score, tt.complete)
		}
	}
}

// A workspace's own word for a section is used when it has either
// language; only a word empty in both falls back to the course's.
func TestSurvivorSectionWordsEitherLanguage(t *testing.T) {
	for _, tt := range []struct {
		name   string
		word   Text
		en, zh string
	}{
		{"none", Text{}, "Power", "筹码"},
		{"English only", T("Leverage", ""), "Leverage", "Leverage"},
		{"Chinese only", T("", "杠杆"), "杠杆", "杠杆"},
		{"both", T("Leverage", "杠杆"), "Leverage", "杠杆"},
	} {
		var w SectionWords
		w[SecPower] = tt.word
		if got := w.Word(SecPower, English); got != tt.en {
			t.Errorf("%s: English word %q, want %q", tt.name, got, tt.en)
		}
		if got := w.Word(SecPower, Chinese); got != tt.zh {
			t.Errorf("%s: Chinese word %q, want %q", tt.name, got, tt.zh)
		}
		if got := w.Word(SecPurpose, English); got != "Purpose" {
			t.Errorf("%s: another section's word %q, want Purpose", tt.name, got)
		}
	}
}

// The Agenda needs both an agenda and our team; the Exit, with nothing
// agreed, given or received, needs a follow-up of a concluded meeting.
// One entry of any of the agenda's lists begins the section.
func TestSurvivorAgendaAndExitFilling(t *testing.T) {
	for _, tt := range []struct {
		name string
		sec  Section
		n    Negotiation
		want Filling
	}{
		{"agenda alone", SecAgenda, Negotiation{Agenda: []AgendaItem{{Topic: "terms"}}}, Begun},
		{"our team alone", SecAgenda, Negotiation{OurTeam: []Member{{Name: "Li"}}}, Begun},
		{"their team alone", SecAgenda, Negotiation{TheirTeam: []Member{{Name: "Wang"}}}, Begun},
		{"both teams, no agenda", SecAgenda, Negotiation{OurTeam: []Member{{Name: "Li"}}, TheirTeam: []Member{{Name: "Wang"}}}, Begun},
		{"agenda and our team", SecAgenda, Negotiation{Agenda: []AgendaItem{{Topic: "terms"}}, OurTeam: []Member{{Name: "Li"}}}, Filled},
		{"nothing", SecAgenda, Negotiation{}, Empty},
		{"concluded, no follow-up", SecExit, Negotiation{Status: Concluded}, Empty},
		{"concluded, a follow-up", SecExit, Negotiation{Status: Concluded, FollowUps: []FollowUp{{What: "send the letter"}}}, Filled},
		{"draft, a follow-up", SecExit, Negotiation{Status: Draft, FollowUps: []FollowUp{{What: "send the letter"}}}, Begun},
	} {
		if got := tt.n.Fill(tt.sec); got != tt.want {
			t.Errorf("%s: Fill = %v, want %v", tt.name, got, tt.want)
		}
		if got, want := tt.n.Complete(tt.sec), tt.want == Filled; got != want {
			t.Errorf("%s: Complete = %v, want %v", tt.name, got, want)
		}
	}
}

// A target 1e-9 beyond its range is still inside; 2e-9 beyond is out. A
// target equal to an end is inside.
func TestSurvivorOutsideAtTolerance(t *testing.T) {
	for _, tt := range []struct {
		open, target, walk float64
		want               bool
	}{
		{3, 3, 5, false},
		{5, 5, 3, false},
		{3, 5, 5, false},
		{1e-9, 0, 5, false},
		{2e-9, 0, 5, true},
		{0, 1e-9, -5, false},
		{0, 2e-9, -5, true},
	} {
		if got := outside(tt.open, tt.target, tt.walk); got != tt.want {
			t.Errorf("outside(%v, %v, %v) = %v, want %v", tt.open, tt.target, tt.walk, got, tt.want)
		}
	}
	i := Issue{Name: "Price", OurOpen: 1e-9, OurTarget: 0, OurWalk: 5}
	if err := CheckOurPositions(i); err != nil {
		t.Errorf("a target 1e-9 below the opening: %v", err)
	}
}

// A walk-away within 1e-9 of a Must's limit does not break it.
func TestSurvivorBrokenMustAtTolerance(t *testing.T) {
	for _, tt := range []struct {
		name               string
		open, target, walk float64
		limit              float64
		broken             bool
	}{
		{"higher: walk-away 1e-9 under the limit", 10, 5, 0, 1e-9, false},
		{"higher: walk-away 2e-9 under the limit", 10, 5, 0, 2e-9, true},
		{"higher: walk-away at the limit", 10, 5, 3, 3, false},
		{"lower: walk-away 1e-9 over the limit", 0, 0, 1e-9, 0, false},
		{"lower: walk-away 2e-9 over the limit", 0, 0, 2e-9, 0, true},
		{"lower: walk-away at the limit", 0, 5, 30, 30, false},
	} {
		n := Negotiation{
			Objectives: []Objective{{Text: "limit", Priority: "must", Issue: "Price", Limit: survFloat(tt.limit)}},
			Issues:     []Issue{{Name: "Price", OurOpen: tt.open, OurTarget: tt.target, OurWalk: tt.walk}},
		}
		if got := len(n.BrokenMusts()) == 1; got != tt.broken {
			t.Errorf("%s: broken %v, want %v", tt.name, got, tt.broken)
		}
	}
}

// Their estimates may stay level, or move the wrong way by 1e-9, and pass;
// 2e-9 is refused.
func TestSurvivorTheirPositionsAtTolerance(t *testing.T) {
	for _, tt := range []struct {
		name                        string
		higher                      bool
		theirOpen, theirTarget, twa float64
		ok                          bool
	}{
		{"higher: level", true, 5, 5, 5, true},
		{"higher: falls 1e-9", true, 1e-9, 0, 0, true},
		{"higher: falls 2e-9", true, 2e-9, 0, 0, false},
		{"lower: level", false, 5, 5, 5, true},
		{"lower: rises 1e-9", false, 0, 1e-9, 1e-9, true},
		{"lower: rises 2e-9", false, 0, 2e-9, 2e-9, false},
	} {
		i := Issue{Name: "Price", OurOpen: 0, OurTarget: 5, OurWalk: 10,
			TheirOpen: tt.theirOpen, TheirTarget: tt.theirTarget, TheirWalk: tt.twa}
		if tt.higher {
			i.OurOpen, i.OurWalk = 10, 0
		}
		if i.ZOPA().HigherIsBetter != tt.higher {
			t.Fatalf("%s: direction wrong", tt.name)
		}
		if err := CheckTheirPositions(i); (err == nil) != tt.ok {
			t.Errorf("%s: CheckTheirPositions = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}

// A concession on a term that comes first in the year's list steps that
// term: its days beyond the standard, its own price, its place on the
// invoice.
func TestSurvivorStepCostTermFirstInYear(t *testing.T) {
	cost := Costing{CostOfCapital: 5, VATRate: 0, StandardDays: 30}
	for _, tt := range []struct {
		name  string
		terms []Term
		c     Concession
		want  Money
		ok    bool
	}{
		// 10 days beyond the standard on 1,000,000: 1,000,000 × 10/365 × 5% = 1,369.86.
		{"payment days first", []Term{{Kind: "payment_days", Basis: PaymentDays, Days: 30}},
			Concession{Term: "payment_days", Step: 10}, 136_986, true},
		{"a fee first, its own price", []Term{{Kind: "display_fee", Basis: FixedAmount, Amount: 45_000_00, Count: 2}},
			Concession{Term: "display_fee", Step: 1}, 45_000_00, true},
		// On the invoice, 1,000 less invoiced takes 100 off a 10% bonus on invoiced sales.
		{"a fee first, on invoice", []Term{
			{Kind: "display_fee", Basis: FixedAmount, Amount: 5_000_00, OnInvoice: true},
			{Kind: "volume_bonus", Basis: PercentOfSales, Percent: 10, PercentOf: OfInvoiced},
		}, Concession{Term: "display_fee", Step: 1, At: 1_000_00}, 900_00, true},
	} {
		y := TermsYear{AccountID: "a", Year: 2025, GrossSales: 1_000_000_00, Terms: tt.terms}
		got, ok := tt.c.StepCost(y, cost)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: StepCost = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// The step of a fee first in the year's list is written at the fee's price.
func TestSurvivorStepTextFeeFirstInYear(t *testing.T) {
	y := TermsYear{Terms: []Term{{Kind: "display_fee", Basis: FixedAmount, Amount: 45_000_00}}}
	for _, tt := range []struct {
		c    Concession
		want string
	}{
		{Concession{Term: "display_fee", Step: 2}, "+2 × 45,000"},
		{Concession{Term: "display_fee", Step: 2, At: 30_000_00}, "+2 × 30,000"},
	} {
		if got := tt.c.StepText(y, English); got != tt.want {
			t.Errorf("StepText(%+v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

// Without sales a deal has no basis points: 0, not a division by zero.
func TestSurvivorDealWithoutSales(t *testing.T) {
	last := TermsYear{AccountID: "a", Year: 2025, Terms: []Term{
		{Kind: "display_fee", Basis: FixedAmount, Amount: 10_000_00},
		{Kind: "volume_bonus", Basis: PercentOfSales, Percent: 2},
	}}
	for _, tt := range []struct {
		name  string
		issue Issue
		delta Money
	}{
		{"a fee raised", Issue{Name: "Display", Term: "display_fee", Agreed: survFloat(20_000)}, 10_000_00},
		{"a percentage raised", Issue{Name: "Bonus", Term: "volume_bonus", Agreed: survFloat(3)}, 0},
	} {
		n := Negotiation{Issues: []Issue{tt.issue}}
		d := DealCost(n, last, 0, Costing{CostOfCapital: 5}, AgreedValues)
		if d.Delta != tt.delta || d.BasisPoints != 0 || math.IsNaN(d.BasisPoints) {
			t.Errorf("%s: delta %v, basis points %v; want %v, 0", tt.name, d.Delta, d.BasisPoints, tt.delta)
		}
	}
}
