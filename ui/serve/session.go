package serve

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// MaxNameWidth is the most terminal columns a participant's name takes.
const MaxNameWidth = 40

// step is where a session is: a participant picks a team and types a
// name before the course opens; the trainer goes straight in.
type step int

const (
	pickingTeam step = iota
	typingName
	working
)

// startMsg opens the course in a session: sent once its program runs, so
// the hub can deliver to it.
type startMsg struct{}

// closedMsg says the trainer closed the course, or (idle) that the
// session is closed for nothing typed in it for the server's idle time.
type closedMsg struct{ idle bool }

// session is one SSH session's program: the team picker, then kam on the
// course, with a word from the server when it closes.
type session struct {
	srv     *Server
	sess    ssh.Session
	id      int
	trainer bool
	program *tea.Program
	// renderer draws for this session's terminal; styles are kam's on it.
	renderer *lipgloss.Renderer
	styles   common.Styles

	mu   sync.Mutex // info and in, which the server reads
	info Session
	in   bool

	lang          model.Lang
	step          step
	teams         []model.Team
	cursor        int
	name          textinput.Model
	problem       string
	width, height int
	inner         tea.Model
	course        *data.Course
	hubID         int
	closing       bool
	idle          bool         // closing for nothing typed for so long
	lastKey       atomic.Int64 // when a key was last typed, in Unix nanoseconds
	toldIdle      atomic.Bool
}

// idleTime says how long the idle time is, in whole hours, minutes or
// seconds as it falls.
func idleTime(d time.Duration, l model.Lang) string {
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		return fmt.Sprintf(common.Tr(l, "serve.hours"), int(d/time.Hour))
	case d >= time.Minute && d%time.Minute == 0:
		return fmt.Sprintf(common.Tr(l, "serve.minutes"), int(d/time.Minute))
	}
	return fmt.Sprintf(common.Tr(l, "serve.seconds"), int(d.Round(time.Second)/time.Second))
}

func newSession(s *Server, sess ssh.Session, id int, trainer bool, r *lipgloss.Renderer) *session {
	styles := common.NewStylesFor(r, common.DefaultTheme)
	name := textinput.New()
	name.CharLimit = MaxNameWidth // and no wider: see pickerKey
	name.Width = MaxNameWidth
	name.Prompt = "> "
	styles.TextInput(&name)
	m := &session{
		srv: s, sess: sess, id: id, trainer: trainer, renderer: r, styles: styles,
		lang:  clientLang(sess.Environ()),
		teams: s.cfg.Folder.Course().Teams,
		name:  name,
	}
	m.lastKey.Store(s.cfg.Now().UnixNano())
	return m
}

// clientLang is the language the SSH client's locale asks for: Chinese
// for zh_*, English otherwise.
func clientLang(env []string) model.Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := sshEnviron(env).Getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return model.Chinese
			}
			return model.English
		}
	}
	return model.English
}

// joined is who the session is, once it joined a team (or is the trainer).
func (m *session) joined() (Session, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.info, m.in
}

// tellClosed tells the program the trainer closed the course.
func (m *session) tellClosed() {
	if p := m.program; p != nil {
		go p.Send(closedMsg{})
	}
}

// closeIfIdleSince tells the program to close, once, if nothing was typed
// since t.
func (m *session) closeIfIdleSince(t time.Time) {
	if m.lastKey.Load() >= t.UnixNano() || m.program == nil || !m.toldIdle.CompareAndSwap(false, true) {
		return
	}
	go m.program.Send(closedMsg{idle: true})
}

