package model

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"
	"time"
)

// planNows are days the case study's plans are checked on: late in the
// year (planning next year), New Year's night in China, the end of the
// first quarter, mid-year with the first half's promotions run, and the
// first days of the fourth quarter.
var planNows = []time.Time{
	time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC),
	caseStudyNow,
	time.Date(2027, 3, 31, 18, 0, 0, 0, time.UTC),
	time.Date(2027, 6, 15, 14, 0, 0, 0, time.UTC),
	time.Date(2027, 10, 2, 8, 0, 0, 0, time.UTC),
}

// accountPlanOf is one account's part of the case study's plan.
type accountPlanOf struct {
	plan       AccountPlan
	objectives []PlanObjective
	promotions []Promotion
	ops        Operations
}

func plansOf(t *testing.T, ws Workspace) map[string]accountPlanOf {
	t.Helper()
	out := map[string]accountPlanOf{}
	for _, p := range ws.Plans {
		if _, ok := out[p.AccountID]; ok {
			t.Fatalf("%s has two plans", p.AccountID)
		}
		out[p.AccountID] = accountPlanOf{plan: p}
	}
	for _, o := range ws.Objectives {
		a, ok := out[o.AccountID]
		if !ok {
			t.Fatalf("objective %s of %s, which has no plan", o.ID, o.AccountID)
		}
		a.objectives = append(a.objectives, o)
		out[o.AccountID] = a
	}
	for _, p := range ws.Promotions {
		a, ok := out[p.AccountID]
		if !ok {
			t.Fatalf("promotion %s of %s, which has no plan", p.ID, p.AccountID)
		}
		a.promotions = append(a.promotions, p)
		out[p.AccountID] = a
	}
	for _, o := range ws.Operations {
		if a, ok := out[o.AccountID]; ok {
			a.ops = o
			out[o.AccountID] = a
		}
	}
	return out
}

func TestPlanYear(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	for _, c := range []struct {
		now  time.Time
		want int
	}{
		{time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), 2027},
		{time.Date(2027, 6, 30, 23, 59, 0, 0, time.UTC), 2027},
		{time.Date(2027, 9, 30, 23, 59, 59, 0, time.UTC), 2027},
		{time.Date(2027, 10, 1, 0, 0, 0, 0, time.UTC), 2028}, // the fourth quarter plans next year
		{time.Date(2027, 12, 31, 23, 59, 0, 0, time.UTC), 2028},
		{time.Date(2027, 10, 1, 0, 30, 0, 0, shanghai), 2028}, // already October in China, still September in UTC
		{caseStudyNow, 2027},
	} {
		if got := PlanYear(c.now); got != c.want {
			t.Errorf("PlanYear(%s) = %d, want %d", c.now, got, c.want)
		}
	}
}

// TestCaseStudyPlansAreCompleteAndValid: three retailers planned for the
// plan year, of the quadrants the course contrasts, every record valid;
// objectives with our people as owners but one, SWOT, quarters that add
// up to the terms and last year as the reviews tell it, key dates of the
// account's own, P&L columns at believable costs, and a calendar of
// promotions on products the account carries, in its clusters, at the
// baselines its range grid gives, those run with their volume and verdict.
func TestCaseStudyPlansAreCompleteAndValid(t *testing.T) {
	mechanics := map[Mechanic]bool{}
	for _, now := range planNows {
		for _, lang := range Langs {
			ws := CaseStudy(now, lang)
			name := fmt.Sprintf("%s %s", lang, now.Format(DateLayout))
			checkCaseStudyPlans(t, ws, now, name, mechanics)
		}
	}
	for _, m := range Mechanics {
		if !mechanics[m.Key] {
			t.Errorf("no promotion is a %s", m.Name.EN)
		}
	}
}

