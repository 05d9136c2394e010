package coursetab

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
	"github.com/kam-workbench/kam/ui/uitest"
)

// day1 is 11:00 on the course's first day: the second block, 10:45–12:30,
// is on by the clock.
var day1 = time.Date(2027, 3, 10, 11, 0, 0, 0, time.Local)

type harness struct {
	*uitest.CourseHarness
	tab   *Model
	clock time.Time // the tab's clock, moved by the test
}

// newHarness opens the course tab on a course of n teams, each on the case
// study, as the trainer, at day1.
func newHarness(t *testing.T, teams int) *harness {
	t.Helper()
	var tab *Model
	ch := uitest.ForCourse(t, teams, day1, func(c *common.Context) common.Tab { tab = New(c); return tab })
	h := &harness{CourseHarness: ch, tab: tab, clock: day1}
	h.Ctx.Now = func() time.Time { return h.clock }
	h.Press("g") // the tests count their moves from the first block
	return h
}

func (h *harness) view() string { return h.Tab.View() }

// yield hands the tab a key and returns what its command asks of the root,
// without the harness taking it.
func (h *harness) yield(k string) tea.Msg {
	_, cmd := h.Tab.Update(uitest.Key(k))
	if cmd == nil {
		return nil
	}
	return cmd()
}

// saved is the course as the course file holds it.
func (h *harness) saved() model.Course { return h.Folder.CourseNow }

