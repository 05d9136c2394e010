package store

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
)

// TestMigrateFromSchema2WithoutAMatrixButOtherCriteria: a schema-2 file
// that never saved a matrix, whose evaluation was scored against the
// trainer's own set (30 / 15 … weights, one criterion renamed). The
// defaults become version 2, the current one; the evaluation's set is
// version 1 and is written with the matrix, so the evaluation keeps its
// position: 30 × 9 + 15 × 8 + 20 × 7 + 15 × 8 + 10 × 9 + 10 × 8 = 820.
func TestMigrateFromSchema2WithoutAMatrixButOtherCriteria(t *testing.T) {
	path := v2FileWithoutAMatrix(t, currentAttr, currentStr)
	s := openMigrated(t, path)
	ws, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	if ws.Matrix.Version != 2 || len(ws.Matrix.Earlier) != 1 || len(ws.Evaluations) != 1 || ws.Evaluations[0].CriteriaVersion != 1 {
		t.Fatalf("matrix version %d, earlier %d sets, evaluations %+v", ws.Matrix.Version, len(ws.Matrix.Earlier), ws.Evaluations)
	}
	if at, _ := ws.Evaluations[0].Position(ws.Matrix); math.Abs(at-8.2) > 1e-9 {
		t.Errorf("position %v, want 8.2", at)
	}
	if set := ws.Matrix.Earlier[0]; set.Strength[0].Name.EN != "Share gap" || set.Attractiveness[0].Weight != 30 {
		t.Errorf("the evaluation's set: %+v", set)
	}
}

// TestMigrationRenameMovesUpdated: the account schema 1 let share a name
// is renamed by the upgrade, an edit made then; the other keeps its times.
func TestMigrationRenameMovesUpdated(t *testing.T) {
	path := schema1File(t, map[string]string{
		"0001": `{"id":"0001","name":"Metro Cash","channel":"cash_carry","tier":"A","updated":"2025-01-02T00:00:00Z"}`,
		"0002": `{"id":"0002","name":"metro cash","channel":"cash_carry","tier":"B","updated":"2025-01-03T00:00:00Z"}`,
	})
	s := openMigrated(t, path)
	all, err := s.Accounts()
	if err != nil || len(all) != 2 {
		t.Fatalf("%+v %v", all, err)
	}
	if all[1].Name != "metro cash (2)" || !all[1].Updated.Equal(fixedNow) {
		t.Errorf("renamed: %q updated %v, want %v", all[1].Name, all[1].Updated, fixedNow)
	}
	if want := time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC); !all[0].Updated.Equal(want) {
		t.Errorf("kept: %q updated %v, want %v", all[0].Name, all[0].Updated, want)
	}
}

// TestSinglesAreNotDeleted: the settings, the matrix and the checklist
// are replaced, never deleted; asking is refused as such, not as damage.
func TestSinglesAreNotDeleted(t *testing.T) {
	s, _ := openTemp(t)
	for _, rec := range []any{model.Settings{}, model.DefaultMatrix(), model.DefaultChecklist()} {
		err := s.Delete(rec)
		if err == nil || errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "is replaced, never deleted") {
			t.Errorf("deleting %T: %v", rec, err)
		}
	}
}
