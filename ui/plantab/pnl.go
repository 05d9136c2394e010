package plantab

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// pnlState is where the P&L's cursor is: a column, the plan's until one
// is picked.
type pnlState struct {
	col    int
	picked bool
}

// column is the column under the cursor.
func (s pnlState) column() int {
	if !s.picked {
		return model.PnLPlan
	}
	return min(max(s.col, 0), model.PnLColumns-1)
}

func (m *Model) pnlKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	col := m.pnl.column()
	switch {
	case key.Matches(msg, k.Left):
		m.pnl.col, m.pnl.picked = max(col-1, 0), true
	case key.Matches(msg, k.Right):
		m.pnl.col, m.pnl.picked = min(col+1, model.PnLColumns-1), true
	case key.Matches(msg, k.Edit):
		return m.pnlColumnForm(a, col)
	}
	return nil
}

// pnlLine is a line of the P&L: its words, its amount, whether it is a
// cost taken off (shown negative) and whether it is a subtotal.
type pnlLine struct {
	key      string
	amount   func(model.PnL) model.Money
	cost     bool
	subtotal bool
}

var pnlLines = []pnlLine{
	{"plan.pnl_gross", func(p model.PnL) model.Money { return p.Gross }, false, true},
	{"plan.pnl_on_invoice", func(p model.PnL) model.Money { return p.OnInvoice }, true, false},
	{"plan.pnl_invoiced", func(p model.PnL) model.Money { return p.Invoiced }, false, true},
	{"plan.pnl_off_invoice", func(p model.PnL) model.Money { return p.OffInvoice }, true, false},
	{"plan.pnl_promotions", func(p model.PnL) model.Money { return p.Promotions }, true, false},
	{"plan.pnl_net", func(p model.PnL) model.Money { return p.Net }, false, true},
	{"plan.pnl_cogs", func(p model.PnL) model.Money { return p.COGS }, true, false},
	{"plan.pnl_gross_profit", func(p model.PnL) model.Money { return p.GrossProfit }, false, true},
	{"plan.pnl_cost_to_serve", func(p model.PnL) model.Money { return p.CostToServe }, true, false},
	{"plan.pnl_contribution", func(p model.PnL) model.Money { return p.Contribution }, false, true},
}

// pnlFigure is a line's amount as shown, a cost with a minus, and its % of
// gross sales ("-" without them).
func (m *Model) pnlFigure(p model.PnL, l pnlLine) (amount, pct string) {
	v := l.amount(p)
	if l.cost {
		v = -v
	}
	amount = model.FormatCompact(v, m.Ctx.Lang)
	pct = "-"
	if r, ok := p.Pct(v); ok {
		pct = model.FormatPercent(math.Round(r*10) / 10)
		if math.Abs(r) >= 99.95 {
			pct = model.FormatPercent(math.Round(r)) // a whole % keeps it in its column
		}
	}
	return amount, pct
}

// The P&L's geometry: an amount (-1,234万, -12.3M) and its % (-12.5%,
// -250%), two spaces before each column, which grow by up to four where
// the width allows; the labels take the rest, up to 30.
const (
	pnlAmountW = 8
	pnlPctW    = 6
	pnlColW    = 2 + pnlAmountW + 1 + pnlPctW
	pnlLabelW  = 30
)

// pnlLayout is the labels' width and the columns' gap in a width.
func pnlLayout(width int) (labelW, gap int) {
	gap = 2 + min(max((width-2-pnlLabelW-model.PnLColumns*pnlColW)/model.PnLColumns, 0), 4)
	return max(width-2-model.PnLColumns*(pnlColW-2+gap), 12), gap
}

