package common

import (
	"reflect"
	"runtime"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"weak"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// A terminal without bracketed paste hands a paste over as keys: a message
// per word and per space, the root then splitting each word into its
// characters. Given to huh one by one, every key re-wraps the whole text
// of the field and redraws the page, so 5,000 characters took 20 seconds.
//
// UpdateForm therefore tells a burst from typing. After a character goes
// in, it asks, with a command that answers at once, whether more came in
// the meantime: the answer queues behind the input already waiting, so
// for keys typed by hand nothing has, for a paste more has. In a burst
// characters are held and given to the field as one insertion, once a
// frame, and all of them once the input has been quiet for a frame (the
// program may catch up with the terminal in the middle of a paste). Keys
// typed by hand go straight in as before, each followed by one extra
// message.

// frame is how often a long burst shows what it has brought so far, and
// how long the input stays quiet before a burst is over.
const frame = time.Second / 60

// formClock paces a burst; tests replace it.
var formClock = time.Now

// formInput is what UpdateForm keeps about one form between messages.
type formInput struct {
	pending []rune    // characters of a burst not yet given to the field
	since   time.Time // when the first of them came
	last    time.Time // when the last character came
	count   int       // characters typed so far, to tell whether more came
	probing bool      // a formSettleMsg is on its way
	burst   bool      // characters come faster than they are handled
	split   []byte    // the first bytes of a character the terminal split
	// limits are the text areas' character limits, which kam keeps itself:
	// bubbles counts cells, so a Chinese text was cut at half its limit.
	limits map[*huh.Text]int
	cut    *cutNote // the last insertion the limit cut short
	// moving says the focused field asked to move on and huh's message
	// that moves it has not come yet; held are the keys that came since,
	// handed over in order once it has.
	moving      bool
	movingSince time.Time
	held        []tea.KeyMsg
	// view is the form as last drawn, while nothing changed it: a burst
	// brings a message per key and the program draws a frame after each.
	view  string
	drawn bool
}

// cutNote says that text given to a field went past its limit.
type cutNote struct {
	field   huh.Field
	limit   int
	dropped int
}

// formSettleMsg asks a form whether characters came since count.
type formSettleMsg struct {
	form  *huh.Form
	count int
}

// formInputs holds each form's formInput for as long as the form lives.
var formInputs struct {
	sync.Mutex
	of map[weak.Pointer[huh.Form]]*formInput
}

// inputOf is the formInput of a form, made on first use and forgotten
// when the form is collected.
func inputOf(f *huh.Form) *formInput {
	k := weak.Make(f)
	formInputs.Lock()
	defer formInputs.Unlock()
	if in, ok := formInputs.of[k]; ok {
		return in
	}
	if formInputs.of == nil {
		formInputs.of = map[weak.Pointer[huh.Form]]*formInput{}
	}
	in := &formInput{limits: map[*huh.Text]int{}}
	formInputs.of[k] = in
	runtime.AddCleanup(f, func(k weak.Pointer[huh.Form]) {
		formInputs.Lock()
		delete(formInputs.of, k)
		formInputs.Unlock()
	}, k)
	return in
}

// newLineKey is huh's key for a new line in a text area.
var newLineKey = huh.NewDefaultKeyMap().Text.NewLine

// takesText reports whether a field is one characters are typed into.
func takesText(field huh.Field) bool {
	switch field.(type) {
	case *huh.Text, *huh.Input:
		return true
	}
	return false
}

// text reads the characters a message types into the field in focus;
// paste is true for a bracketed paste, which goes in at once. Enter and
// tab stay keys even inside a burst: a program running behind what is
// typed sees keys typed by hand come as fast as a paste, and a new line
// instead of the next field would be worse than a paste's line breaks
// moving on, as they always did without bracketed paste.
func (in *formInput) text(field huh.Field, msg tea.Msg) (runes []rune, paste, ok bool) {
	if !takesText(field) {
		return nil, false, false
	}
	if b, isByte := strayByte(msg); isByte {
		return in.mend(b), false, true
	}
	k, isKey := msg.(tea.KeyMsg)
	if !isKey {
		return nil, false, false
	}
	in.split = nil // bytes cut off by a key were no character
	switch {
	case k.Paste:
		return k.Runes, true, true
	case k.Alt:
		return nil, false, false
	case k.Type == tea.KeyRunes:
		return k.Runes, false, true
	case k.Type == tea.KeySpace:
		return []rune{' '}, false, true
	}
	return nil, false, false
}

// strayByte reads the message bubbletea sends for a byte it cannot read
// as a key: a character whose bytes were split between two reads of the
// terminal arrives as such bytes, and was lost.
func strayByte(msg tea.Msg) (byte, bool) {
	t := reflect.TypeOf(msg)
	if t == nil || t.Kind() != reflect.Uint8 || t.PkgPath() != "github.com/charmbracelet/bubbletea" || t.Name() != "unknownInputByteMsg" {
		return 0, false
	}
	return byte(reflect.ValueOf(msg).Uint()), true
}

// blinkCanceled tells the message bubbles' cursor sends when a blink is
// called off, which it then ignores: each character put in calls one off.
func blinkCanceled(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	return t != nil && t.PkgPath() == "github.com/charmbracelet/bubbles/cursor" && t.Name() == "blinkCanceled"
}

// mend gathers the bytes of a split character and returns it once whole.
func (in *formInput) mend(b byte) []rune {
	in.split = append(in.split, b)
	if !utf8.FullRune(in.split) {
		if len(in.split) >= utf8.UTFMax {
			in.split = nil
		}
		return nil
	}
	r, _ := utf8.DecodeRune(in.split)
	in.split = nil
	if r == utf8.RuneError {
		return nil
	}
	return []rune{r}
}

// typed takes characters typed into the field in focus: in a burst they
// are held, otherwise they go in now and UpdateForm asks whether more
// came meanwhile.
func (in *formInput) typed(f *huh.Form, runes []rune, paste bool) (*huh.Form, tea.Cmd) {
	in.count += len(runes)
	in.last = formClock()
	if len(in.pending) == 0 {
		in.since = in.last
	}
	in.pending = append(in.pending, runes...)
	var cmd tea.Cmd
	if paste || !in.burst {
		f, cmd = in.flush(f)
	}
	if paste {
		return f, cmd
	}
	return f, tea.Batch(cmd, in.probe(f, 0))
}

// probe asks, once at a time, whether characters came after those typed
// so far: after wait, or at once.
func (in *formInput) probe(f *huh.Form, wait time.Duration) tea.Cmd {
	if in.probing {
		return nil
	}
	in.probing = true
	ask := formSettleMsg{form: f, count: in.count}
	if wait > 0 {
		return tea.Tick(wait, func(time.Time) tea.Msg { return ask })
	}
	return func() tea.Msg { return ask }
}

// settle answers a probe. More came since it was asked: a burst is on.
// Nothing came and there was no burst, or the input has been quiet for a
// frame: the burst is over. What a burst holds goes in once a frame, and
// all of it at its end.
func (in *formInput) settle(f *huh.Form, msg formSettleMsg) (*huh.Form, tea.Cmd) {
	in.probing = false
	now := formClock()
	quiet := now.Sub(in.last)
	if msg.count == in.count && (!in.burst || quiet >= frame) {
		in.burst = false
		return in.flush(f)
	}
	var cmd tea.Cmd
	if len(in.pending) > 0 && now.Sub(in.since) >= frame {
		f, cmd = in.flush(f)
	}
	if msg.count == in.count { // quiet, not yet for a frame: look again then
		return f, tea.Batch(cmd, in.probe(f, frame-quiet))
	}
	in.burst = true
	return f, tea.Batch(cmd, in.probe(f, frame)) // once a frame: every answer costs the program a frame drawn
}

// flush gives the field in focus the characters held, if any.
func (in *formInput) flush(f *huh.Form) (*huh.Form, tea.Cmd) {
	if len(in.pending) == 0 {
		return f, nil
	}
	runes := in.pending
	in.pending = nil
	return in.insert(f, runes)
}

// insert gives the field in focus text in one message, cut to the room
// its limit leaves; a cut is kept for FormView to tell.
func (in *formInput) insert(f *huh.Form, runes []rune) (*huh.Form, tea.Cmd) {
	field := f.GetFocusedField()
	if !takesText(field) {
		return f, nil
	}
	_, multiLine := field.(*huh.Text)
	runes = cleanText(runes, multiLine)
	if limit := in.limit(field); limit > 0 {
		room := max(limit-fieldLength(field), 0)
		if len(runes) > room {
			in.noteCut(field, limit, len(runes)-room)
			runes = runes[:room]
		}
	}
	if len(runes) == 0 {
		return f, nil
	}
	// As a paste, so that a run of characters spelling a key's name
	// ("enter", "tab") is never taken for that key.
	f, cmd := in.update(f, tea.KeyMsg{Type: tea.KeyRunes, Runes: runes, Paste: true})
	if len(runes) > 1 {
		// bubbles scrolls a text area to its cursor within the lines it
		// last drew, so after many new lines it shows an older part of the
		// text until the next message: send it one.
		f, _ = in.update(f, formRedrawMsg{})
	}
	return f, cmd
}

// formRedrawMsg is a message no field acts on, sent for huh to lay the
// page out again.
type formRedrawMsg struct{}

// update passes a message to huh's form, which may change what it draws.
func (in *formInput) update(f *huh.Form, msg tea.Msg) (*huh.Form, tea.Cmd) {
	in.drawn = false
	m, cmd := f.Update(msg)
	if hf, ok := m.(*huh.Form); ok {
		f = hf
	}
	return f, cmd
}

// draw is huh's view of the form, drawn again only when a message may
// have changed it.
func (in *formInput) draw(f *huh.Form) string {
	if !in.drawn {
		in.view, in.drawn = f.View(), true
	}
	return in.view
}

// newLineFits reports whether a new line typed with huh's own key fits
// the text area's limit, noting the cut when it does not.
func (in *formInput) newLineFits(field huh.Field, k tea.KeyMsg) bool {
	if _, ok := field.(*huh.Text); !ok || !key.Matches(k, newLineKey) {
		return true
	}
	if limit := in.limit(field); limit > 0 && fieldLength(field) >= limit {
		in.noteCut(field, limit, 1)
		return false
	}
	return true
}

func (in *formInput) noteCut(field huh.Field, limit, dropped int) {
	if in.cut == nil || in.cut.field != field {
		in.cut = &cutNote{field: field, limit: limit}
	}
	in.cut.dropped += dropped
}

// forgetCut drops the note of a cut once its field has lost the focus.
func (in *formInput) forgetCut(focused huh.Field) {
	if in.cut != nil && in.cut.field != focused {
		in.cut = nil
	}
}

// limit is the most characters a field holds; 0 is no limit. A text
// area's limit is taken from bubbles, which counts cells, and kept here
// in characters, as model.CheckLongText counts them.
func (in *formInput) limit(field huh.Field) int {
	switch fl := field.(type) {
	case *huh.Text:
		if n, ok := in.limits[fl]; ok {
			return n
		}
		ta := reflect.ValueOf(fl).Elem().FieldByName("textarea")
		if !ta.IsValid() || ta.Type() != reflect.TypeOf(textarea.Model{}) {
			return 0 // a later huh: bubbles keeps its own limit
		}
		n := int(ta.FieldByName("CharLimit").Int())
		fl.CharLimit(0)
		in.limits[fl] = n
		return n
	case *huh.Input:
		ti := reflect.ValueOf(fl).Elem().FieldByName("textinput")
		if !ti.IsValid() || ti.Type() != reflect.TypeOf(textinput.Model{}) {
			return 0
		}
		return int(ti.FieldByName("CharLimit").Int())
	}
	return 0
}

// fieldLength is how many characters a field holds.
func fieldLength(field huh.Field) int {
	s, _ := field.GetValue().(string)
	return utf8.RuneCountInString(s)
}

// cleanText turns text into what the field will hold, as bubbles'
// sanitizer does, so that it is counted before it goes in: CR LF and CR
// are new lines, a tab is four spaces, other control characters go; a
// single-line input gets a space for a new line or a tab.
func cleanText(runes []rune, multiLine bool) []rune {
	out := make([]rune, 0, len(runes))
	for i, r := range runes {
		switch {
		case r == '\r' && i+1 < len(runes) && runes[i+1] == '\n':
		case r == '\r' || r == '\n':
			if multiLine {
				out = append(out, '\n')
			} else {
				out = append(out, ' ')
			}
		case r == '\t':
			if multiLine {
				out = append(out, ' ', ' ', ' ', ' ')
			} else {
				out = append(out, ' ')
			}
		case r == utf8.RuneError || unicode.IsControl(r):
		default:
			out = append(out, r)
		}
	}
	return out
}

// moveWait is how long keys wait for a move between fields that may not
// come (a key that looked like one and was not); the next message after
// it lets them go.
const moveWait = 250 * time.Millisecond

// release hands over the keys held, in order, until one of them starts
// another move: the rest wait for that one.
func (in *formInput) release(f *huh.Form) (*huh.Form, tea.Cmd) {
	var cmds []tea.Cmd
	for len(in.held) > 0 && !in.moving {
		k := in.held[0]
		in.held = in.held[1:]
		var cmd tea.Cmd
		f, cmd = UpdateForm(f, k)
		cmds = append(cmds, cmd)
	}
	return f, tea.Batch(cmds...)
}

// isFieldMove names huh's own message that moves the focus, "field" or
// "group", or "" for any other message. huh keeps their types to itself.
func isFieldMove(msg tea.Msg) string {
	if msg == nil {
		return ""
	}
	switch reflect.TypeOf(msg).String() {
	case "huh.nextFieldMsg", "huh.prevFieldMsg":
		return "field"
	case "huh.nextGroupMsg", "huh.prevGroupMsg":
		return "group"
	}
	return ""
}

// movesField reports whether the key just given to field asked it to move
// on: one of the field's moving keys (enter, tab, shift+tab, and y or n on
// a yes/no question) that is on for it now (huh turns next off on a page's
// last field), and a value the field took: one it refuses keeps the focus.
func movesField(field huh.Field, k tea.KeyMsg) bool {
	if field == nil || field.Error() != nil {
		return false
	}
	switch k.String() {
	case "enter", "tab", "shift+tab":
	case "y", "Y", "n", "N":
		if _, confirm := field.(*huh.Confirm); !confirm {
			return false
		}
	default:
		return false
	}
	for _, b := range field.KeyBinds() {
		if b.Enabled() && key.Matches(k, b) {
			return true
		}
	}
	return false
}
