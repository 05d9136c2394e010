package store_test

import (
	"testing"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
)

func TestLoadPartsTogetherMakeTheWhole(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	s := storetest.Open(t, ws, now)
	whole, err := s.Load(store.Everything)
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.Load(store.FirstFrame)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Accounts) != len(ws.Accounts) || first.Settings.Name != ws.Settings.Name || len(first.Matrix.Attractiveness) == 0 {
		t.Errorf("the first part lacks accounts, settings or criteria: %d accounts, %q", len(first.Accounts), first.Settings.Name)
	}
	if len(first.Evaluations)+len(first.Meetings)+len(first.Contacts) != 0 {
		t.Errorf("the first part read more than it needs")
	}
	rest, err := s.Load(store.Rest)
	if err != nil {
		t.Fatal(err)
	}
	if len(rest.Accounts) != 0 || len(rest.Meetings) != len(ws.Meetings) || len(rest.Evaluations) != len(ws.Evaluations) {
		t.Errorf("the rest: %d accounts, %d meetings, %d evaluations", len(rest.Accounts), len(rest.Meetings), len(rest.Evaluations))
	}
	store.Rest.Merge(&first, rest)
	if len(first.Moments) != len(whole.Moments) || len(first.Terms) != len(whole.Terms) || len(first.Knowledge) != len(whole.Knowledge) ||
		len(first.Negotiations) != len(whole.Negotiations) || len(first.People) != len(whole.People) {
		t.Errorf("first and rest merged differ from the whole")
	}
}

func TestSaveAndDeleteAnyKind(t *testing.T) {
	s := storetest.Open(t, model.CaseStudy(now, model.English), now)
	before, _ := s.Load(store.Everything)
	c := before.Contacts[0]
	saved, err := s.Save(model.Moment{AccountID: c.AccountID, ContactID: c.ID, Date: now, Learned: "Range review moves to March"})
	if err != nil {
		t.Fatal(err)
	}
	if len(saved) != 2 {
		t.Fatalf("a moment's save returned %d records, want the moment and its contact", len(saved))
	}
	m, ok := saved[0].(model.Moment)
	if !ok || m.ID == "" {
		t.Fatalf("first record %#v, want the moment with an ID", saved[0])
	}
	if moved, ok := saved[1].(model.Contact); !ok || !moved.LastContact.Equal(model.Day(now)) {
		t.Errorf("the contact did not move up to the moment: %#v", saved[1])
	}
	if _, err := s.Save(model.Meeting{ID: "x"}, 42); err == nil {
		t.Error("saved a record of a type kam does not keep")
	}
	n := before.Negotiations[0]
	if err := s.Delete(n); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Load(store.Everything)
	if len(after.Negotiations) != len(before.Negotiations)-1 || len(after.Moments) != len(before.Moments)+1 {
		t.Errorf("negotiations %d → %d, moments %d → %d", len(before.Negotiations), len(after.Negotiations), len(before.Moments), len(after.Moments))
	}
	if err := s.Delete(model.Settings{}); err == nil {
		t.Error("deleted the settings, which are only ever replaced")
	}
}
