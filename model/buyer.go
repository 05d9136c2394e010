package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// ChecklistItem is one thing a rep should know about the buyer. The
// workspace keeps the list; each account has its own answers.
type ChecklistItem struct {
	ID   string `json:"id,omitzero"`
	Name Text   `json:"name,omitzero"`
}

// DefaultChecklist is the course's "what to learn from the buyer", plus the
// buyer's KPIs, calendar, private label and assortment windows.
func DefaultChecklist() []ChecklistItem {
	i := func(id, en, zh string) ChecklistItem { return ChecklistItem{ID: id, Name: T(en, zh)} }
	return []ChecklistItem{
		i("k-role", "The buyer's role and authority", "采购的角色与权限"),
		i("k-share", "Our share in the customer's category", "我方在客户品类中的份额"),
		i("k-potential", "Our potential in the account", "我方在该客户的潜力"),
		i("k-trends", "Trends on both sides", "双方的趋势"),
		i("k-policies", "The customer's policies and procedures", "客户的政策与流程"),
		i("k-criteria", "The buyer's criteria for suppliers and products", "采购选择供应商和产品的标准"),
		i("k-competition", "The competitive situation", "竞争状况"),
		i("k-kpis", "The buyer's own KPIs", "采购自己的 KPI"),
		i("k-calendar", "The buying calendar (annual negotiation, range reviews)", "采购日历（年度谈判、品项评审）"),
		i("k-private-label", "Private label plans", "自有品牌计划"),
		i("k-assortment", "Windows for assortment changes", "品项变动的时间窗口"),
	}
}

// CheckChecklist validates the workspace's list: at least one item, each
// with its own ID and named, no two alike.
func CheckChecklist(items []ChecklistItem) error {
	if len(items) == 0 {
		return invalid(T("the checklist needs at least one item", "清单至少需要一项"))
	}
	seen, ids := map[string]bool{}, map[string]bool{}
	for _, it := range items {
		if it.ID == "" || ids[it.ID] {
			return invalid(T("a checklist item has no ID, or one another item has (%q)", "清单项没有 ID，或与另一项的 ID 相同（%q）"), it.ID)
		}
		ids[it.ID] = true
		if strings.TrimSpace(it.Name.EN) == "" && strings.TrimSpace(it.Name.ZH) == "" {
			return invalid(T("an item needs a name, in English, Chinese or both", "清单项需要名称（英文、中文或两者）"))
		}
		for _, n := range []string{it.Name.EN, it.Name.ZH} {
			if err := checkLine(n, MaxLineCells); err != nil {
				return err
			}
			if k := NameKey(n); k != "" {
				if seen[k] {
					return invalid(T("two items are called %q", "有两项都叫 %q"), strings.TrimSpace(n))
				}
				seen[k] = true
			}
		}
	}
	return nil
}

// KnowledgeStatus is how well one item is known.
type KnowledgeStatus int

const (
	Unknown KnowledgeStatus = iota
	PartlyKnown
	Known
)

// Next cycles unknown → partly known → known → unknown.
func (s KnowledgeStatus) Next() KnowledgeStatus { return (s + 1) % 3 }

// KnowledgeStatuses names each status.
var KnowledgeStatuses = []Choice[KnowledgeStatus]{
	{Unknown, T("unknown", "未知")},
	{PartlyKnown, T("partly known", "部分了解")},
	{Known, T("known", "已知")},
}

// StaleAfter is how long an answer stays fresh after it was last verified.
const StaleAfter = 90 * 24 * time.Hour

// Knowledge is what one account's rep knows of one checklist item.
type Knowledge struct {
	AccountID string          `json:"account_id,omitzero"`
	ItemID    string          `json:"item_id,omitzero"`
	Status    KnowledgeStatus `json:"status,omitzero"`
	Answer    string          `json:"answer,omitzero"`
	Source    string          `json:"source,omitzero"`
	Verified  time.Time       `json:"verified,omitzero"` // the day it was last checked
	Updated   time.Time       `json:"updated,omitzero"`
}

// Stale reports whether a known or partly known answer was last verified
// more than 90 days before now (or never).
func (k Knowledge) Stale(now time.Time) bool {
	if k.Status == Unknown {
		return false
	}
	return k.Verified.IsZero() || Day(now).Sub(Day(k.Verified)) > StaleAfter
}

