package model

import (
	"math"
	"slices"
	"strings"
	"time"
)

// Metric is one line of a business review's scorecard.
type Metric struct {
	Name          Text     `json:"name,omitzero"`
	Unit          Unit     `json:"unit,omitzero"`
	LowerIsBetter bool     `json:"lower_is_better,omitempty"` // out-of-stocks, spend against budget
	Target        *float64 `json:"target,omitempty"`
	Actual        *float64 `json:"actual,omitempty"`
	LastYear      *float64 `json:"last_year,omitempty"`
}

// DefaultMetrics are the scorecard of a first review, in both languages.
func DefaultMetrics() []Metric {
	m := func(en, zh string, u Unit, lower bool) Metric {
		return Metric{Name: T(en, zh), Unit: u, LowerIsBetter: lower}
	}
	return []Metric{
		m("Sell-in", "进货额", "amount", false),
		m("Sell-out", "动销（终端销售）", "amount", false),
		m("Value share", "市场份额（金额）", "percent", false),
		m("Numeric distribution", "数值铺货率", "percent", false),
		m("Out-of-stock rate", "缺货率", "percent", true),
		m("On time in full", "准时足量交付率", "percent", false),
		m("Trade spend vs budget", "贸易费用对比预算", "percent", true),
		m("Promotion return", "促销投入产出比", "percent", false),
	}
}

// Verdict says how a figure compares with what it is measured against.
type Verdict int

const (
	NoBasis Verdict = iota // nothing to compare: no actual, or no target / last year
	Ahead
	OnTarget
	Behind
)

// Variance is the difference of an actual from a target or last year.
type Variance struct {
	Abs     float64 // actual − basis, in the metric's unit (points for %)
	Pct     float64 // Abs as % of the basis
	PctOK   bool    // false when the basis is zero
	Verdict Verdict
}

// VarianceOf compares an actual with a basis; lowerIsBetter turns round
// which side is ahead.
func VarianceOf(actual, basis *float64, lowerIsBetter bool) Variance {
	if actual == nil || basis == nil {
		return Variance{}
	}
	v := Variance{Abs: *actual - *basis}
	if *basis != 0 {
		v.Pct, v.PctOK = v.Abs/math.Abs(*basis)*100, true
	}
	switch {
	case math.Abs(v.Abs) < 1e-9:
		v.Verdict = OnTarget
	case (v.Abs > 0) != lowerIsBetter:
		v.Verdict = Ahead
	default:
		v.Verdict = Behind
	}
	return v
}

// ToTarget is the metric's variance to its target.
func (m Metric) ToTarget() Variance { return VarianceOf(m.Actual, m.Target, m.LowerIsBetter) }

// ToLastYear is the metric's variance to last year.
func (m Metric) ToLastYear() Variance { return VarianceOf(m.Actual, m.LastYear, m.LowerIsBetter) }

// Side is who owns an action: us or the customer.
type Side string

// Sides names both sides.
var Sides = []Choice[Side]{
	{"ours", T("ours", "我方")},
	{"theirs", T("theirs", "对方")},
}

// ActionStatus is where an action stands.
type ActionStatus string

const (
	ActionOpen    ActionStatus = "open"
	ActionDone    ActionStatus = "done"
	ActionDropped ActionStatus = "dropped"
	ActionCarried ActionStatus = "carried" // moved on to the next meeting
)

// ActionStatuses names each status.
var ActionStatuses = []Choice[ActionStatus]{
	{ActionOpen, T("open", "未完成")},
	{ActionDone, T("done", "已完成")},
	{ActionDropped, T("dropped", "已放弃")},
	{ActionCarried, T("carried over", "已转入下次")},
}

// Action is something promised at a review: what the next review checks.
type Action struct {
	ID     string       `json:"id,omitzero"`
	What   string       `json:"what,omitzero"`
	Owner  string       `json:"owner,omitzero"`
	Side   Side         `json:"side,omitzero"`
	Due    time.Time    `json:"due,omitzero"`
	Status ActionStatus `json:"status,omitzero"`
}

// OverdueActions counts the meeting's actions that are overdue.
func (m Meeting) OverdueActions(now time.Time) int {
	n := 0
	for _, a := range m.Actions {
		if a.Overdue(now) {
			n++
		}
	}
	return n
}

// Overdue reports whether an open action is past its due date.
func (a Action) Overdue(now time.Time) bool {
	return a.Status == ActionOpen && !a.Due.IsZero() && Day(a.Due).Before(Day(now))
}

// ReviewIssue is a problem raised at a review, with its cause.
type ReviewIssue struct {
	Issue string `json:"issue,omitzero"`
	Cause string `json:"cause,omitzero"`
}

