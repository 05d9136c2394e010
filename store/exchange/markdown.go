package exchange

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// AccountPlan is the one-page account plan of one account, in CommonMark
// with pipe tables: profile and stages, quadrant and scores with the
// movement since the evaluation before, what is known of the buyer and
// what is stale, contacts and the shape of the relationship, objectives,
// the latest negotiation with its concessions against their budget, the
// terms' cost by the workspace's rules, the last review's scorecard with
// each metric's achievement and band, and the open actions. Every figure
// is the model's own, as the screens show it. An account the workspace
// does not hold gives "".
func AccountPlan(ws model.Workspace, accountID string, lang model.Lang, now time.Time) string {
	x := newExportIndex(onlyAccount(ws, accountID), now)
	x.whole = &ws
	return x.plan(accountID, lang, now)
}

// AccountPlans is the plan of every account not archived, by name, one
// after the other with a rule between them.
func AccountPlans(ws model.Workspace, lang model.Lang, now time.Time) string {
	x := newExportIndex(ws, now)
	var plans []string
	for _, a := range x.accounts {
		plans = append(plans, x.plan(a.ID, lang, now))
	}
	return strings.Join(plans, "\n---\n\n")
}

func (x *exportIndex) plan(accountID string, lang model.Lang, now time.Time) string {
	a, ok := x.byID[accountID]
	if !ok {
		return ""
	}
	p := planWriter{x: x, ws: x.ws, a: a, l: lang, now: now, matrix: x.matrix, checklist: x.checklist}
	p.write()
	return p.b.String()
}

type planWriter struct {
	x         *exportIndex
	ws        model.Workspace
	a         model.Account
	l         model.Lang
	now       time.Time
	matrix    model.Matrix
	checklist []model.ChecklistItem
	b         strings.Builder
}

// w is a piece of the page in the plan's language.
func (p *planWriter) w(en, zh string) string { return model.T(en, zh).In(p.l) }

func (p *planWriter) line(s string)    { p.b.WriteString(s + "\n") }
func (p *planWriter) blank()           { p.b.WriteString("\n") }
func (p *planWriter) heading(s string) { p.blank(); p.line("## " + s); p.blank() }

func (p *planWriter) write() {
	p.line("# " + mdEscape(p.a.Name) + " — " + p.w("account plan", "客户计划"))
	p.blank()
	about := []string{}
	if n := p.ws.Settings.Name; n != "" {
		about = append(about, mdEscape(n))
	}
	about = append(about, fmt.Sprintf(p.w("as of %s", "截至 %s"), p.now.Format(model.DateLayout)))
	if c := p.ws.Settings.Currency; c != "" {
		about = append(about, fmt.Sprintf(p.w("amounts in %s", "金额单位：%s"), mdEscape(c)))
	}
	if p.a.Archived {
		about = append(about, p.w("archived", "已归档"))
	}
	p.line(strings.Join(about, " · "))

	p.profile()
	p.portfolio()
	p.knowledge()
	p.contacts()
	p.objectives()
	p.planPage()
	p.negotiation()
	p.terms()
	p.review()
	p.actions()
}

