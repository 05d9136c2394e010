package model

import (
	"strings"
	"testing"
	"time"
)

// megaMartYear is MegaMart's terms as the case study has them this year:
// 63M of gross sales, volume bonus 2%, ten leaflets at 45,000, 55 days.
func megaMartYear() TermsYear {
	return TermsYear{AccountID: "cs01", Year: 2026, GrossSales: 63_000_000_00, Terms: []Term{
		{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 6, OnInvoice: true},
		{Kind: "payment_days", Basis: PaymentDays, Days: 55},
		{Kind: "volume_bonus", Basis: PercentOfSales, Percent: 2},
		{Kind: "leaflet_fee", Basis: FixedAmount, Amount: 45_000_00, Count: 10},
	}}
}

func TestConcessionCostedAtTheStep(t *testing.T) {
	y := megaMartYear()
	proposal := y
	proposal.GrossSales, proposal.Proposal = 65_205_000_00, true
	tests := []struct {
		name string
		c    Concession
		on   TermsYear
		want Money
	}{
		// 0.5% of 63,000,000 = 315,000, not the whole bonus of 1,260,000.
		{"half a point of volume bonus", Concession{Term: "volume_bonus", Step: 0.5}, y, 315_000_00},
		// 2 × 45,000 = 90,000, not the ten leaflets' 450,000.
		{"two leaflets at the term's price", Concession{Term: "leaflet_fee", Step: 2}, y, 90_000_00},
		{"two leaflets at 45,000", Concession{Term: "leaflet_fee", Step: 2, At: 45_000_00}, y, 90_000_00},
		{"two leaflets at a dearer 50,000", Concession{Term: "leaflet_fee", Step: 2, At: 50_000_00}, y, 100_000_00},
		// On invoiced sales, net of the 6% invoice discount:
		// 65,205,000 × 94% = 61,292,700; × 5 / 365 × 5% = 41,981.30.
		{"five payment days at 5%", Concession{Term: "payment_days", Step: 5}, proposal, 41_981_30},
		// A term the year lacks: 0.5% of 63,000,000 all the same.
		{"half a point of growth incentive, new", Concession{Term: "growth_incentive", Step: 0.5}, y, 315_000_00},
		// One more data fee, the year has none: its price must be given.
		{"a data fee at 150,000", Concession{Term: "data_fee", Step: 1, At: 150_000_00}, y, 150_000_00},
	}
	for _, tt := range tests {
		got, ok := tt.c.StepCost(tt.on, plainCosting)
		if !ok || got != tt.want {
			t.Errorf("%s: %s (%v), want %s", tt.name, FormatMoney(got), ok, FormatMoney(tt.want))
		}
	}
	for _, c := range []Concession{
		{Cost: 80_000_00},                     // no term: the cost is typed
		{Term: "volume_bonus"},                // no step
		{Term: "volume_bonus", Step: -0.5},    // a step that takes back
		{Term: "leaflet_fee", Step: 1.5},      // half a leaflet
		{Term: "data_fee", Step: 1},           // no price to count
		{Term: "no_such_term", Step: 1},       // not in the catalog
		{Term: "payment_days", Step: 2.5},     // half a day
		{Term: "volume_bonus", Step: 200_000}, // beyond any step
	} {
		if got, ok := c.StepCost(y, plainCosting); ok {
			t.Errorf("%+v is costed %s", c, FormatMoney(got))
		}
	}
	if got := (Concession{Term: "volume_bonus", Step: 0.5}).StepText(y, English); got != "+0.5 pt" {
		t.Errorf("step text %q", got)
	}
	if got := (Concession{Term: "leaflet_fee", Step: 2}).StepText(y, English); got != "+2 × 45,000" {
		t.Errorf("step text %q", got)
	}
	if got := (Concession{Term: "payment_days", Step: 5}).StepText(y, Chinese); got != "+5 天" {
		t.Errorf("step text %q", got)
	}
}

