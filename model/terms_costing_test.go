package model

import (
	"math"
	"strings"
	"testing"
)

// megaYear is a year of terms written out by hand: 63,000,000 of gross
// sales; a 6% invoice discount and a 2% prompt-payment discount on the
// invoiced value, both on invoice; 60 payment days; a 1% volume bonus on
// the VAT-inclusive purchases (含税进货额), expected at 80%; four listing
// fees of 50,000.
func megaYear() TermsYear {
	return TermsYear{AccountID: "a", Year: 2026, GrossSales: 63_000_000_00, Terms: []Term{
		{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 6, OnInvoice: true},
		{Kind: "prompt_payment", Basis: PercentOfSales, Percent: 2, OnInvoice: true, PercentOf: OfInvoiced, PaidWithin: 10},
		{Kind: "payment_days", Basis: PaymentDays, Days: 60},
		{Kind: "volume_bonus", Basis: PercentOfSales, Percent: 1, PercentOf: OfVATInclusive, Conditional: true, Condition: "sales ≥ 65M", Expected: 80},
		{Kind: "listing_fee", Basis: FixedAmount, Amount: 50_000_00, Count: 4},
	}}
}

// The workspace's rules, figure by figure:
//
//	invoice discount   63,000,000 × 6%                      = 3,780,000
//	invoiced before the prompt-payment discount              = 59,220,000
//	prompt payment     59,220,000 × 2%                      = 1,184,400
//	invoiced sales     59,220,000 − 1,184,400               = 58,035,600
//	with 13% VAT       58,035,600 × 1.13                    = 65,580,228
//	cost of credit     65,580,228 × (60 − 30)/365 × 5%      = 269,507.79
//	volume bonus       65,580,228 × 1% = 655,802.28 in full;
//	                   at 80% expected 524,641.82, at risk    131,160.46
//	listing fees       50,000 × 4                           = 200,000
func TestCostingByTheWorkspaceRules(t *testing.T) {
	y := megaYear()
	c := Costing{CostOfCapital: 5, VATRate: 13, StandardDays: 30}
	costs, invoiced := c.Terms(y)
	if invoiced != 58_035_600_00 {
		t.Errorf("invoiced sales %s, want 58,035,600", FormatMoney(invoiced))
	}
	want := []TermCost{
		{Base: 63_000_000_00, Full: 3_780_000_00, Expected: 3_780_000_00},
		{Base: 59_220_000_00, Full: 1_184_400_00, Expected: 1_184_400_00},
		{Base: 65_580_228_00, Full: 269_507_79, Expected: 269_507_79, Days: 30},
		{Base: 65_580_228_00, Full: 655_802_28, Expected: 524_641_82},
		{Full: 200_000_00, Expected: 200_000_00},
	}
	for i, w := range want {
		if costs[i] != w {
			t.Errorf("%s: %+v, want %+v", y.Terms[i].Label(English), costs[i], w)
		}
	}
	if r := costs[3].AtRisk(); r != 131_160_46 {
		t.Errorf("the volume bonus at risk is %s, want 131,160.46", FormatMoney(r))
	}
	yc := c.Year(y)
	wantYear := YearCost{Gross: 63_000_000_00, Invoiced: 58_035_600_00, OnInvoice: 4_964_400_00,
		OffInvoice: 724_641_82, Credit: 269_507_79, AtRisk: 131_160_46}
	if yc != wantYear {
		t.Errorf("the year: %+v\nwant      %+v", yc, wantYear)
	}
	// 4,964,400 + 724,641.82 + 269,507.79
	if yc.Total() != 5_958_549_61 {
		t.Errorf("all terms %s, want 5,958,549.61", FormatMoney(yc.Total()))
	}
}

