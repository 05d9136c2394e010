package exchange

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kam-workbench/kam/model"
)

// basisWords are words for a term's basis besides its names.
var basisWords = map[string]model.Basis{
	"%": model.PercentOfSales, "percent": model.PercentOfSales, "percentage": model.PercentOfSales, "rate": model.PercentOfSales,
	"百分比": model.PercentOfSales, "比例": model.PercentOfSales, "amount": model.FixedAmount, "fixed": model.FixedAmount,
	"金额": model.FixedAmount, "固定": model.FixedAmount, "days": model.PaymentDays, "day": model.PaymentDays, "天": model.PaymentDays,
}

// salesBaseWords are words for the base of a percentage besides its names.
var salesBaseWords = map[string]model.SalesBase{
	"gross": model.OfGross, "gross sales": model.OfGross, "list price": model.OfGross, "总销售额": model.OfGross, "销售总额": model.OfGross,
	"invoiced": model.OfInvoiced, "invoiced sales": model.OfInvoiced, "invoice": model.OfInvoiced, "net": model.OfInvoiced,
	"net sales": model.OfInvoiced, "开票额": model.OfInvoiced, "不含税进货额": model.OfInvoiced, "净销售额": model.OfInvoiced,
	"incl. VAT": model.OfVATInclusive, "including VAT": model.OfVATInclusive, "with VAT": model.OfVATInclusive,
	"VAT inclusive": model.OfVATInclusive, "invoiced with VAT": model.OfVATInclusive, "含税": model.OfVATInclusive,
	"含税开票额": model.OfVATInclusive, "含税进货金额": model.OfVATInclusive,
}

// termKind finds a catalog term by its key or name in either language, or
// by a name the catalog gave it before (a file written then still names
// it so); any other name is a custom term.
func termKind(s string) (model.TermSpec, bool) {
	f := fold(s)
	for _, spec := range model.TermCatalog {
		if fold(string(spec.Kind)) == f || fold(spec.Name.EN) == f || fold(spec.Name.ZH) == f {
			return spec, true
		}
	}
	for name, kind := range model.FormerTermNames {
		if fold(name) == f {
			return model.TermSpecOf(kind)
		}
	}
	return model.TermSpec{}, false
}

// termRows applies a sheet of terms, a row per term of an account's year
// (or its proposal): a term already in the year is replaced, any other
// added; the other terms of the year stay. A row without a term sets only
// the year's gross sales. A blank gross sales cell leaves them as they are.
func (p *planner) termRows() {
	s := p.sheet
	for _, r := range s.Rows {
		a := p.account(r)
		year, err := model.ParseCount(s.cell(r, "year"))
		if err == nil && (year < 2000 || year > 2100) {
			err = model.CheckTermsYear(model.TermsYear{AccountID: "x", Year: year})
		}
		if err != nil || s.cell(r, "year") == "" {
			if err == nil {
				err = problem("say which year", "请填写年份")
			}
			p.reject(r, "year", err)
			continue
		}
		proposal := false
		if !p.boolean(r, "proposal", &proposal) || a == nil {
			continue
		}
		key := model.TermsYear{AccountID: a.ID, Year: year, Proposal: proposal}.Key()
		y, exists := p.termsYears[key]
		var was any
		if exists {
			if t, ok := p.touched[string(Terms)+"/"+key]; ok {
				was = t.was
			} else {
				was = cloneYear(*y)
			}
		} else {
			y = &model.TermsYear{AccountID: a.ID, Year: year, Proposal: proposal}
			p.termsYears[key] = y
		}
		label := yearLabel(a.Name, year, proposal)
		if _, ok := p.termYearRows[key]; !ok {
			p.termYearRows[key] = r.Number
		}
		if g := s.cell(r, "gross_sales"); g != "" {
			v, err := model.ParseMoney(g)
			if err != nil {
				p.reject(r, "gross_sales", err)
				continue
			}
			if prev, ok := p.grossFrom[key]; ok && prev != g {
				if pv, _ := model.ParseMoney(prev); pv != v {
					p.reject(r, "gross_sales", say(fmt.Sprintf("the gross sales of %s are %s on an earlier row, %s here", label.EN, prev, g),
						fmt.Sprintf("%s 的总销售额在前面的行中为 %s，此处为 %s", label.ZH, prev, g)))
					continue
				}
			}
			p.grossFrom[key] = g
			y.GrossSales = v
		}
		if s.cell(r, "term") != "" {
			if !p.termRow(r, y, label) {
				continue
			}
		}
		p.touchRecord(Terms, key, was, y, r, label)
	}
}

