package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// rangeWorkspace is two accounts with a range: three products, two
// clusters of the first account (60% and 30% of its sales) and one of the
// second, the first account's profile, three listings and two changes.
func rangeWorkspace() model.Workspace {
	a, b := account("Alpha Mart"), account("Beta Stores")
	a.ID, b.ID = "acc-a", "acc-b"
	rate := 2.5
	return model.Workspace{
		Accounts: []model.Account{a, b},
		Products: []model.Product{
			{ID: "p1", Code: "CR-080", Name: model.T("Seaweed crisps 80 g", "海苔脆 80 克"), Brand: "Crunch", Category: "Snacks",
				PackSize: "80 g", ListPrice: 12_90, CostPrice: 7_10, Status: model.ProductActive},
			{ID: "p2", Code: "CR-150", Name: model.T("Seaweed crisps 150 g", "海苔脆 150 克"), ListPrice: 19_90, Status: model.ProductNew,
				Launch: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)},
			{ID: "p3", Code: "CK-400", Name: model.T("Classic crackers 400 g", ""), Status: model.ProductPhasingOut},
		},
		Clusters: []model.Cluster{
			{ID: "k1", AccountID: "acc-a", Name: "Hypermarkets East", Format: "hyper", Stores: 40, Region: "East 华东", Grade: "A", Share: 60,
				Outlets: []string{"S012 Xuhui, Shanghai"}},
			{ID: "k2", AccountID: "acc-a", Name: "Convenience", Stores: 300, Grade: "C", Share: 30},
			{ID: "k3", AccountID: "acc-b", Name: "All stores", Stores: 80, Share: 100},
		},
		Operations: []model.Operations{{AccountID: "acc-a", Answers: map[string]string{"order_channel": "EDI 电子数据交换"},
			NextRangeReview: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), SubmitBy: time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC), PromoLeadWeeks: 8}},
		Listings: []model.Listing{
			{AccountID: "acc-a", ProductID: "p1", ClusterID: "k1", Listed: true, Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Price: 13_50, RateOfSale: &rate},
			{AccountID: "acc-a", ProductID: "p3", ClusterID: "k2", Listed: true},
			{AccountID: "acc-b", ProductID: "p1", ClusterID: "k3"},
		},
		Mutations: []model.Mutation{
			{ID: "m1", AccountID: "acc-a", Date: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), Kind: model.MutationReplacement,
				ProductID: "p2", Replaces: "p3", Clusters: []string{"k2"}, ListingFee: 5_000_00, Price: 21_00, Reason: "Bigger pack sells faster",
				ApprovedBy: "Zhang Min", Status: model.MutationAgreed},
			{ID: "m2", AccountID: "acc-b", Date: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), Kind: model.MutationListing,
				ProductID: "p2", Clusters: []string{"k3"}, Status: model.MutationProposed},
		},
	}
}

// rangeFile writes rangeWorkspace to a new file and returns its path, closed.
func rangeFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "range.db")
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Reset(rangeWorkspace()); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// sameRange compares the range of two workspaces, leaving out the times
// the store stamps.
func sameRange(t *testing.T, got, want model.Workspace) {
	t.Helper()
	clear := func(ws model.Workspace) model.Workspace {
		ws = model.Workspace{Products: slices.Clone(ws.Products), Clusters: slices.Clone(ws.Clusters), Operations: slices.Clone(ws.Operations),
			Listings: slices.Clone(ws.Listings), Mutations: slices.Clone(ws.Mutations)}
		for i := range ws.Products {
			ws.Products[i].Created, ws.Products[i].Updated = time.Time{}, time.Time{}
		}
		for i := range ws.Clusters {
			ws.Clusters[i].Created, ws.Clusters[i].Updated = time.Time{}, time.Time{}
		}
		for i := range ws.Operations {
			ws.Operations[i].Created, ws.Operations[i].Updated = time.Time{}, time.Time{}
		}
		for i := range ws.Listings {
			ws.Listings[i].Created, ws.Listings[i].Updated = time.Time{}, time.Time{}
		}
		for i := range ws.Mutations {
			ws.Mutations[i].Created, ws.Mutations[i].Updated = time.Time{}, time.Time{}
		}
		byKey(ws.Products)
		byKey(ws.Clusters)
		byKey(ws.Operations)
		byKey(ws.Listings)
		byKey(ws.Mutations)
		return ws
	}
	g, w := clear(got), clear(want)
	for _, kind := range []struct {
		name      string
		got, want any
	}{{"products", g.Products, w.Products}, {"clusters", g.Clusters, w.Clusters}, {"operations", g.Operations, w.Operations},
		{"listings", g.Listings, w.Listings}, {"mutations", g.Mutations, w.Mutations}} {
		if !reflect.DeepEqual(kind.got, kind.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", kind.name, kind.got, kind.want)
		}
	}
}

