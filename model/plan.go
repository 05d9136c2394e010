package model

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// Measure is what an account objective is measured by.
type Measure string

const (
	MeasureSellIn       Measure = "sell_in"
	MeasureSellOut      Measure = "sell_out"
	MeasureShare        Measure = "share"
	MeasureDistribution Measure = "distribution"
	MeasureProfit       Measure = "profit"
	MeasureMetric       Measure = "metric" // a metric of the Review tab's scorecard, by name
)

// Measures names each measure.
var Measures = []Choice[Measure]{
	{MeasureSellIn, T("sell-in", "进货额")},
	{MeasureSellOut, T("sell-out", "动销（终端销售）")},
	{MeasureShare, T("value share", "市场份额（金额）")},
	{MeasureDistribution, T("numeric distribution", "数值铺货率")},
	{MeasureProfit, T("account contribution", "客户贡献")},
	{MeasureMetric, T("a scorecard metric", "记分卡指标")},
}

// scorecardName is the Review scorecard's metric a measure reads its
// progress from (DefaultMetrics), in English; "" for none.
var scorecardName = map[Measure]string{
	MeasureSellIn:       "Sell-in",
	MeasureSellOut:      "Sell-out",
	MeasureShare:        "Value share",
	MeasureDistribution: "Numeric distribution",
}

// Unit is the unit an objective's figures are in.
func (o PlanObjective) Unit() Unit {
	switch o.Measure {
	case MeasureShare, MeasureDistribution:
		return "percent"
	case MeasureMetric:
		if o.MetricUnit != "" {
			return o.MetricUnit
		}
		return "number"
	}
	return "amount"
}

// Lever is how a strategy means to grow the account.
type Lever string

// Levers names the growth levers of the course.
var Levers = []Choice[Lever]{
	{"distribution", T("distribution / new listings", "铺货 / 新品上架")},
	{"rate_of_sale", T("rate of sale", "单店销量")},
	{"promotions", T("promotions", "促销")},
	{"price_mix", T("price and mix", "价格与产品组合")},
	{"new_stores", T("new stores", "新店")},
	{"new_channels", T("new channels (O2O, online)", "新渠道（O2O、线上）")},
}

// Programme is what carries a strategy: what is done, by whom, by when, at
// what cost.
type Programme struct {
	What string    `json:"what,omitzero"`
	Who  string    `json:"who,omitzero"`
	When time.Time `json:"when,omitzero"`
	Cost Money     `json:"cost,omitzero"`
}

// PlanObjective is one SMART account objective with the strategy that carries
// it: the growth lever and its programmes.
type PlanObjective struct {
	ID         string      `json:"id,omitzero"`
	AccountID  string      `json:"account_id,omitzero"`
	Year       int         `json:"year,omitzero"`
	Text       string      `json:"text,omitzero"` // the objective in words
	Measure    Measure     `json:"measure,omitzero"`
	Metric     string      `json:"metric,omitzero"`      // the scorecard metric, for MeasureMetric
	MetricUnit Unit        `json:"metric_unit,omitzero"` // its unit
	Baseline   float64     `json:"baseline,omitzero"`
	Target     float64     `json:"target,omitzero"`
	ByWhen     time.Time   `json:"by_when,omitzero"`
	OwnerName  string      `json:"owner,omitzero"` // who answers for it
	Lever      Lever       `json:"lever,omitzero"`
	Programmes []Programme `json:"programmes,omitzero"`
	Created    time.Time   `json:"created,omitzero"`
	Updated    time.Time   `json:"updated,omitzero"`
}

func (o PlanObjective) Key() string   { return o.ID }
func (o PlanObjective) Owner() string { return o.AccountID }

// ProgrammesCost adds up what the objective's programmes cost.
func (o PlanObjective) ProgrammesCost() Money {
	var sum Money
	for _, p := range o.Programmes {
		sum += p.Cost
	}
	return sum
}

// NotSMART lists what the objective lacks to be SMART: the words
// (specific), a measure and a target other than the baseline
// (measurable), an owner (assignable), a day (time-bound), a lever
// (the strategy that makes it realistic).
func (o PlanObjective) NotSMART() []Text {
	var out []Text
	if strings.TrimSpace(o.Text) == "" {
		out = append(out, T("say what, specifically", "写明具体内容"))
	}
	if o.Target == o.Baseline {
		out = append(out, T("a target other than the baseline", "目标值须不同于基准值"))
	}
	if strings.TrimSpace(o.OwnerName) == "" {
		out = append(out, T("an owner", "负责人"))
	}
	if o.ByWhen.IsZero() {
		out = append(out, T("a date", "完成日期"))
	}
	if o.Lever == "" {
		out = append(out, T("a growth lever", "增长杠杆"))
	}
	return out
}

