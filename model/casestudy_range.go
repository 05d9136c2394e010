package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// csProduct is one of the supplier's products as the case study writes it:
// list and cost price in currency units, launched so many days ago (a
// negative number launches it that many days from now).
type csProduct struct {
	code            string
	name            Text
	brand           string
	category, pack  [2]string
	list, cost      float64
	launchedDaysAgo int
	status          ProductStatus
}

// csProducts are Everfresh's sixteen products: salty snacks, biscuits,
// multipacks and bulk, gift packs and a drink; two new, two phasing out.
// Product i has the ID "pr" and its number (pr01…pr16).
var csProducts = func() []csProduct {
	snacks := [2]string{"Salty snacks", "咸味零食"}
	biscuits := [2]string{"Biscuits", "饼干"}
	bulk := [2]string{"Multipacks and bulk", "多联包与大包装"}
	gifts := [2]string{"Gift packs", "礼盒"}
	drinks := [2]string{"Drinks", "饮料"}
	const core, bakery, reserve, sparkle = "Everfresh 常鲜", "Everfresh Bakery 常鲜烘焙", "Everfresh Reserve 常鲜臻选", "Everfresh Sparkle 常鲜气泡"
	return []csProduct{
		{"EF-101", T("Seaweed crisps 80 g", "海苔脆 80 克"), core, snacks, [2]string{"80 g", "80 克"}, 6.50, 4.10, 3 * 365, ProductActive},
		{"EF-102", T("Potato crisps sharing bag 200 g", "薯片分享装 200 克"), core, snacks, [2]string{"200 g", "200 克"}, 8.80, 5.90, 5 * 365, ProductActive},
		{"EF-103", T("Cheese puffs 150 g", "芝士泡芙 150 克"), core, snacks, [2]string{"150 g", "150 克"}, 7.20, 5.20, 8 * 365, ProductPhasingOut},
		{"EF-104", T("Spicy strips 60 g", "辣条 60 克"), core, snacks, [2]string{"60 g", "60 克"}, 2.60, 1.70, 4 * 365, ProductActive},
		{"EF-105", T("Rice crackers 40 g", "米饼 40 克"), core, snacks, [2]string{"40 g", "40 克"}, 3.20, 2.00, 2 * 365, ProductActive},
		{"EF-106", T("Kids' corn puffs 20 g", "儿童玉米泡芙 20 克"), core, snacks, [2]string{"20 g", "20 克"}, 1.80, 1.15, 500, ProductActive},
		{"EF-201", T("Classic crackers 400 g", "经典饼干 400 克"), bakery, biscuits, [2]string{"400 g", "400 克"}, 11.00, 8.10, 9 * 365, ProductPhasingOut},
		{"EF-202", T("Baked oat bites 6 × 25 g", "烘焙燕麦酥 6 × 25 克"), bakery, biscuits, [2]string{"6 × 25 g", "6 × 25 克"}, 12.50, 7.90, 420, ProductActive},
		{"EF-203", T("Low-sugar oat biscuits 180 g", "低糖燕麦饼干 180 克"), bakery, biscuits, [2]string{"180 g", "180 克"}, 13.80, 7.80, 380, ProductActive},
		{"EF-204", T("Chocolate wafers 120 g", "巧克力威化 120 克"), bakery, biscuits, [2]string{"120 g", "120 克"}, 7.90, 5.40, 6 * 365, ProductActive},
		{"EF-301", T("Mixed snacks family pack 500 g", "什锦零食家庭装 500 克"), core, bulk, [2]string{"500 g", "500 克"}, 22.00, 14.60, 3 * 365, ProductActive},
		{"EF-302", T("Mixed snacks club pack 1.5 kg", "什锦零食会员装 1.5 公斤"), core, bulk, [2]string{"1.5 kg", "1.5 公斤"}, 45.00, 31.50, 45, ProductNew},
		{"EF-303", T("Potato crisps caterer pack 2 kg", "薯片餐饮装 2 公斤"), core, bulk, [2]string{"2 kg", "2 公斤"}, 52.00, 38.50, 2 * 365, ProductActive},
		{"EF-401", T("Premium snack gift box 1.2 kg", "高端零食礼盒 1.2 公斤"), reserve, gifts, [2]string{"1.2 kg", "1.2 公斤"}, 128.00, 72.00, 4 * 365, ProductActive},
		{"EF-402", T("Butter cookie gift tin 500 g", "黄油曲奇礼罐 500 克"), reserve, gifts, [2]string{"500 g", "500 克"}, 58.00, 35.00, 6 * 365, ProductActive},
		{"EF-501", T("Sugar-free sparkling citrus tea 330 ml", "无糖柑橘气泡茶 330 毫升"), sparkle, drinks, [2]string{"330 ml", "330 毫升"}, 3.90, 2.50, -21, ProductNew},
	}
}()

// csProductID is the ID of the case study's product with a code.
func csProductID(code string) string {
	for i, p := range csProducts {
		if p.code == code {
			return fmt.Sprintf("pr%02d", i+1)
		}
	}
	return ""
}

// csCluster is a group of a retailer's stores in the case study.
type csCluster struct {
	name, format, region [2]string
	stores               int
	grade                Grade
	share                float64
	outlets              [][2]string
}

// atReview dates a change on the account's next range review.
const atReview = math.MaxInt

// csChange is an assortment change in the case study: the products by
// code, the clusters by number (1 is the first), dated so many days from
// today (negative: in the past) or atReview.
type csChange struct {
	kind              MutationKind
	product, replaces string
	clusters          []int
	when              int
	status            MutationStatus
	approvedBy        string
	reason            [2]string
}

// csRange is what the case study knows of one retailer's range.
type csRange struct {
	// markup is the retailer's shelf price over our list price.
	markup float64
	// review is the days to the next range review, reviewsAYear how
	// many it holds a year; new items are submitted submitWeeks before
	// it; promotions are booked promoWeeks ahead.
	review, reviewsAYear, submitWeeks, promoWeeks int
	clusters                                      []csCluster
	// grid has, for each product carried, a cell per cluster: a rate of
	// sale (units per store per week), ? carried at a rate not known, -
	// not carried.
	grid map[string]string
	// answers are the operations profile's; rangeWhen says when the
	// reviews are, its %s the months.
	answers   map[string][2]string
	rangeWhen [2]string
	changes   []csChange
}

