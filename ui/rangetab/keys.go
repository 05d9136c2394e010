package rangetab

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	common.NavKeys
	Left, Right                                 key.Binding
	New, Edit, Delete, Archive, Undo, Unarchive key.Binding
	Toggle, Plan, After, Show                   key.Binding
	Status, Period                              key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NavKeys:   common.NewNavKeys(c),
		Left:      c.Bind("←/h", "key.left", "left", "h"),
		Right:     c.Bind("→/l", "key.right", "right", "l"),
		New:       c.Bind("n", "key.new", "n"),
		Edit:      c.Bind("e/enter", "key.edit", "e", "enter"),
		Delete:    c.Bind("d", "key.delete", "d"),
		Archive:   c.Bind("d", "key.archive", "d"),
		Undo:      c.Bind("u", "key.undo_delete", "u"),
		Unarchive: c.Bind("u", "key.undo", "u"),
		Toggle:    c.Bind("space", "key.range_toggle", " "),
		Plan:      c.Bind("p", "key.range_plan", "p"),
		After:     c.Bind("a", "key.range_after", "a"),
		Show:      c.Bind("m", "key.range_show", "m"),
		Status:    c.Bind("s", "key.range_status", "s"),
		Period:    c.Bind("t", "key.range_period", "t"),
	}
}
