package ui

import (
	"fmt"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/coursetab"
	"github.com/kam-workbench/kam/ui/data"
)

// courseMode is what the root keeps for course mode besides the context's
// Course: the timer's ticking and bell, and how to open a course from
// outside course mode.
type courseMode struct {
	// held are other sessions' saves a tab hears of once its own form is
	// closed: one waiting for its save would take theirs for its own.
	held map[int][]tea.Msg

	open    func() (*data.Course, error)
	bell    func()
	ticking bool      // a tick is on its way
	rang    time.Time // the start (Since) of the timer run the bell rang for
	own     *data.Data
}

// courseSpec is the course tab, first in the tab bar in course mode.
var courseSpec = tabSpec{common.TabCourse, func(c *common.Context) common.Tab { return coursetab.New(c) }, false, named("tab.course"), nil}

// timerTickMsg is the second hand of the exercise timer.
type timerTickMsg struct{}

// courseOpenedMsg answers the course key outside course mode.
type courseOpenedMsg struct {
	course *data.Course
	err    error
}

// enterCourse puts the root in course mode on c, the team shown in every
// workspace tab; the tabs are built by the caller.
func (m *Model) enterCourse(c *data.Course) {
	m.ctx.Course = c
	m.ctx.Data = c.Shown()
	m.specs = append([]tabSpec{courseSpec}, tabList...)
	m.applyLang()
}

// loadOtherTeams reads every team's workspace but the one shown (which
// loads as any workspace does), for the trainer's compare screen; a
// participant works in their own team's alone.
func (m *Model) loadOtherTeams() tea.Cmd {
	c := m.ctx.Course
	if c == nil || !c.Trainer {
		return nil
	}
	var cmds []tea.Cmd
	for _, d := range c.Teams {
		if d != m.ctx.Data {
			cmds = append(cmds, d.Load(store.Everything))
		}
	}
	return tea.Batch(cmds...)
}

// tick asks for the next second while the timer runs and has not rung.
func (m *Model) tick() tea.Cmd {
	c := m.ctx.Course
	if c == nil || m.course.ticking || !c.Timer.Running() || m.course.rang.Equal(c.Timer.Since) && c.Timer.Done(m.ctx.Now()) {
		return nil
	}
	m.course.ticking = true
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return timerTickMsg{} })
}

// courseSaving reports whether saves of the course file or of a team not
// shown are under way: quitting waits for them too.
func (m *Model) courseSaving() bool {
	c := m.ctx.Course
	if c == nil {
		return false
	}
	if c.Pending > 0 || m.course.own != nil && m.course.own.Pending > 0 {
		return true
	}
	for _, d := range c.Teams {
		if d.Pending > 0 {
			return true
		}
	}
	return false
}

