package model

import (
	"strings"
	"testing"
)

// A year without values (no gross sales, or no terms) is never compared,
// either way: not "-1682 bp" nor "-100% vs +0%".
func TestEvolveNeedsValuesOnBothSides(t *testing.T) {
	disc := Term{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 16.82}
	full := CostOf(TermsYear{Year: 2027, Proposal: true, GrossSales: 65_000_000_00, Terms: []Term{disc}}, DefaultCostOfCapital)
	noTerms := CostOf(TermsYear{Year: 2028, GrossSales: 65_000_000_00}, DefaultCostOfCapital)
	noGross := CostOf(TermsYear{Year: 2028, Terms: []Term{disc}}, DefaultCostOfCapital)
	if !full.HasValues() || noTerms.HasValues() || noGross.HasValues() {
		t.Fatalf("values: %v %v %v", full.HasValues(), noTerms.HasValues(), noGross.HasValues())
	}
	for name, c := range map[string][2]YearCost{
		"to a year without terms":         {full, noTerms},
		"to a year without gross sales":   {full, noGross},
		"from a year without gross sales": {noGross, full},
	} {
		if e := Evolve(c[0], c[1]); e != (Evolution{}) {
			t.Errorf("%s: %+v", name, e)
		}
	}
	// Spend after a year of sales without any is new, not a growth of
	// "+0%" nor of "+inf".
	if e := Evolve(noTerms, full); e.Comparable || !e.NewSpend || e.SpendGrowth != 0 || e.BasisPoints != 0 || e.FasterSpend {
		t.Errorf("from a year without terms: %+v", e)
	}
	if e := Evolve(full, full); !e.Comparable || e.BasisPoints != 0 || e.FasterSpend {
		t.Errorf("same year twice: %+v", e)
	}
}

func TestLatestTermsBefore(t *testing.T) {
	years := []TermsYear{
		{AccountID: "a", Year: 2025}, {AccountID: "a", Year: 2026},
		{AccountID: "a", Year: 2027}, {AccountID: "a", Year: 2027, Proposal: true},
		{AccountID: "b", Year: 2030},
	}
	cases := []struct {
		y    TermsYear
		want string
		ok   bool
	}{
		{TermsYear{AccountID: "a", Year: 2028}, "a/2027/proposal", true},                 // the proposal is the latest thinking
		{TermsYear{AccountID: "a", Year: 2028, Proposal: true}, "a/2027/proposal", true}, // so for the next proposal too
		{TermsYear{AccountID: "a", Year: 2027, Proposal: true}, "a/2027", true},          // a proposal starts from its year's terms
		{TermsYear{AccountID: "a", Year: 2027}, "a/2026", true},
		{TermsYear{AccountID: "a", Year: 2024}, "", false},
	}
	for _, c := range cases {
		got, ok := LatestTermsBefore(years, c.y)
		if ok != c.ok || ok && got.Key() != c.want {
			t.Errorf("before %s: %s %v, want %s", c.y.Key(), got.Key(), ok, c.want)
		}
	}
}

func TestTermRowsListTheCatalogFirstThenOurOwn(t *testing.T) {
	years := []TermsYear{
		{Year: 2025, Terms: []Term{{Kind: CustomTerm, Name: "Shelf fee"}, {Kind: "volume_bonus"}}},
		{Year: 2026, Terms: []Term{{Kind: "invoice_discount"}, {Kind: "volume_bonus"}, {Kind: CustomTerm, Name: "Data share"}}},
	}
	var keys []string
	for _, r := range TermRows(years) {
		keys = append(keys, r.Key())
	}
	if got, want := strings.Join(keys, ","), "invoice_discount,volume_bonus,custom:shelf fee,custom:data share"; got != want {
		t.Errorf("rows %s, want %s", got, want)
	}
	if term, i := years[1].Find("volume_bonus"); i != 1 || term.Kind != "volume_bonus" {
		t.Errorf("Find: %v at %d", term, i)
	}
	if _, i := years[1].Find("custom:shelf fee"); i != -1 {
		t.Errorf("a term of another year is not found in this one: %d", i)
	}
}
