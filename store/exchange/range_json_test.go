package exchange

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// The JSON file carries the range: into an empty workspace and out again,
// the same bytes.
func TestTheJSONFileCarriesTheRange(t *testing.T) {
	first := exportJSON(t, load(t, newDB(t, rangeWS())))
	for _, key := range []string{`"products": [`, `"code": "MK-1L"`, `"clusters": [`, `"name": "Hyper A"`, `"listings": [`, `"rate_of_sale": 4.2`,
		`"mutations": [`, `"listing_fee": 2000000`, `"operations": [`, `"promo_lead_weeks": 8`} {
		if !bytes.Contains(first, []byte(key)) {
			t.Errorf("the file has no %s", key)
		}
	}
	file := filepath.Join(t.TempDir(), "ws.json")
	writeFile(t, file, string(first))
	db := filepath.Join(t.TempDir(), "new.db")
	code, out, errOut := kamImport(t, db, model.English, file)
	if code != 0 || !strings.Contains(out, "4 products, 3 clusters, 4 listings, 3 assortment changes, 1 operations profiles") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if again := exportJSON(t, load(t, db)); !bytes.Equal(first, again) {
		t.Errorf("the bytes differ:\n%s\n---\n%s", first, again)
	}
}

// A file of version 1, written before the range, still reads: it has none.
func TestAJSONFileOfVersion1HasNoRange(t *testing.T) {
	ws, err := ReadJSON([]byte(`{"format":"kam-workspace","version":1,"settings":{},"matrix":{},"checklist":[],
		"accounts":[{"id":"a1","name":"MegaMart","channel":"hypermarket","tier":"A"}],"evaluations":[],"knowledge":[],"people":[],
		"contacts":[],"moments":[],"terms":[],"negotiations":[],"meetings":[]}`), "old.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Accounts) != 1 || ws.Products != nil || ws.Clusters != nil || ws.Listings != nil {
		t.Errorf("%+v", ws)
	}
	if isEmpty(model.Workspace{Products: rangeWS().Products}) {
		t.Error("a workspace of products alone counts as empty")
	}
}

// theirRange is another rep's copy of rangeWS: the same products and
// clusters under IDs of their own, a product of theirs, where it is
// carried, and a rate of sale they know differently.
func theirRange() model.Workspace {
	ws := rangeWS()
	rename := map[string]string{}
	for i := range ws.Products {
		rename[ws.Products[i].ID] = "their-" + ws.Products[i].ID
		ws.Products[i].ID = rename[ws.Products[i].ID]
	}
	for i := range ws.Clusters {
		rename[ws.Clusters[i].ID] = "their-" + ws.Clusters[i].ID
		ws.Clusters[i].ID = rename[ws.Clusters[i].ID]
	}
	ws.Listings = slices.Clone(ws.Listings)
	for i := range ws.Listings {
		ws.Listings[i].ProductID, ws.Listings[i].ClusterID = rename[ws.Listings[i].ProductID], rename[ws.Listings[i].ClusterID]
	}
	ws.Mutations = slices.Clone(ws.Mutations)
	for i := range ws.Mutations {
		m := &ws.Mutations[i]
		m.ProductID = rename[m.ProductID]
		m.Clusters = slices.Clone(m.Clusters)
		for j := range m.Clusters {
			m.Clusters[j] = rename[m.Clusters[j]]
		}
	}
	ws.Products = append(ws.Products, model.Product{ID: "their-p9", Code: "KF-500", Name: model.T("Kefir 500 ml", "开菲尔 500 毫升"), Status: model.ProductNew})
	rate := 0.8
	ws.Listings = append(ws.Listings, model.Listing{AccountID: "a1", ProductID: "their-p9", ClusterID: "their-k1", Listed: true,
		Since: rangeDay(2026, 6, 1), RateOfSale: &rate})
	return ws
}

func TestMergingAnotherRepsRangeMatchesProductsByCodeAndClustersByName(t *testing.T) {
	ours := load(t, newDB(t, rangeWS()))
	theirs := theirRange()
	m := Merge(ours, theirs, PreferNone, today)
	if !m.OK() || m.Added != 2 || len(m.Conflicts) != 0 {
		t.Fatalf("added %d, conflicts %v", m.Added, m.Conflicts)
	}
	var product model.Product
	var listing model.Listing
	for _, r := range m.Records() {
		switch r := r.(type) {
		case model.Product:
			product = r
		case model.Listing:
			listing = r
		default:
			t.Errorf("also written: %T %+v", r, r)
		}
	}
	if product.Code != "KF-500" || listing.ProductID != product.ID || listing.ClusterID != "k1" || listing.AccountID != "a1" {
		t.Errorf("%+v\n%+v", product, listing)
	}
	// Written, the kefir is carried in our Hyper A.
	db := newDB(t, rangeWS())
	file := writeJSON(t, theirs)
	if code, out, errOut := kamImport(t, db, model.English, "--merge", file); code != 0 || !strings.Contains(out, "Records added: 2\nNo conflicts.") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	merged := load(t, db)
	if got := rangeCells(merged, "a1", today); !slices.Contains(got, "KF-500/Hyper A carried  0.8") || len(merged.Clusters) != 3 || len(merged.Products) != 5 {
		t.Errorf("%q, %d clusters, %d products", got, len(merged.Clusters), len(merged.Products))
	}

	// A rate of sale they know differently is a conflict, settled by --prefer.
	faster := 5.0
	theirs.Listings[0].RateOfSale = &faster
	m = Merge(ours, theirs, PreferNone, today)
	if m.OK() || len(m.Conflicts) != 1 || m.Conflicts[0].Line(model.English) != "MegaMart › listing of MK-1L in Hyper A differs in rate_of_sale" {
		t.Fatalf("%v", m.Conflicts)
	}
	m = Merge(ours, theirs, PreferTheirs, today)
	i := slices.IndexFunc(m.Records(), func(r any) bool { l, ok := r.(model.Listing); return ok && l.Key() == "a1/p1/k1" })
	if i < 0 || *m.Records()[i].(model.Listing).RateOfSale != 5 {
		t.Errorf("theirs not taken: %+v", m.Records())
	}
}
