package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Channel is the trade channel a retailer sells through.
type Channel string

const (
	Hypermarket      Channel = "hypermarket"
	Supermarket      Channel = "supermarket"
	Convenience      Channel = "convenience"
	ECommerce        Channel = "ecommerce"
	CashAndCarry     Channel = "cash_carry"
	Pharmacy         Channel = "pharmacy"
	DepartmentStore  Channel = "department_store"
	OtherChannel     Channel = "other"
	InstantRetail    Channel = "o2o"
	MembershipClub   Channel = "membership"
	Distributor      Channel = "distributor"
	TraditionalTrade Channel = "traditional"
)

// Choice is one entry of a fixed list, named in both languages.
type Choice[K comparable] struct {
	Key  K
	Name Text
}

// Channels lists the channels in the order forms offer them.
var Channels = []Choice[Channel]{
	{Hypermarket, T("Hypermarket", "大卖场")},
	{Supermarket, T("Supermarket", "超市")},
	{Convenience, T("Convenience", "便利店")},
	{ECommerce, T("E-commerce", "电商")},
	{CashAndCarry, T("Cash & carry", "仓储批发")},
	{Pharmacy, T("Pharmacy", "药房")},
	{DepartmentStore, T("Department store", "百货商店")},
	{InstantRetail, T("O2O / instant retail", "O2O / 即时零售")},
	{MembershipClub, T("Membership warehouse", "会员店")},
	{Distributor, T("Distributor / wholesaler", "经销商 / 批发商")},
	{TraditionalTrade, T("Traditional trade", "传统渠道")},
	{OtherChannel, T("Other", "其他")},
}

// Tier is the rep's own ranking of an account.
type Tier string

const (
	TierA Tier = "A"
	TierB Tier = "B"
	TierC Tier = "C"
)

// Tiers lists the tiers, highest first.
var Tiers = []Choice[Tier]{
	{TierA, T("A", "A")},
	{TierB, T("B", "B")},
	{TierC, T("C", "C")},
}

// Trait is one of the marks of a key account taught in the course.
type Trait string

// Traits lists what key accounts look like (course day 1).
var Traits = []Choice[Trait]{
	{"size", T("Large size and volume", "规模和销量大")},
	{"competitive", T("Fierce competitive behaviour", "竞争激烈")},
	{"professional", T("Professional management", "管理专业")},
	{"sophisticated", T("Sophisticated buyers", "采购经验丰富")},
	{"stringent", T("Stringent buying requirements", "采购要求严格")},
	{"power", T("Strong buying power", "采购实力强")},
	{"demands", T("Strong demands on suppliers", "对供应商要求高")},
}

// NameOf finds the name of a key in a list of choices; an unknown key is
// shown as it is, so nothing the file holds is hidden.
func NameOf[K comparable](list []Choice[K], key K, l Lang) string {
	for _, c := range list {
		if c.Key == key {
			return c.Name.In(l)
		}
	}
	var zero K
	if key == zero {
		return ""
	}
	return strings.ReplaceAll(fmt.Sprint(key), "_", " ")
}

// StageStatus is how far one stage of managing an account has come.
type StageStatus int

const (
	NotStarted StageStatus = iota
	InProgress
	Done
)

// Next cycles not started → in progress → done → not started.
func (s StageStatus) Next() StageStatus { return (s + 1) % 3 }

// StageStatuses names each status.
var StageStatuses = []Choice[StageStatus]{
	{NotStarted, T("not started", "未开始")},
	{InProgress, T("in progress", "进行中")},
	{Done, T("done", "完成")},
}

// StageCount is the number of stages in the course's method.
const StageCount = 8

// Stages names the eight stages of managing a key account (DESIGN.md).
var Stages = [StageCount]Text{
	T("Account analysis", "客户分析"),
	T("Key account record", "关键客户档案"),
	T("Knowing the buyer", "了解采购员"),
	T("Building relationship", "建立关系"),
	T("Account strategy", "客户策略"),
	T("Promotion & annual plan", "促销与年度计划"),
	T("Negotiation", "谈判"),
	T("Business review", "业务回顾"),
}

