package model

import (
	"strings"
	"testing"
	"time"
)

// TestValidateRefusesWhatNoFormOffers: the values a form picks from a list
// or a range are checked too, so that a record read back from a file is
// held to them (a stage of 9 once crashed the Accounts list).
func TestValidateRefusesWhatNoFormOffers(t *testing.T) {
	ok := Account{Name: "FreshMart", Channel: Hypermarket, Tier: TierA, Traits: []Trait{"size", "power"}}
	ok.Stages[0], ok.Stages[7] = Done, InProgress
	if ps := ok.Validate(nil); len(ps) > 0 {
		t.Fatalf("a good account: %v", ps[0].Err)
	}
	tests := []struct {
		name  string
		edit  func(a *Account)
		field Field
	}{
		{"stage 9", func(a *Account) { a.Stages[3] = 9 }, FieldStages},
		{"stage -1", func(a *Account) { a.Stages[0] = -1 }, FieldStages},
		{"unknown trait", func(a *Account) { a.Traits = append(a.Traits, "sleepy") }, FieldTraits},
		{"trait twice", func(a *Account) { a.Traits = append(a.Traits, "size") }, FieldTraits},
		{"outlets past the count", func(a *Account) { a.Outlets = MaxCount + 1 }, FieldOutlets},
		{"negative outlets", func(a *Account) { a.Outlets = -1 }, FieldOutlets},
	}
	for _, tt := range tests {
		a := ok
		a.Traits = append([]Trait(nil), ok.Traits...)
		tt.edit(&a)
		ps := a.Validate(nil)
		if len(ps) != 1 || ps[0].Field != tt.field {
			t.Errorf("%s: %v", tt.name, ps)
			continue
		}
		if zh := Localize(ps[0].Err, Chinese); zh == ps[0].Err.Error() {
			t.Errorf("%s: no Chinese message", tt.name)
		}
	}
}

func TestCheckSettings(t *testing.T) {
	good := []Settings{{}, {Name: "案例研究：常鲜食品", Currency: "CNY", Lang: Chinese, CostOfCapital: 6.5}, {Lang: English, CostOfCapital: 50}}
	for _, s := range good {
		if err := CheckSettings(s); err != nil {
			t.Errorf("%+v: %v", s, err)
		}
	}
	words := SectionWords{}
	words[SecPower] = T(strings.Repeat("w", MaxShortCells+1), "")
	bad := []Settings{{Lang: "fr"}, {CostOfCapital: -1}, {CostOfCapital: 101}, {Name: "two\nlines"}, {PrepareWords: words}}
	for _, s := range bad {
		if err := CheckSettings(s); err == nil {
			t.Errorf("%+v: no error", s)
		}
	}
}

func TestChecklistItemsNeedTheirOwnIDs(t *testing.T) {
	items := DefaultChecklist()
	if err := CheckChecklist(items); err != nil {
		t.Fatal(err)
	}
	noID := append(DefaultChecklist(), ChecklistItem{Name: T("New", "")})
	twice := append(DefaultChecklist(), ChecklistItem{ID: "k-role", Name: T("Again", "")})
	for _, list := range [][]ChecklistItem{noID, twice} {
		if err := CheckChecklist(list); err == nil {
			t.Errorf("%v: no error", list[len(list)-1])
		}
	}
}

// TestZeroClockSkipsTheFutureChecks: a record read back from the file is
// checked without a clock: a date that was today when it was saved is
// not damage once the clock has gone back or the zone changed.
func TestZeroClockSkipsTheFutureChecks(t *testing.T) {
	today := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	tomorrow := today.AddDate(0, 0, 1)
	k := Knowledge{AccountID: "a", ItemID: "k-role", Status: Known, Verified: tomorrow}
	c := Contact{AccountID: "a", Name: "Wang", Function: "buying", Role: "buyer", Stance: "neutral", Influence: "low", LastContact: tomorrow}
	m := Moment{AccountID: "a", ContactID: "c", Date: tomorrow, Learned: "Range review in March"}
	e := NewEvaluation("a", DefaultMatrix(), tomorrow, nil)
	for i := range e.Attractiveness {
		e.Attractiveness[i] = 5
	}
	for i := range e.Strength {
		e.Strength[i] = 5
	}
	checks := map[string]func(now time.Time) error{
		"knowledge":  func(now time.Time) error { return CheckKnowledge(k, now) },
		"contact":    func(now time.Time) error { return CheckContact(c, nil, nil, now) },
		"moment":     func(now time.Time) error { return CheckMoment(m, now) },
		"evaluation": func(now time.Time) error { return CheckEvaluation(e, DefaultMatrix(), now) },
	}
	for name, check := range checks {
		if err := check(today); err == nil || !strings.Contains(err.Error(), "future") {
			t.Errorf("%s dated tomorrow, today: %v", name, err)
		}
		if err := check(time.Time{}); err != nil {
			t.Errorf("%s dated tomorrow, no clock: %v", name, err)
		}
	}
}

func TestCurrencyIsACodeOfThreeLetters(t *testing.T) {
	for _, ok := range []string{"", "CNY", "usd", " EUR "} {
		if err := CheckCurrency(ok); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"¥", "RMB1", "US", "元元元", "C-Y"} {
		if err := CheckCurrency(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if err := CheckSettings(Settings{Currency: "yuan"}); err == nil {
		t.Error("the settings check should refuse a currency that is not a code")
	}
}
