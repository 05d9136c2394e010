package storetest_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
)

var now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// TestGenerate resets a real workspace file to a generated territory and
// reads every kind of record back.
func TestGenerate(t *testing.T) {
	const n = 200
	ws := storetest.Generate(n, now)
	s := storetest.Open(t, ws, now)

	count := func(what string, got, want int, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if got != want {
			t.Errorf("%s: the store holds %d, Generate made %d", what, got, want)
		}
	}
	accounts, err := s.Accounts()
	count("accounts", len(accounts), n, err)
	count("accounts", len(ws.Accounts), n, nil)
	evaluations, err := s.Evaluations()
	count("evaluations", len(evaluations), len(ws.Evaluations), err)
	people, err := s.People()
	count("people", len(people), len(ws.People), err)
	contacts, err := s.Contacts()
	count("contacts", len(contacts), len(ws.Contacts), err)
	knowledge, err := s.Knowledge()
	count("answers", len(knowledge), len(ws.Knowledge), err)
	moments, err := s.Moments()
	count("moments", len(moments), len(ws.Moments), err)
	terms, err := s.Terms()
	count("years of terms", len(terms), len(ws.Terms), err)
	negotiations, err := s.Negotiations()
	count("negotiations", len(negotiations), len(ws.Negotiations), err)
	meetings, err := s.Meetings()
	count("meetings", len(meetings), len(ws.Meetings), err)

	perAccount := func(owners ...string) map[string]int {
		m := map[string]int{}
		for _, o := range owners {
			m[o]++
		}
		return m
	}
	evals := perAccount(owners(evaluations, func(e model.Evaluation) string { return e.AccountID })...)
	cs := perAccount(owners(contacts, func(c model.Contact) string { return c.AccountID })...)
	ms := perAccount(owners(meetings, func(m model.Meeting) string { return m.AccountID })...)
	ns := perAccount(owners(negotiations, func(n model.Negotiation) string { return n.AccountID })...)
	ts := perAccount(owners(terms, func(y model.TermsYear) string { return y.AccountID })...)
	ks := perAccount(owners(knowledge, func(k model.Knowledge) string { return k.AccountID })...)
	for i, a := range accounts {
		if e := evals[a.ID]; e < 1 || e > 2 {
			t.Errorf("%s has %d evaluations; want 1 or 2", a.ID, e)
		}
		if cs[a.ID] < 2 {
			t.Errorf("%s has %d contacts; want 2 or more", a.ID, cs[a.ID])
		}
		if i%10 != 0 {
			continue
		}
		if ms[a.ID] < 2 || ns[a.ID] < 1 || ts[a.ID] != 2 || ks[a.ID] == 0 || cs[a.ID] < 3 {
			t.Errorf("%s is not full: %d meetings, %d negotiations, %d years of terms, %d answers, %d contacts",
				a.ID, ms[a.ID], ns[a.ID], ts[a.ID], ks[a.ID], cs[a.ID])
		}
	}
	if avg := float64(len(evaluations)) / n; avg < 1.15 || avg > 1.45 {
		t.Errorf("%.2f evaluations per account; want about 1.3", avg)
	}

	overdue := 0
	for _, m := range meetings {
		for _, a := range m.Actions {
			if a.Overdue(now) {
				overdue++
			}
		}
	}
	if overdue == 0 {
		t.Error("no action is overdue")
	}

	if !slices.ContainsFunc(contacts, func(c model.Contact) bool { return c.ReportsTo != "" && c.Counterpart != "" }) {
		t.Error("no contact reports to anyone and has a counterpart")
	}
}

