package model

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// TermKind is a trading term from the catalog, or a custom one.
type TermKind string

// Basis is how a term is expressed.
type Basis string

const (
	PercentOfSales Basis = "percent" // % of gross sales
	FixedAmount    Basis = "amount"  // an amount, times a count (SKUs, stores, leaflets)
	PaymentDays    Basis = "days"    // days of credit, costed at the workspace's cost of capital
)

// Bases names each basis.
var Bases = []Choice[Basis]{
	{PercentOfSales, T("% of gross sales", "占总销售额 %")},
	{FixedAmount, T("fixed amount", "固定金额")},
	{PaymentDays, T("days", "天数")},
}

// TermSpec describes a catalog term: its name and how it is usually given.
type TermSpec struct {
	Kind      TermKind
	Name      Text
	Basis     Basis
	OnInvoice bool
}

// CustomTerm is the kind of a term named by the user.
const CustomTerm TermKind = "custom"

// TermCatalog lists the trading terms of the course, in the order the cost
// table shows them.
var TermCatalog = []TermSpec{
	{"invoice_discount", T("Invoice discount", "票面折扣"), PercentOfSales, true},
	{"prompt_payment", T("Prompt-payment discount", "提前付款折扣"), PercentOfSales, true},
	{"payment_days", T("Payment days", "账期（天）"), PaymentDays, false},
	{"volume_bonus", T("Volume bonus", "销量返利"), PercentOfSales, false},
	{"conditional_rebate", T("Conditional rebate", "有条件返利"), PercentOfSales, false},
	{"growth_incentive", T("Growth incentive", "增长返利"), PercentOfSales, false},
	{"listing_fee", T("Listing fee per new SKU", "新品进场费（每个 SKU）"), FixedAmount, false},
	{"promo_funding", T("Promotional funding", "促销费用"), PercentOfSales, false},
	{"leaflet_fee", T("Leaflet / feature fee", "海报费"), FixedAmount, false},
	{"display_fee", T("Display / gondola-end fee", "端架 / 陈列费"), FixedAmount, false},
	{"new_store_fee", T("New-store opening fee", "新店开业费"), FixedAmount, false},
	{"anniversary_fee", T("Anniversary fee", "店庆费"), FixedAmount, false},
	{"logistics_allowance", T("Logistics allowance", "物流费"), PercentOfSales, true},
	{"damage_allowance", T("Damage allowance", "损耗费"), PercentOfSales, true},
	{"data_fee", T("Data fee", "数据费"), FixedAmount, false},
}

// TermSpecOf finds a catalog term.
func TermSpecOf(k TermKind) (TermSpec, bool) {
	for _, s := range TermCatalog {
		if s.Kind == k {
			return s, true
		}
	}
	return TermSpec{}, false
}

// Term is one trading term agreed (or proposed) with an account for a year.
type Term struct {
	Kind        TermKind `json:"kind,omitzero"`
	Name        string   `json:"name,omitempty"` // for custom terms
	Basis       Basis    `json:"basis,omitzero"`
	Percent     float64  `json:"percent,omitempty"`
	Amount      Money    `json:"amount,omitempty"`
	Count       int      `json:"count,omitempty"` // how many times the amount is paid; 0 counts as 1
	Days        int      `json:"days,omitempty"`
	OnInvoice   bool     `json:"on_invoice,omitzero"`
	Conditional bool     `json:"conditional,omitzero"`
	Condition   string   `json:"condition,omitempty"`
}

// Label is the term's name in a language.
func (t Term) Label(l Lang) string {
	if t.Kind == CustomTerm || t.Name != "" {
		return t.Name
	}
	if s, ok := TermSpecOf(t.Kind); ok {
		return s.Name.In(l)
	}
	return string(t.Kind)
}

// Key tells terms apart in a year and across years: the kind, or the name
// of a custom term.
func (t Term) Key() string {
	if t.Kind == CustomTerm {
		return "custom:" + NameKey(t.Name)
	}
	return string(t.Kind)
}

