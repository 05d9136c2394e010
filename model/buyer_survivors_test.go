package model

import (
	"testing"
	"time"
)

// Reporting lines: a contact who reports into a circle the others already
// make (a file edited by hand, an import) is refused, and the check ends;
// the longest line without a circle, one that runs through every other
// contact to someone no longer listed, is accepted.
func TestSurvivorReportingLineLengths(t *testing.T) {
	contact := func(id, reportsTo string) Contact {
		return Contact{ID: id, AccountID: "a1", Name: "Contact " + id, Function: "buying", Role: "buyer",
			Stance: "neutral", Influence: "medium", ReportsTo: reportsTo}
	}
	for _, tt := range []struct {
		name    string
		c       Contact
		others  []Contact
		wantErr string
	}{
		{"into a circle of two", contact("c9", "c1"), []Contact{contact("c1", "c2"), contact("c2", "c1")}, "circle"},
		{"into a circle of three", contact("c9", "c1"), []Contact{contact("c1", "c2"), contact("c2", "c3"), contact("c3", "c2")}, "circle"},
		{"through every other to one gone", contact("c9", "c1"),
			[]Contact{contact("c1", "c2"), contact("c2", "c3"), contact("c3", "gone")}, ""},
		{"edited, through every other to one gone", contact("c1", "c2"),
			[]Contact{contact("c1", ""), contact("c2", "c3"), contact("c3", "gone")}, ""},
		{"edited, closing a circle", contact("c3", "c1"),
			[]Contact{contact("c1", "c2"), contact("c2", "c3"), contact("c3", "")}, "circle"},
	} {
		done := make(chan error, 1)
		go func() { done <- CheckContact(tt.c, tt.others, nil, buyerNow) }()
		select {
		case err := <-done:
			checkErr(t, "CheckContact", tt.name, err, tt.wantErr)
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: CheckContact did not return", tt.name)
		}
	}
}
