package prepare

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/uitest"
)

var now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

type harness struct {
	*uitest.Harness
	tab *Model
}

func newHarness(t *testing.T, ws model.Workspace) *harness {
	t.Helper()
	h, tab := uitest.For(t, ws, now, New)
	return &harness{Harness: h, tab: tab}
}

func caseStudy(t *testing.T) *harness { return newHarness(t, model.CaseStudy(now, model.English)) }

func (h *harness) negotiation(title string) model.Negotiation {
	all, err := h.Store.Negotiations()
	if err != nil {
		h.T.Fatal(err)
	}
	for _, n := range all {
		if n.Title == title {
			return n
		}
	}
	h.T.Fatalf("no negotiation %q", title)
	return model.Negotiation{}
}

func TestNegotiationList(t *testing.T) {
	h := caseStudy(t)
	v := h.tab.View()
	for _, want := range []string{"MegaMart 美佳大卖场", "2 negotiations", "Annual terms 2027", "2027-03-10", "ready", "Annual terms 2026", "concluded", "P+ R+ E+ P+ A+ R+ E+"} {
		if !strings.Contains(v, want) {
			t.Errorf("list lacks %q:\n%s", want, v)
		}
	}
}

func TestNewNegotiationAndReadiness(t *testing.T) {
	h := caseStudy(t)
	h.Press("n", "text:Mid-year review", "enter", "text:2027-07-01", "enter", "ctrl+u", "text:2027", "enter")
	n := h.negotiation("Mid-year review")
	if n.Status != model.Draft || n.Year != 2027 || n.Meeting.Format(model.DateLayout) != "2027-07-01" {
		t.Fatalf("saved %+v", n)
	}
	// The list puts the latest meeting first: July's new one is under the cursor.
	h.Press("r")
	if !strings.Contains(h.Status, "Not ready yet: fill Purpose, Expectations, Power, Resources to trade first.") {
		t.Fatalf("status %q", h.Status)
	}
	if h.negotiation("Mid-year review").Status != model.Draft {
		t.Error("an unfilled worksheet stays a draft")
	}
	// Fill Purpose, Expectations and Power through the worksheet.
	h.Press("enter", "n", "text:Keep the discount", "enter", "enter", "enter", "enter") // an objective, Must, on no issue
	h.Press("right", "right", "n", "text:Invoice discount", "enter", "enter", "enter",
		"ctrl+u", "text:5", "enter", "ctrl+u", "text:5.5", "enter", "ctrl+u", "text:6", "enter",
		"ctrl+u", "text:8", "enter", "ctrl+u", "text:7", "enter", "ctrl+u", "text:5.8", "enter")
	if v := h.tab.View(); !strings.Contains(v, "zone of agreement 5.8 to 6") {
		t.Fatalf("the zone is computed:\n%s", v)
	}
	h.Press("right", "enter", "text:Grow elsewhere", "enter", "down", "enter", "text:Private label", "enter")
	h.Press("down", "enter", "enter", "enter", "enter", "enter", "enter") // the balance, five scores of 3
	n = h.negotiation("Mid-year review")
	if ok, missing, _ := n.ReadyToNegotiate(); ok || len(missing) != 1 || missing[0] != model.SecResources {
		t.Fatalf("without a concession to trade: %v %v", ok, missing)
	}
	// Resources to trade: a concession with a typed cost.
	h.Press("right", "right", "n", "text:Shelf planning", "enter", "enter", "enter", "enter", "text:80,000", "enter",
		"enter", "text:if you share sell-out data", "enter", "enter", "enter")
	n = h.negotiation("Mid-year review")
	if ok, missing, _ := n.ReadyToNegotiate(); !ok {
		t.Fatalf("missing %v; balance %v", missing, n.Power.Balance)
	}
	h.Press("r")
	if h.negotiation("Mid-year review").Status != model.Ready {
		t.Errorf("r marks a filled worksheet ready: %q", h.Status)
	}
	h.Press("r")
	if h.negotiation("Mid-year review").Status != model.Draft {
		t.Error("r again puts it back to draft")
	}
}

func TestWorksheetSectionsAndFlags(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter") // Annual terms 2027
	checks := []struct {
		section model.Section
		want    []string
	}{
		{model.SecPurpose, []string{"P Purpose", "Must", "Hold the invoice discount at 6%", "(Payment days at most 60)", "Like"}},
		{model.SecResearch, []string{"The buyer's KPIs", "online pick-up", "Tactics we expect", "-> Offer data and shelf planning"}},
		{model.SecExpectations, []string{"zone of agreement: only 6", "zone of agreement 58 to 60", "no zone of agreement", "1,400,000", "! No zone of agreement on Listing fee per new SKU",
			"The deal as a whole", "Our walk-away", "Their walk-away"}},
		{model.SecPower, []string{"Our best alternative (BATNA)", "Balance 3.2: balanced", "4 ####."}},
		{model.SecAgenda, []string{"15 min", "100 min  in all", "Our team", "David Ho 何大卫", "Their team"}},
		{model.SecResources, []string{"Five more payment days", "! nothing asked in return", "kept for the close", "What we will not give", "! Nothing asked in return for Five more payment days."}},
		{model.SecExit, []string{"(not agreed)", "Open points", "Who pays for the online pick-up shelves?", "Follow-up actions"}},
	}
	for _, c := range checks {
		v := h.tab.View()
		for _, want := range c.want {
			if !strings.Contains(v, want) {
				t.Errorf("section %d lacks %q:\n%s", c.section, want, v)
			}
		}
		h.Press("right")
	}
	if h.tab.section != model.SecPurpose {
		t.Error("→ after the last section comes back to the first")
	}
}

