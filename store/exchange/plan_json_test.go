package exchange

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// The JSON file carries the plans: into an empty workspace and out again,
// the same bytes, and the same records.
func TestTheJSONFileCarriesThePlans(t *testing.T) {
	ws := load(t, newDB(t, planWS()))
	if len(ws.Objectives) != 3 || len(ws.Plans) != 1 || len(ws.Promotions) != 4 {
		t.Fatalf("the store kept %d objectives, %d plans, %d promotions", len(ws.Objectives), len(ws.Plans), len(ws.Promotions))
	}
	first := exportJSON(t, ws)
	for _, key := range []string{`"objectives": [`, `"text": "Grow sell-in to 1.2 million"`, `"programmes": [`, `"plans": [`,
		`"strengths": [`, `"cogs_pct": 60`, `"promotions": [`, `"discount_per_unit": 150`, `"actual_volume": 4000`, `"verdict": "change"`} {
		if !bytes.Contains(first, []byte(key)) {
			t.Errorf("the file has no %s", key)
		}
	}
	back, err := ReadJSON(first, "ws.json")
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range byKey(ws.Objectives) {
		if differing(o, back.Objectives[i]) != nil {
			t.Errorf("objective %s came back as %+v", o.ID, back.Objectives[i])
		}
	}
	if differing(ws.Plans[0], back.Plans[0]) != nil || len(back.Promotions) != 4 {
		t.Errorf("plans %+v, %d promotions", back.Plans, len(back.Promotions))
	}
	for i, p := range byKey(ws.Promotions) {
		if differing(p, back.Promotions[i]) != nil {
			t.Errorf("promotion %s came back as %+v", p.ID, back.Promotions[i])
		}
	}

	file := filepath.Join(t.TempDir(), "ws.json")
	writeFile(t, file, string(first))
	db := filepath.Join(t.TempDir(), "new.db")
	code, out, errOut := kamImport(t, db, model.English, file)
	if code != 0 || !strings.Contains(out, "3 objectives, 1 annual plans, 4 promotions") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if again := exportJSON(t, load(t, db)); !bytes.Equal(first, again) {
		t.Errorf("the bytes differ:\n%s\n---\n%s", first, again)
	}
	code, out, _ = kamImport(t, filepath.Join(t.TempDir(), "zh.db"), model.Chinese, file)
	if code != 0 || !strings.Contains(out, "3 个计划目标，1 份年度计划，4 场促销") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

// A file of version 2, written before the plans, still reads: it has
// none; a workspace of plans alone is not empty.
func TestAJSONFileOfVersion2HasNoPlans(t *testing.T) {
	ws, err := ReadJSON([]byte(`{"format":"kam-workspace","version":2,"settings":{},"matrix":{},"checklist":[],
		"accounts":[{"id":"a1","name":"MegaMart","channel":"hypermarket","tier":"A"}],"evaluations":[],"knowledge":[],"people":[],
		"contacts":[],"moments":[],"terms":[],"negotiations":[],"meetings":[],"products":[],"operations":[],"clusters":[],
		"listings":[],"mutations":[]}`), "old.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Accounts) != 1 || ws.Objectives != nil || ws.Plans != nil || ws.Promotions != nil {
		t.Errorf("%+v", ws)
	}
	for _, alone := range []model.Workspace{{Objectives: planWS().Objectives}, {Plans: planWS().Plans}, {Promotions: planWS().Promotions}} {
		if isEmpty(alone) {
			t.Errorf("a workspace of %+v alone counts as empty", alone)
		}
	}
}

// theirPlans is another rep's copy of planWS: the same products and
// clusters under IDs of their own, named by their promotions.
func theirPlans() model.Workspace {
	ws := planWS()
	rename := map[string]string{}
	ws.Products = slices.Clone(ws.Products)
	for i := range ws.Products {
		rename[ws.Products[i].ID] = "their-" + ws.Products[i].ID
		ws.Products[i].ID = rename[ws.Products[i].ID]
	}
	ws.Clusters = slices.Clone(ws.Clusters)
	for i := range ws.Clusters {
		rename[ws.Clusters[i].ID] = "their-" + ws.Clusters[i].ID
		ws.Clusters[i].ID = rename[ws.Clusters[i].ID]
	}
	ws.Listings, ws.Mutations = nil, nil
	for i := range ws.Promotions {
		p := &ws.Promotions[i]
		p.Products, p.Clusters = slices.Clone(p.Products), slices.Clone(p.Clusters)
		for j := range p.Products {
			p.Products[j] = rename[p.Products[j]]
		}
		for j := range p.Clusters {
			p.Clusters[j] = rename[p.Clusters[j]]
		}
	}
	return ws
}

// Merging another rep's plans: objectives, the plan and promotions come
// in on our accounts, the promotions on our products and clusters; a
// promotion they know differently is a conflict, settled by --prefer.
func TestMergingAnotherRepsPlans(t *testing.T) {
	base := rangeWS()
	base.Evaluations, base.Meetings, base.Terms = planWS().Evaluations, planWS().Meetings, planWS().Terms
	ours := load(t, newDB(t, base))
	theirs := load(t, newDB(t, theirPlans())) // saved on their side, as a file of theirs would be
	m := Merge(ours, theirs, PreferNone, today)
	if !m.OK() || len(m.Conflicts) != 0 {
		t.Fatalf("conflicts %v", m.Conflicts)
	}
	var objectives, plans int
	var promotions []model.Promotion
	for _, r := range m.Records() {
		switch r := r.(type) {
		case model.PlanObjective:
			objectives++
		case model.AccountPlan:
			plans++
		case model.Promotion:
			promotions = append(promotions, r)
		}
	}
	if objectives != 3 || plans != 1 || len(promotions) != 4 {
		t.Fatalf("%d objectives, %d plans, %d promotions", objectives, plans, len(promotions))
	}
	for _, p := range promotions {
		for _, id := range slices.Concat(p.Products, p.Clusters) {
			if strings.HasPrefix(id, "their-") {
				t.Errorf("%s still names %s", p.Name, id)
			}
		}
	}
	if i := slices.IndexFunc(promotions, func(p model.Promotion) bool { return p.ID == "pm2" }); i < 0 ||
		!slices.Equal(promotions[i].Products, []string{"p1"}) || !slices.Equal(promotions[i].Clusters, []string{"k1"}) {
		t.Errorf("the display: %+v", promotions)
	}
	if theirs.Promotions[1].Products[0] != "their-p1" {
		t.Error("merging changed their workspace")
	}

	db := newDB(t, base)
	file := writeJSON(t, theirs)
	if code, out, errOut := kamImport(t, db, model.English, "--merge", file); code != 0 || !strings.Contains(out, "No conflicts.") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	merged := load(t, db)
	if len(merged.Objectives) != 3 || len(merged.Plans) != 1 || len(merged.Promotions) != 4 || len(merged.Products) != 4 {
		t.Fatalf("%d objectives, %d plans, %d promotions, %d products", len(merged.Objectives), len(merged.Plans), len(merged.Promotions), len(merged.Products))
	}
	// The merged plan's page is the one the other rep wrote.
	if got, want := AccountPlan(merged, "a1", model.English, today), AccountPlan(load(t, newDB(t, planWS())), "a1", model.English, today); section(got, "## Plan for 2026") != section(want, "## Plan for 2026") {
		t.Errorf("the merged plan's page:\n%s\nwant:\n%s", section(got, "## Plan for 2026"), section(want, "## Plan for 2026"))
	}

	// An uplift they forecast differently is a conflict.
	theirs.Promotions[1].Uplift = 120
	m = Merge(merged, theirs, PreferNone, today)
	if m.OK() || len(m.Conflicts) != 1 || m.Conflicts[0].Line(model.English) != "MegaMart › promotion Milk display differs in uplift" {
		t.Fatalf("%v", m.Conflicts)
	}
	m = Merge(merged, theirs, PreferTheirs, today)
	i := slices.IndexFunc(m.Records(), func(r any) bool { p, ok := r.(model.Promotion); return ok && p.ID == "pm2" })
	if i < 0 || m.Records()[i].(model.Promotion).Uplift != 120 || m.Replaced != 1 {
		t.Errorf("theirs not taken: %+v", m.Records())
	}
}

// The workbook's plan sheets are kam's to write, not to read back: an
// import of the workbook skips them, saying where they are kept, and
// changes nothing.
func TestAnImportSkipsThePlanSheets(t *testing.T) {
	ws := load(t, newDB(t, planWS()))
	for _, l := range model.Langs {
		var b bytes.Buffer
		if err := WriteXLSX(&b, ws, l, today); err != nil {
			t.Fatal(err)
		}
		sheets, err := ReadXLSX(b.Bytes(), "export.xlsx", "")
		if err != nil {
			t.Fatal(err)
		}
		skipped := map[string]model.Text{}
		for _, s := range sheets {
			skipped[s.Name] = s.Skipped
		}
		for _, name := range planOnlySheets {
			why := skipped[name.sheet.In(l)]
			if !strings.Contains(why.EN, name.records.EN+" are kept in the Plan tab, not imported") || !strings.Contains(why.ZH, "在计划页中维护，不导入") {
				t.Errorf("%s: sheet %s: %v", l, name.sheet.In(l), why)
			}
		}
		p := Plan(ws, sheets, today)
		if !p.OK() || len(p.Added)+len(p.Updated) > 0 {
			t.Errorf("%s: added %v, updated %v, rejected %q", l, p.Added, p.Updated, rejectedAt(p))
		}
	}
}
