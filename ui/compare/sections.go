package compare

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// quadrantShort are the quadrants' short names for a table cell, in
// Quadrant order.
var quadrantShort = [4]string{"compare.q_strategic", "compare.q_star", "compare.q_status", "compare.q_streamline"}

// differMark marks a row where the teams disagree; it reads without colour.
const differMark = "!"

// teamWindow is which teams get a column when not all fit in width: from
// first, fit of them (all when they fit). It keeps the window full.
func (m *Model) teamWindow(teams, fit int) (first, n int) {
	fit = max(fit, 1)
	if fit >= teams {
		m.firstTeam = 0
		return 0, teams
	}
	m.firstTeam = min(max(m.firstTeam, 0), teams-fit)
	return m.firstTeam, fit
}

// windowNote says which teams have columns when not all do.
func (m *Model) windowNote(first, n, teams int) string {
	if n >= teams {
		return ""
	}
	return m.Ctx.Styles.Muted.Render(fmt.Sprintf(m.Ctx.T("compare.teams_window"), first+1, first+n, teams)) + "  "
}

// teamColumns are the columns of the teams in the window, each w wide,
// titled by the team's name or, short, its number.
func (m *Model) teamColumns(c model.Comparison, first, n, w int) []common.Column {
	cols := make([]common.Column, 0, n)
	for i := first; i < first+n; i++ {
		t := c.Teams[i]
		title := m.Ctx.TeamName(t)
		if lipgloss.Width(title) > w {
			title = fmt.Sprintf(m.Ctx.T("compare.team_short"), t.Number)
		}
		cols = append(cols, common.Column{ID: fmt.Sprint(i), Title: title, Width: w})
	}
	return cols
}

// teamIndex is the team of a team column.
func teamIndex(col string) (int, bool) {
	var i int
	_, err := fmt.Sscan(col, &i)
	return i, err == nil
}

// Table widths: the cursor's marker, and the gap between columns.
const (
	markerW = 2
	gapW    = 2
)

// fitTeams is how many team columns of width w fit beside the label
// columns (of the widths given, gaps included).
func fitTeams(width, labels, w int) int { return (width - markerW - labels) / (w + gapW) }

func (m *Model) matrixView(c model.Comparison, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	if len(c.Accounts) == 0 {
		return "\n  " + st.Muted.Render(t("compare.no_accounts"))
	}
	evaluated := false
	for _, a := range c.Accounts {
		for _, p := range a.Places {
			evaluated = evaluated || p.Evaluated
		}
	}
	if !evaluated {
		return "\n  " + st.Muted.Render(t("compare.none_evaluated"))
	}
	tb := &m.accounts
	tb.SetLen(len(c.Accounts))
	acc := c.Accounts[tb.Cursor]

	head := st.Title.Render("< "+acc.Name+" >") + st.Muted.Render("  "+fmt.Sprintf(t("compare.account_of"), tb.Cursor+1, len(c.Accounts)))
	if acc.Differ {
		head += "  " + st.Warn.Render(differMark+" "+t("compare.teams_differ"))
	}
	rest := max(h-1, 1)
	plotH := min(max(rest*55/100, 9), 18, rest)
	tableH := rest - plotH - 1 // a blank line between
	var plot string
	if m.Width >= 100 {
		plotW := min(m.Width*55/100, 90)
		legendW := m.Width - plotW - 2
		plot = lipgloss.JoinHorizontal(lipgloss.Top, m.plot(c, acc, plotW, plotH), "  ", m.legend(c, acc, legendW, plotH))
	} else {
		plot = m.plot(c, acc, m.Width, plotH)
	}
	out := common.Truncate(head, m.Width) + "\n" + plot
	if tableH < 2 {
		return out
	}
	return out + "\n\n" + m.matrixTable(c, tableH)
}

// legend lists, beside the plot, where each team placed the account.
func (m *Model) legend(c model.Comparison, acc model.AccountComparison, w, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	nameW := 0
	for _, team := range c.Teams {
		nameW = max(nameW, lipgloss.Width(m.Ctx.TeamName(team)))
	}
	nameW = min(nameW, max(w/3, 6))
	lines := []string{st.Label.Render(common.Truncate(t("compare.legend"), w))}
	for i, p := range acc.Places {
		if i >= len(c.Teams) {
			break
		}
		if len(lines) == h-1 && i < len(acc.Places)-1 {
			lines = append(lines, st.Muted.Render(fmt.Sprintf(t("compare.more_teams"), len(acc.Places)-i)))
			break
		}
		team := c.Teams[i]
		line := m.styles.of(team.Number).Render(marker(team.Number)) + " " + common.PadRight(m.Ctx.TeamName(team), nameW) + "  "
		if !p.Evaluated {
			line += st.Muted.Render(t("compare.not_evaluated"))
		} else {
			line += common.PadRight(model.Quadrants[p.Quadrant].Name.In(m.Ctx.Lang), 10) + " " +
				fmt.Sprintf(t("compare.scores"), p.Attractiveness, p.Strength)
		}
		lines = append(lines, common.Truncate(line, w))
	}
	return strings.Join(lines, "\n")
}

