package plantab

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/kam-workbench/kam/model"
)

// pnlWorkspace is FreshMart with its terms of 2026 and 2027 (5% on the
// invoice, 2% promotional funding off it), a plan of 2027 with 300,000 of
// sell-in a quarter against 225,000 last year, the P&L's inputs of each
// column, and the calendar's promotions.
func pnlWorkspace() model.Workspace {
	ws := calendarWorkspace()
	terms := func(year int, gross model.Money) model.TermsYear {
		return model.TermsYear{AccountID: "acc", Year: year, GrossSales: gross, Terms: []model.Term{
			{Kind: "invoice_discount", Basis: model.PercentOfSales, Percent: 5, OnInvoice: true},
			{Kind: "promo_funding", Basis: model.PercentOfSales, Percent: 2},
		}}
	}
	ws.Terms = []model.TermsYear{terms(2026, 900_000_00), terms(2027, 1_000_000_00)}
	plan := model.AccountPlan{AccountID: "acc", Year: 2027}
	for q := range 4 {
		plan.Quarters[q].SellIn = 300_000_00
		plan.LastYear[q].SellIn = 225_000_00
	}
	plan.PnL[model.PnLLastYear] = model.PnLColumn{COGSPct: 56}
	plan.PnL[model.PnLPlan] = model.PnLColumn{COGSPct: 55, CostToServe: []model.CostLine{
		{Name: "Logistics", Pct: 3}, {Name: "Merchandisers", Amount: 20_000_00}}}
	plan.PnL[model.PnLEstimate] = model.PnLColumn{GrossSales: 1_100_000_00, COGSPct: 55}
	ws.Plans = []model.AccountPlan{plan}
	return ws
}

// toPnL opens the P&L view.
func (h *harness) toPnL() {
	h.Press("v", "v", "v", "v", "v")
	if h.tab.view != viewPnL {
		h.T.Fatalf("five v's reach view %d", h.tab.view)
	}
}

// lineOf finds the P&L's line that starts with a label.
func (h *harness) lineOf(label string) string {
	h.T.Helper()
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), label) {
			return l
		}
	}
	h.T.Fatalf("no line %q in:\n%s", label, h.view())
	return ""
}

// figures are the words of a P&L line: its label's, then each column's
// amount and %.
func figures(line, label string) []string {
	return strings.Fields(strings.TrimPrefix(strings.TrimSpace(line), label))
}

func TestPnLLinesAreTheModels(t *testing.T) {
	h := newHarness(t, pnlWorkspace())
	h.toPnL()
	v := h.view()
	if strings.Contains(v, "‹") {
		t.Errorf("a catalog key is missing:\n%s", v)
	}
	acc, _ := h.Ctx.Data.Current()
	in := h.tab.pnlInputs(acc)
	var cols [model.PnLColumns]model.PnL
	for c := range cols {
		cols[c] = model.AccountPnL(in, c)
	}
	for _, l := range pnlLines {
		label := h.Ctx.T(l.key)
		got := figures(h.lineOf(label), label)
		var want []string
		for _, p := range cols {
			v := l.amount(p)
			if l.cost {
				v = -v
			}
			pct, _ := p.Pct(v)
			want = append(want, model.FormatCompact(v, model.English), model.FormatPercent(math.Round(pct*10)/10))
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s reads %v, want %v", label, got, want)
		}
	}

	// the plan's column worked out by hand: gross sales from its quarters,
	// the terms of 2027 on them, cost of goods at 55%, logistics at 3%
	// and 20,000 of merchandisers
	plan := cols[model.PnLPlan]
	if plan.Gross != 1_200_000_00 || plan.OnInvoice != 60_000_00 || plan.COGS != 660_000_00 || plan.CostToServe != 56_000_00 {
		t.Fatalf("the plan's P&L: %+v", plan)
	}
	for label, want := range map[string]string{
		"Gross sales":      "1.2M 100%",
		"On-invoice terms": "-60K -5%",
		"Cost of goods":    "-660K -55%",
		"Cost to serve":    "-56K -4.7%",
	} {
		if got := figures(h.lineOf(label), label); strings.Join(got[2:4], " ") != want {
			t.Errorf("the plan's %s reads %v, want %s", label, got[2:4], want)
		}
	}

	// the score the Matrix criterion can take from the plan's contribution
	pct, _ := plan.Pct(plan.Contribution)
	want := fmt.Sprintf("the plan's contribution is %s of gross sales, so the criterion can be scored %d of 10",
		model.FormatPercent(math.Round(pct*10)/10), model.ProfitabilityScore(pct))
	if !strings.Contains(v, want) {
		t.Errorf("the score, %q:\n%s", want, v)
	}
	for _, want := range []string{
		"Plan: gross sales from the plan's quarters.",
		"Terms: those agreed for 2027, costed on these gross sales.",
		"Promotions of 2027: as forecast.",
		"Cost of goods: 55% of gross sales · costs to serve: Logistics 3%, Merchandisers 20K",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the P&L says %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "No plan") || strings.Contains(v, "No terms") {
		t.Errorf("a plan with terms has no empty state:\n%s", v)
	}
}