// TestGenerateRange: the generated range goes through the store whole,
// and is shaped as Generate says: some 250 products of unique codes in
// every status; the first twenty accounts with a profile, 3–40 clusters
// (the first 40), listings for most cells of the products they deal in,
// rates of sale, 5–30 changes of every kind and status, some ahead; every
// other full account with a little of each; the rest with none.
func TestGenerateRange(t *testing.T) {
	const n = 200
	ws := storetest.Generate(n, now)
	s := storetest.Open(t, ws, now)
	stored, err := s.Load(store.Everything)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"products", len(stored.Products), len(ws.Products)}, {"clusters", len(stored.Clusters), len(ws.Clusters)},
		{"profiles", len(stored.Operations), len(ws.Operations)}, {"listings", len(stored.Listings), len(ws.Listings)},
		{"changes", len(stored.Mutations), len(ws.Mutations)},
	} {
		if c.got != c.want {
			t.Errorf("%s: the store holds %d, Generate made %d", c.what, c.got, c.want)
		}
	}

	if len(ws.Products) < 200 || len(ws.Products) > 300 {
		t.Errorf("%d products; want some 250", len(ws.Products))
	}
	codes := map[string]bool{}
	statuses := map[model.ProductStatus]int{}
	archived := 0
	for _, p := range ws.Products {
		if codes[model.CodeKey(p.Code)] {
			t.Errorf("code %s twice", p.Code)
		}
		codes[model.CodeKey(p.Code)] = true
		statuses[p.Status]++
		if p.Archived {
			archived++
		}
		if _, ok := p.Margin(); !ok || p.CostPrice <= 0 || p.CostPrice >= p.ListPrice {
			t.Errorf("%s: list %d, cost %d", p.Code, p.ListPrice, p.CostPrice)
		}
	}
	if statuses[model.ProductActive] < len(ws.Products)/2 || statuses[model.ProductNew] == 0 || statuses[model.ProductPhasingOut] == 0 || archived == 0 {
		t.Errorf("statuses %v, %d archived", statuses, archived)
	}

	byAccount := func(owner func(i int) string, count int) map[string]int {
		m := map[string]int{}
		for i := range count {
			m[owner(i)]++
		}
		return m
	}
	ops := byAccount(func(i int) string { return ws.Operations[i].AccountID }, len(ws.Operations))
	clusters := byAccount(func(i int) string { return ws.Clusters[i].AccountID }, len(ws.Clusters))
	listings := byAccount(func(i int) string { return ws.Listings[i].AccountID }, len(ws.Listings))
	changes := byAccount(func(i int) string { return ws.Mutations[i].AccountID }, len(ws.Mutations))
	for i, a := range ws.Accounts {
		switch {
		case i < 20:
			if ops[a.ID] != 1 || clusters[a.ID] < 3 || clusters[a.ID] > 40 || changes[a.ID] < 5 || changes[a.ID] > 30 {
				t.Errorf("%s: %d profiles, %d clusters, %d changes; want 1, 3–40, 5–30", a.ID, ops[a.ID], clusters[a.ID], changes[a.ID])
			}
			// Most cells of half or more of the products.
			if cells := clusters[a.ID] * len(ws.Products); listings[a.ID] < cells/3 {
				t.Errorf("%s: %d listings for %d cells", a.ID, listings[a.ID], cells)
			}
		case i%10 == 0:
			if ops[a.ID] != 1 || clusters[a.ID] < 1 || clusters[a.ID] > 3 || listings[a.ID] == 0 || changes[a.ID] > 4 {
				t.Errorf("%s: %d profiles, %d clusters, %d listings, %d changes; want a little of each",
					a.ID, ops[a.ID], clusters[a.ID], listings[a.ID], changes[a.ID])
			}
		default:
			if ops[a.ID]+clusters[a.ID]+listings[a.ID]+changes[a.ID] != 0 {
				t.Errorf("%s, not a full account, has a range", a.ID)
			}
		}
	}
	if clusters[ws.Accounts[0].ID] != 40 {
		t.Errorf("the first account has %d clusters, want 40", clusters[ws.Accounts[0].ID])
	}

	kinds := map[model.MutationKind]int{}
	states := map[model.MutationStatus]int{}
	ahead := 0
	for _, m := range ws.Mutations {
		kinds[m.Kind]++
		states[m.Status]++
		if m.Pending(now) && m.Date.After(now) {
			ahead++
		}
		if m.Created.After(now) || m.Updated.After(now) {
			t.Errorf("%s was made after now: %v, %v", m.ID, m.Created, m.Updated)
		}
	}
	if len(kinds) != len(model.MutationKinds) || len(states) != len(model.MutationStatuses) || ahead == 0 {
		t.Errorf("changes of kinds %v, statuses %v, %d ahead", kinds, states, ahead)
	}

	// The first account's range on the day: the widest grid, carried
	// products, gaps to chase, a slow fifth at risk, changes planned.
	first := ws.Accounts[0].ID
	of := func(list []model.Listing) (out []model.Listing) {
		for _, l := range list {
			if l.AccountID == first {
				out = append(out, l)
			}
		}
		return out
	}
	var cs []model.Cluster
	for _, c := range ws.Clusters {
		if c.AccountID == first {
			cs = append(cs, c)
		}
	}
	var ms []model.Mutation
	for _, m := range ws.Mutations {
		if m.AccountID == first {
			ms = append(ms, m)
		}
	}
	a := model.BuildAssortment(ws.Products, cs, of(ws.Listings), ms, now, false)
	planned, carried, risk := 0, 0, 0
	for p := range a.Products {
		for c := range a.Clusters {
			switch a.Cell(p, c).State {
			case model.ListingPlanned, model.DelistingPlanned:
				planned++
			case model.Carried:
				carried++
			}
		}
	}
	for _, r := range a.AtRisk() {
		if r {
			risk++
		}
	}
	if len(a.Clusters) != 40 || carried == 0 || planned == 0 || len(a.Gaps()) == 0 || risk == 0 {
		t.Errorf("the first account: %d clusters, %d cells carried, %d planned, %d gaps, %d at risk",
			len(a.Clusters), carried, planned, len(a.Gaps()), risk)
	}
	if total := a.Stores(); total == 0 {
		t.Error("the clusters count no stores")
	}
}

