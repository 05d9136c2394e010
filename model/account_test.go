package model

import (
	"strings"
	"testing"
)

func TestShare(t *testing.T) {
	tests := []struct {
		category, ours Money
		want           float64
		ok             bool
	}{
		{100_000_00, 25_000_00, 25, true},
		{300_00, 100_00, 100.0 / 3, true},
		{100_00, 0, 0, true},
		{100_00, 100_00, 100, true},
		{0, 50_00, 0, false}, // category size not known: no share
	}
	for _, tt := range tests {
		a := Account{CategorySales: tt.category, OurSales: tt.ours}
		got, ok := a.Share()
		if ok != tt.ok || (ok && (got-tt.want > 1e-9 || tt.want-got > 1e-9)) {
			t.Errorf("Share(category %d, ours %d) = %v, %v; want %v, %v", tt.category, tt.ours, got, ok, tt.want, tt.ok)
		}
	}
}

// TestStageReached: the stage reached is the first not done, so a later
// stage done early does not make an account look further on than it is.
func TestStageReached(t *testing.T) {
	var a Account
	if got := a.StageReached(); got != 0 {
		t.Errorf("no stage started: got %d, want 0", got)
	}
	a.Stages[0], a.Stages[1], a.Stages[2] = Done, Done, InProgress
	if got := a.StageReached(); got != 3 {
		t.Errorf("got %d, want 3", got)
	}
	a.Stages[7] = Done // a review held before the plan was written
	if got := a.StageReached(); got != 3 {
		t.Errorf("a review done early: got %d, want 3", got)
	}
	for _, c := range []struct {
		strip string
		want  int
	}{
		{"#+++#..#", 2}, {"###++..#", 4}, {"#######+", 8}, {"########", 8}, {".......#", 1}, {"+.......", 1},
	} {
		var s [StageCount]StageStatus
		for i, r := range c.strip {
			s[i] = map[rune]StageStatus{'.': NotStarted, '+': InProgress, '#': Done}[r]
		}
		if got := StageReachedIn(s); got != c.want {
			t.Errorf("%s: reached %d, want %d", c.strip, got, c.want)
		}
	}
}

func TestStageStatusCycles(t *testing.T) {
	s := NotStarted
	for _, want := range []StageStatus{InProgress, Done, NotStarted} {
		s = s.Next()
		if s != want {
			t.Fatalf("Next = %v, want %v", s, want)
		}
	}
}

func TestCheckName(t *testing.T) {
	existing := map[string]bool{"hypermart central": false, "华联超市": false, "old mart": true}
	taken := func(k string) (bool, bool) {
		archived, ok := existing[k]
		return ok, archived
	}
	tests := []struct {
		name    string
		wantErr string
	}{
		{"FreshWay Supermarkets", ""},
		{"永辉超市", ""},
		{"  ", "required"},
		{"", "required"},
		{"HYPERMART CENTRAL", "already called"},
		{" hypermart central ", "already called"},
		{"华联超市", "already called"},
		{"Old Mart", "archived account"},
		{"Line one\nline two", "one line"},
		{strings.Repeat("a", 80), ""},
		{strings.Repeat("a", 81), "at most 80 characters (Chinese characters count as two); this one counts 81"},
		{strings.Repeat("超", 40), ""},          // 40 Chinese characters count as 80
		{strings.Repeat("超", 41), "counts 82"}, // and one more is too many
	}
	for _, tt := range tests {
		checkErr(t, "CheckName", tt.name, CheckName(tt.name, taken), tt.wantErr)
	}
}

