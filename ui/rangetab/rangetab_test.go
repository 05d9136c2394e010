package rangetab

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/uitest"
)

var now = time.Date(2026, 11, 28, 10, 0, 0, 0, time.Local)

type harness struct {
	*uitest.Harness
	tab *Model
}

func newHarness(t *testing.T, ws model.Workspace) *harness {
	t.Helper()
	h, tab := uitest.For(t, ws, now, New)
	return &harness{Harness: h, tab: tab}
}

// smallWorkspace is one account, current, with two clusters and one
// product, and nothing carried.
func smallWorkspace() model.Workspace {
	return model.Workspace{
		Settings: model.Settings{CurrentAccount: "acc"},
		Accounts: []model.Account{{ID: "acc", Name: "FreshMart", Channel: model.Supermarket, Tier: "A", Outlets: 50}},
		Clusters: []model.Cluster{
			{ID: "hyper", AccountID: "acc", Name: "Hyper", Stores: 30, Grade: "A", Share: 70},
			{ID: "super", AccountID: "acc", Name: "Super", Stores: 20, Grade: "B", Share: 30},
		},
		Products: []model.Product{{ID: "tea", Code: "T-1", Name: model.T("Green tea", "绿茶"), Status: model.ProductActive}},
	}
}

func (h *harness) view() string { return h.tab.View() }

// The flow the issue asks for: add a product, list it in two clusters,
// plan a delisting, reopen the file, and see it all.
func TestAddListPlanReopen(t *testing.T) {
	h := newHarness(t, smallWorkspace())
	h.Press("V") // Our products
	if !strings.Contains(h.view(), "Our products (1)") {
		t.Fatalf("the products view:\n%s", h.view())
	}
	h.Press("n", "text:J-1", "enter", "text:Orange juice", "enter", "text:橙汁", "enter", "text:Sunny", "enter",
		"text:Juice", "enter", "text:1 l", "enter", // the product
		"text:12.50", "enter", "text:7.50", "enter", "enter", "enter") // prices, launch, status
	if h.tab.Form != nil {
		t.Fatalf("the product form is still open:\n%s", h.view())
	}
	products := h.Ctx.Data.Products()
	if len(products) != 2 || products[0].Code != "J-1" || products[0].ListPrice != 1250 || products[0].CostPrice != 750 {
		t.Fatalf("products after the form: %+v", products)
	}
	if v := h.view(); !strings.Contains(v, "Orange juice") || !strings.Contains(v, "40%") {
		t.Errorf("the new product with its margin (40%%):\n%s", v)
	}

	h.Press("v") // round to the grid
	if v := h.view(); !strings.Contains(v, "J-1 Orange juice") {
		t.Fatalf("the grid shows the new product:\n%s", v)
	}
	h.Press(" ", "l", " ") // carried in Hyper, then in Super
	a := h.Ctx.Data.Assortment("acc", now, false)
	if a.Cell(0, 0).State != model.Carried || a.Cell(0, 1).State != model.Carried {
		t.Fatalf("juice is carried in both clusters: %+v %+v", a.Cell(0, 0), a.Cell(0, 1))
	}
	if pct, _ := a.Numeric(0); pct != 100 {
		t.Errorf("distribution %v, want 100", pct)
	}

	// plan a delisting in Super from the grid
	h.Press("p")
	if v := h.view(); !strings.Contains(v, "New change of the range") {
		t.Fatalf("p opens a change:\n%s", v)
	}
	h.Press("text:2027-01-15", "enter", "enter", "enter", "enter", "enter", // date, kind (delisting), product, replaces, clusters
		"text:Slow in supermarkets", "enter", "enter", "enter", "text:Ma Lin", "enter", "enter")
	if h.tab.Form != nil {
		t.Fatalf("the change form is still open:\n%s", h.view())
	}
	muts := h.Ctx.Data.MutationsOf("acc")
	if len(muts) != 1 || muts[0].Kind != model.MutationDelisting || muts[0].Clusters[0] != "super" || muts[0].Reason != "Slow in supermarkets" {
		t.Fatalf("the change saved: %+v", muts)
	}
	if v := h.view(); !strings.Contains(v, "x01-15") {
		t.Errorf("the grid shows the delisting planned:\n%s", v)
	}

	// reopen the file
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
	if v := again.view(); !strings.Contains(v, "J-1 Orange juice") || !strings.Contains(v, "x01-15") || !strings.Contains(v, "[on") {
		t.Errorf("after reopening, the grid:\n%s", v)
	}
	on := model.BuildAssortment(ws.Products, ws.Clusters, ws.Listings, ws.Mutations, time.Date(2027, 1, 15, 0, 0, 0, 0, time.Local), false)
	if on.Cell(0, 1).State != model.DelistingPlanned {
		t.Errorf("a proposed delisting waits to be agreed: %+v", on.Cell(0, 1))
	}
}

