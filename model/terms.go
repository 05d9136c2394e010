package model

import (
	"fmt"
	"math"
	"slices"
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

// SalesBase is what a percentage term is a percentage of.
type SalesBase string

const (
	OfGross        SalesBase = ""              // gross sales, at list price
	OfInvoiced     SalesBase = "invoiced"      // net of the on-invoice terms
	OfVATInclusive SalesBase = "vat_inclusive" // invoiced, VAT included: 含税进货额
)

// SalesBases names each base, as a KAM and a finance reader say them.
var SalesBases = []Choice[SalesBase]{
	{OfGross, T("gross sales", "总销售额（未扣费用）")},
	{OfInvoiced, T("invoiced sales (net of on-invoice terms)", "开票额（扣除票扣后）")},
	{OfVATInclusive, T("invoiced incl. VAT", "含税进货额")},
}

// DefaultVATRate is the VAT rate (%) of goods in the Mainland, used when
// the workspace has not set its own.
const DefaultVATRate = 13.0

// MaxPaymentDays bounds payment days and the standard they are costed above.
const MaxPaymentDays = 365

// TermSpec describes a catalog term: its name and how it is usually given.
type TermSpec struct {
	Kind      TermKind
	Name      Text
	Basis     Basis
	OnInvoice bool
	// Conditional terms are paid only when the account meets a target:
	// they are costed at the expected achievement.
	Conditional bool
}

// CustomTerm is the kind of a term named by the user.
const CustomTerm TermKind = "custom"

// TermCatalog lists the trading terms of the course, in the order the cost
// table shows them.
var TermCatalog = []TermSpec{
	{"invoice_discount", T("Invoice discount", "票面折扣"), PercentOfSales, true, false},
	{"prompt_payment", T("Prompt-payment discount", "提前付款折扣"), PercentOfSales, true, false},
	{"payment_days", T("Payment days", "账期（天）"), PaymentDays, false, false},
	{"volume_bonus", T("Volume bonus", "销量返利"), PercentOfSales, false, true},
	{"conditional_rebate", T("Conditional rebate", "有条件返利"), PercentOfSales, false, true},
	{"growth_incentive", T("Growth incentive", "增长返利"), PercentOfSales, false, true},
	{"listing_fee", T("Listing fee per new SKU", "进场费 / 条码费（每个新品）"), FixedAmount, false, false},
	{"promo_funding", T("Promotional funding", "促销费用"), PercentOfSales, false, false},
	{"leaflet_fee", T("Leaflet / feature fee", "DM 费（海报）"), FixedAmount, false, false},
	{"display_fee", T("Display / gondola-end fee", "堆头 / 端架费"), FixedAmount, false, false},
	{"new_store_fee", T("New-store opening fee", "新店开业费"), FixedAmount, false, false},
	{"anniversary_fee", T("Anniversary fee", "店庆费"), FixedAmount, false, false},
	{"logistics_allowance", T("Logistics allowance", "配送费"), PercentOfSales, true, false},
	{"damage_allowance", T("Damage allowance", "损耗费"), PercentOfSales, true, false},
	{"data_fee", T("Data fee", "数据费"), FixedAmount, false, false},
}

// FormerTermNames are names the catalog gave terms before it spoke as a
// Mainland KAM does, so that files written then still find their term.
var FormerTermNames = map[string]TermKind{
	"新品进场费（每个 SKU）": "listing_fee",
	"海报费":           "leaflet_fee",
	"端架 / 陈列费":      "display_fee",
	"物流费":           "logistics_allowance",
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
	// PercentOf is what a percentage is of: gross sales unless set.
	PercentOf SalesBase `json:"percent_of,omitzero"`
	// Expected is the achievement (%) a conditional term is expected to
	// reach: it is costed at that share, the rest is at risk. 0 means
	// expected in full.
	Expected float64 `json:"expected,omitzero"`
	// PaidWithin is, for a prompt-payment discount, the days within which
	// the account pays to earn it.
	PaidWithin int `json:"paid_within,omitzero"`
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
		if t.Days < 0 || t.Days > MaxPaymentDays {
			return invalid(T("payment days are from 0 to 365", "账期为 0 到 365 天"))
		}
	default:
		return invalid(T("pick a basis: %% of sales, amount or days", "请选择计费方式：销售额 %%、金额或天数"))
	}
	if t.Conditional && strings.TrimSpace(t.Condition) == "" {
		return invalid(T("say what the condition is", "请写明条件"))
	}
	if !slices.ContainsFunc(SalesBases, func(c Choice[SalesBase]) bool { return c.Key == t.PercentOf }) {
		return invalid(T("%q is not a base kam knows: gross sales, invoiced sales or invoiced incl. VAT", "%q 不是有效的计费基数：总销售额、开票额或含税进货额"), t.PercentOf)
	}
	if t.PercentOf != OfGross && t.Basis != PercentOfSales {
		return invalid(T("only a percentage is of a base of sales", "只有百分比条款才有计费基数"))
	}
	if !(t.Expected >= 0 && t.Expected <= 100) {
		return invalid(T("the expected achievement is from 0%% to 100%%", "预计达成率须在 0%% 到 100%% 之间"))
	}
	if t.Expected != 0 && !t.Conditional {
		return invalid(T("only a conditional term has an expected achievement", "只有有条件的条款才有预计达成率"))
	}
	if t.PaidWithin < 0 || t.PaidWithin > MaxPaymentDays {
		return invalid(T("a prompt-payment discount is paid within 0 to 365 days", "现金折扣的提前付款天数须在 0 到 365 天之间"))
	}
	if t.PaidWithin != 0 && t.Kind != "prompt_payment" {
		return invalid(T("only a prompt-payment discount is paid within days", "只有现金折扣才有提前付款天数"))
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

// YearCost is what a year's terms cost, split on- and off-invoice, with
// payment days apart as the cost of credit.
type YearCost struct {
	Gross      Money
	Invoiced   Money // gross less the on-invoice terms (by the workspace's rules)
	OnInvoice  Money
	OffInvoice Money
	Credit     Money // payment days beyond the standard, at the cost of capital
	AtRisk     Money // conditional terms beyond their expected achievement, not counted
}

// Total is all trade spend of the year, the cost of credit included.
func (c YearCost) Total() Money { return c.OnInvoice + c.OffInvoice + c.Credit }

// Pct is an amount as a percentage of the year's gross sales; ok is false
// without gross sales.
func (c YearCost) Pct(m Money) (float64, bool) {
	if c.Gross <= 0 {
		return 0, false
	}
	return float64(m) / float64(c.Gross) * 100, true
}

// CostOf adds up a year's terms by the simplest rule: every percentage of
// gross sales, every payment day costed on gross sales, off-invoice. The
// screens cost by the workspace's rules: Settings.Costing.
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
	SlowerSpend bool    // trade spend grew slower than sales: its share fell
	Comparable  bool    // both years have values: gross sales and some spend
	// NewSpend is a year with spend after a year with sales and none: there
	// is no growth of spend to speak of, only its start.
	NewSpend bool
}

// Evolve compares this year's cost with last year's. A year without values
// (no gross sales or no spend) is never compared: the evolution is then not
// Comparable and all zero, never "-100%" or a drop of every basis point;
// spend that starts after a year of sales without any is NewSpend.
func Evolve(prev, this YearCost) Evolution {
	if !prev.HasValues() || !this.HasValues() {
		if prev.Gross > 0 && prev.Total() == 0 && this.HasValues() {
			return Evolution{NewSpend: true, SalesGrowth: (float64(this.Gross)/float64(prev.Gross) - 1) * 100}
		}
		return Evolution{}
	}
	pp, _ := prev.Pct(prev.Total())
	tp, _ := this.Pct(this.Total())
	e := Evolution{BasisPoints: (tp - pp) * 100, Comparable: true}
	e.SalesGrowth = (float64(this.Gross)/float64(prev.Gross) - 1) * 100
	e.SpendGrowth = (float64(this.Total())/float64(prev.Total()) - 1) * 100
	e.FasterSpend = e.SpendGrowth > e.SalesGrowth+1e-9
	e.SlowerSpend = e.SpendGrowth < e.SalesGrowth-1e-9
	return e
}

// FormatGrowth writes a growth with its sign and one decimal: +4.0%,
// -12.5%, +0.0%.
func FormatGrowth(v float64) string {
	if math.Abs(v) < 0.05 {
		v = 0 // no "-0.0%"
	}
	return fmt.Sprintf("%+.1f%%", v)
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

// Find is the year's term with the key (its kind, or a custom term's
// name) and its place, or -1.
func (y TermsYear) Find(key string) (Term, int) {
	for i, t := range y.Terms {
		if t.Key() == key {
			return t, i
		}
	}
	return Term{}, -1
}

// TermRows are the terms some years hold, each key once, in the order a
// table of terms lists them: the catalog's first, in its order, then the
// workspace's own, as they come.
func TermRows(years []TermsYear) []Term {
	var rows []Term
	seen := map[string]bool{}
	add := func(t Term) {
		if !seen[t.Key()] {
			seen[t.Key()] = true
			rows = append(rows, t)
		}
	}
	for _, spec := range TermCatalog {
		for _, y := range years {
			for _, t := range y.Terms {
				if t.Kind == spec.Kind {
					add(t)
				}
			}
		}
	}
	for _, y := range years {
		for _, t := range y.Terms {
			if t.Kind == CustomTerm {
				add(t)
			}
		}
	}
	return rows
}

// Term is the year's term of a kind, if it has one.
func (y TermsYear) Term(k TermKind) (Term, bool) {
	for _, t := range y.Terms {
		if t.Kind == k {
			return t, true
		}
	}
	return Term{}, false
}

// Costing is how a workspace costs a year's terms: the cost of capital
// payment days are costed at, the VAT rate of invoiced values, and the days
// of credit every customer gets, which cost nothing.
type Costing struct {
	CostOfCapital float64 // % a year
	VATRate       float64 // %
	StandardDays  int     // days of credit that cost nothing
}

// Costing is how the workspace costs year y of an account whose years are
// given: the standard payment days are last year's when the workspace says
// so and the account has an actual year before y with payment days.
func (s Settings) Costing(years []TermsYear, y TermsYear) Costing {
	c := Costing{CostOfCapital: s.CapitalRate(), VATRate: s.VAT(), StandardDays: s.CreditStandardDays}
	if !s.CreditFromLastYear {
		return c
	}
	for _, prev := range years {
		if prev.AccountID == y.AccountID && prev.Year == y.Year-1 && !prev.Proposal {
			if t, ok := prev.Term("payment_days"); ok && t.Basis == PaymentDays {
				c.StandardDays = t.Days
			}
		}
	}
	return c
}

// TermCost is what one term costs in a year.
type TermCost struct {
	Base     Money // what the percentage is of, or the credit is on
	Full     Money // the condition met in full
	Expected Money // at the expected achievement: what the year counts
	Days     int   // payment days costed: those beyond the standard
}

// AtRisk is the part of a conditional term the year does not count: paid
// only if the account does better than expected.
func (c TermCost) AtRisk() Money { return c.Full - c.Expected }

// withVAT is an amount with VAT added.
func (c Costing) withVAT(m Money) Money {
	return Money(math.Round(float64(m) * (1 + c.VATRate/100)))
}

// Terms costs each of a year's terms, in their order, and gives the
// invoiced sales. On-invoice terms of gross sales (and amounts) come off
// first; on-invoice terms of the invoiced value apply to what is left, as
// a cascade; off-invoice terms take the base they name; payment days cost
// the days beyond the standard, on invoiced sales with VAT, at the cost of
// capital. A conditional term counts at its expected achievement.
func (c Costing) Terms(y TermsYear) ([]TermCost, Money) {
	out := make([]TermCost, len(y.Terms))
	cost := func(i int, base Money) {
		t := y.Terms[i]
		tc := TermCost{Base: base}
		switch t.Basis {
		case PercentOfSales:
			tc.Full = Money(math.Round(float64(base) * t.Percent / 100))
		case FixedAmount:
			tc.Base = 0
			tc.Full = t.Amount * Money(max(t.Count, 1))
		case PaymentDays:
			tc.Days = max(t.Days-c.StandardDays, 0)
			tc.Full = Money(math.Round(float64(base) * float64(tc.Days) / 365 * c.CostOfCapital / 100))
		}
		tc.Expected = tc.Full
		if t.Conditional && t.Expected > 0 {
			tc.Expected = Money(math.Round(float64(tc.Full) * t.Expected / 100))
		}
		out[i] = tc
	}
	onNet := func(t Term) bool { return t.Basis == PercentOfSales && t.PercentOf != OfGross }
	net := y.GrossSales
	for i, t := range y.Terms {
		if t.OnInvoice && t.Basis != PaymentDays && !onNet(t) {
			cost(i, y.GrossSales)
			net -= out[i].Expected
		}
	}
	invoiced := net
	for i, t := range y.Terms {
		if t.OnInvoice && t.Basis != PaymentDays && onNet(t) {
			base := net
			if t.PercentOf == OfVATInclusive {
				base = c.withVAT(net)
			}
			cost(i, base)
			invoiced -= out[i].Expected
		}
	}
	for i, t := range y.Terms {
		if t.OnInvoice && t.Basis != PaymentDays {
			continue
		}
		switch {
		case t.Basis == PaymentDays:
			cost(i, c.withVAT(invoiced))
		case t.PercentOf == OfInvoiced:
			cost(i, invoiced)
		case t.PercentOf == OfVATInclusive:
			cost(i, c.withVAT(invoiced))
		default:
			cost(i, y.GrossSales)
		}
	}
	return out, invoiced
}

// Year adds up a year's terms by the workspace's rules: on invoice, off
// invoice, and the cost of credit as its own line.
func (c Costing) Year(y TermsYear) YearCost {
	costs, invoiced := c.Terms(y)
	out := YearCost{Gross: y.GrossSales, Invoiced: invoiced}
	for i, t := range y.Terms {
		tc := costs[i]
		switch {
		case t.Basis == PaymentDays:
			out.Credit += tc.Expected
		case t.OnInvoice:
			out.OnInvoice += tc.Expected
		default:
			out.OffInvoice += tc.Expected
		}
		out.AtRisk += tc.AtRisk()
	}
	return out
}

// CreditDays are the days of credit the account takes in a year: its
// payment days, else the standard.
func (c Costing) CreditDays(y TermsYear) int {
	if t, ok := y.Term("payment_days"); ok && t.Basis == PaymentDays {
		return t.Days
	}
	return c.StandardDays
}

// ImpliedRate is the yearly rate (%) a prompt-payment discount costs us:
// d% of the invoice given to be paid early days sooner, d/(100-d) ×
// 365/early. ok is false without a discount or without days gained.
func ImpliedRate(discount float64, early int) (float64, bool) {
	if discount <= 0 || discount >= 100 || early <= 0 {
		return 0, false
	}
	return discount / (100 - discount) * 365 / float64(early) * 100, true
}
