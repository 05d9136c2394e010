package matrix

import (
	"testing"

	"github.com/kam-workbench/kam/model"
)

// TestMatchedScoresAreThoseRescoredFinds: the scores matched to a set of
// criteria once, weighed again at each change of weights, give what
// Evaluation.Rescored gives, for evaluations the store would not take
// too: a criterion unscored, fewer scores than criteria, a version with
// two criteria of one ID, a version the matrix no longer has.
func TestMatchedScoresAreThoseRescoredFinds(t *testing.T) {
	c := func(id string, w int) model.Criterion { return model.Criterion{ID: id, Weight: w} }
	m := model.Matrix{Version: 3,
		Attractiveness: []model.Criterion{c("a1", 50), c("a2", 30), c("a3", 20)},
		Strength:       []model.Criterion{c("s1", 70), c("s2", 30)},
		Earlier: []model.CriteriaSet{
			{Version: 1, Attractiveness: []model.Criterion{c("a1", 40), c("a1", 20), c("a9", 40)}, Strength: []model.Criterion{c("s2", 100)}},
			{Version: 2, Attractiveness: []model.Criterion{c("a3", 100)}, Strength: []model.Criterion{c("s9", 100)}},
		},
	}
	evals := []model.Evaluation{
		{CriteriaVersion: 3, Attractiveness: []int{7, 4, 9}, Strength: []int{3, 8}},
		{CriteriaVersion: 3, Attractiveness: []int{0, 4, 9}, Strength: []int{3, 0}},
		{CriteriaVersion: 3, Attractiveness: []int{7}, Strength: []int{3, 8, 5}},
		{CriteriaVersion: 3, Attractiveness: []int{0, 0, 0}, Strength: []int{3, 8}},
		{CriteriaVersion: 1, Attractiveness: []int{6, 9, 2}, Strength: []int{5}},
		{CriteriaVersion: 1, Attractiveness: []int{0, 9, 2}, Strength: []int{5}},
		{CriteriaVersion: 1, Attractiveness: []int{0}, Strength: []int{5}},
		{CriteriaVersion: 2, Attractiveness: []int{4}, Strength: []int{6}},
		{CriteriaVersion: 7, Attractiveness: []int{4, 4, 4}, Strength: []int{6, 6}},
	}
	unders := []model.CriteriaSet{
		m.Current(),
		{Attractiveness: []model.Criterion{c("a3", 3), c("a1", 1), c("a9", 7)}, Strength: []model.Criterion{c("s2", 9), c("s1", 2), c("s9", 4)}},
		{Attractiveness: []model.Criterion{c("a1", 5), c("a1", 6)}, Strength: []model.Criterion{c("s1", 1)}},
		{Attractiveness: []model.Criterion{c("a8", 5)}, Strength: []model.Criterion{c("s1", 1)}},
	}
	for u, under := range unders {
		var x rescoreIndex
		x.resolveFor(under)
		weights := func(cs []model.Criterion) []int {
			var out []int
			for _, c := range cs {
				out = append(out, c.Weight)
			}
			return out
		}
		wa, ws := weights(under.Attractiveness), weights(under.Strength)
		for n, e := range evals {
			out := make([]int, len(wa)+len(ws))
			for k := range out {
				out[k] = -1 // match writes every one
			}
			x.of(m, e.CriteriaVersion).match(out, [2][]int{e.Attractiveness, e.Strength})
			attr, okA := weigh(wa, out[:len(wa)])
			str, okS := weigh(ws, out[len(wa):])
			wantA, wantS, ok := e.Rescored(m, under)
			if okA && okS != ok || ok && (attr != wantA || str != wantS) {
				t.Errorf("set %d, evaluation %d: (%v, %v, %v); Rescored gives (%v, %v, %v)", u, n, attr, str, okA && okS, wantA, wantS, ok)
			}
		}
	}
}
