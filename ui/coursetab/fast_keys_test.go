package coursetab

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/uitest"
)

// Keys pressed faster than the course file is written each count: four
// shifts typed before any save lands move the block 20 minutes, and four
// K move the card four places.
func TestKeysFasterThanTheFileEachCount(t *testing.T) {
	h := newHarness(t, 2)
	start := h.saved().Blocks[1].Start
	h.Press("down")
	var cmds []tea.Cmd
	for range 4 {
		_, cmd := h.Tab.Update(uitest.Key(">"))
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		h.Run(cmd)
	}
	if got := h.saved().Blocks[1].Start; got != start+20 {
		t.Errorf("four quick shifts moved the block %d minutes, want 20", got-start)
	}

	h.Press("v", "v", "G") // the last card
	last := h.saved().Cards[len(h.saved().Cards)-1].ID
	cmds = nil
	for range 4 {
		_, cmd := h.Tab.Update(uitest.Key("K"))
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		h.Run(cmd)
	}
	cards := h.saved().Cards
	if cards[len(cards)-5].ID != last {
		t.Errorf("four quick K moved the last card to %d from the end, want 5th", func() int {
			for i, c := range cards {
				if c.ID == last {
					return len(cards) - i
				}
			}
			return -1
		}())
	}
}

// A course made the day before class is moved to its first day with D; the
// clock then finds the block on.
func TestFirstDayForm(t *testing.T) {
	h := newHarness(t, 2)
	h.clock = day1.AddDate(0, 0, 3) // three days after the day it was made
	if v := h.view(); !strings.Contains(v, "No block") {
		t.Fatalf("a course three days old finds a block on:\n%s", v)
	}
	h.Press("D", "ctrl+u", "text:2027-13-01", "enter")
	if h.tab.Form == nil || h.Folder.Saves != 0 {
		t.Fatal("a date that is no date is refused at the field, nothing saved")
	}
	h.Press("ctrl+u", "text:"+h.clock.Format("2006-01-02"), "enter")
	if h.tab.Form != nil {
		t.Fatalf("the form stays open:\n%s", h.view())
	}
	if got := h.saved().Start; !got.Equal(model.Day(h.clock)) {
		t.Errorf("day 1 is saved as %v", got)
	}
	if v := h.view(); !strings.Contains(v, "by the clock") {
		t.Errorf("the clock finds no block on the course's first day:\n%s", v)
	}
}

// The tab opens on the block on now and the team shown.
func TestTheTabOpensWhereTheClassIs(t *testing.T) {
	ch := uitest.ForCourse(t, 3, day1, func(c *common.Context) common.Tab {
		c.Course.Team = 2
		return New(c)
	})
	tab := ch.Tab.(*Model)
	if got := ch.Course.Course.Blocks[tab.agenda.Cursor].ID; got != "d1-am2" {
		t.Errorf("at 11:00 on day 1 the agenda opens on %q, want the block on now", got)
	}
	if tab.teams.Cursor != 2 {
		t.Errorf("the teams open on index %d, want the team shown (2)", tab.teams.Cursor)
	}
}
