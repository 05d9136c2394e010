package exchange

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store/storetest"
)

// planEvaluation scores every criterion of the default matrix alike: 8
// places an account in Strategic, 2 in Streamline.
func planEvaluation(id, accountID string, score int) model.Evaluation {
	m := model.DefaultMatrix()
	e := model.Evaluation{ID: id, AccountID: accountID, Date: rangeDay(2026, 5, 1), CriteriaVersion: m.Version}
	for range m.Attractiveness {
		e.Attractiveness = append(e.Attractiveness, score)
	}
	for range m.Strength {
		e.Strength = append(e.Strength, score)
	}
	return e
}

func planPtr(v float64) *float64 { return &v }

// planWS is rangeWS with MegaMart's plan of 2026 (the tests' today is
// 2026-06-15): two objectives of the year (the share one not SMART: no
// owner, no day) and one of 2025, read against a review of Q1; its SWOT,
// quarters against last year, key dates and P&L columns; terms of both
// years; and its promotions — a price cut that ran and lost money, booked
// inside the 8-week lead time, a display on the milk in Hyper A that
// clashes with it, and a gift over the new year on the cheese, which has
// no list price. FreshWay has a sampling of the yoghurt and no plan.
func planWS() model.Workspace {
	ws := rangeWS()
	d := rangeDay
	ws.Evaluations = []model.Evaluation{planEvaluation("e1", "a1", 8), planEvaluation("e2", "a2", 2)}
	ws.Objectives = []model.PlanObjective{
		{ID: "o1", AccountID: "a1", Year: 2026, Text: "Grow sell-in to 1.2 million", Measure: model.MeasureSellIn,
			Baseline: 1_000_000, Target: 1_200_000, ByWhen: d(2026, 12, 31), OwnerName: "Wang Wei", Lever: "distribution",
			Programmes: []model.Programme{
				{What: "List the yoghurt in Express", Who: "Li Na", When: d(2026, 7, 1), Cost: 20_000_00},
				{What: "Gondola ends for Chinese New Year", Cost: 15_000_00},
			}, Created: d(2026, 1, 5)},
		{ID: "o2", AccountID: "a1", Year: 2026, Text: "Reach 14% value share", Measure: model.MeasureShare,
			Baseline: 12, Target: 14, Lever: "promotions", Created: d(2026, 1, 6)},
		{ID: "o0", AccountID: "a1", Year: 2025, Text: "Keep the milk listed", Measure: model.MeasureDistribution,
			Baseline: 70, Target: 80, ByWhen: d(2025, 12, 31), OwnerName: "Wang Wei", Lever: "distribution", Created: d(2025, 1, 5)},
	}
	ws.Meetings = []model.Meeting{{ID: "r1", AccountID: "a1", Date: d(2026, 4, 10), From: d(2026, 1, 1), To: d(2026, 3, 31),
		Scorecard: []model.Metric{
			{Name: model.T("Sell-in", "进货额"), Unit: "amount", Target: planPtr(300_000), Actual: planPtr(330_000)},
			{Name: model.T("Value share", "市场份额（金额）"), Unit: "percent", Target: planPtr(13), Actual: planPtr(12.5)},
		}}}
	ws.Plans = []model.AccountPlan{{AccountID: "a1", Year: 2026,
		Strengths:     []string{"Fast rate of sale in Hyper A", "Strong milk brand"},
		Weaknesses:    []string{"No chilled space in Express"},
		Opportunities: []string{"Online pick-up"},
		Threats:       []string{"Private-label milk", "Buyer wants fewer SKUs"},
		Quarters: [4]model.QuarterPlan{
			{QuarterFigures: model.QuarterFigures{SellIn: 250_000_00, Volume: 20_000, Share: 13, Distribution: 80}, Other: 5_000_00},
			{QuarterFigures: model.QuarterFigures{SellIn: 300_000_00, Volume: 24_000, Share: 13.5, Distribution: 82}},
			{QuarterFigures: model.QuarterFigures{SellIn: 280_000_00, Volume: 22_000, Share: 13.5, Distribution: 85}, Other: 8_000_00},
			{QuarterFigures: model.QuarterFigures{SellIn: 370_000_00, Volume: 30_000, Share: 14, Distribution: 85}},
		},
		LastYear: [4]model.QuarterFigures{
			{SellIn: 220_000_00, Volume: 18_000, Share: 12, Distribution: 75},
			{SellIn: 260_000_00, Volume: 21_000, Share: 12, Distribution: 76},
			{SellIn: 250_000_00, Volume: 20_000, Share: 12.5, Distribution: 78},
			{SellIn: 270_000_00, Volume: 22_000, Share: 12, Distribution: 78},
		},
		KeyDates: []model.KeyDate{
			{Date: d(2026, 10, 8), What: "MegaMart anniversary", Kind: "anniversary"},
			{Date: d(2026, 3, 10), What: "Annual terms meeting", Kind: "buyer"},
		},
		PnL: [model.PnLColumns]model.PnLColumn{
			{COGSPct: 62},
			{COGSPct: 60, CostToServe: []model.CostLine{{Name: "Merchandisers", Amount: 30_000_00}, {Name: "Logistics", Pct: 2}}},
			{GrossSales: 1_150_000_00, COGSPct: 61},
		},
	}}
	discount := model.Term{Kind: "invoice_discount", Basis: model.PercentOfSales, Percent: 5, OnInvoice: true}
	bonus := model.Term{Kind: "volume_bonus", Basis: model.PercentOfSales, Percent: 2}
	ws.Terms = []model.TermsYear{
		{AccountID: "a1", Year: 2025, GrossSales: 1_000_000_00, Terms: []model.Term{discount}},
		{AccountID: "a1", Year: 2026, GrossSales: 1_100_000_00, Terms: []model.Term{discount, bonus}},
	}
	ran := 4000.0
	ws.Promotions = []model.Promotion{
		{ID: "pm1", AccountID: "a1", Name: "Spring price cut", Mechanic: "price_cut", Start: d(2026, 3, 1), End: d(2026, 3, 14),
			Booked: d(2026, 1, 5), Products: []string{"p1", "p2"}, DiscountPerUnit: 1_50, FixedFees: 3_000_00,
			BaselinePerWeek: 1000, Uplift: 150, PullForward: 20, ActualVolume: &ran, Verdict: "change"},
		{ID: "pm2", AccountID: "a1", Name: "Milk display", Mechanic: "display", Start: d(2026, 3, 10), End: d(2026, 3, 23),
			Booked: d(2026, 1, 1), Products: []string{"p1"}, Clusters: []string{"k1"}, FixedFees: 2_000_00,
			BaselinePerWeek: 400, Uplift: 100},
		{ID: "pm3", AccountID: "a1", Name: "Cheese gift", Mechanic: "gift", Start: d(2026, 12, 20), End: d(2027, 1, 10),
			Products: []string{"p3"}, Clusters: []string{"k1"}, DiscountPerUnit: 50, BaselinePerWeek: 100, Uplift: 30,
			Notes: "With the new-year leaflet"},
		{ID: "pm4", AccountID: "a2", Name: "Yoghurt sampling", Mechanic: "sampling", Start: d(2026, 7, 1), End: d(2026, 7, 14),
			Booked: d(2026, 5, 1), Products: []string{"p2"}, FixedFees: 1_000_00, BaselinePerWeek: 200, Uplift: 40},
	}
	return ws
}

