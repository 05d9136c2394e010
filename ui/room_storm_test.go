package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/data"
	"github.com/kam-workbench/kam/ui/uitest"
)

// TestRoomKeyStorm: a trainer and two participants of one team, served
// on one hub, take random keys in turn, each session hearing the others'
// saves between keys as a served program does. Nothing panics; once the
// storm is over every session's copy of the team holds what the file
// holds, so no screen shows an account the file does not; the course file
// and every team's file read back. KAM_STORM_KEYS and KAM_STORM_SEED as
// for the other storms.
func TestRoomKeyStorm(t *testing.T) {
	keys := envInt(t, "KAM_STORM_KEYS", 100_000) / 12
	seed, r := stormSeed(t)
	dir := t.TempDir()
	f := uitest.NewFolder(t, 2, now)
	hub := data.NewHub()
	type person struct {
		m     *Model
		c     *data.Course
		inbox chan tea.Msg // what the hub delivered; the loop passes it on between keys
	}
	var room []*person
	for _, trainer := range []bool{true, false, false} {
		p := &person{c: data.NewCourse(f, trainer), inbox: make(chan tea.Msg, 4096)}
		team := 1
		if trainer {
			team = 0
		}
		p.c.Share(hub, hub.Join(team, fmt.Sprint(len(room)), func(msg tea.Msg) { p.inbox <- msg }))
		p.m = New(Options{Course: p.c, Lang: model.English, Now: clock, CrashDir: dir})
		room = append(room, p)
	}
	update := func(p *person, msg tea.Msg) tea.Cmd {
		if _, ok := msg.(timerTickMsg); ok {
			p.m.course.ticking = false
			return nil
		}
		_, cmd := p.m.Update(msg)
		return cmd
	}
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("seed %d: "+format, append([]any{seed}, args...)...)
	}
	settle := func() {
		for moved := true; moved; {
			moved = false
			for _, p := range room {
				for len(p.inbox) > 0 {
					uitest.Drain(update(p, <-p.inbox), func(m tea.Msg) tea.Cmd { return update(p, m) })
					moved = true
				}
			}
		}
	}
	for _, p := range room {
		uitest.Drain(p.m.Init(), func(m tea.Msg) tea.Cmd { return update(p, m) })
		update(p, tea.WindowSizeMsg{Width: 100, Height: 30})
	}
	settle()
	extra := []string{"ctrl+f", "a", "f5", "1", "2", "3", "e", "n", "enter"}
	typing := 0
	for i := range keys {
		who := r.IntN(len(room))
		p := room[who]
		if p.m.tabs[p.m.active].Capturing() {
			typing++
		}
		msg, what := stormKey(r)
		if r.IntN(12) == 0 {
			k := extra[r.IntN(len(extra))]
			msg, what = uitest.Key(k), k
		}
		func() {
			defer func() {
				if v := recover(); v != nil {
					fail("key %d (%s) to session %d panicked: %v", i, what, who, v)
				}
			}()
			uitest.Drain(update(p, msg), func(m tea.Msg) tea.Cmd { return update(p, m) })
			settle()
			if i%11 == 0 {
				p.m.View()
			}
		}()
		if reports, _ := filepath.Glob(filepath.Join(dir, "kam-crash-*.txt")); len(reports) > 0 {
			raw, _ := os.ReadFile(reports[0])
			fail("key %d (%s) to session %d: a tab panicked:\n%s", i, what, who, raw)
		}
	}
	// Let go of forms and pauses so every held save reaches every tab.
	for _, p := range room {
		for range 3 {
			uitest.Drain(update(p, uitest.Key("esc")), func(m tea.Msg) tea.Cmd { return update(p, m) })
			uitest.Drain(update(p, uitest.Key("y")), func(m tea.Msg) tea.Cmd { return update(p, m) })
		}
	}
	settle()

	if typing < keys/20 {
		fail("only %d of %d keys went into forms and fields", typing, keys)
	}
	file, err := f.Stores[0].Accounts()
	if err != nil {
		fail("team 1's accounts do not read: %v", err)
	}
	names := func(list []model.Account) []string {
		var out []string
		for _, a := range list {
			out = append(out, a.ID+" "+a.Name+" "+a.Updated.Format(time.RFC3339Nano))
		}
		slices.Sort(out)
		return out
	}
	for who, p := range room {
		if held := names(p.c.Teams[0].Workspace.Accounts); !slices.Equal(held, names(file)) {
			fail("session %d holds team 1's accounts as\n%s\nbut the file holds\n%s", who, strings.Join(held, "\n"), strings.Join(names(file), "\n"))
		}
	}
	if err := model.CheckCourse(f.CourseNow); err != nil {
		fail("the course the storm saved does not check: %v", err)
	}
	for i, s := range f.Stores {
		if _, err := s.Load(store.Everything); err != nil {
			fail("team %d's workspace does not load after the storm: %v", i+1, err)
		}
	}
	t.Logf("%d keys to 3 sessions, %d of them into forms and fields", keys, typing)
}
