package coursetab

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

// keyMap is the tab's keys. Those marked trainer work only for the
// trainer, and show in the help only then.
type keyMap struct {
	common.NavKeys
	// the agenda
	Go, Board                         key.Binding
	Choose, Follow                    key.Binding // trainer
	Earlier, Later, StartAt, FirstDay key.Binding // trainer
	SendAll                           key.Binding // trainer, in a served course
	// the timer (trainer)
	SetTimer, StartPause, PlusMinute, ResetTimer key.Binding
	// the cards
	ShowCard, PrevCard, NextCard, OpenLink, Present key.Binding
	NewCard, EditCard, CardUp, CardDown, Delete     key.Binding // trainer
	Undo                                            key.Binding // trainer
	// the teams (trainer)
	ShowTeam, ResetTeam, ResetAll, CopyIn key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NavKeys:    common.NewNavKeys(c),
		Go:         c.Bind("enter", "key.course_go", "enter"),
		Board:      c.Bind("b", "key.course_board", "b"),
		Choose:     c.Bind("c", "key.course_choose", "c"),
		Follow:     c.Bind("C", "key.course_follow", "C"),
		Earlier:    c.Bind("</-", "key.course_earlier", "<", "-"),
		Later:      c.Bind(">/+", "key.course_later", ">", "+"),
		StartAt:    c.Bind("e", "key.course_start_at", "e"),
		FirstDay:   c.Bind("D", "key.course_first_day", "D"),
		SetTimer:   c.Bind("t", "key.course_timer_set", "t"),
		StartPause: c.Bind("s", "key.course_timer_start", "s"),
		PlusMinute: c.Bind("+", "key.course_timer_plus", "+"),
		ResetTimer: c.Bind("0", "key.course_timer_reset", "0"),
		ShowCard:   c.Bind("enter", "key.course_show_card", "enter"),
		PrevCard:   c.Bind("←/h", "key.course_prev_card", "left", "h"),
		NextCard:   c.Bind("→/l", "key.course_next_card", "right", "l"),
		OpenLink:   c.Bind("enter", "key.course_open_link", "enter"),
		Present:    c.Bind("f", "key.course_present", "f"),
		NewCard:    c.Bind("n", "key.new", "n"),
		EditCard:   c.Bind("e", "key.edit", "e"),
		CardUp:     c.Bind("K", "key.course_card_up", "K"),
		CardDown:   c.Bind("J", "key.course_card_down", "J"),
		Delete:     c.Bind("d", "key.delete", "d"),
		Undo:       c.Bind("u", "key.undo_delete", "u"),
		ShowTeam:   c.Bind("enter", "key.course_show_team", "enter"),
		ResetTeam:  c.Bind("r", "key.course_reset_team", "r"),
		ResetAll:   c.Bind("R", "key.course_reset_all", "R"),
		CopyIn:     c.Bind("i", "key.course_copy_in", "i"),
		SendAll:    sendAll(c),
	}
}

// sendAll sends the whole room to a block's tab: only a served course
// has a room to send.
func sendAll(c *common.Context) key.Binding {
	k := c.Bind("a", "key.course_send_all", "a")
	k.SetEnabled(c.Course != nil && c.Course.Served())
	return k
}
