package data

import (
	"math"
	"slices"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
)

// planData holds three accounts' plans: a's two objectives of 2027 (made
// out of order) and one of 2026, its plan of 2027 and 2026, four
// promotions (one across the new year, one all in 2026); b's plan of 2027
// without promotions and an objective; c, archived, with a promotion;
// d with an objective only.
func planData() *Data {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	made := func(h int) time.Time { return day(2026, 10, 1).Add(time.Duration(h) * time.Hour) }
	return loaded(model.Workspace{
		Accounts: []model.Account{{ID: "a", Name: "Alpha"}, {ID: "b", Name: "Beta"}, {ID: "c", Name: "Gone", Archived: true}, {ID: "d", Name: "Delta"}},
		Objectives: []model.PlanObjective{
			{ID: "o2", AccountID: "a", Year: 2027, Text: "Second", Created: made(2),
				Programmes: []model.Programme{{What: "Sampling", Cost: 3_000_00}}},
			{ID: "o1", AccountID: "a", Year: 2027, Text: "First", Created: made(1),
				Programmes: []model.Programme{{What: "Gondola ends", Cost: 10_000_00}, {What: "Leaflet", Cost: 5_000_00}}},
			{ID: "o0", AccountID: "a", Year: 2026, Text: "Last year's", Created: made(0), Programmes: []model.Programme{{What: "Old", Cost: 99_000_00}}},
			{ID: "ob", AccountID: "b", Year: 2027, Text: "Beta's", Created: made(0), Programmes: []model.Programme{{What: "Merchandisers", Cost: 2_000_00}}},
			{ID: "od", AccountID: "d", Year: 2027, Text: "Delta's", Created: made(0), Programmes: []model.Programme{{What: "Nothing yet", Cost: 1_00}}},
		},
		Plans: []model.AccountPlan{
			{AccountID: "a", Year: 2027, Quarters: [4]model.QuarterPlan{
				{QuarterFigures: model.QuarterFigures{SellIn: 100_000_00}}, {QuarterFigures: model.QuarterFigures{SellIn: 50_000_00}},
				{QuarterFigures: model.QuarterFigures{SellIn: 50_000_00}}, {QuarterFigures: model.QuarterFigures{SellIn: 100_000_00}}}},
			{AccountID: "a", Year: 2026, Strengths: []string{"Old"}},
			{AccountID: "b", Year: 2027, Quarters: [4]model.QuarterPlan{{QuarterFigures: model.QuarterFigures{SellIn: 40_000_00}}}},
		},
		Promotions: []model.Promotion{
			// 2027-03-01 to 03-14: a fixed fee of 7,000 and 1.00 a unit on
			// 2 weeks × 100 units × 150%: 7,300 in all.
			{ID: "p-mar", AccountID: "a", Name: "March", Start: day(2027, 3, 1), End: day(2027, 3, 14), FixedFees: 7_000_00,
				DiscountPerUnit: 1_00, BaselinePerWeek: 100, Uplift: 50},
			// 2026-12-22 to 2027-01-10: 20 days, 10 in each year; 2,000 in fees.
			{ID: "p-ny", AccountID: "a", Name: "New year", Start: day(2026, 12, 22), End: day(2027, 1, 10), FixedFees: 2_000_00},
			{ID: "p-old", AccountID: "a", Name: "Autumn", Start: day(2026, 9, 1), End: day(2026, 9, 7), FixedFees: 500_00},
			// Run: the actual volume, 300 units at 2.00, counts, not the forecast.
			{ID: "p-jun", AccountID: "a", Name: "June", Start: day(2027, 6, 1), End: day(2027, 6, 7), DiscountPerUnit: 2_00,
				BaselinePerWeek: 100, Uplift: 100, ActualVolume: ptr(300.0)},
			{ID: "p-c", AccountID: "c", Name: "Archived", Start: day(2027, 2, 1), End: day(2027, 2, 7), FixedFees: 9_999_00},
		},
	})
}

func ptr[T any](v T) *T { return &v }

