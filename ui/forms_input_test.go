package ui_test

import (
	"fmt"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/accounts"
	"github.com/kam-workbench/kam/ui/buyer"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/matrix"
	"github.com/kam-workbench/kam/ui/prepare"
	"github.com/kam-workbench/kam/ui/review"
	"github.com/kam-workbench/kam/ui/uitest"
)

// TestEveryFormTakesAnyInput opens every form kam has, on the case study,
// and gives each of its fields what a careless user or a terminal might:
// alt+d and alt+delete at the end of the text, ctrl+e, a "/" filter that
// matches nothing, a paste of 5,000 characters, and sizes from 1×1 to
// 300×100. Nothing may panic, and what was typed must stay (issue 10).
func TestEveryFormTakesAnyInput(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	ws := model.CaseStudy(now, model.English)
	tabs := []struct {
		name  string
		new   func(*common.Context) common.Tab
		forms func(f *formProbe)
	}{
		{"accounts", func(c *common.Context) common.Tab { return accounts.New(c) }, func(f *formProbe) {
			f.form("account", "e")
			f.form("new account", "n")
		}},
		{"matrix", func(c *common.Context) common.Tab { return matrix.New(c) }, func(f *formProbe) {
			f.scoring()
			f.form("criterion", "c", "e")
			f.form("new criterion", "n")
			f.form("thresholds", "t")
			f.leave()
		}},
		{"buyer", func(c *common.Context) common.Tab { return buyer.New(c) }, func(f *formProbe) {
			f.form("checklist answer", "enter")
			f.form("checklist item", "I", "e")
			f.form("new checklist item", "n")
			f.press("esc")
			f.form("contact", "v", "e")
			f.form("new contact", "n")
			f.form("moment with a contact", "l")
			f.form("our person", "v", "P", "e")
			f.form("new person", "n")
			f.press("esc")
			f.form("moment", "v", "n")
		}},
		{"prepare", func(c *common.Context) common.Tab { return prepare.New(c) }, func(f *formProbe) {
			f.form("negotiation", "e")
			f.form("new negotiation", "n")
			f.press("enter")
			f.form("PREPARE words", "W")
			for section := range model.Sections {
				f.eachRow(fmt.Sprintf("PREPARE section %d, row", section))
				f.press("right")
			}
			f.press("esc", "v")
			f.form("gross sales", "g")
			f.form("new year", "N")
			f.form("cost of capital", "c")
			f.form("new term", "n")
			f.eachRow("terms, line")
		}},
		{"review", func(c *common.Context) common.Tab { return review.New(c) }, func(f *formProbe) {
			f.form("new meeting", "n")
			f.press("enter")
			f.eachRow("meeting, row")
		}},
	}
	opened := 0
	for _, tab := range tabs {
		h := uitest.NewHarness(t, ws, now, tab.new)
		h.Tab.SetSize(workSize[0], workSize[1])
		probe := &formProbe{t: t, h: h, where: tab.name, swept: map[string]bool{}}
		tab.forms(probe)
		opened += probe.opened
	}
	if opened < 40 {
		t.Errorf("only %d forms were tried; are the keys that open them still right?", opened)
	}
}

// formProbe opens the forms of one tab and tries each.
type formProbe struct {
	t      *testing.T
	h      *uitest.Harness
	where  string          // the tab, then the form being tried
	last   string          // the last key or size sent, for a failure's message
	opened int             // how many forms were tried
	swept  map[string]bool // the forms drawn at every size, by title and fields
}

// sweep is the sizes a form is drawn at: from 1×1 to 300×100, and those
// just under and over kam's smallest screen.
var sweep = [][2]int{{1, 1}, {4, 18}, {2, 1}, {30, 8}, {59, 9}, {60, 10}, {300, 100}, {1, 3}}

// workSize is the size forms are used at between the sweeps.
var workSize = [2]int{120, 35}

// press sends keys by name as the root does, each run to completion. A
// command that would start another program fails the test.
func (f *formProbe) press(keys ...string) {
	for _, k := range keys {
		f.last = k
		uitest.Drain(f.h.Update(keyMsg(k)), func(msg tea.Msg) tea.Cmd {
			if strings.Contains(fmt.Sprintf("%T", msg), "exec") {
				f.t.Errorf("%s: %q starts another program (%T)", f.where, k, msg)
				return nil
			}
			return f.h.Update(msg)
		})
	}
}

