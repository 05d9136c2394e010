package common

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// FormKeyMap is huh's keymap with help in the context's language. Quit is
// off: the tab owning the form handles esc itself, so that it can ask
// before throwing typed work away.
func (c *Context) FormKeyMap() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithDisabled())
	help := func(b *key.Binding, label, descKey string) { b.SetHelp(label, c.T(descKey)) }
	help(&km.Input.Next, "enter", "form.next")
	help(&km.Input.Prev, "shift+tab", "form.back")
	help(&km.Input.Submit, "enter", "form.submit")
	help(&km.Input.AcceptSuggestion, "ctrl+e", "form.complete")
	help(&km.Text.Next, "tab", "form.next")
	help(&km.Text.Prev, "shift+tab", "form.back")
	help(&km.Text.Submit, "enter", "form.submit")
	help(&km.Text.NewLine, "ctrl+j", "form.newline")
	// No external editor: it would take over the screen, and what it hands
	// back goes to every text field of the page. Unbound, not disabled:
	// huh enables the key again each time the help asks for a field's keys.
	km.Text.Editor.Unbind()
	help(&km.Select.Next, "enter", "form.next")
	help(&km.Select.Prev, "shift+tab", "form.back")
	help(&km.Select.Submit, "enter", "form.submit")
	help(&km.Select.Left, "←", "form.left")
	help(&km.Select.Right, "→", "form.right")
	help(&km.Select.Up, "↑", "form.up")
	help(&km.Select.Down, "↓", "form.down")
	// No filtering of choices: huh enables "/" again when a select loses
	// focus, and a filter that matches nothing leaves its cursor at -1.
	unbind(&km.Select.Filter, &km.Select.SetFilter, &km.Select.ClearFilter)
	help(&km.MultiSelect.Next, "enter", "form.next")
	help(&km.MultiSelect.Prev, "shift+tab", "form.back")
	help(&km.MultiSelect.Submit, "enter", "form.submit")
	help(&km.MultiSelect.Toggle, "space", "form.toggle")
	help(&km.MultiSelect.Up, "↑", "form.up")
	help(&km.MultiSelect.Down, "↓", "form.down")
	help(&km.MultiSelect.SelectAll, "ctrl+a", "form.select_all")
	help(&km.MultiSelect.SelectNone, "ctrl+a", "form.select_none")
	unbind(&km.MultiSelect.Filter, &km.MultiSelect.SetFilter, &km.MultiSelect.ClearFilter)
	help(&km.Confirm.Next, "enter", "form.next")
	help(&km.Confirm.Prev, "shift+tab", "form.back")
	help(&km.Confirm.Submit, "enter", "form.submit")
	help(&km.Confirm.Toggle, "←/→", "form.toggle")
	return km
}

// unbind takes the keys off bindings, so that no field can turn them on.
func unbind(bindings ...*key.Binding) {
	for _, b := range bindings {
		b.Unbind()
	}
}

// formTheme is huh's Charm theme in kam's colours, with ASCII marks for
// ticks and choices: "✓" and "•" take two cells in some CJK terminals.
// What is chosen shows without colour too (NO_COLOR, a monochrome
// terminal): the chosen yes/no button in brackets, the chosen choice of a
// list behind ">", focused or not; colour adds bold and reverse, which
// read on light and dark backgrounds alike. The text cursor shows without
// colour too (see cursorStyle). Every style of the theme draws with the
// context's renderer, huh's own ones included.
func (c *Context) formTheme() *huh.Theme {
	t := huh.ThemeCharm()
	p := c.Styles.Theme
	r := c.Styles.renderer()
	base := r.NewStyle()
	t.Focused.Title = t.Focused.Title.Foreground(p.Accent)
	t.Focused.SelectedPrefix = base.Foreground(p.OK).SetString("[x] ")
	t.Focused.UnselectedPrefix = base.Foreground(p.Muted).SetString("[ ] ")
	t.Focused.NextIndicator = base.Foreground(p.Accent).MarginLeft(1).SetString(">")
	t.Focused.PrevIndicator = base.Foreground(p.Accent).MarginRight(1).SetString("<")
	// A button is its word with two cells either side; the chosen one puts
	// brackets in the inner two, so that choosing moves nothing.
	t.Focused.FocusedButton = base.Padding(0, 1).MarginRight(1).
		Foreground(p.Accent).Reverse(true).Bold(true).
		Transform(func(s string) string { return "[" + s + "]" })
	t.Focused.BlurredButton = base.Padding(0, 2).MarginRight(1).Foreground(p.Muted)
	t.Focused.Next = t.Focused.FocusedButton
	t.Focused.SelectSelector = base.Foreground(p.Accent).SetString("> ")
	t.Focused.SelectedOption = base.Foreground(p.Accent).Bold(true)
	t.Focused.UnselectedOption = base.Foreground(p.Text)
	t.Blurred = t.Focused
	t.Blurred.Base = t.Focused.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Card = t.Blurred.Base
	t.Blurred.NextIndicator = base
	t.Blurred.PrevIndicator = base
	t.Blurred.MultiSelectSelector = base.SetString("  ")
	t.Blurred.SelectSelector = base.Foreground(p.Muted).SetString("> ")
	t.Blurred.SelectedOption = base.Foreground(p.Text).Bold(true)
	t.Group.Title = t.Focused.Title
	// huh builds the rest of its theme, Charm's colours included, for the
	// default renderer.
	eachStyle(reflect.ValueOf(t).Elem(), func(s *lipgloss.Style) { *s = resolveStyle(r, s.Renderer(r)) })
	t.Focused.TextInput.Cursor = cursorStyle(r, t.Focused.TextInput.Cursor)
	t.Blurred.TextInput.Cursor = cursorStyle(r, t.Blurred.TextInput.Cursor)
	return t
}