// Meeting is one business review with an account.
type Meeting struct {
	ID             string        `json:"id,omitzero"`
	AccountID      string        `json:"account_id,omitzero"`
	Date           time.Time     `json:"date,omitzero"`
	From           time.Time     `json:"from,omitzero"` // the period reviewed
	To             time.Time     `json:"to,omitzero"`
	OurAttendees   []string      `json:"our_attendees,omitzero"`
	TheirAttendees []string      `json:"their_attendees,omitzero"`
	Objectives     string        `json:"objectives,omitzero"`
	Scorecard      []Metric      `json:"scorecard,omitzero"`
	Promotions     []string      `json:"promotions,omitzero"`
	Listings       []string      `json:"listings,omitzero"`
	Delistings     []string      `json:"delistings,omitzero"`
	Issues         []ReviewIssue `json:"issues,omitzero"`
	Opportunities  []string      `json:"opportunities,omitzero"`
	Actions        []Action      `json:"actions,omitzero"`
	Next           time.Time     `json:"next,omitzero"` // the next meeting
	Created        time.Time     `json:"created,omitzero"`
	Updated        time.Time     `json:"updated,omitzero"`
}

// OpenActions are the meeting's actions still open.
func (m Meeting) OpenActions() []Action {
	var out []Action
	for _, a := range m.Actions {
		if a.Status == ActionOpen {
			out = append(out, a)
		}
	}
	return out
}

// OnTarget counts the scorecard's metrics at or ahead of target, and those
// with a target and an actual to judge.
func (m Meeting) OnTarget() (ok, judged int) {
	for _, x := range m.Scorecard {
		switch x.ToTarget().Verdict {
		case Ahead, OnTarget:
			ok++
			judged++
		case Behind:
			judged++
		}
	}
	return ok, judged
}

// CheckMeeting validates a meeting before it is saved.
func CheckMeeting(m Meeting) error {
	if m.AccountID == "" {
		return invalid(T("a meeting belongs to an account", "会议必须属于某个客户"))
	}
	if m.Date.IsZero() {
		return invalid(T("a meeting needs a date", "会议需要日期"))
	}
	if !m.From.IsZero() && !m.To.IsZero() && m.To.Before(m.From) {
		return invalid(T("the period ends before it starts", "期间的结束早于开始"))
	}
	for _, x := range m.Scorecard {
		if strings.TrimSpace(x.Name.EN) == "" && strings.TrimSpace(x.Name.ZH) == "" {
			return invalid(T("a metric needs a name", "指标需要名称"))
		}
		if !validChoice(Units, x.Unit) {
			return invalid(T("pick a unit: %%, days, amount or units", "请选择单位：%%、天、金额或件"))
		}
	}
	for _, a := range m.Actions {
		if strings.TrimSpace(a.What) == "" {
			return invalid(T("an action needs to say what is to be done", "行动需要写明做什么"))
		}
		if !validChoice(Sides, a.Side) {
			return invalid(T("say whose action it is: ours or theirs", "请注明行动的归属：我方或对方"))
		}
		if !validChoice(ActionStatuses, a.Status) {
			return invalid(T("pick open, done or dropped", "请选择未完成、已完成或已放弃"))
		}
	}
	return CheckLongText(m.Objectives)
}

// CheckActionDue refuses an action falling due before the meeting that
// agreed it: an action is promised at the meeting, so it is due on the
// day or after.
func CheckActionDue(due, meeting time.Time) error {
	if due.IsZero() || meeting.IsZero() || !Day(due).Before(Day(meeting)) {
		return nil
	}
	d, m := due.Format(DateLayout), meeting.Format(DateLayout)
	return invalid(T("due %s, before the meeting of %s: an action agreed there falls due on the day or after",
		"截止日期 %s 早于会议日期 %s：会上商定的行动，截止日期应在会议当天或之后"), d, m)
}

// yearBefore is the same day a year earlier; 29 February becomes the 28th.
func yearBefore(t time.Time) time.Time {
	t = Day(t)
	if t.Month() == time.February && t.Day() == 29 {
		t = t.AddDate(0, 0, -1)
	}
	return t.AddDate(-1, 0, 0)
}

// samePeriodLastYear reports whether a period is b's, one year earlier.
func samePeriodLastYear(a, b Meeting) bool {
	if a.From.IsZero() || b.From.IsZero() || a.To.IsZero() || b.To.IsZero() {
		return false
	}
	return Day(a.From).Equal(yearBefore(b.From)) && Day(a.To).Equal(yearBefore(b.To))
}

// LastYearsMeeting is the account's review of the period from–to one year
// earlier, if there was one.
func LastYearsMeeting(accountID string, from, to time.Time, meetings []Meeting) (Meeting, bool) {
	m := Meeting{AccountID: accountID, From: from, To: to}
	for _, p := range meetings {
		if p.AccountID == accountID && samePeriodLastYear(p, m) {
			return p, true
		}
	}
	return Meeting{}, false
}

