package buyer

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/ui/common"
)

func (m *Model) openForm(f *common.EditForm) tea.Cmd {
	m.form = f
	return f.Open(m.ctx, m.width, m.height)
}

// cancelForm closes the open form, asking first when something was typed.
func (m *Model) cancelForm() tea.Cmd {
	if m.form.Changed() {
		m.ask = &common.Question{Text: m.ctx.T("ask.discard"), Yes: func() tea.Cmd { m.form = nil; return nil }}
		return nil
	}
	m.form = nil
	return nil
}
