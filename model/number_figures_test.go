package model

import (
	"strings"
	"testing"
)

// Issue 17, error 4: "2,5" is a decimal comma, not twenty-five. It is
// refused as money, as a percent and as a count, and the reason says what
// to type instead, in both languages.
func TestDecimalCommaIsRefusedWithTheReason(t *testing.T) {
	parsers := map[string]func(string) error{
		"money":   func(s string) error { _, err := ParseMoney(s); return err },
		"percent": func(s string) error { _, err := ParsePercent(s, 0, 100); return err },
		"count":   func(s string) error { _, err := ParseCount(s); return err },
	}
	for name, parse := range parsers {
		for in, point := range map[string]string{"2,5": "2.5", "0,25": "0.25"} {
			err := parse(in)
			if err == nil {
				t.Errorf("%s %q is accepted; it must be refused", name, in)
				continue
			}
			en, zh := Localize(err, English), Localize(err, Chinese)
			if !strings.Contains(en, "use a point: "+point) || !strings.Contains(en, "thousands separator") {
				t.Errorf("%s %q: %q does not say to use a point", name, in, en)
			}
			if !strings.Contains(zh, "小数请用小数点："+point) || !strings.Contains(zh, "千位分隔符") {
				t.Errorf("%s %q: %q does not say it in Chinese", name, in, zh)
			}
		}
	}
	if _, err := ParsePercent("2,5%", 0, 100); err == nil || !strings.Contains(err.Error(), "use a point: 2.5%") {
		t.Errorf(`"2,5%%" as a percent: %v`, err)
	}
	// A separator followed by exactly three digits is still a thousand.
	if v, err := ParsePercent("1,000", 0, 1000); err != nil || v != 1000 {
		t.Errorf(`"1,000" as a percent = %v, %v`, v, err)
	}
	if m, err := ParseMoney("2,500"); err != nil || m != 2_500_00 {
		t.Errorf(`"2,500" as money = %v, %v`, m, err)
	}
}

// Issue 17, error 5: short amounts keep three significant digits, round
// half up and carry into the next unit, in both languages.
func TestShortAmountsOfTheIssue(t *testing.T) {
	tests := []struct {
		m      Money
		en, zh string
	}{
		{15_000_00, "15K", "1.5万"},        // not 2万
		{14_999_00, "15K", "1.5万"},        // 1.4999万 → 1.5万
		{14_949_00, "14.9K", "1.49万"},     // three significant digits
		{99_995_000_00, "100M", "1亿"},     // not 10,000万
		{99_994_999_00, "100M", "9,999万"}, // just under the carry in 万
		{99_999_999_99, "100M", "1亿"},     // a hundredth under 1亿
		{100_000_000_00, "100M", "1亿"},    // exactly 1亿
		{100_000_001_00, "100M", "1亿"},    // just over
		{999_600_00, "1M", "100万"},        // not 1000K
		{999_499_00, "999K", "99.9万"},     // under the carry
		{10_000_000_00, "10M", "1,000万"},  // exactly 10,000,000
		{9_999_499_00, "10M", "1,000万"},   // 999.9499万 rounds up to 1,000万
		{9_994_999_00, "9.99M", "999万"},   // and just under, stays
		{63_000_000_00, "63M", "6,300万"},  // the case study's sales
		{-99_995_000_00, "-100M", "-1亿"},  // a fall carries the same way
	}
	for _, tt := range tests {
		if got := FormatCompact(tt.m, English); got != tt.en {
			t.Errorf("FormatCompact(%s, en) = %q, want %q", FormatMoney(tt.m), got, tt.en)
		}
		if got := FormatCompact(tt.m, Chinese); got != tt.zh {
			t.Errorf("FormatCompact(%s, zh) = %q, want %q", FormatMoney(tt.m), got, tt.zh)
		}
	}
}

// Issue 17, error 6: a term's rate keeps its quarter points: 0.25%, 1.25%
// and 0.75% read as typed, not 0.2%, 1.2% and 0.8%.
func TestTermRatesKeepTwoDecimals(t *testing.T) {
	for v, want := range map[float64]string{0.25: "0.25%", 1.25: "1.25%", 0.75: "0.75%", 6.5: "6.5%", 2: "2%", 16.82: "16.82%", -0.25: "-0.25%", 0.004: "0%"} {
		if got := FormatRate(v); got != want {
			t.Errorf("FormatRate(%v) = %q, want %q", v, got, want)
		}
	}
	for p, want := range map[float64]string{0.25: "0.25%", 1.25: "1.25%", 0.75: "0.75%"} {
		term := Term{Kind: "volume_bonus", Basis: PercentOfSales, Percent: p}
		if got := term.Value(English); got != want {
			t.Errorf("a %v%% term reads %q, want %q", p, got, want)
		}
	}
}

// The boundaries of what a field accepts, each side of it.
func TestNumberBoundaries(t *testing.T) {
	counts := []struct {
		in   string
		want int
		err  string
	}{
		{"10,000,000", 10_000_000, ""},                   // MaxCount itself
		{"10,000,001", 0, "at most 10,000,000"},          // one past it
		{"9223372036854775807", 0, "at most 10,000,000"}, // 19 digits, the largest int64
		{"9223372036854775808", 0, "too large"},          // past int64
		{"999999999999999999", 0, "at most 10,000,000"},  // 18 digits
		{".", 0, "not a whole number"},
		{"-", 0, "not a whole number"},
		{"1.,5", 0, "separator"},
		{"-0", 0, ""},
	}
	for _, tt := range counts {
		got, err := ParseCount(tt.in)
		checkErr(t, "ParseCount", tt.in, err, tt.err)
		if err == nil && got != tt.want {
			t.Errorf("ParseCount(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
	percents := []struct {
		in     string
		lo, hi float64
		want   float64
		err    string
	}{
		{".", 0, 100, 0, "not a percentage"},
		{"-", 0, 100, 0, "not a percentage"},
		{"1.,5", 0, 100, 0, "separator"},
		{"1.5.", 0, 100, 0, "not a percentage"},
		{"-0.25", 0, 100, 0, "between 0% and 100%"}, // a negative percent
		{"-0.25", -1, 100, -0.25, ""},
		{"100", 0, 100, 100, ""},
		{"100.01", 0, 100, 0, "between 0% and 100%"},
		{"0", 0, 100, 0, ""},
	}
	for _, tt := range percents {
		got, err := ParsePercent(tt.in, tt.lo, tt.hi)
		checkErr(t, "ParsePercent", tt.in, err, tt.err)
		if err == nil && got != tt.want {
			t.Errorf("ParsePercent(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	money := []struct {
		in   string
		want Money
		err  string
	}{
		{"1亿", 100_000_000_00, ""},
		{"100M", 100_000_000_00, ""},
		{"10,000,000", 10_000_000_00, ""},
		{"9,999,999,999,999.99", MaxMoney - 1, ""},
		{"10,000,000,000,000", 0, "too large"},
		{"1,000,000,000,000,000,000", 0, "too large"}, // 19 digits
		{"100000亿", 0, "too large"},                   // ten trillion in 亿
		{"1.00000000001亿", 0, "more precise"},         // a thousandth of a unit
		{".", 0, "not an amount"},
		{"-", 0, "not an amount"},
		{"-5", 0, "cannot be negative"},
		{"1.,5", 0, "separator"},
	}
	for _, tt := range money {
		got, err := ParseMoney(tt.in)
		checkErr(t, "ParseMoney", tt.in, err, tt.err)
		if err == nil && got != tt.want {
			t.Errorf("ParseMoney(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