// eachStyle calls f with every lipgloss style held in v, a struct, and in
// the structs it holds.
func eachStyle(v reflect.Value, f func(*lipgloss.Style)) {
	styleType := reflect.TypeOf(lipgloss.Style{})
	for i := range v.NumField() {
		field := v.Field(i)
		switch {
		case !field.CanSet():
		case field.Type() == styleType:
			f(field.Addr().Interface().(*lipgloss.Style))
		case field.Kind() == reflect.Struct:
			eachStyle(field, f)
		}
	}
}

// NewForm builds a huh form with kam's keys and theme, submit reported as a
// message instead of quitting the program. Size it with SizeForm, pass it
// messages with UpdateForm and draw it with FormView.
func (c *Context) NewForm(submit tea.Msg, groups ...*huh.Group) *huh.Form {
	f := huh.NewForm(groups...).
		WithKeyMap(c.FormKeyMap()).
		WithTheme(c.formTheme()).
		WithShowHelp(false).
		// FormView shows the errors, cut to the rows kept for them: huh's
		// own would take the page's height from its fields, without end.
		WithShowErrors(false)
	f.SubmitCmd = func() tea.Msg { return submit }
	f.CancelCmd = nil
	return f
}

// NewText is huh.NewText drawn in the form's theme from the start: until a
// text area first takes or leaves the focus, bubbles draws its text with
// styles of its own, in its colours and for the default renderer.
func NewText() *huh.Text {
	t := huh.NewText()
	t.Init()
	return t
}

// formErrorRows is the room kept under a form's fields for its error: a
// blank line and a message that may wrap once.
const formErrorRows = 3

// The smallest size a form is laid out at. Below it huh gives a page's
// fields a negative height (its title wraps into more lines than the
// page has) and its viewport panics; the tab cuts the view to its size.
const (
	formMinWidth  = 40
	formMinHeight = 5
)

// SizeForm fits a form into width×height cells: its pages take the height
// their fields need, up to what leaves room for an error message below
// them, so the message shows next to the fields and never off the screen.
func SizeForm(f *huh.Form, width, height int) *huh.Form {
	in := inputOf(f)
	f, _ = in.flush(f) // what a burst held goes in before the page is laid out again
	f, _ = in.update(f, tea.WindowSizeMsg{Width: max(width, formMinWidth), Height: max(height-formErrorRows, formMinHeight)})
	return f
}

// FormView draws a form and, under it, the first problem of the page
// shown, in at most two lines of width cells; with no problem, what the
// field in focus could not take of the text given to it.
func (c *Context) FormView(f *huh.Form, width int) string {
	in := inputOf(f)
	v := in.draw(f)
	if noColour(c.Styles.renderer()) {
		// bubbles draws the blank lines of a text area (and all of one made
		// with huh.NewText until it first has the focus) with styles of its
		// own, built for the default renderer, which may draw in colour.
		v = ansi.Strip(v)
	}
	problem, style := "", c.Styles.Error
	if errs := f.Errors(); len(errs) > 0 {
		problem = errs[0].Error()
	} else if cut := in.cut; cut != nil && cut.field == f.GetFocusedField() {
		problem, style = fmt.Sprintf(c.TN("form.cut", cut.dropped), cut.dropped, cut.limit), c.Styles.Warn
	}
	if problem == "" {
		return v
	}
	lines := Wrap(problem, max(width, 1))
	if room := formErrorRows - 1; len(lines) > room {
		lines = lines[:room]
		lines[room-1] = Truncate(lines[room-1], max(width-1, 0)) + Tail
	}
	return v + "\n\n" + style.Render(strings.Join(lines, "\n"))
}

