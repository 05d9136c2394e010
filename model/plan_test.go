package model

import (
	"math"
	"strings"
	"testing"
	"time"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

// The worked example of the course's promotion maths, written out:
// a fortnight's price cut on two products.
//
//	baseline 1,000 units a week × 2 weeks          =  2,000 units
//	forecast uplift 150%: 2,000 × 2.5              =  5,000 units on the deal
//	lift 5,000 − 2,000                             =  3,000 units
//	20% pulled forward or cannibalised: 3,000 × 0.8 =  2,400 incremental units
//	unit margin: ((10 − 6) + (8 − 4)) / 2           =  4.00
//	incremental gross profit 2,400 × 4              =  9,600
//	cost: 1.50 × 5,000 + fees 3,000                 = 10,500
//	ROI (9,600 − 10,500) / 10,500                   = −8.571…%: it loses money
//	cost per incremental unit 10,500 / 2,400        =  4.375
func TestPromotionWorkedExample(t *testing.T) {
	products := []Product{
		{ID: "a", ListPrice: 1000, CostPrice: 600},
		{ID: "b", ListPrice: 800, CostPrice: 400},
		{ID: "c", ListPrice: 9900, CostPrice: 100}, // not promoted
	}
	p := Promotion{Start: day("2027-03-01"), End: day("2027-03-14"), Products: []string{"a", "b"},
		DiscountPerUnit: 150, FixedFees: 300_000, BaselinePerWeek: 1000, Uplift: 150, PullForward: 20}
	if p.Days() != 14 || p.Weeks() != 2 {
		t.Fatalf("days %d weeks %v", p.Days(), p.Weeks())
	}
	margin, ok := UnitMargin(p, products)
	if !ok || margin != 4 {
		t.Fatalf("unit margin %v %v, want 4", margin, ok)
	}
	f := p.Forecast(margin, ok)
	want := PromoFigures{Baseline: 2000, Volume: 5000, Lift: 3000, Incremental: 2400, Profit: 9600, Cost: 10500, MarginOK: true}
	if f != want {
		t.Errorf("forecast %+v\nwant     %+v", f, want)
	}
	if roi, ok := f.ROI(); !ok || !near(roi, (9600.0-10500)/10500*100) || roi >= 0 {
		t.Errorf("ROI %v %v, want −8.57%%", roi, ok)
	}
	if cpi, ok := f.CostPerIncremental(); !ok || cpi != 4.375 {
		t.Errorf("cost per incremental unit %v %v", cpi, ok)
	}
	// After the event: 4,000 sold.
	//   lift 2,000, incremental 1,600, profit 6,400, cost 1.5 × 4,000 + 3,000 = 9,000
	actual := 4000.0
	p.ActualVolume = &actual
	a, ok := p.Actuals(margin, true)
	if !ok || a.Lift != 2000 || a.Incremental != 1600 || a.Profit != 6400 || a.Cost != 9000 {
		t.Errorf("actuals %+v", a)
	}
	if p.Best(margin, true) != a {
		t.Error("once run, the best figures are the actuals")
	}
	// No unit margin: no ROI, but the cost stands.
	g := p.Forecast(0, false)
	if _, ok := g.ROI(); ok || g.Cost != 10500 {
		t.Errorf("without a margin: %+v", g)
	}
	if _, ok := UnitMargin(Promotion{Products: []string{"x"}}, products); ok {
		t.Error("a promotion of unknown products has no margin")
	}
	// Nothing incremental: no cost per incremental unit.
	if _, ok := (PromoFigures{Cost: 10}).CostPerIncremental(); ok {
		t.Error("cost per incremental unit without incremental units")
	}
}

func TestClashes(t *testing.T) {
	promo := func(id, from, to string, products, clusters []string) Promotion {
		return Promotion{ID: id, Start: day(from), End: day(to), Products: products, Clusters: clusters}
	}
	list := []Promotion{
		promo("a", "2027-03-01", "2027-03-14", []string{"p1", "p2"}, nil),                  // every cluster
		promo("b", "2027-03-14", "2027-03-20", []string{"p2"}, []string{"c1"}),             // shares p2 and the last day of a
		promo("c", "2027-03-15", "2027-03-30", []string{"p1"}, []string{"c2"}),             // after a; overlaps b, but other product
		promo("d", "2027-03-16", "2027-03-18", []string{"p2"}, []string{"c2"}),             // p2 like b, other cluster
		promo("e", "2027-03-20", "2027-03-25", []string{"p1", "p2"}, []string{"c2", "c1"}), // p1 in c2 with c, p2 in c1 with b (last day)
	}
	var got []string
	for _, c := range Clashes(list) {
		got = append(got, c.A+c.B+":"+c.Product+"@"+c.Cluster)
	}
	want := "ab:p2@c1 be:p2@c1 ce:p1@c2"
	if strings.Join(got, " ") != want {
		t.Errorf("clashes %q, want %q", strings.Join(got, " "), want)
	}
	if len(Clashes([]Promotion{list[0], promo("z", "2027-03-15", "2027-04-01", []string{"p1"}, nil)})) != 0 {
		t.Error("the day after an end is no clash")
	}
}

func TestInsideLeadTime(t *testing.T) {
	p := Promotion{Start: day("2027-03-29"), Booked: day("2027-03-01")} // booked 28 days ahead
	cases := []struct {
		lead int
		now  string
		want bool
	}{
		{4, "2027-01-01", false}, // exactly four weeks: in time
		{5, "2027-01-01", true},
		{0, "2027-01-01", false}, // lead time not known
	}
	for _, c := range cases {
		if got := p.InsideLeadTime(c.lead, day(c.now)); got != c.want {
			t.Errorf("lead %d: %v, want %v", c.lead, got, c.want)
		}
	}
	p.Booked = time.Time{} // not booked: counted from today
	if !p.InsideLeadTime(4, day("2027-03-02")) || p.InsideLeadTime(4, day("2027-03-01")) {
		t.Error("not booked: too late from 27 days before, in time at 28")
	}
	if p.InsideLeadTime(4, day("2027-03-29")) {
		t.Error("a promotion under way is past booking")
	}
}

func TestPromotionPlanByQuarter(t *testing.T) {
	products := []Product{{ID: "a", ListPrice: 1000, CostPrice: 600}}
	// 10 days: 5 in March (Q1), 5 in April (Q2); cost 1,000 of fees; the
	// baseline of 1,000 units doubled, 1,000 incremental units × 4 = 4,000.
	p := Promotion{ID: "x", Start: day("2027-03-27"), End: day("2027-04-05"), Products: []string{"a"},
		FixedFees: 100_000, BaselinePerWeek: 700, Uplift: 100}
	plan := AccountPlan{Year: 2027}
	plan.Quarters[0].SellIn, plan.Quarters[1].SellIn = 1_000_000, 1_000_000 // 10,000 each
	q := PromotionPlan(2027, []Promotion{p}, products, plan)
	if !near(q[0].Spend, 500) || !near(q[1].Spend, 500) || !near(q[4].Spend, 1000) || q[2].Spend != 0 {
		t.Errorf("spend by quarter %v %v %v %v", q[0].Spend, q[1].Spend, q[2].Spend, q[4].Spend)
	}
	if !near(q[4].Profit, 4000) || !near(q[0].Profit, 2000) {
		t.Errorf("profit %v (Q1 %v), want 4,000 (2,000)", q[4].Profit, q[0].Profit)
	}
	if pct, ok := q[0].SpendPct(); !ok || !near(pct, 5) {
		t.Errorf("Q1 spend %% of sales %v %v, want 5", pct, ok)
	}
	if roi, ok := q[4].ROI(); !ok || !near(roi, 300) {
		t.Errorf("year ROI %v %v, want 300", roi, ok)
	}
	if q[0].Count != 1 || q[1].Count != 1 || q[4].Count != 1 {
		t.Errorf("counts %d %d %d", q[0].Count, q[1].Count, q[4].Count)
	}
	if _, ok := q[2].ROI(); ok {
		t.Error("a quarter without spend has no ROI")
	}
	// A promotion of another year counts nowhere.
	p.Start, p.End = day("2026-03-01"), day("2026-03-05")
	if q := PromotionPlan(2027, []Promotion{p}, products, plan); q[4].Spend != 0 || q[4].Count != 0 {
		t.Errorf("another year's promotion: %+v", q[4])
	}
}

// The P&L works down from gross sales, written out: 10,000,000 gross;
// on-invoice 5% = 500,000 → invoiced 9,500,000; off-invoice 300,000 and
// credit 50,000; promotions 400,000 → net 8,750,000; cost of goods 60% =
// 6,000,000 → gross profit 2,750,000; cost to serve 200,000 + 1% (100,000)
// → contribution 2,450,000, 24.5% of gross.
func TestPnLArithmetic(t *testing.T) {
	col := PnLColumn{COGSPct: 60, CostToServe: []CostLine{{Name: "logistics", Amount: 20_000_000}, {Name: "merchandisers", Pct: 1}}}
	p := BuildPnL(1_000_000_000, YearCost{OnInvoice: 50_000_000, OffInvoice: 30_000_000, Credit: 5_000_000}, 40_000_000, col)
	want := PnL{Gross: 1_000_000_000, OnInvoice: 50_000_000, Invoiced: 950_000_000, OffInvoice: 35_000_000, Promotions: 40_000_000,
		Net: 875_000_000, COGS: 600_000_000, GrossProfit: 275_000_000, CostToServe: 30_000_000, Contribution: 245_000_000}
	if p != want {
		t.Errorf("P&L %+v\nwant %+v", p, want)
	}
	if pct, ok := p.Pct(p.Contribution); !ok || pct != 24.5 {
		t.Errorf("contribution %v%%", pct)
	}
	if ProfitabilityScore(24.5) != 10 || ProfitabilityScore(12.4) != 5 || ProfitabilityScore(0) != 1 || ProfitabilityScore(-3) != 1 || ProfitabilityScore(2.5) != 2 {
		t.Errorf("scores %d %d %d %d %d", ProfitabilityScore(24.5), ProfitabilityScore(12.4), ProfitabilityScore(0), ProfitabilityScore(-3), ProfitabilityScore(2.5))
	}
}

func TestAccountPnLColumns(t *testing.T) {
	terms := []TermsYear{
		{AccountID: "acc", Year: 2026, GrossSales: 800_000_000, Terms: []Term{{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 5, OnInvoice: true}}},
		{AccountID: "acc", Year: 2027, GrossSales: 900_000_000, Terms: []Term{{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 6, OnInvoice: true}}, Proposal: true},
	}
	plan := AccountPlan{AccountID: "acc", Year: 2027}
	plan.Quarters[0].SellIn = 1_000_000_000 // the plan's sales win over the proposal's
	plan.PnL[PnLEstimate].GrossSales = 1_100_000_000
	products := []Product{{ID: "a", ListPrice: 1000, CostPrice: 600}}
	run := 2000.0
	promos := []Promotion{
		{ID: "ly", AccountID: "acc", Start: day("2026-05-01"), End: day("2026-05-07"), Products: []string{"a"}, FixedFees: 1_000_000},
		{ID: "p", AccountID: "acc", Start: day("2027-05-01"), End: day("2027-05-07"), Products: []string{"a"}, DiscountPerUnit: 100, BaselinePerWeek: 1000, ActualVolume: &run},
	}
	in := PnLInputs{Plan: plan, Terms: terms, Promotions: promos, Products: products}
	ly, pl, le := AccountPnL(in, PnLLastYear), AccountPnL(in, PnLPlan), AccountPnL(in, PnLEstimate)
	if ly.Gross != 800_000_000 || ly.OnInvoice != 40_000_000 || ly.Promotions != 1_000_000 {
		t.Errorf("last year: %+v", ly)
	}
	// plan: forecast 1,000 units × 1.00 = 1,000; estimate: the 2,000 sold × 1.00
	if pl.Gross != 1_000_000_000 || pl.OnInvoice != 60_000_000 || pl.Promotions != 100_000 {
		t.Errorf("plan: %+v", pl)
	}
	if le.Gross != 1_100_000_000 || le.OnInvoice != 66_000_000 || le.Promotions != 200_000 {
		t.Errorf("latest estimate: %+v", le)
	}
}

func TestObjectiveProgressFromReviews(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	meetings := []Meeting{
		{ID: "q1", AccountID: "acc", Date: day("2027-04-10"), From: day("2027-01-01"), To: day("2027-03-31"),
			Scorecard: []Metric{{Name: T("Sell-in", "进货额"), Unit: "amount", Target: f(100), Actual: f(90)}, {Name: T("Value share", "市场份额（金额）"), Unit: "percent", Target: f(12), Actual: f(11)}}},
		{ID: "q2", AccountID: "acc", Date: day("2027-07-10"), From: day("2027-04-01"), To: day("2027-06-30"),
			Scorecard: []Metric{{Name: T("Sell-in", "进货额"), Unit: "amount", Target: f(110), Actual: f(120)}, {Name: T("Value share", "市场份额（金额）"), Unit: "percent", Target: f(12), Actual: f(13)}}},
		{ID: "other", AccountID: "zzz", Date: day("2027-07-10"), From: day("2027-04-01"), To: day("2027-06-30"),
			Scorecard: []Metric{{Name: T("Sell-in", ""), Unit: "amount", Target: f(1), Actual: f(1_000_000)}}},
	}
	sellIn := PlanObjective{AccountID: "acc", Year: 2027, Measure: MeasureSellIn, Baseline: 380, Target: 420}
	p, ok := ProgressOf(sellIn, meetings)
	if !ok || p.Actual != 210 || p.Reviews != 2 || !p.Flow || !near(p.Pct, 50) || !p.AsOf.Equal(day("2027-07-10")) {
		t.Errorf("sell-in: %+v %v, want 210 of 420 = 50%% after 2 reviews", p, ok)
	}
	share := PlanObjective{AccountID: "acc", Year: 2027, Measure: MeasureShare, Baseline: 10, Target: 14}
	p, ok = ProgressOf(share, meetings)
	if !ok || p.Actual != 12 || p.Flow || !near(p.Pct, 50) { // average 12: half way from 10 to 14
		t.Errorf("share: %+v %v", p, ok)
	}
	metric := PlanObjective{AccountID: "acc", Year: 2027, Measure: MeasureMetric, Metric: "市场份额（金额）", Baseline: 10, Target: 14}
	if p, ok := ProgressOf(metric, meetings); !ok || p.Actual != 12 {
		t.Errorf("a metric named in Chinese: %+v %v", p, ok)
	}
	for _, o := range []PlanObjective{
		{AccountID: "acc", Year: 2026, Measure: MeasureSellIn, Target: 1},             // no review of 2026
		{AccountID: "acc", Year: 2027, Measure: MeasureProfit, Target: 1},             // not on the scorecard
		{AccountID: "acc", Year: 2027, Measure: MeasureShare, Baseline: 5, Target: 5}, // nothing to measure against
	} {
		if p, ok := ProgressOf(o, meetings); ok {
			t.Errorf("%+v: progress %+v", o, p)
		}
	}
}

func TestCheckPlanRecords(t *testing.T) {
	ok := PlanObjective{AccountID: "a", Year: 2027, Text: "Grow sell-in 10%", Measure: MeasureSellIn, Baseline: 100, Target: 110,
		Programmes: []Programme{{What: "Listing drive", Cost: 100}}}
	promo := Promotion{AccountID: "a", Name: "CNY", Mechanic: "price_cut", Start: day("2027-01-20"), End: day("2027-02-05"), Products: []string{"p"}}
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"objective", CheckObjective(ok), ""},
		{"objective year", CheckObjective(with(ok, func(o *PlanObjective) { o.Year = 1999 })), "year"},
		{"objective text", CheckObjective(with(ok, func(o *PlanObjective) { o.Text = " " })), "says what"},
		{"objective measure", CheckObjective(with(ok, func(o *PlanObjective) { o.Measure = "fun" })), "measure"},
		{"objective metric unnamed", CheckObjective(with(ok, func(o *PlanObjective) { o.Measure = MeasureMetric })), "name the scorecard metric"},
		{"objective share over 100", CheckObjective(with(ok, func(o *PlanObjective) { o.Measure = MeasureShare; o.Target = 101 })), "percentage"},
		{"objective lever", CheckObjective(with(ok, func(o *PlanObjective) { o.Lever = "magic" })), "lever"},
		{"programme without what", CheckObjective(with(ok, func(o *PlanObjective) { o.Programmes = []Programme{{Cost: 1}} })), "programme"},
		{"programme cost", CheckObjective(with(ok, func(o *PlanObjective) { o.Programmes = []Programme{{What: "x", Cost: -1}} })), "cost"},

		{"promotion", CheckPromotion(promo), ""},
		{"promotion one day", CheckPromotion(with(promo, func(p *Promotion) { p.End = p.Start })), ""},
		{"promotion backwards", CheckPromotion(with(promo, func(p *Promotion) { p.End = day("2027-01-19") })), "ends on or after"},
		{"promotion over a year", CheckPromotion(with(promo, func(p *Promotion) { p.End = day("2028-01-22") })), "a year"},
		{"promotion no product", CheckPromotion(with(promo, func(p *Promotion) { p.Products = nil })), "product"},
		{"promotion mechanic", CheckPromotion(with(promo, func(p *Promotion) { p.Mechanic = "" })), "mechanic"},
		{"promotion pull forward", CheckPromotion(with(promo, func(p *Promotion) { p.PullForward = 101 })), "pulled forward"},
		{"promotion uplift", CheckPromotion(with(promo, func(p *Promotion) { p.Uplift = -1 })), "uplift"},
		{"promotion actual", CheckPromotion(with(promo, func(p *Promotion) { v := -1.0; p.ActualVolume = &v })), "volume"},
		{"promotion verdict", CheckPromotion(with(promo, func(p *Promotion) { p.Verdict = "maybe" })), "verdict"},
		{"promotion product twice", CheckPromotion(with(promo, func(p *Promotion) { p.Products = []string{"p", "p"} })), "once"},

		{"plan", CheckAccountPlan(AccountPlan{AccountID: "a", Year: 2027, Strengths: []string{"Our crisps lead"}}), ""},
		{"plan blank point", CheckAccountPlan(AccountPlan{AccountID: "a", Year: 2027, Threats: []string{" "}}), "SWOT"},
		{"plan share", CheckAccountPlan(AccountPlan{AccountID: "a", Year: 2027, Quarters: [4]QuarterPlan{{QuarterFigures: QuarterFigures{Share: 101}}}}), "percentage"},
		{"plan key date", CheckAccountPlan(AccountPlan{AccountID: "a", Year: 2027, KeyDates: []KeyDate{{What: "x"}}}), "key date"},
		{"plan cogs", CheckAccountPlan(AccountPlan{AccountID: "a", Year: 2027, PnL: [3]PnLColumn{{COGSPct: 120}}}), "cost of goods"},
		{"plan cost line", CheckAccountPlan(AccountPlan{AccountID: "a", Year: 2027, PnL: [3]PnLColumn{{CostToServe: []CostLine{{Amount: 1}}}}}), "name"},
	}
	for _, c := range cases {
		switch {
		case c.want == "" && c.err != nil:
			t.Errorf("%s: %v", c.name, c.err)
		case c.want != "" && c.err == nil:
			t.Errorf("%s: accepted, want %q", c.name, c.want)
		case c.want != "" && !strings.Contains(c.err.Error(), c.want):
			t.Errorf("%s: %q, want it to say %q", c.name, c.err, c.want)
		}
	}
	if got := len(ok.NotSMART()); got != 3 { // no owner, no date, no lever
		t.Errorf("not SMART: %v", ok.NotSMART())
	}
}