// Payment days within the standard cost nothing; the days beyond it cost,
// and a standard of 0 costs every day. Without VAT the credit is on the
// invoiced sales alone.
func TestCostOfCreditAboveTheStandard(t *testing.T) {
	y := TermsYear{GrossSales: 10_000_000_00, Terms: []Term{{Kind: "payment_days", Basis: PaymentDays, Days: 45}}}
	for _, tt := range []struct {
		c    Costing
		want Money
		days int
	}{
		{Costing{CostOfCapital: 5, VATRate: 13, StandardDays: 45}, 0, 0},          // at the standard
		{Costing{CostOfCapital: 5, VATRate: 13, StandardDays: 60}, 0, 0},          // under it
		{Costing{CostOfCapital: 5, VATRate: 13, StandardDays: 44}, 1_547_95, 1},   // 11,300,000 × 1/365 × 5%
		{Costing{CostOfCapital: 5, VATRate: 13, StandardDays: 30}, 23_219_18, 15}, // 11,300,000 × 15/365 × 5%
		{Costing{CostOfCapital: 5, VATRate: 0, StandardDays: 30}, 20_547_95, 15},  // 10,000,000 × 15/365 × 5%
		{Costing{CostOfCapital: 5, VATRate: 0, StandardDays: 0}, 61_643_84, 45},   // every day
		{Costing{CostOfCapital: 8, VATRate: 13, StandardDays: 30}, 37_150_68, 15}, // at 8%
	} {
		costs, _ := tt.c.Terms(y)
		if costs[0].Expected != tt.want || costs[0].Days != tt.days {
			t.Errorf("%+v: %s for %d days, want %s for %d", tt.c, FormatMoney(costs[0].Expected), costs[0].Days, FormatMoney(tt.want), tt.days)
		}
		if got := tt.c.Year(y); got.Credit != tt.want || got.OffInvoice != 0 || got.Total() != tt.want {
			t.Errorf("%+v: the cost of credit is its own line: %+v", tt.c, got)
		}
	}
}

// Last year's payment days as the standard: only the days the buyer won
// this year cost; a year without a year before falls back to the days set.
func TestStandardFromLastYear(t *testing.T) {
	days := func(year, d int, proposal bool) TermsYear {
		return TermsYear{AccountID: "a", Year: year, Proposal: proposal, Terms: []Term{{Kind: "payment_days", Basis: PaymentDays, Days: d}}}
	}
	years := []TermsYear{days(2025, 55, false), days(2026, 60, false), days(2026, 70, true), days(2027, 65, true)}
	s := Settings{CreditStandardDays: 30, CreditFromLastYear: true}
	for _, tt := range []struct {
		y    TermsYear
		want int
	}{
		{years[1], 55},              // 2026 against 2025
		{years[3], 60},              // the 2027 proposal against 2026's actual, not its proposal
		{years[0], 30},              // no 2024: the days set
		{days(2029, 70, false), 30}, // no 2028 either
	} {
		if got := s.Costing(years, tt.y).StandardDays; got != tt.want {
			t.Errorf("%s: standard %d, want %d", tt.y.Key(), got, tt.want)
		}
	}
	if got := (Settings{CreditStandardDays: 30}).Costing(years, years[1]).StandardDays; got != 30 {
		t.Errorf("without last year's rule the standard is the days set: %d", got)
	}
	c := (Settings{}).Costing(nil, years[0])
	if c != (Costing{CostOfCapital: 5, VATRate: 13}) {
		t.Errorf("the defaults: %+v", c)
	}
	if c := (Settings{NoVAT: true, CostOfCapital: 7, VATRate: 0}).Costing(nil, years[0]); c.VATRate != 0 || c.CostOfCapital != 7 {
		t.Errorf("no VAT: %+v", c)
	}
	if c := (Settings{VATRate: 9}).Costing(nil, years[0]); c.VATRate != 9 {
		t.Errorf("a VAT rate of 9%%: %+v", c)
	}
}

