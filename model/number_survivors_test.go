package model

import (
	"strings"
	"testing"
)

// An amount in hundredths is that many hundredths of a currency unit.
func TestSurvivorMoneyUnits(t *testing.T) {
	for _, tt := range []struct {
		m    Money
		want float64
	}{{0, 0}, {1, 0.01}, {100, 1}, {1234, 12.34}, {-5, -0.05}, {45_000_00, 45_000}} {
		if got := tt.m.Units(); got != tt.want {
			t.Errorf("Money(%d).Units() = %v, want %v", tt.m, got, tt.want)
		}
	}
	if got := termValue(Term{Basis: FixedAmount, Amount: 45_000_50}); got != 45_000.5 {
		t.Errorf("a fee of 45,000.50 has the value %v", got)
	}
}

// A percent sign, half-width or full-width, ends a number as its end does:
// "2,5%" typed where a count or an amount goes is a decimal comma too. Any
// other character after the digits does not end it, and a group of four
// digits is never a decimal comma.
func TestSurvivorDecimalCommaBeforePercent(t *testing.T) {
	for _, tt := range []struct {
		in, want, not string
	}{
		{"2,5%", "use a point: 2.5%", ""},
		{"12,34%", "use a point: 12.34%", ""},
		{"0,25％", "use a point: 0.25％", ""},
		{"2，5％", "use a point: 2.5％", ""},
		{"2,5x", "exactly three digits, as in 1,250,000", "use a point"},
		{"1,2345x", "exactly three digits, as in 1,250,000", "use a point"},
		{"1,2345%", "exactly three digits, as in 1,250,000", "use a point"},
		{"1.2,5%", "after the decimal point", "use a point"},
	} {
		for name, parse := range map[string]func(string) error{
			"ParseCount": func(s string) error { _, err := ParseCount(s); return err },
			"ParseMoney": func(s string) error { _, err := ParseMoney(s); return err },
		} {
			err := parse(tt.in)
			if err == nil {
				t.Errorf("%s(%q) accepted", name, tt.in)
				continue
			}
			if msg := err.Error(); !strings.Contains(msg, tt.want) || tt.not != "" && strings.Contains(msg, tt.not) {
				t.Errorf("%s(%q): %q, want %q without %q", name, tt.in, msg, tt.want, tt.not)
			}
		}
	}
}