// lineWith is the first line of the view holding s.
func lineWith(view, s string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func TestAgendaMarksTheBlockOfTheClock(t *testing.T) {
	h := newHarness(t, 2)
	blocks := h.saved().Blocks
	if len(blocks) != 8 {
		t.Fatalf("the course has %d blocks, want the eight of the two days", len(blocks))
	}
	v := h.view()
	if !strings.Contains(v, "Now: Day 1 10:45–12:30, by the clock") {
		t.Errorf("the agenda says which block the clock is in:\n%s", v)
	}
	now := lineWith(v, "10:45–12:30  "+blocks[1].Topics[0].EN)
	if !strings.Contains(now, "now") {
		t.Errorf("the current block's row is marked: %q\n%s", now, v)
	}
	if other := lineWith(v, "09:00–10:45  "+blocks[0].Topics[0].EN); strings.Contains(other, "now") {
		t.Errorf("another block's row is marked too: %q", other)
	}

	h.clock = time.Date(2027, 3, 11, 13, 40, 0, 0, time.Local) // day 2, after lunch
	if v := h.view(); !strings.Contains(v, "Now: Day 2 13:30–15:15, by the clock") {
		t.Errorf("the next day's afternoon:\n%s", v)
	}
	h.clock = time.Date(2027, 3, 12, 10, 0, 0, 0, time.Local) // after the course
	if v := h.view(); !strings.Contains(v, "No block is on by the clock") || strings.Contains(lineWith(v, "09:00–10:45"), "now") {
		t.Errorf("outside the course no block is current:\n%s", v)
	}

	h.SetLang(model.Chinese)
	h.clock = day1
	if v := h.view(); !strings.Contains(v, "当前：第 1 天 10:45–12:30（按时钟）") || !strings.Contains(lineWith(v, "10:45–12:30  "+blocks[1].Topics[0].ZH), "当前") {
		t.Errorf("in Chinese:\n%s", v)
	}
}

func TestChooseAndFollowTheClock(t *testing.T) {
	h := newHarness(t, 2)
	blocks := h.saved().Blocks
	h.Press("down", "down", "down", "c") // day 1, 15:15
	if got := h.saved().Chosen; got != blocks[3].ID {
		t.Fatalf("c chose %q, want %q", got, blocks[3].ID)
	}
	v := h.view()
	if !strings.Contains(v, "Now: Day 1 15:15–17:00, chosen by the trainer") || !strings.Contains(lineWith(v, "15:15–17:00  "+blocks[3].Topics[0].EN), "now") {
		t.Errorf("the chosen block is the current one:\n%s", v)
	}
	if strings.Contains(lineWith(v, "10:45–12:30  "), "now") {
		t.Errorf("the clock's block is no longer marked:\n%s", v)
	}
	h.Press("C")
	if got := h.saved().Chosen; got != "" {
		t.Errorf("C follows the clock again; chosen is %q", got)
	}
	if v := h.view(); !strings.Contains(v, "by the clock") {
		t.Errorf("after C:\n%s", v)
	}
	h.Press("c", "c") // c on the block chosen lets it go
	if got := h.saved().Chosen; got != "" {
		t.Errorf("c twice follows the clock again; chosen is %q", got)
	}
}

func TestShiftMovesTheRestOfTheDay(t *testing.T) {
	h := newHarness(t, 2)
	before := h.saved().Blocks
	h.Press("down", ">") // the second block of day 1, 5 minutes later
	after := h.saved().Blocks
	for i, b := range after {
		want, length := before[i].Start, before[i].End-before[i].Start
		if b.Day == 1 && i >= 1 {
			want += 5
		}
		if i == 0 { // the block before ran over: it ends when the moved one starts
			length += 5
		}
		if b.Start != want || b.End-b.Start != length {
			t.Errorf("block %s runs %s–%s, want it to start at %s", b.ID, model.FormatClock(b.Start), model.FormatClock(b.End), model.FormatClock(want))
		}
	}
	if !strings.Contains(h.Status, "the block at 10:45 now starts at 10:50") {
		t.Errorf("the status says what moved: %q", h.Status)
	}
	if v := h.view(); !strings.Contains(v, "10:50–12:35") || !strings.Contains(v, "13:35–15:20") || !strings.Contains(v, "09:00–10:50") {
		t.Errorf("the agenda shows the new times:\n%s", v)
	}
	h.Press("-", "-")
	if got := h.saved().Blocks[1].Start; got != before[1].Start-5 {
		t.Errorf("twice earlier: starts at %s", model.FormatClock(got))
	}
	if got := h.saved().Blocks[0].Start; got != before[0].Start {
		t.Errorf("the block before did not move: %s", model.FormatClock(got))
	}

	// Nothing moves past midnight: the status says why.
	saves := h.Folder.Saves
	next, err := h.saved().Shift(before[3].ID, 24*60-h.saved().Blocks[3].End)
	if err != nil {
		t.Fatal(err)
	}
	h.Folder.CourseNow, h.Course.Course = next, next
	h.Press("down", "down", "+")
	if h.Folder.Saves != saves || !strings.Contains(h.Status, "past 24:00") {
		t.Errorf("a shift past midnight is refused (saves %d → %d): %q", saves, h.Folder.Saves, h.Status)
	}
}

func TestStartTimeForm(t *testing.T) {
	h := newHarness(t, 2)
	before := h.saved().Blocks
	h.Press("e", "ctrl+u", "text:25:00", "enter")
	if h.tab.Form == nil {
		t.Fatal("25:00 is refused at the field: the form stays open")
	}
	if v := h.view(); !strings.Contains(v, `"25:00" is not a time of day`) {
		t.Errorf("the form says why:\n%s", v)
	}
	if h.Folder.Saves != 0 {
		t.Errorf("nothing saved")
	}
	h.Press("ctrl+u", "text:09:30", "enter")
	if h.tab.Form != nil {
		t.Fatalf("09:30 closes the form:\n%s", h.view())
	}
	for i, b := range h.saved().Blocks {
		want := before[i].Start
		if b.Day == 1 {
			want += 30
		}
		if b.Start != want {
			t.Errorf("block %s starts at %s, want %s", b.ID, model.FormatClock(b.Start), model.FormatClock(want))
		}
	}
	if v := h.view(); !strings.Contains(v, "09:30–11:15") {
		t.Errorf("the agenda shows it:\n%s", v)
	}
}

func TestAgendaGoesToTheTabAndTheBoard(t *testing.T) {
	h := newHarness(t, 2)
	h.Tab.SetSize(80, 40) // the block in detail below the agenda
	first := h.saved().Blocks[0]
	if got, ok := h.yield("enter").(common.GoToMsg); !ok || got.Tab != first.Tab || first.Tab == "" {
		t.Errorf("enter goes to the block's tab %q: %#v", first.Tab, got)
	}
	v := h.view()
	board, _ := h.saved().Board(first.Board)
	if !strings.Contains(v, "Worked in: Accounts") || !strings.Contains(v, board.Question.EN) {
		t.Errorf("the block in detail names its tab and its board:\n%s", v)
	}
	for _, id := range first.Cards {
		card, _ := h.saved().Card(id)
		if !strings.Contains(strings.ReplaceAll(v, "\n", " "), card.Title.EN) {
			t.Errorf("the block's card %q is listed:\n%s", card.Title.EN, v)
		}
	}
	h.Press("b")
	if h.tab.view != viewBoards {
		t.Errorf("b opens the boards, the view is %d", h.tab.view)
	}
}

func TestTimer(t *testing.T) {
	h := newHarness(t, 2)
	h.Press("v", "t", "ctrl+u", "text:0", "enter")
	if v := h.view(); h.tab.Form == nil || !strings.Contains(v, "the timer is set from 1 to 180 minutes") {
		t.Fatalf("0 minutes are refused at the field:\n%s", v)
	}
	h.Press("ctrl+u", "text:10", "enter")
	tm := h.saved().Timer
	if tm.Set != 10*time.Minute || tm.Left != 10*time.Minute || tm.Running() {
		t.Fatalf("the timer set: %+v", tm)
	}
	if v := h.view(); !strings.Contains(v, "Ready") || !strings.Contains(v, "set for 10 minutes") || !containsBig(v, "10:00") {
		t.Errorf("an idle timer of 10 minutes:\n%s", v)
	}

	h.Press("s")
	if !h.saved().Timer.Running() {
		t.Fatal("s starts it")
	}
	h.clock = h.clock.Add(3*time.Minute + 30*time.Second)
	if v := h.view(); !strings.Contains(v, "Running") || !containsBig(v, "6:30") {
		t.Errorf("three and a half minutes on:\n%s", v)
	}
	h.Press("s")
	if tm := h.saved().Timer; tm.Running() || tm.Left != 6*time.Minute+30*time.Second {
		t.Errorf("s pauses it: %+v", tm)
	}
	h.clock = h.clock.Add(time.Minute)
	if v := h.view(); !strings.Contains(v, "Paused") || !containsBig(v, "6:30") {
		t.Errorf("paused, the time stands still:\n%s", v)
	}
	h.Press("+")
	if tm := h.saved().Timer; tm.Left != 7*time.Minute+30*time.Second || tm.Set != 10*time.Minute {
		t.Errorf("+ adds a minute: %+v", tm)
	}
	h.Press("s")
	h.clock = h.clock.Add(8 * time.Minute)
	h.Run(h.Update(common.TimerEndedMsg{}))
	v := h.view()
	if !strings.Contains(v, "T I M E ' S   U P") || !containsBig(v, "0:00") {
		t.Errorf("time's up, big:\n%s", v)
	}
	if !h.saved().Timer.Done(h.clock) {
		t.Errorf("the timer is done: %+v", h.saved().Timer)
	}
	h.Press("0")
	if tm := h.saved().Timer; tm.Running() || tm.Left != 10*time.Minute {
		t.Errorf("0 resets it to what was set: %+v", tm)
	}

	h.SetLang(model.Chinese)
	h.Press("s")
	h.clock = h.clock.Add(11 * time.Minute)
	if v := h.view(); !strings.Contains(v, "时间到") {
		t.Errorf("in Chinese:\n%s", v)
	}
}

// containsBig reports whether the view shows s in big digits.
func containsBig(view, s string) bool {
	big := bigText(s)
	lines := strings.Split(view, "\n")
	for i := range lines {
		if i+len(big) > len(lines) {
			return false
		}
		found := true
		for j, row := range big {
			if !strings.Contains(lines[i+j], row) {
				found = false
				break
			}
		}
		if found {
			return true
		}
	}
	return false
}

func TestBigDigits(t *testing.T) {
	want := []string{
		"  ██   ██████    ██████ ██████",
		"████   ██  ██ ██     ██ ██    ",
		"  ██   ██  ██    ██████ ██████",
		"  ██   ██  ██ ██     ██     ██",
		"██████ ██████    ██████ ██████",
	}
	if got := bigText("10:35"); !slices.Equal(got, want) {
		t.Errorf("10:35 in big digits:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, row := range bigText("0123456789:") {
		if w := lipgloss.Width(row); w != 10*7+2 {
			t.Errorf("every row of the digits is as wide: %d %q", w, row)
		}
	}

	// Too small for big digits: plain ones.
	h := newHarness(t, 2)
	h.Press("v")
	h.Tab.SetSize(60, 8)
	if v := h.view(); strings.Contains(v, "█") || !strings.Contains(v, "15:00") {
		t.Errorf("at 60×8 the time is plain:\n%s", v)
	}
	h.Tab.SetSize(60, 14)
	if v := h.view(); !containsBig(v, "15:00") {
		t.Errorf("at 60×14 the time is big:\n%s", v)
	}
}

func TestCards(t *testing.T) {
	h := newHarness(t, 2)
	cards := h.saved().Cards
	h.Press("v", "v")
	if v := h.view(); !strings.Contains(v, fmt.Sprintf("%d cards", len(cards))) || !strings.Contains(v, cards[0].Title.EN) {
		t.Fatalf("the list of cards:\n%s", v)
	}

	// A new card, both languages, two lines of text.
	h.Press("n", "text:Negotiation tactics", "enter", "text:谈判战术", "enter",
		"text:Anchor high.", "ctrl+j", "text:Trade, never give.", "enter", "text:先高后低。", "enter",
		"down", "enter") // taught in the first block
	if h.tab.Form != nil {
		t.Fatalf("the form closed once saved:\n%s", h.view())
	}
	got := h.saved().Cards
	last := got[len(got)-1]
	if len(got) != len(cards)+1 || last.Title != model.T("Negotiation tactics", "谈判战术") || last.Body.EN != "Anchor high.\nTrade, never give." || last.Body.ZH != "先高后低。" || last.ID == "" {
		t.Fatalf("the new card saved: %+v", last)
	}
	if h.tab.cards.Cursor != len(got)-1 {
		t.Errorf("the cursor is on the new card: %d", h.tab.cards.Cursor)
	}
	if b := h.saved().TaughtIn(last.ID); b != h.saved().Blocks[0].ID {
		t.Errorf("the new card is taught in %q, want the first block", b)
	}

	// Edited; a line too long is refused where it is typed.
	h.Press("e", "ctrl+u", "text:Tactics", "enter", "enter", "ctrl+j", "text:"+strings.Repeat("x", 80), "enter")
	if h.tab.Form == nil || !strings.Contains(h.view(), "line 3 of the card is too long") {
		t.Fatalf("a line past the card's width is refused at the field:\n%s", h.view())
	}
	for range 81 { // the x's and the line they were on
		h.Press("backspace")
	}
	h.Press("enter", "enter", "enter")
	if h.tab.Form != nil {
		t.Fatalf("the edit saved:\n%s", h.view())
	}
	if b := h.saved().TaughtIn(last.ID); b != h.saved().Blocks[0].ID {
		t.Errorf("an edit that kept the block moved the card to %q", b)
	}
	if c, _ := h.saved().Card(last.ID); c.Title.EN != "Tactics" || c.Title.ZH != "谈判战术" || c.Body.EN != last.Body.EN {
		t.Errorf("the card edited: %+v", c)
	}

	// Moved up, then the first card down; the cursor goes with the card.
	h.Press("K")
	if got := h.saved().Cards; got[len(got)-2].ID != last.ID || h.tab.cards.Cursor != len(got)-2 {
		t.Errorf("K moved the card up: at %d, cursor %d", slices.IndexFunc(got, func(c model.Card) bool { return c.ID == last.ID }), h.tab.cards.Cursor)
	}
	h.Press("g", "J")
	if got := h.saved().Cards; got[1].ID != cards[0].ID || got[0].ID != cards[1].ID || h.tab.cards.Cursor != 1 {
		t.Errorf("J moved the first card down: %s, %s; cursor %d", got[0].ID, got[1].ID, h.tab.cards.Cursor)
	}

	// Deleted after asking, and back with u.
	h.Press("d")
	if h.tab.Ask == nil || !strings.Contains(h.view(), "Delete the card") {
		t.Fatalf("d asks first:\n%s", h.view())
	}
	h.Press("y")
	if _, ok := h.saved().Card(cards[0].ID); ok {
		t.Fatal("y deletes the card")
	}
	h.Press("u")
	if got := h.saved().Cards; len(got) != len(cards)+1 || got[1].ID != cards[0].ID {
		t.Errorf("u puts it back where it was: %v", got[1].ID)
	}

	// The last card deleted: the cursor stays in the list.
	h.Press("G", "d", "y")
	if n := len(h.saved().Cards); h.tab.cards.Cursor != n-1 {
		t.Errorf("after deleting the last card the cursor is %d of %d", h.tab.cards.Cursor, n)
	}
}

func TestCardFullScreen(t *testing.T) {
	h := newHarness(t, 2)
	cards := h.saved().Cards
	at := slices.IndexFunc(cards, func(c model.Card) bool { return len(c.Links) > 1 })
	if at < 0 {
		t.Fatal("the course has a card with links")
	}
	card := cards[at]
	h.Press("v", "v")
	for range at {
		h.Press("down")
	}
	h.Press("enter")
	v := h.view()
	if !strings.Contains(v, card.Title.EN) || !strings.Contains(v, fmt.Sprintf("%d / %d", at+1, len(cards))) {
		t.Fatalf("the card full screen:\n%s", v)
	}
	for _, line := range strings.Split(card.Body.EN, "\n")[:3] {
		if !strings.Contains(v, line) {
			t.Errorf("the card's text as written, line %q:\n%s", line, v)
		}
	}
	first := fmt.Sprintf("> %s → %s", card.Links[0].Label.EN, h.tab.tabTitle(card.Links[0].Tab))
	if !strings.Contains(v, first) {
		t.Errorf("its links with their tabs, the first picked: %q\n%s", first, v)
	}
	if got, ok := h.yield("enter").(common.GoToMsg); !ok || got.Tab != card.Links[0].Tab {
		t.Errorf("enter opens the first link's tab: %#v", got)
	}
	h.Press("down")
	if got, ok := h.yield("enter").(common.GoToMsg); !ok || got.Tab != card.Links[1].Tab {
		t.Errorf("enter opens the second link's tab: %#v", got)
	}
	if _, ok := h.yield("f").(common.PresentMsg); !ok {
		t.Error("f asks to present the card")
	}
	h.Run(h.Update(common.PresentingMsg{On: true}))
	if v := h.view(); strings.Contains(v, "Agenda") || !strings.Contains(v, card.Title.EN) {
		t.Errorf("presenting, only the card:\n%s", v)
	}
	if len(h.tab.ShortHelp()) == 0 {
		t.Error("the help line is the root's to hide")
	}
	h.Press("right")
	if v := h.view(); !strings.Contains(v, cards[at+1].Title.EN) {
		t.Errorf("→ shows the next card:\n%s", v)
	}
	h.Run(h.Update(common.PresentingMsg{On: false}))
	h.Press("left", "left")
	if v := h.view(); !strings.Contains(v, cards[at-1].Title.EN) {
		t.Errorf("← ← shows the card before:\n%s", v)
	}
	h.Press("esc")
	if h.tab.card != nil || !strings.Contains(h.view(), fmt.Sprintf("%d cards", len(cards))) {
		t.Errorf("esc goes back to the list:\n%s", h.view())
	}
}

func TestTeams(t *testing.T) {
	h := newHarness(t, 3)
	h.Press("V") // the last view
	accounts := len(h.Course.Teams[1].Workspace.Accounts)
	v := h.view()
	if !strings.Contains(lineWith(v, "Team 1"), "shown") || strings.Contains(lineWith(v, "Team 2"), "shown") {
		t.Errorf("team 1 is marked as shown:\n%s", v)
	}
	if !strings.Contains(lineWith(v, "Team 2"), fmt.Sprint(accounts)) {
		t.Errorf("team 2's accounts are counted (%d):\n%s", accounts, v)
	}

	h.Press("down", "enter")
	if h.Course.Team != 1 || h.Ctx.Data != h.Course.Teams[1] {
		t.Fatalf("enter shows team 2 in every tab: team shown %d", h.Course.Team)
	}
	if v := h.view(); !strings.Contains(lineWith(v, "Team 2"), "shown") || h.tab.teams.Cursor != 1 {
		t.Errorf("team 2 is now marked, the cursor where it was (%d):\n%s", h.tab.teams.Cursor, v)
	}
	if got, ok := h.yield("enter").(common.SwitchTeamMsg); !ok || got.Index != 1 {
		t.Errorf("enter asks the root to switch: %#v", got)
	}

	// Team 3 deletes an evaluation, is reset, and has it back.
	team3 := h.Course.Teams[2]
	evaluations := len(team3.Workspace.Evaluations)
	h.Run(data.Delete(team3, "", team3.Workspace.Evaluations[0]))
	if len(h.Course.Teams[2].Workspace.Evaluations) != evaluations-1 {
		t.Fatalf("team 3 deleted an evaluation: %d", len(h.Course.Teams[2].Workspace.Evaluations))
	}
	if v := h.view(); !strings.Contains(lineWith(v, "Team 3"), fmt.Sprint(evaluations-1)) {
		t.Errorf("the count follows team 3's save:\n%s", v)
	}
	h.Press("down", "r")
	if h.tab.Ask == nil {
		t.Fatal("r asks first")
	}
	v = h.view()
	if !strings.Contains(v, "Reset Team 3 to the case study?") || !strings.Contains(strings.ReplaceAll(v, "\n", " "), "its old file is kept beside it") {
		t.Errorf("the question says what is lost and where the old file is:\n%s", v)
	}
	h.Press("y")
	if got := len(h.Course.Teams[2].Workspace.Evaluations); got != evaluations {
		t.Errorf("team 3 has %d evaluations again, want %d", got, evaluations)
	}
	if !strings.Contains(h.Status, "Team 3 is back to the case study") {
		t.Errorf("the status says so: %q", h.Status)
	}

	// A team whose saves are under way is not reset.
	h.Course.Teams[2].Pending = 1
	if v := h.view(); !strings.Contains(lineWith(v, "Team 3"), "saving…") {
		t.Errorf("the team saving says so:\n%s", v)
	}
	h.Press("r")
	if h.tab.Ask != nil || !strings.Contains(h.Status, "Team 3's last edit is still being saved") {
		t.Errorf("r is refused while team 3 saves (asking: %v): %q", h.tab.Ask != nil, h.Status)
	}
	h.Press("R")
	if h.tab.Ask != nil {
		t.Error("R is refused while a team saves")
	}
	h.Course.Teams[2].Pending = 0
	h.Press("R")
	if h.tab.Ask == nil || !strings.Contains(h.tab.Ask.Text, "Reset all 3 teams") {
		t.Errorf("R asks about every team: %+v", h.tab.Ask)
	}
	h.Press("n")

	// A file copied in that cannot be: the form says why and stays open.
	h.Press("i", "text:/nowhere/team3.kam", "enter")
	if h.tab.Form == nil || !strings.Contains(h.view(), "copies nothing in") {
		t.Errorf("a failed copy keeps the form, saying why:\n%s", h.view())
	}
	if !strings.Contains(h.Status, "Team 3's file was not copied in") {
		t.Errorf("the status says so: %q", h.Status)
	}
}

func TestParticipantHasNoCourseControls(t *testing.T) {
	h := newHarness(t, 2)
	h.Course.Trainer = false
	h.Press(">", "-", "c", "e", "t", "s", "0")
	h.Press("v", "t", "s", "+", "0")
	h.Press("v", "n", "J", "d", "e")
	if h.Folder.Saves != 0 || h.tab.Form != nil || h.tab.Ask != nil {
		t.Errorf("a participant changed the course: %d saves, form %v, question %v", h.Folder.Saves, h.tab.Form != nil, h.tab.Ask != nil)
	}
	h.Press("V", "down")
	if msg := h.yield("enter"); msg != nil {
		t.Errorf("a participant switched teams: %#v", msg)
	}
	h.Press("r", "R", "i")
	if h.tab.Ask != nil || h.tab.Form != nil {
		t.Error("a participant reset or copied a team")
	}
	trainerKeys := []key.Binding{h.tab.keys.Choose, h.tab.keys.Earlier, h.tab.keys.StartPause, h.tab.keys.NewCard, h.tab.keys.ResetTeam, h.tab.keys.ShowTeam}
	for v := range views {
		h.tab.view = v
		for _, b := range h.tab.ShortHelp() {
			for _, tk := range trainerKeys {
				if b.Help() == tk.Help() {
					t.Errorf("view %d offers a participant %q", v, b.Help().Desc)
				}
			}
		}
	}
	for _, g := range h.tab.HelpGroups() {
		for _, b := range g.Keys {
			for _, tk := range trainerKeys {
				if b.Help() == tk.Help() {
					t.Errorf("the help offers a participant %q", b.Help().Desc)
				}
			}
		}
	}
	// Reading is everyone's: the cards open, the agenda goes to its tab.
	h.tab.view = viewCards
	h.Press("enter")
	if h.tab.card == nil {
		t.Error("a participant opens a card")
	}
}

// TestEveryViewFits draws every view, in both languages, from 60 to 200
// cells across and 10 to 55 lines down: no line is wider than the body,
// and there are no more lines than it has.
func TestEveryViewFits(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{
		{"agenda", nil},
		{"agenda, the last block", []string{"G"}},
		{"start form", []string{"e"}},
		{"timer", []string{"v"}},
		{"timer running", []string{"v", "s"}},
		{"timer form", []string{"v", "t"}},
		{"cards", []string{"v", "v"}},
		{"card", []string{"v", "v", "enter"}},
		{"card with links", []string{"v", "v", "down", "down", "down", "down", "down", "enter"}},
		{"card form", []string{"v", "v", "e"}},
		{"delete card", []string{"v", "v", "d"}},
		{"boards", []string{"v", "v", "v"}},
		{"compare", []string{"V", "V"}},
		{"teams", []string{"V"}},
		{"reset all", []string{"V", "R"}},
		{"copy in", []string{"V", "i"}},
	}
	for _, lang := range model.Langs {
		h := newHarness(t, 8)
		h.SetLang(lang)
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s %s", lang, s.name), func(t *testing.T) {
				tab := h.tab
				tab.Form, tab.Ask, tab.card, tab.view = nil, nil, nil, viewAgenda
				tab.agenda.Top()
				tab.cards.Top()
				h.Tab.SetSize(120, 35)
				h.Press(s.keys...)
				for _, w := range []int{60, 80, 120, 200} {
					for _, ht := range []int{10, 24, 40, 55} {
						h.Tab.SetSize(w, ht)
						h.clock = day1.Add(30 * time.Second)
						for _, present := range []bool{false, true} {
							h.tab.present(present)
							assertFits(t, h.tab.body(), w, ht, fmt.Sprintf("%d×%d presenting %v", w, ht, present))
						}
						h.tab.present(false)
					}
				}
			})
		}
	}
}

