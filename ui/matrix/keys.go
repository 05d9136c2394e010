package matrix

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

// keyMap is the tab's keys beside the shared ones (up, down, pages, open,
// back, views, yes, no, cancel), which come from common.NavKeys.
type keyMap struct {
	common.NavKeys
	Arrows, Left, Right, ListNext, ListPrev, Evaluate, Trails, Criteria key.Binding
	Score, Nudge, Comment, Save                                         key.Binding
	Weight, WeightUp, WeightDown, New, Edit, Remove, Thresholds         key.Binding
	Preview, Rescore, Size                                              key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	nav := common.NewNavKeys(c)
	// The shared keys say what they do here.
	nav.Open.SetHelp("enter", c.T("key.open_evaluations"))
	nav.NextView.SetHelp("v", c.T("key.summary"))
	return keyMap{
		NavKeys:    nav,
		Arrows:     c.Bind("←↑↓→", "key.plot_move", "left", "right", "up", "down"),
		Left:       c.Bind("←", "key.left", "left"),
		Right:      c.Bind("→", "key.right", "right"),
		ListNext:   c.Bind("j/k", "key.legend_move", "j", "k"),
		ListPrev:   c.Bind("k", "key.legend_move", "k"),
		Evaluate:   c.Bind("e", "key.evaluate", "e"),
		Trails:     c.Bind("t", "key.trails", "t"),
		Criteria:   c.Bind("c", "key.criteria", "c"),
		Score:      c.Bind("1-9,0", "key.score", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"),
		Nudge:      c.Bind("←/→", "key.nudge", "left", "right", "-", "+", "="),
		Comment:    c.Bind("enter", "key.comment", "enter"),
		Save:       c.Bind("ctrl+s", "key.save", "ctrl+s"),
		Weight:     c.Bind("+/-", "key.weight", "+", "=", "-"),
		WeightUp:   c.Bind("+", "key.weight", "+", "="),
		WeightDown: c.Bind("-", "key.weight", "-"),
		New:        c.Bind("n", "key.new_criterion", "n"),
		Edit:       c.Bind("e", "key.edit", "e"),
		Remove:     c.Bind("d", "key.remove", "d"),
		Thresholds: c.Bind("t", "key.thresholds", "t"),
		Preview:    c.Bind("p", "key.preview_plot", "p"),
		Rescore:    c.Bind("r", "key.rescore", "r"),
		Size:       c.Bind("z", "key.size_by_sales", "z"),
	}
}
