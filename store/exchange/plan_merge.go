package exchange

import (
	"slices"
	"strconv"

	"github.com/kam-workbench/kam/model"
)

// plans brings in their account plans: objectives and promotions by ID,
// plans by account and year, moved onto our accounts, and a promotion's
// products and clusters onto ours as ranges matched them. It runs after
// ranges, and its records come after the range's, which they name.
func (m *merger) plans() []any {
	var out []any
	moveAll(m, m.theirs.Objectives, m.ours.Objectives, func(o *model.PlanObjective) {
		o.Programmes = slices.Clone(o.Programmes)
	}, func(o model.PlanObjective) model.Text {
		return model.T("objective "+o.Text, "计划目标 "+o.Text)
	}, &out)
	moveAll(m, m.theirs.Plans, m.ours.Plans, nil, func(p model.AccountPlan) model.Text {
		return model.T("plan of "+strconv.Itoa(p.Year), strconv.Itoa(p.Year)+" 年计划")
	}, &out)
	moveAll(m, m.theirs.Promotions, m.ours.Promotions, func(p *model.Promotion) {
		p.Products = mapIDs(p.Products, m.productID)
		p.Clusters = mapIDs(p.Clusters, m.clusterID)
	}, func(p model.Promotion) model.Text {
		return model.T("promotion "+p.Name, "促销 "+p.Name)
	}, &out)
	return out
}

// mapIDs is a list of their IDs as ours, in a new slice; an ID not
// matched stays.
func mapIDs(ids []string, ours map[string]string) []string {
	if ids == nil {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		if o, ok := ours[id]; ok {
			out[i] = o
		} else {
			out[i] = id
		}
	}
	return out
}
