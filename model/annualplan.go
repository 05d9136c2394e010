package model

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// QuarterFigures are an account's figures for a quarter: planned, or last
// year's actuals.
type QuarterFigures struct {
	SellIn       Money   `json:"sell_in,omitzero"`
	Volume       float64 `json:"volume,omitzero"`       // units
	Share        float64 `json:"share,omitzero"`        // our value share, %
	Distribution float64 `json:"distribution,omitzero"` // numeric distribution, %
}

// QuarterPlan is a quarter of the annual plan: the targets and the
// investment beyond trading terms and promotions.
type QuarterPlan struct {
	QuarterFigures
	Other Money `json:"other,omitzero"` // other activity: merchandisers, sampling staff, events
}

// KeyDateKind is what a key date of the plan is.
type KeyDateKind string

// KeyDateKinds names each kind.
var KeyDateKinds = []Choice[KeyDateKind]{
	{"buyer", T("buyer's calendar", "采购日程")},
	{"range_review", T("range review", "品项评审")},
	{"anniversary", T("retailer anniversary", "店庆")},
	{"festival", T("festival", "节日")},
	{"launch", T("our launch", "我方新品上市")},
	{"other", T("other", "其他")},
}

// KeyDate is a day the plan works around.
type KeyDate struct {
	Date time.Time   `json:"date,omitzero"`
	What string      `json:"what,omitzero"`
	Kind KeyDateKind `json:"kind,omitzero"`
}

// CostLine is one cost to serve the account: an amount, or a % of gross
// sales.
type CostLine struct {
	Name   string  `json:"name,omitzero"`
	Amount Money   `json:"amount,omitzero"`
	Pct    float64 `json:"pct,omitzero"`
}

// Cost is the line's cost on some gross sales.
func (c CostLine) Cost(gross Money) Money {
	return c.Amount + Money(math.Round(float64(gross)*c.Pct/100))
}

// PnLColumn is what a column of the account P&L takes beyond the terms and
// the promotions: gross sales when they are not the plan's, the cost of
// goods and the costs to serve.
type PnLColumn struct {
	GrossSales  Money      `json:"gross_sales,omitzero"` // 0: from the plan or the terms
	COGSPct     float64    `json:"cogs_pct,omitzero"`    // cost of goods, % of gross sales
	CostToServe []CostLine `json:"cost_to_serve,omitzero"`
}

// The P&L's columns.
const (
	PnLLastYear = iota
	PnLPlan
	PnLEstimate
	PnLColumns
)

// PnLColumnNames names the columns.
var PnLColumnNames = [PnLColumns]Text{
	T("Last year", "去年"),
	T("Plan", "计划"),
	T("Latest estimate", "最新预估"),
}

// AccountPlan is an account's plan for a year: its SWOT, the quarters'
// targets and investment against last year's actuals, the key dates, and
// what the P&L takes beyond terms and promotions.
type AccountPlan struct {
	AccountID     string            `json:"account_id,omitzero"`
	Year          int               `json:"year,omitzero"`
	Strengths     []string          `json:"strengths,omitzero"`     // ours at this account
	Weaknesses    []string          `json:"weaknesses,omitzero"`    // ours at this account
	Opportunities []string          `json:"opportunities,omitzero"` // in the account
	Threats       []string          `json:"threats,omitzero"`       // in the account
	Quarters      [4]QuarterPlan    `json:"quarters,omitzero"`
	LastYear      [4]QuarterFigures `json:"last_year,omitzero"`
	// Months are the targets month by month, where the plan wants them
	// finer than the quarters; a month with nothing set is not planned.
	Months   [12]QuarterFigures    `json:"months,omitzero"`
	KeyDates []KeyDate             `json:"key_dates,omitzero"`
	PnL      [PnLColumns]PnLColumn `json:"pnl,omitzero"`
	Created  time.Time             `json:"created,omitzero"`
	Updated  time.Time             `json:"updated,omitzero"`
}

func (p AccountPlan) Key() string   { return fmt.Sprintf("%s/%d", p.AccountID, p.Year) }
func (p AccountPlan) Owner() string { return p.AccountID }

