package exchange

import (
	"slices"

	"github.com/kam-workbench/kam/model"
)

// channelWords and tierWords are words for the lists besides their names.
var (
	channelWords = map[string]model.Channel{
		"hyper": model.Hypermarket, "super": model.Supermarket, "cvs": model.Convenience, "online": model.ECommerce,
		"e-com": model.ECommerce, "o2o": model.InstantRetail, "instant retail": model.InstantRetail, "cash and carry": model.CashAndCarry,
		"c&c": model.CashAndCarry, "wholesale": model.Distributor, "wholesaler": model.Distributor, "distributor": model.Distributor,
		"department": model.DepartmentStore, "membership": model.MembershipClub, "warehouse club": model.MembershipClub,
		"traditional": model.TraditionalTrade, "general trade": model.TraditionalTrade, "经销商": model.Distributor,
		"批发": model.Distributor, "批发商": model.Distributor, "百货": model.DepartmentStore, "即时零售": model.InstantRetail,
		"仓储会员店": model.MembershipClub, "药店": model.Pharmacy, "卖场": model.Hypermarket,
	}
	tierWords = map[string]model.Tier{"a级": model.TierA, "b级": model.TierB, "c级": model.TierC}
)

// accountFields maps the model's fields of an account to their columns.
var accountFields = map[model.Field]string{
	model.FieldName: colName, model.FieldChannel: "channel", model.FieldFormat: "format", model.FieldRegion: "region",
	model.FieldOutlets: "outlets", model.FieldCategorySales: "category_sales", model.FieldOurSales: "our_sales",
	model.FieldTarget: "target", model.FieldGrowth: "growth", model.FieldTier: "tier", model.FieldObjectives: "objectives",
	model.FieldNotes: colNotes, model.FieldTraits: "traits", model.FieldStages: "stages",
}

// accountRows applies a sheet of accounts: a row naming an account (any
// case) updates it, any other adds one, with what the new-account form
// proposes (hypermarket, tier B) where the sheet says nothing.
func (p *planner) accountRows() {
	s := p.sheet
	for _, r := range s.Rows {
		name := s.cell(r, colName)
		if err := model.CheckName(name, nil); err != nil {
			p.reject(r, colName, err)
			continue
		}
		key := model.NameKey(name)
		if !p.once(r, colName, "account/"+key, model.T(name, name)) {
			continue
		}
		a := model.Account{ID: p.newID(), Name: name, Channel: model.Hypermarket, Tier: model.TierB}
		var was any
		if old, ok := p.accountByKey[key]; ok {
			a = *old
			a.Traits = slices.Clone(a.Traits)
			was = *old
			a.Name = name // the sheet's spelling
		}
		ok := true
		ok = choice(p, r, "channel", model.Channels, channelWords, &a.Channel) && ok
		ok = p.text(r, "format", &a.Format, nil) && ok
		ok = p.text(r, "region", &a.Region, nil) && ok
		ok = p.number(r, "outlets", func(v string) (err error) { a.Outlets, err = model.ParseCount(v); return }) && ok
		ok = p.number(r, "category_sales", func(v string) (err error) { a.CategorySales, err = model.ParseMoney(v); return }) && ok
		ok = p.number(r, "our_sales", func(v string) (err error) { a.OurSales, err = model.ParseMoney(v); return }) && ok
		ok = p.number(r, "target", func(v string) (err error) { a.Target, err = model.ParseMoney(v); return }) && ok
		ok = p.number(r, "growth", func(v string) (err error) { a.Growth, err = model.ParseGrowth(v); return }) && ok
		ok = choice(p, r, "tier", model.Tiers, tierWords, &a.Tier) && ok
		ok = p.number(r, "traits", func(v string) error { return p.traits(v, &a) }) && ok
		ok = p.number(r, "stages", func(v string) (err error) { a.Stages, err = parseStages(v, a.Stages); return }) && ok
		ok = p.text(r, "objectives", &a.Objectives, nil) && ok
		ok = p.text(r, colNotes, &a.Notes, nil) && ok
		ok = p.boolean(r, colArchived, &a.Archived) && ok
		if !ok {
			continue
		}
		taken := func(k string) (bool, bool) { // another account by that name; renames are not imported, so none
			other, ok := p.accountByKey[k]
			return ok && other.ID != a.ID, ok && other.Archived
		}
		if ps := a.Validate(taken); len(ps) > 0 {
			for _, pr := range ps {
				p.reject(r, accountFields[pr.Field], pr.Err)
			}
			continue
		}
		ptr := &a
		if was != nil { // the workspace's own copy, which other rows point at
			ptr = p.accountByKey[key]
			*ptr = a
		}
		p.accountByKey[key] = ptr
		p.touchRecord(Accounts, a.ID, was, ptr, r, model.T(a.Name, a.Name))
	}
}

// number reads a column through its parser; an absent column leaves the
// field as it is.
func (p *planner) number(r Row, col string, parse func(string) error) bool {
	if !p.sheet.has(col) {
		return true
	}
	if err := parse(p.sheet.cell(r, col)); err != nil {
		p.reject(r, col, err)
		return false
	}
	return true
}

// traits reads the traits cell: names or keys, in the course's order.
func (p *planner) traits(v string, a *model.Account) error {
	var got []model.Trait
	for _, w := range splitList(v) {
		t, ok := parseChoice(model.Traits, w, nil)
		if !ok {
			return notInList(w, model.Traits)
		}
		got = append(got, t)
	}
	a.Traits = nil
	for _, t := range model.Traits {
		if slices.Contains(got, t.Key) {
			a.Traits = append(a.Traits, t.Key)
		}
	}
	return nil
}