// courseMsg handles what only course mode hears of: answers for a team not
// shown, the course file's saves, the timer, team switching and resets.
func (m *Model) courseMsg(msg tea.Msg) (tea.Cmd, bool) {
	if msg, ok := msg.(courseOpenedMsg); ok {
		return m.courseOpened(msg), true
	}
	c := m.ctx.Course
	if c == nil {
		return nil, false
	}
	switch msg := msg.(type) {
	case data.LoadedMsg:
		d := msg.Owner()
		if d == nil || d == m.ctx.Data {
			return nil, false
		}
		if msg.Err != nil {
			team, _ := c.TeamOf(d)
			m.setStatus(fmt.Sprintf(m.ctx.T("mode.team_load_failed"), m.ctx.TeamName(team), model.Localize(msg.Err, m.ctx.Lang)), true)
			return nil, true
		}
		d.Apply(msg)
		var follow tea.Cmd
		if c.Trainer {
			follow = m.caseStudyOf(d) // in the room's language, as the team shown
		}
		return tea.Batch(m.teamChanged(d), follow), true
	case data.SavedMsg:
		d := msg.Owner()
		if d == nil || d == m.ctx.Data {
			return nil, false
		}
		d.Pending = max(d.Pending-1, 0)
		msg.ApplyTo(d)
		if msg.Note != "" {
			m.setStatus(msg.Note, false)
		}
		return tea.Batch(m.teamChanged(d), m.quitIfDone()), true
	case data.SaveFailedMsg:
		d := msg.Owner()
		if d == nil || d == m.ctx.Data {
			return nil, false
		}
		d.Pending = max(d.Pending-1, 0)
		conflict := m.conflicted(d, msg.Err)
		team, _ := c.TeamOf(d)
		m.setStatus(fmt.Sprintf(m.ctx.T("mode.team_save_failed"), m.ctx.TeamName(team), model.Localize(msg.Err, m.ctx.Lang)), true)
		return tea.Batch(conflict, m.teamChanged(d), m.quitIfDone()), true
	case data.CourseSavedMsg:
		c.Apply(msg)
		if msg.Note != "" {
			m.setStatus(msg.Note, false)
		}
		return tea.Batch(m.broadcast(common.CourseChangedMsg{}), m.tick(), m.quitIfDone()), true
	case data.CourseSaveFailedMsg:
		c.Failed()
		m.setStatus(fmt.Sprintf(m.ctx.T("mode.course_save_failed"), model.Localize(msg.Err, m.ctx.Lang)), true)
		return tea.Batch(m.updateTab(0, msg), m.quitIfDone()), true
	case timerTickMsg:
		m.course.ticking = false
		if c.Timer.Running() && c.Timer.Done(m.ctx.Now()) && !m.course.rang.Equal(c.Timer.Since) {
			m.course.rang = c.Timer.Since
			if m.course.bell != nil {
				m.course.bell()
			}
			m.setStatus(m.ctx.T("mode.time_up"), true)
			return m.broadcast(common.TimerEndedMsg{}), true
		}
		return m.tick(), true
	case data.RemoteSavedMsg:
		for i, t := range c.Course.Teams {
			if t.Number != msg.Team {
				continue
			}
			d := c.Teams[i]
			if !d.Complete() {
				return nil, true // its load, on its way, reads the file as the other session left it
			}
			// Where each person is and the language they read are their
			// own: another session's settings leave this one's. The
			// message is every session's: this one changes its own copy.
			msg.Records = slices.Clone(msg.Records)
			for i, r := range msg.Records {
				if st, ok := r.(model.Settings); ok {
					st.CurrentAccount, st.Lang = d.Settings.CurrentAccount, d.Settings.Lang
					msg.Records[i] = st
				}
			}
			d.ApplyRemote(msg)
			if d == m.ctx.Data {
				return m.tellTabs(data.SavedMsg{Records: msg.Records, Deleted: msg.Deleted}), true
			}
			return m.teamChanged(d), true
		}
		return nil, true
	case data.RoomGoMsg:
		i := slices.IndexFunc(m.specs, func(t tabSpec) bool { return t.id == msg.Tab })
		if i < 0 {
			return nil, true
		}
		if m.mode == modeHelp {
			m.mode = modeNormal
		}
		m.showTab(i) // a form open where the person was stays open there
		m.setStatus(fmt.Sprintf(m.ctx.T("mode.sent_here"), m.specs[i].name(m.ctx)), false)
		return nil, true
	case data.PeopleMsg:
		return nil, true // the Teams view reads who is in as it draws
	case data.RoomPausedMsg:
		if !c.Trainer {
			if msg.On {
				m.setStatus(m.ctx.T("mode.paused_by_trainer"), false)
			} else {
				m.setStatus(m.ctx.T("mode.unpaused"), false)
			}
		}
		return nil, true
	case data.RemoteCourseMsg:
		c.ApplyRemote(msg)
		return tea.Batch(m.broadcast(common.CourseChangedMsg{}), m.tick()), true
	case common.SwitchTeamMsg:
		return m.switchTeam(msg.Index), true
	case data.TeamResetMsg:
		if msg.Err != nil {
			return m.route(msg), true
		}
		d, load := c.Reloaded(msg.Team)
		var cmds []tea.Cmd
		if d != nil && c.Teams[c.Team] == d {
			m.ctx.Data = d
			m.rebuildTabs()
		}
		cmds = append(cmds, load, m.updateTab(0, msg))
		return tea.Batch(cmds...), true
	}
	return nil, false
}

// teamChanged tells the course tab that a team not shown changed.
func (m *Model) teamChanged(d *data.Data) tea.Cmd {
	team, ok := m.ctx.Course.TeamOf(d)
	if !ok {
		return nil
	}
	return m.updateTab(0, common.TeamChangedMsg{Team: team.Number})
}

