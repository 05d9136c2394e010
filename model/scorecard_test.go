package model

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestScorecardBand(t *testing.T) {
	sellIn := func(target, actual float64) Metric {
		return Metric{Unit: "amount", Target: f(target), Actual: f(actual)}
	}
	share := func(target, actual float64) Metric {
		return Metric{Unit: "percent", Target: f(target), Actual: f(actual)}
	}
	outOfStock := func(target, actual float64) Metric {
		return Metric{Unit: "percent", LowerIsBetter: true, Target: f(target), Actual: f(actual)}
	}
	tests := []struct {
		name string
		m    Metric
		want Band
	}{
		{"sell-in 1,200,000 of 1,000,000", sellIn(1_000_000, 1_200_000), OnBand},
		{"sell-in exactly on target", sellIn(1_000_000, 1_000_000), OnBand},
		{"sell-in 950,000 of 1,000,000: 50,000 short is exactly the 5% band", sellIn(1_000_000, 950_000), NearBand},
		{"sell-in 949,999 of 1,000,000: a unit past the band", sellIn(1_000_000, 949_999), OffBand},
		{"share 14% against 15%: a point short", share(15, 14), NearBand},
		{"share 13.9% against 15%: 1.1 points short", share(15, 13.9), OffBand},
		{"out-of-stocks 2.4% against 3%: lower is better", outOfStock(3, 2.4), OnBand},
		{"out-of-stocks 4% against 3%: a point over", outOfStock(3, 4), NearBand},
		{"out-of-stocks 4.1% against 3%", outOfStock(3, 4.1), OffBand},
		{"no actual", Metric{Unit: "amount", Target: f(10)}, NoBand},
		{"no target", Metric{Unit: "amount", Actual: f(10)}, NoBand},
	}
	for _, tt := range tests {
		if got := tt.m.Band(); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	// A tolerance of its own: 10% of 1,000,000 is 100,000.
	m := sellIn(1_000_000, 900_000)
	m.Tolerance = f(10)
	if m.ToleranceInUnit() != 100_000 || m.Band() != NearBand {
		t.Errorf("a 10%% band: %v in unit, %v", m.ToleranceInUnit(), m.Band())
	}
	m.Tolerance = f(0) // no band: anything short is off
	if m.Band() != OffBand {
		t.Errorf("a zero band: %v", m.Band())
	}
	if d := (Metric{Unit: "percent"}).ToleranceOrDefault(); d != 1 {
		t.Errorf("a %% metric's default band is %v points, want 1", d)
	}
	if d := (Metric{Unit: "days", Target: f(60)}).ToleranceInUnit(); d != 3 {
		t.Errorf("5%% of 60 days is 3 days, got %v", d)
	}
}

func TestAchievementRate(t *testing.T) {
	tests := []struct {
		name string
		m    Metric
		want float64
		ok   bool
	}{
		{"950,000 of 1,000,000", Metric{Target: f(1_000_000), Actual: f(950_000)}, 95, true},
		{"1,150,000 of 1,000,000", Metric{Target: f(1_000_000), Actual: f(1_150_000)}, 115, true},
		{"out-of-stocks 2.4% against 3%: 3 ÷ 2.4", Metric{LowerIsBetter: true, Target: f(3), Actual: f(2.4)}, 125, true},
		{"trade spend 104% of budget against 100%: 100 ÷ 104", Metric{LowerIsBetter: true, Target: f(100), Actual: f(104)}, 100.0 / 1.04, true},
		{"no out-of-stocks at all", Metric{LowerIsBetter: true, Target: f(3), Actual: f(0)}, 0, false},
		{"a zero target", Metric{Target: f(0), Actual: f(5)}, 0, false},
		{"a negative target", Metric{Target: f(-5), Actual: f(5)}, 0, false},
		{"a negative actual", Metric{Target: f(5), Actual: f(-1)}, 0, false},
		{"no actual", Metric{Target: f(5)}, 0, false},
	}
	for _, tt := range tests {
		got, ok := tt.m.Achievement()
		if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: %v %v, want %v %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFavourableReadsTheSameBothWays(t *testing.T) {
	// Out-of-stocks down from 3% to 2.4% and sell-in up are both in our favour.
	if !VarianceOf(f(2.4), f(3), true).Favourable() || !VarianceOf(f(110), f(100), false).Favourable() {
		t.Error("lower out-of-stocks and higher sell-in are favourable")
	}
	if VarianceOf(f(104), f(100), true).Favourable() || VarianceOf(f(90), f(100), false).Favourable() {
		t.Error("spend over budget and sell-in short are unfavourable")
	}
	if VarianceOf(f(100), f(100), false).Favourable() {
		t.Error("level is neither")
	}
}

func TestYearToDate(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	review := func(id, account string, from, to time.Time, metrics ...Metric) Meeting {
		return Meeting{ID: id, AccountID: account, Date: to.AddDate(0, 0, 14), From: from, To: to, Scorecard: metrics}
	}
	sell := func(target, actual float64) Metric {
		return Metric{Name: T("Sell-in", "进货额"), Unit: "amount", Target: f(target), Actual: f(actual)}
	}
	share := func(target, actual float64) Metric {
		return Metric{Name: T("Value share", "市场份额（金额）"), Unit: "percent", Target: f(target), Actual: f(actual)}
	}
	lastQ4 := review("q0", "a", d(2025, 10, 1), d(2025, 12, 31), sell(500, 500), share(20, 20))
	q1 := review("q1", "a", d(2026, 1, 1), d(2026, 3, 31), sell(100, 90), share(15, 14))
	q2 := review("q2", "a", d(2026, 4, 1), d(2026, 6, 30), sell(120, 130), share(16, 16))
	q2again := review("q2b", "a", d(2026, 4, 1), d(2026, 6, 30), sell(999, 999), share(99, 99))
	q2again.Date = q2.Date.AddDate(0, 0, -7) // an earlier review of the same quarter
	q3 := review("q3", "a", d(2026, 7, 1), d(2026, 9, 30), sell(110, 100), share(17, 18))
	q4 := review("q4", "a", d(2026, 10, 1), d(2026, 12, 31), sell(1000, 1000), share(30, 30))
	other := review("x", "b", d(2026, 4, 1), d(2026, 6, 30), sell(7, 7), share(7, 7))
	all := []Meeting{lastQ4, q1, q2again, q2, q3, q4, other}

	// Sell-in adds up: targets 100 + 120 + 110 = 330, actuals 90 + 130 + 100 = 320.
	ytd := YTD(q3, 0, all)
	if ytd.Reviews != 3 || *ytd.Target != 330 || *ytd.Actual != 320 || !ytd.SummedOverYear() {
		t.Fatalf("sell-in to Q3: %d reviews, %v of %v", ytd.Reviews, *ytd.Actual, *ytd.Target)
	}
	if pct, _ := ytd.Achievement(); math.Abs(pct-320.0/330*100) > 1e-9 {
		t.Errorf("achievement to Q3: %v, want 96.97", pct)
	}
	if ytd.Band() != NearBand { // 10 short of 330; the band is 5% of 330 = 16.5
		t.Errorf("band to Q3: %v", ytd.Band())
	}
	// Share is averaged: targets (15 + 16 + 17) / 3 = 16, actuals (14 + 16 + 18) / 3 = 16.
	ytd = YTD(q3, 1, all)
	if ytd.Reviews != 3 || *ytd.Target != 16 || *ytd.Actual != 16 || ytd.SummedOverYear() {
		t.Errorf("share to Q3: %d reviews, %v of %v", ytd.Reviews, *ytd.Actual, *ytd.Target)
	}
	// The first quarter of the year is the year to date; last year's Q4 is not in it.
	if ytd := YTD(q1, 0, all); ytd.Reviews != 1 || *ytd.Actual != 90 {
		t.Errorf("Q1: %d reviews, %v", ytd.Reviews, *ytd.Actual)
	}
	// A review without the metric's actual is left out of the year.
	q2.Scorecard = []Metric{sell(120, 0), share(16, 16)}
	q2.Scorecard[0].Actual = nil
	if ytd := YTD(q3, 0, []Meeting{q1, q2, q3}); ytd.Reviews != 2 || *ytd.Target != 210 || *ytd.Actual != 190 {
		t.Errorf("Q2 without an actual: %d reviews, %v of %v", ytd.Reviews, *ytd.Actual, *ytd.Target)
	}
	// Another account's Q2 is not this account's year.
	if ytd := YTD(q3, 0, []Meeting{q1, other, q3}); ytd.Reviews != 2 || *ytd.Actual != 190 {
		t.Errorf("another account's Q2: %d reviews, %v", ytd.Reviews, *ytd.Actual)
	}
	// The meeting as stored, before its period was moved to Q3, is not a review of its own.
	stored := q3
	stored.From, stored.To = d(2026, 4, 1), d(2026, 6, 30)
	if ytd := YTD(q3, 0, []Meeting{q1, stored}); ytd.Reviews != 2 || *ytd.Actual != 190 {
		t.Errorf("the meeting's own stored copy: %d reviews, %v", ytd.Reviews, *ytd.Actual)
	}
	// A period ending on the day Q3 starts overlaps it by that day: it is not counted.
	overlapping := review("o", "a", d(2026, 4, 1), d(2026, 7, 1), sell(50, 50))
	if ytd := YTD(q3, 0, []Meeting{overlapping, q3}); ytd.Reviews != 1 || *ytd.Actual != 100 {
		t.Errorf("an overlapping period: %d reviews, %v", ytd.Reviews, *ytd.Actual)
	}
	if ytd := YTD(Meeting{Scorecard: []Metric{sell(1, 1)}}, 0, all); ytd.Reviews != 0 {
		t.Error("a meeting without a period has no year to date")
	}
	if ytd := YTD(q3, 5, all); ytd.Reviews != 0 {
		t.Error("no such metric")
	}
}

func TestNewMeetingCarriesTheTolerance(t *testing.T) {
	d := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC)
	prev := Meeting{AccountID: "a", Date: d, Scorecard: []Metric{{Name: T("Sell-in", ""), Unit: "amount", Tolerance: f(8), Target: f(1)}}}
	next := NewMeeting("a", d.AddDate(0, 3, 0), time.Time{}, time.Time{}, []Meeting{prev})
	if next.Scorecard[0].Tolerance == nil || *next.Scorecard[0].Tolerance != 8 || next.Scorecard[0].Target != nil {
		t.Errorf("the band carries on, the figures do not: %+v", next.Scorecard[0])
	}
	*next.Scorecard[0].Tolerance = 3
	if *prev.Scorecard[0].Tolerance != 8 {
		t.Error("the new meeting shares the old one's tolerance")
	}
	c := prev.Clone()
	*c.Scorecard[0].Tolerance = 2
	if *prev.Scorecard[0].Tolerance != 8 {
		t.Error("Clone shares the tolerance")
	}
}

func TestCheckMeetingBounds(t *testing.T) {
	d := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	base := func() Meeting {
		return Meeting{AccountID: "a", Date: d, Scorecard: []Metric{{Name: T("Sell-in", ""), Unit: "amount"}},
			Actions: []Action{{ID: "1", What: "Send data", Side: "ours", Status: ActionOpen}}}
	}
	tests := []struct {
		name    string
		change  func(*Meeting)
		wantErr string
	}{
		{"a tolerance of 0", func(m *Meeting) { m.Scorecard[0].Tolerance = f(0) }, ""},
		{"a tolerance of 100", func(m *Meeting) { m.Scorecard[0].Tolerance = f(100) }, ""},
		{"a tolerance of 100.1", func(m *Meeting) { m.Scorecard[0].Tolerance = f(100.1) }, "tolerance"},
		{"a tolerance of -0.1", func(m *Meeting) { m.Scorecard[0].Tolerance = f(-0.1) }, "tolerance"},
		{"a tolerance that is not a number", func(m *Meeting) { m.Scorecard[0].Tolerance = f(math.NaN()) }, "tolerance"},
		{"a bad action status", func(m *Meeting) { m.Actions[0].Status = "finished" }, "pick open, done or dropped"},
		{"no action status", func(m *Meeting) { m.Actions[0].Status = "" }, "pick open, done or dropped"},
		{"carried over is a status", func(m *Meeting) { m.Actions[0].Status = ActionCarried }, ""},
		{"a bad unit", func(m *Meeting) { m.Scorecard[0].Unit = "kg" }, "pick a unit"},
		{"objectives of 4,000 characters", func(m *Meeting) { m.Objectives = strings.Repeat("目", 4000) }, ""},
		{"objectives of 4,001 characters", func(m *Meeting) { m.Objectives = strings.Repeat("目", 4001) }, "at most 4000 characters; this one has 4001"},
		{"no account", func(m *Meeting) { m.AccountID = "" }, "belongs to an account"},
	}
	for _, tt := range tests {
		m := base()
		tt.change(&m)
		checkErr(t, "CheckMeeting", tt.name, CheckMeeting(m), tt.wantErr)
	}
}
