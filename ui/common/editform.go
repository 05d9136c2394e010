package common

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/data"
)

// FormDoneMsg is what an EditForm sends when its last field is done.
type FormDoneMsg struct{}

// EditForm is an open huh form and what to do with it. Build makes the
// fields over the values being edited (again after a language switch, so
// what was typed stays), Save reads the values and returns the write, Dirty
// tells whether anything was typed. A tab has at most one open.
type EditForm struct {
	Title string
	Build func() []*huh.Group
	Save  func() (tea.Cmd, error)
	Dirty func() bool

	form   *huh.Form
	note   string // a problem found on saving, shown above the form
	saving bool
	width  int
	height int
}

// Open builds the form at a size and starts it.
func (f *EditForm) Open(c *Context, width, height int) tea.Cmd {
	f.width, f.height = width, height
	return f.Rebuild(c)
}

// Rebuild makes the form anew from its values, in the current language.
func (f *EditForm) Rebuild(c *Context) tea.Cmd {
	f.form = c.NewForm(FormDoneMsg{}, f.Build()...)
	init := f.form.Init()
	f.Resize(f.width, f.height)
	return init
}

// Resize fits the form into width×height cells, its title lines included;
// with no form open it does nothing.
func (f *EditForm) Resize(width, height int) {
	if f == nil || f.form == nil {
		return
	}
	f.width, f.height = width, height
	f.form = SizeForm(f.form, width, max(height-2, 4))
}

// Update passes a message to the form.
func (f *EditForm) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	f.form, cmd = UpdateForm(f.form, msg)
	return cmd
}

// Submit saves; a problem keeps the form open with what was typed.
func (f *EditForm) Submit(c *Context) tea.Cmd {
	cmd, err := f.Save()
	if err != nil {
		f.note = model.Localize(err, c.Lang)
		return f.Rebuild(c)
	}
	f.saving = true
	return cmd
}

// Saving reports whether the form's write is under way.
func (f *EditForm) Saving() bool { return f != nil && f.saving }

// Handle answers the messages about an open form's save: a finished form
// is submitted, a refused save reopens it with the reason. It reports false
// for every other message, and when no form is open.
func (f *EditForm) Handle(c *Context, msg tea.Msg) (tea.Cmd, bool) {
	if f == nil {
		return nil, false
	}
	switch msg := msg.(type) {
	case FormDoneMsg:
		return f.Submit(c), true
	case data.SaveFailedMsg:
		if f.saving {
			return f.Failed(c, msg.Err), true
		}
	}
	return nil, false
}

// Failed reopens the form after the store refused it, saying why.
func (f *EditForm) Failed(c *Context, err error) tea.Cmd {
	f.saving = false
	f.note = model.Localize(err, c.Lang)
	return f.Rebuild(c)
}

// Changed reports whether anything was typed.
func (f *EditForm) Changed() bool { return f.Dirty != nil && f.Dirty() }

// Untouched reports whether the form is known to hold nothing typed: a
// form that cannot tell (no Dirty) may hold something.
func (f *EditForm) Untouched() bool { return f.Dirty != nil && !f.Dirty() }

// KeyBinds are the keys of the field in focus.
func (f *EditForm) KeyBinds() []key.Binding { return f.form.KeyBinds() }

// View draws the title, any problem, and the form.
func (f *EditForm) View(c *Context) string {
	st := c.Styles
	note := ""
	if f.note != "" {
		note = st.Error.Render(Truncate(f.note, f.width))
	}
	return st.Title.Render(Truncate(f.Title, f.width)) + "\n" + note + "\n" + c.FormView(f.form, f.width)
}