// Weight is what the item adds to the knowledge score: known 1, partly ½,
// and half that again when stale.
func (k Knowledge) Weight(now time.Time) float64 {
	w := map[KnowledgeStatus]float64{Unknown: 0, PartlyKnown: 0.5, Known: 1}[k.Status]
	if k.Stale(now) {
		w /= 2
	}
	return w
}

// KnowledgeScore is how well an account is known, in percent of the
// checklist: each item weighs as Knowledge.Weight; an item with no answer
// counts as unknown. answers maps item IDs to what is known.
func KnowledgeScore(items []ChecklistItem, answers map[string]Knowledge, now time.Time) float64 {
	if len(items) == 0 {
		return 0
	}
	sum := 0.0
	for _, it := range items {
		sum += answers[it.ID].Weight(now)
	}
	return sum / float64(len(items)) * 100
}

// CheckKnowledge validates an answer before it is saved. now is today; the
// zero time skips the checks against it, as for an answer read back from
// the file (it was checked when saved, and clocks move).
func CheckKnowledge(k Knowledge, now time.Time) error {
	if k.AccountID == "" || k.ItemID == "" {
		return invalid(T("an answer belongs to an account and an item", "答案必须属于某个客户的某一项"))
	}
	if !validChoice(KnowledgeStatuses, k.Status) {
		return invalid(T("pick unknown, partly known or known", "请选择未知、部分了解或已知"))
	}
	if err := CheckLongText(k.Answer); err != nil {
		return err
	}
	if err := CheckShort(k.Source); err != nil {
		return err
	}
	if inFuture(k.Verified, now) {
		return invalid(T("the date %s is in the future", "日期 %s 晚于今天"), k.Verified.Format(DateLayout))
	}
	return nil
}

// Function is a business function, on the customer's side or ours.
type Function string

// Functions on the customer's side.
var Functions = []Choice[Function]{
	{"buying", T("Buying / category management", "采购/品类管理")},
	{"commercial", T("Commercial management", "商务管理")},
	{"supply", T("Supply chain", "供应链")},
	{"finance", T("Finance", "财务")},
	{"stores", T("Store operations", "门店运营")},
	{"marketing", T("Marketing", "市场")},
	{"other", T("Other", "其他")},
}

// CoveredFunctions are the functions every key account should have a
// contact in: all but "other".
var CoveredFunctions = []Function{"buying", "commercial", "supply", "finance", "stores", "marketing"}

// OurFunctions are the functions on our side.
var OurFunctions = []Choice[Function]{
	{"kam", T("Key account management", "关键客户管理")},
	{"sales", T("Sales management", "销售管理")},
	{"catman", T("Category management", "品类管理")},
	{"supply", T("Supply chain", "供应链")},
	{"finance", T("Finance", "财务")},
	{"marketing", T("Marketing", "市场")},
	{"general", T("General management", "综合管理")},
	{"other", T("Other", "其他")},
}

// Role is a contact's part in the buying centre.
type Role string

// Roles lists the buying-centre roles.
var Roles = []Choice[Role]{
	{"initiator", T("initiator", "发起者")},
	{"user", T("user", "使用者")},
	{"influencer", T("influencer", "影响者")},
	{"buyer", T("buyer", "采购者")},
	{"decider", T("decider", "决策者")},
	{"approver", T("approver", "批准者")},
	{"gatekeeper", T("gatekeeper", "把关者")},
}

// Stance is how a contact stands towards us.
type Stance string

// Stances lists stances from warmest to coldest.
var Stances = []Choice[Stance]{
	{"advocate", T("advocate", "拥护者")},
	{"supporter", T("supporter", "支持者")},
	{"neutral", T("neutral", "中立者")},
	{"critic", T("critic", "反对者")},
	{"opponent", T("opponent", "坚决反对者")},
}

// Influence is how much a contact weighs in decisions.
type Influence string

// Influences lists influence levels, highest first.
var Influences = []Choice[Influence]{
	{"high", T("high", "高")},
	{"medium", T("medium", "中")},
	{"low", T("low", "低")},
}

