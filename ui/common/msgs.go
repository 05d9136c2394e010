package common

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// LoadedMsg carries the workspace read at start.
type LoadedMsg struct {
	Settings    model.Settings
	Accounts    []model.Account
	Matrix      model.Matrix
	Evaluations []model.Evaluation
	Err         error
}

// Load reads the whole workspace, off the update loop.
func Load(s store.Workspace) tea.Cmd {
	return func() tea.Msg {
		var msg LoadedMsg
		var err error
		if msg.Settings, err = s.Settings(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Accounts, err = s.Accounts(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Matrix, err = s.Matrix(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Evaluations, err = s.Evaluations(); err != nil {
			return LoadedMsg{Err: err}
		}
		return msg
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

// MatrixSavedMsg says the criteria or thresholds were written.
type MatrixSavedMsg struct {
	Matrix model.Matrix
	Note   string
}

// SaveMatrix writes the criteria and thresholds off the update loop; a
// refusal comes back as SaveFailedMsg.
func (c *Context) SaveMatrix(m model.Matrix, note string) tea.Cmd {
	c.Pending++
	s := c.Store
	return func() tea.Msg {
		if err := s.SaveMatrix(m); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return MatrixSavedMsg{Matrix: m, Note: note}
	}
}

// EvaluationSavedMsg says an evaluation was written.
type EvaluationSavedMsg struct {
	Evaluation model.Evaluation
	Note       string
}

// SaveEvaluation writes a new evaluation off the update loop.
func (c *Context) SaveEvaluation(e model.Evaluation, note string) tea.Cmd {
	c.Pending++
	s := c.Store
	return func() tea.Msg {
		saved, err := s.SaveEvaluation(e)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return EvaluationSavedMsg{Evaluation: saved, Note: note}
	}
}

// SaveFailedMsg says a save other than an account's was refused or failed.
type SaveFailedMsg struct{ Err error }
