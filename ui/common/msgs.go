package common

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// LoadedMsg carries the workspace read at start.
type LoadedMsg struct {
	Settings model.Settings
	Accounts []model.Account
	Err      error
}

// Load reads the whole workspace, off the update loop.
func Load(s store.Workspace) tea.Cmd {
	return func() tea.Msg {
		st, err := s.Settings()
		if err != nil {
			return LoadedMsg{Err: err}
		}
		accounts, err := s.Accounts()
		return LoadedMsg{Settings: st, Accounts: accounts, Err: err}
	}
}

// AccountSavedMsg says an account was written; the root applies it to the
// shared data and passes it to every tab. Note is the status line's report.
type AccountSavedMsg struct {
	Account model.Account
	Note    string
}

// AccountSaveFailedMsg says a save was refused or failed; Draft is what the
// user had, so the tab can give it back to them.
type AccountSaveFailedMsg struct {
	Draft model.Account
	Err   error
}

// SaveAccount writes an account in its own transaction, off the update loop.
func (c *Context) SaveAccount(a model.Account, note string) tea.Cmd {
	c.Pending++
	s := c.Store
	return func() tea.Msg {
		saved, err := s.SaveAccount(a)
		if err != nil {
			return AccountSaveFailedMsg{Draft: a, Err: err}
		}
		return AccountSavedMsg{Account: saved, Note: note}
	}
}

// SettingsSavedMsg reports a settings save; Err is nil on success.
type SettingsSavedMsg struct{ Err error }

// SaveSettings writes the workspace settings off the update loop.
func (c *Context) SaveSettings(st model.Settings) tea.Cmd {
	c.Pending++
	s := c.Store
	return func() tea.Msg { return SettingsSavedMsg{Err: s.SaveSettings(st)} }
}

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
