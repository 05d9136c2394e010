package model

import (
	"maps"
	"math"
	"slices"
	"strings"
	"time"
)

// NegotiationStatus is where a negotiation stands.
type NegotiationStatus string

const (
	Draft     NegotiationStatus = "draft"
	Ready     NegotiationStatus = "ready"
	Concluded NegotiationStatus = "concluded"
)

// NegotiationStatuses names each status.
var NegotiationStatuses = []Choice[NegotiationStatus]{
	{Draft, T("draft", "草稿")},
	{Ready, T("ready", "已就绪")},
	{Concluded, T("concluded", "已结束")},
}

// Priority ranks an objective.
type Priority string

// Priorities lists Must, Intend and Like.
var Priorities = []Choice[Priority]{
	{"must", T("Must", "必须")},
	{"intend", T("Intend", "争取")},
	{"like", T("Like", "希望")},
}

// Objective is one thing we want from the negotiation.
type Objective struct {
	Text     string   `json:"text,omitzero"`
	Priority Priority `json:"priority,omitzero"`
	// Issue and Limit tie the objective to an issue's figure: "no more than
	// 60 days" is the payment-days issue with a limit of 60. Which way the
	// limit binds is the issue's: a Must's limit is the worst we accept.
	Issue string   `json:"issue,omitempty"`
	Limit *float64 `json:"limit,omitempty"`
}

// Tactic is a tactic we expect from the buyer, and our answer to it.
type Tactic struct {
	Tactic   string `json:"tactic,omitzero"`
	Response string `json:"response,omitzero"`
}

// Unit is what an issue is measured in.
type Unit string

// Units lists the units of issues.
var Units = []Choice[Unit]{
	{"percent", T("%", "%")},
	{"days", T("days", "天")},
	{"amount", T("amount", "金额")},
	{"units", T("units", "件")},
}

// Issue is one thing on the table, with both sides' positions: opening,
// target and walk-away, ours and (as we estimate them) theirs.
type Issue struct {
	Name        string   `json:"name,omitzero"`
	Unit        Unit     `json:"unit,omitzero"`
	Term        TermKind `json:"term,omitempty"` // the trading term it sets, if any
	OurOpen     float64  `json:"our_open,omitzero"`
	OurTarget   float64  `json:"our_target,omitzero"`
	OurWalk     float64  `json:"our_walk,omitzero"`
	TheirOpen   float64  `json:"their_open,omitzero"`
	TheirTarget float64  `json:"their_target,omitzero"`
	TheirWalk   float64  `json:"their_walk,omitzero"`
	Agreed      *float64 `json:"agreed,omitempty"` // set at the exit
	// Unknown names the estimates of theirs left blank: "their_open",
	// "their_target", "their_walk". A blank estimate is unknown, not 0;
	// records written before this field keep their stored values.
	Unknown []string `json:"unknown,omitzero"`
}

// The estimates of theirs that may be left blank.
const (
	EstTheirOpen   = "their_open"
	EstTheirTarget = "their_target"
	EstTheirWalk   = "their_walk"
)

// Known reports whether an estimate of theirs was entered.
func (i Issue) Known(est string) bool { return !slices.Contains(i.Unknown, est) }

// SetKnown marks an estimate of theirs as entered or blank.
func (i *Issue) SetKnown(est string, known bool) {
	i.Unknown = slices.DeleteFunc(slices.Clone(i.Unknown), func(s string) bool { return s == est })
	if !known {
		i.Unknown = append(i.Unknown, est)
		slices.Sort(i.Unknown)
	}
	if len(i.Unknown) == 0 {
		i.Unknown = nil
	}
}

// Zone is the zone of possible agreement of an issue.
type Zone struct {
	Low, High      float64
	Known          bool // false when their walk-away is not estimated: no zone can be drawn
	Overlap        bool // some value is acceptable to both
	Touching       bool // exactly one value is
	HigherIsBetter bool // for us; false when lower is better (a discount we give, payment days)
}

