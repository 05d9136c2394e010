// Package serve serves a course folder to the room over SSH: every
// participant runs kam in their own terminal, in their team's workspace,
// one program per SSH session, all of them on the one course folder the
// server holds open.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// HostKeyName is the server's key in the course folder: made once, so
// participants are asked to trust it only once.
const HostKeyName = "host_ed25519"

// The defaults of Config.
const (
	DefaultIdleTimeout   = 2 * time.Hour
	DefaultRetryDelay    = time.Second
	DefaultMaxRetryDelay = 32 * time.Second
)

// Config is what a server serves and to whom.
type Config struct {
	// Folder is the open course folder every session works on.
	Folder *store.CourseFolder
	// Passcode lets a participant in; TrainerPasscode the trainer, with the
	// course controls. Both are required and must differ.
	Passcode, TrainerPasscode string
	// Lang is the language of what the server writes to Log.
	Lang model.Lang
	// Log hears who joins and leaves; nil hears nothing.
	Log io.Writer
	// IdleTimeout closes a connection nothing went through for so long.
	IdleTimeout time.Duration
	// RetryDelay is how long a wrong passcode is answered after; it
	// doubles with each wrong one from the same address, up to
	// MaxRetryDelay, and starts again after a right one.
	RetryDelay, MaxRetryDelay time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Server serves a course folder over SSH.
type Server struct {
	cfg Config
	ssh *ssh.Server
	hub *data.Hub

	mu       sync.Mutex
	ln       net.Listener
	closing  bool
	open     map[*session]bool // every session whose program runs
	next     int
	failures map[string]int // wrong passcodes in a row, by remote host
	leaving  sync.Mutex     // one session leaves the room at a time
	running  sync.WaitGroup // session handlers
	served   chan struct{}  // closed when Serve returns
}

// Session is one person connected: who, in which team, since when.
type Session struct {
	ID      int
	Who     string
	Team    model.Team // zero for the trainer
	Trainer bool
	Remote  string
	Since   time.Time
}

// role is what a passcode let in.
type role int

const (
	participant role = iota + 1
	trainer
)

type roleKey struct{}

// New builds a server on an open course folder; Start serves it.
func New(cfg Config) (*Server, error) {
	switch {
	case cfg.Folder == nil:
		return nil, errors.New("serve: no course folder")
	case cfg.Passcode == "":
		return nil, &model.Invalid{Msg: common.Text("serve.no_passcode")}
	case cfg.TrainerPasscode == "":
		return nil, &model.Invalid{Msg: common.Text("serve.no_trainer_passcode")}
	case cfg.Passcode == cfg.TrainerPasscode:
		return nil, &model.Invalid{Msg: common.Text("serve.same_passcodes")}
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.RetryDelay <= 0 {
		cfg.RetryDelay = DefaultRetryDelay
	}
	if cfg.MaxRetryDelay < cfg.RetryDelay {
		cfg.MaxRetryDelay = max(DefaultMaxRetryDelay, cfg.RetryDelay)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Lang == "" {
		cfg.Lang = model.English
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	s := &Server{cfg: cfg, hub: data.NewHub(), open: map[*session]bool{}, failures: map[string]int{}, served: make(chan struct{})}
	keyPath := filepath.Join(cfg.Folder.Dir(), HostKeyName)
	srv, err := wish.NewServer(
		wish.WithHostKeyPath(keyPath),
		wish.WithPasswordAuth(func(ctx ssh.Context, pass string) bool { return s.admit(ctx, pass) }),
		wish.WithKeyboardInteractiveAuth(func(ctx ssh.Context, ask gossh.KeyboardInteractiveChallenge) bool {
			// Before the session, the client's language is not known yet:
			// the server asks in both.
			// The prompt says a passcode was wrong: an ssh client shows the
			// prompt as it is, but may escape other text that is not ASCII.
			both := func(key string) string { return common.Text(key).EN + " / " + common.Text(key).ZH }
			prompt := both("serve.passcode_prompt") + ": "
			if s.failed(ctx) {
				prompt = both("serve.passcode_wrong") + " " + prompt
			}
			answers, err := ask("", "", []string{prompt}, []bool{false})
			return err == nil && len(answers) == 1 && s.admit(ctx, answers[0])
		}),
		// closeIdle closes a session nothing was typed in, saying why; the
		// connection's own limit is for one nothing at all went through.
		wish.WithIdleTimeout(2*cfg.IdleTimeout),
		// The last runs first: the program, then what ends the session.
		wish.WithMiddleware(
			s.endSession,
			bm.MiddlewareWithProgramHandler(s.program, termenv.Ascii),
		),
		func(srv *ssh.Server) error {
			// A shell is all there is: no commands, no subsystems (file
			// transfer). Port forwarding has no handler, so it is refused.
			srv.SessionRequestCallback = func(_ ssh.Session, kind string) bool { return kind == "shell" }
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": refuseForwarding}
			return nil
		},
	)
	if err != nil {
		return nil, fmt.Errorf("serve: the host key %s: %w", keyPath, err)
	}
	for _, p := range []string{keyPath, keyPath + ".pub"} {
		if _, err := os.Stat(p); err == nil {
			os.Chmod(p, 0o600)
		}
	}
	s.ssh = srv
	return s, nil
}

// Start serves on ln until Shutdown.
func (s *Server) Start(ln net.Listener) {
	s.mu.Lock()
	s.ln = ln
	s.mu.Unlock()
	s.logf("serve.log_started", s.cfg.Now().Format(logTime), ln.Addr(), s.cfg.Folder.Dir())
	go func() {
		defer close(s.served)
		if err := s.ssh.Serve(ln); err != nil && !errors.Is(err, ssh.ErrServerClosed) {
			fmt.Fprintf(s.cfg.Log, "%s\n", fmt.Sprintf(common.Text("serve.stopped").In(s.cfg.Lang), err))
		}
	}()
	go s.closeIdle()
}

// closeIdle closes the sessions nothing was typed in for the idle time,
// until the server stops. The connection's own idle time cannot see it:
// a running timer or a blinking cursor writes to an unattended terminal.
func (s *Server) closeIdle() {
	every := min(s.cfg.IdleTimeout/4, time.Minute)
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-s.served:
			return
		case <-tick.C:
		}
		since := s.cfg.Now().Add(-s.cfg.IdleTimeout)
		s.mu.Lock()
		for ss := range s.open {
			ss.closeIfIdleSince(since)
		}
		s.mu.Unlock()
	}
}

// Addr is where the server listens; nil before Start.
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Sessions are the people connected who have joined a team (or the
// trainer), the earliest first.
func (s *Server) Sessions() []Session {
	s.mu.Lock()
	var out []Session
	for ss := range s.open {
		if info, ok := ss.joined(); ok {
			out = append(out, info)
		}
	}
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b Session) int {
		if c := a.Since.Compare(b.Since); c != 0 {
			return c
		}
		return a.ID - b.ID
	})
	return out
}

// Shutdown stops taking connections, tells every session the trainer
// closed the course, waits (until ctx is done) for each program to quit
// as it does when its user quits — after its saves under way — and then
// drops every connection. The caller closes the course folder.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	sessions := make([]*session, 0, len(s.open))
	for ss := range s.open {
		sessions = append(sessions, ss)
	}
	s.mu.Unlock()
	shut := make(chan error, 1)
	go func() { shut <- s.ssh.Shutdown(ctx) }() // closes the listeners at once
	for _, ss := range sessions {
		ss.tellClosed()
	}
	waited := make(chan struct{})
	go func() { s.running.Wait(); close(waited) }()
	var err error
	select {
	case <-waited:
	case <-ctx.Done():
		err = ctx.Err()
	}
	s.ssh.Close()
	if e := <-shut; err == nil && e != nil && !errors.Is(e, ssh.ErrServerClosed) && !errors.Is(e, context.Canceled) && !errors.Is(e, context.DeadlineExceeded) && !errors.Is(e, net.ErrClosed) {
		err = e
	}
	if s.Addr() != nil {
		<-s.served
		s.logf("serve.log_stopped", s.cfg.Now().Format(logTime))
	}
	return err
}