func TestPostureWarning(t *testing.T) {
	all := []PlanSpend{{"a", 500, 10_000}, {"b", 100, 10_000}, {"c", 200, 10_000}, {"d", 300, 10_000}}
	if w, ok := PostureWarning(Streamline, all[0], all, 1); !ok || !strings.Contains(w.EN, "biggest budget") || !strings.Contains(w.ZH, "精简") {
		t.Errorf("a Streamline account with the biggest budget: %v %v", w, ok)
	}
	if w, ok := PostureWarning(Status, all[3], all, 1); !ok || !strings.Contains(w.EN, "3% of its sales") || !strings.Contains(w.EN, "(2.5%)") {
		t.Errorf("a Status account above the median: %v %v", w, ok)
	}
	if _, ok := PostureWarning(Streamline, all[1], all, 1); ok {
		t.Error("a Streamline account spending little fits its posture")
	}
	if _, ok := PostureWarning(Strategic, all[0], all, 2); ok {
		t.Error("a Strategic account investing fits its posture")
	}
	if w, ok := PostureWarning(Strategic, PlanSpend{AccountID: "e"}, all, 0); !ok || !strings.Contains(w.EN, "nothing is planned") {
		t.Errorf("a Strategic account with nothing planned: %v %v", w, ok)
	}
}

