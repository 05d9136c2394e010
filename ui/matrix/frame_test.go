package matrix

import (
	"testing"

	"github.com/kam-workbench/kam/ui/common"
)

func TestOpenPutsTheCursorOnTheAccount(t *testing.T) {
	h := caseStudy(t)
	h.Update(common.OpenMsg{Item: "cs06"})
	if got := h.cursorName(); got != "HealthPlus 康加药房" {
		t.Errorf("OpenMsg{cs06} puts the cursor on HealthPlus, not %q", got)
	}
	h.Update(common.OpenMsg{Item: "no-such-account"})
	if got := h.cursorName(); got != "HealthPlus 康加药房" {
		t.Errorf("an unknown account leaves the cursor where it was, not on %q", got)
	}
}

func TestCriterionFormAsksBeforeDroppingWhatWasTyped(t *testing.T) {
	h := caseStudy(t)
	h.Press("c", "n", "text:Data sharing", "esc")
	if h.tab.Form == nil || h.tab.Ask == nil {
		t.Fatalf("esc on a form with typing asks first: form %v, question %v", h.tab.Form != nil, h.tab.Ask != nil)
	}
	h.Press("n")
	if h.tab.Form == nil {
		t.Fatal("n keeps the form")
	}
	h.Press("esc", "y")
	if h.tab.Form != nil || h.tab.mode != modeCriteria || len(h.tab.criteria.draft.Attractiveness) != 6 {
		t.Errorf("y drops the form and nothing of it: form %v, mode %v, %d criteria",
			h.tab.Form != nil, h.tab.mode, len(h.tab.criteria.draft.Attractiveness))
	}
}

func TestGAndShiftGGoToTheEndsOfTheLegend(t *testing.T) {
	h := caseStudy(t)
	h.Press("G")
	if h.tab.cursor != h.tab.rows()-1 {
		t.Errorf("G: cursor %d of %d", h.tab.cursor, h.tab.rows())
	}
	h.Press("g")
	if h.tab.cursor != 0 {
		t.Errorf("g: cursor %d", h.tab.cursor)
	}
}
