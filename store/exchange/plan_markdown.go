package exchange

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kam-workbench/kam/model"
)

// planIndex is the index's account plans, filed the first time a page
// asks for them.
func (x *exportIndex) planIndex() *planIndex {
	if x.plans == nil {
		x.plans = newPlanIndex(x.ws)
	}
	return x.plans
}

// spends are every account's plan spend of a year, worked out once a
// year: a Status or Streamline plan is judged against them all.
func (x *exportIndex) spends(year int) []model.PlanSpend {
	if x.spendsOf == nil {
		x.spendsOf = map[int][]model.PlanSpend{}
	}
	if s, ok := x.spendsOf[year]; ok {
		return s
	}
	ws := x.ws
	if x.whole != nil {
		ws = *x.whole
	}
	s := model.PlanSpends(year, ws.Accounts, ws.Plans, ws.Promotions, ws.Objectives, "")
	x.spendsOf[year] = s
	return s
}

// planPage is the account plan of the plan year as the course's case
// study asks teams to present it: the posture of the account's quadrant
// and what the plan spends against it, the SMART objectives with their
// progress, the strategy and programmes, the SWOT, the annual plan by
// quarter against last year with its key dates, the promotion calendar
// with each promotion's ROI, and the account P&L. Only the sections with
// something in them are written; nothing at all when the year has no
// plan and its posture no warning.
func (p *planWriter) planPage() {
	x := p.x.planIndex()
	id, year := p.a.ID, model.PlanYear(p.now)
	objectives := x.objectivesOf(id, year)
	plan, hasPlan := x.plan(id, year)
	promos := x.promotionsIn(id, year)
	quarters := x.promotionPlan(id, year)

	// The account's own spend; every account's only where the posture
	// (Status, Streamline) compares it with theirs.
	var quadrant *model.Quadrant
	if evals := p.x.evaluations[id]; len(evals) > 0 {
		q := evals[0].Quadrant(p.matrix)
		quadrant = &q
	}
	var all []model.PlanSpend
	if quadrant != nil && (*quadrant == model.Status || *quadrant == model.Streamline) {
		all = p.x.spends(year)
	} else {
		all = model.PlanSpends(year, p.ws.Accounts, p.ws.Plans, p.ws.Promotions, p.ws.Objectives, id)
	}
	spend := model.PlanSpend{AccountID: id}
	for _, s := range all {
		if s.AccountID == id {
			spend = s
		}
	}
	var warning model.Text
	warned := false
	if quadrant != nil {
		warning, warned = model.PostureWarning(*quadrant, spend, all, len(objectives))
	}
	if len(objectives) == 0 && !hasPlan && len(promos) == 0 && !warned {
		return
	}

	p.heading(fmt.Sprintf(p.w("Plan for %d", "%d 年客户计划"), year))
	if quadrant != nil {
		p.line(fmt.Sprintf(p.w("**%s** — the posture is to %s.", "**%s** — 策略：%s。"),
			model.Quadrants[*quadrant].Name.In(p.l), model.PostureOf(*quadrant).In(p.l)))
	}
	if warned {
		p.blank()
		p.line(p.w("**Against the posture** — ", "**与策略不符** — ") + mdEscape(warning.In(p.l)))
	}
	if spend.Spend > 0 {
		p.blank()
		var programmes model.Money
		for _, o := range objectives {
			programmes += o.ProgrammesCost()
		}
		var parts []string
		if promotions := spend.Spend - programmes; promotions != 0 {
			parts = append(parts, p.w("promotions ", "促销 ")+model.FormatMoney(promotions))
		}
		if programmes != 0 {
			parts = append(parts, p.w("programmes ", "项目 ")+model.FormatMoney(programmes))
		}
		line := fmt.Sprintf(p.w("Against its posture the plan spends %s (%s)", "按客户策略衡量，计划投入 %s（%s）"),
			model.FormatMoney(spend.Spend), strings.Join(parts, p.w(", ", "，")))
		if pct, ok := spend.Pct(); ok {
			line += fmt.Sprintf(p.w(", %s of the planned sell-in of %s", "，占计划进货额 %[2]s 的 %[1]s"), model.FormatPercent(pct), model.FormatMoney(spend.Sales))
		}
		p.line(line + p.w(".", "。"))
	}
	p.planObjectives(objectives)
	p.planStrategy(objectives)
	p.planSWOT(plan)
	if hasPlan || len(promos) > 0 {
		p.planQuarters(x, plan, quarters, objectives)
	}
	p.planPromotions(x, promos, quarters)
	p.planPnL(x, hasPlan)
}

