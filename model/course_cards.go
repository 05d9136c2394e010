package model

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// A card fills a projector's screen, not more: its body is drawn as
// written, so its lines must fit across the narrowest screen kam draws on.
const (
	MaxCardLines = 18
	MaxCardCells = 72 // a line's width, a Chinese character counting two
)

// checkCard wants a title of one line in either language, and a body of
// at most MaxCardLines lines that fit across the screen, in both.
func checkCard(card Card) error {
	if strings.TrimSpace(card.Title.EN) == "" && strings.TrimSpace(card.Title.ZH) == "" {
		return invalid(T("a card needs a title, in English, Chinese or both", "卡片需要标题（英文、中文或两者）"))
	}
	for _, s := range []string{card.Title.EN, card.Title.ZH} {
		if err := checkLine(s, MaxCardCells); err != nil {
			return err
		}
	}
	for _, body := range []string{card.Body.EN, card.Body.ZH} {
		lines := strings.Split(strings.TrimRight(body, "\n"), "\n")
		if len(lines) > MaxCardLines {
			return invalid(T("a card's text has at most %d lines; this one has %d", "卡片正文最多 %d 行，现在有 %d 行"), MaxCardLines, len(lines))
		}
		for i, line := range lines {
			if strings.ContainsFunc(line, unicode.IsControl) {
				return invalid(T("line %d of the card holds a tab or another control character", "卡片第 %d 行含有制表符或其他控制字符"), i+1)
			}
			if w := cellWidth(line, MaxCardCells); w > MaxCardCells {
				return invalid(T("line %d of the card is too long: at most %d characters (Chinese characters count as two); it counts %d",
					"卡片第 %d 行太长：最多 %d 个字符（汉字算两个），现在是 %d 个"), i+1, MaxCardCells, w)
			}
		}
	}
	for _, l := range card.Links {
		if strings.TrimSpace(l.Label.EN) == "" && strings.TrimSpace(l.Label.ZH) == "" {
			return invalid(T("a card's link needs a label", "卡片的链接需要名称"))
		}
		for _, s := range []string{l.Label.EN, l.Label.ZH} {
			if err := checkLine(s, MaxCardCells); err != nil {
				return err
			}
		}
		if !slices.Contains(courseTabs, l.Tab) {
			return invalid(T("a card's link opens tab %q, which kam does not have", "卡片的链接指向的标签页 %q 不存在"), l.Tab)
		}
	}
	return nil
}

// putCard adds a card at the end, with a new ID when it has none, or
// replaces the card of its ID where it stands.
func (c Course) putCard(card Card, now time.Time) Course {
	cards := slices.Clone(c.Cards)
	if i := slices.IndexFunc(cards, func(k Card) bool { return k.ID == card.ID }); card.ID != "" && i >= 0 {
		cards[i] = card
		c.Cards = cards
		return c
	}
	if card.ID == "" {
		card.ID = uniqueID("card-", now, func(id string) bool { _, taken := c.card(id); return taken })
	}
	c.Cards = append(cards, card)
	return c
}

// moveCard moves a card by places (up when by < 0), stopping at either end.
func (c Course) moveCard(id string, by int) Course {
	from := slices.IndexFunc(c.Cards, func(k Card) bool { return k.ID == id })
	if from < 0 {
		return c
	}
	to := min(max(from+by, 0), len(c.Cards)-1)
	card := c.Cards[from]
	cards := slices.Delete(slices.Clone(c.Cards), from, from+1)
	c.Cards = slices.Insert(cards, to, card)
	return c
}

// deleteCard takes a card out and says where it stood. The blocks keep
// naming it, so InsertCard puts it back in its blocks too.
func (c Course) deleteCard(id string) (Course, Card, int, bool) {
	at := slices.IndexFunc(c.Cards, func(k Card) bool { return k.ID == id })
	if at < 0 {
		return c, Card{}, 0, false
	}
	card := c.Cards[at]
	c.Cards = slices.Delete(slices.Clone(c.Cards), at, at+1)
	return c, card, at, true
}

// insertCard puts a card back at a place (kept within the list); a card
// of the same ID already there is replaced, so no ID is held twice.
func (c Course) insertCard(card Card, at int) Course {
	cards := slices.DeleteFunc(slices.Clone(c.Cards), func(k Card) bool { return k.ID == card.ID })
	at = min(max(at, 0), len(cards))
	c.Cards = slices.Insert(cards, at, card)
	return c
}

// uniqueID makes an ID from the clock, numbered on when the clock gives
// one already taken (two made within the same tick).
func uniqueID(prefix string, now time.Time, taken func(string) bool) string {
	base := prefix + strconv.FormatInt(now.UnixNano(), 36)
	id := base
	for n := 2; taken(id); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// TeachIn makes blockID the block a card is taught in ("" for none): the
// card leaves the blocks that listed it and joins the end of that one's.
func (c Course) TeachIn(cardID, blockID string) Course {
	blocks := slices.Clone(c.Blocks)
	for i := range blocks {
		cards := slices.DeleteFunc(slices.Clone(blocks[i].Cards), func(id string) bool { return id == cardID })
		if blocks[i].ID == blockID {
			cards = append(cards, cardID)
		}
		blocks[i].Cards = cards
	}
	c.Blocks = blocks
	return c
}

// TaughtIn is the first block that teaches a card, "" when none does.
func (c Course) TaughtIn(cardID string) string {
	for _, b := range c.Blocks {
		if slices.Contains(b.Cards, cardID) {
			return b.ID
		}
	}
	return ""
}
