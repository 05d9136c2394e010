package model

import "testing"

// A record of the case study that one language's build has and the other's
// lacks is left as it is, as the user's own records are; the others switch.
func TestSurvivorSwitchSkipsWhatTheOtherBuildLacks(t *testing.T) {
	from := []Account{{ID: "cs01", Notes: "Category is growing."}, {ID: "cs02", Notes: "Only in English."}}
	into := []Account{{ID: "cs01", Notes: "品类在增长。"}}
	mine := []Account{
		{ID: "cs02", Notes: "Only in English."},
		{ID: "cs01", Notes: "Category is growing."},
		{ID: "own", Notes: "Category is growing."},
	}
	out := appendSwitched(nil, mine, from, into)
	if len(out) != 1 {
		t.Fatalf("%d records switched, want 1: %+v", len(out), out)
	}
	if a := out[0].(Account); a.ID != "cs01" || a.Notes != "品类在增长。" {
		t.Errorf("switched %s to %q, want cs01 to 品类在增长。", a.ID, a.Notes)
	}
}
