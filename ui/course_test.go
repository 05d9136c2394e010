package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
	"github.com/kam-workbench/kam/ui/uitest"
)

// courseDriver runs the root in course mode on an in-memory course of n
// teams, each on its own case-study file, with a clock the test moves.
type courseDriver struct {
	*driver
	folder *uitest.Folder
	course *data.Course
	clock  *time.Time
	bells  int
}

func newCourseDriver(t *testing.T, teams int, lang model.Lang, w, h int, trainer bool) *courseDriver {
	t.Helper()
	f := uitest.NewFolder(t, teams, now)
	c := data.NewCourse(f, trainer)
	at := now
	cd := &courseDriver{folder: f, course: c, clock: &at}
	m := New(Options{Course: c, Lang: lang, Now: func() time.Time { return *cd.clock }, Bell: func() { cd.bells++ }})
	cd.driver = &driver{t: t, m: m}
	cd.send(tea.WindowSizeMsg{Width: w, Height: h})
	cd.run(m.Init())
	return cd
}

// run drains a command as the driver does, but the timer's ticks, which
// would come every second for ever on a clock that stands still, are left
// to the test to send.
func (cd *courseDriver) run(cmd tea.Cmd) {
	if uitest.Drain(cmd, func(msg tea.Msg) tea.Cmd {
		if _, ok := msg.(timerTickMsg); ok {
			cd.m.course.ticking = false
			return nil
		}
		_, c := cd.m.Update(msg)
		return c
	}) {
		cd.quit = true
	}
}

func (cd *courseDriver) send(msg tea.Msg) {
	_, cmd := cd.m.Update(msg)
	cd.run(cmd)
}

func (cd *courseDriver) press(keys ...string) {
	for _, msg := range uitest.Keys(keys...) {
		cd.send(msg)
	}
}

func TestCourseModeStartsOnTheCourseTabWithEveryTeamLoaded(t *testing.T) {
	d := newCourseDriver(t, 4, model.English, 120, 40, true)
	if got := d.m.specs[d.m.active].id; got != common.TabCourse {
		t.Fatalf("course mode starts on %q, want the course tab", got)
	}
	for i, team := range d.course.Teams {
		if !team.Complete() {
			t.Errorf("team %d's workspace is not loaded", i+1)
		}
	}
	view := d.m.View()
	if !strings.Contains(view, "Team 1") {
		t.Errorf("the header does not name the team shown:\n%s", view)
	}
	if !strings.Contains(strings.Split(view, "\n")[1], "1 Course") {
		t.Errorf("the course tab is not first in the tab bar:\n%s", view)
	}
}

func TestSwitchingTeamsShowsTheirWorkspaceInEveryTab(t *testing.T) {
	d := newCourseDriver(t, 3, model.English, 120, 40, true)
	// Team 2 renames the workspace; team 1, shown, does not see it.
	second := d.course.Teams[1]
	st := second.Settings
	st.Name = "Team two's plan"
	d.run(data.Save(second, "", st))
	if strings.Contains(d.m.View(), "Team two's plan") {
		t.Fatal("team 2's workspace shows while team 1 is shown")
	}
	if second.Settings.Name != "Team two's plan" {
		t.Fatalf("team 2's save was not applied to its data: %q", second.Settings.Name)
	}
	d.press("ctrl+t")
	if d.course.Team != 1 || d.m.ctx.Data != second {
		t.Fatalf("ctrl+t shows team index %d, want 1", d.course.Team)
	}
	d.press("2") // the Accounts tab, on team 2's data
	view := d.m.View()
	if !strings.Contains(view, "Team 2") || !strings.Contains(view, "Team two's plan") {
		t.Errorf("after switching, the header does not show team 2 and its workspace:\n%s", view)
	}
	// The switch wrapped around after the last team.
	d.press("ctrl+t", "ctrl+t")
	if d.course.Team != 0 {
		t.Errorf("three ctrl+t on three teams end on index %d, want 0", d.course.Team)
	}
}

