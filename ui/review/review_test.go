package review

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/uitest"
)

var now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

type harness struct {
	*uitest.Harness
	tab *Model
}

func newHarness(t *testing.T, ws model.Workspace) *harness {
	t.Helper()
	h, tab := uitest.For(t, ws, now, New)
	return &harness{Harness: h, tab: tab}
}

func caseStudy(t *testing.T) *harness { return newHarness(t, model.CaseStudy(now, model.English)) }

func (h *harness) meetingsOf(account string) []model.Meeting {
	all, err := h.Store.Meetings()
	if err != nil {
		h.T.Fatal(err)
	}
	var out []model.Meeting
	for _, m := range all {
		if m.AccountID == account {
			out = append(out, m)
		}
	}
	return out
}

func (h *harness) meeting(id string) model.Meeting {
	for _, m := range h.meetingsOf("cs01") {
		if m.ID == id {
			return m
		}
	}
	h.T.Fatalf("no meeting %s", id)
	return model.Meeting{}
}

func TestTimelineAndTitle(t *testing.T) {
	h := caseStudy(t)
	if got := h.tab.Title(); got != "Review !14" {
		t.Errorf("title %q: the overdue actions of every account", got)
	}
	v := h.tab.View()
	for _, want := range []string{"3 business reviews", "2026-10-14", "2026-07-01 – 2026-09-30", "2025-07-01 – 2025-09-30", "! 2"} {
		if !strings.Contains(v, want) {
			t.Errorf("timeline lacks %q:\n%s", want, v)
		}
	}
}

func TestMeetingSheetShowsScorecardInWords(t *testing.T) {
	h := caseStudy(t)
	h.Tab.SetSize(120, 40) // the whole scorecard on the page, above the line that says more is below
	h.Press("enter")
	v := h.tab.View()
	for _, want := range []string{"Business review 2026-10-14", "Scorecard", "Sell-in", "15,750,000", "last year 14,962,500",
		"2.6% (410K) unfavourable vs target", "2.5% (378K) favourable vs last year", "0.4 pts favourable vs target", "Out-of-stock rate"} {
		if !strings.Contains(v, want) {
			t.Errorf("sheet lacks %q:\n%s", want, v)
		}
	}
}

func TestActionsDoneAndOverdue(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter", "G")
	for range 40 {
		h.Press("down")
	}
	v := h.tab.View()
	if !strings.Contains(v, "! overdue") || !strings.Contains(v, "Agree the promotion calendar") {
		t.Fatalf("actions:\n%s", v)
	}
	h.Press("x")
	m := h.meeting("cs01-r3")
	if m.Actions[3].Status != model.ActionDone {
		t.Errorf("x marks done: %+v", m.Actions[3])
	}
	h.Press("x")
	if h.meeting("cs01-r3").Actions[3].Status != model.ActionOpen {
		t.Error("x again opens it")
	}
}

func TestNewMeetingCarriesActionsOver(t *testing.T) {
	h := caseStudy(t)
	h.Press("n", "ctrl+u", "text:2026-11-19", "enter", "ctrl+u", "text:2026-10-01", "enter", "ctrl+u", "text:2026-12-31", "enter")
	if h.tab.carry == nil {
		t.Fatalf("the previous meeting's open actions come first:\n%s", h.tab.View())
	}
	v := h.tab.View()
	if !strings.Contains(v, "Open actions of the meeting of 2026-10-14") || !strings.Contains(v, "[carry over]") {
		t.Errorf("carry-over:\n%s", v)
	}
	h.Press("space", "down", "space", "space", "enter") // the first done, the second dropped, the third carried
	ms := h.meetingsOf("cs01")
	if len(ms) != 4 {
		t.Fatalf("%d meetings", len(ms))
	}
	var next, prev model.Meeting
	for _, m := range ms {
		switch m.ID {
		case "cs01-r3":
			prev = m
		case "cs01-r1", "cs01-r2":
		default:
			next = m
		}
	}
	if len(next.Actions) != 1 || next.Actions[0].What != "Agree the promotion calendar" || next.Actions[0].Status != model.ActionOpen {
		t.Errorf("carried: %+v", next.Actions)
	}
	wants := []model.ActionStatus{model.ActionDone, model.ActionDone, model.ActionDropped, model.ActionCarried}
	for i, a := range prev.Actions {
		if a.Status != wants[i] {
			t.Errorf("previous action %d: %s, want %s", i, a.Status, wants[i])
		}
	}
	if len(next.Scorecard) != 8 || next.Scorecard[0].Target != nil || next.Scorecard[0].LastYear != nil {
		t.Errorf("scorecard copied empty (Q4 2025 was not reviewed): %+v", next.Scorecard[0])
	}
	if !strings.Contains(h.Status, "; 1 action carried over.") {
		t.Errorf("status %q", h.Status)
	}
}

func TestFillTheScorecard(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter")
	// Row 0 is the header, then 2 + 2 attendees, the objectives, then the scorecard.
	for range 6 {
		h.Press("down")
	}
	h.Press("enter", "enter", "enter", "enter", "ctrl+u", "text:16,000,000", "enter", "ctrl+u", "text:16,400,000", "enter", "enter", "enter")
	x := h.meeting("cs01-r3").Scorecard[0]
	if *x.Target != 16_000_000 || *x.Actual != 16_400_000 || x.ToTarget().Verdict != model.Ahead {
		t.Fatalf("metric %+v", x)
	}
	if !strings.Contains(h.tab.View(), "2.5% (400K) favourable vs target") {
		t.Errorf("view:\n%s", h.tab.View())
	}
	// A metric of our own, added with n, target only.
	h.Press("n", "text:Shelf share", "enter", "right", "enter", "enter", "text:25", "enter", "enter", "enter", "enter")
	card := h.meeting("cs01-r3").Scorecard
	last := card[len(card)-1]
	if last.Name.EN != "Shelf share" || last.Unit != "units" || *last.Target != 25 || last.Actual != nil {
		t.Errorf("new metric %+v", last)
	}
	if v := h.tab.View(); !strings.Contains(v, "no actual yet") || strings.Contains(v, "no target to compare") {
		t.Errorf("a missing actual says so, not that the target is missing:\n%s", v)
	}
	h.Press("e", "enter", "enter", "enter", "enter", "text:x", "enter") // the cursor is on the new metric: its actual
	if !strings.Contains(h.tab.View(), `"x" is not a number`) {
		t.Errorf("a bad figure is refused at the field:\n%s", h.tab.View())
	}
}

