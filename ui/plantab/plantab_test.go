package plantab

import (
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/uitest"
)

// now is in the spring: the plan's year is this one.
var now = time.Date(2027, 3, 10, 10, 0, 0, 0, time.Local)

type harness struct {
	*uitest.Harness
	tab *Model
}

func newHarness(t *testing.T, ws model.Workspace) *harness {
	t.Helper()
	h, tab := uitest.For(t, ws, now, New)
	return &harness{Harness: h, tab: tab}
}

func (h *harness) view() string { return h.tab.View() }

// smallWorkspace is one account, current, with a cluster and two products.
func smallWorkspace() model.Workspace {
	return model.Workspace{
		Settings: model.Settings{CurrentAccount: "acc"},
		Accounts: []model.Account{{ID: "acc", Name: "FreshMart", Channel: model.Supermarket, Tier: "A"}},
		Clusters: []model.Cluster{{ID: "hyper", AccountID: "acc", Name: "Hyper", Stores: 30, Grade: "A"}},
		Products: []model.Product{
			{ID: "juice", Code: "J-1", Name: model.T("Orange juice", "橙汁"), ListPrice: 1000, CostPrice: 600, Status: model.ProductActive},
			{ID: "tea", Code: "T-1", Name: model.T("Green tea", "绿茶"), ListPrice: 800, CostPrice: 400, Status: model.ProductActive},
		},
	}
}