func checkCaseStudyPlans(t *testing.T, ws Workspace, now time.Time, name string, mechanics map[Mechanic]bool) {
	t.Helper()
	today, year := Day(now), PlanYear(now)
	plans := plansOf(t, ws)
	if len(plans) < 3 {
		t.Fatalf("%s: %d plans, want at least 3", name, len(plans))
	}
	ours := map[string]bool{}
	for _, p := range ws.People {
		ours[p.Name] = true
	}
	products := map[string]Product{}
	for _, p := range ws.Products {
		products[p.ID] = p
	}
	stores := map[string]int{}
	for _, c := range ws.Clusters {
		stores[c.ID] = c.Stores
	}
	// rates are the account's rates of sale by product and cluster; a
	// product carried at a rate not known has a nil one.
	rates := map[[2]string]*float64{}
	for _, l := range ws.Listings {
		if l.Listed {
			rates[[2]string{l.ProductID, l.ClusterID}] = l.RateOfSale
		}
	}

	quadrants := map[Quadrant]bool{}
	measures := map[Measure]bool{}
	ids := map[string]bool{}
	unowned := 0
	for accountID, ap := range plans {
		an := fmt.Sprintf("%s %s", name, accountID)
		p := ap.plan
		if p.Year != year {
			t.Errorf("%s: the plan is of %d, want %d", an, p.Year, year)
		}
		if err := CheckAccountPlan(p); err != nil {
			t.Errorf("%s: plan: %v", an, err)
		}
		var evals []Evaluation
		for _, e := range ws.Evaluations {
			if e.AccountID == accountID {
				evals = append(evals, e)
			}
		}
		if len(evals) == 0 {
			t.Fatalf("%s: not evaluated", an)
		}
		quadrants[Newest(evals)[0].Quadrant(ws.Matrix)] = true

		// The SWOT and the key dates.
		for box, list := range [][]string{p.Strengths, p.Weaknesses, p.Opportunities, p.Threats} {
			if len(list) < 2 || len(list) > 4 {
				t.Errorf("%s: SWOT box %d has %d points", an, box, len(list))
			}
		}
		kinds := map[KeyDateKind]int{}
		suggested := SuggestedKeyDates(year, ap.ops, ws.Products, now.Location())
		for _, d := range p.KeyDates {
			kinds[d.Kind]++
			if d.Date.Year() != year {
				t.Errorf("%s: key date %q in %d", an, d.What, d.Date.Year())
			}
			for _, s := range suggested {
				if s.Date.Equal(d.Date) && s.Kind == d.Kind {
					t.Errorf("%s: key date %q repeats the suggested %q", an, d.What, s.What)
				}
			}
		}
		if kinds["buyer"] == 0 || kinds["anniversary"] != 1 || kinds["festival"]+kinds["range_review"]+kinds["launch"] > 0 {
			t.Errorf("%s: key dates of kinds %v, want the buyer's calendar and the anniversary, no suggested kinds", an, kinds)
		}

		// The quarters: the plan adds up to the terms of its year where
		// there are any; last year to last year's terms, its quarters as
		// the reviews tell them.
		termsOf := func(y int) (TermsYear, bool) {
			var found *TermsYear
			for i, ty := range ws.Terms {
				if ty.AccountID == accountID && ty.Year == y && (found == nil || found.Proposal) {
					found = &ws.Terms[i]
				}
			}
			if found == nil {
				return TermsYear{}, false
			}
			return *found, true
		}
		if ty, ok := termsOf(year); ok && p.PlannedSales() != ty.GrossSales {
			t.Errorf("%s: planned sell-in %v, the terms of %d %v", an, p.PlannedSales(), year, ty.GrossSales)
		}
		if ty, ok := termsOf(year - 1); !ok || p.LastYearSales() != ty.GrossSales {
			t.Errorf("%s: last year's sell-in %v, its terms %v (%v)", an, p.LastYearSales(), ty.GrossSales, ok)
		}
		growth := float64(p.PlannedSales())/float64(p.LastYearSales())*100 - 100
		var acct Account
		for _, a := range ws.Accounts {
			if a.ID == accountID {
				acct = a
			}
		}
		if math.Abs(growth-acct.Growth) > 1 {
			t.Errorf("%s: the plan grows %.1f%%, the account %.1f%%", an, growth, acct.Growth)
		}
		for q := range 4 {
			plan, last := p.Quarters[q], p.LastYear[q]
			if plan.SellIn <= 0 || plan.Volume <= 0 || plan.Share <= 0 || last.SellIn <= 0 || last.Volume <= 0 || last.Share <= 0 {
				t.Errorf("%s: Q%d %+v, last year %+v", an, q+1, plan, last)
			}
			if (plan.Distribution == 0) != (last.Distribution == 0) {
				t.Errorf("%s: Q%d distribution %v, last year %v", an, q+1, plan.Distribution, last.Distribution)
			}
			if unit, lastUnit := plan.SellIn.Units()/plan.Volume, last.SellIn.Units()/last.Volume; math.Abs(unit/lastUnit-1) > 0.01 {
				t.Errorf("%s: Q%d sells at %.2f a unit, last year at %.2f", an, q+1, unit, lastUnit)
			}
			from := time.Date(year-1, time.Month(3*q+1), 1, 0, 0, 0, 0, now.Location())
			for _, m := range ws.Meetings {
				if m.AccountID != accountID || !Day(m.From).Equal(from) {
					continue
				}
				for _, x := range m.Scorecard {
					if x.Actual == nil {
						continue
					}
					switch x.Name.EN {
					case "Sell-in":
						if last.SellIn != Money(math.Round(*x.Actual*100)) {
							t.Errorf("%s: last year's Q%d sell-in %v, its review %v", an, q+1, last.SellIn, *x.Actual)
						}
					case "Value share":
						if last.Share != *x.Actual {
							t.Errorf("%s: last year's Q%d share %v, its review %v", an, q+1, last.Share, *x.Actual)
						}
					}
				}
			}
		}

		// The P&L's columns.
		for c, col := range p.PnL {
			if col.COGSPct < 60 || col.COGSPct > 70 || len(col.CostToServe) < 3 {
				t.Errorf("%s: P&L column %d: %+v", an, c, col)
			}
		}
		if p.PnL[PnLLastYear].GrossSales != p.LastYearSales() || p.PnL[PnLPlan].GrossSales != 0 ||
			math.Abs(float64(p.PnL[PnLEstimate].GrossSales)/float64(p.PlannedSales())-1) > 0.1 {
			t.Errorf("%s: gross sales of the columns %v, %v, %v", an, p.PnL[0].GrossSales, p.PnL[1].GrossSales, p.PnL[2].GrossSales)
		}

		// The objectives.
		if len(ap.objectives) < 2 || len(ap.objectives) > 4 {
			t.Errorf("%s: %d objectives", an, len(ap.objectives))
		}
		for _, o := range ap.objectives {
			if err := CheckObjective(o); err != nil {
				t.Errorf("%s: %s: %v", an, o.ID, err)
			}
			if ids[o.ID] {
				t.Errorf("%s: %s twice", an, o.ID)
			}
			ids[o.ID] = true
			if o.Year != year || o.ByWhen.Year() != year || o.Target == o.Baseline || o.Baseline <= 0 {
				t.Errorf("%s: %s of %d by %s, %v → %v", an, o.ID, o.Year, o.ByWhen.Format(DateLayout), o.Baseline, o.Target)
			}
			if o.Measure == MeasureSellIn && (o.Baseline != p.LastYearSales().Units() || o.Target != p.PlannedSales().Units()) {
				t.Errorf("%s: %s from %v to %v, the plan from %v to %v", an, o.ID, o.Baseline, o.Target, p.LastYearSales(), p.PlannedSales())
			}
			missing := o.NotSMART()
			switch {
			case o.OwnerName == "":
				unowned++
				if len(missing) != 1 || missing[0].EN != "an owner" {
					t.Errorf("%s: %s lacks %v, want only an owner", an, o.ID, missing)
				}
			case !ours[o.OwnerName] || len(missing) > 0:
				t.Errorf("%s: %s owned by %q, lacks %v", an, o.ID, o.OwnerName, missing)
			}
			if len(o.Programmes) < 1 || len(o.Programmes) > 3 {
				t.Errorf("%s: %s has %d programmes", an, o.ID, len(o.Programmes))
			}
			for _, pr := range o.Programmes {
				if !ours[pr.Who] || pr.When.Year() != year {
					t.Errorf("%s: %s: programme %q by %q on %s", an, o.ID, pr.What, pr.Who, pr.When.Format(DateLayout))
				}
			}
		}
		if !slices.ContainsFunc(ap.objectives, func(o PlanObjective) bool { return o.Measure == MeasureSellIn }) {
			t.Errorf("%s: no objective of sell-in", an)
		}
		for _, o := range ap.objectives {
			measures[o.Measure] = true
		}

		// The promotions.
		if n := len(ap.promotions); n < 8 || n > 12 {
			t.Errorf("%s: %d promotions, want 8 to 12", an, n)
		}
		for _, pm := range ap.promotions {
			pn := an + " " + pm.ID
			if err := CheckPromotion(pm); err != nil {
				t.Errorf("%s: %v", pn, err)
			}
			if ids[pm.ID] {
				t.Errorf("%s twice", pn)
			}
			ids[pm.ID] = true
			mechanics[pm.Mechanic] = true
			if pm.quarterShares(year) == [4]float64{} {
				t.Errorf("%s runs from %s to %s, outside %d", pn, pm.Start.Format(DateLayout), pm.End.Format(DateLayout), year)
			}
			if pm.Booked.After(today) || !pm.Booked.IsZero() && pm.Booked.After(pm.Start) {
				t.Errorf("%s booked on %s, starts %s", pn, pm.Booked.Format(DateLayout), pm.Start.Format(DateLayout))
			}
			if pm.Uplift <= 0 || pm.PullForward <= 0 || pm.FixedFees == 0 && pm.DiscountPerUnit == 0 || pm.Notes == "" {
				t.Errorf("%s: %+v", pn, pm)
			}
			clusters := pm.Clusters
			if len(clusters) == 0 {
				for _, c := range ws.Clusters {
					if c.AccountID == accountID {
						clusters = append(clusters, c.ID)
					}
				}
			}
			// Every product is carried in some promoted cluster, and in
			// every one the promotion names; the baseline is what the
			// grid's rates sell, where it knows them.
			grid := 0.0
			for _, id := range pm.Products {
				if _, ok := products[id]; !ok {
					t.Errorf("%s: product %s is not ours", pn, id)
				}
				carried := 0
				for _, c := range clusters {
					rate, ok := rates[[2]string{id, c}]
					if ok {
						carried++
						if rate != nil {
							grid += *rate * float64(stores[c])
						}
					} else if len(pm.Clusters) > 0 {
						t.Errorf("%s: %s is not carried in %s", pn, id, c)
					}
				}
				if carried == 0 {
					t.Errorf("%s: %s is carried in none of its clusters", pn, id)
				}
			}
			if grid > 0 && pm.BaselinePerWeek != math.Round(grid) || pm.BaselinePerWeek <= 0 {
				t.Errorf("%s: baseline %v a week, the range grid %v", pn, pm.BaselinePerWeek, grid)
			}
			for _, c := range pm.Clusters {
				if c[:len(accountID)] != accountID {
					t.Errorf("%s: cluster %s is not the account's", pn, c)
				}
			}
			run := Day(pm.End).Before(today)
			if run && pm.Booked.IsZero() {
				t.Errorf("%s ran without being booked", pn)
			}
			if run != (pm.ActualVolume != nil) || run != (pm.Verdict != "") {
				t.Errorf("%s: ended %v, actual %v, verdict %q", pn, run, pm.ActualVolume, pm.Verdict)
			}
		}
	}
	for _, m := range []Measure{MeasureSellIn, MeasureShare, MeasureDistribution, MeasureMetric} {
		if !measures[m] {
			t.Errorf("%s: no objective of %s", name, m)
		}
	}
	if unowned != 1 {
		t.Errorf("%s: %d objectives without an owner, want 1", name, unowned)
	}
	if !quadrants[Strategic] || !(quadrants[Star] || quadrants[Status]) || !quadrants[Streamline] {
		t.Errorf("%s: plans for the quadrants %v, want Strategic, Star or Status, and Streamline", name, quadrants)
	}
}

