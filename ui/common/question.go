package common

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

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

// Answer puts a key to the waiting question *q: once answered, *q is
// cleared; the answer's command is returned.
func Answer(q **Question, msg tea.KeyMsg) tea.Cmd {
	settled, cmd := (*q).Answer(msg)
	if settled {
		*q = nil
	}
	return cmd
}

// QuestionOver shows a waiting question on the first line of a view,
// where the eye already is.
func (c *Context) QuestionOver(view string, q *Question, width int) string {
	if q == nil {
		return view
	}
	lines := strings.SplitN(view, "\n", 2)
	lines[0] = c.Styles.Warn.Bold(true).Render(Truncate(q.Text, width))
	return strings.Join(lines, "\n")
}