// switchTeam shows team i in every workspace tab. The tabs start again on
// the team's data: what they held was the other team's.
func (m *Model) switchTeam(i int) tea.Cmd {
	c := m.ctx.Course
	if c == nil || !c.Trainer || i < 0 || i >= len(c.Teams) || i == c.Team {
		return nil
	}
	c.Team = i
	m.ctx.Data = c.Shown()
	m.rebuildTabs()
	m.setStatus(fmt.Sprintf(m.ctx.T("mode.team_shown"), m.ctx.TeamName(c.ShownTeam())), false)
	cmds := []tea.Cmd{m.updateTab(0, common.TeamShownMsg{})}
	if m.ctx.Data.Complete() {
		cmds = append(cmds, m.broadcastWorkspace(data.LoadedMsg{Part: store.Everything}), m.caseStudyInLang())
	} else {
		cmds = append(cmds, m.ctx.Data.Load(store.Everything))
	}
	return tea.Batch(cmds...)
}

// rebuildTabs builds every workspace tab anew on the data shown; the
// course tab keeps its place.
func (m *Model) rebuildTabs() {
	for i, spec := range m.specs {
		if spec.id == common.TabCourse {
			continue
		}
		t := spec.build(m.ctx)
		t.SetSize(m.width, m.bodyHeight())
		m.tabs[i] = t
	}
	m.waiting = nil
	m.course.held = nil
	if m.mode == modePresenting {
		m.present(false)
	}
}

// broadcastWorkspace passes a message to every tab but the course's.
func (m *Model) broadcastWorkspace(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i, spec := range m.specs {
		if spec.id != common.TabCourse {
			cmds = append(cmds, m.updateTab(i, msg))
		}
	}
	return tea.Batch(cmds...)
}

// toCourse brings the course tab to the front, or, outside course mode,
// opens the course folder there is.
func (m *Model) toCourse(msg tea.KeyMsg) tea.Cmd {
	if m.ctx.Course != nil {
		if m.active == 0 { // the course tab's own C: the agenda follows the clock
			return m.route(msg)
		}
		m.showTab(0)
		return nil
	}
	if m.course.open == nil {
		m.setStatus(fmt.Sprintf(m.ctx.T("mode.no_course"), m.ctx.T("mode.how_to_start")), true)
		return nil
	}
	open := m.course.open
	return func() tea.Msg {
		c, err := open()
		return courseOpenedMsg{c, err}
	}
}

// courseOpened puts the program in course mode on the course just opened;
// the rep's own workspace stays open until kam quits.
func (m *Model) courseOpened(msg courseOpenedMsg) tea.Cmd {
	if msg.err != nil {
		m.setStatus(fmt.Sprintf(m.ctx.T("mode.no_course"), model.Localize(msg.err, m.ctx.Lang)), true)
		return nil
	}
	if m.ctx.Course != nil || m.tabs[m.active].Capturing() {
		return nil
	}
	m.course.own = m.ctx.Data
	m.enterCourse(msg.course)
	m.tabs = make([]common.Tab, len(m.specs))
	m.tabs[0] = courseSpec.build(m.ctx)
	m.tabs[0].SetSize(m.width, m.bodyHeight())
	m.rebuildTabs()
	m.active = 0
	m.setStatus(fmt.Sprintf(m.ctx.TN("mode.course_opened", len(msg.course.Teams)), len(msg.course.Teams), msg.course.Dir()), false)
	cmds := []tea.Cmd{m.ctx.Data.Load(store.FirstFrame), m.loadOtherTeams(), m.tick()}
	for _, t := range m.tabs {
		cmds = append(cmds, t.Init())
	}
	return tea.Batch(cmds...)
}