// assertFits fails when a drawing has a line wider than w or more than h
// lines.
func assertFits(t *testing.T, view string, w, h int, where string) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines, the body has %d:\n%s", where, len(lines), h, view)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("%s: line %d is %d wide, the body %d: %q", where, i, lw, w, l)
		}
	}
}

func TestOpenGoesToTheViewAsked(t *testing.T) {
	h := newHarness(t, 2)
	card := h.saved().Cards[2]
	h.Run(h.Update(common.OpenMsg{Item: "card/" + card.ID}))
	if h.tab.view != viewCards || h.tab.card == nil || !strings.Contains(h.view(), card.Title.EN) {
		t.Errorf("card/ID shows the card:\n%s", h.view())
	}
	h.Run(h.Update(common.OpenMsg{Item: "timer"}))
	if h.tab.view != viewTimer {
		t.Errorf("timer shows the timer: view %d", h.tab.view)
	}
	h.Run(h.Update(common.OpenMsg{Item: "board/" + h.saved().Boards[0].ID}))
	if h.tab.view != viewBoards {
		t.Errorf("board/ID shows the boards: view %d", h.tab.view)
	}
	h.Run(h.Update(common.OpenMsg{}))
	if h.tab.view != viewAgenda {
		t.Errorf("nothing asked shows the agenda: view %d", h.tab.view)
	}
}

