package common

import tea "github.com/charmbracelet/bubbletea"

// Question is a yes/no question a tab waits on before doing something that
// cannot be taken back easily; while it waits, it takes every key.
type Question struct {
	Text string
	Yes  func() tea.Cmd // runs on y
}

// Answer handles a key while the question waits: y runs Yes, n or esc
// drops the question, anything else is ignored. settled reports whether
// the question is answered.
func (q *Question) Answer(msg tea.KeyMsg) (settled bool, cmd tea.Cmd) {
	switch msg.String() {
	case "y", "Y":
		return true, q.Yes()
	case "n", "N", "esc":
		return true, nil
	}
	return false, nil
}
