package model

import "testing"

// Each limit of a trading term and of a year of terms, on both sides of its
// edge: 0 and 100%, 0 and 10 trillion, a count of 0 and −1, 0 days, an
// expected achievement of 0 and 100%, paid within 0 and 365 days, the years
// 2000 and 2100.
func TestCheckTermEdges(t *testing.T) {
	pct := func(v float64) Term { return Term{Kind: "volume_bonus", Basis: PercentOfSales, Percent: v} }
	fixed := func(a Money, n int) Term { return Term{Kind: "listing_fee", Basis: FixedAmount, Amount: a, Count: n} }
	cond := func(e float64) Term {
		return Term{Kind: "conditional_rebate", Basis: PercentOfSales, Percent: 2, Conditional: true, Condition: "growth over 5%", Expected: e}
	}
	prompt := func(d int) Term {
		return Term{Kind: "prompt_payment", Basis: PercentOfSales, Percent: 2, OnInvoice: true, PaidWithin: d}
	}
	for _, tt := range []struct {
		name string
		term Term
		want string
	}{
		{"0%", pct(0), ""},
		{"100%", pct(100), ""},
		{"−0.01%", pct(-0.01), "between 0% and 100%"},
		{"100.01%", pct(100.01), "between 0% and 100%"},
		{"an amount of 0", fixed(0, 1), ""},
		{"a hundredth under 10 trillion", fixed(MaxMoney-1, 1), ""},
		{"10 trillion", fixed(MaxMoney, 1), "between 0 and 10 trillion"},
		{"−0.01", fixed(-1, 1), "between 0 and 10 trillion"},
		{"a count of 0 (paid once)", fixed(100, 0), ""},
		{"a count of −1", fixed(100, -1), "from 1 to 100,000"},
		{"0 payment days", Term{Kind: "payment_days", Basis: PaymentDays, Days: 0}, ""},
		{"−1 payment day", Term{Kind: "payment_days", Basis: PaymentDays, Days: -1}, "0 to 365"},
		{"expected 0% (in full)", cond(0), ""},
		{"expected 100%", cond(100), ""},
		{"expected −1%", cond(-1), "from 0% to 100%"},
		{"expected 100.5%", cond(100.5), "from 0% to 100%"},
		{"paid within 0 days", prompt(0), ""},
		{"paid within 365 days", prompt(365), ""},
		{"paid within −1 day", prompt(-1), "within 0 to 365 days"},
		{"paid within 366 days", prompt(366), "within 0 to 365 days"},
	} {
		checkErr(t, "CheckTerm", tt.name, CheckTerm(tt.term), tt.want)
	}
}

func TestCheckTermsYearEdges(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(*TermsYear)
		want   string
	}{
		{"2000", func(y *TermsYear) { y.Year = 2000 }, ""},
		{"2100", func(y *TermsYear) { y.Year = 2100 }, ""},
		{"1999", func(y *TermsYear) { y.Year = 1999 }, "1999 is not a year"},
		{"2101", func(y *TermsYear) { y.Year = 2101 }, "2101 is not a year"},
		{"gross 0", func(y *TermsYear) { y.GrossSales = 0 }, ""},
		{"gross a hundredth under 10 trillion", func(y *TermsYear) { y.GrossSales = MaxMoney - 1 }, ""},
		{"gross 10 trillion", func(y *TermsYear) { y.GrossSales = MaxMoney }, "between 0 and 10 trillion"},
		{"gross −0.01", func(y *TermsYear) { y.GrossSales = -1 }, "between 0 and 10 trillion"},
	} {
		y := TermsYear{AccountID: "a1", Year: 2025, GrossSales: 100_000_000_00,
			Terms: []Term{{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 3, OnInvoice: true}}}
		tt.change(&y)
		checkErr(t, "CheckTermsYear", tt.name, CheckTermsYear(y), tt.want)
	}
}