func cloneYear(y model.TermsYear) model.TermsYear {
	y.Terms = slices.Clone(y.Terms)
	return y
}

func yearLabel(account string, year int, proposal bool) model.Text {
	if proposal {
		return model.T(fmt.Sprintf("%s %d proposal", account, year), fmt.Sprintf("%s %d 年提案", account, year))
	}
	return model.T(fmt.Sprintf("%s %d", account, year), fmt.Sprintf("%s %d 年", account, year))
}

// termRow reads one term into its year.
func (p *planner) termRow(r Row, y *model.TermsYear, label model.Text) bool {
	s := p.sheet
	name := s.cell(r, "term")
	t := model.Term{Kind: model.CustomTerm, Name: name}
	if spec, ok := termKind(name); ok {
		t = model.Term{Kind: spec.Kind, Basis: spec.Basis, OnInvoice: spec.OnInvoice}
	}
	if !p.once(r, "term", "term/"+y.Key()+"/"+t.Key(), model.T(label.EN+": "+t.Label(model.English), label.ZH+"："+t.Label(model.Chinese))) {
		return false
	}
	i := slices.IndexFunc(y.Terms, func(o model.Term) bool { return o.Key() == t.Key() })
	if i >= 0 {
		t = y.Terms[i]
		if t.Kind == model.CustomTerm {
			t.Name = name
		}
	}
	ok := choice(p, r, "basis", model.Bases, basisWords, &t.Basis)
	ok = choice(p, r, "percent_of", model.SalesBases, salesBaseWords, &t.PercentOf) && ok
	ok = p.boolean(r, "on_invoice", &t.OnInvoice) && ok
	ok = p.boolean(r, "conditional", &t.Conditional) && ok
	ok = p.text(r, "condition", &t.Condition, nil) && ok
	if !ok {
		return false
	}
	if s.has("condition") && !s.has("conditional") {
		t.Conditional = t.Condition != ""
	}
	if !t.Conditional {
		t.Condition = "" // as the form keeps it
	}
	if !p.termExpected(r, &t, i >= 0) || !p.paidWithin(r, &t) {
		return false
	}
	value, valueCol := s.cell(r, "value"), "value"
	if value == "" { // a sheet that splits the value by basis
		for _, c := range []struct {
			col   string
			basis model.Basis
		}{{"percent", model.PercentOfSales}, {"amount", model.FixedAmount}, {"days", model.PaymentDays}} {
			if v := s.cell(r, c.col); v != "" && (t.Basis == c.basis || t.Basis == "") {
				value, valueCol, t.Basis = v, c.col, c.basis
				break
			}
		}
	}
	if t.Basis == "" { // a custom term: told by its value
		t.Basis = model.FixedAmount
		if strings.HasSuffix(value, "%") || strings.HasSuffix(value, "％") {
			t.Basis = model.PercentOfSales
		}
	}
	if s.has("value") || s.has("percent") || s.has("amount") || s.has("days") || i < 0 {
		t.Percent, t.Amount, t.Days = 0, 0, 0
		var err error
		switch t.Basis {
		case model.PercentOfSales:
			t.Percent, err = model.ParsePercent(value, 0, 100)
		case model.FixedAmount:
			t.Amount, err = model.ParseMoney(value)
		case model.PaymentDays:
			v := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(value), "days"), "天"))
			t.Days, err = model.ParseCount(v)
		}
		if err != nil {
			p.reject(r, valueCol, err)
			return false
		}
	}
	if t.Basis != model.PercentOfSales && s.cell(r, "percent_of") == "" {
		t.PercentOf = model.OfGross // an amount or days has no base, as the form keeps it
	}
	if t.Basis != model.FixedAmount {
		t.Count = 0
	} else if !p.number(r, "count", func(v string) error {
		n, err := model.ParseCount(v)
		if i < 0 || max(n, 1) != max(t.Count, 1) { // 0 and 1 both pay a term of the workspace once
			t.Count = n
		}
		return err
	}) {
		return false
	}
	if err := model.CheckTerm(t); err != nil {
		p.reject(r, termBlame(t), err)
		return false
	}
	if i >= 0 {
		y.Terms[i] = t
	} else {
		y.Terms = append(y.Terms, t)
	}
	return true
}