// CheckAccountPlan validates a plan: its account and year, short SWOT
// points, figures in range, key dates with what they are, costs to serve
// named and from 0.
func CheckAccountPlan(p AccountPlan) error {
	if p.AccountID == "" {
		return invalid(T("a plan belongs to an account", "计划必须属于某个客户"))
	}
	if p.Year < 2000 || p.Year > 2100 {
		return invalid(T("%d is not a year kam plans for", "%d 不是有效的计划年份"), p.Year)
	}
	for _, list := range [][]string{p.Strengths, p.Weaknesses, p.Opportunities, p.Threats} {
		for _, s := range list {
			if strings.TrimSpace(s) == "" {
				return invalid(T("a SWOT point says something", "SWOT 要点不能为空"))
			}
			if err := checkLine(s, MaxLineCells); err != nil {
				return err
			}
		}
	}
	figures := make([]QuarterFigures, 0, 8)
	for _, q := range p.Quarters {
		figures = append(figures, q.QuarterFigures)
		if q.Other < 0 || q.Other >= MaxMoney {
			return invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间"))
		}
	}
	figures = append(figures, p.LastYear[:]...)
	figures = append(figures, p.Months[:]...)
	for _, f := range figures {
		if f.SellIn < 0 || f.SellIn >= MaxMoney {
			return invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间"))
		}
		if !(f.Volume >= 0 && f.Volume <= MaxUnits) {
			return invalid(T("a volume is a number of units from 0", "销量为不小于 0 的件数"))
		}
		for _, pct := range []float64{f.Share, f.Distribution} {
			if !(pct >= 0 && pct <= 100) {
				return invalid(T("a percentage is from 0%% to 100%%", "百分比为 0%% 到 100%%"))
			}
		}
	}
	for _, d := range p.KeyDates {
		if d.Date.IsZero() || strings.TrimSpace(d.What) == "" {
			return invalid(T("a key date has its day and what it is", "关键日期需要日期和内容"))
		}
		if err := checkLine(d.What, MaxLineCells); err != nil {
			return err
		}
		if d.Kind != "" && !validChoice(KeyDateKinds, d.Kind) {
			return invalid(T("%q is not a kind of key date", "%q 不是关键日期类型"), d.Kind)
		}
	}
	for _, col := range p.PnL {
		if col.GrossSales < 0 || col.GrossSales >= MaxMoney {
			return invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间"))
		}
		if !(col.COGSPct >= 0 && col.COGSPct <= 100) {
			return invalid(T("the cost of goods is from 0%% to 100%% of gross sales", "销售成本为毛销售额的 0%% 到 100%%"))
		}
		for _, c := range col.CostToServe {
			if strings.TrimSpace(c.Name) == "" {
				return invalid(T("a cost to serve has a name", "服务成本需要名称"))
			}
			if err := CheckShort(c.Name); err != nil {
				return err
			}
			if c.Amount < 0 || c.Amount >= MaxMoney || !(c.Pct >= 0 && c.Pct <= 100) {
				return invalid(T("a cost to serve is an amount from 0 or a %% of gross sales from 0 to 100", "服务成本为不小于 0 的金额，或毛销售额的 0 到 100%%"))
			}
		}
	}
	return nil
}

// PlannedSales is the plan's sell-in over the year.
func (p AccountPlan) PlannedSales() Money {
	var sum Money
	for _, q := range p.Quarters {
		sum += q.SellIn
	}
	return sum
}

// PlannedMonths says whether any month has a target.
func (p AccountPlan) PlannedMonths() bool { return p.Months != [12]QuarterFigures{} }

// MonthsOf adds up the months of quarter q: sell-in and volume summed,
// share and distribution the mean of the months that have one; n is how
// many of its months have a target.
func (p AccountPlan) MonthsOf(q int) (sum QuarterFigures, n int) {
	var shares, dists [4]float64
	for i, m := range p.Months[q*3 : q*3+3] {
		if m == (QuarterFigures{}) {
			continue
		}
		n++
		sum.SellIn += m.SellIn
		sum.Volume += m.Volume
		shares[i], dists[i] = m.Share, m.Distribution
	}
	sum.Share, sum.Distribution = YearRate(shares), YearRate(dists)
	return sum, n
}

// LastYearSales is last year's sell-in over the year.
func (p AccountPlan) LastYearSales() Money {
	var sum Money
	for _, q := range p.LastYear {
		sum += q.SellIn
	}
	return sum
}

