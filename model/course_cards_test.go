package model

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func cardIDs(c Course) []string {
	var out []string
	for _, k := range c.Cards {
		out = append(out, k.ID)
	}
	return out
}

func TestPutCard(t *testing.T) {
	c := DefaultCourse(courseDay, 2)
	n := len(c.Cards)
	now := courseDay.Add(9 * time.Hour)
	added := c.PutCard(Card{Title: T("Our own card", "我们自己的卡片"), Body: T("one\ntwo", "一\n二")}, now)
	if len(added.Cards) != n+1 || len(c.Cards) != n {
		t.Fatalf("%d cards after adding to %d; the original has %d", len(added.Cards), n, len(c.Cards))
	}
	fresh := added.Cards[n]
	if !strings.HasPrefix(fresh.ID, "card-") || fresh.Title.EN != "Our own card" {
		t.Errorf("added %+v", fresh)
	}
	// Two cards made within the same tick get IDs of their own.
	twice := added.PutCard(Card{Title: T("Second", "第二")}, now)
	if id := twice.Cards[n+1].ID; id == fresh.ID || !strings.HasPrefix(id, fresh.ID) {
		t.Errorf("the second card of the tick is %q, the first %q", id, fresh.ID)
	}
	if err := CheckCourse(twice); err != nil {
		t.Error(err)
	}
	// An existing ID is replaced where it stands.
	edited := twice.PutCard(Card{ID: "motives", Title: T("Why", "为什么"), Body: T("b", "乙")}, now)
	i := slices.Index(cardIDs(edited), "motives")
	if i != slices.Index(cardIDs(c), "motives") || edited.Cards[i].Title.EN != "Why" || len(edited.Cards) != n+2 {
		t.Errorf("edited the motives card: at %d, %+v", i, edited.Cards[i])
	}
	if k, _ := twice.Card("motives"); k.Title.EN != "Motives" {
		t.Error("PutCard changed the course it was called on")
	}
	// A card with an ID of its own that the course lacks is added as it is.
	own := c.PutCard(Card{ID: "mine", Title: T("Mine", "我的")}, now)
	if own.Cards[n].ID != "mine" {
		t.Errorf("added %q", own.Cards[n].ID)
	}
}

func TestMoveCard(t *testing.T) {
	c := DefaultCourse(courseDay, 2)
	ids := cardIDs(c)
	down := c.MoveCard(ids[0], 1)
	if got := cardIDs(down); got[0] != ids[1] || got[1] != ids[0] || !slices.Equal(got[2:], ids[2:]) {
		t.Errorf("down: %v", got[:3])
	}
	up := c.MoveCard(ids[3], -1)
	if got := cardIDs(up); got[2] != ids[3] || got[3] != ids[2] {
		t.Errorf("up: %v", got[:5])
	}
	if got := cardIDs(c.MoveCard(ids[0], -1)); !slices.Equal(got, ids) {
		t.Errorf("the first card up: %v", got)
	}
	last := len(ids) - 1
	if got := cardIDs(c.MoveCard(ids[last], 1)); !slices.Equal(got, ids) {
		t.Errorf("the last card down: %v", got)
	}
	if got := cardIDs(c.MoveCard(ids[1], 100)); got[last] != ids[1] || len(got) != len(ids) {
		t.Errorf("far down stops at the end: %v", got)
	}
	if got := cardIDs(c.MoveCard(ids[5], -100)); got[0] != ids[5] {
		t.Errorf("far up stops at the top: %v", got)
	}
	if got := cardIDs(c.MoveCard("nope", 1)); !slices.Equal(got, ids) {
		t.Errorf("an unknown card moved: %v", got)
	}
	if !slices.Equal(cardIDs(c), ids) {
		t.Error("MoveCard changed the course it was called on")
	}
}

