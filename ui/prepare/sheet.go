package prepare

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// A worksheet section is made of blocks: a list (n adds to it) or a single
// field. Each block knows how many rows it has, how to draw row i, and
// which form edits row i (i == its length adds one).
type block struct {
	title  string // catalog key
	list   bool
	length func(n *model.Negotiation) int
	draw   func(m *Model, n *model.Negotiation, i int) string
	edit   func(m *Model, n *model.Negotiation, i int) []huh.Field
	remove func(n *model.Negotiation, i int)
	// adding is false for lists whose rows come from elsewhere (the
	// agreed values at the exit are the issues').
	noAdd bool
}

// row is one line (or a wrapped field) of the open section.
type row struct {
	block *block
	index int // the item; for a field or an empty list, 0
	empty bool
}

// rows are the open section's rows, block after block.
func (m *Model) rows(n model.Negotiation) []row {
	var out []row
	for _, b := range sectionBlocks[m.section] {
		l := b.length(&n)
		if l == 0 {
			out = append(out, row{block: b, empty: true})
		}
		for i := range l {
			out = append(out, row{block: b, index: i})
		}
	}
	return out
}

func (m *Model) sheetKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	n, ok := m.ctx.Data.Negotiation(m.open)
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
		m.section, m.rowCursor = (m.section+model.Sections-1)%model.Sections, 0
		return nil
	case key.Matches(msg, k.Right):
		m.section, m.rowCursor = (m.section+1)%model.Sections, 0
		return nil
	case m.moved(msg, &m.rowCursor, len(rows)):
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
	b := r.block
	switch {
	case key.Matches(msg, k.New) && b.list && !b.noAdd:
		return m.openBlockForm(n, b, b.length(&n))
	case key.Matches(msg, k.Edit):
		if r.empty && b.list {
			if b.noAdd {
				return nil
			}
			return m.openBlockForm(n, b, 0)
		}
		return m.openBlockForm(n, b, r.index)
	case key.Matches(msg, k.Remove) && b.list && b.remove != nil && !r.empty:
		label := stripStyle(b.draw(m, &n, r.index))
		m.ask = &common.Question{Text: fmt.Sprintf(m.ctx.T("ask.remove_row"), common.Truncate(strings.TrimSpace(label), 40)), Yes: func() tea.Cmd {
			c := clone(n)
			b.remove(&c, r.index)
			return m.ctx.SaveNegotiation(c, m.ctx.T("status.removed"))
		}}
	}
	return nil
}

// openBlockForm edits row i of a block on a copy of the negotiation; the
// copy is saved whole.
func (m *Model) openBlockForm(n model.Negotiation, b *block, i int) tea.Cmd {
	c := clone(n)
	adding := b.list && i >= b.length(&c)
	orig := fmt.Sprintf("%+v", c)
	fields := func() []huh.Field { return b.edit(m, &c, i) }
	var built []huh.Field
	title := m.ctx.T(b.title)
	if adding {
		title = fmt.Sprintf(m.ctx.T("prepare.add_to"), title)
	}
	return m.openForm(&common.EditForm{
		Title: fmt.Sprintf("%s · %s", m.word(m.section), title),
		Build: func() []*huh.Group { built = fields(); return []*huh.Group{huh.NewGroup(built...)} },
		Save: func() (tea.Cmd, error) {
			if err := model.CheckNegotiation(c); err != nil {
				return nil, err
			}
			return m.ctx.SaveNegotiation(c, fmt.Sprintf(m.ctx.T("status.saved"), c.Title)), nil
		},
		Dirty: func() bool { return fmt.Sprintf("%+v", c) != orig },
	})
}

// clone copies a negotiation deep enough to edit it without touching the
// one the workspace data holds.
func clone(n model.Negotiation) model.Negotiation {
	n.Objectives = slices.Clone(n.Objectives)
	n.Tactics = slices.Clone(n.Tactics)
	n.Issues = slices.Clone(n.Issues)
	for i := range n.Issues {
		if a := n.Issues[i].Agreed; a != nil {
			v := *a
			n.Issues[i].Agreed = &v
		}
	}
	n.Power.Balance = maps.Clone(n.Power.Balance)
	n.Agenda = slices.Clone(n.Agenda)
	n.OurTeam = slices.Clone(n.OurTeam)
	n.TheirTeam = slices.Clone(n.TheirTeam)
	n.Concessions = slices.Clone(n.Concessions)
	n.WillNotGive = slices.Clone(n.WillNotGive)
	n.Given = slices.Clone(n.Given)
	n.Received = slices.Clone(n.Received)
	n.OpenPoints = slices.Clone(n.OpenPoints)
	n.FollowUps = slices.Clone(n.FollowUps)
	return n
}

