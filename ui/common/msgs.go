package common

import (
	tea "github.com/charmbracelet/bubbletea"
)

// SelectAccountMsg asks the root to make an account the current one, the
// one carried across tabs.
type SelectAccountMsg struct{ ID string }

// CurrentChangedMsg tells the tabs that the current account changed.
type CurrentChangedMsg struct{ ID string }

// LangChangedMsg tells the tabs the language switched, so they rebuild
// their keymaps and any open form.
type LangChangedMsg struct{}

// StatusMsg puts a line in the status bar.
type StatusMsg struct {
	Text string
	Err  bool
}

// Status returns a command that reports text in the status bar.
func Status(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Text: text, Err: isErr} }
}
