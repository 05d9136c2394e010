package exchange

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// workbookSheets lays the workspace out as worksheets, rows in the order
// the screens list them: accounts by name, then each account's records.
func workbookSheets(ws model.Workspace, l model.Lang, now time.Time) []xlsxSheet {
	x := newExportIndex(ws, now)
	word := func(en, zh string) string { return model.T(en, zh).In(l) }
	yes := func(b bool) string {
		if b {
			return word("yes", "是")
		}
		return ""
	}
	day := func(t time.Time) any {
		if t.IsZero() {
			return nil
		}
		return t
	}
	list := func(items []string) string { return strings.Join(items, "\n") }

	accounts := xlsxSheet{name: model.T("Accounts", "客户"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlText, "Channel", "渠道"), xlCol(xlText, "Format", "业态"),
		xlCol(xlText, "Region", "区域"), xlCol(xlCount, "Outlets", "门店数"), xlCol(xlText, "Tier", "等级"),
		xlCol(xlMoney, "Category sales", "品类销售额"), xlCol(xlMoney, "Our sales", "我方销售额"),
		xlCol(xlPercent, "Our share", "我方份额"), xlCol(xlMoney, "Target", "目标"), xlCol(xlPercent, "Growth", "增长"),
		xlCol(xlText, "Quadrant", "象限"), xlCol(xlScore, "Attractiveness", "客户吸引力"), xlCol(xlScore, "Strength", "我方相对实力"),
		xlCol(xlPercent, "Known", "了解程度"), xlCol(xlCount, "Stage reached", "所处阶段"),
	}}
	for i := range model.StageCount {
		accounts.cols = append(accounts.cols, xlsxColumn{model.Stages[i], xlText})
	}
	accounts.cols = append(accounts.cols, xlCol(xlText, "Traits", "关键客户特征"), xlCol(xlText, "Objectives", "目标"),
		xlCol(xlText, "Notes", "备注"), xlCol(xlDate, "Updated", "更新日期"))
	for _, a := range x.accounts {
		var share any
		if s, ok := a.Share(); ok {
			share = s
		}
		var quadrant, attr, str any
		if evals := x.evaluations[a.ID]; len(evals) > 0 {
			quadrant = model.Quadrants[evals[0].Quadrant(x.matrix)].Name.In(l)
			at, st := evals[0].Position(x.matrix)
			attr, str = at, st
		}
		var traits []string
		for _, t := range a.Traits {
			traits = append(traits, model.NameOf(model.Traits, t, l))
		}
		var category any
		if a.CategorySales > 0 {
			category = a.CategorySales
		}
		row := []any{a.Name, model.NameOf(model.Channels, a.Channel, l), a.Format, a.Region, a.Outlets,
			model.NameOf(model.Tiers, a.Tier, l), category, a.OurSales, share, a.Target, a.Growth,
			quadrant, attr, str, model.KnowledgeScore(x.checklist, x.answers[a.ID], now), a.StageReached()}
		for _, s := range a.Stages {
			row = append(row, model.NameOf(model.StageStatuses, s, l))
		}
		row = append(row, strings.Join(traits, word(", ", "、")), a.Objectives, a.Notes, day(a.Updated))
		accounts.rows = append(accounts.rows, row)
	}

	// Evaluations: a column per criterion of the current set; a score of
	// an earlier set shows under its criterion where the criterion is
	// still there (by ID).
	current := x.matrix.Current()
	evaluations := xlsxSheet{name: model.T("Evaluations", "评估"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlDate, "Date", "日期"), xlCol(xlText, "Latest", "最近一次"),
		xlCol(xlScore, "Attractiveness", "客户吸引力"), xlCol(xlScore, "Strength", "我方相对实力"), xlCol(xlText, "Quadrant", "象限"),
		xlCol(xlYear, "Criteria version", "标准版本"),
	}}
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		for _, c := range current.Criteria(axis) {
			evaluations.cols = append(evaluations.cols, xlsxColumn{model.T(
				c.Name.In(model.English)+" ("+strconv.Itoa(c.Weight)+"%)", c.Name.In(model.Chinese)+"（"+strconv.Itoa(c.Weight)+"%）"), xlCount})
		}
	}
	evaluations.cols = append(evaluations.cols, xlCol(xlText, "Comments", "备注"))
	for _, a := range x.accounts {
		for i, e := range x.evaluations[a.ID] {
			at, st := e.Position(x.matrix)
			set, _ := x.matrix.CriteriaSet(e.CriteriaVersion)
			row := []any{a.Name, e.Date, yes(i == 0), at, st, model.Quadrants[e.Quadrant(x.matrix)].Name.In(l), e.CriteriaVersion}
			var comments []string
			for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
				for _, c := range current.Criteria(axis) {
					row = append(row, xlScoreOf(set, e, axis, c.ID))
				}
				for _, c := range set.Criteria(axis) {
					if n := e.Comment(c.ID); n != "" {
						comments = append(comments, c.Name.In(l)+word(": ", "：")+n)
					}
				}
			}
			evaluations.rows = append(evaluations.rows, append(row, list(comments)))
		}
	}

	checklist := xlsxSheet{name: model.T("Checklist", "采购清单"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlText, "Item", "事项"), xlCol(xlText, "Status", "状态"),
		xlCol(xlText, "Stale", "已过时"), xlCol(xlText, "Answer", "答案"), xlCol(xlText, "Source", "来源"),
		xlCol(xlDate, "Verified", "核实日期"),
	}}
	for _, a := range x.accounts {
		for _, it := range x.checklist {
			k, ok := x.answers[a.ID][it.ID]
			if !ok {
				continue
			}
			checklist.rows = append(checklist.rows, []any{a.Name, it.Name.In(l), model.NameOf(model.KnowledgeStatuses, k.Status, l),
				yes(k.Stale(now)), k.Answer, k.Source, day(k.Verified)})
		}
	}

	contacts := xlsxSheet{name: model.T("Contacts", "联系人"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlText, "Name", "姓名"), xlCol(xlText, "Title", "职位"),
		xlCol(xlText, "Function", "职能"), xlCol(xlText, "Role", "角色"), xlCol(xlText, "Stance", "态度"),
		xlCol(xlText, "Influence", "影响力"), xlCol(xlText, "Reports to", "汇报对象"), xlCol(xlText, "Our counterpart", "我方对口人"),
		xlCol(xlDate, "Last contact", "最近联系"), xlCol(xlDate, "In post since", "任职起始"), xlCol(xlText, "Notes", "备注"),
		xlCol(xlText, "Archived", "已归档"),
	}}
	for _, a := range x.accounts {
		for _, c := range x.contacts[a.ID] {
			contacts.rows = append(contacts.rows, []any{a.Name, c.Name, c.Title, model.NameOf(model.Functions, c.Function, l),
				model.NameOf(model.Roles, c.Role, l), model.NameOf(model.Stances, c.Stance, l), model.NameOf(model.Influences, c.Influence, l),
				x.contactName[c.ReportsTo], x.people[c.Counterpart].Name, day(c.LastContact), day(c.InPostSince), c.Notes, yes(c.Archived)})
		}
	}

	negotiations := xlsxSheet{name: model.T("Negotiations", "谈判"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlText, "Negotiation", "谈判"), xlCol(xlDate, "Meeting", "会谈日期"),
		xlCol(xlYear, "Terms year", "条款年份"), xlCol(xlText, "Status", "状态"), xlCol(xlCount, "Sections complete", "已完成部分"),
		xlCol(xlText, "Objectives", "目标"), xlCol(xlText, "Buyer's KPIs", "采购的 KPI"), xlCol(xlText, "Our best alternative", "我方最佳替代方案"),
		xlCol(xlText, "Their best alternative", "对方最佳替代方案"), xlCol(xlScore, "Balance of power (1–5)", "力量对比（1–5）"),
		xlCol(xlText, "We will not give", "我方不会让步"), xlCol(xlMoney, "Concessions cost", "让步合计"),
		xlCol(xlMoney, "Concession budget", "让步预算"), xlCol(xlMoney, "Budget left", "预算余额"),
		xlCol(xlText, "Open points", "未决事项"), xlCol(xlText, "Flags", "提示"),
	}}
	issues := xlsxSheet{name: model.T("Issues", "议题"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlText, "Negotiation", "谈判"), xlCol(xlText, "Issue", "议题"), xlCol(xlText, "Unit", "单位"),
		xlCol(xlNumber, "Our opening", "我方开价"), xlCol(xlNumber, "Our target", "我方目标"), xlCol(xlNumber, "Our walk-away", "我方底线"),
		xlCol(xlNumber, "Their opening", "对方开价"), xlCol(xlNumber, "Their target", "对方目标"), xlCol(xlNumber, "Their walk-away", "对方底线"),
		xlCol(xlNumber, "Zone from", "区间下限"), xlCol(xlNumber, "Zone to", "区间上限"), xlCol(xlText, "Zone of agreement", "达成区间"),
		xlCol(xlNumber, "Agreed", "达成值"), xlCol(xlText, "Outcome", "结果"),
	}}
	concessions := xlsxSheet{name: model.T("Concessions", "让步"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlText, "Negotiation", "谈判"), xlCol(xlCount, "Order", "顺序"),
		xlCol(xlText, "Concession", "让步"), xlCol(xlText, "Term", "条款"), xlCol(xlText, "Step", "让步幅度"),
		xlCol(xlMoney, "Cost to us", "我方成本"), xlCol(xlText, "Value to them", "对对方的价值"),
		xlCol(xlText, "In return", "要求的回报"), xlCol(xlText, "Kept for the close", "留到收尾"),
	}}
	for _, a := range x.accounts {
		for _, n := range x.negotiations[a.ID] {
			var objectives, flags []string
			for _, o := range n.Objectives {
				objectives = append(objectives, model.NameOf(model.Priorities, o.Priority, l)+word(": ", "：")+o.Text)
			}
			for _, fl := range n.Flags() {
				flags = append(flags, fl.Msg.In(l))
			}
			complete := 0
			for s := range model.Sections {
				if n.Complete(s) {
					complete++
				}
			}
			var balance any
			if s, _ := n.Power.BalanceScore(); s > 0 {
				balance = s
			}
			var year any
			if n.Year != 0 {
				year = n.Year
			}
			// The budget as the worksheet tells it: none set is empty, and
			// what is left goes below zero when the concessions exceed it.
			var budget, left any
			if n.Budget != 0 {
				budget, left = n.Budget, n.Budget-n.ConcessionsTotal()
			}
			negotiations.rows = append(negotiations.rows, []any{a.Name, n.Title, day(n.Meeting), year,
				model.NameOf(model.NegotiationStatuses, n.Status, l), complete, list(objectives), n.BuyerKPIs,
				n.Power.OurBATNA, n.Power.TheirBATNA, balance, list(n.WillNotGive), n.ConcessionsTotal(), budget, left,
				list(n.OpenPoints), list(flags)})
			for _, i := range n.Issues {
				theirs := func(v float64, est string) any {
					if !i.Known(est) {
						return nil
					}
					return v
				}
				var from, to any
				zone := word("not known", "未知")
				if z := i.ZOPA(); z.Known {
					zone = word("none", "无")
					if z.Overlap {
						from, to = z.Low, z.High
						zone = word("yes", "有")
					}
				}
				outcome := ""
				if i.Agreed != nil {
					outcome = model.NameOf(model.Outcomes, i.Judge(), l)
				}
				issues.rows = append(issues.rows, []any{a.Name, n.Title, i.Name, model.NameOf(model.Units, i.Unit, l),
					i.OurOpen, i.OurTarget, i.OurWalk, theirs(i.TheirOpen, model.EstTheirOpen), theirs(i.TheirTarget, model.EstTheirTarget),
					theirs(i.TheirWalk, model.EstTheirWalk), from, to, zone, i.Agreed, outcome})
			}
			costingYear, _ := model.CostingYear(x.terms[a.ID], n)
			for _, c := range n.Concessions {
				var order any
				if c.Order != 0 {
					order = c.Order
				}
				term := ""
				if spec, ok := model.TermSpecOf(c.Term); ok {
					term = spec.Name.In(l)
				}
				concessions.rows = append(concessions.rows, []any{a.Name, n.Title, order, c.What, term, c.StepText(costingYear, l), c.Cost,
					model.NameOf(model.Influences, c.Value, l), c.InReturn, yes(c.ForClose)})
			}
		}
	}

	// Terms are costed as the terms screen costs them: by the workspace's
	// rules, a conditional term at its expected achievement.
	terms := xlsxSheet{name: model.T("Terms", "贸易条款"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlYear, "Year", "年份"), xlCol(xlText, "Proposal", "提案"),
		xlCol(xlText, "Term", "条款"), xlCol(xlText, "Invoice", "票面/票外"), xlCol(xlText, "Basis", "计费方式"),
		xlCol(xlPercent, "Rate", "费率"), xlCol(xlText, "Percent of", "计费基数"), xlCol(xlMoney, "Amount", "金额"), xlCol(xlCount, "Times", "次数"),
		xlCol(xlCount, "Days", "天数"), xlCol(xlCount, "Paid within (days)", "提前付款天数"),
		xlCol(xlMoney, "Costed on", "计费基数金额"), xlCol(xlCount, "Days costed", "计费天数"),
		xlCol(xlPercent, "Expected achievement", "预计达成率"), xlCol(xlMoney, "Cost", "费用"), xlCol(xlPercent, "% of gross sales", "占总销售额"),
		xlCol(xlMoney, "At risk (not counted)", "风险部分（未计入）"), xlCol(xlText, "Condition", "条件"),
	}}
	years := xlsxSheet{name: model.T("Terms by year", "各年条款费用"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlYear, "Year", "年份"), xlCol(xlText, "Proposal", "提案"),
		xlCol(xlMoney, "Gross sales", "总销售额"), xlCol(xlMoney, "Invoiced sales", "开票额"),
		xlCol(xlMoney, "On invoice", "票面费用"), xlCol(xlPercent, "On invoice, %", "票面费用占比"),
		xlCol(xlMoney, "Off invoice", "票外费用"), xlCol(xlPercent, "Off invoice, %", "票外费用占比"),
		xlCol(xlMoney, "Cost of credit", "账期资金成本"), xlCol(xlPercent, "Cost of credit, %", "账期资金成本占比"),
		xlCol(xlMoney, "All terms", "全部条款"), xlCol(xlPercent, "All terms, %", "全部条款占比"),
		xlCol(xlMoney, "Conditional, at risk", "有条件返利风险部分"), xlCol(xlCount, "Standard payment days", "标准账期（天）"),
		xlCol(xlNumber, "Change, basis points", "变化（基点）"), xlCol(xlText, "Spend outgrew sales", "费用增长快于销售"),
	}}
	pct := func(c model.YearCost, m model.Money) any {
		if p, ok := c.Pct(m); ok {
			return p
		}
		return nil
	}
	for _, a := range x.accounts {
		ys := x.terms[a.ID]
		keys, _ := planTermRows(ys, l)
		for _, y := range costYears(ws.Settings, ys) {
			cost := y.cost
			for _, key := range keys {
				t, tc, ok := y.termCost(key)
				if !ok {
					continue
				}
				var rate, of, amount, times, days, within, base, costed, expected, atRisk any
				switch t.Basis {
				case model.PercentOfSales:
					rate, of, base = t.Percent, model.NameOf(model.SalesBases, t.PercentOf, l), tc.Base
				case model.FixedAmount:
					amount, times = t.Amount, max(t.Count, 1)
				case model.PaymentDays:
					days, base, costed = t.Days, tc.Base, tc.Days
				}
				if t.PaidWithin != 0 {
					within = t.PaidWithin
				}
				if t.Conditional {
					expected, atRisk = 100.0, tc.AtRisk()
					if t.Expected > 0 {
						expected = t.Expected
					}
				}
				invoice := word("off invoice", "票外")
				if t.OnInvoice {
					invoice = word("on invoice", "票面")
				}
				terms.rows = append(terms.rows, []any{a.Name, y.Year, yes(y.Proposal), t.Label(l), invoice,
					model.NameOf(model.Bases, t.Basis, l), rate, of, amount, times, days, within, base, costed, expected,
					tc.Expected, pct(cost, tc.Expected), atRisk, t.Condition})
			}
			var bp any
			faster := ""
			switch e := y.evolution; {
			case e.Comparable:
				bp = e.BasisPoints
				faster = yes(e.FasterSpend)
			case e.NewSpend:
				faster = word("new spend", "新增费用")
			}
			years.rows = append(years.rows, []any{a.Name, y.Year, yes(y.Proposal), y.GrossSales, cost.Invoiced,
				cost.OnInvoice, pct(cost, cost.OnInvoice), cost.OffInvoice, pct(cost, cost.OffInvoice),
				cost.Credit, pct(cost, cost.Credit), cost.Total(), pct(cost, cost.Total()), cost.AtRisk, y.rules.StandardDays, bp, faster})
		}
	}

	meetings := xlsxSheet{name: model.T("Meetings", "业务回顾"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlDate, "Date", "日期"), xlCol(xlDate, "Period from", "回顾期间起"), xlCol(xlDate, "Period to", "回顾期间止"),
		xlCol(xlText, "Our attendees", "我方参会人"), xlCol(xlText, "Their attendees", "对方参会人"), xlCol(xlText, "Objectives", "目标"),
		xlCol(xlCount, "Metrics on target", "达标指标数"), xlCol(xlCount, "Metrics judged", "可评判指标数"),
		xlCol(xlText, "Promotions", "促销"), xlCol(xlText, "Listings", "新品上架"), xlCol(xlText, "Delistings", "下架"),
		xlCol(xlText, "Issues", "问题"), xlCol(xlText, "Opportunities", "机会"), xlCol(xlDate, "Next meeting", "下次会议"),
	}}
	scorecards := xlsxSheet{name: model.T("Scorecards", "计分卡"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlDate, "Meeting", "会议日期"), xlCol(xlText, "Metric", "指标"), xlCol(xlText, "Unit", "单位"),
		xlCol(xlText, "Lower is better", "越低越好"), xlCol(xlNumber, "Target", "目标"), xlCol(xlNumber, "Actual", "实际"),
		xlCol(xlNumber, "Last year", "去年同期"), xlCol(xlNumber, "Against target", "对比目标"), xlCol(xlPercent, "Against target, %", "对比目标 %"),
		xlCol(xlText, "Verdict", "结论"), xlCol(xlPercent, "Achieved", "达成率"), xlCol(xlText, "Band", "达标情况"),
		xlCol(xlNumber, "Near target within (pts for a %, else % of target)", "接近目标的容差（百分比指标为百分点，其他为目标的 %）"),
		xlCol(xlNumber, "Against last year", "对比去年"), xlCol(xlPercent, "Against last year, %", "对比去年 %"),
		xlCol(xlCount, "Year to date: reviews", "年初至今：回顾次数"), xlCol(xlNumber, "Year to date: target", "年初至今：目标"),
		xlCol(xlNumber, "Year to date: actual", "年初至今：实际"), xlCol(xlPercent, "Year to date: achieved", "年初至今：达成率"),
		xlCol(xlText, "Year to date: band", "年初至今：达标情况"),
	}}
	actions := xlsxSheet{name: model.T("Actions", "行动"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlDate, "Meeting", "会议日期"), xlCol(xlText, "Action", "行动"), xlCol(xlText, "Owner", "负责人"),
		xlCol(xlText, "Side", "归属"), xlCol(xlDate, "Due", "截止"), xlCol(xlText, "Status", "状态"), xlCol(xlText, "Overdue", "已逾期"),
	}}
	verdicts := map[model.Verdict]model.Text{
		model.Ahead: model.T("ahead", "领先"), model.OnTarget: model.T("on target", "达标"), model.Behind: model.T("behind", "落后"),
	}
	for _, a := range x.accounts {
		for _, m := range x.meetings[a.ID] {
			ok, judged := m.OnTarget()
			var problems []string
			for _, i := range m.Issues {
				s := i.Issue
				if i.Cause != "" {
					s += word(" (cause: ", "（原因：") + i.Cause + word(")", "）")
				}
				problems = append(problems, s)
			}
			meetings.rows = append(meetings.rows, []any{a.Name, m.Date, day(m.From), day(m.To), list(m.OurAttendees), list(m.TheirAttendees),
				m.Objectives, ok, judged, list(m.Promotions), list(m.Listings), list(m.Delistings), list(problems), list(m.Opportunities), day(m.Next)})
			for i, metric := range m.Scorecard {
				vt, vl := metric.ToTarget(), metric.ToLastYear()
				abs := func(v model.Variance) any {
					if v.Verdict == model.NoBasis {
						return nil
					}
					return v.Abs
				}
				rel := func(v model.Variance) any {
					if v.Verdict == model.NoBasis || !v.PctOK {
						return nil
					}
					return v.Pct
				}
				achieved := func(x model.Metric) any {
					if v, ok := x.Achievement(); ok {
						return v
					}
					return nil
				}
				band := func(x model.Metric) string {
					if b := x.Band(); b != model.NoBand {
						return model.NameOf(model.Bands, b, l)
					}
					return ""
				}
				row := []any{a.Name, m.Date, metric.Name.In(l), model.NameOf(model.Units, metric.Unit, l),
					yes(metric.LowerIsBetter), metric.Target, metric.Actual, metric.LastYear, abs(vt), rel(vt), verdicts[vt.Verdict].In(l),
					achieved(metric), band(metric), metric.ToleranceOrDefault(), abs(vl), rel(vl)}
				// The year to date, as the Review tab shows it: when the
				// year holds more reviews than this one.
				if ytd := model.YTD(m, i, x.meetings[a.ID]); ytd.Reviews >= 2 {
					row = append(row, ytd.Reviews, ytd.Target, ytd.Actual, achieved(ytd.Metric), band(ytd.Metric))
				} else {
					row = append(row, nil, nil, nil, nil, nil)
				}
				scorecards.rows = append(scorecards.rows, row)
			}
			for _, ac := range m.Actions {
				actions.rows = append(actions.rows, []any{a.Name, m.Date, ac.What, ac.Owner, model.NameOf(model.Sides, ac.Side, l),
					day(ac.Due), model.NameOf(model.ActionStatuses, ac.Status, l), yes(ac.Overdue(now))})
			}
		}
	}
	return append([]xlsxSheet{accounts, evaluations, checklist, contacts, negotiations, issues, concessions, terms, years, meetings, scorecards, actions},
		slices.Concat(rangeSheets(ws, x.accounts, l, now), planSheets(ws, x.accounts, l, now))...)
}

// scoreOf is an evaluation's score of a criterion, by ID, or nil when its
// set had no such criterion on that axis.
func xlScoreOf(set model.CriteriaSet, e model.Evaluation, axis model.Axis, id string) any {
	i := slices.IndexFunc(set.Criteria(axis), func(c model.Criterion) bool { return c.ID == id })
	if scores := e.Scores(axis); i >= 0 && i < len(scores) {
		return scores[i]
	}
	return nil
}
