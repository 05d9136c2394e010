package plantab

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
)

// pnlState is where the P&L's cursor is.
type pnlState struct{}

func (m *Model) pnlKey(msg tea.KeyMsg, a model.Account) tea.Cmd { return nil }

func (m *Model) pnlView(a model.Account, h int) string { return "" }

func (m *Model) pnlHelp() []key.Binding { return []key.Binding{m.keys.NextView} }
