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

// planWorkspace is rangeWorkspace with a plan: two objectives of acc-a
// and one of acc-b, acc-a's plans of 2026 and 2027, and three promotions
// (two of acc-a, in its clusters or all of them, one of acc-b, run and
// judged).
func planWorkspace() model.Workspace {
	ws := rangeWorkspace()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	sold := 5400.0
	ws.Objectives = []model.PlanObjective{
		{ID: "o1", AccountID: "acc-a", Year: 2027, Text: "Grow sell-in of the crisps by a fifth 薯片进货额增长 20%", Measure: model.MeasureSellIn,
			Baseline: 1_200_000, Target: 1_440_000, ByWhen: day(2027, 12, 31), OwnerName: "Li Wei 李伟", Lever: "distribution",
			Programmes: []model.Programme{
				{What: "List the 150 g pack in the convenience stores", Who: "Li Wei", When: day(2027, 3, 1), Cost: 15_000_00},
				{What: "Gondola ends at Chinese New Year 春节端架", Who: "Sarah Lin", When: day(2027, 2, 1), Cost: 40_000_00},
			}},
		{ID: "o2", AccountID: "acc-a", Year: 2027, Text: "Numeric distribution of the core range to 85%", Measure: model.MeasureDistribution,
			Baseline: 70, Target: 85, ByWhen: day(2027, 9, 30), OwnerName: "Li Wei", Lever: "distribution"},
		{ID: "o3", AccountID: "acc-b", Year: 2027, Text: "Out-of-stocks below 3% 缺货率低于 3%", Measure: model.MeasureMetric,
			Metric: "Out-of-stock rate", MetricUnit: "percent", Baseline: 6, Target: 3},
	}
	ws.Plans = []model.AccountPlan{
		{AccountID: "acc-a", Year: 2027,
			Strengths: []string{"The best rate of sale in the category 品类内单店销量最高"}, Weaknesses: []string{"Few facings in convenience"},
			Opportunities: []string{"Twelve new stores in the south 华南新开 12 家店"}, Threats: []string{"Private label at 25% less"},
			Quarters: [4]model.QuarterPlan{
				{QuarterFigures: model.QuarterFigures{SellIn: 400_000_00, Volume: 40_000, Share: 12, Distribution: 75}, Other: 10_000_00},
				{QuarterFigures: model.QuarterFigures{SellIn: 300_000_00, Volume: 30_000, Share: 12.5, Distribution: 78}},
				{QuarterFigures: model.QuarterFigures{SellIn: 320_000_00, Volume: 32_000, Share: 13, Distribution: 80}},
				{QuarterFigures: model.QuarterFigures{SellIn: 420_000_00, Volume: 42_000, Share: 13.5, Distribution: 85}, Other: 20_000_00},
			},
			LastYear: [4]model.QuarterFigures{{SellIn: 350_000_00, Volume: 36_000, Share: 11}, {SellIn: 280_000_00}, {SellIn: 290_000_00}, {SellIn: 380_000_00}},
			KeyDates: []model.KeyDate{
				{Date: day(2027, 2, 6), What: "Chinese New Year 春节", Kind: "festival"},
				{Date: day(2027, 5, 18), What: "Store anniversary 店庆", Kind: "anniversary"},
				{Date: day(2027, 3, 1), What: "Range review 品项评审", Kind: "range_review"},
			},
			PnL: [model.PnLColumns]model.PnLColumn{
				{GrossSales: 1_300_000_00, COGSPct: 55, CostToServe: []model.CostLine{{Name: "Logistics 物流", Pct: 3}}},
				{COGSPct: 54, CostToServe: []model.CostLine{{Name: "Logistics 物流", Pct: 3}, {Name: "Merchandisers 理货员", Amount: 60_000_00}}},
				{COGSPct: 54},
			}},
		{AccountID: "acc-a", Year: 2026, Strengths: []string{"Listed everywhere"}},
	}
	ws.Promotions = []model.Promotion{
		{ID: "pr1", AccountID: "acc-a", Name: "Chinese New Year gondola 春节端架", Mechanic: "display", Start: day(2027, 1, 20), End: day(2027, 2, 16),
			Booked: day(2026, 11, 1), Products: []string{"p1", "p2"}, Clusters: []string{"k1"}, DiscountPerUnit: 1_00, FixedFees: 20_000_00,
			BaselinePerWeek: 1200, Uplift: 60, PullForward: 20},
		{ID: "pr2", AccountID: "acc-a", Name: "618 multibuy", Mechanic: "multibuy", Start: day(2027, 6, 10), End: day(2027, 6, 20),
			Products: []string{"p1"}, BaselinePerWeek: 900, Uplift: 40, Notes: "Every cluster 全部门店群"},
		{ID: "pr3", AccountID: "acc-b", Name: "Leaflet, autumn", Mechanic: "leaflet", Start: day(2026, 9, 1), End: day(2026, 9, 14),
			Products: []string{"p3"}, Clusters: []string{"k3"}, FixedFees: 8_000_00, BaselinePerWeek: 2000, Uplift: 25,
			ActualVolume: &sold, Verdict: "change"},
	}
	return ws
}

