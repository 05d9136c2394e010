package matrix

import (
	"github.com/kam-workbench/kam/model"
)

// rescoring is the plot as other weights would draw it: each evaluated
// account's newest evaluation re-scored under the criteria a trainer is
// editing (or under the current ones, for evaluations scored with older
// criteria), with a trail from where it was scored. It is worked out again
// only when those weights or the data change.
type rescoring struct {
	under  model.Matrix // the weights and thresholds the places are for
	places []placed     // by position in Data.Accounts, as places is
	valid  bool
	cache  plotCache
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

// sameWeights reports whether two matrices place accounts alike.
func sameWeights(a, b model.Matrix) bool {
	return model.SameCriteria(a.Current(), b.Current()) &&
		a.AttractivenessThreshold == b.AttractivenessThreshold && a.StrengthThreshold == b.StrengthThreshold
}

// rescoreUnder works out every evaluated account's place under a matrix.
func (m *Model) rescoreUnder(under model.Matrix) {
	d := m.Ctx.Data
	r := &m.rescore
	r.under = cloneMatrix(under) // the draft changes under it
	r.places = append(r.places[:0], m.places...)
	set := under.Current()
	for _, i := range m.legend {
		p := &r.places[i]
		latest, ok := d.Latest(d.Accounts[i].ID)
		if !ok {
			continue
		}
		attr, str, _ := latest.Rescored(d.Matrix, set)
		// The trail runs from where it was scored to where it would be.
		p.hasPrev, p.prevAttr, p.prevStr = true, p.attr, p.str
		p.attr, p.str = attr, str
		p.quadrant = model.Place(attr, str, under)
	}
	r.valid = true
	r.cache.invalidate()
}

// dropRescoring forgets the re-scored places: the data changed.
func (m *Model) dropRescoring() { m.rescore.valid = false }
