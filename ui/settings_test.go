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
	d.press("text:usd", "enter", "enter")
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