// planFile writes planWorkspace to a new file and returns its path, closed.
func planFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.db")
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Reset(planWorkspace()); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// samePlan compares the plan of two workspaces, leaving out the times the
// store stamps.
func samePlan(t *testing.T, got, want model.Workspace) {
	t.Helper()
	objectives, plans, promotions := slices.Clone(got.Objectives), slices.Clone(got.Plans), slices.Clone(got.Promotions)
	wantObjectives, wantPlans, wantPromotions := slices.Clone(want.Objectives), slices.Clone(want.Plans), slices.Clone(want.Promotions)
	for _, list := range [][]model.PlanObjective{objectives, wantObjectives} {
		for i := range list {
			list[i].Created, list[i].Updated = time.Time{}, time.Time{}
		}
		byKey(list)
	}
	for _, list := range [][]model.AccountPlan{plans, wantPlans} {
		for i := range list {
			list[i].Created, list[i].Updated = time.Time{}, time.Time{}
		}
		byKey(list)
	}
	for _, list := range [][]model.Promotion{promotions, wantPromotions} {
		for i := range list {
			list[i].Created, list[i].Updated = time.Time{}, time.Time{}
		}
		byKey(list)
	}
	if !reflect.DeepEqual(objectives, wantObjectives) {
		t.Errorf("objectives:\n got %+v\nwant %+v", objectives, wantObjectives)
	}
	if !reflect.DeepEqual(plans, wantPlans) {
		t.Errorf("plans:\n got %+v\nwant %+v", plans, wantPlans)
	}
	if !reflect.DeepEqual(promotions, wantPromotions) {
		t.Errorf("promotions:\n got %+v\nwant %+v", promotions, wantPromotions)
	}
}