// promoROI is a promotion's ROI as best known.
func promoROI(t *testing.T, p Promotion, products []Product) float64 {
	t.Helper()
	margin, ok := UnitMargin(p, products)
	roi, ok := p.Best(margin, ok).ROI()
	if !ok {
		t.Fatalf("%s: no ROI", p.ID)
	}
	return roi
}

// TestCaseStudyPromotionsShowTheWarnings: in every plan one promotion
// loses money, clearly, and is stopped once run; two promotions clash on
// a product in a cluster; one display was booked inside the retailer's
// lead time; the others pay back.
func TestCaseStudyPromotionsShowTheWarnings(t *testing.T) {
	for _, now := range planNows {
		ws := CaseStudy(now, English)
		for accountID, ap := range plansOf(t, ws) {
			name := fmt.Sprintf("%s %s", now.Format(DateLayout), accountID)
			var losers, late []Promotion
			for _, p := range ap.promotions {
				if roi := promoROI(t, p, ws.Products); roi < 0 {
					losers = append(losers, p)
					if roi > -50 {
						t.Errorf("%s: %s loses %.0f%%, not clearly", name, p.ID, roi)
					}
					if p.ActualVolume != nil && p.Verdict != "stop" {
						t.Errorf("%s: %s lost money and is to be %q", name, p.ID, p.Verdict)
					}
				}
				if p.InsideLeadTime(ap.ops.PromoLeadWeeks, now) {
					late = append(late, p)
				}
			}
			if len(losers) != 1 {
				t.Errorf("%s: %d promotions lose money, want 1", name, len(losers))
			}
			if len(late) != 1 || late[0].Mechanic != "display" || late[0].Booked.IsZero() {
				t.Errorf("%s: %d promotions inside the lead time of %d weeks, want the display booked late", name, len(late), ap.ops.PromoLeadWeeks)
			}
			clashes := Clashes(ap.promotions)
			if len(clashes) != 1 || clashes[0].Cluster == "" {
				t.Errorf("%s: clashes %+v, want one in a cluster", name, clashes)
				continue
			}
			c := clashes[0]
			for _, id := range []string{c.A, c.B} {
				i := slices.IndexFunc(ap.promotions, func(p Promotion) bool { return p.ID == id })
				p := ap.promotions[i]
				if !slices.Contains(p.Products, c.Product) || len(p.Clusters) > 0 && !slices.Contains(p.Clusters, c.Cluster) {
					t.Errorf("%s: the clash %+v is not in %s", name, c, id)
				}
			}
		}
	}
}

