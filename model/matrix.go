package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
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
// where each axis splits high from low. The criteria carry a version, and
// the sets as they were before each change are kept, so an evaluation
// scored against them keeps its own names and weights.
type Matrix struct {
	Version        int         `json:"version"` // of the current criteria
	Attractiveness []Criterion `json:"attractiveness"`
	Strength       []Criterion `json:"strength"`
	// Thresholds split each axis; a score equal to the threshold is high.
	AttractivenessThreshold float64 `json:"attractiveness_threshold"`
	StrengthThreshold       float64 `json:"strength_threshold"`
	// Earlier are the criteria of earlier versions, oldest first.
	Earlier []CriteriaSet `json:"earlier,omitempty"`
}

// CriteriaSet is one version of the two criteria sets.
type CriteriaSet struct {
	Version        int         `json:"version"`
	Attractiveness []Criterion `json:"attractiveness"`
	Strength       []Criterion `json:"strength"`
}

// Criteria returns the set of one axis.
func (s CriteriaSet) Criteria(a Axis) []Criterion {
	if a == Strength {
		return s.Strength
	}
	return s.Attractiveness
}

// has reports whether a criterion of either axis has the ID.
func (s CriteriaSet) has(id string) bool {
	match := func(c Criterion) bool { return c.ID == id }
	return slices.ContainsFunc(s.Attractiveness, match) || slices.ContainsFunc(s.Strength, match)
}

// Current is the matrix's criteria as a set of its version.
func (m Matrix) Current() CriteriaSet {
	return CriteriaSet{Version: m.Version, Attractiveness: m.Attractiveness, Strength: m.Strength}
}

// CriteriaSet finds the criteria of a version, current or earlier.
func (m Matrix) CriteriaSet(version int) (CriteriaSet, bool) {
	if version == m.Version {
		return m.Current(), true
	}
	for _, s := range m.Earlier {
		if s.Version == version {
			return s, true
		}
	}
	return CriteriaSet{}, false
}

// Revised is the matrix as next changes it (its criteria and thresholds):
// a change to the criteria — one added, removed, renamed, reweighted or
// moved — makes a new version and keeps the current one among the earlier;
// criteria put back as an earlier version had them take that version
// again. A change of thresholds or descriptions alone keeps the version:
// it does not change what an evaluation scored.
func (m Matrix) Revised(next Matrix) Matrix {
	next.Version, next.Earlier = m.Version, m.Earlier
	if SameCriteria(m.Current(), next.Current()) {
		return next
	}
	earlier := append(slices.Clone(m.Earlier), m.Current())
	for i, s := range earlier[:len(earlier)-1] {
		if SameCriteria(s, next.Current()) {
			next.Version, next.Earlier = s.Version, slices.Delete(earlier, i, i+1)
			return next
		}
	}
	latest := m.Version
	for _, s := range m.Earlier {
		latest = max(latest, s.Version)
	}
	next.Version, next.Earlier = latest+1, earlier
	return next
}

// SameCriteria reports whether two sets score alike: the same criteria, in
// the same order, with the same names and weights.
func SameCriteria(a, b CriteriaSet) bool {
	same := func(x, y Criterion) bool { return x.ID == y.ID && x.Name == y.Name && x.Weight == y.Weight }
	return slices.EqualFunc(a.Attractiveness, b.Attractiveness, same) && slices.EqualFunc(a.Strength, b.Strength, same)
}

// CheckVersions validates the matrix's versions: each named once.
func CheckVersions(m Matrix) error {
	seen := map[int]bool{m.Version: true}
	for _, s := range m.Earlier {
		if seen[s.Version] {
			return invalid(T("criteria version %d is there twice", "标准版本 %d 出现了两次"), s.Version)
		}
		seen[s.Version] = true
	}
	return nil
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
		Version: 1,
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
				"Insight and advice the buyer values", "采购看重的洞察和建议"),
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

