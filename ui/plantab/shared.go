package plantab

import (
	"math"

	"github.com/kam-workbench/kam/model"
)

// figuresOf is a promotion's economics as best known (actual once run),
// with its unit margin from our products.
func (m *Model) figuresOf(p model.Promotion) model.PromoFigures {
	margin, ok := model.UnitMargin(p, m.Ctx.Data.Workspace.Products)
	return p.Best(margin, ok)
}

// forecastOf is a promotion's economics as planned.
func (m *Model) forecastOf(p model.Promotion) model.PromoFigures {
	margin, ok := model.UnitMargin(p, m.Ctx.Data.Workspace.Products)
	return p.Forecast(margin, ok)
}

// plan is the account's plan of the tab's year, or an empty one for it.
func (m *Model) plan(acc model.Account) model.AccountPlan {
	if p, ok := m.Ctx.Data.PlanOf(acc.ID, m.Year()); ok {
		return p
	}
	return model.AccountPlan{AccountID: acc.ID, Year: m.Year()}
}

// pnlInputs are what the account P&L of the tab's year is worked out from.
func (m *Model) pnlInputs(acc model.Account) model.PnLInputs {
	return model.PnLInputs{Plan: m.plan(acc), Terms: m.Ctx.Data.TermsOf(acc.ID), Settings: m.Ctx.Data.Settings,
		Promotions: m.Ctx.Data.PromotionsOf(acc.ID), Products: m.Ctx.Data.Workspace.Products}
}

// leadWeeks is how many weeks ahead the account books promotions; 0 not known.
func (m *Model) leadWeeks(acc model.Account) int {
	if o, ok := m.Ctx.Data.OperationsOf(acc.ID); ok {
		return o.PromoLeadWeeks
	}
	return 0
}

// money writes currency units short: 1.2M, 120万.
func (m *Model) money(units float64) string {
	return model.FormatCompact(model.Money(math.Round(units*100)), m.Ctx.Lang)
}
