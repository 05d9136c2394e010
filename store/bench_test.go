package store_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
)

var now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// BenchmarkSaveAccount is one save of one edited account in a generated
// workspace of 10,000, fsync included: the work behind every form submit.
func BenchmarkSaveAccount(b *testing.B) {
	s := storetest.Open(b, storetest.Generate(10_000, now), now)
	ws, err := s.Load(store.FirstFrame)
	if err != nil {
		b.Fatal(err)
	}
	a := ws.Accounts[5000]
	for i := 0; b.Loop(); i++ {
		a.Outlets = i%900 + 1
		if _, err := s.SaveAccount(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad reads a generated workspace of 10,000 accounts, the first
// frame's part and the whole.
func BenchmarkLoad(b *testing.B) {
	s := storetest.Open(b, storetest.Generate(10_000, now), now)
	for _, part := range []struct {
		name string
		part store.Part
	}{{"first-frame", store.FirstFrame}, {"everything", store.Everything}} {
		b.Run(part.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Load(part.part); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReset writes a generated workspace of 2,000 accounts whole, as
// building the case study or an import does: each record is checked
// against its own account's, so the cost grows with the records, not
// their square.
func BenchmarkReset(b *testing.B) {
	ws := storetest.Generate(2_000, now)
	s, err := store.Open(filepath.Join(b.TempDir(), "reset.db"), store.Options{Now: func() time.Time { return now }, NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		if err := s.Reset(ws); err != nil {
			b.Fatal(err)
		}
	}
}