// A conditional term without an expected achievement counts in full, with
// nothing at risk; at 0% expected nothing would be counted, so 0 means
// "in full" and the form never stores less than a step above it.
func TestConditionalTermsAtTheirExpectedAchievement(t *testing.T) {
	c := Costing{CostOfCapital: 5}
	y := TermsYear{GrossSales: 63_000_000_00, Terms: []Term{
		{Kind: "growth_incentive", Basis: PercentOfSales, Percent: 0.5, Conditional: true, Condition: "growth ≥ 5%"},
		{Kind: "conditional_rebate", Basis: PercentOfSales, Percent: 1.25, Conditional: true, Condition: "no out-of-stock", Expected: 50},
	}}
	costs, _ := c.Terms(y)
	if costs[0].Expected != 315_000_00 || costs[0].AtRisk() != 0 {
		t.Errorf("in full: %+v", costs[0])
	}
	// 63,000,000 × 1.25% = 787,500; at 50% 393,750 earned and 393,750 at risk.
	if costs[1].Full != 787_500_00 || costs[1].Expected != 393_750_00 || costs[1].AtRisk() != 393_750_00 {
		t.Errorf("at 50%%: %+v", costs[1])
	}
	if yc := c.Year(y); yc.OffInvoice != 708_750_00 || yc.AtRisk != 393_750_00 {
		t.Errorf("the year counts the expected: %+v", yc)
	}
}

// A prompt-payment discount of 2% for paying within 10 days instead of 60
// costs 2/98 × 365/50 = 14.9% a year: dearer than capital at 5%.
func TestImpliedRateOfAPromptPaymentDiscount(t *testing.T) {
	for _, tt := range []struct {
		d     float64
		early int
		want  float64
		ok    bool
	}{
		{2, 50, 14.897959, true},
		{1, 20, 18.434343, true},   // 1/99 × 365/20
		{0.25, 30, 3.049289, true}, // a quarter point for a month: cheaper than 5%
		{2, 0, 0, false},           // no days gained
		{2, -5, 0, false},          // paid later than the terms
		{0, 30, 0, false},
		{100, 30, 0, false},
	} {
		got, ok := ImpliedRate(tt.d, tt.early)
		if ok != tt.ok || math.Abs(got-tt.want) > 1e-5 {
			t.Errorf("ImpliedRate(%v, %d) = %v, %v; want %v, %v", tt.d, tt.early, got, ok, tt.want, tt.ok)
		}
	}
	c := Costing{StandardDays: 30}
	y := megaYear()
	if d := c.CreditDays(y); d != 60 {
		t.Errorf("the year's credit days %d, want its 60 payment days", d)
	}
	y.Terms = y.Terms[:2]
	if d := c.CreditDays(y); d != 30 {
		t.Errorf("without payment days the credit is the standard: %d", d)
	}
}

// Growth reads with one decimal and its sign.
func TestFormatGrowth(t *testing.T) {
	for v, want := range map[float64]string{4: "+4.0%", 3.46: "+3.5%", -12.54: "-12.5%", 0: "+0.0%", -0.04: "+0.0%", -100: "-100.0%", 0.05: "+0.1%"} {
		if got := FormatGrowth(v); got != want {
			t.Errorf("FormatGrowth(%v) = %q, want %q", v, got, want)
		}
	}
	prev := YearCost{Gross: 100_00, OnInvoice: 8_00}
	slower := Evolve(prev, YearCost{Gross: 110_00, OnInvoice: 8_40}) // spend +5%, sales +10%
	if !slower.SlowerSpend || slower.FasterSpend || FormatGrowth(slower.SpendGrowth) != "+5.0%" || FormatGrowth(slower.SalesGrowth) != "+10.0%" {
		t.Errorf("spend grew slower than sales: %+v", slower)
	}
	if same := Evolve(prev, YearCost{Gross: 110_00, OnInvoice: 8_80}); same.SlowerSpend || same.FasterSpend {
		t.Errorf("in step: %+v", same)
	}
}