// matrixCell is a team's placement of an account in a table cell: the
// quadrant short and, wide, the two scores.
func (m *Model) matrixCell(p model.Placement, wide bool) string {
	if !p.Evaluated {
		return "-"
	}
	s := m.Ctx.T(quadrantShort[p.Quadrant])
	if wide {
		s += fmt.Sprintf(" %.1f/%.1f", p.Attractiveness, p.Strength)
	}
	return s
}

// matrixTable is every account down, every team across, the account
// under the cursor marked, accounts the teams disagree on marked "!".
func (m *Model) matrixTable(c model.Comparison, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	nameW := common.Widest(t("compare.col_account"), len(c.Accounts), func(i int) string { return c.Accounts[i].Name })
	nameW = min(nameW, 24)
	widest := func(wide bool) int {
		w := 3
		for _, a := range c.Accounts {
			for _, p := range a.Places {
				w = max(w, lipgloss.Width(m.matrixCell(p, wide)))
			}
		}
		return w
	}
	labels := nameW + gapW + 1 + gapW
	cw, wide := widest(true), true
	if fitTeams(m.Width, labels, cw) < len(c.Teams) {
		cw, wide = widest(false), false
	}
	fit := fitTeams(m.Width, labels, cw)
	if fit < len(c.Teams) { // a narrower name column makes room for more teams
		nameW = max(m.Width-markerW-gapW-1-gapW-len(c.Teams)*(cw+gapW), min(nameW, 12))
		fit = fitTeams(m.Width, nameW+gapW+1+gapW, cw)
	}
	if fit < 1 {
		nameW = max(m.Width-markerW-gapW-1-gapW-cw-gapW, 6)
		fit = fitTeams(m.Width, nameW+gapW+1+gapW, cw)
	}
	first, n := m.teamWindow(len(c.Teams), fit)
	title := m.windowNote(first, n, len(c.Teams)) + st.Label.Render(t("compare.matrix_table"))
	cols := append([]common.Column{
		{ID: "name", Title: t("compare.col_account"), Width: nameW},
		{ID: "differ", Title: "", Width: 1},
	}, m.teamColumns(c, first, n, cw)...)
	tb := &m.accounts
	tb.SetHeight(h - 2)
	tb.SetLen(len(c.Accounts))
	table := tb.View(cols, m.Width, st, func(r int, col string) string {
		a := c.Accounts[r]
		switch col {
		case "name":
			return a.Name
		case "differ":
			if a.Differ {
				return st.Warn.Render(differMark)
			}
			return ""
		}
		i, ok := teamIndex(col)
		if !ok || i >= len(a.Places) {
			return ""
		}
		s := m.matrixCell(a.Places[i], wide)
		if a.Differ {
			return st.Warn.Render(s)
		}
		return s
	})
	return common.Truncate(title, m.Width) + "\n" + table
}

// zoneMark says whether a team's positions leave a zone of agreement:
// "+" one, "x" none, "?" their walk-away not estimated.
func zoneMark(z model.Zone) string {
	switch {
	case !z.Known:
		return "?"
	case z.Overlap:
		return "+"
	}
	return "x"
}

// positionCell is a team's opening / target / walk-away and its zone;
// amounts and units short (15K, 1.5万), rates and days as typed.
func (m *Model) positionCell(p model.Position, unit model.Unit) string {
	if !p.Set {
		return "-"
	}
	num := model.FormatNumber
	if unit == "amount" || unit == "units" {
		num = m.money
	}
	return num(p.Open) + "/" + num(p.Target) + "/" + num(p.Walk) + " " + zoneMark(p.Zone)
}

