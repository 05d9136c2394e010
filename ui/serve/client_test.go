package serve

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

const (
	roomPass    = "room-42"
	trainerPass = "trainer-99"
)

var courseDay = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// makeCourse makes a course folder of n teams in a temporary folder.
func makeCourse(t testing.TB, teams int) string {
	t.Helper()
	dir := t.TempDir()
	if err := store.CreateCourse(dir, teams, model.English, courseDay); err != nil {
		t.Fatal(err)
	}
	return dir
}

// served is a server on a course folder, listening on a random local port.
type served struct {
	*Server
	folder *store.CourseFolder
	log    *syncBuffer
	addr   string
	closed bool
}

func serveCourse(t testing.TB, dir string, tweak func(*Config)) *served {
	t.Helper()
	return serveCourseOn(t, dir, store.Options{}, tweak)
}

// serveCourseOn is serveCourse with the team files opened with opts.
func serveCourseOn(t testing.TB, dir string, opts store.Options, tweak func(*Config)) *served {
	t.Helper()
	f, err := store.OpenCourse(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	log := &syncBuffer{}
	cfg := Config{Folder: f, Passcode: roomPass, TrainerPasscode: trainerPass, Log: log, RetryDelay: 100 * time.Millisecond}
	if tweak != nil {
		tweak(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		f.Close()
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.Start(ln)
	sv := &served{Server: s, folder: f, log: log, addr: ln.Addr().String()}
	t.Cleanup(func() { sv.stop(t) })
	return sv
}

// stop shuts the server down and closes the course folder.
func (sv *served) stop(t testing.TB) {
	t.Helper()
	if sv.closed {
		return
	}
	sv.closed = true
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := sv.Shutdown(ctx); err != nil {
		t.Errorf("shutting down: %v", err)
	}
	if err := sv.folder.Close(); err != nil {
		t.Errorf("closing the course folder: %v", err)
	}
}

// syncBuffer is a buffer written by one goroutine and read by another.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// client is a participant's or the trainer's terminal over SSH.
type client struct {
	t    testing.TB
	conn *gossh.Client
	sess *gossh.Session
	in   io.WriteCloser

	mu      sync.Mutex
	out     []byte
	mark    int    // where waitFor starts looking
	seen    string // what the last waitFor read, up to what it waited for
	arrived chan struct{}
	done    chan struct{}
}

// dialConfig is a client config with a password.
func dialConfig(pass string) *gossh.ClientConfig {
	return &gossh.ClientConfig{
		User:            "class",
		Auth:            []gossh.AuthMethod{gossh.Password(pass)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         20 * time.Second,
	}
}

// connect logs in with pass and opens a shell on an 80×24 terminal that
// does not answer the server's questions (as a test's never does).
func connect(t testing.TB, addr, pass string, env ...string) *client {
	t.Helper()
	return connectAnswering(t, addr, pass, "", env...)
}

// connectAnswering is connect on a terminal that answers the server's
// question of its background with answer.
func connectAnswering(t testing.TB, addr, pass, answer string, env ...string) *client {
	t.Helper()
	conn, err := gossh.Dial("tcp", addr, dialConfig(pass))
	if err != nil {
		t.Fatalf("connecting with %q: %v", pass, err)
	}
	c := &client{t: t, conn: conn, arrived: make(chan struct{}, 1), done: make(chan struct{})}
	t.Cleanup(func() { conn.Close() })
	sess, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	c.sess = sess
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		if err := sess.Setenv(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	c.in, _ = sess.StdinPipe()
	out, _ := sess.StdoutPipe()
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(c.done)
		buf := make([]byte, 32<<10)
		for {
			n, err := out.Read(buf)
			if n > 0 {
				c.mu.Lock()
				c.out = append(c.out, buf[:n]...)
				asked := answer != "" && strings.Contains(string(c.out), askBackground)
				c.mu.Unlock()
				if asked {
					io.WriteString(c.in, answer)
					answer = ""
				}
				select {
				case c.arrived <- struct{}{}:
				default:
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return c
}

// screen is what arrived since the mark, without escape sequences.
func (c *client) screen() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return ansi.Strip(string(c.out[c.mark:]))
}

// raw is everything that arrived, escape sequences and all.
func (c *client) raw() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return string(c.out)
}

// lastSeen is what the last waitFor read.
func (c *client) lastSeen() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.seen
}

// size is how many bytes arrived so far.
func (c *client) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.out)
}

// waitFor waits until text arrives after the mark, then moves the mark
// past everything arrived.
func (c *client) waitFor(text string, within time.Duration) {
	c.t.Helper()
	if err := c.await(text, within); err != nil {
		c.t.Fatal(err)
	}
}

func (c *client) await(text string, within time.Duration) error {
	deadline := time.After(within)
	for {
		c.mu.Lock()
		got := ansi.Strip(string(c.out[c.mark:]))
		if strings.Contains(got, text) {
			c.mark, c.seen = len(c.out), got
			c.mu.Unlock()
			return nil
		}
		c.mu.Unlock()
		select {
		case <-c.arrived:
		case <-c.done:
			if !strings.Contains(c.screen(), text) {
				return fmt.Errorf("the session ended without %q; it showed:\n%s", text, tail(c.screen()))
			}
		case <-deadline:
			return fmt.Errorf("%q did not show within %v; the screen showed:\n%s", text, within, tail(c.screen()))
		}
	}
}

func tail(s string) string {
	if len(s) > 3000 {
		return s[len(s)-3000:]
	}
	return s
}

// send types keys: plain text as it is, and names of special keys.
func (c *client) send(keys ...string) {
	c.t.Helper()
	for _, k := range keys {
		b, ok := keyBytes[k]
		if !ok {
			b = k
		}
		if _, err := io.WriteString(c.in, b); err != nil {
			c.t.Fatalf("typing %q: %v", k, err)
		}
	}
}

var keyBytes = map[string]string{
	"enter":  "\r",
	"esc":    "\x1b",
	"up":     "\x1b[A",
	"down":   "\x1b[B",
	"ctrl+c": "\x03",
	"ctrl+t": "\x14",
	"tab":    "\t",
}

// step types a key and waits for the screen to change.
func (c *client) step(key string, within time.Duration) error {
	from := c.size()
	io.WriteString(c.in, key)
	deadline := time.After(within)
	for c.size() == from {
		select {
		case <-c.arrived:
		case <-c.done:
			return fmt.Errorf("the session ended after %q", key)
		case <-deadline:
			return fmt.Errorf("nothing changed within %v after %q", within, key)
		}
	}
	return nil
}

// settle types a key and waits until the screen answered it and then
// stayed still a moment: a form moves to its next field in a command
// after the key, and a key sent before that lands on the field it left.
func (c *client) settle(key string, within time.Duration) error {
	if err := c.step(key, within); err != nil {
		return err
	}
	const still = 80 * time.Millisecond
	deadline := time.After(within)
	for {
		select {
		case <-c.arrived:
		case <-c.done:
			return fmt.Errorf("the session ended after %q", key)
		case <-deadline:
			return fmt.Errorf("the screen did not settle within %v after %q", within, key)
		case <-time.After(still):
			return nil
		}
	}
}

// wait waits for the session to end.
func (c *client) wait(within time.Duration) bool {
	select {
	case <-c.done:
		return true
	case <-time.After(within):
		return false
	}
}

// join picks team (1, 2, …) on the picker and types name.
func (c *client) join(team int, name string) {
	c.t.Helper()
	c.waitFor("Which team are you in?", 10*time.Second)
	for range team - 1 {
		c.send("down")
	}
	c.send("enter")
	c.waitFor("Your name", 10*time.Second)
	c.send(name, "enter")
}