// csRanges are the retailers' ranges, by account.
var csRanges = map[string]csRange{
	"cs01": { // MegaMart, hypermarkets
		markup: 1.30, review: 75, reviewsAYear: 2, submitWeeks: 6, promoWeeks: 8,
		clusters: []csCluster{
			{[2]string{"Shanghai flagship hypermarkets", "上海旗舰大卖场"}, [2]string{"Hypermarket, 12,000 m²", "大卖场，12,000 平方米"}, [2]string{"Shanghai", "上海"}, 12, "A", 27,
				[][2]string{{"M001 Xuhui, Shanghai", "M001 上海徐汇"}, {"M002 Jinqiao, Pudong, Shanghai", "M002 上海浦东金桥"}, {"M003 Minhang, Shanghai", "M003 上海闵行"}, {"M004 Baoshan, Shanghai", "M004 上海宝山"}}},
			{[2]string{"Jiangsu and Zhejiang large hypermarkets", "江浙大型大卖场"}, [2]string{"Hypermarket, 10,000 m²", "大卖场，10,000 平方米"}, [2]string{"Jiangsu, Zhejiang", "江苏、浙江"}, 16, "A", 28, nil},
			{[2]string{"Jiangsu and Zhejiang city hypermarkets", "江浙城市大卖场"}, [2]string{"Hypermarket, 9,000 m²", "大卖场，9,000 平方米"}, [2]string{"Jiangsu, Zhejiang", "江苏、浙江"}, 26, "B", 24, nil},
			{[2]string{"Anhui and Jiangxi hypermarkets", "皖赣大卖场"}, [2]string{"Hypermarket, 9,000 m²", "大卖场，9,000 平方米"}, [2]string{"Anhui, Jiangxi", "安徽、江西"}, 18, "B", 12, nil},
			{[2]string{"Compact hypermarkets", "小型大卖场"}, [2]string{"Hypermarket, 8,000 m²", "大卖场，8,000 平方米"}, [2]string{"East China", "华东"}, 14, "C", 7, nil},
		},
		grid: map[string]string{
			"EF-101": "46 41 33 28 22",
			"EF-102": "64 58 47 40 31",
			"EF-103": "11 9 8 7 -",
			"EF-104": "35 31 29 26 -",
			"EF-105": "27 24 - - -",
			"EF-201": "9 8 7 6 5",
			"EF-202": "33 29 25 21 18",
			"EF-204": "22 19 16 13 -",
			"EF-301": "18 15 13 12 ?",
			"EF-401": "? ? - - -",
			"EF-402": "? ? - - -",
		},
		answers: map[string][2]string{
			"order_channel":      {"EDI from the retailer's replenishment system; promotion orders keyed by hand on the supplier portal", "零售商补货系统通过 EDI 下单；促销订单在供应商平台上手工录入"},
			"order_who":          {"Central replenishment in Shanghai, under Liu Yang", "上海总部集中补货，由刘洋负责"},
			"order_days":         {"Monday and Thursday", "每周一和周四"},
			"order_lead":         {"3 days to the DC; 2 days in promotion weeks", "到配送中心 3 天；促销周 2 天"},
			"delivery_route":     {"All via the retailer's DCs; gift boxes direct to the A stores in the festive season", "全部经零售商配送中心；礼盒在节日旺季直送 A 类门店"},
			"delivery_dcs":       {"Kunshan DC for Shanghai, Jiangsu and Zhejiang; Hefei DC for Anhui and Jiangxi", "昆山配送中心覆盖上海、江苏和浙江；合肥配送中心覆盖安徽和江西"},
			"delivery_minimum":   {"One full pallet per DC per drop; below it a handling charge of 300 per drop", "每个配送中心每次至少一整托；不足时每次收取 300 元操作费"},
			"payment_terms":      {"55 days from the invoice, paid at month end", "发票日起 55 天，月底统一付款"},
			"payment_invoicing":  {"PO number, DC code and the EDI delivery note number on every invoice", "每张发票须注明订单号、配送中心代码和 EDI 送货单号"},
			"payment_deductions": {"Leaflet, display and listing fees deducted from the next payment once the activity ran", "海报费、陈列费和进场费在活动执行后从下一笔货款中扣除"},
			"range_submission":   {"The new-item form, samples, 90 days of sell-out data from another chain and the launch promotion plan", "新品申请表、样品、其他渠道 90 天的动销数据以及上市促销计划"},
			"planogram_owner":    {"The retailer's space team in Shanghai; the category buyer signs off", "零售商上海总部的陈列团队；品类采购签字确认"},
			"planogram_resets":   {"Four weeks after each range review, all stores in one week", "每次品项评审后四周，所有门店在一周内完成调整"},
			"promo_booking":      {"Leaflet slots booked on the supplier portal per period; paid by deduction", "在供应商平台按档期预订海报位；费用从货款中扣除"},
			"promo_approval":     {"The buyer, then the category director Wang Fang, then finance", "采购，然后品类总监王芳，最后财务"},
			"new_stores":         {"Six stores open in Shanghai this year; they take the Shanghai flagship range", "今年上海新开六家店；采用上海旗舰大卖场的品项"},
		},
		rangeWhen: [2]string{"Twice a year, in %s; the buyer confirms the dates six weeks ahead", "每年两次，%s；采购提前六周确认日期"},
		changes: []csChange{
			{MutationListing, "EF-105", "", []int{3}, 18, MutationAgreed, "Zhang Min 张敏",
				[2]string{"Single-serve is our biggest gap here; after 90 days of sell-out in the A stores the buyer extends it to the city hypermarkets.", "单份装是我们在这里最大的缺口；A 类门店 90 天动销后，采购同意扩展到城市大卖场。"}},
			{MutationDelisting, "EF-103", "", []int{1, 2, 3, 4}, atReview, MutationProposed, "",
				[2]string{"Phasing out, and our slowest seller here: we offer it before the new director asks for it.", "正在逐步淘汰，也是我们在这里动销最慢的产品：在新总监提出之前主动下架。"}},
			{MutationReplacement, "EF-203", "EF-201", []int{1, 2}, atReview, MutationProposed, "",
				[2]string{"The crackers are phasing out; low-sugar biscuits keep the facings with a better margin.", "经典饼干正在淘汰；低糖饼干接替排面，毛利更高。"}},
			{MutationListing, "EF-101", "", []int{1, 2, 3, 4, 5}, -200, MutationDone, "Zhang Min 张敏",
				[2]string{"Seaweed crisps listed in every store after the spring review.", "春季评审后海苔脆进入所有门店。"}},
			{MutationListing, "EF-402", "", []int{3}, -70, MutationRefused, "",
				[2]string{"Refused by the category director: gift tins stay in the A stores.", "被品类总监拒绝：礼罐只放在 A 类门店。"}},
		},
	},
	"cs02": { // FreshWay, neighbourhood supermarkets
		markup: 1.32, review: 50, reviewsAYear: 2, submitWeeks: 5, promoWeeks: 6,
		clusters: []csCluster{
			{[2]string{"Shenzhen large supermarkets", "深圳大型超市"}, [2]string{"Supermarket, 2,500 m²", "超市，2,500 平方米"}, [2]string{"Shenzhen", "深圳"}, 35, "A", 30,
				[][2]string{{"F008 Futian Centre, Shenzhen", "F008 深圳福田中心"}, {"F015 Nanshan Science Park, Shenzhen", "F015 深圳南山科技园"}, {"F021 Longhua, Shenzhen", "F021 深圳龙华"}}},
			{[2]string{"Guangzhou large supermarkets", "广州大型超市"}, [2]string{"Supermarket, 2,500 m²", "超市，2,500 平方米"}, [2]string{"Guangzhou", "广州"}, 30, "A", 26, nil},
			{[2]string{"City neighbourhood supermarkets", "城市社区超市"}, [2]string{"Supermarket, 800 m²", "超市，800 平方米"}, [2]string{"Shenzhen, Guangzhou", "深圳、广州"}, 95, "B", 28, nil},
			{[2]string{"Pearl River Delta towns", "珠三角城镇门店"}, [2]string{"Supermarket, 600 m²", "超市，600 平方米"}, [2]string{"Foshan, Dongguan, Zhongshan", "佛山、东莞、中山"}, 80, "C", 14, nil},
		},
		grid: map[string]string{
			"EF-101": "14 12 9 6",
			"EF-102": "22 19 15 11",
			"EF-103": "4 4 3 -",
			"EF-104": "12 11 10 8",
			"EF-105": "9 8 7 -",
			"EF-201": "5 4 4 3",
			"EF-202": "16 14 11 -",
			"EF-203": "? - - -",
			"EF-204": "8 7 6 5",
			"EF-402": "? ? - -",
		},
		answers: map[string][2]string{
			"order_channel":      {"Supplier portal: the head office groups the stores' orders and sends them each evening", "供应商平台：总部汇总门店订单，每晚下发"},
			"order_who":          {"Each store proposes, the head office replenishment team confirms", "门店提报，总部补货团队确认"},
			"order_days":         {"Every weekday; promotion orders two weeks ahead", "每个工作日；促销订单提前两周"},
			"order_lead":         {"2 days", "2 天"},
			"delivery_route":     {"Via the DC in Dongguan; nothing direct to store", "经东莞配送中心；不直送门店"},
			"delivery_dcs":       {"One DC in Dongguan serves all 240 stores", "东莞一个配送中心覆盖全部 240 家门店"},
			"delivery_windows":   {"Booked a day ahead on the portal; the DC receives from 6:00 to 14:00", "提前一天在平台预约；配送中心收货时间 6:00 至 14:00"},
			"payment_terms":      {"45 days from receipt at the DC", "配送中心收货起 45 天"},
			"payment_invoicing":  {"One invoice per PO with the PO number; an invoice for two orders is sent back", "每张订单开一张发票并注明订单号；合并开票会被退回"},
			"payment_deductions": {"Leaflet and new-store fees deducted monthly", "海报费和新店开业费按月扣除"},
			"range_submission":   {"New-item form, samples and a shelf-productivity estimate per metre", "新品申请表、样品以及每米货架产出预估"},
			"planogram_owner":    {"The category manager Lin Tao; we plan the shelves of the 20 pilot stores", "品类经理林涛；20 家试点门店的货架由我们规划"},
			"planogram_resets":   {"Twice a year, four weeks after each range review", "每年两次，在每次品项评审后四周"},
			"promo_booking":      {"Leaflet slots booked per fortnight with the buyer; paid by deduction", "与采购按双周档期预订海报位；费用从货款中扣除"},
			"new_stores":         {"30 stores next year, the first 10 in Shenzhen; they open with the Shenzhen range", "明年新开 30 家店，首批 10 家在深圳；开业采用深圳门店群的品项"},
		},
		rangeWhen: [2]string{"Twice a year, in %s; planograms follow four weeks later", "每年两次，%s；四周后调整陈列图"},
		changes: []csChange{
			{MutationListing, "EF-202", "", []int{4}, 21, MutationAgreed, "Lin Tao 林涛",
				[2]string{"The 6-pack goes into every store, as the joint plan says; the town stores take it with the next leaflet.", "按联合计划六联包进入所有门店；城镇门店随下一期海报上架。"}},
			{MutationDelisting, "EF-103", "", []int{1, 2, 3}, atReview, MutationProposed, "",
				[2]string{"Phasing out; its metre of shelf sells less than half the category's average.", "正在逐步淘汰；所占货架每米产出不到品类平均的一半。"}},
			{MutationReplacement, "EF-203", "EF-201", []int{2}, atReview, MutationProposed, "",
				[2]string{"Low-sugar biscuits sell well in Shenzhen; Guangzhou should take them in place of the crackers.", "低糖饼干在深圳卖得好；广州应以其替换经典饼干。"}},
			{MutationListing, "EF-202", "", []int{1, 2, 3}, -180, MutationDone, "Huang Wei 黄伟",
				[2]string{"The new baked range listed in the city stores.", "新烘焙系列进入城市门店。"}},
			{MutationListing, "EF-301", "", []int{3}, -80, MutationRefused, "",
				[2]string{"Refused by the buyer: baskets are getting smaller, no room for a 500 g pack in neighbourhood stores.", "被采购拒绝：客单变小，社区店放不下 500 克的包装。"}},
		},
	},
	"cs03": { // QuickStop, convenience stores
		markup: 1.45, review: 40, reviewsAYear: 4, submitWeeks: 4, promoWeeks: 4,
		clusters: []csCluster{
			{[2]string{"Beijing business districts and stations", "北京商圈与交通站点"}, [2]string{"Convenience, 24 hours, chiller wall", "24 小时便利店，带冷柜墙"}, [2]string{"Beijing", "北京"}, 260, "A", 26,
				[][2]string{{"Q0012 Guomao Station, Beijing", "Q0012 北京国贸站"}, {"Q0037 Zhongguancun, Beijing", "Q0037 北京中关村"}, {"Q0105 Beijing South Railway Station", "Q0105 北京南站"}}},
			{[2]string{"Beijing residential stores", "北京社区店"}, [2]string{"Convenience, 24 hours", "24 小时便利店"}, [2]string{"Beijing", "北京"}, 620, "B", 34, nil},
			{[2]string{"Tianjin stores", "天津门店"}, [2]string{"Convenience, 24 hours", "24 小时便利店"}, [2]string{"Tianjin", "天津"}, 450, "B", 22, nil},
			{[2]string{"Hebei franchised stores", "河北加盟店"}, [2]string{"Franchised convenience", "加盟便利店"}, [2]string{"Hebei", "河北"}, 520, "C", 15, nil},
		},
		grid: map[string]string{
			"EF-101": "6.5 4.8 4.2 3.1",
			"EF-103": "1.2 0.9 0.8 0.7",
			"EF-104": "9.5 8.2 7.9 7.4",
			"EF-105": "7.8 5.6 5.1 4.6",
			"EF-106": "3.9 4.4 4.1 -",
			"EF-202": "2.2 - - -",
			"EF-204": "3.0 2.4 2.1 -",
		},
		answers: map[string][2]string{
			"order_channel":     {"EDI from the central system; franchisees order from the central list in the store app", "总部系统 EDI 下单；加盟店通过门店 App 从总部清单订货"},
			"order_who":         {"Central buying sets the list; each store orders its own quantities", "清单由总部采购确定；数量由各门店自行订货"},
			"order_days":        {"Stores order daily; the DCs order from us on Tuesday and Friday", "门店每天订货；配送中心每周二和周五向我们下单"},
			"order_lead":        {"2 days to the DC", "到配送中心 2 天"},
			"delivery_route":    {"Via the DCs; chilled products on the retailer's cold chain", "经配送中心；冷藏产品走零售商冷链"},
			"delivery_dcs":      {"Daxing DC for Beijing and Hebei; Wuqing DC for Tianjin", "大兴配送中心覆盖北京和河北；武清配送中心覆盖天津"},
			"delivery_minimum":  {"Ten cases per SKU per drop", "每次每个 SKU 至少十箱"},
			"delivery_windows":  {"Night receiving at the DCs, 22:00 to 5:00, booked two days ahead", "配送中心夜间收货，22:00 至 5:00，需提前两天预约"},
			"payment_terms":     {"30 days from the invoice", "发票日起 30 天"},
			"payment_invoicing": {"One invoice per DC with the DC code", "按配送中心开票并注明配送中心代码"},
			"range_submission":  {"New-item form, samples and the rate of sale per store per week from a test in 50 stores", "新品申请表、样品，以及 50 家门店试销的单店周销量"},
			"planogram_owner":   {"The head office space team; franchisees must follow it", "总部陈列团队；加盟店必须执行"},
			"planogram_resets":  {"Two weeks after each quarterly review", "每季度评审后两周"},
			"promo_booking":     {"Monthly promotion slots booked with the buyer; display fees per store", "每月促销档期向采购预订；陈列费按门店计"},
			"promo_approval":    {"The buyer, then the buying manager Feng Qi", "采购，然后采购经理冯琪"},
		},
		rangeWhen: [2]string{"Every quarter, in %s; the chiller is reviewed at the same time", "每季度一次，%s；冷柜陈列同时评审"},
		changes: []csChange{
			{MutationListing, "EF-501", "", []int{1, 2}, 21, MutationAgreed, "Feng Qi 冯琪",
				[2]string{"Into the chiller on its launch day: our first product in the chiller here.", "上市当天进入冷柜：我们在这里的第一个冷柜产品。"}},
			{MutationDelisting, "EF-103", "", []int{1, 2, 3}, atReview, MutationProposed, "",
				[2]string{"Phasing out; under one unit per store per week.", "正在逐步淘汰；单店周销量不到一件。"}},
			{MutationReplacement, "EF-106", "EF-103", []int{4}, atReview, MutationProposed, "",
				[2]string{"Franchisees near schools ask for the kids' puffs; they take the cheese puffs' peg.", "学校附近的加盟店要儿童泡芙；接替芝士泡芙的挂钩位。"}},
			{MutationDelisting, "EF-301", "", []int{1, 2, 3, 4}, -150, MutationDone, "Deng Hao 邓浩",
				[2]string{"Family packs do not sell in convenience stores; the space went to single-serve.", "家庭装在便利店卖不动；空间让给单份装。"}},
			{MutationListing, "EF-102", "", []int{1, 2}, -60, MutationRefused, "",
				[2]string{"Refused by the buying manager: 200 g is too big for a convenience shelf.", "被采购经理拒绝：200 克对便利店货架太大。"}},
		},
	},
	"cs04": { // ShopNow, e-commerce: its regional warehouses and our flagship store
		markup: 1.18, review: 95, reviewsAYear: 2, submitWeeks: 6, promoWeeks: 6,
		clusters: []csCluster{
			{[2]string{"East China warehouses", "华东仓"}, [2]string{"Self-operated warehouse", "自营仓"}, [2]string{"East China", "华东"}, 2, "A", 36,
				[][2]string{{"WH-KS Kunshan, Jiangsu", "WH-KS 江苏昆山"}, {"WH-HZ Hangzhou, Zhejiang", "WH-HZ 浙江杭州"}}},
			{[2]string{"South China warehouse", "华南仓"}, [2]string{"Self-operated warehouse", "自营仓"}, [2]string{"Guangzhou", "广州"}, 1, "A", 22, nil},
			{[2]string{"North China warehouse", "华北仓"}, [2]string{"Self-operated warehouse", "自营仓"}, [2]string{"Tianjin", "天津"}, 1, "B", 20, nil},
			{[2]string{"West China warehouse", "西部仓"}, [2]string{"Self-operated warehouse", "自营仓"}, [2]string{"Chengdu", "成都"}, 1, "C", 10, nil},
			{[2]string{"Everfresh flagship store", "常鲜官方旗舰店"}, [2]string{"Marketplace store, shipped from our warehouse", "平台旗舰店，我方仓库发货"}, [2]string{"National", "全国"}, 1, "B", 12, nil},
		},
		grid: map[string]string{
			"EF-101": "820 640 510 230 140",
			"EF-102": "1150 900 760 310 210",
			"EF-103": "160 120 95 - 30",
			"EF-104": "640 520 410 390 150",
			"EF-201": "180 150 130 90 40",
			"EF-202": "460 380 300 - 120",
			"EF-203": "380 260 210 120 90",
			"EF-204": "300 240 200 110 70",
			"EF-301": "350 280 250 - 90",
			"EF-401": "? ? ? ? ?",
			"EF-402": "? ? ? ? ?",
		},
		answers: map[string][2]string{
			"order_channel":      {"Purchase orders from the platform's vendor system, raised from its forecast", "平台供应商系统根据预测自动生成采购单"},
			"order_who":          {"The platform's replenishment algorithm; the category manager Jiang Nan approves festival orders", "平台补货算法；大促订单由品类经理江楠审批"},
			"order_days":         {"Daily", "每天"},
			"order_lead":         {"3 days to the East and South warehouses, 5 days to the others", "到华东仓和华南仓 3 天，到其他仓 5 天"},
			"delivery_route":     {"Into the platform's own warehouses; the flagship store ships from our warehouse", "送入平台自营仓；旗舰店由我方仓库发货"},
			"delivery_dcs":       {"Kunshan and Hangzhou (East), Guangzhou (South), Tianjin (North), Chengdu (West)", "昆山和杭州（华东）、广州（华南）、天津（华北）、成都（西部）"},
			"delivery_minimum":   {"Full pallets only; mixed pallets need the warehouse's approval", "只收整托；混托须经仓库批准"},
			"delivery_windows":   {"Booked in the warehouse system three days ahead; a missed slot is charged", "提前三天在仓储系统预约；错过时段要罚款"},
			"payment_terms":      {"75 days from the monthly statement", "月结单起 75 天"},
			"payment_invoicing":  {"One invoice per statement, matched in the vendor system", "每份对账单开一张发票，在供应商系统中匹配"},
			"payment_deductions": {"The coupons we fund and the data fee, deducted from each statement", "我方出资的优惠券和数据费，从每期对账中扣除"},
			"range_submission":   {"Product page, pictures, a price index against other platforms and a coupon plan", "商品详情页、图片、与其他平台的比价指数以及优惠券计划"},
			"planogram_owner":    {"No shelves: the category page and search ranking, run by the traffic team", "没有货架：类目页和搜索排名由流量团队负责"},
			"promo_booking":      {"Festival slots booked through the traffic marketing manager; paid with coupons and fees", "大促资源位通过流量营销经理预订；以优惠券和费用支付"},
			"new_stores":         {"A sixth regional warehouse, in Wuhan, opens next year", "明年将在武汉启用第六个区域仓"},
		},
		rangeWhen: [2]string{"Twice a year, in %s, before the big festivals", "每年两次，%s，在大促之前"},
		changes: []csChange{
			{MutationListing, "EF-501", "", []int{1, 2, 5}, 21, MutationAgreed, "Jiang Nan 江楠",
				[2]string{"Launch on the platform and in our flagship store on the same day, with a funded coupon.", "在平台和我方旗舰店同日上市，配我方出资优惠券。"}},
			{MutationDelisting, "EF-103", "", []int{1, 2, 3, 5}, atReview, MutationProposed, "",
				[2]string{"Phasing out; we clear the stock in the flagship store first.", "正在逐步淘汰；先在旗舰店清库存。"}},
			{MutationReplacement, "EF-302", "EF-201", []int{1}, atReview, MutationProposed, "",
				[2]string{"The club pack replaces the crackers in the East warehouses: bulk packs ship better than fragile crackers.", "会员装在华东仓替换经典饼干：大包装比易碎饼干更适合发货。"}},
			{MutationDelisting, "EF-105", "", []int{1, 2, 3, 4}, -120, MutationDone, "Jiang Nan 江楠",
				[2]string{"A 40 g bag costs more to ship than it earns online.", "40 克单袋的线上运费高于其收益。"}},
			{MutationListing, "EF-301", "", []int{4}, -45, MutationRefused, "",
				[2]string{"Refused by warehouse operations: the Chengdu warehouse has no room for bulky packs until it extends.", "被仓储运营拒绝：成都仓扩建前没有空间放大件包装。"}},
		},
	},
	"cs05": { // Metro Wholesale, cash & carry
		markup: 1.10, review: 110, reviewsAYear: 2, submitWeeks: 6, promoWeeks: 8,
		clusters: []csCluster{
			{[2]string{"Shanghai warehouses", "上海仓储店"}, [2]string{"Cash & carry, 10,000 m²", "仓储批发，10,000 平方米"}, [2]string{"Shanghai", "上海"}, 8, "A", 34,
				[][2]string{{"W01 Pudong, Shanghai", "W01 上海浦东"}, {"W02 Minhang, Shanghai", "W02 上海闵行"}, {"W03 Putuo, Shanghai", "W03 上海普陀"}}},
			{[2]string{"Jiangsu warehouses", "江苏仓储店"}, [2]string{"Cash & carry, 8,000 m²", "仓储批发，8,000 平方米"}, [2]string{"Jiangsu", "江苏"}, 12, "B", 28, nil},
			{[2]string{"Zhejiang warehouses", "浙江仓储店"}, [2]string{"Cash & carry, 8,000 m²", "仓储批发，8,000 平方米"}, [2]string{"Zhejiang", "浙江"}, 12, "B", 26, nil},
			{[2]string{"Small-city depots", "小城市仓"}, [2]string{"Cash & carry, 4,000 m²", "仓储批发，4,000 平方米"}, [2]string{"East China", "华东"}, 10, "C", 10, nil},
		},
		grid: map[string]string{
			"EF-101": "180 150 140 90",
			"EF-102": "220 190 170 -",
			"EF-103": "60 50 45 40",
			"EF-104": "320 280 260 210",
			"EF-201": "90 70 65 55",
			"EF-204": "110 95 90 70",
			"EF-301": "150 120 115 80",
			"EF-303": "140 120 110 70",
		},
		answers: map[string][2]string{
			"order_channel":      {"EDI for the warehouses' weekly orders; catalogue orders by e-mail", "各仓库每周订单走 EDI；目录订单通过邮件"},
			"order_who":          {"Each warehouse orders; the buyer Zheng Bo sets the range", "各仓库自行订货；品项由采购郑波确定"},
			"order_days":         {"Wednesday", "每周三"},
			"order_lead":         {"4 days", "4 天"},
			"delivery_route":     {"Direct to each warehouse; no DC", "直送各仓库；没有配送中心"},
			"delivery_dcs":       {"No DC: the 42 warehouses take deliveries themselves", "没有配送中心：42 个仓库各自收货"},
			"delivery_minimum":   {"Full pallets; half pallets for the small-city depots", "整托；小城市仓可半托"},
			"payment_terms":      {"30 days from receipt, 1.5% off for payment within 10 days", "收货起 30 天；10 天内付款享 1.5% 折扣"},
			"payment_invoicing":  {"One invoice per warehouse; the case barcode on every line", "按仓库开票；每行须有箱码"},
			"payment_deductions": {"Volume bonus settled at year end, not deducted", "销量返利年底结算，不从货款扣除"},
			"payment_disputes":   {"Write to the buyer within 30 days with the delivery note", "30 天内附送货单向采购提出"},
			"range_submission":   {"Price per kilo, case size and pallet pattern, and samples for the members' tasting", "每公斤价格、箱规和码托方式，以及供会员试吃的样品"},
			"planogram_owner":    {"Each warehouse manager: pallets and racks, no planogram", "各仓库经理：以托盘和货架陈列，没有陈列图"},
			"planogram_resets":   {"When the catalogue changes", "随目录更换调整"},
			"promo_booking":      {"Catalogue pages booked with member marketing a quarter ahead", "提前一个季度向会员营销预订目录版面"},
			"new_stores":         {"Two warehouses open in Jiangsu next year", "明年在江苏新开两个仓库"},
		},
		rangeWhen: [2]string{"With the two catalogues a year, in %s", "随每年两期目录，%s"},
		changes: []csChange{
			{MutationListing, "EF-302", "", []int{1, 2, 3}, 28, MutationAgreed, "Zheng Bo 郑波",
				[2]string{"The club pack for caterers and small shops, at a price per kilo below the 2 kg packs.", "面向餐饮和小店的会员装，每公斤价格低于 2 公斤装。"}},
			{MutationDelisting, "EF-103", "", []int{1, 2, 3, 4}, atReview, MutationProposed, "",
				[2]string{"Phasing out; members buy it only on promotion.", "正在逐步淘汰；会员只在促销时购买。"}},
			{MutationReplacement, "EF-202", "EF-201", []int{1, 2, 3}, atReview, MutationProposed, "",
				[2]string{"Small shops ask for the oat bites by the case; the crackers are phasing out.", "小店要整箱的燕麦酥；经典饼干正在淘汰。"}},
			{MutationListing, "EF-303", "", []int{1, 2, 3, 4}, -200, MutationDone, "Han Xue 韩雪",
				[2]string{"The caterer pack listed for the summer caterer catalogue.", "餐饮装随夏季餐饮客户目录上架。"}},
			{MutationListing, "EF-401", "", []int{1}, -70, MutationRefused, "",
				[2]string{"Refused by the buyer: members buy for their shops, and a gift box does not sell by the case.", "被采购拒绝：会员是为店铺进货，礼盒无法整箱销售。"}},
		},
	},
	"cs06": { // HealthPlus, pharmacies
		markup: 1.50, review: 65, reviewsAYear: 1, submitWeeks: 6, promoWeeks: 5,
		clusters: []csCluster{
			{[2]string{"Wuhan flagship pharmacies", "武汉旗舰药房"}, [2]string{"Pharmacy with a health-food aisle", "设健康食品区的药房"}, [2]string{"Wuhan", "武汉"}, 60, "A", 30,
				[][2]string{{"H001 Jianghan Road, Wuhan", "H001 武汉江汉路"}, {"H002 Optics Valley, Wuhan", "H002 武汉光谷"}, {"H007 Wuchang, Wuhan", "H007 武汉武昌"}}},
			{[2]string{"Hubei city pharmacies", "湖北城市药房"}, [2]string{"Pharmacy with a health-food shelf", "设健康食品货架的药房"}, [2]string{"Hubei", "湖北"}, 240, "B", 40, nil},
			{[2]string{"Hunan and Henan pharmacies", "湘豫药房"}, [2]string{"Pharmacy, counter only", "仅设柜台的药房"}, [2]string{"Hunan, Henan", "湖南、河南"}, 320, "C", 26, nil},
		},
		grid: map[string]string{
			"EF-101": "2.4 1.8 1.3",
			"EF-105": "3.1 2.5 1.9",
			"EF-201": "0.9 0.7 0.5",
			"EF-202": "2.0 1.5 -",
			"EF-203": "4.2 3.4 -",
		},
		answers: map[string][2]string{
			"order_channel":      {"Manual: the buyer e-mails a spreadsheet order every fortnight", "人工：采购每两周通过邮件发送表格订单"},
			"order_who":          {"The health-food buyer Ye Qing, for all stores", "健康食品采购叶青，为所有门店订货"},
			"order_days":         {"Every other Monday", "隔周周一"},
			"order_lead":         {"5 days", "5 天"},
			"delivery_route":     {"Via the pharmacy DC, on the same trucks as the medicines", "经药房配送中心，与药品同车配送"},
			"delivery_dcs":       {"Wuhan DC for all 620 stores", "武汉配送中心覆盖全部 620 家门店"},
			"delivery_minimum":   {"An order of at least 5,000 per delivery", "每次送货订单金额至少 5,000 元"},
			"delivery_windows":   {"Weekday mornings; no deliveries during the monthly stock count", "工作日上午；每月盘点期间不收货"},
			"payment_terms":      {"60 days from the invoice", "发票日起 60 天"},
			"payment_invoicing":  {"The compliance file number on the first invoice of each new product", "每个新品的首张发票须注明合规资料编号"},
			"payment_deductions": {"Damage allowance and data fee deducted quarterly", "损耗补贴和数据费按季度扣除"},
			"range_submission":   {"The compliance file (ingredients, claims, test reports) with samples", "合规资料（配料、声明、检测报告）并附样品"},
			"promo_booking":      {"Sampling days at the health counter booked with store operations", "向门店运营预约健康柜台试吃日"},
			"promo_approval":     {"The compliance officer Du Juan checks every claim, then the buyer signs", "合规专员杜鹃审核每条声明，然后采购签字"},
		},
		rangeWhen: [2]string{"Once a year, in %s; compliance must clear new products before", "每年一次，%s；新品须提前通过合规审核"},
		changes: []csChange{
			{MutationListing, "EF-501", "", []int{1}, 30, MutationAgreed, "Ye Qing 叶青",
				[2]string{"Compliance cleared the sugar-free claim; the flagship pharmacies take it first.", "合规已通过无糖声明；旗舰药房率先上架。"}},
			{MutationDelisting, "EF-201", "", []int{1, 2}, atReview, MutationProposed, "",
				[2]string{"Phasing out, and a plain cracker has no place in a health-food aisle.", "正在逐步淘汰，普通饼干也不适合健康食品区。"}},
			{MutationReplacement, "EF-203", "EF-201", []int{3}, atReview, MutationProposed, "",
				[2]string{"The low-sugar biscuits take the crackers' place on the counters of Hunan and Henan.", "低糖饼干在湘豫药房柜台接替经典饼干。"}},
			{MutationListing, "EF-203", "", []int{1, 2}, -240, MutationDone, "Ye Qing 叶青",
				[2]string{"The low-sugar range listed in 300 stores, as planned.", "低糖系列按计划进入 300 家门店。"}},
			{MutationListing, "EF-106", "", []int{1}, -90, MutationRefused, "",
				[2]string{"Refused by compliance: the colouring is not allowed in the health-food aisle.", "被合规拒绝：色素不符合健康食品区要求。"}},
		},
	},
	"cs07": { // Grand Harbour, department stores' food halls, on concession
		markup: 1.65, review: 85, reviewsAYear: 2, submitWeeks: 5, promoWeeks: 8,
		clusters: []csCluster{
			{[2]string{"Flagship food halls", "旗舰食品馆"}, [2]string{"Food hall counter", "食品馆专柜"}, [2]string{"Guangzhou, Shenzhen", "广州、深圳"}, 4, "A", 46,
				[][2]string{{"GH01 Tianhe, Guangzhou", "GH01 广州天河"}, {"GH02 Futian, Shenzhen", "GH02 深圳福田"}, {"GH03 Beijing Road, Guangzhou", "GH03 广州北京路"}}},
			{[2]string{"City food halls", "城市食品馆"}, [2]string{"Food hall shelf", "食品馆货架"}, [2]string{"South China", "华南"}, 8, "B", 38, nil},
			{[2]string{"Outlet-mall food corners", "奥特莱斯食品角"}, [2]string{"Food corner", "食品角"}, [2]string{"South China", "华南"}, 6, "C", 14, nil},
		},
		grid: map[string]string{
			"EF-101": "38 26 18",
			"EF-201": "6 4 3",
			"EF-202": "22 15 -",
			"EF-203": "18 12 9",
			"EF-204": "20 14 10",
			"EF-401": "? - -",
			"EF-402": "? ? -",
		},
		answers: map[string][2]string{
			"order_channel":      {"We order ourselves: on concession the stock at the counter is ours", "由我方自行下单：联营模式下专柜库存归我方"},
			"order_who":          {"Our promoters at each counter, checked by our sales office", "各专柜的我方促销员，由我方销售办公室审核"},
			"order_lead":         {"Next day from our Guangzhou warehouse", "从我方广州仓库次日送达"},
			"delivery_route":     {"Direct to each store's goods-in by our own van", "我方货车直送各门店收货处"},
			"delivery_dcs":       {"No DC: every store takes goods in at its loading bay", "没有配送中心：各门店在卸货区收货"},
			"delivery_windows":   {"Before 9:00, before the store opens; booked with the food hall office", "9:00 前开店之前；需向食品馆办公室预约"},
			"payment_terms":      {"Monthly settlement at 60 days: the store pays our takings less its 22% commission", "月结 60 天：商场将销售款扣除 22% 扣点后支付给我方"},
			"payment_invoicing":  {"We invoice the settlement amount of the store's monthly statement", "我方按商场月度对账单的结算金额开票"},
			"payment_deductions": {"Commission, promotion share and the anniversary fee, deducted from the settlement", "扣点、促销分摊和店庆费，从结算款中扣除"},
			"range_submission":   {"Samples, the gift-box design and proof the pack is not sold online", "样品、礼盒设计以及该包装不在线上销售的证明"},
			"planogram_owner":    {"The food hall manager Shen Yue decides the counters and displays", "食品馆经理沈悦决定柜位和陈列"},
			"planogram_resets":   {"Before each festival season", "每个节令档之前"},
			"promo_booking":      {"Festival displays booked with the food hall manager two months ahead", "提前两个月向食品馆经理预订节令陈列"},
			"promo_approval":     {"The food hall manager, then the merchandising director Wei Dong", "食品馆经理，然后商品总监魏东"},
			"new_stores":         {"No new stores; two food halls are being refitted", "不开新店；两个食品馆正在改造"},
		},
		rangeWhen: [2]string{"Twice a year, in %s, with the food hall's seasonal layout", "每年两次，%s，与食品馆的季节布局一起"},
		changes: []csChange{
			{MutationListing, "EF-401", "", []int{2}, 25, MutationAgreed, "Shen Yue 沈悦",
				[2]string{"The premium gift box goes into the city food halls for the festive season; not sold online.", "高端礼盒在节日档进入城市食品馆；不在线上销售。"}},
			{MutationDelisting, "EF-201", "", []int{1, 2, 3}, atReview, MutationProposed, "",
				[2]string{"Phasing out; everyday crackers do not fit a food hall.", "正在逐步淘汰；日常饼干不适合食品馆。"}},
			{MutationReplacement, "EF-402", "EF-204", []int{3}, atReview, MutationProposed, "",
				[2]string{"Outlet-mall shoppers buy gifts: the gift tin takes the wafers' shelf.", "奥特莱斯顾客买礼品：礼罐接替威化的货架。"}},
			{MutationDelisting, "EF-301", "", []int{1, 2, 3}, -160, MutationDone, "Lu Xin 陆欣",
				[2]string{"The everyday multipack sold cheaper online; the food halls dropped it.", "日常多联包线上更便宜；食品馆已下架。"}},
			{MutationListing, "EF-102", "", []int{1}, -75, MutationRefused, "",
				[2]string{"Refused by the food hall manager: sharing bags are cheaper online; she wants packs found nowhere else.", "被食品馆经理拒绝：分享装线上更便宜；她要别处买不到的包装。"}},
		},
	},
	"cs08": { // Village Fresh, co-operative supermarkets
		markup: 1.28, review: 45, reviewsAYear: 2, submitWeeks: 4, promoWeeks: 4,
		clusters: []csCluster{
			{[2]string{"County-town supermarkets", "县城超市"}, [2]string{"Supermarket, 1,200 m²", "超市，1,200 平方米"}, [2]string{"Sichuan", "四川"}, 28, "A", 42,
				[][2]string{{"V01 Mianyang", "V01 绵阳"}, {"V02 Deyang", "V02 德阳"}, {"V05 Guangyuan", "V05 广元"}}},
			{[2]string{"Township supermarkets", "乡镇超市"}, [2]string{"Supermarket, 500 m²", "超市，500 平方米"}, [2]string{"Sichuan", "四川"}, 52, "B", 38, nil},
			{[2]string{"Valley village shops", "河谷村镇店"}, [2]string{"Village shop, 150 m²", "村镇店，150 平方米"}, [2]string{"Sichuan", "四川"}, 32, "C", 12, nil},
			{[2]string{"Mountain village shops", "山区村镇店"}, [2]string{"Village shop, 100 m²", "村镇店，100 平方米"}, [2]string{"Sichuan", "四川"}, 18, "C", 5, nil},
		},
		grid: map[string]string{
			"EF-101": "11 8 6 4",
			"EF-102": "14 11 8 -",
			"EF-103": "3 2.5 2 -",
			"EF-201": "7 6 5 4",
			"EF-202": "9 7 5 -",
			"EF-204": "6 5 4 3",
		},
		answers: map[string][2]string{
			"order_channel":      {"Phone and e-mail to our sales office; the co-op has no EDI", "电话和邮件向我方销售办公室下单；合作社没有 EDI"},
			"order_who":          {"The buyer Qin Fang orders for the central warehouse", "采购秦芳为中心仓订货"},
			"order_days":         {"Monday", "每周一"},
			"order_lead":         {"5 days", "5 天"},
			"delivery_route":     {"To the co-op's central warehouse; its trucks take the goods on to the shops", "送到合作社中心仓，再由其车辆配送到各店"},
			"delivery_dcs":       {"One central warehouse, in Mianyang", "一个中心仓，位于绵阳"},
			"delivery_minimum":   {"A full truck a fortnight, or a handling charge", "每两周一整车，否则收取操作费"},
			"payment_terms":      {"30 days from the invoice, always on time", "发票日起 30 天，从不拖欠"},
			"payment_invoicing":  {"A paper invoice with each delivery", "每次送货附纸质发票"},
			"payment_deductions": {"The leaflet fee, deducted after each leaflet", "海报费，每期海报后扣除"},
			"payment_disputes":   {"Call the finance manager Fu Lan; settled within the month", "致电财务经理傅兰；当月解决"},
			"range_submission":   {"Samples for the members' committee and the shelf price per shop", "供社员委员会品尝的样品及各店售价"},
			"planogram_owner":    {"Each shop manager, with a shelf guide from the head office", "各店店长，总部提供货架指引"},
			"planogram_resets":   {"After each range review, shop by shop over a month", "每次品项评审后，一个月内逐店调整"},
			"promo_booking":      {"The co-op's leaflet before each holiday, booked with the buyer", "每个节日前的合作社海报，向采购预订"},
			"new_stores":         {"20 new village shops this year, in the valley cluster", "今年新开 20 家村镇店，归入河谷村镇店门店群"},
		},
		rangeWhen: [2]string{"Twice a year, in %s; the members' committee approves new suppliers", "每年两次，%s；新供应商须经社员委员会审批"},
		changes: []csChange{
			{MutationListing, "EF-301", "", []int{1, 2}, 14, MutationAgreed, "Qin Fang 秦芳",
				[2]string{"The family pack before the holidays, in the co-op's leaflet.", "节前引入家庭装，并上合作社海报。"}},
			{MutationDelisting, "EF-103", "", []int{1, 2, 3}, atReview, MutationProposed, "",
				[2]string{"Phasing out; the slowest of our range in every shop.", "正在逐步淘汰；在每家店都是我们动销最慢的产品。"}},
			{MutationReplacement, "EF-203", "EF-201", []int{1}, atReview, MutationProposed, "",
				[2]string{"Older shoppers ask for less sugar; the crackers are phasing out.", "年长顾客希望少糖；经典饼干正在淘汰。"}},
			{MutationDelisting, "EF-104", "", []int{1, 2, 3, 4}, -180, MutationDone, "Qin Fang 秦芳",
				[2]string{"The members' committee asked to drop spicy strips from the shops.", "社员委员会要求各店下架辣条。"}},
			{MutationListing, "EF-402", "", []int{2}, -95, MutationRefused, "",
				[2]string{"Refused by the general manager: too dear for township shoppers.", "被总经理拒绝：对乡镇顾客太贵。"}},
		},
	},
	"cs09": { // Sunrise Mini, small stores near schools and offices
		markup: 1.45, review: 35, reviewsAYear: 4, submitWeeks: 4, promoWeeks: 4,
		clusters: []csCluster{
			{[2]string{"Stores near schools", "学校周边店"}, [2]string{"Small store, 60 m²", "小型店，60 平方米"}, [2]string{"Guangzhou, Foshan", "广州、佛山"}, 150, "A", 32,
				[][2]string{{"S018 No. 6 Middle School, Guangzhou", "S018 广州第六中学"}, {"S042 Chancheng Primary, Foshan", "S042 佛山禅城小学"}}},
			{[2]string{"Office-tower stores", "写字楼店"}, [2]string{"Small store, 40 m²", "小型店，40 平方米"}, [2]string{"Guangzhou", "广州"}, 120, "A", 30, nil},
			{[2]string{"Metro-station stores", "地铁站店"}, [2]string{"Kiosk, 20 m²", "售货亭，20 平方米"}, [2]string{"Guangzhou", "广州"}, 300, "B", 22, nil},
			{[2]string{"Residential-street stores", "社区街边店"}, [2]string{"Small store, 50 m²", "小型店，50 平方米"}, [2]string{"Guangzhou, Foshan", "广州、佛山"}, 330, "C", 14, nil},
		},
		grid: map[string]string{
			"EF-101": "3.2 4.1 3.5 -",
			"EF-103": "1.1 0.8 0.9 0.6",
			"EF-104": "6.8 4.2 5.5 4.9",
			"EF-105": "2.4 3.6 3.1 -",
			"EF-106": "7.5 - - -",
			"EF-204": "2.6 2.9 2.2 1.5",
		},
		answers: map[string][2]string{
			"order_channel":      {"A spreadsheet from the buyer on WeChat each week", "采购每周通过微信发送表格"},
			"order_who":          {"The buyer Lei Ming, for all stores", "采购雷鸣，为所有门店订货"},
			"order_days":         {"Thursday", "每周四"},
			"order_lead":         {"2 days", "2 天"},
			"delivery_route":     {"Via a third-party logistics DC in Guangzhou", "经广州第三方物流配送中心"},
			"delivery_minimum":   {"20 cases per order", "每单至少 20 箱"},
			"delivery_windows":   {"Afternoons, 13:00 to 18:00", "下午 13:00 至 18:00"},
			"payment_terms":      {"90 days in practice; never agreed in writing", "实际 90 天；从未书面约定"},
			"payment_deductions": {"Display fees deducted without notice", "陈列费未经通知直接扣除"},
			"range_submission":   {"Samples and the price at the checkout", "样品和收银台售价"},
			"planogram_owner":    {"Each store: no central planogram", "各门店自定：没有统一陈列图"},
			"planogram_resets":   {"When the buyer sends a new list", "采购发来新清单时"},
			"promo_booking":      {"Checkout racks and after-school price weeks, booked with the buyer", "收银台货架和放学特价周，向采购预订"},
			"promo_approval":     {"The buyer, then the owner's office for anything over 20,000", "采购；超过 2 万元的由老板办公室审批"},
		},
		rangeWhen: [2]string{"Every quarter, in %s", "每季度一次，%s"},
		changes: []csChange{
			{MutationListing, "EF-501", "", []int{2, 3}, 21, MutationAgreed, "Lei Ming 雷鸣",
				[2]string{"The sugar-free tea for office workers and commuters, from its launch day.", "无糖茶面向上班族和通勤者，上市当天上架。"}},
			{MutationDelisting, "EF-103", "", []int{1, 2, 3}, atReview, MutationProposed, "",
				[2]string{"Phasing out; under one unit per store per week.", "正在逐步淘汰；单店周销量不到一件。"}},
			{MutationReplacement, "EF-105", "EF-103", []int{4}, atReview, MutationProposed, "",
				[2]string{"Rice crackers sell three times faster; they take the cheese puffs' place in the street stores.", "米饼动销快三倍；在街边店接替芝士泡芙。"}},
			{MutationDelisting, "EF-102", "", []int{1, 2, 3, 4}, -200, MutationDone, "Lei Ming 雷鸣",
				[2]string{"Sharing bags are too big for a small store; the space went to single packs.", "分享装对小型店太大；空间让给单包装。"}},
			{MutationListing, "EF-202", "", []int{2}, -50, MutationRefused, "",
				[2]string{"Refused by the buyer: he wants single packs at the checkout, not a 6-pack.", "被采购拒绝：收银台要单包，不要六联包。"}},
		},
	},
	"cs10": { // ValueDepot, membership warehouse clubs
		markup: 1.12, review: 60, reviewsAYear: 2, submitWeeks: 5, promoWeeks: 6,
		clusters: []csCluster{
			{[2]string{"Beijing clubs", "北京仓储店"}, [2]string{"Membership club, 15,000 m²", "会员店，15,000 平方米"}, [2]string{"Beijing", "北京"}, 6, "A", 40,
				[][2]string{{"VD01 Chaoyang, Beijing", "VD01 北京朝阳"}, {"VD02 Yizhuang, Beijing", "VD02 北京亦庄"}, {"VD03 Shunyi, Beijing", "VD03 北京顺义"}}},
			{[2]string{"Tianjin clubs", "天津仓储店"}, [2]string{"Membership club, 12,000 m²", "会员店，12,000 平方米"}, [2]string{"Tianjin", "天津"}, 7, "B", 26, nil},
			{[2]string{"Hebei and Shandong clubs", "冀鲁仓储店"}, [2]string{"Membership club, 12,000 m²", "会员店，12,000 平方米"}, [2]string{"Hebei, Shandong", "河北、山东"}, 8, "B", 24, nil},
			{[2]string{"Clubs opened this year", "今年新开仓储店"}, [2]string{"Membership club, 10,000 m²", "会员店，10,000 平方米"}, [2]string{"North China", "华北"}, 4, "C", 6, nil},
		},
		grid: map[string]string{
			"EF-102": "160 130 120 -",
			"EF-103": "45 40 35 -",
			"EF-201": "70 55 50 40",
			"EF-202": "210 180 160 120",
			"EF-204": "120 95 90 70",
			"EF-301": "260 210 190 150",
			"EF-401": "? - - -",
			"EF-402": "? ? ? ?",
		},
		answers: map[string][2]string{
			"order_channel":     {"EDI, raised from the clubs' forecast", "EDI，根据仓储店预测自动下单"},
			"order_who":         {"Central replenishment; the buyer Hou Jie confirms the first orders of new items", "总部集中补货；新品首单由采购侯杰确认"},
			"order_days":        {"Tuesday and Friday", "每周二和周五"},
			"order_lead":        {"5 days", "5 天"},
			"delivery_route":    {"Cross-docked at the Langfang DC, then to each club", "在廊坊配送中心越库，再送到各仓储店"},
			"delivery_dcs":      {"Langfang DC for all clubs", "廊坊配送中心覆盖所有仓储店"},
			"delivery_minimum":  {"Full pallets of one SKU, at most 1.5 m high", "单一 SKU 整托，高度不超过 1.5 米"},
			"delivery_windows":  {"Booked a week ahead; pallets over the height limit are refused at the door", "提前一周预约；超高托盘在门口拒收"},
			"payment_terms":     {"45 days from receipt", "收货起 45 天"},
			"payment_invoicing": {"One invoice per PO, sent through the EDI", "每张订单一张发票，通过 EDI 发送"},
			"range_submission":  {"A club-size pack, its price per kilo against the leader's and a pallet-display plan", "会员装、与领导品牌对比的每公斤价格以及整托陈列方案"},
			"planogram_resets":  {"Pallet positions change every month", "托盘位每月调整"},
			"promo_booking":     {"Pallet displays and the member coupon book, booked two months ahead", "整托陈列和会员优惠券册，提前两个月预订"},
			"promo_approval":    {"The buyer, then the buying director Mo Li", "采购，然后采购总监莫莉"},
			"new_stores":        {"Four clubs opened this year; two more open in Shandong next year", "今年新开四家仓储店；明年在山东再开两家"},
		},
		rangeWhen: [2]string{"Twice a year, in %s", "每年两次，%s"},
		changes: []csChange{
			{MutationListing, "EF-302", "", []int{1, 2, 3}, 14, MutationAgreed, "Mo Li 莫莉",
				[2]string{"Our first club-size pack here, at a price per kilo below the leader's: the second source the buyer wanted.", "我们在这里的第一个会员装，每公斤价格低于领导品牌：正是采购想要的第二供应商。"}},
			{MutationDelisting, "EF-103", "", []int{1, 2, 3}, atReview, MutationProposed, "",
				[2]string{"Phasing out; the club wants fewer, faster lines.", "正在逐步淘汰；仓储店要品项少而动销快。"}},
			{MutationReplacement, "EF-303", "EF-201", []int{2, 3}, atReview, MutationProposed, "",
				[2]string{"Members who run small restaurants ask for the 2 kg pack; the crackers are phasing out.", "经营小餐馆的会员要 2 公斤装；经典饼干正在淘汰。"}},
			{MutationListing, "EF-301", "", []int{1, 2, 3, 4}, -220, MutationDone, "Hou Jie 侯杰",
				[2]string{"The family pack listed in every club on a pallet display.", "家庭装以整托陈列进入所有仓储店。"}},
			{MutationListing, "EF-104", "", []int{1}, -40, MutationRefused, "",
				[2]string{"Refused by the buyer: members do not buy 60 g bags; come back with a 30-bag case.", "被采购拒绝：会员不买 60 克小袋；请改成 30 袋整箱装。"}},
		},
	},
}