func TestCheckConcessionAndIssue(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Negotiation)
		want   string
	}{
		{"negative cost", func(n *Negotiation) { n.Concessions[0].Cost = -1 }, "cannot be negative"},
		{"negative price of one", func(n *Negotiation) { n.Concessions[0].At = -1 }, "cannot be negative"},
		{"a step of 0", func(n *Negotiation) { n.Concessions[0].Term = "volume_bonus" }, "above 0"},
		{"half a day", func(n *Negotiation) { n.Concessions[0].Term, n.Concessions[0].Step = "payment_days", 0.5 }, "whole numbers"},
		{"an unknown term", func(n *Negotiation) { n.Concessions[0].Term, n.Concessions[0].Step = "bribe", 1 }, "pick a term"},
		{"a negative budget", func(n *Negotiation) { n.Budget = -1 }, "between 0 and 10 trillion"},
		{"a bad unit", func(n *Negotiation) { n.Issues[0].Unit = "kg" }, "pick a unit"},
		{"no unit", func(n *Negotiation) { n.Issues[0].Unit = "" }, "pick a unit"},
		{"our target beyond our walk-away", func(n *Negotiation) { n.Issues[0].OurTarget = 7 }, "our target (7) must lie between our opening (5) and our walk-away (6)"},
		{"their estimates rising for a discount", func(n *Negotiation) { n.Issues[0].TheirTarget = 8.5 }, "must not rise"},
	}
	for _, tt := range tests {
		n := readyNegotiation()
		tt.change(&n)
		checkErr(t, "CheckNegotiation", tt.name, CheckNegotiation(n), tt.want)
	}
	n := readyNegotiation()
	n.Concessions[0].Cost = 0 // free to give is allowed
	checkErr(t, "CheckNegotiation", "cost 0", CheckNegotiation(n), "")
}

func TestPositionsInOrder(t *testing.T) {
	unknown := func(i Issue, est ...string) Issue {
		for _, e := range est {
			i.SetKnown(e, false)
		}
		return i
	}
	tests := []struct {
		name string
		i    Issue
		want string
	}{
		{"discount in order", Issue{OurOpen: 5, OurTarget: 5.5, OurWalk: 6, TheirOpen: 8, TheirTarget: 7, TheirWalk: 6}, ""},
		{"price in order", Issue{OurOpen: 10, OurTarget: 9.8, OurWalk: 9.2, TheirOpen: 8.8, TheirTarget: 9.2, TheirWalk: 9.6}, ""},
		{"target at the walk-away", Issue{OurOpen: 5, OurTarget: 6, OurWalk: 6, TheirOpen: 8, TheirTarget: 8, TheirWalk: 6}, ""},
		{"our target before our opening", Issue{OurOpen: 5, OurTarget: 4.5, OurWalk: 6, TheirOpen: 8, TheirTarget: 7, TheirWalk: 6}, "our target (4.5)"},
		{"price: our target above our opening", Issue{OurOpen: 10, OurTarget: 10.5, OurWalk: 9.2}, "our target (10.5)"},
		{"discount: their walk-away above their opening", Issue{OurOpen: 5, OurTarget: 5.5, OurWalk: 6, TheirOpen: 6, TheirTarget: 7, TheirWalk: 8}, "must not rise"},
		{"price: their walk-away below their target", Issue{OurOpen: 10, OurTarget: 9.8, OurWalk: 9.2, TheirOpen: 8.8, TheirTarget: 9.2, TheirWalk: 9}, "must not fall"},
		{"blank target skipped", unknown(Issue{OurOpen: 5, OurTarget: 5.5, OurWalk: 6, TheirOpen: 8, TheirTarget: 99, TheirWalk: 6}, EstTheirTarget), ""},
		{"blank target, walk-away above opening", unknown(Issue{OurOpen: 5, OurTarget: 5.5, OurWalk: 6, TheirOpen: 6, TheirWalk: 7}, EstTheirTarget), "must not rise"},
	}
	for _, tt := range tests {
		checkErr(t, "CheckPositions", tt.name, CheckPositions(tt.i), tt.want)
	}
}

