package buyer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

func (m *Model) mapKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.scroll = max(m.scroll-1, 0)
	case key.Matches(msg, k.Down):
		m.scroll++
	case key.Matches(msg, k.PageUp):
		m.scroll = max(m.scroll-max(m.Height-2, 1), 0)
	case key.Matches(msg, k.PageDown):
		m.scroll += max(m.Height-2, 1) // a page is at least a line, however short the terminal
	case key.Matches(msg, k.People):
		m.screen, m.personCursor = screenPeople, 0
	}
	return nil
}

// mapView draws the relationship: the customer's people grouped by
// function, each under the one they report to, with their stance and
// influence and the person of ours they are linked to; then the shape of
// it all (bow-tie or diamond) and the coverage warnings.
func (m *Model) mapView(a model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	l := m.Ctx.Lang
	active := m.activeContacts(a)
	r := model.MapRelationship(active, m.Ctx.Data.People)
	summary := []string{st.Muted.Render(shapeText(m.Ctx.T, r))}
	if r.Links > 0 {
		summary = append(summary, st.Muted.Render(fmt.Sprintf(t("buyer.shape_stance"), r.Warm, r.Links-r.Warm-r.Cold, r.Cold)))
	}
	head := m.title(a, st.Title.Render(model.NameOf(model.Relationships, r.Shape, l)))

	nameW, roleW := 0, choiceWidth(m, model.Roles, "buyer.role")
	for _, c := range active {
		nameW = max(nameW, lipgloss.Width(c.Name)+4)
	}
	stanceW, inflW := choiceWidth(m, model.Stances, "buyer.stance"), choiceWidth(m, model.Influences, "buyer.influence")

	body := append(summary, "")
	functions := slices.Clone(model.CoveredFunctions)
	if slices.ContainsFunc(active, func(c model.Contact) bool { return c.Function == "other" }) {
		functions = append(functions, "other")
	}
	for _, f := range functions {
		var group []model.Contact
		for _, c := range active {
			if c.Function == f {
				group = append(group, c)
			}
		}
		title := st.Title.Render(model.NameOf(model.Functions, f, l))
		if len(group) == 0 {
			body = append(body, title+"  "+st.Warn.Render(t("buyer.no_contact_here")))
			continue
		}
		body = append(body, title)
		for _, row := range tree(group) {
			c := row.contact
			name := strings.Repeat("  ", row.depth+1) + c.Name
			line := common.PadRight(name, nameW) + "  " + common.PadRight(model.NameOf(model.Roles, c.Role, l), roleW) + "  " +
				stanceStyle(m, c.Stance).Render(common.PadRight(model.NameOf(model.Stances, c.Stance, l), stanceW)) + "  " +
				common.PadRight(model.NameOf(model.Influences, c.Influence, l), inflW)
			if p, ok := m.Ctx.Data.Person(c.Counterpart); ok {
				line += "  " + st.Brand.Render("<- "+p.Name) + st.Muted.Render(" "+model.NameOf(model.OurFunctions, p.Function, l))
			} else {
				line += "  " + st.Faint.Render(t("buyer.no_counterpart"))
			}
			body = append(body, line)
		}
	}
	body = append(body, "")
	body = append(body, m.warningLines(active)...)
	for i := range body {
		body[i] = common.Truncate(body[i], m.Width)
	}
	rows := max(h-1, 1)
	top := max(min(m.scroll, len(body)-rows), 0)
	return strings.Join(append([]string{head}, body[top:min(top+rows, len(body))]...), "\n")
}

// shapeText says what the shape is and, for a bow-tie, what would make
// a diamond: more functions linked, or links beyond sales ↔ buying.
func shapeText(t func(string) string, r model.RelationshipMap) string {
	switch {
	case r.Shape == model.Diamond:
		return fmt.Sprintf(t("buyer.diamond"), r.Ours, r.Theirs)
	case r.Shape == model.NoLinks:
		return t("buyer.no_links")
	case r.Ours >= 2 && r.Theirs >= 2 && r.Beyond == 0:
		return t("buyer.shape_front_line")
	}
	return fmt.Sprintf(t("buyer.bowtie"), r.Ours, r.Theirs)
}

type treeRow struct {
	contact model.Contact
	depth   int
}

// tree orders a function's contacts so each comes under the one they
// report to, when that one is in the same function.
func tree(group []model.Contact) []treeRow {
	in := map[string]bool{}
	for _, c := range group {
		in[c.ID] = true
	}
	var out []treeRow
	var walk func(parent string, depth int)
	walk = func(parent string, depth int) {
		for _, c := range group {
			boss := c.ReportsTo
			if !in[boss] {
				boss = ""
			}
			if boss == parent {
				out = append(out, treeRow{c, depth})
				walk(c.ID, depth+1)
			}
		}
	}
	walk("", 0)
	return out
}

// stanceStyle colours a stance: warm green, neutral plain, cold red.
func stanceStyle(m *Model, s model.Stance) lipgloss.Style {
	st := m.Ctx.Styles
	switch s {
	case "advocate", "supporter":
		return st.OK
	case "critic", "opponent":
		return st.Error
	}
	return st.App
}
