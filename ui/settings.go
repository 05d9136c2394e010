package ui

import (
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// openSettings opens the workspace settings over the body: the name in
// the header, the currency amounts are in, the cost of capital payment
// days are costed at, the VAT rate and the standard payment days.
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
	vat, credit, fromLastYear := "", "", st.CreditFromLastYear
	switch {
	case st.NoVAT:
		vat = "0"
	case st.VATRate > 0:
		vat = model.PercentInput(st.VATRate)
	}
	if st.CreditStandardDays > 0 {
		credit = strconv.Itoa(st.CreditStandardDays)
	}
	wasVAT, wasCredit := vat, credit
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
				huh.NewInput().Title(t("settings.vat")).Description(t("settings.vat_hint")).Value(&vat).
					Validate(func(s string) error { _, _, err := parseVAT(s); return m.ctx.Loc(err) }),
				huh.NewInput().Title(t("settings.credit_days")).Description(t("settings.credit_hint")).Value(&credit).
					Validate(func(s string) error { _, err := parseStandardDays(s); return m.ctx.Loc(err) }),
				huh.NewConfirm().Title(t("settings.credit_last")).Value(&fromLastYear).Affirmative(t("key.yes")).Negative(t("key.no")),
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
			if next.VATRate, next.NoVAT, err = parseVAT(vat); err != nil {
				return nil, err
			}
			if next.CreditStandardDays, err = parseStandardDays(credit); err != nil {
				return nil, err
			}
			next.CreditFromLastYear = fromLastYear
			if err := model.CheckSettings(next); err != nil {
				return nil, err
			}
			m.ctx.Data.Settings = next // shown at once; put back if the save fails
			return m.ctx.Data.SaveSettings(next, t("settings.saved")), nil
		},
		Dirty: func() bool {
			was := m.ctx.Data.Settings
			return name != was.Name || currency != was.Currency || rate != wasRate ||
				vat != wasVAT || credit != wasCredit || fromLastYear != was.CreditFromLastYear
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

// parseVAT reads the VAT rate: empty is the default (13%), 0 is no VAT.
func parseVAT(s string) (rate float64, none bool, err error) {
	if strings.TrimSpace(s) == "" {
		return 0, false, nil
	}
	v, err := model.ParsePercent(s, 0, model.MaxVATRate)
	return v, err == nil && v == 0, err
}

// parseStandardDays reads the payment days that cost nothing; empty is 0.
func parseStandardDays(s string) (int, error) {
	n, err := model.ParseCount(s)
	if err != nil {
		return 0, err
	}
	return n, model.CheckSettings(model.Settings{CreditStandardDays: n})
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