func TestMustBrokenByWalkAway(t *testing.T) {
	limit := func(v float64) *float64 { return &v }
	n := readyNegotiation() // invoice discount: our walk-away 6
	n.Objectives[0] = Objective{Text: "Invoice discount at most 6%", Priority: "must", Issue: "invoice discount", Limit: limit(6)}
	if ok, _, broken := n.ReadyToNegotiate(); !ok || len(broken) != 0 || len(n.Flags()) != 0 {
		t.Fatalf("a walk-away at the Must's limit breaks nothing: %v %v", broken, n.Flags())
	}
	// The case: Must ≤ 6%, walk-away 6.5%.
	n.Issues[0].OurWalk = 6.5
	ok, missing, broken := n.ReadyToNegotiate()
	if ok || len(missing) != 0 || len(broken) != 1 || broken[0].Section != SecPurpose ||
		broken[0].Msg.EN != `The Must "Invoice discount at most 6%" is broken by our walk-away on Invoice discount: 6.5 against a limit of 6.` {
		t.Fatalf("ready %v, missing %v, broken %+v", ok, missing, broken)
	}
	if !strings.Contains(broken[0].Msg.ZH, "6.5") || len(n.Flags()) != 1 {
		t.Errorf("flags %+v", n.Flags())
	}
	// An Intend with the same limit is not held to it.
	n.Objectives[0].Priority = "intend"
	n.Objectives = append(n.Objectives, Objective{Text: "Margin", Priority: "must"})
	if len(n.BrokenMusts()) != 0 {
		t.Error("only a Must is held to its limit")
	}
	// Higher is better (a price we ask): a walk-away below the Must breaks it.
	p := readyNegotiation()
	p.Issues = []Issue{{Name: "Price", Unit: "amount", OurOpen: 10, OurTarget: 9.8, OurWalk: 9.2, TheirOpen: 8.8, TheirTarget: 9.2, TheirWalk: 9.6}}
	p.Objectives = []Objective{{Text: "Price at least 9.5", Priority: "must", Issue: "Price", Limit: limit(9.5)}}
	if len(p.BrokenMusts()) != 1 || p.LimitWord(p.Objectives[0]).EN != "at least" {
		t.Errorf("price: %+v", p.BrokenMusts())
	}
	p.Objectives[0].Limit = limit(9.2)
	if len(p.BrokenMusts()) != 0 {
		t.Errorf("price at its limit: %+v", p.BrokenMusts())
	}
	if n.LimitWord(Objective{Issue: "Invoice discount"}).EN != "at most" {
		t.Error("a discount's limit is a most")
	}
	// The limit and the objective are copied, not shared.
	c := p.Clone()
	*c.Objectives[0].Limit = 1
	if *p.Objectives[0].Limit != 9.2 {
		t.Error("Clone shares the limit")
	}
}

func TestExitNotDoneOnFollowUpAlone(t *testing.T) {
	n := readyNegotiation()
	n.Status = Ready
	n.Meeting = time.Date(2027, 3, 10, 0, 0, 0, 0, time.UTC)
	n.FollowUps = []FollowUp{{What: "Send the category review before the meeting", Due: time.Date(2027, 2, 28, 0, 0, 0, 0, time.UTC)}}
	if n.Complete(SecExit) || n.Fill(SecExit) != Begun {
		t.Errorf("a follow-up before the meeting: complete %v, fill %v", n.Complete(SecExit), n.Fill(SecExit))
	}
	n.Status = Concluded
	if !n.Complete(SecExit) {
		t.Error("once concluded, the follow-ups finish the exit")
	}
	n.Status, n.FollowUps, n.Received = Ready, nil, []string{"Two gondola ends"}
	if !n.Complete(SecExit) {
		t.Error("a concession received finishes the exit")
	}
}

func TestBalanceWordBoundaries(t *testing.T) {
	for _, tt := range []struct {
		score float64
		want  string
	}{{1, "in the buyer's favour"}, {2.5, "in the buyer's favour"}, {2.6, "balanced"}, {3.4, "balanced"}, {3.5, "in our favour"}, {5, "in our favour"}} {
		if got := BalanceWord(tt.score).EN; got != tt.want {
			t.Errorf("%v: %q, want %q", tt.score, got, tt.want)
		}
	}
}