func TestAParticipantCannotSwitchTeams(t *testing.T) {
	d := newCourseDriver(t, 3, model.English, 120, 40, false)
	d.press("ctrl+t")
	if d.course.Team != 0 {
		t.Fatalf("a participant switched to team index %d", d.course.Team)
	}
	d.send(common.SwitchTeamMsg{Index: 2})
	if d.course.Team != 0 {
		t.Fatalf("a participant's session switched team by message to %d", d.course.Team)
	}
}

func TestTheTimerRunsInTheHeaderAndRingsOnce(t *testing.T) {
	d := newCourseDriver(t, 2, model.English, 120, 40, true)
	tm, err := model.WithMinutes(2)
	if err != nil {
		t.Fatal(err)
	}
	next := d.course.Course
	next.Timer = tm.Started(*d.clock)
	d.run(d.course.Save(next, ""))
	d.press("2") // away from the course tab: the header still shows it
	if head := strings.Split(d.m.View(), "\n")[0]; !strings.Contains(head, "⏱ 2:00") {
		t.Fatalf("the header does not show the timer: %q", head)
	}
	*d.clock = d.clock.Add(75 * time.Second)
	d.m.Update(timerTickMsg{})
	if head := strings.Split(d.m.View(), "\n")[0]; !strings.Contains(head, "⏱ 0:45") {
		t.Fatalf("75 s into 2 min the header says %q, want 0:45 left", head)
	}
	if d.bells != 0 {
		t.Fatal("the bell rang before the end")
	}
	*d.clock = d.clock.Add(time.Minute)
	d.m.Update(timerTickMsg{})
	d.m.Update(timerTickMsg{})
	if d.bells != 1 {
		t.Fatalf("the bell rang %d times at the end, want once", d.bells)
	}
	view := d.m.View()
	if !strings.Contains(view, "time's up") || !strings.Contains(view, "Time's up.") {
		t.Errorf("the end is not visible in the header and the status line:\n%s", view)
	}
}

func TestSavesOfAnotherTeamAreWaitedForOnQuit(t *testing.T) {
	d := newCourseDriver(t, 2, model.English, 120, 40, true)
	other := d.course.Teams[1]
	st := other.Settings
	st.Name = "renamed"
	save := data.Save(other, "", st) // asked, not yet written
	d.press("q")
	if d.quit {
		t.Fatal("kam quit with team 2's save under way")
	}
	d.run(save)
	if !d.quit {
		t.Fatal("kam did not quit once team 2's save landed")
	}
}

func TestTheCourseKeyComesBackToTheCourse(t *testing.T) {
	d := newCourseDriver(t, 2, model.English, 120, 40, true)
	d.press("5")
	if d.m.specs[d.m.active].id == common.TabCourse {
		t.Fatal("5 did not leave the course tab")
	}
	d.press("C")
	if got := d.m.specs[d.m.active].id; got != common.TabCourse {
		t.Fatalf("C brought %q, want the course tab", got)
	}
}

func TestF5PresentsAnyTabAndComesBack(t *testing.T) {
	d := newCourseDriver(t, 2, model.English, 80, 24, true)
	d.press("3", "f5")
	if d.m.mode != modePresenting {
		t.Fatal("F5 did not present the tab")
	}
	view := d.m.View()
	if strings.Contains(view, "? help") || strings.Contains(view, "Team 1 ·") {
		t.Errorf("presenting still shows the header or the help line:\n%s", view)
	}
	d.press("f5")
	if d.m.mode != modeNormal {
		t.Fatal("F5 did not leave presenting")
	}
}

func TestOutsideACourseTheCourseKeySaysHowToStartOne(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("C")
	if !strings.Contains(d.m.View(), "kam course new --teams 8") {
		t.Errorf("C outside a course does not say how to start one:\n%s", d.m.View())
	}
}

func teaSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// Another session's save, carried by the hub, shows in this one: on the
// team shown at once, on another team in what compares the teams.
func TestAnotherSessionsSaveShows(t *testing.T) {
	d := newCourseDriver(t, 2, model.English, 120, 40, true)
	st := d.course.Teams[0].Settings
	st.Name = "Renamed by a teammate"
	d.send(data.RemoteSavedMsg{Team: 1, Records: []any{st}})
	if !strings.Contains(d.m.View(), "Renamed by a teammate") {
		t.Errorf("a teammate's save does not show in the header:\n%s", d.m.View())
	}
	other := d.course.Teams[1].Settings
	other.Name = "Team two renamed"
	d.send(data.RemoteSavedMsg{Team: 2, Records: []any{other}})
	if d.course.Teams[1].Settings.Name != "Team two renamed" {
		t.Errorf("team 2's data did not take the other session's save")
	}
	next := d.course.Course
	next.Timer, _ = model.WithMinutes(9)
	next.Timer = next.Timer.Started(now)
	d.send(data.RemoteCourseMsg{Course: next})
	if head := strings.Split(d.m.View(), "\n")[0]; !strings.Contains(head, "⏱ 9:00") {
		t.Errorf("the trainer's timer from another session does not show: %q", head)
	}
}

// The trainer's language is the room's: every team's case study follows
// it, so compare puts the same issue of every team on one line.
func TestTheLanguageSwitchesEveryTeamsCaseStudy(t *testing.T) {
	d := newCourseDriver(t, 3, model.English, 120, 40, true)
	d.press("L")
	for i, team := range d.course.Teams {
		for _, n := range team.Negotiations {
			for _, is := range n.Issues {
				if is.Term != "" && !strings.ContainsFunc(is.Name, func(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }) {
					t.Fatalf("team %d's issue %q stayed in English", i+1, is.Name)
				}
			}
		}
	}
	works := d.course.Works()
	if len(works) != 3 {
		t.Fatalf("%d teams to compare", len(works))
	}
	cmp := model.Compare(works, model.PlanYear(now))
	for _, is := range cmp.Issues {
		for ti, p := range is.Positions {
			if !p.Set {
				t.Errorf("issue %q has no position for team %d: the teams' issues did not line up", is.Issue, ti+1)
			}
		}
	}
}

// On the projector, the timer stays in view, and its end shows there.
func TestPresentingKeepsTheTimerInView(t *testing.T) {
	d := newCourseDriver(t, 2, model.English, 80, 24, true)
	tm, _ := model.WithMinutes(1)
	next := d.course.Course
	next.Timer = tm.Started(now)
	d.run(d.course.Save(next, ""))
	d.press("f5")
	lines := strings.Split(d.m.View(), "\n")
	if len(lines) != 24 || !strings.Contains(lines[23], "⏱ 1:00") {
		t.Fatalf("presenting does not keep the timer on its last line (%d lines): %q", len(lines), lines[len(lines)-1])
	}
	*d.clock = d.clock.Add(2 * time.Minute)
	d.m.Update(timerTickMsg{})
	if last := strings.Split(d.m.View(), "\n")[23]; !strings.Contains(last, "time's up") {
		t.Errorf("the end does not show while presenting: %q", last)
	}
}

// A teammate's save that lands while this session's form waits for its
// own save does not close the form: the tab hears of it once the form is.
func TestATeammatesSaveWaitsForAnOpenForm(t *testing.T) {
	d := newCourseDriver(t, 2, model.English, 120, 40, true)
	d.press("2", "n", "text:Mine")
	tab := d.m.tabs[d.m.active]
	if !tab.Capturing() {
		t.Fatal("n did not open the account form")
	}
	st := d.course.Teams[0].Settings
	st.Name = "A teammate's name"
	acct := model.Account{ID: "teammate", Name: "Teammate's account"}
	d.send(data.RemoteSavedMsg{Team: 1, Records: []any{acct}})
	if !d.m.tabs[d.m.active].Capturing() {
		t.Fatal("a teammate's save closed the form being typed in")
	}
	if len(d.m.course.held[d.m.active]) != 1 {
		t.Fatalf("the teammate's save is not held for the tab: %v", d.m.course.held)
	}
	d.press("esc", "y") // leave the form, dropping what was typed
	if d.m.tabs[d.m.active].Capturing() {
		t.Fatal("esc did not close the form")
	}
	if len(d.m.course.held) != 0 {
		t.Errorf("the held save was not passed on once the form closed: %v", d.m.course.held)
	}
}

