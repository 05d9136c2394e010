package buyer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// visibleContacts are the account's active contacts, or its archived ones.
func (m *Model) visibleContacts(a model.Account) []model.Contact {
	return slices.DeleteFunc(m.Ctx.Data.ContactsOf(a.ID), func(c model.Contact) bool { return c.Archived != m.showArchived })
}

func (m *Model) activeContacts(a model.Account) []model.Contact {
	return slices.DeleteFunc(m.Ctx.Data.ContactsOf(a.ID), func(c model.Contact) bool { return c.Archived })
}

func (m *Model) contactsKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	list := m.visibleContacts(a)
	switch {
	case m.moved(msg, &m.contactCursor, len(list)):
		return nil
	case key.Matches(msg, k.ShowArchived):
		m.showArchived, m.contactCursor = !m.showArchived, 0
		return nil
	case key.Matches(msg, k.Back) && m.showArchived:
		m.showArchived, m.contactCursor = false, 0
		return nil
	case key.Matches(msg, k.New) && !m.showArchived:
		return m.openContactForm(model.Contact{AccountID: a.ID, Function: "buying", Role: "buyer", Stance: "neutral", Influence: "medium"})
	case key.Matches(msg, k.Undo):
		return m.undoArchive()
	case key.Matches(msg, k.People):
		m.screen, m.personCursor = screenPeople, 0
		return nil
	}
	if len(list) == 0 {
		return nil
	}
	c := list[min(m.contactCursor, len(list)-1)]
	switch {
	case m.showArchived && key.Matches(msg, k.Restore):
		c.Archived = false
		return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.restored"), c.Name), c)
	case m.showArchived:
		return nil
	case key.Matches(msg, k.Open):
		m.screen, m.scroll = screenContact, 0
	case key.Matches(msg, k.Edit):
		return m.openContactForm(c)
	case key.Matches(msg, k.Log):
		return m.openMomentForm(a, c.ID)
	case key.Matches(msg, k.Archive):
		m.Ask = &common.Question{Text: fmt.Sprintf(m.Ctx.T("ask.archive_contact"), c.Name), Yes: func() tea.Cmd {
			c.Archived = true
			m.lastArchived = c.ID
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.archived"), c.Name), c)
		}}
	}
	return nil
}

func (m *Model) undoArchive() tea.Cmd {
	c, ok := m.Ctx.Data.Contact(m.lastArchived)
	if !ok || !c.Archived {
		return common.Status(m.Ctx.T("status.nothing_to_undo"), false)
	}
	m.lastArchived = ""
	c.Archived = false
	return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.restored"), c.Name), c)
}

// current is the contact under the cursor of the contacts view.
func (m *Model) current(a model.Account) (model.Contact, bool) {
	list := m.visibleContacts(a)
	if len(list) == 0 {
		return model.Contact{}, false
	}
	return list[min(m.contactCursor, len(list)-1)], true
}

func (m *Model) contactsView(a model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	l := m.Ctx.Lang
	active := m.activeContacts(a)
	shape, _, _ := model.RelationshipOf(active, m.Ctx.Data.People)
	right := st.Muted.Render(fmt.Sprintf(t("buyer.relationship"), model.NameOf(model.Relationships, shape, l)))
	head := fmt.Sprintf(m.Ctx.TN("buyer.contacts_count", len(active)), len(active))
	if m.showArchived {
		head = fmt.Sprintf(t("buyer.archived_contacts"), len(m.visibleContacts(a)))
	}
	lines := []string{m.title(a, st.Muted.Render(head+"  ")+right)}

	warnings := m.warningLines(active)
	list := m.visibleContacts(a)
	if len(list) == 0 {
		empty := t("buyer.no_contacts")
		if m.showArchived {
			empty = t("buyer.no_archived_contacts")
		}
		lines = append(lines, "", "  "+st.Muted.Render(empty))
	} else {
		cols := common.FitColumns([]common.Column{
			{ID: "name", Title: t("col.person_name"), Width: 16, Flex: true},
			{ID: "title", Title: t("buyer.title"), Width: 18, Keep: 2},
			{ID: "function", Title: t("buyer.function"), Width: choiceWidth(m, model.Functions, "buyer.function"), Keep: 6},
			{ID: "role", Title: t("buyer.role"), Width: choiceWidth(m, model.Roles, "buyer.role"), Keep: 8},
			{ID: "stance", Title: t("buyer.stance"), Width: choiceWidth(m, model.Stances, "buyer.stance"), Keep: 9},
			{ID: "influence", Title: t("buyer.influence"), Width: choiceWidth(m, model.Influences, "buyer.influence"), Keep: 7},
			{ID: "last", Title: t("buyer.last_contact"), Width: max(lipgloss.Width(t("buyer.last_contact")), 8), Right: true, Keep: 5},
			{ID: "counterpart", Title: t("buyer.counterpart"), Width: 16, Keep: 4},
		}, m.Width)
		rows := max(h-1-1-len(warnings), 3)
		tbl := common.Table{Len: len(list), Cursor: min(m.contactCursor, len(list)-1)}
		tbl.SetHeight(rows)
		lines = append(lines, tbl.View(cols, m.Width, st, func(row int, col string) string {
			c := list[row]
			switch col {
			case "name":
				return c.Name
			case "title":
				return c.Title
			case "function":
				return model.NameOf(model.Functions, c.Function, l)
			case "role":
				return model.NameOf(model.Roles, c.Role, l)
			case "stance":
				return model.NameOf(model.Stances, c.Stance, l)
			case "influence":
				return model.NameOf(model.Influences, c.Influence, l)
			case "last":
				return m.since(c.LastContact)
			case "counterpart":
				p, _ := m.Ctx.Data.Person(c.Counterpart)
				return p.Name
			}
			return ""
		}))
	}
	return common.Foot(strings.Join(lines, "\n"), warnings, h)
}