// ended is the session's end, after its program quit: out of the hub and
// off the list, with a last word if the trainer closed the course.
func (m *session) ended() {
	m.srv.mu.Lock()
	closing := m.srv.closing
	m.srv.mu.Unlock()
	var last string
	switch {
	case m.idle:
		last = fmt.Sprintf(common.Text("serve.idle_closed").In(m.lang), idleTime(m.srv.cfg.IdleTimeout, m.lang))
	case closing && m.trainer:
		last = common.Text("serve.closed_trainer").In(m.lang)
	case closing:
		last = common.Text("serve.closed").In(m.lang)
	}
	// The program has quit, its saves under way landed: a form still open
	// holds what was typed and never saved.
	if kam, ok := m.inner.(*ui.Model); ok && last != "" && kam.Editing() {
		last = fmt.Sprintf(common.Tr(m.lang, "serve.sentences"), last, common.Tr(m.lang, "serve.form_not_saved"))
	}
	if last != "" {
		fmt.Fprintf(m.sess, "%s\r\n", last)
	}
	m.srv.left(m)
}

func (m *session) Init() tea.Cmd {
	if m.trainer {
		return func() tea.Msg { return startMsg{} }
	}
	return textinput.Blink
}

func (m *session) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case closedMsg:
		m.closing, m.idle = true, msg.idle
		if m.inner == nil {
			return m, tea.Quit
		}
		// Quitting as its user would: once the saves under way have landed.
		var cmd tea.Cmd
		m.inner, cmd = m.inner.Update(tea.KeyMsg{Type: tea.KeyCtrlC})
		return m, cmd
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case startMsg:
		return m, m.start()
	case tea.KeyMsg:
		m.lastKey.Store(m.srv.cfg.Now().UnixNano())
		if m.closing {
			return m, nil
		}
	}
	if m.inner != nil {
		var cmd tea.Cmd
		m.inner, cmd = m.inner.Update(msg)
		return m, cmd
	}
	if k, ok := msg.(tea.KeyMsg); ok {
		return m, m.pickerKey(k)
	}
	var cmd tea.Cmd
	m.name, cmd = m.name.Update(msg)
	return m, cmd
}

// pickerKey is a key on the team picker or the name field.
func (m *session) pickerKey(k tea.KeyMsg) tea.Cmd {
	if k.Type == tea.KeyCtrlC {
		return tea.Quit
	}
	if m.step == pickingTeam {
		switch k.String() {
		case "up", "k":
			m.cursor = (m.cursor + len(m.teams) - 1) % len(m.teams)
		case "down", "j":
			m.cursor = (m.cursor + 1) % len(m.teams)
		case "L":
			m.lang = m.lang.Next()
		case "q", "esc":
			return tea.Quit
		case "enter":
			m.step, m.problem = typingName, ""
			return m.name.Focus()
		}
		return nil
	}
	switch k.Type {
	case tea.KeyEsc:
		m.step, m.problem = pickingTeam, ""
		m.name.Blur()
		return nil
	case tea.KeyEnter:
		name := strings.TrimSpace(m.name.Value())
		switch {
		case name == "":
			m.problem = common.Text("serve.name_empty").In(m.lang)
		case ansi.StringWidth(name) > MaxNameWidth:
			m.problem = fmt.Sprintf(common.Text("serve.name_long").In(m.lang), MaxNameWidth)
		default:
			m.name.SetValue(name)
			m.name.Blur()
			return m.start()
		}
		return nil
	}
	// A name wider than the room's lists hold is refused as it is typed.
	was, at := m.name.Value(), m.name.Position()
	var cmd tea.Cmd
	m.name, cmd = m.name.Update(k)
	m.problem = ""
	if ansi.StringWidth(m.name.Value()) > MaxNameWidth {
		m.name.SetValue(was)
		m.name.SetCursor(at)
		m.problem = fmt.Sprintf(common.Text("serve.name_long").In(m.lang), MaxNameWidth)
	}
	return cmd
}

