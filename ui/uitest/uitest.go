// Package uitest drives Bubble Tea models in tests without a terminal:
// keys by name, and commands run to completion with their messages fed back.
package uitest

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// Key builds the key message a terminal would send for a key name: "enter",
// "esc", "up", "space", "ctrl+j", "shift+tab", or a single character.
func Key(name string) tea.KeyMsg {
	switch name {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "pgup":
		return tea.KeyMsg{Type: tea.KeyPgUp}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "ctrl+j":
		return tea.KeyMsg{Type: tea.KeyCtrlJ}
	case "ctrl+u":
		return tea.KeyMsg{Type: tea.KeyCtrlU}
	case "ctrl+s":
		return tea.KeyMsg{Type: tea.KeyCtrlS}
	case "ctrl+o":
		return tea.KeyMsg{Type: tea.KeyCtrlO}
	case "ctrl+t":
		return tea.KeyMsg{Type: tea.KeyCtrlT}
	case "ctrl+f":
		return tea.KeyMsg{Type: tea.KeyCtrlF}
	case "f5":
		return tea.KeyMsg{Type: tea.KeyF5}
	}
	if r := []rune(name); len(r) == 1 {
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: r}
	}
	panic(fmt.Sprintf("uitest.Key: unknown key %q", name))
}

// Keys is the messages of pressing keys by name, in order; "text:…" types
// the text.
func Keys(keys ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range keys {
		if text, ok := strings.CutPrefix(k, "text:"); ok {
			out = append(out, Text(text)...)
			continue
		}
		out = append(out, Key(k))
	}
	return out
}

// Text is the key messages of typing s, one rune at a time.
func Text(s string) []tea.Msg {
	out := make([]tea.Msg, 0, len(s))
	for _, r := range s {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}

var cmdType = reflect.TypeOf((tea.Cmd)(nil))

// Drain runs cmd, hands each message it yields to update, and goes on with
// the commands update returns, until nothing is left. Batches and
// sequences are opened up. Cursor blinking is dropped: it waits on a timer
// and changes nothing a test looks at. quit reports
// whether a command asked the program to end.
func Drain(cmd tea.Cmd, update func(tea.Msg) tea.Cmd) (quit bool) {
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 10_000 {
			panic("uitest.Drain: commands keep coming")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil || isBlink(c) {
			continue
		}
		msg := c()
		if msg == nil {
			continue
		}
		if b, ok := msg.(tea.BatchMsg); ok {
			queue = append(queue, b...)
			continue
		}
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
			for i := range v.Len() { // tea.Sequence's message, whose type is not exported
				queue = append(queue, v.Index(i).Interface().(tea.Cmd))
			}
			continue
		}
		if strings.HasPrefix(fmt.Sprintf("%T", msg), "cursor.") {
			continue
		}
		if _, ok := msg.(tea.QuitMsg); ok {
			quit = true
			continue
		}
		queue = append(queue, update(msg))
	}
	return quit
}

// isBlink reports whether a command is a text cursor's blink timer, known
// by the function behind it: running it would only wait.
func isBlink(c tea.Cmd) bool {
	fn := runtime.FuncForPC(reflect.ValueOf(c).Pointer())
	return fn != nil && strings.Contains(fn.Name(), "bubbles/cursor.")
}
