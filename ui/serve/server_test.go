package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// addAccount types a new account into the Accounts tab (the second in
// course mode) and waits for its save.
func (c *client) addAccount(name string) {
	c.t.Helper()
	c.send("2", "n")
	c.waitFor("1/4 The account", 10*time.Second)
	c.send(name)
	if err := c.submit(accountFields, "Saved "+name, 15*time.Second); err != nil {
		c.t.Fatal(err)
	}
}

// submit presses enter on each of a form's fields at once, as a quick
// typist does, keeping what they hold, and waits for outcome (the save, or
// why it was refused). The form moves a field per enter however fast they
// come.
func (c *client) submit(fields int, outcome string, within time.Duration) error {
	c.send(strings.Repeat("\r", fields))
	return c.await(outcome, within)
}

// accountFields is how many fields the account form has: an enter each.
const accountFields = 13

// teamAccounts are the names of the accounts in team n's file, read
// after the server stopped.
func teamAccounts(t *testing.T, dir string, n int) []string {
	t.Helper()
	s, err := store.Open(store.TeamPath(dir, n), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	all, err := s.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range all {
		names = append(names, a.Name)
	}
	return names
}

func TestAWrongPasscodeIsRefusedAndEachNextOneWaitsLonger(t *testing.T) {
	sv := serveCourse(t, makeCourse(t, 2), func(c *Config) { c.RetryDelay = 150 * time.Millisecond })
	try := func(pass string) (time.Duration, error) {
		start := time.Now()
		conn, err := gossh.Dial("tcp", sv.addr, dialConfig(pass))
		if err == nil {
			conn.Close()
		}
		return time.Since(start), err
	}
	first, err := try("guess")
	if err == nil {
		t.Fatal("a wrong passcode got in")
	}
	second, err := try("guess again")
	if err == nil {
		t.Fatal("a second wrong passcode got in")
	}
	if first < 150*time.Millisecond || second < 300*time.Millisecond || second <= first {
		t.Errorf("wrong passcodes were answered after %v, then %v: want at least 150ms, then twice as long", first, second)
	}
	if _, err := try(trainerPass + " "); err == nil {
		t.Error("the trainer passcode with a space got in")
	}
	if _, err := try(roomPass); err != nil {
		t.Fatalf("the room passcode was refused: %v", err)
	}
	// A right one starts the count again.
	if d, _ := try("guess"); d > 250*time.Millisecond {
		t.Errorf("after the right passcode a wrong one waited %v, want the first delay", d)
	}

	// A key is no way in, nor is no passcode at all.
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := gossh.NewSignerFromKey(priv)
	cfg := dialConfig("")
	cfg.Auth = []gossh.AuthMethod{gossh.PublicKeys(signer)}
	if conn, err := gossh.Dial("tcp", sv.addr, cfg); err == nil {
		conn.Close()
		t.Error("a public key got in")
	}
	cfg.Auth = nil
	if conn, err := gossh.Dial("tcp", sv.addr, cfg); err == nil {
		conn.Close()
		t.Error("no authentication got in")
	}
}

func TestKeyboardInteractiveTakesThePasscode(t *testing.T) {
	sv := serveCourse(t, makeCourse(t, 2), nil)
	with := func(answer string) error {
		cfg := dialConfig("")
		var asked []string
		cfg.Auth = []gossh.AuthMethod{gossh.KeyboardInteractive(func(_, _ string, questions []string, echos []bool) ([]string, error) {
			asked = append(asked, questions...)
			if slices.Contains(echos, true) {
				t.Error("the passcode is asked with echo on")
			}
			return []string{answer}, nil
		})}
		conn, err := gossh.Dial("tcp", sv.addr, cfg)
		if err == nil {
			conn.Close()
		}
		if len(asked) == 0 || !strings.Contains(asked[0], "Passcode") || !strings.Contains(asked[0], "口令") {
			t.Errorf("asked %q, want the passcode in both languages", asked)
		}
		return err
	}
	if err := with(roomPass); err != nil {
		t.Errorf("the room passcode was refused: %v", err)
	}
	if err := with("nope"); err == nil {
		t.Error("a wrong passcode got in")
	}

	// Typed wrong, then right: the second prompt says the first was wrong.
	var prompts []string
	answers := []string{"nope", roomPass}
	cfg := dialConfig("")
	cfg.Auth = []gossh.AuthMethod{gossh.RetryableAuthMethod(gossh.KeyboardInteractive(func(_, _ string, questions []string, _ []bool) ([]string, error) {
		prompts = append(prompts, strings.Join(questions, "\n"))
		a := answers[0]
		answers = answers[1:]
		return []string{a}, nil
	}), 2)}
	conn, err := gossh.Dial("tcp", sv.addr, cfg)
	if err != nil {
		t.Fatalf("the right passcode after a wrong one was refused: %v", err)
	}
	conn.Close()
	if len(prompts) != 2 || !strings.Contains(prompts[1], "Wrong passcode") || !strings.Contains(prompts[1], "口令不对") {
		t.Errorf("the questions said %q, want the second to say the first passcode was wrong", prompts)
	}
}

func TestAParticipantPicksATeamAndCannotSwitchTeams(t *testing.T) {
	dir := makeCourse(t, 3)
	sv := serveCourse(t, dir, nil)
	ann := connect(t, sv.addr, roomPass)
	ann.waitFor("Which team are you in?", 10*time.Second)
	for _, team := range []string{"Team 1", "Team 2", "Team 3"} {
		if !strings.Contains(ann.lastSeen(), team) {
			t.Errorf("the picker does not offer %s", team)
		}
	}
	ann.send("down", "enter")
	ann.waitFor("Your name", 5*time.Second)
	ann.send("enter")
	ann.waitFor("Type your name", 5*time.Second)
	// A name wider than 40 columns stops where it would pass them.
	ann.send(strings.Repeat("长", MaxNameWidth/2+1))
	ann.waitFor("40 wide at most", 5*time.Second)
	if seen := ann.lastSeen(); strings.Contains(seen, strings.Repeat("长", MaxNameWidth/2+1)) {
		t.Error("the name field took a name wider than 40 columns")
	}
	ann.send(strings.Repeat("\x7f", MaxNameWidth), "Ann", "enter")
	ann.waitFor("Team 2", 10*time.Second)
	waitSessions(t, sv.Server, 1)
	got := sv.Sessions()[0]
	if got.Who != "Ann" || got.Team.Number != 2 || got.Trainer {
		t.Errorf("the server lists %+v, want Ann in team 2", got)
	}
	if !strings.Contains(sv.log.String(), "Ann joined Team 2") {
		t.Errorf("the server's terminal says %q", sv.log.String())
	}

	// ctrl+t is the trainer's: Ann stays on her team and saves to its file.
	ann.send("ctrl+t", "ctrl+t")
	ann.addAccount("Ann Mart")
	if strings.Contains(ann.lastSeen(), "Now showing") {
		t.Error("ctrl+t switched a participant's team")
	}
	sv.stop(t)
	if !ann.wait(10 * time.Second) {
		t.Error("Ann's session did not end with the server")
	}
	for n, want := range map[int]bool{1: false, 2: true, 3: false} {
		if has := slices.Contains(teamAccounts(t, dir, n), "Ann Mart"); has != want {
			t.Errorf("team %d holds Ann's account: %v, want %v", n, has, want)
		}
	}
	if !strings.Contains(sv.log.String(), "Ann left Team 2") {
		t.Errorf("the server's terminal says %q", sv.log.String())
	}
}

func TestTheTrainerGoesStraightToTheCourseWithItsControls(t *testing.T) {
	sv := serveCourse(t, makeCourse(t, 3), nil)
	tr := connect(t, sv.addr, trainerPass, "LANG=zh_CN.UTF-8")
	tr.waitFor("课程", 10*time.Second)
	if strings.Contains(tr.lastSeen(), "小组？") {
		t.Error("the trainer was asked for a team")
	}
	waitSessions(t, sv.Server, 1)
	if got := sv.Sessions()[0]; !got.Trainer {
		t.Errorf("the server lists %+v, want the trainer", got)
	}
	tr.send("ctrl+t")
	tr.waitFor("各标签页现在显示", 5*time.Second)
}

func TestTheLanguageComesFromTheClientAndLSwitchesIt(t *testing.T) {
	sv := serveCourse(t, makeCourse(t, 2), nil)
	c := connect(t, sv.addr, roomPass, "LC_ALL=zh_CN.UTF-8")
	c.waitFor("你在哪个小组？", 10*time.Second)
	c.send("L")
	c.waitFor("Which team are you in?", 5*time.Second)
}

func waitSessions(t *testing.T, s *Server, n int) {
	t.Helper()
	for range 100 {
		if len(s.Sessions()) == n {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%d sessions listed, want %d", len(s.Sessions()), n)
}

func TestNoCommandsNoSubsystemsNoForwarding(t *testing.T) {
	sv := serveCourse(t, makeCourse(t, 2), nil)
	conn, err := gossh.Dial("tcp", sv.addr, dialConfig(roomPass))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	sess, _ := conn.NewSession()
	if out, err := sess.CombinedOutput("cat /etc/passwd"); err == nil || bytes.Contains(out, []byte("root")) {
		t.Errorf("an exec request ran: %v %q", err, out)
	}
	sess, _ = conn.NewSession()
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was granted")
	}
	// direct-tcpip: the server would open a connection for the client.
	target, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer target.Close()
	if c, err := conn.Dial("tcp", target.Addr().String()); err == nil {
		c.Close()
		t.Error("a direct-tcpip channel was opened")
	}
	if ln, err := conn.Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
		t.Error("remote port forwarding was granted")
	}
	// Agent and X11 forwarding: the client's keys and screen stay its own.
	sess, _ = conn.NewSession()
	if err := agent.RequestAgentForwarding(sess); err == nil {
		t.Error("agent forwarding was granted")
	}
	if ok, err := sess.SendRequest("x11-req", true, gossh.Marshal(struct {
		Single        bool
		Proto, Cookie string
		Screen        uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0})); ok || err != nil {
		t.Errorf("X11 forwarding was granted (%v)", err)
	}
	sess.Close()
	// A shell without a terminal gets no program.
	sess, _ = conn.NewSession()
	var out syncBuffer // the session writes both streams at once
	sess.Stdout, sess.Stderr = &out, &out
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	sess.Wait()
	if !strings.Contains(out.String(), "needs a terminal") {
		t.Errorf("a shell without a terminal got %q", out.String())
	}
}

func TestTheHostKeyIsMadeOnceAndKept(t *testing.T) {
	dir := makeCourse(t, 1)
	keyOf := func() []byte {
		sv := serveCourse(t, dir, nil)
		var key []byte
		cfg := dialConfig(roomPass)
		cfg.HostKeyCallback = func(_ string, _ net.Addr, k gossh.PublicKey) error { key = k.Marshal(); return nil }
		conn, err := gossh.Dial("tcp", sv.addr, cfg)
		if err != nil {
			t.Fatal(err)
		}
		conn.Close()
		sv.stop(t)
		return key
	}
	first, second := keyOf(), keyOf()
	if len(first) == 0 || !bytes.Equal(first, second) {
		t.Error("the host key changed when the server started again")
	}
	for _, name := range []string{HostKeyName, HostKeyName + ".pub"} {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want 0600", name, info.Mode().Perm())
		}
	}
	if _, err := store.OpenCourse(dir, store.Options{}); err != nil {
		t.Errorf("the course folder with the host key in it does not open: %v", err)
	}
}