// DefaultCostOfCapital is the yearly rate, in %, at which payment days are
// costed when the workspace has not set its own.
const DefaultCostOfCapital = 5.0

// Cost is what the term costs us in a year with the given gross sales:
// a percentage of them, an amount times its count, or the financing cost of
// the days of credit at the cost of capital (% a year).
func (t Term) Cost(gross Money, costOfCapital float64) Money {
	switch t.Basis {
	case PercentOfSales:
		return Money(math.Round(float64(gross) * t.Percent / 100))
	case FixedAmount:
		return t.Amount * Money(max(t.Count, 1))
	case PaymentDays:
		return Money(math.Round(float64(gross) * float64(t.Days) / 365 * costOfCapital / 100))
	}
	return 0
}

// Value is the term as its basis writes it: "2.5%", "30 days", "50,000 × 4".
func (t Term) Value(l Lang) string {
	switch t.Basis {
	case PercentOfSales:
		return FormatRate(t.Percent)
	case PaymentDays:
		if t.Days == 1 {
			return T("1 day", "1 天").In(l)
		}
		return fmt.Sprintf(T("%d days", "%d 天").In(l), t.Days)
	}
	if t.Count > 1 {
		return fmt.Sprintf("%s × %d", FormatMoney(t.Amount), t.Count)
	}
	return FormatMoney(t.Amount)
}

// CheckTerm validates a term.
func CheckTerm(t Term) error {
	if t.Kind == CustomTerm {
		if strings.TrimSpace(t.Name) == "" {
			return invalid(T("a custom term needs a name", "自定义条款需要名称"))
		}
		if err := CheckShort(t.Name); err != nil {
			return err
		}
	} else if _, ok := TermSpecOf(t.Kind); !ok {
		return invalid(T("pick a term from the list", "请从列表中选择条款"))
	}
	switch t.Basis {
	case PercentOfSales:
		if t.Percent < 0 || t.Percent > 100 {
			return invalid(T("a percentage of sales is between 0%% and 100%%", "销售额百分比须在 0%% 到 100%% 之间"))
		}
	case FixedAmount:
		if t.Amount < 0 || t.Amount >= MaxMoney {
			return invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间"))
		}
		if t.Count < 0 || t.Count > 100_000 {
			return invalid(T("the count is a whole number from 1 to 100,000", "数量为 1 到 100,000 的整数"))
		}
	case PaymentDays:
		if t.Kind != "payment_days" {
			return invalid(T("only payment terms are given in days", "只有账期以天数表示"))
		}
		if t.Days < 0 || t.Days > 365 {
			return invalid(T("payment days are from 0 to 365", "账期为 0 到 365 天"))
		}
	default:
		return invalid(T("pick a basis: %% of sales, amount or days", "请选择计费方式：销售额 %%、金额或天数"))
	}
	if t.Conditional && strings.TrimSpace(t.Condition) == "" {
		return invalid(T("say what the condition is", "请写明条件"))
	}
	return checkLine(t.Condition, MaxLineCells)
}

// TermsYear is the terms of one account for one year, or the proposal
// under negotiation for a year.
type TermsYear struct {
	AccountID  string    `json:"account_id,omitzero"`
	Year       int       `json:"year,omitzero"`
	Proposal   bool      `json:"proposal,omitzero"`
	GrossSales Money     `json:"gross_sales,omitzero"`
	Terms      []Term    `json:"terms,omitzero"`
	Updated    time.Time `json:"updated,omitzero"`
}

// Key is the record's key: account, year, and whether it is a proposal.
func (y TermsYear) Key() string {
	if y.Proposal {
		return fmt.Sprintf("%s/%d/proposal", y.AccountID, y.Year)
	}
	return fmt.Sprintf("%s/%d", y.AccountID, y.Year)
}

