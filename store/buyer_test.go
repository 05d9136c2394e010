package store

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

func TestChecklist(t *testing.T) {
	s, _ := openTemp(t)
	items, err := s.Checklist()
	if err != nil || len(items) != 11 {
		t.Fatalf("default checklist: %d, %v", len(items), err)
	}
	items = append(items[:10], model.ChecklistItem{ID: "k-promo", Name: model.T("", "促销日历")})
	if err := s.SaveChecklist(items); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Checklist()
	if len(got) != 11 || got[10].Name.ZH != "促销日历" {
		t.Errorf("round trip: %+v", got[10])
	}
	if err := s.SaveChecklist(nil); err == nil {
		t.Error("an empty checklist is refused")
	}
}

func TestKnowledge(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	k := model.Knowledge{AccountID: a.ID, ItemID: "k-kpis", Status: model.Known, Answer: "Margin %\nOut-of-stocks", Source: "buyer, 12 Nov", Verified: model.Day(fixedNow)}
	saved, err := s.SaveKnowledge(k)
	if err != nil || !saved.Updated.Equal(fixedNow) {
		t.Fatalf("%+v %v", saved, err)
	}
	k.Status = model.PartlyKnown // a second save of the same item replaces the first
	s.SaveKnowledge(k)
	all, _ := s.Knowledge()
	if len(all) != 1 || all[0].Status != model.PartlyKnown || all[0].Answer != "Margin %\nOut-of-stocks" {
		t.Errorf("stored: %+v", all)
	}
	k.AccountID = "ghost"
	if _, err := s.SaveKnowledge(k); err == nil || !strings.Contains(err.Error(), "no account") {
		t.Errorf("an answer for no account: %v", err)
	}
	k.AccountID = a.ID
	k.Verified = fixedNow.AddDate(0, 0, 5)
	if _, err := s.SaveKnowledge(k); err == nil || !strings.Contains(err.Error(), "future") {
		t.Errorf("verified in the future: %v", err)
	}
}

func TestContactsPeopleAndMoments(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	b, _ := s.SaveAccount(account("FreshWay"))
	li, err := s.SavePerson(model.Person{Name: "Li Wei 李伟", Title: "Key account manager", Function: "kam"})
	if err != nil || li.ID == "" {
		t.Fatal(err)
	}
	c := model.Contact{AccountID: a.ID, Name: "Wang Fang 王芳", Function: "commercial", Role: "decider", Stance: "neutral", Influence: "high", Counterpart: li.ID, LastContact: model.Day(fixedNow).AddDate(0, 0, -30)}
	boss, err := s.SaveContact(c)
	if err != nil || boss.ID == "" || !boss.Created.Equal(fixedNow) {
		t.Fatalf("%+v %v", boss, err)
	}
	buyer := model.Contact{AccountID: a.ID, Name: "Zhang Min 张敏", Function: "buying", Role: "buyer", Stance: "supporter", Influence: "medium", ReportsTo: boss.ID}
	buyer, err = s.SaveContact(buyer)
	if err != nil {
		t.Fatal(err)
	}
	elsewhere := buyer
	elsewhere.ID, elsewhere.AccountID = "", b.ID
	if _, err := s.SaveContact(elsewhere); err == nil || !strings.Contains(err.Error(), "not a contact of this account") {
		t.Errorf("reporting to another account's contact: %v", err)
	}
	boss.ReportsTo = buyer.ID
	if _, err := s.SaveContact(boss); err == nil || !strings.Contains(err.Error(), "circle") {
		t.Errorf("a reporting circle: %v", err)
	}

	m := model.Moment{AccountID: a.ID, ContactID: boss.ID, Date: model.Day(fixedNow).AddDate(0, 0, -2), Learned: "Wants a joint plan for Q2"}
	m, updated, err := s.SaveMoment(m)
	if err != nil || m.ID == "" || !updated.LastContact.Equal(model.Day(fixedNow).AddDate(0, 0, -2)) {
		t.Fatalf("moment: %+v %+v %v", m, updated, err)
	}
	older := model.Moment{AccountID: a.ID, ContactID: boss.ID, Date: model.Day(fixedNow).AddDate(0, 0, -40), Learned: "First meeting"}
	if _, updated, _ := s.SaveMoment(older); !updated.LastContact.Equal(model.Day(fixedNow).AddDate(0, 0, -2)) {
		t.Errorf("an older moment must not move last contact back: %v", updated.LastContact)
	}
	contacts, _ := s.Contacts()
	moments, _ := s.Moments()
	if len(contacts) != 2 || len(moments) != 2 {
		t.Errorf("%d contacts, %d moments", len(contacts), len(moments))
	}
	for _, c := range contacts {
		if c.ID == boss.ID && !c.LastContact.Equal(model.Day(fixedNow).AddDate(0, 0, -2)) {
			t.Errorf("stored last contact %v", c.LastContact)
		}
	}
	if _, _, err := s.SaveMoment(model.Moment{AccountID: b.ID, ContactID: boss.ID, Date: fixedNow, Learned: "x"}); err == nil {
		t.Error("a moment with another account's contact is refused")
	}
}

func TestResetWritesBuyerRecordsInAnyOrder(t *testing.T) {
	s, _ := openTemp(t)
	acc := account("Alpha")
	acc.ID = "a1"
	ws := model.Workspace{
		Accounts: []model.Account{acc},
		People:   []model.Person{{ID: "p1", Name: "Li Wei", Function: "kam"}},
		Contacts: []model.Contact{ // the one reporting comes before the boss
			{ID: "c2", AccountID: "a1", Name: "Zhang", Function: "buying", Role: "buyer", Stance: "supporter", Influence: "high", ReportsTo: "c1", Counterpart: "p1"},
			{ID: "c1", AccountID: "a1", Name: "Wang", Function: "commercial", Role: "decider", Stance: "neutral", Influence: "high"},
		},
		Knowledge: []model.Knowledge{{AccountID: "a1", ItemID: "k-role", Status: model.Known, Verified: model.Day(fixedNow)}},
		Moments:   []model.Moment{{ID: "m1", AccountID: "a1", ContactID: "c2", Date: model.Day(fixedNow), Learned: "x"}},
	}
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	contacts, _ := s.Contacts()
	knowledge, _ := s.Knowledge()
	moments, _ := s.Moments()
	if len(contacts) != 2 || len(knowledge) != 1 || len(moments) != 1 {
		t.Fatalf("%d contacts, %d answers, %d moments", len(contacts), len(knowledge), len(moments))
	}
	if m := moments[0]; m.ID != "m1" || m.AccountID != "a1" || m.ContactID != "c2" || !m.Date.Equal(model.Day(fixedNow)) || m.Learned != "x" || !m.Created.Equal(fixedNow) {
		t.Errorf("moment after reset: %+v", m)
	}
	// The moment is the contact's last: its date is the contact's last contact.
	if c := findContact(contacts, "c2"); c == nil || !c.LastContact.Equal(model.Day(fixedNow)) || c.ReportsTo != "c1" {
		t.Errorf("contact c2 after reset: %+v", c)
	}
	if c := findContact(contacts, "c1"); c == nil || !c.LastContact.IsZero() {
		t.Errorf("contact c1, with no moment, after reset: %+v", c)
	}
	if k := knowledge[0]; k.AccountID != "a1" || k.ItemID != "k-role" || k.Status != model.Known {
		t.Errorf("answer after reset: %+v", k)
	}
	ws.Contacts[0].ReportsTo = "nobody"
	if err := s.Reset(ws); err == nil {
		t.Error("a contact reporting to no one in the workspace is refused")
	}
}
