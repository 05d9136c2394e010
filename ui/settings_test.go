package ui

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

func TestSettingsSetTheCurrencyAndTheName(t *testing.T) {
	d, s := demoDriver(t, model.English, 120, 40)
	d.press("ctrl+o")
	if d.m.mode != modeSettings || !strings.Contains(d.m.View(), "Workspace settings") {
		t.Fatalf("ctrl+o should open the workspace settings:\n%s", d.m.View())
	}
	d.press("ctrl+u", "text:Team East", "enter")
	for range 3 {
		d.press("backspace")
	}
	d.press("text:yuan", "enter")
	if v := d.m.View(); !strings.Contains(v, "not a currency code") {
		t.Errorf("a currency that is not a code is refused at the field:\n%s", v)
	}
	for range 4 {
		d.press("backspace")
	}
	d.press("text:usd", "enter", "enter", "enter", "enter", "enter") // cost of capital, VAT, standard days, last year's
	if d.m.mode != modeNormal {
		t.Fatalf("the settings should close once saved:\n%s", d.m.View())
	}
	st, err := s.Settings()
	if err != nil {
		t.Fatal(err)
	}
	if st.Currency != "USD" || st.Name != "Team East" {
		t.Errorf("the file holds currency %q and name %q", st.Currency, st.Name)
	}
	if v := d.m.View(); !strings.HasPrefix(v, "kam · Team East") {
		t.Errorf("the header shows the new name:\n%s", v)
	}
	d.press("4", "v") // the terms of the current account
	if v := d.m.View(); !strings.Contains(v, "amounts in $") {
		t.Errorf("the terms should say what currency their amounts are in:\n%s", v)
	}
}

func TestSettingsSpeakTheLanguageShown(t *testing.T) {
	d, _ := demoDriver(t, model.English, 120, 40)
	d.press("L", "ctrl+o")
	lines := strings.Split(d.m.View(), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "esc 取消") {
		t.Errorf("the settings' keys should be in Chinese after L: %q", last)
	}
}

func TestSettingsCancelAsksWhenSomethingWasTyped(t *testing.T) {
	d, s := demoDriver(t, model.English, 120, 40)
	before, _ := s.Settings()
	d.press("ctrl+o", "text:x", "esc")
	if d.m.mode != modeSettings || !strings.Contains(d.m.View(), "Discard") {
		t.Fatalf("esc after typing should ask first:\n%s", d.m.View())
	}
	d.press("y")
	if d.m.mode != modeNormal {
		t.Errorf("after y the settings are closed")
	}
	if after, _ := s.Settings(); after != before {
		t.Errorf("nothing is saved when the settings are dropped: %+v", after)
	}
}

// The VAT rate and the standard payment days are set in the settings and
// cost the terms: 9% VAT, 45 days standard, then no VAT and last year's days.
func TestSettingsSetTheVATAndTheStandardPaymentDays(t *testing.T) {
	d, s := demoDriver(t, model.English, 120, 40)
	d.press("ctrl+o", "enter", "enter", "enter", "text:60", "enter")
	if v := d.m.View(); !strings.Contains(v, "between 0% and 50%") {
		t.Errorf("a VAT rate of 60%% is refused at the field:\n%s", v)
	}
	d.press("ctrl+u", "text:9", "enter", "text:400", "enter")
	if v := d.m.View(); !strings.Contains(v, "from 0 to 365") {
		t.Errorf("400 standard days are refused at the field:\n%s", v)
	}
	d.press("ctrl+u", "text:45", "enter", "enter")
	st, err := s.Settings()
	if err != nil {
		t.Fatal(err)
	}
	if st.VATRate != 9 || st.NoVAT || st.CreditStandardDays != 45 || st.CreditFromLastYear {
		t.Fatalf("the file holds %+v", st)
	}
	d.press("4", "v")
	if v := d.m.View(); !strings.Contains(v, "credit beyond 45 days at 5% · VAT 9% (c)") {
		t.Errorf("the terms say the rules:\n%s", v)
	}
	d.press("ctrl+o", "enter", "enter", "enter", "ctrl+u", "text:0", "enter", "enter", "left", "enter")
	if st, _ = s.Settings(); st.VATRate != 0 || !st.NoVAT || !st.CreditFromLastYear {
		t.Fatalf("the file holds %+v", st)
	}
	if v := d.m.View(); !strings.Contains(v, "credit beyond last year's days at 5% · VAT none (c)") {
		t.Errorf("the terms say the rules:\n%s", v)
	}
}
