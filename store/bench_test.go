package store_test

import (
	"testing"
	"time"

	"github.com/kam-workbench/kam/store/storetest"
)

var now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// BenchmarkSaveAccount is one save of one edited account in a workspace of
// 10,000: the work behind every form submit. Aim: ≤ 20 ms.
func BenchmarkSaveAccount(b *testing.B) {
	s := storetest.Workspace(b, 10_000, now)
	all, err := s.Accounts()
	if err != nil {
		b.Fatal(err)
	}
	a := all[5000]
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		a.Outlets = i
		if _, err := s.SaveAccount(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadAccounts reads all 10,000 accounts, as opening kam does.
func BenchmarkLoadAccounts(b *testing.B) {
	s := storetest.Workspace(b, 10_000, now)
	for b.Loop() {
		if _, err := s.Accounts(); err != nil {
			b.Fatal(err)
		}
	}
}
