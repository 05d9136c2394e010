package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/data"
	"github.com/kam-workbench/kam/ui/uitest"
)

// sharedSession is one person's program on a course served to many: its
// own view of the one folder, joined to the hub that carries saves.
type sharedSession struct {
	*courseDriver
	inbox []tea.Msg // what the hub delivered, passed on by deliver
}

// newSharedSessions starts n people in the first team of one course.
func newSharedSessions(t *testing.T, n int) []*sharedSession {
	t.Helper()
	f := uitest.NewFolder(t, 2, now)
	hub := data.NewHub()
	var out []*sharedSession
	for range n {
		s := &sharedSession{}
		c := data.NewCourse(f, false)
		c.Share(hub, hub.Join(1, func(msg tea.Msg) { s.inbox = append(s.inbox, msg) }))
		at := now
		s.courseDriver = &courseDriver{folder: f, course: c, clock: &at}
		m := New(Options{Course: c, Lang: model.English, Now: func() time.Time { return *s.clock }})
		s.driver = &driver{t: t, m: m}
		s.send(tea.WindowSizeMsg{Width: 120, Height: 40})
		s.run(m.Init())
		out = append(out, s)
	}
	return out
}

// deliver passes on what the hub brought, as the program would.
func (s *sharedSession) deliver() {
	for len(s.inbox) > 0 {
		msg := s.inbox[0]
		s.inbox = s.inbox[1:]
		s.send(msg)
	}
}

// Two people of a team edit the same account at once. The first save
// lands; the second would undo it, so it is refused: the second person is
// told, the form closes, and the account shows as the first saved it.
func TestTheLaterOfTwoEditsOfOneRecordIsRefusedAndShowsTheCurrent(t *testing.T) {
	people := newSharedSessions(t, 2)
	ana, ben := people[0], people[1]
	acct, ok := ana.course.Teams[0].Account(ana.course.Teams[0].Settings.CurrentAccount)
	if !ok {
		t.Fatal("the case study has no current account")
	}
	ana.press("2", "e", "text: (Ana)")
	ben.press("2", "e", "text: (Ben)")
	if !ana.m.tabs[ana.m.active].Capturing() || !ben.m.tabs[ben.m.active].Capturing() {
		t.Fatal("e did not open the account form for both")
	}
	submit := func(s *sharedSession) {
		for range 13 {
			s.press("enter")
		}
	}
	submit(ana)
	if got, _ := ana.course.Teams[0].Account(acct.ID); got.Name != acct.Name+" (Ana)" {
		t.Fatalf("Ana's save did not land: %q", got.Name)
	}
	ben.deliver()
	submit(ben)
	ben.deliver()

	if ben.m.tabs[ben.m.active].Capturing() {
		t.Error("Ben's form stayed open after his save was refused")
	}
	if !strings.Contains(ben.m.status, "someone else saved this first; it now shows theirs") {
		t.Errorf("Ben is not told why: status %q", ben.m.status)
	}
	if got, _ := ben.course.Teams[0].Account(acct.ID); got.Name != acct.Name+" (Ana)" {
		t.Errorf("Ben's session holds %q, want Ana's name", got.Name)
	}
	view := ben.m.View()
	if !strings.Contains(view, acct.Name+" (Ana)") || strings.Contains(view, "(Ben)") {
		t.Errorf("Ben's screen does not show the account as it is:\n%s", view)
	}
	stored, err := ana.folder.Stores[0].Accounts()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range stored {
		if a.ID == acct.ID && a.Name != acct.Name+" (Ana)" {
			t.Errorf("the file holds %q, want Ana's save kept", a.Name)
		}
	}

	// Ben edits again, from what he now sees: it lands on top of Ana's.
	ben.press("e", "text: (Ben)")
	submit(ben)
	if got, _ := ben.course.Teams[0].Account(acct.ID); got.Name != acct.Name+" (Ana) (Ben)" {
		t.Errorf("Ben's second edit holds %q", got.Name)
	}
}