func (m *Model) sheetView(a model.Account) string {
	st := m.ctx.Styles
	t := m.ctx.T
	n, ok := m.ctx.Data.Negotiation(m.open)
	if !ok {
		return st.Muted.Render(t("detail.gone"))
	}
	meeting := ""
	if !n.Meeting.IsZero() {
		meeting = " · " + fmt.Sprintf(t("prepare.meeting_on"), common.DateText(n.Meeting))
	}
	head := common.SpreadLine(st.Title.Render(n.Title)+st.Muted.Render(" · "+a.Name+meeting),
		st.Muted.Render(model.NameOf(model.NegotiationStatuses, n.Status, m.ctx.Lang)), m.width)

	ready := st.Label.Render(t("prepare.readiness")) + "  " + m.readiness(n)
	flags := n.Flags()
	if len(flags) > 0 {
		ready += "  " + st.Warn.Render(fmt.Sprintf(t("prepare.flag_count"), len(flags)))
	}

	// The section bar: each letter with its word, the open one picked out.
	var tabs []string
	for s := range model.Sections {
		label := model.DefaultSections[s].Letter + " " + m.word(s)
		switch {
		case s == m.section:
			tabs = append(tabs, st.TabActive.Render(label))
		case n.Complete(s):
			tabs = append(tabs, st.OK.Render(label))
		default:
			tabs = append(tabs, st.TabInactive.Render(label))
		}
	}
	bar := strings.Join(tabs, "  ")
	if lipgloss.Width(bar) > m.width { // narrow: letters only, the open one with its word
		tabs = tabs[:0]
		for s := range model.Sections {
			label := model.DefaultSections[s].Letter
			if s == m.section {
				tabs = append(tabs, st.TabActive.Render(label+" "+m.word(s)))
			} else if n.Complete(s) {
				tabs = append(tabs, st.OK.Render(label))
			} else {
				tabs = append(tabs, st.TabInactive.Render(label))
			}
		}
		bar = strings.Join(tabs, " ")
	}
	prompt := st.Muted.Render(model.DefaultSections[m.section].Prompt.In(m.ctx.Lang))

	// Body: the section's blocks, each a heading and its rows.
	rows := m.rows(n)
	var body []string
	cursorLine := 0
	var lastBlock *block
	for ri, r := range rows {
		if r.block != lastBlock {
			lastBlock = r.block
			body = append(body, "", st.Title.Render(t(r.block.title)))
		}
		var text string
		if r.empty {
			hint := "prepare.empty_field"
			if r.block.list {
				hint = "prepare.empty_list"
				if r.block.noAdd {
					hint = "prepare.empty_exit"
				}
			}
			text = st.Faint.Render(t(hint))
		} else {
			text = r.block.draw(m, &n, r.index)
		}
		lines := strings.Split(text, "\n")
		if ri == m.rowCursor {
			cursorLine = len(body)
			lines[0] = st.Selected.Render("> ") + lines[0]
			for i := 1; i < len(lines); i++ {
				lines[i] = "  " + lines[i]
			}
		} else {
			for i := range lines {
				lines[i] = "  " + lines[i]
			}
		}
		body = append(body, lines...)
	}
	for _, f := range flags {
		if f.Section == m.section {
			body = append(body, st.Warn.Render("! "+f.Msg.In(m.ctx.Lang)))
		}
	}
	for i := range body {
		body[i] = common.Truncate(body[i], m.width)
	}
	fixed := []string{head, ready, bar, prompt}
	rowsFree := max(m.height-len(fixed), 1)
	top := 0
	if cursorLine >= rowsFree {
		top = cursorLine - rowsFree + 2
	}
	top = min(top, max(len(body)-rowsFree, 0))
	body = body[top:min(top+rowsFree, len(body))]
	return strings.Join(append(fixed, body...), "\n")
}

// stripStyle drops styling from a drawn row, for quoting it in a question.
func stripStyle(s string) string { return strings.Split(lipgloss.NewStyle().Render(s), "\n")[0] }

// number formats a position of an issue.
func number(v float64) string { return model.FormatNumber(v) }

// openWordsForm renames the seven letters' words, in the language shown.
func (m *Model) openWordsForm() tea.Cmd {
	words := make([]string, model.Sections)
	for s := range model.Sections {
		words[s] = m.word(s)
	}
	orig := slices.Clone(words)
	lang := m.ctx.Lang
	return m.openForm(&common.EditForm{
		Title: m.ctx.T("prepare.words_title"),
		Build: func() []*huh.Group {
			var fields []huh.Field
			for s := range model.Sections {
				fields = append(fields, huh.NewInput().Title(model.DefaultSections[s].Letter+"  ("+model.DefaultSections[s].Word.In(lang)+")").
					Value(&words[s]).Validate(func(v string) error {
					if strings.TrimSpace(v) == "" {
						return fmt.Errorf("%s", m.ctx.T("prepare.word_needed"))
					}
					return m.ctx.Loc(model.CheckShort(v))
				}))
			}
			return []*huh.Group{huh.NewGroup(fields...).Description(m.ctx.T("prepare.words_hint"))}
		},
		Save: func() (tea.Cmd, error) {
			st := m.ctx.Data.Settings
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
			m.ctx.Data.Settings = st
			return m.ctx.SaveSettings(st, m.ctx.T("status.words_saved")), nil
		},
		Dirty: func() bool { return !slices.Equal(words, orig) },
	})
}