// courseHeader is the header in course mode: the team shown and its
// workspace on the left; the timer, the current block and the current
// account on the right, as many as fit.
func (m *Model) courseHeader(name, current string) (left, right string) {
	st, c := m.ctx.Styles, m.ctx.Course
	left = st.Brand.Render("kam") + st.Muted.Render(" · ") + st.Header.Render(m.ctx.TeamName(c.ShownTeam())) +
		st.Muted.Render(" · ") + st.Header.Render(name)
	now := m.ctx.Now()
	var parts []string
	if timer := m.timerText(); timer != "" {
		parts = append(parts, timer)
	}
	if c.RoomPaused() {
		parts = append(parts, st.Warn.Render(m.ctx.T("mode.room_paused")))
	}
	if b, ok := c.Current(now); ok && len(b.Topics) > 0 {
		parts = append(parts, st.Muted.Render(b.Topics[0].In(m.ctx.Lang)))
	}
	parts = append(parts, st.Muted.Render(current))
	// The timer is the last to go: the rest are dropped from the end while
	// they leave the left side too little room.
	sep := st.Muted.Render(" · ")
	for len(parts) > 1 && widthOf(parts, sep)+24 > m.width {
		parts = parts[:len(parts)-1]
	}
	for i, p := range parts {
		if i > 0 {
			right += sep
		}
		right += p
	}
	return left, right
}

func widthOf(parts []string, sep string) int {
	w := 0
	for i, p := range parts {
		if i > 0 {
			w += lipgloss.Width(sep)
		}
		w += lipgloss.Width(p)
	}
	return w
}

// presentHeight is the lines a presented tab gets: all of them, but in a
// course the last, which keeps the timer in view.
func (m *Model) presentHeight() int {
	if m.ctx.Course != nil {
		return max(m.height-1, 1)
	}
	return m.height
}

// timerText is the exercise timer as the header shows it: the time left,
// paused, or up; "" when it is idle.
func (m *Model) timerText() string {
	st, now := m.ctx.Styles, m.ctx.Now()
	switch t := m.ctx.Course.Timer; {
	case t.Running() && t.Done(now):
		return st.StatusError.Render(m.ctx.T("mode.timer_up"))
	case t.Running():
		return st.Header.Render(fmt.Sprintf(m.ctx.T("mode.timer_running"), common.TimeLeft(t.Remaining(now))))
	case t.Left > 0 && t.Left < t.Set:
		return st.Muted.Render(fmt.Sprintf(m.ctx.T("mode.timer_paused"), common.TimeLeft(t.Remaining(now))))
	}
	return ""
}

// tellTabs passes another session's save to every tab, holding it for a
// tab with a form open until the form is closed.
func (m *Model) tellTabs(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, len(m.tabs))
	for i, t := range m.tabs {
		if t.Capturing() {
			if m.course.held == nil {
				m.course.held = map[int][]tea.Msg{}
			}
			m.course.held[i] = append(m.course.held[i], msg)
			continue
		}
		cmds[i] = m.updateTab(i, msg)
	}
	return tea.Batch(cmds...)
}

// keysPaused reports whether the trainer paused this participant's keys.
func (m *Model) keysPaused() bool {
	c := m.ctx.Course
	return c != nil && !c.Trainer && c.RoomPaused()
}

// pauseRoom pauses every participant's keys, or lets them go.
func (m *Model) pauseRoom() tea.Cmd {
	c := m.ctx.Course
	on := !c.RoomPaused()
	if on {
		m.setStatus(m.ctx.T("mode.you_paused"), false)
	} else {
		m.setStatus(m.ctx.T("mode.you_unpaused"), false)
	}
	return c.PauseRoom(on)
}

// conflicted shows the record as the file now holds it when a save was
// refused because someone else saved it first: the person sees theirs.
func (m *Model) conflicted(d *data.Data, err error) tea.Cmd {
	c, ok := model.Conflicted(err)
	if !ok || c.Current == nil {
		return nil // a removal reaches every session as it lands
	}
	d.ApplyRemote(data.RemoteSavedMsg{Records: []any{c.Current}})
	if d == m.ctx.Data {
		return m.tellTabs(data.SavedMsg{Records: []any{c.Current}})
	}
	return m.teamChanged(d)
}

// releaseHeld passes the saves held for a tab once its form is closed.
func (m *Model) releaseHeld() tea.Cmd {
	var cmds []tea.Cmd
	for i, msgs := range m.course.held {
		if i >= len(m.tabs) || m.tabs[i].Capturing() {
			continue
		}
		delete(m.course.held, i)
		for _, msg := range msgs {
			cmds = append(cmds, m.updateTab(i, msg))
		}
	}
	return tea.Batch(cmds...)
}