func TestPlanFinders(t *testing.T) {
	d := planData()
	// Of the year, in the order they were made, only a's.
	if got := ids(d.ObjectivesOf("a", 2027)); !same(got, []string{"o1", "o2"}) {
		t.Errorf("a's objectives of 2027: %v, want o1, o2", got)
	}
	if got := ids(d.ObjectivesOf("a", 2026)); !same(got, []string{"o0"}) {
		t.Errorf("a's objectives of 2026: %v", got)
	}
	if got := d.ObjectivesOf("a", 2028); len(got) != 0 {
		t.Errorf("a's objectives of 2028: %v", ids(got))
	}
	if o, ok := d.Objective("ob"); !ok || o.AccountID != "b" {
		t.Errorf("objective ob: %+v %v", o, ok)
	}
	if p, ok := d.PlanOf("a", 2026); !ok || p.Strengths[0] != "Old" {
		t.Errorf("a's plan of 2026: %+v %v", p, ok)
	}
	if p, ok := d.PlanOf("a", 2027); !ok || p.PlannedSales() != 300_000_00 {
		t.Errorf("a's plan of 2027: %+v %v", p, ok)
	}
	if _, ok := d.PlanOf("b", 2026); ok {
		t.Error("b has no plan of 2026, yet one was found")
	}
	// By start; the year's are those running on a day of it.
	if got := ids(d.PromotionsOf("a")); !same(got, []string{"p-old", "p-ny", "p-mar", "p-jun"}) {
		t.Errorf("a's promotions %v", got)
	}
	if got := ids(d.PromotionsIn("a", 2027)); !same(got, []string{"p-ny", "p-mar", "p-jun"}) {
		t.Errorf("a's promotions of 2027: %v", got)
	}
	if got := ids(d.PromotionsIn("a", 2026)); !same(got, []string{"p-old", "p-ny"}) {
		t.Errorf("a's promotions of 2026: %v", got)
	}
	if got := d.PromotionsIn("b", 2027); len(got) != 0 {
		t.Errorf("b's promotions: %v", ids(got))
	}
	if p, ok := d.Promotion("p-c"); !ok || p.AccountID != "c" {
		t.Errorf("promotion p-c: %+v %v", p, ok)
	}
	if _, ok := d.Promotion("p-none"); ok {
		t.Error("found a promotion that is not there")
	}

	var none *Data
	if none.ObjectivesOf("a", 2027) != nil || none.PromotionsOf("a") != nil || none.PromotionsIn("a", 2027) != nil || none.PlanSpends(2027) != nil {
		t.Error("no data, yet records")
	}
	if _, ok := none.PlanOf("a", 2027); ok {
		t.Error("no data, yet a plan")
	}
	if _, ok := none.Objective("o1"); ok {
		t.Error("no data, yet an objective")
	}
	if _, ok := none.Promotion("p-mar"); ok {
		t.Error("no data, yet a promotion")
	}
}

// TestPlanSpends: each active account with a plan or a promotion in the
// year, in the order of the accounts: its promotions' cost shared by
// their days in the year, as best known, and its objectives' programmes
// of the year; its plan's sell-in.
func TestPlanSpends(t *testing.T) {
	d := planData()
	want := []model.PlanSpend{
		// 7,300 (March) + 1,000 (half of the new year's) + 600 (June, as
		// run) + 15,000 + 3,000 (programmes of 2027).
		{AccountID: "a", Spend: 26_900_00, Sales: 300_000_00},
		{AccountID: "b", Spend: 2_000_00, Sales: 40_000_00},
	}
	if got := d.PlanSpends(2027); !slices.Equal(got, want) {
		t.Errorf("2027:\n got %+v\nwant %+v", got, want)
	}
	// 2026: a's plan without sales; Autumn's 500, the other half of the
	// new year's 1,000, last year's programme 99,000.
	if got := d.PlanSpends(2026); !slices.Equal(got, []model.PlanSpend{{AccountID: "a", Spend: 100_500_00}}) {
		t.Errorf("2026: %+v", got)
	}
	if got := d.PlanSpends(2030); len(got) != 0 {
		t.Errorf("2030: %+v", got)
	}

	// What PlanSpends hands out is the caller's: changing it changes
	// nothing kept.
	got := d.PlanSpends(2027)
	got[0].Spend = 1
	if again := d.PlanSpends(2027); again[0].Spend != 26_900_00 {
		t.Errorf("a change to the answer reached the cache: %+v", again)
	}

	// Kept until a save that changes it: a record changed behind the
	// data's back is not seen, a meeting saved does not clear it...
	d.Workspace.Promotions[0].FixedFees = 0
	SavedMsg{Records: []any{model.Meeting{ID: "m1", AccountID: "a"}}}.ApplyTo(d)
	if got := d.PlanSpends(2027); got[0].Spend != 26_900_00 {
		t.Errorf("worked out again without a save of the plan: %+v", got)
	}
	// ...a promotion saved does.
	SavedMsg{Records: []any{model.Promotion{ID: "p-mar", AccountID: "a", Name: "March", Start: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC),
		End: time.Date(2027, 3, 14, 0, 0, 0, 0, time.UTC), FixedFees: 1_000_00}}}.ApplyTo(d)
	if got := d.PlanSpends(2027); got[0].Spend != 20_600_00 {
		t.Errorf("after a promotion saved: %+v, want 20,600", got)
	}
	SavedMsg{Records: []any{model.PlanObjective{ID: "o2", AccountID: "a", Year: 2027}}, Deleted: true}.ApplyTo(d)
	if got := d.PlanSpends(2027); got[0].Spend != 17_600_00 {
		t.Errorf("after an objective deleted: %+v, want 17,600", got)
	}
	SavedMsg{Records: []any{model.AccountPlan{AccountID: "b", Year: 2027}}}.ApplyTo(d)
	if got := d.PlanSpends(2027); got[1].Sales != 0 {
		t.Errorf("after b's plan saved without sales: %+v", got)
	}
	SavedMsg{Records: []any{model.AccountPlan{AccountID: "d", Year: 2027}}}.ApplyTo(d)
	if got := d.PlanSpends(2027); len(got) != 3 || got[2] != (model.PlanSpend{AccountID: "d", Spend: 1_00}) {
		t.Errorf("after d's plan saved: %+v", got)
	}
	// Archiving an account takes it out; restoring c brings its promotion in.
	SavedMsg{Records: []any{model.Account{ID: "b", Name: "Beta", Archived: true}, model.Account{ID: "c", Name: "Gone"}}}.ApplyTo(d)
	if got := d.PlanSpends(2027); len(got) != 3 || got[0].AccountID != "a" || got[1] != (model.PlanSpend{AccountID: "c", Spend: 9_999_00}) || got[2].AccountID != "d" {
		t.Errorf("after archiving b and restoring c: %+v", got)
	}
	// A load works it out afresh.
	d.Apply(LoadedMsg{Part: store.Everything, Workspace: model.Workspace{Accounts: []model.Account{{ID: "a"}}}})
	if got := d.PlanSpends(2027); len(got) != 0 {
		t.Errorf("after loading a workspace without plans: %+v", got)
	}
}