// Growth is the change from last year to the plan: the amount and the %;
// ok is false without last year's figure.
func Growth(lastYear, plan float64) (amount, pct float64, ok bool) {
	amount = plan - lastYear
	if lastYear == 0 {
		return amount, 0, false
	}
	return amount, amount / math.Abs(lastYear) * 100, true
}

// chineseNewYear is the first day of the lunar new year.
var chineseNewYear = map[int]string{
	2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06",
	2028: "2028-01-26", 2029: "2029-02-13", 2030: "2030-02-03", 2031: "2031-01-23",
	2032: "2032-02-11", 2033: "2033-01-31", 2034: "2034-02-19", 2035: "2035-02-08",
}

// SuggestedKeyDates are the days every plan of a year works around:
// Chinese New Year, 618 and Double 11, the account's next range review and
// the deadline for new items, and our launches in the year. The plan's own
// dates (the buyer's calendar, the retailer's anniversary) come beside them.
func SuggestedKeyDates(year int, ops Operations, products []Product, loc *time.Location) []KeyDate {
	var out []KeyDate
	if s, ok := chineseNewYear[year]; ok {
		if d, err := time.ParseInLocation(DateLayout, s, loc); err == nil {
			out = append(out, KeyDate{Date: d, What: "Chinese New Year 春节", Kind: "festival"})
		}
	}
	out = append(out,
		KeyDate{Date: time.Date(year, 6, 18, 0, 0, 0, 0, loc), What: "618", Kind: "festival"},
		KeyDate{Date: time.Date(year, 11, 11, 0, 0, 0, 0, loc), What: "Double 11 双十一", Kind: "festival"})
	if d := ops.NextRangeReview; !d.IsZero() && d.Year() == year {
		out = append(out, KeyDate{Date: Day(d), What: "Range review 品项评审", Kind: "range_review"})
	}
	if d := ops.SubmitBy; !d.IsZero() && d.Year() == year {
		out = append(out, KeyDate{Date: Day(d), What: "New items due 新品提交截止", Kind: "range_review"})
	}
	for _, p := range products {
		if !p.Archived && !p.Launch.IsZero() && p.Launch.Year() == year {
			out = append(out, KeyDate{Date: Day(p.Launch), What: p.Code + " " + p.Name.EN + " " + p.Name.ZH, Kind: "launch"})
		}
	}
	slices.SortStableFunc(out, func(a, b KeyDate) int { return a.Date.Compare(b.Date) })
	return out
}

// PnL is an account's profit and loss for a year.
type PnL struct {
	Gross       Money // gross sales
	OnInvoice   Money // on-invoice terms (票面费用)
	Invoiced    Money // Gross − OnInvoice
	OffInvoice  Money // off-invoice terms (票外费用) and the cost of credit
	Promotions  Money
	Net         Money // Invoiced − OffInvoice − Promotions
	COGS        Money
	GrossProfit Money // Net − COGS
	CostToServe Money
	// Contribution is what the account leaves us: GrossProfit − CostToServe.
	Contribution Money
}

// Pct is an amount as a % of gross sales; ok is false without them.
func (p PnL) Pct(m Money) (float64, bool) {
	if p.Gross <= 0 {
		return 0, false
	}
	return float64(m) / float64(p.Gross) * 100, true
}

// BuildPnL works down from gross sales: the terms as costed on them, the
// promotions, the cost of goods at a % of gross, the costs to serve.
func BuildPnL(gross Money, terms YearCost, promotions Money, col PnLColumn) PnL {
	p := PnL{Gross: gross, OnInvoice: terms.OnInvoice, OffInvoice: terms.OffInvoice + terms.Credit, Promotions: promotions}
	p.Invoiced = p.Gross - p.OnInvoice
	p.Net = p.Invoiced - p.OffInvoice - p.Promotions
	p.COGS = Money(math.Round(float64(gross) * col.COGSPct / 100))
	p.GrossProfit = p.Net - p.COGS
	for _, c := range col.CostToServe {
		p.CostToServe += c.Cost(gross)
	}
	p.Contribution = p.GrossProfit - p.CostToServe
	return p
}

// PnLInputs are what the account P&L is worked out from.
type PnLInputs struct {
	Plan       AccountPlan
	Terms      []TermsYear // the account's, every year
	Settings   Settings
	Promotions []Promotion // the account's
	Products   []Product
}

