package review

import (
	"slices"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// onBlock opens MegaMart's latest meeting (2026-10-14) with the cursor on
// the first row of a block.
func onBlock(t *testing.T, h *harness, title string) model.Meeting {
	t.Helper()
	h.Press("enter")
	mt, ok := h.Ctx.Data.Meeting(h.tab.open)
	if !ok || mt.ID != "cs01-r3" {
		t.Fatalf("enter opened %q, want cs01-r3", h.tab.open)
	}
	i := slices.IndexFunc(common.Rows(blocks, &mt), func(r common.SheetRow[model.Meeting]) bool { return r.Block.Title == title })
	if i < 0 {
		t.Fatalf("the meeting has no block %s", title)
	}
	for range i {
		h.Press("down")
	}
	if h.tab.rowCursor != i {
		t.Fatalf("the cursor is on row %d, want %d", h.tab.rowCursor, i)
	}
	return mt
}

// A listing is added by picking one of the account's range changes: the
// form offers its listings and replacements, not refused, in words; the
// pick fills the line, which is saved as shown.
func TestListingPickedFromTheRangeChanges(t *testing.T) {
	h := caseStudy(t)
	before := onBlock(t, h, "review.listings")
	h.Press("n")
	if !h.tab.Capturing() {
		t.Fatal("n opened no form")
	}
	v := h.tab.View()
	// MegaMart's changes, by day: cs01-ch4 listing done, ch1 listing
	// agreed, ch3 replacement proposed; ch2 is a delisting, ch5 refused.
	for _, want := range []string{
		"From the range changes", "type it below",
		"EF-101 Seaweed crisps 80 g — all clusters (5) — 2026-05-04 (done)",
		"EF-105 Rice crackers 40 g — Jiangsu and Zhejiang city hypermarkets — 2026-12-08 (agreed)",
		"EF-203 Low-sugar oat biscuits 180 g in place of EF-201 Classic crackers 400 g",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the form lacks %q:\n%s", want, v)
		}
	}
	for _, not := range []string{"EF-103", "EF-402"} {
		if strings.Contains(v, not) {
			t.Errorf("the form offers %s, a delisting or a refused listing:\n%s", not, v)
		}
	}

	h.Press("down", "down", "enter", "enter") // EF-105, then the line as filled
	if h.tab.Capturing() {
		t.Fatalf("the form is still open:\n%s", h.tab.View())
	}
	got := h.meeting("cs01-r3").Listings
	want := append(slices.Clone(before.Listings), "EF-105 Rice crackers 40 g — Jiangsu and Zhejiang city hypermarkets — 2026-12-08 (agreed)")
	if !slices.Equal(got, want) {
		t.Errorf("listings saved:\n%q\nwant\n%q", got, want)
	}

	// A change already a line of the block is not offered again.
	h.Press("n")
	if v := h.tab.View(); strings.Contains(v, "EF-105") {
		t.Errorf("EF-105 is offered twice:\n%s", v)
	}
}

// The line a pick fills can be edited before it is saved, and going back
// to "type it below" gives back what was typed.
func TestPickedLineCanBeEdited(t *testing.T) {
	h := caseStudy(t)
	onBlock(t, h, "review.listings")
	h.Press("n", "tab", "text:Send samples", "shift+tab") // typed first, then back to the choice
	h.Press("down")
	if !strings.Contains(h.tab.View(), "> EF-101 Seaweed crisps 80 g — all clusters (5)") {
		t.Fatalf("the pick does not fill the line:\n%s", h.tab.View())
	}
	h.Press("up") // back to typing: the words typed come back
	h.Press("enter", "enter")
	if got := h.meeting("cs01-r3").Listings; got[len(got)-1] != "Send samples" {
		t.Errorf("the line typed, after picking and going back: %q", got[len(got)-1])
	}

	h.Press("n", "down", "down", "enter", "text: — 12 stores first", "enter")
	got := h.meeting("cs01-r3").Listings
	if want := "EF-105 Rice crackers 40 g — Jiangsu and Zhejiang city hypermarkets — 2026-12-08 (agreed) — 12 stores first"; got[len(got)-1] != want {
		t.Errorf("the picked line, edited: %q, want %q", got[len(got)-1], want)
	}
}

