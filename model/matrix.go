package model

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// Axis is one side of the account portfolio matrix.
type Axis int

const (
	Attractiveness Axis = iota // customer attractiveness: the vertical axis
	Strength                   // our relative strength as the customer sees us: the horizontal axis
)

// Axes names the two axes.
var Axes = []Choice[Axis]{
	{Attractiveness, T("Customer attractiveness", "客户吸引力")},
	{Strength, T("Our relative strength", "我方相对实力")},
}

// Criterion is one weighted criterion of an axis.
type Criterion struct {
	ID          string `json:"id"`
	Name        Text   `json:"name"`
	Description Text   `json:"description"`
	Weight      int    `json:"weight"` // the weights of an axis add up to 100
}

// Matrix is the workspace's evaluation set-up: the two criteria sets and
// where each axis splits high from low.
type Matrix struct {
	Attractiveness []Criterion `json:"attractiveness"`
	Strength       []Criterion `json:"strength"`
	// Thresholds split each axis; a score equal to the threshold is high.
	AttractivenessThreshold float64 `json:"attractiveness_threshold"`
	StrengthThreshold       float64 `json:"strength_threshold"`
}

// DefaultThreshold splits each axis halfway along 1–10.
const DefaultThreshold = 5.5

// Criteria returns the set of one axis.
func (m Matrix) Criteria(a Axis) []Criterion {
	if a == Strength {
		return m.Strength
	}
	return m.Attractiveness
}

// SetCriteria replaces the set of one axis.
func (m *Matrix) SetCriteria(a Axis, cs []Criterion) {
	if a == Strength {
		m.Strength = cs
	} else {
		m.Attractiveness = cs
	}
}

// Threshold returns the split of one axis.
func (m Matrix) Threshold(a Axis) float64 {
	if a == Strength {
		return m.StrengthThreshold
	}
	return m.AttractivenessThreshold
}

// DefaultMatrix is the course's starting point, to be argued over and changed.
func DefaultMatrix() Matrix {
	c := func(id string, w int, en, zh, den, dzh string) Criterion {
		return Criterion{ID: id, Name: T(en, zh), Description: T(den, dzh), Weight: w}
	}
	return Matrix{
		Attractiveness: []Criterion{
			c("a-size", 25, "Category size and growth", "品类规模与增长",
				"How big the category is at the account and how fast it grows", "该客户的品类有多大、增长多快"),
			c("a-potential", 20, "Potential for our brands", "我方品牌的潜力",
				"Room for our brands to grow here", "我方品牌在此的增长空间"),
			c("a-profit", 20, "Net profitability", "净盈利能力",
				"Profit after trade terms and cost-to-serve", "扣除贸易条款和服务成本后的利润"),
			c("a-shoppers", 15, "Fit with our target shoppers", "与目标购物者的契合",
				"Its shoppers are the ones our brands aim at", "其购物者正是我方品牌的目标人群"),
			c("a-collab", 10, "Willingness to collaborate", "合作意愿",
				"Shares data, plans jointly", "愿意共享数据、共同制定计划"),
			c("a-expansion", 10, "Store expansion", "门店扩张",
				"Opening new stores or channels", "新开门店或拓展渠道"),
		},
		Strength: []Criterion{
			c("s-share", 20, "Our share vs our market share", "份额对比市场份额",
				"Our category share at the account against our market share", "我方在该客户的品类份额对比我方市场份额"),
			c("s-relationship", 20, "Relationship stage", "关系阶段",
				"From bow-tie to diamond: how many functions are linked", "从领结型到钻石型：有多少职能相互联系"),
			c("s-service", 15, "Service level", "服务水平",
				"On time, in full", "准时、足量交付"),
			c("s-pull", 15, "Brand pull", "品牌拉力",
				"Shoppers ask for our brands", "购物者指名购买我方品牌"),
			c("s-catman", 15, "Category-management capability", "品类管理能力",
				"Insight and advice the buyer values", "采购员看重的洞察和建议"),
			c("s-terms", 15, "Competitiveness of terms and promotions", "条款与促销的竞争力",
				"Our terms and promotions against the best competitor's", "我方条款与促销对比最强竞争对手"),
		},
		AttractivenessThreshold: DefaultThreshold,
		StrengthThreshold:       DefaultThreshold,
	}
}