// WeightedScore is Σ(weight × score) / 100 over one axis: the criteria of
// the set an evaluation was scored against, and its scores in their order.
func WeightedScore(criteria []Criterion, scores []int) float64 {
	sum := 0
	for i := range min(len(criteria), len(scores)) {
		sum += criteria[i].Weight * scores[i]
	}
	return float64(sum) / 100
}

// Evaluation is one dated scoring of an account on both axes. It names the
// version of the criteria it was scored against and holds a score per
// criterion of that version, in its order: the names and weights stay in
// the matrix, once, however many evaluations use them.
type Evaluation struct {
	ID        string
	AccountID string
	Date      time.Time // the day it was scored
	// CriteriaVersion is the version of the criteria it was scored against.
	CriteriaVersion int
	// Attractiveness and Strength are the scores, 1–10, of that version's
	// criteria of each axis, in their order; 0 while not scored.
	Attractiveness []int
	Strength       []int
	// Comments are by criterion ID, only where one was written.
	Comments map[string]string
	Created  time.Time
	// Updated is when it was last written: a save begun from an older
	// stamp than the file holds is refused (see Conflict).
	Updated time.Time `json:",omitzero"`
}

// Scores returns the scores of one axis.
func (e Evaluation) Scores(a Axis) []int {
	if a == Strength {
		return e.Strength
	}
	return e.Attractiveness
}

// Comment is what was noted against a criterion.
func (e Evaluation) Comment(criterionID string) string { return e.Comments[criterionID] }

// SetComment notes text against a criterion; empty text removes the note.
func (e *Evaluation) SetComment(criterionID, text string) {
	if text == "" {
		delete(e.Comments, criterionID)
		return
	}
	if e.Comments == nil {
		e.Comments = map[string]string{}
	}
	e.Comments[criterionID] = text
}

// Position is where the evaluation places the account: its weighted
// attractiveness and strength, with the weights of the criteria it was
// scored against.
func (e Evaluation) Position(m Matrix) (attractiveness, strength float64) {
	set, _ := m.CriteriaSet(e.CriteriaVersion)
	return WeightedScore(set.Attractiveness, e.Attractiveness), WeightedScore(set.Strength, e.Strength)
}

// Rescored is where the evaluation would place its account under other
// weights: each of its scores, found by criterion ID in the criteria it
// was scored against (m holds them), weighted as the criteria set under
// names it, divided by the weights of the criteria both have. While a
// trainer reweights, the weights need not add up to 100 yet, and a
// criterion the evaluation did not score does not count. ok is false when
// an axis has no criterion in common: that axis cannot be re-scored, and
// the evaluation's own position is returned.
func (e Evaluation) Rescored(m Matrix, under CriteriaSet) (attractiveness, strength float64, ok bool) {
	scored, _ := m.CriteriaSet(e.CriteriaVersion)
	attractiveness, strength = e.Position(m)
	var out [2]float64
	for _, axis := range []Axis{Attractiveness, Strength} {
		criteria, scores := scored.Criteria(axis), e.Scores(axis)
		sum, weights := 0, 0
		for _, c := range under.Criteria(axis) {
			for i, s := range criteria[:min(len(criteria), len(scores))] {
				if s.ID == c.ID && scores[i] > 0 {
					sum += c.Weight * scores[i]
					weights += c.Weight
					break
				}
			}
		}
		if weights == 0 {
			return attractiveness, strength, false
		}
		out[axis] = float64(sum) / float64(weights)
	}
	return out[Attractiveness], out[Strength], true
}

// NewEvaluation starts an evaluation of the matrix's current criteria:
// every score empty, or carried over from the previous evaluation where it
// scored the same criterion (by ID, under whichever version it was scored).
func NewEvaluation(accountID string, m Matrix, day time.Time, previous *Evaluation) Evaluation {
	e := Evaluation{AccountID: accountID, Date: day, CriteriaVersion: m.Version}
	var before CriteriaSet
	if previous != nil {
		before, _ = m.CriteriaSet(previous.CriteriaVersion)
	}
	for _, axis := range []Axis{Attractiveness, Strength} {
		set := m.Criteria(axis)
		scores := make([]int, len(set))
		if previous != nil {
			old, oldScores := before.Criteria(axis), previous.Scores(axis)
			for i, c := range set {
				for j, p := range old {
					if p.ID == c.ID && j < len(oldScores) {
						scores[i] = oldScores[j]
					}
				}
			}
		}
		if axis == Strength {
			e.Strength = scores
		} else {
			e.Attractiveness = scores
		}
	}
	return e
}