// wideWorkspace is an account with products × clusters, every cell
// carried with a rate of sale, and changes of every kind.
func wideWorkspace(products, clusters int) model.Workspace {
	ws := model.Workspace{
		Settings: model.Settings{CurrentAccount: "acc"},
		Accounts: []model.Account{{ID: "acc", Name: "FreshMart", Channel: model.Supermarket, Tier: "A"}},
	}
	for c := range clusters {
		ws.Clusters = append(ws.Clusters, model.Cluster{ID: fmt.Sprintf("c%02d", c), AccountID: "acc",
			Name: fmt.Sprintf("Cluster %02d", c), Stores: 10 + c, Grade: "A"})
	}
	for p := range products {
		id := fmt.Sprintf("p%03d", p)
		ws.Products = append(ws.Products, model.Product{ID: id, Code: fmt.Sprintf("P-%03d", p), Name: model.T(fmt.Sprintf("Product number %03d", p), ""), Status: model.ProductActive})
		for c := range clusters {
			if (p+c)%5 == 0 {
				continue
			}
			r := float64((p*7+c*3)%40) / 2
			ws.Listings = append(ws.Listings, model.Listing{AccountID: "acc", ProductID: id, ClusterID: fmt.Sprintf("c%02d", c), Listed: true, RateOfSale: &r, Price: 990})
		}
	}
	kinds := []model.MutationKind{model.MutationListing, model.MutationDelisting, model.MutationReplacement}
	statuses := []model.MutationStatus{model.MutationProposed, model.MutationAgreed, model.MutationDone, model.MutationRefused}
	for i := range min(30, products/2) {
		mu := model.Mutation{ID: fmt.Sprintf("m%02d", i), AccountID: "acc", Date: now.AddDate(0, 0, i*30-60), Kind: kinds[i%3],
			ProductID: fmt.Sprintf("p%03d", i*2), Clusters: []string{fmt.Sprintf("c%02d", i%clusters)}, Status: statuses[i%4]}
		if mu.Kind == model.MutationReplacement {
			mu.Replaces = fmt.Sprintf("p%03d", i*2+1)
		}
		ws.Mutations = append(ws.Mutations, mu)
	}
	return ws
}

// A grid wider than the screen scrolls across with the cursor, and the
// product names and their distribution stay in view.
func TestWideGridScrollsKeepingProductNames(t *testing.T) {
	h := newHarness(t, wideWorkspace(12, 14))
	h.Tab.SetSize(80, 22)
	v := h.view()
	if !strings.Contains(v, "Cluster 13") || strings.Contains(v, "Cluster 00") {
		t.Fatalf("the first columns are the A clusters with the most stores, from 13 down:\n%s", v)
	}
	if !strings.Contains(v, "1–5 of 14 (←/→)") {
		t.Errorf("the summary says which clusters are in view:\n%s", v)
	}
	for range 13 {
		h.Press("l")
	}
	v = h.view()
	if !strings.Contains(v, "Cluster 00") || strings.Contains(v, "Cluster 13") {
		t.Errorf("at the last column, the last clusters are in view:\n%s", v)
	}
	for _, name := range []string{"P-000 Product", "P-005 Product", "Dist."} {
		if !strings.Contains(v, name) {
			t.Errorf("%q stays in view while the clusters scroll:\n%s", name, v)
		}
	}
	if !strings.Contains(v, "@ Cluster 00") {
		t.Errorf("the cell line names the cursor's cluster:\n%s", v)
	}
	h.Press("h")
	if v := h.view(); !strings.Contains(v, "@ Cluster 01") {
		t.Errorf("h moves back a column:\n%s", v)
	}
}

// Bad input in the cell form is told where it was typed, and nothing is
// saved; a good rate of sale is saved with the day it was known.
func TestCellFormRefusesABadRate(t *testing.T) {
	h := newHarness(t, smallWorkspace())
	h.Press("e")
	if h.tab.Form == nil {
		t.Fatal("e opens the cell's form")
	}
	h.Press("enter", "enter", "enter", "text:2,5", "enter") // carried? known on, price, rate
	if v := h.view(); !strings.Contains(v, "three digits") {
		t.Errorf("the form says why 2,5 is refused:\n%s", v)
	}
	if n := len(h.Ctx.Data.ListingsOf("acc")); n != 0 {
		t.Fatalf("nothing saved while the form is refused: %d listings", n)
	}
	h.Press("ctrl+u", "backspace", "backspace", "backspace", "text:2.5", "enter")
	ls := h.Ctx.Data.ListingsOf("acc")
	if len(ls) != 1 || ls[0].RateOfSale == nil || *ls[0].RateOfSale != 2.5 || !ls[0].Since.Equal(model.Day(now)) {
		t.Fatalf("the cell saved: %+v", ls)
	}
}