// Limits of the matrix.
const (
	MinScore = 1
	MaxScore = 10
)

// TotalWeight adds up the weights of a set.
func TotalWeight(cs []Criterion) int {
	t := 0
	for _, c := range cs {
		t += c.Weight
	}
	return t
}

// CheckCriteria validates one axis's set: at least one criterion, each
// named, weights 1–100 adding up to 100, no two with the same name.
func CheckCriteria(cs []Criterion) error {
	if len(cs) == 0 {
		return invalid(T("a set needs at least one criterion", "每组至少需要一个标准"))
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if err := CheckCriterion(c); err != nil {
			return err
		}
		for _, n := range []string{c.Name.EN, c.Name.ZH} {
			k := NameKey(n)
			if k != "" && seen[k] {
				return invalid(T("two criteria are called %q", "有两个标准都叫 %q"), n)
			}
			if k != "" {
				seen[k] = true
			}
		}
	}
	if t := TotalWeight(cs); t != 100 {
		return invalid(T("the weights add up to %d; they must add up to 100", "权重合计为 %d；必须正好为 100"), t)
	}
	return nil
}

// CheckCriterion validates one criterion on its own.
func CheckCriterion(c Criterion) error {
	if strings.TrimSpace(c.Name.EN) == "" && strings.TrimSpace(c.Name.ZH) == "" {
		return invalid(T("a criterion needs a name, in English, Chinese or both", "标准需要名称（英文、中文或两者）"))
	}
	for _, s := range []string{c.Name.EN, c.Name.ZH} {
		if err := CheckShort(s); err != nil {
			return err
		}
	}
	for _, s := range []string{c.Description.EN, c.Description.ZH} {
		if err := checkLine(s, MaxLineCells); err != nil {
			return err
		}
	}
	if c.Weight < 1 || c.Weight > 100 {
		return invalid(T("a weight is a whole number from 1 to 100", "权重为 1 到 100 的整数"))
	}
	return nil
}

// ParseWeight reads a criterion's weight.
func ParseWeight(s string) (int, error) {
	n, err := ParseCount(s)
	if err != nil {
		return 0, err
	}
	if n < 1 || n > 100 {
		return 0, invalid(T("a weight is a whole number from 1 to 100", "权重为 1 到 100 的整数"))
	}
	return n, nil
}

// ParseThreshold reads where an axis splits, 1–10.
func ParseThreshold(s string) (float64, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, invalid(T("a threshold is required", "分界值不能为空"))
	}
	if !onlyNumberChars(t) {
		return 0, invalid(T("%q is not a number", "%q 不是数字"), t)
	}
	var v float64
	fmt.Sscan(t, &v)
	if v < MinScore || v > MaxScore || math.IsNaN(v) {
		return 0, invalid(T("a threshold is between 1 and 10", "分界值在 1 到 10 之间"))
	}
	return v, nil
}

// Score is one criterion scored in an evaluation. The criterion's name and
// weight are kept as they were, so a later change to the set leaves the
// evaluation as it was scored.
type Score struct {
	CriterionID string `json:"criterion_id"`
	Name        Text   `json:"name"`
	Weight      int    `json:"weight"`
	Score       int    `json:"score"` // 1–10
	Comment     string `json:"comment"`
}

// WeightedScore is Σ(weight × score) / 100 over a set of scores.
func WeightedScore(scores []Score) float64 {
	sum := 0
	for _, s := range scores {
		sum += s.Weight * s.Score
	}
	return float64(sum) / 100
}

