package prepare

import (
	"strings"
	"testing"
)

// A concession saved with its order left empty takes the next order, so it
// is numbered after the others rather than 0.
func TestConcessionWithoutOrderIsNext(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter", "left", "left") // Annual terms 2027, Resources to trade
	before := h.negotiation("Annual terms 2027").Concessions
	most := 0
	for _, c := range before {
		most = max(most, c.Order)
	}
	h.Press("n", "text:Two more listing fees")
	for i := 0; i < 20 && h.tab.Form != nil; i++ {
		h.Press("enter")
	}
	if h.tab.Form != nil {
		t.Fatalf("the form did not save:\n%s", h.tab.View())
	}
	after := h.negotiation("Annual terms 2027").Concessions
	if len(after) != len(before)+1 {
		t.Fatalf("%d concessions, want %d", len(after), len(before)+1)
	}
	if got := after[len(after)-1]; got.What != "Two more listing fees" || got.Order != most+1 {
		t.Errorf("saved %q with order %d, want %d", got.What, got.Order, most+1)
	}
	if v := h.tab.View(); strings.Contains(v, "0. Two more listing fees") {
		t.Errorf("listed as order 0:\n%s", v)
	}
}
