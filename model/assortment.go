package model

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
)

// CellState is what a product's place in a cluster is on a given day.
type CellState int

const (
	NotCarried       CellState = iota
	Carried                    // on the shelf
	ListingPlanned             // not carried; a listing is pending
	DelistingPlanned           // carried; a delisting is pending
)

// OnShelf says whether the product is carried: planned delistings still are.
func (s CellState) OnShelf() bool { return s == Carried || s == DelistingPlanned }

// Cell is one product in one cluster: what the grid shows.
type Cell struct {
	State CellState
	// Date is the day of the pending change a planned cell waits on.
	Date time.Time
	// Mutation is the change that set the cell or that it waits on.
	Mutation string
	Price    Money    // the shelf price known; 0 not known
	Rate     *float64 // units per store per week; nil not known
}

// Assortment is an account's range on one day: our products down, the
// account's clusters across, and what each cluster carries.
type Assortment struct {
	Products []Product // the rows: products not archived, by code
	Clusters []Cluster // the columns: clusters not archived, A first, then the most stores first
	cells    []Cell    // row after row
	stores   int       // the stores of all the clusters
	shares   float64   // the clusters' shares of sales, added
}

// Cell is the product of row p in the cluster of column c.
func (a *Assortment) Cell(p, c int) Cell { return a.cells[p*len(a.Clusters)+c] }

func (a *Assortment) cell(p, c int) *Cell { return &a.cells[p*len(a.Clusters)+c] }

// BuildAssortment works out an account's range on a day from what the rep
// recorded (listings) and the dated changes (mutations). A change agreed
// or done whose day has come is on the shelf, unless the rep recorded the
// cell later than that day; the changes still to come mark their cells as
// planned. With afterPending, every change not refused is taken as done:
// what the account will carry once the pending ones happen.
func BuildAssortment(products []Product, clusters []Cluster, listings []Listing, mutations []Mutation,
	day time.Time, afterPending bool) *Assortment {
	a := &Assortment{}
	for _, p := range products {
		if !p.Archived {
			a.Products = append(a.Products, p)
		}
	}
	slices.SortFunc(a.Products, func(x, y Product) int {
		return cmp.Or(strings.Compare(CodeKey(x.Code), CodeKey(y.Code)), strings.Compare(x.ID, y.ID))
	})
	for _, c := range clusters {
		if !c.Archived {
			a.Clusters = append(a.Clusters, c)
			a.stores += c.Stores
			a.shares += c.Share
		}
	}
	slices.SortFunc(a.Clusters, CompareClusters)
	row := make(map[string]int, len(a.Products))
	for i, p := range a.Products {
		row[p.ID] = i
	}
	col := make(map[string]int, len(a.Clusters))
	for i, c := range a.Clusters {
		col[c.ID] = i
	}
	a.cells = make([]Cell, len(a.Products)*len(a.Clusters))
	since := make([]time.Time, len(a.cells)) // when the rep recorded each cell
	for _, l := range listings {
		p, okP := row[l.ProductID]
		c, okC := col[l.ClusterID]
		if !okP || !okC {
			continue
		}
		cl := a.cell(p, c)
		if l.Listed {
			cl.State = Carried
		}
		cl.Price, cl.Rate = l.Price, l.RateOfSale
		since[p*len(a.Clusters)+c] = Day(l.Since)
	}
	changes := slices.Clone(mutations)
	slices.SortFunc(changes, CompareMutations)
	// each change visits the cells it moves: in those it brings in, out
	// those it takes out, that are not recorded after its day.
	visit := func(m Mutation, f func(cl *Cell, in bool)) {
		for _, cid := range m.Clusters {
			c, ok := col[cid]
			if !ok {
				continue
			}
			for _, move := range m.moves() {
				p, ok := row[move.product]
				if !ok {
					continue
				}
				if s := since[p*len(a.Clusters)+c]; !s.IsZero() && !Day(m.Date).After(s) {
					continue
				}
				f(a.cell(p, c), move.in)
			}
		}
	}
	for _, m := range changes {
		if m.Status == MutationRefused || !(afterPending || m.InEffect(day)) {
			continue
		}
		visit(m, func(cl *Cell, in bool) {
			cl.State, cl.Mutation = NotCarried, m.ID
			if in {
				cl.State = Carried
				if m.Price > 0 {
					cl.Price = m.Price
				}
			}
		})
	}
	if afterPending {
		return a
	}
	for _, m := range changes {
		if m.Status == MutationRefused || m.InEffect(day) {
			continue
		}
		visit(m, func(cl *Cell, in bool) {
			switch {
			case in && cl.State == NotCarried:
				cl.State = ListingPlanned
			case !in && cl.State == Carried:
				cl.State = DelistingPlanned
			default:
				return // already planned by an earlier change, or nothing to change
			}
			cl.Date, cl.Mutation = Day(m.Date), m.ID
		})
	}
	return a
}

type move struct {
	product string
	in      bool
}

// moves are the products a change brings in and takes out.
func (m Mutation) moves() []move {
	switch m.Kind {
	case MutationListing:
		return []move{{m.ProductID, true}}
	case MutationDelisting:
		return []move{{m.ProductID, false}}
	case MutationReplacement:
		return []move{{m.Replaces, false}, {m.ProductID, true}}
	}
	return nil
}