// TestPlanFromTheFile: a generated territory read from its file gives each
// account with a range its objectives, plan and promotions of the year, as
// Generate made them, and a spend for each.
func TestPlanFromTheFile(t *testing.T) {
	ws := storetest.Generate(30, rangeDay)
	storetest.ManyPromotions(&ws, ws.Accounts[0].ID, 500, rangeDay.Year())
	s := storetest.Open(t, ws, rangeDay)
	d := New(s)
	d.Apply(d.Load(store.Everything)().(LoadedMsg))
	year := rangeDay.Year()
	withPlans := 0
	for _, a := range ws.Accounts {
		var objectives, promotions int
		for _, o := range ws.Objectives {
			if o.AccountID == a.ID && o.Year == year {
				objectives++
			}
		}
		for _, p := range ws.Promotions {
			if p.AccountID == a.ID {
				promotions++
			}
		}
		if got := d.ObjectivesOf(a.ID, year); len(got) != objectives {
			t.Errorf("%s: %d objectives, want %d", a.ID, len(got), objectives)
		}
		if got := d.PromotionsOf(a.ID); len(got) != promotions {
			t.Errorf("%s: %d promotions, want %d", a.ID, len(got), promotions)
		}
		if _, ok := d.PlanOf(a.ID, year); ok {
			withPlans++
		}
	}
	if withPlans == 0 || len(d.PlanSpends(year)) != withPlans {
		t.Errorf("%d spends for %d plans", len(d.PlanSpends(year)), withPlans)
	}
	first := d.PromotionsIn(ws.Accounts[0].ID, year)
	if len(first) < 500 || !slices.IsSortedFunc(first, func(a, b model.Promotion) int { return a.Start.Compare(b.Start) }) {
		t.Errorf("the first account's promotions of the year: %d, sorted %v", len(first), slices.IsSortedFunc(first, func(a, b model.Promotion) int { return a.Start.Compare(b.Start) }))
	}
	// The spend counts each promotion's days in the year at once; the
	// model's plan by quarter counts them one by one: the same to the cent.
	for _, s := range d.PlanSpends(year) {
		plan, _ := d.PlanOf(s.AccountID, year)
		want := model.Money(math.Round(model.PromotionPlan(year, d.PromotionsOf(s.AccountID), d.Workspace.Products, plan)[4].Spend * 100))
		for _, o := range d.ObjectivesOf(s.AccountID, year) {
			want += o.ProgrammesCost()
		}
		if s.Spend <= 0 || s.Sales != plan.PlannedSales() || s.Spend < want-1 || s.Spend > want+1 {
			t.Errorf("%+v, want a spend of %d and sales of %d", s, want, plan.PlannedSales())
		}
	}
	// Across the year's end too: the promotions of the next year, some of
	// which began in this one.
	for _, s := range d.PlanSpends(year + 1) {
		want := model.Money(math.Round(model.PromotionPlan(year+1, d.PromotionsOf(s.AccountID), nil, model.AccountPlan{})[4].Spend * 100))
		if s.Spend != want || s.Sales != 0 {
			t.Errorf("%d: %+v, want a spend of %d", year+1, s, want)
		}
	}
	if len(d.PlanSpends(year+1)) == 0 {
		t.Error("no promotion runs into next year")
	}
}

// BenchmarkPlanSpends works out every account's spend of a year in a
// territory of 2,000 accounts, as the first frame after a save of the
// plan does.
func BenchmarkPlanSpends(b *testing.B) {
	ws := storetest.Generate(2_000, rangeDay)
	d := loaded(ws)
	for b.Loop() {
		d.spends = nil
		d.PlanSpends(rangeDay.Year())
	}
}