// TestPlanRoundTrip saves every kind of the plan one by one into a real
// file, reopens it and reads each back as saved: new objectives and
// promotions get their IDs, a plan is kept under its account and year; a
// save a day later keeps when each was created and moves when it was
// updated, whatever times the record brought.
func TestPlanRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ws.db")
	clock := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	first, later := clock, clock.Add(26*time.Hour)
	s, err := Open(path, Options{Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	want := planWorkspace()
	range_ := rangeWorkspace()
	range_.Listings, range_.Mutations, range_.Operations = nil, nil, nil
	if err := s.Reset(range_); err != nil { // accounts, products, clusters
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for i, o := range want.Objectives {
		o.ID = ""
		saved := save(t, s, o)
		if saved.ID == "" || ids[saved.ID] {
			t.Fatalf("objective %d saved as %q", i, saved.ID)
		}
		ids[saved.ID] = true
		stamped(t, "new objective", saved.Created, saved.Updated, first, first)
		want.Objectives[i].ID = saved.ID
	}
	for _, p := range want.Plans {
		saved := save(t, s, p)
		stamped(t, "new plan", saved.Created, saved.Updated, first, first)
	}
	for i, p := range want.Promotions {
		p.ID = ""
		saved := save(t, s, p)
		if saved.ID == "" || ids[saved.ID] {
			t.Fatalf("promotion %d saved as %q", i, saved.ID)
		}
		ids[saved.ID] = true
		want.Promotions[i].ID = saved.ID
	}

	// A day later, the first of each saved again, bringing times of its
	// own as a screen holding an old copy would.
	clock = later
	stale := first.Add(-400 * 24 * time.Hour)
	o, p, pr := want.Objectives[0], want.Plans[0], want.Promotions[0]
	o.Created, o.Updated = stale, stale
	p.Created, p.Updated = stale, stale
	pr.Created, pr.Updated = stale, stale
	o.Target = 1_500_000
	want.Objectives[0].Target = o.Target
	out, err := s.Save(o, p, pr)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range out {
		switch r := rec.(type) {
		case model.PlanObjective:
			stamped(t, "objective saved again", r.Created, r.Updated, first, later)
		case model.AccountPlan:
			stamped(t, "plan saved again", r.Created, r.Updated, first, later)
		case model.Promotion:
			stamped(t, "promotion saved again", r.Created, r.Updated, first, later)
		}
	}
	// Saving a plan of the same account and year replaces it: one a year.
	again := want.Plans[1]
	again.Threats = []string{"A new discounter next door"}
	want.Plans[1].Threats = again.Threats
	save(t, s, again)
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
	samePlan(t, got, want)
	for _, o := range got.Objectives {
		wantUpdated := first
		if o.ID == want.Objectives[0].ID {
			wantUpdated = later
		}
		stamped(t, "objective "+o.ID, o.Created, o.Updated, first, wantUpdated)
	}
	for _, p := range got.Plans {
		stamped(t, "plan "+p.Key(), p.Created, p.Updated, first, later)
	}
	for _, pr := range got.Promotions {
		wantUpdated := first
		if pr.ID == want.Promotions[0].ID {
			wantUpdated = later
		}
		stamped(t, "promotion "+pr.Name, pr.Created, pr.Updated, first, wantUpdated)
	}
	if got.Promotions[slices.IndexFunc(got.Promotions, func(p model.Promotion) bool { return p.Name == "Leaflet, autumn" })].ActualVolume == nil {
		t.Error("the actual volume was lost")
	}

	// The store's own readers see the same records; the first frame none.
	objectives, err1 := s.Objectives()
	plans, err2 := s.Plans()
	promotions, err3 := s.Promotions()
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if len(objectives) != 3 || len(plans) != 2 || len(promotions) != 3 {
		t.Errorf("readers: %d objectives, %d plans, %d promotions", len(objectives), len(plans), len(promotions))
	}
	if plans[0].Key() != "acc-a/2026" || plans[1].Key() != "acc-a/2027" {
		t.Errorf("plans kept under %q, %q", plans[0].Key(), plans[1].Key())
	}
	ff, err := s.Load(FirstFrame)
	if err != nil || len(ff.Objectives)+len(ff.Plans)+len(ff.Promotions) != 0 {
		t.Errorf("the first frame read the plan: %d, %d, %d, %v", len(ff.Objectives), len(ff.Plans), len(ff.Promotions), err)
	}
}

// TestPlanReferencesAreChecked: a promotion names products the workspace
// holds and clusters of its own account, archived ones too; everything of
// the plan names an account there; what the model refuses, the store
// refuses, in both languages, leaving the file as it was.
func TestPlanReferencesAreChecked(t *testing.T) {
	s, _ := openTemp(t)
	ws := planWorkspace()
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	promo := ws.Promotions[0]
	promo.ID = ""
	save(t, s, promo) // the same promotion, named rightly, is taken

	p := promo
	p.Products = []string{"p1", "p9"}
	refused(t, s, p, `promotion "Chinese New Year gondola 春节端架"`, "no product p9")
	p = promo
	p.Clusters = []string{"k1", "k3"} // k3 is acc-b's
	refused(t, s, p, "account acc-a has no cluster k3")
	p = promo
	p.Clusters = []string{"gone"}
	refused(t, s, p, "account acc-a has no cluster gone")
	_, err := s.Save(p)
	if zh := model.Localize(err, model.Chinese); !strings.Contains(zh, "促销") || !strings.Contains(zh, "没有门店群 gone") {
		t.Errorf("Chinese: %q", zh)
	}

	// An archived product and cluster are still there to be named.
	k2 := rangeWorkspace().Clusters[1]
	k2.Archived = true
	save(t, s, k2)
	p3 := rangeWorkspace().Products[2]
	p3.Archived = true
	save(t, s, p3)
	p = promo
	p.Products, p.Clusters = []string{"p3"}, []string{"k2"}
	save(t, s, p)

	for _, rec := range []any{
		model.PlanObjective{AccountID: "nobody", Year: 2027, Text: "Grow", Measure: model.MeasureSellIn},
		model.AccountPlan{AccountID: "nobody", Year: 2027},
		model.Promotion{AccountID: "nobody", Name: "Ghost", Mechanic: "display", Start: fixedNow, End: fixedNow, Products: []string{"p1"}},
	} {
		if _, err := s.Save(rec); err == nil || !strings.Contains(err.Error(), "no account nobody") {
			t.Errorf("%T of a missing account: %v", rec, err)
		}
	}

	// What the model refuses, the store refuses too.
	o := ws.Objectives[0]
	o.Year = 1999
	refused(t, s, o, "1999 is not a year")
	o = ws.Objectives[1]
	o.Target = 120
	refused(t, s, o, "a percentage is from 0% to 100%")
	pl := ws.Plans[0]
	pl.PnL[model.PnLPlan].CostToServe = []model.CostLine{{Name: " ", Amount: 1}}
	refused(t, s, pl, "a cost to serve has a name")
	p = promo
	p.End = p.Start.AddDate(0, 0, -1)
	refused(t, s, p, "ends on or after the day it starts")
	p = promo
	p.Products = nil
	refused(t, s, p, "at least one product")
}

// TestPlanDeletes: objectives, plans and promotions are deleted, one or
// several at once; what is left is read back whole.
func TestPlanDeletes(t *testing.T) {
	s, _ := openTemp(t)
	ws := planWorkspace()
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ws.Objectives[1], ws.Plans[1], ws.Promotions[0], ws.Promotions[2]); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Objectives) != 2 || slices.ContainsFunc(got.Objectives, func(o model.PlanObjective) bool { return o.ID == "o2" }) ||
		len(got.Plans) != 1 || got.Plans[0].Year != 2027 || len(got.Promotions) != 1 || got.Promotions[0].ID != "pr2" {
		t.Errorf("after deleting: objectives %v, plans %v, promotions %v", keys(got.Objectives), keys(got.Plans), keys(got.Promotions))
	}
	// Deleting one that is not there takes nothing else with it.
	if err := s.Delete(ws.Objectives[1]); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Load(Everything); len(again.Objectives) != 2 {
		t.Errorf("%d objectives after deleting one already gone", len(again.Objectives))
	}
}

