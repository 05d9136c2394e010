package coursetab

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// cardShown is the card under the list's cursor shown full screen: the
// link picked, and how far its text is scrolled.
type cardShown struct {
	link   int
	scroll int
}

// deletedCard is a card deleted and where it stood, for undo.
type deletedCard struct {
	card model.Card
	at   int
}

// cursorCard is the card under the list's cursor.
func (m *Model) cursorCard() (model.Card, bool) {
	cards := m.course().Cards
	if len(cards) == 0 {
		return model.Card{}, false
	}
	m.cards.SetLen(len(cards))
	return cards[m.cards.Cursor], true
}

func (m *Model) cardsKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	card, ok := m.cursorCard()
	if m.trainer() {
		switch {
		case key.Matches(msg, k.NewCard):
			return m.cardForm(model.Card{})
		case key.Matches(msg, k.Undo):
			return m.undoDelete()
		}
	}
	if !ok {
		return nil
	}
	switch {
	case key.Matches(msg, k.ShowCard):
		m.card = &cardShown{}
		return nil
	}
	if m.trainer() {
		switch {
		case key.Matches(msg, k.EditCard):
			return m.cardForm(card)
		case key.Matches(msg, k.CardUp):
			return m.moveCard(card, -1)
		case key.Matches(msg, k.CardDown):
			return m.moveCard(card, 1)
		case key.Matches(msg, k.Delete):
			m.Confirm(fmt.Sprintf(m.Ctx.T("course.ask_delete_card"), card.Title.In(m.Ctx.Lang)), func() tea.Cmd { return m.deleteCard(card) })
			return nil
		}
	}
	k.MoveCursor(msg, &m.cards.Cursor, len(m.course().Cards), m.cards.Height)
	return nil
}

// cardKey works the card shown full screen: the cards before and after,
// its links, presenting it, and back to the list.
func (m *Model) cardKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	card, ok := m.cursorCard()
	if !ok {
		m.card = nil
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		m.card = nil
	case key.Matches(msg, k.PrevCard):
		m.cards.Move(-1)
		m.card = &cardShown{}
	case key.Matches(msg, k.NextCard):
		m.cards.Move(1)
		m.card = &cardShown{}
	case key.Matches(msg, k.Up):
		m.card.link = max(m.card.link-1, 0)
	case key.Matches(msg, k.Down):
		m.card.link = min(m.card.link+1, max(len(card.Links)-1, 0))
	case key.Matches(msg, k.PageUp):
		m.card.scroll = max(m.card.scroll-max(m.Height/2, 1), 0)
	case key.Matches(msg, k.PageDown):
		m.card.scroll += max(m.Height/2, 1) // drawing keeps it inside the text
	case key.Matches(msg, k.OpenLink):
		if len(card.Links) > 0 {
			return common.GoTo(card.Links[m.card.link].Tab, "", "")
		}
	case key.Matches(msg, k.Present):
		return func() tea.Msg { return common.PresentMsg{} }
	}
	return nil
}

// moveCard moves a card up or down the list; the cursor goes with it.
func (m *Model) moveCard(card model.Card, by int) tea.Cmd {
	next := m.base().MoveCard(card.ID, by)
	m.followCard = card.ID
	return m.save(next, fmt.Sprintf(m.Ctx.T("course.card_moved"), card.Title.In(m.Ctx.Lang)))
}

// deleteCard takes a card out of the course; u puts it back.
func (m *Model) deleteCard(card model.Card) tea.Cmd {
	next, gone, at, ok := m.base().DeleteCard(card.ID)
	if !ok {
		return nil
	}
	m.deleted = &deletedCard{card: gone, at: at}
	return m.save(next, fmt.Sprintf(m.Ctx.T("course.card_deleted"), gone.Title.In(m.Ctx.Lang)))
}

// undoDelete puts the card deleted last back where it stood.
func (m *Model) undoDelete() tea.Cmd {
	d := m.deleted
	if d == nil {
		return common.Status(m.Ctx.T("course.nothing_to_undo"), false)
	}
	m.deleted = nil
	m.followCard = d.card.ID
	return m.save(m.base().InsertCard(d.card, d.at), fmt.Sprintf(m.Ctx.T("course.card_restored"), d.card.Title.In(m.Ctx.Lang)))
}