// NextPeriod proposes the period a new review of an account covers: the
// one after the latest period reviewed, of the same length (whole months
// stay whole months: a quarter is followed by the next quarter), or, when
// no period was reviewed yet, the last full calendar quarter before today,
// the period a quarterly business review looks back on.
func NextPeriod(accountID string, today time.Time, meetings []Meeting) (from, to time.Time) {
	var last *Meeting
	for i := range meetings {
		p := &meetings[i]
		if p.AccountID != accountID || p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From) {
			continue
		}
		if last == nil || p.To.After(last.To) || (p.To.Equal(last.To) && p.Date.After(last.Date)) {
			last = p
		}
	}
	if last == nil {
		today = Day(today)
		qs := time.Date(today.Year(), time.Month((int(today.Month())-1)/3*3+1), 1, 0, 0, 0, 0, today.Location())
		return qs.AddDate(0, -3, 0), qs.AddDate(0, 0, -1)
	}
	f, t := Day(last.From), Day(last.To)
	from = t.AddDate(0, 0, 1)
	if f.Day() == 1 && from.Day() == 1 { // whole months
		months := (from.Year()-f.Year())*12 + int(from.Month()-f.Month())
		return from, from.AddDate(0, months, -1)
	}
	return from, from.AddDate(0, 0, int(t.Sub(f).Hours()/24+0.5))
}

// NewMeeting starts the next review of an account: the previous
// scorecard's metrics (or the defaults for a first one) with targets and
// actuals empty, and as "last year" the actuals of the review of the same
// period a year before, when there was one.
func NewMeeting(accountID string, date, from, to time.Time, previous []Meeting) Meeting {
	m := Meeting{AccountID: accountID, Date: date, From: from, To: to}
	var prev *Meeting
	for i := range previous {
		if previous[i].AccountID == accountID && (prev == nil || previous[i].Date.After(prev.Date)) {
			prev = &previous[i]
		}
	}
	if prev == nil {
		m.Scorecard = DefaultMetrics()
	} else {
		for _, x := range prev.Scorecard {
			m.Scorecard = append(m.Scorecard, Metric{Name: x.Name, Unit: x.Unit, LowerIsBetter: x.LowerIsBetter})
		}
	}
	if p, ok := LastYearsMeeting(accountID, from, to, previous); ok {
		for i := range m.Scorecard {
			for _, x := range p.Scorecard {
				if x.Name == m.Scorecard[i].Name && x.Actual != nil {
					v := *x.Actual
					m.Scorecard[i].LastYear = &v
				}
			}
		}
	}
	return m
}

// Carry is what happens to an open action of the previous meeting when the
// next one starts.
type Carry int

const (
	CarryOver Carry = iota // it moves on to the new meeting, still open
	CarryDone              // it was done
	CarryDrop              // it is dropped
)

// Carries names each choice.
var Carries = []Choice[Carry]{
	{CarryOver, T("carry over", "转入本次")},
	{CarryDone, T("done", "已完成")},
	{CarryDrop, T("drop", "放弃")},
}

// CarryActions settles the previous meeting's open actions: each is marked
// done, dropped or carried, and the carried ones are returned, open, for
// the new meeting. Actions not open are left as they are.
func CarryActions(prev Meeting, choices map[string]Carry) (Meeting, []Action) {
	prev.Actions = append([]Action(nil), prev.Actions...)
	var carried []Action
	for i, a := range prev.Actions {
		if a.Status != ActionOpen {
			continue
		}
		switch choices[a.ID] {
		case CarryDone:
			prev.Actions[i].Status = ActionDone
		case CarryDrop:
			prev.Actions[i].Status = ActionDropped
		default:
			prev.Actions[i].Status = ActionCarried
			carried = append(carried, a)
		}
	}
	return prev, carried
}

// Clone copies a meeting deep enough to edit it freely.
func (mt Meeting) Clone() Meeting {
	mt.OurAttendees = slices.Clone(mt.OurAttendees)
	mt.TheirAttendees = slices.Clone(mt.TheirAttendees)
	mt.Scorecard = slices.Clone(mt.Scorecard)
	for i := range mt.Scorecard {
		for _, p := range []**float64{&mt.Scorecard[i].Target, &mt.Scorecard[i].Actual, &mt.Scorecard[i].LastYear} {
			if *p != nil {
				v := **p
				*p = &v
			}
		}
	}
	mt.Promotions = slices.Clone(mt.Promotions)
	mt.Listings = slices.Clone(mt.Listings)
	mt.Delistings = slices.Clone(mt.Delistings)
	mt.Issues = slices.Clone(mt.Issues)
	mt.Opportunities = slices.Clone(mt.Opportunities)
	mt.Actions = slices.Clone(mt.Actions)
	return mt
}
