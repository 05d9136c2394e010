package matrix

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	Arrows, Left, Right, Up, Down, ListNext, ListPrev key.Binding
	Open, Evaluate, Trails, Summary, Criteria, Back   key.Binding
	Score, Nudge, Comment, Save, Cancel               key.Binding
	Weight, WeightUp, WeightDown, New, Edit, Remove   key.Binding
	Thresholds, Yes, No, PageUp, PageDown             key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		Arrows:     c.Bind("←↑↓→", "key.plot_move", "left", "right", "up", "down"),
		Left:       c.Bind("←", "key.left", "left"),
		Right:      c.Bind("→", "key.right", "right"),
		Up:         c.Bind("↑/k", "key.up", "up", "k"),
		Down:       c.Bind("↓/j", "key.down", "down", "j"),
		ListNext:   c.Bind("j/k", "key.legend_move", "j", "k"),
		ListPrev:   c.Bind("k", "key.legend_move", "k"),
		Open:       c.Bind("enter", "key.open_evaluations", "enter"),
		Evaluate:   c.Bind("e", "key.evaluate", "e"),
		Trails:     c.Bind("t", "key.trails", "t"),
		Summary:    c.Bind("v", "key.summary", "v"),
		Criteria:   c.Bind("c", "key.criteria", "c"),
		Back:       c.Bind("esc", "key.back", "esc"),
		Score:      c.Bind("1-9,0", "key.score", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"),
		Nudge:      c.Bind("←/→", "key.nudge", "left", "right", "-", "+", "="),
		Comment:    c.Bind("enter", "key.comment", "enter"),
		Save:       c.Bind("ctrl+s", "key.save", "ctrl+s"),
		Cancel:     c.Bind("esc", "key.cancel", "esc"),
		Weight:     c.Bind("+/-", "key.weight", "+", "=", "-"),
		WeightUp:   c.Bind("+", "key.weight", "+", "="),
		WeightDown: c.Bind("-", "key.weight", "-"),
		New:        c.Bind("n", "key.new_criterion", "n"),
		Edit:       c.Bind("e", "key.edit", "e"),
		Remove:     c.Bind("d", "key.remove", "d"),
		Thresholds: c.Bind("t", "key.thresholds", "t"),
		Yes:        c.Bind("y", "key.yes", "y", "Y"),
		No:         c.Bind("n/esc", "key.no", "n", "N", "esc"),
		PageUp:     c.Bind("pgup", "key.page_up", "pgup"),
		PageDown:   c.Bind("pgdn", "key.page_down", "pgdown"),
	}
}
