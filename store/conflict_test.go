package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
)

// ticking is a clock that moves a second on each reading, as a real one
// moves between saves.
func ticking() func() time.Time {
	now := fixedNow
	return func() time.Time { now = now.Add(time.Second); return now }
}

// TestSaveAsRefusesAnEditBegunBeforeAnothersSave: two sessions edit the
// same account from the same stamp; the first save lands, the second is
// refused with the account as the file now holds it, and the file keeps
// the first.
func TestSaveAsRefusesAnEditBegunBeforeAnothersSave(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "ws.db"), Options{Now: ticking()})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	base, err := s.SaveAccount(account("MegaMart"))
	if err != nil {
		t.Fatal(err)
	}

	ana, ben := base, base
	ana.Region, ben.Outlets = "North", 999
	if _, err := s.SaveAs(1, ana); err != nil {
		t.Fatalf("the first save: %v", err)
	}
	_, err = s.SaveAs(2, ben)
	var c *model.Conflict
	if !errors.As(err, &c) {
		t.Fatalf("the second save: got %v, want a conflict", err)
	}
	if c.Writer != 1 {
		t.Errorf("the conflict names writer %d, want 1, who saved first", c.Writer)
	}
	cur, ok := c.Current.(model.Account)
	if !ok || cur.Region != "North" || cur.Outlets != base.Outlets {
		t.Errorf("the conflict shows %+v, want the first save's account", c.Current)
	}
	all, _ := s.Accounts()
	if len(all) != 1 || all[0].Region != "North" || all[0].Outlets != base.Outlets {
		t.Errorf("the file holds %+v, want the first save only", all)
	}

	// Ben starts again from what he was shown: it lands.
	cur.Outlets = 999
	if _, err := s.SaveAs(2, cur); err != nil {
		t.Fatalf("saving from the current stamp: %v", err)
	}
	all, _ = s.Accounts()
	if all[0].Region != "North" || all[0].Outlets != 999 {
		t.Errorf("the file holds %+v, want both edits", all[0])
	}
}

// TestSaveAsLetsASessionFollowItsOwnSave: a session's second save of a
// record can begin before its first one lands, from the same stamp; that
// is no conflict. The one writer of a file (writer 0) is never refused.
func TestSaveAsLetsASessionFollowItsOwnSave(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "ws.db"), Options{Now: ticking()})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	base, _ := s.SaveAccount(account("MegaMart"))
	first, second := base, base
	first.Region, second.Region = "North", "South"
	if _, err := s.SaveAs(3, first); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveAs(3, second); err != nil {
		t.Errorf("a session's second save from the same stamp: %v", err)
	}
	stale := base
	stale.Region = "West"
	if _, err := s.Save(stale); err != nil {
		t.Errorf("the only writer: %v", err)
	}
}

// TestSaveAsRefusesARecordRemovedMeanwhile: a meeting one session removed
// is not brought back by another's edit that began before.
func TestSaveAsRefusesARecordRemovedMeanwhile(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "ws.db"), Options{Now: ticking()})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, _ := s.SaveAccount(account("MegaMart"))
	d := model.Day(fixedNow)
	saved, err := s.SaveMeetings(model.NewMeeting(a.ID, d, d.AddDate(0, -3, 0), d.AddDate(0, 0, -1), nil))
	if err != nil {
		t.Fatal(err)
	}
	m := saved[0]
	if err := s.Delete(m); err != nil {
		t.Fatal(err)
	}
	m.Objectives = "late objectives"
	_, err = s.SaveAs(2, m)
	var c *model.Conflict
	if !errors.As(err, &c) || c.Current != nil {
		t.Fatalf("got %v, want a conflict saying it was removed", err)
	}
	if left, _ := s.Meetings(); len(left) != 0 {
		t.Errorf("the removed meeting came back: %+v", left)
	}
}

// TestEveryEditedKindCarriesAStamp: the kinds people edit in place are
// stamped on each save, so the store can tell an edit begun before
// another's save; a new stamp differs from the one before.
func TestEveryEditedKindCarriesAStamp(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "ws.db"), Options{Now: ticking()})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, _ := s.SaveAccount(account("MegaMart"))
	person, err := s.SaveAs(1, model.Person{Name: "Li Wei", Function: model.OurFunctions[0].Key})
	if err != nil {
		t.Fatal(err)
	}
	p := person[0].(model.Person)
	if p.Updated.IsZero() {
		t.Fatal("a person is saved without a stamp")
	}
	again, err := s.SaveAs(1, p)
	if err != nil {
		t.Fatal(err)
	}
	if !again[0].(model.Person).Updated.After(p.Updated) {
		t.Error("saving again did not move the stamp")
	}
	m, err := s.Matrix()
	if err != nil {
		t.Fatal(err)
	}
	scores := func(n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = 5
		}
		return out
	}
	e := model.Evaluation{AccountID: a.ID, Date: model.Day(fixedNow), CriteriaVersion: m.Version,
		Attractiveness: scores(len(m.Attractiveness)), Strength: scores(len(m.Strength))}
	ev, err := s.SaveAs(1, e)
	if err != nil {
		t.Fatal(err)
	}
	if ev[0].(model.Evaluation).Updated.IsZero() {
		t.Error("an evaluation is saved without a stamp")
	}
}
