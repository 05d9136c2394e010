package exchange

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
)

// section is the part of a page from a heading to the next heading of its
// level or higher; "" when the page has no such heading.
func section(page, heading string) string {
	i := strings.Index(page, "\n"+heading+"\n")
	if i < 0 {
		return ""
	}
	rest := page[i+1+len(heading):]
	level := strings.Repeat("#", strings.IndexByte(heading, ' '))
	for _, stop := range []string{"\n# ", "\n## ", "\n### "} {
		if len(stop)-2 > len(level) {
			continue
		}
		if j := strings.Index(rest, stop); j >= 0 {
			rest = rest[:j]
		}
	}
	return rest
}

// mdRow finds the table row whose first cell is first, its cells trimmed.
func mdRow(md, first string) []string {
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if len(cells) > 0 && cells[0] == first {
			return cells
		}
	}
	return nil
}

// The page of MegaMart's plan of 2026: every section in the order the
// course presents them, each figure the model's.
func TestThePlanPageShowsTheYearsPlan(t *testing.T) {
	ws := planWS()
	for _, l := range model.Langs {
		w := func(en, zh string) string { return model.T(en, zh).In(l) }
		page := AccountPlan(ws, "a1", l, today)
		mdCheckTables(t, page)
		plan := section(page, w("## Plan for 2026", "## 2026 年客户计划"))
		if plan == "" {
			t.Fatalf("%s: no plan for 2026:\n%s", l, page)
		}
		last := -1
		for _, h := range []string{w("### Objectives (SMART)", "### 目标（SMART）"), w("### Strategy and programmes", "### 策略与项目"),
			"### SWOT", w("### Annual plan by quarter", "### 年度计划（按季度）"), w("### Promotion calendar", "### 促销日历"),
			w("### Account P&L", "### 客户损益")} {
			i := strings.Index(plan, "\n"+h+"\n")
			if i <= last {
				t.Errorf("%s: %s is missing or out of order", l, h)
			}
			last = i
		}
		if !strings.Contains(plan, w("**Strategic** — the posture is to invest in partnership.", "**战略客户** — 策略：投入建立合作伙伴关系。")) ||
			strings.Contains(plan, w("Against the posture", "与策略不符")) {
			t.Errorf("%s: the posture:\n%s", l, plan)
		}

		// Objectives: this year's only, with their progress from the review.
		objectives := section(plan, w("### Objectives (SMART)", "### 目标（SMART）"))
		pr, ok := model.ProgressOf(ws.Objectives[0], ws.Meetings)
		if row := mdRow(objectives, "1"); !ok || len(row) != 9 || row[1] != "Grow sell-in to 1.2 million" ||
			row[3] != model.FormatCompact(1_000_000_00, l) || row[7] != model.FormatCompact(330_000_00, l) || row[8] != model.FormatPercent(math.Round(pr.Pct)) || row[8] != "28%" {
			t.Errorf("%s: objective 1: %q (progress %+v)", l, row, pr)
		}
		if row := mdRow(objectives, "2"); len(row) != 9 || row[3] != "12%" || row[4] != "14%" || row[8] != "25%" {
			t.Errorf("%s: objective 2: %q", l, row)
		}
		if strings.Contains(objectives, "Keep the milk listed") || mdRow(objectives, "3") != nil {
			t.Errorf("%s: last year's objective is on this year's page", l)
		}
		if !strings.Contains(objectives, w("- Objective 2 is not yet SMART: it lacks an owner, a date.", "- 第 2 项目标尚不符合 SMART：缺少负责人、完成日期。")) {
			t.Errorf("%s: what objective 2 lacks:\n%s", l, objectives)
		}

		strategy := section(plan, w("### Strategy and programmes", "### 策略与项目"))
		for _, want := range []string{"List the yoghurt in Express", "Li Na", "2026-07-01", "20,000", w("no programme yet", "尚无项目"),
			w("The programmes cost 35,000 in all.", "项目费用合计 35,000。")} {
			if !strings.Contains(strategy, want) {
				t.Errorf("%s: the strategy lacks %q:\n%s", l, want, strategy)
			}
		}
		if !strings.Contains(plan, w("Against its posture the plan spends 46,111.43 (promotions 11,111.43, programmes 35,000), 3.8% of the planned sell-in of 1,200,000.",
			"按客户策略衡量，计划投入 46,111.43（促销 11,111.43，项目 35,000），占计划进货额 1,200,000 的 3.8%。")) {
			t.Errorf("%s: the planned spend:\n%s", l, plan)
		}

		swot := section(plan, "### SWOT")
		if row := mdRow(swot, "Strong milk brand"); len(row) != 2 || row[1] != "" {
			t.Errorf("%s: SWOT: %q", l, row)
		}
		if row := mdRow(swot, ""); len(row) != 2 || row[1] != "Buyer wants fewer SKUs" {
			t.Errorf("%s: SWOT threats: %q\n%s", l, row, swot)
		}

		// The quarters: Q1 has the price cut and the display.
		quarters := section(plan, w("### Annual plan by quarter", "### 年度计划（按季度）"))
		q1 := model.PromotionPlan(2026, ws.Promotions[:3], ws.Products, ws.Plans[0])[0]
		roi, _ := q1.ROI()
		if row := mdRow(quarters, w("Promotion ROI", "促销投入产出比")); len(row) != 6 || row[1] != model.FormatSignedPercent(math.Round(roi)) || row[1] != "-11%" || row[5] != "-" {
			t.Errorf("%s: ROI by quarter %q, want %v in Q1 and none for the year (the cheese has no list price)", l, row, roi)
		}
		if row := mdRow(quarters, w("Investment", "总投入")); len(row) != 6 || row[1] != w("33.5K", "3.35万") || row[2] != w("21K", "2.1万") || row[5] != w("143K", "14.3万") {
			t.Errorf("%s: investment %q", l, row)
		}
		if row := mdRow(quarters, w("Growth", "增长")); len(row) != 6 || row[5] != w("+200K (+20%)", "+20万（+20%）") {
			t.Errorf("%s: growth %q", l, row)
		}
		if row := mdRow(quarters, w("Value share, plan", "市场份额（计划）")); len(row) != 6 || row[4] != "14%" || row[5] != "13.5%" {
			t.Errorf("%s: share %q", l, row)
		}
		// The key dates: the plan's beside the year's own (618, the range
		// review and the day new items are due from the Range tab's
		// profile, the yoghurt's launch), by day.
		for _, want := range []string{"- 2026-02-17 · Chinese New Year 春节" + w(" (festival)", "（节日）"), "- 2026-06-18 · 618" + w(" (", "（"),
			"- 2026-07-15 · New items due", "- 2026-05-01 · YG-150", "- 2026-03-10 · Annual terms meeting" + w(" (buyer's calendar)", "（采购日程）"),
			"- 2026-10-08 · MegaMart anniversary"} {
			if !strings.Contains(quarters, want) {
				t.Errorf("%s: no key date %q:\n%s", l, want, quarters)
			}
		}
		if strings.Index(quarters, "2026-03-10") > strings.Index(quarters, "2026-05-01") || strings.Index(quarters, "2026-10-08") > strings.Index(quarters, "2026-11-11") {
			t.Errorf("%s: key dates, by day:\n%s", l, quarters)
		}

		// The calendar: the price cut that ran and lost money is marked,
		// with its clash and its late booking; the display is not.
		calendar := section(plan, w("### Promotion calendar", "### 促销日历"))
		cut, display := mdRow(calendar, "Spring price cut"), mdRow(calendar, "Milk display")
		if len(cut) != 9 || !strings.Contains(cut[8], "**"+w("loses money", "亏损")+"**") || !strings.Contains(cut[8], w("clashes with Milk display", "与Milk display冲突")) ||
			!strings.Contains(cut[8], w("booked inside the lead time", "预订晚于提前期")) || !strings.HasPrefix(cut[8], w("actual", "实际")) || cut[4] != "9,000" {
			t.Errorf("%s: the price cut: %q", l, cut)
		}
		margin, mok := model.UnitMargin(ws.Promotions[1], ws.Products)
		droi, _ := ws.Promotions[1].Forecast(margin, mok).ROI()
		if len(display) != 9 || strings.Contains(display[8], w("loses money", "亏损")) || display[7] != model.FormatSignedPercent(droi) || display[7] != "+96%" {
			t.Errorf("%s: the display: %q", l, display)
		}
		if row := mdRow(calendar, "Cheese gift"); len(row) != 9 || row[7] != "-" || row[6] != "-" {
			t.Errorf("%s: the gift of a product without a list price: %q", l, row)
		}
		if strings.Contains(calendar, "Yoghurt sampling") {
			t.Errorf("%s: FreshWay's promotion is on MegaMart's page", l)
		}

		// The P&L: each column by model.AccountPnL.
		pnl := section(plan, w("### Account P&L", "### 客户损益"))
		in := model.PnLInputs{Plan: ws.Plans[0], Terms: ws.Terms, Settings: ws.Settings, Promotions: ws.Promotions[:3], Products: ws.Products}
		row := mdRow(pnl, "**"+w("Account contribution", "客户贡献")+"**")
		for c := range model.PnLColumns {
			p := model.AccountPnL(in, c)
			pct, _ := p.Pct(p.Contribution)
			if len(row) != 7 || row[1+2*c] != "**"+model.FormatCompact(p.Contribution, l)+"**" || row[2+2*c] != "**"+model.FormatPercent(pct)+"**" {
				t.Errorf("%s: contribution, column %d: %q, want %s (%s)", l, c, row, model.FormatCompact(p.Contribution, l), model.FormatPercent(pct))
			}
		}
		if !strings.Contains(pnl, w("27.4% of gross sales: 10 of 10", "占毛销售额 27.4%：在矩阵的“净盈利能力”标准上为 10 分")) {
			t.Errorf("%s: the profitability score:\n%s", l, pnl)
		}
	}
}

