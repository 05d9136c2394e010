package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/uitest"
)

var now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

func clock() time.Time { return now }

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii) // golden files hold plain text
	os.Exit(m.Run())
}

// openWorkspace makes a workspace file holding ws, closed when the test ends.
func openWorkspace(t testing.TB, ws model.Workspace) *store.Store { return storetest.Open(t, ws, now) }

// driver runs the root model without a terminal.
type driver struct {
	t    *testing.T
	m    *Model
	quit bool
}

func newDriver(t *testing.T, s store.Workspace, lang model.Lang, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, m: New(Options{Store: s, Lang: lang, Now: clock})}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	d.run(d.m.Init())
	return d
}

func (d *driver) run(cmd tea.Cmd) {
	if uitest.Drain(cmd, func(msg tea.Msg) tea.Cmd {
		_, c := d.m.Update(msg)
		return c
	}) {
		d.quit = true
	}
}

func (d *driver) send(msg tea.Msg) {
	_, cmd := d.m.Update(msg)
	d.run(cmd)
}

func (d *driver) press(keys ...string) {
	for _, msg := range uitest.Keys(keys...) {
		d.send(msg)
	}
}

func demoDriver(t *testing.T, lang model.Lang, w, h int) (*driver, *store.Store) {
	s := openWorkspace(t, model.CaseStudy(now, lang))
	return newDriver(t, s, lang, w, h), s
}

func TestShellShowsWorkspaceCurrentAccountAndKeys(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	lines := strings.Split(d.m.View(), "\n")
	if len(lines) != 40 {
		t.Fatalf("%d lines, want 40", len(lines))
	}
	if !strings.HasPrefix(lines[0], "kam · Case study: Everfresh Foods") || !strings.HasSuffix(lines[0], "Account: MegaMart 美佳大卖场") {
		t.Errorf("header: %q", lines[0])
	}
	if strings.TrimSpace(lines[1]) != "[1 Accounts]  2 Matrix   3 Buyer   4 PREPARE   5 Review !14   6 Range   7 Plan" {
		t.Errorf("tab bar: %q (only tabs that exist)", lines[1])
	}
	if !strings.Contains(lines[39], "n new") || !strings.Contains(lines[39], "? help") || !strings.Contains(lines[39], "q quit") {
		t.Errorf("help line: %q", lines[39])
	}
}

func TestGoToBringsTheTabAndTheAccount(t *testing.T) {
	d, s := demoDriver(t, model.English, 120, 40)
	d.send(common.GoToMsg{Tab: common.TabReview, AccountID: "cs02"})
	if tabList[d.m.active].id != common.TabReview {
		t.Errorf("tab in front: %s, want review", tabList[d.m.active].id)
	}
	if d.m.ctx.Data.Settings.CurrentAccount != "cs02" {
		t.Errorf("current account %q, want cs02", d.m.ctx.Data.Settings.CurrentAccount)
	}
	if !strings.Contains(d.m.View(), "Account: FreshWay") {
		t.Error("the header should name the account gone to")
	}
	if settings, _ := s.Settings(); settings.CurrentAccount != "cs02" {
		t.Errorf("the current account is not saved: %q", settings.CurrentAccount)
	}
	d.send(common.GoToMsg{Tab: "nowhere", AccountID: "cs03"})
	if tabList[d.m.active].id != common.TabReview || d.m.ctx.Data.Settings.CurrentAccount != "cs02" {
		t.Error("a place that does not exist changes nothing")
	}
}

func TestTheStatusLineIsClearedOnAnotherTab(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("ctrl+o")
	for i := 0; i < 10 && d.m.mode == modeSettings; i++ {
		d.press("enter") // through every field: the last one saves
	}
	if !strings.Contains(d.m.View(), "Workspace settings saved.") {
		t.Fatalf("the settings should say they are saved:\n%s", d.m.View())
	}
	d.press("2")
	if strings.Contains(d.m.View(), "Workspace settings saved.") {
		t.Error("the note of a save stays behind on another tab")
	}
	d.m.setStatus("Not saved: disk full", true)
	d.press("3")
	if !strings.Contains(d.m.View(), "Not saved: disk full") {
		t.Error("a problem should stay in sight on another tab")
	}
}

