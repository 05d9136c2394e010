package prepare

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

// rows are the open section's rows, block after block.
func (m *Model) rows(n model.Negotiation) []common.SheetRow[model.Negotiation] {
	return common.Rows(sectionBlocks[m.section], &n)
}

func (m *Model) env() common.SheetEnv { return common.SheetEnv{Ctx: m.Ctx, Width: m.Width} }

func (m *Model) sheetKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	n, ok := m.Ctx.Data.Negotiation(m.open)
	if !ok {
		m.open = ""
		return nil
	}
	rows := m.rows(n)
	switch {
	case key.Matches(msg, k.Back):
		m.open = ""
		return nil
	case key.Matches(msg, k.Left):
		m.section, m.rowCursor, m.past = (m.section+model.Sections-1)%model.Sections, 0, 0
		return nil
	case key.Matches(msg, k.Right):
		m.section, m.rowCursor, m.past = (m.section+1)%model.Sections, 0, 0
		return nil
	case m.sheetPage(n).Move(k.NavKeys, msg, &m.rowCursor, &m.past):
		return nil
	case key.Matches(msg, k.Ready):
		return m.toggleReady(n)
	case key.Matches(msg, k.Words):
		return m.openWordsForm()
	}
	if len(rows) == 0 {
		return nil
	}
	r := rows[min(m.rowCursor, len(rows)-1)]
	b := r.Block
	switch {
	case key.Matches(msg, k.New) && b.List && !b.NoAdd:
		return m.openBlockForm(n, b, b.Len(&n))
	case key.Matches(msg, k.Edit):
		if r.Empty && b.List {
			if b.NoAdd {
				return nil
			}
			return m.openBlockForm(n, b, 0)
		}
		return m.openBlockForm(n, b, r.Index)
	case key.Matches(msg, k.Remove) && b.List && b.Remove != nil && !r.Empty:
		label := m.stripStyle(b.Draw(m.env(), &n, r.Index))
		m.Ask = &common.Question{Text: fmt.Sprintf(m.Ctx.T("ask.remove_row"), common.Truncate(strings.TrimSpace(label), 40)), Yes: func() tea.Cmd {
			c := n.Clone()
			b.Remove(&c, r.Index)
			return data.Save(m.Ctx.Data, m.Ctx.T("status.removed"), c)
		}}
	}
	return nil
}

// openBlockForm edits row i of a block on a working copy of the
// negotiation; saving takes that row into the negotiation as it is then.
func (m *Model) openBlockForm(n model.Negotiation, b *block, i int) tea.Cmd {
	c := n.Clone()
	adding := b.List && i >= b.Len(&c)
	m.added = nil
	if adding {
		m.added = b
	}
	if len(b.Edit(m.env(), &c, i)) == 0 { // a row worked out from the others: nothing to type
		return nil
	}
	orig := fmt.Sprintf("%+v", c)
	title := m.Ctx.T(b.Title)
	if adding {
		title = fmt.Sprintf(m.Ctx.T("prepare.add_to"), title)
	}
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf("%s · %s", m.word(m.section), title),
		Build: func() []*huh.Group { // again after a language switch, on the same copy
			return []*huh.Group{huh.NewGroup(b.Edit(m.env(), &c, i)...)}
		},
		Save: func() (tea.Cmd, error) {
			latest, ok := m.Ctx.Data.Negotiation(n.ID)
			if !ok {
				latest = n
			}
			latest = latest.Clone()
			b.Take(&latest, &c, i, adding)
			if b == concessionsBlock { // a concession on a term is costed on the terms as they are now
				row := i
				if adding {
					row = len(latest.Concessions) - 1
				}
				if latest.Concessions[row].Order == 0 { // an order left empty is the next one
					next := 0
					for j, o := range latest.Concessions {
						if j != row {
							next = max(next, o.Order)
						}
					}
					latest.Concessions[row].Order = next + 1
				}
				if err := recost(m.env(), &latest, row); err != nil {
					return nil, err
				}
			}
			if err := model.CheckNegotiation(latest); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.saved"), latest.Title), latest), nil
		},
		Dirty: func() bool { return fmt.Sprintf("%+v", c) != orig },
	})
}

