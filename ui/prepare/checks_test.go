package prepare

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// newSheet starts a negotiation meeting on date and opens its worksheet.
func newSheet(h *harness, title, date string) {
	h.Press("n", "text:"+title, "enter", "text:"+date, "enter", "ctrl+u", "text:2027", "enter")
	// The list puts the latest meeting first.
	h.Press("enter")
}

func TestBlankEstimateIsUnknown(t *testing.T) {
	h := caseStudy(t)
	newSheet(h, "Mid-year review", "2027-07-01")
	h.Press("right", "right", "n", "text:Invoice discount", "enter", "enter", "enter",
		"ctrl+u", "text:5", "enter", "ctrl+u", "text:5.5", "enter", "ctrl+u", "text:6", "enter",
		"enter", "enter", "enter") // theirs left blank
	is := h.negotiation("Mid-year review").Issues[0]
	if is.Known(model.EstTheirOpen) || is.Known(model.EstTheirTarget) || is.Known(model.EstTheirWalk) {
		t.Fatalf("blank estimates are unknown: %+v", is)
	}
	v := h.tab.View()
	for _, want := range []string{"theirs ? / ? / ?", "zone of agreement unknown"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "no zone of agreement") || strings.Contains(v, "No zone of agreement") {
		t.Errorf("no zone is drawn from unknowns:\n%s", v)
	}
	// Their walk-away estimated later: the zone appears; the form showed the others blank.
	h.Press("enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "text:5.8", "enter")
	is = h.negotiation("Mid-year review").Issues[0]
	if !is.Known(model.EstTheirWalk) || is.TheirWalk != 5.8 || is.Known(model.EstTheirOpen) {
		t.Fatalf("after editing: %+v", is)
	}
	if v := h.tab.View(); !strings.Contains(v, "zone of agreement 5.8 to 6") || !strings.Contains(v, "theirs ? / ? / 5.8") {
		t.Errorf("the zone is drawn once their walk-away is known:\n%s", v)
	}
}

func TestPositionsOutOfOrderRefusedAtTheField(t *testing.T) {
	h := caseStudy(t)
	newSheet(h, "Mid-year review", "2027-07-01")
	// A discount we give: lower is better; a target of 7 is beyond our walk-away of 6.
	h.Press("right", "right", "n", "text:Invoice discount", "enter", "enter", "enter",
		"ctrl+u", "text:5", "enter", "ctrl+u", "text:7", "enter", "ctrl+u", "text:6", "enter")
	if v := h.tab.View(); !strings.Contains(v, "our target (7) must lie between our opening (5) and our walk-away (6)") {
		t.Fatalf("our walk-away's field refuses the order:\n%s", v)
	}
	// Put right, then theirs rising where they should fall: 6 → 7 → 8.
	h.Press("shift+tab", "ctrl+u", "text:5.5", "enter", "enter",
		"text:6", "enter", "text:7", "enter", "text:8", "enter")
	if v := h.tab.View(); !strings.Contains(v, "their opening, target and walk-away must not rise") {
		t.Fatalf("their walk-away's field refuses theirs:\n%s", v)
	}
	if n := h.negotiation("Mid-year review"); len(n.Issues) != 0 {
		t.Fatalf("nothing is saved out of order: %+v", n.Issues)
	}
	h.Press("shift+tab", "shift+tab", "ctrl+u", "text:8", "enter", "ctrl+u", "text:7", "enter", "ctrl+u", "text:6", "enter")
	n := h.negotiation("Mid-year review")
	if len(n.Issues) != 1 || n.Issues[0].OurTarget != 5.5 || n.Issues[0].TheirOpen != 8 || n.Issues[0].TheirWalk != 6 {
		t.Fatalf("in order, it is saved: %+v", n.Issues)
	}
}

func TestConcludeBeforeTheMeetingSaysSo(t *testing.T) {
	h := caseStudy(t)
	h.Press("x") // Annual terms 2027, meeting 2027-03-10, today 2026-11-20
	if v := h.tab.View(); h.tab.Ask == nil || !strings.Contains(v, "The meeting is on 2027-03-10, still ahead.") {
		t.Fatalf("x before the meeting says so:\n%s", v)
	}
	h.Press("n")
	if h.negotiation("Annual terms 2027").Status == model.Concluded {
		t.Error("n leaves it as it was")
	}
	// A meeting in the past is asked about as before.
	h.Press("n", "text:Last week", "enter", "text:2026-11-13", "enter", "ctrl+u", "text:2027", "enter")
	h.Press("down", "x") // second: after March 2027
	if !strings.Contains(h.tab.View(), "Last week") {
		t.Fatal("the question names it")
	}
	if v := h.tab.View(); strings.Contains(v, "still ahead") || !strings.Contains(v, "the meeting took place?") {
		t.Errorf("a past meeting:\n%s", v)
	}
}

func TestHalfFilledSectionHasItsOwnMark(t *testing.T) {
	h := caseStudy(t)
	newSheet(h, "Mid-year review", "2027-07-01")
	h.Press("n", "text:Keep the shelf", "enter", "right", "right", "enter", "enter", "enter") // one objective, a Like only
	n := h.negotiation("Mid-year review")
	if len(n.Objectives) != 1 || n.Objectives[0].Priority != "like" {
		t.Fatalf("objectives %+v", n.Objectives)
	}
	v := h.tab.View()
	for _, want := range []string{"P~ R- E- P- A- R- E-", "+ filled  ~ begun  - empty"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
	h.Press("esc")
	if v := h.tab.View(); !strings.Contains(v, "P~ R- E- P- A- R- E-") {
		t.Errorf("the list marks it too:\n%s", v)
	}
}
