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
	// Tolerance is how far short of target still counts as near target:
	// in points for a % metric, in % of the target otherwise; empty takes
	// the default (DefaultTolerancePoints, DefaultTolerancePct).
	Tolerance *float64 `json:"tolerance,omitempty"`
}

// The default tolerance bands: a % metric a point short of target is near
// it; any other metric is near down to 95% of its target, the usual amber
// band of a red-amber-green scorecard.
const (
	DefaultTolerancePoints = 1.0
	DefaultTolerancePct    = 5.0
	MaxTolerance           = 100.0
)

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

// Band is where an actual stands against its target and the metric's
// tolerance.
type Band int

const (
	NoBand   Band = iota // nothing to judge: no target or no actual
	OnBand               // at or better than target
	NearBand             // short of target by no more than the tolerance
	OffBand              // short of target by more than the tolerance
)

// Bands names each band.
var Bands = []Choice[Band]{
	{NoBand, T("not judged", "无法评估")},
	{OnBand, T("on target", "达标")},
	{NearBand, T("near target", "接近目标")},
	{OffBand, T("off target", "未达标")},
}

// ToleranceOrDefault is the metric's tolerance, or the default for its
// unit when none is set.
func (m Metric) ToleranceOrDefault() float64 {
	switch {
	case m.Tolerance != nil:
		return *m.Tolerance
	case m.Unit == "percent":
		return DefaultTolerancePoints
	}
	return DefaultTolerancePct
}

// ToleranceInUnit is the tolerance in the metric's own unit: points for a
// % metric, else that share of the target (5% of a 1,000,000 target is
// 50,000).
func (m Metric) ToleranceInUnit() float64 {
	tol := m.ToleranceOrDefault()
	if m.Unit == "percent" || m.Target == nil {
		return tol
	}
	return tol / 100 * math.Abs(*m.Target)
}

// Band places the actual against the target: on target when at or better
// than it, whichever way is better; near when short by at most the
// tolerance (a shortfall of exactly the tolerance is near); off beyond.
func (m Metric) Band() Band {
	v := m.ToTarget()
	switch v.Verdict {
	case NoBasis:
		return NoBand
	case Ahead, OnTarget:
		return OnBand
	}
	if math.Abs(v.Abs) <= m.ToleranceInUnit()+1e-9 {
		return NearBand
	}
	return OffBand
}

// Achievement is the achievement rate (达成率) in percent: actual ÷
// target, or target ÷ actual for a lower-is-better metric, so that above
// 100% is better than target either way (out-of-stocks of 2.4% against a
// target of 3% achieve 125%). ok is false without both figures, or when
// either is negative or the divisor is zero.
func (m Metric) Achievement() (pct float64, ok bool) {
	if m.Target == nil || m.Actual == nil || *m.Target < 0 || *m.Actual < 0 {
		return 0, false
	}
	num, den := *m.Actual, *m.Target
	if m.LowerIsBetter {
		num, den = den, num
	}
	if den == 0 {
		return 0, false
	}
	return num / den * 100, true
}

// Favourable reports whether a variance is in the metric's favour: above
// the basis for most metrics, below it for a lower-is-better one.
func (v Variance) Favourable() bool { return v.Verdict == Ahead }

// SummedOverYear reports whether a metric adds up over the year (amounts
// and units sold are flows) or is averaged (a share, a rate, a number of
// days does not add up from quarter to quarter).
func (m Metric) SummedOverYear() bool { return m.Unit == "amount" || m.Unit == "units" }

// YearToDate is one metric over the reviews of a year up to a meeting.
type YearToDate struct {
	Metric      // the meeting's metric, with Target and Actual over the year
	Reviews int // how many reviews count; fewer than 2 says nothing new
}

// YTD is metric i of mt over the year to date: the target and actual of
// the account's reviews of periods that start in the year mt's period ends
// in, up to mt's, summed for amounts and units and averaged (plain mean of
// the reviews) for %, days. A review counts when it holds both figures for
// a metric of the same name; a period overlapping one already counted
// (a quarter reviewed twice) counts once, the latest period first.
func YTD(mt Meeting, i int, meetings []Meeting) YearToDate {
	if i < 0 || i >= len(mt.Scorecard) || mt.From.IsZero() || mt.To.IsZero() {
		return YearToDate{}
	}
	x := mt.Scorecard[i]
	if x.Target == nil || x.Actual == nil {
		return YearToDate{Metric: x}
	}
	year, end := Day(mt.To).Year(), Day(mt.To)
	type figures struct {
		from, to       time.Time
		date           time.Time
		target, actual float64
	}
	var cands []figures
	for _, p := range meetings {
		if p.ID == mt.ID || p.AccountID != mt.AccountID || p.From.IsZero() || p.To.IsZero() ||
			Day(p.From).Year() != year || Day(p.To).After(end) {
			continue
		}
		for _, y := range p.Scorecard {
			if y.Name == x.Name && y.Target != nil && y.Actual != nil {
				cands = append(cands, figures{Day(p.From), Day(p.To), p.Date, *y.Target, *y.Actual})
				break
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b figures) int {
		if c := b.to.Compare(a.to); c != 0 {
			return c
		}
		return b.date.Compare(a.date)
	})
	target, actual, n := *x.Target, *x.Actual, 1
	start := Day(mt.From)
	for _, c := range cands {
		if c.to.Before(start) {
			target, actual, n = target+c.target, actual+c.actual, n+1
			start = c.from
		}
	}
	if !x.SummedOverYear() {
		target, actual = target/float64(n), actual/float64(n)
	}
	x.Target, x.Actual, x.LastYear = &target, &actual, nil
	return YearToDate{Metric: x, Reviews: n}
}

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
		if x.Tolerance != nil && (*x.Tolerance < 0 || *x.Tolerance > MaxTolerance || math.IsNaN(*x.Tolerance)) {
			return invalid(T("a tolerance is from 0 to 100 (points for a %% metric, %% of the target otherwise)",
				"容差为 0 到 100（百分比指标按百分点，其他指标按目标的百分比）"))
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
			next := Metric{Name: x.Name, Unit: x.Unit, LowerIsBetter: x.LowerIsBetter}
			if x.Tolerance != nil { // the band agreed for the metric carries on
				tol := *x.Tolerance
				next.Tolerance = &tol
			}
			m.Scorecard = append(m.Scorecard, next)
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
		for _, p := range []**float64{&mt.Scorecard[i].Target, &mt.Scorecard[i].Actual, &mt.Scorecard[i].LastYear, &mt.Scorecard[i].Tolerance} {
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
