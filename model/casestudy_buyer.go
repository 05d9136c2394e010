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

	// Answers, one wording per item, and where they came from.
	answers := map[string]Text{
		"k-role":          T("Category buyer; lists up to 20 SKUs alone, more goes to the director.", "品类采购；可自行决定 20 个以内的品项上架，更多需总监批准。"),
		"k-share":         T("Our value share here is below our national share; biggest gap in single-serve.", "我方在此的金额份额低于全国份额；单份装差距最大。"),
		"k-potential":     T("Multipacks and gift boxes could add a fifth to our sales.", "多联包和礼盒可让我方销售增加五分之一。"),
		"k-trends":        T("They grow online pick-up; we grow premium. Both want fewer, bigger promotions.", "他们在发展线上自提；我们在发展高端。双方都希望促销少而精。"),
		"k-policies":      T("New items need a listing form, samples and 90-day sell-out data.", "新品需要上架表、样品和 90 天动销数据。"),
		"k-criteria":      T("Margin first, then rate of sale, then promotional support.", "毛利第一，其次是动销速度，再次是促销支持。"),
		"k-competition":   T("The market leader funds most gondola ends; private label is cheaper by 25%.", "市场领导者出资大部分端架；自有品牌便宜 25%。"),
		"k-kpis":          T("Category margin %, out-of-stock rate, sales per square metre.", "品类毛利率、缺货率、坪效。"),
		"k-calendar":      T("Annual terms in March; range reviews in April and September.", "年度条款在三月；品项评审在四月和九月。"),
		"k-private-label": T("Two private-label lines planned next year in our category.", "明年在我方品类计划推出两个自有品牌系列。"),
		"k-assortment":    T("Changes only at the April and September reviews; emergency swaps need the director.", "只在四月和九月评审时调整；紧急替换需总监批准。"),
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
			k.Answer = answers[k.ItemID].In(lang)
			k.Source = sources[(i+len(knowledge))%len(sources)].In(lang)
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
