// Package common holds what every screen shares: the context (size, language,
// styles, clock, the workspace data), the Tab contract, messages, the
// windowed table, sheets and form helpers: the widget kit.
package common

import (
	"cmp"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/data"
)

// Context is shared by the root and every tab. The root changes it (size,
// language, data) and tells the tabs by message; tabs only read it.
type Context struct {
	Lang   model.Lang
	Styles Styles
	Now    func() time.Time
	Data   *data.Data // never nil; Ready once the first part is loaded
	// Course is the course folder in course mode (the team shown is Data),
	// nil otherwise.
	Course *data.Course
}

// T is the user-facing text for key in the current language.
func (c *Context) T(key string) string { return Tr(c.Lang, key) }

// Tab is one screen behind the tab bar.
type Tab interface {
	// Init starts the tab; it may return a command.
	Init() tea.Cmd
	// Update handles a message routed to the tab.
	Update(msg tea.Msg) (Tab, tea.Cmd)
	// View renders the tab's body at its size.
	View() string
	// SetSize gives the tab the cells its body may use.
	SetSize(width, height int)
	// Title is the tab's name in the tab bar, in the current language.
	Title() string
	// Capturing reports whether a form or text field has focus: keys then
	// go only to the tab, and global keys are off.
	Capturing() bool
	// ShortHelp is the bottom line's keys for what the tab shows now.
	ShortHelp() []key.Binding
	// HelpGroups lists every key of the tab for the help screen, grouped
	// by the view or form they work in.
	HelpGroups() []HelpGroup
}

// ViewBar names a tab's views (catalog keys), the one shown picked out,
// and the key that cycles them.
func (c *Context) ViewBar(names []string, active int) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = c.Picked(c.T(n), i == active)
	}
	return strings.Join(parts, c.Styles.Muted.Render(" · ")) + c.Styles.Muted.Render("  (v)")
}

// Currency is the symbol amounts are written with in this workspace: its
// currency's, or ¥ in a Chinese workspace without one, or "".
func (c *Context) Currency() string {
	s := c.Data.Settings
	return strings.TrimSpace(model.CurrencySymbol(s.Currency, cmp.Or(s.Lang, c.Lang)))
}

// AmountsIn says, for a view of many amounts written without a symbol,
// what currency they are in: " · amounts in $", or "" with no currency.
func (c *Context) AmountsIn() string {
	if cur := c.Currency(); cur != "" {
		return " · " + fmt.Sprintf(c.T("amounts_in"), cur)
	}
	return ""
}

// Picked draws one of a row of choices (a tab, a view, a section): the
// chosen one in brackets as well as in its style, so that it shows without
// colour too; the others padded to the same width, so the row keeps still
// as the choice moves.
func (c *Context) Picked(label string, chosen bool) string {
	if chosen {
		return c.Styles.TabActive.Render("[" + label + "]")
	}
	return c.Styles.TabInactive.Render(" " + label + " ")
}
