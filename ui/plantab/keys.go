package plantab

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	common.NavKeys
	Left, Right             key.Binding
	New, Edit, Delete, Undo key.Binding
	Programme, Remove       key.Binding
	PrevYear, NextYear      key.Binding
	Present, Rows           key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NavKeys:   common.NewNavKeys(c),
		Left:      c.Bind("←/h", "key.left", "left", "h"),
		Right:     c.Bind("→/l", "key.right", "right", "l"),
		New:       c.Bind("n", "key.new", "n"),
		Edit:      c.Bind("e/enter", "key.edit", "e", "enter"),
		Delete:    c.Bind("d", "key.delete", "d"),
		Undo:      c.Bind("u", "key.undo_delete", "u"),
		Remove:    c.Bind("d", "key.remove", "d"),
		Programme: c.Bind("a", "key.plan_programme", "a"),
		PrevYear:  c.Bind("[", "key.plan_prev_year", "["),
		NextYear:  c.Bind("]", "key.plan_next_year", "]"),
		Present:   c.Bind("f", "key.plan_present", "f"),
		Rows:      c.Bind("c", "key.plan_rows", "c"),
	}
}