// cardFields are a card's texts as typed.
type cardFields struct {
	titleEN, titleZH, bodyEN, bodyZH string
}

// card is base with the texts typed: the card's own words, in each
// language, as the trainer writes them.
func (f cardFields) card(base model.Card) model.Card {
	base.Title.EN, base.Title.ZH = strings.TrimSpace(f.titleEN), strings.TrimSpace(f.titleZH)
	base.Body.EN, base.Body.ZH = strings.TrimRight(f.bodyEN, " \n"), strings.TrimRight(f.bodyZH, " \n")
	return base
}

// cardForm edits a card's title and text in both languages; a card
// without an ID is a new one, added at the end.
func (m *Model) cardForm(base model.Card) tea.Cmd {
	f := &cardFields{titleEN: base.Title.EN, titleZH: base.Title.ZH, bodyEN: base.Body.EN, bodyZH: base.Body.ZH}
	orig := *f
	block := m.course().TaughtIn(base.ID)
	origBlock := block
	blocks := []huh.Option[string]{huh.NewOption(m.Ctx.T("course.card_no_block"), "")}
	for _, b := range m.course().Blocks {
		name := m.blockName(b)
		if len(b.Topics) > 0 {
			name += " · " + b.Topics[0].In(m.Ctx.Lang)
		}
		blocks = append(blocks, huh.NewOption(name, b.ID))
	}
	t := m.Ctx.T
	title := t("course.card_edit")
	if base.ID == "" {
		title = t("course.card_new")
	}
	// Each field is checked as the card would be with it: the English
	// title may be left empty for a Chinese one, so the title's rule is
	// checked at the Chinese field, when both have been typed.
	check := func(edit func(*cardFields)) error {
		v := cardFields{titleEN: "-"}
		edit(&v)
		return m.Ctx.Loc(model.CheckCard(v.card(base)))
	}
	m.courseForm = true
	return m.OpenForm(&common.EditForm{
		Title: title,
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("course.card_title_en")).Value(&f.titleEN).Validate(func(s string) error {
					return check(func(v *cardFields) { v.titleEN = nonEmpty(s, "-") })
				}),
				huh.NewInput().Title(t("course.card_title_zh")).Value(&f.titleZH).Validate(func(s string) error {
					return check(func(v *cardFields) { v.titleEN, v.titleZH = f.titleEN, s })
				}),
				common.NewText().Title(t("course.card_body_en")).Description(fmt.Sprintf(t("course.card_body_hint"), model.MaxCardLines, model.MaxCardCells)).
					Value(&f.bodyEN).Lines(6).CharLimit(model.MaxTextRunes).Validate(func(s string) error {
					return check(func(v *cardFields) { v.bodyEN = s })
				}),
				common.NewText().Title(t("course.card_body_zh")).Value(&f.bodyZH).Lines(6).CharLimit(model.MaxTextRunes).Validate(func(s string) error {
					return check(func(v *cardFields) { v.bodyZH = s })
				}),
				huh.NewSelect[string]().Title(t("course.card_block")).Options(blocks...).Value(&block),
			)}
		},
		Save: func() (tea.Cmd, error) {
			card := f.card(base)
			if err := model.CheckCard(card); err != nil {
				return nil, err
			}
			if base.ID == "" {
				m.lastCard = true
			} else {
				m.followCard = base.ID
			}
			next := m.base().PutCard(card, m.now())
			if card.ID == "" { // a new card is the last
				card.ID = next.Cards[len(next.Cards)-1].ID
			}
			if block != origBlock || base.ID == "" {
				next = next.TeachIn(card.ID, block)
			}
			return m.save(next, fmt.Sprintf(t("course.card_saved"), card.Title.In(m.Ctx.Lang))), nil
		},
		Dirty: func() bool { return *f != orig || block != origBlock },
	})
}

// nonEmpty is s, or else when s is blank.
func nonEmpty(s, otherwise string) string {
	if strings.TrimSpace(s) == "" {
		return otherwise
	}
	return s
}

