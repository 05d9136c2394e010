package store

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
)

// clock is a time the test moves forward between saves.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func openWithClock(t *testing.T) (*Store, *clock) {
	t.Helper()
	c := &clock{t: fixedNow}
	s, err := Open(filepath.Join(t.TempDir(), "ws.db"), Options{Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, c
}

// stamped checks a record's times as saved and as stored.
func stamped(t *testing.T, what string, created, updated, wantCreated, wantUpdated time.Time) {
	t.Helper()
	if !created.Equal(wantCreated) {
		t.Errorf("%s: created %v, want %v", what, created, wantCreated)
	}
	if !updated.Equal(wantUpdated) {
		t.Errorf("%s: updated %v, want %v", what, updated, wantUpdated)
	}
}

// TestSavingAgainKeepsCreatedAndMovesUpdated saves each kind of record,
// moves the clock on a day and saves it again, the second time bringing
// times of its own (as a screen holding an old copy would): Created stays
// the first save's, Updated is the second's, in what Save returns and in
// what the file holds.
func TestSavingAgainKeepsCreatedAndMovesUpdated(t *testing.T) {
	s, c := openWithClock(t)
	first, second := fixedNow, fixedNow.Add(26*time.Hour)
	stale := fixedNow.Add(-400 * 24 * time.Hour)

	a, err := s.SaveAccount(account("MegaMart"))
	if err != nil {
		t.Fatal(err)
	}
	stamped(t, "new account", a.Created, a.Updated, first, first)
	con, err := s.SaveContact(model.Contact{AccountID: a.ID, Name: "Wang Fang 王芳", Function: "commercial", Role: "decider", Stance: "neutral", Influence: "high"})
	if err != nil {
		t.Fatal(err)
	}
	stamped(t, "new contact", con.Created, con.Updated, first, first)
	neg, err := s.SaveNegotiation(model.Negotiation{AccountID: a.ID, Title: "Annual terms 2027", Year: 2027, Status: model.Draft})
	if err != nil {
		t.Fatal(err)
	}
	stamped(t, "new negotiation", neg.Created, neg.Updated, first, first)
	d := model.Day(fixedNow)
	meetings, err := s.SaveMeetings(model.NewMeeting(a.ID, d, d.AddDate(0, -3, 0), d.AddDate(0, 0, -1), nil))
	if err != nil {
		t.Fatal(err)
	}
	meet := meetings[0]
	stamped(t, "new meeting", meet.Created, meet.Updated, first, first)
	know, err := s.SaveKnowledge(model.Knowledge{AccountID: a.ID, ItemID: "k-kpis", Status: model.Known, Verified: d})
	if err != nil || !know.Updated.Equal(first) {
		t.Fatalf("new answer: %v %v", know.Updated, err)
	}
	year, err := s.SaveTermsYear(model.TermsYear{AccountID: a.ID, Year: 2026, GrossSales: 100_000_00})
	if err != nil || !year.Updated.Equal(first) {
		t.Fatalf("new terms year: %v %v", year.Updated, err)
	}

	c.t = second
	a.Objectives, a.Created, a.Updated = "Grow share", stale, stale
	if a, err = s.SaveAccount(a); err != nil {
		t.Fatal(err)
	}
	stamped(t, "account saved again", a.Created, a.Updated, first, second)
	con.Stance, con.Created, con.Updated = "supporter", stale, stale
	if con, err = s.SaveContact(con); err != nil {
		t.Fatal(err)
	}
	stamped(t, "contact saved again", con.Created, con.Updated, first, second)
	neg.Title, neg.Created, neg.Updated = "Annual terms 2027, second round", stale, stale
	if neg, err = s.SaveNegotiation(neg); err != nil {
		t.Fatal(err)
	}
	stamped(t, "negotiation saved again", neg.Created, neg.Updated, first, second)
	meet.Created, meet.Updated = stale, stale
	if meetings, err = s.SaveMeetings(meet); err != nil {
		t.Fatal(err)
	}
	stamped(t, "meeting saved again", meetings[0].Created, meetings[0].Updated, first, second)
	know.Status, know.Updated = model.PartlyKnown, stale
	if know, err = s.SaveKnowledge(know); err != nil || !know.Updated.Equal(second) {
		t.Errorf("answer saved again: updated %v, %v", know.Updated, err)
	}
	year.GrossSales, year.Updated = 120_000_00, stale
	if year, err = s.SaveTermsYear(year); err != nil || !year.Updated.Equal(second) {
		t.Errorf("terms year saved again: updated %v, %v", year.Updated, err)
	}

	ws, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	stamped(t, "stored account", ws.Accounts[0].Created, ws.Accounts[0].Updated, first, second)
	stamped(t, "stored contact", ws.Contacts[0].Created, ws.Contacts[0].Updated, first, second)
	stamped(t, "stored negotiation", ws.Negotiations[0].Created, ws.Negotiations[0].Updated, first, second)
	stamped(t, "stored meeting", ws.Meetings[0].Created, ws.Meetings[0].Updated, first, second)
	if !ws.Knowledge[0].Updated.Equal(second) || !ws.Terms[0].Updated.Equal(second) {
		t.Errorf("stored answer updated %v, terms year updated %v, want %v", ws.Knowledge[0].Updated, ws.Terms[0].Updated, second)
	}
}

// TestMomentMovesItsContactsUpdated: a moment that brings the last
// contact forward changes the contact, which is then updated now; an
// older moment leaves the contact as it was. The moment is created once.
func TestMomentMovesItsContactsUpdated(t *testing.T) {
	s, c := openWithClock(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	con, err := s.SaveContact(model.Contact{AccountID: a.ID, Name: "Wang Fang 王芳", Function: "commercial", Role: "decider", Stance: "neutral", Influence: "high"})
	if err != nil {
		t.Fatal(err)
	}
	c.t = fixedNow.Add(48 * time.Hour)
	m, moved, err := s.SaveMoment(model.Moment{AccountID: a.ID, ContactID: con.ID, Date: model.Day(fixedNow), Learned: "Wants a joint plan"})
	if err != nil {
		t.Fatal(err)
	}
	stamped(t, "contact moved by a moment", moved.Created, moved.Updated, fixedNow, c.t)
	if !m.Created.Equal(c.t) {
		t.Errorf("moment created %v, want %v", m.Created, c.t)
	}
	second := c.t
	c.t = fixedNow.Add(96 * time.Hour)
	m.Learned = "Wants a joint plan for Q2"
	if m, _, err = s.SaveMoment(m); err != nil || !m.Created.Equal(second) {
		t.Errorf("moment saved again: created %v, want %v (%v)", m.Created, second, err)
	}
	_, same, err := s.SaveMoment(model.Moment{AccountID: a.ID, ContactID: con.ID, Date: model.Day(fixedNow).AddDate(0, 0, -9), Learned: "First call"})
	if err != nil || !same.Updated.Equal(second) {
		t.Errorf("an older moment moved the contact's updated to %v (%v)", same.Updated, err)
	}
}

// TestResetKeepsTheTimesRecordsBring: a workspace written whole keeps the
// times its records carry (the case study's history), and stamps now on
// those without.
func TestResetKeepsTheTimesRecordsBring(t *testing.T) {
	s, c := openWithClock(t)
	c.t = fixedNow.Add(time.Hour)
	created, updated := fixedNow.AddDate(-1, 0, 0), fixedNow.AddDate(0, -1, 0)
	dated, bare := account("Dated"), account("Bare")
	dated.ID, dated.Created, dated.Updated = "a1", created, updated
	bare.ID = "a2"
	d := model.Day(fixedNow)
	meet := model.NewMeeting("a1", d, d.AddDate(0, -3, 0), d.AddDate(0, 0, -1), nil)
	meet.ID, meet.Created, meet.Updated = "m1", created, updated
	ws := model.Workspace{
		Accounts: []model.Account{dated, bare},
		Contacts: []model.Contact{
			{ID: "c1", AccountID: "a1", Name: "Wang", Function: "commercial", Role: "decider", Stance: "neutral", Influence: "high", Created: created, Updated: updated},
			{ID: "c2", AccountID: "a2", Name: "Zhang", Function: "buying", Role: "buyer", Stance: "neutral", Influence: "high"},
		},
		Negotiations: []model.Negotiation{
			{ID: "n1", AccountID: "a1", Title: "Terms", Year: 2027, Status: model.Draft, Created: created, Updated: updated},
			{ID: "n2", AccountID: "a2", Title: "Terms", Year: 2027, Status: model.Draft},
		},
		Meetings: []model.Meeting{meet},
	}
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	stamped(t, "dated account", got.Accounts[0].Created, got.Accounts[0].Updated, created, updated)
	stamped(t, "bare account", got.Accounts[1].Created, got.Accounts[1].Updated, c.t, c.t)
	stamped(t, "dated contact", got.Contacts[0].Created, got.Contacts[0].Updated, created, updated)
	stamped(t, "bare contact", got.Contacts[1].Created, got.Contacts[1].Updated, c.t, c.t)
	stamped(t, "dated negotiation", got.Negotiations[0].Created, got.Negotiations[0].Updated, created, updated)
	stamped(t, "bare negotiation", got.Negotiations[1].Created, got.Negotiations[1].Updated, c.t, c.t)
	stamped(t, "dated meeting", got.Meetings[0].Created, got.Meetings[0].Updated, created, updated)
}
