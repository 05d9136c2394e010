package prepare

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// termsCellWidth is a year's column: the cost and its share of gross sales.
const termsCellWidth = 16

// notComparable stands for an evolution against a year without values.
const notComparable = "–"

// termLine is a row of the cost table: gross sales, or one term.
type termLine struct {
	key   string // "" for gross sales
	label string
}

// termsLayout is what the cost table shows: which years, which rows.
type termsLayout struct {
	years  []model.TermsYear // oldest first, the proposal last
	lines  []termLine
	labelW int
}

// layoutTerms picks the years that fit (the latest ones, and always the
// proposal) and the rows: gross sales, then every term any of them has.
func (m *Model) layoutTerms(a model.Account) termsLayout {
	all := m.Ctx.Data.TermsOf(a.ID)
	const minLabel, maxLabel = 24, 34
	fit := max((m.Width-minLabel)/(termsCellWidth+2), 1)
	if len(all) > fit {
		all = all[len(all)-fit:]
	}
	lay := termsLayout{years: all}
	lay.labelW = min(max(m.Width-len(all)*(termsCellWidth+2), minLabel), maxLabel)
	lay.lines = []termLine{{"", m.Ctx.T("prepare.gross_sales")}}
	for _, t := range model.TermRows(all) {
		lay.lines = append(lay.lines, termLine{t.Key(), t.Label(m.Ctx.Lang)})
	}
	return lay
}

func (m *Model) termsKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	lay := m.layoutTerms(a)
	switch {
	case key.Matches(msg, k.Capital):
		return m.openCapitalForm()
	case key.Matches(msg, k.NewYear):
		return m.openNewYearForm(a, lay)
	case !key.Matches(msg, k.Gross) && m.moved(msg, &m.termRow, len(lay.lines)): // g is gross sales here; home goes to the top
		return nil
	case key.Matches(msg, k.Left):
		m.termCol = max(m.termCol-1, 0)
		return nil
	case key.Matches(msg, k.Right):
		m.termCol = min(m.termCol+1, max(len(lay.years)-1, 0))
		return nil
	}
	if len(lay.years) == 0 {
		return nil
	}
	m.termCol = min(m.termCol, len(lay.years)-1)
	m.termRow = min(m.termRow, len(lay.lines)-1)
	y := lay.years[m.termCol]
	line := lay.lines[m.termRow]
	switch {
	case key.Matches(msg, k.Gross) || key.Matches(msg, k.Edit) && line.key == "":
		return m.openGrossForm(y)
	case key.Matches(msg, k.Edit):
		if t, i := y.Find(line.key); i >= 0 {
			return m.openTermForm(y, i, t)
		}
		for _, other := range lay.years { // a term of another year, not in this one: add it here
			if t, i := other.Find(line.key); i >= 0 {
				return m.openTermForm(y, -1, model.Term{Kind: t.Kind, Name: t.Name, Basis: t.Basis, OnInvoice: t.OnInvoice})
			}
		}
	case key.Matches(msg, k.New):
		return m.openPickTermForm(y)
	case key.Matches(msg, k.Remove) && line.key != "":
		_, i := y.Find(line.key)
		if i < 0 {
			return nil
		}
		m.Ask = &common.Question{Text: fmt.Sprintf(m.Ctx.T("ask.remove_term"), line.label, yearLabel(m, y)), Yes: func() tea.Cmd {
			y.Terms = slices.Delete(slices.Clone(y.Terms), i, i+1)
			return data.Save(m.Ctx.Data, m.Ctx.T("status.removed"), y)
		}}
	case key.Matches(msg, k.DeleteYear):
		m.Ask = &common.Question{Text: fmt.Sprintf(m.Ctx.T("ask.delete_year"), yearLabel(m, y)), Yes: func() tea.Cmd {
			m.termCol = max(m.termCol-1, 0)
			return data.Delete(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.deleted"), yearLabel(m, y)), y)
		}}
	}
	return nil
}

// yearLabel names a column: "2026", or "2027 proposal".
func yearLabel(m *Model, y model.TermsYear) string {
	if y.Proposal {
		return fmt.Sprintf(m.Ctx.T("prepare.proposal"), y.Year)
	}
	return strconv.Itoa(y.Year)
}