func TestSuggestedKeyDates(t *testing.T) {
	ops := Operations{NextRangeReview: day("2027-03-15"), SubmitBy: day("2027-02-01")}
	products := []Product{{Code: "N-1", Name: T("New", "新"), Launch: day("2027-05-01")}, {Code: "O", Launch: day("2020-01-01")}}
	var got []string
	for _, d := range SuggestedKeyDates(2027, ops, products, time.Local) {
		got = append(got, d.Date.Format("01-02")+" "+string(d.Kind))
	}
	want := "02-01 range_review 02-06 festival 03-15 range_review 05-01 launch 06-18 festival 11-11 festival"
	if strings.Join(got, " ") != want {
		t.Errorf("key dates %q\nwant %q", strings.Join(got, " "), want)
	}
}

func TestPlanClones(t *testing.T) {
	p := AccountPlan{Strengths: []string{"a"}, KeyDates: []KeyDate{{What: "x"}}}
	p.PnL[1].CostToServe = []CostLine{{Name: "l"}}
	c := p.Clone()
	c.Strengths[0], c.KeyDates[0].What, c.PnL[1].CostToServe[0].Name = "b", "y", "m"
	if p.Strengths[0] != "a" || p.KeyDates[0].What != "x" || p.PnL[1].CostToServe[0].Name != "l" {
		t.Errorf("the clone shares lists with the plan: %+v", p)
	}
	o := PlanObjective{Programmes: []Programme{{What: "a"}}}
	oc := o.Clone()
	oc.Programmes[0].What = "b"
	if o.Programmes[0].What != "a" {
		t.Error("the objective's clone shares its programmes")
	}
}

