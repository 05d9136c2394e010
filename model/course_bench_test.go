package model

import (
	"testing"
	"time"
)

// BenchmarkCompare is the compare screen's work after a team's save: the
// eight teams of a class, each a whole case study, side by side. It runs
// once per save, not per frame; aim well under a frame (16 ms).
func BenchmarkCompare(b *testing.B) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	teams := make([]TeamWork, 8)
	for i := range teams {
		teams[i] = TeamWork{Team{Number: i + 1}, CaseStudy(now, English)}
	}
	year := PlanYear(now)
	b.ResetTimer()
	for b.Loop() {
		if c := Compare(teams, year); len(c.Accounts) == 0 {
			b.Fatal("nothing compared")
		}
	}
}
