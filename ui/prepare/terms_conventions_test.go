package prepare

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// conventionsCase is MegaMart with two years written out by hand, costed
// with a 13% VAT rate and 30 standard payment days: 2025 with sales and no
// spend, 2026 with the terms of model's megaYear.
func conventionsCase(t *testing.T, lang model.Lang) *harness {
	ws := model.CaseStudy(now, lang)
	ws.Settings.VATRate, ws.Settings.CreditStandardDays = 13, 30
	var terms []model.TermsYear
	for _, y := range ws.Terms {
		if y.AccountID != "cs01" {
			terms = append(terms, y)
		}
	}
	ws.Terms = append(terms,
		model.TermsYear{AccountID: "cs01", Year: 2025, GrossSales: 60_000_000_00},
		model.TermsYear{AccountID: "cs01", Year: 2026, GrossSales: 63_000_000_00, Terms: []model.Term{
			{Kind: "invoice_discount", Basis: model.PercentOfSales, Percent: 6, OnInvoice: true},
			{Kind: "prompt_payment", Basis: model.PercentOfSales, Percent: 2, OnInvoice: true, PercentOf: model.OfInvoiced, PaidWithin: 10},
			{Kind: "payment_days", Basis: model.PaymentDays, Days: 60},
			{Kind: "volume_bonus", Basis: model.PercentOfSales, Percent: 1, PercentOf: model.OfVATInclusive, Conditional: true, Condition: "sales ≥ 65M", Expected: 80},
			{Kind: "listing_fee", Basis: model.FixedAmount, Amount: 50_000_00, Count: 4},
		}})
	return newHarness(t, ws)
}

// The terms view costs by the workspace's rules and says so: the cost of
// credit on its own line, the volume bonus at 80% with the rest at risk,
// the prompt-payment discount's yearly rate, and 2026's spend as new.
func TestTermsViewByTheWorkspaceRules(t *testing.T) {
	h := conventionsCase(t, model.English)
	h.Press("v", "right") // 2026
	v := h.tab.View()
	for line, want := range map[string]string{
		"credit beyond":     "credit beyond 30 days at 5% · VAT 13% (c)",
		"Cost of credit":    "270K",  // 65,580,228 × 30/365 × 5% = 269,507.79
		"On-invoice terms":  "4.96M", // 3,780,000 + 1,184,400
		"Off-invoice terms": "725K",  // 524,641.82 + 200,000
		"All terms":         "5.96M", // 5,958,549.61
		"at risk":           "131K",  // 655,802.28 − 524,641.82
		"Volume bonus":      "525K",
		"Spend vs sales":    "new spend",
	} {
		if got := lineOf(v, line); !strings.Contains(got, want) {
			t.Errorf("%s: %q lacks %q", line, got, want)
		}
	}
	if got := lineOf(v, "Spend vs sales"); strings.Contains(got, "+0") || strings.Contains(got, "!") {
		t.Errorf("new spend is no growth: %q", got)
	}
	if !strings.Contains(v, "2026: new spend, none in 2025 (sales +5.0%)") {
		t.Errorf("the detail of gross sales says the spend is new:\n%s", v)
	}
	h.Press("down", "down") // the prompt-payment discount
	v = h.tab.View()
	for _, want := range []string{
		"Prompt-payment discount · 2026: 2% of invoiced sales (net of on-invoice terms) 59.2M · On-invoice · Cost 1,184,400",
		"paid within 10 days of 60: 14.9% a year vs capital at 5%, dearer than capital", // 2/98 × 365/50
	} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
	h.Press("down") // payment days
	if v := h.tab.View(); !strings.Contains(v, "Payment days · 2026: 60 days · Credit · Cost 269,507.79") ||
		!strings.Contains(v, "30 days beyond the standard 30, on 65,580,228 incl. VAT, at 5% a year") {
		t.Errorf("payment days:\n%s", v)
	}
	h.Press("down") // the volume bonus
	if v := h.tab.View(); !strings.Contains(v, "at 80% expected: 524,641.82 counted · 131,160.46 at risk · 655,802.28 in full") {
		t.Errorf("volume bonus:\n%s", v)
	}
}

func TestTermsViewByTheWorkspaceRulesInChinese(t *testing.T) {
	h := conventionsCase(t, model.Chinese)
	h.SetLang(model.Chinese)
	h.Press("v", "right")
	v := h.tab.View()
	for _, want := range []string{"账期超出30 天按 5% 计 · 增值税 13%（c）", "账期资金成本", "新增费用", "有条件返利·未计入的风险部分", "13.1万"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
}

// The term form asks a rebate's base and its expected achievement, and
// keeps what is typed.
func TestTermFormAsksTheBaseAndTheExpectedAchievement(t *testing.T) {
	h := conventionsCase(t, model.English)
	h.Press("v", "right", "down", "down", "down", "down", "e") // the volume bonus of 2026
	h.Press("enter", "ctrl+u", "text:1.5", "enter", "enter", "enter", "enter", "enter")
	// The second page: its base (VAT-inclusive, kept) and the expected achievement.
	h.Press("enter", "ctrl+u", "text:60", "enter")
	y, _ := h.Ctx.Data.TermsYear("cs01", 2026, false)
	bonus, _ := y.Find("volume_bonus")
	if bonus.Percent != 1.5 || bonus.Expected != 60 || bonus.PercentOf != model.OfVATInclusive || !bonus.Conditional {
		t.Fatalf("volume bonus: %+v\n%s", bonus, h.tab.View())
	}
	// 65,580,228 × 1.5% = 983,703.42; at 60%: 590,222.05 counted, 393,481.37 at risk.
	if v := h.tab.View(); !strings.Contains(v, "at 60% expected: 590,222.05 counted · 393,481.37 at risk · 983,703.42 in full") {
		t.Errorf("view:\n%s", v)
	}
}

// Every account's spend side by side: spend that grew slower than sales
// says so, not "in step"; spend after a year without any is new.
func TestCompareSaysSlowerAndNew(t *testing.T) {
	h := conventionsCase(t, model.English)
	h.Press("v", "v") // all accounts, 2026 (now)
	if got := lineOf(h.tab.View(), "MegaMart"); !strings.Contains(got, "new spend") || strings.Contains(got, " bp") {
		t.Errorf("MegaMart: %q", got)
	}
	ws := model.CaseStudy(now, model.English)
	var terms []model.TermsYear
	for _, y := range ws.Terms {
		if y.AccountID != "cs01" {
			terms = append(terms, y)
		}
	}
	// 8% of 100M, then 8.4M on 110M: spend +5.0% against sales +10.0%.
	disc := func(m model.Money) []model.Term {
		return []model.Term{{Kind: "data_fee", Basis: model.FixedAmount, Amount: m}}
	}
	ws.Terms = append(terms, model.TermsYear{AccountID: "cs01", Year: 2025, GrossSales: 100_000_000_00, Terms: disc(8_000_000_00)},
		model.TermsYear{AccountID: "cs01", Year: 2026, GrossSales: 110_000_000_00, Terms: disc(8_400_000_00)})
	h = newHarness(t, ws)
	h.Press("v", "v")
	if got := lineOf(h.tab.View(), "MegaMart"); !strings.Contains(got, "grew slower than sales") || strings.Contains(got, "in step") {
		t.Errorf("MegaMart: %q", got)
	}
}
