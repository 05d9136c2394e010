package matrix

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// commenting opens the form on MegaMart's first criterion with the comment
// "grows 9" kept, and opens its field again.
func commenting(t *testing.T) (*harness, *evalForm) {
	t.Helper()
	h := caseStudy(t)
	h.Press("e", "enter", "text:grows 9", "enter")
	f := h.tab.eval
	if f.editing || f.eval.Comment("a-size") != "grows 9" {
		t.Fatalf("enter keeps the comment: %q", f.eval.Comment("a-size"))
	}
	h.Press("enter")
	if !f.editing {
		t.Fatal("enter opens the comment's field")
	}
	return h, f
}

func helpText(m *Model) string {
	var b strings.Builder
	for _, k := range m.ShortHelp() {
		b.WriteString(k.Help().Key + " " + k.Help().Desc + " · ")
	}
	return b.String()
}

func TestTypingAddsToTheComment(t *testing.T) {
	h, f := commenting(t)
	if f.input.Value() != "grows 9" || f.input.Position() != len([]rune("grows 9")) {
		t.Fatalf("the field holds the comment, the cursor at its end: %q at %d", f.input.Value(), f.input.Position())
	}
	v := ansi.Strip(h.tab.View())
	lines := strings.Split(v, "\n")
	for i, line := range lines {
		if strings.Contains(line, "Comment · Category size and growth") {
			if i+1 >= len(lines) || strings.TrimSpace(strings.ReplaceAll(lines[i+1], common.CursorMark, "")) != "grows 9" {
				t.Errorf("the field, under its label, holds the comment:\n%s", v)
			}
			break
		}
		if i == len(lines)-1 {
			t.Errorf("the field is labelled with the criterion:\n%s", v)
		}
	}
	h.Press("text:% a year", "enter")
	if got := f.eval.Comment("a-size"); got != "grows 9% a year" {
		t.Errorf("typing adds to the comment: %q", got)
	}
}

func TestEscKeepsTheCommentAsItWas(t *testing.T) {
	h, f := commenting(t)
	h.Press("ctrl+u", "text:something else", "esc")
	if f.editing || f.eval.Comment("a-size") != "grows 9" {
		t.Errorf("esc leaves the comment as it was: %q", f.eval.Comment("a-size"))
	}
	if h.tab.mode != modeEvaluate || h.tab.Ask != nil {
		t.Error("esc leaves the field, not the form")
	}
	if v := ansi.Strip(h.tab.View()); strings.Contains(v, "something else") || !strings.Contains(v, "grows 9") {
		t.Errorf("the form shows the comment as it was:\n%s", v)
	}
}

func TestScoreKeysGoIntoTheComment(t *testing.T) {
	h, f := commenting(t)
	before, row := f.eval.Attractiveness[0], f.row
	h.Press("5", "0", "left", "left", "right", "-", "+")
	if f.eval.Attractiveness[0] != before || f.row != row {
		t.Errorf("score keys while editing leave the score: %d (was %d), row %d", f.eval.Attractiveness[0], before, f.row)
	}
	h.Press("enter")
	if got := f.eval.Comment("a-size"); got != "grows 95-+0" {
		t.Errorf("digits and arrows edit the text: %q", got)
	}
}

func TestFieldHasItsOwnFooter(t *testing.T) {
	h, _ := commenting(t)
	help := helpText(h.tab)
	for _, want := range []string{"enter ", "esc cancel", "←/→", "ctrl+w"} {
		if !strings.Contains(help, want) {
			t.Errorf("the footer while editing lacks %q: %s", want, help)
		}
	}
	for _, not := range []string{"score", "ctrl+s"} {
		if strings.Contains(help, not) {
			t.Errorf("the footer while editing offers the form's %q: %s", not, help)
		}
	}
	h.Press("esc")
	if help := helpText(h.tab); !strings.Contains(help, "score") || !strings.Contains(help, "ctrl+s") {
		t.Errorf("the form's keys come back after the field: %s", help)
	}
	h.Press("enter")
	h.SetLang(model.Chinese)
	if help := helpText(h.tab); !strings.Contains(help, "esc 取消") {
		t.Errorf("the field's footer is in Chinese: %s", help)
	}
	if v := ansi.Strip(h.tab.View()); !strings.Contains(v, "备注 · ") {
		t.Errorf("the field's label is in Chinese:\n%s", v)
	}
}
