package common

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
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
	km.Text.Editor.SetEnabled(false) // an external editor would take over the screen
	help(&km.Select.Next, "enter", "form.next")
	help(&km.Select.Prev, "shift+tab", "form.back")
	help(&km.Select.Submit, "enter", "form.submit")
	help(&km.Select.Left, "←", "form.left")
	help(&km.Select.Right, "→", "form.right")
	help(&km.Select.Up, "↑", "form.up")
	help(&km.Select.Down, "↓", "form.down")
	km.Select.Filter.SetEnabled(false)
	help(&km.MultiSelect.Next, "enter", "form.next")
	help(&km.MultiSelect.Prev, "shift+tab", "form.back")
	help(&km.MultiSelect.Submit, "enter", "form.submit")
	help(&km.MultiSelect.Toggle, "space", "form.toggle")
	help(&km.MultiSelect.Up, "↑", "form.up")
	help(&km.MultiSelect.Down, "↓", "form.down")
	help(&km.MultiSelect.SelectAll, "ctrl+a", "form.select_all")
	help(&km.MultiSelect.SelectNone, "ctrl+a", "form.select_none")
	km.MultiSelect.Filter.SetEnabled(false)
	help(&km.Confirm.Next, "enter", "form.next")
	help(&km.Confirm.Prev, "shift+tab", "form.back")
	help(&km.Confirm.Submit, "enter", "form.submit")
	help(&km.Confirm.Toggle, "←/→", "form.toggle")
	return km
}

// formTheme is huh's Charm theme in kam's colours, with ASCII marks for
// ticks and choices: "✓" and "•" take two cells in some CJK terminals.
func (c *Context) formTheme() *huh.Theme {
	t := huh.ThemeCharm()
	p := c.Styles.Theme
	t.Focused.Title = t.Focused.Title.Foreground(p.Accent)
	t.Focused.SelectedPrefix = lipgloss.NewStyle().Foreground(p.OK).SetString("[x] ")
	t.Focused.UnselectedPrefix = lipgloss.NewStyle().Foreground(p.Muted).SetString("[ ] ")
	t.Focused.NextIndicator = lipgloss.NewStyle().Foreground(p.Accent).MarginLeft(1).SetString(">")
	t.Focused.PrevIndicator = lipgloss.NewStyle().Foreground(p.Accent).MarginRight(1).SetString("<")
	t.Blurred = t.Focused
	t.Blurred.Base = t.Focused.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Card = t.Blurred.Base
	t.Blurred.NextIndicator = lipgloss.NewStyle()
	t.Blurred.PrevIndicator = lipgloss.NewStyle()
	t.Blurred.MultiSelectSelector = lipgloss.NewStyle().SetString("  ")
	t.Blurred.SelectSelector = lipgloss.NewStyle().SetString("  ")
	t.Group.Title = t.Focused.Title
	return t
}

// NewForm builds a huh form with kam's keys and theme, submit reported as a
// message instead of quitting the program. Size it with SizeForm.
func (c *Context) NewForm(submit tea.Msg, groups ...*huh.Group) *huh.Form {
	f := huh.NewForm(groups...).
		WithKeyMap(c.FormKeyMap()).
		WithTheme(c.formTheme()).
		WithShowHelp(false)
	f.SubmitCmd = func() tea.Msg { return submit }
	f.CancelCmd = nil
	return f
}

// formErrorRows is the room kept under a form's fields for huh's error
// footer: a blank line and a message that may wrap once.
const formErrorRows = 3

// SizeForm fits a form into width×height cells: its groups take the height
// their fields need, up to what leaves room for an error message below
// them, so the message shows next to the fields and never off the screen.
func SizeForm(f *huh.Form, width, height int) *huh.Form {
	m, _ := f.Update(tea.WindowSizeMsg{Width: width, Height: max(height-formErrorRows, 3)})
	return m.(*huh.Form)
}