func byKey[T model.Record](list []T) {
	slices.SortFunc(list, func(a, b T) int { return strings.Compare(a.Key(), b.Key()) })
}

// TestRangeRoundTrip saves every kind of the range one by one into a real
// file, reopens it and reads each back as saved: new products, clusters
// and changes get their IDs; a later save keeps when each was created and
// moves when it was updated.
func TestRangeRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ws.db")
	clock := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	first, later := clock, clock.Add(26*time.Hour)
	s, err := Open(path, Options{Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	want := rangeWorkspace()
	for _, a := range want.Accounts {
		if _, err := s.Save(a); err != nil {
			t.Fatal(err)
		}
	}
	// Products, clusters and changes saved without an ID get one.
	ids := map[string]string{}
	newID := func(old, id string) string {
		if id == "" || id == old {
			t.Fatalf("%s saved as %q", old, id)
		}
		ids[old] = id
		return id
	}
	for i, p := range want.Products {
		old := p.ID
		p.ID = ""
		saved := save(t, s, p)
		want.Products[i].ID = newID(old, saved.ID)
	}
	for i, c := range want.Clusters {
		old := c.ID
		c.ID = ""
		saved := save(t, s, c)
		want.Clusters[i].ID = newID(old, saved.ID)
	}
	for i := range want.Listings {
		l := &want.Listings[i]
		l.ProductID, l.ClusterID = ids[l.ProductID], ids[l.ClusterID]
	}
	for i := range want.Mutations {
		m := &want.Mutations[i]
		m.ProductID, m.Replaces = ids[m.ProductID], ids[m.Replaces]
		for j, c := range m.Clusters {
			m.Clusters[j] = ids[c]
		}
	}
	for _, o := range want.Operations {
		save(t, s, o)
	}
	for _, l := range want.Listings {
		save(t, s, l)
	}
	for i, m := range want.Mutations {
		old := m.ID
		m.ID = ""
		saved := save(t, s, m)
		want.Mutations[i].ID = newID(old, saved.ID)
	}
	if saved := save(t, s, want.Products[0]); !saved.Created.Equal(first) || !saved.Updated.Equal(first) {
		t.Errorf("a new product stamped %v / %v, want %v", saved.Created, saved.Updated, first)
	}

	// A day later, each kind saved again.
	clock = later
	edited := []any{want.Products[0], want.Clusters[0], want.Operations[0], want.Listings[0], want.Mutations[0]}
	for _, rec := range edited {
		if _, err := s.Save(rec); err != nil {
			t.Fatalf("saving %T again: %v", rec, err)
		}
	}
	s.Close()

	s, err = Open(path, Options{Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	sameRange(t, got, want)
	times := func(what string, created, updated time.Time, edited bool) {
		t.Helper()
		wantUpdated := first
		if edited {
			wantUpdated = later
		}
		if !created.Equal(first) || !updated.Equal(wantUpdated) {
			t.Errorf("%s: created %v, updated %v; want %v, %v", what, created, updated, first, wantUpdated)
		}
	}
	for _, p := range got.Products {
		times("product "+p.Code, p.Created, p.Updated, p.ID == want.Products[0].ID)
	}
	for _, c := range got.Clusters {
		times("cluster "+c.Name, c.Created, c.Updated, c.ID == want.Clusters[0].ID)
	}
	for _, o := range got.Operations {
		times("operations of "+o.AccountID, o.Created, o.Updated, true)
	}
	for _, l := range got.Listings {
		times("listing "+l.Key(), l.Created, l.Updated, l.Key() == want.Listings[0].Key())
	}
	for _, m := range got.Mutations {
		times("change "+m.ID, m.Created, m.Updated, m.ID == want.Mutations[0].ID)
	}

	// The store's own readers see the same records.
	products, err1 := s.Products()
	clusters, err2 := s.Clusters()
	ops, err3 := s.Operations()
	listings, err4 := s.Listings()
	mutations, err5 := s.Mutations()
	if err := errors.Join(err1, err2, err3, err4, err5); err != nil {
		t.Fatal(err)
	}
	if len(products) != 3 || len(clusters) != 3 || len(ops) != 1 || len(listings) != 3 || len(mutations) != 2 {
		t.Errorf("readers: %d products, %d clusters, %d profiles, %d listings, %d changes",
			len(products), len(clusters), len(ops), len(listings), len(mutations))
	}
}

// save saves one record through Save and returns it as saved.
func save[T any](t *testing.T, s *Store, rec T) T {
	t.Helper()
	out, err := s.Save(rec)
	if err != nil {
		t.Fatalf("saving %T: %v", rec, err)
	}
	return out[0].(T)
}

// refused checks that a save was refused with a message in both
// languages that says what it should, and that the file is unchanged.
func refused(t *testing.T, s *Store, rec any, says ...string) {
	t.Helper()
	before, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Save(rec)
	if err == nil {
		t.Errorf("saved %+v", rec)
		return
	}
	en, zh := model.Localize(err, model.English), model.Localize(err, model.Chinese)
	if en == zh {
		t.Errorf("%q is told in one language only", en)
	}
	for _, want := range says {
		if !strings.Contains(en, want) {
			t.Errorf("%q does not say %q", en, want)
		}
	}
	after, _ := s.Load(Everything)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("a refused %T changed the file", rec)
	}
}

// TestRangeReferencesAreChecked: a listing names a product the workspace
// holds and a cluster of its own account; a change, its products and
// clusters likewise; everything an account owns names an account there.
func TestRangeReferencesAreChecked(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Reset(rangeWorkspace()); err != nil {
		t.Fatal(err)
	}
	listing := model.Listing{AccountID: "acc-a", ProductID: "p2", ClusterID: "k1", Listed: true}
	save(t, s, listing) // the same record, named rightly, is taken

	l := listing
	l.ProductID = "p9"
	refused(t, s, l, "no product p9")
	l = listing
	l.ClusterID = "k9"
	refused(t, s, l, "account acc-a has no cluster k9")
	l = listing
	l.ClusterID = "k3" // acc-b's
	refused(t, s, l, "account acc-a has no cluster k3")

	change := model.Mutation{AccountID: "acc-a", Date: fixedNow, Kind: model.MutationReplacement, ProductID: "p2", Replaces: "p1",
		Clusters: []string{"k1", "k2"}, Status: model.MutationProposed}
	save(t, s, change)
	m := change
	m.ProductID = "p9"
	refused(t, s, m, "no product p9")
	m = change
	m.Replaces = "p8"
	refused(t, s, m, "no product p8")
	m = change
	m.Clusters = []string{"k1", "k3"}
	refused(t, s, m, "account acc-a has no cluster k3")
	m = change
	m.Clusters = []string{"k1", "gone"}
	refused(t, s, m, "account acc-a has no cluster gone")

	for _, rec := range []any{
		model.Cluster{AccountID: "nobody", Name: "Ghost stores"},
		model.Operations{AccountID: "nobody"},
		model.Listing{AccountID: "nobody", ProductID: "p1", ClusterID: "k1"},
		model.Mutation{AccountID: "nobody", Date: fixedNow, Kind: model.MutationListing, ProductID: "p1", Clusters: []string{"k1"}, Status: model.MutationProposed},
	} {
		if _, err := s.Save(rec); err == nil || !strings.Contains(err.Error(), "no account nobody") {
			t.Errorf("%T of a missing account: %v", rec, err)
		}
	}

	// A cluster stays with its account: others name it.
	c := rangeWorkspace().Clusters[1]
	c.AccountID, c.Share = "acc-b", 0
	refused(t, s, c, "stays with its account")

	// What the model refuses, the store refuses too.
	refused(t, s, model.Product{Code: "X1"}, "a product needs a name")
	refused(t, s, model.Listing{AccountID: "acc-a", ProductID: "p1"}, "names an account, a product and a cluster")
}

// TestProductCodesAreUnique: a code is one whatever its case and the
// spaces around it; the refusal names the code and the product holding it.
// A product keeps its own code on a later save, and a changed code frees
// the old one.
func TestProductCodesAreUnique(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Reset(rangeWorkspace()); err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"CR-080", "cr-080", "  Cr-080 "} {
		refused(t, s, model.Product{Code: code, Name: model.T("Copy", "副本")}, strconv.Quote(strings.TrimSpace(code)), "Seaweed crisps 80 g")
	}
	_, err := s.Save(model.Product{Code: "cr-080", Name: model.T("Copy", "副本")})
	if zh := model.Localize(err, model.Chinese); !strings.Contains(zh, "海苔脆 80 克") || !strings.Contains(zh, "产品编码") {
		t.Errorf("Chinese: %q", zh)
	}

	p := rangeWorkspace().Products[0]
	p.Name.EN = "Seaweed crisps 80 g (new look)"
	save(t, s, p)
	p.Code = " cr-081 "
	if saved := save(t, s, p); saved.Code != "cr-081" {
		t.Errorf("the code is kept as %q, want it trimmed", saved.Code)
	}
	moved := save(t, s, model.Product{Code: "CR-080", Name: model.T("Another", "另一个")})
	if moved.ID == "" || moved.ID == p.ID {
		t.Errorf("the freed code went to %q", moved.ID)
	}
	refused(t, s, model.Product{Code: "CR-081", Name: model.T("Copy", "副本")}, `"CR-081"`, "new look")

	// An archived product keeps its code: restore it rather than make another.
	p3 := rangeWorkspace().Products[2]
	p3.Archived = true
	save(t, s, p3)
	refused(t, s, model.Product{Code: "ck-400", Name: model.T("Crackers", "饼干")}, "archived", "restore that product")

	ws, err := s.Load(Everything)
	if err != nil {
		t.Fatalf("the file after the renames: %v", err)
	}
	if len(ws.Products) != 4 {
		t.Errorf("%d products, want 4", len(ws.Products))
	}
}

// TestClusterSharesStayWithinAllSales: an account's clusters share at
// most all its sales, the saved cluster counted at its new share, archived
// clusters not at all; other accounts' clusters do not count.
func TestClusterSharesStayWithinAllSales(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Reset(rangeWorkspace()); err != nil { // acc-a: k1 60%, k2 30%
		t.Fatal(err)
	}
	refused(t, s, model.Cluster{AccountID: "acc-a", Name: "Online", Share: 10.5}, "100.5%", "more than 100%")
	online := save(t, s, model.Cluster{AccountID: "acc-a", Name: "Online", Share: 10}) // exactly 100
	k1 := rangeWorkspace().Clusters[0]
	k1.Share = 61
	refused(t, s, k1, "101%")
	k1.Share = 55
	save(t, s, k1)
	online.Share = 15
	save(t, s, online) // 55 + 30 + 15
	online.Share = 16
	refused(t, s, online, "101%")
	k2 := rangeWorkspace().Clusters[1]
	k2.Archived = true
	save(t, s, k2)
	online.Share = 45
	save(t, s, online) // 55 + 45, the archived 30 left out
	// acc-b's one cluster holds 100% on its own.
	save(t, s, model.Cluster{AccountID: "acc-b", Name: "Online", Share: 0})
	if _, err := s.Load(Everything); err != nil {
		t.Error(err)
	}
}

// TestRangeDeletes: a listing, a change and a profile are deleted; a
// product and a cluster, which others name, are archived instead.
func TestRangeDeletes(t *testing.T) {
	s, _ := openTemp(t)
	ws := rangeWorkspace()
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	empty := ws.Listings[2] // not listed, no price, no rate: the UI deletes it
	if empty.Listed || empty.Price != 0 || empty.RateOfSale != nil {
		t.Fatalf("not an empty cell: %+v", empty)
	}
	if err := s.Delete(empty, ws.Mutations[0], ws.Operations[0]); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Listings) != 2 || slices.ContainsFunc(got.Listings, func(l model.Listing) bool { return l.Key() == empty.Key() }) ||
		len(got.Mutations) != 1 || got.Mutations[0].ID != "m2" || len(got.Operations) != 0 {
		t.Errorf("after deleting: listings %+v, changes %+v, profiles %+v", got.Listings, got.Mutations, got.Operations)
	}
	for _, rec := range []any{ws.Products[0], ws.Clusters[0]} {
		err := s.Delete(rec)
		if err == nil || !strings.Contains(err.Error(), "archived, never deleted") || !strings.Contains(model.Localize(err, model.Chinese), "只能归档") {
			t.Errorf("deleting a %T: %v", rec, err)
		}
	}
	if again, _ := s.Load(Everything); len(again.Products) != 3 || len(again.Clusters) != 3 {
		t.Errorf("a refused delete removed something: %d products, %d clusters", len(again.Products), len(again.Clusters))
	}
}

