package data

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
)

// sharedFolder is one course folder several sessions open at once.
type sharedFolder struct {
	course model.Course
	teams  []*store.Store
}

func (f *sharedFolder) Dir() string             { return "/course" }
func (f *sharedFolder) Course() model.Course    { return f.course }
func (f *sharedFolder) Team(n int) *store.Store { return f.teams[n-1] }
func (f *sharedFolder) UpdateCourse(change func(model.Course) model.Course) (model.Course, error) {
	f.course = change(f.course)
	return f.course, nil
}
func (f *sharedFolder) ResetTeam(int, model.Lang, time.Time) (string, error) {
	return "", nil
}
func (f *sharedFolder) CopyIn(int, string) (string, error) { return "", nil }

// session is one person's program: what its hub delivers, in order.
type session struct {
	course *Course
	got    []tea.Msg
}

func TestTheHubCarriesASaveToTheTeamAndTheTrainerOnly(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	f := &sharedFolder{course: model.DefaultCourse(now, 2)}
	for range 2 {
		f.teams = append(f.teams, storetest.Open(t, model.CaseStudy(now, model.English), now))
	}
	hub := NewHub()
	open := func(team int, trainer bool) *session {
		s := &session{course: NewCourse(f, trainer)}
		for _, d := range s.course.Teams {
			d.Apply(d.Load(store.Everything)().(LoadedMsg))
		}
		s.course.Share(hub, hub.Join(team, "", func(m tea.Msg) { s.got = append(s.got, m) }))
		return s
	}
	ann, ben, cho, trainer := open(1, false), open(1, false), open(2, false), open(0, true)
	if hub.Sessions() != 4 {
		t.Fatalf("%d sessions joined, want 4", hub.Sessions())
	}

	// Ann, of team 1, renames the workspace.
	st := ann.course.Teams[0].Settings
	st.Name = "Team one"
	if _, ok := Save(ann.course.Teams[0], "", st)().(SavedMsg); !ok {
		t.Fatal("Ann's save failed")
	}
	if len(ann.got) != 0 {
		t.Errorf("Ann heard of her own save: %v", ann.got)
	}
	if len(cho.got) != 0 {
		t.Errorf("team 2 heard of team 1's save: %v", cho.got)
	}
	for name, s := range map[string]*session{"Ben": ben, "the trainer": trainer} {
		if len(s.got) != 1 {
			t.Fatalf("%s got %d messages, want 1", name, len(s.got))
		}
		msg, ok := s.got[0].(RemoteSavedMsg)
		if !ok || msg.Team != 1 {
			t.Fatalf("%s got %#v", name, s.got[0])
		}
		s.course.Teams[0].ApplyRemote(msg)
		if got := s.course.Teams[0].Settings.Name; got != "Team one" {
			t.Errorf("%s sees the workspace named %q", name, got)
		}
	}

	// The trainer moves the timer: everyone hears of the course file.
	next := trainer.course.Course
	next.Timer, _ = model.WithMinutes(7)
	if _, ok := trainer.course.Save(next, "")().(CourseSavedMsg); !ok {
		t.Fatal("the trainer's course save failed")
	}
	for name, s := range map[string]*session{"Ann": ann, "Ben": ben, "Cho": cho} {
		i := slices.IndexFunc(s.got, func(m tea.Msg) bool { _, ok := m.(RemoteCourseMsg); return ok })
		if i < 0 {
			t.Fatalf("%s did not hear of the course file", name)
		}
		s.course.ApplyRemote(s.got[i].(RemoteCourseMsg))
		if s.course.Timer.Set != 7*time.Minute {
			t.Errorf("%s's timer is set to %v", name, s.course.Timer.Set)
		}
	}
	hub.Leave(1)
	if hub.Sessions() != 3 {
		t.Errorf("after one left, %d sessions", hub.Sessions())
	}
}

// People leaving at once are each told a different count of the
// participants left; the trainers are not counted.
func TestLeavingCountsTheParticipantsLeft(t *testing.T) {
	hub := NewHub()
	trainer := hub.Join(0, "Trainer", func(tea.Msg) {})
	var ids []int
	for i := range 5 {
		ids = append(ids, hub.Join(1+i%2, fmt.Sprintf("P%d", i), func(tea.Msg) {}))
	}
	if n := hub.Participants(); n != 5 {
		t.Fatalf("%d participants, want 5", n)
	}
	counts := make(chan int, len(ids))
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Go(func() { counts <- hub.Leave(id) })
	}
	wg.Wait()
	close(counts)
	seen := map[int]bool{}
	for n := range counts {
		seen[n] = true
	}
	if len(seen) != 5 || !seen[0] || !seen[4] {
		t.Errorf("the leavers were told %v, want 0 to 4 once each", seen)
	}
	if n := hub.Leave(trainer); n != 0 {
		t.Errorf("the trainer leaving was told %d participants", n)
	}
}