func TestDealCost(t *testing.T) {
	last := TermsYear{AccountID: "cs01", Year: 2025, GrossSales: 60_800_000_00, Terms: []Term{
		{Kind: "invoice_discount", Basis: PercentOfSales, Percent: 5.8, OnInvoice: true},
		{Kind: "payment_days", Basis: PaymentDays, Days: 50},
		{Kind: "volume_bonus", Basis: PercentOfSales, Percent: 1.8},
	}}
	f := func(v float64) *float64 { return &v }
	n := Negotiation{AccountID: "cs01", Year: 2026, Issues: []Issue{
		{Name: "Invoice discount", Unit: "percent", Term: "invoice_discount", OurOpen: 5, OurTarget: 5.5, OurWalk: 6, TheirOpen: 8, TheirTarget: 7, TheirWalk: 6, Agreed: f(6)},
		{Name: "Payment days", Unit: "days", Term: "payment_days", OurOpen: 45, OurTarget: 50, OurWalk: 60, TheirOpen: 75, TheirTarget: 65, TheirWalk: 55, Agreed: f(55)},
		{Name: "Volume", Unit: "units", OurOpen: 1_400_000, OurTarget: 1_300_000, OurWalk: 1_200_000, TheirWalk: 1_300_000},
	}}
	gross := Money(63_000_000_00)
	d := DealCost(n, last, gross, plainCosting, AgreedValues)
	// Invoice discount 5.8 → 6: +0.2 pt of 63,000,000 = +126,000, less the
	// 50 days of credit no longer given on those 126,000:
	// 126,000 × 50 / 365 × 5% = 863.01, so +125,136.99.
	// Payment days 50 → 55 on the invoiced 63,000,000 × 94.2% = 59,346,000:
	// × 5 / 365 × 5% = +40,647.95.
	if len(d.Lines) != 2 || !d.Complete {
		t.Fatalf("lines %+v", d.Lines)
	}
	if l := d.Lines[0]; l.From != 5.8 || l.To != 6 || l.Delta != 125_136_99 {
		t.Errorf("discount %+v", l)
	}
	if l := d.Lines[1]; l.From != 50 || l.To != 55 || l.Delta != 40_647_95 {
		t.Errorf("days %+v", l)
	}
	// Both: +126,000, and 55 days on 63,000,000 × 94% = 59,220,000
	// (446,178.08) against 50 days on 59,346,000 (406,479.45): +39,698.63;
	// 165,698.63 of 63,000,000 is 26.30 basis points.
	if d.Delta != 165_698_63 || d.BasisPoints < 26.29 || d.BasisPoints > 26.31 {
		t.Errorf("deal %s, %v bp", FormatMoney(d.Delta), d.BasisPoints)
	}
	// Our walk-aways: 6% and 60 days: +126,000, and 60 days on 59,220,000
	// (486,739.73) against 406,479.45: +80,260.28; 206,260.28 in all.
	w := DealCost(n, last, gross, plainCosting, OurWalkAways)
	if w.Delta != 206_260_28 {
		t.Errorf("our walk-away package %s", FormatMoney(w.Delta))
	}
	// Their walk-aways are estimates: one left blank leaves the package incomplete.
	n.Issues[1].SetKnown(EstTheirWalk, false)
	if th := DealCost(n, last, gross, plainCosting, TheirWalkAways); th.Complete || len(th.Lines) != 1 || th.Delta != 125_136_99 {
		t.Errorf("their package %+v", th)
	}
	// A term last year lacked starts from 0.
	n.Issues = []Issue{{Name: "Growth incentive", Unit: "percent", Term: "growth_incentive", Agreed: f(0.5)}}
	if d := DealCost(n, last, gross, plainCosting, AgreedValues); d.Lines[0].From != 0 || d.Delta != 315_000_00 {
		t.Errorf("new term %+v", d)
	}
	if len(last.Terms) != 3 || last.Terms[0].Percent != 5.8 || last.GrossSales != 60_800_000_00 {
		t.Error("last year's terms must not change")
	}
}

func TestCostingYear(t *testing.T) {
	years := []TermsYear{
		{AccountID: "a", Year: 2025, GrossSales: 1},
		{AccountID: "a", Year: 2026, GrossSales: 2},
		{AccountID: "a", Year: 2027, GrossSales: 3, Proposal: true},
		{AccountID: "b", Year: 2026, GrossSales: 9},
	}
	for _, tt := range []struct {
		year        int
		cost, last  Money
		costOK, lOK bool
	}{{2027, 3, 2, true, true}, {2026, 2, 1, true, true}, {2028, 2, 2, true, true}, {2025, 1, 0, true, false}, {2024, 0, 0, false, false}} {
		n := Negotiation{AccountID: "a", Year: tt.year}
		c, ok := CostingYear(years, n)
		l, lok := LastYearOf(years, n)
		if c.GrossSales != tt.cost || ok != tt.costOK || l.GrossSales != tt.last || lok != tt.lOK {
			t.Errorf("%d: costed on %v %v, last year %v %v", tt.year, c.GrossSales, ok, l.GrossSales, lok)
		}
	}
}

func TestConcessionsOverBudgetFlagged(t *testing.T) {
	n := readyNegotiation() // one concession of 80,000
	n.Concessions = append(n.Concessions, Concession{What: "Leaflets", Cost: 90_000_00, InReturn: "two ends"})
	n.Budget = 170_000_00
	if n.ConcessionsTotal() != 170_000_00 || len(n.Flags()) != 0 {
		t.Fatalf("at the budget: %v %+v", n.ConcessionsTotal(), n.Flags())
	}
	n.Budget = 169_999_99
	if fl := n.Flags(); len(fl) != 1 || fl[0].Section != SecResources || fl[0].Msg.EN != "The concessions cost 170,000, over the budget of 169,999.99." {
		t.Errorf("over: %+v", fl)
	}
}