func (p *planWriter) profile() {
	a := p.a
	p.heading(p.w("Profile", "客户概况"))
	t := newMDTable(p.w("Field", "项目"), p.w("Value", "内容"))
	row := func(label, value string) {
		if value != "" {
			t.add(label, value)
		}
	}
	row(p.w("Channel", "渠道"), model.NameOf(model.Channels, a.Channel, p.l))
	row(p.w("Format", "业态"), a.Format)
	row(p.w("Region", "区域"), a.Region)
	if a.Outlets > 0 {
		row(p.w("Outlets", "门店数"), model.FormatNumber(float64(a.Outlets)))
	}
	row(p.w("Tier", "等级"), model.NameOf(model.Tiers, a.Tier, p.l))
	if a.CategorySales > 0 {
		row(p.w("Category sales, last 12 months", "近 12 个月品类销售额"), model.FormatMoney(a.CategorySales))
	}
	row(p.w("Our sales, last 12 months", "近 12 个月我方销售额"), model.FormatMoney(a.OurSales))
	if share, ok := a.Share(); ok {
		row(p.w("Our share of the category", "我方品类份额"), model.FormatPercent(share))
	}
	if a.Target > 0 {
		row(p.w("Our target this year", "今年我方目标"), model.FormatMoney(a.Target))
	}
	if a.Growth != 0 {
		row(p.w("The account's growth", "客户自身增长"), model.FormatSignedPercent(a.Growth))
	}
	p.b.WriteString(t.String())
	var traits []string
	for _, tr := range a.Traits {
		traits = append(traits, model.NameOf(model.Traits, tr, p.l))
	}
	if len(traits) > 0 {
		p.blank()
		p.line("**" + p.w("Key-account traits", "关键客户特征") + "** — " + mdEscape(strings.Join(traits, p.w(", ", "、"))) + p.w(".", "。"))
	}

	p.blank()
	var done, doing, todo []string
	for i, st := range a.Stages {
		name := model.Stages[i].In(p.l)
		switch st {
		case model.Done:
			done = append(done, name)
		case model.InProgress:
			doing = append(doing, name)
		default:
			todo = append(todo, name)
		}
	}
	sep := p.w(", ", "、")
	if r := a.StageReached(); r > 0 {
		p.line(fmt.Sprintf(p.w("**Stages** — reached stage %d of 8, %s.", "**阶段** — 已到第 %d 阶段（共 8 个）：%s。"), r, model.Stages[r-1].In(p.l)))
	} else {
		p.line(p.w("**Stages** — none started yet.", "**阶段** — 尚未开始。"))
	}
	p.blank()
	for _, g := range []struct {
		label string
		names []string
	}{{p.w("Done", "完成"), done}, {p.w("In progress", "进行中"), doing}, {p.w("Not started", "未开始"), todo}} {
		if len(g.names) > 0 {
			p.line("- " + g.label + p.w(": ", "：") + mdEscape(strings.Join(g.names, sep)))
		}
	}
	if n := strings.TrimSpace(a.Notes); n != "" {
		p.blank()
		p.line("**" + p.w("Notes", "备注") + "** — " + mdEscape(strings.Join(strings.Fields(n), " ")))
	}
}

func (p *planWriter) portfolio() {
	p.heading(p.w("Portfolio matrix", "客户组合矩阵"))
	evals := p.x.evaluations[p.a.ID]
	if len(evals) == 0 {
		p.line(p.w("Not evaluated yet.", "尚未评估。"))
		return
	}
	latest := evals[0]
	q := model.Quadrants[latest.Quadrant(p.matrix)]
	p.line(fmt.Sprintf(p.w("**%s** — %s.", "**%s** — %s。"), q.Name.In(p.l), q.Strategy.In(p.l)))
	p.blank()
	la, ls := latest.Position(p.matrix)
	score := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	if len(evals) == 1 {
		t := newMDTable("", latest.Date.Format(model.DateLayout)).alignRight(1)
		t.add(model.Axes[model.Attractiveness].Name.In(p.l), score(la))
		t.add(model.Axes[model.Strength].Name.In(p.l), score(ls))
		p.b.WriteString(t.String())
		p.blank()
		p.line(p.w("First evaluation: no movement to show yet.", "首次评估：尚无变化可比。"))
	} else {
		prev := evals[1]
		pa, ps := prev.Position(p.matrix)
		pq := model.Quadrants[prev.Quadrant(p.matrix)]
		t := newMDTable("", latest.Date.Format(model.DateLayout), prev.Date.Format(model.DateLayout), p.w("Change", "变化")).alignRight(1, 2, 3)
		t.add(model.Axes[model.Attractiveness].Name.In(p.l), score(la), score(pa), fmt.Sprintf("%+.2f", la-pa))
		t.add(model.Axes[model.Strength].Name.In(p.l), score(ls), score(ps), fmt.Sprintf("%+.2f", ls-ps))
		move := p.w("same", "不变")
		if pq != q {
			move = fmt.Sprintf(p.w("moved from %s", "由%s移入"), pq.Name.In(p.l))
		}
		t.add(p.w("Quadrant", "象限"), q.Name.In(p.l), pq.Name.In(p.l), move)
		p.b.WriteString(t.String())
	}
	if model.CriteriaChanged(latest, p.matrix) {
		p.blank()
		p.line(p.w("The criteria have changed since the latest evaluation: it keeps the names and weights it was scored with.",
			"最近一次评估之后标准已有变动：该评估保留评分时的名称和权重。"))
	}
}

