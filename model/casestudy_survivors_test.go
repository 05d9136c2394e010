package model

import (
	"testing"
	"time"
)

// The case study's retailers are at the stages its story puts them, done
// then in progress then not started, in both languages; Grand Harbour's
// sales are falling.
func TestSurvivorCaseStudyStages(t *testing.T) {
	want := map[string][2]int{ // done, in progress
		"cs01": {5, 2}, "cs02": {4, 1}, "cs03": {3, 1}, "cs04": {2, 2}, "cs05": {6, 1},
		"cs06": {2, 0}, "cs07": {1, 1}, "cs08": {7, 1}, "cs09": {1, 0}, "cs10": {3, 2},
	}
	now := time.Date(2025, 6, 10, 9, 0, 0, 0, time.Local)
	for _, lang := range Langs {
		ws := CaseStudy(now, lang)
		if len(ws.Accounts) != len(want) {
			t.Fatalf("%s: %d accounts, want %d", lang, len(ws.Accounts), len(want))
		}
		for _, a := range ws.Accounts {
			w, ok := want[a.ID]
			if !ok {
				t.Errorf("%s: an account %s the story does not have", lang, a.ID)
				continue
			}
			var st [StageCount]StageStatus
			for i := range StageCount {
				switch {
				case i < w[0]:
					st[i] = Done
				case i < w[0]+w[1]:
					st[i] = InProgress
				}
			}
			if a.Stages != st {
				t.Errorf("%s: %s stages %v, want %v", lang, a.ID, a.Stages, st)
			}
			if a.ID == "cs07" && a.Growth != -2.5 {
				t.Errorf("%s: Grand Harbour grows %v%%, want -2.5%%", lang, a.Growth)
			}
			if a.ID != "cs07" && a.Growth <= 0 {
				t.Errorf("%s: %s grows %v%%, want a growing account", lang, a.ID, a.Growth)
			}
		}
	}
}
