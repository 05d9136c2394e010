package model

import (
	"math"
	"testing"
	"time"
)

// Every account's plan spend is its promotions' cost in the year as
// PromotionPlan shares it, to the cent, and its programmes; only
// accounts with a plan or a promotion in the year have one.
func TestPlanSpendsAreThePromotionPlansSpend(t *testing.T) {
	for _, now := range []time.Time{time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC), time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)} {
		ws := CaseStudy(now, English)
		year := PlanYear(now)
		all := PlanSpends(year, ws.Accounts, ws.Plans, ws.Promotions, ws.Objectives, "")
		if len(all) == 0 {
			t.Fatalf("%d: no spends", year)
		}
		for _, s := range all {
			plan := AccountPlan{AccountID: s.AccountID, Year: year}
			var promos []Promotion
			for _, p := range ws.Plans {
				if p.AccountID == s.AccountID && p.Year == year {
					plan = p
				}
			}
			for _, p := range ws.Promotions {
				if p.AccountID == s.AccountID {
					promos = append(promos, p)
				}
			}
			var programmes Money
			for _, o := range ws.Objectives {
				if o.AccountID == s.AccountID && o.Year == year {
					programmes += o.ProgrammesCost()
				}
			}
			want := Money(math.Round(PromotionPlan(year, promos, ws.Products, plan)[4].Spend*100)) + programmes
			if d := s.Spend - want; d < -1 || d > 1 || s.Sales != plan.PlannedSales() {
				t.Errorf("%d %s: %+v, want spend %v and sales %v", year, s.AccountID, s, want, plan.PlannedSales())
			}
			if one := PlanSpends(year, ws.Accounts, ws.Plans, ws.Promotions, ws.Objectives, s.AccountID); len(one) != 1 || one[0] != s {
				t.Errorf("%d %s alone: %+v, want %+v", year, s.AccountID, one, s)
			}
		}
	}
}