// admit checks a passcode. A wrong one is answered late, later with each
// one before it from the same host, so guessing takes long.
func (s *Server) admit(ctx ssh.Context, pass string) bool {
	host := remoteHost(ctx.RemoteAddr())
	var r role
	switch pass {
	case s.cfg.Passcode:
		r = participant
	case s.cfg.TrainerPasscode:
		r = trainer
	}
	s.mu.Lock()
	if r != 0 {
		delete(s.failures, host)
		s.mu.Unlock()
		ctx.SetValue(roleKey{}, r)
		return true
	}
	s.failures[host]++
	n := s.failures[host]
	s.mu.Unlock()
	s.logf("serve.log_wrong_passcode", s.cfg.Now().Format(logTime), host, n)
	time.Sleep(s.retryDelay(n))
	return false
}

// failed reports whether the last passcode from the client's host was
// wrong.
func (s *Server) failed(ctx ssh.Context) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failures[remoteHost(ctx.RemoteAddr())] > 0
}

// retryDelay is how long the nth wrong passcode in a row waits.
func (s *Server) retryDelay(n int) time.Duration {
	d := s.cfg.RetryDelay
	for i := 1; i < n && d < s.cfg.MaxRetryDelay; i++ {
		d *= 2
	}
	return min(d, s.cfg.MaxRetryDelay)
}