func (m *Model) sheetView(a model.Account) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	n, ok := m.Ctx.Data.Negotiation(m.open)
	if !ok {
		return st.Muted.Render(t("detail.gone"))
	}
	meeting := ""
	if !n.Meeting.IsZero() {
		meeting = " · " + fmt.Sprintf(t("prepare.meeting_on"), common.DateText(n.Meeting))
	}
	head := common.SpreadLine(st.Title.Render(n.Title)+st.Muted.Render(" · "+a.Name+meeting),
		st.Muted.Render(model.NameOf(model.NegotiationStatuses, n.Status, m.Ctx.Lang)), m.Width)

	ready := st.Label.Render(t("prepare.readiness")) + "  " + m.readiness(n)
	flags := n.Flags()
	if ok, _, broken := n.ReadyToNegotiate(); n.Status == model.Ready && !ok && len(broken) > 0 {
		// Marked ready before a Must was tied to an issue, or a walk-away moved.
		ready += "  " + st.Error.Render(fmt.Sprintf(t("prepare.marked_ready_but"), t("deal.must_broken_short")))
	}
	if len(flags) > 0 {
		ready += "  " + st.Warn.Render(fmt.Sprintf(m.Ctx.TN("prepare.flag_count", len(flags)), len(flags)))
	}
	if legend := "  " + st.Muted.Render(t("prepare.fill_legend")); lipgloss.Width(ready+legend) <= m.Width {
		ready += legend
	}

	// The section bar: each letter with its word, the open one picked out,
	// one with a flag marked "!"; narrow, the letters only, the open one
	// with its word.
	flagged := map[model.Section]bool{}
	for _, f := range flags {
		flagged[f.Section] = true
	}
	sectionBar := func(words bool) string {
		var tabs []string
		for s := range model.Sections {
			label := model.DefaultSections[s].Letter
			if words || s == m.section {
				label += " " + m.word(s)
			}
			if flagged[s] {
				label += "!"
			}
			switch {
			case s == m.section:
				tabs = append(tabs, m.Ctx.Picked(label, true))
			case n.Complete(s):
				tabs = append(tabs, st.OK.Render(" "+label+" "))
			case n.Fill(s) == model.Begun:
				tabs = append(tabs, st.Warn.Render(" "+label+" "))
			default:
				tabs = append(tabs, m.Ctx.Picked(label, false))
			}
		}
		return strings.Join(tabs, "")
	}
	bar := sectionBar(true)
	if lipgloss.Width(bar) > m.Width {
		bar = sectionBar(false)
	}
	prompt := st.Muted.Render(model.DefaultSections[m.section].Prompt.In(m.Ctx.Lang))

	fixed := []string{head, ready, bar, prompt}
	body := m.sheetPage(n).View(m.Ctx, m.rowCursor, m.past)
	return strings.Join(append(fixed, body...), "\n")
}

// sheetHead is how many lines the worksheet's head takes above its rows.
const sheetHead = 4

// sheetPage is the open section's blocks, each a heading and its rows,
// then the section's flags, on the page under the worksheet's head.
func (m *Model) sheetPage(n model.Negotiation) common.SheetPage {
	body, spans := common.SheetLayout(m.env(), sectionBlocks[m.section], &n, m.rowCursor, nil)
	for _, f := range n.Flags() {
		if f.Section == m.section {
			body = append(body, common.Truncate(m.Ctx.Styles.Warn.Render("! "+f.Msg.In(m.Ctx.Lang)), m.Width))
		}
	}
	return common.SheetPage{Lines: body, Spans: spans, Height: max(m.Height-sheetHead, 1)}
}

// stripStyle drops styling from a drawn row, for quoting it in a question.
func (m *Model) stripStyle(s string) string {
	return strings.Split(m.Ctx.Styles.NewStyle().Render(s), "\n")[0]
}

// number formats a position of an issue.
func number(v float64) string { return model.FormatNumber(v) }

// openWordsForm renames the seven letters' words, in the language shown.
func (m *Model) openWordsForm() tea.Cmd {
	words := make([]string, model.Sections)
	for s := range model.Sections {
		words[s] = m.word(s)
	}
	orig := slices.Clone(words)
	lang := m.Ctx.Lang
	return m.OpenForm(&common.EditForm{
		Title: m.Ctx.T("prepare.words_title"),
		Build: func() []*huh.Group {
			var fields []huh.Field
			for s := range model.Sections {
				fields = append(fields, huh.NewInput().Title(model.DefaultSections[s].Letter+"  ("+model.DefaultSections[s].Word.In(lang)+")").
					Value(&words[s]).Validate(func(v string) error {
					if strings.TrimSpace(v) == "" {
						return fmt.Errorf("%s", m.Ctx.T("prepare.word_needed"))
					}
					return m.Ctx.Loc(model.CheckShort(v))
				}))
			}
			return []*huh.Group{huh.NewGroup(fields...).Description(m.Ctx.T("prepare.words_hint"))}
		},
		Save: func() (tea.Cmd, error) {
			st := m.Ctx.Data.Settings
			for s := range model.Sections {
				w := st.PrepareWords[s]
				if w.EN == "" && w.ZH == "" {
					w = model.DefaultSections[s].Word
				}
				if lang == model.Chinese {
					w.ZH = strings.TrimSpace(words[s])
				} else {
					w.EN = strings.TrimSpace(words[s])
				}
				st.PrepareWords[s] = w
			}
			m.Ctx.Data.Settings = st
			return m.Ctx.Data.SaveSettings(st, m.Ctx.T("status.words_saved")), nil
		},
		Dirty: func() bool { return !slices.Equal(words, orig) },
	})
}
