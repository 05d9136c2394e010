package serve

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestThirtyPeopleInEightTeamsAtOnce: 30 participants in 8 teams each
// add accounts to their team's workspace at the same time; once the
// server stopped, every team's file holds exactly its own people's
// accounts. It also measures keystroke echo (a letter typed into a name
// field until the line showing it arrives, everyone typing at a quick
// typist's pace) and the server's memory;
// KAM_SERVE_MEASURE=1 holds them to 50 ms (95th percentile) and 300 MB.
func TestThirtyPeopleInEightTeamsAtOnce(t *testing.T) {
	const people, teams, accountsEach = 30, 8, 2
	dir := makeCourse(t, teams)
	sv := serveCourse(t, dir, nil)
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)

	clients := make([]*client, people)
	for i := range clients {
		clients[i] = connect(t, sv.addr, roomPass)
	}
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		echoes []time.Duration
		errs   []string
	)
	ready := make(chan struct{})
	var joined sync.WaitGroup
	joined.Add(people)
	for i, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fail := func(err error) {
				mu.Lock()
				errs = append(errs, fmt.Sprintf("client %d: %v", i, err))
				mu.Unlock()
			}
			steps := []func() error{
				func() error { return c.await("Which team are you in?", 20*time.Second) },
				func() error {
					c.send(strings.Repeat("\x1b[B", i%teams), "\r")
					return c.await("Your name", 10*time.Second)
				},
				func() error { c.send(fmt.Sprintf("P%02d\r", i)); return c.await("? help", 20*time.Second) },
			}
			for _, step := range steps {
				if err := step(); err != nil {
					joined.Done()
					fail(err)
					return
				}
			}
			joined.Done()
			<-ready
			for j := range accountsEach {
				name := fmt.Sprintf("P%02d acct %d", i, j)
				c.send("2", "n")
				if err := c.await("1/4 The account", 15*time.Second); err != nil {
					fail(err)
					return
				}
				// Typed a key at a time at a quick typist's pace (about
				// eight keys a second, the gaps uneven), each echo timed.
				for k := range len(name) {
					time.Sleep(typingGap(i, j, k))
					start := time.Now()
					c.send(name[k : k+1])
					if err := c.await(name[:k+1], 10*time.Second); err != nil {
						fail(err)
						return
					}
					mu.Lock()
					echoes = append(echoes, time.Since(start))
					mu.Unlock()
				}
				// Through the form a field at a time, at the same pace.
				for k := range accountFields {
					time.Sleep(typingGap(i, j, k))
					c.send("enter")
				}
				if err := c.await("Saved "+name, 20*time.Second); err != nil {
					fail(err)
					return
				}
			}
		}()
	}
	joined.Wait()
	if got := len(sv.Sessions()); got != people {
		t.Errorf("%d sessions listed, want %d", got, people)
	}
	var during runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&during)
	close(ready)
	wg.Wait()
	for _, e := range errs {
		t.Error(e)
	}
	sv.stop(t)

	for n := 1; n <= teams; n++ {
		var want []string
		for i := range people {
			if i%teams == n-1 {
				for j := range accountsEach {
					want = append(want, fmt.Sprintf("P%02d acct %d", i, j))
				}
			}
		}
		var got []string
		for _, name := range teamAccounts(t, dir, n) {
			if strings.HasPrefix(name, "P") && strings.Contains(name, " acct ") {
				got = append(got, name)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("team %d holds %q, want %q", n, got, want)
		}
	}

	slices.Sort(echoes)
	if len(echoes) == 0 {
		return
	}
	p := func(q float64) time.Duration { return echoes[min(int(q*float64(len(echoes))), len(echoes)-1)] }
	heap := (during.HeapInuse + during.StackInuse) - (before.HeapInuse + before.StackInuse)
	t.Logf("keystroke echo over %d keys, %d sessions typing at once: median %v, 95th %v, max %v",
		len(echoes), people, p(0.5), p(0.95), echoes[len(echoes)-1])
	t.Logf("memory with %d sessions (server and clients, one process): heap+stack in use %.1f MB more than before, %.1f MB in all; VmRSS %s",
		people, float64(heap)/(1<<20), float64(during.HeapInuse+during.StackInuse)/(1<<20), vmRSS())
	if measure, _ := strconv.ParseBool(os.Getenv("KAM_SERVE_MEASURE")); measure {
		if p(0.95) > 50*time.Millisecond {
			t.Errorf("the 95th percentile of keystroke echo is %v, want at most 50ms", p(0.95))
		}
		if during.HeapInuse+during.StackInuse > 300<<20 {
			t.Errorf("heap and stacks take %d MB, want at most 300", (during.HeapInuse+during.StackInuse)>>20)
		}
	}
}

// typingGap is the pause before a key: 80–160 ms, the same for a run.
func typingGap(person, account, key int) time.Duration {
	return time.Duration(80+(person*7+account*13+key*29)%81) * time.Millisecond
}

// vmRSS is the process's resident memory, where /proc tells it.
func vmRSS() string {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