func TestPnLColumnCursorAndForm(t *testing.T) {
	h := newHarness(t, pnlWorkspace())
	h.toPnL()
	if v := h.view(); !strings.Contains(v, "[Plan]") {
		t.Errorf("the plan's column is picked first:\n%s", v)
	}
	h.Press("h")
	v := h.view()
	for _, want := range []string{"[Last year]", "Last year: gross sales from the terms of 2026.", "Terms: those agreed for 2026", "Promotions of 2026: as they ran", "Cost of goods: 56% of gross sales · costs to serve: none"} {
		if !strings.Contains(v, want) {
			t.Errorf("last year's column says %q:\n%s", want, v)
		}
	}
	h.Press("h") // stays on the first
	if h.tab.pnl.column() != model.PnLLastYear {
		t.Errorf("h past the first column moved to %d", h.tab.pnl.column())
	}
	h.Press("l", "l", "l")
	v = h.view()
	if h.tab.pnl.column() != model.PnLEstimate || !strings.Contains(v, "[Latest estimate]") || !strings.Contains(v, "Latest estimate: gross sales from the figure entered for the column.") {
		t.Errorf("l moves to the latest estimate and stops there:\n%s", v)
	}

	// e opens the inputs of the column under the cursor
	h.Press("e")
	if h.tab.Form == nil {
		t.Fatalf("e opens no form:\n%s", h.view())
	}
	if v := h.view(); !strings.Contains(v, "Gross sales, Latest estimate") {
		t.Errorf("the form is the latest estimate's:\n%s", v)
	}
	h.Press("esc")
	h.Press("h") // the plan: its gross sales typed in the form
	h.Press("e", "text:2,000,000", "enter", "enter", "enter")
	if h.tab.Form != nil {
		t.Fatalf("the form is still open:\n%s", h.view())
	}
	p, _ := h.Ctx.Data.PlanOf("acc", 2027)
	if p.PnL[model.PnLPlan].GrossSales != 2_000_000_00 {
		t.Fatalf("the plan's gross sales saved: %+v", p.PnL[model.PnLPlan])
	}
	v = h.view()
	if got := figures(h.lineOf("Gross sales"), "Gross sales"); got[2] != "2M" || !strings.Contains(v, "Plan: gross sales from the figure entered for the column.") {
		t.Errorf("the plan's gross sales after the form, %v:\n%s", got, v)
	}
}

func TestPnLEmptyAndNegative(t *testing.T) {
	h := newHarness(t, smallWorkspace())
	h.toPnL()
	v := h.view()
	for _, want := range []string{
		"No plan for 2027 yet: e enters a column's gross sales",
		"No terms for 2027: they count as nothing. PREPARE's Trading terms add them.",
		"Plan: no gross sales yet. e enters them, or the Plan sheet (V) takes the quarters' sell-in.",
		"the plan has no gross sales yet, so it gives no score",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the empty P&L says %q:\n%s", want, v)
		}
	}

	// without terms of the plan's year, last year's go on
	ws := pnlWorkspace()
	ws.Terms = ws.Terms[:1]
	ws.Plans[0].Quarters = [4]model.QuarterPlan{}
	h = newHarness(t, ws)
	h.toPnL()
	v = h.view()
	for _, want := range []string{"Terms: none for 2027 yet, so those of 2026 go on", "Plan: gross sales from the terms of 2026."} {
		if !strings.Contains(v, want) {
			t.Errorf("the plan without terms of its own says %q:\n%s", want, v)
		}
	}
	if got := figures(h.lineOf("Gross sales"), "Gross sales"); got[2] != "900K" {
		t.Errorf("the plan's gross sales from 2026's terms: %v", got)
	}

	// a proposal stands in for terms not agreed; a contribution below
	// nothing is drawn as an error
	ws = pnlWorkspace()
	ws.Terms[1].Proposal = true
	ws.Plans[0].PnL[model.PnLPlan].COGSPct = 95
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	h = newHarness(t, ws)
	h.toPnL()
	v = h.view()
	if !strings.Contains(v, "Terms: the proposal for 2027, not agreed yet") {
		t.Errorf("the proposal's terms:\n%s", v)
	}
	acc, _ := h.Ctx.Data.Current()
	plan := model.AccountPnL(h.tab.pnlInputs(acc), model.PnLPlan)
	if plan.Contribution >= 0 {
		t.Fatalf("the plan leaves %v", plan.Contribution)
	}
	amount, pct := h.tab.pnlFigure(plan, pnlLines[len(pnlLines)-1])
	cell := h.Ctx.Styles.Error.Render(fmt.Sprintf("%8s %6s", amount, pct))
	if !strings.Contains(v, cell) {
		t.Errorf("the negative contribution %s %s is not in the error style:\n%q", amount, pct, v)
	}
	if score := "can be scored 1 of 10"; !strings.Contains(v, score) {
		t.Errorf("a loss scores 1:\n%s", v)
	}
}

func TestPnLInChinese(t *testing.T) {
	h := newHarness(t, pnlWorkspace())
	h.SetLang(model.Chinese)
	h.toPnL()
	v := h.view()
	for _, want := range []string{"毛销售额", "票面费用", "开票销售额", "票外费用及账期成本", "促销费用", "净销售额", "销售成本", "毛利", "服务成本", "客户贡献",
		"[计划]", "120万", "矩阵「净盈利能力」", "计划：毛销售额取自计划各季度进货额。"} {
		if !strings.Contains(v, want) {
			t.Errorf("the P&L in Chinese says %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "‹") {
		t.Errorf("a catalog key is missing:\n%s", v)
	}
}
