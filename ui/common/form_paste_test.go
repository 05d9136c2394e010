package common

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
)

// pasteText is n characters of a note as a rep pastes it from a mail: words,
// Chinese, punctuation, and with lines, a tab and a line break now and then.
func pasteText(n int, lines bool) string {
	words := []string{"MegaMart", "美佳大卖场", "gondola", "ends,", "采购", "wants", "data-led", "range", "reviews.", "15%", "动销", "q", "L", "enter", "tab"}
	var b strings.Builder
	for i := 0; utf8.RuneCountInString(b.String()) < n; i++ {
		b.WriteString(words[i*7%len(words)])
		switch {
		case !lines:
			b.WriteString(" ")
		case i%17 == 16:
			b.WriteString("\n")
		case i%29 == 28:
			b.WriteString("\t")
		default:
			b.WriteString(" ")
		}
	}
	return string([]rune(b.String())[:n])
}

// notesPage is the account form's last page: objectives and notes, each
// with the limit given (0 for none).
func notesPage(objectives, notes *string, limit int) *huh.Group {
	return huh.NewGroup(
		huh.NewText().Title("Objectives").Value(objectives).Lines(4).CharLimit(limit),
		huh.NewText().Title("Notes").Value(notes).Lines(4).CharLimit(limit),
	)
}

// openPage is a form of one page built, started and sized as a tab does.
func openPage(c *Context, page *huh.Group) *huh.Form {
	f := c.NewForm(FormDoneMsg{}, page)
	f.Init()
	return SizeForm(f, 120, 34)
}

func english() *Context { return &Context{Lang: model.English, Styles: NewStyles(DefaultTheme)} }

// formProgram runs a form the way kam does: keys of more than one
// character split into one message each, as the root splits them, every
// message through UpdateForm, every frame drawn by FormView. It quits when
// done says so.
type formProgram struct {
	c     *Context
	f     *huh.Form
	done  func() bool
	count func(any)
}

func (p *formProgram) Init() tea.Cmd { return nil }

func (p *formProgram) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if p.count != nil {
		p.count(msg)
	}
	var cmds []tea.Cmd
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes && len(k.Runes) > 1 && !k.Paste {
		for _, r := range k.Runes {
			var cmd tea.Cmd
			p.f, cmd = UpdateForm(p.f, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			cmds = append(cmds, cmd)
		}
	} else {
		var cmd tea.Cmd
		p.f, cmd = UpdateForm(p.f, msg)
		cmds = append(cmds, cmd)
	}
	if p.done() {
		return p, tea.Quit
	}
	return p, tea.Batch(cmds...)
}

func (p *formProgram) View() string { return p.c.FormView(p.f, 120) }

// typeIntoTerminal runs p in a program reading the writes given as a
// terminal's input, each write a read of its own, without bracketed
// paste, and waits for the program to end.
func typeIntoTerminal(tb testing.TB, p *formProgram, writes ...string) {
	tb.Helper()
	r, w := io.Pipe()
	prog := tea.NewProgram(p, tea.WithInput(r), tea.WithOutput(io.Discard), tea.WithoutSignalHandler())
	go func() {
		for _, s := range writes {
			if _, err := w.Write([]byte(s)); err != nil {
				return
			}
		}
	}()
	ended := make(chan error, 1)
	go func() { _, err := prog.Run(); ended <- err }()
	select {
	case err := <-ended:
		if err != nil {
			tb.Fatal(err)
		}
	case <-time.After(time.Minute): // a guard against hanging, not a measure
		prog.Kill()
		<-ended
		tb.Fatalf("the program did not finish; the field holds %d characters", utf8.RuneCountInString(p.f.GetFocusedField().GetValue().(string)))
	}
	w.Close()
}

// inField is text as a text area holds it: a tab is four spaces.
func inField(s string) string { return strings.ReplaceAll(s, "\t", "    ") }

