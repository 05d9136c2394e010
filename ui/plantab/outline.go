package plantab

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// termsCost is the year's trading terms costed on the plan's sales and
// shared over its quarters (model.PlanTermsCost).
func (m *Model) termsCost(acc model.Account, p model.AccountPlan) ([5]float64, int, bool) {
	return model.PlanTermsCost(p, m.Ctx.Data.TermsOf(acc.ID), m.Ctx.Data.Settings)
}

// programmesCost is what the objectives' programmes of the year cost, by
// the quarter they run in.
func (m *Model) programmesCost(acc model.Account) [5]float64 {
	return model.ProgrammesCost(m.Ctx.Data.ObjectivesOf(acc.ID, m.Year()), m.Year())
}

// outlineLines is the annual plan by quarter against last year, the
// investment and the return of the promotions, then the key dates.
func (m *Model) outlineLines(acc model.Account) []string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	p := m.plan(acc)
	labelW := 20
	if m.Width >= 100 {
		labelW = 25 // room for the longest label whole
	}
	colW := max(min((m.Width-labelW-2)/5, 14), 8)
	cell := func(s string) string { return common.PadLeft(common.Truncate(s, colW-1), colW) }
	row := func(label string, vals [5]string) string {
		line := common.PadRight(common.Truncate(label, labelW), labelW)
		for _, v := range vals {
			line += cell(v)
		}
		return line
	}
	var lines []string
	lines = append(lines, st.TableHeader.Render(row("", [5]string{"Q1", "Q2", "Q3", "Q4", t("plan.year_col")})))

	sum := func(f func(q int) float64) [5]float64 {
		var out [5]float64
		for q := range 4 {
			out[q] = f(q)
			out[4] += out[q]
		}
		return out
	}
	avg := func(f func(q int) float64) [5]float64 {
		var out [5]float64
		for q := range 4 {
			out[q] = f(q)
		}
		out[4] = model.YearRate([4]float64(out[:4]))
		return out
	}
	texts := func(v [5]float64, f func(float64) string) [5]string {
		var out [5]string
		for i, x := range v {
			out[i] = f(x)
		}
		return out
	}
	growth := func(ly, plan [5]float64, points bool) [5]string {
		var out [5]string
		for i := range out {
			if ly[i] == 0 && plan[i] == 0 {
				out[i] = "-"
				continue
			}
			if points {
				d := math.Round((plan[i]-ly[i])*10) / 10
				sign := ""
				if d > 0 {
					sign = "+"
				}
				out[i] = fmt.Sprintf(t("plan.points"), sign+model.FormatNumber(d))
				continue
			}
			if _, pct, ok := model.Growth(ly[i], plan[i]); ok {
				out[i] = model.FormatSignedPercent(math.Round(pct*10) / 10)
			} else {
				out[i] = t("plan.new")
			}
		}
		return out
	}
	moneyText := func(v float64) string {
		if v == 0 {
			return "-"
		}
		return m.money(v)
	}
	numberText := func(v float64) string {
		if v == 0 {
			return "-"
		}
		return model.FormatCompact(model.Money(math.Round(v*100)), m.Ctx.Lang)
	}
	pctText := func(v float64) string {
		if v == 0 {
			return "-"
		}
		return model.FormatPercent(math.Round(v*10) / 10)
	}

	sellIn := sum(func(q int) float64 { return p.Quarters[q].SellIn.Units() })
	sellInLY := sum(func(q int) float64 { return p.LastYear[q].SellIn.Units() })
	volume := sum(func(q int) float64 { return p.Quarters[q].Volume })
	volumeLY := sum(func(q int) float64 { return p.LastYear[q].Volume })
	share := avg(func(q int) float64 { return p.Quarters[q].Share })
	shareLY := avg(func(q int) float64 { return p.LastYear[q].Share })
	dist := avg(func(q int) float64 { return p.Quarters[q].Distribution })
	distLY := avg(func(q int) float64 { return p.LastYear[q].Distribution })

	lines = append(lines, st.Title.Render(t("plan.targets")))
	lines = append(lines,
		row(t("plan.sell_in"), texts(sellIn, moneyText)),
		st.Muted.Render(row("  "+t("plan.last_year_short"), texts(sellInLY, moneyText))),
		st.Muted.Render(row("  "+t("plan.growth"), growth(sellInLY, sellIn, false))),
		row(t("plan.volume"), texts(volume, numberText)),
		st.Muted.Render(row("  "+t("plan.growth"), growth(volumeLY, volume, false))),
		row(t("plan.share"), texts(share, pctText)),
		st.Muted.Render(row("  "+t("plan.vs_last_year"), growth(shareLY, share, true))),
		row(t("plan.distribution"), texts(dist, pctText)),
		st.Muted.Render(row("  "+t("plan.vs_last_year"), growth(distLY, dist, true))),
	)

	if p.PlannedMonths() {
		lines = append(lines, "", st.Title.Render(t("plan.months_head")))
		head := common.PadRight("", labelW)
		for _, k := range []string{"plan.sell_in", "plan.volume", "plan.share", "plan.distribution"} {
			head += common.PadLeft(common.Truncate(t(k), colW-1), colW)
		}
		lines = append(lines, st.TableHeader.Render(head))
		months := strings.Fields(t("plan.cal_months"))
		for i, f := range p.Months {
			if f == (model.QuarterFigures{}) {
				continue
			}
			lines = append(lines, common.PadRight(months[i], labelW)+cell(moneyText(f.SellIn.Units()))+cell(numberText(f.Volume))+
				cell(pctText(f.Share))+cell(pctText(f.Distribution)))
		}
		for q := range 4 {
			if sum, n := p.MonthsOf(q); n > 0 && sum.SellIn != p.Quarters[q].SellIn {
				lines = append(lines, st.Warn.Render(fmt.Sprintf(t("plan.months_differ"), q+1, m.money(sum.SellIn.Units()), m.money(p.Quarters[q].SellIn.Units()))))
			}
		}
	}

	promos := model.PromotionPlan(m.Year(), m.Ctx.Data.PromotionsIn(acc.ID, m.Year()), m.Ctx.Data.Workspace.Products, p)
	terms, termsYear, hasTerms := m.termsCost(acc, p)
	programmes := m.programmesCost(acc)
	other := sum(func(q int) float64 { return p.Quarters[q].Other.Units() })
	var promoSpend, profit, total [5]float64
	var pctOfSales, roi [5]string
	for i := range 5 {
		promoSpend[i], profit[i] = promos[i].Spend, promos[i].Profit
		total[i] = terms[i] + promoSpend[i] + programmes[i] + other[i]
		pctOfSales[i] = "-"
		if sellIn[i] > 0 && total[i] > 0 {
			pctOfSales[i] = model.FormatPercent(math.Round(total[i]/sellIn[i]*1000) / 10)
		}
		roi[i] = "-"
		if r, ok := promos[i].ROI(); ok {
			roi[i] = model.FormatSignedPercent(math.Round(r))
		}
	}
	lines = append(lines, "", st.Title.Render(t("plan.investment")))
	termsLabel := t("plan.terms")
	if termsYear != p.Year {
		termsLabel = fmt.Sprintf(t("plan.terms_of"), termsYear)
	}
	termsRow := row(termsLabel, texts(terms, moneyText))
	if !hasTerms {
		termsRow = row(t("plan.terms"), [5]string{"", "", "", "", t("plan.no_terms")})
	}
	lines = append(lines,
		termsRow,
		row(t("plan.promotions"), texts(promoSpend, moneyText)),
		row(t("plan.programmes_row"), texts(programmes, moneyText)),
		row(t("plan.other"), texts(other, moneyText)),
		st.Label.Render(row(t("plan.total"), texts(total, moneyText))),
		st.Muted.Render(row("  "+t("plan.pct_of_sell_in"), pctOfSales)),
		row(t("plan.incremental_profit"), texts(profit, moneyText)),
		row(t("plan.promotion_roi"), roi),
	)
	if !promos[4].MarginOK {
		lines = append(lines, st.Warn.Render(t("plan.margin_missing")))
	}

	lines = append(lines, "", st.Title.Render(t("plan.key_dates")))
	ops, _ := m.Ctx.Data.OperationsOf(acc.ID)
	dates := append(model.SuggestedKeyDates(m.Year(), ops, m.Ctx.Data.Workspace.Products, m.Ctx.Now().Location()), p.KeyDates...)
	slices.SortStableFunc(dates, func(a, b model.KeyDate) int { return a.Date.Compare(b.Date) })
	if len(dates) == 0 {
		lines = append(lines, st.Muted.Render(t("plan.no_key_dates")))
	}
	for _, d := range dates {
		lines = append(lines, common.DateText(d.Date)+"  "+d.What+st.Muted.Render(" · "+model.NameOf(model.KeyDateKinds, d.Kind, m.Ctx.Lang)))
	}
	return lines
}

func (m *Model) outlineView(acc model.Account, h int) string {
	st := m.Ctx.Styles
	lines := m.outlineLines(acc)
	m.outline = min(m.outline, max(len(lines)-(h-1), 0))
	shown := lines[m.outline:min(m.outline+h-1, len(lines))]
	for i := range shown {
		shown[i] = common.Truncate(shown[i], m.Width)
	}
	head := common.Truncate(st.Title.Render(fmt.Sprintf(m.Ctx.T("plan.title"), acc.Name, m.Year()))+"  "+st.Muted.Render(m.Ctx.T("plan.outline_hint")+m.Ctx.AmountsIn()), m.Width)
	return head + "\n" + strings.Join(shown, "\n")
}