func remoteHost(a net.Addr) string {
	if a == nil {
		return ""
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// program builds the program of a session with a terminal; without one
// it builds none and refuseWithoutTerminal answers.
func (s *Server) program(sess ssh.Session) *tea.Program {
	if _, _, ok := sess.Pty(); !ok {
		return nil
	}
	r, _ := sess.Context().Value(roleKey{}).(role)
	if r == 0 {
		return nil
	}
	// The terminal is asked its background before the program reads a
	// key; its answer is taken out of what the program reads.
	in := newTerminalInput(sess)
	io.WriteString(sess, askBackground)
	renderer := sessionRenderer(sess, in.wait(backgroundWait))
	s.mu.Lock()
	s.next++
	ss := newSession(s, sess, s.next, r == trainer, renderer)
	s.mu.Unlock()
	p := tea.NewProgram(ss,
		tea.WithInput(in),
		tea.WithOutput(sess),
		tea.WithAltScreen(),
		tea.WithoutSignalHandler(), // the server's ctrl+c closes the course for everyone, in order
		tea.WithEnvironment(sessionEnv(sess)),
	)
	ss.program = p // before the server lists it: Shutdown and closeIdle use it
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return nil
	}
	s.open[ss] = true
	s.running.Add(1)
	return p
}

// sessionEnv is the client's environment as the program sees it.
func sessionEnv(sess ssh.Session) []string {
	env := slices.Clone(sess.Environ())
	if pty, _, ok := sess.Pty(); ok && pty.Term != "" {
		env = append(env, "TERM="+pty.Term)
	}
	return env
}

// endSession ends a session: after its program, it says so if the trainer
// closed the course; with no program, why there was none.
func (s *Server) endSession(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if ss := s.sessionOf(sess); ss != nil {
			ss.ended()
			next(sess)
			return
		}
		lang := clientLang(sess.Environ())
		s.mu.Lock()
		closing := s.closing
		s.mu.Unlock()
		switch {
		case closing:
			fmt.Fprintf(sess.Stderr(), "%s\r\n", common.Text("serve.closed").In(lang))
		default:
			fmt.Fprintf(sess.Stderr(), "%s\r\n", common.Text("serve.needs_terminal").In(lang))
		}
		sess.Exit(1)
		next(sess)
	}
}

func (s *Server) sessionOf(sess ssh.Session) *session {
	s.mu.Lock()
	defer s.mu.Unlock()
	for ss := range s.open {
		if ss.sess == sess {
			return ss
		}
	}
	return nil
}