// Only the sections with something in them: FreshWay has promotions and
// nothing else; an account with no plan and no evaluation has no plan
// section at all.
func TestThePlanPageHasOnlyItsSectionsWithContent(t *testing.T) {
	ws := planWS()
	for _, l := range model.Langs {
		w := func(en, zh string) string { return model.T(en, zh).In(l) }
		plan := section(AccountPlan(ws, "a2", l, today), w("## Plan for 2026", "## 2026 年客户计划"))
		for _, h := range []string{w("### Annual plan by quarter", "### 年度计划（按季度）"), w("### Promotion calendar", "### 促销日历")} {
			if !strings.Contains(plan, h) {
				t.Errorf("%s: FreshWay's plan has no %s", l, h)
			}
		}
		for _, h := range []string{w("### Objectives", "### 目标"), w("### Strategy", "### 策略"), "### SWOT", w("### Account P&L", "### 客户损益"),
			w("Sell-in, plan", "进货额（计划）"), w("Programmes", "项目费用"), w("Other activity", "其他活动")} {
			if strings.Contains(plan, h) {
				t.Errorf("%s: FreshWay's plan has %s:\n%s", l, h, plan)
			}
		}
		if !strings.Contains(plan, w("1 promotion in the year, spend 1,000, ROI -60%; 1 loses money.", "全年 1 场促销，费用 1,000，投入产出比 -60%；其中 1 场亏损。")) {
			t.Errorf("%s: the calendar's summary:\n%s", l, plan)
		}
	}
	bare := model.Workspace{Accounts: []model.Account{{ID: "a1", Name: "Bare", Channel: model.Supermarket}}}
	if page := AccountPlan(bare, "a1", model.English, today); strings.Contains(page, "Plan for") {
		t.Errorf("a plan section with nothing in it:\n%s", page)
	}
	// Last year's plan is not this year's.
	old := planWS()
	for i := range old.Plans {
		old.Plans[i].Year = 2025
	}
	old.Objectives, old.Promotions = old.Objectives[2:], nil
	old.Evaluations = nil
	if page := AccountPlan(old, "a1", model.English, today); strings.Contains(page, "Plan for") {
		t.Errorf("the page shows last year's plan as this year's:\n%s", section(page, "## Plan for 2026"))
	}
}