// yearCosts costs every year of an account by the workspace's rules, each
// with its own standard payment days.
func (m *Model) yearCosts(all, years []model.TermsYear) []model.YearCost {
	st := m.Ctx.Data.Settings
	out := make([]model.YearCost, len(years))
	for i, y := range years {
		out[i] = st.Costing(all, y).Year(y)
	}
	return out
}

// rulesLine says how the terms are costed: the standard payment days, the
// cost of capital and the VAT rate.
func (m *Model) rulesLine() string {
	st := m.Ctx.Data.Settings
	t := m.Ctx.T
	vat := model.FormatRate(st.VAT())
	if st.NoVAT {
		vat = t("terms.no_vat")
	}
	standard := fmt.Sprintf(m.Ctx.TN("terms.standard_days", st.CreditStandardDays), st.CreditStandardDays)
	switch {
	case st.CreditFromLastYear:
		standard = t("terms.standard_last")
	case st.CreditStandardDays == 0:
		return fmt.Sprintf(t("terms.rules_all"), model.FormatRate(st.CapitalRate()), vat)
	}
	return fmt.Sprintf(t("terms.rules"), standard, model.FormatRate(st.CapitalRate()), vat)
}

// evolutionCell is the change on the year before and how spend grew
// against sales: "+12 bp" and "+5.0% vs +3.5%", or new spend, or not
// comparable.
func (m *Model) evolutionCell(e model.Evolution) (bp, flag string) {
	t := m.Ctx.T
	switch {
	case e.NewSpend:
		return notComparable, t("terms.new_spend")
	case !e.Comparable:
		return notComparable, t("prepare.not_comparable")
	}
	words := fmt.Sprintf(t("prepare.growth_pair"), model.FormatGrowth(e.SpendGrowth), model.FormatGrowth(e.SalesGrowth))
	if e.FasterSpend {
		words = "! " + words
	}
	if lipgloss.Width(words) > termsCellWidth { // "! +12.5% vs +10.3%": the detail line says it in full
		words = strings.Replace(words, fmt.Sprintf(t("prepare.growth_pair"), "", ""), "/", 1)
	}
	return fmt.Sprintf("%+.0f bp", e.BasisPoints), words
}

