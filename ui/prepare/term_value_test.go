package prepare

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// A bad value in a term's form is refused at its field, with the parser's
// reason, and the form stays on it.
func TestTermValueCheckedAtItsField(t *testing.T) {
	h := caseStudy(t)
	h.Press("v") // trading terms
	a, _ := h.Ctx.Data.Current()
	lay := h.tab.layoutTerms(a)
	row := -1
	for i, l := range lay.lines {
		if l.key == "prompt_payment" {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("the case study has no prompt-payment discount")
	}
	h.tab.termRow = row
	h.Press("e")
	if h.tab.Form == nil {
		t.Fatalf("no form:\n%s", h.tab.View())
	}
	h.Press("enter", "ctrl+u", "text:1,5", "enter")
	v := h.tab.View()
	if !strings.Contains(v, "1,5") {
		t.Errorf("the form left the value field:\n%s", v)
	}
	before := h.tab.Form.View(h.Ctx)
	h.Press("enter")
	if h.tab.Form == nil || h.tab.Form.View(h.Ctx) != before {
		t.Errorf("a second enter moved on from the bad value")
	}
	if _, err := model.ParsePercent("1,5", 0, 100); err == nil || !strings.Contains(v, h.Ctx.Loc(err).Error()) {
		t.Errorf("the field does not give the parser's reason (%v):\n%s", err, v)
	}
}