// Without terms for the plan's year, the P&L takes the latest year's
// terms before it, costed on the plan's sales; a metric's target may be
// above 100%.
func TestTermsGoOnUntilNewOnesAreAgreed(t *testing.T) {
	terms := []TermsYear{
		{AccountID: "acc", Year: 2025, Terms: []Term{{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 4, OnInvoice: true}}},
		{AccountID: "acc", Year: 2026, Proposal: true, Terms: []Term{{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 7, OnInvoice: true}}},
		{AccountID: "acc", Year: 2026, Terms: []Term{{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 5, OnInvoice: true}}},
		{AccountID: "other", Year: 2027},
		{AccountID: "acc", Year: 2028, Proposal: true},
	}
	for _, c := range []struct {
		year     int
		want     float64
		proposal bool
		ok       bool
	}{{2024, 0, false, false}, {2025, 4, false, true}, {2026, 5, false, true}, {2027, 5, false, true}, {2028, 0, true, true}} {
		y, ok := TermsFor(terms, "acc", c.year)
		pct := 0.0
		if len(y.Terms) > 0 {
			pct = y.Terms[0].Percent
		}
		if ok != c.ok || pct != c.want || y.Proposal != c.proposal {
			t.Errorf("%d: %+v %v", c.year, y, ok)
		}
	}
	plan := AccountPlan{AccountID: "acc", Year: 2027}
	plan.Quarters[0].SellIn = 1_000_000_000
	if p := AccountPnL(PnLInputs{Plan: plan, Terms: terms}, PnLPlan); p.OnInvoice != 50_000_000 {
		t.Errorf("the plan of 2027 costed on the terms of 2026: %+v", p)
	}
	o := PlanObjective{AccountID: "a", Year: 2027, Text: "Promotion return", Measure: MeasureMetric, Metric: "Promotion return", MetricUnit: "percent", Baseline: 105, Target: 120}
	if err := CheckObjective(o); err != nil {
		t.Errorf("a return of 120%%: %v", err)
	}
}