// subheading opens a section of the plan page.
func (p *planWriter) subheading(s string) { p.blank(); p.line("### " + s); p.blank() }

// objectiveFigure writes an objective's figure in its unit: an amount short, a
// percentage, anything else as a number.
func (p *planWriter) objectiveFigure(o model.PlanObjective, v float64) string {
	switch o.Unit() {
	case "amount":
		return model.FormatCompact(cents(v), p.l)
	case "percent":
		return model.FormatPercent(v)
	}
	return model.FormatNumber(math.Round(v*10) / 10)
}

func (p *planWriter) planObjectives(list []model.PlanObjective) {
	if len(list) == 0 {
		return
	}
	p.subheading(p.w("Objectives (SMART)", "目标（SMART）"))
	meetings := p.x.planIndex().meetings[p.a.ID]
	t := newMDTable("#", p.w("Objective", "目标"), p.w("Measure", "衡量指标"), p.w("Baseline", "基准值"), p.w("Target", "目标值"),
		p.w("By", "完成日期"), p.w("Owner", "负责人"), p.w("Year to date", "年初至今"), p.w("Progress", "进度")).alignRight(0, 3, 4, 7, 8)
	var notSMART []string
	read := false
	for i, o := range list {
		actual, progress := "-", "-"
		if pr, ok := model.ProgressOf(o, meetings); ok {
			read = true
			actual, progress = p.objectiveFigure(o, pr.Actual), model.FormatPercent(math.Round(pr.Pct))
		}
		t.add(strconv.Itoa(i+1), o.Text, measureName(o, p.l), p.objectiveFigure(o, o.Baseline), p.objectiveFigure(o, o.Target),
			formatDate(o.ByWhen), o.OwnerName, actual, progress)
		if lacks := o.NotSMART(); len(lacks) > 0 {
			var words []string
			for _, w := range lacks {
				words = append(words, w.In(p.l))
			}
			notSMART = append(notSMART, fmt.Sprintf(p.w("Objective %d is not yet SMART: it lacks %s.", "第 %d 项目标尚不符合 SMART：缺少%s。"),
				i+1, strings.Join(words, p.w(", ", "、"))))
		}
	}
	p.b.WriteString(t.String())
	if len(notSMART) > 0 {
		p.blank()
		for _, s := range notSMART {
			p.line("- " + mdEscapeLine(s))
		}
	}
	p.blank()
	if !read {
		p.line(fmt.Sprintf(p.w("No business review of %d has these metrics yet: progress shows once one does.",
			"%d 年的业务回顾中尚无这些指标：有了之后即显示进度。"), list[0].Year))
		return
	}
	p.line(p.w("Progress is read from the business reviews of the year: an amount as a share of the target, a rate as the way from the baseline to the target.",
		"进度取自本年度的业务回顾：金额为占目标的比例，比率为从基准值到目标值已完成的比例。"))
}

func (p *planWriter) planStrategy(list []model.PlanObjective) {
	t := newMDTable("#", p.w("Growth lever", "增长杠杆"), p.w("Programme", "项目"), p.w("Who", "负责人"), p.w("When", "时间"),
		p.w("Cost", "费用")).alignRight(0, 5)
	var total model.Money
	rows := 0
	for i, o := range list {
		lever := model.NameOf(model.Levers, o.Lever, p.l)
		if lever == "" && len(o.Programmes) == 0 {
			continue
		}
		if len(o.Programmes) == 0 {
			t.add(strconv.Itoa(i+1), lever, p.w("no programme yet", "尚无项目"))
			rows++
		}
		for _, pr := range o.Programmes {
			cost := ""
			if pr.Cost != 0 {
				cost = model.FormatMoney(pr.Cost)
			}
			t.add(strconv.Itoa(i+1), lever, pr.What, pr.Who, formatDate(pr.When), cost)
			rows++
		}
		total += o.ProgrammesCost()
	}
	if rows == 0 {
		return
	}
	p.subheading(p.w("Strategy and programmes", "策略与项目"))
	p.b.WriteString(t.String())
	if total > 0 {
		p.blank()
		p.line(fmt.Sprintf(p.w("The programmes cost %s in all.", "项目费用合计 %s。"), model.FormatMoney(total)))
	}
}