// CheckEvaluation validates an evaluation before it is saved: scored
// against criteria the matrix holds, every criterion scored 1–10, weights
// of each axis adding up to 100, notes only on its criteria, a date not in
// the future. The zero today skips the last, as for an evaluation read
// back from the file.
func CheckEvaluation(e Evaluation, m Matrix, today time.Time) error {
	if e.AccountID == "" {
		return invalid(T("an evaluation belongs to an account", "评估必须属于某个客户"))
	}
	if e.Date.IsZero() {
		return invalid(T("an evaluation needs a date", "评估需要日期"))
	}
	if !today.IsZero() && calendarDay(e.Date) > calendarDay(today) {
		return invalid(T("the date %s is in the future", "日期 %s 晚于今天"), e.Date.Format(DateLayout))
	}
	set, ok := m.CriteriaSet(e.CriteriaVersion)
	if !ok {
		return invalid(T("the evaluation was scored against criteria version %d, which this workspace does not have",
			"评估所依据的标准版本 %d 在此工作区中不存在"), e.CriteriaVersion)
	}
	left := 0
	for _, axis := range []Axis{Attractiveness, Strength} {
		scores, criteria := e.Scores(axis), set.Criteria(axis)
		name := Axes[axis].Name
		if len(criteria) == 0 {
			return &Invalid{Msg: T(fmt.Sprintf("%s has no criteria to score", name.EN), fmt.Sprintf("%s 没有可评分的标准", name.ZH))}
		}
		if len(scores) != len(criteria) {
			return &Invalid{Msg: T(fmt.Sprintf("%s has %d scores for %d criteria", name.EN, len(scores), len(criteria)),
				fmt.Sprintf("%s 有 %d 个分数，但有 %d 个标准", name.ZH, len(scores), len(criteria)))}
		}
		for _, s := range scores {
			if s == 0 {
				left++
			} else if s < MinScore || s > MaxScore {
				return invalid(T("a score is from 1 to 10, not %d", "分数为 1 到 10，不能是 %d"), s)
			}
		}
		if w := TotalWeight(criteria); w != 100 {
			return invalid(T("the weights add up to %d; they must add up to 100", "权重合计为 %d；必须正好为 100"), w)
		}
	}
	for id, text := range e.Comments {
		if !set.has(id) {
			return invalid(T("a note is on criterion %q, which the evaluation did not score", "备注所属的标准 %q 不在本次评估中"), id)
		}
		if err := CheckLongText(text); err != nil {
			return err
		}
	}
	if left > 0 {
		if left == 1 {
			return invalid(T("1 criterion is not scored yet", "还有 1 个标准未评分"))
		}
		return invalid(T("%d criteria are not scored yet", "还有 %d 个标准未评分"), left)
	}
	return nil
}

// CriteriaChanged reports whether the evaluation was scored against
// criteria the matrix has since changed: a criterion added, removed,
// renamed, reweighted or moved.
func CriteriaChanged(e Evaluation, m Matrix) bool { return e.CriteriaVersion != m.Version }

// readCompact reads an evaluation as MarshalJSON writes it without notes:
// {"i":"…","a":"…","d":"YYYY-MM-DD","v":n,"s":[[n,…],[n,…]],"c":"…"},
// every string free of escapes. It reports false for anything else.
func readCompact(raw []byte) (Evaluation, bool) {
	r := compactReader{raw: raw}
	var e Evaluation
	var day, created string
	ok := r.literal(`{"i":"`) && r.text(&e.ID) && r.literal(`,"a":"`) && r.text(&e.AccountID) &&
		r.literal(`,"d":"`) && r.text(&day) && r.literal(`,"v":`) && r.number(&e.CriteriaVersion) &&
		r.literal(`,"s":[`) && r.numbers(&e.Attractiveness) && r.literal(`,`) && r.numbers(&e.Strength) &&
		r.literal(`],"c":"`) && r.text(&created) && r.literal(`}`) && r.at == len(raw)
	if !ok {
		return Evaluation{}, false
	}
	var err1, err2 error
	e.Date, err1 = time.ParseInLocation(DateLayout, day, time.Local)
	e.Created, err2 = time.Parse(time.RFC3339Nano, created)
	return e, err1 == nil && err2 == nil
}