func (p *planWriter) knowledge() {
	p.heading(p.w("What we know of the buyer", "对采购的了解"))
	answers := p.x.answers[p.a.ID]
	known, stale, unknown := 0, 0, 0
	t := newMDTable(p.w("Item", "事项"), p.w("Status", "状态"), p.w("Answer", "答案"), p.w("Verified", "核实日期"))
	for _, it := range p.checklist {
		k := answers[it.ID]
		status := model.NameOf(model.KnowledgeStatuses, k.Status, p.l)
		switch {
		case k.Status == model.Unknown:
			unknown++
		case k.Stale(p.now):
			stale++
			status += p.w(", stale", "，已过时")
		default:
			known++
		}
		verified := ""
		if !k.Verified.IsZero() {
			verified = k.Verified.Format(model.DateLayout)
		}
		t.add(it.Name.In(p.l), status, planFirstLine(k.Answer, 90), verified)
	}
	p.line(fmt.Sprintf(p.w("Known: **%s** of the checklist — %d up to date, %d stale (verified more than 90 days ago), %d unknown.",
		"了解程度：**%s** — %d 项为最新，%d 项已过时（超过 90 天未核实），%d 项未知。"),
		model.FormatPercent(model.KnowledgeScore(p.checklist, answers, p.now)), known, stale, unknown))
	p.blank()
	p.b.WriteString(t.String())
}

// firstLine is the first line of a text, cut to about n characters.
func planFirstLine(s string, n int) string {
	s, _, more := strings.Cut(strings.TrimSpace(s), "\n")
	r := []rune(strings.TrimSpace(s))
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	if more {
		return string(r) + " …"
	}
	return string(r)
}

func (p *planWriter) contacts() {
	p.heading(p.w("Contacts and relationship", "联系人与关系"))
	var active []model.Contact
	for _, c := range p.x.contacts[p.a.ID] {
		if !c.Archived {
			active = append(active, c)
		}
	}
	if len(active) == 0 {
		p.line(p.w("No contacts yet.", "尚无联系人。"))
		return
	}
	shape, ours, theirs := model.RelationshipOf(active, p.ws.People)
	sname := model.NameOf(model.Relationships, shape, p.l)
	if shape == model.NoLinks {
		p.line(fmt.Sprintf(p.w("Relationship: **%s** — no contact has a counterpart of ours.", "关系形态：**%s** — 尚无联系人有我方对口人。"), sname))
	} else {
		p.line(fmt.Sprintf(p.w("Relationship: **%s** — %d of our functions linked to %d of theirs.", "关系形态：**%s** — 我方 %d 个职能与对方 %d 个职能相联系。"), sname, ours, theirs))
	}
	p.blank()
	t := newMDTable(p.w("Name", "姓名"), p.w("Title", "职位"), p.w("Function", "职能"), p.w("Role", "角色"),
		p.w("Stance", "态度"), p.w("Influence", "影响力"), p.w("Reports to", "汇报对象"), p.w("Our counterpart", "我方对口人"), p.w("Last contact", "最近联系"))
	for _, c := range active {
		last := ""
		if !c.LastContact.IsZero() {
			last = c.LastContact.Format(model.DateLayout)
		}
		t.add(c.Name, c.Title, model.NameOf(model.Functions, c.Function, p.l), model.NameOf(model.Roles, c.Role, p.l),
			model.NameOf(model.Stances, c.Stance, p.l), model.NameOf(model.Influences, c.Influence, p.l),
			p.x.contactName[c.ReportsTo], p.x.people[c.Counterpart].Name, last)
	}
	p.b.WriteString(t.String())
	if ws := model.CoverageWarnings(active, p.now); len(ws) > 0 {
		p.blank()
		for _, w := range ws {
			p.line("- " + mdEscapeLine(w.Msg.In(p.l)))
		}
	}
}

func (p *planWriter) objectives() {
	p.heading(p.w("Objectives", "目标"))
	var lines []string
	for l := range strings.SplitSeq(p.a.Objectives, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		p.line(p.w("None written yet.", "尚未填写。"))
		return
	}
	for _, l := range lines {
		p.line("- " + mdEscapeLine(l))
	}
}

