package model

import (
	"strings"
	"testing"
)

func TestParseCount(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr string // a fragment of the English message; "" = no error
	}{
		{"", 0, ""},
		{"0", 0, ""},
		{"  42 ", 42, ""},
		{"1,250", 1250, ""},
		{"1，250", 1250, ""}, // full-width comma, as typed with a Chinese IME
		{"1 250", 1250, ""},
		{"12,34,567", 0, "exactly three digits"}, // a group of two is refused, not guessed at
		{"-3", 0, "0 or more"},
		{"2.5", 0, "whole number"},
		{"abc", 0, "not a whole number"},
		{"十", 0, "not a whole number"},
		{"1,,000", 0, "separator"},
		{",5", 0, "separator"},
		{"5,", 0, "separator"},
		{"10000001", 0, "too large"},
		{"99999999999999999999", 0, "too large"},
	}
	for _, tt := range tests {
		got, err := ParseCount(tt.in)
		checkErr(t, "ParseCount", tt.in, err, tt.wantErr)
		if err == nil && got != tt.want {
			t.Errorf("ParseCount(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in      string
		want    Money
		wantErr string
	}{
		{"", 0, ""},
		{"0", 0, ""},
		{"1234", 123400, ""},
		{"1,234,567.89", 123456789, ""},
		{"1,234.5", 123450, ""},
		{".5", 50, ""},
		{"+100", 10000, ""},
		{"9,999,999,999,999.99", 999999999999999, ""},
		{"10,000,000,000,000", 0, "too large"},
		{"-1", 0, "negative"},
		{"1.234", 0, "two decimals"},
		{"12a", 0, "not an amount"},
		{"1.2.3", 0, "not an amount"},
		{"¥100", 0, "not an amount"},
		{"1_000", 100000, ""},
	}
	for _, tt := range tests {
		got, err := ParseMoney(tt.in)
		checkErr(t, "ParseMoney", tt.in, err, tt.wantErr)
		if err == nil && got != tt.want {
			t.Errorf("ParseMoney(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestParseGrowth(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		wantErr string
	}{
		{"", 0, ""},
		{"4.5", 4.5, ""},
		{"4.5%", 4.5, ""},
		{"-12％", -12, ""},
		{"+7", 7, ""},
		{"-100", -100, ""},
		{"1,000", 1000, ""},
		{"-100.1", 0, "between -100% and 1000%"},
		{"1000.5", 0, "between"},
		{"five", 0, "not a percentage"},
		{"%", 0, ""},
	}
	for _, tt := range tests {
		got, err := ParseGrowth(tt.in)
		checkErr(t, "ParseGrowth", tt.in, err, tt.wantErr)
		if err == nil && got != tt.want {
			t.Errorf("ParseGrowth(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func checkErr(t *testing.T, fn, in string, err error, want string) {
	t.Helper()
	switch {
	case want == "" && err != nil:
		t.Errorf("%s(%q): unexpected error %v", fn, in, err)
	case want != "" && err == nil:
		t.Errorf("%s(%q): no error, want one containing %q", fn, in, want)
	case want != "" && !strings.Contains(err.Error(), want):
		t.Errorf("%s(%q): error %q, want it to contain %q", fn, in, err, want)
	case err != nil:
		inv, ok := err.(*Invalid)
		if !ok || inv.Msg.ZH == "" || inv.Msg.ZH == inv.Msg.EN {
			t.Errorf("%s(%q): error %v has no Chinese wording", fn, in, err)
		}
	}
}

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		in   Money
		want string
	}{
		{0, "0"},
		{100, "1"},
		{123456789, "1,234,567.89"},
		{100000000, "1,000,000"},
		{5, "0.05"},
		{-250000, "-2,500"},
	}
	for _, tt := range tests {
		if got := FormatMoney(tt.in); got != tt.want {
			t.Errorf("FormatMoney(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatMoneyRoundTrips(t *testing.T) {
	for _, m := range []Money{0, 1, 99, 100, 123456789, MaxMoney - 1} {
		got, err := ParseMoney(FormatMoney(m))
		if err != nil || got != m {
			t.Errorf("ParseMoney(FormatMoney(%d)) = %d, %v", m, got, err)
		}
	}
}

func TestFormatCompact(t *testing.T) {
	tests := []struct {
		units float64
		lang  Lang
		want  string
	}{
		{0, English, "0"},
		{950, English, "950"},
		{9_999, English, "9,999"},
		{845_000, English, "845K"},
		{12_340_000, English, "12.3M"},
		{2_000_000_000, English, "2B"},
		{950, Chinese, "950"},
		{12_340_000, Chinese, "1,234万"},
		{850_000_000, Chinese, "8.5亿"},
	}
	for _, tt := range tests {
		if got := FormatCompact(Money(tt.units*100), tt.lang); got != tt.want {
			t.Errorf("FormatCompact(%v, %s) = %q, want %q", tt.units, tt.lang, got, tt.want)
		}
	}
}

func TestFormatPercent(t *testing.T) {
	tests := []struct {
		in           float64
		plain, signd string
	}{
		{0, "0%", "0%"},
		{-0.01, "0%", "0%"},
		{4.5, "4.5%", "+4.5%"},
		{18.0, "18%", "+18%"},
		{-12.34, "-12.3%", "-12.3%"},
	}
	for _, tt := range tests {
		if got := FormatPercent(tt.in); got != tt.plain {
			t.Errorf("FormatPercent(%v) = %q, want %q", tt.in, got, tt.plain)
		}
		if got := FormatSignedPercent(tt.in); got != tt.signd {
			t.Errorf("FormatSignedPercent(%v) = %q, want %q", tt.in, got, tt.signd)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 6.5: "6.5", 1_400_000: "1,400,000", -1234.25: "-1,234.25", 999: "999"} {
		if got := FormatNumber(in); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", in, got, want)
		}
	}
}