// cardsView lists the cards with the block each is taught in, and the
// start of the card under the cursor.
func (m *Model) cardsView(h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	c := m.course()
	l := m.Ctx.Lang
	n := len(c.Cards)
	head := fmt.Sprintf(m.Ctx.TN("course.cards_count", n), n)
	if n == 0 {
		msg := t("course.no_cards")
		if m.trainer() && !m.presenting {
			msg += " " + t("course.no_cards_new")
		}
		return head + "\n\n" + strings.Join(common.Wrap(st.Muted.Render(msg), m.Width), "\n")
	}
	taught := map[string]string{}
	for _, b := range c.Blocks {
		for _, id := range b.Cards {
			if _, ok := taught[id]; !ok {
				taught[id] = fmt.Sprintf(t("course.day_at"), b.Day, model.FormatClock(b.Start))
			}
		}
	}
	// the start of the card under the cursor, its lines as written
	card, _ := m.cursorCard()
	preview := strings.Split(card.Body.In(l), "\n")
	rows := min(max(h-3-min(len(preview), 4), min(n, 3)), n)
	m.cards.SetHeight(rows)
	m.cards.SetLen(n)
	cols := common.FitColumns([]common.Column{
		{ID: "n", Title: "#", Width: 3, Right: true, Keep: 5},
		{ID: "title", Title: t("course.col_card"), Width: 16, Flex: true},
		{ID: "taught", Title: t("course.col_taught"), Width: common.Widest(t("course.col_taught"), 1, func(int) string { return fmt.Sprintf(t("course.day_at"), 2, "10:45") }), Keep: 3},
		{ID: "links", Title: t("course.col_links"), Width: common.Widest(t("course.col_links"), 1, func(int) string { return "9" }), Right: true, Keep: 2},
	}, m.Width)
	out := head + "\n" + m.cards.View(cols, m.Width, st, func(r int, col string) string {
		cd := c.Cards[r]
		switch col {
		case "n":
			return fmt.Sprint(r + 1)
		case "title":
			return cd.Title.In(l)
		case "taught":
			return taught[cd.ID]
		case "links":
			if len(cd.Links) == 0 {
				return ""
			}
			return fmt.Sprint(len(cd.Links))
		}
		return ""
	})
	if room := h - 3 - rows; room > 0 && card.Body.In(l) != "" {
		body := preview[:min(len(preview), room)]
		for i, line := range body {
			body[i] = st.Muted.Render(common.Truncate(line, m.Width))
		}
		out += "\n\n" + strings.Join(body, "\n")
	}
	return out
}

// cardLines are a card's title and text, as written, in lines of at most
// w cells; a line wider than that wraps.
func (m *Model) cardLines(card model.Card, w int) []string {
	lines := []string{card.Title.In(m.Ctx.Lang)}
	body := card.Body.In(m.Ctx.Lang)
	if body == "" {
		return lines
	}
	return append(lines, common.Wrap(body, max(w, 1))...)
}

// cardView is the card full screen: its title and place in the list, its
// text as written, and its links with the tab each opens, the one picked
// marked.
func (m *Model) cardView(h int) string {
	st := m.Ctx.Styles
	card, ok := m.cursorCard()
	if !ok {
		return ""
	}
	l := m.Ctx.Lang
	pos := st.Muted.Render(fmt.Sprintf("%d / %d", m.cards.Cursor+1, len(m.course().Cards)))
	head := common.SpreadLine(st.Title.Render(card.Title.In(l)), pos, m.Width)
	var foot []string
	if len(card.Links) > 0 {
		foot = append(foot, "", st.Label.Render(m.Ctx.T("course.links_label")))
		// as many links as leave the title and a line of text, the one
		// picked among them
		shown := max(h-5, 1)
		first := min(max(m.card.link-shown+1, 0), max(len(card.Links)-shown, 0))
		for i, link := range card.Links[first:min(first+shown, len(card.Links))] {
			i += first
			line := fmt.Sprintf(m.Ctx.T("course.link_to"), link.Label.In(l), m.tabTitle(link.Tab))
			if i == m.card.link {
				foot = append(foot, st.Selected.Render(common.PadRight("> "+line, m.Width)))
			} else {
				foot = append(foot, "  "+line)
			}
		}
	}
	body := m.cardLines(card, m.Width)[1:]
	room := max(h-2-len(foot), 0)
	m.card.scroll = min(m.card.scroll, max(len(body)-room, 0))
	body = body[m.card.scroll:]
	if len(body) > room {
		body = body[:room]
	}
	top := head + "\n\n" + strings.Join(body, "\n")
	return common.Foot(top, foot, h)
}
