package model

import (
	"strings"
	"testing"
)

// The limits on one-line texts, payment days and counts, checked at the
// boundary itself: the limit passes, one past it is refused.
func TestLimitsAtTheirBoundary(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		wantErr string
	}{
		{"60 cells of Latin", CheckShort(strings.Repeat("x", 60)), ""},
		{"61 cells of Latin", CheckShort(strings.Repeat("x", 61)), "at most 60 characters (Chinese characters count as two); this one counts 61"},
		{"30 Chinese characters, 60 cells", CheckShort(strings.Repeat("采", 30)), ""},
		{"31 Chinese characters, 62 cells", CheckShort(strings.Repeat("采", 31)), "this one counts 62"},
		{"4,000 characters", CheckLongText(strings.Repeat("采", 4000)), ""},
		{"4,001 characters", CheckLongText(strings.Repeat("采", 4001)), "at most 4000 characters; this one has 4001"},
		{"365 payment days", CheckTerm(Term{Kind: "payment_days", Basis: PaymentDays, Days: 365}), ""},
		{"366 payment days", CheckTerm(Term{Kind: "payment_days", Basis: PaymentDays, Days: 366}), "0 to 365"},
		{"a count of 100,000", CheckTerm(Term{Kind: "listing_fee", Basis: FixedAmount, Amount: 100, Count: 100_000}), ""},
		{"a count of 100,001", CheckTerm(Term{Kind: "listing_fee", Basis: FixedAmount, Amount: 100, Count: 100_001}), "100,000"},
	}
	for _, tt := range tests {
		checkErr(t, "limit", tt.name, tt.err, tt.wantErr)
	}
}
