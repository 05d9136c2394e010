package ui

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/uitest"
)

// program runs the root model as a real Bubble Tea program at a fixed size.
func program(t *testing.T, s store.Workspace, lang model.Lang, w, h int) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, New(Options{Store: s, Lang: lang, Now: clock}), teatest.WithInitialTermSize(w, h))
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// typist sends keys at a typing pace ("text:…" types the text, rune by
// rune): a form moves between fields by command, and a key sent before the
// move lands in the old field, as it would for a person typing faster than
// the screen.
func typist(tm *teatest.TestModel) func(keys ...string) {
	return func(keys ...string) {
		for _, k := range keys {
			if text, ok := strings.CutPrefix(k, "text:"); ok {
				for _, msg := range uitest.Text(text) { // teatest's Type sends bytes, not runes
					tm.Send(msg)
				}
			} else {
				tm.Send(uitest.Key(k))
			}
			time.Sleep(30 * time.Millisecond)
		}
	}
}

// finalView stops the program and returns its last frame.
func finalView(t *testing.T, tm *teatest.TestModel) string {
	t.Helper()
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).View()
}

// TestGolden holds each screen of the tab list marked golden, at 80×24 and
// 120×40 in both languages, on the case study with a fixed clock.
func TestGolden(t *testing.T) {
	for _, lang := range model.Langs {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for i, tab := range tabList {
				for _, screen := range tab.screens {
					if !screen.golden {
						continue
					}
					t.Run(fmt.Sprintf("%s_%s_%dx%d", screen.name, lang, size[0], size[1]), func(t *testing.T) {
						s := openWorkspace(t, model.CaseStudy(now, lang))
						tm := program(t, s, lang, size[0], size[1])
						waitFor(t, tm, "!14") // the overdue count in the tab bar: the whole file is in
						for _, k := range append([]string{fmt.Sprint(i + 1)}, screen.keys...) {
							if text, ok := strings.CutPrefix(k, "text:"); ok {
								for _, msg := range uitest.Text(text) {
									tm.Send(msg)
								}
								continue
							}
							tm.Send(uitest.Key(k))
						}
						if ready := screen.ready; ready != "" {
							en, zh, both := strings.Cut(ready, "|")
							if ready = en; both && lang == model.Chinese {
								ready = zh
							}
							waitFor(t, tm, ready)
						}
						golden.RequireEqual(t, []byte(finalView(t, tm)))
					})
				}
			}
		}
	}
}

