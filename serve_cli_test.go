package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// lockedBuffer is output written by the server while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestServeBadUsageExitsTwo(t *testing.T) {
	defer func(was func() bool) { interactive = was }(interactive)
	interactive = func() bool { return false }
	getenv := env(map[string]string{"HOME": t.TempDir()})
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"serve", "--frobnicate"}, "unknown flag --frobnicate"},
		{[]string{"serve", "--listen", ":2323", "--all", "--passcode", "a", "--trainer-passcode", "b"}, "--listen and --all"},
		{[]string{"serve", "extra", "--passcode", "a"}, "unexpected argument"},
		{[]string{"serve", "--passcode", "same", "--trainer-passcode", "same"}, "must differ"},
		{[]string{"serve", "--passcode", "a"}, "give the passcodes"},
		{[]string{"serve"}, "give the passcodes"},
		{[]string{"serve", "--listen", "no such:place:at all", "--passcode", "a", "--trainer-passcode", "b"}, "is not an address"},
		{[]string{"serve", "--lang", "zh", "--passcode", "a"}, "没有可询问口令的终端"},
	} {
		var out, errOut bytes.Buffer
		if code := run(tc.args, getenv, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), tc.says) {
			t.Errorf("%q: exit %d, %q; want 2 and %q", tc.args, code, errOut.String(), tc.says)
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"serve", "--help"}, getenv, &out, &errOut); code != 0 || !strings.Contains(out.String(), "ssh -p 2323") {
		t.Errorf("--help: exit %d, %q", code, out.String())
	}
}