// planRows are a sheet's rows under its header, with its columns by header.
type planRows struct {
	rows [][]string
	col  func(string) int
}

func readPlanSheet(t *testing.T, f *excelize.File, name model.Text, l model.Lang) planRows {
	t.Helper()
	rows, col := xlSheetRows(t, f, name.In(l))
	return planRows{rows[1:], col}
}

// cell is a row's cell under a header.
func (s planRows) cell(r []string, header string) string { return at(r, s.col(header)) }

// sameCents reports whether a raw cell holds an amount in currency units
// to the cent.
func sameCents(raw string, v float64) bool { return sameNumber(raw, math.Round(v*100)/100) }

// sameOptional reports whether a raw cell holds v when ok, and is empty
// when not.
func sameOptional(raw string, v float64, ok bool) bool {
	if !ok {
		return raw == ""
	}
	return sameNumber(raw, v)
}

// checkPlanSheets reads the workbook's plan sheets back and checks every
// row against the model's figures, worked out here from the workspace:
// each objective's figures and progress, each promotion's forecast and
// actuals, each quarter of each annual plan, each line of each P&L. It
// returns how many rows each sheet had.
func checkPlanSheets(t *testing.T, ws model.Workspace, l model.Lang) (objectives, promotions, quarters, pnl int) {
	t.Helper()
	w := func(en, zh string) string { return model.T(en, zh).In(l) }
	f := xlReadBack(t, ws, l)
	accountID := map[string]string{}
	for _, a := range ws.Accounts {
		if !a.Archived {
			accountID[a.Name] = a.ID
		}
	}

	obj := readPlanSheet(t, f, model.T("Objectives", "计划目标"), l)
	for _, r := range obj.rows {
		id := accountID[obj.cell(r, w("Account", "客户"))]
		i := slices.IndexFunc(ws.Objectives, func(o model.PlanObjective) bool {
			return o.AccountID == id && strconv.Itoa(o.Year) == obj.cell(r, w("Year", "年份")) && o.Text == obj.cell(r, w("Objective", "目标"))
		})
		if i < 0 {
			t.Errorf("%s: an objective row of no objective: %q", l, r)
			continue
		}
		o := ws.Objectives[i]
		var meetings []model.Meeting
		for _, m := range ws.Meetings {
			if m.AccountID == o.AccountID {
				meetings = append(meetings, m)
			}
		}
		pr, ok := model.ProgressOf(o, meetings)
		if !sameNumber(obj.cell(r, w("Baseline", "基准值")), o.Baseline) || !sameNumber(obj.cell(r, w("Target", "目标值")), o.Target) ||
			!sameOptional(obj.cell(r, w("Programmes' cost", "项目费用")), o.ProgrammesCost().Units(), o.ProgrammesCost() != 0) ||
			!sameOptional(obj.cell(r, w("Actual, year to date", "年初至今实际")), pr.Actual, ok) ||
			!sameOptional(obj.cell(r, w("Progress", "进度")), pr.Pct/100, ok) ||
			obj.cell(r, w("Growth lever", "增长杠杆")) != model.NameOf(model.Levers, o.Lever, l) ||
			strings.Count(obj.cell(r, w("Programmes", "项目")), "\n") != max(len(o.Programmes)-1, 0) {
			t.Errorf("%s: objective %s: %q; progress %+v %v", l, o.ID, r, pr, ok)
		}
		objectives++
	}

	promo := readPlanSheet(t, f, model.T("Promotions", "促销"), l)
	for _, r := range promo.rows {
		id := accountID[promo.cell(r, w("Account", "客户"))]
		i := slices.IndexFunc(ws.Promotions, func(p model.Promotion) bool {
			return p.AccountID == id && p.Name == promo.cell(r, w("Promotion", "促销"))
		})
		if i < 0 {
			t.Errorf("%s: a promotion row of no promotion: %q", l, r)
			continue
		}
		p := ws.Promotions[i]
		margin, marginOK := model.UnitMargin(p, ws.Products)
		check := func(name string, headers [5]model.Text, fig model.PromoFigures, ok bool) {
			t.Helper()
			roi, roiOK := fig.ROI()
			cpi, cpiOK := fig.CostPerIncremental()
			if !sameOptional(promo.cell(r, headers[0].In(l)), fig.Incremental, ok) ||
				!sameOptional(promo.cell(r, headers[1].In(l)), math.Round(fig.Profit*100)/100, ok && fig.MarginOK) ||
				!sameOptional(promo.cell(r, headers[2].In(l)), math.Round(fig.Cost*100)/100, ok) ||
				!sameOptional(promo.cell(r, headers[3].In(l)), roi/100, ok && roiOK) ||
				!sameOptional(promo.cell(r, headers[4].In(l)), math.Round(cpi*100)/100, ok && cpiOK) {
				t.Errorf("%s: %s, %s: %q, want %+v", l, p.Name, name, r, fig)
			}
		}
		fc := p.Forecast(margin, marginOK)
		if !sameNumber(promo.cell(r, w("Forecast volume", "预计销量")), fc.Volume) {
			t.Errorf("%s: %s: forecast volume %q, want %v", l, p.Name, promo.cell(r, w("Forecast volume", "预计销量")), fc.Volume)
		}
		check("forecast", [5]model.Text{model.T("Incremental units", "增量销量"), model.T("Incremental profit", "增量毛利"),
			model.T("Cost", "费用"), model.T("ROI", "投入产出比"), model.T("Cost per incremental unit", "每件增量成本")}, fc, true)
		ac, ran := p.Actuals(margin, marginOK)
		if !sameOptional(promo.cell(r, w("Actual volume", "实际销量")), ac.Volume, ran) {
			t.Errorf("%s: %s: actual volume %q", l, p.Name, promo.cell(r, w("Actual volume", "实际销量")))
		}
		check("actual", [5]model.Text{model.T("Actual incremental units", "实际增量销量"), model.T("Actual incremental profit", "实际增量毛利"),
			model.T("Actual cost", "实际费用"), model.T("Actual ROI", "实际投入产出比"), model.T("Actual cost per incremental unit", "实际每件增量成本")}, ac, ran)
		promotions++
	}

	annual := readPlanSheet(t, f, model.T("Annual plan", "年度计划"), l)
	for _, r := range annual.rows {
		id := accountID[annual.cell(r, w("Account", "客户"))]
		year, _ := strconv.Atoi(annual.cell(r, w("Year", "年份")))
		q := slices.IndexFunc(quarterNames[:], func(n model.Text) bool { return n.In(l) == annual.cell(r, w("Quarter", "季度")) })
		plan := model.AccountPlan{AccountID: id, Year: year}
		if i := slices.IndexFunc(ws.Plans, func(p model.AccountPlan) bool { return p.AccountID == id && p.Year == year }); i >= 0 {
			plan = ws.Plans[i]
		}
		var promos []model.Promotion
		for _, p := range ws.Promotions {
			if p.AccountID == id {
				promos = append(promos, p)
			}
		}
		pq := model.PromotionPlan(year, promos, ws.Products, plan)[q]
		planned, last := plan.PlannedSales(), plan.LastYearSales()
		if q < 4 {
			planned, last = plan.Quarters[q].SellIn, plan.LastYear[q].SellIn
		}
		_, growth, growthOK := model.Growth(last.Units(), planned.Units())
		spendPct, spendOK := pq.SpendPct()
		roi, roiOK := pq.ROI()
		if q < 0 || !sameNumber(annual.cell(r, w("Sell-in, plan", "进货额（计划）")), planned.Units()) ||
			!sameNumber(annual.cell(r, w("Sell-in, last year", "进货额（去年）")), last.Units()) ||
			!sameOptional(annual.cell(r, w("Growth %", "增长率")), growth/100, growthOK) ||
			!sameNumber(annual.cell(r, w("Promotions", "促销场次")), float64(pq.Count)) ||
			!sameCents(annual.cell(r, w("Promotion spend", "促销费用")), pq.Spend) ||
			!sameOptional(annual.cell(r, w("Spend, % of sales", "费用占销售额")), spendPct/100, spendOK) ||
			!sameOptional(annual.cell(r, w("Incremental profit", "增量毛利")), math.Round(pq.Profit*100)/100, pq.MarginOK) ||
			!sameOptional(annual.cell(r, w("ROI", "投入产出比")), roi/100, roiOK) {
			t.Errorf("%s: annual plan: %q, want %+v", l, r, pq)
		}
		quarters++
	}

	pl := readPlanSheet(t, f, model.T("P&L", "客户损益"), l)
	line := 0
	for i, r := range pl.rows {
		if i > 0 && (at(r, 0) != at(pl.rows[i-1], 0) || at(r, 1) != at(pl.rows[i-1], 1)) {
			line = 0
		}
		id := accountID[pl.cell(r, w("Account", "客户"))]
		year, _ := strconv.Atoi(pl.cell(r, w("Year", "年份")))
		if pl.cell(r, w("Line", "项目")) != pnlLines[line].name.In(l) {
			t.Errorf("%s: P&L line %d is %q", l, line, pl.cell(r, w("Line", "项目")))
		}
		plan := model.AccountPlan{AccountID: id, Year: year}
		if i := slices.IndexFunc(ws.Plans, func(p model.AccountPlan) bool { return p.AccountID == id && p.Year == year }); i >= 0 {
			plan = ws.Plans[i]
		}
		in := model.PnLInputs{Plan: plan, Settings: ws.Settings, Products: ws.Products}
		for _, y := range ws.Terms {
			if y.AccountID == id {
				in.Terms = append(in.Terms, y)
			}
		}
		for _, p := range ws.Promotions {
			if p.AccountID == id {
				in.Promotions = append(in.Promotions, p)
			}
		}
		for c, name := range model.PnLColumnNames {
			p := model.AccountPnL(in, c)
			v := pnlLines[line].of(p)
			if slices.Contains([]int{1, 3, 4, 6, 8}, line) { // terms, promotions, goods and service are costs, negative
				v = -v
			}
			pct, ok := p.Pct(v)
			if !sameNumber(pl.cell(r, name.In(l)), v.Units()) ||
				!sameOptional(pl.cell(r, model.T(name.EN+", % of gross sales", name.ZH+"（占毛销售额）").In(l)), pct/100, ok) {
				t.Errorf("%s: P&L %s %d %s, %s: %q, want %v (%v%%)", l, id, year, pnlLines[line].name.EN, name.EN, r, v, pct)
			}
		}
		line = (line + 1) % len(pnlLines)
		pnl++
	}
	return objectives, promotions, quarters, pnl
}

