package model

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"
)

func TestVariance(t *testing.T) {
	tests := []struct {
		name          string
		actual, basis *float64
		lower         bool
		abs, pct      float64
		pctOK         bool
		verdict       Verdict
	}{
		{"ahead", f(110), f(100), false, 10, 10, true, Ahead},
		{"behind", f(90), f(100), false, -10, -10, true, Behind},
		{"on target", f(100), f(100), false, 0, 0, true, OnTarget},
		{"lower is better, under", f(2.5), f(3), true, -0.5, -100.0 / 6, true, Ahead},
		{"lower is better, over", f(4), f(3), true, 1, 100.0 / 3, true, Behind},
		{"zero target", f(5), f(0), false, 5, 0, false, Ahead},
		{"zero target, zero actual", f(0), f(0), false, 0, 0, false, OnTarget},
		{"negative basis", f(-5), f(-10), false, 5, 50, true, Ahead},
		{"no target", f(5), nil, false, 0, 0, false, NoBasis},
		{"no actual", nil, f(5), false, 0, 0, false, NoBasis},
	}
	for _, tt := range tests {
		v := VarianceOf(tt.actual, tt.basis, tt.lower)
		if math.Abs(v.Abs-tt.abs) > 1e-9 || math.Abs(v.Pct-tt.pct) > 1e-9 || v.PctOK != tt.pctOK || v.Verdict != tt.verdict {
			t.Errorf("%s: %+v", tt.name, v)
		}
	}
	m := Metric{Actual: f(12), Target: f(10), LastYear: f(15)}
	if m.ToTarget().Verdict != Ahead || m.ToLastYear().Verdict != Behind {
		t.Error("to target and to last year")
	}
}

func TestOverdue(t *testing.T) {
	now := time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		a    Action
		want bool
	}{
		{Action{Status: ActionOpen, Due: time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC)}, true},
		{Action{Status: ActionOpen, Due: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}, false}, // due today is not late yet
		{Action{Status: ActionOpen, Due: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}, false},
		{Action{Status: ActionDone, Due: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, false},
		{Action{Status: ActionCarried, Due: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, false},
		{Action{Status: ActionOpen}, false}, // no due date
	}
	for _, tt := range tests {
		if got := tt.a.Overdue(now); got != tt.want {
			t.Errorf("Overdue(%+v) = %v", tt.a, got)
		}
	}
}

func TestNewMeetingCopiesMetricsAndLastYear(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	first := NewMeeting("a", d(2025, 10, 10), d(2025, 7, 1), d(2025, 9, 30), nil)
	if len(first.Scorecard) != 8 || first.Scorecard[4].Name.EN != "Out-of-stock rate" || !first.Scorecard[4].LowerIsBetter {
		t.Fatalf("a first review has the default metrics: %+v", first.Scorecard)
	}
	for i := range first.Scorecard {
		v := float64(100 + i)
		first.Scorecard[i].Actual = &v
		first.Scorecard[i].Target = f(99)
	}
	first.Scorecard = append(first.Scorecard, Metric{Name: T("Shelf share", ""), Unit: "percent", Actual: f(22)})
	q4 := NewMeeting("a", d(2026, 1, 15), d(2025, 10, 1), d(2025, 12, 31), []Meeting{first})
	if len(q4.Scorecard) != 9 || q4.Scorecard[8].Name.EN != "Shelf share" || q4.Scorecard[0].Target != nil || q4.Scorecard[0].Actual != nil {
		t.Errorf("metrics copied, values empty: %+v", q4.Scorecard)
	}
	if q4.Scorecard[0].LastYear != nil {
		t.Error("Q4 2025 has no Q4 2024 review: no last year")
	}
	other := first
	other.AccountID = "b"
	q3 := NewMeeting("a", d(2026, 10, 12), d(2026, 7, 1), d(2026, 9, 30), []Meeting{first, q4, other})
	if q3.Scorecard[0].LastYear == nil || *q3.Scorecard[0].LastYear != 100 || q3.Scorecard[8].LastYear == nil || *q3.Scorecard[8].LastYear != 22 {
		t.Errorf("Q3 2026 takes Q3 2025's actuals as last year: %+v", q3.Scorecard)
	}
}

func TestCarryActions(t *testing.T) {
	prev := Meeting{Actions: []Action{
		{ID: "1", What: "Send data", Status: ActionOpen},
		{ID: "2", What: "Fix out-of-stocks", Status: ActionOpen},
		{ID: "3", What: "Plan leaflet", Status: ActionOpen},
		{ID: "4", What: "Old one", Status: ActionDone},
	}}
	updated, carried := CarryActions(prev, map[string]Carry{"1": CarryDone, "2": CarryDrop})
	if len(carried) != 1 || carried[0].ID != "3" || carried[0].Status != ActionOpen {
		t.Errorf("carried: %+v", carried)
	}
	want := []ActionStatus{ActionDone, ActionDropped, ActionCarried, ActionDone}
	for i, a := range updated.Actions {
		if a.Status != want[i] {
			t.Errorf("action %s: %s, want %s", a.ID, a.Status, want[i])
		}
	}
	if prev.Actions[0].Status != ActionOpen {
		t.Error("the meeting passed in must not change")
	}
}

