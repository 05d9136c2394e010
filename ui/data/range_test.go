package data

import (
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
)

var rangeDay = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// rangeData holds two accounts' ranges: four products (one archived),
// a's clusters in every grade and one archived, b's one cluster.
func rangeData() *Data {
	day := func(d int) time.Time { return model.Day(rangeDay).AddDate(0, 0, d) }
	rate := 4.0
	return loaded(model.Workspace{
		Accounts: []model.Account{{ID: "a", Name: "Alpha"}, {ID: "b", Name: "Beta"}},
		Products: []model.Product{
			{ID: "p1", Code: "sc-02", Name: model.T("Crisps 80 g", "海苔脆 80 克")},
			{ID: "p2", Code: "SC-01", Name: model.T("Crisps 40 g", "海苔脆 40 克")},
			{ID: "p3", Code: "ab-9", Name: model.T("Old crackers", "旧饼干"), Archived: true},
			{ID: "p4", Code: "Mn-1", Name: model.T("Mixed nuts", "混合坚果")},
		},
		Clusters: []model.Cluster{
			{ID: "k1", AccountID: "a", Name: "Convenience", Grade: "C", Stores: 100},
			{ID: "k2", AccountID: "a", Name: "Online", Stores: 10},
			{ID: "k3", AccountID: "a", Name: "Hypers", Grade: "A", Stores: 40},
			{ID: "k4", AccountID: "a", Name: "Closed", Grade: "A", Stores: 5, Archived: true},
			{ID: "k5", AccountID: "b", Name: "All", Grade: "B", Stores: 80},
			{ID: "k6", AccountID: "a", Name: "Ahead", Grade: "A", Stores: 20},
		},
		Operations: []model.Operations{{AccountID: "a", PromoLeadWeeks: 6}},
		Listings: []model.Listing{
			{AccountID: "a", ProductID: "p1", ClusterID: "k3", Listed: true, RateOfSale: &rate},
			{AccountID: "a", ProductID: "p1", ClusterID: "k1", Listed: true},
			{AccountID: "b", ProductID: "p1", ClusterID: "k5", Listed: true},
		},
		Mutations: []model.Mutation{
			{ID: "m3", AccountID: "a", Date: day(30), Kind: model.MutationListing, ProductID: "p2", Clusters: []string{"k3"}, Status: model.MutationAgreed},
			{ID: "m1", AccountID: "a", Date: day(-10), Kind: model.MutationListing, ProductID: "p4", Clusters: []string{"k1"}, Status: model.MutationDone,
				Created: day(-40)},
			{ID: "m2", AccountID: "a", Date: day(-10), Kind: model.MutationDelisting, ProductID: "p1", Clusters: []string{"k1"}, Status: model.MutationRefused,
				Created: day(-50)},
			{ID: "m4", AccountID: "b", Date: day(5), Kind: model.MutationDelisting, ProductID: "p1", Clusters: []string{"k5"}, Status: model.MutationProposed},
		},
	})
}

func ids[T model.Record](list []T) []string {
	out := make([]string, len(list))
	for i, r := range list {
		out[i] = r.Key()
	}
	return out
}

func same(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}