func TestDeleteAndInsertCard(t *testing.T) {
	c := DefaultCourse(courseDay, 2)
	ids := cardIDs(c)
	at := slices.Index(ids, "stages")
	gone, card, where, ok := c.DeleteCard("stages")
	if !ok || where != at || card.ID != "stages" || len(gone.Cards) != len(ids)-1 {
		t.Fatalf("deleted: %v at %d (%s)", ok, where, card.ID)
	}
	if _, ok := gone.Card("stages"); ok {
		t.Error("the card is still there")
	}
	// The blocks keep its ID; the screens leave it out until it is back.
	first, _ := gone.Block("d1-am1")
	if !slices.Contains(first.Cards, "stages") {
		t.Error("the block forgot the card")
	}
	for _, k := range gone.BlockCards(first) {
		if k.ID == "stages" {
			t.Error("BlockCards lists a deleted card")
		}
	}
	if err := CheckCourse(gone); err != nil {
		t.Errorf("a course with a deleted card: %v", err)
	}
	back := gone.InsertCard(card, where)
	if !slices.Equal(cardIDs(back), ids) {
		t.Errorf("undo: %v", cardIDs(back))
	}
	if got := back.BlockCards(first); len(got) != len(first.Cards) {
		t.Errorf("after undo the block has %d of %d cards", len(got), len(first.Cards))
	}
	if _, _, _, ok := c.DeleteCard("nope"); ok {
		t.Error("deleted a card that is not there")
	}
	if len(c.Cards) != len(ids) {
		t.Error("DeleteCard changed the course it was called on")
	}
	// Out of range places are kept within the list; an ID already there
	// is replaced, not doubled.
	if got := cardIDs(gone.InsertCard(card, 99)); got[len(got)-1] != "stages" {
		t.Errorf("inserted past the end: %v", got)
	}
	if got := cardIDs(gone.InsertCard(card, -3)); got[0] != "stages" {
		t.Errorf("inserted before the start: %v", got)
	}
	if got := cardIDs(c.InsertCard(card, 0)); len(got) != len(ids) || got[0] != "stages" {
		t.Errorf("inserting a card that is there: %v", got)
	}
}

func TestCheckCard(t *testing.T) {
	ok := []Card{
		{Title: T("Only English", "")},
		{Title: T("", "只有中文")},
		{Title: T("Full", "满"), Body: T(strings.Repeat("x\n", MaxCardLines-1)+"x\n", strings.Repeat("汉", MaxCardCells/2))},
		{Title: T("Linked", "链接"), Links: []CardLink{{Label: T("Plan", "计划"), Tab: "plan"}}},
	}
	for _, k := range ok {
		if err := CheckCard(k); err != nil {
			t.Errorf("%q: %v", k.Title.EN, err)
		}
	}
	for _, tc := range []struct {
		name string
		card Card
		says string
	}{
		{"no title", Card{Title: T(" ", "")}, "title"},
		{"a title on two lines", Card{Title: T("a\nb", "")}, "one line"},
		{"too many lines", Card{Title: T("t", ""), Body: T(strings.Repeat("x\n", MaxCardLines)+"x", "")}, "at most 18 lines"},
		{"a Chinese line too wide", Card{Title: T("t", ""), Body: T("", strings.Repeat("汉", MaxCardCells/2+1))}, "line 1"},
		{"a tab in the body", Card{Title: T("t", ""), Body: T("a\n\tb", "")}, "line 2"},
		{"a link to no tab", Card{Title: T("t", ""), Links: []CardLink{{Label: T("x", ""), Tab: "terms"}}}, "terms"},
		{"a link without a label", Card{Title: T("t", ""), Links: []CardLink{{Tab: "plan"}}}, "label"},
	} {
		err := CheckCard(tc.card)
		var inv *Invalid
		if !errors.As(err, &inv) || !strings.Contains(inv.Msg.EN, tc.says) || inv.Msg.ZH == "" {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.says)
		}
	}
}

func TestTeachInMovesACardToOneBlock(t *testing.T) {
	c := DefaultCourse(courseDay, 2)
	first := c.Blocks[0].Cards[0]
	moved := c.TeachIn(first, c.Blocks[3].ID)
	if moved.TaughtIn(first) != c.Blocks[3].ID {
		t.Fatalf("the card is taught in %q", moved.TaughtIn(first))
	}
	if slices.Contains(moved.Blocks[0].Cards, first) {
		t.Error("the card stayed in the block it left")
	}
	if slices.Contains(c.Blocks[3].Cards, first) {
		t.Error("TeachIn changed the course it was called on")
	}
	none := moved.TeachIn(first, "")
	if none.TaughtIn(first) != "" {
		t.Errorf("a card taught in no block is in %q", none.TaughtIn(first))
	}
	if err := CheckCourse(none); err != nil {
		t.Errorf("the course no longer checks: %v", err)
	}
}