func (p *planWriter) planSWOT(plan model.AccountPlan) {
	if len(plan.Strengths)+len(plan.Weaknesses)+len(plan.Opportunities)+len(plan.Threats) == 0 {
		return
	}
	p.subheading("SWOT")
	pair := func(left, right string, a, b []string) {
		t := newMDTable(left, right)
		for i := range max(len(a), len(b)) {
			var l, r string
			if i < len(a) {
				l = a[i]
			}
			if i < len(b) {
				r = b[i]
			}
			t.add(l, r)
		}
		p.b.WriteString(t.String())
	}
	pair(p.w("Strengths (ours)", "优势（我方）"), p.w("Weaknesses (ours)", "劣势（我方）"), plan.Strengths, plan.Weaknesses)
	p.blank()
	pair(p.w("Opportunities (in the account)", "机会（客户方）"), p.w("Threats (in the account)", "威胁（客户方）"), plan.Opportunities, plan.Threats)
}

// planQuarters is the annual outline as the Plan tab shows it: each
// quarter's targets against last year; what the plan invests (terms,
// promotions, programmes, other activity) and its share of sell-in; the
// promotions' incremental profit and ROI as model.PromotionPlan adds them
// up; then the key dates, the year's own and the plan's.
func (p *planWriter) planQuarters(x *planIndex, plan model.AccountPlan, quarters [5]model.PlanQuarter, objectives []model.PlanObjective) {
	p.subheading(p.w("Annual plan by quarter", "年度计划（按季度）"))
	header := []string{""}
	for _, q := range quarterNames {
		header = append(header, q.In(p.l))
	}
	t := newMDTable(header...).alignRight(1, 2, 3, 4, 5)
	money := func(v float64) string {
		if v == 0 {
			return "-"
		}
		return model.FormatCompact(cents(v), p.l)
	}
	row := func(label string, cell func(q int) string) {
		cells := []string{label}
		for q := range 5 {
			cells = append(cells, cell(q))
		}
		t.add(cells...)
	}
	// figures are a figure of the quarters, planned and last year, the
	// fifth the year: summed, or for a rate the mean of the quarters that
	// have one.
	figures := func(of func(model.QuarterFigures) float64, rate bool) (planned, last [5]float64) {
		var pq, lq [4]float64
		for q := range 4 {
			pq[q], lq[q] = of(plan.Quarters[q].QuarterFigures), of(plan.LastYear[q])
			planned[q], last[q] = pq[q], lq[q]
			planned[4] += pq[q]
			last[4] += lq[q]
		}
		if rate {
			planned[4], last[4] = model.YearRate(pq), model.YearRate(lq)
		}
		return planned, last
	}
	sellIn, sellInLY := figures(func(f model.QuarterFigures) float64 { return f.SellIn.Units() }, false)
	if sellIn[4] != 0 || sellInLY[4] != 0 {
		row(p.w("Sell-in, plan", "进货额（计划）"), func(q int) string { return money(sellIn[q]) })
		row(p.w("Sell-in, last year", "进货额（去年）"), func(q int) string { return money(sellInLY[q]) })
		row(p.w("Growth", "增长"), func(q int) string {
			if sellIn[q] == 0 && sellInLY[q] == 0 {
				return "-"
			}
			amount, pct, ok := model.Growth(sellInLY[q], sellIn[q])
			s := model.FormatCompact(cents(amount), p.l)
			if amount > 0 {
				s = "+" + s
			}
			if ok {
				return s + p.w(" (", "（") + model.FormatSignedPercent(pct) + p.w(")", "）")
			}
			return s + p.w(" (new)", "（新增）")
		})
	}
	for _, f := range []struct {
		plan, last model.Text
		of         func(model.QuarterFigures) float64
		rate       bool
	}{
		{model.T("Volume, plan (units)", "销量（计划，件）"), model.T("Volume, last year (units)", "销量（去年，件）"),
			func(f model.QuarterFigures) float64 { return f.Volume }, false},
		{model.T("Value share, plan", "市场份额（计划）"), model.T("Value share, last year", "市场份额（去年）"),
			func(f model.QuarterFigures) float64 { return f.Share }, true},
		{model.T("Numeric distribution, plan", "数值铺货率（计划）"), model.T("Numeric distribution, last year", "数值铺货率（去年）"),
			func(f model.QuarterFigures) float64 { return f.Distribution }, true},
	} {
		planned, last := figures(f.of, f.rate)
		if planned[4] == 0 && last[4] == 0 {
			continue
		}
		text := func(v float64) string {
			switch {
			case v == 0:
				return "-"
			case f.rate:
				return model.FormatPercent(v)
			}
			return model.FormatNumber(math.Round(v))
		}
		row(f.plan.In(p.l), func(q int) string { return text(planned[q]) })
		row(f.last.In(p.l), func(q int) string { return text(last[q]) })
	}

	terms, hasTerms := x.termsCost(plan)
	programmes := model.ProgrammesCost(objectives, plan.Year)
	var other [5]float64
	for q := range 4 {
		other[q] = plan.Quarters[q].Other.Units()
		other[4] += other[q]
	}
	var invest [5]float64
	for q := range 5 {
		invest[q] = investment(terms[q], quarters[q].Spend, programmes[q], cents(other[q]))
	}
	if invest[4] != 0 || hasTerms {
		if hasTerms {
			row(p.w("Trading terms", "交易条款费用"), func(q int) string { return money(terms[q]) })
		}
		row(p.w("Promotions", "促销费用"), func(q int) string { return money(quarters[q].Spend) })
		if programmes[4] != 0 {
			row(p.w("Programmes", "项目费用"), func(q int) string { return money(programmes[q]) })
		}
		if other[4] != 0 {
			row(p.w("Other activity", "其他活动"), func(q int) string { return money(other[q]) })
		}
		row(p.w("Investment", "总投入"), func(q int) string { return money(invest[q]) })
		row(p.w("Investment, % of sell-in", "投入占进货额"), func(q int) string {
			if v, ok := investmentPct(invest[q], cents(sellIn[q])); ok {
				return model.FormatPercent(v)
			}
			return "-"
		})
	}
	if quarters[4].Count > 0 {
		row(p.w("Incremental profit", "增量毛利"), func(q int) string { return money(quarters[q].Profit) })
		row(p.w("Promotion ROI", "促销投入产出比"), func(q int) string {
			if v, ok := quarters[q].ROI(); ok {
				return model.FormatSignedPercent(math.Round(v))
			}
			return "-"
		})
	}
	p.b.WriteString(t.String())
	if quarters[4].Count > 0 && !quarters[4].MarginOK {
		p.blank()
		p.line(p.w("Some promoted products have no list price: their profit is not counted and the ROI is not shown.",
			"部分促销产品没有出厂价：其毛利未计入，不显示投入产出比。"))
	}
	dates := slices.Concat(model.SuggestedKeyDates(plan.Year, x.operations[plan.AccountID], x.ws.Products, p.now.Location()), plan.KeyDates)
	slices.SortStableFunc(dates, func(a, b model.KeyDate) int { return a.Date.Compare(b.Date) })
	if len(dates) > 0 {
		p.blank()
		p.line("**" + p.w("Key dates", "关键日期") + "**")
		p.blank()
		for _, d := range dates {
			line := formatDate(d.Date) + " · " + mdEscape(strings.TrimSpace(d.What))
			if d.Kind != "" {
				line += p.w(" (", "（") + model.NameOf(model.KeyDateKinds, d.Kind, p.l) + p.w(")", "）")
			}
			p.line("- " + line)
		}
	}
}

