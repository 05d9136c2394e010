package buyer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// people are our active people, the ones the editor lists.
func (m *Model) people() []model.Person {
	return slices.DeleteFunc(slices.Clone(m.Ctx.Data.People), func(p model.Person) bool { return p.Archived })
}

func (m *Model) peopleKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	list := m.people()
	switch {
	case key.Matches(msg, k.Back):
		m.screen = screenView
	case m.moved(msg, &m.personCursor, len(list)):
	case key.Matches(msg, k.New):
		return m.openPersonForm(model.Person{Function: "kam"})
	case len(list) == 0:
	case key.Matches(msg, k.Edit):
		return m.openPersonForm(list[m.personCursor])
	case key.Matches(msg, k.Remove):
		p := list[m.personCursor]
		m.Ask = &common.Question{Text: fmt.Sprintf(m.Ctx.T("ask.remove_person"), p.Name), Yes: func() tea.Cmd {
			p.Archived = true // kept, so the contacts linked to them still say who it was
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.archived"), p.Name), p)
		}}
	}
	return nil
}

func (m *Model) peopleView() string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	list := m.people()
	lines := []string{st.Title.Render(t("buyer.our_people")) + st.Muted.Render("  "+t("buyer.our_people_hint")), ""}
	if len(list) == 0 {
		return strings.Join(append(lines, "  "+st.Muted.Render(t("buyer.no_people"))), "\n")
	}
	cols := common.FitColumns([]common.Column{
		{ID: "name", Title: t("col.person_name"), Width: 18, Flex: true},
		{ID: "title", Title: t("buyer.title"), Width: 24, Keep: 2},
		{ID: "function", Title: t("buyer.function"), Width: choiceWidth(m, model.OurFunctions, "buyer.function"), Keep: 3},
		{ID: "links", Title: t("buyer.links"), Width: 6, Right: true, Keep: 1},
	}, m.Width)
	tbl := common.Table{Len: len(list), Cursor: m.personCursor}
	tbl.SetHeight(m.Height - 3)
	lines = append(lines, tbl.View(cols, m.Width, st, func(row int, col string) string {
		p := list[row]
		switch col {
		case "name":
			return p.Name
		case "title":
			return p.Title
		case "function":
			return model.NameOf(model.OurFunctions, p.Function, m.Ctx.Lang)
		case "links":
			n := 0
			for _, c := range m.Ctx.Data.Contacts {
				if c.Counterpart == p.ID && !c.Archived {
					n++
				}
			}
			return fmt.Sprint(n)
		}
		return ""
	}))
	return strings.Join(lines, "\n")
}

func (m *Model) openPersonForm(p model.Person) tea.Cmd {
	v := p
	title := m.Ctx.T("buyer.new_person")
	if p.ID != "" {
		title = fmt.Sprintf(m.Ctx.T("form.edit_title"), p.Name)
	}
	return m.OpenForm(&common.EditForm{
		Title: title,
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(m.Ctx.T("field.person_name")).Value(&v.Name).Validate(func(s string) error {
					return m.Ctx.Loc(model.CheckPerson(model.Person{Name: s, Function: "kam"}))
				}),
				huh.NewInput().Title(m.Ctx.T("buyer.title")).Value(&v.Title).Validate(func(s string) error { return m.Ctx.Loc(model.CheckShort(s)) }),
				huh.NewSelect[model.Function]().Title(m.Ctx.T("buyer.function")).Options(common.Options(m.Ctx, model.OurFunctions)...).Value(&v.Function).Inline(true),
			)}
		},
		Save: func() (tea.Cmd, error) {
			q := v
			q.Name, q.Title = strings.TrimSpace(q.Name), strings.TrimSpace(q.Title)
			if err := model.CheckPerson(q); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.saved"), q.Name), q), nil
		},
		Dirty: func() bool { return v != p },
	})
}
