package model

import (
	"slices"
	"strings"
	"testing"
)

// Each limit of an account, on both sides of its edge: growth of −100% (all
// sales lost) and 1000%, 10,000,000 outlets, 10 trillion in each amount,
// our sales equal to the category's.
func TestValidateAccountEdges(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(*Account)
		field  Field // "" = valid
	}{
		{"growth −100%", func(a *Account) { a.Growth = -100 }, ""},
		{"growth −100.1%", func(a *Account) { a.Growth = -100.1 }, FieldGrowth},
		{"growth 1000%", func(a *Account) { a.Growth = 1000 }, ""},
		{"growth 1000.1%", func(a *Account) { a.Growth = 1000.1 }, FieldGrowth},
		{"0 outlets", func(a *Account) { a.Outlets = 0 }, ""},
		{"10,000,000 outlets", func(a *Account) { a.Outlets = 10_000_000 }, ""},
		{"10,000,001 outlets", func(a *Account) { a.Outlets = 10_000_001 }, FieldOutlets},
		{"target 0", func(a *Account) { a.Target = 0 }, ""},
		{"target a hundredth under 10 trillion", func(a *Account) { a.Target = MaxMoney - 1 }, ""},
		{"target 10 trillion", func(a *Account) { a.Target = MaxMoney }, FieldTarget},
		{"our sales the whole category", func(a *Account) { a.OurSales = a.CategorySales }, ""},
		{"our sales a hundredth over the category", func(a *Account) { a.OurSales = a.CategorySales + 1 }, FieldOurSales},
		{"category unknown, our sales any", func(a *Account) { a.CategorySales = 0 }, ""},
	} {
		a := validAccount()
		tt.change(&a)
		var fields []Field
		for _, p := range a.Validate(nil) {
			fields = append(fields, p.Field)
		}
		if tt.field == "" && len(fields) > 0 || tt.field != "" && !slices.Equal(fields, []Field{tt.field}) {
			t.Errorf("%s: problems at %v, want %q", tt.name, fields, tt.field)
		}
	}
}

// A share is known only with a category above 0: 100 of 1,000 is 10%.
func TestShareEdges(t *testing.T) {
	if pct, ok := (Account{CategorySales: 1000_00, OurSales: 100_00}).Share(); !ok || pct != 10 {
		t.Errorf("100 of 1,000: %v%% %v, want 10%% true", pct, ok)
	}
	if pct, ok := (Account{CategorySales: 1, OurSales: 1}).Share(); !ok || pct != 100 {
		t.Errorf("a category of a hundredth: %v%% %v, want 100%% true", pct, ok)
	}
	if _, ok := (Account{OurSales: 100_00}).Share(); ok {
		t.Error("a share with no category size")
	}
}

// Names and lines at their limits in cells: 80 for a name, 120 for a line
// (Chinese counting two), 4,000 characters for a text even when each takes
// three bytes.
func TestTextLimitsInCells(t *testing.T) {
	checkErr(t, "CheckName", "80 cells", CheckName(strings.Repeat("n", 80), nil), "")
	checkErr(t, "CheckName", "81 cells", CheckName(strings.Repeat("n", 81), nil), "81")
	checkErr(t, "checkLine", "120 cells", checkLine(strings.Repeat("采", 60), MaxLineCells), "")
	checkErr(t, "checkLine", "122 cells", checkLine(strings.Repeat("采", 61), MaxLineCells), "122")
	checkErr(t, "CheckLongText", "4,000 bytes", CheckLongText(strings.Repeat("x", 4000)), "")
	checkErr(t, "CheckLongText", "4,001 bytes", CheckLongText(strings.Repeat("x", 4001)), "this one has 4001")
	checkErr(t, "CheckLongText", "1,334 characters, 4,002 bytes", CheckLongText(strings.Repeat("采", 1334)), "")
}
