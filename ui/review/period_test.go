package review

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// newMeeting is the meeting n added to MegaMart: the one not in the case study.
func (h *harness) newMeeting() model.Meeting {
	for _, m := range h.meetingsOf("cs01") {
		if !strings.HasPrefix(m.ID, "cs01-r") {
			return m
		}
	}
	h.T.Fatal("no new meeting")
	return model.Meeting{}
}

// A new meeting proposes the period after the last one reviewed: MegaMart's
// last is Q3 2026, so Q4 2026, not Q3 again.
func TestNewMeetingProposesTheNextPeriod(t *testing.T) {
	h := caseStudy(t)
	h.Press("n")
	if v := h.tab.View(); !strings.Contains(v, "2026-10-01") || !strings.Contains(v, "2026-12-31") || !strings.Contains(v, "the one after the last reviewed") {
		t.Errorf("the form proposes Q4 2026:\n%s", v)
	}
	h.Press("enter", "enter", "enter", "enter") // the proposal as it is, then carry every open action over
	m := h.newMeeting()
	if m.From.Format(model.DateLayout) != "2026-10-01" || m.To.Format(model.DateLayout) != "2026-12-31" {
		t.Errorf("period %s – %s", m.From.Format(model.DateLayout), m.To.Format(model.DateLayout))
	}
}

// With Q3 2026 not reviewed yet, the proposal is Q3 2026, and last year's
// actuals come from the review of Q3 2025.
func TestNewMeetingFillsLastYearsActuals(t *testing.T) {
	h := caseStudy(t)
	h.Press("d", "y") // the review of Q3 2026
	h.Press("n")
	if v := h.tab.View(); !strings.Contains(v, "2026-07-01") || !strings.Contains(v, "2026-09-30") {
		t.Fatalf("the form proposes Q3 2026:\n%s", v)
	}
	h.Press("enter", "enter", "enter", "enter")
	m := h.newMeeting()
	ly := h.meeting("cs01-r1")
	if m.Scorecard[0].LastYear == nil || *m.Scorecard[0].LastYear != *ly.Scorecard[0].Actual {
		t.Errorf("last year's sell-in: %v, want %v", m.Scorecard[0].LastYear, *ly.Scorecard[0].Actual)
	}
	if m.Scorecard[0].Actual != nil || m.Scorecard[0].Target != nil {
		t.Error("this year's figures start empty")
	}
}

// A metric with a target but no actual says the actual is missing, in
// both languages, rather than that there is nothing to compare with.
func TestNoActualYet(t *testing.T) {
	h := caseStudy(t)
	h.Press("n", "enter", "enter", "enter", "enter")
	m := h.newMeeting()
	h.Press("enter") // the newest meeting is at the top
	if h.tab.open != m.ID {
		t.Fatalf("opened %q, want the new meeting", h.tab.open)
	}
	v := h.tab.View()
	if !strings.Contains(v, "no actual yet") || strings.Contains(v, "no target to compare") || strings.Contains(v, "behind") {
		t.Errorf("an empty scorecard:\n%s", v)
	}
	h.SetLang(model.Chinese)
	if v := h.tab.View(); !strings.Contains(v, "尚无实际值") {
		t.Errorf("in Chinese:\n%s", v)
	}
}

// An action due before its meeting is refused at the field, and one due
// after it is saved.
func TestActionDueBeforeTheMeetingRefused(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter", "G")
	for range 40 {
		h.Press("down")
	}
	h.Press("n", "text:Send the listing file", "enter", "text:Li Wei", "enter", "enter", "ctrl+u", "text:2026-10-01", "enter")
	if v := h.tab.View(); !strings.Contains(v, "before the meeting of 2026-10-14") {
		t.Fatalf("a due date before the meeting is refused:\n%s", v)
	}
	if n := len(h.meeting("cs01-r3").Actions); n != 4 {
		t.Fatalf("nothing saved yet: %d actions", n)
	}
	h.Press("ctrl+u", "text:2026-10-28", "enter", "enter")
	acts := h.meeting("cs01-r3").Actions
	if len(acts) != 5 || acts[4].Due.Format(model.DateLayout) != "2026-10-28" {
		t.Errorf("saved: %+v", acts)
	}
}

func TestActionDueRefusedInChinese(t *testing.T) {
	h := caseStudy(t)
	h.SetLang(model.Chinese)
	h.Press("enter", "G")
	for range 40 {
		h.Press("down")
	}
	h.Press("n", "text:x", "enter", "enter", "enter", "ctrl+u", "text:2026-10-13", "enter")
	if v := h.tab.View(); !strings.Contains(v, "早于会议日期 2026-10-14") {
		t.Errorf("in Chinese:\n%s", v)
	}
}
