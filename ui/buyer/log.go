package buyer

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

func (m *Model) logKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.scroll = max(m.scroll-1, 0)
	case key.Matches(msg, k.Down):
		m.scroll++
	case key.Matches(msg, k.New), key.Matches(msg, k.Log):
		contact := ""
		if c, ok := m.current(a); ok {
			contact = c.ID
		}
		return m.openMomentForm(a, contact)
	}
	return nil
}

// logView lists the account's contact moments, newest first.
func (m *Model) logView(a model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	moments := m.Ctx.Data.MomentsOf(a.ID)
	head := m.title(a, st.Muted.Render(fmt.Sprintf(m.Ctx.TN("buyer.moments_count", len(moments)), len(moments))))
	if len(moments) == 0 {
		return head + "\n\n  " + st.Muted.Render(t("buyer.no_moments_yet"))
	}
	nameW := 0
	for _, mo := range moments {
		c, _ := m.Ctx.Data.Contact(mo.ContactID)
		nameW = max(nameW, lipgloss.Width(c.Name))
	}
	nameW = min(nameW, m.Width/3)
	var body []string
	for _, mo := range moments {
		c, _ := m.Ctx.Data.Contact(mo.ContactID)
		lead := common.DateText(mo.Date) + "  " + common.PadRight(c.Name, nameW) + "  "
		text := common.Wrap(mo.Learned, max(m.Width-lipgloss.Width(lead), 10))
		for i, line := range text {
			if i == 0 {
				body = append(body, st.Label.Render(lead)+line)
			} else {
				body = append(body, strings.Repeat(" ", lipgloss.Width(lead))+line)
			}
		}
	}
	rows := max(h-1, 1)
	top := max(min(m.scroll, len(body)-rows), 0)
	return strings.Join(append([]string{head}, body[top:min(top+rows, len(body))]...), "\n")
}

// openMomentForm records a contact moment, by default with the contact
// under the cursor, dated today.
func (m *Model) openMomentForm(a model.Account, contactID string) tea.Cmd {
	contacts := m.activeContacts(a)
	if len(contacts) == 0 {
		return common.Status(m.Ctx.T("buyer.no_contacts"), true)
	}
	if contactID == "" {
		contactID = contacts[0].ID
	}
	v := struct{ contact, date, learned string }{contactID, model.Day(m.Ctx.Now()).Format(model.DateLayout), ""}
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(m.Ctx.T("buyer.new_moment"), a.Name),
		Build: func() []*huh.Group {
			opts := make([]huh.Option[string], len(contacts))
			for i, c := range contacts {
				opts[i] = huh.NewOption(c.Name, c.ID)
			}
			return []*huh.Group{huh.NewGroup(
				huh.NewSelect[string]().Title(m.Ctx.T("buyer.contact")).Options(opts...).Value(&v.contact).Inline(true),
				huh.NewInput().Title(m.Ctx.T("col.date")).Value(&v.date).Validate(m.Ctx.DateField(false)),
				common.NewText().Title(m.Ctx.T("buyer.learned")).Value(&v.learned).Lines(4).CharLimit(model.MaxTextRunes).
					Validate(func(s string) error {
						if strings.TrimSpace(s) == "" {
							return fmt.Errorf("%s", m.Ctx.T("buyer.learned_needed"))
						}
						return nil
					}),
			)}
		},
		Save: func() (tea.Cmd, error) {
			mo := model.Moment{AccountID: a.ID, ContactID: v.contact, Date: m.Ctx.ParseDate(v.date), Learned: strings.TrimSpace(v.learned)}
			if err := model.CheckMoment(mo, m.Ctx.Now()); err != nil {
				return nil, err
			}
			c, _ := m.Ctx.Data.Contact(v.contact)
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.moment"), c.Name), mo), nil
		},
		Dirty: func() bool { return strings.TrimSpace(v.learned) != "" },
	})
}