// TestMessagesSpeakOfCharacters pins the length messages in a person's
// words: characters, Chinese ones counting as two, never terminal "cells".
func TestMessagesSpeakOfCharacters(t *testing.T) {
	for _, err := range []error{
		CheckName(strings.Repeat("超", 41), nil),
		CheckShort(strings.Repeat("x", 61)),
		CheckLongText(strings.Repeat("字", 4001)),
	} {
		for _, l := range []Lang{English, Chinese} {
			msg := Localize(err, l)
			if strings.Contains(msg, "cell") || strings.Contains(msg, "格") || strings.Contains(msg, "宽") {
				t.Errorf("%q speaks of cells", msg)
			}
		}
	}
	if msg := Localize(CheckName(strings.Repeat("超", 41), nil), Chinese); !strings.Contains(msg, "最多 80 个字符（汉字算两个）") {
		t.Errorf("Chinese: %q", msg)
	}
	if msg := Localize(CheckShort(strings.Repeat("x", 61)), English); !strings.Contains(msg, "at most 60 characters (Chinese characters count as two)") {
		t.Errorf("English: %q", msg)
	}
}

// TestEmptyNameIsRefusedWithAMessage: an account without a name is refused
// like every other rule, at the name, in both languages.
func TestEmptyNameIsRefusedWithAMessage(t *testing.T) {
	a := validAccount()
	for _, name := range []string{"", "   "} {
		a.Name = name
		ps := a.Validate(nil)
		if len(ps) != 1 || ps[0].Field != FieldName {
			t.Fatalf("name %q: problems %+v", name, ps)
		}
		if en, zh := Localize(ps[0].Err, English), Localize(ps[0].Err, Chinese); en != "a name is required" || zh != "名称不能为空" {
			t.Errorf("name %q: %q / %q", name, en, zh)
		}
	}
}

// TestChannelsOfTheChineseTrade: the channels a Mainland rep sells through
// are offered, and the keys stored records use stay as they were.
func TestChannelsOfTheChineseTrade(t *testing.T) {
	want := map[Channel][2]string{
		"hypermarket":      {"Hypermarket", "大卖场"},
		"supermarket":      {"Supermarket", "超市"},
		"convenience":      {"Convenience", "便利店"},
		"ecommerce":        {"E-commerce", "电商"},
		"cash_carry":       {"Cash & carry", "仓储批发"},
		"pharmacy":         {"Pharmacy", "药房"},
		"department_store": {"Department store", "百货商店"},
		"o2o":              {"O2O / instant retail", "O2O / 即时零售"},
		"membership":       {"Membership warehouse", "会员店"},
		"distributor":      {"Distributor / wholesaler", "经销商 / 批发商"},
		"traditional":      {"Traditional trade", "传统渠道"},
		"other":            {"Other", "其他"},
	}
	seen := map[Channel]bool{}
	for _, c := range Channels {
		w, ok := want[c.Key]
		if !ok {
			t.Errorf("unexpected channel %q", c.Key)
			continue
		}
		if seen[c.Key] {
			t.Errorf("channel %q twice", c.Key)
		}
		seen[c.Key] = true
		if c.Name.EN != w[0] || c.Name.ZH != w[1] {
			t.Errorf("channel %q named %+v, want %v", c.Key, c.Name, w)
		}
		a := validAccount()
		a.Channel = c.Key
		if ps := a.Validate(nil); len(ps) > 0 {
			t.Errorf("channel %q refused: %+v", c.Key, ps)
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("channel %q missing", k)
		}
	}
	if Channels[len(Channels)-1].Key != OtherChannel {
		t.Error("Other comes last")
	}
}

func TestCheckOurSales(t *testing.T) {
	if err := CheckOurSales(200_00, 100_00); err == nil || !strings.Contains(err.Error(), "cannot be above") {
		t.Errorf("ours above category: got %v", err)
	}
	if err := CheckOurSales(100_00, 100_00); err != nil {
		t.Errorf("ours equal to category: got %v", err)
	}
	if err := CheckOurSales(100_00, 0); err != nil {
		t.Errorf("category not known: got %v", err)
	}
	zh := Localize(CheckOurSales(2_000_00, 1_000_00), Chinese)
	if !strings.Contains(zh, "不能高于") || !strings.Contains(zh, "2,000") {
		t.Errorf("Chinese message: %q", zh)
	}
}

