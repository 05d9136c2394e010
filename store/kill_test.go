package store_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// killChild names the workspace the child saves into; set only in the
// child's environment.
const killChild = "KAM_KILL_CHILD"

// TestKilledWhileSaving starts a child that saves accounts, meetings and
// evaluations in a loop, reporting each save once the store has said it
// is done, and kills it (SIGKILL) at a random moment; then opens the file.
// It must open, load whole, and hold every save the child reported. About
// 20 kills by default; KAM_KILL_ROUNDS asks for more, KAM_KILL_SEED
// repeats a run.
func TestKilledWhileSaving(t *testing.T) {
	if os.Getenv(killChild) != "" {
		t.Skip("in the child")
	}
	rounds := 20
	if n, err := strconv.Atoi(os.Getenv("KAM_KILL_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("KAM_KILL_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("seed %d: repeat with KAM_KILL_SEED=%d", seed, seed)
		}
	})
	rng := rand.New(rand.NewPCG(seed, 0))

	path := filepath.Join(t.TempDir(), "killed.db")
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(model.Account{Name: "First", Channel: model.Hypermarket, Tier: model.TierA}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	outlets := map[string]int{} // account → the outlets of its last reported save
	reported := map[string]bool{}
	saves := 0
	for round := range rounds {
		lines := runAndKill(t, path, time.Duration(rng.IntN(150_000))*time.Microsecond)
		for _, line := range lines {
			f := strings.Fields(line)
			switch {
			case len(f) == 3 && f[0] == "account":
				n, _ := strconv.Atoi(f[2])
				outlets[f[1]] = n
			case len(f) == 2 && (f[0] == "meeting" || f[0] == "evaluation"):
				reported[f[0]+" "+f[1]] = true
			default:
				t.Fatalf("round %d: the child said %q", round, line)
			}
			saves++
		}

		s, err := store.Open(path, store.Options{})
		if err != nil {
			t.Fatalf("round %d: after the kill: %v", round, err)
		}
		ws, err := s.Load(store.Everything)
		s.Close()
		if err != nil {
			t.Fatalf("round %d: after the kill: %v", round, err)
		}
		held := map[string]bool{}
		for _, a := range ws.Accounts {
			// A save that landed but was not reported yet may be newer.
			if n, ok := outlets[a.ID]; ok && a.Outlets < n {
				t.Errorf("round %d: account %s holds %d outlets; the child reported saving %d", round, a.ID, a.Outlets, n)
			}
			held["account "+a.ID] = true
		}
		for _, m := range ws.Meetings {
			held["meeting "+m.ID] = true
		}
		for _, e := range ws.Evaluations {
			held["evaluation "+e.ID] = true
		}
		for id := range outlets {
			if !held["account "+id] {
				t.Errorf("round %d: account %s was reported saved and is not in the file", round, id)
			}
		}
		for r := range reported {
			if !held[r] {
				t.Errorf("round %d: %s was reported saved and is not in the file", round, r)
			}
		}
		if t.Failed() {
			return
		}
	}
	t.Logf("%d kills, %d saves reported and found", rounds, saves)
}

// runAndKill starts the child on the workspace, kills it after the delay,
// and returns what it reported.
func runAndKill(t *testing.T, path string, after time.Duration) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), killChild+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	read := make(chan []string)
	go func() {
		var lines []string
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		read <- lines
	}()
	time.Sleep(after)
	cmd.Process.Kill()
	lines := <-read // the pipe ends with the child
	cmd.Wait()
	return lines
}

// TestKillChild is the child of TestKilledWhileSaving: it saves until it
// is killed, and reports each save on stdout once Save has returned.
func TestKillChild(t *testing.T) {
	path := os.Getenv(killChild)
	if path == "" {
		t.Skip("run by TestKilledWhileSaving")
	}
	fail := func(err error) {
		fmt.Fprintf(os.Stderr, "kill child: %v\n", err)
		os.Exit(3)
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		fail(err)
	}
	ws, err := s.Load(store.Everything)
	if err != nil {
		fail(err)
	}
	accounts := ws.Accounts
	next := 0 // outlets only ever grow, so a later save shows as more
	for _, a := range accounts {
		next = max(next, a.Outlets)
	}
	matrix := ws.Matrix
	if len(matrix.Attractiveness) == 0 {
		matrix = model.DefaultMatrix()
	}
	report := func(saved []any) {
		for _, rec := range saved {
			switch r := rec.(type) {
			case model.Account:
				fmt.Printf("account %s %d\n", r.ID, r.Outlets) // unbuffered: written once printed
			case model.Meeting:
				fmt.Printf("meeting %s\n", r.ID)
			case model.Evaluation:
				fmt.Printf("evaluation %s\n", r.ID)
			}
		}
	}
	for i := 0; ; i++ {
		next++
		a := accounts[i%len(accounts)]
		a.Outlets = next
		var recs []any
		switch i % 5 {
		case 0:
			a = model.Account{Name: fmt.Sprintf("Account %d", next), Channel: model.Supermarket, Tier: model.TierB, Outlets: next}
			recs = []any{a}
		case 1:
			recs = []any{a}
		case 2:
			recs = []any{model.Meeting{AccountID: a.ID, Date: model.Day(time.Now()), Objectives: "Review the quarter"}}
		case 3:
			e := model.NewEvaluation(a.ID, matrix, model.Day(time.Now()), nil)
			for _, scores := range [][]int{e.Attractiveness, e.Strength} {
				for j := range scores {
					scores[j] = 1 + (i+j)%10
				}
			}
			recs = []any{e}
		case 4: // two records in one transaction
			recs = []any{a, model.Meeting{AccountID: a.ID, Date: model.Day(time.Now())}}
		}
		saved, err := s.Save(recs...)
		if err != nil {
			fail(err)
		}
		if acc, ok := saved[0].(model.Account); ok && i%5 == 0 {
			accounts = append(accounts, acc)
		}
		report(saved)
	}
}