// In a served course each person keeps their own place and language: a
// teammate's settings do not move them, and a participant's L changes
// nothing in the team's file.
func TestEachSessionKeepsItsPlaceAndLanguage(t *testing.T) {
	d := newCourseDriver(t, 2, model.English, 120, 40, false)
	mine := d.course.Teams[0].Settings
	theirs := mine
	theirs.CurrentAccount, theirs.Lang, theirs.Name = "someone-else", model.Chinese, "Renamed"
	d.send(data.RemoteSavedMsg{Team: 1, Records: []any{theirs}})
	got := d.course.Teams[0].Settings
	if got.CurrentAccount != mine.CurrentAccount || got.Lang != mine.Lang || got.Name != "Renamed" {
		t.Errorf("a teammate's settings moved this session: %+v", got)
	}
	saves := d.course.Teams[0].Pending
	d.press("L")
	if d.m.ctx.Lang != model.Chinese {
		t.Fatal("L did not switch a participant's language")
	}
	if d.course.Teams[0].Pending != saves || d.course.Teams[0].Settings.Lang == model.Chinese {
		t.Error("a participant's L was saved to the team's file")
	}
}

// A participant works in their own team's workspace alone: the other
// teams' files are not read, and the trainer's views (compare, teams) are
// not among theirs.
func TestAParticipantReadsOnlyTheirTeamAndHasNoTrainerViews(t *testing.T) {
	d := newCourseDriver(t, 3, model.English, 120, 40, false)
	for i, team := range d.course.Teams {
		if got, want := team.Complete(), i == d.course.Team; got != want {
			t.Errorf("team %d loaded: %v, want %v", i+1, got, want)
		}
	}
	bar := strings.Split(d.m.View(), "\n")[3]
	if strings.Contains(bar, "Compare") || strings.Contains(bar, "Teams") || !strings.Contains(bar, "Boards") {
		t.Errorf("a participant's view bar: %q", bar)
	}
	seen := map[string]bool{}
	for range 8 {
		d.press("v")
		seen[strings.Split(d.m.View(), "\n")[3]] = true
	}
	for line := range seen {
		if strings.Contains(line, "[Compare]") || strings.Contains(line, "[Teams]") {
			t.Errorf("v reached a trainer's view: %q", line)
		}
	}
	if len(seen) != 4 {
		t.Errorf("v went through %d views, want the participant's 4", len(seen))
	}
}

// A participant reading in Chinese leaves the team's shared case study as
// the room has it (English here): nothing of theirs is written to the
// team's file, whose other readers, and the trainer's next start, read it
// as it was.
func TestAParticipantsLanguageLeavesTheTeamsCaseStudy(t *testing.T) {
	d := newCourseDriver(t, 2, model.Chinese, 120, 40, false)
	d.press("L", "L")
	st, err := d.folder.Stores[0].Settings()
	if err != nil {
		t.Fatal(err)
	}
	if st.Lang == model.Chinese {
		t.Error("a participant's language was written to the team's file")
	}
	accounts, err := d.folder.Stores[0].Accounts()
	if err != nil {
		t.Fatal(err)
	}
	want := model.CaseStudy(now, model.English).Accounts
	for i, a := range accounts {
		if i < len(want) && a.Objectives != want[i].Objectives {
			t.Errorf("the case study's account %q was rewritten: %q", a.Name, a.Objectives)
			break
		}
	}
	if header := strings.Split(d.m.View(), "\n")[0]; !strings.Contains(header, "第 1 组") {
		t.Errorf("the participant's own words are not Chinese: %q", header)
	}
}
