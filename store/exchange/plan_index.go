package exchange

import (
	"cmp"
	"math"
	"slices"
	"strings"

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
		slices.SortStableFunc(list, model.ComparePromotions)
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
		if p.RunsIn(year) {
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

// cents is an amount the model works out in currency units, as money.
func cents(v float64) model.Money { return model.Money(math.Round(v * 100)) }

// termsCost is the plan year's trading terms costed on the plan's sales,
// as the Plan tab's outline costs them (model.PlanTermsCost).
func (x *planIndex) termsCost(plan model.AccountPlan) ([5]float64, bool) {
	cost, _, ok := model.PlanTermsCost(plan, x.terms[plan.AccountID], x.ws.Settings)
	return cost, ok
}