// CheckObjective validates an objective: its account and year, one-line
// words, a known measure (a scorecard metric named), figures in range for
// their unit, a known lever, programmes with what they are and a cost
// from 0.
func CheckObjective(o PlanObjective) error {
	if o.AccountID == "" {
		return invalid(T("an objective belongs to an account", "目标必须属于某个客户"))
	}
	if o.Year < 2000 || o.Year > 2100 {
		return invalid(T("%d is not a year kam plans for", "%d 不是有效的计划年份"), o.Year)
	}
	if strings.TrimSpace(o.Text) == "" {
		return invalid(T("an objective says what it is", "目标需要写明内容"))
	}
	for _, s := range []string{o.Text, o.Metric} {
		if err := checkLine(s, MaxLineCells); err != nil {
			return err
		}
	}
	if err := CheckShort(o.OwnerName); err != nil {
		return err
	}
	if !validChoice(Measures, o.Measure) {
		return invalid(T("%q is not a measure", "%q 不是衡量指标"), o.Measure)
	}
	if o.Measure == MeasureMetric && strings.TrimSpace(o.Metric) == "" {
		return invalid(T("name the scorecard metric the objective is measured by", "请写明衡量该目标的记分卡指标"))
	}
	for _, v := range []float64{o.Baseline, o.Target} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return invalid(T("a figure must be a number", "数值必须是数字"))
		}
		switch {
		case o.Measure == MeasureShare || o.Measure == MeasureDistribution:
			if v < 0 || v > 100 {
				return invalid(T("a percentage is from 0%% to 100%%", "百分比为 0%% 到 100%%"))
			}
		default: // an amount, or a metric's figure (a return of 120%)
			if v < -float64(MaxMoney)/100 || v >= float64(MaxMoney)/100 {
				return invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间"))
			}
		}
	}
	if !o.ByWhen.IsZero() && o.ByWhen.Year() < o.Year {
		return invalid(T("the objective is for %d: its date cannot fall before that year", "该目标属于 %d 年：完成日期不能早于该年"), o.Year)
	}
	if o.Lever != "" && !validChoice(Levers, o.Lever) {
		return invalid(T("%q is not a growth lever", "%q 不是增长杠杆"), o.Lever)
	}
	for _, p := range o.Programmes {
		if strings.TrimSpace(p.What) == "" {
			return invalid(T("a programme says what is done", "项目需要写明做什么"))
		}
		if err := checkLine(p.What, MaxLineCells); err != nil {
			return err
		}
		if err := CheckShort(p.Who); err != nil {
			return err
		}
		if p.Cost < 0 || p.Cost >= MaxMoney {
			return invalid(T("a cost must be between 0 and 10 trillion", "费用必须在 0 到 10 万亿之间"))
		}
	}
	return nil
}

// Progress is how far an objective has come, read from the account's
// business reviews.
type Progress struct {
	Actual  float64   // over the year to date: summed for amounts, averaged for %
	Reviews int       // the reviews it comes from
	AsOf    time.Time // the latest of them
	// Pct is how far along: for a flow (an amount over the year), the
	// actual as % of the target; otherwise the way from the baseline to
	// the target, in %.
	Pct  float64
	Flow bool
}

// MetricName is the scorecard metric the objective reads its progress
// from, or "" when it has none (contribution comes from the P&L).
func (o PlanObjective) MetricName() string {
	if o.Measure == MeasureMetric {
		return strings.TrimSpace(o.Metric)
	}
	return scorecardName[o.Measure]
}

