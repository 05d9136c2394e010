package model

import (
	"cmp"
	"math"
	"strings"
	"time"
)

// ComparePromotions orders promotions by the day they start, then end.
func ComparePromotions(a, b Promotion) int {
	return cmp.Or(a.Start.Compare(b.Start), a.End.Compare(b.End), strings.Compare(a.ID, b.ID))
}

// RunsIn says whether a promotion runs on some day of a year.
func (p Promotion) RunsIn(year int) bool {
	return !p.Start.IsZero() && !p.End.IsZero() && Day(p.Start).Year() <= year && Day(p.End).Year() >= year
}

// CostIn is a promotion's cost as best known, in currency units, shared
// by its days in a year as PromotionPlan shares it, the days counted at
// once: a territory's every promotion is asked. Its cost does not depend
// on its products' margin.
func (p Promotion) CostIn(year int) float64 {
	days := p.Days()
	if days == 0 {
		return 0
	}
	from, to := Day(p.Start), Day(p.End)
	loc := from.Location()
	if jan1 := time.Date(year, 1, 1, 0, 0, 0, 0, loc); from.Before(jan1) {
		from = jan1
	}
	if dec31 := time.Date(year, 12, 31, 0, 0, 0, 0, loc); to.After(dec31) {
		to = dec31
	}
	if to.Before(from) {
		return 0
	}
	in := int(math.Round(to.Sub(from).Hours()/24)) + 1
	return p.Best(0, false).Cost * float64(in) / float64(days)
}

// PlanSpends is what the plan of every active account spends in a year,
// for judging each against the posture of its quadrant: one line per
// account, in the order of the accounts, that has a plan of the year or a
// promotion running in it (only that account when only is set). The
// spend is its promotions' cost in the year as best known and its
// objectives' programmes; the sales are its plan's sell-in.
func PlanSpends(year int, accounts []Account, plans []AccountPlan, promos []Promotion, objectives []PlanObjective, only string) []PlanSpend {
	type line struct {
		promotions float64
		fixed      Money
		sales      Money
		planned    bool
	}
	// One pass over each kind, not a look-up per account: a territory has
	// thousands of accounts, most without a plan.
	lines := map[string]*line{}
	lineOf := func(accountID string) *line {
		l, ok := lines[accountID]
		if !ok {
			l = &line{}
			lines[accountID] = l
		}
		return l
	}
	for _, p := range plans {
		if p.Year == year && (only == "" || p.AccountID == only) {
			l := lineOf(p.AccountID)
			l.planned, l.sales = true, p.PlannedSales()
		}
	}
	for _, p := range promos {
		if (only == "" || p.AccountID == only) && p.RunsIn(year) {
			l := lineOf(p.AccountID)
			l.planned = true
			l.promotions += p.CostIn(year)
		}
	}
	for _, o := range objectives {
		if l, ok := lines[o.AccountID]; ok && o.Year == year {
			l.fixed += o.ProgrammesCost()
		}
	}
	var out []PlanSpend
	for _, a := range accounts {
		if l, ok := lines[a.ID]; ok && l.planned && !a.Archived {
			out = append(out, PlanSpend{AccountID: a.ID, Spend: Money(math.Round(l.promotions*100)) + l.fixed, Sales: l.sales})
		}
	}
	return out
}

// PlanTermsCost is a plan's year of trading terms (TermsFor: the year's
// agreed terms, else its proposal, else the latest year's before) costed
// on the plan's sales by the workspace's rules, shared over the quarters
// by their sales (evenly without any), the fifth the year, in currency
// units; year is the year whose terms they are, ok false without terms.
func PlanTermsCost(plan AccountPlan, terms []TermsYear, settings Settings) (cost [5]float64, year int, ok bool) {
	y, ok := TermsFor(terms, plan.AccountID, plan.Year)
	if !ok {
		return cost, 0, false
	}
	sales := plan.PlannedSales()
	if sales > 0 {
		y.GrossSales = sales
	}
	total := settings.Costing(terms, y).Year(y).Total().Units()
	for q := range 4 {
		share := 0.25
		if sales > 0 {
			share = float64(plan.Quarters[q].SellIn) / float64(sales)
		}
		cost[q] = total * share
	}
	cost[4] = total
	return cost, y.Year, true
}

// ProgrammesCost is what objectives' programmes cost, by the quarter of
// the year they run in (those without a day in the year count in the year
// only), the fifth the year, in currency units.
func ProgrammesCost(objectives []PlanObjective, year int) [5]float64 {
	var out [5]float64
	for _, o := range objectives {
		for _, p := range o.Programmes {
			c := p.Cost.Units()
			if !p.When.IsZero() && p.When.Year() == year {
				out[QuarterOf(p.When)] += c
			}
			out[4] += c
		}
	}
	return out
}

// YearRate is a rate over a year (a share, a distribution) from its
// quarters: the mean of those that have one.
func YearRate(q [4]float64) float64 {
	sum, n := 0.0, 0
	for _, v := range q {
		if v > 0 {
			sum += v
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