// warningLines are the account's coverage warnings, one line each.
func (m *Model) warningLines(active []model.Contact) []string {
	ws := model.CoverageWarnings(active, m.Ctx.Now())
	if len(ws) == 0 {
		return []string{m.Ctx.Styles.OK.Render(m.Ctx.T("buyer.no_warnings"))}
	}
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = m.Ctx.Styles.Warn.Render("! " + w.Msg.In(m.Ctx.Lang))
	}
	return out
}

// choiceWidth is the cells the widest name of a list (or its header) takes.
func choiceWidth[K comparable](m *Model, list []model.Choice[K], header string) int {
	w := lipgloss.Width(m.Ctx.T(header))
	for _, c := range list {
		w = max(w, lipgloss.Width(c.Name.In(m.Ctx.Lang)))
	}
	return w
}

// contactDetailKey handles the detail of one contact.
func (m *Model) contactDetailKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	c, ok := m.current(a)
	switch {
	case key.Matches(msg, k.Back) || !ok:
		m.screen = screenView
	case key.Matches(msg, k.Up):
		m.scroll = max(m.scroll-1, 0)
	case key.Matches(msg, k.Down):
		m.scroll++
	case key.Matches(msg, k.Edit):
		return m.openContactForm(c)
	case key.Matches(msg, k.Log):
		return m.openMomentForm(a, c.ID)
	}
	return nil
}

func (m *Model) contactDetailView(a model.Account) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	l := m.Ctx.Lang
	c, ok := m.current(a)
	if !ok {
		return st.Muted.Render(t("detail.gone"))
	}
	boss, _ := m.Ctx.Data.Contact(c.ReportsTo)
	person, _ := m.Ctx.Data.Person(c.Counterpart)
	counterpart := person.Name
	if person.Title != "" {
		counterpart += " (" + person.Title + ")"
	}
	rows := [][2]string{
		{t("buyer.title"), c.Title},
		{t("buyer.function"), model.NameOf(model.Functions, c.Function, l)},
		{t("buyer.role"), model.NameOf(model.Roles, c.Role, l)},
		{t("buyer.stance"), model.NameOf(model.Stances, c.Stance, l)},
		{t("buyer.influence"), model.NameOf(model.Influences, c.Influence, l)},
		{t("buyer.reports_to"), boss.Name},
		{t("buyer.counterpart"), counterpart},
		{t("buyer.last_contact"), strings.TrimSpace(common.DateText(c.LastContact) + "  " + m.since(c.LastContact))},
		{t("buyer.in_post_since"), common.DateText(c.InPostSince)},
	}
	labelW := 0
	for _, r := range rows {
		labelW = max(labelW, lipgloss.Width(r[0]))
	}
	var body []string
	for _, r := range rows {
		body = append(body, st.Label.Render(common.PadRight(r[0], labelW))+"  "+r[1])
	}
	body = append(body, "", st.Title.Render(t("field.notes")))
	if strings.TrimSpace(c.Notes) == "" {
		body = append(body, "  "+st.Faint.Render(t("detail.none")))
	}
	for _, line := range common.Wrap(c.Notes, m.Width-2) {
		if line != "" {
			body = append(body, "  "+line)
		}
	}
	body = append(body, "", st.Title.Render(t("buyer.log")))
	n := 0
	for _, mo := range m.Ctx.Data.MomentsOf(a.ID) {
		if mo.ContactID == c.ID {
			body = append(body, "  "+common.DateText(mo.Date)+"  "+strings.ReplaceAll(mo.Learned, "\n", " "))
			n++
		}
	}
	if n == 0 {
		body = append(body, "  "+st.Faint.Render(t("buyer.no_moments")))
	}
	head := common.SpreadLine(st.Title.Render(c.Name), st.Muted.Render(a.Name), m.Width)
	return scrolled(m, head, body)
}