// compactReader walks the bytes of one stored evaluation.
type compactReader struct {
	raw []byte
	at  int
}

func (r *compactReader) literal(s string) bool {
	if !bytes.HasPrefix(r.raw[r.at:], []byte(s)) {
		return false
	}
	r.at += len(s)
	return true
}

// text reads up to the closing quote, refusing escapes and control
// characters, which encoding/json reads instead.
func (r *compactReader) text(dst *string) bool {
	for i := r.at; i < len(r.raw); i++ {
		switch c := r.raw[i]; {
		case c == '"':
			*dst = string(r.raw[r.at:i])
			r.at = i + 1
			return true
		case c == '\\' || c < 0x20:
			return false
		}
	}
	return false
}

func (r *compactReader) number(dst *int) bool {
	start, n := r.at, 0
	for r.at < len(r.raw) && r.raw[r.at] >= '0' && r.raw[r.at] <= '9' && r.at-start < 9 {
		n = n*10 + int(r.raw[r.at]-'0')
		r.at++
	}
	*dst = n
	return r.at > start
}

// numbers reads a list of numbers, [] included.
func (r *compactReader) numbers(dst *[]int) bool {
	if !r.literal("[") {
		return false
	}
	end := bytes.IndexByte(r.raw[r.at:], ']')
	if end < 0 {
		return false
	}
	out := make([]int, 0, bytes.Count(r.raw[r.at:r.at+end], []byte(","))+1)
	for !r.literal("]") {
		if len(out) > 0 && !r.literal(",") {
			return false
		}
		var n int
		if !r.number(&n) {
			return false
		}
		out = append(out, n)
	}
	*dst = out
	return true
}

// calendarDay numbers t's date as YYYYMMDD, in t's own zone: two dates are
// compared as the days they name, wherever they were read.
func calendarDay(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// evaluationJSON is how an evaluation is stored: short keys, the day as
// YYYY-MM-DD, the scores as two lists of numbers, notes only when any.
type evaluationJSON struct {
	ID        string            `json:"i"`
	AccountID string            `json:"a"`
	Date      string            `json:"d"`
	Version   int               `json:"v"`
	Scores    [2][]int          `json:"s"`
	Comments  map[string]string `json:"n,omitempty"`
	Created   time.Time         `json:"c"`
}

// MarshalJSON writes the compact stored form.
func (e Evaluation) MarshalJSON() ([]byte, error) {
	return json.Marshal(evaluationJSON{
		ID: e.ID, AccountID: e.AccountID, Date: e.Date.Format(DateLayout), Version: e.CriteriaVersion,
		Scores: [2][]int{e.Attractiveness, e.Strength}, Comments: e.Comments, Created: e.Created,
	})
}

// UnmarshalJSON reads the compact stored form; the day is read in the
// local zone, as the screens make days. Opening a workspace reads every
// evaluation, so the form MarshalJSON writes is read by hand; anything
// else (notes, escaped text, other spacing) goes through encoding/json.
func (e *Evaluation) UnmarshalJSON(raw []byte) error {
	if fast, ok := readCompact(raw); ok {
		*e = fast
		return nil
	}
	var j evaluationJSON
	if err := json.Unmarshal(raw, &j); err != nil {
		return err
	}
	day, err := time.ParseInLocation(DateLayout, j.Date, time.Local)
	if err != nil {
		return fmt.Errorf("evaluation %s: date %q: %w", j.ID, j.Date, err)
	}
	*e = Evaluation{
		ID: j.ID, AccountID: j.AccountID, Date: day, CriteriaVersion: j.Version,
		Attractiveness: j.Scores[0], Strength: j.Scores[1], Comments: j.Comments, Created: j.Created,
	}
	return nil
}

// DateLayout is how dates are written and typed.
const DateLayout = "2006-01-02"

// inFuture reports whether the day of d comes after today's; never when
// now is the zero time, which asks for no check against the clock.
func inFuture(d, now time.Time) bool {
	return !now.IsZero() && Day(d).After(Day(now))
}

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
	return m.Splits().Place(attractiveness, strength)
}

