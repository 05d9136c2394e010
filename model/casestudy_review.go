package model

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// caseStudyReviews gives every retailer two or three quarterly business
// reviews with scorecards and actions; some actions are overdue today, and
// MegaMart's latest review has last year's same quarter to compare with.
func caseStudyReviews(now time.Time, lang Lang, accounts []Account, contacts []Contact) []Meeting {
	s := func(en, zh string) string { return T(en, zh).In(lang) }
	// quarter(k) is the first day of the quarter k quarters before this one.
	quarter := func(k int) time.Time {
		y, m, _ := now.Date()
		start := time.Date(y, time.Month((int(m)-1)/3*3+1), 1, 0, 0, 0, 0, now.Location())
		return start.AddDate(0, -3*k, 0)
	}
	reviewed := func(k int) (date, from, to time.Time) { // the review of quarter k, two weeks after it ends
		from, to = quarter(k), quarter(k-1).AddDate(0, 0, -1)
		date = to.AddDate(0, 0, 14)
		if !date.Before(Day(now)) {
			date = Day(now).AddDate(0, 0, -1)
		}
		return date, from, to
	}
	theirs := func(account string) []string {
		var names []string
		for _, c := range contacts {
			if c.AccountID == account && len(names) < 2 {
				names = append(names, c.Name)
			}
		}
		return names
	}

	var out []Meeting
	for ai, a := range accounts {
		ks := []int{2, 1}
		if ai < 5 {
			ks = []int{5, 2, 1} // the same quarter last year, then the last two
		}
		var previous []Meeting
		for mi, k := range ks {
			date, from, to := reviewed(k)
			m := NewMeeting(a.ID, date, from, to, previous)
			m.ID = fmt.Sprintf("%s-r%d", a.ID, mi+1)
			m.OurAttendees = []string{"Li Wei 李伟", "Sarah Lin 林莎"}
			m.TheirAttendees = theirs(a.ID)
			m.Objectives = s("Review the quarter against the plan; agree the actions for the next one.", "对照计划回顾本季度；商定下季度的行动。")
			quarterSales := float64(a.OurSales.Units()) / 4
			seed := float64(ai*7+mi*3) / 10 // varies the figures from account to account
			vals := []struct{ target, actual float64 }{
				{quarterSales, quarterSales * (0.95 + 0.04*seed)},
				{quarterSales * 1.02, quarterSales * (0.97 + 0.03*seed)},
				{15 + seed, 14 + 1.3*seed},
				{80, 76 + 2*seed},
				{3, 2.4 + 0.4*seed},
				{95, 92 + 1.2*seed},
				{100, 97 + 2.5*seed},
				{120, 105 + 9*seed},
			}
			// Figures go to their metric by name: a scorecard copied from a
			// review without distribution has one metric fewer.
			for i, x := range m.Scorecard {
				j := slices.IndexFunc(DefaultMetrics(), func(d Metric) bool { return d.Name.EN == x.Name.EN })
				if j < 0 || j >= len(vals) {
					continue
				}
				tg, ac := round1(vals[j].target), round1(vals[j].actual)
				m.Scorecard[i].Target, m.Scorecard[i].Actual = &tg, &ac
				if mi == 0 && ai == 0 && x.Name.EN == "Trade spend vs budget" { // MegaMart agreed a tighter band on trade spend with its finance team
					tol := 0.5
					m.Scorecard[i].Tolerance = &tol
				}
			}
			if a.Channel == ECommerce { // an online shop has no stores to distribute to
				m.Scorecard = slices.DeleteFunc(m.Scorecard, func(x Metric) bool { return x.Name.EN == "Numeric distribution" })
			}
			r := retailerReview[a.ID]
			m.Promotions = []string{s(r.promotion[0], r.promotion[1])}
			m.Listings = []string{s(r.listing[0], r.listing[1])}
			m.Delistings = []string{s(r.delisting[0], r.delisting[1])}
			m.Issues = []ReviewIssue{{s(r.issue[0], r.issue[1]), s(r.cause[0], r.cause[1])}}
			m.Opportunities = []string{s(r.opportunity[0], r.opportunity[1])}
			last := mi == len(ks)-1
			theirAction := [][2]string{
				{"Fix the order cut-off with the DC", "与配送中心确定订单截止时间"},
				{"Confirm the second placements", "确认二次陈列位"},
				{"Share the store opening plan", "提供开店计划"},
				{"Send the range review dates", "发送品项评审日期"},
			}[(ai+mi)%4]
			if a.Channel == ECommerce && (ai+mi)%4 == 1 { // no checkouts to place anything at online
				theirAction = [2]string{"Confirm the festival search slots", "确认大促搜索位"}
			}
			m.Actions = []Action{
				{ID: m.ID + "-a1", What: s("Send the sell-out data for the range review", "发送品项评审所需的动销数据"), Owner: "Li Wei 李伟", Side: "ours", Due: date.AddDate(0, 0, 14), Status: ActionDone},
				{ID: m.ID + "-a2", What: s(theirAction[0], theirAction[1]), Owner: firstOr(m.TheirAttendees, "buyer"), Side: "theirs", Due: date.AddDate(0, 0, 21), Status: ActionDone},
			}
			if last {
				m.Actions[1].Status = ActionOpen // theirs, overdue by now
				ourAction := [][2]string{
					{"Plan the gondola ends for the next season", "规划下一季的端架"},
					{"Propose the new-item listing for the spring review", "为春季评审提交新品上架建议"},
					{"Bring the category review to the next meeting", "下次会议带来品类回顾"},
				}[ai%3]
				if a.Channel == ECommerce && ai%3 == 0 {
					ourAction = [2]string{"Plan the festival landing page for the next season", "规划下一季大促的活动页"}
				}
				m.Actions = append(m.Actions,
					Action{ID: m.ID + "-a3", What: s(ourAction[0], ourAction[1]), Owner: "Sarah Lin 林莎", Side: "ours", Due: Day(now).AddDate(0, 0, 10+ai), Status: ActionOpen})
				if ai%3 == 0 {
					m.Actions = append(m.Actions,
						Action{ID: m.ID + "-a4", What: s("Agree the promotion calendar", "确定促销日历"), Owner: "Li Wei 李伟", Side: "ours", Due: Day(now).AddDate(0, 0, -3-ai), Status: ActionOpen})
				}
				m.Next = Day(now).AddDate(0, 0, 45+ai)
			} else {
				m.Next, _, _ = reviewed(k - 1)
			}
			m.Created, m.Updated = date, date
			previous = append(previous, m)
		}
		out = append(out, previous...)
	}
	return out
}