// ProgressOf reads an objective's progress from the account's reviews of
// its year: the latest review whose scorecard has the objective's metric
// with an actual, over the year to date. ok is false when no review has it
// or the target cannot be measured against.
func ProgressOf(o PlanObjective, meetings []Meeting) (Progress, bool) {
	name := o.MetricName()
	if name == "" {
		return Progress{}, false
	}
	var best *Meeting
	bestIdx := -1
	for i := range meetings {
		mt := &meetings[i]
		if mt.AccountID != o.AccountID || mt.To.IsZero() || Day(mt.To).Year() != o.Year {
			continue
		}
		for j, x := range mt.Scorecard {
			if sameMetric(x.Name, name) && x.Actual != nil && (best == nil || mt.To.After(best.To) || mt.To.Equal(best.To) && mt.Date.After(best.Date)) {
				best, bestIdx = mt, j
			}
		}
	}
	if best == nil {
		return Progress{}, false
	}
	x := best.Scorecard[bestIdx]
	p := Progress{Actual: *x.Actual, Reviews: 1, AsOf: best.Date, Flow: x.SummedOverYear()}
	if x.Target != nil {
		ytd := YTD(*best, bestIdx, meetings)
		p.Actual, p.Reviews = *ytd.Actual, max(ytd.Reviews, 1)
	}
	switch {
	case p.Flow && o.Target != 0:
		p.Pct = p.Actual / o.Target * 100
	case !p.Flow && o.Target != o.Baseline:
		p.Pct = (p.Actual - o.Baseline) / (o.Target - o.Baseline) * 100
	default:
		return p, false
	}
	return p, true
}

// sameMetric says whether a scorecard metric is the one named, in either
// language, whatever the case.
func sameMetric(metric Text, name string) bool {
	name = strings.ToLower(strings.TrimSpace(name))
	return name != "" && (strings.ToLower(strings.TrimSpace(metric.EN)) == name || strings.ToLower(strings.TrimSpace(metric.ZH)) == name)
}

// PostureOf is the posture the course gives an account's quadrant: where
// its plan should spend.
func PostureOf(q Quadrant) Text {
	return [4]Text{
		T("invest in partnership", "投入建立合作伙伴关系"),
		T("build selectively", "有选择地投入"),
		T("maintain", "维持"),
		T("streamline", "精简"),
	}[q]
}

// PlanSpend is what an account's plan of a year spends, for judging it
// against its posture: promotions and programmes, and its sales.
type PlanSpend struct {
	AccountID string
	Spend     Money // promotions and programmes
	Sales     Money // planned sell-in
}

// Pct is the spend as a % of the sales; ok is false without sales.
func (s PlanSpend) Pct() (float64, bool) {
	if s.Sales <= 0 {
		return 0, false
	}
	return float64(s.Spend) / float64(s.Sales) * 100, true
}

// PostureWarning says where an account's plan spends against the posture
// of its quadrant, given every account's plan of the year: a Streamline or
// Status account with the biggest budget of all, or spending a larger
// share of its sales than the median account; a Strategic or Star account
// with nothing planned. ok is false when the plan fits its posture.
func PostureWarning(q Quadrant, this PlanSpend, all []PlanSpend, objectives int) (Text, bool) {
	biggest := Money(0)
	var pcts []float64
	for _, s := range all {
		biggest = max(biggest, s.Spend)
		if p, ok := s.Pct(); ok {
			pcts = append(pcts, p)
		}
	}
	switch q {
	case Streamline, Status:
		posture := PostureOf(q)
		if this.Spend > 0 && this.Spend == biggest && len(all) > 1 {
			return T(fmt.Sprintf("The posture is to %s, yet this plan has the biggest budget of all accounts.", posture.EN),
				fmt.Sprintf("该客户的策略是%s，但其计划预算是所有客户中最大的。", posture.ZH)), true
		}
		if p, ok := this.Pct(); ok && len(pcts) > 2 {
			slices.Sort(pcts)
			median := pcts[len(pcts)/2]
			if len(pcts)%2 == 0 {
				median = (pcts[len(pcts)/2-1] + pcts[len(pcts)/2]) / 2
			}
			if p > median {
				return T(fmt.Sprintf("The posture is to %s, yet this plan spends %s of its sales, more than the median account (%s).", posture.EN, FormatPercent(round1(p)), FormatPercent(round1(median))),
					fmt.Sprintf("该客户的策略是%s，但其计划费用占销售额 %s，高于客户中位数（%s）。", posture.ZH, FormatPercent(round1(p)), FormatPercent(round1(median)))), true
			}
		}
	case Strategic, Star:
		if this.Spend == 0 && objectives == 0 {
			posture := PostureOf(q)
			return T(fmt.Sprintf("The posture is to %s, yet nothing is planned: no objective, no promotion, no programme.", posture.EN),
				fmt.Sprintf("该客户的策略是%s，但尚无任何计划：没有目标、促销或项目。", posture.ZH)), true
		}
	}
	return Text{}, false
}
