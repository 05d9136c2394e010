package model

import (
	"strings"
	"testing"
	"time"
)

func TestCheckRangeRecords(t *testing.T) {
	okProduct := Product{ID: "p", Code: "A1", Name: T("Juice", ""), ListPrice: 1000, CostPrice: 600, Status: ProductNew}
	okCluster := Cluster{ID: "c", AccountID: "acc", Name: "Hyper", Stores: 2, Grade: "A", Share: 100, Outlets: []string{"S1 Xuhui", "S2 Pudong"}}
	okMutation := Mutation{ID: "m", AccountID: "acc", Date: day("2027-01-01"), Kind: MutationReplacement, ProductID: "p", Replaces: "q",
		Clusters: []string{"c", "d"}, Status: MutationProposed}
	long := strings.Repeat("长", 31)
	cases := []struct {
		name string
		err  error
		want string // a part of the message; "" valid
	}{
		{"product", CheckProduct(okProduct), ""},
		{"product chinese name only", CheckProduct(Product{Code: "A", Name: T("", "果汁")}), ""},
		{"product without code", CheckProduct(Product{Code: " ", Name: T("x", "")}), "code"},
		{"product without name", CheckProduct(Product{Code: "A", Name: T(" ", "")}), "name"},
		{"product long brand", CheckProduct(Product{Code: "A", Name: T("x", ""), Brand: long}), "too long"},
		{"product negative price", CheckProduct(Product{Code: "A", Name: T("x", ""), CostPrice: -1}), "price"},
		{"product huge price", CheckProduct(Product{Code: "A", Name: T("x", ""), ListPrice: MaxMoney}), "price"},
		{"product status", CheckProduct(Product{Code: "A", Name: T("x", ""), Status: "gone"}), "status"},

		{"cluster", CheckCluster(okCluster), ""},
		{"cluster no account", CheckCluster(Cluster{Name: "x"}), "account"},
		{"cluster no name", CheckCluster(Cluster{AccountID: "a"}), "name"},
		{"cluster stores", CheckCluster(Cluster{AccountID: "a", Name: "x", Stores: MaxClusterStores + 1}), "stores"},
		{"cluster all the stores", CheckCluster(Cluster{AccountID: "a", Name: "x", Stores: MaxClusterStores}), ""},
		{"cluster more outlets than stores", CheckCluster(Cluster{AccountID: "a", Name: "x", Stores: 1, Outlets: []string{"a", "b"}}), "stores listed: 2, more than the cluster counts (1)"},
		{"cluster blank outlet", CheckCluster(Cluster{AccountID: "a", Name: "x", Stores: 1, Outlets: []string{" "}}), "store needs a name"},
		{"cluster grade", CheckCluster(Cluster{AccountID: "a", Name: "x", Grade: "D"}), "grade"},
		{"cluster share", CheckCluster(Cluster{AccountID: "a", Name: "x", Share: 100.5}), "share"},
		{"cluster negative share", CheckCluster(Cluster{AccountID: "a", Name: "x", Share: -1}), "share"},
		{"shares", CheckShares([]Cluster{{Share: 60}, {Share: 40}, {Share: 50, Archived: true}}), ""},
		{"shares over", CheckShares([]Cluster{{Share: 60}, {Share: 40.5}}), "100.5%"},

		{"listing", CheckListing(Listing{AccountID: "a", ProductID: "p", ClusterID: "c", RateOfSale: rate(0)}), ""},
		{"listing no cluster", CheckListing(Listing{AccountID: "a", ProductID: "p"}), "cluster"},
		{"listing price", CheckListing(Listing{AccountID: "a", ProductID: "p", ClusterID: "c", Price: -5}), "price"},
		{"listing rate", CheckListing(Listing{AccountID: "a", ProductID: "p", ClusterID: "c", RateOfSale: rate(-0.1)}), "rate of sale"},
		{"listing rate high", CheckListing(Listing{AccountID: "a", ProductID: "p", ClusterID: "c", RateOfSale: rate(MaxRateOfSale + 1)}), "rate of sale"},

		{"mutation", CheckMutation(okMutation), ""},
		{"mutation no date", CheckMutation(with(okMutation, func(m *Mutation) { m.Date = time.Time{} })), "day"},
		{"mutation kind", CheckMutation(with(okMutation, func(m *Mutation) { m.Kind = "swap" })), "kind"},
		{"mutation no product", CheckMutation(with(okMutation, func(m *Mutation) { m.ProductID = "" })), "product"},
		{"replacement of nothing", CheckMutation(with(okMutation, func(m *Mutation) { m.Replaces = "" })), "replaces"},
		{"replacement of itself", CheckMutation(with(okMutation, func(m *Mutation) { m.Replaces = "p" })), "itself"},
		{"listing replacing", CheckMutation(with(okMutation, func(m *Mutation) { m.Kind = MutationListing })), "only a replacement"},
		{"no clusters", CheckMutation(with(okMutation, func(m *Mutation) { m.Clusters = nil })), "cluster"},
		{"cluster twice", CheckMutation(with(okMutation, func(m *Mutation) { m.Clusters = []string{"c", "c"} })), "once"},
		{"fee", CheckMutation(with(okMutation, func(m *Mutation) { m.ListingFee = -1 })), "between"},
		{"status", CheckMutation(with(okMutation, func(m *Mutation) { m.Status = "" })), "status"},
		{"approver too long", CheckMutation(with(okMutation, func(m *Mutation) { m.ApprovedBy = long })), "too long"},

		{"profile", CheckOperations(Operations{AccountID: "a", Answers: map[string]string{"order_days": "Mon"}, SubmitBy: day("2027-02-01"), NextRangeReview: day("2027-02-01"), PromoLeadWeeks: MaxPromoLeadWeeks}), ""},
		{"profile unknown question", CheckOperations(Operations{AccountID: "a", Answers: map[string]string{"colour": "red"}}), "not a question"},
		{"profile submit after review", CheckOperations(Operations{AccountID: "a", SubmitBy: day("2027-02-02"), NextRangeReview: day("2027-02-01")}), "before the range review"},
		{"profile lead", CheckOperations(Operations{AccountID: "a", PromoLeadWeeks: MaxPromoLeadWeeks + 1}), "lead time"},
		{"profile negative lead", CheckOperations(Operations{AccountID: "a", PromoLeadWeeks: -1}), "lead time"},
	}
	for _, c := range cases {
		switch {
		case c.want == "" && c.err != nil:
			t.Errorf("%s: %v", c.name, c.err)
		case c.want != "" && c.err == nil:
			t.Errorf("%s: accepted, want %q", c.name, c.want)
		case c.want != "" && !strings.Contains(c.err.Error(), c.want):
			t.Errorf("%s: %q, want it to say %q", c.name, c.err, c.want)
		}
		if b, ok := c.err.(Bilingual); ok && b.Bilingual().ZH == "" {
			t.Errorf("%s: no Chinese message", c.name)
		}
	}
}

