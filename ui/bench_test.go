package ui

import (
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
	"github.com/kam-workbench/kam/ui/uitest"
)

const benchAccounts = 10_000

// generatedFile writes a workspace of generated accounts and closes it, so
// a benchmark can time opening it.
func generatedFile(b *testing.B) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "generated.db")
	s, err := store.Open(path, store.Options{Now: clock})
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Reset(model.Workspace{Accounts: storetest.Accounts(benchAccounts, now)}); err != nil {
		b.Fatal(err)
	}
	s.Close()
	return path
}

// BenchmarkOpenToFirstFrame opens a 10,000-account workspace file, loads
// it and draws the first frame at 120×40: what a rep waits for at start.
// Aim: ≤ 150 ms.
func BenchmarkOpenToFirstFrame(b *testing.B) {
	path := generatedFile(b)
	for b.Loop() {
		s, err := store.Open(path, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		m := New(Options{Store: s, Lang: model.English, Now: clock})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		loadAll(m)
		if v := m.View(); len(v) == 0 {
			b.Fatal("empty frame")
		}
		s.Close()
	}
}

// loadedModel is the program on a 10,000-account workspace, sized 120×40
// and loaded.
func loadedModel(b *testing.B) *Model {
	return loaded(b, storetest.Workspace(b, benchAccounts, now))
}

// loaded is the program on a workspace, sized 120×40 and loaded.
func loaded(b *testing.B, s store.Workspace) *Model {
	m := New(Options{Store: s, Lang: model.English, Now: clock})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	loadAll(m)
	return m
}

// BenchmarkKeystroke is one key (cursor down) and the frame after it, in a
// 10,000-account workspace. Aim: ≤ 5 ms.
func BenchmarkKeystroke(b *testing.B) {
	m := loadedModel(b)
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
// 10,000 accounts, and the frame after it.
func BenchmarkFilterKeystroke(b *testing.B) {
	m := loadedModel(b)
	m.Update(uitest.Key("/"))
	keys := []tea.KeyMsg{uitest.Key("4"), uitest.Key("backspace")}
	for i := 0; b.Loop(); i++ {
		m.Update(keys[i%2])
		_ = m.View()
	}
}

// BenchmarkSaveStage is one stage change saved from the detail, the save
// command run and its result applied, in a 10,000-account workspace.
// Aim: ≤ 20 ms.
func BenchmarkSaveStage(b *testing.B) {
	m := loadedModel(b)
	m.Update(uitest.Key("enter"))
	space := uitest.Key("space")
	for b.Loop() {
		_, cmd := m.Update(space)
		m.Update(cmd())
	}
}

// BenchmarkMatrixView draws the Matrix tab (plot, summary and legend) at
// 120×40 with 2,000 evaluated accounts, a third of them with trails.
// Aim: ≤ 10 ms.
func BenchmarkMatrixView(b *testing.B) {
	m := loaded(b, storetest.EvaluatedWorkspace(b, 2_000, now))
	m.Update(uitest.Key("2"))
	if v := m.View(); !strings.Contains(v, "2000 evaluated") {
		b.Fatalf("not the matrix:\n%s", v)
	}
	right := uitest.Key("right")
	for b.Loop() {
		m.Update(right)
		_ = m.View()
	}
}

// loadAll reads the workspace as the program does, part after part.
func loadAll(m *Model) {
	m.Update(m.ctx.Data.Load(store.FirstFrame)())
	m.Update(m.ctx.Data.Load(store.Rest)())
}