func (p *planWriter) negotiation() {
	p.heading(p.w("Negotiation", "谈判"))
	list := p.x.negotiations[p.a.ID]
	if len(list) == 0 {
		p.line(p.w("No negotiation prepared yet.", "尚未准备谈判。"))
		return
	}
	n := list[0]
	head := "**" + mdEscape(n.Title) + "**"
	if !n.Meeting.IsZero() {
		head += " · " + fmt.Sprintf(p.w("meeting %s", "会谈 %s"), n.Meeting.Format(model.DateLayout))
	}
	if n.Year != 0 {
		head += " · " + fmt.Sprintf(p.w("terms of %d", "%d 年条款"), n.Year)
	}
	head += " · " + model.NameOf(model.NegotiationStatuses, n.Status, p.l)
	p.line(head)
	if len(list) > 1 {
		p.blank()
		p.line(fmt.Sprintf(p.w("The latest of %d negotiations.", "共 %d 次谈判中的最近一次。"), len(list)))
	}
	if len(n.Objectives) > 0 {
		p.blank()
		for _, o := range n.Objectives {
			p.line("- " + model.NameOf(model.Priorities, o.Priority, p.l) + p.w(": ", "：") + mdEscape(strings.TrimSpace(o.Text)))
		}
	}
	if len(n.Issues) > 0 {
		p.blank()
		t := newMDTable(p.w("Issue", "议题"), p.w("Ours: open / target / walk-away", "我方：开价 / 目标 / 底线"),
			p.w("Theirs (estimated)", "对方（估计）"), p.w("Zone of agreement", "达成区间"), p.w("Agreed", "达成"))
		for _, i := range n.Issues {
			unit := model.NameOf(model.Units, i.Unit, p.l)
			est := func(v float64, key string) string {
				if !i.Known(key) {
					return "?"
				}
				return model.FormatNumber(v)
			}
			zone := p.w("not known", "未知")
			if z := i.ZOPA(); z.Known {
				switch {
				case !z.Overlap:
					zone = p.w("none", "无")
				case z.Touching:
					zone = model.FormatNumber(z.Low)
				default:
					zone = model.FormatNumber(z.Low) + " – " + model.FormatNumber(z.High)
				}
			}
			agreed := ""
			if i.Agreed != nil {
				agreed = model.FormatNumber(*i.Agreed) + p.w(" (", "（") + model.NameOf(model.Outcomes, i.Judge(), p.l) + p.w(")", "）")
			}
			t.add(i.Name+p.w(" (", "（")+unit+p.w(")", "）"),
				model.FormatNumber(i.OurOpen)+" / "+model.FormatNumber(i.OurTarget)+" / "+model.FormatNumber(i.OurWalk),
				est(i.TheirOpen, model.EstTheirOpen)+" / "+est(i.TheirTarget, model.EstTheirTarget)+" / "+est(i.TheirWalk, model.EstTheirWalk),
				zone, agreed)
		}
		p.b.WriteString(t.String())
	}
	p.concessions(n)
	var facts []string
	if s, complete := n.Power.BalanceScore(); s > 0 {
		f := fmt.Sprintf(p.w("balance of power %.1f of 5, %s", "力量对比 %.1f / 5，%s"), s, model.BalanceWord(s).In(p.l))
		if !complete {
			f += p.w(" (not every factor scored)", "（尚未对所有因素评分）")
		}
		facts = append(facts, f)
	}
	ready := 0
	for s := range model.Sections {
		if n.Complete(s) {
			ready++
		}
	}
	facts = append(facts, fmt.Sprintf(p.w("%d of 7 sections complete", "7 个部分中完成 %d 个"), ready))
	p.blank()
	p.line(planUpperFirst(strings.Join(facts, p.w("; ", "；"))) + p.w(".", "。"))
	if flags := n.Flags(); len(flags) > 0 {
		p.blank()
		for _, f := range flags {
			p.line("- " + mdEscapeLine(f.Msg.In(p.l)))
		}
	}
}

