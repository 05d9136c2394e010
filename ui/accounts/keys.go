package accounts

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

// keyMap is the tab's own keys, beside the shared ones of the frame.
type keyMap struct {
	common.NavKeys
	New, Edit, Archive, Undo            key.Binding
	Filter, Sort, Reverse, ShowArchived key.Binding
	Restore                             key.Binding
	StageCycle, StageFwd, StageBack     key.Binding
	StageProposed                       key.Binding
	Import, Plan                        key.Binding
	ImportKind, Complete, DoImport      key.Binding
	FilterKeep, FilterClear             key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NavKeys:      common.NewNavKeys(c),
		New:          c.Bind("n", "key.new", "n"),
		Edit:         c.Bind("e", "key.edit", "e"),
		Archive:      c.Bind("d", "key.archive", "d"),
		Undo:         c.Bind("u", "key.undo", "u"),
		Filter:       c.Bind("/", "key.filter", "/"),
		Sort:         c.Bind("s", "key.sort", "s"),
		Reverse:      c.Bind("S", "key.reverse", "S"),
		ShowArchived: c.Bind("a", "key.show_archived", "a"),
		Restore:      c.Bind("r", "key.restore", "r"),
		StageCycle:   c.Bind("space", "key.stage_cycle", " "),
		StageFwd:     c.Bind("→/l", "key.stage_forward", "right", "l"),
		StageBack:    c.Bind("←/h", "key.stage_back", "left", "h"),
		// f gives a stage back to kam: p is the account plan, on every view.
		StageProposed: c.Bind("f", "key.stage_proposed", "f"),
		Import:        c.Bind("i", "key.import", "i"),
		Plan:          c.Bind("p", "key.plan", "p"),
		ImportKind:    c.Bind("ctrl+t", "key.import_kind", "ctrl+t"),
		Complete:      c.Bind("tab", "key.complete", "tab"),
		DoImport:      c.Bind("y/enter", "key.do_import", "y", "Y", "enter"),
		FilterKeep:    c.Bind("enter", "key.filter_keep", "enter"),
		FilterClear:   c.Bind("esc", "key.filter_clear", "esc"),
	}
}
