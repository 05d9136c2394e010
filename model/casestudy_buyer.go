package model

import (
	"fmt"
	"time"
)

// caseStudyBuyer fills the case study's buyer knowledge: our people, the
// retailers' people (3–8 each, with every coverage warning raised somewhere),
// checklists at different levels of knowledge, and contact moments.
func caseStudyBuyer(now time.Time, lang Lang) ([]Person, []Contact, []Knowledge, []Moment) {
	s := func(en, zh string) string { return T(en, zh).In(lang) }
	day := func(n int) time.Time { return Day(now).AddDate(0, 0, -n) }

	people := []Person{
		{ID: "p1", Name: "Li Wei 李伟", Title: s("Key account manager", "关键客户经理"), Function: "kam"},
		{ID: "p2", Name: "Chen Jie 陈杰", Title: s("Supply chain manager", "供应链经理"), Function: "supply"},
		{ID: "p3", Name: "Sarah Lin 林莎", Title: s("Category manager", "品类经理"), Function: "catman"},
		{ID: "p4", Name: "Wang Tao 王涛", Title: s("Finance controller", "财务主管"), Function: "finance"},
		{ID: "p5", Name: "Zhou Min 周敏", Title: s("Trade marketing manager", "通路营销经理"), Function: "marketing"},
		{ID: "p6", Name: "David Ho 何大卫", Title: s("Sales director", "销售总监"), Function: "sales"},
	}

	// c builds a contact: last is days since last contact, inPost months in
	// post (0 = not recorded).
	type spec struct {
		n                      int
		name, titleEN, titleZH string
		fn                     Function
		role                   Role
		stance                 Stance
		infl                   Influence
		reportsTo, counterpart int // contact number at the account, person number; 0 = none
		last, inPost           int
	}
	var contacts []Contact
	add := func(account string, specs ...spec) {
		for _, sp := range specs {
			c := Contact{
				ID: fmt.Sprintf("%s-c%d", account, sp.n), AccountID: account, Name: sp.name, Title: s(sp.titleEN, sp.titleZH),
				Function: sp.fn, Role: sp.role, Stance: sp.stance, Influence: sp.infl, LastContact: day(sp.last),
				Created: day(300), Updated: day(sp.last),
			}
			if sp.reportsTo > 0 {
				c.ReportsTo = fmt.Sprintf("%s-c%d", account, sp.reportsTo)
			}
			if sp.counterpart > 0 {
				c.Counterpart = fmt.Sprintf("p%d", sp.counterpart)
			}
			if sp.inPost > 0 {
				c.InPostSince = Day(now).AddDate(0, -sp.inPost, 0)
			}
			contacts = append(contacts, c)
		}
	}
	add("cs01",
		spec{1, "Zhang Min 张敏", "Category buyer, salty snacks", "咸味零食品类采购", "buying", "buyer", "supporter", "high", 2, 1, 5, 30},
		spec{2, "Wang Fang 王芳", "Category director", "品类总监", "buying", "decider", "advocate", "high", 7, 6, 12, 5},
		spec{3, "Liu Yang 刘洋", "Supply chain manager", "供应链经理", "supply", "user", "supporter", "medium", 0, 2, 20, 0},
		spec{4, "Zhao Lei 赵磊", "Finance manager", "财务经理", "finance", "approver", "neutral", "high", 0, 4, 45, 0},
		spec{5, "Sun Li 孙丽", "Store operations director", "门店运营总监", "stores", "influencer", "neutral", "medium", 0, 1, 30, 0},
		spec{6, "Qian Hui 钱慧", "Marketing manager", "市场经理", "marketing", "influencer", "supporter", "medium", 0, 5, 25, 0},
		spec{7, "Hu Jun 胡军", "Commercial director", "商务总监", "commercial", "approver", "supporter", "high", 0, 6, 50, 0},
		spec{8, "Ma Lin 马琳", "Buyer's assistant", "采购助理", "buying", "gatekeeper", "neutral", "low", 1, 0, 15, 0},
	)
	add("cs02",
		spec{1, "Huang Wei 黄伟", "Buyer", "采购", "buying", "buyer", "supporter", "high", 2, 1, 8, 10},
		spec{2, "Lin Tao 林涛", "Category manager", "品类经理", "buying", "decider", "supporter", "high", 6, 3, 14, 0},
		spec{3, "Xu Ming 徐明", "Logistics manager", "物流经理", "supply", "user", "neutral", "medium", 0, 2, 70, 0},
		spec{4, "He Jing 何静", "Finance business partner", "财务业务伙伴", "finance", "approver", "neutral", "medium", 0, 0, 90, 0},
		spec{5, "Gao Yan 高燕", "Store operations lead", "门店运营主管", "stores", "user", "advocate", "low", 0, 1, 30, 0},
		spec{6, "Luo Fei 罗飞", "Commercial director", "商务总监", "commercial", "approver", "neutral", "high", 0, 0, 40, 0},
	)
	add("cs03",
		spec{1, "Deng Hao 邓浩", "Category buyer", "品类采购", "buying", "buyer", "neutral", "high", 2, 1, 20, 24},
		spec{2, "Feng Qi 冯琪", "Buying manager", "采购经理", "buying", "decider", "critic", "high", 0, 0, 35, 0},
		spec{3, "Cao Rui 曹睿", "Franchise operations", "加盟运营", "stores", "influencer", "supporter", "medium", 0, 0, 65, 0},
		spec{4, "Peng Yu 彭宇", "Supply planner", "供应计划员", "supply", "user", "neutral", "low", 0, 2, 50, 0},
	)
	add("cs04",
		spec{1, "Jiang Nan 江楠", "Category manager", "品类经理", "buying", "buyer", "neutral", "high", 2, 1, 3, 8},
		spec{2, "Xie Feng 谢峰", "Head of snacks", "零食负责人", "buying", "decider", "neutral", "high", 0, 6, 18, 0},
		spec{3, "Tang Yi 唐怡", "Traffic marketing manager", "流量营销经理", "marketing", "influencer", "supporter", "high", 0, 5, 10, 0},
		spec{4, "Song Kai 宋凯", "Warehouse operations", "仓储运营", "supply", "user", "critic", "medium", 0, 2, 22, 0},
		spec{5, "Yu Ting 于婷", "Finance business partner", "财务业务伙伴", "finance", "approver", "opponent", "medium", 0, 0, 75, 0},
	)
	add("cs05",
		spec{1, "Zheng Bo 郑波", "Buyer", "采购", "buying", "buyer", "supporter", "medium", 2, 1, 15, 40},
		spec{2, "Han Xue 韩雪", "Purchasing director", "采购总监", "buying", "decider", "advocate", "high", 0, 6, 60, 0},
		spec{3, "Yang Guang 杨光", "Distribution centre manager", "配送中心经理", "supply", "user", "supporter", "medium", 0, 2, 33, 0},
		spec{4, "Zhu Hong 朱红", "Member marketing", "会员营销", "marketing", "influencer", "neutral", "low", 0, 0, 100, 0},
	)
	add("cs06",
		spec{1, "Ye Qing 叶青", "Health food buyer", "健康食品采购", "buying", "buyer", "neutral", "medium", 0, 1, 40, 6},
		spec{2, "Du Juan 杜鹃", "Compliance officer", "合规专员", "other", "gatekeeper", "critic", "medium", 0, 0, 80, 0},
		spec{3, "Kong Wen 孔文", "Store operations manager", "门店运营经理", "stores", "user", "supporter", "low", 0, 0, 120, 0},
	)
	add("cs07",
		spec{1, "Lu Xin 陆欣", "Food hall buyer", "食品馆采购", "buying", "buyer", "supporter", "medium", 2, 1, 55, 20},
		spec{2, "Shen Yue 沈悦", "Food hall manager", "食品馆经理", "stores", "decider", "neutral", "high", 3, 0, 95, 0},
		spec{3, "Wei Dong 魏东", "Merchandising director", "商品总监", "commercial", "approver", "neutral", "high", 0, 0, 150, 0},
	)
	add("cs08",
		spec{1, "Qin Fang 秦芳", "Buyer", "采购", "buying", "buyer", "advocate", "high", 2, 1, 6, 52},
		spec{2, "Bai Shan 白山", "General manager", "总经理", "commercial", "decider", "advocate", "high", 0, 6, 30, 0},
		spec{3, "Tian Ye 田野", "Logistics manager", "物流经理", "supply", "user", "supporter", "medium", 0, 2, 28, 0},
		spec{4, "Fu Lan 傅兰", "Finance manager", "财务经理", "finance", "approver", "supporter", "medium", 2, 4, 44, 0},
		spec{5, "Yao Jing 姚静", "Store operations manager", "门店运营经理", "stores", "influencer", "supporter", "medium", 2, 1, 36, 0},
	)
	add("cs09",
		spec{1, "Lei Ming 雷鸣", "Buyer", "采购", "buying", "buyer", "neutral", "high", 2, 1, 25, 7},
		spec{2, "Guo Jia 郭佳", "Owner's office", "老板办公室", "commercial", "decider", "neutral", "high", 0, 0, 110, 0},
		spec{3, "Xia Yu 夏雨", "Accounts payable", "应付账款", "finance", "gatekeeper", "critic", "low", 0, 0, 30, 0},
	)
	add("cs10",
		spec{1, "Hou Jie 侯杰", "Buyer", "采购", "buying", "buyer", "supporter", "high", 2, 1, 10, 3},
		spec{2, "Mo Li 莫莉", "Buying director", "采购总监", "buying", "decider", "neutral", "high", 0, 0, 65, 0},
		spec{3, "Wu Kang 吴康", "Logistics", "物流", "supply", "user", "neutral", "medium", 0, 0, 200, 0},
	)

	// Answers, account by account: what each retailer's people told us.
	// Only the items the account's level below says are known or partly
	// known have one.
	type qa = map[string]Text
	answers := map[string]qa{
		"cs01": { // MegaMart, hypermarkets
			"k-role":          T("Category buyer; lists up to 20 SKUs alone, more goes to the director.", "品类采购；可自行决定 20 个以内的品项上架，更多需总监批准。"),
			"k-share":         T("Our value share here is below our national share; biggest gap in single-serve.", "我方在此的金额份额低于全国份额；单份装差距最大。"),
			"k-potential":     T("Multipacks and gift boxes could add a fifth to our sales.", "多联包和礼盒可让我方销售增加五分之一。"),
			"k-trends":        T("They grow online pick-up; we grow premium. Both want fewer, bigger promotions.", "他们在发展线上自提；我们在发展高端。双方都希望促销少而精。"),
			"k-policies":      T("New items need a listing form, samples and 90-day sell-out data.", "新品需要上架表、样品和 90 天动销数据。"),
			"k-criteria":      T("Margin first, then rate of sale, then promotional support.", "毛利第一，其次是动销速度，再次是促销支持。"),
			"k-competition":   T("The market leader funds most gondola ends; private label is cheaper by 25%.", "市场领导者出资大部分端架；自有品牌便宜 25%。"),
			"k-kpis":          T("Category margin %, out-of-stock rate, sales per square metre.", "品类毛利率、缺货率、坪效。"),
			"k-calendar":      T("Annual terms in March; two range reviews a year, dated in the Range tab's profile.", "年度条款在三月；品项评审每年两次，日期见品项页。"),
			"k-private-label": T("Two private-label lines planned next year in our category.", "明年在我方品类计划推出两个自有品牌系列。"),
			"k-assortment":    T("Changes only at the range reviews, dated in the Range tab; swaps need the director.", "评审时才调整，日期见品项页；紧急替换需总监批准。"),
		},
		"cs02": { // FreshWay, neighbourhood supermarkets
			"k-role":        T("Buyer for snacks and biscuits; the category manager signs off anything new.", "零食饼干采购；任何新品都要品类经理签字。"),
			"k-share":       T("12% share of the category, third behind the leader and private label.", "品类份额 12%，排在领导品牌和自有品牌之后，第三。"),
			"k-potential":   T("The 30 new stores next year, and the 6-pack multipack in every store.", "明年新开的 30 家店，以及六联包进入所有门店。"),
			"k-trends":      T("Smaller baskets, more top-up shopping; our baked range fits both.", "客单变小，补充型购物增多；我方烘焙系列两者都适合。"),
			"k-policies":    T("A new item must reach 80% of stores within six weeks or it is delisted.", "新品须在六周内进入 80% 的门店，否则下架。"),
			"k-criteria":    T("Shelf productivity per metre, then margin; wants help with shelf planning.", "首看每米货架产出，其次毛利；希望有人协助货架规划。"),
			"k-competition": T("A regional brand undercuts us by 10% on multipacks.", "一个区域品牌的多联包比我们便宜 10%。"),
			"k-kpis":        T("Sales per metre of shelf and stock days.", "每米货架销售额和库存天数。"),
			"k-calendar":    T("Terms agreed in January; store openings cluster in spring and autumn.", "条款在一月谈定；新店集中在春秋两季开业。"),
			"k-assortment":  T("Planograms are reset twice a year, four weeks after each range review; the review's dates are in the Range tab's profile.", "陈列图每年调整两次，在每次品项评审后四周；评审日期见品项页的操作概况。"),
		},
		"cs03": { // QuickStop, convenience stores
			"k-role":        T("Category buyer; the buying manager decides what goes into the chiller.", "品类采购；进冷柜的品项由采购经理决定。"),
			"k-share":       T("8% of the category; almost nothing in the chiller.", "品类份额 8%；冷柜里几乎没有我方产品。"),
			"k-potential":   T("Single-serve in the chiller of 1,850 stores.", "单份装进入 1,850 家门店的冷柜。"),
			"k-policies":    T("Franchisees order only from the central list; direct store delivery needs a logistics contract.", "加盟店只能从总部清单订货；直送门店需签物流合同。"),
			"k-criteria":    T("Sales per door per week and the margin per facing.", "每店每周销量和每个排面的毛利。"),
			"k-competition": T("Two drinks brands rent the chiller space by the quarter.", "两个饮料品牌按季度租用冷柜陈列位。"),
			"k-assortment":  T("Chiller space is reviewed every quarter.", "冷柜陈列每季度评审一次。"),
		},
		"cs04": { // ShopNow, e-commerce
			"k-role":        T("Category manager for snacks; runs the store page, search ads and the festival line-up.", "零食品类经理；负责店铺页面、搜索广告和大促排期。"),
			"k-share":       T("7% of snacks on the platform; strongest in gift packs.", "平台零食份额 7%；礼盒最强。"),
			"k-potential":   T("Gift packs could double at Singles' Day and Chinese New Year.", "双十一和春节礼盒可翻倍。"),
			"k-trends":      T("Live-stream selling grows fast; they want exclusive pack sizes for it.", "直播带货增长很快；他们希望有直播专供规格。"),
			"k-criteria":    T("Price index against other platforms, conversion rate, funded coupons.", "与其他平台的比价指数、转化率、我方出资的优惠券。"),
			"k-competition": T("Rivals buy the top search slots and fund deeper festival coupons.", "竞品买下搜索前排位置，并为大促优惠券投入更多。"),
			"k-kpis":        T("GMV, gross margin after coupons, search ranking of the category.", "成交额、扣除优惠券后的毛利、品类搜索排名。"),
		},
		"cs05": { // Metro Wholesale, cash & carry
			"k-role":        T("Buyer for dry food; the purchasing director signs the annual agreement.", "干货采购；年度协议由采购总监签署。"),
			"k-share":       T("18% of the category by value; first in bulk packs.", "品类金额份额 18%；大包装第一。"),
			"k-potential":   T("The caterer catalogue: restaurants buy our bulk packs for their snack corners.", "餐饮客户目录：餐厅为小食区采购我方大包装。"),
			"k-trends":      T("Members shift to delivery from the warehouse; caterers grow, small shops shrink.", "会员转向仓库配送；餐饮客户增长，小店减少。"),
			"k-policies":    T("Every item needs a price per kilo on the shelf label and a case barcode.", "每个品项的货架标签须标每公斤价格，并有箱码。"),
			"k-criteria":    T("Price per kilo, case size that fits a small van, steady supply.", "每公斤价格、适合小货车的箱规、稳定供货。"),
			"k-competition": T("Cheaper regional brands in 5 kg packs win on price per kilo.", "更便宜的区域品牌以 5 公斤装在每公斤价格上胜出。"),
			"k-kpis":        T("Margin per member visit and stock turns.", "每次会员到店的毛利和库存周转。"),
			"k-calendar":    T("Caterer catalogue closes in May; annual agreement in November.", "餐饮客户目录五月截止；年度协议在十一月。"),
			"k-assortment":  T("Listings change with the two catalogues a year; the next review's date and the submission deadline are in the Range tab's profile.", "品项随每年两期目录调整；下次评审日期和新品提交截止日期见品项页的操作概况。"),
		},
		"cs06": { // HealthPlus, pharmacies
			"k-role":     T("Buyer for the health-food aisle; compliance must clear every new product.", "健康食品区采购；每个新品都须经合规审核。"),
			"k-policies": T("Every new product needs a compliance file: ingredients, claims, test reports.", "每个新品都需要合规资料：配料、声明和检测报告。"),
		},
		"cs07": { // Grand Harbour, department stores
			"k-role":        T("Food hall buyer; the food hall manager decides the seasonal displays.", "食品馆采购；节令陈列由食品馆经理决定。"),
			"k-share":       T("13% of the food hall's snack sales, mostly gift boxes.", "占食品馆零食销售的 13%，主要是礼盒。"),
			"k-policies":    T("Suppliers in the food hall pay a commission on sales rather than selling at a buying price.", "食品馆供应商按销售额扣点（联营），而不是按进价供货。"),
			"k-competition": T("Imported brands take the best counters at Mid-Autumn.", "中秋档最好的柜位被进口品牌占据。"),
		},
		"cs08": { // Village Fresh, co-operative supermarkets
			"k-role":          T("Buyer for the whole grocery range; the general manager signs off anything above 50,000.", "整个杂货品类的采购；超过 5 万的事项由总经理批准。"),
			"k-share":         T("23% of the category, first place for ten years.", "品类份额 23%，十年来一直第一。"),
			"k-potential":     T("Family packs before the holidays; the co-op's 20 new village shops.", "节前的家庭装；合作社新开的 20 家村镇店。"),
			"k-trends":        T("Young people leave the towns; older shoppers want smaller packs at lower prices.", "年轻人离开小镇；年长顾客想要更小、更便宜的包装。"),
			"k-policies":      T("Members' committee approves new suppliers once a year.", "新供应商由社员委员会每年审批一次。"),
			"k-criteria":      T("A known brand, a fair price, delivery to every shop each week.", "知名品牌、合理价格、每周配送到每家店。"),
			"k-competition":   T("Local producers sell loose snacks by weight at the market.", "本地厂家在集市上散装称重卖零食。"),
			"k-kpis":          T("Members' satisfaction, waste, and stock days.", "社员满意度、损耗和库存天数。"),
			"k-calendar":      T("Terms in December for the calendar year; holidays drive the plan.", "十二月谈下一年的条款；计划围绕节假日。"),
			"k-private-label": T("No private label: the co-op prefers known brands.", "没有自有品牌：合作社偏好知名品牌。"),
			"k-assortment":    T("New items only at the two range reviews a year; the next review's date and the submission deadline are in the Range tab's profile.", "新品只在每年两次的品项评审时引进；下次评审日期和新品提交截止日期见品项页的操作概况。"),
		},
		"cs09": { // Sunrise Mini, small-format stores
			"k-role":        T("Buyer for everything but drinks; the owner's office decides payment terms.", "除饮料外的全部采购；账期由老板办公室决定。"),
			"k-potential":   T("The checkout counter in 500 stores near schools.", "学校附近 500 家门店的收银台陈列。"),
			"k-competition": T("The leader pays for the checkout racks in most stores.", "领导品牌在大多数门店出资做收银台货架。"),
		},
		"cs10": { // ValueDepot, membership warehouse clubs
			"k-role":        T("Buyer for snacks; the buying director approves a second supplier.", "零食采购；引入第二供应商须采购总监批准。"),
			"k-share":       T("7% of the category; a rival supplier holds 40%.", "品类份额 7%；竞品供应商占 40%。"),
			"k-trends":      T("Membership grows 15% a year; members buy fewer, larger packs.", "会员每年增长 15%；会员购买次数少、包装大。"),
			"k-competition": T("The leader's club pack sells at a price per kilo we cannot yet match.", "领导品牌会员装的每公斤价格我们暂时比不了。"),
			"k-kpis":        T("Sales per member, membership renewals, margin per pallet.", "人均会员销售额、会员续卡率、每托盘毛利。"),
		},
	}
	sources := []Text{
		T("buyer meeting", "采购会议"), T("store visit", "门店走访"), T("annual report", "年报"),
		T("category review", "品类评审"), T("distributor", "经销商"), T("joint business plan", "联合业务计划"),
	}
	// Each letter is one checklist item, in order: K known, P partly known,
	// U unknown; lower case was last verified long ago, so it is stale.
	levels := map[string]string{
		"cs01": "KKKkKKKKPpK", "cs02": "KKPKKPKPPUK", "cs03": "KPPUPKPUUUP", "cs04": "KKPKUPKPUUU",
		"cs05": "kkKPKKkPPUP", "cs06": "PUUUKUUUUUU", "cs07": "kpUUpUkUUUU", "cs08": "KKKKKKKKKKK",
		"cs09": "PUPUUUPUUUU", "cs10": "KPUPUUKPUUU",
	}
	var knowledge []Knowledge
	items := DefaultChecklist()
	for _, account := range []string{"cs01", "cs02", "cs03", "cs04", "cs05", "cs06", "cs07", "cs08", "cs09", "cs10"} {
		for i, letter := range levels[account] {
			k := Knowledge{AccountID: account, ItemID: items[i].ID}
			switch letter {
			case 'U':
				knowledge = append(knowledge, k)
				continue
			case 'K', 'k':
				k.Status = Known
			case 'P', 'p':
				k.Status = PartlyKnown
			}
			k.Answer = answers[account][k.ItemID].In(lang)
			source := sources[(i+len(knowledge))%len(sources)]
			if account == "cs04" && source == sources[1] { // an online marketplace has no store to visit
				source = T("merchant back-end data", "商家后台数据")
			}
			k.Source = source.In(lang)
			k.Verified = day(10 + 7*i)
			if letter == 'k' || letter == 'p' {
				k.Verified = day(120 + 10*i)
			}
			knowledge = append(knowledge, k)
		}
	}

	m := func(id, account string, contact, daysAgo int, en, zh string) Moment {
		return Moment{ID: id, AccountID: account, ContactID: fmt.Sprintf("%s-c%d", account, contact),
			Date: day(daysAgo), Learned: s(en, zh), Created: day(daysAgo)}
	}
	moments := []Moment{
		m("m01", "cs01", 1, 5, "Range review moved to March; wants our data on single-serve by February.", "品项评审改到三月；二月前要我们的单份装数据。"),
		m("m02", "cs01", 2, 12, "New director wants fewer SKUs with higher rate of sale.", "新总监希望品项更少、动销更快。"),
		m("m03", "cs02", 1, 8, "30 new stores next year, first 10 in Shenzhen.", "明年新开 30 家店，首批 10 家在深圳。"),
		m("m04", "cs02", 2, 14, "Open to a shelf-planning pilot in 20 stores.", "愿意在 20 家店试点货架规划。"),
		m("m05", "cs03", 1, 20, "Chiller space is reviewed every quarter.", "冷柜陈列每季度评审一次。"),
		m("m06", "cs04", 1, 3, "Festival coupon budget is decided in August.", "节日优惠券预算在八月确定。"),
		m("m07", "cs05", 1, 15, "Caterer catalogue closes in May.", "餐饮客户目录五月截止。"),
		m("m08", "cs08", 1, 6, "Qin Fang retires in January; her deputy takes over.", "秦芳一月退休，由副手接任。"),
		m("m09", "cs10", 1, 10, "Wants a club-size pack at a price per kilo below the leader's.", "希望会员装每公斤价格低于领导品牌。"),
	}
	return people, contacts, knowledge, moments
}
