package model

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// rangeFixture is an account with three clusters (60, 30 and 10 stores)
// and four products.
func rangeFixture() ([]Product, []Cluster) {
	products := []Product{
		{ID: "p3", Code: "C-3", Name: T("Tea", "茶")},
		{ID: "p1", Code: "a-1", Name: T("Juice", "果汁")},
		{ID: "p2", Code: "B-2", Name: T("Water", "水")},
		{ID: "p4", Code: "D-4", Name: T("Old soda", "旧汽水"), Status: ProductPhasingOut},
		{ID: "gone", Code: "Z", Name: T("Archived", "已归档"), Archived: true},
	}
	clusters := []Cluster{
		{ID: "c", AccountID: "acc", Name: "Small", Stores: 10, Grade: "C", Share: 5},
		{ID: "a", AccountID: "acc", Name: "Hyper", Stores: 60, Grade: "A", Share: 70},
		{ID: "b", AccountID: "acc", Name: "Super", Stores: 30, Grade: "B", Share: 25},
	}
	return products, clusters
}

func carried(p, c string) Listing {
	return Listing{AccountID: "acc", ProductID: p, ClusterID: c, Listed: true}
}

func TestAssortmentOrdersRowsAndColumns(t *testing.T) {
	products, clusters := rangeFixture()
	a := BuildAssortment(products, clusters, nil, nil, time.Now(), false)
	var codes, names []string
	for _, p := range a.Products {
		codes = append(codes, p.Code)
	}
	for _, c := range a.Clusters {
		names = append(names, c.Name)
	}
	if got := strings.Join(codes, " "); got != "a-1 B-2 C-3 D-4" {
		t.Errorf("rows %q, want by code without the archived product", got)
	}
	if got := strings.Join(names, " "); got != "Hyper Super Small" {
		t.Errorf("columns %q, want A, B, C", got)
	}
	if a.Stores() != 100 {
		t.Errorf("stores %d, want 100", a.Stores())
	}
	// within a grade, the most stores first, whatever the names (which
	// differ by language)
	clusters = append(clusters, Cluster{ID: "z", AccountID: "acc", Name: "Aardvark", Stores: 61, Grade: "A"}, Cluster{ID: "n", AccountID: "acc", Name: "No grade", Stores: 500})
	a = BuildAssortment(products, clusters, nil, nil, time.Now(), false)
	names = nil
	for _, c := range a.Clusters {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, ", "); got != "Aardvark, Hyper, Super, Small, No grade" {
		t.Errorf("columns %q", got)
	}
}

func TestDistributionMaths(t *testing.T) {
	products, clusters := rangeFixture()
	// Juice in Hyper and Small (70 of 100 stores, 75 of 100 share); Water in
	// Super only; Tea nowhere.
	listings := []Listing{carried("p1", "a"), carried("p1", "c"), carried("p2", "b"),
		{AccountID: "acc", ProductID: "p3", ClusterID: "a", Listed: false, Price: 500}}
	a := BuildAssortment(products, clusters, listings, nil, time.Now(), false)
	cases := []struct {
		row           int
		stores        int
		numeric, wtd  float64
		carriedInHype bool
	}{
		{0, 70, 70, 75, true},
		{1, 30, 30, 25, false},
		{2, 0, 0, 0, false},
	}
	for _, c := range cases {
		if got := a.StoresCarrying(c.row); got != c.stores {
			t.Errorf("%s: %d stores carrying, want %d", a.Products[c.row].Code, got, c.stores)
		}
		if got, ok := a.Numeric(c.row); !ok || got != c.numeric {
			t.Errorf("%s: numeric %v %v, want %v", a.Products[c.row].Code, got, ok, c.numeric)
		}
		if got, ok := a.Weighted(c.row); !ok || got != c.wtd {
			t.Errorf("%s: weighted %v %v, want %v", a.Products[c.row].Code, got, ok, c.wtd)
		}
	}
	if got := []int{a.CarriedIn(0), a.CarriedIn(1), a.CarriedIn(2)}; got[0] != 1 || got[1] != 1 || got[2] != 1 {
		t.Errorf("carried per cluster %v, want [1 1 1]", got)
	}
	if p := a.Cell(2, 0).Price; p != 500 {
		t.Errorf("a cell not carried keeps its price: %v", p)
	}
	// No stores counted: no numeric distribution; no shares: no weighted.
	for i := range clusters {
		clusters[i].Stores, clusters[i].Share = 0, 0
	}
	a = BuildAssortment(products, clusters, listings, nil, time.Now(), false)
	if _, ok := a.Numeric(0); ok {
		t.Error("numeric distribution without stores")
	}
	if _, ok := a.Weighted(0); ok {
		t.Error("weighted distribution without shares")
	}
}

