package uitest

import (
	"errors"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// Folder is a course folder held in memory, each team's workspace a real
// file holding the case study: what the course tab's tests run on.
type Folder struct {
	CourseNow model.Course
	Stores    []*store.Store
	Saves     int   // course saves that reached it
	Fail      error // when set, every course save fails with it
}

// NewFolder builds a course of n teams, each on its own copy of the case
// study, with the clock at now.
func NewFolder(t testing.TB, n int, now time.Time) *Folder {
	t.Helper()
	f := &Folder{CourseNow: model.DefaultCourse(now, n)}
	for range n {
		f.Stores = append(f.Stores, storetest.Open(t, model.CaseStudy(now, model.English), now))
	}
	return f
}

func (f *Folder) Dir() string             { return "/course" }
func (f *Folder) Course() model.Course    { return f.CourseNow }
func (f *Folder) Team(n int) *store.Store { return f.Stores[n-1] }
func (f *Folder) CopyIn(int, string) (string, error) {
	return "", errors.New("the test folder copies nothing in")
}

func (f *Folder) SaveCourse(c model.Course) error {
	if f.Fail != nil {
		return f.Fail
	}
	f.CourseNow = c
	f.Saves++
	return nil
}

func (f *Folder) UpdateCourse(change func(model.Course) model.Course) (model.Course, error) {
	next := change(f.CourseNow)
	if err := f.SaveCourse(next); err != nil {
		return model.Course{}, err
	}
	return next, nil
}

func (f *Folder) ResetTeam(n int, lang model.Lang, now time.Time) (string, error) {
	return "", f.Stores[n-1].Reset(model.CaseStudy(now, lang))
}

// CourseHarness drives a course-mode tab the way the root does, with
// every team's workspace loaded.
type CourseHarness struct {
	*Harness
	Course *data.Course
	Folder *Folder
	Shown  []common.TeamChangedMsg // what the root told the tab of other teams
}

// ForCourse builds a tab on a course of n teams at 120×35, in English,
// as the trainer, the clock stopped at now.
func ForCourse(t testing.TB, n int, now time.Time, newTab func(*common.Context) common.Tab) *CourseHarness {
	t.Helper()
	f := NewFolder(t, n, now)
	c := data.NewCourse(f, true)
	ctx := &common.Context{Lang: model.English, Styles: common.NewStyles(common.DefaultTheme), Data: c.Shown(), Course: c, Now: func() time.Time { return now }}
	h := &CourseHarness{Harness: &Harness{T: t, Ctx: ctx, Store: f.Stores[0]}, Course: c, Folder: f}
	h.Harness.Tab = newTab(ctx)
	h.Harness.Tab.SetSize(120, 35)
	h.Run(c.LoadAll())
	return h
}

// Update is what the root does with one message in course mode.
func (h *CourseHarness) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case data.LoadedMsg:
		if d := msg.Owner(); d != nil && d != h.Ctx.Data {
			d.Apply(msg)
			return h.tell(d)
		}
	case data.SavedMsg:
		if d := msg.Owner(); d != nil && d != h.Ctx.Data {
			d.Pending--
			msg.ApplyTo(d)
			return h.tell(d)
		}
	case data.CourseSavedMsg:
		h.Course.Apply(msg)
		if msg.Note != "" {
			h.Status = msg.Note
		}
		_, cmd := h.Tab.Update(common.CourseChangedMsg{})
		return cmd
	case data.CourseSaveFailedMsg:
		h.Course.Failed()
		h.Status = msg.Err.Error()
	case data.TeamResetMsg:
		if msg.Err == nil {
			d, cmd := h.Course.Reloaded(msg.Team)
			if h.Course.Teams[h.Course.Team] == d {
				h.Ctx.Data = d
			}
			_, tcmd := h.Tab.Update(msg)
			return tea.Batch(cmd, tcmd)
		}
	case common.SwitchTeamMsg:
		h.Course.Team = msg.Index
		h.Ctx.Data = h.Course.Shown()
		_, cmd := h.Tab.Update(common.TeamShownMsg{})
		return cmd
	}
	return h.Harness.Update(msg)
}

func (h *CourseHarness) tell(d *data.Data) tea.Cmd {
	team, _ := h.Course.TeamOf(d)
	m := common.TeamChangedMsg{Team: team.Number}
	h.Shown = append(h.Shown, m)
	_, cmd := h.Tab.Update(m)
	return cmd
}

// Run runs a command and everything it leads to.
func (h *CourseHarness) Run(cmd tea.Cmd) { Drain(cmd, h.Update) }

// Press sends keys by name; "text:…" types the text.
func (h *CourseHarness) Press(keys ...string) {
	for _, msg := range Keys(keys...) {
		h.Run(h.Update(msg))
	}
}