// start opens the course in the session: its own view of the one course
// folder, its team shown, its saves shared through the hub.
func (m *session) start() tea.Cmd {
	if m.inner != nil || m.closing {
		return nil
	}
	c := data.NewCourse(m.srv.cfg.Folder, m.trainer)
	number := 0
	info := Session{ID: m.id, Trainer: m.trainer, Remote: m.sess.RemoteAddr().String(), Since: m.srv.cfg.Now()}
	if m.trainer {
		info.Who = common.Text("serve.trainer").In(m.lang)
	} else {
		c.Team = m.cursor
		info.Team = c.ShownTeam()
		info.Who = strings.TrimSpace(m.name.Value())
		number = info.Team.Number
	}
	m.course, m.step = c, working
	m.hubID = m.srv.hub.Join(number, info.Who, m.program.Send)
	c.Share(m.srv.hub, m.hubID)
	sess := m.sess
	m.inner = ui.New(ui.Options{
		Course:   c,
		Lang:     m.lang,
		CrashDir: m.srv.cfg.Folder.Dir(),
		Renderer: m.renderer,
		Bell:     func() { sess.Write([]byte("\a")) },
	})
	m.mu.Lock()
	m.info, m.in = info, true
	m.mu.Unlock()
	m.srv.joinedTeam(m, info)
	var sized tea.Cmd
	if m.width > 0 {
		m.inner, sized = m.inner.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height})
	}
	return tea.Batch(sized, m.inner.Init())
}

func (m *session) View() string {
	if m.closing && m.idle {
		return m.place(fmt.Sprintf(common.Text("serve.idle_closing").In(m.lang), idleTime(m.srv.cfg.IdleTimeout, m.lang)))
	}
	if m.closing {
		return m.place(common.Text("serve.closing").In(m.lang))
	}
	if m.inner != nil {
		return m.inner.View()
	}
	bold := m.styles.NewStyle().Bold(true)
	muted := m.styles.NewStyle().Faint(true)
	var b strings.Builder
	b.WriteString(bold.Render("kam") + muted.Render(" · ") + common.Text("serve.welcome").In(m.lang) + "\n\n")
	if m.step == pickingTeam {
		b.WriteString(common.Text("serve.pick_team").In(m.lang) + "\n\n")
		first, last := m.teamWindow()
		for i := first; i < last; i++ {
			line := "  " + teamName(m.teams[i], m.lang)
			if i == m.cursor {
				line = bold.Render("> [" + teamName(m.teams[i], m.lang) + "]")
			}
			b.WriteString(line + "\n")
		}
		b.WriteString("\n" + muted.Render(common.Text("serve.pick_keys").In(m.lang)))
	} else {
		b.WriteString(bold.Render(teamName(m.teams[m.cursor], m.lang)) + "\n\n")
		b.WriteString(fmt.Sprintf(common.Text("serve.your_name").In(m.lang), MaxNameWidth) + "\n")
		b.WriteString(m.name.View() + "\n")
		if m.problem != "" {
			b.WriteString(bold.Render(m.problem) + "\n")
		}
		b.WriteString("\n" + muted.Render(common.Text("serve.name_keys").In(m.lang)))
	}
	return m.fit(b.String())
}

// teamWindow is the teams that fit on the screen, the one picked among them.
func (m *session) teamWindow() (first, last int) {
	rows := len(m.teams)
	if m.height > 0 {
		rows = max(m.height-7, 1)
	}
	if rows >= len(m.teams) {
		return 0, len(m.teams)
	}
	first = min(max(m.cursor-rows/2, 0), len(m.teams)-rows)
	return first, first + rows
}

// fit cuts the screen to the terminal's width, each line wrapped.
func (m *session) fit(s string) string {
	if m.width <= 0 {
		return s
	}
	var out []string
	for _, line := range strings.Split(s, "\n") {
		out = append(out, strings.Split(ansi.Wrap(line, m.width, ""), "\n")...)
	}
	if m.height > 0 && len(out) > m.height {
		out = out[:m.height]
	}
	return strings.Join(out, "\n")
}

// place puts a message in the middle of the screen.
func (m *session) place(s string) string {
	if m.width <= 0 || m.height <= 0 {
		return s
	}
	return m.styles.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, ansi.Wrap(s, max(m.width-4, 10), " "))
}
