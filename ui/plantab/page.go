package plantab

import (
	"fmt"
	"math"
	"strings"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// pageLines is the plan on one page, as the course's case study asks
// teams to present it: objectives, strategy, SWOT, the year against last
// year, the promotion calendar's return, the P&L.
func (m *Model) pageLines(acc model.Account, width int) []string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	p := m.plan(acc)
	var lines []string
	heading := func(key string) { lines = append(lines, "", st.Title.Render(t(key))) }

	lines = append(lines, st.Title.Render(fmt.Sprintf(t("plan.page_title"), acc.Name, m.Year())))
	posture, warn := m.postureLine(acc)
	lines = append(lines, posture)
	if warn != "" {
		lines = append(lines, warn)
	}

	heading("plan.objectives")
	objectives := m.Ctx.Data.ObjectivesOf(acc.ID, m.Year())
	meetings := m.Ctx.Data.MeetingsOf(acc.ID)
	if len(objectives) == 0 {
		lines = append(lines, st.Muted.Render(t("plan.no_objectives")))
	}
	for i, o := range objectives {
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, o.Text))
		lines = append(lines, "   "+st.Muted.Render(fmt.Sprintf(t("plan.objective_detail"), m.measureName(o),
			m.figureText(o, o.Baseline), m.figureText(o, o.Target), orDash(common.DateText(o.ByWhen)), orDash(o.OwnerName))))
		lines = append(lines, "   "+m.progressText(o, meetings))
	}

	heading("plan.strategy")
	for i, o := range objectives {
		lever := t("plan.no_lever")
		if o.Lever != "" {
			lever = model.NameOf(model.Levers, o.Lever, m.Ctx.Lang)
		}
		var progs []string
		for _, pr := range o.Programmes {
			progs = append(progs, pr.What)
		}
		line := fmt.Sprintf("%d. %s", i+1, lever)
		if len(progs) > 0 {
			line = fmt.Sprintf(t("plan.page_strategy"), i+1, lever, strings.Join(progs, t("plan.list_sep")), model.FormatCompact(o.ProgrammesCost(), m.Ctx.Lang))
		}
		// the page is read from the back of a room: long lines wrap, not cut
		for j, l := range common.Wrap(line, max(width-3, 20)) {
			if j > 0 {
				l = "   " + l
			}
			lines = append(lines, l)
		}
	}

	heading("plan.swot")
	lines = append(lines, m.swotBoxes(p, width)...)

	heading("plan.outline")
	lines = append(lines, m.yearLines(acc, p)...)

	heading("plan.calendar")
	lines = append(lines, m.calendarSummary(acc, p)...)

	heading("plan.pnl")
	lines = append(lines, m.pnlSummary(acc)...)
	return lines
}

// swotBoxes draws the SWOT two by two when the width allows, one under
// the other otherwise.
func (m *Model) swotBoxes(p model.AccountPlan, width int) []string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	box := func(key string, points []string, w int) []string {
		out := []string{st.Label.Render(t(key))}
		if len(points) == 0 {
			out = append(out, st.Faint.Render("-"))
		}
		for _, pt := range points {
			for i, l := range common.Wrap(pt, max(w-2, 8)) {
				prefix := "- "
				if i > 0 {
					prefix = "  "
				}
				out = append(out, prefix+l)
			}
		}
		return out
	}
	if width < 60 {
		var out []string
		for _, b := range [][]string{box("plan.strengths", p.Strengths, width), box("plan.weaknesses", p.Weaknesses, width),
			box("plan.opportunities", p.Opportunities, width), box("plan.threats", p.Threats, width)} {
			out = append(out, b...)
		}
		return out
	}
	half := (width - 3) / 2
	pair := func(a, b []string) []string {
		var out []string
		for i := range max(len(a), len(b)) {
			l, r := "", ""
			if i < len(a) {
				l = a[i]
			}
			if i < len(b) {
				r = b[i]
			}
			out = append(out, common.PadRight(common.Truncate(l, half), half)+" | "+common.Truncate(r, half))
		}
		return out
	}
	out := pair(box("plan.strengths", p.Strengths, half), box("plan.weaknesses", p.Weaknesses, half))
	out = append(out, strings.Repeat("-", half)+"-+-"+strings.Repeat("-", half))
	return append(out, pair(box("plan.opportunities", p.Opportunities, half), box("plan.threats", p.Threats, half))...)
}

