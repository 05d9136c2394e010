package accounts

import (
	"testing"
)

// TestAltDAtTheEndOfTheFilter is issue 10, finding 4, in kam's own text
// field: alt+d on the last character of the filter.
func TestAltDAtTheEndOfTheFilter(t *testing.T) {
	h := caseStudy(t)
	h.Press("/", "text:mega", "left")
	h.Run(h.Update(altD))
	if !h.tab.filtering || h.tab.filter.Value() != "meg" {
		t.Fatalf("after alt+d: filtering %v, filter %q", h.tab.filtering, h.tab.filter.Value())
	}
}