// TestCreateQuitReopen is the whole path of a first account: the welcome,
// the form, the save, quitting, and the account still there when the file
// is opened again.
func TestCreateQuitReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kam.db")
	s, err := store.Open(path, store.Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	tm := program(t, s, model.English, 100, 30)
	waitFor(t, tm, "Press n to add your first key account")

	press := typist(tm)
	press("n")
	waitFor(t, tm, "1/4 The account")
	press("text:Lotus Mart 莲花超市", "enter", "right", "enter", "text:Supermarkets", "enter", "text:East", "enter", "text:320", "enter")
	waitFor(t, tm, "2/4 Figures")
	press("text:12,000,000", "enter", "text:1,500,000", "enter", "text:2,000,000", "enter", "text:4.5", "enter", "left", "enter")
	waitFor(t, tm, "3/4 Key-account traits")
	press("space", "enter")
	waitFor(t, tm, "4/4 Objectives")
	press("text:Win the gondola ends", "enter", "text:Buyer wants data", "enter")
	waitFor(t, tm, "Saved Lotus Mart")
	tm.Send(uitest.Key("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	s.Close()

	reopened, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	all, err := reopened.Accounts()
	if err != nil || len(all) != 1 {
		t.Fatalf("after reopening: %v, %v", all, err)
	}
	a := all[0]
	if a.Name != "Lotus Mart 莲花超市" || a.Channel != model.Supermarket || a.Outlets != 320 ||
		a.OurSales != 1_500_000_00 || a.Tier != model.TierA || a.Growth != 4.5 || a.Notes != "Buyer wants data" {
		t.Errorf("reopened account: %+v", a)
	}
	if share, _ := a.Share(); share != 12.5 {
		t.Errorf("share %v, want 12.5", share)
	}
	st, _ := reopened.Settings()
	if st.CurrentAccount != a.ID {
		t.Errorf("the new account should be the current one, got %q", st.CurrentAccount)
	}

	// And the program opened on that file shows it.
	tm = program(t, reopened, model.English, 100, 30)
	waitFor(t, tm, "Lotus Mart")
	if v := finalView(t, tm); !bytes.Contains([]byte(v), []byte("Account: Lotus Mart 莲花超市")) {
		t.Errorf("reopened program:\n%s", v)
	}
}

var _ tea.Model = (*Model)(nil)

// TestEvaluateAndSeeItMove scores an account on the Matrix tab of a running
// program and finds it in another quadrant, with a trail from where it was.
func TestEvaluateAndSeeItMove(t *testing.T) {
	s := openWorkspace(t, model.CaseStudy(now, model.English))
	tm := program(t, s, model.English, 120, 40)
	waitFor(t, tm, "MegaMart")
	press := typist(tm)
	press("2")
	waitFor(t, tm, "Account portfolio matrix")
	press("e")
	waitFor(t, tm, "Evaluate MegaMart")
	press("down", "down", "down", "down", "down", "down", "3", "3", "3", "3", "3", "3")
	waitFor(t, tm, "Places it in Star")
	press("ctrl+s")
	waitFor(t, tm, "It was Strategic")
	v := finalView(t, tm)
	for _, want := range []string{
		"Evaluated MegaMart 美佳大卖场: Star (8.15, 3.00). It was Strategic.",
		"Strategic       1", // the summary: one Strategic account left
		"Star            4",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("after the evaluation the matrix lacks %q:\n%s", want, v)
		}
	}
	evals, err := s.Evaluations()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range evals {
		if e.AccountID == "cs01" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("MegaMart has %d evaluations stored, want 3", n)
	}
}

// TestKnowItAndReopen marks checklist items known on the Buyer tab of a
// running program, quits, reopens the file and finds the score changed.
func TestKnowItAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kam.db")
	s, err := store.Open(path, store.Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	ws := model.CaseStudy(now, model.English)
	ws.Settings.CurrentAccount = "cs06" // HealthPlus: little known
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	tm := program(t, s, model.English, 120, 40)
	waitFor(t, tm, "MegaMart")
	press := typist(tm)
	press("3")
	waitFor(t, tm, "what we know: 13.6%")
	press("down", "space", "space", "down", "space", "space") // two unknown items: → partly → known
	waitFor(t, tm, "what we know: 31.8%")
	press("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	s.Close()

	reopened, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	knowledge, _ := reopened.Knowledge()
	checklist, _ := reopened.Checklist()
	answers := map[string]model.Knowledge{}
	for _, k := range knowledge {
		if k.AccountID == "cs06" {
			answers[k.ItemID] = k
		}
	}
	got := model.KnowledgeScore(checklist, answers, now)
	if fmt.Sprintf("%.1f", got) != "31.8" {
		t.Errorf("after reopening, HealthPlus is %.1f%% known, want 31.8%%", got)
	}
	tm = program(t, reopened, model.English, 120, 40)
	waitFor(t, tm, "MegaMart")
	tm.Send(uitest.Key("3"))
	waitFor(t, tm, "31.8%")
	finalView(t, tm)
}

// TestFillExpectationsAndSeeTheZone adds an issue on the PREPARE worksheet
// of a running program and finds its zone of agreement worked out.
func TestFillExpectationsAndSeeTheZone(t *testing.T) {
	s := openWorkspace(t, model.CaseStudy(now, model.English))
	tm := program(t, s, model.English, 120, 40)
	waitFor(t, tm, "MegaMart")
	press := typist(tm)
	press("4")
	waitFor(t, tm, "Annual terms 2027")
	press("enter", "right", "right")
	waitFor(t, tm, "Each issue")
	press("n", "text:Promotion funding", "enter", "enter", "enter",
		"ctrl+u", "text:2", "enter", "ctrl+u", "text:2.5", "enter", "ctrl+u", "text:3", "enter",
		"ctrl+u", "text:4", "enter", "ctrl+u", "text:3.5", "enter", "ctrl+u", "text:2.8", "enter")
	waitFor(t, tm, "zone of agreement 2.8 to 3")
	v := finalView(t, tm)
	if !strings.Contains(v, "Promotion funding") {
		t.Errorf("the worksheet lacks the new issue:\n%s", v)
	}
	all, _ := s.Negotiations()
	for _, n := range all {
		if n.Title == "Annual terms 2027" {
			is := n.Issues[len(n.Issues)-1]
			if z := is.ZOPA(); is.Name != "Promotion funding" || !z.Overlap || z.Low != 2.8 || z.High != 3 {
				t.Errorf("stored issue %+v, zone %+v", is, z)
			}
		}
	}
}

// TestRecordAMeetingCloseAnActionReopen records a business review with two
// actions in a running program, closes one, quits, and finds the other
// still open in the file and in the list of open actions.
func TestRecordAMeetingCloseAnActionReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kam.db")
	s, err := store.Open(path, store.Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	ws := model.CaseStudy(now, model.English)
	ws.Meetings = nil // FreshWay's first review
	ws.Settings.CurrentAccount = "cs02"
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	tm := program(t, s, model.English, 120, 40)
	waitFor(t, tm, "MegaMart")
	press := typist(tm)
	press("5")
	waitFor(t, tm, "No business reviews yet")
	press("n", "enter", "enter", "enter")
	waitFor(t, tm, "added")
	press("enter", "G")
	for range 20 { // down to the actions, at the end of the sheet
		press("down")
	}
	press("n")
	waitFor(t, tm, "add to Actions")
	press("text:Send the planogram", "enter", "text:Li Wei", "enter", "enter", "ctrl+u", "text:2026-12-01", "enter", "enter")
	waitFor(t, tm, "Send the planogram")
	press("n")
	waitFor(t, tm, "add to Actions")
	press("text:Confirm the end caps", "enter", "text:Huang Wei", "enter", "right", "enter", "ctrl+u", "text:2026-12-05", "enter", "enter")
	waitFor(t, tm, "Confirm the end caps")
	press("up", "x") // the cursor is on the new action; up is the first one
	waitFor(t, tm, "Send the planogram: done")
	press("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	s.Close()

	reopened, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	ms, _ := reopened.Meetings()
	if len(ms) != 1 || len(ms[0].Actions) != 2 {
		t.Fatalf("after reopening: %+v", ms)
	}
	byWhat := map[string]model.Action{}
	for _, a := range ms[0].Actions {
		byWhat[a.What] = a
	}
	if byWhat["Send the planogram"].Status != model.ActionDone || byWhat["Confirm the end caps"].Status != model.ActionOpen ||
		byWhat["Confirm the end caps"].Side != "theirs" {
		t.Errorf("actions: %+v", ms[0].Actions)
	}
	tm = program(t, reopened, model.English, 120, 40)
	waitFor(t, tm, "MegaMart")
	tm.Send(uitest.Key("5"))
	tm.Send(uitest.Key("v"))
	waitFor(t, tm, "Confirm the end caps")
	if v := finalView(t, tm); strings.Contains(v, "Send the planogram") || !strings.Contains(v, "1 open action ") {
		t.Errorf("the open actions after reopening:\n%s", v)
	}
}