func with[T any](v T, f func(*T)) T {
	f(&v)
	return v
}

func TestOperationsUnknownAndMargin(t *testing.T) {
	o := Operations{AccountID: "a"}
	if o.Unknown() != OpsQuestions() || OpsQuestions() != len(OpsFields)+3 {
		t.Errorf("an empty profile: %d unknown of %d", o.Unknown(), OpsQuestions())
	}
	o.Answers = map[string]string{"order_days": "Mon", "order_who": "  "}
	o.NextRangeReview, o.PromoLeadWeeks = day("2027-01-01"), 4
	if o.Unknown() != OpsQuestions()-3 {
		t.Errorf("three known (a blank answer is unknown): %d unknown", o.Unknown())
	}
	ids := map[string]bool{}
	for _, f := range OpsFields {
		if ids[f.ID] || f.Label.EN == "" || f.Label.ZH == "" || f.Hint.EN == "" || f.Hint.ZH == "" || f.Section.ZH == "" {
			t.Errorf("question %q: each question once, with label, hint and section in both languages", f.ID)
		}
		ids[f.ID] = true
	}
	if m, ok := (Product{ListPrice: 1000, CostPrice: 650}).Margin(); !ok || m != 35 {
		t.Errorf("margin %v %v, want 35", m, ok)
	}
	if _, ok := (Product{CostPrice: 650}).Margin(); ok {
		t.Error("no margin without a list price")
	}
	if CodeKey(" ab-1 ") != CodeKey("AB-1") {
		t.Error("codes compare without case and spaces")
	}
}

func TestMutationPendingAndInEffect(t *testing.T) {
	m := Mutation{Date: day("2027-03-01").Add(10 * time.Hour), Status: MutationAgreed}
	if m.InEffect(day("2027-02-28")) || !m.Pending(day("2027-02-28")) {
		t.Error("agreed, the day before: pending")
	}
	if !m.InEffect(day("2027-03-01")) || m.Pending(day("2027-03-01").Add(time.Hour)) {
		t.Error("agreed, on its day (whatever the hour): in effect")
	}
	m.Status = MutationProposed
	if m.InEffect(day("2028-01-01")) || !m.Pending(day("2028-01-01")) {
		t.Error("proposed: pending whatever the day")
	}
	m.Status = MutationRefused
	if m.InEffect(day("2028-01-01")) || m.Pending(day("2027-01-01")) {
		t.Error("refused: neither")
	}
}

func TestParseRateOfSale(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		ok   bool
		bad  string
	}{
		{"", 0, false, ""},
		{"  ", 0, false, ""},
		{"3.5", 3.5, true, ""},
		{"0", 0, true, ""},
		{"1,200", 1200, true, ""},
		{"100,000", MaxRateOfSale, true, ""},
		{"100,001", 0, false, "from 0 to"},
		{"-1", 0, false, "from 0 to"},
		{"2,5", 0, false, "three digits"},
		{"abc", 0, false, "not a number"},
		{"1e3", 0, false, "not a number"},
	}
	for _, c := range cases {
		got, ok, err := ParseRateOfSale(c.in)
		switch {
		case c.bad != "" && (err == nil || !strings.Contains(err.Error(), c.bad)):
			t.Errorf("%q: %v, want an error saying %q", c.in, err, c.bad)
		case c.bad == "" && (err != nil || got != c.want || ok != c.ok):
			t.Errorf("%q: %v %v %v, want %v %v", c.in, got, ok, err, c.want, c.ok)
		}
	}
}
