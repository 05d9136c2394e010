package uitest

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// Harness drives one tab the way the root does: it loads a real workspace
// file, applies every save to the shared data and hands each message to
// the tab. Selected and Status record what the tab asked of the root.
type Harness struct {
	T        testing.TB
	Tab      common.Tab
	Ctx      *common.Context
	Store    *store.Store
	Selected string
	Status   string
}

// For builds a tab with its constructor on a workspace holding ws (see
// NewHarness) and returns the harness and the tab, as its own type.
func For[T common.Tab](t testing.TB, ws model.Workspace, now time.Time, newTab func(*common.Context) T) (*Harness, T) {
	t.Helper()
	var tab T
	h := NewHarness(t, ws, now, func(c *common.Context) common.Tab { tab = newTab(c); return tab })
	return h, tab
}

// NewHarness opens a workspace file holding ws and builds the tab on it at
// 120×35, in English, with the clock stopped at now.
func NewHarness(t testing.TB, ws model.Workspace, now time.Time, newTab func(*common.Context) common.Tab) *Harness {
	t.Helper()
	s := storetest.Open(t, ws, now)
	ctx := &common.Context{Lang: model.English, Styles: common.NewStyles(common.DefaultTheme), Data: data.New(s), Now: func() time.Time { return now }}
	h := &Harness{T: t, Ctx: ctx, Store: s, Tab: newTab(ctx)}
	h.Tab.SetSize(120, 35)
	h.Run(ctx.Data.Load(store.Everything))
	return h
}

// Update is what the root does with one message.
func (h *Harness) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case data.LoadedMsg:
		if msg.Err != nil {
			h.T.Fatal(msg.Err)
		}
		h.Ctx.Data.Apply(msg)
	case data.SavedMsg:
		h.Ctx.Data.Pending--
		msg.ApplyTo(h.Ctx.Data)
		if msg.Note != "" {
			h.Status = msg.Note
		}
	case data.SaveFailedMsg:
		h.Ctx.Data.Pending--
	case common.SelectAccountMsg:
		h.Selected = msg.ID
		h.Ctx.Data.Settings.CurrentAccount = msg.ID
		return nil
	case common.StatusMsg:
		h.Status = msg.Text
		return nil
	}
	_, cmd := h.Tab.Update(msg)
	return cmd
}

// Run runs a command and everything it leads to.
func (h *Harness) Run(cmd tea.Cmd) { Drain(cmd, h.Update) }

// Press sends keys by name; "text:…" types the text.
func (h *Harness) Press(keys ...string) {
	for _, msg := range Keys(keys...) {
		h.Run(h.Update(msg))
	}
}

// SetLang switches the language as the root does.
func (h *Harness) SetLang(l model.Lang) {
	h.Ctx.Lang = l
	h.Run(h.Update(common.LangChangedMsg{}))
}