func TestThePlanSheetsHoldTheModelsFigures(t *testing.T) {
	ws := planWS()
	for _, l := range model.Langs {
		objectives, promotions, quarters, pnl := checkPlanSheets(t, ws, l)
		// Every objective of every year; every promotion; MegaMart's plan
		// and FreshWay's year of promotions, by quarter and the year; the
		// P&L of MegaMart's plan (FreshWay has no plan, no terms: no sales).
		if objectives != 3 || promotions != 4 || quarters != 2*5 || pnl != len(pnlLines) {
			t.Errorf("%s: %d objectives, %d promotions, %d quarters, %d P&L lines", l, objectives, promotions, quarters, pnl)
		}
	}
}

// MegaMart's P&L of 2026, worked by hand:
//
//	last year: gross from the 2025 terms 1,000,000; invoice discount 5%
//	  50,000; no promotions; cost of goods 62% 620,000 → 330,000
//	plan: gross from the quarters 1,200,000; 5% on invoice 60,000; the
//	  volume bonus 2% 24,000; promotions as forecast: the price cut
//	  1.5 × 5,000 + 3,000 = 10,500, the display 2,000, the gift's 12 days
//	  of 22 in 2026 of 0.5 × 100 × 22/7 × 1.3 → 111.43, so 12,611.43;
//	  net 1,103,388.57; cost of goods 60% 720,000; cost to serve 30,000 +
//	  2% 24,000 → 329,388.57
//	latest estimate: gross 1,150,000 as typed; 57,500 and 23,000 of
//	  terms; the price cut as it ran, 1.5 × 4,000 + 3,000 = 9,000, so
//	  11,111.43 of promotions; cost of goods 61% 701,500 → 356,888.57
//
// Costs are shown negative, as the Plan tab shows them.
func TestThePnLSheetWorkedByHand(t *testing.T) {
	f := xlReadBack(t, planWS(), model.English)
	s := readPlanSheet(t, f, model.T("P&L", "客户损益"), model.English)
	want := map[string][3]float64{
		"Gross sales":                {1_000_000, 1_200_000, 1_150_000},
		"On-invoice terms":           {-50_000, -60_000, -57_500},
		"Off-invoice terms & credit": {0, -24_000, -23_000},
		"Promotions":                 {0, -12_611.43, -11_111.43},
		"Net sales":                  {950_000, 1_103_388.57, 1_058_388.57},
		"Cost of goods":              {-620_000, -720_000, -701_500},
		"Cost to serve":              {0, -54_000, 0},
		"Account contribution":       {330_000, 329_388.57, 356_888.57},
	}
	seen := 0
	for _, r := range s.rows {
		if s.cell(r, "Account") != "MegaMart" || s.cell(r, "Year") != "2026" {
			continue
		}
		w, ok := want[s.cell(r, "Line")]
		if !ok {
			continue
		}
		seen++
		for c, name := range []string{"Last year", "Plan", "Latest estimate"} {
			if !sameNumber(s.cell(r, name), w[c]) {
				t.Errorf("%s, %s: %s, want %v", s.cell(r, "Line"), name, s.cell(r, name), w[c])
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d lines found", seen, len(want))
	}
}

// The Promotions sheet names products by code and clusters by name, and
// marks clashes, late bookings and verdicts; the Objectives sheet lists
// the programmes and what an objective lacks to be SMART.
func TestThePlanSheetsInWords(t *testing.T) {
	for _, l := range model.Langs {
		w := func(en, zh string) string { return model.T(en, zh).In(l) }
		f := xlReadBack(t, planWS(), l)
		promo := readPlanSheet(t, f, model.T("Promotions", "促销"), l)
		byName := map[string][]string{}
		for _, r := range promo.rows {
			byName[promo.cell(r, w("Promotion", "促销"))] = r
		}
		cut, display, gift := byName["Spring price cut"], byName["Milk display"], byName["Cheese gift"]
		if promo.cell(cut, w("Products", "产品编码")) != "MK-1L"+listSep(l)+"YG-150" || promo.cell(cut, w("Clusters", "门店群")) != w("every cluster", "全部门店群") ||
			promo.cell(cut, w("Clashes with", "冲突促销")) != "Milk display" || promo.cell(cut, w("Inside lead time", "晚于提前期")) != w("yes", "是") ||
			promo.cell(cut, w("Verdict", "评估结论")) != w("change", "调整") || promo.cell(cut, w("Mechanic", "促销方式")) != w("price cut", "直接降价") {
			t.Errorf("%s: the price cut: %q", l, cut)
		}
		if promo.cell(display, w("Clusters", "门店群")) != "Hyper A" || promo.cell(display, w("Clashes with", "冲突促销")) != "Spring price cut" ||
			promo.cell(display, w("Inside lead time", "晚于提前期")) != "" || promo.cell(display, w("Verdict", "评估结论")) != "" {
			t.Errorf("%s: the display: %q", l, display)
		}
		if promo.cell(gift, w("Clashes with", "冲突促销")) != "" || promo.cell(gift, w("Notes", "备注")) != "With the new-year leaflet" {
			t.Errorf("%s: the gift: %q", l, gift)
		}
		// Dates are dates: 2026-03-01 is serial 46082.
		if promo.cell(cut, w("Start", "开始日期")) != "46082" {
			t.Errorf("%s: start %q", l, promo.cell(cut, w("Start", "开始日期")))
		}

		obj := readPlanSheet(t, f, model.T("Objectives", "计划目标"), l)
		for _, r := range obj.rows {
			switch obj.cell(r, w("Objective", "目标")) {
			case "Grow sell-in to 1.2 million":
				if obj.cell(r, w("Programmes", "项目")) != "List the yoghurt in Express · Li Na · 2026-07-01 · 20,000\nGondola ends for Chinese New Year · 15,000" ||
					obj.cell(r, w("Not yet SMART: lacks", "尚不符合 SMART：缺少")) != "" || obj.cell(r, w("Reviews", "回顾次数")) != "1" {
					t.Errorf("%s: %q", l, r)
				}
			case "Reach 14% value share":
				if obj.cell(r, w("Not yet SMART: lacks", "尚不符合 SMART：缺少")) != w("an owner; a date", "负责人；完成日期") || obj.cell(r, w("Unit", "单位")) != "%" {
					t.Errorf("%s: %q", l, r)
				}
			}
		}
	}
}

// MegaMart's investment of 2026, worked by hand as the Plan tab's
// outline adds it up: the terms (5% + 2%) on the planned 1,200,000 are
// 84,000, shared by the quarters' sell-in (Q1 250,000: 17,500); the
// programmes 20,000 in Q3 (1 July) and 15,000 with no day, in the year
// only; other activity 5,000 in Q1 and 8,000 in Q3; the promotions 11,000
// in Q1 (the price cut as it ran, 9,000, and the display, 2,000) and the
// gift's 111.43 in Q4. Q1 invests 33,500, 13.4% of its sell-in; Q3
// (280,000 of sell-in: 19,600 of terms) 47,600; the year 143,111.43. Last year's share over the year is the mean of its
// quarters, 12.125%.
func TestTheAnnualPlanSheetWorkedByHand(t *testing.T) {
	f := xlReadBack(t, planWS(), model.English)
	s := readPlanSheet(t, f, model.T("Annual plan", "年度计划"), model.English)
	want := map[string]map[string]float64{
		"Q1":   {"Trading terms": 17_500, "Programmes": 0, "Other activity": 5_000, "Promotion spend": 11_000, "Investment": 33_500, "Investment, % of sell-in": 0.134},
		"Q3":   {"Trading terms": 19_600, "Programmes": 20_000, "Other activity": 8_000, "Promotion spend": 0, "Investment": 47_600},
		"Q4":   {"Promotion spend": 111.43},
		"Year": {"Trading terms": 84_000, "Programmes": 35_000, "Other activity": 13_000, "Promotion spend": 11_111.43, "Investment": 143_111.43, "Share, last year": 0.12125},
	}
	seen := 0
	for _, r := range s.rows {
		w, ok := want[s.cell(r, "Quarter")]
		if s.cell(r, "Account") != "MegaMart" || !ok {
			continue
		}
		seen++
		for col, v := range w {
			if !sameNumber(s.cell(r, col), v) {
				t.Errorf("%s, %s: %s, want %v", s.cell(r, "Quarter"), col, s.cell(r, col), v)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d quarters found", seen, len(want))
	}
	// 143,111.43 of 1,200,000, the promotions' cost to the fraction of a cent.
	ws := planWS()
	spend := model.PromotionPlan(2026, ws.Promotions[:3], ws.Products, ws.Plans[0])[4].Spend
	for _, r := range s.rows {
		if s.cell(r, "Account") == "MegaMart" && s.cell(r, "Quarter") == "Year" && !sameNumber(s.cell(r, "Investment, % of sell-in"), (84_000+spend+35_000+13_000)/1_200_000) {
			t.Errorf("the year's investment is %s of its sell-in", s.cell(r, "Investment, % of sell-in"))
		}
	}
}

// The case study's plans in the workbook: every row of the plan sheets
// holds the model's figures, in both languages.
func TestThePlanSheetsOfTheCaseStudy(t *testing.T) {
	for _, l := range model.Langs {
		ws := model.CaseStudy(planDay, l)
		objectives, promotions, quarters, pnl := checkPlanSheets(t, ws, l)
		if objectives != len(ws.Objectives) || promotions != len(ws.Promotions) || quarters < 5*len(ws.Plans) || pnl < len(pnlLines)*len(ws.Plans) || len(ws.Plans) == 0 {
			t.Errorf("%s: %d objectives of %d, %d promotions of %d, %d quarters and %d P&L lines of %d plans", l,
				objectives, len(ws.Objectives), promotions, len(ws.Promotions), quarters, pnl, len(ws.Plans))
		}
	}
}

// The workbook's plan sheets of 10,000 accounts, their plans and
// promotions.
func BenchmarkPlanSheets(b *testing.B) {
	ws := storetest.Generate(10000, planDay)
	x := newExportIndex(ws, planDay)
	for b.Loop() {
		planSheets(ws, x.accounts, model.English, planDay)
	}
}