func TestRemoveARowAndExitValues(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter", "down", "d", "y")
	n := h.negotiation("Annual terms 2027")
	if len(n.Objectives) != 3 || n.Objectives[1].Text == "No more payment days than 60" {
		t.Errorf("after removing: %+v", n.Objectives)
	}
	// Exit: agree a value beyond our walk-away on the payment days.
	h.Press("left") // Exit
	h.Press("down", "enter", "text:70", "enter")
	n = h.negotiation("Annual terms 2027")
	if n.Issues[1].Agreed == nil || *n.Issues[1].Agreed != 70 || n.Issues[1].Judge() != model.BeyondWalkAway {
		t.Fatalf("agreed: %+v", n.Issues[1])
	}
	if !strings.Contains(h.tab.View(), "beyond our walk-away") {
		t.Error("the exit judges the value")
	}
	h.Press("enter", "ctrl+u", "enter")
	if h.negotiation("Annual terms 2027").Issues[1].Agreed != nil {
		t.Error("an empty value clears it")
	}
}

func TestConcludeAndWriteTerms(t *testing.T) {
	h := caseStudy(t)
	h.Press("T")
	if !strings.Contains(h.Status, "Conclude the negotiation first") {
		t.Errorf("status %q", h.Status)
	}
	h.Press("x", "y")
	if h.negotiation("Annual terms 2027").Status != model.Concluded {
		t.Fatal("x, y concludes")
	}
	h.Press("enter", "left", "enter", "text:6.2", "enter", "down", "enter", "text:60", "enter", "esc")
	h.Press("T")
	if h.tab.Ask == nil || !strings.Contains(h.tab.View(), "Write 2 agreed values into the terms of 2027?") {
		t.Fatalf("T asks:\n%s", h.tab.View())
	}
	h.Press("y")
	years, _ := h.Store.Terms()
	var got model.TermsYear
	for _, y := range years {
		if y.AccountID == "cs01" && y.Year == 2027 && !y.Proposal {
			got = y
		}
	}
	disc, _ := got.Find("invoice_discount")
	days, _ := got.Find("payment_days")
	if got.Year != 2027 || disc.Percent != 6.2 || days.Days != 60 || len(got.Terms) != 14 {
		t.Errorf("2027 terms: %+v", got)
	}
}

func TestDeleteAndUndoNegotiation(t *testing.T) {
	h := caseStudy(t)
	h.Press("down", "d", "y")
	if all, _ := h.Store.Negotiations(); len(all) != 1 {
		t.Fatalf("%d negotiations after delete", len(all))
	}
	h.Press("u")
	if all, _ := h.Store.Negotiations(); len(all) != 2 || !slices.ContainsFunc(all, func(n model.Negotiation) bool { return n.Title == "Annual terms 2026" && len(n.Given) == 2 }) {
		t.Error("u brings the whole worksheet back")
	}
}

func TestFormRefusesBadNumbers(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter", "right", "right", "n", "text:Price", "enter", "enter", "enter", "ctrl+u", "text:ten", "enter")
	if !strings.Contains(h.tab.View(), `"ten" is not a number`) {
		t.Errorf("view:\n%s", h.tab.View())
	}
	h.Press("esc", "y")
	h.Press("left", "left", "n", "enter")
	if !strings.Contains(h.tab.View(), "this cannot be empty") {
		t.Errorf("an empty objective is refused:\n%s", h.tab.View())
	}
}

func TestRenameTheLetters(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter", "W", "ctrl+u", "text:Goals", "enter")
	for range 6 {
		h.Press("enter")
	}
	st, _ := h.Store.Settings()
	if st.PrepareWords[model.SecPurpose].EN != "Goals" || st.PrepareWords[model.SecPower].EN != "Power" {
		t.Fatalf("words: %+v", st.PrepareWords)
	}
	if v := h.tab.View(); !strings.Contains(v, "P Goals") {
		t.Errorf("the section bar uses the new word:\n%s", v)
	}
}

