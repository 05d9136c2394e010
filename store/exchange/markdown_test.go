package exchange

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store/storetest"
)

var updatePlans = flag.Bool("update-plans", false, "rewrite the golden account plans in testdata")

// planDay is the day the golden plans are written on.
var planDay = time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC)

// mdGolden compares got with the file in testdata, or rewrites it with
// -update-plans.
func mdGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *updatePlans {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./store/exchange -run %s -update-plans to write it)", err, t.Name())
	}
	if got != string(want) {
		t.Errorf("%s differs from what was written; the first difference:\n%s", path, mdFirstDifference(string(want), got))
	}
}

func mdFirstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(w), len(g)) {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + "\nwant: " + a + "\ngot:  " + b
		}
	}
	return "(none)"
}

func TestAccountPlanGolden(t *testing.T) {
	for _, l := range model.Langs {
		ws := model.CaseStudy(planDay, l)
		mdGolden(t, "plan-megamart-"+string(l)+".md", AccountPlan(ws, "cs01", l, planDay))
		mdGolden(t, "plan-sunrise-"+string(l)+".md", AccountPlan(ws, "cs09", l, planDay))
	}
}

// A plan of an account with nothing but its name says so in every
// section, and words that look like Markdown stay words.
func TestAccountPlanBareAndEscaped(t *testing.T) {
	ws := model.Workspace{Accounts: []model.Account{{
		ID: "a1", Name: "A|B *Mart* <b>", Channel: model.Supermarket, Tier: model.TierB,
		Objectives: "- keep the shelf\n1. grow\n# more | less",
	}}}
	for _, l := range model.Langs {
		plan := AccountPlan(ws, "a1", l, planDay)
		for _, want := range []string{
			`# A|B \*Mart\* \<b> — `,
			`- \- keep the shelf`,
			`- 1\. grow`,
			`- \# more | less`,
		} {
			if !strings.Contains(plan, want) {
				t.Errorf("%s: the plan lacks %q:\n%s", l, want, plan)
			}
		}
		for _, empty := range []model.Text{
			model.T("Not evaluated yet.", "尚未评估。"),
			model.T("No contacts yet.", "尚无联系人。"),
			model.T("No negotiation prepared yet.", "尚未准备谈判。"),
			model.T("No terms recorded yet.", "尚未记录条款。"),
			model.T("No business review yet.", "尚无业务回顾。"),
			model.T("None open.", "没有未完成的行动。"),
		} {
			if !strings.Contains(plan, empty.In(l)) {
				t.Errorf("%s: the plan lacks %q", l, empty.In(l))
			}
		}
		// Every line of a table has as many cells as its header.
		mdCheckTables(t, plan)
	}
	if AccountPlan(ws, "nope", model.English, planDay) != "" {
		t.Error("a plan of an account the workspace does not hold is not empty")
	}
}

// checkTables fails when a line of a pipe table has another number of
// cells (unescaped pipes) than the line before it.
func mdCheckTables(t *testing.T, md string) {
	t.Helper()
	prev := 0
	for i, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			prev = 0
			continue
		}
		n := strings.Count(line, "|") - strings.Count(line, `\|`)
		if prev != 0 && n != prev {
			t.Errorf("line %d has %d pipes, the line before %d: %s", i+1, n, prev, line)
		}
		prev = n
	}
}

// A contact's words with a pipe in them stay in their cell.
func TestAccountPlanTablesHold(t *testing.T) {
	for _, l := range model.Langs {
		ws := model.CaseStudy(planDay, l)
		ws.Contacts[0].Title = "Buyer | snacks\nand drinks"
		mdCheckTables(t, AccountPlans(ws, l, planDay))
	}
}

// The program shows one account's plan on a key: at 10,000 accounts it
// reads only that account's records.
func BenchmarkAccountPlan(b *testing.B) {
	ws := storetest.Generate(10000, planDay)
	id := ws.Accounts[40].ID
	for b.Loop() {
		AccountPlan(ws, id, model.English, planDay)
	}
}