// The view after the pending changes is to read, not to edit; the
// changes list filters by status and by date.
func TestAfterPendingAndFilters(t *testing.T) {
	h := newHarness(t, wideWorkspace(10, 3))
	h.Press("a")
	if v := h.view(); !strings.Contains(v, "[after the pending changes]") {
		t.Fatalf("a shows the range after the pending changes:\n%s", v)
	}
	h.Press(" ")
	if !strings.Contains(h.Status, "after the pending changes") || len(h.Ctx.Data.ListingsOf("acc")) != len(wideWorkspace(10, 3).Listings) {
		t.Errorf("space does not edit that view: %q", h.Status)
	}
	h.Press("a", "v")
	all := len(h.tab.filteredMutations("acc"))
	h.Press("s") // still to happen
	pending := h.tab.filteredMutations("acc")
	for _, mu := range pending {
		if !mu.Pending(now) {
			t.Errorf("%s is not pending: %+v", mu.ID, mu)
		}
	}
	h.Press("s", "s", "s") // done
	for _, mu := range h.tab.filteredMutations("acc") {
		if mu.Status != model.MutationDone {
			t.Errorf("the done filter shows %s", mu.Status)
		}
	}
	h.Press("s", "s", "t") // round to all statuses; the next 90 days
	next := h.tab.filteredMutations("acc")
	for _, mu := range next {
		if mu.Date.Before(model.Day(now)) || mu.Date.After(now.AddDate(0, 0, 90)) {
			t.Errorf("%s on %s is not in the next 90 days", mu.ID, mu.Date.Format(model.DateLayout))
		}
	}
	if all != 5 || len(pending) == 0 || len(pending) >= all || len(next) == 0 || len(next) >= all {
		t.Errorf("all %d, pending %d, next 90 days %d", all, len(pending), len(next))
	}
}

// The outlets form refuses shares over 100% across the account, and the
// profile's edit counts one unknown less.
func TestOutletSharesAndProfile(t *testing.T) {
	h := newHarness(t, smallWorkspace())
	h.Press("v", "v", "n", "text:Express", "enter", "enter", "text:5", "enter", "enter", "enter", "text:10", "enter", "enter")
	if v := h.view(); !strings.Contains(v, "110%") {
		t.Errorf("a share that takes the total to 110%% is refused, saying so:\n%s", v)
	}
	if n := len(h.Ctx.Data.ClustersOf("acc")); n != 2 {
		t.Errorf("%d clusters; nothing saved", n)
	}
	h.Press("esc", "y", "v") // the profile
	unknown := (model.Operations{}).Unknown()
	if v := h.view(); !strings.Contains(v, fmt.Sprintf("%d of %d still unknown", unknown, model.OpsQuestions())) {
		t.Fatalf("the profile counts what is unknown:\n%s", v)
	}
	h.Press("text:j", "e", "text:Central replenishment", "enter")
	o, ok := h.Ctx.Data.OperationsOf("acc")
	if !ok || o.Answers["order_who"] != "Central replenishment" || o.Unknown() != unknown-1 {
		t.Fatalf("the answer saved: %+v", o)
	}
	h.SetLang(model.Chinese)
	if v := h.view(); !strings.Contains(v, "订货人") || !strings.Contains(v, "Central replenishment") {
		t.Errorf("the profile in Chinese:\n%s", v)
	}
}

// A listing of a product every chosen cluster already carries is refused,
// saying why, and nothing is saved; the cells show what they show first.
func TestAListingOfWhatIsCarriedIsRefused(t *testing.T) {
	ws := smallWorkspace()
	ws.Listings = []model.Listing{{AccountID: "acc", ProductID: "tea", ClusterID: "hyper", Listed: true}}
	h := newHarness(t, ws)
	h.Press("p")                                         // on a carried cell: a delisting is proposed
	h.Press("text:2027-01-15", "enter", "left", "enter") // the kind back to listing
	for range 8 {
		h.Press("enter")
	}
	if v := h.view(); !strings.Contains(v, "already carried in every cluster chosen") {
		t.Errorf("the listing of a carried product is refused:\n%s", v)
	}
	if n := len(h.Ctx.Data.MutationsOf("acc")); n != 0 {
		t.Errorf("%d changes saved", n)
	}
	h.Press("esc", "y", "m")
	if v := h.view(); !strings.Contains(strings.Split(v, "\n")[1], "showing: units/store/week") || !strings.Contains(v, "? = carried, rate not known") {
		t.Errorf("rates shown: the summary says so first, the legend explains them:\n%s", v)
	}
}