// termsView is the cost comparison and evolution of the current account:
// a column per year, each term's cost and % of gross sales, totals on and
// off invoice and the cost of credit, the change in basis points and
// whether spend outgrew sales.
func (m *Model) termsView(a model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	l := m.Ctx.Lang
	lay := m.layoutTerms(a)
	head := common.SpreadLine(st.Title.Render(a.Name)+st.Muted.Render(" — "+t("prepare.terms_title")+m.Ctx.AmountsIn()),
		st.Muted.Render(m.rulesLine()), m.Width)
	if len(lay.years) == 0 {
		return head + "\n\n  " + st.Muted.Render(t("prepare.no_terms"))
	}
	col := min(m.termCol, len(lay.years)-1)
	row := min(m.termRow, len(lay.lines)-1)
	all := m.Ctx.Data.TermsOf(a.ID)
	costs := m.yearCosts(all, lay.years)
	termCosts := make([][]model.TermCost, len(lay.years))
	for i, y := range lay.years {
		termCosts[i], _ = m.Ctx.Data.Settings.Costing(all, y).Terms(y)
	}
	// The year before the first column, hidden for want of room, is still
	// what the first column is compared with.
	var before *model.YearCost
	if prev, ok := model.LatestTermsBefore(all, lay.years[0]); ok {
		c := m.yearCosts(all, []model.TermsYear{prev})[0]
		before = &c
	}
	evolution := func(i int) (model.Evolution, bool) {
		if i > 0 {
			return model.Evolve(costs[i-1], costs[i]), true
		}
		if before != nil {
			return model.Evolve(*before, costs[0]), true
		}
		return model.Evolution{}, false
	}
	cell := func(s string) string { return common.PadLeft(s, termsCellWidth) }
	pct := func(c model.YearCost, v model.Money) string {
		p, ok := c.Pct(v)
		if !ok {
			return "-"
		}
		return model.FormatRate(p)
	}
	money := func(v model.Money) string { return model.FormatCompact(v, l) }
	anyAtRisk := false
	for _, c := range costs {
		anyAtRisk = anyAtRisk || c.AtRisk != 0
	}

	var out []string
	hdr := common.PadRight("", lay.labelW)
	for c, y := range lay.years {
		label := yearLabel(m, y)
		if c == col { // the column of the cursor, marked without colour too
			label = "[" + label + "]"
		}
		hdr += "  " + cell(label)
	}
	out = append(out, head, st.TableHeader.Render(hdr))
	// The term rows scroll; the totals and the evolution under them stay.
	fixedRows := 2 + 6 + 2 // head and header; four totals, change, spend vs sales; the detail
	if anyAtRisk {
		fixedRows++
	}
	tbl := common.Table{Len: len(lay.lines), Cursor: row}
	tbl.SetHeight(max(h-fixedRows, 1))
	for r := tbl.Offset; r < min(tbl.Offset+tbl.Height, len(lay.lines)); r++ {
		line := lay.lines[r]
		text := "  " + common.PadRight(line.label, lay.labelW-2)
		for c, y := range lay.years {
			var s string
			if line.key == "" {
				s = money(y.GrossSales)
			} else if _, i := y.Find(line.key); i >= 0 {
				cost := termCosts[c][i].Expected
				s = money(cost) + "  " + common.PadLeft(pct(costs[c], cost), 6)
			} else {
				s = "-"
			}
			s = cell(s)
			if r == row && c == col {
				s = st.Selected.Render(s)
			}
			text += "  " + s
		}
		if r == row {
			text = "> " + strings.TrimPrefix(text, "  ")
		}
		out = append(out, text)
	}
	total := func(label string, v func(model.YearCost) model.Money) string {
		text := "  " + common.PadRight(label, lay.labelW-2)
		for _, c := range costs {
			text += "  " + cell(money(v(c))+"  "+common.PadLeft(pct(c, v(c)), 6))
		}
		return text
	}
	out = append(out,
		st.Title.Render(total(t("prepare.on_invoice"), func(c model.YearCost) model.Money { return c.OnInvoice })),
		st.Title.Render(total(t("prepare.off_invoice"), func(c model.YearCost) model.Money { return c.OffInvoice })),
		st.Title.Render(total(t("terms.credit"), func(c model.YearCost) model.Money { return c.Credit })),
		st.Title.Render(total(t("prepare.all_terms"), model.YearCost.Total)))
	if anyAtRisk {
		out = append(out, st.Muted.Render(total(t("terms.at_risk"), func(c model.YearCost) model.Money { return c.AtRisk })))
	}
	bp := "  " + common.PadRight(t("prepare.change_bp"), lay.labelW-2)
	flag := "  " + common.PadRight(t("prepare.spend_vs_sales"), lay.labelW-2)
	for i := range costs {
		e, ok := evolution(i)
		if !ok {
			bp += "  " + cell("")
			flag += "  " + cell("")
			continue
		}
		b, f := m.evolutionCell(e)
		bp += "  " + cell(b)
		switch {
		case e.FasterSpend:
			flag += "  " + st.Error.Render(cell(f))
		case e.Comparable:
			flag += "  " + st.OK.Render(cell(f))
		default:
			flag += "  " + st.Muted.Render(cell(f))
		}
	}
	out = append(out, bp, flag)

	// The cell under the cursor, in words.
	y := lay.years[col]
	line := lay.lines[row]
	var detail string
	if line.key == "" {
		detail = fmt.Sprintf(t("prepare.gross_detail"), yearLabel(m, y), model.FormatMoney(y.GrossSales))
		detail += m.evolutionDetail(y, lay, col, evolution)
	} else if term, i := y.Find(line.key); i >= 0 {
		detail = m.termDetail(line.label, y, term, termCosts[col][i], m.Ctx.Data.Settings.Costing(all, y))
	} else {
		detail = fmt.Sprintf(t("prepare.term_absent"), line.label, yearLabel(m, y))
	}
	for i := range out {
		out[i] = common.Truncate(out[i], m.Width)
	}
	// The detail takes two lines: what the cell is, then how it is costed.
	first, second, _ := strings.Cut(detail, "\n")
	foot := []string{st.Muted.Render(common.Truncate(first, m.Width)), st.Muted.Render(common.Truncate(second, m.Width))}
	return common.Foot(strings.Join(out, "\n"), foot, h)
}