func TestTheCaseStudySwitchesLanguageWithTheLabels(t *testing.T) {
	d, s := demoDriver(t, model.English, 120, 40)
	d.press("v", "enter") // the list, then the detail of MegaMart
	if v := d.m.View(); !strings.Contains(v, "East China") {
		t.Fatalf("the English case study shows its region in English:\n%s", v)
	}
	d.press("L")
	v := d.m.View()
	if !strings.Contains(v, "华东") || strings.Contains(v, "East China") {
		t.Errorf("after L, the case study's own texts should read in Chinese:\n%s", v)
	}
	ws, err := s.Load(store.Everything)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ws.Accounts, func(a model.Account) bool { return a.ID == "cs01" })
	if i < 0 || ws.Accounts[i].Region != "华东" {
		t.Errorf("the file should hold the Chinese region of cs01")
	}
	d.press("L")
	if v := d.m.View(); !strings.Contains(v, "East China") {
		t.Errorf("L again brings the English texts back:\n%s", v)
	}
}

func TestTheCaseStudyOpensInTheLanguageAsked(t *testing.T) {
	s := openWorkspace(t, model.CaseStudy(now, model.Chinese)) // written in Chinese, last shown in Chinese
	d := newDriver(t, s, model.English, 120, 40)               // opened with --lang en
	d.press("v", "enter")
	if v := d.m.View(); !strings.Contains(v, "East China") || strings.Contains(v, "华东") {
		t.Errorf("the case study should open in the language asked for:\n%s", v)
	}
	settings, _ := s.Settings()
	if settings.Lang != model.English {
		t.Errorf("the file should say it is shown in English now, not %q", settings.Lang)
	}
	// Opened again in English, there is nothing to switch and nothing is written.
	counted := &countingStore{Workspace: s}
	newDriver(t, counted, model.English, 120, 40)
	if counted.saves != 0 {
		t.Errorf("%d saves on opening a case study already in the language shown", counted.saves)
	}
}

// countingStore counts the saves that reach the store.
type countingStore struct {
	store.Workspace
	saves int
}

func (c *countingStore) Save(recs ...any) ([]any, error) {
	c.saves++
	return c.Workspace.Save(recs...)
}

func TestLanguageSwitchesLiveAndIsSaved(t *testing.T) {
	d, s := demoDriver(t, model.English, 120, 40)
	d.press("L")
	v := d.m.View()
	for _, want := range []string{"当前客户：MegaMart", "1 客户", "今日", "件事待处理", "语言：简体中文", "q 退出"} {
		if !strings.Contains(v, want) {
			t.Errorf("after L, the screen lacks %q", want)
		}
	}
	st, err := s.Settings()
	if err != nil || st.Lang != model.Chinese {
		t.Errorf("saved language = %q, %v", st.Lang, err)
	}
	d.press("L")
	if !strings.Contains(d.m.View(), "1 Accounts") {
		t.Error("L switches back")
	}
}

func TestGlobalKeysAreOffWhileTyping(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("/", "text:qL?")
	if d.quit || d.m.ctx.Lang != model.English || d.m.mode == modeHelp {
		t.Fatalf("a global key fired while the filter had focus: quit %v lang %s help %v", d.quit, d.m.ctx.Lang, d.m.mode == modeHelp)
	}
	if !strings.Contains(d.m.View(), "/ qL?") {
		t.Error("the keys should have gone into the filter")
	}
	d.press("esc", "n", "text:q")
	if d.quit {
		t.Fatal("q typed into the form quit the program")
	}
	d.press("ctrl+c")
	if !d.quit {
		t.Error("ctrl+c always quits")
	}
}

func TestQuitKeys(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("q")
	if !d.quit {
		t.Error("q quits when nothing is being typed")
	}
}

func TestQuitWaitsForSavesUnderWay(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("v", "enter") // the list, then the detail of the current account
	// Start a stage save but hold its result back, as if the disk were slow.
	_, save := d.m.Update(uitest.Key("space"))
	if d.m.ctx.Data.Pending != 1 {
		t.Fatalf("pending saves = %d", d.m.ctx.Data.Pending)
	}
	_, cmd := d.m.Update(uitest.Key("q"))
	if cmd != nil {
		if _, ok := cmd().(tea.QuitMsg); ok {
			t.Fatal("quit while a save was under way")
		}
	}
	if !strings.Contains(d.m.View(), "Saving before quitting") {
		t.Error("the status line should say kam is saving")
	}
	d.run(save)
	if !d.quit {
		t.Error("once the save landed, kam should quit")
	}
}

