package model

import (
	"fmt"
	"math"
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
			for i := range m.Scorecard {
				if i >= len(vals) {
					break
				}
				tg, ac := round1(vals[i].target), round1(vals[i].actual)
				m.Scorecard[i].Target, m.Scorecard[i].Actual = &tg, &ac
			}
			m.Promotions = []string{s("Chinese New Year bundle: +38% uplift, ROI 1.4", "春节组合装：提升 38%，回报率 1.4")}
			m.Listings = []string{s("Seaweed crisps 80 g", "海苔脆 80 克")}
			m.Delistings = []string{s("Classic crackers 400 g", "经典饼干 400 克")}
			m.Issues = []ReviewIssue{{s("Out-of-stocks on promotion weeks", "促销周缺货"), s("Orders placed after the cut-off", "订单晚于截止时间")}}
			m.Opportunities = []string{s("Second placement at the checkouts", "收银台二次陈列")}
			last := mi == len(ks)-1
			theirAction := [][2]string{
				{"Fix the order cut-off with the DC", "与配送中心确定订单截止时间"},
				{"Confirm the second placements", "确认二次陈列位"},
				{"Share the store opening plan", "提供开店计划"},
				{"Send the range review dates", "发送品项评审日期"},
			}[(ai+mi)%4]
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

func round1(v float64) float64 { return math.Round(v*10) / 10 }

func firstOr(list []string, or string) string {
	if len(list) > 0 {
		return list[0]
	}
	return or
}
