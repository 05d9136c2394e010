package matrix

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store/storetest"
	"github.com/kam-workbench/kam/ui/data"
	"github.com/kam-workbench/kam/ui/uitest"
)

const benchAccounts = 10_000

// benchW and benchH are the tab's body in a 120×40 terminal: the root's
// header, tab bar, rule, status and help lines take five rows.
const benchW, benchH = 120, 40 - 5

// generated is the Matrix tab on a generated territory of n accounts, each
// evaluated once or twice (about a third twice, so trails show). The tab
// reads accounts, criteria and evaluations only, so the file holds only
// those: the other records would only slow the setting up.
func generated(b *testing.B, n int) *harness {
	b.Helper()
	ws := storetest.Generate(n, now)
	ws = model.Workspace{Settings: ws.Settings, Accounts: ws.Accounts, Matrix: ws.Matrix, Evaluations: ws.Evaluations}
	h, tab := newBenchHarness(b, ws)
	tab.SetSize(benchW, benchH)
	if v := tab.View(); !strings.Contains(v, fmt.Sprintf("%d evaluated", n)) {
		b.Fatalf("not the matrix of %d accounts:\n%s", n, v)
	}
	return h
}

// reportCPU adds the process's CPU time per iteration to a benchmark's
// figures: on a shared machine the time per iteration counts the waits for
// a core too. Call it when the set-up is done, and call what it returns
// when the loop is.
func reportCPU(b *testing.B) func() {
	start, ok := cpuTime()
	return func() {
		if end, ok2 := cpuTime(); ok && ok2 && b.N > 0 {
			b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
		}
	}
}

func newBenchHarness(b *testing.B, ws model.Workspace) (*harness, *Model) {
	b.Helper()
	h, tab := uitest.For(b, ws, now, New)
	return &harness{Harness: h, tab: tab}, tab
}

// BenchmarkMatrixFrame draws the Matrix tab (plot, summary and legend) at
// 120×40 with 10,000 evaluated accounts, the cursor moving on the plot
// between frames. Aim: ≤ 5 ms.
func BenchmarkMatrixFrame(b *testing.B) {
	h := generated(b, benchAccounts)
	keys := []string{"right", "up", "left", "down"}
	defer reportCPU(b)()
	for i := 0; b.Loop(); i++ {
		h.Press(keys[i%len(keys)])
		_ = h.tab.View()
	}
}

// BenchmarkMatrixAccountSave applies one saved account (renamed and its
// sales changed, so it moves in the legend and the summary changes) and
// updates the tab, with 10,000 evaluated accounts, as the root does with a
// save's answer. The store's write is not timed. Aim: well under 1 ms.
func BenchmarkMatrixAccountSave(b *testing.B) {
	h := generated(b, benchAccounts)
	a := h.Ctx.Data.Accounts[benchAccounts/2]
	names := [2]string{a.Name, "Aardvark " + a.Name}
	sales := [2]model.Money{a.OurSales, a.OurSales + 1_000_00}
	defer reportCPU(b)()
	for i := 0; b.Loop(); i++ {
		a.Name, a.OurSales = names[i%2], sales[i%2]
		h.Update(data.SavedMsg{Records: []any{a}})
	}
}

// BenchmarkMatrixReweightFrame reweights a criterion in the criteria
// editor and draws the plot beside it, every account re-scored under the
// draft, with 10,000 evaluated accounts: what a trainer's + or - costs.
func BenchmarkMatrixReweightFrame(b *testing.B) {
	h := generated(b, benchAccounts)
	h.Press("c")
	keys := []string{"+", "-"}
	defer reportCPU(b)()
	for i := 0; b.Loop(); i++ {
		h.Press(keys[i%len(keys)])
		_ = h.tab.View()
	}
}

// BenchmarkMatrixSizedFrame draws the plot with markers sized by our
// sales (z), the cursor moving, with 10,000 evaluated accounts.
func BenchmarkMatrixSizedFrame(b *testing.B) {
	h := generated(b, benchAccounts)
	h.Press("z")
	keys := []string{"right", "up", "left", "down"}
	defer reportCPU(b)()
	for i := 0; b.Loop(); i++ {
		h.Press(keys[i%len(keys)])
		_ = h.tab.View()
	}
}