func TestDraftKeptWhenLeavingAForm(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter", "down", "down", "down", "down", "down") // the objectives
	h.Press("enter", "text:Agree the Q1 plan ")
	h.Press("esc")
	if h.tab.Form != nil || len(h.tab.drafts) != 1 {
		t.Fatalf("esc keeps a draft and closes the form: form %v, drafts %d", h.tab.Form != nil, len(h.tab.drafts))
	}
	if !strings.Contains(h.Status, "Draft kept") || !strings.Contains(h.tab.View(), "(draft kept: e resumes)") {
		t.Errorf("the draft shows:\n%s", h.tab.View())
	}
	// Away and back: the Buyer tab, say, then this row again.
	h.Press("esc", "enter", "down", "down", "down", "down", "down", "enter")
	if h.tab.Form == nil || !strings.Contains(h.tab.View(), "Agree the Q1 plan") {
		t.Fatalf("the draft resumes:\n%s", h.tab.View())
	}
	h.Press("enter") // the last field: enter saves
	if got := h.meeting("cs01-r3").Objectives; !strings.HasSuffix(got, "next one.Agree the Q1 plan") {
		t.Errorf("objectives %q", got)
	}
	if len(h.tab.drafts) != 0 {
		t.Error("a saved draft is gone")
	}
}

func TestOpenActionsAcrossAccounts(t *testing.T) {
	h := caseStudy(t)
	h.Press("v")
	v := h.tab.View()
	if !strings.Contains(v, "24 open actions") || !strings.Contains(v, "14 overdue") {
		t.Fatalf("actions view:\n%s", v)
	}
	list := h.tab.openActions()
	for i := 1; i < len(list); i++ {
		if list[i].action.Due.Before(list[i-1].action.Due) {
			t.Fatal("sorted by due date")
		}
	}
	if !list[0].action.Overdue(now) {
		t.Error("overdue first")
	}
	h.Press("o")
	for _, oa := range h.tab.openActions() {
		if oa.action.Side != "ours" {
			t.Fatal("o: ours only")
		}
	}
	h.Press("o", "/", "text:valuedepot", "enter")
	for _, oa := range h.tab.openActions() {
		if oa.account.ID != "cs10" || oa.action.Side != "theirs" {
			t.Fatalf("filtered: %+v", oa)
		}
	}
	h.Press("esc")
	if h.tab.side != "" || h.tab.filter.Value() != "" {
		t.Error("esc clears the filters")
	}
	h.Press("x")
	if h.Ctx.Data.Overdue("", now) != 13 {
		t.Errorf("x marked the first overdue action done: %d left", h.Ctx.Data.Overdue("", now))
	}
	first := h.tab.openActions()[0]
	h.Press("enter")
	if h.Selected != first.account.ID || h.tab.open != first.meeting.ID || h.tab.view != viewTimeline {
		t.Errorf("enter opens the meeting: selected %q open %q", h.Selected, h.tab.open)
	}
}

func TestDeleteAndUndoMeeting(t *testing.T) {
	h := caseStudy(t)
	h.Press("d", "y")
	if len(h.meetingsOf("cs01")) != 2 {
		t.Fatal("d, y deletes")
	}
	h.Press("u")
	if len(h.meetingsOf("cs01")) != 3 {
		t.Error("u brings it back")
	}
}

func TestChinese(t *testing.T) {
	h := caseStudy(t)
	h.SetLang(model.Chinese)
	h.Press("enter")
	v := h.tab.View()
	for _, want := range []string{"业务回顾 2026-10-14", "记分卡", "较目标不利", "较去年有利"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
}

func TestOpenShowsTheMeetingGoneTo(t *testing.T) {
	h := caseStudy(t)
	a, _ := h.tab.Ctx.Data.Current()
	ms := h.tab.Ctx.Data.MeetingsOf(a.ID)
	if len(ms) < 2 {
		t.Fatal("the current account of the case study should have meetings")
	}
	want := ms[len(ms)-1]
	h.Press("v") // on the open actions: the meeting still opens
	h.Run(h.Update(common.OpenMsg{Item: want.ID}))
	if h.tab.open != want.ID || h.tab.view != viewTimeline {
		t.Errorf("OpenMsg with a meeting should open its sheet: open %q view %d", h.tab.open, h.tab.view)
	}
	h.Run(h.Update(common.OpenMsg{Item: "gone"}))
	if h.tab.open != "" {
		t.Errorf("OpenMsg with something not there shows the meetings")
	}
}

func TestScorecardAmountsSayTheCurrency(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	ws.Settings.Currency = "EUR"
	h := newHarness(t, ws)
	h.Press("enter") // the latest meeting of the current account
	v := h.tab.View()
	if !regexp.MustCompile(`Sell-in\s+€`).MatchString(v) {
		t.Errorf("an amount metric should name the workspace currency:\n%s", v)
	}
	if regexp.MustCompile(`Value share\s+€`).MatchString(v) {
		t.Errorf("a percent metric is not in a currency:\n%s", v)
	}
}