// High reports whether a weighted score is on the high side of an axis's
// threshold: at or above it, as Place counts it (a hair below the
// threshold in floating point counts as on it).
func (m Matrix) High(a Axis, score float64) bool { return m.Splits().High(a, score) }

// Splits is where each axis splits high from low: all of a matrix that
// placing a position needs, small enough to pass around when thousands of
// positions are placed at a time.
type Splits struct{ Attractiveness, Strength float64 }

// Splits is the matrix's thresholds.
func (m Matrix) Splits() Splits {
	return Splits{Attractiveness: m.AttractivenessThreshold, Strength: m.StrengthThreshold}
}

// High reports whether a score is on the high side of an axis's split, as
// Matrix.High does.
func (s Splits) High(a Axis, score float64) bool {
	t := s.Attractiveness
	if a == Strength {
		t = s.Strength
	}
	return score >= t-1e-9
}

// Place puts a position in its quadrant, as the package's Place does.
func (s Splits) Place(attractiveness, strength float64) Quadrant {
	switch a, st := s.High(Attractiveness, attractiveness), s.High(Strength, strength); {
	case a && st:
		return Strategic
	case a:
		return Star
	case st:
		return Status
	}
	return Streamline
}

// NewerThan orders evaluations: the later date wins, then the one entered
// later.
func (e Evaluation) NewerThan(o Evaluation) bool {
	if a, b := calendarDay(e.Date), calendarDay(o.Date); a != b {
		return a > b
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
	a, s := e.Position(m)
	return Place(a, s, m)
}

// Clone copies an evaluation deep enough to edit it freely.
func (e Evaluation) Clone() Evaluation {
	e.Attractiveness = slices.Clone(e.Attractiveness)
	e.Strength = slices.Clone(e.Strength)
	e.Comments = maps.Clone(e.Comments)
	return e
}

// QuadrantSummary is one quadrant's row in the portfolio summary.
type QuadrantSummary struct {
	Accounts int
	OurSales Money
	Share    float64 // of our sales across evaluated accounts, %
}

// Tally counts accounts and our sales per quadrant. Add and Remove keep it
// as accounts move, so a summary never walks every account again.
type Tally struct {
	Accounts [4]int
	OurSales [4]Money
}

// Add counts an account in a quadrant.
func (t *Tally) Add(q Quadrant, ourSales Money) {
	t.Accounts[q]++
	t.OurSales[q] += ourSales
}

// Remove takes an account out of a quadrant, as Add counted it.
func (t *Tally) Remove(q Quadrant, ourSales Money) {
	t.Accounts[q]--
	t.OurSales[q] -= ourSales
}

// Summary is each quadrant's accounts and our sales, with its share of our
// sales across the accounts counted.
func (t Tally) Summary() [4]QuadrantSummary {
	var out [4]QuadrantSummary
	var total Money
	for q := range out {
		out[q].Accounts, out[q].OurSales = t.Accounts[q], t.OurSales[q]
		total += t.OurSales[q]
	}
	if total > 0 {
		for q := range out {
			out[q].Share = float64(out[q].OurSales) / float64(total) * 100
		}
	}
	return out
}

// Summarise counts accounts and our sales per quadrant and each quadrant's
// share of our sales across the evaluated accounts.
func Summarise(placed map[Quadrant][]Account) [4]QuadrantSummary {
	var t Tally
	for q, list := range placed {
		for _, a := range list {
			t.Add(q, a.OurSales)
		}
	}
	return t.Summary()
}
