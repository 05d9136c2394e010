package model

import (
	"strings"
	"testing"
)

// A comma that ends a number is no decimal comma: "12," has no decimals to
// move behind a point, so the refusal explains the separator instead of
// proposing "12.".
func TestTrailingCommaIsNotADecimalComma(t *testing.T) {
	for _, in := range []string{"12,", "12，"} {
		_, err := ParseMoney(in)
		if err == nil || !strings.Contains(err.Error(), "must be followed by exactly three digits") || strings.Contains(err.Error(), "use a point") {
			t.Errorf("ParseMoney(%q) = %v, want the separator's rule, not a decimal point", in, err)
		}
	}
	_, err := ParseMoney("12,5")
	if err == nil || !strings.Contains(err.Error(), "use a point: 12.5") {
		t.Errorf(`ParseMoney("12,5") = %v, want "use a point: 12.5"`, err)
	}
}

// The smallest rate and percentage still written: a rate of 0.005% rounds
// to 0.01% (only below it is 0%), a percentage of 0.05% to 0.1%.
func TestSmallestRatesWritten(t *testing.T) {
	for _, tt := range []struct {
		got, want string
	}{
		{FormatRate(0.005), "0.01%"},
		{FormatRate(-0.005), "-0.01%"},
		{FormatRate(0.0049), "0%"},
		{FormatPercent(0.05), "0.1%"},
		{FormatPercent(-0.05), "-0.1%"},
		{FormatPercent(0.049), "0%"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
