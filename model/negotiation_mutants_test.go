package model

import "testing"

// Each limit of a negotiation worksheet, on both sides of its edge: the
// last value accepted and the first refused.
func TestCheckNegotiationEdges(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(*Negotiation)
		want   string
	}{
		{"year 2000", func(n *Negotiation) { n.Year = 2000 }, ""},
		{"year 2100", func(n *Negotiation) { n.Year = 2100 }, ""},
		{"year 2101", func(n *Negotiation) { n.Year = 2101 }, "2101 is not a year"},
		{"balance 1", func(n *Negotiation) { n.Power.Balance["share"] = 1 }, ""},
		{"balance 5", func(n *Negotiation) { n.Power.Balance["share"] = 5 }, ""},
		{"balance 0", func(n *Negotiation) { n.Power.Balance["share"] = 0 }, "from 1 to 5"},
		{"price of one 0", func(n *Negotiation) { n.Concessions[0].At = 0 }, ""},
		{"budget 0", func(n *Negotiation) { n.Budget = 0 }, ""},
		{"budget a hundredth under 10 trillion", func(n *Negotiation) { n.Budget = MaxMoney - 1 }, ""},
		{"budget 10 trillion", func(n *Negotiation) { n.Budget = MaxMoney }, "between 0 and 10 trillion"},
		{"a step of 100,000", func(n *Negotiation) { n.Concessions[0].Term, n.Concessions[0].Step = "leaflet_fee", 100_000 }, ""},
		{"a step of 100,001", func(n *Negotiation) { n.Concessions[0].Term, n.Concessions[0].Step = "leaflet_fee", 100_001 }, "above 0"},
		{"a step of −1", func(n *Negotiation) { n.Concessions[0].Term, n.Concessions[0].Step = "volume_bonus", -1 }, "above 0"},
		{"a step of 0.25 point", func(n *Negotiation) { n.Concessions[0].Term, n.Concessions[0].Step = "volume_bonus", 0.25 }, ""},
	} {
		n := readyNegotiation()
		tt.change(&n)
		checkErr(t, "CheckNegotiation", tt.name, CheckNegotiation(n), tt.want)
	}
}

// The balance word changes exactly at 2.5 (still the buyer's) and at 3.5
// (already ours).
func TestBalanceWordEdges(t *testing.T) {
	for _, tt := range []struct {
		score float64
		want  string
	}{{2.5, "in the buyer's favour"}, {2.50001, "balanced"}, {3.49999, "balanced"}, {3.5, "in our favour"}} {
		if got := BalanceWord(tt.score).EN; got != tt.want {
			t.Errorf("BalanceWord(%v) = %q, want %q", tt.score, got, tt.want)
		}
	}
}
