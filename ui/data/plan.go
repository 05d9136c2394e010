package data

import (
	"cmp"
	"slices"
	"strings"

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
	slices.SortFunc(out, model.ComparePromotions)
	return out
}

// Promotion finds a promotion by ID.
func (d *Data) Promotion(id string) (model.Promotion, bool) { return get[model.Promotion](d, id) }

// PromotionsIn returns an account's promotions that run on some day of a
// year, by the day they start.
func (d *Data) PromotionsIn(accountID string, year int) []model.Promotion {
	out := slices.DeleteFunc(of[model.Promotion](d, accountID), func(p model.Promotion) bool { return !p.RunsIn(year) })
	slices.SortFunc(out, model.ComparePromotions)
	return out
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
	out := model.PlanSpends(year, d.Accounts, d.Plans, d.Promotions, d.Objectives, "")
	if d.spends == nil {
		d.spends = map[int][]model.PlanSpend{}
	}
	d.spends[year] = out
	return slices.Clone(out)
}