// Evaluation is one dated scoring of an account on both axes.
type Evaluation struct {
	ID             string    `json:"id"`
	AccountID      string    `json:"account_id"`
	Date           time.Time `json:"date"` // the day it was scored
	Attractiveness []Score   `json:"attractiveness"`
	Strength       []Score   `json:"strength"`
	Created        time.Time `json:"created"`
}

// Scores returns the scores of one axis.
func (e Evaluation) Scores(a Axis) []Score {
	if a == Strength {
		return e.Strength
	}
	return e.Attractiveness
}

// Position is where the evaluation places the account: its weighted
// attractiveness and strength.
func (e Evaluation) Position() (attractiveness, strength float64) {
	return WeightedScore(e.Attractiveness), WeightedScore(e.Strength)
}

// NewEvaluation starts an evaluation of the current criteria: every score
// empty, or carried over from the previous evaluation where it scored the
// same criterion.
func NewEvaluation(accountID string, m Matrix, day time.Time, previous *Evaluation) Evaluation {
	e := Evaluation{AccountID: accountID, Date: day}
	for _, axis := range []Axis{Attractiveness, Strength} {
		var scores []Score
		for _, c := range m.Criteria(axis) {
			s := Score{CriterionID: c.ID, Name: c.Name, Weight: c.Weight}
			if previous != nil {
				for _, p := range previous.Scores(axis) {
					if p.CriterionID == c.ID {
						s.Score = p.Score
					}
				}
			}
			scores = append(scores, s)
		}
		if axis == Strength {
			e.Strength = scores
		} else {
			e.Attractiveness = scores
		}
	}
	return e
}

// CheckEvaluation validates an evaluation before it is saved: every
// criterion scored 1–10, weights of each axis adding up to 100, a date not
// in the future.
func CheckEvaluation(e Evaluation, today time.Time) error {
	if e.AccountID == "" {
		return invalid(T("an evaluation belongs to an account", "评估必须属于某个客户"))
	}
	if e.Date.IsZero() {
		return invalid(T("an evaluation needs a date", "评估需要日期"))
	}
	if Day(e.Date).After(Day(today)) {
		return invalid(T("the date %s is in the future", "日期 %s 在未来"), e.Date.Format(DateLayout))
	}
	left := 0
	for _, axis := range []Axis{Attractiveness, Strength} {
		scores := e.Scores(axis)
		if len(scores) == 0 {
			return invalid(T("%s has no criteria to score", "%s 没有可评分的标准"), Axes[axis].Name.EN)
		}
		w := 0
		for _, s := range scores {
			w += s.Weight
			if s.Score == 0 {
				left++
			} else if s.Score < MinScore || s.Score > MaxScore {
				return invalid(T("a score is from 1 to 10, not %d", "分数为 1 到 10，不能是 %d"), s.Score)
			}
			if err := CheckLongText(s.Comment); err != nil {
				return err
			}
		}
		if w != 100 {
			return invalid(T("the weights add up to %d; they must add up to 100", "权重合计为 %d；必须正好为 100"), w)
		}
	}
	if left > 0 {
		return invalid(T("%d criteria are not scored yet", "还有 %d 个标准未评分"), left)
	}
	return nil
}

// CriteriaChanged reports whether the set of an axis differs from the one
// the evaluation was scored with: a criterion added, removed, renamed or
// reweighted since.
func CriteriaChanged(e Evaluation, m Matrix) bool {
	for _, axis := range []Axis{Attractiveness, Strength} {
		scores, set := e.Scores(axis), m.Criteria(axis)
		if len(scores) != len(set) {
			return true
		}
		for i, c := range set {
			s := scores[i]
			if s.CriterionID != c.ID || s.Weight != c.Weight || s.Name != c.Name {
				return true
			}
		}
	}
	return false
}

// DateLayout is how dates are written and typed.
const DateLayout = "2006-01-02"

