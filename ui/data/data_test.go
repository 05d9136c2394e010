package data

import (
	"errors"
	"reflect"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
)

func loaded(ws model.Workspace) *Data {
	d := New(nil)
	d.Apply(LoadedMsg{Part: store.Everything, Workspace: ws})
	return d
}

func TestPutAndNameTaken(t *testing.T) {
	d := loaded(model.Workspace{Accounts: []model.Account{{ID: "1", Name: "Alpha"}, {ID: "2", Name: "Beta", Archived: true}}})
	SavedMsg{Records: []any{model.Account{ID: "3", Name: "Gamma"}, model.Account{ID: "1", Name: "Alpha One"}}}.ApplyTo(d)
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

// TestLaterSaveWinsInAnyOrder saves one account twice and lets the two
// writes and their answers arrive in every order Bubble Tea may run them:
// the file and the screen end on the later edit.
func TestLaterSaveWinsInAnyOrder(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	for _, order := range []struct{ writes, answers [2]int }{
		{[2]int{0, 1}, [2]int{0, 1}}, {[2]int{1, 0}, [2]int{1, 0}},
		{[2]int{0, 1}, [2]int{1, 0}}, {[2]int{1, 0}, [2]int{0, 1}},
	} {
		s := storetest.Open(t, model.Workspace{Accounts: storetest.Accounts(3, now)}, now)
		d := New(s)
		d.Apply(d.Load(store.Everything)().(LoadedMsg))
		a := d.Accounts[1]
		first, second := a, a
		first.Outlets, second.Outlets = 111, 222
		cmds := []func() tea.Msg{Save(d, "", first), Save(d, "", second)}
		var msgs [2]tea.Msg
		for _, i := range order.writes {
			msgs[i] = cmds[i]()
		}
		for _, i := range order.answers {
			msgs[i].(SavedMsg).ApplyTo(d)
		}
		stored, _ := s.Load(store.FirstFrame)
		if got, _ := d.Account(a.ID); got.Outlets != 222 || stored.Accounts[1].Outlets != 222 {
			t.Errorf("writes %v, answers %v: screen %d, file %d outlets; want the later edit, 222",
				order.writes, order.answers, got.Outlets, stored.Accounts[1].Outlets)
		}
	}
}

// TestConcurrentSavesKeepTheLastEdit runs many saves of one record side by
// side, as Bubble Tea runs commands, and applies their answers as they come.
func TestConcurrentSavesKeepTheLastEdit(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	s := storetest.Open(t, model.Workspace{Accounts: storetest.Accounts(2, now)}, now)
	d := New(s)
	d.Apply(d.Load(store.Everything)().(LoadedMsg))
	a := d.Accounts[0]
	const n = 40
	answers := make(chan tea.Msg, n)
	for i := 1; i <= n; i++ {
		a.Outlets = i
		cmd := Save(d, "", a)
		go func() { answers <- cmd() }()
	}
	for range n {
		(<-answers).(SavedMsg).ApplyTo(d)
	}
	stored, _ := s.Load(store.FirstFrame)
	if got, _ := d.Account(a.ID); got.Outlets != n || stored.Accounts[0].Outlets != n {
		t.Errorf("screen %d, file %d outlets; want the last edit, %d", got.Outlets, stored.Accounts[0].Outlets, n)
	}
}

// TestFailedSavesChangeNothing saves one record of every kind to a store
// that refuses them all: the data the screens draw from is as it was, and
// settings shown before the save (a language switch) are put back.
func TestFailedSavesChangeNothing(t *testing.T) {
	ws := model.CaseStudy(time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC), model.English)
	d := New(fakeStore{err: errors.New("no space left on device")})
	d.Apply(LoadedMsg{Part: store.Everything, Workspace: ws})
	before := d.Workspace
	edited := func() []any {
		a := ws.Accounts[0]
		a.Outlets++
		e := ws.Evaluations[0]
		e.ID = ""
		return []any{a, e, ws.Knowledge[0], ws.People[0], ws.Contacts[0], ws.Moments[0], ws.Terms[0],
			ws.Negotiations[0], ws.Meetings[0], ws.Matrix, ws.Checklist, ws.Settings}
	}
	for _, rec := range edited() {
		msg := d.write("", false, []any{rec})()
		failed, ok := msg.(SaveFailedMsg)
		if !ok {
			t.Fatalf("%T: a refused save answered %T", rec, msg)
		}
		d.Restore(failed)
	}
	d.Settings.Lang = model.Chinese // shown at once, as the language switch does
	failed := d.SaveSettings(d.Settings, "")().(SaveFailedMsg)
	if !d.Restore(failed) || d.Settings.Lang != before.Settings.Lang {
		t.Errorf("a refused language switch stays on screen: %q", d.Settings.Lang)
	}
	if !reflect.DeepEqual(d.Workspace, before) {
		t.Error("a refused save changed what the screens show")
	}
}
