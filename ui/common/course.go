package common

import (
	"fmt"
	"time"

	"github.com/kam-workbench/kam/model"
)

// TeamName is how a team is called on screen: its own name, else "Team 3".
func (c *Context) TeamName(t model.Team) string {
	if t.Name != "" {
		return t.Name
	}
	return fmt.Sprintf(c.T("mode.team"), t.Number)
}

// TimeLeft writes what the exercise timer has left as minutes and
// seconds, "12:05", rounded up so it reads 0:00 only once the time is up.
func TimeLeft(d time.Duration) string {
	s := int((d + time.Second - 1) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