func TestRangeFinders(t *testing.T) {
	d := rangeData()
	// Not archived, by code whatever its case: ab-9 is archived.
	if got := ids(d.Products()); !same(got, []string{"p4", "p2", "p1"}) {
		t.Errorf("products %v, want p4 (MN-1), p2 (SC-01), p1 (SC-02)", got)
	}
	if p, ok := d.Product("p3"); !ok || !p.Archived {
		t.Errorf("an archived product is still found by its ID: %+v %v", p, ok)
	}
	if _, ok := d.Product("p9"); ok {
		t.Error("found a product that is not there")
	}
	// A first (the most stores first), then B, C, none; archived left
	// out; only a's.
	if got := ids(d.ClustersOf("a")); !same(got, []string{"k3", "k6", "k1", "k2"}) {
		t.Errorf("a's clusters %v, want k3 (A, 40 stores), k6 (A, 20), k1 (C), k2 (no grade)", got)
	}
	if got := ids(d.ClustersOf("b")); !same(got, []string{"k5"}) {
		t.Errorf("b's clusters %v", got)
	}
	if c, ok := d.Cluster("k4"); !ok || c.Name != "Closed" {
		t.Errorf("an archived cluster by its ID: %+v %v", c, ok)
	}
	if got := d.ListingsOf("a"); len(got) != 2 || got[0].ClusterID != "k3" || got[1].ClusterID != "k1" {
		t.Errorf("a's listings %+v", got)
	}
	// By day, then as made: m2 was made before m1 on the same day.
	if got := ids(d.MutationsOf("a")); !same(got, []string{"m2", "m1", "m3"}) {
		t.Errorf("a's changes %v, want m2, m1, m3", got)
	}
	if m, ok := d.Mutation("m4"); !ok || m.AccountID != "b" {
		t.Errorf("change m4: %+v %v", m, ok)
	}
	if o, ok := d.OperationsOf("a"); !ok || o.PromoLeadWeeks != 6 {
		t.Errorf("a's profile: %+v %v", o, ok)
	}
	if _, ok := d.OperationsOf("b"); ok {
		t.Error("b has no profile, yet one was found")
	}

	var none *Data
	if none.Products() != nil || none.ClustersOf("a") != nil || none.ListingsOf("a") != nil || none.MutationsOf("a") != nil {
		t.Error("no data, yet records")
	}
	if _, ok := none.OperationsOf("a"); ok {
		t.Error("no data, yet a profile")
	}
	if a := none.Assortment("a", rangeDay, false); len(a.Products)+len(a.Clusters) != 0 {
		t.Error("no data, yet a range")
	}
}

// TestAssortmentOfAnAccount: the range of a on the day, and once the
// pending changes have happened; b's records play no part.
func TestAssortmentOfAnAccount(t *testing.T) {
	d := rangeData()
	a := d.Assortment("a", rangeDay, false)
	row := map[string]int{}
	for i, p := range a.Products {
		row[p.ID] = i
	}
	col := map[string]int{}
	for i, c := range a.Clusters {
		col[c.ID] = i
	}
	if len(a.Products) != 3 || len(a.Clusters) != 4 || a.Stores() != 170 {
		t.Fatalf("%d products, %d clusters, %d stores; want 3, 4, 170", len(a.Products), len(a.Clusters), a.Stores())
	}
	cells := []struct {
		product, cluster string
		want             model.CellState
	}{
		{"p1", "k3", model.Carried},
		{"p1", "k1", model.Carried},        // the refused delisting changes nothing
		{"p4", "k1", model.Carried},        // listed ten days ago
		{"p2", "k3", model.ListingPlanned}, // agreed for thirty days from now
		{"p2", "k1", model.NotCarried},
		{"p1", "k2", model.NotCarried},
	}
	for _, c := range cells {
		if got := a.Cell(row[c.product], col[c.cluster]).State; got != c.want {
			t.Errorf("%s in %s: %v, want %v", c.product, c.cluster, got, c.want)
		}
	}
	if r, ok := a.RateOfSale(row["p1"]); !ok || r != 4 {
		t.Errorf("p1's rate of sale %v %v", r, ok)
	}
	after := d.Assortment("a", rangeDay, true)
	if got := after.Cell(row["p2"], col["k3"]).State; got != model.Carried {
		t.Errorf("after the pending changes, p2 in k3: %v", got)
	}
	b := d.Assortment("b", rangeDay, false)
	if len(b.Clusters) != 1 || b.Cell(0, 0).State != model.NotCarried || b.Cell(2, 0).State != model.DelistingPlanned {
		t.Errorf("b: %d clusters, cells %v %v", len(b.Clusters), b.Cell(0, 0).State, b.Cell(2, 0).State)
	}
}

