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

// The tabs by name, for GoToMsg.
const (
	TabAccounts = "accounts"
	TabMatrix   = "matrix"
	TabBuyer    = "buyer"
	TabPrepare  = "prepare"
	TabReview   = "review"
	TabRange    = "range"
	TabPlan     = "plan"
	TabCourse   = "course" // in course mode only
)

// GoToMsg asks the root to take the user to a place: the account becomes
// the current one (when set), the named tab comes to the front, and it is
// sent an OpenMsg with the item.
type GoToMsg struct {
	Tab       string // one of the Tab… names
	AccountID string // "" keeps the current account
	Item      string // what to open there (a meeting, a negotiation, a contact…); "" for the tab as it is
}

// OpenMsg tells a tab, just brought to the front, what to show: the ID of
// one of its records, or "" for its first view. A tab that has no such
// record shows its first view.
type OpenMsg struct{ Item string }

// GoTo returns a command that takes the user to a place.
func GoTo(tab, accountID, item string) tea.Cmd {
	return func() tea.Msg { return GoToMsg{Tab: tab, AccountID: accountID, Item: item} }
}

// PresentMsg asks the root to show the tab in front on the whole screen,
// for a projector, until esc.
type PresentMsg struct{}

// PresentingMsg tells the tab in front that it fills the screen (On) or no
// longer does.
type PresentingMsg struct{ On bool }

// SwitchTeamMsg asks the root to show team index i (in Course.Teams) in
// the workspace tabs.
type SwitchTeamMsg struct{ Index int }

// TeamShownMsg tells the tabs that another team's workspace is shown: they
// start again from their first view.
type TeamShownMsg struct{}

// TeamChangedMsg tells the course tab that a team's workspace changed
// (a save landed, a reset, a load), so what compares the teams is redone.
type TeamChangedMsg struct{ Team int }

// CourseChangedMsg tells the tabs the course file changed (the agenda, the
// timer, a card, a board).
type CourseChangedMsg struct{}

// TimerEndedMsg tells the tabs the exercise timer just ran out.
type TimerEndedMsg struct{}