func TestCostTable(t *testing.T) {
	h := caseStudy(t)
	h.Press("v")
	v := h.tab.View()
	for _, want := range []string{"trading terms: cost and evolution", "2024", "2025", "2026", "2027 proposal", "Gross sales", "58.8M",
		"Invoice discount", "On-invoice terms", "Off-invoice terms", "All terms", "18.22%", "0.78%", "Cost of credit", "+148 bp", "! +12.6%/+3.5%", "payment days at 5% a year · VAT 13%"} {
		if !strings.Contains(v, want) {
			t.Errorf("cost table lacks %q:\n%s", want, v)
		}
	}
}

func TestEditTermsAndYears(t *testing.T) {
	h := caseStudy(t)
	h.Press("v", "down", "right", "right", "e", "enter", "ctrl+u", "text:5.5", "enter", "enter", "enter", "enter", "enter")
	y, _ := h.Ctx.Data.TermsYear("cs01", 2026, false)
	disc, _ := y.Find("invoice_discount")
	if disc.Percent != 5.5 {
		t.Fatalf("2026 invoice discount %v\n%s", disc.Percent, h.tab.View())
	}
	h.Press("g", "ctrl+u", "text:70,000,000", "enter")
	y, _ = h.Ctx.Data.TermsYear("cs01", 2026, false)
	if y.GrossSales != 70_000_000_00 {
		t.Errorf("gross %v", y.GrossSales)
	}
	// A custom term: pick it and name it, then its value.
	h.Press("n", "G", "enter", "text:Shelf-ready packaging fee", "enter")
	h.Press("enter", "text:80,000", "enter", "enter", "enter", "enter", "enter")
	y, _ = h.Ctx.Data.TermsYear("cs01", 2026, false)
	if c, i := y.Find("custom:shelf-ready packaging fee"); i < 0 || c.Amount != 80_000_00 {
		t.Errorf("custom term: %+v", y.Terms)
	}
	// Adding a term the year has is refused.
	h.Press("n", "enter", "enter")
	if !strings.Contains(h.tab.View(), "Invoice discount is already in this year") {
		t.Errorf("view:\n%s", h.tab.View())
	}
	h.Press("esc")
	// A new year copies the latest one: the 2027 proposal, not 2026 with its custom term.
	h.Press("N", "ctrl+u", "text:2028", "enter", "enter")
	if y, ok := h.Ctx.Data.TermsYear("cs01", 2028, false); !ok || len(y.Terms) != 14 {
		t.Errorf("2028: %v %d", ok, len(y.Terms))
	}
	// The cost of capital.
	h.Press("c", "ctrl+u", "text:8", "enter")
	if st, _ := h.Store.Settings(); st.CostOfCapital != 8 {
		t.Errorf("cost of capital %v", st.CostOfCapital)
	}
}

func TestCompareAllAccounts(t *testing.T) {
	h := caseStudy(t)
	h.Press("v", "v")
	v := h.tab.View()
	for _, want := range []string{"Trade spend of every account, 2026", "MegaMart 美佳大卖场", "18.22%", "+148 bp", "spend outgrew sales", "grew slower than sales"} {
		if !strings.Contains(v, want) {
			t.Errorf("compare lacks %q:\n%s", want, v)
		}
	}
	h.Press("left")
	if !strings.Contains(h.tab.View(), "2025") {
		t.Error("← goes a year back")
	}
	h.Press("left", "left")
	if !strings.Contains(h.tab.View(), "No account has terms for 2023.") {
		t.Errorf("view:\n%s", h.tab.View())
	}
	h.Press("right", "right", "right", "down", "enter")
	if h.Selected != "cs01" || h.tab.view != viewTerms { // after Grand Harbour's food-hall commission
		t.Errorf("enter opens the second account's terms: %q view %d", h.Selected, h.tab.view)
	}
}

func TestChineseWorksheet(t *testing.T) {
	h := caseStudy(t)
	h.SetLang(model.Chinese)
	h.Press("enter")
	v := h.tab.View()
	for _, want := range []string{"P 目的", "E 期望", "必须", "我们想要什么"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
}

func TestOpenShowsTheNegotiationGoneTo(t *testing.T) {
	h := caseStudy(t)
	a, _ := h.tab.Ctx.Data.Current()
	ns := h.tab.Ctx.Data.NegotiationsOf(a.ID)
	if len(ns) == 0 {
		t.Fatal("the current account of the case study has no negotiation")
	}
	h.Press("v") // on another view: the negotiation still opens
	h.Run(h.Update(common.OpenMsg{Item: ns[len(ns)-1].ID}))
	if v := h.tab.View(); h.tab.open != ns[len(ns)-1].ID || !strings.Contains(v, ns[len(ns)-1].Title) {
		t.Errorf("OpenMsg with a negotiation should open its worksheet:\n%s", v)
	}
	h.Run(h.Update(common.OpenMsg{Item: "gone"}))
	if h.tab.open != "" || h.tab.view != viewNegotiations {
		t.Errorf("OpenMsg with something not there shows the list")
	}
}
