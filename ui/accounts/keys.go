package accounts

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Open, New, Edit, Archive, Undo          key.Binding
	Filter, Sort, Reverse, ShowArchived     key.Binding
	Restore, Back                           key.Binding
	StageCycle, StageFwd, StageBack         key.Binding
	FilterKeep, FilterClear                 key.Binding
	Yes, No, Cancel                         key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		Up:           c.Bind("↑/k", "key.up", "up", "k"),
		Down:         c.Bind("↓/j", "key.down", "down", "j"),
		PageUp:       c.Bind("pgup", "key.page_up", "pgup", "ctrl+u"),
		PageDown:     c.Bind("pgdn", "key.page_down", "pgdown", "ctrl+d"),
		Top:          c.Bind("g/home", "key.top", "g", "home"),
		Bottom:       c.Bind("G/end", "key.bottom", "G", "end"),
		Open:         c.Bind("enter", "key.open", "enter"),
		New:          c.Bind("n", "key.new", "n"),
		Edit:         c.Bind("e", "key.edit", "e"),
		Archive:      c.Bind("d", "key.archive", "d"),
		Undo:         c.Bind("u", "key.undo", "u"),
		Filter:       c.Bind("/", "key.filter", "/"),
		Sort:         c.Bind("s", "key.sort", "s"),
		Reverse:      c.Bind("S", "key.reverse", "S"),
		ShowArchived: c.Bind("a", "key.show_archived", "a"),
		Restore:      c.Bind("r", "key.restore", "r"),
		Back:         c.Bind("esc", "key.back", "esc"),
		StageCycle:   c.Bind("space", "key.stage_cycle", " "),
		StageFwd:     c.Bind("→/l", "key.stage_forward", "right", "l"),
		StageBack:    c.Bind("←/h", "key.stage_back", "left", "h"),
		FilterKeep:   c.Bind("enter", "key.filter_keep", "enter"),
		FilterClear:  c.Bind("esc", "key.filter_clear", "esc"),
		Yes:          c.Bind("y", "key.yes", "y", "Y"),
		No:           c.Bind("n/esc", "key.no", "n", "N", "esc"),
		Cancel:       c.Bind("esc", "key.cancel", "esc"),
	}
}