// TestResetWritesTheRange: a reset writes the whole range, each record
// with the times it brought, and Load reads it back; a reset whose range
// would not save (two products of one code, a listing of a cluster of
// another account) is refused whole and leaves the file as it was.
func TestResetWritesTheRange(t *testing.T) {
	s, path := openTemp(t)
	ws := rangeWorkspace()
	made := time.Date(2026, 2, 3, 10, 0, 0, 0, time.UTC)
	ws.Products[1].Created, ws.Products[1].Updated = made, made.Add(time.Hour)
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Load(Rest)
	if err != nil {
		t.Fatal(err)
	}
	sameRange(t, got, ws)
	p2 := got.Products[slices.IndexFunc(got.Products, func(p model.Product) bool { return p.ID == "p2" })]
	if !p2.Created.Equal(made) || !p2.Updated.Equal(made.Add(time.Hour)) {
		t.Errorf("the times a reset brings: %v / %v", p2.Created, p2.Updated)
	}
	if !got.Listings[0].Created.Equal(fixedNow) {
		t.Errorf("a record without times is stamped now: %v", got.Listings[0].Created)
	}

	for name, spoil := range map[string]func(*model.Workspace){
		"two products of one code": func(ws *model.Workspace) {
			ws.Products = append(ws.Products, model.Product{ID: "p4", Code: "ck-400 ", Name: model.T("Twin", "")})
		},
		"another account's cluster": func(ws *model.Workspace) { ws.Listings[2].ClusterID = "k1" },
		"shares over 100":           func(ws *model.Workspace) { ws.Clusters[1].Share = 41 },
		"a change of a missing product": func(ws *model.Workspace) {
			ws.Mutations[1].ProductID = "p9"
		},
	} {
		bad := rangeWorkspace()
		bad.Accounts = append(bad.Accounts, account("Gamma"))
		spoil(&bad)
		if err := s.Reset(bad); err == nil {
			t.Errorf("%s: reset", name)
		}
		after, err := s.Load(Everything)
		if err != nil || len(after.Accounts) != 2 || len(after.Products) != 3 {
			t.Errorf("%s: the refused reset changed the file: %d accounts, %d products, %v", name, len(after.Accounts), len(after.Products), err)
		}
	}

	// A reset without a range leaves none behind, nor any code taken.
	if err := s.Reset(model.Workspace{Accounts: ws.Accounts}); err != nil {
		t.Fatal(err)
	}
	empty, _ := s.Load(Everything)
	if n := len(empty.Products) + len(empty.Clusters) + len(empty.Operations) + len(empty.Listings) + len(empty.Mutations); n != 0 {
		t.Errorf("%d range records left after a reset without them", n)
	}
	save(t, s, ws.Products[0])
	save(t, s, model.Cluster{AccountID: "acc-a", Name: "New", Share: 100})
}