// TestPasteAsKeysArrivesWhole: a terminal without bracketed paste hands
// 5,000 characters over as keys, a Chinese character split between two
// reads. All of it lands in the field, in order: the split character is
// mended, not dropped.
func TestPasteAsKeysArrivesWhole(t *testing.T) {
	text := "START " + pasteText(5000-len("START  END"), false) + " END"
	var objectives, notes string
	c := english()
	p := &formProgram{c: c, f: openPage(c, notesPage(&objectives, &notes, 0))}
	p.done = func() bool { return strings.HasSuffix(objectives, "END") || notes != "" }

	cut := strings.Index(text, "美") + 1 // inside the character's three bytes
	typeIntoTerminal(t, p, text[:cut], text[cut:])

	if want := text; objectives != want {
		t.Errorf("the field holds %d characters, want %d; first difference at %d", utf8.RuneCountInString(objectives), utf8.RuneCountInString(want), firstDifference(objectives, want))
	}
	if notes != "" {
		t.Errorf("part of the paste went to the next field: %.60q", notes)
	}
}

// firstDifference is the index of the first character where a and b differ.
func firstDifference(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	for i := range min(len(ra), len(rb)) {
		if ra[i] != rb[i] {
			return i
		}
	}
	return min(len(ra), len(rb))
}

// BenchmarkPasteAsKeys is 5,000 characters pasted into a text field by a
// terminal without bracketed paste, through bubbletea's own reading of the
// terminal: a key message per word and per space, each word split into
// its characters as the root splits it, a frame drawn after each message.
// Aim: well under a second (it took 20 seconds).
func BenchmarkPasteAsKeys(b *testing.B) {
	text := pasteText(5000, false)
	for b.Loop() {
		var objectives, notes string
		c := english()
		p := &formProgram{c: c, f: openPage(c, notesPage(&objectives, &notes, 0))}
		p.done = func() bool { return len(objectives) >= len(text) }
		typeIntoTerminal(b, p, text)
	}
}

// BenchmarkBracketedPaste is 5,000 characters pasted as one message, as a
// terminal with bracketed paste sends them, and the frame after it.
func BenchmarkBracketedPaste(b *testing.B) {
	paste := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(pasteText(5000, true)), Paste: true}
	for b.Loop() {
		var objectives, notes string
		c := english()
		f := openPage(c, notesPage(&objectives, &notes, 0))
		f, _ = UpdateForm(f, paste)
		_ = c.FormView(f, 120)
	}
}

// TestPasteCutAtTheLimitSays: a paste longer than the field's limit is cut
// at the limit, counted in characters as the model counts them (bubbles
// counted cells, so Chinese text was cut at half), and the field says how
// many characters were left out, in both languages, until it is left.
func TestPasteCutAtTheLimitSays(t *testing.T) {
	text := []rune(pasteText(5000, true))
	for _, lang := range []model.Lang{model.English, model.Chinese} {
		var objectives, notes string
		c := &Context{Lang: lang, Styles: NewStyles(DefaultTheme)}
		f := openPage(c, notesPage(&objectives, &notes, model.MaxTextRunes))
		f, _ = send(f, tea.KeyMsg{Type: tea.KeyRunes, Runes: text, Paste: true})
		whole := []rune(inField(string(text)))
		want := string(whole[:model.MaxTextRunes])
		if objectives != want {
			t.Errorf("%s: the field holds %d characters, want the first %d; first difference at %d",
				lang, utf8.RuneCountInString(objectives), model.MaxTextRunes, firstDifference(objectives, want))
		}
		if err := model.CheckLongText(objectives); err != nil {
			t.Errorf("%s: the model refuses what the field took: %v", lang, err)
		}
		dropped := len(whole) - model.MaxTextRunes
		say := fmt.Sprintf(c.TN("form.cut", dropped), dropped, model.MaxTextRunes)
		if v := c.FormView(f, 120); !strings.Contains(v, say) {
			t.Errorf("%s: the form does not say %q:\n%s", lang, say, v)
		}

		f, _ = send(f, typed("x"), keyOf(tea.KeyCtrlJ)) // at the limit, nothing more goes in
		say = fmt.Sprintf(c.TN("form.cut", dropped+2), dropped+2, model.MaxTextRunes)
		if v := c.FormView(f, 120); objectives != want || !strings.Contains(v, say) {
			t.Errorf("%s: typing at the limit: %d characters, the form says:\n%s", lang, utf8.RuneCountInString(objectives), v)
		}
		f, _ = send(f, keyOf(tea.KeyTab))
		if v := c.FormView(f, 120); strings.Contains(v, say) {
			t.Errorf("%s: the note stays on the next field:\n%s", lang, v)
		}
	}
}

