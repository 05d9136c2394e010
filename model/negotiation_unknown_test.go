package model

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestBlankEstimateDrawsNoZone(t *testing.T) {
	i := Issue{Name: "Payment days", Unit: "days", OurOpen: 30, OurTarget: 45, OurWalk: 60}
	i.SetKnown(EstTheirOpen, false)
	i.SetKnown(EstTheirTarget, false)
	i.SetKnown(EstTheirWalk, false)
	if z := i.ZOPA(); z.Known || z.HigherIsBetter {
		t.Errorf("an unknown walk-away gives no zone: %+v", z)
	}
	n := Negotiation{Issues: []Issue{i}}
	for _, f := range n.Flags() {
		t.Errorf("no flag from unknowns: %s", f.Msg.EN)
	}
	// Entered again, it counts.
	i.SetKnown(EstTheirWalk, true)
	i.TheirWalk = 75
	if z := i.ZOPA(); !z.Known || z.Overlap {
		t.Errorf("known walk-away 75 vs 60: %+v", z)
	}
	if strings.Join(i.Unknown, ",") != EstTheirOpen+","+EstTheirTarget {
		t.Errorf("unknown %v", i.Unknown)
	}
}

func TestOldRecordsKeepTheirZeros(t *testing.T) {
	var i Issue
	if err := json.Unmarshal([]byte(`{"name":"Fee","unit":"amount","our_open":0,"our_target":10000,"our_walk":20000,"their_open":60000,"their_target":50000}`), &i); err != nil {
		t.Fatal(err)
	}
	if !i.Known(EstTheirWalk) || i.TheirWalk != 0 {
		t.Errorf("a record without the unknown list reads as before: %+v", i)
	}
	i.SetKnown(EstTheirWalk, false)
	b, _ := json.Marshal(i)
	var back Issue
	_ = json.Unmarshal(b, &back)
	if back.Known(EstTheirWalk) {
		t.Errorf("unknown survives a round trip: %s", b)
	}
	c := Negotiation{Issues: []Issue{back}}.Clone()
	c.Issues[0].SetKnown(EstTheirOpen, false)
	if !back.Known(EstTheirOpen) {
		t.Error("a clone's unknowns are its own")
	}
}

func TestTargetOutsideRangeFlagged(t *testing.T) {
	for _, tt := range []struct {
		name string
		i    Issue
		want int
	}{
		{"price, inside", Issue{Name: "Price", OurOpen: 10, OurTarget: 9.8, OurWalk: 9.2, TheirOpen: 8.8, TheirTarget: 9.2, TheirWalk: 9.6}, 0},
		{"price, ours above opening", Issue{Name: "Price", OurOpen: 10, OurTarget: 10.5, OurWalk: 9.2, TheirOpen: 8.8, TheirTarget: 9.2, TheirWalk: 9.6}, 1},
		{"discount, ours beyond walk-away", Issue{Name: "Discount", OurOpen: 4, OurTarget: 7, OurWalk: 6, TheirOpen: 8, TheirTarget: 7, TheirWalk: 5}, 1},
		{"discount, theirs outside", Issue{Name: "Discount", OurOpen: 4, OurTarget: 5, OurWalk: 6, TheirOpen: 8, TheirTarget: 9, TheirWalk: 5}, 1},
		{"theirs partly unknown: not judged", Issue{Name: "Discount", OurOpen: 4, OurTarget: 5, OurWalk: 6, TheirTarget: 9, TheirWalk: 5, Unknown: []string{EstTheirOpen}}, 0},
	} {
		got := Negotiation{Issues: []Issue{tt.i}}.Flags()
		if len(got) != tt.want {
			t.Errorf("%s: %d flags %v", tt.name, len(got), got)
			continue
		}
		if tt.want == 1 && (got[0].Section != SecExpectations || !strings.Contains(got[0].Msg.EN, "is outside") || !strings.Contains(got[0].Msg.ZH, "不在")) {
			t.Errorf("%s: %+v", tt.name, got[0])
		}
	}
}

func TestHalfFilledSections(t *testing.T) {
	var n Negotiation
	for s := range Sections {
		if n.Fill(s) != Empty {
			t.Errorf("section %d of an empty sheet is %d", s, n.Fill(s))
		}
	}
	n.Objectives = []Objective{{Text: "Keep the shelf", Priority: "like"}}
	n.BuyerKPIs = "margin"
	n.Power.OurBATNA = "grow elsewhere"
	n.TheirTeam = []Member{{Name: "Ms Wang"}}
	n.WillNotGive = []string{"exclusivity"}
	n.OpenPoints = []string{"who pays"}
	n.Issues = []Issue{{Name: "Price", OurOpen: 10, OurTarget: 9.8, OurWalk: 9.2}}
	want := [Sections]Filling{Begun, Begun, Filled, Begun, Begun, Begun, Begun}
	for s := range Sections {
		if n.Fill(s) != want[s] {
			t.Errorf("section %d: %d, want %d", s, n.Fill(s), want[s])
		}
	}
}