func TestDatesThatCannotBe(t *testing.T) {
	o := PlanObjective{AccountID: "a", Year: 2027, Text: "x", Measure: MeasureSellIn, ByWhen: day("2026-12-31")}
	if err := CheckObjective(o); err == nil || !strings.Contains(err.Error(), "cannot fall before that year") {
		t.Errorf("an objective of 2027 due in 2026: %v", err)
	}
	o.ByWhen = day("2027-01-01")
	if err := CheckObjective(o); err != nil {
		t.Errorf("due on the year's first day: %v", err)
	}
	v := 10.0
	p := Promotion{End: day("2027-07-23").Add(15 * time.Hour), ActualVolume: &v}
	if err := p.CheckActual(day("2027-07-22")); err == nil || !strings.Contains(err.Error(), "2027-07-23") {
		t.Errorf("an actual before the last day: %v", err)
	}
	if err := p.CheckActual(day("2027-07-23")); err != nil {
		t.Errorf("an actual on the last day: %v", err)
	}
	p.ActualVolume = nil
	if err := p.CheckActual(day("2020-01-01")); err != nil {
		t.Errorf("no actual: %v", err)
	}
}

func TestMonthsOfAQuarter(t *testing.T) {
	var p AccountPlan
	if p.PlannedMonths() {
		t.Error("no month planned yet")
	}
	p.Months[3] = QuarterFigures{SellIn: 100, Volume: 10, Share: 12, Distribution: 80}
	p.Months[5] = QuarterFigures{SellIn: 300, Volume: 30, Share: 14}
	sum, n := p.MonthsOf(1) // April to June
	if !p.PlannedMonths() || n != 2 || sum.SellIn != 400 || sum.Volume != 40 || sum.Share != 13 || sum.Distribution != 80 {
		t.Errorf("Q2 from its months: %+v (%d)", sum, n)
	}
	if _, n := p.MonthsOf(0); n != 0 {
		t.Errorf("Q1 has no month: %d", n)
	}
	p.Months[11].Share = 101
	if err := CheckAccountPlan(AccountPlan{AccountID: "a", Year: 2027, Months: p.Months}); err == nil {
		t.Error("a month's share over 100% is refused")
	}
}
