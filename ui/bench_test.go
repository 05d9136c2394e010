package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
	"github.com/kam-workbench/kam/ui/uitest"
)

// The benchmarks run on workspaces shaped like a manager's merged
// territory (storetest.Generate): every account with its evaluations and
// contacts, every tenth as full as a case-study retailer.
var (
	benchFilesMu sync.Mutex
	benchFiles   = map[int]string{}
)

// generatedFile is a workspace file of n generated accounts, written once
// per run and shared by the benchmarks that open it.
func generatedFile(b *testing.B, n int) string {
	b.Helper()
	benchFilesMu.Lock()
	defer benchFilesMu.Unlock()
	if path, ok := benchFiles[n]; ok {
		return path
	}
	dir, err := os.MkdirTemp("", "kam-bench")
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, fmt.Sprintf("generated-%d.db", n))
	s, err := store.Open(path, store.Options{Now: clock, NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Reset(storetest.Generate(n, now)); err != nil {
		b.Fatal(err)
	}
	s.Close()
	benchFiles[n] = path
	return path
}

// openGenerated opens a copy of the generated file of n accounts, so a
// benchmark that saves leaves the shared one as it was.
func openGenerated(b *testing.B, n int, opts store.Options) *store.Store {
	b.Helper()
	raw, err := os.ReadFile(generatedFile(b, n))
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "copy.db")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		b.Fatal(err)
	}
	opts.Now = clock
	s, err := store.Open(path, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkOpenToFirstFrame opens a generated workspace file, reads the
// part the first screen needs and draws it at 120×40: the first thing a
// rep sees (Today saying it is loading, v showing the accounts already).
// The rest of the file follows in the background (see
// BenchmarkOpenToEverything). Aim: ≤ 120 ms at 10,000 accounts, ≤ 400 ms
// at 50,000.
func BenchmarkOpenToFirstFrame(b *testing.B) {
	benchmarkOpen(b, func(b *testing.B, m *Model) {
		m.Update(m.ctx.Data.Load(store.FirstFrame)())
		if v := m.View(); !strings.Contains(v, "Today needs the whole workspace") {
			b.Fatalf("no first frame:\n%s", v)
		}
	})
}

// BenchmarkOpenToEverything is BenchmarkOpenToFirstFrame until the whole
// file is in memory and indexed, and Today drawn: when every tab can draw.
func BenchmarkOpenToEverything(b *testing.B) {
	benchmarkOpen(b, func(b *testing.B, m *Model) {
		loadAll(m)
		if v := m.View(); !m.ctx.Data.Complete() || strings.Contains(v, "Today needs the whole workspace") {
			b.Fatalf("not complete:\n%s", v)
		}
	})
}

// benchmarkOpen times opening the generated files of 10,000 and 50,000
// accounts, sizing the program at 120×40 and then load.
func benchmarkOpen(b *testing.B, load func(*testing.B, *Model)) {
	for _, n := range []int{10_000, 50_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := generatedFile(b, n)
			for b.Loop() {
				s, err := store.Open(path, store.Options{})
				if err != nil {
					b.Fatal(err)
				}
				m := New(Options{Store: s, Lang: model.English, Now: clock})
				m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				load(b, m)
				s.Close()
			}
		})
	}
}

// loaded is the program on a workspace, sized 120×40 and loaded whole,
// on the Accounts list.
func loaded(b *testing.B, s store.Workspace) *Model {
	m := New(Options{Store: s, Lang: model.English, Now: clock})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	loadAll(m)
	m.Update(uitest.Key("v"))
	return m
}

// loadAll reads the workspace as the program does, part after part.
func loadAll(m *Model) {
	m.Update(m.ctx.Data.Load(store.FirstFrame)())
	m.Update(m.ctx.Data.Load(store.Rest)())
}

// BenchmarkKeystroke is one key (cursor down) in the Accounts list and
// the frame after it, at 50,000 accounts. Aim: ≤ 1 ms.
func BenchmarkKeystroke(b *testing.B) {
	m := loaded(b, openGenerated(b, 50_000, store.Options{NoSync: true}))
	down, up := uitest.Key("down"), uitest.Key("up")
	for i := 0; b.Loop(); i++ {
		k := down
		if i/5000%2 == 1 { // walk down and back, so the cursor keeps moving
			k = up
		}
		m.Update(k)
		_ = m.View()
	}
}

// BenchmarkFilterKeystroke is one character typed into the filter over
// 50,000 accounts, and the frame after it. Aim: ≤ 1 ms.
func BenchmarkFilterKeystroke(b *testing.B) {
	m := loaded(b, openGenerated(b, 50_000, store.Options{NoSync: true}))
	m.Update(uitest.Key("/"))
	m.Update(uitest.Key("9"))
	keys := []tea.KeyMsg{uitest.Key("4"), uitest.Key("backspace")}
	for i := 0; b.Loop(); i++ {
		m.Update(keys[i%2])
		_ = m.View()
	}
}

// BenchmarkSaveStage is one stage change saved from the account detail:
// the save written, its result applied to every tab and the frame drawn,
// at 10,000 accounts. NoSync leaves out the disk's fsync, which
// BenchmarkSaveStageSynced adds back. Aim: ≤ 1 ms.
func BenchmarkSaveStage(b *testing.B) {
	benchmarkSaveStage(b, store.Options{NoSync: true})
}

// BenchmarkSaveStageSynced is BenchmarkSaveStage with the fsync kam does
// on every save: the difference is what this disk adds.
func BenchmarkSaveStageSynced(b *testing.B) {
	benchmarkSaveStage(b, store.Options{})
}

func benchmarkSaveStage(b *testing.B, opts store.Options) {
	m := loaded(b, openGenerated(b, 10_000, opts))
	m.Update(uitest.Key("enter"))
	space := uitest.Key("space")
	for b.Loop() {
		_, cmd := m.Update(space)
		m.Update(cmd())
		_ = m.View()
	}
}
