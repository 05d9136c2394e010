package model

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Money is an amount in the workspace currency, kept in hundredths so that
// sums stay exact.
type Money int64

// MaxMoney bounds what a field accepts: far above any account's sales, far
// below where sums could overflow.
const MaxMoney Money = 1_000_000_000_000_000 // ten trillion, in hundredths

// Units is the amount in whole currency units.
func (m Money) Units() float64 { return float64(m) / 100 }

// Invalid is a validation failure with a message in both languages, to be
// shown where the value was typed.
type Invalid struct{ Msg Text }

func (e *Invalid) Error() string { return e.Msg.EN }

// Bilingual is the message in both languages.
func (e *Invalid) Bilingual() Text { return e.Msg }

// Bilingual is an error that can speak both languages.
type Bilingual interface {
	error
	Bilingual() Text
}

// invalid builds an *Invalid from both wordings of one message; args fill
// the same verbs, in the same order, in both.
func invalid(msg Text, args ...any) *Invalid {
	return &Invalid{Msg: T(fmt.Sprintf(msg.EN, args...), fmt.Sprintf(msg.ZH, args...))}
}

// Localize turns any error into a message in the given language: a
// Bilingual error speaks both, anything else keeps its own words.
func Localize(err error, l Lang) string {
	if err == nil {
		return ""
	}
	var b Bilingual
	if errors.As(err, &b) {
		return b.Bilingual().In(l)
	}
	return err.Error()
}

