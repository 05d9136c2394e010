package common

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
)

func TestScrollStaysInsideThePage(t *testing.T) {
	c := &Context{Lang: model.English}
	k := NewNavKeys(c)
	key := func(s string) tea.KeyMsg {
		switch s {
		case "pgdown":
			return tea.KeyMsg{Type: tea.KeyPgDown}
		case "pgup":
			return tea.KeyMsg{Type: tea.KeyPgUp}
		case "end":
			return tea.KeyMsg{Type: tea.KeyEnd}
		}
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
	}
	// 100 lines, 10 on a page: the last page starts at 90.
	for _, tt := range []struct {
		key       string
		top, want int
	}{
		{"j", 0, 1}, {"k", 0, 0}, {"pgdown", 0, 9}, {"pgdown", 85, 90}, {"pgup", 5, 0},
		{"G", 3, 90}, {"end", 3, 90}, {"g", 50, 0}, {"x", 42, 42}, {"j", 90, 90},
	} {
		if got := k.Scroll(key(tt.key), tt.top, 10, 90); got != tt.want {
			t.Errorf("%s from %d: %d, want %d", tt.key, tt.top, got, tt.want)
		}
	}
}
