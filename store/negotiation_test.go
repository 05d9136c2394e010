package store

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

func TestTermsYears(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	y := model.TermsYear{AccountID: a.ID, Year: 2026, GrossSales: 100_000_00, Terms: []model.Term{
		{Kind: "invoice_discount", Basis: model.PercentOfSales, Percent: 6, OnInvoice: true},
	}}
	if _, err := s.SaveTermsYear(y); err != nil {
		t.Fatal(err)
	}
	p := y
	p.Year, p.Proposal = 2027, true
	p.Terms = []model.Term{{Kind: "invoice_discount", Basis: model.PercentOfSales, Percent: 6.5, OnInvoice: true}}
	if _, err := s.SaveTermsYear(p); err != nil {
		t.Fatal(err)
	}
	y.GrossSales = 120_000_00 // saving a year again replaces it
	s.SaveTermsYear(y)
	all, _ := s.Terms()
	if len(all) != 2 || all[0].GrossSales != 120_000_00 || !all[1].Proposal {
		t.Errorf("terms: %+v", all)
	}
	bad := y
	bad.Terms = append(bad.Terms, bad.Terms[0])
	if _, err := s.SaveTermsYear(bad); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("a term twice: %v", err)
	}
	if err := s.DeleteTermsYear(p); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.Terms(); len(all) != 1 {
		t.Errorf("after delete: %d", len(all))
	}
}

func TestNegotiations(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	agreed := 5.8
	n := model.Negotiation{AccountID: a.ID, Title: "Annual terms 2027", Year: 2027, Status: model.Draft,
		Objectives: []model.Objective{{Text: "Hold the discount", Priority: "must"}},
		Issues:     []model.Issue{{Name: "Invoice discount", Unit: "percent", OurOpen: 5, OurTarget: 5.5, OurWalk: 6, Agreed: &agreed}},
		Power:      model.Power{Balance: map[string]int{"share": 4}},
	}
	saved, err := s.SaveNegotiation(n)
	if err != nil || saved.ID == "" || !saved.Created.Equal(fixedNow) {
		t.Fatalf("%+v %v", saved, err)
	}
	all, _ := s.Negotiations()
	if len(all) != 1 || *all[0].Issues[0].Agreed != 5.8 || all[0].Power.Balance["share"] != 4 {
		t.Errorf("round trip: %+v", all)
	}
	n.Title = ""
	if _, err := s.SaveNegotiation(n); err == nil {
		t.Error("a negotiation without a title is refused")
	}
	if err := s.DeleteNegotiation(saved.ID); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.Negotiations(); len(all) != 0 {
		t.Error("deleted")
	}
}