// concessions are what we may give, as the negotiation worksheet lists
// them: a concession on a trading term with its step, what each costs us,
// and their total against the budget.
func (p *planWriter) concessions(n model.Negotiation) {
	if len(n.Concessions) == 0 {
		return
	}
	year, _ := model.CostingYear(p.x.terms[p.a.ID], n)
	p.blank()
	t := newMDTable("#", p.w("Concession", "让步"), p.w("Term and step", "条款与幅度"), p.w("Cost to us", "我方成本"),
		p.w("Value to them", "对对方的价值"), p.w("In return", "要求的回报")).alignRight(0, 3)
	for _, c := range n.Concessions {
		order := ""
		if c.Order != 0 {
			order = strconv.Itoa(c.Order)
		}
		what := c.What
		if c.ForClose {
			what += p.w(" (kept for the close)", "（留到收尾）")
		}
		step := p.w("none: cost typed", "无：成本手工填写")
		if spec, ok := model.TermSpecOf(c.Term); ok {
			step = spec.Name.In(p.l) + " " + c.StepText(year, p.l)
		}
		t.add(order, what, step, model.FormatMoney(c.Cost), model.NameOf(model.Influences, c.Value, p.l), c.InReturn)
	}
	p.b.WriteString(t.String())
	p.blank()
	total := n.ConcessionsTotal()
	line := fmt.Sprintf(p.w("The concessions cost %s in all", "让步合计 %s"), model.FormatMoney(total))
	switch {
	case n.Budget == 0:
		line += p.w("; no budget set", "；未设预算")
	case total > n.Budget:
		line += fmt.Sprintf(p.w(", over the budget of %s by %s", "，超出预算 %s 共 %s"), model.FormatMoney(n.Budget), model.FormatMoney(total-n.Budget))
	default:
		line += fmt.Sprintf(p.w(", within the budget of %s, %s left", "，在预算 %s 之内，尚余 %s"), model.FormatMoney(n.Budget), model.FormatMoney(n.Budget-total))
	}
	p.line(line + p.w(".", "。"))
}

func planUpperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// termRows are the terms of some years in the order the PREPARE tab lists
// them: the catalog's first, then our own, each once.
func planTermRows(years []model.TermsYear, l model.Lang) (keys, labels []string) {
	for _, t := range model.TermRows(years) {
		keys = append(keys, t.Key())
		labels = append(labels, t.Label(l))
	}
	return keys, labels
}

// yearName names a column of terms: "2026", or "2027 proposal".
func planYearName(y model.TermsYear, l model.Lang) string {
	if y.Proposal {
		return fmt.Sprintf(model.T("%d proposal", "%d 提案").In(l), y.Year)
	}
	return strconv.Itoa(y.Year)
}

// maxPlanYears is how many years of terms the one-page plan shows: the
// latest.
const maxPlanYears = 3

// terms is the cost table of the latest years as the terms screen shows
// it: each term at what the year counts, on and off invoice, the cost of
// credit, all terms, what conditional terms leave at risk, and the change
// on the year before (the first column's too, on a year not shown).
func (p *planWriter) terms() {
	p.heading(p.w("Trading terms", "贸易条款"))
	all := costYears(p.ws.Settings, p.x.terms[p.a.ID])
	if len(all) == 0 {
		p.line(p.w("No terms recorded yet.", "尚未记录条款。"))
		return
	}
	years := all[max(len(all)-maxPlanYears, 0):]
	header := []string{p.w("Cost (% of gross sales)", "费用（占总销售额 %）")}
	plain := make([]model.TermsYear, len(years))
	for i, y := range years {
		header = append(header, planYearName(y.TermsYear, p.l))
		plain[i] = y.TermsYear
	}
	t := newMDTable(header...)
	for i := range years {
		t.alignRight(i + 1)
	}
	money := func(v model.Money) string { return model.FormatCompact(v, p.l) }
	withPct := func(c model.YearCost, v model.Money) string {
		if pct, ok := c.Pct(v); ok {
			return money(v) + p.w(" (", "（") + model.FormatRate(pct) + p.w(")", "）")
		}
		return money(v)
	}
	row := []string{p.w("Gross sales", "总销售额")}
	for _, y := range years {
		row = append(row, money(y.GrossSales))
	}
	t.add(row...)
	keys, labels := planTermRows(plain, p.l)
	for k, key := range keys {
		row := []string{labels[k]}
		for _, y := range years {
			if _, tc, ok := y.termCost(key); ok {
				row = append(row, withPct(y.cost, tc.Expected))
			} else {
				row = append(row, "-")
			}
		}
		t.add(row...)
	}
	atRisk := false
	for _, y := range years {
		atRisk = atRisk || y.cost.AtRisk != 0
	}
	totals := []struct {
		label string
		of    func(model.YearCost) model.Money
	}{
		{p.w("On invoice", "票面费用"), func(c model.YearCost) model.Money { return c.OnInvoice }},
		{p.w("Off invoice", "票外费用"), func(c model.YearCost) model.Money { return c.OffInvoice }},
		{p.w("Cost of credit", "账期资金成本"), func(c model.YearCost) model.Money { return c.Credit }},
		{p.w("All terms", "全部条款"), model.YearCost.Total},
	}
	for _, total := range totals {
		row := []string{"**" + mdEscape(total.label) + "**"}
		for _, y := range years {
			row = append(row, "**"+mdEscape(withPct(y.cost, total.of(y.cost)))+"**")
		}
		t.addRaw(row...)
	}
	if atRisk {
		row := []string{p.w("Conditional, at risk (not counted)", "有条件返利·未计入的风险部分")}
		for _, y := range years {
			row = append(row, withPct(y.cost, y.cost.AtRisk))
		}
		t.add(row...)
	}
	row = []string{p.w("Change, basis points", "变化（基点）")}
	faster := []string{}
	compared := false
	for _, y := range years {
		e := y.evolution
		switch {
		case !y.hasPrev:
			row = append(row, "")
			continue
		case e.NewSpend:
			row = append(row, p.w("new spend", "新增费用"))
		case !e.Comparable:
			row = append(row, p.w("not comparable", "无法比较"))
		default:
			row = append(row, fmt.Sprintf("%+.0f bp", e.BasisPoints))
		}
		compared = true
		if e.FasterSpend {
			faster = append(faster, fmt.Sprintf(p.w("%s: spend %s against sales %s", "%s：费用 %s，销售额 %s"),
				planYearName(y.TermsYear, p.l), model.FormatGrowth(e.SpendGrowth), model.FormatGrowth(e.SalesGrowth)))
		}
	}
	if compared {
		t.add(row...)
	}
	p.b.WriteString(t.String())
	p.blank()
	p.line(costingRules(p.ws.Settings, p.l))
	if atRisk {
		p.line(p.w("Conditional terms count at their expected achievement; the rest is at risk and not counted.",
			"有条件的条款按预计达成率计入；其余为风险部分，不计入。"))
	}
	if len(faster) > 0 {
		p.blank()
		p.line(p.w("**Trade spend outgrew sales** — ", "**费用增长快于销售** — ") + strings.Join(faster, p.w("; ", "；")) + p.w(".", "。"))
	}
}