func day(s string) time.Time {
	d, err := time.ParseInLocation(DateLayout, s, time.Local)
	if err != nil {
		panic(err)
	}
	return d
}

func TestMutationsChangeTheGridOnTheirDate(t *testing.T) {
	products, clusters := rangeFixture()
	listings := []Listing{carried("p2", "a"), carried("p2", "b"), carried("p4", "a")}
	muts := []Mutation{
		{ID: "m1", AccountID: "acc", Date: day("2027-03-01"), Kind: MutationListing, ProductID: "p1", Clusters: []string{"a", "b"}, Status: MutationAgreed, Price: 990},
		{ID: "m2", AccountID: "acc", Date: day("2027-02-15"), Kind: MutationDelisting, ProductID: "p4", Clusters: []string{"a"}, Status: MutationProposed},
		{ID: "m3", AccountID: "acc", Date: day("2027-01-10"), Kind: MutationReplacement, ProductID: "p3", Replaces: "p2", Clusters: []string{"b"}, Status: MutationDone},
		{ID: "m4", AccountID: "acc", Date: day("2027-01-01"), Kind: MutationListing, ProductID: "p3", Clusters: []string{"c"}, Status: MutationRefused},
	}
	state := func(a *Assortment, p, c int) CellState { return a.Cell(p, c).State }

	before := BuildAssortment(products, clusters, listings, muts, day("2027-01-09"), false)
	// rows: p1 p2 p3 p4; columns: a b c
	if s := before.Cell(0, 0); s.State != ListingPlanned || !s.Date.Equal(day("2027-03-01")) || s.Mutation != "m1" {
		t.Errorf("juice in Hyper before its day: %+v, want listing planned 2027-03-01", s)
	}
	if state(before, 1, 1) != DelistingPlanned || state(before, 2, 1) != ListingPlanned {
		t.Error("the replacement waiting: water should be delisting planned, tea listing planned in Super")
	}
	if state(before, 3, 0) != DelistingPlanned {
		t.Error("a proposed delisting marks the cell")
	}
	if state(before, 2, 2) != NotCarried {
		t.Error("a refused change marks nothing")
	}

	onDay := BuildAssortment(products, clusters, listings, muts, day("2027-01-10"), false)
	if state(onDay, 1, 1) != NotCarried || state(onDay, 2, 1) != Carried {
		t.Error("on its day the replacement is done: water out, tea in")
	}
	if state(onDay, 1, 0) != Carried {
		t.Error("the replacement touches only its clusters")
	}

	march := BuildAssortment(products, clusters, listings, muts, day("2027-03-01"), false)
	if c := march.Cell(0, 0); c.State != Carried || c.Price != 990 || c.Mutation != "m1" {
		t.Errorf("juice in Hyper on 1 March: %+v, want carried at 9.90", c)
	}
	if state(march, 3, 0) != DelistingPlanned {
		t.Error("a proposed change never takes effect on its date alone")
	}

	after := BuildAssortment(products, clusters, listings, muts, day("2027-01-09"), true)
	if state(after, 0, 0) != Carried || state(after, 3, 0) != NotCarried || state(after, 1, 1) != NotCarried || state(after, 2, 2) != NotCarried {
		t.Error("after the pending changes: juice in, old soda out, water replaced, the refused listing not done")
	}
}

