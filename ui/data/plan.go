package data

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// ObjectivesOf returns an account's objectives of a year, in the order
// they were made.
func (d *Data) ObjectivesOf(accountID string, year int) []model.PlanObjective {
	out := slices.DeleteFunc(of[model.PlanObjective](d, accountID), func(o model.PlanObjective) bool { return o.Year != year })
	slices.SortStableFunc(out, func(a, b model.PlanObjective) int {
		return cmp.Or(a.Created.Compare(b.Created), strings.Compare(a.ID, b.ID))
	})
	return out
}

// Objective finds an objective by ID.
func (d *Data) Objective(id string) (model.PlanObjective, bool) {
	return get[model.PlanObjective](d, id)
}

// PlanOf finds an account's plan of a year.
func (d *Data) PlanOf(accountID string, year int) (model.AccountPlan, bool) {
	return get[model.AccountPlan](d, model.AccountPlan{AccountID: accountID, Year: year}.Key())
}

// PromotionsOf returns an account's promotions by the day they start,
// then by ID.
func (d *Data) PromotionsOf(accountID string) []model.Promotion {
	out := of[model.Promotion](d, accountID)
	slices.SortFunc(out, comparePromotions)
	return out
}

func comparePromotions(a, b model.Promotion) int {
	return cmp.Or(a.Start.Compare(b.Start), a.End.Compare(b.End), strings.Compare(a.ID, b.ID))
}

// Promotion finds a promotion by ID.
func (d *Data) Promotion(id string) (model.Promotion, bool) { return get[model.Promotion](d, id) }

// PromotionsIn returns an account's promotions that run on some day of a
// year, by the day they start.
func (d *Data) PromotionsIn(accountID string, year int) []model.Promotion {
	out := slices.DeleteFunc(of[model.Promotion](d, accountID), func(p model.Promotion) bool { return !runsIn(p, year) })
	slices.SortFunc(out, comparePromotions)
	return out
}

// runsIn says whether a promotion runs on some day of the year.
func runsIn(p model.Promotion, year int) bool {
	if p.Start.IsZero() || p.End.IsZero() {
		return false
	}
	return model.Day(p.Start).Year() <= year && model.Day(p.End).Year() >= year
}

// PlanSpends is what the plan of every active account spends in a year,
// for judging each against the posture of its quadrant: one line per
// account, in the order of the accounts, that has a plan of the year or a
// promotion running in it. The spend is its promotions' cost in the year
// as best known (shared by their days in it) and its objectives'
// programmes; the sales are its plan's sell-in. Worked out once a year
// and kept until a plan, a promotion or an objective is saved or deleted,
// an account is added, archived or restored, or the file is loaded.
func (d *Data) PlanSpends(year int) []model.PlanSpend {
	if d == nil {
		return nil
	}
	if out, ok := d.spends[year]; ok {
		return slices.Clone(out)
	}
	// One pass over each kind, not a look-up per account: a territory has
	// thousands of accounts, most without a plan.
	type line struct {
		spend   float64 // promotions, currency units
		fixed   model.Money
		sales   model.Money
		planned bool
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
	for _, p := range d.Plans {
		if p.Year == year {
			l := lineOf(p.AccountID)
			l.planned, l.sales = true, p.PlannedSales()
		}
	}
	for _, p := range d.Promotions {
		if runsIn(p, year) {
			l := lineOf(p.AccountID)
			l.planned = true
			l.spend += promotionCostIn(p, year)
		}
	}
	for _, o := range d.Objectives {
		if l, ok := lines[o.AccountID]; ok && o.Year == year {
			l.fixed += o.ProgrammesCost()
		}
	}
	var out []model.PlanSpend
	for _, a := range d.Accounts {
		if l, ok := lines[a.ID]; ok && l.planned && !a.Archived {
			out = append(out, model.PlanSpend{AccountID: a.ID, Spend: model.Money(math.Round(l.spend*100)) + l.fixed, Sales: l.sales})
		}
	}
	if d.spends == nil {
		d.spends = map[int][]model.PlanSpend{}
	}
	d.spends[year] = out
	return slices.Clone(out)
}

// promotionCostIn is a promotion's cost as best known (in currency units)
// shared by its days in the year, as model.PromotionPlan shares it, but
// counting the days at once rather than one by one: PlanSpends asks it of
// every promotion of every account.
func promotionCostIn(p model.Promotion, year int) float64 {
	days := p.Days()
	if days == 0 {
		return 0
	}
	start, end := model.Day(p.Start), model.Day(p.End)
	loc := start.Location()
	from, to := start, time.Date(end.Year(), end.Month(), end.Day(), 0, 0, 0, 0, loc)
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
	// The cost does not hang on the margin of the products: none is given.
	return p.Best(0, false).Cost * float64(in) / float64(days)
}