// ZOPA works out the zone of possible agreement from the walk-aways. Which
// way is good for us is read from our own positions: opening above
// walk-away means higher is better (a price we ask), below means lower is
// (a discount we give, days of credit); when ours are all equal, theirs
// tell, the other way round. With their walk-away unknown the zone is not
// known either: Known is false and nothing else but the direction is set.
func (i Issue) ZOPA() Zone {
	theirsTell := i.Known(EstTheirOpen) && i.Known(EstTheirWalk) && i.TheirOpen < i.TheirWalk
	higher := i.OurOpen > i.OurWalk || (i.OurOpen == i.OurWalk && theirsTell)
	z := Zone{HigherIsBetter: higher}
	if !i.Known(EstTheirWalk) {
		return z
	}
	z.Known = true
	if higher { // we accept ≥ our walk-away; they accept ≤ theirs
		z.Low, z.High = i.OurWalk, i.TheirWalk
	} else { // we accept ≤ our walk-away; they accept ≥ theirs
		z.Low, z.High = i.TheirWalk, i.OurWalk
	}
	const eps = 1e-9
	z.Overlap = z.Low <= z.High+eps
	z.Touching = math.Abs(z.High-z.Low) <= eps
	return z
}

// Outcome judges an agreed value against our target and walk-away.
type Outcome int

const (
	NoOutcome      Outcome = iota // not agreed yet
	AtTarget                      // at or better than our target
	WithinRange                   // between our walk-away and our target
	BeyondWalkAway                // worse than our walk-away
)

// Outcomes names each judgement.
var Outcomes = []Choice[Outcome]{
	{NoOutcome, T("not agreed", "未达成")},
	{AtTarget, T("at or better than target", "达到或优于目标")},
	{WithinRange, T("between target and walk-away", "介于目标与底线之间")},
	{BeyondWalkAway, T("beyond our walk-away", "突破我方底线")},
}

// Judge says how the agreed value of an issue came out for us.
func (i Issue) Judge() Outcome {
	if i.Agreed == nil {
		return NoOutcome
	}
	v := *i.Agreed
	better := func(a, b float64) bool { // a is at least as good for us as b
		if i.ZOPA().HigherIsBetter {
			return a >= b-1e-9
		}
		return a <= b+1e-9
	}
	switch {
	case better(v, i.OurTarget):
		return AtTarget
	case better(v, i.OurWalk):
		return WithinRange
	}
	return BeyondWalkAway
}

// BalanceFactors are what the balance of power is scored on, each 1–5,
// where 5 is strongly in our favour.
var BalanceFactors = []Choice[string]{
	{"brand_pull", T("Brand pull (5: shoppers insist on our brands)", "品牌拉力（5：购物者非我方品牌不买）")},
	{"share", T("Our share of their category (5: we lead it)", "我方在其品类的份额（5：我方领先）")},
	{"alternatives", T("Their alternatives (5: they have none as good)", "对方的替代选择（5：没有同样好的）")},
	{"private_label", T("Private label threat (5: none)", "自有品牌威胁（5：没有）")},
	{"switching", T("Their cost of switching (5: very high)", "对方的转换成本（5：非常高）")},
}

// Power is the P of Power: both sides' best alternatives and the balance.
type Power struct {
	OurBATNA   string         `json:"our_batna,omitzero"`
	TheirBATNA string         `json:"their_batna,omitzero"`
	Balance    map[string]int `json:"balance,omitzero"` // factor → 1–5; missing is not scored
}

