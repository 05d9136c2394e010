package model

import (
	"math"
	"strconv"
	"time"
)

// caseStudyTerms gives every retailer three years of trading terms (the
// year before last, last year, this year), MegaMart a proposal for next
// year, and MegaMart two negotiations: last spring's annual terms,
// concluded, and next year's, in preparation. The department store sells
// in its food halls on a concession commission (联营扣点) rather than
// buying our goods in on terms. Every concession on a trading term is
// costed at its step by the terms model, as the worksheet costs it.
func caseStudyTerms(now time.Time, lang Lang, accounts []Account) ([]TermsYear, []Negotiation) {
	s := func(en, zh string) string { return T(en, zh).In(lang) }
	year := now.Year()

	// profile says which terms an account has and how they move: each
	// percentage grows by half of drift in points a year, each amount by
	// drift × 10%.
	type profile struct {
		pct   map[TermKind]float64 // % of gross sales, this year
		days  int
		fixed map[TermKind][2]int64 // amount in currency units, count
		drift float64
	}
	profiles := map[string]profile{
		"cs01": {map[TermKind]float64{"invoice_discount": 6, "prompt_payment": 1, "volume_bonus": 2, "conditional_rebate": 1.5, "promo_funding": 3, "logistics_allowance": 1, "damage_allowance": 0.5},
			55, map[TermKind][2]int64{"listing_fee": {20_000, 12}, "leaflet_fee": {45_000, 10}, "display_fee": {8_000, 40}, "new_store_fee": {30_000, 6}, "anniversary_fee": {200_000, 1}, "data_fee": {150_000, 1}}, 0.4},
		"cs02": {map[TermKind]float64{"invoice_discount": 5, "prompt_payment": 1, "volume_bonus": 1.5, "growth_incentive": 1, "promo_funding": 2.5},
			45, map[TermKind][2]int64{"listing_fee": {12_000, 8}, "leaflet_fee": {25_000, 8}, "new_store_fee": {15_000, 30}}, 0.1},
		"cs03": {map[TermKind]float64{"invoice_discount": 4, "volume_bonus": 1, "promo_funding": 2},
			30, map[TermKind][2]int64{"listing_fee": {8_000, 6}, "display_fee": {3_000, 50}}, 0.2},
		"cs04": {map[TermKind]float64{"invoice_discount": 3, "promo_funding": 6, "growth_incentive": 2, "logistics_allowance": 1.5},
			75, map[TermKind][2]int64{"data_fee": {300_000, 1}, "listing_fee": {5_000, 20}}, 0.8},
		"cs05": {map[TermKind]float64{"invoice_discount": 7, "prompt_payment": 1.5, "volume_bonus": 2.5},
			30, map[TermKind][2]int64{"listing_fee": {10_000, 4}}, -0.1},
		"cs06": {map[TermKind]float64{"invoice_discount": 3, "damage_allowance": 1},
			60, map[TermKind][2]int64{"listing_fee": {6_000, 10}, "data_fee": {40_000, 1}}, 0.1},
		// Grand Harbour's food halls: a concession commission, not bought-in
		// terms (see commissions); promotions and the anniversary on top.
		"cs07": {map[TermKind]float64{"promo_funding": 3},
			60, map[TermKind][2]int64{"display_fee": {20_000, 6}, "anniversary_fee": {80_000, 1}}, 0.3},
		"cs08": {map[TermKind]float64{"invoice_discount": 5, "volume_bonus": 1, "conditional_rebate": 1},
			30, map[TermKind][2]int64{"leaflet_fee": {10_000, 6}}, 0},
		"cs09": {map[TermKind]float64{"invoice_discount": 3.5, "promo_funding": 1.5},
			90, map[TermKind][2]int64{"listing_fee": {3_000, 10}, "display_fee": {1_000, 80}}, 0.2},
		"cs10": {map[TermKind]float64{"invoice_discount": 6.5, "volume_bonus": 2},
			45, map[TermKind][2]int64{"listing_fee": {15_000, 5}}, 0.3},
	}
	// commissions are the stores' cut of our sales where we sell on
	// concession (联营) in their halls, % this year.
	commissions := map[string]float64{"cs07": 22}
	conditions := map[TermKind]Text{
		"volume_bonus":       T("on reaching the yearly volume target", "达到年度销量目标"),
		"conditional_rebate": T("for full planogram compliance", "完全执行陈列图"),
		"growth_incentive":   T("on growth above the category's", "增长高于品类增长"),
	}

	yearTerms := func(a Account, y int, p profile) TermsYear {
		k := float64(y - year) // 0 this year, -1 last year, -2 the year before, +1 next
		gross := float64(a.OurSales) / math.Pow(1+a.Growth/100, -k)
		ty := TermsYear{AccountID: a.ID, Year: y, GrossSales: Money(math.Round(gross/1_000_00) * 1_000_00)}
		for _, spec := range TermCatalog {
			t := Term{Kind: spec.Kind, Basis: spec.Basis, OnInvoice: spec.OnInvoice}
			if c, ok := conditions[spec.Kind]; ok {
				t.Conditional, t.Condition = true, c.In(lang)
			}
			switch {
			case spec.Kind == "payment_days":
				t.Days = p.days + int(5*k) // the buyer has pushed for five more days every year
			case p.pct[spec.Kind] > 0:
				t.Percent = math.Round((p.pct[spec.Kind]+p.drift*k/2)*10) / 10
			case p.fixed[spec.Kind][0] > 0:
				f := p.fixed[spec.Kind]
				t.Amount = Money(math.Round(float64(f[0])*math.Pow(1+p.drift/10, k))) * 100
				t.Count = int(f[1])
			default:
				continue
			}
			ty.Terms = append(ty.Terms, t)
		}
		if c := commissions[a.ID]; c > 0 {
			ty.Terms = append(ty.Terms, Term{Kind: CustomTerm, Name: s("Concession commission (food hall)", "联营扣点（食品馆）"),
				Basis: PercentOfSales, Percent: math.Round((c+p.drift*k/2)*10) / 10})
		}
		return ty
	}

	var terms []TermsYear
	for _, a := range accounts {
		p := profiles[a.ID]
		for y := year - 2; y <= year; y++ {
			terms = append(terms, yearTerms(a, y, p))
		}
	}
	mega := accounts[0]
	thisYear := yearTerms(mega, year, profiles["cs01"])
	proposal := yearTerms(mega, year+1, profiles["cs01"])
	proposal.Proposal = true
	terms = append(terms, proposal)
	// step is a concession on a term, costed on the year it is given in.
	step := func(what string, term TermKind, by float64, at Money, on TermsYear, value Influence, inReturn string, order int, forClose bool) Concession {
		c := Concession{What: what, Term: term, Step: by, At: at, Value: value, InReturn: inReturn, Order: order, ForClose: forClose}
		c.Cost, _ = c.StepCost(on, Settings{}.Costing(nil, on)) // the case study keeps the default costing
		return c
	}
	limit := func(v float64) *float64 { return &v }

	agreed := func(v float64) *float64 { return &v }
	team := []Member{{"Li Wei 李伟", s("lead", "主谈")}, {"Wang Tao 王涛", s("numbers", "数据")}, {"Sarah Lin 林莎", s("category story", "品类分析")}}
	theirs := []Member{{"Wang Fang 王芳", s("lead", "主谈")}, {"Zhang Min 张敏", s("buyer", "采购")}, {"Zhao Lei 赵磊", s("finance", "财务")}}
	balance := map[string]int{"brand_pull": 4, "share": 3, "alternatives": 3, "private_label": 2, "switching": 3}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, now.Location()) }

	concluded := Negotiation{
		ID: "cs01-n1", AccountID: mega.ID, Title: s("Annual terms", "年度条款") + " " + strconv.Itoa(year), Meeting: day(year, 3, 12), Year: year, Status: Concluded,
		Objectives: []Objective{
			{Text: s("Keep the invoice discount at or below 6%", "票面折扣保持在 6% 或以下"), Priority: "must", Issue: s("Invoice discount", "票面折扣"), Limit: limit(6)},
			{Text: s("Pay volume bonus only against a volume target", "销量奖励必须对应销量目标"), Priority: "must"},
			{Text: s("Win two gondola ends per store at Chinese New Year", "春节每店争取两个端架"), Priority: "intend"},
			{Text: s("Start sharing sell-out data", "开始共享动销数据"), Priority: "like"},
		},
		BuyerKPIs:       s("Category margin, out-of-stocks, sales per square metre.", "品类毛利、缺货率、坪效。"),
		BuyerObjectives: s("More margin from suppliers to fund price investment.", "向供应商要更多利润以支持降价。"),
		Facts:           s("We grew the category 6% last year against 2% for the market leader.", "去年我们带动品类增长 6%，市场领导者为 2%。"),
		Tactics: []Tactic{
			{s("Threatens to delist the slow half of our range", "威胁下架我们一半慢销品项"), s("Show rate of sale per SKU against the category", "展示每个 SKU 与品类对比的动销速度")},
			{s("Asks for last year's discount plus two points", "要求在去年折扣基础上再加两个点"), s("Trade points only for volume and displays", "只用销量和陈列交换点数")},
		},
		Issues: []Issue{
			{Name: s("Invoice discount", "票面折扣"), Unit: "percent", Term: "invoice_discount", OurOpen: 5, OurTarget: 5.5, OurWalk: 6, TheirOpen: 8, TheirTarget: 7, TheirWalk: 6, Agreed: agreed(6)},
			{Name: s("Payment days", "账期"), Unit: "days", Term: "payment_days", OurOpen: 45, OurTarget: 50, OurWalk: 60, TheirOpen: 75, TheirTarget: 65, TheirWalk: 55, Agreed: agreed(55)},
			{Name: s("Volume bonus", "销量奖励"), Unit: "percent", Term: "volume_bonus", OurOpen: 1, OurTarget: 1.5, OurWalk: 2.5, TheirOpen: 3, TheirTarget: 2.5, TheirWalk: 2, Agreed: agreed(2)},
		},
		Power: Power{OurBATNA: s("Shift promotion money to FreshWay and ShopNow", "把促销资金转投鲜途和即购网"),
			TheirBATNA: s("Give our space to the market leader and private label", "把我们的陈列位让给市场领导者和自有品牌"), Balance: balance},
		Agenda:  []AgendaItem{{s("Review of last year", "回顾去年"), 20}, {s("Category plan", "品类计划"), 30}, {s("Terms", "条款"), 40}, {s("Summary and next steps", "总结与后续"), 10}},
		OurTeam: team, TheirTeam: theirs,
		Concessions: []Concession{
			step(s("Extra leaflet support", "额外海报支持"), "leaflet_fee", 2, 45_000_00, thisYear, "high", s("If you give two gondola ends, then we fund two more leaflets", "如果给两个端架，我们就多资助两期海报"), 1, false),
			step(s("Half a point of volume bonus", "半个点销量奖励"), "volume_bonus", 0.5, 0, thisYear, "medium", s("If you commit to the volume target, then we add half a point", "如果承诺销量目标，我们就加半个点"), 2, false),
			{What: s("Shelf-planning support", "货架规划支持"), Cost: 80_000_00, Value: "high", InReturn: s("If you share sell-out data, then we plan your shelves", "如果共享动销数据，我们就帮你规划货架"), Order: 3, ForClose: true},
		},
		Budget:      500_000_00,
		WillNotGive: []string{s("Invoice discount above 6%", "超过 6% 的票面折扣"), s("Listing fees for range we already sell", "对已在售品项收取进场费")},
		Given:       []string{s("Volume bonus 2% against the volume target", "销量奖励 2%，对应销量目标"), s("Two extra leaflets", "两期额外海报")},
		Received:    []string{s("Two gondola ends per store at Chinese New Year", "春节每店两个端架"), s("Sell-out data from the second quarter", "第二季度起共享动销数据")},
		OpenPoints:  []string{s("New-store opening fee for the six Shanghai stores", "上海六家新店的开业费")},
		FollowUps: []FollowUp{
			{s("Send the signed terms", "寄出签署的条款"), "Li Wei 李伟", day(year, 3, 20)},
			{s("Agree the data-sharing format", "确定数据共享格式"), "Sarah Lin 林莎", day(year, 4, 15)},
		},
		Created: day(year, 2, 1), Updated: day(year, 3, 13),
	}

	next := Negotiation{
		ID: "cs01-n2", AccountID: mega.ID, Title: s("Annual terms", "年度条款") + " " + strconv.Itoa(year+1), Meeting: day(year+1, 3, 10), Year: year + 1, Status: Ready,
		Objectives: []Objective{
			{Text: s("Hold the invoice discount at 6%", "票面折扣保持 6%"), Priority: "must", Issue: s("Invoice discount", "票面折扣"), Limit: limit(6)},
			{Text: s("No more payment days than 60", "账期不超过 60 天"), Priority: "must", Issue: s("Payment days", "账期"), Limit: limit(60)},
			{Text: s("Listing fees only for new SKUs that replace slow ones", "进场费只用于替换慢销品的新品"), Priority: "intend"},
			{Text: s("A joint business plan with quarterly reviews", "带季度回顾的联合业务计划"), Priority: "like"},
		},
		BuyerKPIs:       s("Category margin, out-of-stocks, online pick-up sales.", "品类毛利、缺货率、线上自提销售。"),
		BuyerObjectives: s("Fund the new online pick-up service; fewer, faster SKUs.", "为新的线上自提服务筹资；品项更少、动销更快。"),
		Facts:           s("Our SKUs sell 1.4 times faster than the category; out-of-stocks down to 2.1%.", "我们的 SKU 动销速度是品类的 1.4 倍；缺货率降至 2.1%。"),
		Tactics: []Tactic{
			{s("The new director asks for a 'partnership fee' for online pick-up", "新总监为线上自提要求“合作费”"), s("Offer data and shelf planning instead of money", "以数据和货架规划代替资金")},
			{s("Plays us against the market leader's offer", "拿市场领导者的报价压我们"), s("Compare total cost per unit sold, not discounts", "比较每售出单位的总成本，而不是折扣")},
		},
		Issues: []Issue{
			{Name: s("Invoice discount", "票面折扣"), Unit: "percent", Term: "invoice_discount", OurOpen: 5.5, OurTarget: 5.8, OurWalk: 6, TheirOpen: 7.5, TheirTarget: 6.8, TheirWalk: 6},
			{Name: s("Payment days", "账期"), Unit: "days", Term: "payment_days", OurOpen: 55, OurTarget: 58, OurWalk: 60, TheirOpen: 75, TheirTarget: 65, TheirWalk: 58},
			{Name: s("Listing fee per new SKU", "新品进场费"), Unit: "amount", Term: "listing_fee", OurOpen: 10_000, OurTarget: 15_000, OurWalk: 20_000, TheirOpen: 40_000, TheirTarget: 30_000, TheirWalk: 25_000},
			{Name: s("Yearly volume", "年销量"), Unit: "units", OurOpen: 1_400_000, OurTarget: 1_300_000, OurWalk: 1_200_000, TheirOpen: 1_100_000, TheirTarget: 1_200_000, TheirWalk: 1_300_000},
		},
		Power: Power{OurBATNA: s("Grow with ShopNow online and FreshWay's new stores", "借助即购网线上和鲜途新店增长"),
			TheirBATNA: s("The market leader's offer, and private label", "市场领导者的报价，以及自有品牌"), Balance: map[string]int{"brand_pull": 4, "share": 3, "alternatives": 3, "private_label": 2, "switching": 4}},
		Agenda:  []AgendaItem{{s("How the year went", "今年回顾"), 15}, {s("Online pick-up plan", "线上自提计划"), 25}, {s("Terms", "条款"), 45}, {s("Joint business plan", "联合业务计划"), 15}},
		OurTeam: append(team, Member{"David Ho 何大卫", s("decision maker", "决策人")}), TheirTeam: theirs,
		Concessions: []Concession{
			{What: s("Sell-out data dashboard", "动销数据看板"), Cost: 60_000_00, Value: "high", InReturn: s("If you list our four new SKUs, then we build the dashboard", "如果上架我们的四个新品，我们就搭建看板"), Order: 1},
			{What: s("Funded online pick-up launch", "资助线上自提上线"), Cost: 300_000_00, Value: "high", InReturn: s("If you give us the launch page, then we fund the launch", "如果给我们上线首页位，我们就资助上线"), Order: 2},
			step(s("Five more payment days", "再加五天账期"), "payment_days", 5, 0, proposal, "medium", "", 3, false),
			step(s("Half a point of growth incentive", "增长返利加半个点"), "growth_incentive", 0.5, 0, proposal, "medium", s("If you grow the category 5%, then we pay half a point", "如果品类增长 5%，我们就付半个点"), 4, true),
		},
		Budget:      800_000_00,
		WillNotGive: []string{s("Invoice discount above 6%", "超过 6% 的票面折扣"), s("A 'partnership fee' with nothing in return", "没有回报的“合作费”")},
		OpenPoints:  []string{s("Who pays for the online pick-up shelves?", "线上自提货架由谁出资？")},
		FollowUps:   []FollowUp{{s("Send the category review before the meeting", "会前发出品类回顾"), "Sarah Lin 林莎", day(year+1, 2, 28)}},
		Created:     now.AddDate(0, 0, -20), Updated: now.AddDate(0, 0, -2),
	}
	return terms, []Negotiation{concluded, next}
}
