package matrix

import (
	"math"
	"slices"

	"github.com/kam-workbench/kam/model"
)

// rescoring is the plot as other weights would draw it: each evaluated
// account's newest evaluation re-scored under the criteria a trainer is
// editing (or under the current criteria, for evaluations scored with
// older ones), with a trail from where it was scored. The scores each
// account gave the criteria are matched once; a change of weights weighs
// them again on the axis it changed, and moves on the plot only the
// markers whose cell changed. The places are copied and the plot counted
// again only when the data change.
type rescoring struct {
	under  model.Matrix // the weights and thresholds the places are for
	places []placed     // by position in Data.Accounts, as places is
	valid  bool         // places holds every account as the data have it
	cache  plotCache
	index  rescoreIndex // where each criterion of `under` is among the scores
	// evaluated are the positions of the evaluated accounts, in order;
	// what follows is by their order in it.
	evaluated []int
	// scores holds the score each evaluated account's newest evaluation
	// gave each criterion of `under` (attractiveness, then strength), 0
	// where none: matched once for a set of criteria IDs.
	scores  []int
	weighed [2][]int     // by axis, the weights means were worked out with
	means   [2][]float64 // by axis: each account's weighted mean, NaN where it scored none
	// The quadrants of places, and tally, their count, are worked out when
	// the legend or summary asks: the criteria editor shows neither.
	placed bool
	tally  model.Tally
}

// rescoreIndex finds the criteria re-scored under among the scores of an
// evaluation: for each criteria version, resolved once for a set of
// criteria IDs, not once per account or per key.
type rescoreIndex struct {
	ids      [2][]string // the IDs of the set, by axis, it was resolved for
	versions []versionIndex
	last     int // the entry found last: accounts mostly share a version
}

// versionIndex is, for one criteria version, where each criterion of the
// set re-scored under stands among that version's criteria (and so among
// the scores of an evaluation of it), by axis: every position with its
// ID, usually one, none when the version did not have it.
type versionIndex struct {
	version int
	at      [2][][]int
}

// previewMatrix is the matrix the plot is drawn under when it is not the
// accounts as scored: the criteria being edited, or the current criteria
// when r is on; nil otherwise.
func (m *Model) previewMatrix() *model.Matrix {
	switch {
	case m.mode == modeCriteria && m.criteria != nil:
		return &m.criteria.draft
	case m.rescored:
		return &m.Ctx.Data.Matrix
	}
	return nil
}

// source is what the plot draws: the places, the matrix that splits them
// and the cache kept for them.
func (m *Model) source() ([]placed, model.Matrix, *plotCache) {
	under := m.previewMatrix()
	if under == nil {
		return m.places, m.Ctx.Data.Matrix, &m.plotted
	}
	r := &m.rescore
	if !r.valid || !sameWeights(r.under, *under) {
		m.rescoreUnder(*under)
	}
	return r.places, r.under, &r.cache
}

// shown is the places the legend and summary show, with their tally: as
// re-scored under the current criteria when r is on, as scored otherwise.
func (m *Model) shown() ([]placed, *model.Tally) {
	if m.mode != modePlot || !m.rescored {
		return m.places, &m.tally
	}
	places, _, _ := m.source()
	r := &m.rescore
	if !r.placed {
		splits := r.under.Splits()
		r.tally = model.Tally{}
		for _, i := range r.evaluated {
			p := &places[i]
			p.quadrant = splits.Place(p.attr, p.str)
			r.tally.Add(p.quadrant, p.ourSales)
		}
		r.placed = true
	}
	return places, &r.tally
}

// sameWeights reports whether two matrices place accounts alike.
func sameWeights(a, b model.Matrix) bool {
	return model.SameCriteria(a.Current(), b.Current()) &&
		a.AttractivenessThreshold == b.AttractivenessThreshold && a.StrengthThreshold == b.StrengthThreshold
}

// rescoreUnder works out every evaluated account's place under a matrix,
// as Evaluation.Rescored does, from the scores matched for each account.
// While the plot's layout holds, an account whose marker stays on its cell
// leaves the plot as it is; one that moves is taken off its old cells and
// put on its new ones, so only their rows are drawn again.
func (m *Model) rescoreUnder(under model.Matrix) {
	r := &m.rescore
	if !r.valid {
		r.places = append(r.places[:0], m.places...)
		r.evaluated = r.evaluated[:0]
		for i := range r.places {
			// The trail runs from where it was scored to where it would be.
			if p := &r.places[i]; p.list == onLegend {
				p.hasPrev, p.prevAttr, p.prevStr = true, p.attr, p.str
				r.evaluated = append(r.evaluated, i)
			}
		}
		r.index = rescoreIndex{}
		r.cache.invalidate()
		r.valid = true
	}
	if under.AttractivenessThreshold != r.under.AttractivenessThreshold || under.StrengthThreshold != r.under.StrengthThreshold {
		r.cache.invalidate() // the split lines move
	}
	// A copy of its own: the draft's weights change under it.
	r.under.Attractiveness = append(r.under.Attractiveness[:0], under.Attractiveness...)
	r.under.Strength = append(r.under.Strength[:0], under.Strength...)
	r.under.Version, r.under.Earlier = under.Version, under.Earlier
	r.under.AttractivenessThreshold, r.under.StrengthThreshold = under.AttractivenessThreshold, under.StrengthThreshold
	r.placed = false

	rematched := r.index.resolveFor(r.under.Current())
	if rematched {
		m.matchScores()
	}
	// Each axis is weighed again only when its weights changed: a key
	// press changes one criterion, of one axis.
	k, from := len(r.index.ids[0])+len(r.index.ids[1]), 0
	for axis := range r.means {
		criteria := r.under.Criteria(model.Axis(axis))
		same := !rematched && len(criteria) == len(r.weighed[axis]) && len(r.means[axis]) == len(r.evaluated)
		for n := 0; same && n < len(criteria); n++ {
			same = criteria[n].Weight == r.weighed[axis][n]
		}
		if !same {
			r.weighed[axis] = r.weighed[axis][:0]
			for _, c := range criteria {
				r.weighed[axis] = append(r.weighed[axis], c.Weight)
			}
			r.means[axis] = slices.Grow(r.means[axis][:0], len(r.evaluated))[:len(r.evaluated)]
			weighAxis(r.means[axis], r.weighed[axis], r.scores, from, k)
		}
		from += len(criteria)
	}

	c := &r.cache
	attrs, strs := r.means[model.Attractiveness], r.means[model.Strength]
	for n, i := range r.evaluated {
		p := &r.places[i]
		attr, str := attrs[n], strs[n]
		if math.IsNaN(attr) || math.IsNaN(str) { // an axis with no criterion in common: where it was scored
			attr, str = p.prevAttr, p.prevStr
		}
		if c.valid && (attr != p.attr || str != p.str) {
			// Where it is drawn, from where it was: only the axis that moved
			// is worked out again.
			x, y := c.spots[i].x, c.spots[i].y
			if str != p.str {
				x = c.layout.x(str)
			}
			if attr != p.attr {
				y = c.layout.y(attr)
			}
			if x != c.spots[i].x || y != c.spots[i].y { // to another cell
				c.unmark(i, *p)
				p.attr, p.str = attr, str
				c.mark(i, *p)
			}
		}
		p.attr, p.str = attr, str
	}
}