// Delistings offer the delistings and the replacements, the product going
// out first; a line typed blank is still refused.
func TestDelistingPickedAndValidated(t *testing.T) {
	h := caseStudy(t)
	before := onBlock(t, h, "review.delistings")
	h.Press("n")
	v := h.tab.View()
	for _, want := range []string{
		"EF-103 Cheese puffs 150 g — Shanghai flagship hypermarkets, Jiangsu and Zhejiang large hypermarkets",
		"EF-201 Classic crackers 400 g, replaced by EF-203 Low-sugar oat biscuits 180 g",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the form lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "EF-105") || strings.Contains(v, "EF-101 Seaweed") {
		t.Errorf("delistings offer a listing:\n%s", v)
	}

	h.Press("enter", "enter") // "type it below", nothing typed
	if !h.tab.Capturing() || !strings.Contains(h.tab.View(), h.Ctx.T("prepare.required")) {
		t.Fatalf("an empty line is saved:\n%s", h.tab.View())
	}
	h.Press("shift+tab", "down", "enter", "enter") // EF-201 replaced by EF-203, first of the two on the review's day
	got := h.meeting("cs01-r3").Delistings
	want := append(slices.Clone(before.Delistings),
		"EF-201 Classic crackers 400 g, replaced by EF-203 Low-sugar oat biscuits 180 g — Shanghai flagship hypermarkets, Jiangsu and Zhejiang large hypermarkets — 2027-02-03 (proposed)")
	if !slices.Equal(got, want) {
		t.Errorf("delistings saved:\n%q\nwant\n%q", got, want)
	}

	// Editing that row, where the cursor is now, finds its change picked.
	mt := h.meeting("cs01-r3")
	rows := common.Rows(blocks, &mt)
	if r := rows[h.tab.rowCursor]; r.Block.Title != "review.delistings" || r.Index != len(want)-1 {
		t.Fatalf("the cursor is on %s #%d, not on the row added", r.Block.Title, r.Index)
	}
	h.Press("e")
	if v := h.tab.View(); !strings.Contains(v, "> EF-201 Classic crackers 400 g, replaced by") {
		t.Errorf("the row's change is not the one picked:\n%s", v)
	}
}

// In Chinese the change is in Chinese words.
func TestListingPickedInChinese(t *testing.T) {
	h := newHarness(t, model.CaseStudy(now, model.Chinese))
	h.SetLang(model.Chinese)
	onBlock(t, h, "review.listings")
	h.Press("n")
	if v := h.tab.View(); !strings.Contains(v, "从品项变动中选择") || !strings.Contains(v, "在下面输入") {
		t.Fatalf("the form:\n%s", v)
	}
	h.Press("down", "enter", "enter")
	got := h.meeting("cs01-r3").Listings
	if want := "EF-101 海苔脆 80 克 — 全部门店群（5 个） — 2026-05-04（已执行）"; got[len(got)-1] != want {
		t.Errorf("the line saved: %q, want %q", got[len(got)-1], want)
	}
}

// An account with no range changes types its lines as before: the form
// has the line alone.
func TestLinesWithoutRangeChanges(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	ws.Mutations = slices.DeleteFunc(ws.Mutations, func(mu model.Mutation) bool { return mu.AccountID == "cs01" })
	h := newHarness(t, ws)
	onBlock(t, h, "review.listings")
	h.Press("n")
	if v := h.tab.View(); strings.Contains(v, "From the range changes") {
		t.Errorf("a choice with nothing to pick:\n%s", v)
	}
	h.Press("text:Rice crackers in 20 stores", "enter")
	if got := h.meeting("cs01-r3").Listings; got[len(got)-1] != "Rice crackers in 20 stores" {
		t.Errorf("the line typed: %q", got[len(got)-1])
	}
}
