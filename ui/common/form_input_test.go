package common

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
)

var (
	altD      = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'d'}, Alt: true}
	altDelete = tea.KeyMsg{Type: tea.KeyDelete, Alt: true}
	ctrlE     = tea.KeyMsg{Type: tea.KeyCtrlE}
)

func keyOf(t tea.KeyType) tea.KeyMsg { return tea.KeyMsg{Type: t} }

func typed(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// openForm is a form built and sized as a tab builds one.
func openForm(t *testing.T, groups ...*huh.Group) *huh.Form {
	t.Helper()
	c := &Context{Lang: model.English, Styles: NewStyles(DefaultTheme)}
	f := c.NewForm(FormDoneMsg{}, groups...)
	f.Init()
	return SizeForm(f, 80, 30)
}

// send passes messages to a form as a tab does, each followed by what the
// commands it leads to yield, as when keys are pressed one at a time. It
// returns every message the form was given.
func send(f *huh.Form, msgs ...tea.Msg) (*huh.Form, []tea.Msg) {
	var seen []tea.Msg
	for _, msg := range msgs {
		queue := []tea.Msg{msg}
		for len(queue) > 0 {
			var cmd tea.Cmd
			f, cmd = UpdateForm(f, queue[0])
			seen = append(seen, queue[0])
			queue = append(queue[1:], run(cmd)...)
		}
	}
	return f, seen
}

// run is the messages a command yields, batches opened. A blinking cursor
// is not waited for: it only blinks.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	if fn := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()); fn != nil && strings.Contains(fn.Name(), "bubbles/cursor.") {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	default:
		if strings.HasPrefix(fmt.Sprintf("%T", msg), "cursor.") {
			return nil
		}
		return []tea.Msg{msg}
	}
}

// TestWordDeleteAtTheEnd is issue 10, finding 4: alt+d with the cursor on
// the last character made bubbles' text field read past its text.
func TestWordDeleteAtTheEnd(t *testing.T) {
	for _, k := range []tea.KeyMsg{altD, altDelete} {
		name := ""
		f := openForm(t, huh.NewGroup(huh.NewInput().Value(&name)))
		f, _ = send(f, typed("Mega Mart"), keyOf(tea.KeyLeft), k)
		if name != "Mega Mar" {
			t.Errorf("%s on the last character left %q, want %q", k, name, "Mega Mar")
		}
		f, _ = send(f, k) // at the very end: nothing to delete
		if name != "Mega Mar" {
			t.Errorf("%s at the end left %q", k, name)
		}
		send(f, keyOf(tea.KeyHome), k) // elsewhere the word still goes, as bubbles does it
		if name != " Mar" {
			t.Errorf("%s at the start left %q, want %q", k, name, " Mar")
		}

		in := textinput.New()
		in.SetValue("Mega Mart")
		in.Focus()
		in, _ = UpdateInput(in, keyOf(tea.KeyLeft))
		in, _ = UpdateInput(in, k)
		in, _ = UpdateInput(in, k)
		if in.Value() != "Mega Mar" {
			t.Errorf("kam's own text field: %s on the last character left %q", k, in.Value())
		}
	}
}

// TestSelectFilterStaysOff is issue 10, finding 6: huh turns a select's
// "/" filter back on when the select loses focus, and a filter matching
// nothing left its cursor at -1.
func TestSelectFilterStaysOff(t *testing.T) {
	tier, traits, name := 1, []int{1}, "" // the first choice: one step back from it is -1
	f := openForm(t, huh.NewGroup(
		huh.NewSelect[int]().Title("Tier").Options(huh.NewOptions(1, 2, 3)...).Value(&tier).Inline(true),
		huh.NewSelect[int]().Title("Size").Options(huh.NewOptions(1, 2, 3)...).Value(&tier),
		huh.NewMultiSelect[int]().Title("Traits").Options(huh.NewOptions(1, 2, 3)...).Value(&traits),
		huh.NewInput().Title("Name").Value(&name),
	))
	nowhere := []tea.Msg{typed("/"), typed("z"), typed("q"), keyOf(tea.KeyLeft), keyOf(tea.KeyUp), keyOf(tea.KeyLeft), keyOf(tea.KeyUp), keyOf(tea.KeyEsc)}
	for field := range 3 {
		f, _ = send(f, keyOf(tea.KeyTab), keyOf(tea.KeyShiftTab)) // leave the field and come back: huh enables "/" on leaving
		for _, k := range nowhere {
			f, _ = send(f, k)
			_ = f.View()
		}
		for _, b := range f.KeyBinds() {
			if b.Help().Key == "/" && b.Enabled() {
				t.Errorf("field %d offers a filter", field)
			}
		}
		f, _ = send(f, keyOf(tea.KeyTab))
	}
	f, _ = send(f, typed("x"))
	if tier < 1 || tier > 3 || name != "x" {
		t.Errorf("after filtering that matched nothing: tier %d, name %q", tier, name)
	}
}