// weighAxis works out each evaluated account's weighted mean on one axis,
// from its matched scores from..from+len(weights) of every k: NaN where it
// scored none of the axis's criteria.
func weighAxis(means []float64, weights, scores []int, from, k int) {
	for n := range means {
		at := n*k + from
		if mean, ok := weigh(weights, scores[at:at+len(weights)]); ok {
			means[n] = mean
		} else {
			means[n] = math.NaN()
		}
	}
}

// matchScores keeps the score each evaluated account's newest evaluation
// gave each criterion of the index's set, in the set's order
// (attractiveness, then strength), 0 where it scored none: the first
// criterion of its version with that ID that it scored, as
// Evaluation.Rescored finds it.
func (m *Model) matchScores() {
	r := &m.rescore
	d := m.Ctx.Data
	k := len(r.index.ids[0]) + len(r.index.ids[1])
	r.scores = slices.Grow(r.scores[:0], len(r.evaluated)*k)[:len(r.evaluated)*k]
	for n, i := range r.evaluated {
		p := &r.places[i]
		r.index.of(d.Matrix, p.version).match(r.scores[n*k:(n+1)*k], p.scores)
	}
}

// match puts into out the score an evaluation of this version gave each
// criterion of the index's set (attractiveness, then strength): for each,
// the first of the version's criteria with its ID that the evaluation
// scored, as Evaluation.Rescored finds it; 0 where none.
func (v *versionIndex) match(out []int, scores [2][]int) {
	for axis := range v.at {
		own := scores[axis]
		for c, at := range v.at[axis] {
			out[c] = 0
			for _, j := range at {
				if j < len(own) && own[j] > 0 {
					out[c] = own[j]
					break
				}
			}
		}
		out = out[len(v.at[axis]):]
	}
}

// weigh is the weighted mean of the scores given, each with its weight;
// ok is false when none was given.
func weigh(weights, scores []int) (score float64, ok bool) {
	sum, total := 0, 0
	for n, s := range scores {
		if s > 0 {
			sum += weights[n] * s
			total += weights[n]
		}
	}
	if total == 0 {
		return 0, false
	}
	return float64(sum) / float64(total), true
}

// dropRescoring forgets the re-scored places: the data changed.
func (m *Model) dropRescoring() { m.rescore.valid = false }

// resolveFor makes the index one of a set's criteria: kept while the set
// has the same criteria IDs in the same order, whatever their weights. It
// reports whether it changed, and the scores must be matched again.
func (x *rescoreIndex) resolveFor(set model.CriteriaSet) bool {
	same := true
	for axis := range x.ids {
		criteria := set.Criteria(model.Axis(axis))
		same = same && len(criteria) == len(x.ids[axis])
		for k := 0; same && k < len(criteria); k++ {
			same = criteria[k].ID == x.ids[axis][k]
		}
	}
	if same && x.ids[0] != nil {
		return false
	}
	*x = rescoreIndex{}
	for axis := range x.ids {
		x.ids[axis] = []string{}
		for _, c := range set.Criteria(model.Axis(axis)) {
			x.ids[axis] = append(x.ids[axis], c.ID)
		}
	}
	return true
}

// of is the index of one criteria version, resolved the first time asked.
func (x *rescoreIndex) of(m model.Matrix, version int) *versionIndex {
	if x.last < len(x.versions) && x.versions[x.last].version == version {
		return &x.versions[x.last]
	}
	for k := range x.versions {
		if x.versions[k].version == version {
			x.last = k
			return &x.versions[k]
		}
	}
	scored, _ := m.CriteriaSet(version) // none when the version is gone: nothing in common
	v := versionIndex{version: version}
	for axis := range v.at {
		criteria := scored.Criteria(model.Axis(axis))
		v.at[axis] = make([][]int, len(x.ids[axis]))
		for k, id := range x.ids[axis] {
			for j, c := range criteria {
				if c.ID == id {
					v.at[axis][k] = append(v.at[axis][k], j)
				}
			}
		}
	}
	x.versions = append(x.versions, v)
	x.last = len(x.versions) - 1
	return &x.versions[x.last]
}