// monthNamesZH are the months in Chinese.
var monthNamesZH = [12]string{"一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"}

// reviewMonths names the months of an account's range reviews, n a year
// evenly spaced, one of them the month of next, in calendar order.
func reviewMonths(next time.Time, n int, lang Lang) string {
	if n < 1 {
		n = 1
	}
	var months []int
	for m := range 12 {
		if (m-int(next.Month()-1))%(12/n) == 0 {
			months = append(months, m)
		}
	}
	names := make([]string, len(months))
	for i, m := range months {
		names[i] = time.Month(m + 1).String()
		if lang == Chinese {
			names[i] = monthNamesZH[m]
		}
	}
	if lang == Chinese {
		if len(names) <= 2 {
			return strings.Join(names, "和")
		}
		return strings.Join(names[:len(names)-1], "、") + "和" + names[len(names)-1]
	}
	if len(names) <= 2 {
		return strings.Join(names, " and ")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// listingFeeOn is an account's listing fee per new SKU in the terms of the
// year of day: the latest agreed year not after it; 0 when that year has
// none.
func listingFeeOn(terms []TermsYear, accountID string, day time.Time) Money {
	latest := -1
	var fee Money
	for _, y := range terms {
		if y.AccountID != accountID || y.Proposal || y.Year > day.Year() || y.Year <= latest {
			continue
		}
		latest, fee = y.Year, 0
		for _, t := range y.Terms {
			if t.Kind == "listing_fee" {
				fee = t.Amount
			}
		}
	}
	return fee
}

// caseStudyRange gives the supplier its products and every retailer its
// range: an operations profile with a few questions still open, outlet
// clusters fitting the channel (the marketplace's are its warehouses and
// our flagship store), what each cluster carries at which shelf price and
// rate of sale (phasing-out products slowest, a product strong elsewhere
// missing in one cluster), and the changes around the next range review:
// a listing agreed for the coming weeks, a delisting and a replacement
// proposed for the review, one done long ago and one refused. Listing
// fees are the ones the account's terms charge a new SKU.
func caseStudyRange(now time.Time, lang Lang, accounts []Account, terms []TermsYear) ([]Product, []Operations, []Cluster, []Listing, []Mutation) {
	s := func(pair [2]string) string { return T(pair[0], pair[1]).In(lang) }
	today := Day(now)
	day := func(fromToday int) time.Time { return today.AddDate(0, 0, fromToday) }
	money := func(units float64) Money { return Money(math.Round(units * 100)) }

	products := make([]Product, len(csProducts))
	list := map[string]float64{}
	for i, p := range csProducts {
		products[i] = Product{
			ID: csProductID(p.code), Code: p.code, Name: p.name, Brand: p.brand,
			Category: s(p.category), PackSize: s(p.pack),
			ListPrice: money(p.list), CostPrice: money(p.cost),
			Launch: day(-p.launchedDaysAgo), Status: p.status,
			Created: day(-max(p.launchedDaysAgo, 0) - 30), Updated: day(-10),
		}
		list[p.code] = p.list
	}

	var operations []Operations
	var clusters []Cluster
	var listings []Listing
	var mutations []Mutation
	for ai, a := range accounts {
		r, ok := csRanges[a.ID]
		if !ok {
			continue
		}
		// shelf is the account's shelf price of a product: our list price
		// with its markup, rounded up to a price ending in .90.
		shelf := func(code string) Money {
			return money(math.Ceil(list[code]*r.markup) - 0.10)
		}
		review := day(r.review)
		ops := Operations{
			AccountID: a.ID, Answers: map[string]string{},
			NextRangeReview: review, SubmitBy: review.AddDate(0, 0, -7*r.submitWeeks), PromoLeadWeeks: r.promoWeeks,
			Created: day(-200), Updated: day(-5 - ai),
		}
		for id, pair := range r.answers {
			if pair[0] != "" {
				ops.Answers[id] = s(pair)
			}
		}
		ops.Answers["range_when"] = fmt.Sprintf(s(r.rangeWhen), reviewMonths(review, r.reviewsAYear, lang))
		operations = append(operations, ops)

		ids := make([]string, len(r.clusters))
		for ci, c := range r.clusters {
			ids[ci] = fmt.Sprintf("%s-cl%d", a.ID, ci+1)
			cl := Cluster{
				ID: ids[ci], AccountID: a.ID, Name: s(c.name), Format: s(c.format), Region: s(c.region),
				Stores: c.stores, Grade: c.grade, Share: c.share, Created: day(-200), Updated: day(-30),
			}
			for _, o := range c.outlets {
				cl.Outlets = append(cl.Outlets, s(o))
			}
			clusters = append(clusters, cl)
		}

		since := day(-20 - 3*ai) // the last sell-out data the rep has
		for _, p := range csProducts {
			row, ok := r.grid[p.code]
			if !ok {
				continue
			}
			for ci, cell := range strings.Fields(row) {
				if ci >= len(ids) || cell == "-" {
					continue
				}
				l := Listing{AccountID: a.ID, ProductID: csProductID(p.code), ClusterID: ids[ci], Listed: true,
					Since: since, Price: shelf(p.code), Created: since, Updated: since}
				if rate, err := strconv.ParseFloat(cell, 64); err == nil {
					l.RateOfSale = &rate
				}
				listings = append(listings, l)
			}
		}

		for n, c := range r.changes {
			date := review
			if c.when != atReview {
				date = day(c.when)
			}
			m := Mutation{
				ID: fmt.Sprintf("%s-ch%d", a.ID, n+1), AccountID: a.ID, Date: date, Kind: c.kind,
				ProductID: csProductID(c.product), Replaces: csProductID(c.replaces),
				Reason: s(c.reason), ApprovedBy: c.approvedBy, Status: c.status,
				Created: date.AddDate(0, 0, -30), Updated: date.AddDate(0, 0, -30),
			}
			if m.Created.After(today) {
				m.Created, m.Updated = day(-7-n), day(-7-n)
			}
			for _, k := range c.clusters {
				if k >= 1 && k <= len(ids) {
					m.Clusters = append(m.Clusters, ids[k-1])
				}
			}
			if c.kind != MutationDelisting { // a product comes in: a new SKU's fee, its shelf price
				m.ListingFee = listingFeeOn(terms, a.ID, date)
				m.Price = shelf(c.product)
			}
			mutations = append(mutations, m)
		}
	}
	return products, operations, clusters, listings, mutations
}
