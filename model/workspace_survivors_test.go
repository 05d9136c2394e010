package model

import "testing"

// Each limit of the workspace settings, exactly at its edge and just past.
func TestSurvivorSettingsEdges(t *testing.T) {
	for _, tt := range []struct {
		name string
		s    Settings
		want string // "" for accepted
	}{
		{"cost of capital 0", Settings{CostOfCapital: 0}, ""},
		{"cost of capital 100%", Settings{CostOfCapital: 100}, ""},
		{"cost of capital 100.01%", Settings{CostOfCapital: 100.01}, "cost of capital must be between 0% and 100%"},
		{"VAT 0", Settings{VATRate: 0}, ""},
		{"VAT 50%", Settings{VATRate: 50}, ""},
		{"VAT 50.5%", Settings{VATRate: 50.5}, "VAT rate must be between 0% and 50%"},
		{"VAT −1%", Settings{VATRate: -1}, "VAT rate must be between 0% and 50%"},
		{"no VAT, no rate", Settings{NoVAT: true}, ""},
		{"no VAT, a rate of 13%", Settings{NoVAT: true, VATRate: 13}, "without VAT has no VAT rate"},
		{"standard days 0", Settings{CreditStandardDays: 0}, ""},
		{"standard days 365", Settings{CreditStandardDays: 365}, ""},
		{"standard days 366", Settings{CreditStandardDays: 366}, "standard payment days are from 0 to 365"},
		{"standard days −1", Settings{CreditStandardDays: -1}, "standard payment days are from 0 to 365"},
		{"currency CNY", Settings{Currency: "CNY"}, ""},
		{"currency with a control character", Settings{Currency: "CN\x7f"}, "not a currency code"},
		{"currency with a letter beyond ASCII", Settings{Currency: "Éa"}, "not a currency code"},
	} {
		checkErr(t, "CheckSettings", tt.name, CheckSettings(tt.s), tt.want)
	}
}