// TestSavedRangeRecordsKeepTheIndexes: saved and deleted records of the
// range reach the finders.
func TestSavedRangeRecordsKeepTheIndexes(t *testing.T) {
	d := rangeData()
	SavedMsg{Records: []any{
		model.Listing{AccountID: "a", ProductID: "p2", ClusterID: "k1", Listed: true},
		model.Listing{AccountID: "a", ProductID: "p1", ClusterID: "k3", Listed: false}, // replaces the one recorded
		model.Mutation{ID: "m5", AccountID: "a", Date: rangeDay.AddDate(0, 0, -30), Kind: model.MutationListing, ProductID: "p2",
			Clusters: []string{"k2"}, Status: model.MutationDone},
		model.Product{ID: "p5", Code: "AA-1", Name: model.T("New", "新品")},
		model.Cluster{ID: "k3", AccountID: "a", Name: "Hypers", Grade: "A", Stores: 40, Archived: true},
		model.Operations{AccountID: "b", PromoLeadWeeks: 3},
	}}.ApplyTo(d)
	if got := d.ListingsOf("a"); len(got) != 3 || got[0].Listed {
		t.Errorf("a's listings after saving: %+v", got)
	}
	if got := ids(d.MutationsOf("a")); !same(got, []string{"m5", "m2", "m1", "m3"}) {
		t.Errorf("a's changes %v", got)
	}
	if got := ids(d.Products()); len(got) != 4 || got[0] != "p5" {
		t.Errorf("products %v, want p5 first", got)
	}
	if got := ids(d.ClustersOf("a")); !same(got, []string{"k6", "k1", "k2"}) {
		t.Errorf("a's clusters after archiving k3: %v", got)
	}
	if o, ok := d.OperationsOf("b"); !ok || o.PromoLeadWeeks != 3 {
		t.Errorf("b's new profile: %+v %v", o, ok)
	}
	// m5 listed p2 (SC-01, the third row after AA-1 and MN-1) in k2 (the
	// last column now k3 is archived) a month ago.
	a := d.Assortment("a", rangeDay, false)
	if len(a.Clusters) != 3 || a.Products[2].ID != "p2" || a.Clusters[2].ID != "k2" || a.Cell(2, 2).State != model.Carried {
		t.Errorf("after the saves: %v × %v, p2 in k2 %v", ids(a.Products), ids(a.Clusters), a.Cell(2, 2).State)
	}

	SavedMsg{Records: []any{
		model.Listing{AccountID: "a", ProductID: "p2", ClusterID: "k1"},
		model.Mutation{ID: "m3", AccountID: "a"},
		model.Operations{AccountID: "a"},
	}, Deleted: true}.ApplyTo(d)
	if got := d.ListingsOf("a"); len(got) != 2 {
		t.Errorf("a's listings after deleting one: %+v", got)
	}
	if _, ok := d.Mutation("m3"); ok || len(d.MutationsOf("a")) != 3 {
		t.Errorf("m3 is still there: %v", ids(d.MutationsOf("a")))
	}
	if m, ok := d.Mutation("m4"); !ok || m.AccountID != "b" {
		t.Errorf("m4 lost after a deletion before it: %+v", m)
	}
	if _, ok := d.OperationsOf("a"); ok {
		t.Error("a's deleted profile is still found")
	}
}

// TestRangeFromTheFile: a generated territory read from its file gives
// the first account its forty clusters and a range, as the model works
// it out from the same records.
func TestRangeFromTheFile(t *testing.T) {
	ws := storetest.Generate(30, rangeDay)
	s := storetest.Open(t, ws, rangeDay)
	d := New(s)
	d.Apply(d.Load(store.Everything)().(LoadedMsg))
	first := ws.Accounts[0].ID
	if got := len(d.ClustersOf(first)); got != 40 {
		t.Errorf("%d clusters, want 40", got)
	}
	if len(d.Products()) == 0 || len(d.ListingsOf(first)) == 0 || len(d.MutationsOf(first)) < 5 {
		t.Errorf("%d products, %d listings, %d changes", len(d.Products()), len(d.ListingsOf(first)), len(d.MutationsOf(first)))
	}
	if _, ok := d.OperationsOf(first); !ok {
		t.Error("no profile for the first account")
	}
	a := d.Assortment(first, rangeDay, false)
	var listings []model.Listing
	var clusters []model.Cluster
	var changes []model.Mutation
	for _, l := range ws.Listings {
		if l.AccountID == first {
			listings = append(listings, l)
		}
	}
	for _, c := range ws.Clusters {
		if c.AccountID == first {
			clusters = append(clusters, c)
		}
	}
	for _, m := range ws.Mutations {
		if m.AccountID == first {
			changes = append(changes, m)
		}
	}
	want := model.BuildAssortment(ws.Products, clusters, listings, changes, rangeDay, false)
	if len(a.Products) != len(want.Products) || len(a.Clusters) != len(want.Clusters) {
		t.Fatalf("%d × %d, want %d × %d", len(a.Products), len(a.Clusters), len(want.Products), len(want.Clusters))
	}
	for p := range a.Products {
		for c := range a.Clusters {
			if a.Cell(p, c).State != want.Cell(p, c).State {
				t.Fatalf("cell %d, %d: %v, want %v", p, c, a.Cell(p, c).State, want.Cell(p, c).State)
			}
		}
	}
}