// BalanceScore is the mean of the scored factors, 1–5, and whether every
// factor is scored.
func (p Power) BalanceScore() (score float64, complete bool) {
	n, sum := 0, 0
	for _, f := range BalanceFactors {
		if v := p.Balance[f.Key]; v >= 1 && v <= 5 {
			n++
			sum += v
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(sum) / float64(n), n == len(BalanceFactors)
}

// BalanceWord says who the balance favours: below 2.5 them, above 3.5 us.
func BalanceWord(score float64) Text {
	switch {
	case score >= 3.5:
		return T("in our favour", "对我方有利")
	case score > 2.5:
		return T("balanced", "势均力敌")
	}
	return T("in the buyer's favour", "对客户有利")
}

// AgendaItem is one point of the meeting's agenda.
type AgendaItem struct {
	Topic   string `json:"topic,omitzero"`
	Minutes int    `json:"minutes,omitzero"`
}

// Member is one person of a negotiating team and their role.
type Member struct {
	Name string `json:"name,omitzero"`
	Role string `json:"role,omitzero"`
}

// Concession is something we can give, what it costs us, what it is worth
// to them, and what we ask in return. A concession on a trading term names
// the term and the step it changes it by (points of a percentage, days, or
// a count of a fixed amount At each); its cost is then computed from the
// account's terms and sales. Without a term the cost is typed.
type Concession struct {
	What     string    `json:"what,omitzero"`
	Term     TermKind  `json:"term,omitempty"`
	Step     float64   `json:"step,omitzero"`
	At       Money     `json:"at,omitzero"` // a fixed amount's price of one; 0 is the term's own
	Cost     Money     `json:"cost,omitzero"`
	Value    Influence `json:"value,omitzero"` // high / medium / low, to them
	InReturn string    `json:"in_return,omitzero"`
	Order    int       `json:"order,omitzero"`
	ForClose bool      `json:"for_close,omitzero"` // kept for the close
}

// FollowUp is an action after the meeting.
type FollowUp struct {
	What  string    `json:"what,omitzero"`
	Owner string    `json:"owner,omitzero"`
	Due   time.Time `json:"due,omitzero"`
}

// Negotiation is the PREPARE worksheet of one negotiation with an account.
type Negotiation struct {
	ID        string            `json:"id,omitzero"`
	AccountID string            `json:"account_id,omitzero"`
	Title     string            `json:"title,omitzero"`
	Meeting   time.Time         `json:"meeting,omitzero"`
	Year      int               `json:"year,omitzero"` // the year of terms it negotiates
	Status    NegotiationStatus `json:"status,omitzero"`

	Objectives []Objective `json:"objectives,omitzero"` // P Purpose

	BuyerKPIs       string   `json:"buyer_kpis,omitzero"` // R Research
	BuyerObjectives string   `json:"buyer_objectives,omitzero"`
	Facts           string   `json:"facts,omitzero"`
	Tactics         []Tactic `json:"tactics,omitzero"`

	Issues []Issue `json:"issues,omitzero"` // E Expectations

	Power Power `json:"power,omitzero"` // P Power

	Agenda    []AgendaItem `json:"agenda,omitzero"` // A Agenda
	OurTeam   []Member     `json:"our_team,omitzero"`
	TheirTeam []Member     `json:"their_team,omitzero"`

	Concessions []Concession `json:"concessions,omitzero"` // R Resources to trade
	Budget      Money        `json:"budget,omitzero"`      // what the concessions may cost in all; 0 is not set
	WillNotGive []string     `json:"will_not_give,omitzero"`

	Given      []string   `json:"given,omitzero"` // E Exit
	Received   []string   `json:"received,omitzero"`
	OpenPoints []string   `json:"open_points,omitzero"`
	FollowUps  []FollowUp `json:"follow_ups,omitzero"`

	Created time.Time `json:"created,omitzero"`
	Updated time.Time `json:"updated,omitzero"`
}

// Section is a letter of PREPARE.
type Section int

const (
	SecPurpose Section = iota
	SecResearch
	SecExpectations
	SecPower
	SecAgenda
	SecResources
	SecExit
	Sections
)

// SectionInfo is a section's letter, its default word and its prompt.
type SectionInfo struct {
	Letter string
	Word   Text
	Prompt Text
}

// DefaultSections are the course's PREPARE, in both languages.
var DefaultSections = [Sections]SectionInfo{
	{"P", T("Purpose", "目的"), T("What do we want? Each objective a Must, Intend or Like.", "我们想要什么？每个目标标为必须、争取或希望。")},
	{"R", T("Research", "调研"), T("The buyer's KPIs and objectives, our facts, the tactics we expect and our answers.", "采购的 KPI 和目标、我方的事实数据、预计对方的策略及我方应对。")},
	{"E", T("Expectations", "期望"), T("Each issue: our opening, target and walk-away, and our estimate of theirs.", "每个议题：我方开价、目标和底线，以及对对方的估计。")},
	{"P", T("Power", "筹码"), T("Our best alternative and theirs; the balance of power.", "双方的最佳替代方案；力量对比。")},
	{"A", T("Agenda", "议程"), T("The agenda, with minutes; both teams and their roles.", "议程及时长；双方团队及角色。")},
	{"R", T("Resources to trade", "交换条件"), T("What we can give, its cost and value, what we ask in return; what we will not give.", "我方可让步的内容、成本与价值、要求的回报；我方不会让步的内容。")},
	{"E", T("Exit", "结束与评估"), T("After the meeting: what was agreed, given and received, open points, follow-ups.", "会后：达成了什么、给出与得到的让步、未决事项、后续行动。")},
}

// SectionWords are the workspace's own words for the seven letters;
// empty ones fall back to the course's.
type SectionWords [Sections]Text

// Word is a section's word in a language.
func (w SectionWords) Word(s Section, l Lang) string {
	if t := w[s]; t.EN != "" || t.ZH != "" {
		return t.In(l)
	}
	return DefaultSections[s].Word.In(l)
}

// Complete reports whether a section is filled in.
func (n Negotiation) Complete(s Section) bool {
	switch s {
	case SecPurpose:
		for _, o := range n.Objectives {
			if o.Priority == "must" && strings.TrimSpace(o.Text) != "" {
				return true
			}
		}
		return false
	case SecResearch:
		return strings.TrimSpace(n.BuyerKPIs) != "" && len(n.Tactics) > 0
	case SecExpectations:
		return len(n.Issues) > 0
	case SecPower:
		_, complete := n.Power.BalanceScore()
		return complete && strings.TrimSpace(n.Power.OurBATNA) != "" && strings.TrimSpace(n.Power.TheirBATNA) != ""
	case SecAgenda:
		return len(n.Agenda) > 0 && len(n.OurTeam) > 0
	case SecResources:
		return len(n.Concessions) > 0
	case SecExit:
		for _, i := range n.Issues {
			if i.Agreed != nil {
				return true
			}
		}
		// Follow-ups alone are planned before a meeting too: they finish
		// the exit only once the meeting has been concluded.
		return len(n.Given)+len(n.Received) > 0 || (n.Status == Concluded && len(n.FollowUps) > 0)
	}
	return false
}

// Flag is something in a worksheet that needs a second look.
type Flag struct {
	Section Section
	Msg     Text
}

// Flags lists what needs a second look: issues with no zone of agreement
// (never drawn from an unknown walk-away), targets outside the range from
// opening to walk-away, concessions that ask nothing in return.
func (n Negotiation) Flags() []Flag {
	var out []Flag
	for _, i := range n.Issues {
		if z := i.ZOPA(); z.Known && !z.Overlap {
			out = append(out, Flag{SecExpectations, T(
				"No zone of agreement on "+i.Name+": our walk-away and theirs do not meet.",
				i.Name+" 没有达成区间：双方底线没有交集。")})
		}
		if outside(i.OurOpen, i.OurTarget, i.OurWalk) {
			out = append(out, Flag{SecExpectations, T(
				"Our target on "+i.Name+" ("+FormatNumber(i.OurTarget)+") is outside our opening–walk-away ("+FormatNumber(i.OurOpen)+" to "+FormatNumber(i.OurWalk)+").",
				i.Name+" 的我方目标（"+FormatNumber(i.OurTarget)+"）不在我方开价与底线之间（"+FormatNumber(i.OurOpen)+" 至 "+FormatNumber(i.OurWalk)+"）。")})
		}
		if i.Known(EstTheirOpen) && i.Known(EstTheirTarget) && i.Known(EstTheirWalk) && outside(i.TheirOpen, i.TheirTarget, i.TheirWalk) {
			out = append(out, Flag{SecExpectations, T(
				"Their target on "+i.Name+" ("+FormatNumber(i.TheirTarget)+") is outside their opening–walk-away ("+FormatNumber(i.TheirOpen)+" to "+FormatNumber(i.TheirWalk)+").",
				i.Name+" 的对方目标（"+FormatNumber(i.TheirTarget)+"）不在对方开价与底线之间（"+FormatNumber(i.TheirOpen)+" 至 "+FormatNumber(i.TheirWalk)+"）。")})
		}
	}
	out = append(out, n.BrokenMusts()...)
	if total := n.ConcessionsTotal(); n.Budget > 0 && total > n.Budget {
		out = append(out, Flag{SecResources, T(
			"The concessions cost "+FormatMoney(total)+", over the budget of "+FormatMoney(n.Budget)+".",
			"让步合计 "+FormatMoney(total)+"，超出预算 "+FormatMoney(n.Budget)+"。")})
	}
	for _, c := range n.Concessions {
		if strings.TrimSpace(c.InReturn) == "" {
			out = append(out, Flag{SecResources, T(
				"Nothing asked in return for "+c.What+".",
				"让步“"+c.What+"”没有要求任何回报。")})
		}
	}
	return out
}

// outside reports whether a target lies beyond the range from opening to
// walk-away, whichever way is better: the range is the same both ways.
func outside(open, target, walk float64) bool {
	const eps = 1e-9
	return target < min(open, walk)-eps || target > max(open, walk)+eps
}

// Filling is how far a section is filled in.
type Filling int

const (
	Empty  Filling = iota // nothing entered
	Begun                 // something entered, not yet enough
	Filled                // complete
)

// Fill says how far a section is filled in: Complete, or begun, or empty.
func (n Negotiation) Fill(s Section) Filling {
	if n.Complete(s) {
		return Filled
	}
	nonEmpty := func(ss ...string) bool {
		for _, x := range ss {
			if strings.TrimSpace(x) != "" {
				return true
			}
		}
		return false
	}
	begun := false
	switch s {
	case SecPurpose:
		begun = len(n.Objectives) > 0
	case SecResearch:
		begun = nonEmpty(n.BuyerKPIs, n.BuyerObjectives, n.Facts) || len(n.Tactics) > 0
	case SecExpectations:
		begun = len(n.Issues) > 0
	case SecPower:
		score, _ := n.Power.BalanceScore()
		begun = score > 0 || nonEmpty(n.Power.OurBATNA, n.Power.TheirBATNA)
	case SecAgenda:
		begun = len(n.Agenda)+len(n.OurTeam)+len(n.TheirTeam) > 0
	case SecResources:
		begun = len(n.Concessions)+len(n.WillNotGive) > 0
	case SecExit:
		begun = len(n.OpenPoints)+len(n.FollowUps) > 0
	}
	if begun {
		return Begun
	}
	return Empty
}

// ReadyToNegotiate reports whether the worksheet may be marked ready: the
// Purpose, Expectations, Power and Resources to trade sections must be
// filled (missing names those that are not), and no Must objective may be
// one our own walk-away breaks (broken lists those).
func (n Negotiation) ReadyToNegotiate() (ok bool, missing []Section, broken []Flag) {
	for _, s := range []Section{SecPurpose, SecExpectations, SecPower, SecResources} {
		if !n.Complete(s) {
			missing = append(missing, s)
		}
	}
	broken = n.BrokenMusts()
	return len(missing) == 0 && len(broken) == 0, missing, broken
}

// IssueNamed finds an issue by its name, as an objective refers to it.
func (n Negotiation) IssueNamed(name string) (Issue, bool) {
	for _, i := range n.Issues {
		if name != "" && NameKey(i.Name) == NameKey(name) {
			return i, true
		}
	}
	return Issue{}, false
}

// BrokenMusts flags each Must objective whose limit our walk-away on its
// issue breaks: a deal we would accept would miss what we must have.
func (n Negotiation) BrokenMusts() []Flag {
	var out []Flag
	for _, o := range n.Objectives {
		if o.Priority != "must" || o.Limit == nil {
			continue
		}
		i, ok := n.IssueNamed(o.Issue)
		if !ok {
			continue
		}
		limit, walk := *o.Limit, i.OurWalk
		const eps = 1e-9
		higher := i.ZOPA().HigherIsBetter
		if (higher && walk < limit-eps) || (!higher && walk > limit+eps) {
			out = append(out, Flag{SecPurpose, T(
				"The Must \""+o.Text+"\" is broken by our walk-away on "+i.Name+": "+FormatNumber(walk)+" against a limit of "+FormatNumber(limit)+".",
				"必须目标“"+o.Text+"”被我方 "+i.Name+" 的底线突破："+FormatNumber(walk)+"，限值为 "+FormatNumber(limit)+"。")})
		}
	}
	return out
}

// LimitWord says how an objective's limit binds on its issue: "at most"
// where lower is better for us, "at least" where higher is.
func (n Negotiation) LimitWord(o Objective) Text {
	if i, ok := n.IssueNamed(o.Issue); ok && i.ZOPA().HigherIsBetter {
		return T("at least", "不低于")
	}
	return T("at most", "不超过")
}

// CheckPositions refuses an issue whose positions are out of order: ours
// run from opening through target to walk-away, giving ground the way that
// is worse for us; theirs (as far as they are estimated) the other way.
func CheckPositions(i Issue) error {
	if err := CheckOurPositions(i); err != nil {
		return err
	}
	return CheckTheirPositions(i)
}

// CheckOurPositions refuses our target outside our opening–walk-away.
func CheckOurPositions(i Issue) error {
	if outside(i.OurOpen, i.OurTarget, i.OurWalk) {
		return invalid(T("our target (%s) must lie between our opening (%s) and our walk-away (%s)", "我方目标（%s）须在我方开价（%s）与底线（%s）之间"),
			FormatNumber(i.OurTarget), FormatNumber(i.OurOpen), FormatNumber(i.OurWalk))
	}
	return nil
}

// CheckTheirPositions refuses their estimates out of order: where higher
// is better for us they open low and give ground upwards, so opening ≤
// target ≤ walk-away; where lower is better, the other way. Blank
// estimates are skipped.
func CheckTheirPositions(i Issue) error {
	type pos struct {
		v     float64
		known bool
	}
	ps := []pos{{i.TheirOpen, i.Known(EstTheirOpen)}, {i.TheirTarget, i.Known(EstTheirTarget)}, {i.TheirWalk, i.Known(EstTheirWalk)}}
	var known []float64
	for _, p := range ps {
		if p.known {
			known = append(known, p.v)
		}
	}
	higher := i.ZOPA().HigherIsBetter
	const eps = 1e-9
	for k := 1; k < len(known); k++ {
		if higher && known[k] < known[k-1]-eps {
			return invalid(T("their opening, target and walk-away must not fall (higher is better for us, so they give ground upwards)", "对方开价、目标、底线不能递减（数值越高对我方越有利，对方向上让步）"))
		}
		if !higher && known[k] > known[k-1]+eps {
			return invalid(T("their opening, target and walk-away must not rise (lower is better for us, so they give ground downwards)", "对方开价、目标、底线不能递增（数值越低对我方越有利，对方向下让步）"))
		}
	}
	return nil
}

// CheckNegotiation validates a worksheet's header and the shape of its
// entries before it is saved.
func CheckNegotiation(n Negotiation) error {
	if n.AccountID == "" {
		return invalid(T("a negotiation belongs to an account", "谈判必须属于某个客户"))
	}
	if strings.TrimSpace(n.Title) == "" {
		return invalid(T("a title is required", "标题不能为空"))
	}
	if err := CheckShort(n.Title); err != nil {
		return err
	}
	if n.Year < 2000 || n.Year > 2100 {
		return invalid(T("%d is not a year kam keeps terms for", "%d 不是有效的年份"), n.Year)
	}
	if !validChoice(NegotiationStatuses, n.Status) {
		return invalid(T("pick draft, ready or concluded", "请选择草稿、已就绪或已结束"))
	}
	for _, o := range n.Objectives {
		if !validChoice(Priorities, o.Priority) {
			return invalid(T("mark each objective Must, Intend or Like", "请把每个目标标为必须、争取或希望"))
		}
	}
	for _, i := range n.Issues {
		if strings.TrimSpace(i.Name) == "" {
			return invalid(T("an issue needs a name", "议题需要名称"))
		}
		if !validChoice(Units, i.Unit) {
			return invalid(T("pick a unit: %%, days, amount or units", "请选择单位：%%、天、金额或件"))
		}
		if err := CheckPositions(i); err != nil {
			return err
		}
	}
	for _, v := range n.Power.Balance {
		if v < 1 || v > 5 {
			return invalid(T("a balance score is from 1 to 5", "力量评分为 1 到 5"))
		}
	}
	for _, c := range n.Concessions {
		if c.Cost < 0 || c.At < 0 {
			return invalid(T("an amount cannot be negative", "金额不能为负数"))
		}
		if err := CheckStep(c); err != nil {
			return err
		}
	}
	if n.Budget < 0 || n.Budget >= MaxMoney {
		return invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间"))
	}
	return nil
}

// CheckStep validates a concession's term and step: a catalog term, a step
// that gives more (every term costs us more as it rises), a whole count of
// a fixed amount.
func CheckStep(c Concession) error {
	if c.Term == "" {
		return nil
	}
	spec, ok := TermSpecOf(c.Term)
	if !ok {
		return invalid(T("pick a term from the list", "请从列表中选择条款"))
	}
	if !(c.Step > 0) || c.Step > 100_000 {
		return invalid(T("the step is what we give more of: above 0", "步长是我方多给的量：须大于 0"))
	}
	if (spec.Basis == FixedAmount || spec.Basis == PaymentDays) && c.Step != math.Trunc(c.Step) {
		return invalid(T("days and counts step by whole numbers", "天数和次数须为整数"))
	}
	return nil
}

// ApplyAgreed turns a concluded negotiation's agreed values into the terms
// of its year: the issues linked to a trading term set that term's value on
// a copy of base (last year's terms, or the proposal). Terms the issues do
// not touch stay as they were.
func ApplyAgreed(n Negotiation, base TermsYear) (TermsYear, int) {
	out := base
	out.Year, out.Proposal = n.Year, false
	out.Terms = append([]Term(nil), base.Terms...)
	changed := 0
	for _, i := range n.Issues {
		if i.Agreed != nil && i.Term != "" && setTermValue(&out, i.Term, *i.Agreed) {
			changed++
		}
	}
	return out, changed
}

// Clone copies a negotiation deep enough to edit it freely.
func (n Negotiation) Clone() Negotiation {
	n.Objectives = slices.Clone(n.Objectives)
	for i := range n.Objectives {
		if l := n.Objectives[i].Limit; l != nil {
			v := *l
			n.Objectives[i].Limit = &v
		}
	}
	n.Tactics = slices.Clone(n.Tactics)
	n.Issues = slices.Clone(n.Issues)
	for i := range n.Issues {
		n.Issues[i].Unknown = slices.Clone(n.Issues[i].Unknown)
		if a := n.Issues[i].Agreed; a != nil {
			v := *a
			n.Issues[i].Agreed = &v
		}
	}
	n.Power.Balance = maps.Clone(n.Power.Balance)
	n.Agenda = slices.Clone(n.Agenda)
	n.OurTeam = slices.Clone(n.OurTeam)
	n.TheirTeam = slices.Clone(n.TheirTeam)
	n.Concessions = slices.Clone(n.Concessions)
	n.WillNotGive = slices.Clone(n.WillNotGive)
	n.Given = slices.Clone(n.Given)
	n.Received = slices.Clone(n.Received)
	n.OpenPoints = slices.Clone(n.OpenPoints)
	n.FollowUps = slices.Clone(n.FollowUps)
	return n
}

// CostingYear is the year of terms a negotiation's figures are costed on:
// the proposal for its year, else that year's terms, else the latest year
// before it. ok is false when the account has no terms that fit.
func CostingYear(years []TermsYear, n Negotiation) (TermsYear, bool) {
	var actual TermsYear
	hasActual := false
	for _, y := range years {
		if y.AccountID != n.AccountID || y.Year != n.Year {
			continue
		}
		if y.Proposal {
			return y, true
		}
		actual, hasActual = y, true
	}
	if hasActual {
		return actual, true
	}
	return LastYearOf(years, n)
}

// LastYearOf is the terms a negotiation is measured against: the actual
// terms of the latest year before its own.
func LastYearOf(years []TermsYear, n Negotiation) (TermsYear, bool) {
	var out TermsYear
	ok := false
	for _, y := range years {
		if y.AccountID == n.AccountID && !y.Proposal && y.Year < n.Year && (!ok || y.Year > out.Year) {
			out, ok = y, true
		}
	}
	return out, ok
}

// termIndex finds a term of a kind in a year's terms, or -1.
func termIndex(terms []Term, kind TermKind) int {
	for k, t := range terms {
		if t.Kind == kind {
			return k
		}
	}
	return -1
}

// StepCost is what a concession's step costs in the year: the year's cost
// with the term stepped up, less its cost as it is, by the workspace's
// costing, as the terms screen counts it (the term's base, payment days
// beyond the standard on invoiced sales with VAT). A fixed amount's step
// is that many more at the concession's price, or the term's. ok is false
// for a concession without a valid term and step.
func (c Concession) StepCost(y TermsYear, cost Costing) (Money, bool) {
	if c.Term == "" || CheckStep(c) != nil {
		return 0, false
	}
	spec, _ := TermSpecOf(c.Term)
	stepped := y
	stepped.Terms = slices.Clone(y.Terms)
	k := termIndex(stepped.Terms, c.Term)
	if k < 0 && spec.Basis != FixedAmount {
		stepped.Terms = append(stepped.Terms, Term{Kind: spec.Kind, Basis: spec.Basis, OnInvoice: spec.OnInvoice})
		k = len(stepped.Terms) - 1
	}
	switch spec.Basis {
	case PercentOfSales:
		stepped.Terms[k].Percent += c.Step
	case PaymentDays:
		stepped.Terms[k].Days += int(c.Step)
	case FixedAmount:
		at := c.At
		if at == 0 && k >= 0 {
			at = y.Terms[k].Amount
		}
		if at == 0 {
			return 0, false
		}
		// More of the same, at its own price: a line of its own, so a
		// different price does not reprice the ones already agreed.
		more := Term{Kind: spec.Kind, Basis: FixedAmount, Amount: at, Count: int(c.Step), OnInvoice: spec.OnInvoice}
		if k >= 0 {
			more.OnInvoice = y.Terms[k].OnInvoice
		}
		stepped.Terms = append(stepped.Terms, more)
	}
	return cost.Year(stepped).Total() - cost.Year(y).Total(), true
}

// StepText writes a concession's step as a trader says it: "+0.5 pt",
// "+5 days", "+2 × 45,000".
func (c Concession) StepText(y TermsYear, l Lang) string {
	spec, ok := TermSpecOf(c.Term)
	if !ok {
		return ""
	}
	switch spec.Basis {
	case PercentOfSales:
		return "+" + FormatNumber(c.Step) + T(" pt", " 个点").In(l)
	case PaymentDays:
		return "+" + FormatNumber(c.Step) + T(" days", " 天").In(l)
	}
	at := c.At
	if k := termIndex(y.Terms, c.Term); at == 0 && k >= 0 {
		at = y.Terms[k].Amount
	}
	return "+" + FormatNumber(c.Step) + " × " + FormatMoney(at)
}

// ConcessionsTotal adds up what the concessions cost.
func (n Negotiation) ConcessionsTotal() Money {
	var total Money
	for _, c := range n.Concessions {
		total += c.Cost
	}
	return total
}

// DealLine is one issue's term in a deal: its value last year and in the
// deal, and what the change costs.
type DealLine struct {
	Issue    string
	Term     TermKind
	Basis    Basis
	From, To float64
	Delta    Money
}

// Deal is a whole package of issue values costed against last year's
// terms, on the sales of the year negotiated.
type Deal struct {
	Lines       []DealLine
	Gross       Money
	Delta       Money   // the package's cost less last year's terms', on the same sales
	BasisPoints float64 // Delta as basis points of the gross sales
	Complete    bool    // every issue tied to a term has a value in the package
}

// termValue is a term's figure as an issue writes it: the percentage, the
// days, the amount in currency units.
func termValue(t Term) float64 {
	switch t.Basis {
	case PercentOfSales:
		return t.Percent
	case PaymentDays:
		return float64(t.Days)
	}
	return t.Amount.Units()
}

// setTermValue sets the term of an issue's kind in a year to a value,
// adding it from the catalog when the year lacks it.
func setTermValue(y *TermsYear, kind TermKind, v float64) bool {
	spec, ok := TermSpecOf(kind)
	if !ok {
		return false
	}
	k := termIndex(y.Terms, kind)
	if k < 0 {
		y.Terms = append(y.Terms, Term{Kind: spec.Kind, Basis: spec.Basis, OnInvoice: spec.OnInvoice})
		k = len(y.Terms) - 1
	}
	t := &y.Terms[k]
	switch t.Basis {
	case PercentOfSales:
		t.Percent = v
	case PaymentDays:
		t.Days = int(math.Round(v))
	case FixedAmount:
		t.Amount = Money(math.Round(v * 100))
	}
	return true
}

// The values of an issue a deal can be made of.
var (
	OurWalkAways   = func(i Issue) (float64, bool) { return i.OurWalk, true }
	TheirWalkAways = func(i Issue) (float64, bool) { return i.TheirWalk, i.Known(EstTheirWalk) }
	AgreedValues   = func(i Issue) (float64, bool) {
		if i.Agreed == nil {
			return 0, false
		}
		return *i.Agreed, true
	}
)

// DealCost values a package (each issue's value as pick reads it) against
// last year's terms, both on the gross sales of the year negotiated: each
// term's change on its own, and the whole package.
func DealCost(n Negotiation, last TermsYear, gross Money, cost Costing, pick func(Issue) (float64, bool)) Deal {
	base := last
	base.GrossSales = gross
	base.Terms = slices.Clone(last.Terms)
	baseCost := cost.Year(base).Total()
	whole := base
	whole.Terms = slices.Clone(base.Terms)
	d := Deal{Gross: gross, Complete: true}
	for _, i := range n.Issues {
		spec, ok := TermSpecOf(i.Term)
		if !ok {
			continue
		}
		v, ok := pick(i)
		if !ok {
			d.Complete = false
			continue
		}
		one := base
		one.Terms = slices.Clone(base.Terms)
		setTermValue(&one, i.Term, v)
		setTermValue(&whole, i.Term, v)
		line := DealLine{Issue: i.Name, Term: i.Term, Basis: spec.Basis, To: v,
			Delta: cost.Year(one).Total() - baseCost}
		if k := termIndex(base.Terms, i.Term); k >= 0 {
			line.From = termValue(base.Terms[k])
		}
		d.Lines = append(d.Lines, line)
	}
	d.Delta = cost.Year(whole).Total() - baseCost
	if gross > 0 {
		d.BasisPoints = float64(d.Delta) / float64(gross) * 10_000
	}
	return d
}
