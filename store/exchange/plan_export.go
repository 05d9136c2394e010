package exchange

import (
	"slices"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// The lines of the account P&L, in the order it works down from gross
// sales, with what each takes from model.PnL; a cost is taken off, and
// shown negative as the Plan tab shows it.
var pnlLines = []struct {
	name model.Text
	of   func(model.PnL) model.Money
	cost bool
}{
	{model.T("Gross sales", "毛销售额"), func(p model.PnL) model.Money { return p.Gross }, false},
	{model.T("On-invoice terms", "票面费用"), func(p model.PnL) model.Money { return p.OnInvoice }, true},
	{model.T("Invoiced sales", "开票销售额"), func(p model.PnL) model.Money { return p.Invoiced }, false},
	{model.T("Off-invoice terms & credit", "票外费用及账期成本"), func(p model.PnL) model.Money { return p.OffInvoice }, true},
	{model.T("Promotions", "促销费用"), func(p model.PnL) model.Money { return p.Promotions }, true},
	{model.T("Net sales", "净销售额"), func(p model.PnL) model.Money { return p.Net }, false},
	{model.T("Cost of goods", "销售成本"), func(p model.PnL) model.Money { return p.COGS }, true},
	{model.T("Gross profit", "毛利"), func(p model.PnL) model.Money { return p.GrossProfit }, false},
	{model.T("Cost to serve", "服务成本"), func(p model.PnL) model.Money { return p.CostToServe }, true},
	{model.T("Account contribution", "客户贡献"), func(p model.PnL) model.Money { return p.Contribution }, false},
}

// pnlAmount is a line's amount as shown: a cost negative.
func pnlAmount(p model.PnL, line int) model.Money {
	v := pnlLines[line].of(p)
	if pnlLines[line].cost {
		return -v
	}
	return v
}

// quarterNames name the annual plan's quarters and its year.
var quarterNames = [5]model.Text{
	model.T("Q1", "第一季度"), model.T("Q2", "第二季度"), model.T("Q3", "第三季度"), model.T("Q4", "第四季度"), model.T("Year", "全年"),
}

// measureName names what an objective is measured by: the scorecard
// metric itself for a metric.
func measureName(o model.PlanObjective, l model.Lang) string {
	if o.Measure == model.MeasureMetric && strings.TrimSpace(o.Metric) != "" {
		return strings.TrimSpace(o.Metric)
	}
	return model.NameOf(model.Measures, o.Measure, l)
}

// unitName names the unit an objective's figures are in.
func unitName(u model.Unit, l model.Lang) string {
	if u == "number" {
		return model.T("number", "数值").In(l)
	}
	return model.NameOf(model.Units, u, l)
}

// programmeLine is a programme on one line: what, who, when, what it
// costs.
func programmeLine(p model.Programme, l model.Lang) string {
	parts := []string{strings.TrimSpace(p.What)}
	if w := strings.TrimSpace(p.Who); w != "" {
		parts = append(parts, w)
	}
	if !p.When.IsZero() {
		parts = append(parts, formatDate(p.When))
	}
	if p.Cost != 0 {
		parts = append(parts, model.FormatMoney(p.Cost))
	}
	return strings.Join(parts, " · ")
}

// productCodes names a promotion's products by their codes.
func (x *planIndex) productCodes(p model.Promotion, l model.Lang) string {
	var codes []string
	for _, id := range p.Products {
		if pr, ok := x.product[id]; ok {
			codes = append(codes, pr.Code)
		} else {
			codes = append(codes, id)
		}
	}
	return strings.Join(codes, listSep(l))
}

// clusterNames names a promotion's clusters; none is every cluster.
func (x *planIndex) clusterNames(p model.Promotion, l model.Lang) string {
	if len(p.Clusters) == 0 {
		return model.T("every cluster", "全部门店群").In(l)
	}
	var names []string
	for _, id := range p.Clusters {
		if c, ok := x.cluster[id]; ok {
			names = append(names, c.Name)
		} else {
			names = append(names, id)
		}
	}
	return strings.Join(names, listSep(l))
}

// planYears are the years of an account the Annual plan and P&L sheets
// show: those it has a plan of, and the plan year when objectives or
// promotions are planned in it without one.
func (x *planIndex) planYears(accountID string, now time.Time) []int {
	var years []int
	for _, p := range x.plans[accountID] {
		years = append(years, p.Year)
	}
	y := model.PlanYear(now)
	if !slices.Contains(years, y) && (len(x.objectivesOf(accountID, y)) > 0 || len(x.promotionsIn(accountID, y)) > 0) {
		years = append(years, y)
		slices.Sort(years)
	}
	return years
}

// planSheets are the workbook's sheets of the account plans: objectives
// with their strategy and progress, the promotions with their economics
// forecast and actual, the annual plan by quarter against last year with
// the promotions' spend, and the account P&L. Every figure is the
// model's own, as the Plan tab shows it.
func planSheets(ws model.Workspace, accounts []model.Account, l model.Lang, now time.Time) []xlsxSheet {
	x := newPlanIndex(ws)
	word := func(en, zh string) string { return model.T(en, zh).In(l) }
	day := func(t time.Time) any {
		if t.IsZero() {
			return nil
		}
		return t
	}
	pct := func(v float64, ok bool) any {
		if !ok {
			return nil
		}
		return v
	}

	objectives := xlsxSheet{name: model.T("Objectives", "计划目标"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlYear, "Year", "年份"), xlCol(xlText, "Objective", "目标"),
		xlCol(xlText, "Measure", "衡量指标"), xlCol(xlText, "Unit", "单位"), xlCol(xlNumber, "Baseline", "基准值"),
		xlCol(xlNumber, "Target", "目标值"), xlCol(xlDate, "By when", "完成日期"), xlCol(xlText, "Owner", "负责人"),
		xlCol(xlText, "Growth lever", "增长杠杆"), xlCol(xlText, "Programmes", "项目"), xlCol(xlMoney, "Programmes' cost", "项目费用"),
		xlCol(xlNumber, "Actual, year to date", "年初至今实际"), xlCol(xlPercent, "Progress", "进度"),
		xlCol(xlCount, "Reviews", "回顾次数"), xlCol(xlDate, "Progress as of", "进度截至"), xlCol(xlText, "Not yet SMART: lacks", "尚不符合 SMART：缺少"),
	}}
	promotions := xlsxSheet{name: model.T("Promotions", "促销"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlText, "Promotion", "促销"), xlCol(xlText, "Mechanic", "促销方式"),
		xlCol(xlDate, "Start", "开始日期"), xlCol(xlDate, "End", "结束日期"), xlCol(xlDate, "Booked", "预订日期"),
		xlCol(xlText, "Products", "产品编码"), xlCol(xlText, "Clusters", "门店群"),
		xlCol(xlMoney, "Discount per unit", "单件折让"), xlCol(xlMoney, "Fixed fees", "固定费用"),
		xlCol(xlNumber, "Baseline per week", "每周基准销量"), xlCol(xlPercent, "Uplift", "预计提升"), xlCol(xlPercent, "Pull-forward", "提前购买/蚕食"),
		xlCol(xlNumber, "Forecast volume", "预计销量"), xlCol(xlNumber, "Incremental units", "增量销量"),
		xlCol(xlMoney, "Incremental profit", "增量毛利"), xlCol(xlMoney, "Cost", "费用"), xlCol(xlPercent, "ROI", "投入产出比"),
		xlCol(xlMoney, "Cost per incremental unit", "每件增量成本"),
		xlCol(xlNumber, "Actual volume", "实际销量"), xlCol(xlNumber, "Actual incremental units", "实际增量销量"),
		xlCol(xlMoney, "Actual incremental profit", "实际增量毛利"), xlCol(xlMoney, "Actual cost", "实际费用"),
		xlCol(xlPercent, "Actual ROI", "实际投入产出比"), xlCol(xlMoney, "Actual cost per incremental unit", "实际每件增量成本"),
		xlCol(xlText, "Verdict", "评估结论"), xlCol(xlText, "Clashes with", "冲突促销"), xlCol(xlText, "Inside lead time", "晚于提前期"),
		xlCol(xlText, "Notes", "备注"),
	}}
	annual := xlsxSheet{name: model.T("Annual plan", "年度计划"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlYear, "Year", "年份"), xlCol(xlText, "Quarter", "季度"),
		xlCol(xlMoney, "Sell-in, plan", "进货额（计划）"), xlCol(xlMoney, "Sell-in, last year", "进货额（去年）"),
		xlCol(xlMoney, "Growth", "增长额"), xlCol(xlPercent, "Growth %", "增长率"),
		xlCol(xlNumber, "Volume, plan", "销量（计划）"), xlCol(xlNumber, "Volume, last year", "销量（去年）"),
		xlCol(xlPercent, "Share, plan", "份额（计划）"), xlCol(xlPercent, "Share, last year", "份额（去年）"),
		xlCol(xlPercent, "Distribution, plan", "铺货率（计划）"), xlCol(xlPercent, "Distribution, last year", "铺货率（去年）"),
		xlCol(xlMoney, "Other activity", "其他活动费用"), xlCol(xlCount, "Promotions", "促销场次"),
		xlCol(xlMoney, "Promotion spend", "促销费用"), xlCol(xlPercent, "Spend, % of sales", "费用占销售额"),
		xlCol(xlMoney, "Incremental profit", "增量毛利"), xlCol(xlPercent, "ROI", "投入产出比"),
		xlCol(xlMoney, "Trading terms", "交易条款费用"), xlCol(xlMoney, "Programmes", "项目费用"),
		xlCol(xlMoney, "Investment", "总投入"), xlCol(xlPercent, "Investment, % of sell-in", "投入占进货额"),
	}}
	pnl := xlsxSheet{name: model.T("P&L", "客户损益"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlYear, "Year", "年份"), xlCol(xlText, "Line", "项目"),
	}}
	for _, c := range model.PnLColumnNames {
		pnl.cols = append(pnl.cols, xlsxColumn{c, xlMoney},
			xlsxColumn{model.T(c.EN+", % of gross sales", c.ZH+"（占毛销售额）"), xlPercent})
	}

	for _, a := range accounts {
		for _, o := range x.objectives[a.ID] {
			var lines []string
			for _, p := range o.Programmes {
				lines = append(lines, programmeLine(p, l))
			}
			var cost any
			if c := o.ProgrammesCost(); c != 0 {
				cost = c
			}
			row := []any{a.Name, o.Year, o.Text, measureName(o, l), unitName(o.Unit(), l), o.Baseline, o.Target, day(o.ByWhen),
				o.OwnerName, model.NameOf(model.Levers, o.Lever, l), strings.Join(lines, "\n"), cost}
			if pr, ok := model.ProgressOf(o, x.meetings[a.ID]); ok {
				row = append(row, pr.Actual, pr.Pct, pr.Reviews, day(pr.AsOf))
			} else {
				row = append(row, nil, nil, nil, nil)
			}
			var lacks []string
			for _, t := range o.NotSMART() {
				lacks = append(lacks, t.In(l))
			}
			objectives.rows = append(objectives.rows, append(row, strings.Join(lacks, listSep(l))))
		}

		clashes := x.clashes(a.ID)
		names := map[string]string{}
		for _, p := range x.promotions[a.ID] {
			names[p.ID] = p.Name
		}
		for _, p := range x.promotions[a.ID] {
			f := x.figures(p)
			var with []string
			for _, id := range clashes[p.ID] {
				with = append(with, names[id])
			}
			inside := ""
			if p.InsideLeadTime(x.leadWeeks[a.ID], now) {
				inside = word("yes", "是")
			}
			var actual any
			if p.ActualVolume != nil {
				actual = *p.ActualVolume
			}
			row := []any{a.Name, p.Name, model.NameOf(model.Mechanics, p.Mechanic, l), day(p.Start), day(p.End), day(p.Booked),
				x.productCodes(p, l), x.clusterNames(p, l), p.DiscountPerUnit, p.FixedFees, p.BaselinePerWeek, p.Uplift, p.PullForward}
			row = append(row, promoCells(f.forecast, true)...)
			row = append(row, actual)
			row = append(row, promoCells(f.actual, f.ran)[1:]...)
			verdict := ""
			if p.Verdict != "" {
				verdict = model.NameOf(model.PromoVerdicts, p.Verdict, l)
			}
			promotions.rows = append(promotions.rows, append(row, verdict, strings.Join(with, listSep(l)), inside, p.Notes))
		}

		for _, year := range x.planYears(a.ID, now) {
			plan, _ := x.plan(a.ID, year)
			quarters := x.promotionPlan(a.ID, year)
			terms, hasTerms := x.termsCost(plan)
			programmes := model.ProgrammesCost(x.objectivesOf(a.ID, year), year)
			var shares, lastShares, dists, lastDists [4]float64
			for q := range 4 {
				shares[q], lastShares[q] = plan.Quarters[q].Share, plan.LastYear[q].Share
				dists[q], lastDists[q] = plan.Quarters[q].Distribution, plan.LastYear[q].Distribution
			}
			for q := range 5 {
				var planned, last model.QuarterFigures
				var other model.Money
				if q < 4 {
					planned, last, other = plan.Quarters[q].QuarterFigures, plan.LastYear[q], plan.Quarters[q].Other
				} else {
					planned.SellIn, last.SellIn = plan.PlannedSales(), plan.LastYearSales()
					for i := range 4 {
						planned.Volume += plan.Quarters[i].Volume
						last.Volume += plan.LastYear[i].Volume
						other += plan.Quarters[i].Other
					}
				}
				growth, growthPct, ok := model.Growth(last.SellIn.Units(), planned.SellIn.Units())
				if q == 4 { // a rate over the year: the mean of the quarters that have one
					planned.Share, last.Share = model.YearRate(shares), model.YearRate(lastShares)
					planned.Distribution, last.Distribution = model.YearRate(dists), model.YearRate(lastDists)
				}
				pq := quarters[q]
				spendPct, spendOK := pq.SpendPct()
				roi, roiOK := pq.ROI()
				var profit any
				if pq.MarginOK {
					profit = cents(pq.Profit)
				}
				var termsCell any
				if hasTerms {
					termsCell = cents(terms[q])
				}
				invest := investment(terms[q], pq.Spend, programmes[q], other)
				investPct, investOK := investmentPct(invest, planned.SellIn)
				annual.rows = append(annual.rows, []any{a.Name, year, quarterNames[q].In(l), planned.SellIn, last.SellIn,
					cents(growth), pct(growthPct, ok), planned.Volume, last.Volume, planned.Share, last.Share, planned.Distribution, last.Distribution,
					other, pq.Count, cents(pq.Spend), pct(spendPct, spendOK), profit, pct(roi, roiOK),
					termsCell, cents(programmes[q]), cents(invest), pct(investPct, investOK)})
			}
			cols := x.pnl(a.ID, year)
			if _, hasPlan := x.plan(a.ID, year); !worthAPnL(cols, hasPlan) {
				continue
			}
			for i, line := range pnlLines {
				row := []any{a.Name, year, line.name.In(l)}
				for _, c := range cols {
					v := pnlAmount(c, i)
					p, ok := c.Pct(v)
					row = append(row, v, pct(p, ok))
				}
				pnl.rows = append(pnl.rows, row)
			}
		}
	}
	return []xlsxSheet{objectives, promotions, annual, pnl}
}

