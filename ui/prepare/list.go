package prepare

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

func (m *Model) listKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	list := m.Ctx.Data.NegotiationsOf(a.ID)
	switch {
	case m.moved(msg, &m.listCursor, len(list)):
		return nil
	case key.Matches(msg, k.New):
		return m.openHeaderForm(model.Negotiation{AccountID: a.ID, Status: model.Draft, Year: m.Ctx.Now().Year() + 1})
	case key.Matches(msg, k.Undo):
		if d := m.lastDeleted; d != nil && d.AccountID == a.ID {
			m.lastDeleted = nil
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.restored"), d.Title), *d)
		}
		return common.Status(m.Ctx.T("status.nothing_to_undo"), false)
	}
	if len(list) == 0 {
		return nil
	}
	n := list[min(m.listCursor, len(list)-1)]
	switch {
	case key.Matches(msg, k.Open):
		m.open, m.section, m.rowCursor, m.past = n.ID, model.SecPurpose, 0, 0
	case key.Matches(msg, k.Edit):
		return m.openHeaderForm(n)
	case key.Matches(msg, k.Ready):
		return m.toggleReady(n)
	case key.Matches(msg, k.Conclude):
		return m.conclude(n)
	case key.Matches(msg, k.ToTerms):
		return m.agreedToTerms(n)
	case key.Matches(msg, k.Delete):
		m.Ask = &common.Question{Text: fmt.Sprintf(m.Ctx.T("ask.delete_negotiation"), n.Title), Yes: func() tea.Cmd {
			m.lastDeleted = &n
			return data.Delete(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.deleted"), n.Title), n)
		}}
	}
	return nil
}

// toggleReady marks a draft ready, only when Purpose, Expectations, Power
// and Resources to trade are filled and no Must is one our walk-away
// breaks, or puts a ready one back to draft.
func (m *Model) toggleReady(n model.Negotiation) tea.Cmd {
	switch n.Status {
	case model.Ready:
		n.Status = model.Draft
	case model.Draft:
		if ok, missing, broken := n.ReadyToNegotiate(); !ok {
			if len(missing) == 0 {
				return common.Status(fmt.Sprintf(m.Ctx.T("status.must_broken"), broken[0].Msg.In(m.Ctx.Lang)), true)
			}
			var words []string
			for _, s := range missing {
				words = append(words, m.word(s))
			}
			return common.Status(fmt.Sprintf(m.Ctx.T("status.not_ready"), strings.Join(words, ", ")), true)
		}
		n.Status = model.Ready
	default:
		return common.Status(m.Ctx.T("status.already_concluded"), true)
	}
	return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.negotiation_status"), n.Title, model.NameOf(model.NegotiationStatuses, n.Status, m.Ctx.Lang)), n)
}

// conclude records that the meeting took place; the Exit section is then
// where the outcome goes.
func (m *Model) conclude(n model.Negotiation) tea.Cmd {
	if n.Status == model.Concluded {
		return common.Status(m.Ctx.T("status.already_concluded"), true)
	}
	text := fmt.Sprintf(m.Ctx.T("ask.conclude"), n.Title)
	if !n.Meeting.IsZero() && model.Day(n.Meeting).After(model.Day(m.Ctx.Now())) {
		text = fmt.Sprintf(m.Ctx.T("ask.conclude_early"), common.DateText(n.Meeting), n.Title)
	}
	m.Ask = &common.Question{Text: text, Yes: func() tea.Cmd {
		n.Status = model.Concluded
		return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.negotiation_status"), n.Title, model.NameOf(model.NegotiationStatuses, n.Status, m.Ctx.Lang)), n)
	}}
	return nil
}

// agreedToTerms writes a concluded negotiation's agreed values into the
// terms of its year: on the proposal for that year if there is one, else
// on the latest earlier year.
func (m *Model) agreedToTerms(n model.Negotiation) tea.Cmd {
	if n.Status != model.Concluded {
		return common.Status(m.Ctx.T("status.conclude_first"), true)
	}
	base, ok := m.Ctx.Data.TermsYear(n.AccountID, n.Year, true)
	if !ok {
		if base, ok = m.Ctx.Data.TermsYear(n.AccountID, n.Year, false); !ok {
			for _, y := range m.Ctx.Data.TermsOf(n.AccountID) {
				if !y.Proposal && y.Year < n.Year {
					base, ok = y, true
				}
			}
		}
	}
	if !ok {
		base = model.TermsYear{AccountID: n.AccountID}
	}
	out, changed := model.ApplyAgreed(n, base)
	if changed == 0 {
		return common.Status(m.Ctx.T("status.nothing_agreed"), true)
	}
	m.Ask = &common.Question{Text: fmt.Sprintf(m.Ctx.TN("ask.agreed_to_terms", changed), changed, n.Year), Yes: func() tea.Cmd {
		return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.terms_written"), n.Year), out)
	}}
	return nil
}

