package review

import (
	"regexp"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/ui/common"
)

// Today sends "meetingID/actionID": the meeting opens with the cursor on
// that action's row, in view.
func TestOpenMeetingOnAnAction(t *testing.T) {
	h := caseStudy(t)
	h.Tab.SetSize(80, 20)
	a, _ := h.Ctx.Data.Current()
	mt := h.Ctx.Data.MeetingsOf(a.ID)[0]
	if len(mt.Actions) < 2 {
		t.Fatalf("the case study's meeting has %d actions", len(mt.Actions))
	}
	action := mt.Actions[len(mt.Actions)-1]
	h.Run(h.Update(common.OpenMsg{Item: mt.ID + "/" + action.ID}))
	if h.tab.open != mt.ID {
		t.Fatalf("the meeting is not open: %q", h.tab.open)
	}
	cursorLine := regexp.MustCompile(`(?m)^> .*$`).FindString(h.tab.View())
	if !strings.Contains(cursorLine, common.Truncate(action.What, 20)[:10]) {
		t.Errorf("the cursor is on %q, not on the action %q:\n%s", cursorLine, action.What, h.tab.View())
	}
	// The meeting alone opens at its top.
	h.Run(h.Update(common.OpenMsg{Item: mt.ID}))
	if h.tab.open != mt.ID || h.tab.rowCursor != 0 {
		t.Errorf("the meeting alone: open %q, cursor %d", h.tab.open, h.tab.rowCursor)
	}
}

// g, G, pgup and pgdn move on the meeting's sheet and in the lists.
func TestSheetAndListsPage(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter")
	a, _ := h.Ctx.Data.Current()
	mt := h.Ctx.Data.MeetingsOf(a.ID)[0]
	last := len(common.Rows(blocks, &mt)) - 1
	h.Press("G")
	if h.tab.rowCursor != last {
		t.Errorf("G on the sheet: row %d, want the last, %d", h.tab.rowCursor, last)
	}
	h.Press("g")
	if h.tab.rowCursor != 0 {
		t.Errorf("g on the sheet: row %d, want 0", h.tab.rowCursor)
	}
	h.Press("pgdown")
	if h.tab.rowCursor < 2 {
		t.Errorf("pgdn on the sheet: row %d, want a page on", h.tab.rowCursor)
	}
	h.Press("pgup")
	if h.tab.rowCursor != 0 {
		t.Errorf("pgup on the sheet: row %d, want 0", h.tab.rowCursor)
	}
	h.Press("esc", "v", "G")
	if n := len(h.tab.openActions()); h.tab.actionCursor != n-1 {
		t.Errorf("G on the open actions: row %d of %d", h.tab.actionCursor, n)
	}
	h.Press("g")
	if h.tab.actionCursor != 0 {
		t.Errorf("g on the open actions: row %d", h.tab.actionCursor)
	}
}