func owners[T any](list []T, owner func(T) string) []string {
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = owner(x)
	}
	return out
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := storetest.Generate(200, now), storetest.Generate(200, now)
	if !reflect.DeepEqual(a, b) {
		t.Error("two calls of Generate(200, now) differ")
	}
	if c := storetest.Generate(0, now); len(c.Accounts)+len(c.Contacts)+len(c.Evaluations) != 0 {
		t.Errorf("Generate(0) made %d accounts, %d contacts, %d evaluations", len(c.Accounts), len(c.Contacts), len(c.Evaluations))
	}
}

func TestWriteAccountsCSV(t *testing.T) {
	accounts := storetest.Accounts(25, now)
	accounts[3].Name = `Quote "and", comma 引号`
	var buf bytes.Buffer
	if err := storetest.WriteAccountsCSV(&buf, accounts); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(accounts)+1 {
		t.Fatalf("%d rows; want a header and %d accounts", len(rows), len(accounts))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"name", "channel", "format", "region", "outlets", "category_sales", "our_sales", "share", "growth", "tier"} {
		if _, ok := col[h]; !ok {
			t.Errorf("no column %q in %q", h, rows[0])
		}
	}
	a, row := accounts[3], rows[4]
	if row[col["name"]] != a.Name {
		t.Errorf("name %q; want %q", row[col["name"]], a.Name)
	}
	if want := fmt.Sprintf("%d.%02d", a.OurSales/100, a.OurSales%100); row[col["our_sales"]] != want {
		t.Errorf("our sales %q; want %q", row[col["our_sales"]], want)
	}
	if row[col["tier"]] != string(a.Tier) || row[col["channel"]] != string(a.Channel) {
		t.Errorf("tier %q, channel %q; want %q, %q", row[col["tier"]], row[col["channel"]], a.Tier, a.Channel)
	}
}

