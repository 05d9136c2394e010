package common

import "github.com/charmbracelet/bubbles/key"

// Bind makes a key binding whose help is in the context's language: label
// is how the key is shown, descKey the catalog key of what it does.
func (c *Context) Bind(label, descKey string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(label, c.T(descKey)))
}

// GlobalKeys work on every tab while no form or text field has focus.
type GlobalKeys struct {
	NextTab, PrevTab, GoTab, Lang, Settings, Help, Quit, ForceQuit key.Binding
	Scroll, CloseHelp                                              key.Binding // while the full help is open
	// In course mode: back to the course tab, the next team's workspace
	// (the trainer's), and any tab on the whole screen for the projector.
	Course, NextTeam, Present key.Binding
	// In a served course, the trainer's: pause everyone's keys, or let go.
	PauseRoom key.Binding
}

// NewGlobalKeys builds the global keys in the context's language.
func NewGlobalKeys(c *Context) GlobalKeys {
	k := GlobalKeys{
		NextTab:   c.Bind("tab", "key.next_tab", "tab"),
		PrevTab:   c.Bind("shift+tab", "key.prev_tab", "shift+tab"),
		GoTab:     c.Bind("1-9", "key.go_tab", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Lang:      c.Bind("L", "key.lang", "L"),
		Settings:  c.Bind("ctrl+o", "key.settings", "ctrl+o"),
		Help:      c.Bind("?", "key.help", "?"),
		Quit:      c.Bind("q", "key.quit", "q"),
		ForceQuit: c.Bind("ctrl+c", "key.force_quit", "ctrl+c"),
		Scroll:    c.Bind("↑/↓", "key.scroll", "up", "down", "k", "j"),
		CloseHelp: c.Bind("?/esc", "key.close_help", "?", "esc"),
		Course:    c.Bind("C", "key.course", "C"),
		NextTeam:  c.Bind("ctrl+t", "key.next_team", "ctrl+t"),
		Present:   c.Bind("F5", "key.present", "f5"),
		PauseRoom: c.Bind("ctrl+f", "key.pause_room", "ctrl+f"),
	}
	inCourse := c.Course != nil
	k.Course.SetEnabled(true)
	k.NextTeam.SetEnabled(inCourse && c.Course.Trainer)
	k.Present.SetEnabled(inCourse)
	k.PauseRoom.SetEnabled(inCourse && c.Course.Trainer && c.Course.Served())
	// The workspace's settings are the team's file's: a participant of a
	// served course leaves them to the trainer.
	k.Settings.SetEnabled(!inCourse || c.Course.Trainer || !c.Course.Served())
	return k
}

// ShortHelp is what the bottom line shows after the tab's own keys.
func (k GlobalKeys) ShortHelp() []key.Binding { return []key.Binding{k.Lang, k.Help, k.Quit} }

// FullHelp lists every global key.
func (k GlobalKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.NextTab, k.PrevTab, k.GoTab, k.Course, k.NextTeam, k.Present, k.PauseRoom, k.Lang, k.Settings, k.Help, k.Quit, k.ForceQuit}}
}