func keys[T model.Record](list []T) []string {
	out := make([]string, len(list))
	for i, r := range list {
		out[i] = r.Key()
	}
	return out
}

// TestResetWritesThePlan: a reset writes the whole plan, each record with
// the times it brought, and Load reads it back; a reset whose plan would
// not save is refused whole and leaves the file as it was; a reset
// without a plan leaves none behind.
func TestResetWritesThePlan(t *testing.T) {
	s, path := openTemp(t)
	ws := planWorkspace()
	made := time.Date(2026, 2, 3, 10, 0, 0, 0, time.UTC)
	ws.Promotions[1].Created, ws.Promotions[1].Updated = made, made.Add(time.Hour)
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
	samePlan(t, got, ws)
	pr2 := got.Promotions[slices.IndexFunc(got.Promotions, func(p model.Promotion) bool { return p.ID == "pr2" })]
	stamped(t, "the times a reset brings", pr2.Created, pr2.Updated, made, made.Add(time.Hour))
	stamped(t, "a record without times", got.Objectives[0].Created, got.Objectives[0].Updated, fixedNow, fixedNow)

	for name, spoil := range map[string]func(*model.Workspace){
		"a promotion of a missing product":    func(ws *model.Workspace) { ws.Promotions[1].Products = []string{"p9"} },
		"a promotion in another's cluster":    func(ws *model.Workspace) { ws.Promotions[2].Clusters = []string{"k1"} },
		"an objective of a missing account":   func(ws *model.Workspace) { ws.Objectives[2].AccountID = "gone" },
		"a plan with a share over 100%":       func(ws *model.Workspace) { ws.Plans[0].Quarters[2].Share = 101 },
		"a promotion without a mechanic":      func(ws *model.Workspace) { ws.Promotions[0].Mechanic = "" },
		"an objective measured by no measure": func(ws *model.Workspace) { ws.Objectives[0].Measure = "luck" },
	} {
		bad := planWorkspace()
		spoil(&bad)
		if err := s.Reset(bad); err == nil {
			t.Errorf("%s: reset", name)
		}
		after, err := s.Load(Everything)
		if err != nil || len(after.Objectives) != 3 || len(after.Plans) != 2 || len(after.Promotions) != 3 {
			t.Errorf("%s: the refused reset changed the file: %d objectives, %d plans, %d promotions, %v",
				name, len(after.Objectives), len(after.Plans), len(after.Promotions), err)
		}
	}

	if err := s.Reset(rangeWorkspace()); err != nil {
		t.Fatal(err)
	}
	empty, _ := s.Load(Everything)
	if n := len(empty.Objectives) + len(empty.Plans) + len(empty.Promotions); n != 0 {
		t.Errorf("%d plan records left after a reset without them", n)
	}
	save(t, s, planWorkspace().Promotions[0])
}