// planPromotions is the promotion calendar of the year: each promotion
// with its economics as best known (actual once it has run), the
// money-losing ones marked, with clashes and late bookings.
func (p *planWriter) planPromotions(x *planIndex, promos []model.Promotion, quarters [5]model.PlanQuarter) {
	if len(promos) == 0 {
		return
	}
	p.subheading(p.w("Promotion calendar", "促销日历"))
	clashes := x.clashes(p.a.ID)
	names := map[string]string{}
	for _, pr := range x.promotions[p.a.ID] {
		names[pr.ID] = pr.Name
	}
	t := newMDTable(p.w("Promotion", "促销"), p.w("Mechanic", "促销方式"), p.w("Dates", "日期"), p.w("Products", "产品"),
		p.w("Cost", "费用"), p.w("Incremental units", "增量销量"), p.w("Incremental profit", "增量毛利"), p.w("ROI", "投入产出比"),
		p.w("Remarks", "备注")).alignRight(4, 5, 6, 7)
	losing := 0
	money := func(v float64) string { return model.FormatCompact(cents(v), p.l) }
	for _, pr := range promos {
		f := x.figures(pr)
		var remarks []string
		if f.ran {
			remarks = append(remarks, p.w("actual", "实际"))
		} else {
			remarks = append(remarks, p.w("forecast", "预测"))
		}
		profit, roi := "-", "-"
		if f.best.MarginOK {
			profit = money(f.best.Profit)
		}
		if v, ok := f.best.ROI(); ok {
			roi = model.FormatSignedPercent(math.Round(v))
			if v < 0 {
				losing++
				remarks = append(remarks, "**"+p.w("loses money", "亏损")+"**")
			}
		}
		var with []string
		for _, id := range clashes[pr.ID] {
			with = append(with, mdEscape(names[id]))
		}
		if len(with) > 0 {
			remarks = append(remarks, fmt.Sprintf(p.w("clashes with %s", "与%s冲突"), strings.Join(with, p.w(", ", "、"))))
		}
		if pr.InsideLeadTime(x.leadWeeks[p.a.ID], p.now) {
			remarks = append(remarks, p.w("booked inside the lead time", "预订晚于提前期"))
		}
		if pr.Verdict != "" {
			remarks = append(remarks, p.w("verdict: ", "结论：")+model.NameOf(model.PromoVerdicts, pr.Verdict, p.l))
		}
		t.addRaw(mdEscape(pr.Name), mdEscape(model.NameOf(model.Mechanics, pr.Mechanic, p.l)),
			formatDate(pr.Start)+" – "+formatDate(pr.End), mdEscape(x.productCodes(pr, p.l)),
			money(f.best.Cost), model.FormatNumber(math.Round(f.best.Incremental)), profit, roi,
			strings.Join(remarks, p.w("; ", "；")))
	}
	p.b.WriteString(t.String())
	p.blank()
	year := quarters[4]
	counted := p.w("%d promotions in the year, spend %s", "全年 %d 场促销，费用 %s")
	if year.Count == 1 {
		counted = p.w("%d promotion in the year, spend %s", "全年 %d 场促销，费用 %s")
	}
	line := fmt.Sprintf(counted, year.Count, model.FormatMoney(cents(year.Spend)))
	if v, ok := year.ROI(); ok {
		line += fmt.Sprintf(p.w(", ROI %s", "，投入产出比 %s"), model.FormatSignedPercent(math.Round(v)))
	}
	switch {
	case losing == 1:
		line += p.w("; 1 loses money", "；其中 1 场亏损")
	case losing > 1:
		line += fmt.Sprintf(p.w("; %d lose money", "；其中 %d 场亏损"), losing)
	}
	p.line(line + p.w(".", "。"))
	p.line(p.w("Spend and ROI count the part of each promotion that falls in the year; a promotion that has run counts as it ran.",
		"费用与投入产出比只计各促销落在本年度内的部分；已执行的促销按实际计算。"))
}