// scrolled puts a fixed head over a body scrolled to m.scroll.
func scrolled(m *Model, head string, body []string) string {
	rows := max(m.Height-1, 1)
	top := max(min(m.scroll, len(body)-rows), 0)
	body = body[top:min(top+rows, len(body))]
	return strings.Join(append([]string{head}, body...), "\n")
}

// contactFields is a contact as its form edits it.
type contactFields struct {
	c            model.Contact
	last, inPost string
}

func (m *Model) openContactForm(c model.Contact) tea.Cmd {
	f := &contactFields{c: c, last: common.DateText(c.LastContact), inPost: common.DateText(c.InPostSince)}
	orig := *f
	title := m.Ctx.T("buyer.new_contact")
	if c.ID != "" {
		title = fmt.Sprintf(m.Ctx.T("form.edit_title"), c.Name)
	}
	return m.OpenForm(&common.EditForm{
		Title: title,
		Build: func() []*huh.Group { return m.contactGroups(f) },
		Save: func() (tea.Cmd, error) {
			c := f.c
			c.Name, c.Title, c.Notes = strings.TrimSpace(c.Name), strings.TrimSpace(c.Title), strings.TrimSpace(c.Notes)
			c.LastContact, c.InPostSince = m.Ctx.ParseDate(f.last), m.Ctx.ParseDate(f.inPost)
			if err := model.CheckContact(c, m.Ctx.Data.ContactsOf(c.AccountID), m.Ctx.Data.People, m.Ctx.Now()); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.saved"), c.Name), c), nil
		},
		Dirty: func() bool { return f.c != orig.c || f.last != orig.last || f.inPost != orig.inPost },
	})
}

func (m *Model) contactGroups(f *contactFields) []*huh.Group {
	t := m.Ctx.T
	others := []huh.Option[string]{huh.NewOption(t("buyer.nobody"), "")}
	for _, o := range m.Ctx.Data.ContactsOf(f.c.AccountID) {
		if o.ID != f.c.ID && !o.Archived {
			others = append(others, huh.NewOption(o.Name, o.ID))
		}
	}
	people := []huh.Option[string]{huh.NewOption(t("buyer.nobody"), "")}
	for _, p := range m.Ctx.Data.People {
		if !p.Archived || p.ID == f.c.Counterpart {
			people = append(people, huh.NewOption(strings.TrimSpace(p.Name+"  "+p.Title), p.ID))
		}
	}
	short := func(s string) error { return m.Ctx.Loc(model.CheckShort(s)) }
	return []*huh.Group{
		huh.NewGroup(
			huh.NewInput().Title(t("field.person_name")).Value(&f.c.Name).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return fmt.Errorf("%s", model.Localize(model.CheckPerson(model.Person{}), m.Ctx.Lang))
				}
				return short(s)
			}),
			huh.NewInput().Title(t("buyer.title")).Value(&f.c.Title).Validate(short),
			huh.NewSelect[model.Function]().Title(t("buyer.function")).Options(common.Options(m.Ctx, model.Functions)...).Value(&f.c.Function).Inline(true),
			huh.NewSelect[model.Role]().Title(t("buyer.role")).Options(common.Options(m.Ctx, model.Roles)...).Value(&f.c.Role).Inline(true),
			huh.NewSelect[model.Stance]().Title(t("buyer.stance")).Options(common.Options(m.Ctx, model.Stances)...).Value(&f.c.Stance).Inline(true),
			huh.NewSelect[model.Influence]().Title(t("buyer.influence")).Options(common.Options(m.Ctx, model.Influences)...).Value(&f.c.Influence).Inline(true),
		).Title(t("buyer.group_who")),
		huh.NewGroup(
			huh.NewSelect[string]().Title(t("buyer.reports_to")).Options(others...).Value(&f.c.ReportsTo).Inline(true),
			huh.NewSelect[string]().Title(t("buyer.counterpart")).Description(t("buyer.counterpart_hint")).Options(people...).Value(&f.c.Counterpart).Inline(true),
			huh.NewInput().Title(t("buyer.last_contact")).Placeholder("YYYY-MM-DD").Value(&f.last).Validate(m.Ctx.DateField(true)),
			huh.NewInput().Title(t("buyer.in_post_since")).Placeholder("YYYY-MM-DD").Value(&f.inPost).Validate(m.Ctx.DateField(true)),
			common.NewText().Title(t("field.notes")).Value(&f.c.Notes).Lines(3).CharLimit(model.MaxTextRunes),
		).Title(t("buyer.group_links")),
	}
}