// TestMigrateFromSchema4 opens a schema-4 file (the range as that schema
// stored it: every bucket but the plan's): it is upgraded after a backup,
// gains the plan's buckets empty, keeps every record, and takes a plan.
// A schema-4 file that lacks a range bucket is damage; one that lacks the
// plan's is not.
func TestMigrateFromSchema4(t *testing.T) {
	path := rangeFile(t)
	writeBoltTo(t, path, func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketObjectives, bucketPlans, bucketPromotions} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return putMeta(tx, "4")
	})
	var before model.Workspace
	var schema int
	func() {
		s, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		schema = s.Schema()
		s.view(func(tx *bolt.Tx) error {
			r := &refs{tx: tx}
			for _, k := range kinds {
				if k.since > 4 {
					continue
				}
				if err := k.load(tx.Bucket(k.bucket), &before, r); err != nil {
					t.Fatal(err)
				}
			}
			return nil
		})
	}()
	if schema != 4 {
		t.Fatalf("the hand-made file is at schema %d", schema)
	}

	s := openMigrated(t, path)
	if s.Schema() != SchemaVersion || SchemaVersion != planSchema {
		t.Errorf("schema %d after migrating, this kam writes %d", s.Schema(), SchemaVersion)
	}
	after, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after.Accounts, before.Accounts) || !reflect.DeepEqual(after.Products, before.Products) ||
		!reflect.DeepEqual(after.Clusters, before.Clusters) || !reflect.DeepEqual(after.Listings, before.Listings) ||
		!reflect.DeepEqual(after.Mutations, before.Mutations) || len(after.Listings) != 3 {
		t.Error("the migration changed the records the file held")
	}
	if n := len(after.Objectives) + len(after.Plans) + len(after.Promotions); n != 0 {
		t.Errorf("%d plan records out of nowhere", n)
	}
	s.db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketObjectives, bucketPlans, bucketPromotions} {
			if tx.Bucket(b) == nil {
				t.Errorf("no %s bucket after migrating", b)
			}
		}
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != strconv.Itoa(planSchema) {
			t.Errorf("schema %q written", v)
		}
		return nil
	})
	ws := planWorkspace()
	for _, rec := range []any{ws.Objectives[0], ws.Plans[0], ws.Promotions[0]} {
		if _, err := s.Save(rec); err != nil {
			t.Errorf("saving a %T after migrating: %v", rec, err)
		}
	}
	if v := verifyFile(t, s.Backup()); v.Schema != 4 {
		t.Errorf("the backup is at schema %d", v.Schema)
	}

	// A schema-4 file without its range is damaged, and left as it was.
	damaged := rangeFile(t)
	writeBoltTo(t, damaged, func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketObjectives, bucketPlans, bucketPromotions, bucketListings} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		return putMeta(tx, "4")
	})
	if _, err := Open(damaged, Options{Now: func() time.Time { return fixedNow }}); err == nil {
		t.Error("a schema-4 file without its listings opened")
	} else {
		wantDamaged(t, err, damaged, "listings")
	}
}

