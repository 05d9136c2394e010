package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// openSettings opens the workspace settings over the body: the name in
// the header, the currency amounts are in, the cost of capital payment
// days are costed at.
func (m *Model) openSettings() tea.Cmd {
	if !m.ctx.Data.Ready() {
		return nil
	}
	st := m.ctx.Data.Settings
	name, currency := st.Name, st.Currency
	rate := ""
	if st.CostOfCapital > 0 {
		rate = model.PercentInput(st.CostOfCapital)
	}
	wasRate := rate
	t := m.ctx.T
	m.mode = modeSettings
	m.settings.SetSize(m.width, m.bodyHeight())
	return m.settings.OpenForm(&common.EditForm{
		Title: t("settings.title"),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("settings.name")).Description(t("settings.name_hint")).Value(&name).
					Validate(func(s string) error { return m.ctx.Loc(model.CheckSettings(model.Settings{Name: s})) }),
				huh.NewInput().Title(t("settings.currency")).Description(t("settings.currency_hint")).Value(&currency).
					Validate(func(s string) error { return m.ctx.Loc(model.CheckCurrency(s)) }),
				huh.NewInput().Title(t("settings.capital")).Description(t("settings.capital_hint")).Value(&rate).
					Validate(func(s string) error { _, err := parseCapital(s); return m.ctx.Loc(err) }),
			)}
		},
		Save: func() (tea.Cmd, error) {
			next := m.ctx.Data.Settings
			next.Name = strings.TrimSpace(name)
			next.Currency = strings.ToUpper(strings.TrimSpace(currency))
			v, err := parseCapital(rate)
			if err != nil {
				return nil, err
			}
			next.CostOfCapital = v
			if err := model.CheckSettings(next); err != nil {
				return nil, err
			}
			m.ctx.Data.Settings = next // shown at once; put back if the save fails
			return m.ctx.Data.SaveSettings(next, t("settings.saved")), nil
		},
		Dirty: func() bool {
			was := m.ctx.Data.Settings
			return name != was.Name || currency != was.Currency || rate != wasRate
		},
	})
}

// parseCapital reads the cost of capital; empty means the default.
func parseCapital(s string) (float64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	return model.ParsePercent(s, 0.1, 50)
}

// settingsMsg handles a message while the settings are open; the mode goes
// back to normal once the form is closed or saved.
func (m *Model) settingsMsg(msg tea.Msg) (tea.Cmd, bool) {
	cmd, ok := m.settings.Prologue(msg)
	if !ok {
		if _, saved := msg.(data.SavedMsg); saved {
			m.settings.FormSaved()
		}
	}
	if m.settings.Form == nil && m.settings.Ask == nil {
		m.mode = modeNormal
	}
	return cmd, ok
}