// Person is someone on our side, a counterpart for the customer's people.
type Person struct {
	ID       string    `json:"id,omitzero"`
	Name     string    `json:"name,omitzero"`
	Title    string    `json:"title,omitzero"`
	Function Function  `json:"function,omitzero"`
	Archived bool      `json:"archived,omitzero"`
	Updated  time.Time `json:"updated,omitzero"`
}

// CheckPerson validates one of our people.
func CheckPerson(p Person) error {
	if strings.TrimSpace(p.Name) == "" {
		return invalid(T("a name is required", "姓名不能为空"))
	}
	if err := CheckShort(p.Name); err != nil {
		return err
	}
	if err := CheckShort(p.Title); err != nil {
		return err
	}
	if !validChoice(OurFunctions, p.Function) {
		return invalid(T("pick a function from the list", "请从列表中选择职能"))
	}
	return nil
}

// Contact is one of the customer's people.
type Contact struct {
	ID          string    `json:"id,omitzero"`
	AccountID   string    `json:"account_id,omitzero"`
	Name        string    `json:"name,omitzero"`
	Title       string    `json:"title,omitzero"`
	Function    Function  `json:"function,omitzero"`
	Role        Role      `json:"role,omitzero"`
	Stance      Stance    `json:"stance,omitzero"`
	Influence   Influence `json:"influence,omitzero"`
	ReportsTo   string    `json:"reports_to,omitzero"`  // another contact of the account, or ""
	Counterpart string    `json:"counterpart,omitzero"` // one of our people, or ""
	LastContact time.Time `json:"last_contact,omitzero"`
	InPostSince time.Time `json:"in_post_since,omitzero"`
	Notes       string    `json:"notes,omitzero"`
	Archived    bool      `json:"archived,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	Updated     time.Time `json:"updated,omitzero"`
}

// CheckContact validates a contact against the account's other contacts
// (for reports-to) and our people (for the counterpart). now is as for
// CheckKnowledge.
func CheckContact(c Contact, others []Contact, people []Person, now time.Time) error {
	if c.AccountID == "" {
		return invalid(T("a contact belongs to an account", "联系人必须属于某个客户"))
	}
	if strings.TrimSpace(c.Name) == "" {
		return invalid(T("a name is required", "姓名不能为空"))
	}
	for _, s := range []string{c.Name, c.Title} {
		if err := CheckShort(s); err != nil {
			return err
		}
	}
	if !validChoice(Functions, c.Function) {
		return invalid(T("pick a function from the list", "请从列表中选择职能"))
	}
	if !validChoice(Roles, c.Role) {
		return invalid(T("pick a buying-centre role from the list", "请从列表中选择采购中心角色"))
	}
	if !validChoice(Stances, c.Stance) {
		return invalid(T("pick a stance from the list", "请从列表中选择态度"))
	}
	if !validChoice(Influences, c.Influence) {
		return invalid(T("pick high, medium or low influence", "请选择高、中或低影响力"))
	}
	if err := CheckLongText(c.Notes); err != nil {
		return err
	}
	for _, d := range []time.Time{c.LastContact, c.InPostSince} {
		if inFuture(d, now) {
			return invalid(T("the date %s is in the future", "日期 %s 晚于今天"), d.Format(DateLayout))
		}
	}
	if c.ReportsTo != "" {
		if c.ReportsTo == c.ID {
			return invalid(T("a contact cannot report to themselves", "联系人不能向自己汇报"))
		}
		boss := map[string]string{}
		found := false
		for _, o := range others {
			if o.ID == c.ReportsTo && o.AccountID == c.AccountID {
				found = true
			}
			boss[o.ID] = o.ReportsTo
		}
		if !found {
			return invalid(T("reports to someone who is not a contact of this account", "汇报对象不是该客户的联系人"))
		}
		boss[c.ID] = c.ReportsTo
		for id, steps := c.ReportsTo, 0; id != ""; id, steps = boss[id], steps+1 {
			if id == c.ID || steps > len(boss) {
				return invalid(T("reporting lines would go round in a circle", "汇报关系会形成循环"))
			}
		}
	}
	if c.Counterpart != "" && !slices.ContainsFunc(people, func(p Person) bool { return p.ID == c.Counterpart }) {
		return invalid(T("the counterpart is not one of our people", "对口人不在我方人员名单中"))
	}
	return nil
}

// Moment is one contact with one of the customer's people, and what was
// learned from it.
type Moment struct {
	ID        string    `json:"id,omitzero"`
	AccountID string    `json:"account_id,omitzero"`
	ContactID string    `json:"contact_id,omitzero"`
	Date      time.Time `json:"date,omitzero"`
	Learned   string    `json:"learned,omitzero"`
	Created   time.Time `json:"created,omitzero"`
	Updated   time.Time `json:"updated,omitzero"`
}

// CheckMoment validates a contact moment; now is as for CheckKnowledge.
func CheckMoment(m Moment, now time.Time) error {
	if m.AccountID == "" || m.ContactID == "" {
		return invalid(T("a contact moment is with a contact of an account", "联系记录必须对应某客户的联系人"))
	}
	if m.Date.IsZero() {
		return invalid(T("a contact moment needs a date", "联系记录需要日期"))
	}
	if inFuture(m.Date, now) {
		return invalid(T("the date %s is in the future", "日期 %s 晚于今天"), m.Date.Format(DateLayout))
	}
	if strings.TrimSpace(m.Learned) == "" {
		return invalid(T("say what was learned", "请写下了解到的内容"))
	}
	return CheckLongText(m.Learned)
}

// Relationship is the shape of the links between our people and theirs.
type Relationship int

const (
	NoLinks Relationship = iota // no contact has a counterpart yet
	BowTie                      // one of ours to one of theirs: the traditional, fragile shape
	Diamond                     // several functions linked on both sides: a partnership
)

// Relationships names each shape.
var Relationships = []Choice[Relationship]{
	{NoLinks, T("no links yet", "尚无联系")},
	{BowTie, T("Bow-tie", "领结型")},
	{Diamond, T("Diamond", "钻石型")},
}

// Our front line and theirs: the people of a traditional relationship,
// where our salespeople talk to their buyers and nobody else talks.
var (
	ourFrontLine   = []Function{"kam", "sales"}
	theirFrontLine = []Function{"buying", "commercial"}
)

// coldStances are the stances of contacts against us: a link to one of
// them is not a working relationship.
var coldStances = []Stance{"critic", "opponent"}

// RelationshipMap is the shape of an account's links and what it rests on.
type RelationshipMap struct {
	Shape        Relationship
	Ours, Theirs int // functions linked on each side, by working links
	Links        int // active contacts with a counterpart of ours
	Warm         int // of those, advocates and supporters
	Cold         int // of those, critics and opponents: they do not count towards the shape
	Beyond       int // working links outside sales ↔ buying (supply chain, finance, marketing…)
}

// MapRelationship tells the shape from the account's active contacts. A
// link is a contact with a counterpart of ours; it is a working link
// unless the contact is a critic or an opponent. A diamond needs working
// links from at least two of our functions to at least two of theirs,
// and at least one of them beyond sales ↔ buying (a kam or sales person
// of ours with a buying or commercial person of theirs): two salespeople
// talking to a buyer and a commercial director is still a bow-tie. Any
// other link makes a bow-tie.
func MapRelationship(contacts []Contact, people []Person) RelationshipMap {
	fn := map[string]Function{}
	for _, p := range people {
		fn[p.ID] = p.Function
	}
	var r RelationshipMap
	ourFns, theirFns := map[Function]bool{}, map[Function]bool{}
	for _, c := range contacts {
		if c.Archived || c.Counterpart == "" {
			continue
		}
		f, ok := fn[c.Counterpart]
		if !ok {
			continue
		}
		r.Links++
		switch {
		case slices.Contains(coldStances, c.Stance):
			r.Cold++
			continue
		case c.Stance == "advocate" || c.Stance == "supporter":
			r.Warm++
		}
		ourFns[f] = true
		theirFns[c.Function] = true
		if !slices.Contains(ourFrontLine, f) || !slices.Contains(theirFrontLine, c.Function) {
			r.Beyond++
		}
	}
	r.Ours, r.Theirs = len(ourFns), len(theirFns)
	switch {
	case r.Links == 0:
		r.Shape = NoLinks
	case r.Ours >= 2 && r.Theirs >= 2 && r.Beyond >= 1:
		r.Shape = Diamond
	default:
		r.Shape = BowTie
	}
	return r
}

// RelationshipOf is MapRelationship's shape and the functions linked on
// each side.
func RelationshipOf(contacts []Contact, people []Person) (shape Relationship, ours, theirs int) {
	r := MapRelationship(contacts, people)
	return r.Shape, r.Ours, r.Theirs
}

// Warning is a gap in an account's coverage.
type Warning struct {
	Kind string // what rule raised it, for tests and styling
	Msg  Text
}

// Coverage thresholds.
const (
	UntouchedAfter = 60 * 24 * time.Hour // a contact not met for this long needs a call
	BuyerRotation  = 18                  // months in post after which a buyer tends to move on
)

// CoverageWarnings lists the gaps in an account's relationship: no decider
// known, no supporter among deciders and approvers, functions with no
// contact, contacts never contacted, contacts not touched in 60 days,
// someone in the buying function more than 18 months in post.
func CoverageWarnings(contacts []Contact, now time.Time) []Warning {
	var active []Contact
	for _, c := range contacts {
		if !c.Archived {
			active = append(active, c)
		}
	}
	var out []Warning
	add := func(kind string, msg Text) { out = append(out, Warning{kind, msg}) }
	names := func(list []Contact, l Lang) string {
		var n []string
		for _, c := range list {
			n = append(n, c.Name)
		}
		return strings.Join(n, map[Lang]string{English: ", ", Chinese: "、"}[l])
	}

	deciders, supportive := 0, false
	for _, c := range active {
		if c.Role == "decider" {
			deciders++
		}
		if (c.Role == "decider" || c.Role == "approver") && (c.Stance == "advocate" || c.Stance == "supporter") {
			supportive = true
		}
	}
	if deciders == 0 {
		add("no-decider", T("No decider known: who signs off the deal?", "不知道谁是决策者：谁最终拍板？"))
	}
	if !supportive {
		add("no-supporter", T("No supporter among the deciders and approvers.", "决策者和批准者中没有支持者。"))
	}

	var missing []string
	var missingZH []string
	for _, f := range CoveredFunctions {
		if !slices.ContainsFunc(active, func(c Contact) bool { return c.Function == f }) {
			missing = append(missing, NameOf(Functions, f, English))
			missingZH = append(missingZH, NameOf(Functions, f, Chinese))
		}
	}
	if len(missing) > 0 {
		add("function-gap", T("No contact in "+strings.Join(missing, ", ")+".", "以下职能没有联系人："+strings.Join(missingZH, "、")+"。"))
	}

	var untouched, never []Contact
	for _, c := range active {
		switch {
		case c.LastContact.IsZero():
			never = append(never, c)
		case Day(now).Sub(Day(c.LastContact)) > UntouchedAfter:
			untouched = append(untouched, c)
		}
	}
	if len(never) > 0 {
		add("never-contacted", T(
			fmt.Sprintf("Never contacted: %s.", names(never, English)),
			fmt.Sprintf("从未联系：%s。", names(never, Chinese))))
	}
	if len(untouched) > 0 {
		add("untouched", T(
			fmt.Sprintf("Not contacted in 60 days: %s.", names(untouched, English)),
			fmt.Sprintf("60 天内未联系：%s。", names(untouched, Chinese))))
	}

	// Buyers and category managers rotate: what counts is the buying
	// function, whatever the title or buying-centre role says.
	for _, c := range active {
		if c.Function == "buying" && !c.InPostSince.IsZero() && Day(c.InPostSince).AddDate(0, BuyerRotation, 0).Before(Day(now)) {
			months := monthsBetween(Day(c.InPostSince), Day(now))
			add("buyer-rotation", T(
				fmt.Sprintf("%s has been the buyer for %d months: a change is coming.", c.Name, months),
				fmt.Sprintf("%s 担任采购已 %d 个月：很可能要换人了。", c.Name, months)))
		}
	}
	return out
}

func monthsBetween(from, to time.Time) int {
	m := (to.Year()-from.Year())*12 + int(to.Month()-from.Month())
	if to.Day() < from.Day() {
		m--
	}
	return m
}
