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

// xlSheetRows reads a sheet's rows with raw values, and finds a column by
// its header.
func xlSheetRows(t *testing.T, f *excelize.File, sheet string) ([][]string, func(header string) int) {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil || len(rows) == 0 {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	return rows, func(header string) int {
		t.Helper()
		i := slices.Index(rows[0], header)
		if i < 0 {
			t.Fatalf("sheet %s has no column %q: %q", sheet, header, rows[0])
		}
		return i
	}
}

// at is a row's cell, "" past its end (a spreadsheet drops trailing
// empty cells).
func at(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

// sameNumber reports whether a raw cell holds v.
func sameNumber(raw string, v float64) bool {
	got, err := strconv.ParseFloat(raw, 64)
	return err == nil && math.Abs(got-v) < 1e-9*math.Max(1, math.Abs(v))
}

// The scorecards say what the Review tab says: each metric's achievement
// rate (达成率), its band against the target and its tolerance, and the
// year to date where the year holds more than one review.
func TestScorecardsShowBandsAsTheReviewTabDoes(t *testing.T) {
	for _, l := range model.Langs {
		w := func(en, zh string) string { return model.T(en, zh).In(l) }
		ws := model.CaseStudy(planDay, l)
		f := xlReadBack(t, ws, l)
		rows, col := xlSheetRows(t, f, w("Scorecards", "计分卡"))
		achieved, band := col(w("Achieved", "达成率")), col(w("Band", "达标情况"))
		tolerance := col(w("Near target within (pts for a %, else % of target)", "接近目标的容差（百分比指标为百分点，其他为目标的 %）"))
		ytdReviews, ytdAchieved, ytdBand := col(w("Year to date: reviews", "年初至今：回顾次数")), col(w("Year to date: achieved", "年初至今：达成率")), col(w("Year to date: band", "年初至今：达标情况"))
		bands := map[model.Band]int{}
		next := 1
		x := newExportIndex(ws, planDay)
		// The workbook: every metric of every review, in the order written.
		seenYTD, seenSetTolerance := 0, 0
		for _, a := range x.accounts {
			list := x.meetings[a.ID]
			for _, m := range list {
				for i, x := range m.Scorecard {
					r := rows[next]
					next++
					what := fmt.Sprintf("%s: %s %s %s", l, a.Name, m.Date.Format(model.DateLayout), x.Name.In(l))
					if r[0] != a.Name || at(r, 2) != x.Name.In(l) {
						t.Fatalf("%s: row %d is %q", what, next, r)
					}
					if v, ok := x.Achievement(); ok != (at(r, achieved) != "") || ok && !sameNumber(at(r, achieved), v/100) {
						t.Errorf("%s: achieved %q, the model %g%%", what, at(r, achieved), v)
					}
					if b := x.Band(); b != model.NoBand && at(r, band) != model.NameOf(model.Bands, b, l) {
						t.Errorf("%s: band %q, the model %s", what, at(r, band), model.NameOf(model.Bands, b, l))
					}
					bands[x.Band()]++
					if !sameNumber(at(r, tolerance), x.ToleranceOrDefault()) {
						t.Errorf("%s: tolerance %q, the model %g", what, at(r, tolerance), x.ToleranceOrDefault())
					}
					if x.Tolerance != nil {
						seenSetTolerance++
					}
					ytd := model.YTD(m, i, list)
					if (ytd.Reviews >= 2) != (at(r, ytdReviews) != "") {
						t.Errorf("%s: year to date of %q reviews, the model %d", what, at(r, ytdReviews), ytd.Reviews)
					}
					if ytd.Reviews >= 2 {
						seenYTD++
						v, _ := ytd.Achievement()
						if !sameNumber(at(r, ytdAchieved), v/100) || at(r, ytdBand) != model.NameOf(model.Bands, ytd.Band(), l) {
							t.Errorf("%s: year to date %q %q, the model %g%% %s", what, at(r, ytdAchieved), at(r, ytdBand), v, model.NameOf(model.Bands, ytd.Band(), l))
						}
					}
				}
			}
		}
		if next != len(rows) {
			t.Errorf("%s: %d rows, %d metrics", l, len(rows)-1, next-1)
		}
		if bands[model.OnBand] == 0 || bands[model.NearBand] == 0 || bands[model.OffBand] == 0 || seenYTD == 0 || seenSetTolerance == 0 {
			t.Errorf("%s: the case study leaves something untested: bands %v, %d years to date, %d tolerances set", l, bands, seenYTD, seenSetTolerance)
		}

		// The plan: the last review of MegaMart, whose year has two.
		plan := AccountPlan(ws, "cs01", l, planDay)
		table := mdSectionTable(t, plan, w("Last business review", "最近一次业务回顾"))
		last := x.meetings["cs01"][0]
		ai, bi := slices.Index(table[0], w("Achieved", "达成率")), slices.Index(table[0], w("Band", "达标情况"))
		if ai < 0 || bi < 0 {
			t.Fatalf("%s: the plan's scorecard has no achievement or band: %q", l, table[0])
		}
		near := 0
		for i, m := range last.Scorecard {
			v, _ := m.Achievement()
			if table[i+1][ai] != model.FormatPercent(v) || table[i+1][bi] != model.NameOf(model.Bands, m.Band(), l) {
				t.Errorf("%s: %s achieved %q, %q; the model %s, %s", l, m.Name.In(l), table[i+1][ai], table[i+1][bi], model.FormatPercent(v), model.NameOf(model.Bands, m.Band(), l))
			}
			if m.Band() == model.NearBand {
				near++
			}
		}
		if want := fmt.Sprintf(w(", %d near it.", "，%d 项接近目标。"), near); near == 0 || !strings.Contains(plan, want) {
			t.Errorf("%s: the plan does not say %q", l, want)
		}
		if !strings.Contains(plan, w("**Year to date**", "**年初至今**")) {
			t.Errorf("%s: the plan has no year to date", l)
		}
	}
}

// The concessions say the term and step each gives and the sheet of
// negotiations what they cost against the budget, as the worksheet does;
// the plan lists them with the total against the budget.
func TestConcessionsShowTheirStepAndBudget(t *testing.T) {
	for _, l := range model.Langs {
		w := func(en, zh string) string { return model.T(en, zh).In(l) }
		ws := model.CaseStudy(planDay, l)
		f := xlReadBack(t, ws, l)
		conc, ccol := xlSheetRows(t, f, w("Concessions", "让步"))
		negs, ncol := xlSheetRows(t, f, w("Negotiations", "谈判"))
		x := newExportIndex(ws, planDay)
		stepped := 0
		for _, n := range ws.Negotiations {
			a := x.byID[n.AccountID]
			year, _ := model.CostingYear(x.terms[a.ID], n)
			r := slices.IndexFunc(negs, func(r []string) bool { return r[0] == a.Name && r[1] == n.Title })
			if r < 0 {
				t.Fatalf("%s: no row for %s", l, n.Title)
			}
			total := n.ConcessionsTotal()
			if !sameNumber(at(negs[r], ncol(w("Concessions cost", "让步合计"))), total.Units()) ||
				!sameNumber(at(negs[r], ncol(w("Concession budget", "让步预算"))), n.Budget.Units()) ||
				!sameNumber(at(negs[r], ncol(w("Budget left", "预算余额"))), (n.Budget-total).Units()) {
				t.Errorf("%s: %s costs %q of %q, %q left; the model %s of %s", l, n.Title, at(negs[r], ncol(w("Concessions cost", "让步合计"))),
					at(negs[r], ncol(w("Concession budget", "让步预算"))), at(negs[r], ncol(w("Budget left", "预算余额"))), model.FormatMoney(total), model.FormatMoney(n.Budget))
			}
			for _, c := range n.Concessions {
				r := slices.IndexFunc(conc, func(r []string) bool { return r[0] == a.Name && r[1] == n.Title && at(r, 3) == c.What })
				if r < 0 {
					t.Fatalf("%s: no row for %s", l, c.What)
				}
				term := ""
				if spec, ok := model.TermSpecOf(c.Term); ok {
					term = spec.Name.In(l)
					stepped++
				}
				if at(conc[r], ccol(w("Term", "条款"))) != term || at(conc[r], ccol(w("Step", "让步幅度"))) != c.StepText(year, l) {
					t.Errorf("%s: %s gives %q %q, the model %q %q", l, c.What, at(conc[r], ccol(w("Term", "条款"))), at(conc[r], ccol(w("Step", "让步幅度"))), term, c.StepText(year, l))
				}
			}
		}
		if stepped == 0 {
			t.Errorf("%s: no concession on a term to check", l)
		}

		plan := AccountPlan(ws, "cs01", l, planDay)
		n := x.negotiations["cs01"][0]
		year, _ := model.CostingYear(x.terms["cs01"], n)
		for _, c := range n.Concessions {
			if spec, ok := model.TermSpecOf(c.Term); ok && !strings.Contains(plan, spec.Name.In(l)+" "+c.StepText(year, l)) {
				t.Errorf("%s: the plan does not give the step of %s", l, c.What)
			}
			if !strings.Contains(plan, model.FormatMoney(c.Cost)) {
				t.Errorf("%s: the plan does not give the cost of %s", l, c.What)
			}
		}
		total := n.ConcessionsTotal()
		want := fmt.Sprintf(w("The concessions cost %s in all, within the budget of %s, %s left.", "让步合计 %s，在预算 %s 之内，尚余 %s。"),
			model.FormatMoney(total), model.FormatMoney(n.Budget), model.FormatMoney(n.Budget-total))
		if n.Budget == 0 || total > n.Budget || !strings.Contains(plan, want) {
			t.Errorf("%s: the plan does not say %q", l, want)
		}
	}
}
