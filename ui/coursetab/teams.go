package coursetab

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

func (m *Model) teamsKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	teams := m.course().Teams
	m.teams.SetLen(len(teams))
	if m.trainer() && len(teams) > 0 {
		team := teams[m.teams.Cursor]
		switch {
		case key.Matches(msg, k.ShowTeam):
			i := m.teams.Cursor
			return func() tea.Msg { return common.SwitchTeamMsg{Index: i} }
		case key.Matches(msg, k.ResetTeam):
			return m.askReset([]model.Team{team})
		case key.Matches(msg, k.ResetAll):
			return m.askReset(teams)
		case key.Matches(msg, k.CopyIn):
			return m.copyInForm(team)
		}
	}
	k.MoveCursor(msg, &m.teams.Cursor, len(teams), m.teams.Height)
	return nil
}

// busy is the first of teams whose saves are under way.
func (m *Model) busy(teams []model.Team) (model.Team, bool) {
	for _, t := range teams {
		if m.Ctx.Course.Busy(t.Number) {
			return t, true
		}
	}
	return model.Team{}, false
}

// askReset asks, saying what is lost and where the old files are kept,
// before putting teams back to the case study; a team still saving is
// not reset.
func (m *Model) askReset(teams []model.Team) tea.Cmd {
	if t, ok := m.busy(teams); ok {
		return common.Status(fmt.Sprintf(m.Ctx.T("course.team_busy"), m.Ctx.TeamName(t)), true)
	}
	numbers := make([]int, len(teams))
	for i, t := range teams {
		numbers[i] = t.Number
	}
	question := fmt.Sprintf(m.Ctx.T("course.ask_reset_team"), m.Ctx.TeamName(teams[0]))
	if len(teams) > 1 {
		question = fmt.Sprintf(m.Ctx.TN("course.ask_reset_all", len(teams)), len(teams))
	}
	m.Confirm(question, func() tea.Cmd {
		if t, ok := m.busy(teams); ok { // a save may have started while the question waited
			return common.Status(fmt.Sprintf(m.Ctx.T("course.team_busy"), m.Ctx.TeamName(t)), true)
		}
		return m.Ctx.Course.ResetTeams(numbers, m.Ctx.Lang, m.now())
	})
	return nil
}

// copyInForm asks for the path of a team's file brought from its laptop,
// which then replaces the team's workspace.
func (m *Model) copyInForm(team model.Team) tea.Cmd {
	if _, ok := m.busy([]model.Team{team}); ok {
		return common.Status(fmt.Sprintf(m.Ctx.T("course.team_busy"), m.Ctx.TeamName(team)), true)
	}
	path := ""
	t := m.Ctx.T
	required := func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("%s", t("course.copy_path_needed"))
		}
		return nil
	}
	m.courseForm = false
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(t("course.copy_title"), m.Ctx.TeamName(team)),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("course.copy_field")).Description(fmt.Sprintf(t("course.copy_hint"), m.Ctx.Course.Dir())).
					Value(&path).Validate(required),
			)}
		},
		Save: func() (tea.Cmd, error) {
			if err := required(path); err != nil {
				return nil, err
			}
			if _, ok := m.busy([]model.Team{team}); ok {
				return nil, fmt.Errorf("%s", fmt.Sprintf(t("course.team_busy"), m.Ctx.TeamName(team)))
			}
			m.copying[team.Number] = true
			return m.Ctx.Course.CopyIn(team.Number, data.ExpandHome(strings.TrimSpace(path))), nil
		},
		Dirty: func() bool { return path != "" },
	})
}

// teamReset says what a reset or a copy did, or why not; a copy's form
// closes once its file is in, or reopens with the reason.
func (m *Model) teamReset(msg data.TeamResetMsg) tea.Cmd {
	name := m.teamName(msg.Team)
	copied := m.copying[msg.Team]
	delete(m.copying, msg.Team)
	var reopen tea.Cmd
	if copied && !m.courseForm && m.Form.Saving() {
		if msg.Err != nil {
			reopen = m.Form.Failed(m.Ctx, msg.Err)
		} else {
			m.FormSaved()
		}
	}
	return tea.Batch(reopen, m.resetStatus(msg, name, copied))
}

// resetStatus is what the status line says of a reset or a copy.
func (m *Model) resetStatus(msg data.TeamResetMsg, name string, copied bool) tea.Cmd {
	t := m.Ctx.T
	switch {
	case msg.Err != nil && copied:
		return common.Status(fmt.Sprintf(t("course.copy_failed"), name, model.Localize(msg.Err, m.Ctx.Lang)), true)
	case msg.Err != nil:
		return common.Status(fmt.Sprintf(t("course.reset_failed"), name, model.Localize(msg.Err, m.Ctx.Lang)), true)
	case copied && msg.Kept != "":
		return common.Status(fmt.Sprintf(t("course.copied_kept"), name, msg.Kept), false)
	case copied:
		return common.Status(fmt.Sprintf(t("course.copied"), name), false)
	case msg.Kept != "":
		return common.Status(fmt.Sprintf(t("course.reset_kept"), name, msg.Kept), false)
	}
	return common.Status(fmt.Sprintf(t("course.reset_done"), name), false)
}