// CompareClusters orders an account's clusters as every screen lists
// them: by grade, A first, then the most stores first, then by name.
func CompareClusters(x, y Cluster) int {
	return cmp.Or(compareGrades(x.Grade, y.Grade), cmp.Compare(y.Stores, x.Stores), strings.Compare(x.Name, y.Name), strings.Compare(x.ID, y.ID))
}

// compareGrades puts A before B before C, and clusters without a grade last.
func compareGrades(x, y Grade) int {
	switch {
	case x == y:
		return 0
	case x == "":
		return 1
	case y == "":
		return -1
	}
	return strings.Compare(string(x), string(y))
}

// Stores are the stores of all the account's clusters.
func (a *Assortment) Stores() int { return a.stores }

// StoresCarrying are the stores of the clusters that carry product p.
func (a *Assortment) StoresCarrying(p int) int {
	n := 0
	for c, cl := range a.Clusters {
		if a.Cell(p, c).State.OnShelf() {
			n += cl.Stores
		}
	}
	return n
}

// Numeric is product p's numeric distribution (铺货率): the stores that
// carry it as a % of all the account's stores; ok is false when the
// clusters count no stores.
func (a *Assortment) Numeric(p int) (pct float64, ok bool) {
	if a.stores == 0 {
		return 0, false
	}
	return float64(a.StoresCarrying(p)) / float64(a.stores) * 100, true
}

// Weighted is product p's distribution weighted by the clusters' shares
// of the account's sales, as a % of the shares known; ok is false when no
// cluster has a share.
func (a *Assortment) Weighted(p int) (pct float64, ok bool) {
	if a.shares <= 0 {
		return 0, false
	}
	w := 0.0
	for c, cl := range a.Clusters {
		if a.Cell(p, c).State.OnShelf() {
			w += cl.Share
		}
	}
	return w / a.shares * 100, true
}

// CarriedIn counts our products cluster c carries.
func (a *Assortment) CarriedIn(c int) int {
	n := 0
	for p := range a.Products {
		if a.Cell(p, c).State.OnShelf() {
			n++
		}
	}
	return n
}

// Gap is a product strong in the account's other clusters and missing in
// one: a listing worth chasing.
type Gap struct {
	Product, Cluster int
	// Elsewhere is the product's numeric distribution in the account's
	// other clusters, %.
	Elsewhere float64
}

// GapShare is how much of the other clusters' stores must carry a product
// for its absence from a cluster to be a gap.
const GapShare = 50.0

// Gaps are the products missing in a cluster while the other clusters'
// stores mostly carry them (at least GapShare %), widest first. A product
// phasing out, or with a listing already planned there, is no gap.
func (a *Assortment) Gaps() []Gap {
	var out []Gap
	for p, pr := range a.Products {
		if pr.Status == ProductPhasingOut {
			continue
		}
		carrying := a.StoresCarrying(p)
		for c, cl := range a.Clusters {
			others := a.stores - cl.Stores
			if a.Cell(p, c).State != NotCarried || others <= 0 {
				continue
			}
			if share := float64(carrying) / float64(others) * 100; share >= GapShare {
				out = append(out, Gap{Product: p, Cluster: c, Elsewhere: share})
			}
		}
	}
	slices.SortStableFunc(out, func(x, y Gap) int {
		return cmp.Or(cmp.Compare(y.Elsewhere, x.Elsewhere), cmp.Compare(a.Clusters[y.Cluster].Stores, a.Clusters[x.Cluster].Stores))
	})
	return out
}

// RateOfSale is product p's units per store per week across the clusters
// that carry it and whose rate is known, weighted by their stores (or
// plainly averaged when they count none); ok is false when none is known.
func (a *Assortment) RateOfSale(p int) (rate float64, ok bool) {
	var sum, weight, plain float64
	n := 0
	for c, cl := range a.Clusters {
		x := a.Cell(p, c)
		if !x.State.OnShelf() || x.Rate == nil {
			continue
		}
		sum += *x.Rate * float64(cl.Stores)
		weight += float64(cl.Stores)
		plain += *x.Rate
		n++
	}
	switch {
	case n == 0:
		return 0, false
	case weight > 0:
		return sum / weight, true
	}
	return plain / float64(n), true
}

// MinRankedForRisk is how many carried products with a known rate of sale
// it takes to speak of a bottom fifth.
const MinRankedForRisk = 5

// AtRisk marks the products at risk of delisting at the next range review:
// of the products carried with a known rate of sale (at least
// MinRankedForRisk of them), the fifth that sells slowest, rounded up,
// with any tied with the last of them.
func (a *Assortment) AtRisk() []bool {
	out := make([]bool, len(a.Products))
	type ranked struct {
		p    int
		rate float64
	}
	var list []ranked
	for p := range a.Products {
		if r, ok := a.RateOfSale(p); ok {
			list = append(list, ranked{p, r})
		}
	}
	if len(list) < MinRankedForRisk {
		return out
	}
	slices.SortStableFunc(list, func(x, y ranked) int { return cmp.Compare(x.rate, y.rate) })
	cut := list[int(math.Ceil(float64(len(list))/5))-1].rate
	for _, r := range list {
		if r.rate <= cut {
			out[r.p] = true
		}
	}
	return out
}

// NextReview is the account's next range review from its profile,
// if one is set and has not passed.
func (o Operations) NextReview(now time.Time) (time.Time, bool) {
	if o.NextRangeReview.IsZero() || Day(o.NextRangeReview).Before(Day(now)) {
		return time.Time{}, false
	}
	return Day(o.NextRangeReview), true
}
