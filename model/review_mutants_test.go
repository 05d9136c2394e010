package model

import (
	"testing"
	"time"
)

// A shortfall of exactly the tolerance is near target; a hundredth more is
// off: 5% of a 1,000,000 target is 50,000, so 950,000 is near and 949,990
// off; for a % metric, 1 point short of 30% (29%) is near.
func TestBandAtTheTolerance(t *testing.T) {
	for _, tt := range []struct {
		name string
		m    Metric
		want Band
	}{
		{"950,000 of 1,000,000", Metric{Unit: "amount", Target: f(1_000_000), Actual: f(950_000)}, NearBand},
		{"949,990 of 1,000,000", Metric{Unit: "amount", Target: f(1_000_000), Actual: f(949_990)}, OffBand},
		{"29% of 30%", Metric{Unit: "percent", Target: f(30), Actual: f(29)}, NearBand},
		{"28.9% of 30%", Metric{Unit: "percent", Target: f(30), Actual: f(28.9)}, OffBand},
		{"30% of 30%", Metric{Unit: "percent", Target: f(30), Actual: f(30)}, OnBand},
	} {
		if got := tt.m.Band(); got != tt.want {
			t.Errorf("%s: band %d, want %d", tt.name, got, tt.want)
		}
	}
}

// An actual of 0 achieves 0% of its target; a lower-is-better target of 0
// against an actual of 2 achieves 0% too. A target of 0 to reach leaves
// nothing to divide by, and a negative figure is not judged.
func TestAchievementWithZeros(t *testing.T) {
	for _, tt := range []struct {
		name   string
		m      Metric
		pct    float64
		wantOK bool
	}{
		{"0 of 100", Metric{Target: f(100), Actual: f(0)}, 0, true},
		{"lower is better, target 0, actual 2", Metric{LowerIsBetter: true, Target: f(0), Actual: f(2)}, 0, true},
		{"120 of 100", Metric{Target: f(100), Actual: f(120)}, 120, true},
		{"100 of a target of 0", Metric{Target: f(0), Actual: f(100)}, 0, false},
		{"a negative actual", Metric{Target: f(100), Actual: f(-1)}, 0, false},
		{"a negative target", Metric{Target: f(-1), Actual: f(100)}, 0, false},
	} {
		pct, ok := tt.m.Achievement()
		if pct != tt.pct || ok != tt.wantOK {
			t.Errorf("%s: %v%% %v, want %v%% %v", tt.name, pct, ok, tt.pct, tt.wantOK)
		}
	}
}

// YTD of the last metric of the scorecard is that metric; one past the end
// is nothing.
func TestYTDIndexEdges(t *testing.T) {
	d := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	mt := Meeting{AccountID: "a", Date: d, From: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), To: d,
		Scorecard: []Metric{{Name: T("Sales", "销售额"), Unit: "amount", Target: f(100), Actual: f(90)}}}
	if got := YTD(mt, 0, []Meeting{mt}); got.Target == nil || *got.Target != 100 || *got.Actual != 90 || got.Reviews != 1 {
		t.Errorf("YTD of metric 0: %+v, want target 100, actual 90 over 1 review", got)
	}
	if got := YTD(mt, 1, []Meeting{mt}); got.Target != nil || got.Reviews != 0 {
		t.Errorf("YTD of metric 1 of 1: %+v, want nothing", got)
	}
}