// TermsFor is the account's terms for a year: that year's, agreed first,
// else proposed; without any for that year, the latest year before it
// (the terms go on until new ones are agreed). ok is false when the
// account has no terms up to that year.
func TermsFor(terms []TermsYear, accountID string, year int) (TermsYear, bool) {
	var best *TermsYear
	for i, y := range terms {
		if y.AccountID != accountID || y.Year > year {
			continue
		}
		if best == nil || y.Year > best.Year || y.Year == best.Year && best.Proposal && !y.Proposal {
			best = &terms[i]
		}
	}
	if best == nil {
		return TermsYear{}, false
	}
	return *best, true
}

func (in PnLInputs) termsFor(year int) (TermsYear, bool) {
	return TermsFor(in.Terms, in.Plan.AccountID, year)
}

// promotionCost adds up the cost of the account's promotions of a year
// that fall in it (shared by their days): actual where they have run when
// actual, forecast otherwise.
func (in PnLInputs) promotionCost(year int, actual bool) Money {
	total := 0.0
	for _, p := range in.Promotions {
		shares := p.quarterShares(year)
		share := shares[0] + shares[1] + shares[2] + shares[3]
		if share == 0 {
			continue
		}
		margin, ok := UnitMargin(p, in.Products)
		f := p.Forecast(margin, ok)
		if actual {
			f = p.Best(margin, ok)
		}
		total += f.Cost * share
	}
	return Money(math.Round(total * 100))
}

// AccountPnL works out one column of the account P&L of the plan's year.
// Last year: gross sales from the column, else last year's terms, else
// last year's quarters; the terms of last year; the promotions of last
// year as they ran. Plan: gross sales from the column, else the plan's
// quarters, else the year's terms; the year's terms (or, before any are
// agreed or proposed, the latest before it) costed on them; the
// promotions as forecast. Latest estimate: gross sales from the column,
// else the plan's; the year's terms on them; the promotions as they ran,
// or as forecast where they have not yet.
func AccountPnL(in PnLInputs, column int) PnL {
	year := in.Plan.Year
	col := in.Plan.PnL[column]
	termsYear := year
	if column == PnLLastYear {
		termsYear = year - 1
	}
	terms, hasTerms := in.termsFor(termsYear)
	gross := col.GrossSales
	switch {
	case gross > 0:
	case column == PnLLastYear && hasTerms && terms.GrossSales > 0:
		gross = terms.GrossSales
	case column == PnLLastYear:
		gross = in.Plan.LastYearSales()
	case in.Plan.PlannedSales() > 0:
		gross = in.Plan.PlannedSales()
	case hasTerms:
		gross = terms.GrossSales
	}
	var cost YearCost
	if hasTerms {
		terms.GrossSales = gross
		var years []TermsYear
		for _, y := range in.Terms {
			if y.AccountID == in.Plan.AccountID {
				years = append(years, y)
			}
		}
		cost = in.Settings.Costing(years, terms).Year(terms)
	}
	promoYear := year
	if column == PnLLastYear {
		promoYear = year - 1
	}
	promotions := in.promotionCost(promoYear, column != PnLPlan)
	return BuildPnL(gross, cost, promotions, col)
}

// ProfitabilityScore turns an account's contribution, as a % of its gross
// sales, into a score of the Matrix criterion "Net profitability": 1 at
// nothing or less, a point more for every 2.5% up to 10 from 22.5%.
func ProfitabilityScore(contributionPct float64) int {
	if contributionPct <= 0 || math.IsNaN(contributionPct) {
		return 1
	}
	return min(1+int(math.Floor(contributionPct/2.5)), 10)
}

// Clone copies a plan, its lists too, so an edit of the copy leaves the
// original as it was.
func (p AccountPlan) Clone() AccountPlan {
	p.Strengths = slices.Clone(p.Strengths)
	p.Weaknesses = slices.Clone(p.Weaknesses)
	p.Opportunities = slices.Clone(p.Opportunities)
	p.Threats = slices.Clone(p.Threats)
	p.KeyDates = slices.Clone(p.KeyDates)
	for i := range p.PnL {
		p.PnL[i].CostToServe = slices.Clone(p.PnL[i].CostToServe)
	}
	return p
}

// Clone copies an objective, its programmes too.
func (o PlanObjective) Clone() PlanObjective {
	o.Programmes = slices.Clone(o.Programmes)
	return o
}