// evolutionDetail says how a year's spend moved against the year before.
func (m *Model) evolutionDetail(y model.TermsYear, lay termsLayout, col int, evolution func(int) (model.Evolution, bool)) string {
	t := m.Ctx.T
	e, ok := evolution(col)
	if !ok {
		return ""
	}
	prevLabel := strconv.Itoa(y.Year - 1)
	if col > 0 {
		prevLabel = yearLabel(m, lay.years[col-1])
	}
	switch {
	case e.NewSpend:
		return " · " + fmt.Sprintf(t("terms.new_detail"), yearLabel(m, y), prevLabel, model.FormatGrowth(e.SalesGrowth))
	case !e.Comparable:
		return " · " + fmt.Sprintf(t("prepare.no_values_to_compare"), yearLabel(m, y), prevLabel)
	}
	words := t("prepare.in_step")
	switch {
	case e.FasterSpend:
		words = t("prepare.faster")
	case e.SlowerSpend:
		words = t("terms.slower")
	}
	return " · " + fmt.Sprintf(t("terms.growth_detail"), yearLabel(m, y), model.FormatGrowth(e.SpendGrowth), model.FormatGrowth(e.SalesGrowth)) + ", " + words
}

// termDetail is one term of a year in words: its value, its base, where it
// is paid, what it costs and, as the term asks, its expected achievement,
// the days of credit costed or the yearly rate of paying early.
func (m *Model) termDetail(label string, y model.TermsYear, term model.Term, tc model.TermCost, c model.Costing) string {
	t := m.Ctx.T
	l := m.Ctx.Lang
	where := t("prepare.off_invoice_short")
	if term.OnInvoice {
		where = t("prepare.on_invoice_short")
	}
	value := term.Value(l)
	if term.Basis == model.PercentOfSales {
		value += " " + fmt.Sprintf(t("terms.of_base"), model.NameOf(model.SalesBases, term.PercentOf, l), model.FormatCompact(tc.Base, l))
	}
	parts := []string{fmt.Sprintf("%s · %s: %s", label, yearLabel(m, y), value)}
	if term.Basis == model.PaymentDays {
		parts = append(parts, t("terms.credit_short"))
	} else {
		parts = append(parts, where)
	}
	parts = append(parts, t("prepare.cost")+" "+model.FormatMoney(tc.Expected))
	head := strings.Join(parts, " · ")
	parts = nil
	switch {
	case term.Basis == model.PaymentDays && tc.Days > 0:
		parts = append(parts, fmt.Sprintf(m.Ctx.TN("terms.credit_detail", tc.Days), tc.Days, c.StandardDays, model.FormatMoney(tc.Base), model.FormatRate(c.CostOfCapital)))
	case term.Basis == model.PaymentDays:
		parts = append(parts, fmt.Sprintf(m.Ctx.TN("terms.credit_within", c.StandardDays), c.StandardDays))
	}
	if term.Kind == "prompt_payment" && term.Basis == model.PercentOfSales {
		credit := c.CreditDays(y)
		if rate, ok := model.ImpliedRate(term.Percent, credit-term.PaidWithin); ok && term.PaidWithin > 0 {
			verdict := t("terms.prompt_cheap")
			if rate > c.CostOfCapital {
				verdict = t("terms.prompt_dear")
			}
			parts = append(parts, fmt.Sprintf(m.Ctx.TN("terms.prompt_rate", term.PaidWithin), term.PaidWithin, credit, model.FormatPercent(rate), model.FormatRate(c.CostOfCapital))+", "+verdict)
		} else {
			parts = append(parts, t("terms.prompt_no_rate"))
		}
	}
	if term.Conditional {
		parts = append(parts, t("prepare.if")+" "+term.Condition)
		if term.Expected > 0 {
			parts = append(parts, fmt.Sprintf(t("terms.expected"), model.FormatRate(term.Expected), model.FormatMoney(tc.Expected), model.FormatMoney(tc.AtRisk()), model.FormatMoney(tc.Full)))
		} else {
			parts = append(parts, t("terms.in_full"))
		}
	}
	return head + "\n" + strings.Join(parts, " · ")
}