func TestHelpListsEveryKey(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("?")
	v := d.m.View()
	for _, want := range []string{"Keys — Accounts", "Everywhere", "reverse sort", "undo archive", "cycle stage", "next tab", "quit at once", "? or esc"} {
		if !strings.Contains(v, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	d.press("n") // keys do nothing else while help is open
	if d.m.tabs[0].Capturing() {
		t.Error("n opened a form behind the help")
	}
	d.press("esc")
	if d.m.mode == modeHelp {
		t.Error("esc closes help")
	}
}

func TestTooSmallTerminalSaysHowBig(t *testing.T) {
	for _, lang := range model.Langs {
		d, _ := demoDriver(t, lang, 50, 12)
		v := d.m.View()
		want := map[model.Lang]string{model.English: "at least 60×15", model.Chinese: "至少 60×15"}[lang]
		if !strings.Contains(v, want) || !strings.Contains(v, "50×12") {
			t.Errorf("%s: %q", lang, v)
		}
		assertFits(t, v, 50, 12, "too small "+string(lang))
	}
}

func TestTabKeys(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	for _, step := range []struct {
		key  string
		want int
	}{{"tab", 1}, {"tab", 2}, {"tab", 3}, {"tab", 4}, {"tab", 5}, {"tab", 6}, {"tab", 0}, {"shift+tab", 6}, {"1", 0}, {"6", 5}, {"7", 6}, {"2", 1}, {"9", 1}, {"3", 2}} {
		d.press(step.key)
		if d.m.active != step.want {
			t.Errorf("after %s: tab %d, want %d", step.key, d.m.active, step.want)
		}
	}
	if !strings.Contains(d.m.View(), "[Checklist] ·  Contacts") {
		t.Error("tab 3 is the buyer")
	}
}

// failingStore is a workspace whose reads fail, as a damaged file's would.
type failingStore struct{ store.Workspace }

func (failingStore) Load(store.Part) (model.Workspace, error) {
	return model.Workspace{}, fmt.Errorf("%w: record cs03: unexpected end of JSON input", store.ErrDamaged)
}

func TestUnreadableWorkspaceIsExplained(t *testing.T) {
	d := newDriver(t, failingStore{}, model.English, 100, 30)
	v := d.m.View()
	if !strings.Contains(v, "The workspace could not be read") || !strings.Contains(v, "record cs03") {
		t.Errorf("view:\n%s", v)
	}
	if !errors.Is(d.m.loadErr, store.ErrDamaged) {
		t.Errorf("loadErr = %v", d.m.loadErr)
	}
}

// assertFits checks that a frame stays inside the terminal: no line wider
// than it, no more lines than its height.
func assertFits(t *testing.T, view string, w, h int, what string) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%s at %d×%d: %d lines", what, w, h, len(lines))
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("%s at %d×%d: line %d is %d cells: %q", what, w, h, i, lw, l)
			return
		}
	}
}

