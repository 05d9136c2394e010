package model

import (
	"fmt"
	"time"
)

// CaseStudySupplier is the fictional supplier whose key accounts the case
// study holds.
var CaseStudySupplier = T("Everfresh Foods", "常鲜食品")

// CaseStudy builds the course's case-study workspace: a fictional snacks
// and drinks supplier and its key accounts across every channel, every
// field filled, so a newcomer or a trainer sees the whole method at once.
// Free text is written in lang; names carry both languages. Dates are set
// relative to now, so the workspace always looks current.
func CaseStudy(now time.Time, lang Lang) Workspace {
	day := func(daysAgo int) time.Time {
		return now.AddDate(0, 0, -daysAgo).Truncate(time.Minute)
	}
	s := func(en, zh string) string { return T(en, zh).In(lang) }
	stages := func(done, inProgress int) [StageCount]StageStatus {
		var st [StageCount]StageStatus
		for i := range done {
			st[i] = Done
		}
		for i := done; i < done+inProgress && i < StageCount; i++ {
			st[i] = InProgress
		}
		return st
	}
	m := func(units int64) Money { return Money(units * 100) }

	accounts := []Account{
		{
			ID: "cs01", Name: "MegaMart 美佳大卖场", Channel: Hypermarket,
			Format: s("Hypermarkets, 8,000–12,000 m²", "大卖场，8,000–12,000 平方米"), Region: s("East China", "华东"),
			Outlets: 86, CategorySales: m(420_000_000), OurSales: m(63_000_000), Target: m(70_000_000), Growth: 3.5,
			Tier: TierA, Traits: []Trait{"size", "competitive", "professional", "sophisticated", "stringent", "power", "demands"},
			Objectives: s("Defend 15% share in salty snacks.\nWin two gondola ends per store in the Chinese New Year season.\nMove to joint business planning with the category team.",
				"保住咸味零食 15% 的份额。\n春节档每店争取两个端架。\n与品类团队转向联合业务计划。"),
			Notes: s("Annual terms meeting in March. New category director since June; wants data-led range reviews.",
				"年度条款谈判在三月。六月起新任品类总监，希望用数据驱动品项评审。"),
			Stages: stages(5, 2), Created: day(400), Updated: day(3),
		},
		{
			ID: "cs02", Name: "FreshWay 鲜途超市", Channel: Supermarket,
			Format: s("Neighbourhood supermarkets", "社区超市"), Region: s("South China", "华南"),
			Outlets: 240, CategorySales: m(180_000_000), OurSales: m(21_600_000), Target: m(26_000_000), Growth: 8.2,
			Tier: TierA, Traits: []Trait{"size", "competitive", "professional", "power"},
			Objectives: s("Grow share from 12% to 14% with the new baked range.\nList the 6-pack multipack in all stores.",
				"凭借新烘焙系列把份额从 12% 提升到 14%。\n六联包进入所有门店。"),
			Notes: s("Opening 30 stores next year. Buyer open to shelf-planning help.",
				"明年新开 30 家店。采购员欢迎我们协助货架规划。"),
			Stages: stages(4, 1), Created: day(380), Updated: day(6),
		},
		{
			ID: "cs03", Name: "QuickStop 快停便利", Channel: Convenience,
			Format: s("24-hour convenience stores", "24 小时便利店"), Region: s("North China", "华北"),
			Outlets: 1850, CategorySales: m(95_000_000), OurSales: m(7_600_000), Target: m(9_500_000), Growth: 11.4,
			Tier: TierB, Traits: []Trait{"competitive", "stringent", "demands"},
			Objectives: s("Get the single-serve range into the chiller.\nCut out-of-stocks below 3% with direct store delivery.",
				"让单份装进入冷柜。\n通过直送门店把缺货率降到 3% 以下。"),
			Notes: s("Buys centrally; franchisees follow the planogram closely.",
				"集中采购；加盟店严格执行陈列图。"),
			Stages: stages(3, 1), Created: day(300), Updated: day(12),
		},
		{
			ID: "cs04", Name: "ShopNow 即购网", Channel: ECommerce,
			Format: s("Online marketplace with own warehouses", "自营仓的线上商城"), Region: s("National", "全国"),
			Outlets: 6, CategorySales: m(260_000_000), OurSales: m(18_200_000), Target: m(24_000_000), Growth: 27.5,
			Tier: TierA, Traits: []Trait{"size", "competitive", "sophisticated", "power", "demands"},
			Objectives: s("Double e-commerce sales of gift packs.\nAgree a data-sharing deal for search and basket data.",
				"礼盒的电商销售翻倍。\n谈成搜索和购物篮数据的共享协议。"),
			Notes: s("Pushes deep discounts on festival days; asks for funded coupons.",
				"节日大促力度大；要求我方出资优惠券。"),
			Stages: stages(2, 2), Created: day(250), Updated: day(1),
		},
		{
			ID: "cs05", Name: "Metro Wholesale 都会批发", Channel: CashAndCarry,
			Format: s("Cash & carry warehouses", "会员制仓储批发"), Region: s("East China", "华东"),
			Outlets: 42, CategorySales: m(88_000_000), OurSales: m(15_800_000), Target: m(16_500_000), Growth: 1.2,
			Tier: TierB, Traits: []Trait{"size", "professional", "stringent"},
			Objectives: s("Keep the bulk packs listed.\nWin the caterer catalogue for the summer.",
				"保住大包装的上架。\n争取夏季餐饮客户目录。"),
			Notes: s("Members are small shops and caterers; price per kilo decides.",
				"会员多为小店和餐饮；按每公斤价格决策。"),
			Stages: stages(6, 1), Created: day(500), Updated: day(20),
		},
		{
			ID: "cs06", Name: "HealthPlus 康加药房", Channel: Pharmacy,
			Format: s("Pharmacy chain with a health-food aisle", "设健康食品区的连锁药房"), Region: s("Central China", "华中"),
			Outlets: 620, CategorySales: m(30_000_000), OurSales: m(2_100_000), Target: m(3_000_000), Growth: 14.0,
			Tier: TierC, Traits: []Trait{"professional", "stringent"},
			Objectives: s("List the low-sugar range in 300 stores.\nTrain pharmacists on the nutrition claims.",
				"低糖系列进入 300 家门店。\n培训药师了解营养声明。"),
			Notes: s("Category is small but growing; every new product needs a compliance file.",
				"品类小但在增长；每个新品都需要合规资料。"),
			Stages: stages(2, 0), Created: day(200), Updated: day(33),
		},
		{
			ID: "cs07", Name: "Grand Harbour 港湾百货", Channel: DepartmentStore,
			Format: s("Department stores with food halls", "带食品馆的百货商店"), Region: s("South China", "华南"),
			Outlets: 18, CategorySales: m(22_000_000), OurSales: m(2_900_000), Target: m(3_200_000), Growth: -2.5,
			Tier: TierC, Traits: []Trait{"sophisticated", "demands"},
			Objectives: s("Place premium gift boxes in the food halls for the Mid-Autumn season.",
				"中秋档把高端礼盒放进食品馆。"),
			Notes: s("Footfall falling; wants exclusive packs to stand apart from online prices.",
				"客流下降；希望有独家包装，与线上价格区分。"),
			Stages: stages(1, 1), Created: day(150), Updated: day(45),
		},
		{
			ID: "cs08", Name: "Village Fresh 乡鲜合作社", Channel: Supermarket,
			Format: s("Co-operative supermarkets in small towns", "小城镇合作社超市"), Region: s("West China", "西部"),
			Outlets: 130, CategorySales: m(41_000_000), OurSales: m(9_400_000), Target: m(10_000_000), Growth: 5.1,
			Tier: TierB, Traits: []Trait{"stringent", "power"},
			Objectives: s("Keep first place in the category.\nIntroduce the family packs before the holidays.",
				"保持品类第一。\n节前引入家庭装。"),
			Notes: s("Loyal partner for ten years; a new buyer arrives in January.",
				"十年的忠实伙伴；一月将有新采购员到任。"),
			Stages: stages(7, 1), Created: day(600), Updated: day(9),
		},
		{
			ID: "cs09", Name: "Sunrise Mini 旭日小超", Channel: Convenience,
			Format: s("Small-format stores near schools and offices", "学校和写字楼附近的小型店"), Region: s("South China", "华南"),
			Outlets: 900, CategorySales: m(36_000_000), OurSales: m(3_200_000), Target: m(4_000_000), Growth: 9.8,
			Tier: TierC, Traits: []Trait{"competitive"},
			Objectives: s("Win the checkout counter display in 500 stores.",
				"在 500 家门店拿下收银台陈列。"),
			Notes: s("Fast-growing chain; pays late. Agree payment days before any promotion.",
				"增长很快的连锁；付款慢。做促销前先谈好账期。"),
			Stages: stages(1, 0), Created: day(90), Updated: day(60),
		},
		{
			ID: "cs10", Name: "ValueDepot 实惠仓", Channel: MembershipClub,
			Format: s("Membership warehouse clubs, paid annual membership", "付费会员制仓储店"), Region: s("North China", "华北"),
			Outlets: 25, CategorySales: m(64_000_000), OurSales: m(4_500_000), Target: m(7_000_000), Growth: 18.6,
			Tier: TierB, Traits: []Trait{"size", "competitive", "power", "demands"},
			Objectives: s("Get listed with a club-size pack.\nBuild the relationship beyond the buyer: meet logistics and finance.",
				"以会员装上架。\n关系不止于采购员：约见物流和财务。"),
			Notes: s("Rival supplier holds 40% of the category here; the buyer is looking for a second source.",
				"竞品在这里占品类 40%；采购员在找第二供应商。"),
			Stages: stages(3, 2), Created: day(120), Updated: day(15),
		},
	}
	matrix := DefaultMatrix()
	// ev scores an account on the default criteria, in their order.
	ev := func(accountID string, daysAgo int, attr, strength []int, comments map[string]Text) Evaluation {
		e := NewEvaluation(accountID, matrix, Day(day(daysAgo)), nil)
		copy(e.Attractiveness, attr)
		copy(e.Strength, strength)
		for id, c := range comments {
			e.SetComment(id, c.In(lang))
		}
		e.ID = fmt.Sprintf("%s-e%03d", accountID, daysAgo)
		e.Created = day(daysAgo)
		return e
	}
	evaluations := []Evaluation{
		ev("cs01", 200, []int{9, 7, 7, 8, 6, 8}, []int{5, 4, 6, 6, 5, 4}, nil),
		ev("cs01", 12, []int{9, 8, 7, 8, 9, 8}, []int{7, 8, 7, 6, 7, 6}, map[string]Text{
			"a-collab":       T("Joint business plan signed in September", "九月签署了联合业务计划"),
			"s-relationship": T("Supply chain and finance now meet their counterparts monthly", "供应链和财务每月与对口部门会面"),
		}),
		ev("cs02", 180, []int{7, 7, 6, 7, 6, 7}, []int{6, 5, 7, 6, 6, 6}, nil),
		ev("cs02", 20, []int{7, 8, 6, 8, 7, 7}, []int{7, 6, 7, 6, 6, 7}, map[string]Text{
			"a-expansion": T("30 new stores next year", "明年新开 30 家店"),
		}),
		ev("cs03", 30, []int{7, 8, 6, 7, 6, 8}, []int{4, 4, 5, 5, 3, 4}, map[string]Text{
			"s-catman": T("We have no chiller planogram to offer yet", "我们还拿不出冷柜陈列方案"),
		}),
		ev("cs04", 150, []int{8, 8, 6, 8, 6, 8}, []int{4, 5, 5, 5, 4, 4}, nil),
		ev("cs04", 15, []int{9, 9, 6, 9, 8, 10}, []int{3, 4, 4, 5, 3, 3}, map[string]Text{
			"s-terms": T("Rivals fund deeper festival coupons", "竞品为节日优惠券投入更多"),
		}),
		ev("cs05", 40, []int{4, 4, 5, 4, 4, 3}, []int{8, 8, 7, 7, 8, 7}, nil),
		ev("cs06", 35, []int{4, 5, 3, 4, 3, 3}, []int{3, 2, 4, 3, 3, 3}, nil),
		ev("cs07", 160, []int{5, 4, 5, 5, 3, 3}, []int{5, 5, 5, 6, 5, 4}, nil),
		ev("cs07", 25, []int{3, 3, 4, 4, 2, 2}, []int{5, 4, 5, 5, 4, 4}, map[string]Text{
			"a-size": T("Food hall footfall down 12%", "食品馆客流下降 12%"),
		}),
		ev("cs08", 18, []int{5, 5, 5, 5, 5, 5}, []int{9, 9, 8, 7, 8, 7}, nil),
		ev("cs09", 45, []int{5, 6, 3, 6, 4, 5}, []int{3, 2, 3, 3, 3, 3}, map[string]Text{
			"a-profit": T("Pays at 90 days", "账期 90 天"),
		}),
		ev("cs10", 10, []int{7, 7, 5, 6, 5, 7}, []int{3, 3, 4, 3, 3, 3}, nil),
	}

	people, contacts, knowledge, moments := caseStudyBuyer(now, lang)
	terms, negotiations := caseStudyTerms(now, lang, accounts)
	meetings := caseStudyReviews(now, lang, accounts, contacts)
	products, operations, clusters, listings, mutations := caseStudyRange(now, lang, accounts, terms)
	objectives, plans, promotions := caseStudyPlan(now, lang, accounts, terms, negotiations, meetings, operations)
	return Workspace{
		Matrix:       matrix,
		Evaluations:  evaluations,
		People:       people,
		Contacts:     contacts,
		Knowledge:    knowledge,
		Moments:      moments,
		Terms:        terms,
		Negotiations: negotiations,
		Meetings:     meetings,
		Products:     products,
		Operations:   operations,
		Clusters:     clusters,
		Listings:     listings,
		Mutations:    mutations,
		Objectives:   objectives,
		Plans:        plans,
		Promotions:   promotions,
		Settings: Settings{
			Name:           s("Case study: Everfresh Foods", "案例研究：常鲜食品"),
			Currency:       "CNY",
			Lang:           lang,
			CurrentAccount: "cs01",
			CaseStudyBuilt: now.Round(0), // what the file keeps: no monotonic reading
		},
		Accounts: accounts,
	}
}