// openPickTermForm starts adding a term to a year: which one (or a name of
// our own), then its value in the term form, set up as the term usually is.
func (m *Model) openPickTermForm(y model.TermsYear) tea.Cmd {
	tr := m.Ctx.T
	kind, name := model.TermCatalog[0].Kind, ""
	kinds := make([]huh.Option[model.TermKind], 0, len(model.TermCatalog)+1)
	for _, s := range model.TermCatalog {
		kinds = append(kinds, huh.NewOption(s.Name.In(m.Ctx.Lang), s.Kind))
	}
	kinds = append(kinds, huh.NewOption(tr("prepare.custom_term"), model.CustomTerm))
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(tr("prepare.term_in"), yearLabel(m, y)),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewSelect[model.TermKind]().Title(tr("prepare.term")).Options(kinds...).Value(&kind).Height(8),
				huh.NewInput().Title(tr("prepare.custom_name")).Description(tr("prepare.custom_hint")).Value(&name).
					Validate(func(s string) error {
						if kind == model.CustomTerm && strings.TrimSpace(s) == "" {
							return fmt.Errorf("%s", tr("prepare.custom_needed"))
						}
						return m.Ctx.Loc(model.CheckShort(s))
					}),
			)}
		},
		Save: func() (tea.Cmd, error) {
			t := model.Term{Kind: kind, Basis: model.FixedAmount}
			if spec, ok := model.TermSpecOf(kind); ok {
				t.Basis, t.OnInvoice = spec.Basis, spec.OnInvoice
			} else {
				t.Name = strings.TrimSpace(name)
			}
			if _, j := y.Find(t.Key()); j >= 0 {
				return nil, &model.Invalid{Msg: common.Text("prepare.term_there", t.Label)}
			}
			return m.openTermForm(y, -1, t), nil
		},
		Dirty: func() bool { return false },
	})
}

// openTermForm edits term i of a year, or adds t when i < 0.
// checkTermValue reads a term's value as its basis takes it, with the
// parser the save uses, so a bad value is refused at its field.
func checkTermValue(b model.Basis, s string) error {
	var err error
	switch b {
	case model.PercentOfSales:
		_, err = model.ParsePercent(s, 0, 100)
	case model.FixedAmount:
		_, err = model.ParseMoney(s)
	case model.PaymentDays:
		_, err = model.ParseCount(s)
	}
	return err
}