// planPnL is the account P&L of the plan year: last year, the plan and
// the latest estimate, each line as a % of gross sales.
func (p *planWriter) planPnL(x *planIndex, hasPlan bool) {
	year := model.PlanYear(p.now)
	cols := x.pnl(p.a.ID, year)
	if !worthAPnL(cols, hasPlan) {
		return
	}
	p.subheading(p.w("Account P&L", "客户损益"))
	header := []string{p.w("Line", "项目")}
	for _, c := range model.PnLColumnNames {
		header = append(header, c.In(p.l), p.w("% of gross", "占毛销售额"))
	}
	t := newMDTable(header...).alignRight(1, 2, 3, 4, 5, 6)
	for i, line := range pnlLines {
		cells := []string{mdEscape(line.name.In(p.l))}
		for _, c := range cols {
			v := pnlAmount(c, i)
			pct := "-"
			if r, ok := c.Pct(v); ok {
				pct = model.FormatPercent(r)
			}
			cells = append(cells, model.FormatCompact(v, p.l), pct)
		}
		if i == len(pnlLines)-1 { // the contribution, what the account leaves us
			for j := range cells {
				cells[j] = "**" + cells[j] + "**"
			}
		}
		t.addRaw(cells...)
	}
	p.b.WriteString(t.String())
	if r, ok := cols[model.PnLPlan].Pct(cols[model.PnLPlan].Contribution); ok {
		p.blank()
		p.line(fmt.Sprintf(p.w("The plan leaves a contribution of %s of gross sales: %d of 10 on the matrix's net profitability.",
			"计划客户贡献占毛销售额 %s：在矩阵的“净盈利能力”标准上为 %d 分（满分 10）。"), model.FormatPercent(r), model.ProfitabilityScore(r)))
	}
}
