package exchange

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// planIndex files the account plans' records by account, once, for the
// workbook's sheets and the plan page: objectives, plans and promotions,
// with what their figures are worked out from (products, meetings,
// terms, the promotion lead time).
type planIndex struct {
	ws         model.Workspace
	objectives map[string][]model.PlanObjective // by account: by year, then in the order added
	plans      map[string][]model.AccountPlan   // by account, by year
	promotions map[string][]model.Promotion     // by account, by first day
	product    map[string]model.Product
	cluster    map[string]model.Cluster
	meetings   map[string][]model.Meeting
	terms      map[string][]model.TermsYear
	operations map[string]model.Operations
	leadWeeks  map[string]int
	promoted   map[string][]model.Product // by account: the products its promotions name
}

func newPlanIndex(ws model.Workspace) *planIndex {
	x := &planIndex{ws: ws, objectives: map[string][]model.PlanObjective{}, plans: map[string][]model.AccountPlan{},
		promotions: map[string][]model.Promotion{}, product: map[string]model.Product{}, cluster: map[string]model.Cluster{},
		meetings: map[string][]model.Meeting{}, terms: map[string][]model.TermsYear{}, operations: map[string]model.Operations{},
		leadWeeks: map[string]int{}, promoted: map[string][]model.Product{}}
	for _, o := range ws.Objectives {
		x.objectives[o.AccountID] = append(x.objectives[o.AccountID], o)
	}
	for _, list := range x.objectives {
		slices.SortStableFunc(list, func(a, b model.PlanObjective) int {
			return cmp.Or(cmp.Compare(a.Year, b.Year), a.Created.Compare(b.Created), strings.Compare(a.ID, b.ID))
		})
	}
	for _, p := range ws.Plans {
		x.plans[p.AccountID] = append(x.plans[p.AccountID], p)
	}
	for _, list := range x.plans {
		slices.SortStableFunc(list, func(a, b model.AccountPlan) int { return cmp.Compare(a.Year, b.Year) })
	}
	for _, p := range ws.Promotions {
		x.promotions[p.AccountID] = append(x.promotions[p.AccountID], p)
	}
	for _, list := range x.promotions {
		slices.SortStableFunc(list, comparePromotions)
	}
	for _, p := range ws.Products {
		x.product[p.ID] = p
	}
	for _, c := range ws.Clusters {
		x.cluster[c.ID] = c
	}
	for _, m := range ws.Meetings {
		x.meetings[m.AccountID] = append(x.meetings[m.AccountID], m)
	}
	for _, y := range ws.Terms {
		x.terms[y.AccountID] = append(x.terms[y.AccountID], y)
	}
	for _, o := range ws.Operations {
		x.operations[o.AccountID] = o
		x.leadWeeks[o.AccountID] = o.PromoLeadWeeks
	}
	return x
}

// comparePromotions orders a calendar: by first day, then name.
func comparePromotions(a, b model.Promotion) int {
	return cmp.Or(model.Day(a.Start).Compare(model.Day(b.Start)), strings.Compare(model.NameKey(a.Name), model.NameKey(b.Name)),
		strings.Compare(a.ID, b.ID))
}

// plan is an account's plan of a year: its record, or an empty plan when
// it has none.
func (x *planIndex) plan(accountID string, year int) (model.AccountPlan, bool) {
	for _, p := range x.plans[accountID] {
		if p.Year == year {
			return p, true
		}
	}
	return model.AccountPlan{AccountID: accountID, Year: year}, false
}

// objectivesOf are an account's objectives of a year.
func (x *planIndex) objectivesOf(accountID string, year int) []model.PlanObjective {
	var out []model.PlanObjective
	for _, o := range x.objectives[accountID] {
		if o.Year == year {
			out = append(out, o)
		}
	}
	return out
}

// promotionsIn are an account's promotions that run on some day of a
// year.
func (x *planIndex) promotionsIn(accountID string, year int) []model.Promotion {
	var out []model.Promotion
	for _, p := range x.promotions[accountID] {
		if runsIn(p, year) {
			out = append(out, p)
		}
	}
	return out
}

// promotionPlan is an account's promotions of a year by quarter, the
// fifth the year, as model.PromotionPlan adds them up.
func (x *planIndex) promotionPlan(accountID string, year int) [5]model.PlanQuarter {
	plan, _ := x.plan(accountID, year)
	return model.PromotionPlan(year, x.promotions[accountID], x.promotedProducts(accountID), plan)
}

// promotedProducts are the products an account's promotions name: all a
// promotion's unit margin is worked out from, without looking through
// every product for each promotion.
func (x *planIndex) promotedProducts(accountID string) []model.Product {
	if list, ok := x.promoted[accountID]; ok {
		return list
	}
	seen := map[string]bool{}
	list := []model.Product{}
	for _, p := range x.promotions[accountID] {
		for _, id := range p.Products {
			if pr, ok := x.product[id]; ok && !seen[id] {
				seen[id] = true
				list = append(list, pr)
			}
		}
	}
	x.promoted[accountID] = list
	return list
}

// pnl is the three columns of an account's P&L of a year, by
// model.AccountPnL on the workspace's settings and the account's terms.
func (x *planIndex) pnl(accountID string, year int) [model.PnLColumns]model.PnL {
	plan, _ := x.plan(accountID, year)
	in := model.PnLInputs{Plan: plan, Terms: x.terms[accountID], Settings: x.ws.Settings,
		Promotions: x.promotions[accountID], Products: x.promotedProducts(accountID)}
	var out [model.PnLColumns]model.PnL
	for c := range out {
		out[c] = model.AccountPnL(in, c)
	}
	return out
}

