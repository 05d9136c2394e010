package model

import (
	"cmp"
	"strings"
	"time"
)

// TodayKind is one kind of thing that needs the rep this week; the kinds
// are listed most pressing first.
type TodayKind int

const (
	TodayOverdue      TodayKind = iota // an action past its due date
	TodayComing                        // a business review or a negotiation in the next 14 days
	TodayContact                       // a key contact not seen in 60 days
	TodayStale                         // buyer knowledge not verified in 90 days
	TodayNotEvaluated                  // an account never evaluated
	TodayKinds                         // the number of kinds
)

// TodayAhead is how many days ahead Today looks for meetings.
const TodayAhead = 14

// TodayRecord says which record a line of Today is about, so the screen
// can take the rep there.
type TodayRecord int

const (
	OnMeeting     TodayRecord = iota // a business review (Item is its ID, or "ID/actionID" for one of its actions)
	OnNegotiation                    // a negotiation (Item is its ID)
	OnContact                        // a contact (Item is its ID)
	OnChecklist                      // the buyer checklist (Item is the stalest item's ID)
	OnEvaluation                     // the account's evaluation (Item is empty)
)

// TodayItem is one line of Today: an account and what of it needs the rep.
type TodayItem struct {
	Kind      TodayKind
	On        TodayRecord
	AccountID string
	Account   string // the account's name
	Item      string // the record to open, as On says
	// Due is the date the line's urgency counts from: the action's due
	// date, the meeting's day, the last contact, the oldest verification
	// (zero for never); earlier is more urgent.
	Due   time.Time
	Sales Money // the account's sales with us: the bigger account first on a tie
	What  Text
}

// CompareToday orders Today's lines: by kind, then most urgent first,
// then the bigger account, then by name: a total order, so lines of one
// account can be put back in their place after a save.
func CompareToday(a, b TodayItem) int {
	// one comparison after the other, so most stop at the first
	if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	if c := a.Due.Compare(b.Due); c != 0 {
		return c
	}
	if c := cmp.Compare(b.Sales, a.Sales); c != 0 {
		return c
	}
	if c := strings.Compare(a.Account, b.Account); c != 0 {
		return c
	}
	if c := strings.Compare(a.AccountID, b.AccountID); c != 0 {
		return c
	}
	if c := cmp.Compare(a.On, b.On); c != 0 {
		return c
	}
	if c := strings.Compare(a.Item, b.Item); c != 0 {
		return c
	}
	return strings.Compare(a.What.EN, b.What.EN)
}

// inDays says how far ahead a day is, in both languages.
func inDays(n int) Text {
	switch n {
	case 0:
		return T("today", "今天")
	case 1:
		return T("tomorrow", "明天")
	}
	return tf("in %d days", "%d 天后", n)
}

// daysLate says how many days late, in both languages.
func daysLate(n int) Text {
	if n == 1 {
		return T("1 day late", "逾期 1 天")
	}
	return tf("%d days late", "逾期 %d 天", n)
}

// TodayOf lists what of one account needs the rep this week: meetings and
// negotiations in the next 14 days, overdue actions, key contacts not seen
// in 60 days, stale buyer knowledge, no evaluation. An archived account
// needs nothing.
func TodayOf(w AccountWork, now time.Time) []TodayItem {
	a := w.Account
	if a.Archived || a.ID == "" {
		return nil
	}
	var out []TodayItem
	add := func(kind TodayKind, on TodayRecord, item string, due time.Time, what Text) {
		out = append(out, TodayItem{Kind: kind, On: on, AccountID: a.ID, Account: a.Name, Item: item, Due: due, Sales: a.OurSales, What: what})
	}

	var last *Meeting // the latest review held, whose next meeting may be due
	planned := false  // a review is on record from today on
	for i := range w.Meetings {
		m := &w.Meetings[i]
		for _, x := range m.Actions {
			if x.Overdue(now) {
				late := daysLate(daysSince(x.Due, now))
				what := T(oneLine(x.What)+" — "+late.EN, oneLine(x.What)+" — "+late.ZH)
				if x.Owner != "" {
					what = T(what.EN+" ("+x.Owner+")", what.ZH+"（"+x.Owner+"）")
				}
				add(TodayOverdue, OnMeeting, m.ID+"/"+x.ID, Day(x.Due), what) // the meeting, at the action
			}
		}
		ahead := -daysSince(m.Date, now)
		if ahead >= 0 {
			planned = true
		}
		if ahead >= 0 && ahead <= TodayAhead {
			d := inDays(ahead)
			add(TodayComing, OnMeeting, m.ID, Day(m.Date),
				T("Business review, "+d.EN, "业务回顾，"+d.ZH))
		}
		if ahead < 0 && (last == nil || m.Date.After(last.Date)) {
			last = m
		}
	}
	if last != nil && !planned && !last.Next.IsZero() {
		if ahead := -daysSince(last.Next, now); ahead >= 0 && ahead <= TodayAhead {
			d := inDays(ahead)
			add(TodayComing, OnMeeting, last.ID, Day(last.Next),
				T("Next business review, "+d.EN+" (set at the last review, not yet prepared)",
					"下次业务回顾，"+d.ZH+"（上次回顾时约定，尚未准备）"))
		}
	}

	for _, n := range w.Negotiations {
		ahead := -daysSince(n.Meeting, now)
		if n.Status == Concluded || n.Meeting.IsZero() || ahead < 0 || ahead > TodayAhead {
			continue
		}
		d := inDays(ahead)
		status := NameOf(NegotiationStatuses, n.Status, English)
		statusZH := NameOf(NegotiationStatuses, n.Status, Chinese)
		add(TodayComing, OnNegotiation, n.ID, Day(n.Meeting),
			T("Negotiation \""+n.Title+"\", "+d.EN+" ("+status+")",
				"谈判“"+n.Title+"”，"+d.ZH+"（"+statusZH+"）"))
	}

	for _, c := range w.Contacts {
		if c.Archived || !KeyContact(c) || !Unseen(c, now) {
			continue
		}
		who := c.Name
		if t := strings.TrimSpace(c.Title); t != "" {
			who += ", " + t
		}
		if c.LastContact.IsZero() {
			add(TodayContact, OnContact, c.ID, time.Time{}, T(who+": never contacted", who+"：从未联系"))
			continue
		}
		add(TodayContact, OnContact, c.ID, Day(c.LastContact),
			tf("%s: last seen %d days ago", "%s：已 %d 天未联系", who, daysSince(c.LastContact, now)))
	}

	stale, oldest, oldestItem := 0, time.Time{}, ""
	for _, it := range w.Checklist {
		k := w.Answers[it.ID]
		if !k.Stale(now) {
			continue
		}
		if stale == 0 || k.Verified.Before(oldest) {
			oldest, oldestItem = k.Verified, it.ID
		}
		stale++
	}
	if stale > 0 {
		what := tf("%d buyer checklist answers not verified in 90 days", "%d 项采购清单答案超过 90 天未核实", stale)
		if stale == 1 {
			what = T("1 buyer checklist answer not verified in 90 days", "1 项采购清单答案超过 90 天未核实")
		}
		add(TodayStale, OnChecklist, oldestItem, Day(oldest), what)
	}

	if len(w.Evaluations) == 0 {
		add(TodayNotEvaluated, OnEvaluation, "", time.Time{},
			T("Never evaluated: score it to place it on the matrix", "从未评估：请评分，将其放入矩阵"))
	}
	return out
}

// oneLine is the first line of a text, for a list that gives each thing
// one line.
func oneLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}
