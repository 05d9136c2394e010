package model

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
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
// number. A separator must sit between two digits and be followed by
// exactly three digits, so "1,,0", ",5" and "2,5" are refused with the
// reason rather than guessed at: "2,5" is a decimal comma far more often
// than twenty-five.
func digits(s string) (string, *Invalid) { return digitsBefore(s, "") }

// digitsBefore is digits for the number in front of a unit such as "M" or
// "万": a message quotes the number with its unit, as typed.
func digitsBefore(s, unit string) (string, *Invalid) {
	s = strings.TrimSpace(s)
	rs := []rune(s)
	var b strings.Builder
	afterPoint := false
	for i, r := range rs {
		switch r {
		case '.':
			afterPoint = true
		case ',', '，', '_', ' ', '\'':
			name := separatorName(r)
			if i == 0 || !isDigit(rs[i-1]) || (i < len(rs)-1 && !isDigit(rs[i+1])) {
				return "", &Invalid{Msg: T(
					fmt.Sprintf("%q: %s is a thousands separator and must sit between digits", s+unit, name.EN),
					fmt.Sprintf("%q：%s是千位分隔符，必须位于数字之间", s+unit, name.ZH))}
			}
			if afterPoint {
				return "", &Invalid{Msg: T(
					fmt.Sprintf("%q: %s is a thousands separator and cannot come after the decimal point", s+unit, name.EN),
					fmt.Sprintf("%q：%s是千位分隔符，不能出现在小数点之后", s+unit, name.ZH))}
			}
			n := 0
			for i+1+n < len(rs) && isDigit(rs[i+1+n]) {
				n++
			}
			if n != 3 {
				return "", badGroup(s, unit, rs, i, n, name)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

// badGroup is the refusal of a separator not followed by exactly three
// digits. A comma followed by one or two digits that end the number is most
// likely a decimal comma, so the message shows the number with a point.
func badGroup(s, unit string, rs []rune, i, n int, name Text) *Invalid {
	last := i+1+n == len(rs) || rs[i+1+n] == '%' || rs[i+1+n] == '％'
	if (rs[i] == ',' || rs[i] == '，') && n > 0 && n < 3 && last && !strings.ContainsRune(s, '.') {
		point := string(rs[:i]) + "." + string(rs[i+1:]) + unit
		return &Invalid{Msg: T(
			fmt.Sprintf("%q: for decimals, use a point: %s (%s is a thousands separator, before exactly three digits)", s+unit, point, name.EN),
			fmt.Sprintf("%q：小数请用小数点：%s（%s是千位分隔符，后面须正好三位数字）", s+unit, point, name.ZH))}
	}
	return &Invalid{Msg: T(
		fmt.Sprintf("%q: %s is a thousands separator and must be followed by exactly three digits, as in 1,250,000", s+unit, name.EN),
		fmt.Sprintf("%q：%s是千位分隔符，后面必须正好是三位数字，例如 1,250,000", s+unit, name.ZH))}
}

// separatorName names a thousands separator in both languages.
func separatorName(r rune) Text {
	switch r {
	case ' ':
		return T("the space", "空格")
	case '_':
		return T("the underscore", "下划线")
	case '\'':
		return T("the apostrophe", "撇号")
	}
	return T("the comma", "逗号")
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

// amountUnits are the multipliers an amount may end with, as the screens
// write short amounts: 850K, 12.5M, 2B; 150万, 1.2亿.
var amountUnits = map[rune]int{'K': 3, 'k': 3, 'M': 6, 'm': 6, 'B': 9, 'b': 9, '万': 4, '亿': 8}

// ParseMoney reads an amount ≥ 0 as the screens write it: in full with
// thousands separators and at most two decimals (12,500,000.50), or short
// with a unit (12.5M, 850K, 2B, 150万, 1.2亿). Empty means zero.
func ParseMoney(s string) (Money, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, nil
	}
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune("¥￥$€£₩₹", r) {
		return 0, invalid(T("%q is not an amount: leave out %c, amounts are in the workspace currency", "%q 不是金额：请去掉 %c，金额均以工作区货币计"), t, r)
	}
	unit, exp := "", 0
	if rs := []rune(t); len(rs) > 1 {
		if e, ok := amountUnits[rs[len(rs)-1]]; ok {
			unit, exp = string(rs[len(rs)-1]), e
			t = string(rs[:len(rs)-1])
			if trimmed := strings.TrimRight(t, " \t\u3000"); trimmed != t {
				return 0, invalid(T("%q: remove the space before %s (write 12.5M, 150万)", "%q：请去掉 %s 前面的空格（写作 12.5M、150万）"), strings.TrimSpace(s), unit)
			}
		}
	}
	d, bad := digitsBefore(t, unit)
	if bad != nil {
		return 0, bad
	}
	if !onlyNumberChars(d) {
		return 0, invalid(T("%q is not an amount: use digits, thousands separators, a decimal point and K, M, B, 万 or 亿", "%q 不是金额：请使用数字、千位分隔符、小数点以及 K、M、B、万或亿"), strings.TrimSpace(s))
	}
	if strings.HasPrefix(d, "-") {
		return 0, invalid(T("an amount cannot be negative", "金额不能为负数"))
	}
	d = strings.TrimPrefix(d, "+")
	whole, frac, _ := strings.Cut(d, ".")
	whole = strings.TrimLeft(whole, "0")
	if unit != "" {
		frac = strings.TrimRight(frac, "0")
	}
	// In hundredths, the number shifts left by the unit's power and two.
	shift := exp + 2
	if len(frac) > shift {
		if unit == "" {
			return 0, invalid(T("at most two decimals", "最多两位小数"))
		}
		return 0, invalid(T("%q is more precise than a hundredth: use fewer decimals", "%q 精确到分以下：请减少小数位数"), strings.TrimSpace(s))
	}
	tooLarge := invalid(T("%q is too large (at most 9,999,999,999,999.99)", "%q 太大（最多 9,999,999,999,999.99）"), strings.TrimSpace(s))
	if len(whole)+exp > 13 { // checked on the digits, before int64 could overflow
		return 0, tooLarge
	}
	all := whole + frac + strings.Repeat("0", shift-len(frac))
	n, err := strconv.ParseInt(all, 10, 64)
	if err != nil {
		return 0, tooLarge
	}
	if Money(n) >= MaxMoney {
		return 0, tooLarge
	}
	return Money(n), nil
}

// ParsePercent reads a percentage between lo and hi, with or without a
// trailing % sign. Empty means zero.
func ParsePercent(s string, lo, hi float64) (float64, error) {
	t := strings.TrimSpace(s)
	sign := ""
	if u := strings.TrimSuffix(strings.TrimSuffix(t, "%"), "％"); u != t {
		sign, t = t[len(u):], u
	}
	d, bad := digitsBefore(t, sign)
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

// compactBand is one unit of a short amount: amounts from its threshold
// up are written in it.
type compactBand struct {
	scale, from int64 // whole currency units
	unit        string
}

var (
	compactEN = []compactBand{{1, 0, ""}, {1e3, 1e4, "K"}, {1e6, 1e6, "M"}, {1e9, 1e9, "B"}}
	compactZH = []compactBand{{1, 0, ""}, {1e4, 1e4, "万"}, {1e8, 1e8, "亿"}}
)

// FormatCompact writes an amount short enough for a table column, as
// readers of each language expect: 9,999, 12.3K, 845K, 1.23M, 12.3M in
// English; 9,999, 1.5万, 12.3万, 1,234万, 8.5亿 in Chinese. A short amount
// keeps three significant digits (four for whole thousands of 万), rounds
// half up, and carries into the next unit when rounding reaches it:
// 999,600 is 1M, not 1000K; 99,995,000 is 1亿, not 10,000万.
func FormatCompact(m Money, l Lang) string {
	bands := compactEN
	if l == Chinese {
		bands = compactZH
	}
	sign := ""
	a := new(big.Int).SetInt64(int64(m)) // in hundredths; big, so -MinInt64 and rounding never overflow
	if a.Sign() < 0 {
		sign = "-"
		a.Neg(a)
	}
	units := new(big.Int).Quo(a, big.NewInt(100))
	b := 0
	for b+1 < len(bands) && units.Cmp(big.NewInt(bands[b+1].from)) >= 0 {
		b++
	}
	for {
		band := bands[b]
		whole := new(big.Int).Quo(units, big.NewInt(band.scale))
		dec := 0
		if band.scale > 1 {
			dec = max(0, min(2, 3-len(whole.String())))
		}
		pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dec)), nil)
		// n = round(a / (scale·100) · 10^dec), half up.
		den := new(big.Int).Mul(big.NewInt(band.scale*100), big.NewInt(1))
		num := new(big.Int).Mul(a, pow)
		num.Mul(num, big.NewInt(2)).Add(num, den)
		n := num.Quo(num, den.Mul(den, big.NewInt(2)))
		// Carry: the rounded figure reaches the next unit.
		if b+1 < len(bands) {
			reach := new(big.Int).Mul(big.NewInt(bands[b+1].from), pow)
			if new(big.Int).Mul(n, big.NewInt(band.scale)).Cmp(reach) >= 0 {
				b++
				continue
			}
		}
		digits := n.String()
		if dec > 0 {
			digits = strings.Repeat("0", max(0, dec+1-len(digits))) + digits
			intPart, fracPart := digits[:len(digits)-dec], strings.TrimRight(digits[len(digits)-dec:], "0")
			digits = groupThousands(intPart)
			if fracPart != "" {
				digits += "." + fracPart
			}
		} else {
			digits = groupThousands(digits)
		}
		if digits == "0" {
			sign = ""
		}
		return sign + digits + band.unit
	}
}

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

// FormatRate writes a rate such as a trading term with the decimals it has,
// up to two: 0.25%, 1.25%, 6.5%, 2%. A quarter point is a real step in a
// negotiation, so it is never rounded away.
func FormatRate(v float64) string {
	if math.Abs(v) < 0.005 {
		v = 0 // no "-0%"
	}
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	return s + "%"
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

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }

// currencySymbols are the symbols amounts are written with, by ISO code.
var currencySymbols = map[string]string{
	"CNY": "¥", "RMB": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "JP¥",
	"HKD": "HK$", "TWD": "NT$", "SGD": "S$", "KRW": "₩", "INR": "₹",
}

// CurrencySymbol is what an amount in the workspace currency is written
// after: ¥ for CNY, $ for USD, the code and a space for a currency without
// a symbol of its own ("CHF 1,250"). With no currency set, a Chinese
// workspace writes ¥ and an English one nothing.
func CurrencySymbol(code string, workspace Lang) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" {
		if workspace == Chinese {
			return "¥"
		}
		return ""
	}
	if s, ok := currencySymbols[code]; ok {
		return s
	}
	return code + " "
}