// promoFigures are a promotion's forecast, its actuals (ok once it has
// run) and what it is best known by, on the unit margin of its products.
type promoFigures struct {
	forecast, actual, best model.PromoFigures
	ran                    bool
}

func (x *planIndex) figures(p model.Promotion) promoFigures {
	margin, ok := model.UnitMargin(p, x.promotedProducts(p.AccountID))
	f := promoFigures{forecast: p.Forecast(margin, ok), best: p.Best(margin, ok)}
	f.actual, f.ran = p.Actuals(margin, ok)
	return f
}

// clashes are, for each of an account's promotions, the others it runs
// beside on a product in a cluster, by model.Clashes.
func (x *planIndex) clashes(accountID string) map[string][]string {
	out := map[string][]string{}
	for _, c := range model.Clashes(x.promotions[accountID]) {
		out[c.A] = append(out[c.A], c.B)
		out[c.B] = append(out[c.B], c.A)
	}
	return out
}

// planSpends are what the plan of every account not archived spends in a
// year (of only that account, when only is set), as the Plan tab judges
// each against the posture of its quadrant: a line for each account with
// a plan of the year or a promotion running in it, in the order of the
// accounts. The spend is its promotions' cost in the year as best known,
// shared by their days in it, and its objectives' programmes; the sales
// its plan's sell-in.
func planSpends(ws model.Workspace, year int, only string) []model.PlanSpend {
	type line struct {
		promotions float64
		fixed      model.Money
		sales      model.Money
		planned    bool
	}
	lines := map[string]*line{}
	lineOf := func(accountID string) *line {
		l, ok := lines[accountID]
		if !ok {
			l = &line{}
			lines[accountID] = l
		}
		return l
	}
	for _, p := range ws.Plans {
		if p.Year == year && (only == "" || p.AccountID == only) {
			l := lineOf(p.AccountID)
			l.planned, l.sales = true, p.PlannedSales()
		}
	}
	for _, p := range ws.Promotions {
		if only != "" && p.AccountID != only {
			continue
		}
		if runsIn(p, year) {
			l := lineOf(p.AccountID)
			l.planned = true
			l.promotions += costIn(p, year)
		}
	}
	for _, o := range ws.Objectives {
		if l, ok := lines[o.AccountID]; ok && o.Year == year {
			l.fixed += o.ProgrammesCost()
		}
	}
	var out []model.PlanSpend
	for _, a := range ws.Accounts {
		if l, ok := lines[a.ID]; ok && l.planned && !a.Archived {
			out = append(out, model.PlanSpend{AccountID: a.ID, Spend: cents(l.promotions) + l.fixed, Sales: l.sales})
		}
	}
	return out
}

// runsIn says whether a promotion runs on some day of a year.
func runsIn(p model.Promotion, year int) bool {
	return !p.Start.IsZero() && !p.End.IsZero() && model.Day(p.Start).Year() <= year && model.Day(p.End).Year() >= year
}

// costIn is a promotion's cost as best known, in currency units, shared
// by its days in a year as model.PromotionPlan shares it, but counting
// the days at once: a territory's every promotion is asked. Its cost does
// not depend on its products' margin, so none is looked up.
func costIn(p model.Promotion, year int) float64 {
	days := p.Days()
	if days == 0 {
		return 0
	}
	from, to := model.Day(p.Start), model.Day(p.End)
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

// cents is an amount the model works out in currency units, as money.
func cents(v float64) model.Money { return model.Money(math.Round(v * 100)) }

// termsCost is the plan year's trading terms costed on the plan's sales
// (model.TermsFor: the year's agreed terms, else its proposal, else the
// latest year's before), shared over the quarters by their sales, the
// fifth the year, as the Plan tab's outline costs them; ok is false
// without terms.
func (x *planIndex) termsCost(plan model.AccountPlan) ([5]float64, bool) {
	var out [5]float64
	y, ok := model.TermsFor(x.terms[plan.AccountID], plan.AccountID, plan.Year)
	if !ok {
		return out, false
	}
	sales := plan.PlannedSales()
	if sales > 0 {
		y.GrossSales = sales
	}
	total := x.ws.Settings.Costing(x.terms[plan.AccountID], y).Year(y).Total().Units()
	for q := range 4 {
		share := 0.25
		if sales > 0 {
			share = float64(plan.Quarters[q].SellIn) / float64(sales)
		}
		out[q] = total * share
	}
	out[4] = total
	return out, true
}

// programmesCost is what the objectives' programmes cost, by the quarter
// of the year they run in (those without a day in the year count in the
// year only), the fifth the year.
func programmesCost(objectives []model.PlanObjective, year int) [5]float64 {
	var out [5]float64
	for _, o := range objectives {
		for _, p := range o.Programmes {
			c := p.Cost.Units()
			if !p.When.IsZero() && p.When.Year() == year {
				out[model.QuarterOf(p.When)] += c
			}
			out[4] += c
		}
	}
	return out
}

// yearOfRates is a rate over the year (a share, a distribution): the
// mean of the quarters that have one, as the Plan tab's outline takes it.
func yearOfRates(q [4]float64) float64 {
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