// TestBurstIsHeldThenGivenWhole follows UpdateForm through a paste the
// terminal hands over as keys: the first keys go straight in, the answer
// to whether more came finds more and keys are then held, given to the
// field once a frame, and all of them once the input has been quiet for a
// frame. The answers come in the order the program's queue would have
// them: behind the keys already waiting.
func TestBurstIsHeldThenGivenWhole(t *testing.T) {
	clock := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	formClock = func() time.Time { return clock }
	t.Cleanup(func() { formClock = time.Now })

	var objectives, notes string
	c := english()
	f := openPage(c, notesPage(&objectives, &notes, 0))
	var question tea.Cmd // the probe waiting to be answered
	ask := func(cmd tea.Cmd) {
		for _, msg := range run(cmd) {
			if _, ok := msg.(formSettleMsg); ok {
				m := msg
				question = func() tea.Msg { return m }
			}
		}
	}
	key := func(r rune) {
		var cmd tea.Cmd
		f, cmd = UpdateForm(f, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		ask(cmd)
	}
	answer := func() {
		msg := question()
		question = nil
		var cmd tea.Cmd
		f, cmd = UpdateForm(f, msg)
		ask(cmd)
	}

	text := []rune(pasteText(3000, false) + "END")
	last := len(text) - 1
	for _, r := range text[:3] { // the answer is behind them: they go straight in
		key(r)
	}
	if objectives != string(text[:3]) {
		t.Fatalf("before the burst is known: %q", objectives)
	}
	answer() // more came since it was asked: a burst
	drawn := c.FormView(f, 120)
	for i, r := range text[3:last] {
		key(r)
		clock = clock.Add(time.Millisecond / 10)
		if i == 100 {
			if objectives != string(text[:3]) {
				t.Fatalf("a key in a burst went straight in: %d characters", utf8.RuneCountInString(objectives))
			}
			if c.FormView(f, 120) != drawn {
				t.Fatal("the form was drawn again with nothing new in it")
			}
		}
		if i%500 == 0 && question != nil {
			answer()
		}
	}
	if got := utf8.RuneCountInString(objectives); got == 3 || got == len(text) {
		t.Errorf("a burst of %v: the field holds %d characters, not shown once a frame", clock.Sub(time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)), got)
	}
	answer() // more came since, and for more than a frame: what came goes in
	if objectives != string(text[:last]) {
		t.Errorf("a frame into the burst the field holds %d characters of %d", utf8.RuneCountInString(objectives), last)
	}
	key(text[last])
	clock = clock.Add(time.Millisecond)
	answer() // more came since
	answer() // nothing came since, but the input has not been quiet for a frame
	if objectives != string(text[:last]) {
		t.Errorf("the burst ended before the input had been quiet for a frame")
	}
	clock = clock.Add(frame)
	answer()
	if objectives != string(text) || notes != "" || question != nil {
		t.Errorf("after the burst the field holds %d characters of %d, the next one %q; asking on: %v", utf8.RuneCountInString(objectives), len(text), notes, question != nil)
	}
	if v := c.FormView(f, 120); !strings.Contains(v, string(text[len(text)-20:])) {
		t.Errorf("the end of the paste is not shown:\n%s", v)
	}
	f, _ = send(f, keyOf(tea.KeyBackspace), typed("!"), keyOf(tea.KeyTab))
	if want := string(text[:len(text)-1]) + "!"; objectives != want || notes != "" {
		t.Errorf("keys after the burst: %q", objectives[max(len(objectives)-20, 0):])
	}
}

// TestChineseNoteTakesItsLimitInCharacters: the limit counts characters,
// as the model does; bubbles counted cells, so a note of 3,000 Chinese
// characters (6,000 cells) took no more under a limit of 4,000.
func TestChineseNoteTakesItsLimitInCharacters(t *testing.T) {
	objectives, notes := strings.Repeat("采购", 1500), ""
	c := english()
	f := openPage(c, notesPage(&objectives, &notes, model.MaxTextRunes))
	f, _ = send(f, typed("动"), typed("销"))
	if got := utf8.RuneCountInString(objectives); got != 3002 {
		t.Errorf("a Chinese note of 3,000 characters took %d more", got-3000)
	}
}