// figure writes a scorecard value as the Review tab does.
func planFigure(v *float64) string {
	if v == nil {
		return "-"
	}
	return model.FormatNumber(*v)
}

// variance says in words how an actual compares with a basis.
func (p *planWriter) variance(x model.Metric, v model.Variance) string {
	switch v.Verdict {
	case model.NoBasis:
		return "-"
	case model.OnTarget:
		return p.w("level", "持平")
	}
	var amount string
	switch {
	case x.Unit == "percent":
		amount = fmt.Sprintf(p.w("%+.1f pts", "%+.1f 个百分点"), v.Abs)
	case v.PctOK:
		amount = model.FormatSignedPercent(v.Pct)
	default:
		amount = fmt.Sprintf("%+g", v.Abs)
	}
	if v.Verdict == model.Ahead {
		return fmt.Sprintf(p.w("%s, ahead", "%s，领先"), amount)
	}
	return fmt.Sprintf(p.w("%s, behind", "%s，落后"), amount)
}

// review is the last business review as the Review tab shows it: each
// metric's variances, its achievement rate (达成率) and its band against
// the target and the metric's tolerance, and the year to date when the
// year holds more reviews than this one.
func (p *planWriter) review() {
	p.heading(p.w("Last business review", "最近一次业务回顾"))
	list := p.x.meetings[p.a.ID]
	if len(list) == 0 {
		p.line(p.w("No business review yet.", "尚无业务回顾。"))
		return
	}
	m := list[0]
	head := fmt.Sprintf(p.w("Held %s", "召开于 %s"), m.Date.Format(model.DateLayout))
	if !m.From.IsZero() && !m.To.IsZero() {
		head += fmt.Sprintf(p.w(", reviewing %s to %s", "，回顾 %s 至 %s"), m.From.Format(model.DateLayout), m.To.Format(model.DateLayout))
	}
	if ok, judged := m.OnTarget(); judged > 0 {
		head += fmt.Sprintf(p.w(": %d of %d metrics at or ahead of target", "：%d / %d 项指标达到或超过目标"), ok, judged)
		near := 0
		for _, x := range m.Scorecard {
			if x.Band() == model.NearBand {
				near++
			}
		}
		if near > 0 {
			head += fmt.Sprintf(p.w(", %d near it", "，%d 项接近目标"), near)
		}
	}
	p.line(head + p.w(".", "。"))
	if len(m.Scorecard) == 0 {
		return
	}
	p.blank()
	t := newMDTable(p.w("Metric", "指标"), p.w("Unit", "单位"), p.w("Target", "目标"), p.w("Actual", "实际"),
		p.w("Achieved", "达成率"), p.w("Band", "达标情况"), p.w("Against target", "对比目标"),
		p.w("Last year", "去年同期"), p.w("Against last year", "对比去年")).alignRight(2, 3, 4, 7)
	var ytd []model.YearToDate
	for i, x := range m.Scorecard {
		t.add(x.Name.In(p.l), model.NameOf(model.Units, x.Unit, p.l), planFigure(x.Target), planFigure(x.Actual),
			planAchieved(x), p.band(x), p.variance(x, x.ToTarget()), planFigure(x.LastYear), p.variance(x, x.ToLastYear()))
		if y := model.YTD(m, i, list); y.Reviews >= 2 {
			ytd = append(ytd, y)
		}
	}
	p.b.WriteString(t.String())
	if len(ytd) > 0 {
		p.blank()
		p.line(fmt.Sprintf(p.w("**Year to date** — the reviews of %d up to this one, amounts and units summed, the rest averaged:",
			"**年初至今** — %d 年截至本次的回顾，金额和件数合计，其余取平均："), m.To.Year()))
		p.blank()
		t := newMDTable(p.w("Metric", "指标"), p.w("Reviews", "回顾次数"), p.w("Target", "目标"), p.w("Actual", "实际"),
			p.w("Achieved", "达成率"), p.w("Band", "达标情况")).alignRight(1, 2, 3, 4)
		for _, y := range ytd {
			t.add(y.Name.In(p.l), strconv.Itoa(y.Reviews), p.ytdFigure(y.Metric, y.Target), p.ytdFigure(y.Metric, y.Actual), planAchieved(y.Metric), p.band(y.Metric))
		}
		p.b.WriteString(t.String())
	}
	if !m.Next.IsZero() {
		p.blank()
		p.line(fmt.Sprintf(p.w("Next review: %s.", "下次回顾：%s。"), m.Next.Format(model.DateLayout)))
	}
}

