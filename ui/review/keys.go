package review

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	common.NavKeys
	New, Edit, Delete, Undo, Remove, Done, Choice, Confirm key.Binding
	Filter, Side, FilterKeep, FilterClear                  key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NavKeys:     common.NewNavKeys(c),
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
	}
}
