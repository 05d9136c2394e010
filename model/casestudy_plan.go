package model

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// PlanYear is the year the case study plans and the Plan tab opens on:
// from October on, when next year's plans are written, next year; before,
// the year now is in.
func PlanYear(now time.Time) int {
	if QuarterOf(now) == 3 {
		return now.Year() + 1
	}
	return now.Year()
}

// midAutumn is the day of the Mid-Autumn Festival (the 15th of the eighth
// lunar month).
var midAutumn = map[int]string{
	2024: "2024-09-17", 2025: "2025-10-06", 2026: "2026-09-25", 2027: "2027-09-15",
	2028: "2028-10-03", 2029: "2029-09-22", 2030: "2030-09-12", 2031: "2031-10-01",
	2032: "2032-09-19", 2033: "2033-09-08", 2034: "2034-09-27", 2035: "2035-09-16",
}

// festival is a festival's day in a year from a table, or a day that is
// near it in a year the table does not know.
func festival(table map[int]string, year int, month time.Month, day int, loc *time.Location) time.Time {
	if s, ok := table[year]; ok {
		if d, err := time.ParseInLocation(DateLayout, s, loc); err == nil {
			return d
		}
	}
	return time.Date(year, month, day, 0, 0, 0, 0, loc)
}

// csAnchor is what a case-study promotion's first day is counted from.
type csAnchor int

const (
	onDay         csAnchor = iota // a day of the plan year: month and day
	fromNewYear                   // days from Chinese New Year
	fromMidAutumn                 // days from the Mid-Autumn Festival
	atShortNotice                 // offered at short notice: two weeks inside the lead time from today
)

// csPromo is a promotion of the case study's calendar. Money is in
// currency units; fixed fees of a short-notice display are a week's.
type csPromo struct {
	name       [2]string
	mechanic   Mechanic
	anchor     csAnchor
	month      time.Month
	day        int // the day of the month, or the days from the festival
	days       int
	products   []string // codes
	clusters   []int    // numbered from 1; none: every cluster
	baseline   float64  // units a week where the grid has no rate for the products
	discount   float64
	fixed      float64
	uplift     float64
	pull       float64
	note       [2]string
	actual     float64 // the volume sold as a share of the forecast, once run
	verdict    PromoVerdict
	lesson     [2]string // the note once it has run
	bookedLate bool
}

// csProgramme is a programme of a case-study objective, on a day of the
// plan year; cost in currency units.
type csProgramme struct {
	what  [2]string
	who   string
	month time.Month
	day   int
	cost  int64
}

// csObjective is a case-study objective. Its baseline comes from last
// year's figures; the target is the planned sell-in (sell-out: as much of
// it as the reviews find sells out), or the baseline moved by delta.
type csObjective struct {
	text       [2]string
	measure    Measure
	metric     [2]string // a scorecard metric, for MeasureMetric
	fallback   float64   // the metric's baseline when no review tells
	delta      float64
	month      time.Month // by when
	day        int
	owner      string
	lever      Lever
	programmes []csProgramme
}

// csCost is a cost to serve: an amount in currency units, or a % of
// gross sales.
type csCost struct {
	name   [2]string
	amount int64
	pct    float64
}

// csKeyDate is a day of the plan the account's own calendar gives.
type csKeyDate struct {
	what  [2]string
	kind  KeyDateKind
	month time.Month
	day   int
}

// csAccountPlan is what the case study plans for one retailer.
type csAccountPlan struct {
	season    [4]float64 // the share of the year's sell-in in each quarter
	lastShare [4]float64 // last year's value share where no review tells
	lastDist  [4]float64 // last year's numeric distribution where no review tells; 0: not measured
	other     [4]int64   // other activity a quarter, currency units
	estimate  float64    // the latest estimate of gross sales, as a share of the plan
	costs     []csCost
	lastCosts float64 // last year's amounts to serve, as a share of this year's
	swot      [4][][2]string
	dates     []csKeyDate
	termsDate [2]string // the annual terms meeting, from the account's negotiation of the year
	goals     []csObjective
	promos    []csPromo
}

