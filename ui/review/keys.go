package review

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	NextView, Up, Down, Open, Back, Cancel, New, Edit, Delete, Undo key.Binding
	Remove, Done, Choice, Confirm, Filter, Side, FilterKeep         key.Binding
	FilterClear, Yes, No                                            key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NextView:    c.Bind("v", "key.next_view", "v"),
		Up:          c.Bind("↑/k", "key.up", "up", "k"),
		Down:        c.Bind("↓/j", "key.down", "down", "j"),
		Open:        c.Bind("enter", "key.open", "enter"),
		Back:        c.Bind("esc", "key.back", "esc"),
		Cancel:      c.Bind("esc", "key.cancel", "esc"),
		New:         c.Bind("n", "key.new", "n"),
		Edit:        c.Bind("e/enter", "key.edit", "e", "enter"),
		Delete:      c.Bind("d", "key.delete", "d"),
		Undo:        c.Bind("u", "key.undo_delete", "u"),
		Remove:      c.Bind("d", "key.remove", "d"),
		Done:        c.Bind("x", "key.action_done", "x"),
		Choice:      c.Bind("space", "key.carry_choice", " ", "left", "right"),
		Confirm:     c.Bind("enter", "key.carry_confirm", "enter"),
		Filter:      c.Bind("/", "key.filter", "/"),
		Side:        c.Bind("o", "key.side", "o"),
		FilterKeep:  c.Bind("enter", "key.filter_keep", "enter"),
		FilterClear: c.Bind("esc", "key.filter_clear", "esc"),
		Yes:         c.Bind("y", "key.yes", "y"),
		No:          c.Bind("n/esc", "key.no", "n", "esc"),
	}
}