// promoCells are a promotion's figures as the Promotions sheet writes
// them: volume, incremental units, incremental profit, cost, ROI and
// cost per incremental unit; empty when there are none (ok false), the
// profit and ROI empty without a unit margin.
func promoCells(f model.PromoFigures, ok bool) []any {
	if !ok {
		return make([]any, 6)
	}
	var profit, roi, perUnit any
	if f.MarginOK {
		profit = cents(f.Profit)
	}
	if v, ok := f.ROI(); ok {
		roi = v
	}
	if v, ok := f.CostPerIncremental(); ok {
		perUnit = cents(v)
	}
	return []any{f.Volume, f.Incremental, profit, cents(f.Cost), roi, perUnit}
}

// worthAPnL says whether an account's year has a P&L to show: a plan, or
// gross sales in some column (from its terms).
func worthAPnL(cols [model.PnLColumns]model.PnL, hasPlan bool) bool {
	return hasPlan || cols[model.PnLLastYear].Gross != 0 || cols[model.PnLPlan].Gross != 0 || cols[model.PnLEstimate].Gross != 0
}

// investment is what a quarter or the year of the plan invests, as the
// Plan tab's outline adds it up: terms, promotions, programmes and other
// activity, in currency units.
func investment(terms, promotions, programmes float64, other model.Money) float64 {
	return terms + promotions + programmes + other.Units()
}

// investmentPct is an investment as a % of the planned sell-in; ok is
// false without either.
func investmentPct(invest float64, sellIn model.Money) (float64, bool) {
	if sellIn <= 0 || invest <= 0 {
		return 0, false
	}
	return invest / sellIn.Units() * 100, true
}
