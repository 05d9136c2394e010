package boards

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	common.NavKeys
	Add, Remove, Undo, HandOver key.Binding
	// the hand-over's picker
	Pick, Attractiveness, Strength, More, Less, Weight, Done key.Binding
	// the question of which teams get what was picked
	Every, ThisTeam key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NavKeys:        common.NewNavKeys(c),
		Add:            c.Bind("a", "key.boards_add", "a"),
		Remove:         c.Bind("d", "key.boards_remove", "d"),
		Undo:           c.Bind("u", "key.boards_undo", "u"),
		HandOver:       c.Bind("x", "key.boards_hand_over", "x"),
		Pick:           c.Bind("space", "key.boards_pick", " ", "space"),
		Attractiveness: c.Bind("a", "key.boards_on_attractiveness", "a"),
		Strength:       c.Bind("s", "key.boards_on_strength", "s"),
		More:           c.Bind("+", "key.boards_weight_up", "+", "="),
		Less:           c.Bind("-", "key.boards_weight_down", "-"),
		Weight:         c.Bind("e", "key.boards_weight_type", "e"),
		Done:           c.Bind("enter", "key.boards_hand_over_save", "enter"),
		Every:          c.Bind("y", "key.boards_every_team", "y", "Y"),
		ThisTeam:       c.Bind("t", "key.boards_this_team", "t", "T"),
	}
}