// TestFormsFitAnySize is issue 10, finding 7: a page whose title wraps
// into more lines than the page has got a negative height, and huh's
// viewport panicked when the page's content shrank under it.
func TestFormsFitAnySize(t *testing.T) {
	var name, notes string
	var traits []int
	f := openForm(t,
		huh.NewGroup(huh.NewInput().Title("Name").Value(&name), huh.NewInput().Title("Region").Description("Where its head office is")).
			Title("1/2 The account").Description("Everything the buyer calls it"),
		huh.NewGroup(
			huh.NewMultiSelect[int]().Title("Traits").Options(huh.NewOptions(1, 2, 3, 4, 5, 6)...).Value(&traits),
			huh.NewText().Title("Notes").Value(&notes).Lines(4),
		).Title("2/2 Notes"),
	)
	f, _ = send(f, typed("MegaMart"), keyOf(tea.KeyTab))
	for _, size := range [][2]int{{4, 18}, {1, 1}, {120, 40}, {2, 30}, {1, 2}, {300, 100}, {1, 1}} {
		f = SizeForm(f, size[0], size[1])
		f, _ = send(f, keyOf(tea.KeyShiftTab), keyOf(tea.KeyEnd), keyOf(tea.KeyTab))
		_ = f.View()
	}
	f, _ = send(f, keyOf(tea.KeyTab), keyOf(tea.KeyTab), typed("met the buyer"))
	for w := 1; w <= 90; w += 7 {
		for h := 1; h <= 45; h += 4 {
			f = SizeForm(f, w, h)
			f, _ = send(f, typed("."), keyOf(tea.KeyBackspace))
			_ = f.View()
		}
	}
	if name != "MegaMart" || notes != "met the buyer" {
		t.Errorf("after the resizes: name %q, notes %q", name, notes)
	}
}

// TestNoExternalEditor is issue 10, finding 8: huh turns ctrl+e in a text
// field back on whenever the help asks for the field's keys; the editor it
// starts takes over the terminal, and what it hands back, nothing when
// there is no editor, overwrote every text field of the page.
func TestNoExternalEditor(t *testing.T) {
	objectives, notes := "Win the gondola ends", "Buyer wants data"
	f := openForm(t, huh.NewGroup(
		huh.NewText().Title("Objectives").Value(&objectives),
		huh.NewText().Title("Notes").Value(&notes),
	))
	for _, b := range f.KeyBinds() { // as the help line does, every frame
		if b.Enabled() && b.Help().Key == "ctrl+e" {
			t.Errorf("a text field offers %q", b.Help().Desc)
		}
	}
	f, seen := send(f, ctrlE)
	for _, msg := range seen {
		if strings.Contains(fmt.Sprintf("%T", msg), "exec") {
			t.Fatalf("ctrl+e starts a program: %T", msg)
		}
	}
	f, _ = send(f, keyOf(tea.KeyTab))
	if objectives != "Win the gondola ends" || notes != "Buyer wants data" {
		t.Errorf("ctrl+e changed the fields: %q, %q", objectives, notes)
	}
}

// TestFormViewShowsTheProblem: huh's own error lines are off, so the form
// view shows the problem of the page itself, in the rows kept for it.
func TestFormViewShowsTheProblem(t *testing.T) {
	c := &Context{Lang: model.English, Styles: NewStyles(DefaultTheme)}
	date := "tomorrow"
	f := c.NewForm(FormDoneMsg{}, huh.NewGroup(huh.NewInput().Value(&date).Validate(func(string) error {
		return fmt.Errorf("%s", strings.Repeat("not a date ", 30))
	})))
	f.Init()
	f = SizeForm(f, 60, 20)
	f, _ = send(f, keyOf(tea.KeyEnter))
	v := c.FormView(f, 60)
	if !strings.Contains(v, "not a date") {
		t.Fatalf("the problem is not shown:\n%s", v)
	}
	_, problem, _ := strings.Cut(v, "\n\n")
	if lines := strings.Split(problem, "\n"); len(lines) != formErrorRows-1 || !strings.HasSuffix(lines[1], Tail) {
		t.Errorf("a long problem takes %d lines, cut %v:\n%s", len(lines), strings.HasSuffix(lines[len(lines)-1], Tail), problem)
	}
}