func (m *Model) prepareView(c model.Comparison, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	if len(c.Issues) == 0 {
		return "\n  " + st.Muted.Render(t("compare.no_positions"))
	}
	label := func(is model.IssueComparison) string {
		return is.Issue + " (" + model.NameOf(model.Units, is.Unit, m.Ctx.Lang) + ") · " + is.Account
	}
	labelW := common.Widest(t("compare.col_issue"), len(c.Issues), func(i int) string { return label(c.Issues[i]) })
	labelW = min(labelW, max(m.Width/4, 16))
	cw := 3
	for _, is := range c.Issues {
		for _, p := range is.Positions {
			cw = max(cw, lipgloss.Width(m.positionCell(p, is.Unit)))
		}
	}
	cw = min(max(cw, lipgloss.Width(fmt.Sprintf(t("compare.team_short"), len(c.Teams)))), 20)
	labels := labelW + gapW + 1 + gapW
	fit := fitTeams(m.Width, labels, cw)
	if fit < 1 {
		labelW = max(m.Width-markerW-gapW-1-gapW-cw-gapW, 6)
		fit = fitTeams(m.Width, labelW+gapW+1+gapW, cw)
	}
	first, n := m.teamWindow(len(c.Teams), fit)
	head := m.windowNote(first, n, len(c.Teams)) + st.Label.Render(t("compare.prepare_head"))
	legend := common.Wrap(t("compare.prepare_legend"), max(m.Width, 1))
	cols := append([]common.Column{
		{ID: "issue", Title: t("compare.col_issue"), Width: labelW},
		{ID: "differ", Title: "", Width: 1},
	}, m.teamColumns(c, first, n, cw)...)
	tb := &m.issues
	tb.SetHeight(h - 2 - len(legend) - 1)
	tb.SetLen(len(c.Issues))
	table := tb.View(cols, m.Width, st, func(r int, col string) string {
		is := c.Issues[r]
		switch col {
		case "issue":
			return label(is)
		case "differ":
			if is.Differ {
				return st.Warn.Render(differMark)
			}
			return ""
		}
		i, ok := teamIndex(col)
		if !ok || i >= len(is.Positions) {
			return ""
		}
		s := m.positionCell(is.Positions[i], is.Unit)
		if is.Differ {
			return st.Warn.Render(s)
		}
		return s
	})
	lines := []string{common.Truncate(head, m.Width), table}
	for r := len(c.Issues) - tb.Offset; r < tb.Height; r++ {
		lines = append(lines, "")
	}
	lines = append(lines, "")
	for _, l := range legend {
		lines = append(lines, st.Muted.Render(l))
	}
	return strings.Join(lines, "\n")
}

// money writes currency units short: 1.2M, 120万.
func (m *Model) money(units float64) string {
	return model.FormatCompact(model.Money(math.Round(units*100)), m.Ctx.Lang)
}

func (m *Model) planView(c model.Comparison, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	year := model.PlanYear(m.Ctx.Now())
	head := st.Label.Render(fmt.Sprintf(t("compare.plan_head"), year)) + st.Muted.Render(m.Ctx.AmountsIn())
	planned := false
	for _, p := range c.Plans {
		planned = planned || p.Promotions > 0
	}
	if !planned {
		return common.Truncate(head, m.Width) + "\n\n  " + st.Muted.Render(fmt.Sprintf(t("compare.no_plans"), year))
	}
	best, worst := -1, -1
	for i, p := range c.Plans {
		if !p.ROIKnown {
			continue
		}
		if best < 0 || p.ROI > c.Plans[best].ROI {
			best = i
		}
		if worst < 0 || p.ROI < c.Plans[worst].ROI {
			worst = i
		}
	}
	if best >= 0 && c.Plans[best].ROI == c.Plans[worst].ROI {
		best, worst = -1, -1 // one return, or all alike: nothing stands out
	}
	cols := common.FitColumns([]common.Column{
		{ID: "team", Title: t("compare.col_team"), Width: 8, Flex: true, Max: 24},
		{ID: "promotions", Title: t("compare.col_promotions"), Width: 6, Right: true, Keep: 5},
		{ID: "cost", Title: t("compare.col_cost"), Width: 8, Right: true, Keep: 7},
		{ID: "profit", Title: t("compare.col_profit"), Width: 8, Right: true, Keep: 6},
		{ID: "roi", Title: "ROI", Width: 6, Right: true, Keep: 9},
		{ID: "losing", Title: t("compare.col_losing"), Width: 6, Right: true, Keep: 4},
		{ID: "mark", Title: "", Width: 6, Keep: 8},
	}, m.Width)
	tb := &m.plans
	tb.SetHeight(h - 2)
	tb.SetLen(len(c.Plans))
	table := tb.View(cols, m.Width, st, func(r int, col string) string {
		p := c.Plans[r]
		switch col {
		case "team":
			return m.Ctx.TeamName(p.Team)
		case "promotions":
			return fmt.Sprint(p.Promotions)
		case "cost":
			return m.money(p.Cost)
		case "profit":
			return m.money(p.IncrementalGP)
		case "roi":
			if !p.ROIKnown {
				return "-"
			}
			s := model.FormatSignedPercent(math.Round(p.ROI))
			if p.ROI < 0 {
				return st.Error.Render(s)
			}
			return s
		case "losing":
			if p.Losing > 0 {
				return st.Warn.Render(fmt.Sprint(p.Losing))
			}
			return "0"
		case "mark":
			switch r {
			case best:
				return st.OK.Render(t("compare.best"))
			case worst:
				return st.Error.Render(t("compare.worst"))
			}
		}
		return ""
	})
	return common.Truncate(head, m.Width) + "\n" + table
}
