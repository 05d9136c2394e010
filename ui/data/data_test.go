package data

import (
	"errors"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

func loaded(ws model.Workspace) *Data {
	d := New(nil)
	d.Apply(LoadedMsg{Part: store.Everything, Workspace: ws})
	return d
}

func TestPutAndNameTaken(t *testing.T) {
	d := loaded(model.Workspace{Accounts: []model.Account{{ID: "1", Name: "Alpha"}, {ID: "2", Name: "Beta", Archived: true}}})
	d.PutAccount(model.Account{ID: "3", Name: "Gamma"})
	d.PutAccount(model.Account{ID: "1", Name: "Alpha One"})
	if a, ok := d.Account("1"); !ok || a.Name != "Alpha One" || len(d.Accounts) != 3 {
		t.Errorf("Put: %+v", d.Accounts)
	}
	if a, ok := d.Account("3"); !ok || a.Name != "Gamma" {
		t.Errorf("a new account is not found by its ID: %+v", a)
	}
	taken := d.NameTaken("3")
	if ok, _ := taken("gamma"); ok {
		t.Error("an account's own name is not taken")
	}
	if ok, archived := taken("beta"); !ok || !archived {
		t.Error("an archived account holds its name")
	}
}

func TestPartsMergeAndReadiness(t *testing.T) {
	d := New(nil)
	if d.Ready() || d.Complete() {
		t.Fatal("nothing loaded, yet ready")
	}
	d.Apply(LoadedMsg{Part: store.FirstFrame, Workspace: model.Workspace{
		Settings: model.Settings{Name: "Mine"}, Accounts: []model.Account{{ID: "a", Name: "A"}},
		Meetings: []model.Meeting{{ID: "not-mine", AccountID: "a"}}, // a first part carries no meetings
	}})
	if !d.Ready() || d.Complete() {
		t.Fatalf("after the first part: ready %v complete %v", d.Ready(), d.Complete())
	}
	if len(d.Meetings) != 0 {
		t.Errorf("the first part brought meetings: %+v", d.Meetings)
	}
	d.Apply(LoadedMsg{Part: store.Rest, Workspace: model.Workspace{
		Settings: model.Settings{Name: "not the rest's"},
		Meetings: []model.Meeting{{ID: "m1", AccountID: "a"}},
	}})
	if !d.Complete() || d.Settings.Name != "Mine" || len(d.Accounts) != 1 {
		t.Errorf("the rest overwrote the first part: %+v", d.Workspace)
	}
	if got := d.MeetingsOf("a"); len(got) != 1 || got[0].ID != "m1" {
		t.Errorf("meetings of a: %+v", got)
	}
}

func TestSavedRecordsKeepTheIndexes(t *testing.T) {
	day := func(n int) time.Time { return time.Date(2026, 1, n, 0, 0, 0, 0, time.UTC) }
	d := loaded(model.Workspace{
		Accounts:    []model.Account{{ID: "a"}, {ID: "b"}},
		Evaluations: []model.Evaluation{{ID: "e1", AccountID: "a", Date: day(5)}},
		Meetings:    []model.Meeting{{ID: "m1", AccountID: "a"}, {ID: "m2", AccountID: "b"}, {ID: "m3", AccountID: "a"}},
	})
	SavedMsg{Records: []any{model.Evaluation{ID: "e0", AccountID: "a", Date: day(1)}}}.ApplyTo(d)
	if e, _ := d.Latest("a"); e.ID != "e1" {
		t.Errorf("an older evaluation became the latest: %s", e.ID)
	}
	SavedMsg{Records: []any{model.Evaluation{ID: "e2", AccountID: "a", Date: day(9)}}}.ApplyTo(d)
	if e, _ := d.Latest("a"); e.ID != "e2" {
		t.Errorf("latest = %s, want e2", e.ID)
	}
	if got := d.AccountEvaluations("a"); len(got) != 3 || got[0].ID != "e2" || got[2].ID != "e0" {
		t.Errorf("evaluations newest first: %+v", got)
	}
	SavedMsg{Records: []any{model.Meeting{ID: "m1", AccountID: "a"}}, Deleted: true}.ApplyTo(d)
	if got := d.MeetingsOf("a"); len(got) != 1 || got[0].ID != "m3" {
		t.Errorf("after deleting m1, meetings of a: %+v", got)
	}
	if m, ok := d.Meeting("m2"); !ok || m.AccountID != "b" {
		t.Errorf("m2 lost after a deletion before it: %+v", m)
	}
	SavedMsg{Records: []any{model.Settings{Name: "Renamed"}, model.Matrix{StrengthThreshold: 7}}}.ApplyTo(d)
	if d.Settings.Name != "Renamed" || d.Matrix.StrengthThreshold != 7 {
		t.Errorf("singletons not applied: %+v %+v", d.Settings, d.Matrix)
	}
}

// fakeStore answers saves as a store would, or fails them.
type fakeStore struct{ err error }

func (f fakeStore) Load(store.Part) (model.Workspace, error) { return model.Workspace{}, f.err }
func (f fakeStore) Save(recs ...any) ([]any, error) {
	if f.err != nil {
		return nil, f.err
	}
	out := append([]any(nil), recs...)
	if m, ok := recs[0].(model.Moment); ok { // a moment moves its contact, as the store does
		out = append(out, model.Contact{ID: m.ContactID, AccountID: m.AccountID, LastContact: m.Date})
	}
	return out, nil
}
func (f fakeStore) Delete(...any) error { return f.err }

func TestSaveAnswersWithEveryRecordWritten(t *testing.T) {
	d := New(fakeStore{})
	cmd := Save(d, "noted", model.Moment{ID: "mo", AccountID: "a", ContactID: "c"})
	if d.Pending != 1 {
		t.Errorf("pending = %d, want 1", d.Pending)
	}
	msg, ok := cmd().(SavedMsg)
	if !ok || msg.Note != "noted" || len(msg.Records) != 2 {
		t.Fatalf("answer: %#v", msg)
	}
	if c, ok := First[model.Contact](msg.Records); !ok || c.ID != "c" {
		t.Errorf("the moved contact is not in the answer: %#v", msg.Records)
	}
	if got := Of[model.Moment](msg.Records); len(got) != 1 || got[0].ID != "mo" {
		t.Errorf("Of moments: %+v", got)
	}

	failing := New(fakeStore{err: errors.New("disk full")})
	failed, ok := Delete(failing, "", model.Meeting{ID: "m"})().(SaveFailedMsg)
	if !ok || failed.Err == nil {
		t.Fatalf("a failed delete answered %#v", failed)
	}
	if m, ok := First[model.Meeting](failed.Records); !ok || m.ID != "m" {
		t.Errorf("the failure does not give back what was asked: %#v", failed.Records)
	}
}

func TestOverdueFollowsSavesAndDays(t *testing.T) {
	day := func(n int) time.Time { return time.Date(2026, 3, n, 9, 0, 0, 0, time.UTC) }
	open := func(id string, due time.Time) model.Action {
		return model.Action{ID: id, What: "call", Due: due, Status: model.ActionOpen}
	}
	d := loaded(model.Workspace{
		Accounts: []model.Account{{ID: "a"}, {ID: "b"}},
		Meetings: []model.Meeting{{ID: "m1", AccountID: "a", Actions: []model.Action{open("x1", day(2))}}},
	})
	if n := d.Overdue("", day(3)); n != 1 {
		t.Fatalf("overdue = %d, want 1", n)
	}
	SavedMsg{Records: []any{model.Meeting{ID: "m2", AccountID: "b", Actions: []model.Action{open("x2", day(1)), open("x3", day(5))}}}}.ApplyTo(d)
	if n := d.Overdue("", day(3)); n != 2 {
		t.Errorf("after a meeting with one more overdue action: %d, want 2", n)
	}
	if n := d.Overdue("", day(6)); n != 3 {
		t.Errorf("three days later: %d, want 3", n)
	}
	SavedMsg{Records: []any{model.Account{ID: "b", Archived: true}}}.ApplyTo(d)
	if n := d.Overdue("", day(6)); n != 1 {
		t.Errorf("after archiving b: %d, want 1", n)
	}
	if n := d.Overdue("b", day(6)); n != 2 {
		t.Errorf("b's own count: %d, want 2", n)
	}
}