func TestARecordLaterThanAChangeWins(t *testing.T) {
	products, clusters := rangeFixture()
	// The rep saw on 5 March that juice is not on the shelf in Hyper, after
	// the listing of 1 March.
	l := carried("p1", "a")
	l.Listed, l.Since = false, day("2027-03-05")
	muts := []Mutation{{ID: "m1", AccountID: "acc", Date: day("2027-03-01"), Kind: MutationListing, ProductID: "p1", Clusters: []string{"a"}, Status: MutationDone}}
	a := BuildAssortment(products, clusters, []Listing{l}, muts, day("2027-03-10"), false)
	if s := a.Cell(0, 0).State; s != NotCarried {
		t.Errorf("the rep's later record says not carried; got %v", s)
	}
	// A change dated after the record still takes effect on its day.
	muts[0].Date = day("2027-03-06")
	a = BuildAssortment(products, clusters, []Listing{l}, muts, day("2027-03-10"), false)
	if s := a.Cell(0, 0).State; s != Carried {
		t.Errorf("a change after the record: got %v, want carried", s)
	}
	// A change on the day of the record does not undo it.
	muts[0].Date = day("2027-03-05")
	a = BuildAssortment(products, clusters, []Listing{l}, muts, day("2027-03-10"), false)
	if s := a.Cell(0, 0).State; s != NotCarried {
		t.Errorf("a change on the record's own day: got %v, want the record", s)
	}
}

func TestGaps(t *testing.T) {
	products, clusters := rangeFixture()
	// Juice in Hyper and Super (90 stores) but not Small: a gap in Small
	// (elsewhere 100%). Water in Hyper only: missing in Super (60 of 70
	// other stores, 85.7%) and Small (60 of 90, 66.7%). Tea in Small only:
	// 10 of 90 elsewhere, no gap. Old soda everywhere but Small, phasing
	// out: no gap.
	listings := []Listing{carried("p1", "a"), carried("p1", "b"), carried("p2", "a"), carried("p3", "c"),
		carried("p4", "a"), carried("p4", "b")}
	a := BuildAssortment(products, clusters, listings, nil, time.Now(), false)
	gaps := a.Gaps()
	var got []string
	for _, g := range gaps {
		got = append(got, a.Products[g.Product].ID+"@"+a.Clusters[g.Cluster].ID+"="+strconv.FormatFloat(g.Elsewhere, 'f', 1, 64))
	}
	want := "p1@c=100.0 p2@b=85.7 p2@c=66.7"
	if strings.Join(got, " ") != want {
		t.Errorf("gaps %q, want %q", strings.Join(got, " "), want)
	}
	// Exactly half of the other stores is a gap; a listing planned there is not.
	clusters[0].Stores = 30 // Small now 30: tea there is 30 of the 60 stores outside Hyper
	a = BuildAssortment(products, clusters, listings, nil, time.Now(), false)
	found := false
	for _, g := range a.Gaps() {
		if a.Products[g.Product].ID == "p3" && a.Clusters[g.Cluster].ID == "a" {
			found = true
			if g.Elsewhere != 50 {
				t.Errorf("tea elsewhere %v, want 50", g.Elsewhere)
			}
		}
	}
	if !found {
		t.Error("tea in 30 of the 60 other stores is a gap in Hyper (exactly half)")
	}
	muts := []Mutation{{ID: "m", AccountID: "acc", Date: day("2099-01-01"), Kind: MutationListing, ProductID: "p3", Clusters: []string{"a"}, Status: MutationAgreed}}
	a = BuildAssortment(products, clusters, listings, muts, time.Now(), false)
	for _, g := range a.Gaps() {
		if a.Products[g.Product].ID == "p3" && a.Clusters[g.Cluster].ID == "a" {
			t.Error("a gap with a listing planned is being chased already")
		}
	}
}

func rate(v float64) *float64 { return &v }