// Day is the date of t, at midnight in t's own zone.
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// ParseDate reads a date typed as YYYY-MM-DD.
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	t, err := time.ParseInLocation(DateLayout, strings.TrimSpace(s), loc)
	if err != nil {
		return time.Time{}, invalid(T("%q is not a date: write it as YYYY-MM-DD", "%q 不是日期：请写成 YYYY-MM-DD"), strings.TrimSpace(s))
	}
	return t, nil
}

// Quadrant is a cell of the account portfolio matrix (McDonald & Woodburn).
type Quadrant int

const (
	Strategic  Quadrant = iota // high attractiveness, high strength
	Star                       // high attractiveness, low strength
	Status                     // low attractiveness, high strength
	Streamline                 // low attractiveness, low strength
)

// QuadrantInfo names a quadrant and the strategy the course gives it.
type QuadrantInfo struct {
	Name     Text
	Strategy Text
}

// Quadrants names the four quadrants, in Quadrant order.
var Quadrants = [4]QuadrantInfo{
	{T("Strategic", "战略客户"), T("invest in partnership", "投入建立合作伙伴关系")},
	{T("Star", "明星客户"), T("invest selectively to build our position", "有选择地投入，建立我方地位")},
	{T("Status", "维持客户"), T("maintain, serve efficiently", "维持关系，高效服务")},
	{T("Streamline", "精简客户"), T("reduce cost-to-serve, standardise", "降低服务成本，标准化")},
}

// Place puts a position in its quadrant. A score exactly on a threshold
// counts as high: an account that just reaches the bar is treated as
// having reached it, so the point on both thresholds is Strategic.
func Place(attractiveness, strength float64, m Matrix) Quadrant {
	high := func(v, threshold float64) bool { return v >= threshold-1e-9 }
	switch a, s := high(attractiveness, m.AttractivenessThreshold), high(strength, m.StrengthThreshold); {
	case a && s:
		return Strategic
	case a:
		return Star
	case s:
		return Status
	}
	return Streamline
}

// NewerThan orders evaluations: the later date wins, then the one entered
// later.
func (e Evaluation) NewerThan(o Evaluation) bool {
	if c := e.Date.Compare(o.Date); c != 0 {
		return c > 0
	}
	return e.Created.After(o.Created)
}

// Newest returns an account's evaluations, newest first.
func Newest(evals []Evaluation) []Evaluation {
	out := slices.Clone(evals)
	slices.SortStableFunc(out, func(a, b Evaluation) int {
		switch {
		case a.NewerThan(b):
			return -1
		case b.NewerThan(a):
			return 1
		}
		return 0
	})
	return out
}

// Quadrant is where the evaluation places its account under the matrix's
// thresholds: the one answer the list and the plot both show.
func (e Evaluation) Quadrant(m Matrix) Quadrant {
	a, s := e.Position()
	return Place(a, s, m)
}

// Clone copies an evaluation deep enough to edit it freely.
func (e Evaluation) Clone() Evaluation {
	e.Attractiveness = slices.Clone(e.Attractiveness)
	e.Strength = slices.Clone(e.Strength)
	return e
}

// QuadrantSummary is one quadrant's row in the portfolio summary.
type QuadrantSummary struct {
	Accounts int
	OurSales Money
	Share    float64 // of our sales across evaluated accounts, %
}

// Summarise counts accounts and our sales per quadrant and each quadrant's
// share of our sales across the evaluated accounts.
func Summarise(placed map[Quadrant][]Account) [4]QuadrantSummary {
	var out [4]QuadrantSummary
	var total Money
	for q, list := range placed {
		for _, a := range list {
			out[q].Accounts++
			out[q].OurSales += a.OurSales
			total += a.OurSales
		}
	}
	if total > 0 {
		for q := range out {
			out[q].Share = float64(out[q].OurSales) / float64(total) * 100
		}
	}
	return out
}