// TestCaseStudyPlanProgress: once the plan year has a review, each plan's
// sell-in objective reads its progress from the reviews: the year's
// sell-in so far against the target.
func TestCaseStudyPlanProgress(t *testing.T) {
	for _, now := range planNows {
		ws := CaseStudy(now, English)
		year := PlanYear(now)
		for accountID, ap := range plansOf(t, ws) {
			name := fmt.Sprintf("%s %s", now.Format(DateLayout), accountID)
			sellIn, reviews := 0.0, 0
			for _, m := range ws.Meetings {
				if m.AccountID == accountID && Day(m.To).Year() == year {
					for _, x := range m.Scorecard {
						if x.Name.EN == "Sell-in" && x.Actual != nil {
							sellIn += *x.Actual
							reviews++
						}
					}
				}
			}
			read := 0
			for _, o := range ap.objectives {
				p, ok := ProgressOf(o, ws.Meetings)
				if !ok {
					continue
				}
				read++
				if p.Pct < -100 || p.Pct > 100 || p.AsOf.After(now) {
					t.Errorf("%s: %s is %.0f%% along as of %s", name, o.ID, p.Pct, p.AsOf.Format(DateLayout))
				}
				if o.Measure == MeasureSellIn && (!p.Flow || math.Abs(p.Actual-sellIn) > 0.01 || !near(p.Pct, sellIn/o.Target*100)) {
					t.Errorf("%s: sell-in %+v, the reviews of %d say %v", name, p, year, sellIn)
				}
			}
			switch {
			case reviews == 0 && read > 0:
				t.Errorf("%s: %d objectives read progress without a review of %d", name, read, year)
			case reviews > 0 && read < 2:
				t.Errorf("%s: %d reviews of %d, %d objectives read their progress", name, reviews, year, read)
			}
		}
	}
	// Mid-year, every plan has a review of its year to read.
	ws := CaseStudy(planNows[3], English)
	for accountID, ap := range plansOf(t, ws) {
		if !slices.ContainsFunc(ap.objectives, func(o PlanObjective) bool { _, ok := ProgressOf(o, ws.Meetings); return ok }) {
			t.Errorf("%s: no objective reads its progress mid-year", accountID)
		}
	}
}

