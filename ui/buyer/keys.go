package buyer

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	common.NavKeys
	Cycle, EditAnswer, Verified, Gaps, Items, RangeProfile key.Binding
	New, Edit, Remove, Log, Archive, Undo, ShowArchived    key.Binding
	Restore, People                                        key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NavKeys:      common.NewNavKeys(c),
		Cycle:        c.Bind("space", "key.cycle_status", " "),
		EditAnswer:   c.Bind("enter", "key.edit_answer", "enter"),
		Verified:     c.Bind("t", "key.verified_today", "t"),
		Gaps:         c.Bind("f", "key.only_gaps", "f"),
		Items:        c.Bind("I", "key.checklist_items", "I"),
		RangeProfile: c.Bind("R", "key.range_profile", "R"),
		New:          c.Bind("n", "key.new", "n"),
		Edit:         c.Bind("e", "key.edit", "e"),
		Remove:       c.Bind("d", "key.remove", "d"),
		Log:          c.Bind("l", "key.log_moment", "l"),
		Archive:      c.Bind("d", "key.archive", "d"),
		Undo:         c.Bind("u", "key.undo", "u"),
		ShowArchived: c.Bind("a", "key.show_archived", "a"),
		Restore:      c.Bind("r", "key.restore", "r"),
		People:       c.Bind("P", "key.our_people", "P"),
	}
}