// planAchieved is a metric's achievement rate, or "-" without one.
func planAchieved(x model.Metric) string {
	if v, ok := x.Achievement(); ok {
		return model.FormatPercent(v)
	}
	return "-"
}

// band names where a metric stands against its target and tolerance.
func (p *planWriter) band(x model.Metric) string {
	if b := x.Band(); b != model.NoBand {
		return model.NameOf(model.Bands, b, p.l)
	}
	return "-"
}

// ytdFigure writes a year-to-date figure as the Review tab does: an
// amount short, a rate as a percentage, anything else to one decimal.
func (p *planWriter) ytdFigure(x model.Metric, v *float64) string {
	switch {
	case v == nil:
		return "-"
	case x.Unit == "amount":
		return model.FormatCompact(model.Money(math.Round(*v*100)), p.l)
	case x.Unit == "percent":
		return model.FormatPercent(*v)
	}
	return model.FormatNumber(math.Round(*v*10) / 10)
}

func (p *planWriter) actions() {
	p.heading(p.w("Open actions", "未完成的行动"))
	list := p.x.openActions(p.a.ID, p.now)
	if len(list) == 0 {
		p.line(p.w("None open.", "没有未完成的行动。"))
		return
	}
	overdue := 0
	t := newMDTable(p.w("Action", "行动"), p.w("Owner", "负责人"), p.w("Side", "归属"), p.w("Due", "截止"), p.w("Agreed at", "商定于"))
	for _, a := range list {
		due := ""
		if !a.Due.IsZero() {
			due = a.Due.Format(model.DateLayout)
		}
		if a.Overdue(p.now) {
			overdue++
			due += p.w(" (overdue)", "（已逾期）")
		}
		t.add(a.What, a.Owner, model.NameOf(model.Sides, a.Side, p.l), due, a.meeting.Format(model.DateLayout))
	}
	if overdue > 0 {
		p.line(fmt.Sprintf(p.w("%d open, %d overdue.", "%d 项未完成，其中 %d 项已逾期。"), len(list), overdue))
	} else {
		p.line(fmt.Sprintf(p.w("%d open, none overdue.", "%d 项未完成，没有逾期。"), len(list)))
	}
	p.blank()
	p.b.WriteString(t.String())
}