func TestCheckShortAndLong(t *testing.T) {
	checkErr(t, "CheckShort", "East China 华东", CheckShort("East China 华东"), "")
	checkErr(t, "CheckShort", "tab", CheckShort("a\tb"), "one line")
	checkErr(t, "CheckShort", "61", CheckShort(strings.Repeat("x", 61)), "at most 60")
	checkErr(t, "CheckLongText", "multi-line", CheckLongText("line 1\nline 2"), "")
	checkErr(t, "CheckLongText", "4001", CheckLongText(strings.Repeat("字", 4001)), "at most 4000")
}

func validAccount() Account {
	return Account{Name: "FreshWay", Channel: Supermarket, Tier: TierA, CategorySales: 1000_00, OurSales: 100_00}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Account)
		field  Field // "" = valid
	}{
		{"valid", func(*Account) {}, ""},
		{"no name", func(a *Account) { a.Name = "" }, FieldName},
		{"unknown channel", func(a *Account) { a.Channel = "kiosk" }, FieldChannel},
		{"no channel", func(a *Account) { a.Channel = "" }, FieldChannel},
		{"negative outlets", func(a *Account) { a.Outlets = -1 }, FieldOutlets},
		{"ours above category", func(a *Account) { a.OurSales = 2000_00 }, FieldOurSales},
		{"negative target", func(a *Account) { a.Target = -1 }, FieldTarget},
		{"growth too low", func(a *Account) { a.Growth = -101 }, FieldGrowth},
		{"growth too high", func(a *Account) { a.Growth = 1001 }, FieldGrowth},
		{"no tier", func(a *Account) { a.Tier = "" }, FieldTier},
		{"region two lines", func(a *Account) { a.Region = "a\nb" }, FieldRegion},
		{"notes too long", func(a *Account) { a.Notes = strings.Repeat("n", 4001) }, FieldNotes},
	}
	for _, tt := range tests {
		a := validAccount()
		tt.change(&a)
		ps := a.Validate(nil)
		if tt.field == "" {
			if len(ps) != 0 {
				t.Errorf("%s: problems %v, want none", tt.name, ps)
			}
			continue
		}
		if len(ps) != 1 || ps[0].Field != tt.field {
			t.Errorf("%s: problems %v, want one at %s", tt.name, ps, tt.field)
		}
	}
}

func TestTemplatesSpeakBothLanguages(t *testing.T) {
	var texts []Text
	for _, c := range Channels {
		texts = append(texts, c.Name)
	}
	for _, c := range Traits {
		texts = append(texts, c.Name)
	}
	for _, c := range StageStatuses {
		texts = append(texts, c.Name)
	}
	texts = append(texts, Stages[:]...)
	if len(Traits) != 7 {
		t.Errorf("the course teaches seven key-account traits, found %d", len(Traits))
	}
	for _, tx := range texts {
		if tx.EN == "" || tx.ZH == "" || tx.EN == tx.ZH {
			t.Errorf("template %+v lacks a language", tx)
		}
	}
}

func TestNameOf(t *testing.T) {
	if got := NameOf(Channels, CashAndCarry, Chinese); got != "仓储批发" {
		t.Errorf("got %q", got)
	}
	if got := NameOf(Channels, Channel("duty_free"), English); got != "duty free" {
		t.Errorf("unknown key should show as itself, got %q", got)
	}
	if got := NameOf(Channels, Channel(""), English); got != "" {
		t.Errorf("empty key: got %q", got)
	}
}

func TestParseLang(t *testing.T) {
	tests := []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"en", English, true},
		{"ZH", Chinese, true},
		{"zh_CN.UTF-8", Chinese, true},
		{"zh-TW", Chinese, true},
		{"en_GB.UTF-8", English, true},
		{"fr_FR.UTF-8", "", false},
		{"C", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseLang(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseLang(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if English.Next() != Chinese || Chinese.Next() != English {
		t.Error("the language switch should alternate")
	}
	if got := T("Tier", "").In(Chinese); got != "Tier" {
		t.Errorf("missing Chinese should fall back to English, got %q", got)
	}
}