// csPlans are the retailers the case study plans: MegaMart (Strategic:
// invest in partnership), ShopNow (Star: build selectively) and Sunrise
// Mini (Streamline, yet planned as if it were a Star: its checkout racks
// and promotions spend more of its sales than the others', so the posture
// warning shows). Each calendar has one promotion that loses money, one
// clash of two promotions on a product in a cluster, and one display
// offered at short notice and booked inside the lead time.
var csPlans = map[string]csAccountPlan{
	"cs01": { // MegaMart, hypermarkets
		season:    [4]float64{0.28, 0.22, 0.23, 0.27},
		lastShare: [4]float64{14.2, 14.3, 14.5, 14.6},
		lastDist:  [4]float64{76.0, 76.2, 76.4, 76.6},
		other:     [4]int64{150_000, 80_000, 100_000, 180_000},
		estimate:  0.985,
		costs: []csCost{
			{[2]string{"Logistics to the retailer's DCs", "配送至零售商配送中心的物流"}, 0, 2.5},
			{[2]string{"Merchandisers in 86 stores", "86 家门店的理货员"}, 1_100_000, 0},
			{[2]string{"Key account team's time", "大客户团队的时间"}, 450_000, 0},
		},
		lastCosts: 0.95,
		swot: [4][][2]string{
			{
				{"Our SKUs sell 1.4 times faster than the category", "我们的 SKU 动销速度是品类的 1.4 倍"},
				{"Joint business plan signed; supply chain and finance meet monthly", "已签署联合业务计划；供应链和财务每月会面"},
				{"Seaweed crisps listed in every store", "海苔脆已进入所有门店"},
			},
			{
				{"Out-of-stocks in promotion weeks when orders miss the cut-off", "订单错过截止时间，促销周缺货"},
				{"Phasing-out crackers still hold shelf space", "正在淘汰的经典饼干仍占着货架"},
				{"No single-serve in the city hypermarkets", "城市大卖场没有单份装"},
			},
			{
				{"The new category director wants data-led range reviews", "新任品类总监希望用数据驱动品项评审"},
				{"Six new Shanghai stores take the flagship range", "上海六家新店采用旗舰大卖场的品项"},
				{"The online pick-up service is about to launch", "线上自提服务即将上线"},
			},
			{
				{"The market leader bids for our gondola ends", "市场领导者在争夺我们的端架"},
				{"Private label grows in salty snacks", "咸味零食的自有品牌在增长"},
				{"A 'partnership fee' is asked for online pick-up", "线上自提被要求支付“合作费”"},
			},
		},
		dates: []csKeyDate{
			{[2]string{"MegaMart anniversary sale", "美佳大卖场店庆"}, "anniversary", time.April, 18},
			{[2]string{"Second-half promotion calendar due to the buyer", "向采购提交下半年促销日历"}, "buyer", time.May, 15},
			{[2]string{"Joint business plan review with the category director", "与品类总监回顾联合业务计划"}, "buyer", time.September, 20},
		},
		termsDate: [2]string{"Annual terms meeting", "年度条款谈判"},
		goals: []csObjective{
			{
				text:    [2]string{"Grow sell-in with the low-sugar range and single-serve in more stores", "借助低糖系列和单份装扩店，提升进货额"},
				measure: MeasureSellIn, month: time.December, day: 31, owner: "Li Wei 李伟", lever: "distribution",
				programmes: []csProgramme{
					{[2]string{"Range review pitch with 90 days of sell-out for the low-sugar biscuits", "品项评审提案，附低糖饼干 90 天动销数据"}, "Sarah Lin 林莎", time.March, 1, 20_000},
					{[2]string{"Listing fee for the low-sugar biscuits in the A stores", "低糖饼干进入 A 类门店的进场费"}, "Li Wei 李伟", time.April, 1, 20_000},
				},
			},
			{
				text:    [2]string{"Win back a point of value share in salty snacks", "咸味零食市场份额（金额）回升一个百分点"},
				measure: MeasureShare, delta: 1, month: time.December, day: 31, owner: "Zhou Min 周敏", lever: "promotions",
				programmes: []csProgramme{
					{[2]string{"Two gondola ends per store at Chinese New Year", "春节每店两个端架"}, "Zhou Min 周敏", time.January, 10, 0},
					{[2]string{"Shopper research on the sharing-bag shopper", "分享装购物者调研"}, "Sarah Lin 林莎", time.April, 30, 80_000},
				},
			},
			{
				text:    [2]string{"Close the distribution gaps in the city and compact hypermarkets", "补齐城市大卖场和小型大卖场的铺货缺口"},
				measure: MeasureDistribution, delta: 5.5, month: time.September, day: 30, owner: "Sarah Lin 林莎", lever: "distribution",
				programmes: []csProgramme{
					{[2]string{"Merchandiser blitz on the planogram gaps", "理货员集中整改陈列缺口"}, "Chen Jie 陈杰", time.May, 31, 120_000},
				},
			},
			{
				text:    [2]string{"Fewer out-of-stocks, in promotion weeks above all", "降低缺货率，尤其是促销周"},
				measure: MeasureMetric, metric: [2]string{"Out-of-stock rate", "缺货率"}, fallback: 2.5, delta: -0.5,
				month: time.December, day: 31, owner: "Chen Jie 陈杰", lever: "rate_of_sale",
				programmes: []csProgramme{
					{[2]string{"Order cut-off agreed with the Kunshan DC", "与昆山配送中心确定订单截止时间"}, "Chen Jie 陈杰", time.February, 28, 0},
					{[2]string{"Promotion forecasts shared four weeks ahead", "提前四周共享促销预测"}, "Chen Jie 陈杰", time.March, 31, 0},
				},
			},
		},
		promos: []csPromo{
			{name: [2]string{"Chinese New Year gift boxes on the gondola ends", "春节礼盒端架陈列"}, mechanic: "display",
				anchor: fromNewYear, day: -21, days: 21, products: []string{"EF-401", "EF-402"}, clusters: []int{1, 2},
				baseline: 1120, fixed: 60_000, uplift: 80, pull: 10, actual: 1.1, verdict: "repeat",
				note:   [2]string{"The two gondola ends per store won in the terms talks", "条款谈判中争取到的每店两个端架"},
				lesson: [2]string{"Sold out in the A stores a week early: order more next year", "A 类门店提前一周售罄：明年多备货"}},
			{name: [2]string{"Chinese New Year: two sharing bags for 15.90", "春节：分享装两件 15.90 元"}, mechanic: "multibuy",
				anchor: fromNewYear, day: -14, days: 14, products: []string{"EF-101", "EF-102"},
				discount: 0.60, fixed: 3_000, uplift: 70, pull: 25, actual: 0.95, verdict: "repeat",
				note:   [2]string{"Funded from the promotion budget in the terms", "由条款中的促销预算出资"},
				lesson: [2]string{"Paid back; the baskets grew", "收回投入；客单有所提升"}},
			{name: [2]string{"Spring leaflet: oat bites", "春季海报：燕麦酥"}, mechanic: "leaflet",
				anchor: onDay, month: time.March, day: 5, days: 14, products: []string{"EF-202"},
				discount: 0.60, fixed: 2_000, uplift: 60, pull: 20, actual: 0.9, verdict: "change",
				note:   [2]string{"A leaflet page to recruit new shoppers to the baked range", "用一版海报为烘焙系列吸引新顾客"},
				lesson: [2]string{"Worked in the A stores only: next time leave out the compact hypermarkets", "只在 A 类门店有效：下次不做小型大卖场"}},
			{name: [2]string{"Anniversary sale: crackers 30% off", "店庆：经典饼干七折"}, mechanic: "price_cut",
				anchor: onDay, month: time.April, day: 16, days: 14, products: []string{"EF-201"},
				discount: 2.20, fixed: 20_000, uplift: 120, pull: 40, actual: 0.85, verdict: "stop",
				note:   [2]string{"The buyer asked for a deep cut for the anniversary, on top of the anniversary fee", "采购要求店庆深度降价，另收店庆费"},
				lesson: [2]string{"Lost money: a deep cut on a phasing-out product; offer a display instead", "亏损：对淘汰品深度降价；下次改为陈列"}},
			{name: [2]string{"618 leaflet: sharing bags", "618 海报：薯片分享装"}, mechanic: "leaflet",
				anchor: onDay, month: time.June, day: 12, days: 14, products: []string{"EF-102"},
				discount: 0.50, fixed: 3_000, uplift: 80, pull: 20, actual: 1.05, verdict: "repeat",
				note:   [2]string{"The summer's main event in every store", "所有门店夏季的主档期"},
				lesson: [2]string{"Best return of the first half", "上半年回报最好的一档"}},
			{name: [2]string{"Member price on sharing bags, Shanghai and large stores", "分享装会员价（上海和大型门店）"}, mechanic: "member_price",
				anchor: onDay, month: time.June, day: 20, days: 14, products: []string{"EF-102"}, clusters: []int{1, 2},
				discount: 0.40, uplift: 45, pull: 25, actual: 0.9, verdict: "change",
				note:   [2]string{"Booked by the Shanghai buyer on top of the 618 leaflet: the two overlap", "上海采购在 618 海报之外另订：两档重叠"},
				lesson: [2]string{"Overlapped the leaflet: shoppers took both discounts; keep them apart", "与海报重叠：顾客叠加两重折扣；以后错开"}},
			{name: [2]string{"Back-to-school sampling: oat bites", "开学季试吃：燕麦酥"}, mechanic: "sampling",
				anchor: onDay, month: time.August, day: 28, days: 14, products: []string{"EF-202"}, clusters: []int{3, 4},
				fixed: 4_000, uplift: 110, pull: 5, actual: 1, verdict: "repeat",
				note:   [2]string{"Weekend tastings for families in the city hypermarkets", "周末在城市大卖场面向家庭试吃"},
				lesson: [2]string{"New shoppers came back for a second pack", "新顾客回头购买第二包"}},
			{name: [2]string{"Mid-Autumn: a bag of wafers with every gift tin", "中秋：买礼罐送威化一袋"}, mechanic: "gift",
				anchor: fromMidAutumn, day: -21, days: 21, products: []string{"EF-402"}, clusters: []int{1, 2},
				baseline: 700, discount: 5.40, uplift: 90, pull: 10, actual: 1, verdict: "repeat",
				note:   [2]string{"The gift costs us the wafers' cost price", "赠品成本按威化的成本价计"},
				lesson: [2]string{"Gift tins sold through before the festival", "节前礼罐售罄"}},
			{name: [2]string{"National Day: seaweed crisps price cut", "国庆：海苔脆降价"}, mechanic: "price_cut",
				anchor: onDay, month: time.October, day: 1, days: 7, products: []string{"EF-101"},
				discount: 0.50, uplift: 70, pull: 20, actual: 1, verdict: "repeat",
				note:   [2]string{"Golden week traffic in every store", "黄金周所有门店客流高"},
				lesson: [2]string{"Paid back in one week", "一周内收回投入"}},
			{name: [2]string{"Double 11 coupon: 1.50 off the family pack", "双十一优惠券：家庭装立减 1.50 元"}, mechanic: "coupon",
				anchor: onDay, month: time.November, day: 4, days: 14, products: []string{"EF-301"}, clusters: []int{1, 2, 3, 4},
				discount: 1.50, fixed: 1_500, uplift: 90, pull: 15, actual: 1, verdict: "repeat",
				note:   [2]string{"Coupons in the retailer's app, matched to the online festival", "零售商 App 内发券，配合线上大促"},
				lesson: [2]string{"The app coupons brought younger shoppers", "App 优惠券带来了年轻顾客"}},
			{name: [2]string{"Wafers on the gondola end, offered at short notice", "临时获得的威化端架"}, mechanic: "display",
				anchor: atShortNotice, days: 28, products: []string{"EF-204"}, clusters: []int{1, 2},
				fixed: 750, uplift: 80, pull: 15, bookedLate: true,
				note: [2]string{"The buyer offered the ends after another supplier dropped out; booked inside the lead time", "另一家供应商退出后采购临时提供端架；在提前期内才预订"}},
		},
	},
	"cs04": { // ShopNow, e-commerce
		season:    [4]float64{0.22, 0.26, 0.18, 0.34},
		lastShare: [4]float64{16.4, 16.7, 16.9, 17.2},
		other:     [4]int64{60_000, 120_000, 40_000, 160_000},
		estimate:  1.04,
		costs: []csCost{
			{[2]string{"Inbound to the warehouses, and returns", "入仓物流与退货"}, 0, 3.5},
			{[2]string{"Flagship store operations", "旗舰店运营"}, 600_000, 0},
			{[2]string{"Key account manager's time", "大客户经理的时间"}, 300_000, 0},
		},
		lastCosts: 0.9,
		swot: [4][][2]string{
			{
				{"Gift packs that win the festivals", "在大促中有竞争力的礼盒"},
				{"Our flagship store ships from our own warehouse", "我方旗舰店由自有仓库发货"},
				{"Sales grow faster here than in any other channel", "这里的销售增长快于其他任何渠道"},
			},
			{
				{"Rivals fund deeper festival coupons", "竞品在大促优惠券上投入更多"},
				{"Our listings dropped down the search results", "我方商品在搜索结果中排名下滑"},
				{"Small bags cost more to ship than they earn", "小袋装运费高于收益"},
			},
			{
				{"Data sharing on searches and baskets", "共享搜索和购物篮数据"},
				{"A sixth warehouse opens in Wuhan", "武汉将启用第六个区域仓"},
				{"Live streams sell gift boxes", "直播带货礼盒"},
			},
			{
				{"Deep festival discounts squeeze the margin", "大促深度折扣挤压利润"},
				{"The top search slots go to the highest bidder", "搜索前排位置价高者得"},
				{"Shoppers compare prices with other platforms", "顾客与其他平台比价"},
			},
		},
		dates: []csKeyDate{
			{[2]string{"618 slots booked with the traffic marketing manager", "与流量营销经理预订 618 资源位"}, "buyer", time.April, 20},
			{[2]string{"ShopNow anniversary sale", "即购网周年庆"}, "anniversary", time.August, 18},
			{[2]string{"Double 11 slots and coupons booked", "预订双十一资源位和优惠券"}, "buyer", time.September, 15},
		},
		goals: []csObjective{
			{
				text:    [2]string{"Grow sell-in with the festivals, gift packs and the flagship store", "借助大促、礼盒和旗舰店提升进货额"},
				measure: MeasureSellIn, month: time.December, day: 31, owner: "Li Wei 李伟", lever: "promotions",
				programmes: []csProgramme{
					{[2]string{"Festival landing pages for 618 and Double 11", "618 和双十一活动页"}, "Zhou Min 周敏", time.May, 20, 120_000},
					{[2]string{"Search ads in the festival weeks", "大促期间的搜索广告"}, "Zhou Min 周敏", time.October, 20, 180_000},
				},
			},
			{
				text:    [2]string{"Raise our value share with gift packs and the low-sugar range", "凭借礼盒和低糖系列提升市场份额（金额）"},
				measure: MeasureShare, delta: 1.5, month: time.December, day: 31, owner: "Sarah Lin 林莎", lever: "price_mix",
				programmes: []csProgramme{
					{[2]string{"A gift-pack range made for the live streams", "为直播定制的礼盒系列"}, "Sarah Lin 林莎", time.August, 31, 60_000},
				},
			},
			{ // no owner yet: the plan shows it is not SMART
				text:    [2]string{"Turn festival sell-in into sell-out, not stock in the warehouses", "让大促进货变成动销，而不是积压在仓库"},
				measure: MeasureSellOut, month: time.December, day: 31, lever: "promotions",
				programmes: []csProgramme{
					{[2]string{"Weekly sell-out and stock report in the festival months", "大促月份每周的动销和库存报告"}, "Chen Jie 陈杰", time.May, 15, 0},
					{[2]string{"Post-event analysis of every festival", "每次大促的活动后分析"}, "Wang Tao 王涛", time.July, 15, 0},
				},
			},
		},
		promos: []csPromo{
			{name: [2]string{"Chinese New Year: 10 off the gift boxes", "春节：礼盒立减 10 元"}, mechanic: "coupon",
				anchor: fromNewYear, day: -24, days: 21, products: []string{"EF-401", "EF-402"},
				baseline: 1800, discount: 10, fixed: 30_000, uplift: 150, pull: 10, actual: 1.05, verdict: "repeat",
				note:   [2]string{"Homepage banner and a funded coupon until the last shipping day", "首页横幅和我方出资优惠券，直到春节前最后发货日"},
				lesson: [2]string{"Beat the forecast; the banner brought new buyers", "超出预测；横幅带来了新客"}},
			{name: [2]string{"Women's Day member price: low-sugar biscuits", "三八节会员价：低糖饼干"}, mechanic: "member_price",
				anchor: onDay, month: time.March, day: 1, days: 8, products: []string{"EF-203"},
				discount: 0.80, uplift: 70, pull: 20, actual: 0.95, verdict: "repeat",
				note:   [2]string{"For the platform's paying members", "面向平台付费会员"},
				lesson: [2]string{"Members bought again at full price", "会员随后以原价复购"}},
			{name: [2]string{"Live stream with a top streamer", "头部主播直播"}, mechanic: "sampling",
				anchor: onDay, month: time.April, day: 20, days: 3, products: []string{"EF-202", "EF-203"}, clusters: []int{5},
				discount: 3.00, fixed: 40_000, uplift: 5000, pull: 50, actual: 0.3, verdict: "stop",
				note:   [2]string{"The streamer's agency promised a sell-out; trial packs for the viewers", "主播机构承诺售罄；为观众送试吃装"},
				lesson: [2]string{"Sold a third of the promise; the fee never paid back", "只卖出承诺的三分之一；坑位费没有收回"}},
			{name: [2]string{"618 coupon: sharing bags and seaweed crisps", "618 优惠券：分享装和海苔脆"}, mechanic: "coupon",
				anchor: onDay, month: time.June, day: 1, days: 18, products: []string{"EF-101", "EF-102"},
				discount: 0.60, fixed: 15_000, uplift: 140, pull: 25, actual: 1, verdict: "repeat",
				note:   [2]string{"The festival slot and a coupon on every order of two", "大促资源位，每单两件可用券"},
				lesson: [2]string{"On forecast; the slot paid back", "符合预测；资源位收回投入"}},
			{name: [2]string{"Flagship store 618: second bag half price", "旗舰店 618：第二件半价"}, mechanic: "multibuy",
				anchor: onDay, month: time.June, day: 10, days: 11, products: []string{"EF-102"}, clusters: []int{5},
				discount: 0.40, uplift: 80, pull: 30, actual: 1, verdict: "change",
				note:   [2]string{"Planned by our flagship team while the platform's coupon runs", "我方旗舰店团队策划，与平台优惠券同时进行"},
				lesson: [2]string{"Doubled up with the platform's coupon: plan the flagship store with the account", "与平台优惠券叠加：旗舰店活动须与客户一起规划"}},
			{name: [2]string{"Summer price cut: spicy strips", "夏季降价：辣条"}, mechanic: "price_cut",
				anchor: onDay, month: time.July, day: 10, days: 14, products: []string{"EF-104"},
				discount: 0.25, uplift: 60, pull: 20, actual: 0.95, verdict: "change",
				note:   [2]string{"A small cut to hold the search ranking in the quiet months", "淡季小幅降价以保住搜索排名"},
				lesson: [2]string{"Only just paid back: next summer, bundle it instead", "勉强收回投入：明年夏天改为组合装"}},
			{name: [2]string{"Anniversary feature: the family pack", "周年庆专题：家庭装"}, mechanic: "leaflet",
				anchor: onDay, month: time.August, day: 12, days: 7, products: []string{"EF-301"}, clusters: []int{1, 2, 3, 5},
				discount: 1.50, fixed: 3_000, uplift: 150, pull: 20, actual: 1, verdict: "repeat",
				note:   [2]string{"A feature on the anniversary page", "周年庆页面上的专题"},
				lesson: [2]string{"The feature sold the family pack to new households", "专题把家庭装卖给了新家庭"}},
			{name: [2]string{"Mid-Autumn: crisps free with every gift tin", "中秋：买礼罐送海苔脆"}, mechanic: "gift",
				anchor: fromMidAutumn, day: -18, days: 15, products: []string{"EF-402"},
				baseline: 900, discount: 4.10, uplift: 120, pull: 10, actual: 1, verdict: "repeat",
				note:   [2]string{"The gift costs us the crisps' cost price", "赠品成本按海苔脆的成本价计"},
				lesson: [2]string{"Gift tins sold out in the East warehouses", "华东仓礼罐售罄"}},
			{name: [2]string{"Double 11: 15 off the premium gift box", "双十一：高端礼盒立减 15 元"}, mechanic: "coupon",
				anchor: onDay, month: time.October, day: 24, days: 19, products: []string{"EF-401"},
				baseline: 500, discount: 15, fixed: 60_000, uplift: 250, pull: 20, actual: 1, verdict: "repeat",
				note:   [2]string{"Pre-sale from late October; the festival slot is the biggest fee of the year", "十月下旬开始预售；大促资源位是全年最大的费用"},
				lesson: [2]string{"Paid back, just: the slot fee is the lever to negotiate", "勉强收回投入：资源位费用是谈判的重点"}},
			{name: [2]string{"Category-page banner: chocolate wafers", "类目页横幅：巧克力威化"}, mechanic: "display",
				anchor: onDay, month: time.December, day: 5, days: 14, products: []string{"EF-204"},
				fixed: 3_000, uplift: 100, pull: 15,
				note: [2]string{"Year-end gifting traffic on the category page", "年末送礼流量集中在类目页"}},
			{name: [2]string{"Search slot for the crackers, offered at short notice", "临时获得的饼干搜索位"}, mechanic: "display",
				anchor: atShortNotice, days: 28, products: []string{"EF-201"},
				fixed: 600, uplift: 70, pull: 15, bookedLate: true,
				note: [2]string{"The traffic team had a slot left; booked inside the lead time", "流量团队剩下一个资源位；在提前期内才预订"}},
		},
	},
	"cs09": { // Sunrise Mini, small stores near schools and offices
		season:    [4]float64{0.24, 0.26, 0.22, 0.28},
		lastShare: [4]float64{20.6, 20.9, 21.1, 21.3},
		lastDist:  [4]float64{86.5, 86.8, 87.2, 87.5},
		other:     [4]int64{20_000, 20_000, 40_000, 20_000},
		estimate:  0.97,
		costs: []csCost{
			{[2]string{"Third-party logistics, small drops", "第三方物流，小批量配送"}, 0, 6},
			{[2]string{"Merchandisers for the checkout racks", "收银台货架的理货员"}, 120_000, 0},
			{[2]string{"Key account manager's time", "大客户经理的时间"}, 60_000, 0},
		},
		lastCosts: 0.8,
		swot: [4][][2]string{
			{
				{"Spicy strips and kids' snacks sell fast near schools", "辣条和儿童零食在学校周边店动销快"},
				{"The buyer orders for all 900 stores at once", "采购一次为全部 900 家门店订货"},
			},
			{
				{"Invoices paid at 90 days, never agreed in writing", "发票 90 天才付款，从未书面约定"},
				{"No planogram: each store decides its shelves", "没有陈列图：各店自定货架"},
				{"Small drops cost a lot to deliver", "小批量配送成本高"},
			},
			{
				{"The checkout counter in 500 stores", "500 家门店的收银台陈列"},
				{"Office workers ask for sugar-free drinks", "上班族需要无糖饮料"},
				{"The chain keeps opening stores", "连锁持续开新店"},
			},
			{
				{"Display fees deducted without notice", "陈列费未经通知直接扣除"},
				{"Rival brands pay for the checkout racks", "竞品出钱买收银台货架"},
				{"Slow payment: the credit risk grows with the sales", "付款慢：信用风险随销售增长"},
			},
		},
		dates: []csKeyDate{
			{[2]string{"Payment terms meeting with the buyer and the owner's office", "与采购和老板办公室谈账期"}, "buyer", time.January, 20},
			{[2]string{"The buyer's new list for the spring term", "采购发布春季学期新清单"}, "buyer", time.February, 20},
			{[2]string{"Sunrise Mini anniversary", "旭日小超店庆"}, "anniversary", time.May, 20},
			{[2]string{"The school term starts", "学校开学"}, "other", time.September, 1},
		},
		goals: []csObjective{
			{
				text:    [2]string{"Grow sell-in through the checkout counter in 500 stores", "通过 500 家门店的收银台陈列提升进货额"},
				measure: MeasureSellIn, month: time.December, day: 31, owner: "Li Wei 李伟", lever: "rate_of_sale",
				programmes: []csProgramme{
					{[2]string{"Checkout counter racks in 500 stores", "500 家门店的收银台货架"}, "Zhou Min 周敏", time.March, 1, 150_000},
					{[2]string{"Payment terms agreed in writing before any promotion", "任何促销前先书面约定账期"}, "Wang Tao 王涛", time.January, 31, 0},
				},
			},
			{
				text:    [2]string{"Single packs in every school and office store", "单包装进入所有学校周边店和写字楼店"},
				measure: MeasureDistribution, delta: 5, month: time.October, day: 31, owner: "Sarah Lin 林莎", lever: "distribution",
				programmes: []csProgramme{
					{[2]string{"Store-by-store listing visits by the merchandisers", "理货员逐店拜访推动上架"}, "Chen Jie 陈杰", time.April, 30, 40_000},
				},
			},
			{
				text:    [2]string{"Cut out-of-stocks with a fixed weekly order", "通过固定的每周订单降低缺货率"},
				measure: MeasureMetric, metric: [2]string{"Out-of-stock rate", "缺货率"}, fallback: 4.6, delta: -1.6,
				month: time.December, day: 31, owner: "Chen Jie 陈杰", lever: "rate_of_sale",
				programmes: []csProgramme{
					{[2]string{"A suggested order sent to the buyer every Wednesday", "每周三向采购发送建议订单"}, "Chen Jie 陈杰", time.February, 15, 0},
				},
			},
		},
		promos: []csPromo{
			{name: [2]string{"Chinese New Year: any two for 9.90", "春节：任选两件 9.90 元"}, mechanic: "multibuy",
				anchor: fromNewYear, day: -14, days: 14, products: []string{"EF-101", "EF-204"}, clusters: []int{2, 3},
				discount: 0.50, fixed: 1_000, uplift: 70, pull: 25, actual: 0.95, verdict: "repeat",
				note:   [2]string{"Office and metro stores stay busy before the holiday", "节前写字楼店和地铁站店客流不减"},
				lesson: [2]string{"Paid back in the metro stores", "在地铁站店收回投入"}},
			{name: [2]string{"After-school price: kids' corn puffs", "放学特价：儿童玉米泡芙"}, mechanic: "price_cut",
				anchor: onDay, month: time.March, day: 1, days: 14, products: []string{"EF-106"}, clusters: []int{1},
				discount: 0.15, uplift: 60, pull: 20, actual: 1.05, verdict: "repeat",
				note:   [2]string{"From 15:30 to 18:00 in the stores near schools", "学校周边店 15:30 至 18:00"},
				lesson: [2]string{"Children came back with their friends", "孩子们带着同学回来购买"}},
			{name: [2]string{"Spicy strips at 1.99 in every store", "辣条全店 1.99 元"}, mechanic: "price_cut",
				anchor: onDay, month: time.April, day: 6, days: 14, products: []string{"EF-104"},
				discount: 0.60, fixed: 3_000, uplift: 80, pull: 30, actual: 0.85, verdict: "stop",
				note:   [2]string{"The buyer wanted 1.99 on the shelf; the display fee came on top", "采购要求货架价 1.99 元；另收陈列费"},
				lesson: [2]string{"Lost money: our margin on spicy strips cannot carry a cut this deep", "亏损：辣条的毛利承受不了这么深的降价"}},
			{name: [2]string{"Anniversary posters: rice crackers and seaweed crisps", "店庆海报：米饼和海苔脆"}, mechanic: "leaflet",
				anchor: onDay, month: time.May, day: 14, days: 14, products: []string{"EF-101", "EF-105"}, clusters: []int{2, 3},
				discount: 0.30, fixed: 2_000, uplift: 70, pull: 20, actual: 1, verdict: "repeat",
				note:   [2]string{"Posters at the door and the checkout", "门口和收银台张贴海报"},
				lesson: [2]string{"Small, but it paid back", "规模小，但收回了投入"}},
			{name: [2]string{"Back-to-school member price: spicy strips and corn puffs", "开学季会员价：辣条和玉米泡芙"}, mechanic: "member_price",
				anchor: onDay, month: time.September, day: 1, days: 14, products: []string{"EF-104", "EF-106"}, clusters: []int{1},
				discount: 0.10, uplift: 50, pull: 20, actual: 1, verdict: "repeat",
				note:   [2]string{"For the chain's student members", "面向连锁的学生会员"},
				lesson: [2]string{"Students signed up as members for it", "学生为此注册成为会员"}},
			{name: [2]string{"Checkout racks: spicy strips and rice crackers", "收银台货架：辣条和米饼"}, mechanic: "display",
				anchor: onDay, month: time.September, day: 7, days: 28, products: []string{"EF-104", "EF-105"}, clusters: []int{1, 2, 3},
				fixed: 5_000, uplift: 40, pull: 10, actual: 1, verdict: "change",
				note:   [2]string{"The first month of the racks; starts while the member price still runs near schools", "货架的第一个月；学校周边店的会员价尚未结束"},
				lesson: [2]string{"Clashed with the member price near schools: start the racks after it", "与学校周边店的会员价冲突：货架应在其后启动"}},
			{name: [2]string{"Sampling in the office towers: chocolate wafers", "写字楼店试吃：巧克力威化"}, mechanic: "sampling",
				anchor: onDay, month: time.September, day: 21, days: 14, products: []string{"EF-204"}, clusters: []int{2},
				fixed: 800, uplift: 100, pull: 10, actual: 1, verdict: "repeat",
				note:   [2]string{"Lunchtime tastings in 120 office stores", "在 120 家写字楼店午间试吃"},
				lesson: [2]string{"Office workers came back for the afternoon break", "上班族下午茶时间回头购买"}},
			{name: [2]string{"National Day: seaweed crisps price cut", "国庆：海苔脆降价"}, mechanic: "price_cut",
				anchor: onDay, month: time.October, day: 1, days: 7, products: []string{"EF-101"}, clusters: []int{2, 3},
				discount: 0.40, uplift: 60, pull: 20, actual: 1, verdict: "repeat",
				note:   [2]string{"Holiday travellers at the metro stations", "地铁站的节日出行客流"},
				lesson: [2]string{"Paid back in the metro stores", "在地铁站店收回投入"}},
			{name: [2]string{"Double 11: mini-program coupon", "双十一：小程序优惠券"}, mechanic: "coupon",
				anchor: onDay, month: time.November, day: 8, days: 7, products: []string{"EF-101", "EF-204"}, clusters: []int{1, 2, 3},
				discount: 0.30, fixed: 800, uplift: 50, pull: 20, actual: 1, verdict: "repeat",
				note:   [2]string{"Coupons in the chain's WeChat mini-program", "连锁微信小程序内发券"},
				lesson: [2]string{"Most coupons were used near offices", "大部分优惠券在写字楼附近使用"}},
			{name: [2]string{"Winter: a corn puff free with three rice crackers", "冬季：买三包米饼送一包玉米泡芙"}, mechanic: "gift",
				anchor: onDay, month: time.December, day: 1, days: 14, products: []string{"EF-105"}, clusters: []int{1, 2, 3},
				discount: 0.38, uplift: 80, pull: 20,
				note: [2]string{"The gift costs us a third of the corn puffs' cost price a pack", "赠品成本为每包分摊玉米泡芙成本价的三分之一"}},
			{name: [2]string{"Cheese puffs on the counter, offered at short notice", "临时获得的芝士泡芙柜台陈列"}, mechanic: "display",
				anchor: atShortNotice, days: 28, products: []string{"EF-103"},
				fixed: 250, uplift: 60, pull: 15, bookedLate: true,
				note: [2]string{"Clearing the cheese puffs before the delisting; booked inside the lead time", "在下架前清理芝士泡芙库存；在提前期内才预订"}},
		},
	},
}

