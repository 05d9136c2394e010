package prepare

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// costing is what a negotiation's figures are costed on: the terms of its
// year (or the proposal for it), last year's terms, the cost of capital.
type costing struct {
	year, last       model.TermsYear
	hasYear, hasLast bool
	rules            model.Costing // the workspace's, for the year negotiated, as the terms screen counts
}

func costingOf(e env, n *model.Negotiation) costing {
	years := e.Ctx.Data.TermsOf(n.AccountID)
	var c costing
	c.year, c.hasYear = model.CostingYear(years, *n)
	c.last, c.hasLast = model.LastYearOf(years, *n)
	c.rules = e.Ctx.Data.Settings.Costing(years, c.year)
	return c
}

// recost computes the cost of concession i from its term and step, on the
// terms the negotiation is costed on; a concession without a term keeps
// the cost typed. It refuses a term when there are no terms to cost on.
func recost(e env, n *model.Negotiation, i int) error {
	if i < 0 || i >= len(n.Concessions) || n.Concessions[i].Term == "" {
		return nil
	}
	cs := costingOf(e, n)
	c := &n.Concessions[i]
	cost, ok := c.StepCost(cs.year, cs.rules)
	if !cs.hasYear || !ok {
		return &model.Invalid{Msg: common.Text("deal.cannot_cost", n.Year)}
	}
	c.Cost = cost
	return nil
}

var concessionsBlock = func() *block {
	b := common.ListBlock("prepare.concessions", func(n *model.Negotiation) *[]model.Concession { return &n.Concessions },
		drawConcession, func(env, *model.Concession, bool) []huh.Field { return nil })
	b.Edit = editConcession
	return b
}()

func drawConcession(e env, n *model.Negotiation, i int) string {
	st := e.Ctx.Styles
	t := e.Ctx.T
	c := n.Concessions[i]
	head := fmt.Sprintf("%d. %s", c.Order, c.What)
	if c.ForClose {
		head += st.Warn.Render("  " + t("prepare.for_close"))
	}
	how := st.Muted.Render(t("deal.typed"))
	if spec, ok := model.TermSpecOf(c.Term); ok {
		cs := costingOf(e, n)
		how = st.Muted.Render(fmt.Sprintf(t("deal.computed"), c.StepText(cs.year, e.Ctx.Lang), spec.Name.In(e.Ctx.Lang), model.FormatMoney(cs.year.GrossSales)))
		if now, ok := c.StepCost(cs.year, cs.rules); cs.hasYear && ok && now != c.Cost {
			how += "  " + st.Warn.Render(fmt.Sprintf(t("deal.now"), model.FormatMoney(now)))
		}
	}
	meta := st.Label.Render(t("prepare.cost")) + " " + model.FormatMoney(c.Cost) + how + "   " +
		st.Label.Render(t("prepare.value")) + " " + model.NameOf(model.Influences, c.Value, e.Ctx.Lang)
	ask := st.Muted.Render("  " + c.InReturn)
	if strings.TrimSpace(c.InReturn) == "" {
		ask = st.Error.Render("  " + t("prepare.nothing_asked"))
	}
	return head + "\n  " + meta + "\n" + ask
}

