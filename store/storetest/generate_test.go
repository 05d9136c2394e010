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