// TestCaseStudyNegotiationFigures recomputes every case-study concession's
// cost from its term and step, checks every Must against its walk-away,
// and that the buyer's payment days rise year after year.
func TestCaseStudyNegotiationFigures(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, lang := range []Lang{English, Chinese} {
		ws := CaseStudy(now, lang)
		worked := map[string]Money{}
		for _, n := range ws.Negotiations {
			y, ok := CostingYear(ws.Terms, n)
			if !ok {
				t.Fatalf("%s has no terms to cost on", n.Title)
			}
			for _, c := range n.Concessions {
				if c.Term == "" {
					continue
				}
				got, ok := c.StepCost(y, ws.Settings.Costing(ws.Terms, y))
				if !ok || got != c.Cost {
					t.Errorf("%s: %s costs %s, computed %s", n.Title, c.What, FormatMoney(c.Cost), FormatMoney(got))
				}
				worked[n.ID+"/"+string(c.Term)] = c.Cost
			}
			if total := n.ConcessionsTotal(); n.Budget > 0 && total > n.Budget {
				t.Errorf("%s: concessions %s over the budget %s", n.Title, FormatMoney(total), FormatMoney(n.Budget))
			}
			musts := 0
			for _, o := range n.Objectives {
				if o.Priority != "must" || o.Limit == nil {
					continue
				}
				musts++
				i, ok := n.IssueNamed(o.Issue)
				if !ok {
					t.Errorf("%s: %q names no issue", n.Title, o.Text)
				} else if i.OurWalk > *o.Limit { // both limits here are "at most"
					t.Errorf("%s: walk-away %v breaks the Must %q", n.Title, i.OurWalk, o.Text)
				}
			}
			if musts == 0 || len(n.BrokenMusts()) != 0 {
				t.Errorf("%s: %d Musts with a limit, broken %v", n.Title, musts, n.BrokenMusts())
			}
			if n.Status != Concluded {
				if ok, missing, broken := n.ReadyToNegotiate(); !ok {
					t.Errorf("%s: not ready: %v %v", n.Title, missing, broken)
				}
			}
		}
		// The worked figures: 0.5% of 63,000,000; 2 × 45,000; five days on
		// the 2027 proposal's invoiced sales with 13% VAT: 65,205,000 less
		// its on-invoice terms (invoice discount 6.2%, prompt payment 1.2%,
		// logistics 1.2%, damage 0.7%: 9.3%) is 59,140,935, × 1.13 =
		// 66,829,256.55, × 5 / 365 × 5% = 45,773.46; and 0.5% of 65,205,000.
		want := map[string]Money{"cs01-n1/volume_bonus": 315_000_00, "cs01-n1/leaflet_fee": 90_000_00,
			"cs01-n2/payment_days": 45_773_46, "cs01-n2/growth_incentive": 326_025_00}
		for k, v := range want {
			if worked[k] != v {
				t.Errorf("%s: %s, want %s", k, FormatMoney(worked[k]), FormatMoney(v))
			}
		}
		days := map[string]int{}
		for _, y := range ws.Terms {
			if y.AccountID != "cs01" {
				continue
			}
			for _, term := range y.Terms {
				if term.Kind == "payment_days" {
					key := y.Key()
					days[key[strings.Index(key, "/")+1:]] = term.Days
				}
			}
		}
		if days["2024"] != 45 || days["2025"] != 50 || days["2026"] != 55 || days["2027/proposal"] != 60 {
			t.Errorf("payment days by year: %v", days)
		}
		// The department store's food hall pays a concession commission, not bought-in terms.
		for _, y := range ws.Terms {
			if y.AccountID != "cs07" {
				continue
			}
			commission := false
			for _, term := range y.Terms {
				if term.Kind == "invoice_discount" {
					t.Errorf("%d: a concession counter has no invoice discount", y.Year)
				}
				if term.Kind == CustomTerm && strings.Contains(term.Name, T("Concession commission", "联营扣点").In(lang)) {
					commission = term.Percent >= 20 && term.Percent <= 30
				}
			}
			if !commission {
				t.Errorf("%d: no concession commission of 20–30%%: %+v", y.Year, y.Terms)
			}
		}
	}
}

// plainCosting costs payment days at 5% a year on invoiced sales, with no
// VAT and no standard days, so the worked figures stay short.
var plainCosting = Costing{CostOfCapital: DefaultCostOfCapital}