// fillMarks are the marks of a section: - empty, ~ begun, + filled.
var fillMarks = [...]byte{model.Empty: '-', model.Begun: '~', model.Filled: '+'}

// readiness writes the seven letters, + where filled, ~ where begun, -
// where nothing is entered yet.
func (m *Model) readiness(n model.Negotiation) string {
	var b strings.Builder
	for s := range model.Sections {
		if s > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(model.DefaultSections[s].Letter)
		b.WriteByte(fillMarks[n.Fill(s)])
	}
	return b.String()
}

// word is a section's word in this workspace and language.
func (m *Model) word(s model.Section) string {
	return m.Ctx.Data.Settings.PrepareWords.Word(s, m.Ctx.Lang)
}

func (m *Model) listView(a model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	list := m.Ctx.Data.NegotiationsOf(a.ID)
	head := common.SpreadLine(st.Title.Render(a.Name), st.Muted.Render(fmt.Sprintf(m.Ctx.TN("prepare.negotiation_count", len(list)), len(list))), m.Width)
	if len(list) == 0 {
		return head + "\n\n  " + st.Muted.Render(t("prepare.none"))
	}
	statusW := lipgloss.Width(t("prepare.status"))
	for _, s := range model.NegotiationStatuses {
		statusW = max(statusW, lipgloss.Width(s.Name.In(m.Ctx.Lang)))
	}
	cols := common.FitColumns([]common.Column{
		{ID: "title", Title: t("prepare.title"), Width: 18, Flex: true},
		{ID: "meeting", Title: t("prepare.meeting"), Width: 10, Keep: 8},
		{ID: "year", Title: t("prepare.year"), Width: max(lipgloss.Width(t("prepare.year")), 4), Keep: 5},
		{ID: "status", Title: t("prepare.status"), Width: statusW, Keep: 9},
		{ID: "ready", Title: "PREPARE", Width: 20, Keep: 7},
		{ID: "flags", Title: t("prepare.flags"), Width: max(lipgloss.Width(t("prepare.flags")), 5), Right: true, Keep: 6},
	}, m.Width)
	tbl := common.Table{Len: len(list), Cursor: min(m.listCursor, len(list)-1)}
	tbl.SetHeight(h - 2)
	return head + "\n" + tbl.View(cols, m.Width, st, func(row int, col string) string {
		n := list[row]
		switch col {
		case "title":
			return n.Title
		case "meeting":
			return common.DateText(n.Meeting)
		case "year":
			return strconv.Itoa(n.Year)
		case "status":
			return model.NameOf(model.NegotiationStatuses, n.Status, m.Ctx.Lang)
		case "ready":
			return m.readiness(n)
		case "flags":
			return strconv.Itoa(len(n.Flags()))
		}
		return ""
	})
}

// openHeaderForm edits a negotiation's title, meeting date and year.
func (m *Model) openHeaderForm(n model.Negotiation) tea.Cmd {
	t := m.Ctx.T
	v := struct{ title, meeting, year string }{n.Title, common.DateText(n.Meeting), strconv.Itoa(n.Year)}
	orig := v
	title := t("prepare.new")
	if n.ID != "" {
		title = fmt.Sprintf(t("form.edit_title"), n.Title)
	}
	return m.OpenForm(&common.EditForm{
		Title: title,
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("prepare.title")).Placeholder(t("prepare.title_hint")).Value(&v.title).Validate(func(s string) error {
					if strings.TrimSpace(s) == "" {
						return fmt.Errorf("%s", t("prepare.title_needed"))
					}
					return m.Ctx.Loc(model.CheckShort(s))
				}),
				huh.NewInput().Title(t("prepare.meeting")).Placeholder("YYYY-MM-DD").Value(&v.meeting).Validate(m.Ctx.AnyDateField(true)),
				huh.NewInput().Title(t("prepare.year")).Description(t("prepare.year_hint")).Value(&v.year).Validate(func(s string) error {
					_, err := parseYear(s)
					return m.Ctx.Loc(err)
				}),
			)}
		},
		Save: func() (tea.Cmd, error) {
			n.Title, n.Meeting = strings.TrimSpace(v.title), m.Ctx.ParseDate(v.meeting)
			n.Year, _ = parseYear(v.year)
			if err := model.CheckNegotiation(n); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("status.saved"), n.Title), n), nil
		},
		Dirty: func() bool { return v != orig },
	})
}

func parseYear(s string) (int, error) {
	y, err := model.ParseCount(s)
	if err != nil || y < 2000 || y > 2100 {
		return 0, &model.Invalid{Msg: common.Text("prepare.year_range")}
	}
	return y, nil
}