// The page warns where the plan spends against its posture, judged
// against every account's plan even when it is written for one account;
// from October it is next year's plan.
func TestThePlanPageWarnsAgainstThePosture(t *testing.T) {
	ws := planWS()
	ws.Accounts = append(ws.Accounts, model.Account{ID: "a3", Name: "Nothing planned", Channel: model.Supermarket, Tier: model.TierA})
	ws.Evaluations = append(ws.Evaluations, planEvaluation("e3", "a3", 8))
	for _, l := range model.Langs {
		w := func(en, zh string) string { return model.T(en, zh).In(l) }
		plan := section(AccountPlan(ws, "a3", l, today), w("## Plan for 2026", "## 2026 年客户计划"))
		want := w("**Against the posture** — The posture is to invest in partnership, yet nothing is planned: no objective, no promotion, no programme.",
			"**与策略不符** — 该客户的策略是投入建立合作伙伴关系，但尚无任何计划：没有目标、促销或项目。")
		if !strings.Contains(plan, want) || strings.Contains(plan, "###") {
			t.Errorf("%s: a Strategic account with nothing planned:\n%s", l, plan)
		}
	}
	// FreshWay, Streamline, with the biggest budget of all: the page of
	// FreshWay alone knows MegaMart's.
	ws.Promotions[3].FixedFees = 100_000_00
	want := "**Against the posture** — The posture is to streamline, yet this plan has the biggest budget of all accounts."
	if page := AccountPlan(ws, "a2", model.English, today); !strings.Contains(page, want) {
		t.Errorf("FreshWay's own page:\n%s", section(page, "## Plan for 2026"))
	}
	if all := AccountPlans(ws, model.English, today); strings.Count(all, want) != 1 {
		t.Errorf("the plans of every account warn %d times", strings.Count(all, want))
	}
	if page := AccountPlan(ws, "a1", model.English, today); strings.Contains(page, "Against the posture") {
		t.Errorf("MegaMart's plan fits its posture:\n%s", section(page, "## Plan for 2026"))
	}

	// In November the page is 2027's: MegaMart has only the gift that
	// runs into January planned, its days of 2027 counted.
	november := time.Date(2026, 11, 2, 9, 0, 0, 0, time.Local)
	page := AccountPlan(ws, "a1", model.English, november)
	next := section(page, "## Plan for 2027")
	spend := model.PromotionPlan(2027, ws.Promotions[2:3], ws.Products, model.AccountPlan{})[4].Spend
	if strings.Contains(page, "## Plan for 2026") || mdRow(next, "Cheese gift") == nil || mdRow(next, "Spring price cut") != nil ||
		!strings.Contains(next, "1 promotion in the year, spend "+model.FormatMoney(cents(spend))+".") || spend <= 0 {
		t.Errorf("in November:\n%s", next)
	}
}

// A rep's words that look like Markdown stay words, and stay in their
// cells.
func TestThePlanPageEscapesTheRepsWords(t *testing.T) {
	ws := planWS()
	ws.Objectives[0].Text = "Grow | *fast* [now]"
	ws.Objectives[0].Programmes[0].What = "# leaflet | gondola"
	ws.Plans[0].Threats[0] = "<b>private</b> label | milk"
	ws.Plans[0].KeyDates[0].What = "1. Anniversary *11*"
	ws.Promotions[1].Name = "Milk | display_now"
	for _, l := range model.Langs {
		page := AccountPlan(ws, "a1", l, today)
		mdCheckTables(t, page)
		for _, want := range []string{`Grow \| \*fast\* \[now\]`, `# leaflet \| gondola`, `\<b>private\</b> label \| milk`,
			`· 1. Anniversary \*11\*`, `Milk \| display\_now`} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: the page lacks %s", l, want)
			}
		}
	}
}