// TestMigrateFromSchema3 opens a schema-3 file (the case study as that
// schema stored it: every bucket but the range's and the plan's): it is
// upgraded after a backup, gains the range's buckets empty, keeps every
// record, and takes a range.
func TestMigrateFromSchema3(t *testing.T) {
	path := caseStudyFile(t)
	writeBoltTo(t, path, func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketProducts, bucketOperations, bucketClusters, bucketListings, bucketMutations,
			bucketProductCodes, bucketClustersByAccount, bucketObjectives, bucketPlans, bucketPromotions} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return putMeta(tx, "3")
	})
	before := readOnlyLoad(t, path)
	if before.schema != 3 {
		t.Fatalf("the hand-made file is at schema %d", before.schema)
	}

	s := openMigrated(t, path)
	if s.Schema() != SchemaVersion || SchemaVersion < rangeSchema {
		t.Errorf("schema %d after migrating", s.Schema())
	}
	after, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after.Accounts, before.ws.Accounts) || !reflect.DeepEqual(after.Meetings, before.ws.Meetings) ||
		!reflect.DeepEqual(after.Contacts, before.ws.Contacts) || !reflect.DeepEqual(after.Evaluations, before.ws.Evaluations) ||
		len(after.Negotiations) == 0 || len(after.Negotiations) != len(before.ws.Negotiations) {
		t.Error("the migration changed the records the file held")
	}
	if n := len(after.Products) + len(after.Clusters) + len(after.Operations) + len(after.Listings) + len(after.Mutations); n != 0 {
		t.Errorf("%d range records out of nowhere", n)
	}
	s.db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketProducts, bucketOperations, bucketClusters, bucketListings, bucketMutations,
			bucketProductCodes, bucketClustersByAccount} {
			if tx.Bucket(b) == nil {
				t.Errorf("no %s bucket after migrating", b)
			}
		}
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != strconv.Itoa(SchemaVersion) {
			t.Errorf("schema %q written", v)
		}
		return nil
	})
	acc := after.Accounts[0].ID
	p := save(t, s, model.Product{Code: "N-1", Name: model.T("New", "新品")})
	c := save(t, s, model.Cluster{AccountID: acc, Name: "All stores", Stores: 10, Share: 100})
	save(t, s, model.Listing{AccountID: acc, ProductID: p.ID, ClusterID: c.ID, Listed: true})
	if v := verifyFile(t, s.Backup()); v.Schema != 3 {
		t.Errorf("the backup is at schema %d", v.Schema)
	}
}

