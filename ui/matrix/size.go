package matrix

import (
	"slices"

	"github.com/kam-workbench/kam/model"
)

// haloGlyph fills the block around a marker sized by our sales: a shade,
// seen without colour.
const haloGlyph = "░"

// sizing splits the evaluated accounts into thirds by our sales: the
// lowest third drawn as a letter alone, the middle one with a cell of
// block either side, the top third in a block two cells either side and a
// row above and below.
type sizing struct{ middle, top model.Money }

// sizing works out where the thirds begin among the evaluated accounts.
func (m *Model) sizing(places []placed) *sizing {
	sales := make([]model.Money, 0, len(m.legend))
	for _, i := range m.legend {
		sales = append(sales, places[i].ourSales)
	}
	if len(sales) == 0 {
		return &sizing{}
	}
	slices.Sort(sales)
	return &sizing{middle: sales[len(sales)/3], top: sales[len(sales)*2/3]}
}

// class is how far an account's block reaches either side: 0, 1 or 2.
func (s *sizing) class(sales model.Money) int {
	switch {
	case sales >= s.top && s.top > 0:
		return 2
	case sales >= s.middle && s.middle > 0:
		return 1
	}
	return 0
}