// TestServeRunsUntilStopped is the headless path: kam serve asks for the
// passcodes, says how to connect, serves a participant, and on ctrl+c
// tells them and closes the course.
func TestServeRunsUntilStopped(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "class")
	if err := store.CreateCourse(dir, 2, model.English, time.Now()); err != nil {
		t.Fatal(err)
	}
	defer func(was func() bool) { interactive = was }(interactive)
	interactive = func() bool { return true }
	defer func(was func(string, io.Writer) (string, error)) { askPasscode = was }(askPasscode)
	answers := []string{"room-1", "trainer-1"}
	var prompts []string
	askPasscode = func(prompt string, _ io.Writer) (string, error) {
		prompts = append(prompts, prompt)
		a := answers[0]
		answers = answers[1:]
		return a, nil
	}
	defer func(was func(chan<- os.Signal)) { serveSignals = was }(serveSignals)
	stops := make(chan chan<- os.Signal, 1)
	serveSignals = func(ch chan<- os.Signal) { stops <- ch }

	out, errOut := &lockedBuffer{}, &lockedBuffer{}
	exit := make(chan int, 1)
	go func() {
		exit <- run([]string{"serve", "--dir", dir, "--listen", "127.0.0.1:0", "--headless"}, env(map[string]string{"HOME": t.TempDir()}), out, errOut)
	}()
	stop := <-stops
	connectLine := regexp.MustCompile(`ssh -p (\d+) 127\.0\.0\.1`)
	var port string
	for range 100 {
		if m := connectLine.FindStringSubmatch(out.String()); m != nil {
			port = m[1]
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if port == "" {
		t.Fatalf("kam serve does not say how to connect: %q %q", out.String(), errOut.String())
	}
	if len(prompts) != 2 || !strings.Contains(prompts[0], "Room passcode") || !strings.Contains(prompts[1], "Trainer passcode") {
		t.Errorf("asked %q", prompts)
	}
	if !strings.Contains(out.String(), "firewall") {
		t.Errorf("kam serve says nothing of the firewall: %q", out.String())
	}

	conn, err := gossh.Dial("tcp", "127.0.0.1:"+port, &gossh.ClientConfig{
		User: "ann", Auth: []gossh.AuthMethod{gossh.Password("room-1")},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second,
	})
	if err != nil {
		t.Fatalf("the room passcode asked at start does not get in: %v", err)
	}
	defer conn.Close()
	sess, _ := conn.NewSession()
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	screen := &lockedBuffer{}
	sess.Stdout = screen
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	for i := 0; !strings.Contains(screen.String(), "Which team") && i < 100; i++ {
		time.Sleep(50 * time.Millisecond)
	}

	stop <- os.Interrupt
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("kam serve stopped with %d: %s", code, errOut.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("kam serve did not stop")
	}
	sess.Wait()
	if !strings.Contains(screen.String(), "The trainer closed the course") {
		t.Errorf("the participant was not told the course closed: %q", screen.String())
	}
	if !strings.Contains(out.String(), "The course is closed") {
		t.Errorf("kam serve's last words: %q", out.String())
	}
	// The folder is free again.
	f, err := store.OpenCourse(dir, store.Options{LockTimeout: time.Second})
	if err != nil {
		t.Fatalf("the course folder is still held: %v", err)
	}
	f.Close()
}

// TestServeOpensTheTrainersScreenHere: with a terminal, kam serve runs
// the trainer's own screen in it, joined to the room: its Teams view names
// who is connected and says how to connect; quitting it stops the server
// and tells the participants; who came and went is in the folder's log.
func TestServeOpensTheTrainersScreenHere(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "class")
	if err := store.CreateCourse(dir, 2, model.English, time.Now()); err != nil {
		t.Fatal(err)
	}
	defer func(was func() bool) { interactive = was }(interactive)
	interactive = func() bool { return true }
	keys, typeKey := io.Pipe()
	screen := &lockedBuffer{}
	defer func(was func() []tea.ProgramOption) { courseProgramOptions = was }(courseProgramOptions)
	courseProgramOptions = func() []tea.ProgramOption {
		return []tea.ProgramOption{tea.WithInput(keys), tea.WithOutput(screen)}
	}
	defer func(was func(*tea.Program)) { courseProgramBuilt = was }(courseProgramBuilt)
	courseProgramBuilt = func(p *tea.Program) { go p.Send(tea.WindowSizeMsg{Width: 120, Height: 40}) }
	defer func(was func(chan<- os.Signal)) { serveSignals = was }(serveSignals)
	serveSignals = func(chan<- os.Signal) {}

	out, errOut := &lockedBuffer{}, &lockedBuffer{}
	exit := make(chan int, 1)
	go func() {
		exit <- run([]string{"serve", "--dir", dir, "--listen", "127.0.0.1:0", "--passcode", "room-1", "--trainer-passcode", "trainer-1"},
			env(map[string]string{"HOME": t.TempDir()}), out, errOut)
	}()
	waitFor := func(what string, in func() string) {
		t.Helper()
		for range 200 {
			if strings.Contains(ansi.Strip(in()), what) {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatalf("%q did not show: %q", what, ansi.Strip(in()))
	}
	connectLine := regexp.MustCompile(`ssh -p (\d+) 127\.0\.0\.1`)
	waitFor("ssh -p", out.String)
	port := connectLine.FindStringSubmatch(out.String())[1]
	waitFor("Agenda", screen.String)

	conn, err := gossh.Dial("tcp", "127.0.0.1:"+port, &gossh.ClientConfig{
		User: "ann", Auth: []gossh.AuthMethod{gossh.Password("room-1")},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	sess, _ := conn.NewSession()
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	annScreen := &lockedBuffer{}
	sess.Stdout = annScreen
	annKeys, _ := sess.StdinPipe()
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	waitFor("Which team", annScreen.String)
	io.WriteString(annKeys, "\x1b[B\r")
	waitFor("Your name", annScreen.String)
	io.WriteString(annKeys, "Ann\r")
	waitFor("? help", annScreen.String)

	// The trainer's Teams view: who is in, and how to connect.
	for range 5 {
		io.WriteString(typeKey, "v")
		if strings.Contains(ansi.Strip(screen.String()), "1 team") || strings.Contains(ansi.Strip(screen.String()), "2 teams") {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	waitFor("1 participant connected", screen.String)
	waitFor("connect: ssh -p "+port+" 127.0.0.1, then the room passcode", screen.String)
	waitFor("Ann", screen.String)

	io.WriteString(typeKey, "q")
	waitFor("Quit and close the course for 1 participant?", screen.String)
	io.WriteString(typeKey, "y")
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("kam serve stopped with %d: %s", code, errOut.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("quitting the trainer's screen did not stop kam serve")
	}
	sess.Wait()
	if !strings.Contains(annScreen.String(), "The trainer closed the course") {
		t.Errorf("the participant was not told the course closed")
	}
	log, err := os.ReadFile(filepath.Join(dir, serveLogName))
	if err != nil || !strings.Contains(string(log), "Ann joined Team 2") || !strings.Contains(string(log), "Ann left Team 2") ||
		!strings.Contains(string(log), "kam serve started") || !strings.Contains(string(log), "kam serve stopped") {
		t.Errorf("the log holds %q (%v)", log, err)
	}
	if info, err := os.Stat(filepath.Join(dir, serveLogName)); err == nil && info.Mode().Perm() != 0o600 {
		t.Errorf("the log is %v, want 0600", info.Mode().Perm())
	}
}
