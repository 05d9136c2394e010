package model

import (
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// typed are inputs a person types or pastes into a form: numbers in each
// notation the parsers take and many they refuse, Chinese, full-width
// digits, control characters, very long and very wide text.
var typed = []string{
	"", " ", "0", "-0", "+1", "1,234.56", "1，234", "1_000", "1'000", "1 000", ",5", "5,", "1,,0", ".5", "5.", ".",
	"12.345", "999999999999999", "9999999999999999", "10000000000000", "-1", "1e5", "0x10", "NaN", "Inf", "∞",
	"12%", "12％", "-100%", "1000", "1000.0001", "50", "0.1", "0.09", "5.5", "10", "10.0000000001", "１２３",
	"2026-11-20", " 2026-02-29 ", "2026-13-01", "20261120", "zh_CN.UTF-8", "en", "EN-gb", "fr",
	"永辉超市 Yonghui", "a\nb", "tab\there", "\x00", "\u200b", "⸻⸻⸻", "👩‍👩‍👧‍👦", "🇨🇳🇨🇳",
	strings.Repeat("宽", 41), strings.Repeat("w", 81), strings.Repeat("⸻", 20), strings.Repeat("x", 4001),
	strings.Repeat("字", 4001), strings.Repeat("1", 400),
}

// wantBilingual fails unless err is nil or a message in both languages.
func wantBilingual(t *testing.T, what string, in string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	b, ok := err.(Bilingual)
	if !ok || b.Bilingual().EN == "" || b.Bilingual().ZH == "" {
		t.Fatalf("%s(%q): %v is not a message in both languages", what, in, err)
	}
}

// FuzzParseMoney: any text either is refused in both languages or reads
// as an amount in range, which reads back the same from how kam writes it.
func FuzzParseMoney(f *testing.F) {
	for _, s := range typed {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		wantBilingual(t, "ParseMoney", s, err)
		if err != nil {
			return
		}
		if m < 0 || m >= MaxMoney {
			t.Fatalf("ParseMoney(%q) = %d, out of range", s, m)
		}
		for _, written := range []string{FormatMoney(m), MoneyInput(m)} {
			if back, err := ParseMoney(written); err != nil || back != m {
				t.Fatalf("ParseMoney(%q) = %d, written %q, read back %d, %v", s, m, written, back, err)
			}
		}
	})
}

// FuzzParseCount: a count is refused in both languages or is a whole
// number from 0 to MaxCount, which reads back from how kam writes it.
func FuzzParseCount(f *testing.F) {
	for _, s := range typed {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseCount(s)
		wantBilingual(t, "ParseCount", s, err)
		if err != nil {
			return
		}
		if n < 0 || n > MaxCount {
			t.Fatalf("ParseCount(%q) = %d, out of range", s, n)
		}
		if back, err := ParseCount(FormatNumber(float64(n))); err != nil || back != n {
			t.Fatalf("ParseCount(%q) = %d, read back %d, %v", s, n, back, err)
		}
	})
}

// FuzzParsePercent reads text with each range a form uses: growth, the
// cost of capital, a share. A percentage read is in its range, and reads
// back from how kam writes it for editing.
func FuzzParsePercent(f *testing.F) {
	for _, s := range typed {
		f.Add(s)
	}
	ranges := [][2]float64{{MinGrowth, MaxGrowth}, {0.1, 50}, {0, 100}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range ranges {
			v, err := ParsePercent(s, r[0], r[1])
			wantBilingual(t, "ParsePercent", s, err)
			if err != nil {
				continue
			}
			if !(v >= r[0] && v <= r[1]) && v != 0 { // empty is zero, whatever the range
				t.Fatalf("ParsePercent(%q, %v, %v) = %v", s, r[0], r[1], v)
			}
			if back, err := ParsePercent(PercentInput(v), r[0], r[1]); err != nil || back != v {
				t.Fatalf("ParsePercent(%q) = %v, read back %v, %v", s, v, back, err)
			}
		}
	})
}

// FuzzFormValidators gives the same text to every other check and parser
// a form calls: none panics, each refusal speaks both languages, and what
// each lets through keeps its promise (a width, a length, a range).
func FuzzFormValidators(f *testing.F) {
	for _, s := range typed {
		f.Add(s)
	}
	taken := func(string) (bool, bool) { return true, true }
	f.Fuzz(func(t *testing.T, s string) {
		err := CheckName(s, nil)
		wantBilingual(t, "CheckName", s, err)
		if err == nil {
			if n := strings.TrimSpace(s); n == "" || uniseg.StringWidth(n) > MaxNameCells {
				t.Fatalf("CheckName let %q through", s)
			}
			if CheckName(s, taken) == nil {
				t.Fatalf("CheckName let a taken name %q through", s)
			}
		}
		err = CheckShort(s)
		wantBilingual(t, "CheckShort", s, err)
		if err == nil && uniseg.StringWidth(strings.TrimSpace(s)) > MaxShortCells {
			t.Fatalf("CheckShort let %q (%d cells) through", s, uniseg.StringWidth(strings.TrimSpace(s)))
		}
		err = CheckLongText(s)
		wantBilingual(t, "CheckLongText", s, err)
		if err == nil && utf8.RuneCountInString(s) > MaxTextRunes {
			t.Fatalf("CheckLongText let %d characters through", utf8.RuneCountInString(s))
		}
		g, err := ParseGrowth(s)
		wantBilingual(t, "ParseGrowth", s, err)
		if err == nil && (g < MinGrowth || g > MaxGrowth) {
			t.Fatalf("ParseGrowth(%q) = %v", s, g)
		}
		w, err := ParseWeight(s)
		wantBilingual(t, "ParseWeight", s, err)
		if err == nil && (w < 1 || w > 100) {
			t.Fatalf("ParseWeight(%q) = %d", s, w)
		}
		th, err := ParseThreshold(s)
		wantBilingual(t, "ParseThreshold", s, err)
		if err == nil {
			if th < MinScore || th > MaxScore {
				t.Fatalf("ParseThreshold(%q) = %v", s, th)
			}
			if back, err := ParseThreshold(strconv.FormatFloat(th, 'f', -1, 64)); err != nil || back != th {
				t.Fatalf("ParseThreshold(%q) = %v, read back %v, %v", s, th, back, err)
			}
		}
		d, err := ParseDate(s, time.UTC)
		wantBilingual(t, "ParseDate", s, err)
		if err == nil {
			if back, err := ParseDate(d.Format(DateLayout), time.UTC); err != nil || !back.Equal(d) {
				t.Fatalf("ParseDate(%q) = %v, read back %v, %v", s, d, back, err)
			}
		}
		if l, ok := ParseLang(s); ok && l != English && l != Chinese {
			t.Fatalf("ParseLang(%q) = %q", s, l)
		}
	})
}