func (m *Model) pnlView(acc model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	in := m.pnlInputs(acc)
	year := in.Plan.Year
	var cols [model.PnLColumns]model.PnL
	for c := range cols {
		cols[c] = model.AccountPnL(in, c)
	}
	sel := m.pnl.column()
	labelW, gap := pnlLayout(m.Width)
	labelW = min(labelW, pnlLabelW)

	lines := []string{st.Title.Render(fmt.Sprintf(t("plan.pnl_title"), acc.Name, year)) + st.Muted.Render(m.Ctx.AmountsIn())}
	head := "  " + strings.Repeat(" ", labelW)
	for c := range cols {
		w := pnlColW - 2 + gap // a cell to spare, so two names never touch
		head += common.PadLeft(common.Truncate(m.Ctx.Picked(model.PnLColumnNames[c].In(m.Ctx.Lang), c == sel), w-1), w)
	}
	lines = append(lines, head)
	for _, l := range pnlLines {
		label := common.PadRight(t(l.key), labelW)
		if l.subtotal {
			label = st.Title.Render(label)
		}
		row := "  " + label
		for c, p := range cols {
			amount, pct := m.pnlFigure(p, l)
			cell := common.PadLeft(amount, pnlAmountW) + " " + common.PadLeft(pct, pnlPctW)
			switch {
			case l.key == "plan.pnl_contribution" && p.Contribution < 0:
				cell = st.Error.Render(cell)
			case c == sel:
				cell = st.Selected.Render(cell)
			}
			row += strings.Repeat(" ", gap) + cell
		}
		lines = append(lines, row)
	}
	lines = append(lines, "")

	// what the Matrix can score, then where the column's figures come from
	plan := cols[model.PnLPlan]
	if pct, ok := plan.Pct(plan.Contribution); ok {
		s := fmt.Sprintf(t("plan.pnl_score"), model.FormatPercent(math.Round(pct*10)/10), model.ProfitabilityScore(pct))
		if plan.Contribution < 0 {
			s = st.Error.Render(s)
		}
		lines = append(lines, s)
	} else {
		lines = append(lines, st.Muted.Render(t("plan.pnl_score_none")))
	}
	name := model.PnLColumnNames[sel].In(m.Ctx.Lang)
	if src, ok := m.pnlGrossSource(in, sel); ok {
		lines = append(lines, fmt.Sprintf(t("plan.pnl_gross_from"), name, src))
	} else {
		lines = append(lines, st.Warn.Render(fmt.Sprintf(t("plan.pnl_gross_none"), name)))
	}
	termsYear := year
	if sel == model.PnLLastYear {
		termsYear--
	}
	switch terms, ok := model.TermsFor(in.Terms, acc.ID, termsYear); {
	case !ok:
		lines = append(lines, st.Warn.Render(fmt.Sprintf(t("plan.pnl_no_terms"), termsYear)))
	case terms.Year < termsYear && terms.Proposal:
		lines = append(lines, st.Warn.Render(fmt.Sprintf(t("plan.pnl_terms_carried_proposal"), termsYear, terms.Year)))
	case terms.Year < termsYear:
		lines = append(lines, st.Warn.Render(fmt.Sprintf(t("plan.pnl_terms_carried"), termsYear, terms.Year)))
	case terms.Proposal:
		lines = append(lines, st.Muted.Render(fmt.Sprintf(t("plan.pnl_terms_proposal"), termsYear)))
	default:
		lines = append(lines, st.Muted.Render(fmt.Sprintf(t("plan.pnl_terms"), termsYear)))
	}
	if sel == model.PnLPlan {
		lines = append(lines, st.Muted.Render(fmt.Sprintf(t("plan.pnl_promos_plan"), year)))
	} else {
		lines = append(lines, st.Muted.Render(fmt.Sprintf(t("plan.pnl_promos_best"), termsYear)))
	}
	lines = append(lines, st.Muted.Render(m.pnlInputsLine(in.Plan.PnL[sel])))
	if _, ok := m.Ctx.Data.PlanOf(acc.ID, year); !ok {
		lines = append(lines, st.Warn.Render(fmt.Sprintf(t("plan.pnl_no_plan"), year)))
	}
	lines = append(lines, st.Faint.Render(t("plan.pnl_hint")))
	return strings.Join(lines, "\n")
}

// pnlGrossSource says where a column's gross sales come from, in the
// order model.AccountPnL looks for them; ok is false when nothing gives
// them.
func (m *Model) pnlGrossSource(in model.PnLInputs, col int) (string, bool) {
	t := m.Ctx.T
	termsYear := in.Plan.Year
	if col == model.PnLLastYear {
		termsYear--
	}
	terms, hasTerms := model.TermsFor(in.Terms, in.Plan.AccountID, termsYear)
	switch {
	case in.Plan.PnL[col].GrossSales > 0:
		return t("plan.pnl_src_own"), true
	case col == model.PnLLastYear && hasTerms && terms.GrossSales > 0:
		return fmt.Sprintf(t("plan.pnl_src_terms"), terms.Year), true
	case col == model.PnLLastYear && in.Plan.LastYearSales() > 0:
		return t("plan.pnl_src_last_year"), true
	case col == model.PnLLastYear:
	case in.Plan.PlannedSales() > 0:
		return t("plan.pnl_src_quarters"), true
	case hasTerms && terms.GrossSales > 0:
		return fmt.Sprintf(t("plan.pnl_src_terms"), terms.Year), true
	}
	return "", false
}

// pnlInputsLine is what the column takes beyond the terms and the
// promotions: its cost of goods and its costs to serve.
func (m *Model) pnlInputsLine(col model.PnLColumn) string {
	t := m.Ctx.T
	cogs := t("plan.pnl_not_entered")
	if col.COGSPct > 0 {
		cogs = fmt.Sprintf(t("plan.pnl_cogs_pct"), model.FormatRate(col.COGSPct))
	}
	var costs []string
	for _, c := range col.CostToServe {
		var parts []string
		if c.Amount > 0 {
			parts = append(parts, model.FormatCompact(c.Amount, m.Ctx.Lang))
		}
		if c.Pct > 0 || c.Amount == 0 {
			parts = append(parts, model.FormatRate(c.Pct))
		}
		costs = append(costs, c.Name+" "+strings.Join(parts, " + "))
	}
	serve := t("plan.pnl_none")
	if len(costs) > 0 {
		serve = strings.Join(costs, t("plan.list_sep"))
	}
	return fmt.Sprintf(t("plan.pnl_inputs"), cogs, serve)
}

func (m *Model) pnlHelp() []key.Binding {
	k := m.keys
	edit := k.Edit
	edit.SetHelp(edit.Help().Key, m.Ctx.T("key.plan_pnl_column"))
	return []key.Binding{k.Left, k.Right, edit, k.NextView}
}