func TestRateOfSaleIsWeightedByStores(t *testing.T) {
	products, clusters := rangeFixture()
	l1, l2, l3 := carried("p1", "a"), carried("p1", "b"), carried("p1", "c")
	l1.RateOfSale, l2.RateOfSale = rate(4), rate(1) // Small carries it, rate unknown
	a := BuildAssortment(products, clusters, []Listing{l1, l2, l3}, nil, time.Now(), false)
	if r, ok := a.RateOfSale(0); !ok || r != 3 { // (4×60 + 1×30) / 90
		t.Errorf("rate %v %v, want 3", r, ok)
	}
	if _, ok := a.RateOfSale(1); ok {
		t.Error("a product with no rate known has none")
	}
	// A cell not carried does not count, whatever its rate.
	l2.Listed = false
	a = BuildAssortment(products, clusters, []Listing{l1, l2, l3}, nil, time.Now(), false)
	if r, _ := a.RateOfSale(0); r != 4 {
		t.Errorf("rate %v, want 4 from Hyper alone", r)
	}
	// Clusters without stores: a plain average.
	for i := range clusters {
		clusters[i].Stores = 0
	}
	l2.Listed = true
	a = BuildAssortment(products, clusters, []Listing{l1, l2, l3}, nil, time.Now(), false)
	if r, _ := a.RateOfSale(0); r != 2.5 {
		t.Errorf("rate %v, want 2.5", r)
	}
}

func TestAtRiskIsTheBottomFifth(t *testing.T) {
	var products []Product
	for i := range 11 {
		id := string(rune('a' + i))
		products = append(products, Product{ID: id, Code: id, Name: T(id, id)})
	}
	clusters := []Cluster{{ID: "x", AccountID: "acc", Name: "All", Stores: 10}}
	build := func(rates ...float64) []bool {
		var ls []Listing
		for i, r := range rates {
			l := carried(products[i].ID, "x")
			l.RateOfSale = rate(r)
			ls = append(ls, l)
		}
		return BuildAssortment(products, clusters, ls, nil, time.Now(), false).AtRisk()
	}
	flagged := func(risk []bool) string {
		var s []string
		for i, r := range risk {
			if r {
				s = append(s, products[i].ID)
			}
		}
		return strings.Join(s, "")
	}
	cases := []struct {
		rates []float64
		want  string
	}{
		{[]float64{5, 4, 3, 2}, ""},                           // four ranked: too few to speak of a fifth
		{[]float64{5, 4, 3, 2, 1}, "e"},                       // five: one
		{[]float64{6, 5, 4, 3, 2, 1}, "ef"},                   // six: a fifth rounded up is two
		{[]float64{9, 8, 7, 6, 5, 4, 3, 2, 1, 0.5}, "ij"},     // ten: two
		{[]float64{9, 8, 7, 6, 5, 4, 3, 2, 1, 1, 2}, "hijk"},  // eleven: three (1, 1, 2), and the other 2 tied at the cut
		{[]float64{9, 8, 7, 6, 5, 4, 3, 2, 2, 1}, "hij"},      // ten: two, with the one tied at the cut
		{[]float64{3, 3, 3, 3, 3}, "abcde"},                   // all tied: all at the cut
		{[]float64{5, 4, 3, 2, 0}, "e"},                       // a rate of 0 is known, and the slowest
		{[]float64{10, 20, 30, 40, 50, 60, 70, 80, 90}, "ab"}, // nine: two
		{[]float64{2, 1, 9, 8, 7, 6, 5, 4, 3, 10}, "ab"},      // the order they come in does not matter
	}
	for _, c := range cases {
		if got := flagged(build(c.rates...)); got != c.want {
			t.Errorf("rates %v: at risk %q, want %q", c.rates, got, c.want)
		}
	}
	// A product not carried is not ranked.
	var ls []Listing
	for i, r := range []float64{5, 4, 3, 2, 1} {
		l := carried(products[i].ID, "x")
		l.RateOfSale = rate(r)
		ls = append(ls, l)
	}
	ls[4].Listed = false
	if got := flagged(BuildAssortment(products, clusters, ls, nil, time.Now(), false).AtRisk()); got != "" {
		t.Errorf("four carried and ranked: %q flagged", got)
	}
}

func TestNextReview(t *testing.T) {
	o := Operations{AccountID: "acc"}
	if _, ok := o.NextReview(day("2027-01-01")); ok {
		t.Error("no date set: no next review")
	}
	o.NextRangeReview = day("2027-03-15").Add(9 * time.Hour)
	if d, ok := o.NextReview(day("2027-03-15").Add(20 * time.Hour)); !ok || !d.Equal(day("2027-03-15")) {
		t.Errorf("on the day itself the review is still ahead: %v %v", d, ok)
	}
	if _, ok := o.NextReview(day("2027-03-16")); ok {
		t.Error("a review passed is not the next one")
	}
}
