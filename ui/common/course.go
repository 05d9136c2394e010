package common

import (
	"fmt"

	"github.com/kam-workbench/kam/model"
)

// TeamName is how a team is called on screen: its own name, else "Team 3".
func (c *Context) TeamName(t model.Team) string {
	if t.Name != "" {
		return t.Name
	}
	return fmt.Sprintf(c.T("mode.team"), t.Number)
}