// editConcession edits a concession: the term and the step it gives, or
// no term and a typed cost. The form offers the computed cost as the step
// is entered.
func editConcession(e env, n *model.Negotiation, i int) []huh.Field {
	if i >= len(n.Concessions) {
		n.Concessions = append(n.Concessions, model.Concession{Value: "medium"})
		i = len(n.Concessions) - 1
	}
	c := &n.Concessions[i]
	cs := costingOf(e, n)
	terms := []huh.Option[model.TermKind]{huh.NewOption(e.Ctx.T("deal.no_term"), model.TermKind(""))}
	for _, s := range model.TermCatalog {
		terms = append(terms, huh.NewOption(s.Name.In(e.Ctx.Lang), s.Kind))
	}
	step, at, cost, order := "", model.MoneyInput(c.At), "", ""
	if c.Step != 0 {
		step = number(c.Step)
	}
	if c.Term == "" {
		cost = model.MoneyInput(c.Cost)
	}
	if c.Order > 0 {
		order = strconv.Itoa(c.Order)
	}
	offer := func() string {
		if c.Term == "" {
			return e.Ctx.T("deal.cost_typed_hint")
		}
		v, ok := c.StepCost(cs.year, cs.rules)
		if !cs.hasYear || !ok {
			return e.Ctx.T("deal.cost_pending")
		}
		return fmt.Sprintf(e.Ctx.T("deal.cost_offer"), model.FormatMoney(v), c.StepText(cs.year, e.Ctx.Lang), model.FormatMoney(cs.year.GrossSales))
	}
	return []huh.Field{
		huh.NewInput().Title(e.Ctx.T("prepare.concession")).Value(&c.What).Validate(notEmpty(e)),
		huh.NewSelect[model.TermKind]().Title(e.Ctx.T("deal.term")).Options(terms...).Value(&c.Term).Inline(true),
		huh.NewInput().Title(e.Ctx.T("deal.step")).Description(e.Ctx.T("deal.step_hint")).Value(&step).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				c.Step = 0
				if c.Term != "" {
					return fmt.Errorf("%s", e.Ctx.T("deal.step_needed"))
				}
				return nil
			}
			v, err := parseNumber(s)
			if err != nil {
				return e.Ctx.Loc(err)
			}
			c.Step = v
			return e.Ctx.Loc(model.CheckStep(*c))
		}),
		huh.NewInput().Title(e.Ctx.T("deal.at")).Description(e.Ctx.T("deal.at_hint")).Value(&at).Validate(func(s string) error {
			v, err := model.ParseMoney(s)
			c.At = v
			return e.Ctx.Loc(err)
		}),
		huh.NewInput().Title(e.Ctx.T("prepare.cost_to_us")).Description(offer()).DescriptionFunc(offer, c).Value(&cost).Validate(func(s string) error {
			if c.Term != "" { // computed, not typed
				return e.Ctx.Loc(recost(e, n, i))
			}
			v, err := model.ParseMoney(s)
			c.Cost = v
			return e.Ctx.Loc(err)
		}),
		huh.NewSelect[model.Influence]().Title(e.Ctx.T("prepare.value_to_them")).Options(common.Options(e.Ctx, model.Influences)...).Value(&c.Value).Inline(true),
		huh.NewInput().Title(e.Ctx.T("prepare.in_return")).Placeholder(e.Ctx.T("prepare.in_return_hint")).Value(&c.InReturn).
			Validate(func(s string) error { return e.Ctx.Loc(model.CheckLongText(s)) }),
		huh.NewInput().Title(e.Ctx.T("prepare.order")).Value(&order).Validate(func(s string) error {
			v, err := model.ParseCount(s)
			c.Order = v
			return e.Ctx.Loc(err)
		}),
		huh.NewConfirm().Title(e.Ctx.T("prepare.keep_for_close")).Value(&c.ForClose).
			Affirmative(e.Ctx.T("key.yes")).Negative(e.Ctx.T("key.no")),
	}
}

// budgetBlock is what the concessions may cost in all, and their total.
var budgetBlock = &block{
	Title: "deal.budget",
	Len:   func(*model.Negotiation) int { return 1 },
	Draw: func(e env, n *model.Negotiation, _ int) string {
		st := e.Ctx.Styles
		total := n.ConcessionsTotal()
		line := fmt.Sprintf(e.Ctx.T("deal.total"), model.FormatMoney(total))
		switch {
		case n.Budget == 0:
			return line + "   " + st.Muted.Render(e.Ctx.T("deal.no_budget"))
		case total > n.Budget:
			return line + "   " + st.Error.Render(fmt.Sprintf(e.Ctx.T("deal.over_budget"), model.FormatMoney(n.Budget), model.FormatMoney(total-n.Budget)))
		}
		return line + "   " + st.OK.Render(fmt.Sprintf(e.Ctx.T("deal.within_budget"), model.FormatMoney(n.Budget), model.FormatMoney(n.Budget-total)))
	},
	Edit: func(e env, n *model.Negotiation, _ int) []huh.Field {
		text := model.MoneyInput(n.Budget)
		return []huh.Field{huh.NewInput().Title(e.Ctx.T("deal.budget")).Description(e.Ctx.T("deal.budget_hint")).Value(&text).Validate(func(s string) error {
			v, err := model.ParseMoney(s)
			n.Budget = v
			return e.Ctx.Loc(err)
		})}
	},
	Take: func(dst, src *model.Negotiation, _ int, _ bool) { dst.Budget = src.Budget },
}