// joinedTeam writes on the server's terminal who joined which team.
func (s *Server) joinedTeam(ss *session, info Session) {
	when := info.Since.Format(logTime)
	if info.Trainer {
		s.logf("serve.log_trainer_joined", when, info.Remote, s.hub.Participants())
		return
	}
	s.logf("serve.log_joined", when, info.Who, s.teamName(info), info.Remote, s.hub.Participants())
}

// left takes a session off the list and out of the room, saying so with
// the participants left: one at a time, so the counts in the log go down
// in order.
func (s *Server) left(ss *session) {
	info, joined := ss.joined()
	s.mu.Lock()
	delete(s.open, ss)
	s.mu.Unlock()
	s.leaving.Lock()
	defer s.leaving.Unlock()
	participants := s.hub.Participants()
	if ss.hubID != 0 {
		participants = s.hub.Leave(ss.hubID)
	}
	switch when := s.cfg.Now().Format(logTime); {
	case joined && info.Trainer:
		s.logf("serve.log_trainer_left", when, participants)
	case joined:
		s.logf("serve.log_left", when, info.Who, s.teamName(info), participants)
	}
	s.running.Done()
}

// logTime is how the server's log writes a time: the course has two days.
const logTime = "2006-01-02 15:04:05"

// logf writes a line of the catalogue to the server's log.
func (s *Server) logf(key string, args ...any) {
	fmt.Fprintf(s.cfg.Log, "%s\n", fmt.Sprintf(common.Tr(s.cfg.Lang, key), args...))
}

func (s *Server) teamName(info Session) string {
	if info.Trainer {
		return common.Text("serve.trainer").In(s.cfg.Lang)
	}
	return teamName(info.Team, s.cfg.Lang)
}

// teamName is how a team is called on the server's terminal and in the
// team picker.
func teamName(t model.Team, l model.Lang) string {
	if t.Name != "" {
		return fmt.Sprintf(common.Text("serve.team_named").In(l), t.Number, t.Name)
	}
	return fmt.Sprintf(common.Text("serve.team").In(l), t.Number)
}

// refuseForwarding is the session handler with agent and X11 forwarding
// refused: the handler it wraps grants agent forwarding to any client that
// asks.
func refuseForwarding(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	ssh.DefaultSessionHandler(srv, conn, noForwarding{ch}, ctx)
}

// noForwarding is a session channel whose forwarding requests are
// answered no before the session sees them.
type noForwarding struct{ gossh.NewChannel }

func (c noForwarding) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		for r := range reqs {
			switch r.Type {
			case "auth-agent-req@openssh.com", "x11-req":
				if r.WantReply {
					r.Reply(false, nil)
				}
			default:
				out <- r
			}
		}
	}()
	return ch, out, nil
}

// Participants counts the participants connected.
func (s *Server) Participants() int { return s.hub.Participants() }

// Announce tells the trainer's screens how participants connect, e.g.
// "ssh -p 2323 192.168.1.20".
func (s *Server) Announce(connect string) { s.hub.SetDoor(connect) }

// Local is the trainer's own session in the server's terminal: a course
// on the served folder with the course controls, joined to the room like
// any session. The caller runs its program and attaches it.
type Local struct {
	Course *data.Course
	hub    *data.Hub
	id     int
	mu     sync.Mutex
	p      *tea.Program
}

// Local starts the trainer's own session.
func (s *Server) Local() *Local {
	l := &Local{Course: data.NewCourse(s.cfg.Folder, true), hub: s.hub}
	l.id = s.hub.Join(0, common.Text("serve.trainer").In(s.cfg.Lang), l.deliver)
	l.Course.Share(s.hub, l.id)
	return l
}

// Attach gives the session its running program, which hears from then on
// what the room does.
func (l *Local) Attach(p *tea.Program) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.p = p
}

// Leave takes the session out of the room, once its program has quit.
func (l *Local) Leave() {
	l.Attach(nil)
	l.hub.Leave(l.id)
}

func (l *Local) deliver(msg tea.Msg) {
	l.mu.Lock()
	p := l.p
	l.mu.Unlock()
	if p != nil {
		p.Send(msg)
	}
}