// reviewTexts are what a retailer's reviews talk about, in English and
// Chinese: each channel has promotions, problems and chances of its own.
type reviewTexts struct {
	promotion, listing, delisting, issue, cause, opportunity [2]string
}

var retailerReview = map[string]reviewTexts{
	"cs01": {
		[2]string{"Chinese New Year bundle: +38% uplift, ROI 1.4", "春节组合装：提升 38%，回报率 1.4"},
		[2]string{"Seaweed crisps 80 g", "海苔脆 80 克"}, [2]string{"Classic crackers 400 g", "经典饼干 400 克"},
		[2]string{"Out-of-stocks on promotion weeks", "促销周缺货"}, [2]string{"Orders placed after the cut-off", "订单晚于截止时间"},
		[2]string{"Second placement at the checkouts", "收银台二次陈列"},
	},
	"cs02": {
		[2]string{"6-pack multipack in the weekly leaflet: +22% uplift, ROI 1.2", "六联包上周海报：提升 22%，回报率 1.2"},
		[2]string{"Baked oat bites 6 × 25 g", "烘焙燕麦酥 6 × 25 克"}, [2]string{"Cheese puffs 150 g", "芝士泡芙 150 克"},
		[2]string{"New stores open without our range", "新店开业时没有我方品项"}, [2]string{"Store opening lists are sent after the planogram is set", "开店清单在陈列图定稿后才发来"},
		[2]string{"Shelf-planning pilot in 20 stores", "在 20 家店试点货架规划"},
	},
	"cs03": {
		[2]string{"Single-serve meal deal with a drink: +15% uplift, ROI 0.9", "单份装加饮料套餐：提升 15%，回报率 0.9"},
		[2]string{"Chilled rice crackers 40 g", "冷藏米饼 40 克"}, [2]string{"Family pack 300 g", "家庭装 300 克"},
		[2]string{"Empty pegs in franchised stores", "加盟店挂钩缺货"}, [2]string{"Franchisees order once a week from the central list", "加盟店每周只按总部清单订一次货"},
		[2]string{"Direct store delivery to the 300 busiest stores", "直送 300 家销量最高的门店"},
	},
	"cs04": {
		[2]string{"Singles' Day gift pack with a funded coupon: +120% uplift, ROI 1.1", "双十一礼盒加我方出资优惠券：提升 120%，回报率 1.1"},
		[2]string{"Live-stream exclusive gift box", "直播专供礼盒"}, [2]string{"Single 30 g bag (too small to ship)", "30 克单袋（太小不便发货）"},
		[2]string{"Listings dropped down the search results", "商品在搜索结果中排名下滑"}, [2]string{"Rivals bought the top search slots", "竞品买下了搜索前排位置"},
		[2]string{"Data sharing on searches and baskets", "共享搜索和购物篮数据"},
	},
	"cs05": {
		[2]string{"Bulk pack price per kilo in the member catalogue: +18% uplift, ROI 1.3", "会员目录大包装每公斤价格促销：提升 18%，回报率 1.3"},
		[2]string{"Caterer pack 2 kg", "餐饮装 2 公斤"}, [2]string{"Gift tin 500 g", "礼品罐 500 克"},
		[2]string{"Cases damaged on the forklift", "叉车搬运造成箱损"}, [2]string{"Outer cases too weak for pallet stacking", "外箱强度不足以托盘堆码"},
		[2]string{"The summer caterer catalogue", "夏季餐饮客户目录"},
	},
	"cs06": {
		[2]string{"Low-sugar range sampling at the health counter: +9% uplift, ROI 0.7", "健康柜台低糖系列试吃：提升 9%，回报率 0.7"},
		[2]string{"Low-sugar oat biscuits", "低糖燕麦饼干"}, [2]string{"Chocolate wafers", "巧克力威化"},
		[2]string{"New items wait months to be listed", "新品上架要等好几个月"}, [2]string{"Compliance files sent incomplete", "合规资料提交不完整"},
		[2]string{"Training pharmacists on the nutrition claims", "培训药师了解营养声明"},
	},
	"cs07": {
		[2]string{"Mid-Autumn gift boxes at the food hall counter: +30% uplift, ROI 1.0", "中秋礼盒食品馆专柜：提升 30%，回报率 1.0"},
		[2]string{"Premium gift box, food hall exclusive", "食品馆独家高端礼盒"}, [2]string{"Everyday multipack", "日常多联包"},
		[2]string{"Shoppers compare our gift box with online prices", "顾客拿我们的礼盒对比线上价格"}, [2]string{"The same box sells online", "同款礼盒在线上销售"},
		[2]string{"An exclusive pack for the food halls", "食品馆专供包装"},
	},
	"cs08": {
		[2]string{"Holiday family pack in the co-op's leaflet: +25% uplift, ROI 1.5", "节日家庭装上合作社海报：提升 25%，回报率 1.5"},
		[2]string{"Family pack 500 g", "家庭装 500 克"}, [2]string{"Spicy strips 60 g", "辣条 60 克"},
		[2]string{"Late deliveries to the mountain shops", "山区门店到货晚"}, [2]string{"One truck a week for the far routes", "远程线路每周只有一趟车"},
		[2]string{"The 20 new village shops", "新开的 20 家村镇店"},
	},
	"cs09": {
		[2]string{"After-school price on single packs: +12% uplift, ROI 0.8", "放学时段单包特价：提升 12%，回报率 0.8"},
		[2]string{"Kids' snack 20 g", "儿童零食 20 克"}, [2]string{"Sharing bag 200 g", "分享装 200 克"},
		[2]string{"Invoices paid at 90 days", "发票 90 天才付款"}, [2]string{"Payment terms were never agreed in writing", "账期从未书面约定"},
		[2]string{"The checkout counter in 500 stores", "500 家门店的收银台陈列"},
	},
	"cs10": {
		[2]string{"Club-size pack on the pallet display: +40% uplift, ROI 1.2", "会员装整托陈列：提升 40%，回报率 1.2"},
		[2]string{"Club pack 1.5 kg", "会员装 1.5 公斤"}, [2]string{"Trial pack 200 g", "试吃装 200 克"},
		[2]string{"Pallets refused at the warehouse door", "托盘在仓库门口被拒收"}, [2]string{"Pallet height over the club's limit", "托盘高度超出仓储店限制"},
		[2]string{"A second source beside the rival supplier", "在竞品之外成为第二供应商"},
	},
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

func firstOr(list []string, or string) string {
	if len(list) > 0 {
		return list[0]
	}
	return or
}
