package buyer

import "testing"

// G, g, pgdn and pgup move the checklist's cursor, so space then changes
// the row the cursor is shown on.
func TestChecklistMovesByPageAndToTheEnds(t *testing.T) {
	h := onAccount(t, "cs01")
	a, _ := h.Ctx.Data.Current()
	n := len(h.tab.visibleItems(a))
	h.Press("G")
	if h.tab.itemCursor != n-1 {
		t.Fatalf("G: row %d, want the last, %d", h.tab.itemCursor, n-1)
	}
	last := h.tab.visibleItems(a)[n-1]
	before := h.answer(a.ID, last.ID).Status
	h.Press("space")
	if after := h.answer(a.ID, last.ID).Status; after == before {
		t.Errorf("space after G left the last item %q at %v", last.ID, after)
	}
	h.Press("g")
	if h.tab.itemCursor != 0 {
		t.Errorf("g: row %d", h.tab.itemCursor)
	}
	h.Press("pgdown")
	if h.tab.itemCursor < 2 {
		t.Errorf("pgdn: row %d, want a page on", h.tab.itemCursor)
	}
	h.Press("pgup")
	if h.tab.itemCursor != 0 {
		t.Errorf("pgup: row %d", h.tab.itemCursor)
	}
	h.Press("I", "G")
	if got := h.tab.itemsCursor; got != len(h.Ctx.Data.Checklist)-1 {
		t.Errorf("G on the checklist items: row %d of %d", got, len(h.Ctx.Data.Checklist))
	}
}
