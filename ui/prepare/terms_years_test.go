package prepare

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// withTerms is the case study with MegaMart's years of terms passed
// through keep (false drops a year).
func withTerms(t *testing.T, keep func(*model.TermsYear) bool) *harness {
	ws := model.CaseStudy(now, model.English)
	var terms []model.TermsYear
	for _, y := range ws.Terms {
		if y.AccountID != "cs01" || keep(&y) {
			terms = append(terms, y)
		}
	}
	ws.Terms = terms
	return newHarness(t, ws)
}

// N on the proposal column adds the next year from the proposal, the
// latest thinking: its terms and its gross sales.
func TestNewYearCopiesTheProposal(t *testing.T) {
	h := caseStudy(t)
	h.Press("v", "right", "right", "right", "N", "enter", "enter") // 2028, not a proposal
	prop, _ := h.Ctx.Data.TermsYear("cs01", 2027, true)
	y, ok := h.Ctx.Data.TermsYear("cs01", 2028, false)
	if !ok {
		t.Fatalf("no 2028:\n%s", h.tab.View())
	}
	disc, _ := y.Find("invoice_discount")
	if y.GrossSales != prop.GrossSales || len(y.Terms) != len(prop.Terms) || disc.Percent != 6.2 {
		t.Errorf("2028 has gross %v, %d terms, discount %v%%; the proposal %v, %d terms", y.GrossSales, len(y.Terms), disc.Percent, prop.GrossSales, len(prop.Terms))
	}
	if v := h.tab.View(); !strings.Contains(v, "+0 bp") || !strings.Contains(v, "+0.0% vs +0.0%") {
		t.Errorf("2028 equals the proposal:\n%s", v)
	}
}

// With only a proposal, N still starts from it rather than from nothing.
func TestNewYearAfterOnlyAProposal(t *testing.T) {
	h := withTerms(t, func(y *model.TermsYear) bool { return y.Proposal })
	h.Press("v", "N", "enter", "enter")
	y, ok := h.Ctx.Data.TermsYear("cs01", 2028, false)
	if !ok || len(y.Terms) != 14 || y.GrossSales != 65_205_000_00 {
		t.Fatalf("2028: %v, %d terms, gross %v", ok, len(y.Terms), y.GrossSales)
	}
	v := h.tab.View()
	for _, bad := range []string{"-1682 bp", "-100%"} {
		if strings.Contains(v, bad) {
			t.Errorf("shows %q:\n%s", bad, v)
		}
	}
}

// A year without values is never compared with: "–" and words, not a
// drop of every basis point and "-100% vs +0%".
func TestEvolutionAgainstAYearWithoutValues(t *testing.T) {
	h := withTerms(t, func(y *model.TermsYear) bool {
		if y.Year == 2025 {
			y.Terms = nil // gross sales, no terms
		}
		return true
	})
	h.Press("v", "right") // 2025
	v := h.tab.View()
	for _, bad := range []string{"-1", "-100%", "+0%"} {
		if strings.Contains(lineOf(v, "Change on the year before")+lineOf(v, "Spend vs sales"), bad) {
			t.Errorf("the evolution shows %q:\n%s", bad, v)
		}
	}
	if got := lineOf(v, "Change on the year before"); strings.Count(got, "–") != 2 || !strings.Contains(got, "+148 bp") {
		t.Errorf("2025 and 2026 are not comparable, the proposal is: %q", got)
	}
	// 2025 has no spend to compare 2024's with; 2026's spend is new after
	// a year of sales without any: not "! +0% vs +x%".
	if got := lineOf(v, "Spend vs sales"); strings.Count(got, "not comparable") != 1 || !strings.Contains(got, "new spend") || strings.Contains(got, "+0") {
		t.Errorf("words say why: %q", got)
	}
	if !strings.Contains(v, "2025: no values to compare with 2024") {
		t.Errorf("the detail says it:\n%s", v)
	}
	// The comparison of every account says it too.
	h.Press("v")
	if got := lineOf(h.tab.View(), "MegaMart"); !strings.Contains(got, "–") || !strings.Contains(got, "new spend") || strings.Contains(got, " bp") {
		t.Errorf("compare: %q", got)
	}
	h.SetLang(model.Chinese)
	h.Press("v", "v") // back to the terms, still on 2025
	v = h.tab.View()
	for _, want := range []string{"2027 年提案", "无可比数据", "新增费用", "2025：无可比数据（对比 2024）"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
}

// The proposal says so in words, so it shows without colour.
func TestProposalInWords(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	h := caseStudy(t)
	h.Press("v", "right", "right", "right")
	v := h.tab.View()
	if !strings.Contains(lineOf(v, "2026"), "2027 proposal") || !strings.Contains(v, "Gross sales 2027 proposal: 65,205,000") {
		t.Errorf("the proposal is named:\n%s", v)
	}
}

func lineOf(v, s string) string {
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}