// keyMsg is a key by name: uitest's names, and the keys only this test sends.
func keyMsg(name string) tea.KeyMsg {
	switch name {
	case "alt+d":
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'d'}, Alt: true}
	case "alt+delete":
		return tea.KeyMsg{Type: tea.KeyDelete, Alt: true}
	case "ctrl+e":
		return tea.KeyMsg{Type: tea.KeyCtrlE}
	case "end":
		return tea.KeyMsg{Type: tea.KeyEnd}
	case "paste":
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: pasted, Paste: true}
	}
	return uitest.Key(name)
}

// pasted is 5,000 characters of mixed text; any stretch of it on screen
// holds pastedWord.
var pasted = []rune(strings.Repeat(pastedWord+" ", 5000))[:5000]

const pastedWord = "价格price"

// view draws the tab.
func (f *formProbe) view() string { return f.h.Tab.View() }

// focused is the field in focus as drawn: the lines huh marks with a bar.
func (f *formProbe) focused() string {
	var out []string
	for _, l := range strings.Split(f.view(), "\n") {
		if strings.Contains(l, "┃") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// resize draws the tab at the sizes given, and goes back.
func (f *formProbe) resize(sizes ...[2]int) {
	for _, s := range sizes {
		f.last = fmt.Sprintf("%d×%d", s[0], s[1])
		f.h.Tab.SetSize(s[0], s[1])
		f.view()
	}
	f.h.Tab.SetSize(workSize[0], workSize[1])
}

// form presses keys that should open a form, and tries it.
func (f *formProbe) form(name string, keys ...string) {
	f.press(keys...)
	if f.field() == "" {
		f.t.Errorf("%s: %q does not open the %s form:\n%s", f.where, keys, name, f.view())
		return
	}
	f.try(name)
	f.leave()
}

// eachRow opens the form of every row of a sheet, from the cursor down.
func (f *formProbe) eachRow(name string) {
	opened := f.opened
	defer func() {
		if f.opened == opened {
			f.t.Errorf("%s: no row of %q opens a form:\n%s", f.where, name, f.view())
		}
	}()
	for row := range 60 {
		f.press("e")
		if f.field() != "" {
			f.try(fmt.Sprintf("%s %d", name, row))
			f.leave()
		}
		before := f.view()
		if f.press("down"); f.view() == before {
			return
		}
	}
}

// leave closes the open form or screen, throwing away what was typed.
func (f *formProbe) leave() {
	f.press("esc")
	if f.asked() {
		f.press("y")
	}
}

// asked reports whether the tab waits on a yes/no question.
func (f *formProbe) asked() bool {
	for _, b := range f.h.Tab.ShortHelp() {
		if b.Enabled() && b.Help().Key == "y" {
			return true
		}
	}
	return false
}

// try walks the open form field by field: text goes into the first field
// that takes text, each choice is filtered, then 5,000 characters are
// pasted into the last field that takes text.
func (f *formProbe) try(name string) {
	f.opened++
	defer f.within(name)()
	typed := false
	title, _, _ := strings.Cut(f.view(), "\n")
	shape, _, _ := strings.Cut(title, " · ") // forms alike in their fields need one sweep of sizes
	for range 40 {
		shape += " " + f.field()
		switch f.field() {
		case "input", "text":
			if !typed {
				f.typeAndDelete()
				typed = true
			}
			f.noEditor()
		case "select", "multi":
			f.filterNothing()
		}
		before := f.focused()
		if f.press("tab"); f.focused() == before {
			break // the last field, or one that does not take what it holds
		}
	}
	for range 40 {
		if k := f.field(); k == "input" || k == "text" {
			break
		}
		f.press("shift+tab")
	}
	if k := f.field(); k == "input" || k == "text" {
		f.press("paste")
		if !strings.Contains(f.view(), pastedWord) {
			f.t.Errorf("%s: the paste is not shown:\n%s", f.where, f.view())
		}
	}
	if !f.swept[shape] {
		f.swept[shape] = true
		f.resize(sweep...)
	}
}

// typeAndDelete types three characters, deletes the last with alt+d on
// it, and tries alt+d and alt+delete at the end of the text, where they
// have nothing to do; what remains is deleted again.
func (f *formProbe) typeAndDelete() {
	f.press("Q", "W", "9", "left", "alt+d")
	if v := f.view(); !strings.Contains(v, "QW") || strings.Contains(v, "QW9") {
		f.t.Errorf("%s: alt+d on the last character typed did not delete just it:\n%s", f.where, v)
	}
	before := f.view()
	f.press("alt+d", "alt+delete")
	if v := f.view(); v != before {
		f.t.Errorf("%s: alt+d or alt+delete at the end changed the form:\n%s\nwas:\n%s", f.where, v, before)
	}
	f.resize(sweep[0], sweep[len(sweep)-1])
	if v := f.view(); !strings.Contains(v, "QW") {
		f.t.Errorf("%s: after the resizes, what was typed is gone:\n%s", f.where, v)
	}
	f.press("backspace", "backspace")
}

// noEditor presses ctrl+e, which once started an external editor; with
// the cursor at the end of the text it has nothing to do.
func (f *formProbe) noEditor() {
	before := f.focused()
	f.press("ctrl+e")
	if now := f.focused(); now != before {
		f.t.Errorf("%s: ctrl+e changed the field:\n%s\nwas:\n%s", f.where, now, before)
	}
}

// filterNothing leaves the choice in focus and comes back, which is when
// huh puts its "/" filter back on, asks for a filter that matches nothing,
// moves up in the empty list, and deletes the filter, which brings the
// choices back under a cursor at -1.
func (f *formProbe) filterNothing() {
	f.leaveAndReturn()
	f.press("/", "z", "q")
	up := "up"
	if f.inline() {
		up = "left"
	}
	for range 6 {
		f.press(up)
	}
	f.view()
	f.press("end", "backspace", "backspace", "backspace") // the filter's cursor went left too
	f.view()
}

// leaveAndReturn moves to the next field and back, or, from the last, to
// the one before and back.
func (f *formProbe) leaveAndReturn() {
	before := f.focused()
	if f.press("tab"); f.focused() != before {
		f.press("shift+tab")
		return
	}
	f.press("shift+tab")
	f.view()
	f.press("tab")
}

// scoring tries the Matrix's scoring screen, whose date and comments are
// kam's own text field.
func (f *formProbe) scoring() {
	defer f.within("scoring")()
	f.press("e", "up", "enter") // the date
	if !f.h.Tab.Capturing() || !strings.Contains(f.view(), "2026-11-20") {
		f.t.Fatalf("%s: e, up and enter do not open the date:\n%s", f.where, f.view())
	}
	f.typeAndDelete()
	f.press("enter", "down", "enter", "paste") // a comment
	if !strings.Contains(f.view(), pastedWord) {
		f.t.Errorf("%s: the paste is not shown:\n%s", f.where, f.view())
	}
	f.resize(sweep...)
	f.press("enter")
	f.leave()
}

// within names the form being tried in what the test reports, until the
// function it returns is deferred and run; a panic is reported with the
// form and the last key or size it was given.
func (f *formProbe) within(name string) func() {
	where := f.where
	f.where += ": " + name
	return func() {
		if r := recover(); r != nil {
			f.t.Fatalf("%s: panic after %q: %v\n%s", f.where, f.last, r, debug.Stack())
		}
		f.where = where
	}
}

// inline reports whether the choice in focus is on one line, moved
// through with ← and →.
func (f *formProbe) inline() bool { return f.helps("←", "form.left") }

// helps reports whether the tab's help offers a key for what desc names.
func (f *formProbe) helps(label, desc string) bool {
	for _, b := range f.h.Tab.ShortHelp() {
		if b.Enabled() && b.Help().Key == label && b.Help().Desc == f.h.Ctx.T(desc) {
			return true
		}
	}
	return false
}

// field is the kind of the field in focus, told by its keys in the tab's
// help: "text", "input", "select", "multi", "confirm"; "" with no form.
func (f *formProbe) field() string {
	switch {
	case f.helps("ctrl+j", "form.newline"):
		return "text"
	case f.helps("space", "form.toggle"):
		return "multi"
	case f.helps("←/→", "form.toggle"):
		return "confirm"
	case f.helps("←", "form.left"), f.helps("↑", "form.up"):
		return "select"
	case f.helps("shift+tab", "form.back"), f.helps("enter", "form.next"), f.helps("enter", "form.submit"):
		return "input"
	}
	return ""
}