// The flow the issue asks for: set an objective, add a promotion, see its
// return and the calendar, reopen the file, see them again.
func TestObjectivePromotionReopen(t *testing.T) {
	h := newHarness(t, smallWorkspace())
	if v := h.view(); !strings.Contains(v, "FreshMart · plan 2027") || !strings.Contains(v, "No objectives") {
		t.Fatalf("the strategy view of an empty plan:\n%s", v)
	}
	h.Press("n", "text:Grow juice sell-in in the hypermarkets", "enter", "enter", "enter", // text, measure sell-in, no metric
		"text:1,000,000", "enter", "text:1.2M", "enter", // baseline, target
		"enter", "text:Li Wei", "enter", "enter") // by when (31 Dec), owner, lever (none)
	if h.tab.Form != nil {
		t.Fatalf("the objective form is still open:\n%s", h.view())
	}
	objs := h.Ctx.Data.ObjectivesOf("acc", 2027)
	if len(objs) != 1 || objs[0].Target != 1_200_000 || objs[0].Baseline != 1_000_000 || objs[0].OwnerName != "Li Wei" {
		t.Fatalf("the objective saved: %+v", objs)
	}
	if v := h.view(); !strings.Contains(v, "Grow juice sell-in") || !strings.Contains(v, "missing a growth lever") {
		t.Errorf("the objective, not SMART without a lever:\n%s", v)
	}
	h.Press("a", "text:Hypermarket display drive", "enter", "text:Li Wei", "enter", "text:2027-04-01", "enter", "text:50,000", "enter")
	if o := h.Ctx.Data.ObjectivesOf("acc", 2027)[0]; len(o.Programmes) != 1 || o.Programmes[0].Cost != 5_000_000 {
		t.Fatalf("the programme saved: %+v", o.Programmes)
	}

	h.Press("v", "v", "v") // promotions
	if v := h.view(); !strings.Contains(v, "No promotions") {
		t.Fatalf("the promotions view, empty:\n%s", v)
	}
	// The worked example of the model's test: a fortnight, 1,000 a week,
	// +150%, 20% pulled forward, 1.50 a unit and 3,000 of fees on juice
	// and tea (margin 4.00): ROI −8.6%.
	h.Press("n", "text:Spring price cut", "enter", "enter", // name, mechanic (price cut)
		"ctrl+u", "text:2027-05-01", "enter", "ctrl+u", "text:2027-05-14", "enter", "text:2027-03-01", "enter", // dates, booked
		" ", "down", " ", "enter", "enter", // both products; every cluster
		"text:1.50", "enter", "text:3,000", "enter", "text:1,000", "enter", "text:150", "enter", "text:20", "enter",
		"enter", "enter", "enter") // nothing after the event yet
	if h.tab.Form != nil {
		t.Fatalf("the promotion form is still open:\n%s", h.view())
	}
	promos := h.Ctx.Data.PromotionsIn("acc", 2027)
	if len(promos) != 1 || len(promos[0].Products) != 2 || promos[0].DiscountPerUnit != 150 || promos[0].Uplift != 150 {
		t.Fatalf("the promotion saved: %+v", promos)
	}
	v := h.view()
	for _, want := range []string{"Spring price cut", "-9%", "10.5K", "2,400", "9,600"} {
		if !strings.Contains(v, want) {
			t.Errorf("the promotions view shows %q:\n%s", want, v)
		}
	}
	h.Press("v") // the calendar
	if v := h.view(); !strings.Contains(v, "Spring price cut") {
		t.Errorf("the calendar names the promotion:\n%s", v)
	}

	path := h.Store.Path()
	h.Store.Close()
	s, err := store.Open(path, store.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ws, err := s.Load(store.Everything)
	if err != nil {
		t.Fatal(err)
	}
	again := newHarness(t, ws)
	if v := again.view(); !strings.Contains(v, "Grow juice sell-in") || !strings.Contains(v, "Hypermarket display drive") {
		t.Errorf("after reopening, the strategy:\n%s", v)
	}
	again.Press("v", "v", "v")
	if v := again.view(); !strings.Contains(v, "Spring price cut") || !strings.Contains(v, "-9%") {
		t.Errorf("after reopening, the promotions:\n%s", v)
	}
}

// The plan sheet takes SWOT points, the quarters and the costs to serve;
// a cost line it cannot read is refused where it was typed, and nothing is
// saved.
func TestPlanSheet(t *testing.T) {
	h := newHarness(t, smallWorkspace())
	h.Press("v") // the plan sheet
	if v := h.view(); !strings.Contains(v, "Strengths (ours at this account)") {
		t.Fatalf("the plan sheet:\n%s", v)
	}
	h.Press("n", "text:Our juice leads the chilled aisle", "enter")
	p, ok := h.Ctx.Data.PlanOf("acc", 2027)
	if !ok || len(p.Strengths) != 1 || p.Strengths[0] != "Our juice leads the chilled aisle" {
		t.Fatalf("the plan after a strength: %+v %v", p, ok)
	}
	h.Press("G") // the last row: the latest estimate's P&L inputs
	h.Press("e", "text:12M", "enter", "text:62", "enter", "text:Logistics 1.5%", "enter")
	if v := h.view(); !strings.Contains(v, "write a name, a colon") {
		t.Errorf("a cost line without a colon is refused:\n%s", v)
	}
	if p, _ := h.Ctx.Data.PlanOf("acc", 2027); p.PnL[model.PnLEstimate].GrossSales != 0 {
		t.Errorf("nothing is saved while the form is refused: %+v", p.PnL)
	}
	h.Press("ctrl+u", "text:Logistics: 1.5%", "ctrl+j", "text:Merchandisers: 300,000", "enter")
	p, _ = h.Ctx.Data.PlanOf("acc", 2027)
	col := p.PnL[model.PnLEstimate]
	if col.GrossSales != 1_200_000_000 || col.COGSPct != 62 || len(col.CostToServe) != 2 || col.CostToServe[0].Pct != 1.5 || col.CostToServe[1].Amount != 30_000_000 {
		t.Fatalf("the estimate's inputs: %+v", col)
	}
	if len(p.Strengths) != 1 {
		t.Error("saving a row keeps the others")
	}
}

// The case study's Streamline account spends against its posture, and says so.
func TestPostureWarningInTheCaseStudy(t *testing.T) {
	at := time.Date(2027, 3, 10, 10, 0, 0, 0, time.Local)
	ws := model.CaseStudy(at, model.English)
	for _, a := range ws.Accounts {
		if strings.HasPrefix(a.Name, "Sunrise") {
			ws.Settings.CurrentAccount = a.ID
		}
	}
	h, tab := uitest.For(t, ws, at, New)
	_ = h
	v := tab.View()
	if !strings.Contains(v, "Streamline: streamline") || !strings.Contains(v, "more than the median account") {
		t.Errorf("the Streamline account's plan is warned:\n%s", v)
	}
}

// A promotion still to run refuses an actual volume, where it is typed;
// a programme removed comes back with u.
func TestActualOnlyAfterTheEventAndProgrammeUndo(t *testing.T) {
	ws := smallWorkspace()
	ws.Promotions = []model.Promotion{{ID: "p", AccountID: "acc", Name: "Summer", Mechanic: "price_cut",
		Start: time.Date(2027, 7, 10, 0, 0, 0, 0, time.Local), End: time.Date(2027, 7, 23, 0, 0, 0, 0, time.Local), Products: []string{"juice"}}}
	ws.Objectives = []model.PlanObjective{{ID: "o", AccountID: "acc", Year: 2027, Text: "Grow", Measure: model.MeasureSellIn, Target: 1,
		Programmes: []model.Programme{{What: "Display drive"}}}}
	h := newHarness(t, ws)
	h.Press("v", "v", "v", "e")
	for range 12 { // through the event, where and the forecast, to the actual volume
		h.Press("enter")
	}
	h.Press("text:5000", "enter")
	if v := h.view(); !strings.Contains(v, "once the promotion has run: its last day is 2027-07-23") {
		t.Errorf("the actual of a promotion still to run is refused where it is typed:\n%s", v)
	}
	if p, _ := h.Ctx.Data.Promotion("p"); p.ActualVolume != nil {
		t.Errorf("nothing saved: %+v", p)
	}
	h.Press("esc", "y", "v", "v", "v", "v", "j", "d", "y") // back to the strategy; remove the programme
	if o, _ := h.Ctx.Data.Objective("o"); len(o.Programmes) != 0 {
		t.Fatalf("the programme removed: %+v", o.Programmes)
	}
	h.Press("u")
	if o, _ := h.Ctx.Data.Objective("o"); len(o.Programmes) != 1 || o.Programmes[0].What != "Display drive" {
		t.Errorf("u brings the programme back: %+v", o.Programmes)
	}
}

// Months where wanted: a month's targets are typed on the plan sheet and
// shown in the outline, which says when the months and the quarter part.
func TestPlanByMonth(t *testing.T) {
	ws := smallWorkspace()
	plan := model.AccountPlan{AccountID: "acc", Year: 2027}
	plan.Quarters[1].SellIn = 30_000_000 // 300,000 in Q2
	ws.Plans = []model.AccountPlan{plan}
	h := newHarness(t, ws)
	h.Press("v") // the sheet: 4 SWOT boxes (empty rows), 4 quarters, then January
	for range 8 {
		h.Press("j")
	}
	h.Press("j", "j", "j", "e", "text:120,000", "enter", "text:10,000", "enter", "enter", "enter") // April
	p, _ := h.Ctx.Data.PlanOf("acc", 2027)
	if p.Months[3].SellIn != 12_000_000 || p.Months[3].Volume != 10_000 {
		t.Fatalf("April's targets: %+v", p.Months)
	}
	h.Press("v") // the outline
	v := h.view()
	if !strings.Contains(v, "By month") || !strings.Contains(v, "Apr") || !strings.Contains(v, "120K") {
		t.Errorf("the outline shows April:\n%s", v)
	}
	if !strings.Contains(v, "Q2: the months add up to 120K of sell-in, the quarter plans 300K") {
		t.Errorf("the outline says the months and the quarter part:\n%s", v)
	}
}