func TestNewRefusesMissingOrEqualPasscodes(t *testing.T) {
	f, err := store.OpenCourse(makeCourse(t, 1), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, c := range []Config{
		{Folder: f, TrainerPasscode: "t"},
		{Folder: f, Passcode: "p"},
		{Folder: f, Passcode: "same", TrainerPasscode: "same"},
	} {
		_, err := New(c)
		if err == nil {
			t.Errorf("%+v was taken", c)
			continue
		}
		if model.Localize(err, model.Chinese) == model.Localize(err, model.English) {
			t.Errorf("the message is not in both languages: %v", err)
		}
	}
}

func TestATeamSeesAnotherMembersSaveAndEveryoneHearsTheCourseClose(t *testing.T) {
	dir := makeCourse(t, 2)
	sv := serveCourse(t, dir, nil)
	ann, ben, cho := connect(t, sv.addr, roomPass), connect(t, sv.addr, roomPass), connect(t, sv.addr, roomPass)
	ann.join(1, "Ann")
	ben.join(1, "Ben")
	cho.join(2, "Cho")
	for _, c := range []*client{ann, ben, cho} {
		c.waitFor("? help", 10*time.Second)
	}
	ben.send("2", "v") // the list of accounts
	ben.waitFor("key accounts", 10*time.Second)
	cho.send("2", "v")
	cho.waitFor("key accounts", 10*time.Second)
	ann.addAccount("AAA Ann Mart")
	start := time.Now()
	ben.waitFor("AAA Ann Mart", 5*time.Second)
	if d := time.Since(start); d > time.Second {
		t.Errorf("Ben saw Ann's save after %v, want within a second", d)
	}
	if strings.Contains(cho.screen(), "AAA Ann Mart") {
		t.Error("team 2 saw team 1's account")
	}

	sv.stop(t)
	for name, c := range map[string]*client{"Ann": ann, "Ben": ben, "Cho": cho} {
		if err := c.await("The trainer closed the course", 10*time.Second); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if !c.wait(10 * time.Second) {
			t.Errorf("%s's session did not end", name)
		}
	}
	if got := len(sv.Sessions()); got != 0 {
		t.Errorf("%d sessions listed after the server stopped", got)
	}
	// After the stop nobody gets in.
	if conn, err := gossh.Dial("tcp", sv.addr, dialConfig(roomPass)); err == nil {
		conn.Close()
		t.Error("the stopped server took a connection")
	}
}

// Each session draws for its own terminal: the colours of its background
// as it answered, none at all under NO_COLOR, whatever the server's own
// terminal is.
func TestEachSessionDrawsForItsOwnTerminal(t *testing.T) {
	sv := serveCourse(t, makeCourse(t, 2), nil)
	light := connectAnswering(t, sv.addr, trainerPass, "\x1b]11;rgb:ffff/ffff/fafa\x1b\\\x1b[?62;22c")
	dark := connectAnswering(t, sv.addr, trainerPass, "\x1b]11;rgb:1c1c/1c1c/1c1c\x07\x1b[?62;22c")
	plain := connect(t, sv.addr, trainerPass, "NO_COLOR=1")
	for _, c := range []*client{light, dark, plain} {
		c.waitFor("? help", 10*time.Second)
	}
	// kam's accent on a light background, and on a dark one, in 256 colours.
	const lightAccent, darkAccent = "38;5;25m", "38;5;75m"
	if out := light.raw(); !strings.Contains(out, lightAccent) || strings.Contains(out, darkAccent) {
		t.Error("the light terminal is not drawn in the light background's colours")
	}
	if out := dark.raw(); !strings.Contains(out, darkAccent) || strings.Contains(out, lightAccent) {
		t.Error("the dark terminal is not drawn in the dark background's colours")
	}
	if out := plain.raw(); strings.Contains(out, "\x1b[38;") || strings.Contains(out, "\x1b[48;") {
		t.Error("a NO_COLOR terminal was sent colours")
	}
	if strings.Contains(light.screen(), "11;rgb") || strings.Contains(light.screen(), "62;22c") {
		t.Error("the terminal's answer reached the program as keys")
	}
}

// The trainer stops the server while a participant's save is being
// written: the participant is told, the server waits for the save, and
// the file holds it.
func TestTheServerStoppingMidSaveWaitsForIt(t *testing.T) {
	dir := makeCourse(t, 2)
	var (
		hold    atomic.Bool
		entered = make(chan struct{}, 1)
		release = make(chan struct{})
	)
	// The store reads its clock inside the write: holding the clock there
	// holds the save half-way, as a slow disk would.
	clock := func() time.Time {
		if hold.CompareAndSwap(true, false) {
			entered <- struct{}{}
			<-release
		}
		return time.Now()
	}
	sv := serveCourseOn(t, dir, store.Options{Now: clock}, nil)
	ann := connect(t, sv.addr, roomPass)
	ann.join(1, "Ann")
	ann.waitFor("? help", 10*time.Second)
	ann.send("2", "n")
	ann.waitFor("1/4 The account", 10*time.Second)
	// Nothing else is saved while the form is open: the first write from
	// here on is the account's, and it is held half-way.
	hold.Store(true)
	ann.send("Late Save Mart")
	started := false
	for range 20 {
		ann.send("enter")
		select {
		case <-entered:
			started = true
		case <-time.After(150 * time.Millisecond):
		}
		if started {
			break
		}
	}
	if !started {
		t.Fatal("the save did not start")
	}

	stopped := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		stopped <- sv.Shutdown(ctx)
	}()
	ann.waitFor("Saving your last changes", 10*time.Second)
	select {
	case err := <-stopped:
		t.Fatalf("the server stopped with a save under way (%v)", err)
	case <-time.After(300 * time.Millisecond):
	}
	close(release)
	select {
	case err := <-stopped:
		if err != nil {
			t.Fatalf("shutting down: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not stop once the save landed")
	}
	if err := ann.await("What you saved is kept", 10*time.Second); err != nil {
		t.Error(err)
	}
	if strings.Contains(ann.lastSeen(), "was not saved") {
		t.Error("the participant was told a form that saved was not saved")
	}
	sv.closed = true
	if err := sv.folder.Close(); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(teamAccounts(t, dir, 1), "Late Save Mart") {
		t.Error("the save under way when the server stopped is not in the file")
	}
}

// Two people of a team edit the same account at once over SSH: the later
// save is refused rather than undoing the earlier, the second person is
// told and sees the account as the first saved it.
func TestTwoPeopleEditingTheSameAccount(t *testing.T) {
	dir := makeCourse(t, 2)
	sv := serveCourse(t, dir, nil)
	ann, ben := connect(t, sv.addr, roomPass), connect(t, sv.addr, roomPass)
	ann.join(1, "Ann")
	ben.join(1, "Ben")
	for _, c := range []*client{ann, ben} {
		c.waitFor("? help", 10*time.Second)
		c.send("2")
		c.waitFor("things to do", 10*time.Second) // e edits the account of the row under the cursor
		c.send("e")
		c.waitFor("1/4 The account", 10*time.Second)
	}
	ann.send(" by Ann")
	if err := ann.submit(accountFields, "Saved", 10*time.Second); err != nil {
		t.Fatal(err)
	}
	ben.send(" by Ben")
	if err := ben.submit(accountFields, "Ann saved this first", 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ben.lastSeen(), "by Ann") {
		t.Errorf("Ben does not see the account as Ann saved it:\n%s", tail(ben.lastSeen()))
	}
	sv.stop(t)
	var annS, benS int
	for _, name := range teamAccounts(t, dir, 1) {
		if strings.HasSuffix(name, " by Ann") {
			annS++
		}
		if strings.Contains(name, "by Ben") {
			benS++
		}
	}
	if annS != 1 || benS != 0 {
		t.Errorf("team 1's file holds %d accounts saved by Ann and %d by Ben, want Ann's alone", annS, benS)
	}
}

// A session nothing is typed in for the idle time is closed, saying why,
// even while its screen keeps changing (a blinking cursor in a form); a
// session someone types in stays.
func TestAnIdleSessionIsClosed(t *testing.T) {
	sv := serveCourse(t, makeCourse(t, 2), func(c *Config) { c.IdleTimeout = 600 * time.Millisecond })
	idle, busy := connect(t, sv.addr, roomPass), connect(t, sv.addr, roomPass)
	idle.join(1, "Idle")
	busy.join(1, "Busy")
	for _, c := range []*client{idle, busy} {
		c.waitFor("? help", 10*time.Second)
	}
	idle.send("2", "n") // a form, its cursor blinking
	idle.waitFor("1/4 The account", 5*time.Second)
	idle.send("Half typed")
	idle.waitFor("Half typed", 5*time.Second)
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		busy.send("j")
		time.Sleep(150 * time.Millisecond)
	}
	if err := idle.await("Closed: nothing was typed for 1 s. What you saved is kept; connect again to go on. The form you had open was not saved.", 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if !idle.wait(5 * time.Second) {
		t.Error("the idle session did not end")
	}
	select {
	case <-busy.done:
		t.Error("the session someone typed in was closed")
	default:
	}
	waitSessions(t, sv.Server, 1)
}
