package exchange

import (
	"fmt"

	"github.com/kam-workbench/kam/model"
)

// costedYear is a year of terms costed as the terms screen costs it: by
// the workspace's rules (Settings.Costing), each year with its own
// standard payment days.
type costedYear struct {
	model.TermsYear
	rules model.Costing
	terms []model.TermCost // each of the year's terms, in their order
	cost  model.YearCost
	// evolution is the change on the year before it in the account's
	// list; hasPrev is false for the first.
	evolution model.Evolution
	hasPrev   bool
}

// costYears costs every year of one account, oldest first as
// model.CompareTermsYears orders them, each compared with the one before.
func costYears(s model.Settings, years []model.TermsYear) []costedYear {
	out := make([]costedYear, len(years))
	for i, y := range years {
		c := costedYear{TermsYear: y, rules: s.Costing(years, y)}
		c.terms, _ = c.rules.Terms(y)
		c.cost = c.rules.Year(y)
		if i > 0 {
			c.evolution, c.hasPrev = model.Evolve(out[i-1].cost, c.cost), true
		}
		out[i] = c
	}
	return out
}

// termCost is what the year's term of a key costs, if the year has it.
func (c costedYear) termCost(key string) (model.Term, model.TermCost, bool) {
	for i, t := range c.Terms {
		if t.Key() == key {
			return t, c.terms[i], true
		}
	}
	return model.Term{}, model.TermCost{}, false
}

// costingRules says in a sentence how the terms are costed, as the terms
// screen's rules line does: the payment days that cost nothing, the cost
// of capital, the VAT of the invoiced base.
func costingRules(s model.Settings, l model.Lang) string {
	w := func(en, zh string) string { return model.T(en, zh).In(l) }
	rate := model.FormatRate(s.CapitalRate())
	base := fmt.Sprintf(w("on invoiced sales including VAT (%s)", "基数为含税开票额（增值税 %s）"), model.FormatRate(s.VAT()))
	if s.NoVAT {
		base = w("on invoiced sales (no VAT)", "基数为开票额（不含增值税）")
	}
	switch {
	case s.CreditFromLastYear && s.CreditStandardDays > 0:
		return fmt.Sprintf(w("Payment days beyond the account's of the year before (%d without one) are costed at %s a year, %s.",
			"账期超出该客户上年天数（无上年则 %d 天）的部分按年资金成本 %s 计，%s。"), s.CreditStandardDays, rate, base)
	case s.CreditFromLastYear:
		return fmt.Sprintf(w("Payment days beyond the account's of the year before (all of them without one) are costed at %s a year, %s.",
			"账期超出该客户上年天数（无上年则全部计）的部分按年资金成本 %s 计，%s。"), rate, base)
	case s.CreditStandardDays > 0:
		return fmt.Sprintf(w("Payment days beyond the standard %d are costed at %s a year, %s.",
			"账期超出标准 %d 天的部分按年资金成本 %s 计，%s。"), s.CreditStandardDays, rate, base)
	}
	return fmt.Sprintf(w("Payment days are costed at %s a year, %s.", "账期按年资金成本 %s 计，%s。"), rate, base)
}
