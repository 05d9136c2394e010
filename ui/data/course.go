package data

import (
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// CourseFolder is what the screens ask of a course folder: the course file
// and each team's workspace.
type CourseFolder interface {
	Dir() string
	Course() model.Course
	Team(n int) *store.Store
	UpdateCourse(change func(current model.Course) model.Course) (model.Course, error)
	ResetTeam(n int, lang model.Lang, now time.Time) (kept string, err error)
	CopyIn(n int, from string) (kept string, err error)
}

// Course is a course folder as the screens hold it: the course as its file
// holds it, and every team's workspace, each its own Data, loaded whole
// for the compare screen. One team is shown in the workspace tabs.
type Course struct {
	model.Course // as the file holds it: changed only by CourseSavedMsg
	Teams        []*Data
	Team         int // the index in Teams of the team shown
	// Trainer says this session has the course controls (the agenda, the
	// timer, teams, resets, boards' hand-over).
	Trainer bool

	folder  CourseFolder
	Pending int // course saves under way
	asked   uint64
	applied uint64

	hub     *Hub // in a course served to many sessions (Share)
	session int

	// latest is the course with every save asked for, which the next
	// change is made to while saves are under way; written is the newest
	// save that reached the file, so an older one that comes late is not
	// written over it.
	latest  model.Course
	writeMu sync.Mutex
	written uint64
}

// Latest is the course as it will be once every save asked for is in:
// what a change is made to, so keys pressed faster than the file is
// written each count. The screens draw Course, what the file holds.
func (c *Course) Latest() model.Course {
	if c.Pending > 0 {
		return c.latest
	}
	return c.Course
}

// NewCourse holds an open course folder; nothing is loaded yet.
func NewCourse(f CourseFolder, trainer bool) *Course {
	c := &Course{Course: f.Course(), folder: f, Trainer: trainer}
	for _, t := range c.Course.Teams {
		c.Teams = append(c.Teams, New(f.Team(t.Number)))
	}
	return c
}

// Dir is the course folder.
func (c *Course) Dir() string { return c.folder.Dir() }

// Shown is the data of the team shown.
func (c *Course) Shown() *Data { return c.Teams[c.Team] }

// ShownTeam is the team shown.
func (c *Course) ShownTeam() model.Team { return c.Course.Teams[c.Team] }

// TeamOf is the team whose data d is, and whether d is one of them.
func (c *Course) TeamOf(d *Data) (model.Team, bool) {
	for i, t := range c.Teams {
		if t == d {
			return c.Course.Teams[i], true
		}
	}
	return model.Team{}, false
}

// Works are the teams' workspaces as loaded so far, for the compare
// screen: a team whose file is not all in yet is left out.
func (c *Course) Works() []model.TeamWork {
	var out []model.TeamWork
	for i, d := range c.Teams {
		if d.Complete() {
			out = append(out, model.TeamWork{Team: c.Course.Teams[i], Workspace: d.Workspace})
		}
	}
	return out
}

// LoadAll reads every team's workspace whole, off the update loop.
func (c *Course) LoadAll() tea.Cmd {
	cmds := make([]tea.Cmd, len(c.Teams))
	for i, d := range c.Teams {
		cmds[i] = d.Load(store.Everything)
	}
	return tea.Batch(cmds...)
}

// CourseSavedMsg says the course file now holds Course.
type CourseSavedMsg struct {
	Course model.Course
	Note   string
	seq    uint64
}

// CourseSaveFailedMsg says the course file could not be written; the
// screens still show what it holds.
type CourseSaveFailedMsg struct{ Err error }

// Save writes the course file whole, off the update loop. The screens show
// the change once it is in the file (CourseSavedMsg, applied by the root).
func (c *Course) Save(next model.Course, note string) tea.Cmd {
	base := c.Latest() // what the change was made to
	c.Pending++
	c.asked++
	c.latest = next
	seq, f := c.asked, c.folder
	return func() tea.Msg {
		c.writeMu.Lock()
		defer c.writeMu.Unlock()
		if seq < c.written { // a later save is already in the file
			return CourseSavedMsg{Course: next, Note: note, seq: seq}
		}
		// Other sessions may have changed the course since: this change
		// is made to the file's course as it is now, keeping theirs.
		written, err := f.UpdateCourse(func(current model.Course) model.Course {
			return model.MergeCourse(base, next, current)
		})
		if err != nil {
			return CourseSaveFailedMsg{Err: err}
		}
		c.written = seq
		if c.hub != nil {
			c.hub.tell(c.session, 0, RemoteCourseMsg{Course: written})
		}
		return CourseSavedMsg{Course: written, Note: note, seq: seq}
	}
}

// Apply takes a saved course in, unless a later save already landed.
func (c *Course) Apply(msg CourseSavedMsg) {
	c.Pending = max(c.Pending-1, 0)
	if msg.seq < c.applied {
		return
	}
	c.applied = msg.seq
	c.Course = msg.Course
}

// Failed counts a failed course save as answered; the next change is made
// to what the file holds.
func (c *Course) Failed() {
	c.Pending = max(c.Pending-1, 0)
	c.latest = c.Course
}

// TeamResetMsg says a team's workspace was put back to the case study or
// replaced by a copied-in file (Kept is where its old file went), or why
// not; its data is then read again.
type TeamResetMsg struct {
	Team int // number
	Kept string
	Err  error
}

// ResetTeams puts teams back to the case study, one after another, off the
// update loop, each answering with TeamResetMsg.
func (c *Course) ResetTeams(numbers []int, lang model.Lang, now time.Time) tea.Cmd {
	f := c.folder
	cmds := make([]tea.Cmd, len(numbers))
	for i, n := range numbers {
		cmds[i] = func() tea.Msg {
			kept, err := f.ResetTeam(n, lang, now)
			return TeamResetMsg{Team: n, Kept: kept, Err: err}
		}
	}
	return tea.Sequence(cmds...)
}

// CopyIn replaces a team's workspace with a file from a team's laptop.
func (c *Course) CopyIn(n int, from string) tea.Cmd {
	f := c.folder
	return func() tea.Msg {
		kept, err := f.CopyIn(n, from)
		return TeamResetMsg{Team: n, Kept: kept, Err: err}
	}
}

// Reloaded gives team n fresh data after its file was replaced: the old
// data's answers still on their way are then for no one.
func (c *Course) Reloaded(n int) (*Data, tea.Cmd) {
	for i, t := range c.Course.Teams {
		if t.Number == n {
			c.Teams[i] = New(c.folder.Team(n))
			return c.Teams[i], c.Teams[i].Load(store.Everything)
		}
	}
	return nil, nil
}

// Busy reports whether saves of team n are still under way.
func (c *Course) Busy(n int) bool {
	for i, t := range c.Course.Teams {
		if t.Number == n {
			return c.Teams[i].Pending > 0
		}
	}
	return false
}