// TestGeneratePlan: the generated plan goes through the store whole and is
// shaped as Generate says: every account with a range has two to four
// objectives of now's year in order of creation, one plan of the year
// (SWOT, quarters, last year, key dates, P&L columns with costs to serve)
// and eight to fifteen promotions in the year on the products its
// clusters carry (when they carry any) and in its clusters, those over
// with actuals; accounts without a range have none of it.
func TestGeneratePlan(t *testing.T) {
	const n = 200
	ws := storetest.Generate(n, now)
	s := storetest.Open(t, ws, now)
	stored, err := s.Load(store.Everything)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored.Objectives) != len(ws.Objectives) || len(stored.Plans) != len(ws.Plans) || len(stored.Promotions) != len(ws.Promotions) {
		t.Errorf("the store holds %d objectives, %d plans, %d promotions; Generate made %d, %d, %d",
			len(stored.Objectives), len(stored.Plans), len(stored.Promotions), len(ws.Objectives), len(ws.Plans), len(ws.Promotions))
	}
	year := now.Year()
	objectives := map[string][]model.PlanObjective{}
	for _, o := range ws.Objectives {
		objectives[o.AccountID] = append(objectives[o.AccountID], o)
		if o.Year != year || len(o.NotSMART()) > 0 && o.Measure != model.MeasureMetric {
			t.Errorf("%s: year %d, not SMART: %v", o.ID, o.Year, o.NotSMART())
		}
	}
	plans := map[string][]model.AccountPlan{}
	for _, p := range ws.Plans {
		plans[p.AccountID] = append(plans[p.AccountID], p)
	}
	promotions := map[string][]model.Promotion{}
	for _, p := range ws.Promotions {
		promotions[p.AccountID] = append(promotions[p.AccountID], p)
	}
	hasRange := map[string]bool{}
	clusterOf := map[string]string{}
	for _, c := range ws.Clusters {
		hasRange[c.AccountID] = true
		clusterOf[c.ID] = c.AccountID
	}
	listed := map[[2]string]bool{}
	carries := map[string]bool{}
	for _, l := range ws.Listings {
		if l.Listed {
			listed[[2]string{l.AccountID, l.ProductID}] = true
			carries[l.AccountID] = true
		}
	}
	measures := map[model.Measure]int{}
	withActuals, ahead, programmes, verdicts := 0, 0, 0, 0
	for _, a := range ws.Accounts {
		os, ps, prs := objectives[a.ID], plans[a.ID], promotions[a.ID]
		if !hasRange[a.ID] {
			if len(os)+len(ps)+len(prs) != 0 {
				t.Errorf("%s has no range, yet %d objectives, %d plans, %d promotions", a.ID, len(os), len(ps), len(prs))
			}
			continue
		}
		if len(os) < 2 || len(os) > 4 || len(ps) != 1 || len(prs) < 8 || len(prs) > 15 {
			t.Errorf("%s: %d objectives, %d plans, %d promotions; want 2–4, 1, 8–15", a.ID, len(os), len(ps), len(prs))
			continue
		}
		if os[0].Measure != model.MeasureSellIn {
			t.Errorf("%s's first objective is measured by %s", a.ID, os[0].Measure)
		}
		for k, o := range os {
			measures[o.Measure]++
			programmes += len(o.Programmes)
			if k > 0 && !o.Created.After(os[k-1].Created) {
				t.Errorf("%s made before %s", o.ID, os[k-1].ID)
			}
		}
		p := ps[0]
		if p.Year != year || len(p.Strengths) < 2 || len(p.Weaknesses) < 2 || len(p.Opportunities) < 2 || len(p.Threats) < 2 {
			t.Errorf("%s's plan: year %d, SWOT %d/%d/%d/%d", a.ID, p.Year, len(p.Strengths), len(p.Weaknesses), len(p.Opportunities), len(p.Threats))
		}
		if p.PlannedSales() <= 0 || p.LastYearSales() <= 0 || p.Quarters[0].Volume <= 0 || p.Quarters[3].Share <= 0 {
			t.Errorf("%s's plan: sales %d against %d last year, %+v", a.ID, p.PlannedSales(), p.LastYearSales(), p.Quarters)
		}
		kinds := map[model.KeyDateKind]bool{}
		for _, d := range p.KeyDates {
			kinds[d.Kind] = true
			if d.Date.Year() != year {
				t.Errorf("%s's key date %s falls in %d", a.ID, d.What, d.Date.Year())
			}
		}
		if !kinds["festival"] || !kinds["anniversary"] || !kinds["buyer"] {
			t.Errorf("%s's key dates: %v", a.ID, p.KeyDates)
		}
		for c, col := range p.PnL {
			if col.COGSPct <= 0 || len(col.CostToServe) < 2 {
				t.Errorf("%s's P&L column %d: %+v", a.ID, c, col)
			}
		}
		for _, pr := range prs {
			if pr.Start.Year() != year {
				t.Errorf("%s starts in %d", pr.ID, pr.Start.Year())
			}
			for _, id := range pr.Products {
				if carries[a.ID] && !listed[[2]string{a.ID, id}] {
					t.Errorf("%s promotes %s, which no cluster of %s carries", pr.ID, id, a.ID)
				}
			}
			for _, c := range pr.Clusters {
				if clusterOf[c] != a.ID {
					t.Errorf("%s runs in %s, not a cluster of %s", pr.ID, c, a.ID)
				}
			}
			switch {
			case pr.ActualVolume != nil:
				withActuals++
				if !pr.End.Before(now) {
					t.Errorf("%s has actuals before it ends", pr.ID)
				}
				if pr.Verdict != "" {
					verdicts++
				}
			case pr.Start.After(now):
				ahead++
			}
			if pr.Created.After(now) || pr.Updated.After(now) || pr.Booked.After(now) {
				t.Errorf("%s made or booked after now: %v, %v, %v", pr.ID, pr.Created, pr.Updated, pr.Booked)
			}
		}
	}
	if len(measures) < 4 || programmes == 0 || withActuals == 0 || ahead == 0 || verdicts == 0 {
		t.Errorf("measures %v, %d programmes, %d promotions with actuals (%d judged), %d ahead", measures, programmes, withActuals, verdicts, ahead)
	}
	if len(model.Clashes(promotions[ws.Accounts[0].ID])) > len(promotions[ws.Accounts[0].ID]) {
		t.Error("more clashes than promotions in the first account")
	}
}