func (m *Model) openTermForm(y model.TermsYear, i int, t model.Term) tea.Cmd {
	tr := m.Ctx.T
	adding := i < 0
	value := ""
	switch t.Basis {
	case model.PercentOfSales:
		value = model.PercentInput(t.Percent)
	case model.FixedAmount:
		value = model.MoneyInput(t.Amount)
	case model.PaymentDays:
		value = strconv.Itoa(t.Days)
	}
	count := strconv.Itoa(max(t.Count, 1))
	expected, within := model.PercentInput(t.Expected), ""
	if t.PaidWithin > 0 {
		within = strconv.Itoa(t.PaidWithin)
	}
	if spec, ok := model.TermSpecOf(t.Kind); adding && ok && spec.Conditional {
		t.Conditional = true // a bonus or a rebate is paid on a condition
	}
	orig := fmt.Sprintf("%+v|%s|%s|%s|%s", t, value, count, expected, within)
	bases := common.Options(m.Ctx, model.Bases)
	bases[0].Key = tr("terms.percentage") // the base of sales is asked apart
	if t.Kind != "payment_days" {
		bases = bases[:2] // only payment terms are given in days
	}
	salesBases := common.Options(m.Ctx, model.SalesBases)
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(tr("prepare.term_in"), yearLabel(m, y)) + " · " + t.Label(m.Ctx.Lang),
		Build: func() []*huh.Group {
			main := huh.NewGroup(
				huh.NewSelect[model.Basis]().Title(tr("prepare.basis")).Options(bases...).Value(&t.Basis).Inline(true),
				huh.NewInput().Title(tr("prepare.term_value")).Description(tr("prepare.term_value_hint")).Value(&value).
					Validate(func(s string) error { return m.Ctx.Loc(checkTermValue(t.Basis, s)) }),
				huh.NewInput().Title(tr("prepare.count")).Description(tr("prepare.count_hint")).Value(&count).
					Validate(func(s string) error {
						if t.Basis != model.FixedAmount {
							return nil
						}
						_, err := model.ParseCount(s)
						return m.Ctx.Loc(err)
					}),
				huh.NewConfirm().Title(tr("prepare.on_invoice_q")).Value(&t.OnInvoice).Affirmative(tr("key.yes")).Negative(tr("key.no")),
				huh.NewConfirm().Title(tr("prepare.conditional_q")).Value(&t.Conditional).Affirmative(tr("key.yes")).Negative(tr("key.no")),
				huh.NewInput().Title(tr("prepare.condition")).Value(&t.Condition),
			)
			// The base, the days to pay within and the expected achievement
			// follow when the term has them: the invoice discount is the
			// first cut of gross sales, an amount has no base.
			var more []huh.Field
			if t.Kind != "payment_days" && t.Kind != "invoice_discount" {
				more = append(more, huh.NewSelect[model.SalesBase]().Title(tr("terms.percent_of")).Options(salesBases...).Value(&t.PercentOf))
			}
			if t.Kind == "prompt_payment" {
				more = append(more, huh.NewInput().Title(tr("terms.paid_within")).Description(tr("terms.paid_within_hint")).Value(&within).
					Validate(func(s string) error { _, err := parsePaidWithin(s); return m.Ctx.Loc(err) }))
			}
			more = append(more, huh.NewInput().Title(tr("terms.expected_q")).Description(tr("terms.expected_hint")).Value(&expected).
				Validate(func(s string) error { _, err := model.ParsePercent(s, 0, 100); return m.Ctx.Loc(err) }))
			return []*huh.Group{main, huh.NewGroup(more...).WithHideFunc(func() bool {
				return !t.Conditional && (t.Basis != model.PercentOfSales || t.Kind == "invoice_discount")
			})}
		},
		Save: func() (tea.Cmd, error) {
			term := t
			term.Condition = strings.TrimSpace(term.Condition)
			if !term.Conditional {
				term.Condition = ""
			}
			term.Percent, term.Amount, term.Days, term.Count, term.Expected, term.PaidWithin = 0, 0, 0, 0, 0, 0
			if term.Basis != model.PercentOfSales {
				term.PercentOf = model.OfGross
			}
			var err error
			if term.Conditional {
				if term.Expected, err = model.ParsePercent(expected, 0, 100); err != nil {
					return nil, err
				}
			}
			if term.Kind == "prompt_payment" {
				if term.PaidWithin, err = parsePaidWithin(within); err != nil {
					return nil, err
				}
			}
			switch term.Basis {
			case model.PercentOfSales:
				term.Percent, err = model.ParsePercent(value, 0, 100)
			case model.FixedAmount:
				if term.Amount, err = model.ParseMoney(value); err == nil {
					term.Count, err = model.ParseCount(count)
				}
			case model.PaymentDays:
				term.Days, err = model.ParseCount(value)
			}
			if err != nil {
				return nil, err
			}
			out := y
			out.Terms = slices.Clone(y.Terms)
			if adding {
				out.Terms = append(out.Terms, term)
			} else {
				out.Terms[i] = term
			}
			if err := model.CheckTermsYear(out); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(tr("status.saved"), term.Label(m.Ctx.Lang)), out), nil
		},
		Dirty: func() bool { return fmt.Sprintf("%+v|%s|%s|%s|%s", t, value, count, expected, within) != orig },
	})
}

