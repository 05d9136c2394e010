package model

import (
	"math"
	"slices"
	"strings"
	"time"
)

// Mechanic is how a promotion works on the shelf.
type Mechanic string

// Mechanics names the promotion mechanics of the course.
var Mechanics = []Choice[Mechanic]{
	{"price_cut", T("price cut", "直接降价")},
	{"multibuy", T("multibuy", "多件优惠")},
	{"gift", T("gift with purchase", "买赠")},
	{"display", T("display / gondola end", "陈列 / 端架")},
	{"leaflet", T("leaflet / feature", "海报 / DM")},
	{"coupon", T("coupon", "优惠券")},
	{"sampling", T("sampling", "试吃试用")},
	{"member_price", T("member price", "会员价")},
}

// PromoVerdict is what a promotion run teaches: do it again, change it, or
// stop it.
type PromoVerdict string

// PromoVerdicts names each verdict.
var PromoVerdicts = []Choice[PromoVerdict]{
	{"", T("not judged", "未评估")},
	{"repeat", T("repeat", "重复")},
	{"change", T("change", "调整")},
	{"stop", T("stop", "停止")},
}

// Promotion is one event of an account's promotion calendar, its
// forecast, and once it has run, its actual volume and verdict.
type Promotion struct {
	ID        string    `json:"id,omitzero"`
	AccountID string    `json:"account_id,omitzero"`
	Name      string    `json:"name,omitzero"`
	Mechanic  Mechanic  `json:"mechanic,omitzero"`
	Start     time.Time `json:"start,omitzero"`
	End       time.Time `json:"end,omitzero"` // the last day, included
	// Booked is the day the slot was booked with the retailer; zero is
	// not booked yet.
	Booked   time.Time `json:"booked,omitzero"`
	Products []string  `json:"products,omitzero"` // product IDs
	Clusters []string  `json:"clusters,omitzero"` // cluster IDs; none: every cluster
	// DiscountPerUnit is our funding of every unit sold on the deal;
	// FixedFees what is paid whatever sells (leaflet, display, slotting).
	DiscountPerUnit Money `json:"discount_per_unit,omitzero"`
	FixedFees       Money `json:"fixed_fees,omitzero"`
	// BaselinePerWeek is the units a week the promoted products sell in
	// the promoted stores without the promotion.
	BaselinePerWeek float64 `json:"baseline_per_week,omitzero"`
	Uplift          float64 `json:"uplift,omitzero"`       // forecast, % over the baseline
	PullForward     float64 `json:"pull_forward,omitzero"` // % of the lift that is pull-forward or cannibalised
	// ActualVolume is the units sold over the event, once it has run.
	ActualVolume *float64     `json:"actual_volume,omitempty"`
	Verdict      PromoVerdict `json:"verdict,omitzero"`
	Notes        string       `json:"notes,omitzero"`
	Created      time.Time    `json:"created,omitzero"`
	Updated      time.Time    `json:"updated,omitzero"`
}

func (p Promotion) Key() string   { return p.ID }
func (p Promotion) Owner() string { return p.AccountID }

// MaxUplift bounds a forecast uplift, %.
const MaxUplift = 10_000

// MaxUnits bounds a volume in units.
const MaxUnits = 1e12

// CheckPromotion validates a promotion: a name, a mechanic, a period that
// ends on or after it starts and lasts at most a year, at least one
// product, amounts and volumes from 0, an uplift from 0 to 10,000% and a
// share pulled forward from 0 to 100%.
func CheckPromotion(p Promotion) error {
	if p.AccountID == "" {
		return invalid(T("a promotion belongs to an account", "促销必须属于某个客户"))
	}
	if strings.TrimSpace(p.Name) == "" {
		return invalid(T("a promotion needs a name", "促销需要名称"))
	}
	if err := checkLine(p.Name, MaxLineCells); err != nil {
		return err
	}
	if !validChoice(Mechanics, p.Mechanic) {
		return invalid(T("%q is not a promotion mechanic", "%q 不是促销方式"), p.Mechanic)
	}
	if p.Start.IsZero() || p.End.IsZero() {
		return invalid(T("a promotion needs its first and last day", "促销需要开始和结束日期"))
	}
	if Day(p.End).Before(Day(p.Start)) {
		return invalid(T("a promotion ends on or after the day it starts", "促销的结束日期不能早于开始日期"))
	}
	if Day(p.End).Sub(Day(p.Start)) > 366*24*time.Hour {
		return invalid(T("a promotion lasts at most a year", "促销最长一年"))
	}
	if len(p.Products) == 0 {
		return invalid(T("a promotion names at least one product", "促销至少涉及一个产品"))
	}
	for _, list := range [][]string{p.Products, p.Clusters} {
		seen := map[string]bool{}
		for _, id := range list {
			if id == "" || seen[id] {
				return invalid(T("each product and cluster is named once", "每个产品和门店群只能列一次"))
			}
			seen[id] = true
		}
	}
	for _, m := range []Money{p.DiscountPerUnit, p.FixedFees} {
		if m < 0 || m >= MaxMoney {
			return invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间"))
		}
	}
	volumes := []float64{p.BaselinePerWeek}
	if p.ActualVolume != nil {
		volumes = append(volumes, *p.ActualVolume)
	}
	for _, v := range volumes {
		if !(v >= 0 && v <= MaxUnits) {
			return invalid(T("a volume is a number of units from 0", "销量为不小于 0 的件数"))
		}
	}
	if !(p.Uplift >= 0 && p.Uplift <= MaxUplift) {
		return invalid(T("the uplift is from 0%% to %d%%", "提升幅度为 0%% 到 %d%%"), MaxUplift)
	}
	if !(p.PullForward >= 0 && p.PullForward <= 100) {
		return invalid(T("the share pulled forward or cannibalised is from 0%% to 100%%", "提前购买或蚕食的比例为 0%% 到 100%%"))
	}
	if !validChoice(PromoVerdicts, p.Verdict) {
		return invalid(T("%q is not a verdict", "%q 不是评估结论"), p.Verdict)
	}
	return CheckLongText(p.Notes)
}