func TestCheckMeeting(t *testing.T) {
	d := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	ok := Meeting{AccountID: "a", Date: d, From: d.AddDate(0, -3, 0), To: d, Scorecard: DefaultMetrics(),
		Actions: []Action{{ID: "1", What: "Send data", Side: "ours", Status: ActionOpen, Due: d}}}
	checkErr(t, "CheckMeeting", "ok", CheckMeeting(ok), "")
	tests := []struct {
		name    string
		change  func(*Meeting)
		wantErr string
	}{
		{"no date", func(m *Meeting) { m.Date = time.Time{} }, "needs a date"},
		{"period backwards", func(m *Meeting) { m.To = m.From.AddDate(0, 0, -1) }, "ends before it starts"},
		{"unnamed metric", func(m *Meeting) { m.Scorecard[0].Name = Text{} }, "metric needs a name"},
		{"action without what", func(m *Meeting) { m.Actions[0].What = " " }, "what is to be done"},
		{"action without side", func(m *Meeting) { m.Actions[0].Side = "" }, "ours or theirs"},
	}
	for _, tt := range tests {
		m := ok
		m.Scorecard = DefaultMetrics()
		m.Actions = append([]Action(nil), ok.Actions...)
		tt.change(&m)
		checkErr(t, "CheckMeeting", tt.name, CheckMeeting(m), tt.wantErr)
	}
	m := ok
	m.Scorecard = []Metric{{Name: T("a", "b"), Unit: "percent", Target: f(10), Actual: f(12)}, {Name: T("c", "d"), Unit: "percent", Target: f(10), Actual: f(8)}, {Name: T("e", "f"), Unit: "percent"}}
	if good, judged := m.OnTarget(); good != 1 || judged != 2 {
		t.Errorf("on target %d of %d", good, judged)
	}
}

func TestNextPeriod(t *testing.T) {
	d := func(s string) time.Time { v, _ := time.Parse(DateLayout, s); return v }
	today := d("2026-11-20")
	meet := func(from, to string) Meeting {
		return Meeting{AccountID: "a", Date: d(to).AddDate(0, 0, 14), From: d(from), To: d(to)}
	}
	tests := []struct {
		name     string
		meetings []Meeting
		from, to string
	}{
		{"none: the last full quarter", nil, "2026-07-01", "2026-09-30"},
		{"after a quarter, the next", []Meeting{meet("2026-04-01", "2026-06-30"), meet("2026-07-01", "2026-09-30")}, "2026-10-01", "2026-12-31"},
		{"the latest period, whatever the order", []Meeting{meet("2026-07-01", "2026-09-30"), meet("2025-07-01", "2025-09-30")}, "2026-10-01", "2026-12-31"},
		{"a month", []Meeting{meet("2026-01-01", "2026-01-31")}, "2026-02-01", "2026-02-28"},
		{"half a year", []Meeting{meet("2025-07-01", "2025-12-31")}, "2026-01-01", "2026-06-30"},
		{"days, not months", []Meeting{meet("2026-03-10", "2026-03-23")}, "2026-03-24", "2026-04-06"},
		{"another account's does not count", []Meeting{{AccountID: "b", From: d("2026-01-01"), To: d("2026-01-31")}}, "2026-07-01", "2026-09-30"},
	}
	for _, tt := range tests {
		from, to := NextPeriod("a", today, tt.meetings)
		if from.Format(DateLayout) != tt.from || to.Format(DateLayout) != tt.to {
			t.Errorf("%s: %s – %s, want %s – %s", tt.name, from.Format(DateLayout), to.Format(DateLayout), tt.from, tt.to)
		}
	}
}

func TestLastYearsMeeting(t *testing.T) {
	d := func(s string) time.Time { v, _ := time.Parse(DateLayout, s); return v }
	ms := []Meeting{
		{ID: "q3-25", AccountID: "a", From: d("2025-07-01"), To: d("2025-09-30")},
		{ID: "feb-27", AccountID: "a", From: d("2027-02-01"), To: d("2027-02-28")},
	}
	if m, ok := LastYearsMeeting("a", d("2026-07-01"), d("2026-09-30"), ms); !ok || m.ID != "q3-25" {
		t.Errorf("Q3 2026 compares with Q3 2025: %v %v", m.ID, ok)
	}
	if _, ok := LastYearsMeeting("b", d("2026-07-01"), d("2026-09-30"), ms); ok {
		t.Error("another account")
	}
	if m, ok := LastYearsMeeting("a", d("2028-02-01"), d("2028-02-29"), ms); !ok || m.ID != "feb-27" {
		t.Errorf("February of a leap year compares with last February: %v", ok)
	}
}

func TestCheckActionDue(t *testing.T) {
	d := func(s string) time.Time { v, _ := time.Parse(DateLayout, s); return v }
	meeting := d("2026-10-14")
	for _, ok := range []string{"2026-10-14", "2026-10-15", ""} {
		if err := CheckActionDue(d(ok), meeting); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	err := CheckActionDue(d("2026-10-13"), meeting)
	var inv *Invalid
	if !errors.As(err, &inv) || !strings.Contains(inv.Msg.EN, "before the meeting of 2026-10-14") || !strings.Contains(inv.Msg.ZH, "早于会议日期 2026-10-14") {
		t.Errorf("a day early: %v", err)
	}
}
