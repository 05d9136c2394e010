package model

import (
	"math"
	"strings"
	"testing"
)

// Amounts are typed the way the screens print them: short with a unit,
// in full with thousands separators, in either language.
func TestParseMoneyAsPrinted(t *testing.T) {
	tests := []struct {
		in      string
		want    Money
		wantErr string
	}{
		{"12.5M", 12_500_000_00, ""},
		{"12.5m", 12_500_000_00, ""},
		{"850K", 850_000_00, ""},
		{"850k", 850_000_00, ""},
		{"2B", 2_000_000_000_00, ""},
		{"1.23M", 1_230_000_00, ""},
		{"150万", 1_500_000_00, ""},
		{"1.5万", 15_000_00, ""},
		{"1,234万", 12_340_000_00, ""},
		{"1.2亿", 120_000_000_00, ""},
		{"1亿", 100_000_000_00, ""},
		{" 8.5亿 ", 850_000_000_00, ""},
		{"12,500,000", 12_500_000_00, ""},
		{"12，500，000", 12_500_000_00, ""},
		{"12 500 000", 12_500_000_00, ""},
		{"1,234.5K", 1_234_500_00, ""},
		{".5M", 500_000_00, ""},
		{"1.2345678M", 1_234_567_80, ""},
		{"1.23456789M", 1_234_567_89, ""},
		{"1.234567891M", 0, "more precise than a hundredth"},
		{"1.50000000000M", 1_500_000_00, ""}, // trailing zeros are no precision
		{"9,999,999.99999K", 9_999_999_999_99, ""},
		{"99999.9999999999亿", MaxMoney - 1, ""},
		{"100000亿", 0, "too large"},
		{"10000B", 0, "too large"},
		{"9999B", 9_999_000_000_000_00, ""},
		{"-5M", 0, "negative"},
		{"M", 0, "not an amount"},
		{"万", 0, "not an amount"},
		{"5MM", 0, "not an amount"},
		{"5M万", 0, "not an amount"},
		{"5KB", 0, "not an amount"},
		{"¥100", 0, "leave out ¥"},
		{"￥1.2亿", 0, "leave out ￥"},
		{".", 0, "not an amount"},
		{"-", 0, "not an amount"},
		{"+", 0, "not an amount"},
		{"1.,5", 0, "must sit between digits"},
		{"1,.5", 0, "must sit between digits"},
	}
	for _, tt := range tests {
		got, err := ParseMoney(tt.in)
		checkErr(t, "ParseMoney", tt.in, err, tt.wantErr)
		if err == nil && got != tt.want {
			t.Errorf("ParseMoney(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// Each refusal says exactly what is wrong, naming the character at fault.
func TestParseMoneySaysWhatIsWrong(t *testing.T) {
	tests := []struct {
		in     string
		en, zh []string // fragments each message must hold
		notEN  string   // a fragment the English must not hold
	}{
		// The space is what is wrong first, not the comma.
		{"12,5 M", []string{`"12,5 M"`, "remove the space before M"}, []string{"去掉 M 前面的空格"}, "comma"},
		{"12.5 M", []string{"remove the space before M"}, []string{"空格"}, ""},
		{"150 万", []string{"remove the space before 万"}, []string{"去掉 万 前面的空格"}, ""},
		// A decimal comma is refused, with the point it meant.
		{"12,5M", []string{`"12,5M"`, "the comma", "exactly three digits", "use a point: 12.5M"}, []string{"逗号", "三位数字", "小数点：12.5M"}, ""},
		{"2,5", []string{"the comma", "exactly three digits", "use a point: 2.5"}, []string{"小数点：2.5"}, ""},
		{"2，5", []string{"the comma", "use a point: 2.5"}, []string{"逗号"}, ""},
		{"1,234,5", []string{"exactly three digits", "use a point: 1,234.5"}, nil, ""},
		{"1,2345", []string{"the comma", "exactly three digits, as in 1,250,000"}, nil, "use a point"},
		{"12,34,567", []string{"exactly three digits, as in"}, nil, "use a point"},
		{"1 25", []string{"the space", "exactly three digits"}, []string{"空格"}, ""},
		{"1_25", []string{"the underscore"}, []string{"下划线"}, ""},
		{"1'25", []string{"the apostrophe"}, []string{"撇号"}, ""},
		{"1,234.567,8", []string{"after the decimal point"}, []string{"小数点之后"}, ""},
		{"1.234,56", []string{"after the decimal point"}, nil, ""},
		{"1,,000", []string{"must sit between digits"}, []string{"数字之间"}, ""},
		{",500", []string{"must sit between digits"}, nil, ""},
		{"500,", []string{"exactly three digits"}, nil, ""},
		{"1.234", []string{"at most two decimals"}, []string{"两位小数"}, ""},
		{"12a", []string{"K, M, B, 万 or 亿"}, []string{"K、M、B、万或亿"}, ""},
	}
	for _, tt := range tests {
		_, err := ParseMoney(tt.in)
		if err == nil {
			t.Errorf("ParseMoney(%q): no error", tt.in)
			continue
		}
		msg := err.(*Invalid).Msg
		for _, f := range tt.en {
			if !strings.Contains(msg.EN, f) {
				t.Errorf("ParseMoney(%q) = %q, want it to contain %q", tt.in, msg.EN, f)
			}
		}
		for _, f := range tt.zh {
			if !strings.Contains(msg.ZH, f) {
				t.Errorf("ParseMoney(%q) in Chinese = %q, want it to contain %q", tt.in, msg.ZH, f)
			}
		}
		if tt.notEN != "" && strings.Contains(msg.EN, tt.notEN) {
			t.Errorf("ParseMoney(%q) = %q, should not mention %q", tt.in, msg.EN, tt.notEN)
		}
	}
}

// The range holds at the edge of int64: an 18- or 19-digit amount is
// refused, never wrapped round to a small or negative one.
func TestParseMoneyRangeEdge(t *testing.T) {
	tests := []struct {
		in   string
		want Money
		ok   bool
	}{
		{"9999999999999.99", MaxMoney - 1, true},
		{"9,999,999,999,999.99", MaxMoney - 1, true},
		{"0009999999999999.99", MaxMoney - 1, true}, // leading zeros do not count
		{"10000000000000", 0, false},
		{"99999999999999", 0, false},
		{"999999999999999999", 0, false},  // 18 digits
		{"9223372036854775807", 0, false}, // math.MaxInt64
		{"9223372036854775808", 0, false}, // one past it
		{"92233720368547758.07", 0, false},
		{"99999999999999999999", 0, false},
		{"92233720368547758M", 0, false},
		{"9223372036854775807亿", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseMoney(tt.in)
		if tt.ok && (err != nil || got != tt.want) {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
		if !tt.ok {
			if err == nil {
				t.Errorf("ParseMoney(%q) = %d, want it refused as too large", tt.in, got)
			} else if !strings.Contains(err.Error(), "too large") {
				t.Errorf("ParseMoney(%q): %v, want too large", tt.in, err)
			}
		}
	}
}

// "2,5" is not 25 as a percent either; "1,000" still is a thousand.
func TestParsePercentSeparators(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		wantErr string
	}{
		{"2,5", 0, "use a point: 2.5"},
		{"2,5%", 0, "use a point: 2.5%"},
		{"0,25％", 0, "use a point: 0.25％"},
		{"2,50", 0, "exactly three digits"},
		{"1,000", 1000, ""},
		{"1,000.5%", 1000.5, ""},
		{"0.25", 0.25, ""},
		{"0.25%", 0.25, ""},
		{"1.5,000", 0, "after the decimal point"},
	}
	for _, tt := range tests {
		got, err := ParsePercent(tt.in, -100, 1000.5)
		checkErr(t, "ParsePercent", tt.in, err, tt.wantErr)
		if err == nil && got != tt.want {
			t.Errorf("ParsePercent(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if _, err := ParseCount("2,5"); err == nil || !strings.Contains(err.Error(), "exactly three digits") {
		t.Errorf(`ParseCount("2,5") = %v, want it refused`, err)
	}
}

// Short amounts keep three significant digits and carry at each boundary,
// in both languages.
func TestFormatCompactBoundaries(t *testing.T) {
	tests := []struct {
		m    Money
		lang Lang
		want string
	}{
		// Chinese: 万 and 亿.
		{0, Chinese, "0"},
		{9_999_00, Chinese, "9,999"},
		{9_999_49, Chinese, "9,999"},
		{9_999_50, Chinese, "1万"}, // rounds to 10,000: carried
		{10_000_00, Chinese, "1万"},
		{12_000_00, Chinese, "1.2万"},
		{12_340_00, Chinese, "1.23万"},
		{15_000_00, Chinese, "1.5万"}, // not 2万
		{25_000_00, Chinese, "2.5万"}, // half up, not to even
		{12_345_00, Chinese, "1.23万"},
		{12_350_00, Chinese, "1.24万"},
		{99_949_00, Chinese, "9.99万"},
		{99_950_00, Chinese, "10万"},
		{123_450_00, Chinese, "12.3万"},
		{999_500_00, Chinese, "100万"},
		{1_234_500_00, Chinese, "123万"},
		{12_340_000_00, Chinese, "1,234万"},
		{99_994_999_00, Chinese, "9,999万"},
		{99_995_000_00, Chinese, "1亿"}, // not 10,000万
		{100_000_000_00, Chinese, "1亿"},
		{120_000_000_00, Chinese, "1.2亿"},
		{850_000_000_00, Chinese, "8.5亿"},
		{999_600_000_00, Chinese, "10亿"},
		{-15_000_00, Chinese, "-1.5万"},
		// English: K, M, B.
		{0, English, "0"},
		{950_00, English, "950"},
		{9_999_00, English, "9,999"},
		{9_999_50, English, "10K"},
		{10_000_00, English, "10K"},
		{12_340_00, English, "12.3K"},
		{15_000_00, English, "15K"},
		{99_950_00, English, "100K"},
		{845_000_00, English, "845K"},
		{999_499_00, English, "999K"},
		{999_500_00, English, "1M"},
		{999_600_00, English, "1M"}, // not 1000K
		{1_000_000_00, English, "1M"},
		{1_234_567_00, English, "1.23M"},
		{12_340_000_00, English, "12.3M"},
		{99_995_000_00, English, "100M"},
		{100_000_000_00, English, "100M"},
		{999_600_000_00, English, "1B"},
		{2_000_000_000_00, English, "2B"},
		{1_234_567_890_123_00, English, "1,235B"},
		{-999_600_00, English, "-1M"},
		{-49, English, "0"}, // no "-0"
		// The int64 edge: no overflow either way.
		{math.MaxInt64, English, "92,233,720B"},
		{math.MinInt64, English, "-92,233,720B"},
		{math.MaxInt64, Chinese, "922,337,204亿"},
		{MaxMoney - 1, Chinese, "100,000亿"},
	}
	for _, tt := range tests {
		if got := FormatCompact(tt.m, tt.lang); got != tt.want {
			t.Errorf("FormatCompact(%d, %s) = %q, want %q", tt.m, tt.lang, got, tt.want)
		}
	}
}

// What FormatCompact writes reads back within its rounding.
func TestFormatCompactReadsBack(t *testing.T) {
	for _, m := range []Money{10_000_00, 15_000_00, 99_950_00, 999_600_00, 99_995_000_00, 100_000_000_00, 12_340_000_00} {
		for _, l := range Langs {
			s := FormatCompact(m, l)
			back, err := ParseMoney(s)
			if err != nil {
				t.Errorf("ParseMoney(FormatCompact(%d, %s) = %q): %v", m, l, s, err)
				continue
			}
			if d := math.Abs(float64(back-m)) / float64(m); d > 0.005 {
				t.Errorf("FormatCompact(%d, %s) = %q reads back as %d", m, l, s, back)
			}
		}
	}
}

// Term rates keep the decimals they have, up to two.
func TestFormatRate(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0%"},
		{-0.001, "0%"},
		{0.25, "0.25%"},
		{0.5, "0.5%"},
		{0.75, "0.75%"}, // not 0.8%
		{1.25, "1.25%"}, // not 1.2%
		{2, "2%"},
		{6.5, "6.5%"},
		{10, "10%"},
		{12.345, "12.35%"},
		{-1.25, "-1.25%"},
	}
	for _, tt := range tests {
		if got := FormatRate(tt.in); got != tt.want {
			t.Errorf("FormatRate(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCurrencySymbol(t *testing.T) {
	tests := []struct {
		code string
		lang Lang
		want string
	}{
		{"CNY", English, "¥"},
		{"CNY", Chinese, "¥"},
		{" cny ", English, "¥"},
		{"", Chinese, "¥"}, // a Chinese workspace with none set
		{"", English, ""},
		{"USD", Chinese, "$"},
		{"EUR", English, "€"},
		{"CHF", English, "CHF "},
	}
	for _, tt := range tests {
		if got := CurrencySymbol(tt.code, tt.lang); got != tt.want {
			t.Errorf("CurrencySymbol(%q, %s) = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
}