// yearLines are the year's targets against last year, and the investment.
func (m *Model) yearLines(acc model.Account, p model.AccountPlan) []string {
	t := m.Ctx.T
	plan, ly := p.PlannedSales().Units(), p.LastYearSales().Units()
	growth := t("plan.new")
	if _, pct, ok := model.Growth(ly, plan); ok {
		growth = model.FormatSignedPercent(math.Round(pct*10) / 10)
	}
	lines := []string{fmt.Sprintf(t("plan.page_sell_in"), m.money(plan), m.money(ly), growth)}
	terms, _, _ := m.termsCost(acc, p)
	promos := model.PromotionPlan(m.Year(), m.Ctx.Data.PromotionsIn(acc.ID, m.Year()), m.Ctx.Data.Workspace.Products, p)
	programmes := m.programmesCost(acc)
	other := 0.0
	for _, q := range p.Quarters {
		other += q.Other.Units()
	}
	total := terms[4] + promos[4].Spend + programmes[4] + other
	pct := "-"
	if plan > 0 {
		pct = model.FormatPercent(math.Round(total/plan*1000) / 10)
	}
	lines = append(lines, fmt.Sprintf(t("plan.page_investment"), m.money(total), pct, m.money(terms[4]), m.money(promos[4].Spend), m.money(programmes[4]+other)))
	return lines
}

// calendarSummary is the promotion plan's return, and what loses money.
func (m *Model) calendarSummary(acc model.Account, p model.AccountPlan) []string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	list := m.Ctx.Data.PromotionsIn(acc.ID, m.Year())
	if len(list) == 0 {
		return []string{st.Muted.Render(t("plan.no_promotions"))}
	}
	q := model.PromotionPlan(m.Year(), list, m.Ctx.Data.Workspace.Products, p)
	roi := "-"
	if r, ok := q[4].ROI(); ok {
		roi = model.FormatSignedPercent(math.Round(r))
	}
	lines := []string{fmt.Sprintf(t("plan.page_promotions"), len(list), m.money(q[4].Spend), m.money(q[4].Profit), roi)}
	var byQuarter []string
	for i := range 4 {
		byQuarter = append(byQuarter, fmt.Sprintf("Q%d %s", i+1, m.money(q[i].Spend)))
	}
	lines = append(lines, st.Muted.Render(strings.Join(byQuarter, " · ")))
	for _, pr := range list {
		f := m.figuresOf(pr)
		if r, ok := f.ROI(); ok && r < 0 {
			lines = append(lines, st.Error.Render(fmt.Sprintf(t("plan.page_losing"), pr.Name, model.FormatSignedPercent(math.Round(r)))))
		}
	}
	if n := len(model.Clashes(list)); n > 0 {
		lines = append(lines, st.Warn.Render(fmt.Sprintf(m.Ctx.TN("plan.page_clashes", n), n)))
	}
	return lines
}

// pnlSummary is the P&L's main lines for last year, the plan and the
// latest estimate.
func (m *Model) pnlSummary(acc model.Account) []string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	in := m.pnlInputs(acc)
	var cols [model.PnLColumns]model.PnL
	for c := range cols {
		cols[c] = model.AccountPnL(in, c)
	}
	labelW, colW := 18, 16
	head := common.PadRight("", labelW)
	for c := range cols {
		head += common.PadLeft(model.PnLColumnNames[c].In(m.Ctx.Lang), colW)
	}
	lines := []string{st.TableHeader.Render(head)}
	for _, line := range []struct {
		key string
		get func(model.PnL) model.Money
	}{
		{"plan.pl_gross_sales", func(p model.PnL) model.Money { return p.Gross }},
		{"plan.pl_net_sales", func(p model.PnL) model.Money { return p.Net }},
		{"plan.pl_gross_profit", func(p model.PnL) model.Money { return p.GrossProfit }},
		{"plan.pl_contribution", func(p model.PnL) model.Money { return p.Contribution }},
	} {
		row := common.PadRight(t(line.key), labelW)
		for _, p := range cols {
			v := line.get(p)
			s := model.FormatCompact(v, m.Ctx.Lang)
			if pct, ok := p.Pct(v); ok && line.key != "plan.pl_gross_sales" {
				s += " " + model.FormatPercent(math.Round(pct*10)/10)
			}
			if v < 0 {
				s = st.Error.Render(s)
			}
			row += common.PadLeft(s, colW)
		}
		lines = append(lines, row)
	}
	return lines
}

// pageView draws the plan page, scrolled; presenting, on the whole
// screen without the view bar.
func (m *Model) pageView(acc model.Account, h int, presenting bool) string {
	width := m.Width
	lines := m.pageLines(acc, width)
	if !presenting {
		lines = append([]string{m.Ctx.Styles.Muted.Render(m.Ctx.T("plan.page_hint"))}, lines...)
	}
	m.page = min(m.page, max(len(lines)-h, 0))
	shown := lines[m.page:min(m.page+h, len(lines))]
	out := make([]string, len(shown))
	for i, l := range shown {
		out[i] = common.Truncate(l, width)
	}
	return strings.Join(out, "\n")
}
