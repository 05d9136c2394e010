package model

import (
	"strings"
	"testing"
)

// A stage at a status that is not one is named by its number counted from
// 1, in both languages, and only the first such stage is named.
func TestSurvivorStageStatusNamesTheStage(t *testing.T) {
	for _, tt := range []struct {
		name   string
		stages map[int]StageStatus
		en, zh string
	}{
		{"the first stage", map[int]StageStatus{0: 3}, "stage 1 is at 3", "阶段 1 的状态为 3"},
		{"the second stage", map[int]StageStatus{0: Done, 1: 7}, "stage 2 is at 7", "阶段 2 的状态为 7"},
		{"the last stage", map[int]StageStatus{StageCount - 1: -1}, "stage 8 is at -1", "阶段 8 的状态为 -1"},
		{"two bad, the first named", map[int]StageStatus{2: 5, 4: 6}, "stage 3 is at 5", "阶段 3 的状态为 5"},
	} {
		a := validAccount()
		for i, s := range tt.stages {
			a.Stages[i] = s
		}
		var got []Problem
		for _, p := range a.Validate(func(string) (bool, bool) { return false, false }) {
			if p.Field == FieldStages {
				got = append(got, p)
			}
		}
		if len(got) != 1 {
			t.Fatalf("%s: %d problems with the stages, want 1", tt.name, len(got))
		}
		inv, ok := got[0].Err.(*Invalid)
		if !ok {
			t.Fatalf("%s: %T, want *Invalid", tt.name, got[0].Err)
		}
		if !strings.HasPrefix(inv.Msg.EN, tt.en+",") || !strings.HasPrefix(inv.Msg.ZH, tt.zh+"，") {
			t.Errorf("%s: %q / %q, want them to begin %q / %q", tt.name, inv.Msg.EN, inv.Msg.ZH, tt.en, tt.zh)
		}
	}
}