// CheckActual says whether a promotion may hold an actual volume on a
// day: only once its last day has come.
func (p Promotion) CheckActual(now time.Time) error {
	if p.ActualVolume != nil && Day(p.End).After(Day(now)) {
		return invalid(T("the actual volume is entered once the promotion has run: its last day is %s", "促销结束后才能录入实际销量：最后一天是 %s"), Day(p.End).Format(DateLayout))
	}
	return nil
}

// Days are the days the promotion runs, both ends included.
func (p Promotion) Days() int {
	if p.Start.IsZero() || p.End.IsZero() || Day(p.End).Before(Day(p.Start)) {
		return 0
	}
	return int(math.Round(Day(p.End).Sub(Day(p.Start)).Hours()/24)) + 1
}

// Weeks is how long the promotion runs, in weeks.
func (p Promotion) Weeks() float64 { return float64(p.Days()) / 7 }

// UnitMargin is our gross profit on a unit of the promoted products: the
// plain mean, over those with a list price, of list price less cost
// price, in currency units. ok is false when none has a list price.
func UnitMargin(p Promotion, products []Product) (float64, bool) {
	sum, n := 0.0, 0
	for _, pr := range products {
		if slices.Contains(p.Products, pr.ID) && pr.ListPrice > 0 {
			sum += (pr.ListPrice - pr.CostPrice).Units()
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}

// PromoFigures are a promotion's economics, forecast or actual. Volumes
// are units; money is in currency units.
type PromoFigures struct {
	Baseline    float64 // what would have sold without it
	Volume      float64 // what sells on the deal
	Lift        float64 // Volume − Baseline
	Incremental float64 // the lift less what was pulled forward or cannibalised
	Profit      float64 // incremental gross profit: Incremental × unit margin
	Cost        float64 // discount × Volume + fixed fees
	MarginOK    bool    // the unit margin is known, so Profit and ROI are
}

// CostPerIncremental is what each incremental unit cost; ok is false
// without incremental units.
func (f PromoFigures) CostPerIncremental() (float64, bool) {
	if f.Incremental <= 0 {
		return 0, false
	}
	return f.Cost / f.Incremental, true
}

// ROI is (incremental gross profit − cost) / cost, in %; ok is false
// without a cost or a unit margin.
func (f PromoFigures) ROI() (float64, bool) {
	if f.Cost <= 0 || !f.MarginOK {
		return 0, false
	}
	return (f.Profit - f.Cost) / f.Cost * 100, true
}

// figures works out the economics of a promotion that sells volume.
func (p Promotion) figures(volume, margin float64, marginOK bool) PromoFigures {
	f := PromoFigures{Baseline: p.BaselinePerWeek * p.Weeks(), Volume: volume, MarginOK: marginOK}
	f.Lift = f.Volume - f.Baseline
	f.Incremental = f.Lift * (1 - p.PullForward/100)
	f.Profit = f.Incremental * margin
	f.Cost = p.DiscountPerUnit.Units()*f.Volume + p.FixedFees.Units()
	return f
}

// Forecast is the promotion's economics as planned: the baseline lifted by
// the forecast uplift.
func (p Promotion) Forecast(margin float64, marginOK bool) PromoFigures {
	return p.figures(p.BaselinePerWeek*p.Weeks()*(1+p.Uplift/100), margin, marginOK)
}

// Actuals is the promotion's economics on its actual volume; ok is false
// before it has one.
func (p Promotion) Actuals(margin float64, marginOK bool) (PromoFigures, bool) {
	if p.ActualVolume == nil {
		return PromoFigures{}, false
	}
	return p.figures(*p.ActualVolume, margin, marginOK), true
}

// Best is the promotion's economics as best known: actual once it has
// run, forecast until then.
func (p Promotion) Best(margin float64, marginOK bool) PromoFigures {
	if f, ok := p.Actuals(margin, marginOK); ok {
		return f
	}
	return p.Forecast(margin, marginOK)
}

// Overlaps says whether two promotions run on a common day.
func (p Promotion) Overlaps(q Promotion) bool {
	return !Day(p.Start).After(Day(q.End)) && !Day(q.Start).After(Day(p.End))
}

// Clash is two promotions on one product in one cluster at once.
type Clash struct {
	A, B    string // promotion IDs, A starting first
	Product string
	Cluster string // "" when both run in every cluster
}

// Clashes finds every pair of promotions that run on a common day on a
// common product in a common cluster (a promotion without clusters runs
// in all of them), each pair once with its first shared product.
func Clashes(promos []Promotion) []Clash {
	type dated struct {
		Promotion
		start, end time.Time // its days, worked out once
	}
	list := make([]dated, len(promos))
	for i, p := range promos {
		list[i] = dated{p, Day(p.Start), Day(p.End)}
	}
	slices.SortStableFunc(list, func(a, b dated) int {
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	var out []Clash
	for i, a := range list {
		for _, b := range list[i+1:] {
			if b.start.After(a.end) {
				break // sorted by start: none later overlaps a
			}
			if b.end.Before(a.start) {
				continue
			}
			product := ""
			for _, id := range a.Products {
				if slices.Contains(b.Products, id) {
					product = id
					break
				}
			}
			if product == "" {
				continue
			}
			cluster, ok := sharedCluster(a.Clusters, b.Clusters)
			if ok {
				out = append(out, Clash{A: a.ID, B: b.ID, Product: product, Cluster: cluster})
			}
		}
	}
	return out
}

// sharedCluster is a cluster two promotions both run in, "" when both run
// in every one.
func sharedCluster(a, b []string) (string, bool) {
	switch {
	case len(a) == 0 && len(b) == 0:
		return "", true
	case len(a) == 0:
		return b[0], true
	case len(b) == 0:
		return a[0], true
	}
	for _, c := range a {
		if slices.Contains(b, c) {
			return c, true
		}
	}
	return "", false
}

// InsideLeadTime says whether a promotion is booked later than the
// retailer's lead time allows: booked fewer than leadWeeks weeks before it
// starts or, not booked yet, with fewer than that left from today. A lead
// time of 0 (not known) or a promotion already started says nothing.
func (p Promotion) InsideLeadTime(leadWeeks int, now time.Time) bool {
	if leadWeeks <= 0 || p.Start.IsZero() {
		return false
	}
	from := p.Booked
	if from.IsZero() {
		if !Day(now).Before(Day(p.Start)) {
			return false
		}
		from = now
	}
	return Day(p.Start).Sub(Day(from)) < time.Duration(leadWeeks)*7*24*time.Hour
}

// QuarterOf is the quarter (0–3) a day falls in.
func QuarterOf(t time.Time) int { return (int(t.Month()) - 1) / 3 }

// quarterShares splits a promotion's days over the quarters of a year:
// the share of its days in each.
func (p Promotion) quarterShares(year int) [4]float64 {
	var out [4]float64
	days := p.Days()
	if days == 0 {
		return out
	}
	for d := Day(p.Start); !d.After(Day(p.End)); d = d.AddDate(0, 0, 1) {
		if d.Year() == year {
			out[QuarterOf(d)] += 1 / float64(days)
		}
	}
	return out
}

// PlanQuarter is a quarter of a year's promotion plan, or the whole year.
type PlanQuarter struct {
	Spend  float64 // promotion cost, as best known
	Profit float64 // incremental gross profit
	Sales  Money   // planned sell-in
	// MarginOK is false when some promotion's unit margin is not known:
	// its profit is missing from Profit, and the ROI says so.
	MarginOK bool
	Count    int // promotions running in the quarter
}

// SpendPct is the spend as a % of the planned sales; ok is false without them.
func (q PlanQuarter) SpendPct() (float64, bool) {
	if q.Sales <= 0 {
		return 0, false
	}
	return q.Spend / q.Sales.Units() * 100, true
}

// ROI is the quarter's (incremental profit − spend) / spend, %.
func (q PlanQuarter) ROI() (float64, bool) {
	if q.Spend <= 0 || !q.MarginOK {
		return 0, false
	}
	return (q.Profit - q.Spend) / q.Spend * 100, true
}

// PromotionPlan adds up an account's promotions of a year by quarter,
// each promotion's spend and profit shared by its days; the fifth is the
// year. Sales come from the annual plan's quarters.
func PromotionPlan(year int, promos []Promotion, products []Product, plan AccountPlan) [5]PlanQuarter {
	var out [5]PlanQuarter
	for i := range out {
		out[i].MarginOK = true
	}
	for q := range 4 {
		out[q].Sales = plan.Quarters[q].SellIn
		out[4].Sales += plan.Quarters[q].SellIn
	}
	for _, p := range promos {
		shares := p.quarterShares(year)
		if shares == [4]float64{} {
			continue
		}
		margin, ok := UnitMargin(p, products)
		f := p.Best(margin, ok)
		for q, s := range shares {
			if s == 0 {
				continue
			}
			for _, i := range []int{q, 4} {
				out[i].Spend += f.Cost * s
				out[i].Profit += f.Profit * s
				out[i].MarginOK = out[i].MarginOK && ok
			}
			out[q].Count++
		}
		out[4].Count++
	}
	return out
}