// csPlanOrder is the order the case study's plans are built in.
var csPlanOrder = []string{"cs01", "cs04", "cs09"}

// csWeekly is what a retailer's stores sell a week of some of our products
// in some of its clusters (numbered from 1; none: all), from its range
// grid: units, and their value at list price and at cost price. Cells
// with no rate count nothing.
func csWeekly(accountID string, codes []string, clusters []int) (units, list, cost float64) {
	r := csRanges[accountID]
	for _, p := range csProducts {
		row, ok := r.grid[p.code]
		if !ok || codes != nil && !slices.Contains(codes, p.code) {
			continue
		}
		for ci, cell := range strings.Fields(row) {
			if ci >= len(r.clusters) || clusters != nil && !slices.Contains(clusters, ci+1) {
				continue
			}
			rate, err := strconv.ParseFloat(cell, 64)
			if err != nil {
				continue // not carried, or at a rate not known
			}
			u := rate * float64(r.clusters[ci].stores)
			units += u
			list += u * p.list
			cost += u * p.cost
		}
	}
	return units, list, cost
}

// caseStudyPlan gives three retailers their plan of the plan year: SMART
// objectives with their programmes (one without an owner), a plan with its
// SWOT, quarters against last year (from the reviews where they tell), key
// dates and P&L columns, and a promotion calendar; promotions that have
// ended by today have their actual volume and a verdict.
func caseStudyPlan(now time.Time, lang Lang, accounts []Account, terms []TermsYear, negotiations []Negotiation,
	meetings []Meeting, operations []Operations) ([]PlanObjective, []AccountPlan, []Promotion) {
	s := func(pair [2]string) string { return T(pair[0], pair[1]).In(lang) }
	loc := now.Location()
	today := Day(now)
	year := PlanYear(now)
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, loc) }
	money := func(units float64) Money { return Money(math.Round(units * 100)) }

	var objectives []PlanObjective
	var plans []AccountPlan
	var promotions []Promotion
	for _, id := range csPlanOrder {
		ai := slices.IndexFunc(accounts, func(a Account) bool { return a.ID == id })
		if ai < 0 {
			continue
		}
		a, cp := accounts[ai], csPlans[id]
		// gross is the account's sales of a year: its terms of the year,
		// agreed first, else proposed; else its latest terms grown by its
		// growth rate.
		gross := func(y int) Money {
			var found *TermsYear
			for i, t := range terms {
				if t.AccountID == id && t.Year == y && (found == nil || found.Proposal) {
					found = &terms[i]
				}
			}
			if found != nil {
				return found.GrossSales
			}
			latest := TermsYear{Year: now.Year(), GrossSales: a.OurSales}
			for _, t := range terms {
				if t.AccountID == id && !t.Proposal && t.Year < y && t.Year >= latest.Year {
					latest = t
				}
			}
			g := float64(latest.GrossSales) * math.Pow(1+a.Growth/100, float64(y-latest.Year))
			return Money(math.Round(g/1_000_00) * 1_000_00)
		}
		// perUnit is what a unit sold brings in: this year's sales over what
		// the grid sells in a year.
		weekly, listValue, costValue := csWeekly(id, nil, nil)
		perUnit := float64(a.OurSales.Units()) / (weekly * 52)
		cogs := math.Round(costValue/listValue*100*2) / 2

		// review is the account's review of a quarter of a year, if it has one.
		review := func(y, q int) (Meeting, bool) {
			from := date(y, time.Month(3*q+1), 1)
			for _, m := range meetings {
				if m.AccountID == id && Day(m.From).Equal(from) {
					return m, true
				}
			}
			return Meeting{}, false
		}
		actual := func(m Meeting, metric string) (float64, bool) {
			for _, x := range m.Scorecard {
				if x.Name.EN == metric && x.Actual != nil {
					return *x.Actual, true
				}
			}
			return 0, false
		}
		// latest is a metric's actual in the account's latest review of a
		// year before the plan's.
		latest := func(metric string, fallback float64) float64 {
			var best *Meeting
			for i, m := range meetings {
				if m.AccountID == id && Day(m.To).Year() < year && (best == nil || m.To.After(best.To)) {
					if _, ok := actual(m, metric); ok {
						best = &meetings[i]
					}
				}
			}
			if best == nil {
				return fallback
			}
			v, _ := actual(*best, metric)
			return v
		}

		plan := AccountPlan{AccountID: id, Year: year, Created: today.AddDate(0, 0, -40), Updated: today.AddDate(0, 0, -4)}
		for box, list := range []*[]string{&plan.Strengths, &plan.Weaknesses, &plan.Opportunities, &plan.Threats} {
			for _, point := range cp.swot[box] {
				*list = append(*list, s(point))
			}
		}
		// Last year: the quarters a review tells as it tells them; the
		// others share the rest of last year's sales by season, so the year
		// adds up to its terms.
		rest, restSeason := gross(year-1), 0.0
		var reviewed [4]bool
		for q := range 4 {
			f := QuarterFigures{Share: cp.lastShare[q], Distribution: cp.lastDist[q]}
			if m, ok := review(year-1, q); ok {
				if v, ok := actual(m, "Sell-in"); ok {
					f.SellIn, reviewed[q] = money(v), true
					rest -= f.SellIn
				}
				if v, ok := actual(m, "Value share"); ok {
					f.Share = v
				}
				if v, ok := actual(m, "Numeric distribution"); ok && f.Distribution > 0 {
					f.Distribution = v
				}
			}
			if !reviewed[q] {
				restSeason += cp.season[q]
			}
			plan.LastYear[q] = f
		}
		shared, left := Money(0), restSeason
		for q := range 4 {
			f := &plan.LastYear[q]
			if !reviewed[q] {
				left -= cp.season[q]
				f.SellIn = max(rest, 0) - shared // the last of them takes what is left
				if left > 1e-9 {
					f.SellIn = Money(math.Round(float64(max(rest, 0))*cp.season[q]/restSeason/1_000_00) * 1_000_00)
				}
				shared += f.SellIn
			}
			f.Volume = math.Round(f.SellIn.Units() / perUnit)
		}
		var shareBase, distBase float64
		for _, f := range plan.LastYear {
			shareBase += f.Share / 4
			distBase += f.Distribution / 4
		}
		shareBase, distBase = round1(shareBase), round1(distBase)

		// The objectives, their baselines from last year.
		shareTarget, distTarget := shareBase, distBase
		for n, g := range cp.goals {
			o := PlanObjective{
				ID: fmt.Sprintf("%s-o%d", id, n+1), AccountID: id, Year: year, Text: s(g.text), Measure: g.measure,
				ByWhen: date(year, g.month, g.day), OwnerName: g.owner, Lever: g.lever,
				Created: today.AddDate(0, 0, -40+n), Updated: today.AddDate(0, 0, -4),
			}
			switch g.measure {
			case MeasureSellIn:
				o.Baseline = plan.LastYearSales().Units()
				o.Target = gross(year).Units()
			case MeasureSellOut: // what sells out of what sells in, as the latest review found
				r := latest("Sell-out", 0) / latest("Sell-in", 1)
				if r <= 0 {
					r = 0.98
				}
				o.Baseline = math.Round(plan.LastYearSales().Units()*r/1000) * 1000
				o.Target = math.Round(gross(year).Units()*r/1000) * 1000
			case MeasureShare:
				o.Baseline = shareBase
				o.Target = round1(shareBase + g.delta)
				shareTarget = o.Target
			case MeasureDistribution:
				o.Baseline = distBase
				o.Target = round1(min(distBase+g.delta, 100))
				distTarget = o.Target
			case MeasureMetric:
				o.Metric, o.MetricUnit = s(g.metric), "percent"
				o.Baseline = latest(g.metric[0], g.fallback)
				o.Target = round1(o.Baseline + g.delta)
			}
			for _, p := range g.programmes {
				o.Programmes = append(o.Programmes, Programme{What: s(p.what), Who: p.who, When: date(year, p.month, p.day), Cost: Money(p.cost * 100)})
			}
			objectives = append(objectives, o)
		}

		// The quarters: the year's sales by season, the volume they make,
		// share and distribution on their way to the objectives' targets.
		planned := gross(year)
		growth := float64(planned) / float64(a.OurSales)
		var sum Money
		for q := range 4 {
			qp := QuarterPlan{Other: Money(cp.other[q] * 100)}
			qp.SellIn = Money(math.Round(float64(planned)*cp.season[q]/1_000_00) * 1_000_00)
			if q == 3 {
				qp.SellIn = planned - sum
			}
			sum += qp.SellIn
			qp.Volume = math.Round(weekly * 52 * cp.season[q] * growth)
			step := float64(q+1) / 4
			qp.Share = round1(shareBase + (shareTarget-shareBase)*step)
			if distBase > 0 {
				qp.Distribution = round1(distBase + (distTarget-distBase)*step)
			}
			plan.Quarters[q] = qp
		}

		// Key dates: the account's own; the festivals, range reviews and
		// launches are suggested beside them.
		if cp.termsDate[0] != "" {
			for _, n := range negotiations {
				if n.AccountID == id && n.Year == year && !n.Meeting.IsZero() {
					plan.KeyDates = append(plan.KeyDates, KeyDate{Date: Day(n.Meeting), What: s(cp.termsDate), Kind: "buyer"})
				}
			}
		}
		for _, d := range cp.dates {
			plan.KeyDates = append(plan.KeyDates, KeyDate{Date: date(year, d.month, d.day), What: s(d.what), Kind: d.kind})
		}
		slices.SortStableFunc(plan.KeyDates, func(x, y KeyDate) int { return x.Date.Compare(y.Date) })

		// The P&L: last year's actual sales, the plan's, the latest estimate.
		costs := func(scale float64) []CostLine {
			var out []CostLine
			for _, c := range cp.costs {
				out = append(out, CostLine{Name: s(c.name), Amount: Money(math.Round(float64(c.amount)*scale/1000) * 1000 * 100), Pct: c.pct})
			}
			return out
		}
		plan.PnL[PnLLastYear] = PnLColumn{GrossSales: plan.LastYearSales(), COGSPct: cogs, CostToServe: costs(cp.lastCosts)}
		plan.PnL[PnLPlan] = PnLColumn{COGSPct: cogs, CostToServe: costs(1)}
		plan.PnL[PnLEstimate] = PnLColumn{GrossSales: Money(math.Round(float64(planned)*cp.estimate/1_000_00) * 1_000_00), COGSPct: cogs, CostToServe: costs(1)}
		plans = append(plans, plan)

		// The promotion calendar. Slots are booked a little more than the
		// lead time ahead, once that day has come; the short-notice display
		// was booked yesterday, inside it.
		lead := csRanges[id].promoWeeks
		for _, o := range operations {
			if o.AccountID == id && o.PromoLeadWeeks > 0 {
				lead = o.PromoLeadWeeks
			}
		}
		for n, e := range cp.promos {
			var start time.Time
			switch e.anchor {
			case onDay:
				start = date(year, e.month, e.day)
			case fromNewYear:
				start = festival(chineseNewYear, year, time.February, 5, loc).AddDate(0, 0, e.day)
			case fromMidAutumn:
				start = festival(midAutumn, year, time.September, 20, loc).AddDate(0, 0, e.day)
			case atShortNotice:
				start = today.AddDate(0, 0, 7*(lead-2))
			}
			end := start.AddDate(0, 0, e.days-1)
			if e.anchor == atShortNotice && end.Before(date(year, time.January, 14)) {
				end = date(year, time.January, 14) // offered in the autumn: it runs over the New Year into the plan's year
			}
			p := Promotion{
				ID: fmt.Sprintf("%s-pm%02d", id, n+1), AccountID: id, Name: s(e.name), Mechanic: e.mechanic,
				Start: start, End: end, Products: make([]string, len(e.products)),
				DiscountPerUnit: money(e.discount), FixedFees: money(e.fixed),
				Uplift: e.uplift, PullForward: e.pull, Notes: s(e.note),
			}
			for i, code := range e.products {
				p.Products[i] = csProductID(code)
			}
			for _, c := range e.clusters {
				p.Clusters = append(p.Clusters, fmt.Sprintf("%s-cl%d", id, c))
			}
			p.BaselinePerWeek = e.baseline
			if p.BaselinePerWeek == 0 {
				units, _, _ := csWeekly(id, e.products, e.clusters)
				p.BaselinePerWeek = math.Round(units)
			}
			if e.anchor == atShortNotice {
				p.FixedFees = money(e.fixed * math.Round(p.Weeks()))
			}
			booked := start.AddDate(0, 0, -7*(lead+2+n%3))
			switch {
			case e.bookedLate:
				p.Booked = today.AddDate(0, 0, -1)
			case !booked.After(today):
				p.Booked = booked
			}
			p.Created, p.Updated = today.AddDate(0, 0, -60), today.AddDate(0, 0, -5)
			if !p.Booked.IsZero() && p.Booked.Before(p.Created) {
				p.Created = p.Booked
			}
			if e.actual > 0 && Day(end).Before(today) { // it has run
				v := math.Round(p.Forecast(0, false).Volume * e.actual)
				p.ActualVolume = &v
				p.Verdict = e.verdict
				p.Notes = s(e.lesson)
				p.Updated = end.AddDate(0, 0, 7)
				if p.Updated.After(today) {
					p.Updated = today
				}
			}
			promotions = append(promotions, p)
		}
	}
	return objectives, plans, promotions
}