// teamsView lists the teams: the one shown marked, what each team's file
// holds, and whether it is saving; a waiting question in full below.
func (m *Model) teamsView(h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	c := m.Ctx.Course
	teams := c.Course.Teams
	head := fmt.Sprintf(m.Ctx.TN("course.teams_head", len(teams)), len(teams), m.Ctx.TeamName(c.ShownTeam()), c.Dir())
	// Served, a line under the head says who is in and how to connect,
	// and the table names who works in each team.
	lines := []string{common.Truncate(head, m.Width)}
	names := map[int][]string{}
	if c.Served() {
		participants := 0
		for _, p := range c.People() {
			names[p.Team] = append(names[p.Team], p.Who)
			if p.Team != 0 {
				participants++
			}
		}
		// How to connect first: it is what the room reads off the projector.
		room := fmt.Sprintf(m.Ctx.TN("course.room_count", participants), participants)
		if door := c.Door(); door != "" {
			room = fmt.Sprintf(t("course.room_door"), st.Title.Render(door)) + st.Muted.Render(" · ") + room
		}
		lines = append(lines, common.Truncate(room, m.Width))
	}
	var below []string
	// Everyone in the team under the cursor, where the column cuts them.
	m.teams.SetLen(len(teams))
	if who := names[teams[min(m.teams.Cursor, len(teams)-1)].Number]; len(who) > 0 {
		team := teams[min(m.teams.Cursor, len(teams)-1)]
		below = append(below, "")
		below = append(below, common.Wrap(fmt.Sprintf(t("course.team_people"), m.Ctx.TeamName(team), strings.Join(who, ", ")), m.Width)...)
	}
	if m.Ask != nil {
		below = append(below, "")
		below = append(below, common.Wrap(st.Warn.Render(m.Ask.Text), m.Width)...)
	}
	rows := min(max(h-1-len(lines)-len(below), 1), len(teams))
	m.teams.SetHeight(rows)
	m.teams.SetLen(len(teams))
	mark := t("course.shown_mark")
	count := func(title string) int {
		return common.Widest(title, 1, func(int) string { return "999" })
	}
	columns := []common.Column{
		{ID: "shown", Title: "", Width: lipgloss.Width(mark), Keep: 9},
		{ID: "n", Title: "#", Width: 2, Right: true, Keep: 8},
		{ID: "name", Title: t("course.col_team"), Width: 10, Flex: true},
		{ID: "accounts", Title: t("course.col_accounts"), Width: count(t("course.col_accounts")), Right: true, Keep: 7},
		{ID: "evaluations", Title: t("course.col_evaluations"), Width: count(t("course.col_evaluations")), Right: true, Keep: 6},
		{ID: "negotiations", Title: t("course.col_negotiations"), Width: count(t("course.col_negotiations")), Right: true, Keep: 5},
		{ID: "promotions", Title: t("course.col_promotions"), Width: count(t("course.col_promotions")), Right: true, Keep: 4},
		{ID: "state", Title: "", Width: common.Widest("", 2, func(i int) string { return []string{t("course.saving"), t("course.loading")}[i] }), Keep: 8},
	}
	if c.Served() {
		columns = append(columns, common.Column{ID: "people", Title: t("course.col_people"), Width: 12, Flex: true, Keep: 3})
	}
	cols := common.FitColumns(columns, m.Width)
	table := m.teams.View(cols, m.Width, st, func(r int, col string) string {
		team, d := teams[r], c.Teams[r]
		ws := d.Workspace
		n := func(k int) string {
			if !d.Complete() {
				return "-"
			}
			return fmt.Sprint(k)
		}
		switch col {
		case "shown":
			if r == c.Team {
				return st.OK.Bold(true).Render(mark)
			}
		case "n":
			return fmt.Sprint(team.Number)
		case "name":
			if r == c.Team {
				return st.Title.Render(m.Ctx.TeamName(team))
			}
			return m.Ctx.TeamName(team)
		case "accounts":
			return n(len(ws.Accounts))
		case "evaluations":
			return n(len(ws.Evaluations))
		case "negotiations":
			return n(len(ws.Negotiations))
		case "promotions":
			return n(len(ws.Promotions))
		case "people":
			return strings.Join(names[team.Number], ", ")
		case "state":
			switch {
			case d.Pending > 0:
				return st.Warn.Render(t("course.saving"))
			case !d.Complete():
				return st.Muted.Render(t("course.loading"))
			}
		}
		return ""
	})
	out := strings.Join(lines, "\n") + "\n" + table
	if len(below) > 0 {
		out += "\n" + strings.Join(below, "\n")
	}
	return out
}
