package plantab

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
)

// calendarState is where the calendar's cursor is and how it is shown.
type calendarState struct{}

func (m *Model) calendarKey(msg tea.KeyMsg, a model.Account) tea.Cmd { return nil }

func (m *Model) calendarView(a model.Account, h int) string { return "" }

func (m *Model) calendarHelp() []key.Binding { return []key.Binding{m.keys.NextView} }