// CompareTermsYears orders years of terms oldest first, a proposal after
// the actual year it shares.
func CompareTermsYears(a, b TermsYear) int {
	if a.Year != b.Year {
		return a.Year - b.Year
	}
	if a.Proposal == b.Proposal {
		return 0
	}
	if a.Proposal {
		return 1
	}
	return -1
}

// CheckTermsYear validates a year of terms: a sensible year, gross sales,
// valid terms and no term twice.
func CheckTermsYear(y TermsYear) error {
	if y.AccountID == "" {
		return invalid(T("terms belong to an account", "条款必须属于某个客户"))
	}
	if y.Year < 2000 || y.Year > 2100 {
		return invalid(T("%d is not a year kam keeps terms for", "%d 不是有效的年份"), y.Year)
	}
	if y.GrossSales < 0 || y.GrossSales >= MaxMoney {
		return invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间"))
	}
	seen := map[string]bool{}
	for _, t := range y.Terms {
		if err := CheckTerm(t); err != nil {
			return err
		}
		if seen[t.Key()] {
			return invalid(T("%s is in the year twice", "%s 在该年出现两次"), t.Label(English))
		}
		seen[t.Key()] = true
	}
	return nil
}

// YearCost is what a year's terms cost, split on- and off-invoice.
type YearCost struct {
	Gross      Money
	OnInvoice  Money
	OffInvoice Money
}

// Total is all trade spend of the year.
func (c YearCost) Total() Money { return c.OnInvoice + c.OffInvoice }

// Pct is an amount as a percentage of the year's gross sales; ok is false
// without gross sales.
func (c YearCost) Pct(m Money) (float64, bool) {
	if c.Gross <= 0 {
		return 0, false
	}
	return float64(m) / float64(c.Gross) * 100, true
}

// CostOf adds up a year's terms.
func CostOf(y TermsYear, costOfCapital float64) YearCost {
	c := YearCost{Gross: y.GrossSales}
	for _, t := range y.Terms {
		if t.OnInvoice {
			c.OnInvoice += t.Cost(y.GrossSales, costOfCapital)
		} else {
			c.OffInvoice += t.Cost(y.GrossSales, costOfCapital)
		}
	}
	return c
}

// HasValues tells whether a year can be compared with another: it has gross
// sales and some trade spend.
func (c YearCost) HasValues() bool { return c.Gross > 0 && c.Total() > 0 }

// Evolution compares a year's trade spend with the year before.
type Evolution struct {
	BasisPoints float64 // change of total spend as % of gross sales, ×100
	SalesGrowth float64 // %
	SpendGrowth float64 // %
	FasterSpend bool    // trade spend grew faster than sales
	Comparable  bool    // both years have values: gross sales and some spend
}

// Evolve compares this year's cost with last year's. A year without values
// (no gross sales or no spend) is never compared: the evolution is then not
// Comparable and all zero, never "-100%" or a drop of every basis point.
func Evolve(prev, this YearCost) Evolution {
	if !prev.HasValues() || !this.HasValues() {
		return Evolution{}
	}
	pp, _ := prev.Pct(prev.Total())
	tp, _ := this.Pct(this.Total())
	e := Evolution{BasisPoints: (tp - pp) * 100, Comparable: true}
	e.SalesGrowth = (float64(this.Gross)/float64(prev.Gross) - 1) * 100
	e.SpendGrowth = (float64(this.Total())/float64(prev.Total()) - 1) * 100
	e.FasterSpend = e.SpendGrowth > e.SalesGrowth+1e-9
	return e
}

// LatestTermsBefore is the most recent of years (oldest first, as
// CompareTermsYears orders them) that comes before y: the proposal of a year
// rather than its actual terms, as the latest thinking. ok is false when
// none comes before.
func LatestTermsBefore(years []TermsYear, y TermsYear) (TermsYear, bool) {
	var out TermsYear
	ok := false
	for _, prev := range years {
		if prev.AccountID == y.AccountID && CompareTermsYears(prev, y) < 0 && (!ok || CompareTermsYears(prev, out) >= 0) {
			out, ok = prev, true
		}
	}
	return out, ok
}