// termExpected reads a term's expected achievement: blank is in full, as
// is 100% (kam's workbook writes so a term expected in full), so either
// keeps a term of the workspace in full as it is. A term no longer
// conditional loses the achievement its row leaves blank, as the form
// drops it.
func (p *planner) termExpected(r Row, t *model.Term, existing bool) bool {
	cell := p.sheet.cell(r, "expected")
	if p.sheet.has("expected") {
		v, err := model.ParsePercent(cell, 0, 100)
		if err != nil {
			p.reject(r, "expected", err)
			return false
		}
		inFull := func(x float64) bool { return x == 0 || x == 100 }
		if !existing || !(inFull(v) && inFull(t.Expected)) {
			t.Expected = v
		}
	}
	if !t.Conditional && cell == "" {
		t.Expected = 0
	}
	return true
}

// paidWithin reads the days within which a prompt-payment discount is
// earned: 10, 10 days, 10天; blank is none.
func (p *planner) paidWithin(r Row, t *model.Term) bool {
	return p.number(r, "paid_within", func(v string) (err error) {
		v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(v, "days"), "day"), "天"))
		t.PaidWithin, err = model.ParseCount(v)
		return err
	})
}

// termBlame finds the column of a term's problem: the first field whose
// neutral value makes the term pass, or fail for another reason (the
// field the first failing check is about).
func termBlame(t model.Term) string {
	was := model.CheckTerm(t)
	tries := []struct {
		col string
		fix func(*model.Term)
	}{
		{"condition", func(x *model.Term) { x.Conditional, x.Condition = false, "" }},
		{"expected", func(x *model.Term) { x.Expected = 0 }},
		{"paid_within", func(x *model.Term) { x.PaidWithin = 0 }},
		{"percent_of", func(x *model.Term) { x.PercentOf = model.OfGross }},
		{"count", func(x *model.Term) { x.Count = 1 }},
		{"value", func(x *model.Term) { x.Percent, x.Amount, x.Days = 0, 0, 0 }},
		{"basis", func(x *model.Term) {
			if spec, ok := model.TermSpecOf(x.Kind); ok {
				x.Basis = spec.Basis
			} else {
				x.Basis = model.FixedAmount
			}
		}},
	}
	for _, tr := range tries {
		x := t
		tr.fix(&x)
		if err := model.CheckTerm(x); err == nil || was == nil || err.Error() != was.Error() {
			return tr.col
		}
	}
	return "term"
}

// finishTerms checks each year the import touches as a whole.
func (p *planner) finishTerms() {
	for key, row := range p.termYearRows {
		y := p.termsYears[key]
		t, ok := p.touched[string(Terms)+"/"+key]
		if !ok {
			continue // its rows were rejected already
		}
		if err := model.CheckTermsYear(*y); err != nil {
			p.out.Rejected = append(p.out.Rejected, Rejection{Sheet: t.sheet, Row: row, Column: p.headerIn(t.sheet, "year"), Reason: bilingual(err)})
		}
	}
}