func TestAFailedCourseSaveKeepsTheForm(t *testing.T) {
	h := newHarness(t, 2)
	h.Folder.Fail = errors.New("the disk is full")
	h.Press("e", "ctrl+u", "text:09:30", "enter")
	if h.tab.Form == nil || !strings.Contains(h.view(), "the disk is full") {
		t.Errorf("the form stays open with the reason:\n%s", h.view())
	}
	if h.saved().Blocks[0].Start != 9*60 {
		t.Errorf("nothing changed in the file: %s", model.FormatClock(h.saved().Blocks[0].Start))
	}
	h.Folder.Fail = nil
	h.Press("enter")
	if h.tab.Form != nil || h.saved().Blocks[0].Start != 9*60+30 {
		t.Errorf("saved once the disk has room:\n%s", h.view())
	}
}

func TestResetSaysWhereTheOldFileIs(t *testing.T) {
	h := newHarness(t, 2)
	h.Run(h.Update(data.TeamResetMsg{Team: 2, Kept: "/course/team-2.old.kam"}))
	if !strings.Contains(h.Status, "Team 2 is back to the case study; its old file is kept as /course/team-2.old.kam") {
		t.Errorf("a reset: %q", h.Status)
	}
	h.Run(h.Update(data.TeamResetMsg{Team: 2, Err: errors.New("permission denied")}))
	if !strings.Contains(h.Status, "Team 2 was not reset: permission denied") {
		t.Errorf("a failed reset: %q", h.Status)
	}
}
