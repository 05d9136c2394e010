package exchange

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kam-workbench/kam/model"
)

// costingCases are the case study as built, and the same with the rules
// a workspace may set: credit beyond last year's days, another VAT rate,
// conditional terms expected at part of their value, a term of the
// invoiced value.
func costingCases(l model.Lang) map[string]model.Workspace {
	plain := model.CaseStudy(planDay, l)
	varied := model.CaseStudy(planDay, l)
	varied.Settings.CreditFromLastYear, varied.Settings.CreditStandardDays = true, 30
	varied.Settings.VATRate, varied.Settings.CostOfCapital = 9, 6.5
	for i, y := range varied.Terms {
		terms := slices.Clone(y.Terms)
		for j, t := range terms {
			switch {
			case t.Conditional:
				terms[j].Expected = 60 + float64(j)
			case t.Kind == "promo_funding":
				terms[j].PercentOf = model.OfInvoiced
			case t.Kind == "logistics_allowance":
				terms[j].PercentOf = model.OfVATInclusive
			}
		}
		varied.Terms[i].Terms = terms
	}
	return map[string]model.Workspace{"case study": plain, "its rules varied": varied}
}

// yearsOf are an account's years of terms in the order the screens list
// them.
func yearsOf(ws model.Workspace, accountID string) []model.TermsYear {
	var out []model.TermsYear
	for _, y := range ws.Terms {
		if y.AccountID == accountID {
			out = append(out, y)
		}
	}
	slices.SortStableFunc(out, model.CompareTermsYears)
	return out
}

