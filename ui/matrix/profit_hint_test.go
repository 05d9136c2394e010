package matrix

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/uitest"
)

// The criterion "Net profitability" shows what the account's P&L says it
// scores: 10,000,000 of gross sales, 60% cost of goods, 1,000,000 to
// serve: a contribution of 30% of gross sales, which scores 10; with
// 85% cost of goods, 5%, which scores 3.
func TestProfitabilityHintFromThePnL(t *testing.T) {
	ws := model.Workspace{Accounts: []model.Account{{ID: "acc", Name: "FreshMart", Channel: model.Supermarket, Tier: "A"}}}
	plan := model.AccountPlan{AccountID: "acc", Year: now.Year()}
	plan.PnL[model.PnLPlan] = model.PnLColumn{GrossSales: 1_000_000_000, COGSPct: 60, CostToServe: []model.CostLine{{Name: "logistics", Amount: 100_000_000}}}
	ws.Plans = []model.AccountPlan{plan}
	h, tab := uitest.For(t, ws, now, New)
	_ = h
	got := tab.profitHint("a-profit", "acc")
	if !strings.Contains(got, "contribution 30% of gross sales, which scores 10") || !strings.Contains(got, "Plan") {
		t.Errorf("hint %q", got)
	}
	if tab.profitHint("a-size", "acc") != "" || tab.profitHint("a-profit", "nobody") != "" {
		t.Error("only the profitability criterion of an account with a plan has a hint")
	}
	ws.Plans[0].PnL[model.PnLPlan].COGSPct = 85
	_, tab = uitest.For(t, ws, now, New)
	if got := tab.profitHint("a-profit", "acc"); !strings.Contains(got, "5% of gross sales, which scores 3") {
		t.Errorf("hint %q", got)
	}
}