// dealBlock values a whole package against last year: both sides'
// walk-aways before the meeting, the agreed deal after it.
func dealBlock(title string, packages ...string) *block {
	return &block{
		Title: title, NoAdd: true,
		Len: func(n *model.Negotiation) int {
			for _, i := range n.Issues {
				if _, ok := model.TermSpecOf(i.Term); ok {
					return 1
				}
			}
			return 0
		},
		Draw: func(e env, n *model.Negotiation, _ int) string {
			cs := costingOf(e, n)
			if !cs.hasLast || !cs.hasYear {
				return e.Ctx.Styles.Muted.Render(fmt.Sprintf(e.Ctx.T("deal.no_last_year"), n.Year))
			}
			var lines []string
			for _, p := range packages {
				lines = append(lines, drawDeal(e, n, cs, p)...)
			}
			return strings.Join(lines, "\n")
		},
		Edit: func(env, *model.Negotiation, int) []huh.Field { return nil },
		Take: func(*model.Negotiation, *model.Negotiation, int, bool) {},
	}
}

var dealPicks = map[string]func(model.Issue) (float64, bool){
	"deal.our_walk": model.OurWalkAways, "deal.their_walk": model.TheirWalkAways, "deal.agreed": model.AgreedValues,
}

// drawDeal writes one package: its cost against last year in money and
// basis points, then each term's change: "Invoice discount +0.2 pt = +126,000".
func drawDeal(e env, n *model.Negotiation, cs costing, pkg string) []string {
	st := e.Ctx.Styles
	d := model.DealCost(*n, cs.last, cs.year.GrossSales, cs.rules, dealPicks[pkg])
	if len(d.Lines) == 0 {
		return []string{st.Label.Render(e.Ctx.T(pkg)) + "  " + st.Muted.Render(e.Ctx.T("deal.nothing_yet"))}
	}
	l := e.Ctx.Lang
	head := st.Label.Render(e.Ctx.T(pkg)) + "  " + fmt.Sprintf(e.Ctx.T("deal.vs_last_year"),
		signedMoney(d.Delta, l), signedBP(d.BasisPoints), cs.last.Year, model.FormatCompact(d.Gross, l))
	if !d.Complete {
		head += "  " + st.Warn.Render(e.Ctx.T("deal.partial"))
	}
	out := []string{head}
	nameW := 8
	for _, line := range d.Lines {
		nameW = max(nameW, min(lipgloss.Width(line.Issue), 24))
	}
	for _, line := range d.Lines {
		change := changeText(e, line) + " = " + signedMoney(line.Delta, l)
		if line.To == line.From {
			change = st.Muted.Render(fmt.Sprintf(e.Ctx.T("deal.unchanged"), number(line.To)))
		}
		out = append(out, "    "+common.PadRight(common.Truncate(line.Issue, nameW), nameW)+"  "+change)
	}
	return out
}

// changeText writes a term's change from last year: "+0.2 pt", "+5 days".
func changeText(e env, l model.DealLine) string {
	diff := l.To - l.From
	sign := "+"
	if diff < 0 {
		sign, diff = "-", -diff
	}
	v := model.FormatNumber(roundTo(diff, 4))
	switch l.Basis {
	case model.PercentOfSales:
		return sign + v + e.Ctx.T("deal.pt")
	case model.PaymentDays:
		return sign + v + e.Ctx.T("deal.days")
	}
	return sign + v
}

func roundTo(v float64, decimals int) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', decimals, 64), 64)
	return f
}

// signedMoney writes a change of cost short, with its sign: "+126K".
func signedMoney(m model.Money, l model.Lang) string {
	if m > 0 {
		return "+" + model.FormatCompact(m, l)
	}
	return model.FormatCompact(m, l)
}

func signedBP(bp float64) string {
	s := strconv.FormatFloat(bp, 'f', 0, 64)
	if s == "-0" {
		s = "0"
	}
	if bp >= 0.5 {
		s = "+" + s
	}
	return s
}