// planSpends are every plan's spend: its promotions of the year as best
// known and its programmes.
func planSpends(t *testing.T, ws Workspace, year int) []PlanSpend {
	t.Helper()
	var out []PlanSpend
	for accountID, ap := range plansOf(t, ws) {
		q := PromotionPlan(year, ap.promotions, ws.Products, ap.plan)
		if !q[4].MarginOK || q[4].Count != len(ap.promotions) {
			t.Errorf("%s: promotion plan %+v", accountID, q[4])
		}
		spend := Money(math.Round(q[4].Spend * 100))
		for _, o := range ap.objectives {
			spend += o.ProgrammesCost()
		}
		out = append(out, PlanSpend{AccountID: accountID, Spend: spend, Sales: ap.plan.PlannedSales()})
	}
	slices.SortFunc(out, func(a, b PlanSpend) int { return cmpString(a.AccountID, b.AccountID) })
	return out
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TestCaseStudyPostureWarning: the Streamline retailer's plan spends more
// of its sales than the median plan, against its posture, and says so;
// the others' plans fit theirs.
func TestCaseStudyPostureWarning(t *testing.T) {
	for _, now := range planNows {
		ws := CaseStudy(now, English)
		spends := planSpends(t, ws, PlanYear(now))
		objectives := map[string]int{}
		for _, o := range ws.Objectives {
			objectives[o.AccountID]++
		}
		warned := 0
		for _, s := range spends {
			var evals []Evaluation
			for _, e := range ws.Evaluations {
				if e.AccountID == s.AccountID {
					evals = append(evals, e)
				}
			}
			q := Newest(evals)[0].Quadrant(ws.Matrix)
			w, ok := PostureWarning(q, s, spends, objectives[s.AccountID])
			pct, _ := s.Pct()
			if ok != (q == Streamline) {
				t.Errorf("%s %s (%s, spends %.1f%%): warned %v %q", now.Format(DateLayout), s.AccountID, Quadrants[q].Name.EN, pct, ok, w.EN)
			}
			if ok {
				warned++
			}
		}
		if warned != 1 {
			t.Errorf("%s: %d plans warned, want 1", now.Format(DateLayout), warned)
		}
	}
}

// TestCaseStudyPlanPnL: each plan's account P&L has gross sales and
// leaves a believable contribution, 5% to 25% of them, in every column
// whose year has terms to cost; last year's always has them, and so has
// every column of a plan of the current year.
func TestCaseStudyPlanPnL(t *testing.T) {
	for _, now := range planNows {
		ws := CaseStudy(now, English)
		year := PlanYear(now)
		for accountID, ap := range plansOf(t, ws) {
			in := PnLInputs{Plan: ap.plan, Terms: ws.Terms, Settings: ws.Settings, Promotions: ap.promotions, Products: ws.Products}
			for c := range PnLColumns {
				name := fmt.Sprintf("%s %s %s", now.Format(DateLayout), accountID, PnLColumnNames[c].EN)
				y := year
				if c == PnLLastYear {
					y--
				}
				_, hasTerms := in.termsFor(y)
				if !hasTerms && (c == PnLLastYear || year == now.Year()) {
					t.Errorf("%s: no terms of %d", name, y)
				}
				p := AccountPnL(in, c)
				pct, ok := p.Pct(p.Contribution)
				if !ok || p.Gross <= 0 || p.COGS <= 0 || p.CostToServe <= 0 {
					t.Errorf("%s: %+v", name, p)
					continue
				}
				if c != PnLLastYear && p.Promotions <= 0 {
					t.Errorf("%s: no promotions in the P&L", name)
				}
				if hasTerms && (pct < 5 || pct > 25) {
					t.Errorf("%s: contribution %.1f%% of gross", name, pct)
				}
			}
		}
	}
}

// withoutWords is a plan record with its words taken out: what both
// languages must share.
func withoutWords(r any) any {
	switch r := r.(type) {
	case PlanObjective:
		r.Text, r.Metric = "", ""
		r.Programmes = slices.Clone(r.Programmes)
		for i := range r.Programmes {
			r.Programmes[i].What = ""
		}
		return r
	case AccountPlan:
		r.Strengths, r.Weaknesses, r.Opportunities, r.Threats = nil, nil, nil, nil
		r.KeyDates = slices.Clone(r.KeyDates)
		for i := range r.KeyDates {
			r.KeyDates[i].What = ""
		}
		for c := range r.PnL {
			r.PnL[c].CostToServe = slices.Clone(r.PnL[c].CostToServe)
			for i := range r.PnL[c].CostToServe {
				r.PnL[c].CostToServe[i].Name = ""
			}
		}
		return r
	case Promotion:
		r.Name, r.Notes = "", ""
		return r
	}
	return r
}

// TestCaseStudyPlanInBothLanguages: the plan built in English and in
// Chinese is one plan: the same records with the same figures and dates,
// only the words differ, and the SWOT has as many points in each.
func TestCaseStudyPlanInBothLanguages(t *testing.T) {
	for _, now := range planNows {
		en, zh := CaseStudy(now, English), CaseStudy(now, Chinese)
		if len(en.Objectives) != len(zh.Objectives) || len(en.Plans) != len(zh.Plans) || len(en.Promotions) != len(zh.Promotions) {
			t.Fatalf("%s: %d/%d/%d records in English, %d/%d/%d in Chinese", now.Format(DateLayout),
				len(en.Objectives), len(en.Plans), len(en.Promotions), len(zh.Objectives), len(zh.Plans), len(zh.Promotions))
		}
		var pairs [][2]any
		for i := range en.Objectives {
			pairs = append(pairs, [2]any{en.Objectives[i], zh.Objectives[i]})
		}
		for i := range en.Plans {
			pairs = append(pairs, [2]any{en.Plans[i], zh.Plans[i]})
			for box, list := range [][2][]string{{en.Plans[i].Strengths, zh.Plans[i].Strengths}, {en.Plans[i].Threats, zh.Plans[i].Threats}} {
				if len(list[0]) != len(list[1]) {
					t.Errorf("%s: SWOT box %d of %s", now.Format(DateLayout), box, en.Plans[i].Key())
				}
			}
		}
		for i := range en.Promotions {
			pairs = append(pairs, [2]any{en.Promotions[i], zh.Promotions[i]})
			if en.Promotions[i].Name == zh.Promotions[i].Name || !hasHan(zh.Promotions[i].Name) {
				t.Errorf("%s: %s is called %q and %q", now.Format(DateLayout), en.Promotions[i].ID, en.Promotions[i].Name, zh.Promotions[i].Name)
			}
		}
		for _, p := range pairs {
			if a, b := withoutWords(p[0]), withoutWords(p[1]); !reflect.DeepEqual(a, b) {
				t.Errorf("%s: the languages differ beyond their words:\n%+v\n%+v", now.Format(DateLayout), a, b)
			}
		}
	}
}

// TestCaseStudyPlanSwitchesLanguage: the plan's texts follow a switch of
// the case study's language, and back.
func TestCaseStudyPlanSwitchesLanguage(t *testing.T) {
	ws := CaseStudy(caseStudyNow, English)
	settings, changed := CaseStudyInLang(ws, Chinese)
	kinds := map[string]int{}
	for _, r := range changed {
		switch r.(type) {
		case PlanObjective, AccountPlan, Promotion:
			kinds[fmt.Sprintf("%T", r)]++
		}
	}
	if kinds["model.PlanObjective"] != len(ws.Objectives) || kinds["model.AccountPlan"] != len(ws.Plans) || kinds["model.Promotion"] != len(ws.Promotions) {
		t.Errorf("switched %v of %d objectives, %d plans, %d promotions", kinds, len(ws.Objectives), len(ws.Plans), len(ws.Promotions))
	}
	ws.Settings = settings
	putRecords(t, &ws, changed)
	zh := CaseStudy(caseStudyNow, Chinese)
	for _, d := range differences(ws, zh) {
		if d != "" && (slices.Contains([]string{"Objectives", "Plans", "Promotions"}, fieldOf(d))) {
			t.Errorf("switched to Chinese: %s", d)
		}
	}
}

// fieldOf is the workspace field a difference is in.
func fieldOf(d string) string {
	const prefix = "ws."
	if len(d) <= len(prefix) {
		return ""
	}
	rest := d[len(prefix):]
	for i, r := range rest {
		if r == '[' || r == '.' || r == ':' {
			return rest[:i]
		}
	}
	return rest
}