// parsePaidWithin reads the days within which a prompt-payment discount is
// earned; empty is none.
func parsePaidWithin(s string) (int, error) {
	n, err := model.ParseCount(s)
	if err == nil && n > model.MaxPaymentDays {
		return 0, model.CheckTerm(model.Term{Kind: "prompt_payment", Basis: model.PercentOfSales, PaidWithin: n})
	}
	return n, err
}

func (m *Model) openGrossForm(y model.TermsYear) tea.Cmd {
	gross := model.MoneyInput(y.GrossSales)
	orig := gross
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(m.Ctx.T("prepare.gross_of"), yearLabel(m, y)),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(huh.NewInput().Title(m.Ctx.T("prepare.gross_sales")).Value(&gross).
				Validate(func(s string) error { _, err := model.ParseMoney(s); return m.Ctx.Loc(err) }))}
		},
		Save: func() (tea.Cmd, error) {
			v, err := model.ParseMoney(gross)
			if err != nil {
				return nil, err
			}
			y.GrossSales = v
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.saved"), yearLabel(m, y)), y), nil
		},
		Dirty: func() bool { return gross != orig },
	})
}

// openNewYearForm adds a year (or a proposal), starting from the terms and
// gross sales of the latest year before it, a proposal included (it is the
// latest thinking), so only what changes needs typing.
func (m *Model) openNewYearForm(a model.Account, lay termsLayout) tea.Cmd {
	next := m.Ctx.Now().Year()
	if len(lay.years) > 0 {
		next = lay.years[len(lay.years)-1].Year + 1
	}
	v := struct {
		year     string
		proposal bool
	}{strconv.Itoa(next), false}
	return m.OpenForm(&common.EditForm{
		Title: m.Ctx.T("prepare.new_year"),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(m.Ctx.T("prepare.year")).Value(&v.year).Validate(func(s string) error { _, err := parseYear(s); return m.Ctx.Loc(err) }),
				huh.NewConfirm().Title(m.Ctx.T("prepare.is_proposal")).Value(&v.proposal).Affirmative(m.Ctx.T("key.yes")).Negative(m.Ctx.T("key.no")),
			)}
		},
		Save: func() (tea.Cmd, error) {
			year, err := parseYear(v.year)
			if err != nil {
				return nil, err
			}
			if _, ok := m.Ctx.Data.TermsYear(a.ID, year, v.proposal); ok {
				return nil, &model.Invalid{Msg: common.Text("prepare.year_there")}
			}
			y := model.TermsYear{AccountID: a.ID, Year: year, Proposal: v.proposal, GrossSales: a.OurSales}
			all := m.Ctx.Data.TermsOf(a.ID)
			from, ok := model.LatestTermsBefore(all, y)
			if !ok && len(all) > 0 {
				from, ok = all[0], true // a year before all the others starts from the earliest
			}
			if ok {
				y.Terms = slices.Clone(from.Terms)
				if from.GrossSales > 0 {
					y.GrossSales = from.GrossSales
				}
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.saved"), yearLabel(m, y)), y), nil
		},
		Dirty: func() bool { return false },
	})
}

func (m *Model) openCapitalForm() tea.Cmd {
	rate := model.PercentInput(m.Ctx.Data.Settings.CapitalRate())
	return m.OpenForm(&common.EditForm{
		Title: m.Ctx.T("prepare.capital_title"),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(huh.NewInput().Title(m.Ctx.T("prepare.capital_rate")).
				Description(m.Ctx.T("prepare.capital_hint")).Value(&rate).
				Validate(func(s string) error { _, err := model.ParsePercent(s, 0.1, 50); return m.Ctx.Loc(err) }))}
		},
		Save: func() (tea.Cmd, error) {
			v, err := model.ParsePercent(rate, 0.1, 50)
			if err != nil {
				return nil, err
			}
			st := m.Ctx.Data.Settings
			st.CostOfCapital = v
			m.Ctx.Data.Settings = st
			return m.Ctx.Data.SaveSettings(st, m.Ctx.T("status.capital_saved")), nil
		},
		Dirty: func() bool { return false },
	})
}