// TestDamagedPlanIsReported stores plan records no save would write: Load
// reports each as damage naming the record, in both languages, and Verify
// names it too; the first frame, which reads no plan, still opens.
func TestDamagedPlanIsReported(t *testing.T) {
	base := planFile(t)
	whole, _ := os.ReadFile(base)
	tests := []struct {
		name, bucket, key, raw, says string
	}{
		{"an objective of a missing account", "objectives", "o9", `{"id":"o9","account_id":"gone","year":2027,"text":"Grow","measure":"sell_in"}`, `account "gone"`},
		{"an objective without words", "objectives", "o9", `{"id":"o9","account_id":"acc-a","year":2027,"measure":"sell_in"}`, "says what it is"},
		{"an objective under another key", "objectives", "o9", `{"id":"o8","account_id":"acc-a","year":2027,"text":"Grow","measure":"sell_in"}`, "another key"},
		{"an objective of a lever kam does not know", "objectives", "o9",
			`{"id":"o9","account_id":"acc-a","year":2027,"text":"Grow","measure":"sell_in","lever":"luck"}`, "not a growth lever"},
		{"a plan of a missing account", "plans", "gone/2027", `{"account_id":"gone","year":2027}`, `account "gone"`},
		{"a plan under another year", "plans", "acc-b/2026", `{"account_id":"acc-b","year":2027}`, "another key"},
		{"a plan with a negative sell-in", "plans", "acc-b/2027", `{"account_id":"acc-b","year":2027,"quarters":[{"sell_in":-1},{},{},{}]}`, "between 0 and 10 trillion"},
		{"a plan with a key date of nothing", "plans", "acc-b/2027", `{"account_id":"acc-b","year":2027,"key_dates":[{"date":"2027-05-01T00:00:00Z"}]}`, "key date"},
		{"a promotion of a missing product", "promotions", "pr9",
			`{"id":"pr9","account_id":"acc-a","name":"X","mechanic":"display","start":"2027-01-01T00:00:00Z","end":"2027-01-07T00:00:00Z","products":["p9"]}`, "no product p9"},
		{"a promotion in another account's cluster", "promotions", "pr9",
			`{"id":"pr9","account_id":"acc-a","name":"X","mechanic":"display","start":"2027-01-01T00:00:00Z","end":"2027-01-07T00:00:00Z","products":["p1"],"clusters":["k3"]}`,
			"account acc-a has no cluster k3"},
		{"a promotion of a missing account", "promotions", "pr9",
			`{"id":"pr9","account_id":"gone","name":"X","mechanic":"display","start":"2027-01-01T00:00:00Z","end":"2027-01-07T00:00:00Z","products":["p1"]}`, `account "gone"`},
		{"a promotion ending before it starts", "promotions", "pr9",
			`{"id":"pr9","account_id":"acc-a","name":"X","mechanic":"display","start":"2027-01-07T00:00:00Z","end":"2027-01-01T00:00:00Z","products":["p1"]}`, "ends on or after"},
		{"a promotion of a negative volume", "promotions", "pr9",
			`{"id":"pr9","account_id":"acc-a","name":"X","mechanic":"display","start":"2027-01-01T00:00:00Z","end":"2027-01-07T00:00:00Z","products":["p1"],"actual_volume":-5}`, "a volume is"},
		{"a promotion that is not JSON", "promotions", "pr1", `{"id":"pr1",`, "promotions/pr1"},
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
				if err != nil && !strings.Contains(err.Error(), tt.says) {
					t.Errorf("%q does not say %q", err, tt.says)
				}
				if len(ws.Objectives)+len(ws.Plans)+len(ws.Promotions) != 0 {
					t.Error("a damaged load handed records on")
				}
			}
			if _, err := s.Load(FirstFrame); err != nil {
				t.Errorf("the first frame, which reads no plan: %v", err)
			}
			s.Close()
			v := verifyFile(t, path)
			if len(v.Problems) == 0 || !strings.Contains(v.Problems[0].Error(), record) {
				t.Errorf("Verify: %v", v.Problems)
			}
		})
	}
	// The file as saved has no problem, and Verify counts the plan.
	v := verifyFile(t, base)
	if len(v.Problems) != 0 {
		t.Fatalf("the plan as saved: %v", v.Problems)
	}
	counts := bucketCounts(v)
	if counts["objectives"] != 3 || counts["plans"] != 2 || counts["promotions"] != 3 {
		t.Errorf("counts: %v", v.Counts)
	}
}