// TestLayoutFitsEverySize goes through every screen of every tab in the
// tab list, in both languages: at every height from the smallest kam draws
// in to 60 rows at the usual widths, and at the widths in between (where
// columns come and go) at the usual heights.
func TestLayoutFitsEverySize(t *testing.T) {
	var sizes [][2]int
	for _, w := range []int{MinWidth, 80, 120, 200} {
		for h := MinHeight; h <= 60; h++ {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for _, w := range []int{MinWidth + 1, 67, 72, 79, 81, 99, 100, 121, 160} {
		for _, h := range []int{MinHeight, 24, 40, 60} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for _, lang := range model.Langs {
		for i, tab := range tabList {
			for _, screen := range tab.screens {
				t.Run(fmt.Sprintf("%s %s", lang, screen.name), func(t *testing.T) {
					t.Parallel()
					d, _ := demoDriver(t, lang, 120, 40)
					d.press(append([]string{fmt.Sprint(i + 1)}, screen.keys...)...)
					for _, size := range sizes {
						d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
						assertFits(t, d.m.View(), size[0], size[1], fmt.Sprintf("%s %s", lang, screen.name))
					}
				})
			}
		}
	}
}

func TestKeysThatArriveTogetherCountOneByOne(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ss")})
	if !strings.Contains(d.m.View(), "sorted by Tier") { // Region is not shown at 120 columns, so not offered
		t.Error(`"ss" should sort twice: name → channel → tier`)
	}
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/ab"), Paste: false})
	if !strings.Contains(d.m.View(), "/ ab") {
		t.Error("after / the rest goes into the filter")
	}
}

// TestDraftSurvivesASwitchOfTabs leaves a meeting's form half typed, goes
// to another tab and back, and finds the typing waiting.
func TestDraftSurvivesASwitchOfTabs(t *testing.T) {
	d, s := demoDriver(t, model.English, 120, 40)
	d.press("5", "enter", "down", "down", "down", "down", "down", "enter", "text: Agree Q1 leaflets", "esc")
	if d.m.tabs[4].Capturing() {
		t.Fatal("esc leaves the form, so the other tabs can be reached")
	}
	d.press("3", "v", "1", "5")
	if !strings.Contains(d.m.View(), "(draft kept: e resumes)") {
		t.Fatalf("the meeting shows the draft:\n%s", d.m.View())
	}
	d.press("enter")
	if !strings.Contains(d.m.View(), "Agree Q1 leaflets") {
		t.Fatalf("the draft resumes:\n%s", d.m.View())
	}
	d.press("enter")
	ms, _ := s.Meetings()
	for _, m := range ms {
		if m.ID == "cs01-r3" && !strings.HasSuffix(m.Objectives, "Agree Q1 leaflets") {
			t.Errorf("objectives %q", m.Objectives)
		}
	}
}

// TestKeysTypedBeforeTheDataWait types into a tab before its records are
// read: nothing is lost, and the keys are handled in order once they are.
func TestKeysTypedBeforeTheDataWait(t *testing.T) {
	s := storetest.Open(t, model.CaseStudy(now, model.English), now)
	m := New(Options{Store: s, Lang: model.English, Now: clock})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, k := range []string{"2", "j", "j", "enter"} { // to the Matrix, two accounts down, open its history
		m.Update(uitest.Key(k))
	}
	if !strings.Contains(m.View(), "Loading") {
		t.Errorf("a tab without its data does not say it is loading:\n%s", m.View())
	}
	if m.active != 0 || len(m.waiting) != 4 {
		t.Fatalf("before the data: tab %d, %d keys waiting", m.active, len(m.waiting))
	}
	run := func(m *Model, msg tea.Msg) {
		_, cmd := m.Update(msg)
		uitest.Drain(cmd, func(msg tea.Msg) tea.Cmd { _, c := m.Update(msg); return c })
	}
	run(m, m.ctx.Data.Load(store.FirstFrame)())
	if !m.ctx.Data.Complete() || len(m.waiting) != 0 || m.active != 1 {
		t.Fatalf("after the data: complete %v, %d keys waiting, tab %d", m.ctx.Data.Complete(), len(m.waiting), m.active)
	}
	want := New(Options{Store: storetest.Open(t, model.CaseStudy(now, model.English), now), Lang: model.English, Now: clock})
	want.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	run(want, want.ctx.Data.Load(store.FirstFrame)())
	if len(want.waiting) != 0 || !want.ctx.Data.Complete() {
		t.Fatal("the second program is not loaded")
	}
	for _, k := range []string{"2", "j", "j", "enter"} {
		run(want, uitest.Key(k))
	}
	if got, w := m.View(), want.View(); got != w {
		t.Errorf("keys typed while loading ended elsewhere than the same keys typed after:\n%s\nwant:\n%s", got, w)
	}
}

// brokenTab fails on the key it is given, as a bug in a tab would.
type brokenTab struct {
	common.Tab
	onKey string
}

func (b brokenTab) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.String() == b.onKey {
		var rows []int
		_ = rows[3] // index out of range
	}
	t, cmd := b.Tab.Update(msg)
	return brokenTab{t, b.onKey}, cmd
}

func (b brokenTab) View() string {
	if b.onKey == "view" {
		panic("drawing failed")
	}
	return b.Tab.View()
}

// TestPanicInATabIsReportedAndTheTabReset makes the Accounts tab fail on a
// key and on a frame: the program goes on, the tab is built anew from the
// data, the status line says where the report is, and the report holds
// the stack.
func TestPanicInATabIsReportedAndTheTabReset(t *testing.T) {
	dir := t.TempDir()
	s := openWorkspace(t, model.CaseStudy(now, model.English))
	m := New(Options{Store: s, Lang: model.English, Now: clock, CrashDir: dir})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	loadAll(m)
	m.Update(uitest.Key("j"))
	m.tabs[0] = brokenTab{m.tabs[0], "x"}
	m.Update(uitest.Key("x"))
	if _, ok := m.tabs[0].(brokenTab); ok {
		t.Fatal("the failed tab was kept")
	}
	v := m.View()
	if !strings.Contains(v, "Something went wrong in Accounts") || !strings.Contains(v, "MegaMart") {
		t.Errorf("after the failure the screen does not say so, or lost the list:\n%s", v)
	}
	reports, _ := filepath.Glob(filepath.Join(dir, "kam-crash-*.txt"))
	if len(reports) != 1 {
		t.Fatalf("%d crash reports in %s", len(reports), dir)
	}
	raw, _ := os.ReadFile(reports[0])
	if !strings.Contains(string(raw), "index out of range") || !strings.Contains(string(raw), "brokenTab.Update") {
		t.Errorf("the report lacks the panic or its stack:\n%s", raw)
	}

	m.tabs[0] = brokenTab{m.tabs[0], "view"}
	if v := m.View(); !strings.Contains(v, "MegaMart") {
		t.Errorf("a tab that fails to draw is not drawn anew:\n%s", v)
	}
	if _, err := s.Load(store.Everything); err != nil {
		t.Errorf("the workspace does not open after the failures: %v", err)
	}
}

// TestLanguageSwitchThatCannotBeSavedGoesBack switches the language when
// the disk refuses the save: the screen goes back to the language the file
// holds and says why.
func TestLanguageSwitchThatCannotBeSavedGoesBack(t *testing.T) {
	s := openWorkspace(t, model.CaseStudy(now, model.English))
	m := New(Options{Store: s, Lang: model.English, Now: clock})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	loadAll(m)
	s.Close() // every write now fails
	_, cmd := m.Update(uitest.Key("L"))
	if m.ctx.Lang != model.Chinese {
		t.Fatalf("L did not switch at once: %s", m.ctx.Lang)
	}
	uitest.Drain(cmd, func(msg tea.Msg) tea.Cmd { _, c := m.Update(msg); return c })
	v := m.View()
	if m.ctx.Lang != model.English || !strings.Contains(v, "1 Accounts") {
		t.Errorf("the language stayed %s after its save failed:\n%s", m.ctx.Lang, v)
	}
	if !strings.Contains(v, "Not saved") {
		t.Errorf("the screen does not say the switch was not saved:\n%s", v)
	}
}

// TestHelpAndQuitAreTheLastToGo draws every tab at 60 and 80 columns in
// both languages: the footer always ends with the help and quit keys.
func TestHelpAndQuitAreTheLastToGo(t *testing.T) {
	for _, lang := range model.Langs {
		s := openWorkspace(t, model.CaseStudy(now, lang))
		m := New(Options{Store: s, Lang: lang, Now: clock})
		loadAll(m)
		want := map[model.Lang]string{model.English: "? help • q quit", model.Chinese: "? 帮助 • q 退出"}[lang]
		for _, w := range []int{MinWidth, 80} {
			m.Update(tea.WindowSizeMsg{Width: w, Height: 24})
			for i := range tabList {
				m.active = i
				footer := m.helpLineView()
				if !strings.HasSuffix(footer, want) || lipgloss.Width(footer) > w {
					t.Errorf("%s, %d columns, tab %d: footer %q", lang, w, i+1, footer)
				}
			}
		}
		m.active = 4 // Review: its title carries the overdue count
		m.mode = modeHelp
		if v := m.helpView(); strings.Contains(v, "!14") {
			t.Errorf("%s: the help screen's title carries the overdue badge:\n%s", lang, v)
		}
	}
}

func TestAWarningFromOpeningShowsAtStart(t *testing.T) {
	s := openWorkspace(t, model.CaseStudy(now, model.Chinese))
	m := New(Options{Store: s, Lang: model.Chinese, Now: clock, Warning: model.T("Today's backup could not be kept: disk full", "今天的备份未能保存：磁盘已满")})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	loadAll(m)
	if v := m.View(); !strings.Contains(v, "今天的备份未能保存：磁盘已满") {
		t.Errorf("the warning should show in the language shown:\n%s", v)
	}
}

func TestANoticeFromOpeningShowsAtStart(t *testing.T) {
	s := openWorkspace(t, model.CaseStudy(now, model.Chinese))
	m := New(Options{Store: s, Lang: model.Chinese, Now: clock, Notice: model.T("The case study was rebuilt", "案例研究已重建")})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	loadAll(m)
	if v := m.View(); !strings.Contains(v, "案例研究已重建") || m.statusErr {
		t.Errorf("the notice should show, not as a problem, in the language shown (error %v):\n%s", m.statusErr, v)
	}
}

// TestHelpListsAKeyInEveryViewItWorksIn: the help is grouped by view; a key
// that works in two views shows in both, once in each, and not again where
// the keys that work everywhere list it.
func TestHelpListsAKeyInEveryViewItWorksIn(t *testing.T) {
	d, _ := demoDriver(t, model.English, 200, 60)
	d.press("4", "?")
	groups := d.m.helpGroups()
	inGroups := 0
	for _, g := range groups {
		seen := map[string]bool{}
		for _, line := range g[1:] {
			if seen[line] {
				t.Errorf("group %q lists %q twice", g[0], line)
			}
			seen[line] = true
			if strings.Contains(line, "e/enter") && strings.Contains(line, "edit") {
				inGroups++
			}
		}
	}
	if inGroups < 2 {
		t.Errorf("e/enter edit works in the worksheet and the terms, and should show in both: %d", inGroups)
	}
	for _, g := range groups[:len(groups)-1] {
		for _, line := range g[1:] {
			if strings.Contains(line, "L ") && strings.Contains(line, "中文") {
				t.Errorf("the language key belongs to the keys that work everywhere, not to %q", g[0])
			}
		}
	}
}

// TestTodayTakesYouToTheLateAction: enter on Today's first line, an overdue
// action, opens its meeting on the Review tab with the cursor on it.
func TestTodayTakesYouToTheLateAction(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("enter")
	if tabList[d.m.active].id != common.TabReview {
		t.Fatalf("enter on an overdue action should go to Review, not %s", tabList[d.m.active].id)
	}
	lines := strings.Split(d.m.View(), "\n")
	var cursor string
	for _, l := range lines {
		if strings.HasPrefix(l, "> ") {
			cursor = l
		}
	}
	if !strings.Contains(cursor, "Share the store opening plan") {
		t.Errorf("the cursor should be on the late action, not on %q:\n%s", cursor, d.m.View())
	}
}

// The plan page goes on the whole screen with f, without the header, the
// tabs or the help line, and comes back with esc.
func TestPresentingThePlanPage(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("7")
	for range 6 {
		d.press("v")
	}
	d.press("f")
	v := d.m.View()
	lines := strings.Split(v, "\n")
	if len(lines) != 40 || !strings.Contains(lines[0], "account plan") || strings.Contains(v, "1 Accounts") || strings.Contains(v, "q quit") {
		t.Fatalf("presenting, the page alone on the screen:\n%s", v)
	}
	d.press("j")
	if d.m.View() == v {
		t.Error("↓ scrolls the page while presenting")
	}
	d.press("esc")
	if v := d.m.View(); !strings.Contains(v, "7 Plan") || !strings.Contains(v, "[Plan page]") {
		t.Errorf("esc comes back to the tab:\n%s", v)
	}
}

// R on the buyer checklist's assortment windows lands on the Range tab's
// operations profile of the account, its range review dates on screen.
func TestAssortmentWindowsGoToTheRangeProfile(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("3")
	for i := 0; i < 40 && !strings.Contains(d.m.View(), "Range review: next"); i++ {
		d.press("j")
	}
	if !strings.Contains(d.m.View(), "Range review: next") {
		t.Fatalf("the checklist's assortment windows name the range review:\n%s", d.m.View())
	}
	d.press("R")
	v := d.m.View()
	if !strings.Contains(v, "[6 Range]") || !strings.Contains(v, "[Operations]") || !strings.Contains(v, "Next range review") {
		t.Errorf("R lands on the Range tab's profile:\n%s", v)
	}
}