// What a term may hold: a base only for a percentage, an expected
// achievement only for a conditional term, days to pay only for a
// prompt-payment discount.
func TestCheckTermConventions(t *testing.T) {
	ok := []Term{
		{Kind: "volume_bonus", Basis: PercentOfSales, Percent: 1, PercentOf: OfVATInclusive, Conditional: true, Condition: "x", Expected: 100},
		{Kind: "prompt_payment", Basis: PercentOfSales, Percent: 2, PercentOf: OfInvoiced, PaidWithin: 365},
	}
	for _, term := range ok {
		if err := CheckTerm(term); err != nil {
			t.Errorf("%+v: %v", term, err)
		}
	}
	bad := map[string]Term{
		"not a base kam knows":             {Kind: "volume_bonus", Basis: PercentOfSales, PercentOf: "net"},
		"only a percentage is of a base":   {Kind: "listing_fee", Basis: FixedAmount, PercentOf: OfInvoiced},
		"expected achievement is from 0%":  {Kind: "volume_bonus", Basis: PercentOfSales, Conditional: true, Condition: "x", Expected: 100.5},
		"only a conditional term":          {Kind: "volume_bonus", Basis: PercentOfSales, Expected: 80},
		"only a prompt-payment discount":   {Kind: "invoice_discount", Basis: PercentOfSales, PaidWithin: 10},
		"paid within 0 to 365 days":        {Kind: "prompt_payment", Basis: PercentOfSales, PaidWithin: 366},
		"paid within 0 to 365 days (-1)":   {Kind: "prompt_payment", Basis: PercentOfSales, PaidWithin: -1},
		"a percentage of sales is between": {Kind: "volume_bonus", Basis: PercentOfSales, Percent: -0.25},
	}
	for want, term := range bad {
		err := CheckTerm(term)
		if err == nil || !strings.Contains(err.Error(), strings.TrimSuffix(want, " (-1)")) {
			t.Errorf("%+v: %v, want %q", term, err, want)
		}
	}
	if err := CheckTerm(Term{Kind: "payment_days", Basis: PaymentDays, Days: 366}); err == nil {
		t.Errorf("366 payment days are accepted")
	}
	if err := CheckTerm(Term{Kind: "payment_days", Basis: PaymentDays, Days: 365}); err != nil {
		t.Errorf("365 payment days: %v", err)
	}
}

// The catalog names the terms as a Mainland KAM says them, and an English
// reader each: 进场费 / 条码费, DM 费, 堆头 / 端架费, 配送费, 返利, 账期.
func TestCatalogSpeaksMainland(t *testing.T) {
	want := map[TermKind][2]string{
		"invoice_discount":    {"Invoice discount", "票面折扣"},
		"listing_fee":         {"Listing fee", "进场费 / 条码费"},
		"leaflet_fee":         {"Leaflet", "DM 费"},
		"display_fee":         {"gondola-end", "堆头 / 端架费"},
		"logistics_allowance": {"Logistics", "配送费"},
		"volume_bonus":        {"Volume bonus", "返利"},
		"conditional_rebate":  {"Conditional rebate", "返利"},
		"growth_incentive":    {"Growth incentive", "返利"},
		"payment_days":        {"Payment days", "账期"},
	}
	for k, w := range want {
		s, ok := TermSpecOf(k)
		if !ok || !strings.Contains(s.Name.EN, w[0]) || !strings.Contains(s.Name.ZH, w[1]) {
			t.Errorf("%s: %q / %q, want %q / %q", k, s.Name.EN, s.Name.ZH, w[0], w[1])
		}
	}
	for _, s := range TermCatalog {
		rebate := strings.Contains(s.Name.ZH, "返利")
		if rebate != s.Conditional {
			t.Errorf("%s: conditional %v; the rebates and bonuses are the conditional terms", s.Kind, s.Conditional)
		}
	}
}

// A name the catalog gave a term before still finds it.
func TestFormerTermNames(t *testing.T) {
	for name, k := range FormerTermNames {
		s, ok := TermSpecOf(k)
		if !ok || s.Name.ZH == name {
			t.Errorf("%q: %s is not in the catalog under a new name", name, k)
		}
	}
}
