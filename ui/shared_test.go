package ui

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
	"github.com/kam-workbench/kam/ui/uitest"
)

// sharedSession is one person's program on a course served to many: its
// own view of the one folder, joined to the hub that carries saves.
type sharedSession struct {
	*courseDriver
	mu    sync.Mutex
	inbox []tea.Msg // what the hub delivered, passed on by deliver
	hub   *data.Hub
	hubID int
}

// newSharedSessions starts n people in the first team of one course.
func newSharedSessions(t *testing.T, n int) []*sharedSession {
	t.Helper()
	return newRoom(t, make([]bool, n)...)
}

// newRoom starts a session for each person of one served course: the
// trainer where trainer is true, else a participant of the first team.
func newRoom(t *testing.T, trainer ...bool) []*sharedSession {
	t.Helper()
	f := uitest.NewFolder(t, 2, now)
	hub := data.NewHub()
	var out []*sharedSession
	for _, tr := range trainer {
		s := &sharedSession{}
		c := data.NewCourse(f, tr)
		team := 1
		if tr {
			team = 0
		}
		s.hubID = hub.Join(team, fmt.Sprintf("Person %d", len(out)+1), func(msg tea.Msg) {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.inbox = append(s.inbox, msg)
		})
		s.hub = hub
		c.Share(hub, s.hubID)
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
	for {
		s.mu.Lock()
		if len(s.inbox) == 0 {
			s.mu.Unlock()
			return
		}
		msg := s.inbox[0]
		s.inbox = s.inbox[1:]
		s.mu.Unlock()
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
	if !strings.Contains(ben.m.status, "Person 1 saved this first; it now shows theirs") {
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

// The trainer sends the room to a block's tab from the agenda: every
// participant's screen goes there and says why; a form a participant had
// open stays open in its own tab.
func TestTheTrainerSendsEveryoneToABlocksTab(t *testing.T) {
	room := newRoom(t, true, false, false)
	trainer, ann, ben := room[0], room[1], room[2]
	ben.press("2", "n", "text:Half typed")
	i := slices.IndexFunc(trainer.course.Course.Blocks, func(b model.Block) bool { return b.Tab == common.TabMatrix })
	if i < 0 {
		t.Fatal("no block of the course teaches on the Matrix tab")
	}
	ann.press("a") // a participant has no such key
	trainer.deliver()
	if trainer.m.specs[trainer.m.active].id != common.TabCourse {
		t.Fatal("a participant's a moved the trainer")
	}
	trainer.press("g")
	for range i {
		trainer.press("down")
	}
	trainer.press("a")
	if got := trainer.m.specs[trainer.m.active].id; got != common.TabMatrix {
		t.Errorf("the trainer is on %q, want the block's tab", got)
	}
	for _, p := range []*sharedSession{ann, ben} {
		p.deliver()
		if got := p.m.specs[p.m.active].id; got != common.TabMatrix {
			t.Errorf("a participant is on %q, want the Matrix tab", got)
		}
		if !strings.Contains(p.m.status, "The trainer brought everyone to Matrix") {
			t.Errorf("the participant is not told why: %q", p.m.status)
		}
	}
	accounts := slices.IndexFunc(ben.m.specs, func(t tabSpec) bool { return t.id == common.TabAccounts })
	if !ben.m.tabs[accounts].Capturing() {
		t.Error("Ben's half-typed form was closed")
	}
}

// While presenting, the trainer pauses everyone's keys: a participant's
// keys do nothing but say so, the header shows it to everyone, and ctrl+f
// again, or the trainer leaving, lets them go. A participant's ctrl+f
// pauses no one.
func TestTheTrainerPausesEveryonesKeys(t *testing.T) {
	room := newRoom(t, true, false)
	trainer, ann := room[0], room[1]
	ann.press("ctrl+f")
	if ann.course.RoomPaused() {
		t.Fatal("a participant paused the room")
	}
	trainer.press("f5", "ctrl+f")
	if lines := strings.Split(trainer.m.View(), "\n"); !strings.Contains(lines[len(lines)-1], "keys paused") {
		t.Errorf("presenting, the trainer does not see the pause: %q", lines[len(lines)-1])
	}
	ann.deliver()
	if !ann.course.RoomPaused() {
		t.Fatal("ctrl+f while presenting did not pause the room")
	}
	before := ann.m.active
	ann.press("3", "n")
	if ann.m.active != before || ann.m.tabs[ann.m.active].Capturing() {
		t.Error("a paused participant's keys still worked")
	}
	if !strings.Contains(ann.m.status, "The trainer paused everyone's keys") {
		t.Errorf("the participant is not told: %q", ann.m.status)
	}
	if header := strings.Split(ann.m.View(), "\n")[0]; !strings.Contains(header, "keys paused") {
		t.Errorf("the header does not show the pause: %q", header)
	}
	trainer.press("ctrl+f")
	ann.deliver()
	ann.press("3")
	if ann.m.specs[ann.m.active].id != common.TabMatrix {
		t.Error("the keys were not let go")
	}

	trainer.press("ctrl+f")
	ann.deliver()
	trainer.hub.Leave(trainer.hubID)
	ann.deliver()
	if ann.course.RoomPaused() || !strings.Contains(ann.m.status, "Your keys work again") {
		t.Errorf("the trainer left and the keys stayed paused (status %q)", ann.m.status)
	}
}

// Two people answer a board at the same moment, each on the course as it
// last saw it: both answers are kept in the course file, and each sees
// the other's once it arrives.
func TestAnswersGivenAtOnceAreAllKept(t *testing.T) {
	room := newRoom(t, false, false)
	ana, ben := room[0], room[1]
	for _, p := range room {
		p.press("1", "v", "v", "v", "enter")
	}
	ana.press("a", "text:Sales volume", "enter")
	ben.press("a", "text:Growth rate", "enter") // before Ana's save reached him
	ana.deliver()
	ben.deliver()
	board := ana.folder.CourseNow.Boards[0]
	var texts []string
	for _, a := range board.Answers {
		texts = append(texts, a.Text)
	}
	if !slices.Contains(texts, "Sales volume") || !slices.Contains(texts, "Growth rate") {
		t.Fatalf("the course file's first board holds %q, want both answers", texts)
	}
	for name, p := range map[string]*sharedSession{"Ana": ana, "Ben": ben} {
		view := p.m.View()
		if !strings.Contains(view, "Sales volume") || !strings.Contains(view, "Growth rate") {
			t.Errorf("%s does not see both answers:\n%s", name, view)
		}
	}
}

// The trainer's timer and chosen block show in a participant's header as
// soon as the trainer sets them, and a participant's save reaches the
// trainer's copy of the team, which the compare screen reads.
func TestTheRoomFollowsTheTrainerAndTheTrainerSeesTheTeams(t *testing.T) {
	room := newRoom(t, true, false)
	trainer, ann := room[0], room[1]
	next := trainer.course.Latest()
	tm, _ := model.WithMinutes(15)
	next.Timer = tm.Started(now)
	next.Chosen = next.Blocks[3].ID
	trainer.run(trainer.course.Save(next, ""))
	ann.deliver()
	header := strings.Split(ann.m.View(), "\n")[0]
	if !strings.Contains(header, "⏱ 15:00") || !strings.Contains(header, next.Blocks[3].Topics[0].In(model.English)) {
		t.Errorf("the participant's header does not show the trainer's timer and block: %q", header)
	}

	ann.press("2", "n", "text:Ann's Mart")
	for range 13 {
		ann.press("enter")
	}
	trainer.deliver()
	found := false
	for _, w := range trainer.course.Works() {
		for _, a := range w.Workspace.Accounts {
			found = found || a.Name == "Ann's Mart"
		}
	}
	if !found {
		t.Error("the participant's new account did not reach the trainer's compare")
	}
}

// The trainer's own screen of a served course asks before q ends the
// course for the people connected; any key but y stays, and with no one
// connected q quits at once.
func TestQuittingTheServersScreenAsksWhileParticipantsAreIn(t *testing.T) {
	connected := 3
	d := &courseDriver{folder: uitest.NewFolder(t, 2, now), clock: new(time.Time)}
	*d.clock = now
	d.course = data.NewCourse(d.folder, true)
	m := New(Options{Course: d.course, Lang: model.English, Now: func() time.Time { return *d.clock }, OthersConnected: func() int { return connected }})
	d.driver = &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.run(m.Init())

	d.press("q")
	if d.quit || !strings.Contains(d.m.status, "Quit and close the course for 3 participants?") {
		t.Fatalf("q did not ask first (quit %v, status %q)", d.quit, d.m.status)
	}
	d.press("n")
	if d.quit || d.m.askingQuit {
		t.Fatal("a key but y did not keep the course open")
	}
	d.press("q", "y")
	if !d.quit {
		t.Fatal("y did not quit")
	}

	connected = 0
	d.quit = false
	d.m.mode = modeNormal
	d.press("q")
	if !d.quit {
		t.Error("with no one connected, q did not quit at once")
	}
}

// A teammate's save reaches every session as one message: a session that
// keeps its own place changes its own copy, never what the next session
// reads.
func TestATeammatesSaveIsTheSameForEverySession(t *testing.T) {
	room := newRoom(t, false, false)
	ana, ben := room[0], room[1]
	theirs := ana.course.Teams[0].Settings
	theirs.CurrentAccount, theirs.Name = "the-teammates-account", "Renamed"
	msg := data.RemoteSavedMsg{Team: 1, Records: []any{theirs}}
	ana.send(msg)
	if got := msg.Records[0].(model.Settings); got != theirs {
		t.Fatalf("Ana's session changed the message the others read: current account %q", got.CurrentAccount)
	}
	ben.send(msg)
	if got := ben.course.Teams[0].Settings; got.Name != "Renamed" || got.CurrentAccount == "the-teammates-account" {
		t.Errorf("Ben's session holds %+v", got)
	}
}

// The trainer's Teams view says how to connect and how many participants
// are in, and names everyone in the team under the cursor, however many.
func TestTheTeamsViewNamesWhoIsConnected(t *testing.T) {
	room := newRoom(t, true, false, false)
	trainer := room[0]
	for range 5 {
		trainer.press("v")
	}
	view := trainer.m.View()
	for _, want := range []string{"Teams", "2 participants connected", "Connected in Team 1: Person 2, Person 3"} {
		if !strings.Contains(view, want) {
			t.Errorf("the Teams view does not say %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "Person 1") {
		t.Error("the trainer is listed among the participants")
	}
}

// A session that ends with a form open is told it was not saved only when
// something was typed in it.
func TestEditingIsAFormWithSomethingTyped(t *testing.T) {
	d := newCourseDriver(t, 2, model.English, 120, 40, false)
	if d.m.Editing() {
		t.Fatal("no form is open, yet the session is editing")
	}
	d.press("2", "n")
	if d.m.Editing() {
		t.Error("a form nothing was typed in counts as editing")
	}
	d.press("text:Half")
	if !d.m.Editing() {
		t.Error("a form with something typed does not count as editing")
	}
}