// digits strips thousands separators and surrounding space from a typed
// number. A separator must sit between two digits, so "1,,0" and ",5" are
// refused rather than guessed at.
func digits(s string) (string, *Invalid) {
	s = strings.TrimSpace(s)
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		switch r {
		case ',', '，', '_', ' ', '\'':
			if i == 0 || i == len(rs)-1 || !isDigit(rs[i-1]) || !isDigit(rs[i+1]) {
				return "", invalid(T("%q is not a number: a separator must sit between digits", "%q 不是数字：分隔符必须位于数字之间"), s)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// onlyNumberChars reports whether s holds nothing but an optional sign,
// digits and at most one decimal point.
func onlyNumberChars(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	seenDigit, seenPoint := false, false
	for _, r := range s {
		switch {
		case isDigit(r):
			seenDigit = true
		case r == '.' && !seenPoint:
			seenPoint = true
		default:
			return false
		}
	}
	return seenDigit
}

// MaxCount bounds a count such as a number of outlets.
const MaxCount = 10_000_000

// ParseCount reads a whole number from 0 to MaxCount, such as a number of
// outlets. Empty means zero.
func ParseCount(s string) (int, error) {
	d, bad := digits(s)
	if bad != nil {
		return 0, bad
	}
	if d == "" {
		return 0, nil
	}
	if !onlyNumberChars(d) {
		return 0, invalid(T("%q is not a whole number", "%q 不是整数"), strings.TrimSpace(s))
	}
	if strings.Contains(d, ".") {
		return 0, invalid(T("enter a whole number, without decimals", "请输入整数，不要小数"))
	}
	n, err := strconv.ParseInt(d, 10, 64)
	if err != nil {
		return 0, invalid(T("%s is too large", "%s 太大"), d)
	}
	if n < 0 {
		return 0, invalid(T("must be 0 or more", "不能小于 0"))
	}
	if n > MaxCount {
		return 0, invalid(T("%s is too large (at most 10,000,000)", "%s 太大（最多 10,000,000）"), d)
	}
	return int(n), nil
}

// ParseMoney reads an amount ≥ 0 with at most two decimals. Empty means zero.
func ParseMoney(s string) (Money, error) {
	d, bad := digits(s)
	if bad != nil {
		return 0, bad
	}
	if d == "" {
		return 0, nil
	}
	if !onlyNumberChars(d) {
		return 0, invalid(T("%q is not an amount: use digits, thousands separators and a decimal point", "%q 不是金额：请使用数字、千位分隔符和小数点"), strings.TrimSpace(s))
	}
	if strings.HasPrefix(d, "-") {
		return 0, invalid(T("an amount cannot be negative", "金额不能为负数"))
	}
	d = strings.TrimPrefix(d, "+")
	whole, frac, _ := strings.Cut(d, ".")
	if len(frac) > 2 {
		return 0, invalid(T("at most two decimals", "最多两位小数"))
	}
	if whole == "" {
		whole = "0"
	}
	frac += strings.Repeat("0", 2-len(frac))
	if len(whole) > 15 {
		return 0, invalid(T("%s is too large", "%s 太大"), whole)
	}
	w, _ := strconv.ParseInt(whole, 10, 64)
	f, _ := strconv.ParseInt(frac, 10, 64)
	m := Money(w*100 + f)
	if m >= MaxMoney {
		return 0, invalid(T("%s is too large", "%s 太大"), whole)
	}
	return m, nil
}

// ParsePercent reads a percentage between lo and hi, with or without a
// trailing % sign. Empty means zero.
func ParsePercent(s string, lo, hi float64) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSuffix(strings.TrimSuffix(t, "%"), "％")
	d, bad := digits(t)
	if bad != nil {
		return 0, bad
	}
	if d == "" {
		return 0, nil
	}
	if !onlyNumberChars(d) {
		return 0, invalid(T("%q is not a percentage", "%q 不是百分比"), strings.TrimSpace(s))
	}
	v, err := strconv.ParseFloat(d, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, invalid(T("%q is not a percentage", "%q 不是百分比"), strings.TrimSpace(s))
	}
	if v < lo || v > hi {
		return 0, invalid(T("must be between %g%% and %g%%", "必须在 %g%% 到 %g%% 之间"), lo, hi)
	}
	return v, nil
}

// FormatMoney writes an amount in full with thousands separators, dropping
// ".00".
func FormatMoney(m Money) string {
	neg := m < 0
	if neg {
		m = -m
	}
	s := groupThousands(strconv.FormatInt(int64(m/100), 10))
	if c := m % 100; c != 0 {
		s += fmt.Sprintf(".%02d", c)
	}
	if neg {
		s = "-" + s
	}
	return s
}

// MoneyInput writes an amount the way a form shows it for editing: empty for
// zero, so an untouched field stays untouched.
func MoneyInput(m Money) string {
	if m == 0 {
		return ""
	}
	return FormatMoney(m)
}

// FormatCompact writes an amount short enough for a table column: 12.3M,
// 845K in English; 1,230万, 8.5亿 in Chinese, as readers of each expect.
func FormatCompact(m Money, l Lang) string {
	u := m.Units()
	sign := ""
	if u < 0 {
		sign, u = "-", -u
	}
	if l == Chinese {
		switch {
		case u >= 1e8:
			return sign + trimZero(fmt.Sprintf("%.1f", u/1e8)) + "亿"
		case u >= 1e4:
			return sign + groupThousands(fmt.Sprintf("%.0f", u/1e4)) + "万"
		}
		return sign + groupThousands(fmt.Sprintf("%.0f", u))
	}
	switch {
	case u >= 1e9:
		return sign + trimZero(fmt.Sprintf("%.1f", u/1e9)) + "B"
	case u >= 1e6:
		return sign + trimZero(fmt.Sprintf("%.1f", u/1e6)) + "M"
	case u >= 1e4:
		return sign + fmt.Sprintf("%.0f", u/1e3) + "K"
	}
	return sign + groupThousands(fmt.Sprintf("%.0f", u))
}

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }

func groupThousands(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// FormatPercent writes a percentage with one decimal, dropping ".0".
func FormatPercent(v float64) string {
	if math.Abs(v) < 0.05 {
		v = 0 // no "-0%"
	}
	return trimZero(strconv.FormatFloat(v, 'f', 1, 64)) + "%"
}

// FormatSignedPercent writes a change such as growth, always with its sign.
func FormatSignedPercent(v float64) string {
	if v > 0 {
		return "+" + FormatPercent(v)
	}
	return FormatPercent(v)
}

// PercentInput writes a percentage for editing: empty for zero.
func PercentInput(v float64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// FormatNumber writes any number with thousands separators and only the
// decimals it has: 1,400,000; 6.5; -0.25.
func FormatNumber(v float64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	whole, frac, hasFrac := strings.Cut(s, ".")
	s = groupThousands(whole)
	if hasFrac {
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}