// mdSection is the first pipe table under a heading of a plan, its
// cells trimmed and without bold marks.
func mdSectionTable(t *testing.T, plan, heading string) [][]string {
	t.Helper()
	_, section, ok := strings.Cut(plan, "\n## "+heading+"\n")
	if !ok {
		t.Fatalf("the plan has no section %q", heading)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var rows [][]string
	for line := range strings.SplitSeq(section, "\n") {
		if !strings.HasPrefix(line, "|") {
			if len(rows) > 0 {
				break
			}
			continue
		}
		if strings.HasPrefix(line, "| -") || strings.HasPrefix(line, "| :") {
			continue
		}
		var cells []string
		for _, c := range strings.Split(strings.Trim(line, "|"), " | ") {
			cells = append(cells, strings.Trim(strings.TrimSpace(c), "*"))
		}
		rows = append(rows, cells)
	}
	return rows
}

// The plan's cost table and the workbook's terms sheets give, for every
// year, the figures the terms screen gives: each term and each total as
// Settings.Costing counts it, the cost of credit on its own line, what
// conditional terms leave at risk, the change in basis points.
func TestExportsCostTermsAsTheScreenDoes(t *testing.T) {
	for _, l := range model.Langs {
		w := func(en, zh string) string { return model.T(en, zh).In(l) }
		for name, ws := range costingCases(l) {
			f := xlReadBack(t, ws, l)
			byYear, _ := f.GetRows(w("Terms by year", "各年条款费用"), excelize.Options{RawCellValue: true})
			byTerm, _ := f.GetRows(w("Terms", "贸易条款"), excelize.Options{RawCellValue: true})
			col := func(rows [][]string, en, zh string) int {
				i := slices.Index(rows[0], w(en, zh))
				if i < 0 {
					t.Fatalf("%s: no column %q in %q", l, w(en, zh), rows[0])
				}
				return i
			}
			money := func(raw string) model.Money {
				v, err := strconv.ParseFloat(raw, 64)
				if err != nil {
					return -1
				}
				return model.Money(math.Round(v * 100))
			}
			atRiskSeen := false
			for _, a := range ws.Accounts {
				all := yearsOf(ws, a.ID)
				if len(all) == 0 {
					continue
				}
				plan := AccountPlan(ws, a.ID, l, planDay)
				table := mdSectionTable(t, plan, w("Trading terms", "贸易条款"))
				cell := func(label string, year int) (string, bool) {
					for _, r := range table {
						if r[0] == label {
							return r[year], true
						}
					}
					return "", false
				}
				for i, y := range all {
					rules := ws.Settings.Costing(all, y)
					cost := rules.Year(y)
					terms, _ := rules.Terms(y)
					atRiskSeen = atRiskSeen || cost.AtRisk > 0
					what := fmt.Sprintf("%s, %s: %s %s", l, name, a.Name, planYearName(y, l))

					// The workbook: a row per year, a row per term.
					r := slices.IndexFunc(byYear, func(r []string) bool {
						return r[0] == a.Name && r[1] == strconv.Itoa(y.Year) && (r[2] != "") == y.Proposal
					})
					if r < 0 {
						t.Fatalf("%s: no row in the workbook", what)
					}
					for _, c := range []struct {
						en, zh string
						want   model.Money
					}{
						{"Gross sales", "总销售额", y.GrossSales}, {"Invoiced sales", "开票额", cost.Invoiced},
						{"On invoice", "票面费用", cost.OnInvoice}, {"Off invoice", "票外费用", cost.OffInvoice},
						{"Cost of credit", "账期资金成本", cost.Credit}, {"All terms", "全部条款", cost.Total()},
						{"Conditional, at risk", "有条件返利风险部分", cost.AtRisk},
					} {
						if got := money(byYear[r][col(byYear, c.en, c.zh)]); got != c.want {
							t.Errorf("%s: the workbook's %s is %s, the screen's %s", what, c.en, model.FormatMoney(got), model.FormatMoney(c.want))
						}
					}
					if i > 0 {
						e := model.Evolve(ws.Settings.Costing(all, all[i-1]).Year(all[i-1]), cost)
						got, err := strconv.ParseFloat(byYear[r][col(byYear, "Change, basis points", "变化（基点）")], 64)
						if e.Comparable && (err != nil || math.Abs(got-e.BasisPoints) > 1e-6) {
							t.Errorf("%s: the workbook's change is %g bp (%v), the screen's %g", what, got, err, e.BasisPoints)
						}
					}
					for k, term := range y.Terms {
						r := slices.IndexFunc(byTerm, func(r []string) bool {
							return r[0] == a.Name && r[1] == strconv.Itoa(y.Year) && (r[2] != "") == y.Proposal && r[3] == term.Label(l)
						})
						if r < 0 {
							t.Fatalf("%s: no row in the workbook for %s", what, term.Label(l))
						}
						if got := money(byTerm[r][col(byTerm, "Cost", "费用")]); got != terms[k].Expected {
							t.Errorf("%s: the workbook's %s costs %s, the screen's %s", what, term.Label(l), model.FormatMoney(got), model.FormatMoney(terms[k].Expected))
						}
						if term.Conditional {
							if got := money(byTerm[r][col(byTerm, "At risk (not counted)", "风险部分（未计入）")]); got != terms[k].AtRisk() {
								t.Errorf("%s: the workbook's %s leaves %s at risk, the screen %s", what, term.Label(l), model.FormatMoney(got), model.FormatMoney(terms[k].AtRisk()))
							}
						}
					}

					// The plan: the latest three years.
					c := slices.Index(table[0], planYearName(y, l))
					if len(all)-i > maxPlanYears {
						if c >= 0 {
							t.Errorf("%s: an older year in the plan", what)
						}
						continue
					}
					if c < 0 {
						t.Fatalf("%s: not in the plan: %q", what, table[0])
					}
					figure := func(m model.Money) string {
						s := model.FormatCompact(m, l)
						if p, ok := cost.Pct(m); ok {
							s += w(" (", "（") + model.FormatRate(p) + w(")", "）")
						}
						return s
					}
					for _, c2 := range []struct {
						en, zh string
						want   string
					}{
						{"Gross sales", "总销售额", model.FormatCompact(y.GrossSales, l)},
						{"On invoice", "票面费用", figure(cost.OnInvoice)}, {"Off invoice", "票外费用", figure(cost.OffInvoice)},
						{"Cost of credit", "账期资金成本", figure(cost.Credit)}, {"All terms", "全部条款", figure(cost.Total())},
					} {
						if got, ok := cell(w(c2.en, c2.zh), c); !ok || got != c2.want {
							t.Errorf("%s: the plan's %s is %q, the screen's %q", what, c2.en, got, c2.want)
						}
					}
					if got, ok := cell(w("Conditional, at risk (not counted)", "有条件返利·未计入的风险部分"), c); ok != (cost.AtRisk > 0 || anyAtRisk(ws, all[max(len(all)-maxPlanYears, 0):])) || ok && got != figure(cost.AtRisk) {
						t.Errorf("%s: the plan's at risk is %q (%v), the screen's %s", what, got, ok, figure(cost.AtRisk))
					}
					for k, term := range y.Terms {
						if got, _ := cell(term.Label(l), c); got != figure(terms[k].Expected) {
							t.Errorf("%s: the plan's %s is %q, the screen's %q", what, term.Label(l), got, figure(terms[k].Expected))
						}
					}
					if i > 0 {
						e := model.Evolve(ws.Settings.Costing(all, all[i-1]).Year(all[i-1]), cost)
						if got, _ := cell(w("Change, basis points", "变化（基点）"), c); e.Comparable && got != fmt.Sprintf("%+.0f bp", e.BasisPoints) {
							t.Errorf("%s: the plan's change is %q, the screen's %+.0f bp", what, got, e.BasisPoints)
						}
					}
				}
			}
			if name != "case study" && !atRiskSeen {
				t.Errorf("%s, %s: no amount at risk to check", l, name)
			}
		}
	}
}

// anyAtRisk reports whether conditional terms leave something at risk in
// any of the years: the plan then has a line for it.
func anyAtRisk(ws model.Workspace, years []model.TermsYear) bool {
	all := yearsOf(ws, years[0].AccountID)
	for _, y := range years {
		if ws.Settings.Costing(all, y).Year(y).AtRisk != 0 {
			return true
		}
	}
	return false
}