type loaded struct {
	ws     model.Workspace
	schema int
}

// readOnlyLoad reads what a file holds without upgrading it: the kinds of
// schema 3, from their buckets.
func readOnlyLoad(t *testing.T, path string) loaded {
	t.Helper()
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var ws model.Workspace
	s.view(func(tx *bolt.Tx) error {
		r := &refs{tx: tx}
		for _, k := range kinds {
			if k.since > 3 {
				continue
			}
			if err := k.load(tx.Bucket(k.bucket), &ws, r); err != nil {
				t.Fatal(err)
			}
		}
		return nil
	})
	return loaded{ws, s.Schema()}
}

// TestDamagedRangeIsReported stores range records no save would write:
// Load reports each as damage naming the record, in both languages, and
// Verify names it too.
func TestDamagedRangeIsReported(t *testing.T) {
	base := rangeFile(t)
	whole, _ := os.ReadFile(base)
	tests := []struct {
		name, bucket, key, raw, says string
	}{
		{"two products of one code", "products", "p0", `{"id":"p0","code":" cr-080","name":{"en":"Twin"}}`, `product code " cr-080" is used by more than one product`},
		{"a product without a name", "products", "p9", `{"id":"p9","code":"Z-1"}`, "a product needs a name"},
		{"a product under another's key", "products", "p9", `{"id":"p8","code":"Z-1","name":{"en":"Stray"}}`, "another key"},
		{"a cluster of a missing account", "clusters", "k9", `{"id":"k9","account_id":"gone","name":"Ghost"}`, `account "gone"`},
		{"clusters sharing more than all sales", "clusters", "k0", `{"id":"k0","account_id":"acc-a","name":"Online","share":10.5}`, "100.5%"},
		{"a grade kam does not know", "clusters", "k9", `{"id":"k9","account_id":"acc-a","name":"Online","grade":"Z"}`, "not a grade"},
		{"a profile of a missing account", "operations", "gone", `{"account_id":"gone"}`, `account "gone"`},
		{"a profile answering no question", "operations", "acc-a", `{"account_id":"acc-a","answers":{"favourite_colour":"red"}}`, "favourite_colour"},
		{"a listing of a missing product", "listings", "acc-a/p9/k1", `{"account_id":"acc-a","product_id":"p9","cluster_id":"k1"}`, "no product p9"},
		{"a listing of another account's cluster", "listings", "acc-a/p1/k3", `{"account_id":"acc-a","product_id":"p1","cluster_id":"k3"}`, "account acc-a has no cluster k3"},
		{"a listing under another key", "listings", "acc-a/p1/k2", `{"account_id":"acc-a","product_id":"p2","cluster_id":"k2"}`, "another key"},
		{"a negative rate of sale", "listings", "acc-a/p2/k2", `{"account_id":"acc-a","product_id":"p2","cluster_id":"k2","rate_of_sale":-1}`, "rate of sale"},
		{"a change replacing a missing product", "mutations", "m9",
			`{"id":"m9","account_id":"acc-a","date":"2026-12-01T00:00:00Z","kind":"replacement","product_id":"p1","replaces":"p9","clusters":["k1"],"status":"agreed"}`, "no product p9"},
		{"a change in another account's cluster", "mutations", "m9",
			`{"id":"m9","account_id":"acc-a","date":"2026-12-01T00:00:00Z","kind":"listing","product_id":"p1","clusters":["k1","k3"],"status":"agreed"}`, "account acc-a has no cluster k3"},
		{"a change of a missing account", "mutations", "m9",
			`{"id":"m9","account_id":"gone","date":"2026-12-01T00:00:00Z","kind":"listing","product_id":"p1","clusters":["k1"],"status":"agreed"}`, `account "gone"`},
		{"a change status kam does not know", "mutations", "m9",
			`{"id":"m9","account_id":"acc-a","date":"2026-12-01T00:00:00Z","kind":"listing","product_id":"p1","clusters":["k1"],"status":"maybe"}`, "not a status"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ws.db")
			os.WriteFile(path, whole, 0o600)
			corrupt(t, path, tt.bucket, tt.key, tt.raw)
			s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
			if err != nil {
				t.Fatal(err)
			}
			record := tt.bucket + "/" + tt.key
			for _, part := range []Part{Rest, Everything} {
				ws, err := s.Load(part)
				wantDamaged(t, err, path, record)
				if !strings.Contains(err.Error(), tt.says) {
					t.Errorf("%q does not say %q", err, tt.says)
				}
				if len(ws.Products)+len(ws.Listings) != 0 {
					t.Error("a damaged load handed records on")
				}
			}
			if _, err := s.Load(FirstFrame); err != nil {
				t.Errorf("the first frame, which reads no range: %v", err)
			}
			s.Close()
			v := verifyFile(t, path)
			if len(v.Problems) == 0 || !strings.Contains(v.Problems[0].Error(), record) {
				t.Errorf("Verify: %v", v.Problems)
			}
		})
	}
	// The file as saved has no problem, and Verify counts the range.
	v := verifyFile(t, base)
	if len(v.Problems) != 0 {
		t.Fatalf("the range as saved: %v", v.Problems)
	}
	counts := bucketCounts(v)
	if counts["products"] != 3 || counts["clusters"] != 3 || counts["operations"] != 1 || counts["listings"] != 3 || counts["mutations"] != 2 {
		t.Errorf("counts: %v", v)
	}
}
