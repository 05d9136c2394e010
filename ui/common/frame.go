package common

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/data"
)

// NavKeys are the keys every tab shares: moving in a list, opening and
// leaving, switching views, answering a question, leaving a form. They are
// declared here once; a tab's own keys come beside them.
type NavKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Open, Back, NextView, PrevView          key.Binding
	Yes, No, Cancel                         key.Binding
}

// NewNavKeys builds the shared keys in the context's language.
func NewNavKeys(c *Context) NavKeys {
	return NavKeys{
		Up:       c.Bind("↑/k", "key.up", "up", "k"),
		Down:     c.Bind("↓/j", "key.down", "down", "j"),
		PageUp:   c.Bind("pgup", "key.page_up", "pgup", "ctrl+u"),
		PageDown: c.Bind("pgdn", "key.page_down", "pgdown", "ctrl+d"),
		Top:      c.Bind("g/home", "key.top", "g", "home"),
		Bottom:   c.Bind("G/end", "key.bottom", "G", "end"),
		Open:     c.Bind("enter", "key.open", "enter"),
		Back:     c.Bind("esc", "key.back", "esc"),
		NextView: c.Bind("v", "key.next_view", "v"),
		PrevView: c.Bind("V", "key.prev_view", "V"),
		Yes:      c.Bind("y", "key.yes", "y", "Y"),
		No:       c.Bind("n/esc", "key.no", "n", "N", "esc"),
		Cancel:   c.Bind("esc", "key.cancel", "esc"),
	}
}

// Frame is what every tab embeds: its size, the context, the question it
// waits on, the form it has open, the shared keys, and the drawing around
// its body (loading, the form, the question, fitting the view). A tab runs
// its messages through Prologue first and draws through Render, so asking,
// editing and cancelling work the same everywhere.
type Frame struct {
	Ctx           *Context
	Nav           NavKeys
	Width, Height int
	Ask           *Question // a yes/no question waiting; it takes every key
	Form          *EditForm // the open form, if any; it takes every key
	// Whole says the tab draws from the whole workspace, so it says
	// "loading" until all of it is in; otherwise the first part will do.
	Whole bool
	// Leave, when set, is what esc on an open form does instead of closing
	// it (asking first when something was typed): a tab that keeps drafts
	// sets it.
	Leave func() tea.Cmd
}

// NewFrame starts a tab's frame.
func NewFrame(c *Context, whole bool) Frame {
	return Frame{Ctx: c, Nav: NewNavKeys(c), Whole: whole}
}

// SetSize gives the tab the cells its body may use; an open form follows.
func (f *Frame) SetSize(w, h int) {
	f.Width, f.Height = w, h
	f.Form.Resize(w, h)
}

// Capturing reports whether a question or a form has the keys.
func (f *Frame) Capturing() bool { return f.Ask != nil || f.Form != nil }

// FormUntouched reports whether what has the keys is a form nothing was
// typed in: leaving it loses nothing.
func (f *Frame) FormUntouched() bool { return f.Ask == nil && f.Form != nil && f.Form.Untouched() }

// Ready reports whether the data the tab draws from is in.
func (f *Frame) Ready() bool {
	if f.Whole {
		return f.Ctx.Data.Complete()
	}
	return f.Ctx.Data.Ready()
}

// Confirm asks a yes/no question; yes runs on y.
func (f *Frame) Confirm(text string, yes func() tea.Cmd) {
	f.Ask = &Question{Text: text, Yes: yes}
}

// OpenForm opens a form over the tab's body.
func (f *Frame) OpenForm(form *EditForm) tea.Cmd {
	f.Form = form
	return form.Open(f.Ctx, f.Width, f.Height)
}

// CloseForm closes the open form, asking first when something was typed.
func (f *Frame) CloseForm() tea.Cmd {
	if f.Form.Changed() {
		f.Confirm(f.Ctx.T("ask.discard"), func() tea.Cmd { f.Form = nil; return nil })
		return nil
	}
	f.Form = nil
	return nil
}

// Prologue handles what every tab handles alike, before the tab's own
// work: a key while a question waits or a form is open, a form finished,
// a refused save of the open form. It reports whether the message was
// dealt with.
func (f *Frame) Prologue(msg tea.Msg) (tea.Cmd, bool) {
	if failed, ok := msg.(data.SaveFailedMsg); ok && f.Form.Saving() {
		if _, ok := model.Conflicted(failed.Err); ok {
			// Someone else saved it first: what was typed would undo
			// theirs, so the form closes on the record as it now is.
			f.Form = nil
			return nil, true
		}
	}
	if cmd, ok := f.Form.Handle(f.Ctx, msg); ok {
		return cmd, true
	}
	k, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
		return nil, false
	case f.Ask != nil:
		return Answer(&f.Ask, k), true
	case f.Form == nil:
		return nil, false
	case key.Matches(k, f.Nav.Cancel) && f.Leave != nil:
		return f.Leave(), true
	case key.Matches(k, f.Nav.Cancel):
		return f.CloseForm(), true
	}
	return f.Form.Update(k), true
}

// Relabel builds the shared keys and any open form again after a language
// switch, keeping what was typed.
func (f *Frame) Relabel() tea.Cmd {
	f.Nav = NewNavKeys(f.Ctx)
	if f.Form != nil {
		return f.Form.Rebuild(f.Ctx)
	}
	return nil
}

// FormSaved closes the form whose save has landed and reports whether it
// did; the tab then puts its cursor on what was saved.
func (f *Frame) FormSaved() bool {
	if f.Form.Saving() {
		f.Form = nil
		return true
	}
	return false
}

// Pass gives the open form a message no one else took (the cursor's
// blink, the form's own commands).
func (f *Frame) Pass(msg tea.Msg) tea.Cmd {
	if f.Form != nil {
		return f.Form.Update(msg)
	}
	return nil
}

// Render draws the tab's body: "loading" until its data is in, the open
// form over the tab's own view, a waiting question on the first line, all
// fitted to the tab's size.
func (f *Frame) Render(body func() string) string {
	var v string
	switch {
	case !f.Ready():
		v = f.Ctx.Styles.Muted.Render(f.Ctx.T("loading"))
	case f.Form != nil:
		v = f.Form.View(f.Ctx)
	default:
		v = body()
	}
	return FitLines(f.Ctx.QuestionOver(v, f.Ask, f.Width), f.Width, f.Height)
}

// FrameHelp is the bottom line's keys while a question or a form has the
// keys, or nil: the tab then lists its own.
func (f *Frame) FrameHelp() []key.Binding {
	switch {
	case f.Ask != nil:
		return []key.Binding{f.Nav.Yes, f.Nav.No}
	case f.Form != nil:
		return append(f.Form.KeyBinds(), f.Nav.Cancel)
	}
	return nil
}

// HelpGroup is one titled group of keys on the help screen: the keys of
// one view of a tab, or of its forms.
type HelpGroup struct {
	Title string // catalog key
	Keys  []key.Binding
}

// Scroll moves the first line shown of a page of rows lines that scrolls
// up to last, on the shared keys: a line, a page (keeping a line of the
// last one), the top, the end. It returns where the page now starts.
func (k NavKeys) Scroll(msg tea.KeyMsg, top, rows, last int) int {
	switch {
	case key.Matches(msg, k.Up):
		top--
	case key.Matches(msg, k.Down):
		top++
	case key.Matches(msg, k.PageUp):
		top -= rows - 1
	case key.Matches(msg, k.PageDown):
		top += rows - 1
	case key.Matches(msg, k.Top):
		top = 0
	case key.Matches(msg, k.Bottom):
		top = last
	}
	return min(max(top, 0), last)
}