// TestManyPromotions fills the first account with 500 promotions for the
// calendar benchmark: the store takes them all, each in the year, on the
// account's products and in its clusters; the rest of the workspace is as
// Generate made it; the same call gives the same promotions.
func TestManyPromotions(t *testing.T) {
	ws := storetest.Generate(30, now)
	first := ws.Accounts[0].ID
	before := len(ws.Promotions)
	plain := storetest.Generate(30, now)
	storetest.ManyPromotions(&ws, first, 500, 2027)
	if got := len(ws.Promotions) - before; got != 500 {
		t.Fatalf("%d promotions added, want 500", got)
	}
	again := storetest.Generate(30, now)
	storetest.ManyPromotions(&again, first, 500, 2027)
	if !reflect.DeepEqual(ws.Promotions, again.Promotions) {
		t.Error("two calls gave different promotions")
	}
	if !reflect.DeepEqual(ws.Promotions[:before], plain.Promotions) || !reflect.DeepEqual(ws.Listings, plain.Listings) {
		t.Error("ManyPromotions changed what Generate made")
	}
	clusters := map[string]bool{}
	for _, c := range ws.Clusters {
		if c.AccountID == first {
			clusters[c.ID] = true
		}
	}
	inClusters := 0
	for _, p := range ws.Promotions[before:] {
		if p.AccountID != first || p.Start.Year() != 2027 {
			t.Fatalf("%s: account %s, starts %v", p.ID, p.AccountID, p.Start)
		}
		for _, c := range p.Clusters {
			if !clusters[c] {
				t.Fatalf("%s runs in %s, not a cluster of %s", p.ID, c, first)
			}
		}
		if len(p.Clusters) > 0 {
			inClusters++
		}
	}
	if inClusters == 0 || inClusters == 500 {
		t.Errorf("%d of 500 promotions in some clusters; want some in every one", inClusters)
	}
	s := storetest.Open(t, ws, now)
	stored, err := s.Promotions()
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != len(ws.Promotions) {
		t.Errorf("the store holds %d promotions, want %d", len(stored), len(ws.Promotions))
	}

	// An account that is not there, or none asked for, adds nothing; an
	// account without a range promotes our products in every cluster.
	n := len(ws.Promotions)
	storetest.ManyPromotions(&ws, "nobody", 10, 2027)
	storetest.ManyPromotions(&ws, first, 0, 2027)
	if len(ws.Promotions) != n {
		t.Error("promotions added for nobody")
	}
	storetest.ManyPromotions(&ws, ws.Accounts[21].ID, 20, 2027) // after the twenty big ranges, not a full account
	for _, p := range ws.Promotions[n:] {
		if len(p.Clusters) != 0 || len(p.Products) == 0 {
			t.Errorf("%s: clusters %v, products %v", p.ID, p.Clusters, p.Products)
		}
	}
	if len(ws.Promotions) != n+20 {
		t.Errorf("%d promotions added to an account without a range", len(ws.Promotions)-n)
	}
	if _, err := s.Save(ws.Promotions[n]); err != nil {
		t.Errorf("a promotion of an account without a range: %v", err)
	}
}
