package compare

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	common.NavKeys
	Section, Left, Right, PrevTeams, NextTeams key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NavKeys:   common.NewNavKeys(c),
		Section:   c.Bind("s", "key.compare_section", "s"),
		Left:      c.Bind("←/h", "key.compare_left", "left", "h"),
		Right:     c.Bind("→/l", "key.compare_right", "right", "l"),
		PrevTeams: c.Bind("[", "key.compare_prev_teams", "["),
		NextTeams: c.Bind("]", "key.compare_next_teams", "]"),
	}
}