// UpdateForm passes a message to a form. Every form kam shows gets its
// messages here, so that keys its fields mishandle are dealt with once.
// huh's inputs are bubbles text fields with the default keys.
//
// Text typed into a field goes in whole: characters that come faster than
// they are handled (a paste the terminal hands over as keys) are held and
// given to the field together, once a frame and when the input pauses
// (see paste.go); a character whose bytes the terminal split is mended;
// what goes past the field's limit is cut and FormView says so. The
// commands it returns must reach it back, as any huh form's do.
func UpdateForm(f *huh.Form, msg tea.Msg) (*huh.Form, tea.Cmd) {
	if f == nil {
		return nil, nil
	}
	in := inputOf(f)
	var released tea.Cmd
	if in.moving && formClock().Sub(in.movingSince) > moveWait {
		// No move came (a key that looked like one and was not): the keys
		// held go on as they are, before this message.
		in.moving = false
		f, released = in.release(f)
	}
	if k, ok := msg.(tea.KeyMsg); ok && in.moving {
		in.held = append(in.held, k)
		return f, released
	}
	f, cmd := updateMoving(in, f, msg)
	return f, tea.Batch(released, cmd)
}

// updateMoving is UpdateForm once no key waits for a move between fields.
func updateMoving(in *formInput, f *huh.Form, msg tea.Msg) (*huh.Form, tea.Cmd) {
	if move := isFieldMove(msg); move != "" {
		before := f.GetFocusedField()
		f, cmd := in.update(f, msg)
		// A move off a page's last field comes in two steps: the field,
		// then the page.
		in.moving = move == "field" && f.GetFocusedField() == before && f.State == huh.StateNormal
		if in.moving {
			return f, cmd
		}
		f, released := in.release(f)
		return f, tea.Batch(cmd, released)
	}
	f, cmd := updateForm(in, f, msg)
	if k, ok := msg.(tea.KeyMsg); ok && movesField(f.GetFocusedField(), k) {
		// The field asked to move on: huh does it in a message of its
		// own, and keys that come before it would land on the field it
		// leaves. They wait for it.
		in.moving, in.movingSince = true, formClock()
	}
	return f, cmd
}

// updateForm is UpdateForm for a message that is no move between fields.
func updateForm(in *formInput, f *huh.Form, msg tea.Msg) (*huh.Form, tea.Cmd) {
	field := f.GetFocusedField()
	in.forgetCut(field)
	if blinkCanceled(msg) {
		return f, nil // the cursor does nothing with it, and huh would lay the page out again
	}
	if s, ok := msg.(formSettleMsg); ok {
		if s.form != f {
			return f, nil // a form closed since
		}
		return in.settle(f, s)
	}
	if runes, paste, ok := in.text(field, msg); ok {
		return in.typed(f, runes, paste)
	}
	f, held := in.flush(f) // anything else: what came before it goes in first
	field = f.GetFocusedField()
	if k, ok := msg.(tea.KeyMsg); ok {
		in.burst = false
		if !in.newLineFits(field, k) {
			return f, held
		}
		if key.Matches(k, textinput.DefaultKeyMap.DeleteWordForward) {
			if input, isInput := field.(*huh.Input); isInput {
				pos, length, known := inputCursor(input)
				if !known {
					return f, held // where the cursor is cannot be told: better no deletion than a crash
				}
				msg = safeWordDelete(k, textinput.DefaultKeyMap.DeleteWordForward, pos, length)
			}
		}
	}
	f, cmd := in.update(f, msg)
	return f, tea.Batch(held, cmd)
}

// UpdateInput passes a message to one of kam's own text fields.
func UpdateInput(in textinput.Model, msg tea.Msg) (textinput.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		msg = safeWordDelete(k, in.KeyMap.DeleteWordForward, in.Position(), len([]rune(in.Value())))
	}
	return in.Update(msg)
}

// safeWordDelete works around bubbles' textinput, which reads past the end
// of its text when asked to delete the word after the cursor while the
// cursor is on the last character. There the word is that one character,
// so the key becomes delete, which removes just it.
func safeWordDelete(k tea.KeyMsg, deleteWord key.Binding, pos, length int) tea.Msg {
	if key.Matches(k, deleteWord) && pos == length-1 {
		return tea.KeyMsg{Type: tea.KeyDelete}
	}
	return k
}

// inputCursor reads where the cursor of a huh input is and how long its
// text is. huh keeps its text field unexported, so it is read by
// reflection, without changing it; known is false if a later huh or
// bubbles holds it differently (TestWordDeleteAtTheEnd would then fail).
func inputCursor(in *huh.Input) (pos, length int, known bool) {
	if in == nil {
		return 0, 0, false
	}
	ti := reflect.ValueOf(in).Elem().FieldByName("textinput")
	if !ti.IsValid() || ti.Type() != reflect.TypeOf(textinput.Model{}) {
		return 0, 0, false
	}
	p, v := ti.FieldByName("pos"), ti.FieldByName("value")
	if !p.IsValid() || p.Kind() != reflect.Int || !v.IsValid() || v.Kind() != reflect.Slice {
		return 0, 0, false
	}
	return int(p.Int()), v.Len(), true
}