// Account is the key account record.
type Account struct {
	ID            string                  `json:"id,omitzero"`
	Name          string                  `json:"name,omitzero"`
	Channel       Channel                 `json:"channel,omitzero"`
	Format        string                  `json:"format,omitzero"`
	Region        string                  `json:"region,omitzero"`
	Outlets       int                     `json:"outlets,omitzero"`
	CategorySales Money                   `json:"category_sales,omitzero"` // the whole category at the account, last 12 months; 0 = not known
	OurSales      Money                   `json:"our_sales,omitzero"`      // ours over the same 12 months
	Target        Money                   `json:"target,omitzero"`         // our target this year
	Growth        float64                 `json:"growth,omitzero"`         // the account's own growth, %
	Tier          Tier                    `json:"tier,omitzero"`
	Traits        []Trait                 `json:"traits,omitzero"`
	Objectives    string                  `json:"objectives,omitzero"`
	Notes         string                  `json:"notes,omitzero"`
	Stages        [StageCount]StageStatus `json:"stages,omitzero"`
	Archived      bool                    `json:"archived,omitzero"`
	Created       time.Time               `json:"created,omitzero"`
	Updated       time.Time               `json:"updated,omitzero"`

	// StagesByHand marks the stages the rep set by hand: those win over
	// what kam proposes from the work recorded (ProposeStages).
	StagesByHand [StageCount]bool `json:"stages_by_hand,omitzero"`
}

// Share is our share of the account's category, in percent. ok is false
// when the category size is not known.
func (a Account) Share() (pct float64, ok bool) {
	if a.CategorySales <= 0 {
		return 0, false
	}
	return float64(a.OurSales) / float64(a.CategorySales) * 100, true
}

// StageReached is the stage (1–8) the account's stored stages have
// reached: the first not done, 8 when all are, 0 when none is started
// (StageReachedIn).
func (a Account) StageReached() int { return StageReachedIn(a.Stages) }

// HasTrait reports whether the account shows a key-account trait.
func (a Account) HasTrait(t Trait) bool {
	for _, x := range a.Traits {
		if x == t {
			return true
		}
	}
	return false
}

// NameKey is the form of a name used to keep names unique ignoring case.
func NameKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

// Field names an account field, so that a problem can be shown at it.
type Field string

const (
	FieldName          Field = "name"
	FieldChannel       Field = "channel"
	FieldFormat        Field = "format"
	FieldRegion        Field = "region"
	FieldOutlets       Field = "outlets"
	FieldCategorySales Field = "category_sales"
	FieldOurSales      Field = "our_sales"
	FieldTarget        Field = "target"
	FieldGrowth        Field = "growth"
	FieldTier          Field = "tier"
	FieldObjectives    Field = "objectives"
	FieldNotes         Field = "notes"
	FieldTraits        Field = "traits"
	FieldStages        Field = "stages"
)

// Limits on what a field holds, in terminal cells.
const (
	MaxNameCells  = 80
	MaxShortCells = 60
	MaxLineCells  = 120 // a one-line description
	MaxTextRunes  = 4000
	MinGrowth     = -100
	MaxGrowth     = 1000
)

// CheckName validates an account name: required, at most 80 cells (a Chinese
// character takes two), one line,
// and unique in the workspace ignoring case. taken reports whether another
// account already holds a name key, and whether that one is archived.
func CheckName(name string, taken func(key string) (exists, archived bool)) error {
	n := strings.TrimSpace(name)
	if n == "" {
		return invalid(T("a name is required", "名称不能为空"))
	}
	if strings.ContainsFunc(n, unicode.IsControl) {
		return invalid(T("the name must be one line, without control characters", "名称必须是一行，不能含控制字符"))
	}
	if w := cellWidth(n, MaxNameCells); w > MaxNameCells {
		return invalid(T("the name is too long: at most %d characters (Chinese characters count as two); this one counts %d",
			"名称太长：最多 %d 个字符（汉字算两个），现在是 %d 个"), MaxNameCells, w)
	}
	if taken != nil {
		if exists, archived := taken(NameKey(n)); exists {
			if archived {
				return invalid(T("an archived account is already called %q: restore it instead", "已归档的客户中已有 %q：请恢复它"), n)
			}
			return invalid(T("another account is already called %q", "已有客户名为 %q"), n)
		}
	}
	return nil
}

// CheckShort validates a one-line free-text field such as region or format.
func CheckShort(s string) error { return checkLine(s, MaxShortCells) }

// checkLine validates one line of text at most max cells wide.
func checkLine(s string, max int) error {
	if strings.ContainsFunc(s, unicode.IsControl) {
		return invalid(T("one line, without control characters", "只能一行，不能含控制字符"))
	}
	if w := cellWidth(strings.TrimSpace(s), max); w > max {
		return invalid(T("too long: at most %d characters (Chinese characters count as two); this one counts %d",
			"太长：最多 %d 个字符（汉字算两个），现在是 %d 个"), max, w)
	}
	return nil
}

// cellWidth is the width of s in terminal cells, or any number up to max
// when s is too short to be wider. No character is wider than two cells
// per byte of it, so most text is passed without measuring: opening a
// workspace checks every account's name, and measuring is slow.
func cellWidth(s string, max int) int {
	if 2*len(s) <= max {
		return 0
	}
	return uniseg.StringWidth(s)
}

// CheckLongText validates a multi-line note.
func CheckLongText(s string) error {
	if len(s) <= MaxTextRunes { // no more characters than bytes
		return nil
	}
	if n := utf8.RuneCountInString(s); n > MaxTextRunes {
		return invalid(T("too long: at most %d characters; this one has %d", "太长：最多 %d 个字符，现在是 %d 个"), MaxTextRunes, n)
	}
	return nil
}

// CheckOurSales refuses our sales above the category total, when the total
// is known.
func CheckOurSales(ours, category Money) error {
	if category > 0 && ours > category {
		return invalid(T("our sales (%s) cannot be above the category sales at the account (%s)", "我方销售额（%s）不能高于该客户的品类销售额（%s）"), FormatMoney(ours), FormatMoney(category))
	}
	return nil
}

// ParseGrowth reads the account's growth in percent.
func ParseGrowth(s string) (float64, error) { return ParsePercent(s, MinGrowth, MaxGrowth) }

// Problem is a validation failure at one field.
type Problem struct {
	Field Field
	Err   error
}

// Validate checks a whole account before it is saved; the form checks each
// field as it is typed, this is the last word. taken is as for CheckName.
func (a Account) Validate(taken func(key string) (exists, archived bool)) []Problem {
	var ps []Problem
	add := func(f Field, err error) {
		if err != nil {
			ps = append(ps, Problem{f, err})
		}
	}
	add(FieldName, CheckName(a.Name, taken))
	if !validChoice(Channels, a.Channel) {
		add(FieldChannel, invalid(T("pick a channel from the list", "请从列表中选择渠道")))
	}
	add(FieldFormat, CheckShort(a.Format))
	add(FieldRegion, CheckShort(a.Region))
	if a.Outlets < 0 || a.Outlets > MaxCount {
		add(FieldOutlets, invalid(T("must be between 0 and 10,000,000", "必须在 0 到 10,000,000 之间")))
	}
	for _, m := range []struct {
		f Field
		v Money
	}{{FieldCategorySales, a.CategorySales}, {FieldOurSales, a.OurSales}, {FieldTarget, a.Target}} {
		if m.v < 0 || m.v >= MaxMoney {
			add(m.f, invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间")))
		}
	}
	add(FieldOurSales, CheckOurSales(a.OurSales, a.CategorySales))
	if a.Growth < MinGrowth || a.Growth > MaxGrowth {
		add(FieldGrowth, invalid(T("must be between -100%% and 1000%%", "必须在 -100%% 到 1000%% 之间")))
	}
	if !validChoice(Tiers, a.Tier) {
		add(FieldTier, invalid(T("pick tier A, B or C", "请选择 A、B 或 C 级")))
	}
	for i, t := range a.Traits {
		if !validChoice(Traits, t) || slices.Contains(a.Traits[:i], t) {
			add(FieldTraits, invalid(T("trait %q is not one of the list, or is there twice", "特征 %q 不在列表中，或出现了两次"), t))
			break
		}
	}
	for i, st := range a.Stages {
		if !validChoice(StageStatuses, st) {
			add(FieldStages, invalid(T("stage %d is at %d, which is not a status: 0 not started, 1 in progress, 2 done",
				"阶段 %d 的状态为 %d，不是有效状态：0 未开始，1 进行中，2 完成"), i+1, int(st)))
			break
		}
	}
	add(FieldObjectives, CheckLongText(a.Objectives))
	add(FieldNotes, CheckLongText(a.Notes))
	return ps
}

func validChoice[K comparable](list []Choice[K], k K) bool {
	for _, c := range list {
		if c.Key == k {
			return true
		}
	}
	return false
}
