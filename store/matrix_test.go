package store

import (
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

func TestMatrixDefaultsThenRoundTrips(t *testing.T) {
	s, _ := openTemp(t)
	m, err := s.Matrix()
	if err != nil || len(m.Attractiveness) != 6 || m.StrengthThreshold != 5.5 {
		t.Fatalf("a new workspace has the course's criteria: %+v, %v", m, err)
	}
	m.Attractiveness[0].Weight, m.Attractiveness[1].Weight = 30, 15
	m.Strength = append(m.Strength[:5], model.Criterion{ID: "s-new", Name: model.T("", "渠道覆盖"), Weight: 15})
	m.AttractivenessThreshold = 6
	saved, err := s.SaveMatrix(m)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Matrix()
	if got.Attractiveness[0].Weight != 30 || got.Strength[5].Name.ZH != "渠道覆盖" || got.AttractivenessThreshold != 6 {
		t.Errorf("round trip: %+v", got)
	}
	// Changed criteria are a new version; the course's set stays, so an
	// evaluation scored under it keeps its names and weights.
	if saved.Version != got.Version || got.Version != 2 {
		t.Errorf("version saved %d, stored %d, want 2", saved.Version, got.Version)
	}
	old, ok := got.CriteriaSet(1)
	if !ok || old.Attractiveness[0].Weight != 25 || old.Strength[5].ID != "s-terms" {
		t.Errorf("the criteria before the change are not kept as version 1: %+v", old)
	}
	m = got
	m.StrengthThreshold = 7
	if again, _ := s.SaveMatrix(m); again.Version != 2 {
		t.Errorf("a threshold alone made version %d", again.Version)
	}
}

func TestSaveMatrixRefusesBadSets(t *testing.T) {
	s, _ := openTemp(t)
	m := model.DefaultMatrix()
	m.Strength[0].Weight = 25
	if _, err := s.SaveMatrix(m); err == nil || !strings.Contains(err.Error(), "add up to 105") {
		t.Errorf("weights 105: %v", err)
	}
	m = model.DefaultMatrix()
	m.StrengthThreshold = 11
	if _, err := s.SaveMatrix(m); err == nil || !strings.Contains(err.Error(), "between 1 and 10") {
		t.Errorf("threshold 11: %v", err)
	}
	if got, _ := s.Matrix(); got.Strength[0].Weight != 20 || got.StrengthThreshold != 5.5 {
		t.Error("a refused matrix was written")
	}
}

func TestEvaluations(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	e := model.NewEvaluation(a.ID, model.DefaultMatrix(), model.Day(fixedNow), nil)
	if _, err := s.SaveEvaluation(e); err == nil || !strings.Contains(err.Error(), "not scored") {
		t.Fatalf("unscored: %v", err)
	}
	fill(e.Attractiveness, 8)
	fill(e.Strength, 4)
	e.SetComment("a-size", "category grows 9% a year")
	saved, err := s.SaveEvaluation(e)
	if err != nil || saved.ID == "" || !saved.Created.Equal(fixedNow) {
		t.Fatalf("saved %+v, %v", saved, err)
	}
	ghost := e
	ghost.AccountID = "nobody"
	if _, err := s.SaveEvaluation(ghost); err == nil || !strings.Contains(err.Error(), "no account") {
		t.Errorf("evaluation of a missing account: %v", err)
	}
	future := e
	future.Date = fixedNow.AddDate(0, 0, 2)
	if _, err := s.SaveEvaluation(future); err == nil || !strings.Contains(err.Error(), "future") {
		t.Errorf("future date: %v", err)
	}
	all, err := s.Evaluations()
	if err != nil || len(all) != 1 {
		t.Fatalf("Evaluations = %v, %v", all, err)
	}
	if at, st := all[0].Position(model.DefaultMatrix()); at != 8 || st != 4 || all[0].Comment("a-size") != "category grows 9% a year" {
		t.Errorf("stored evaluation: %v %v %+v", at, st, all[0])
	}
	stale := e
	stale.CriteriaVersion = 7
	if _, err := s.SaveEvaluation(stale); err == nil || !strings.Contains(err.Error(), "version 7") {
		t.Errorf("an evaluation of criteria the matrix lacks: %v", err)
	}
}

func fill(scores []int, v int) {
	for i := range scores {
		scores[i] = v
	}
}

// TestEvaluationIsStoredCompactly measures what one evaluation of twelve
// criteria takes in the file: IDs as the store makes them (24
// characters), every score two digits, no notes.
func TestEvaluationIsStoredCompactly(t *testing.T) {
	s, _ := openTemp(t)
	a, err := s.SaveAccount(account("MegaMart"))
	if err != nil {
		t.Fatal(err)
	}
	m := model.DefaultMatrix()
	e := model.NewEvaluation(a.ID, m, model.Day(fixedNow), nil)
	fill(e.Attractiveness, 10)
	fill(e.Strength, 10)
	if n := len(e.Attractiveness) + len(e.Strength); n != 12 {
		t.Fatalf("%d criteria", n)
	}
	saved, err := s.SaveEvaluation(e)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.ID) < 18 || len(saved.ID) > 24 || len(a.ID) < 18 || len(a.ID) > 24 {
		t.Fatalf("IDs of %d and %d characters", len(saved.ID), len(a.ID))
	}
	var raw []byte
	s.db.View(func(tx *bolt.Tx) error {
		raw = append(raw, tx.Bucket(bucketEvaluations).Get([]byte(saved.ID))...)
		return nil
	})
	t.Logf("%d bytes: %s", len(raw), raw)
	if len(raw) > 250 {
		t.Errorf("an evaluation takes %d bytes, want at most 250: %s", len(raw), raw)
	}
	if strings.Contains(string(raw), "Category") || strings.Contains(string(raw), "weight") {
		t.Errorf("the criteria's names or weights were copied in: %s", raw)
	}
}

// TestOlderFileGetsNewBuckets opens a schema-2 file that lacks the
// buckets added since, as one written before they existed: they appear
// with the migration.
func TestOlderFileGetsNewBuckets(t *testing.T) {
	path := filepath.Join(t.TempDir(), "before-matrix.db")
	writeBolt(t, path, func(tx *bolt.Tx) error {
		if err := putMeta(tx, "2"); err != nil {
			return err
		}
		for _, b := range [][]byte{bucketSettings, bucketAccounts, bucketAccountNames} {
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		return nil
	})
	s := openMigrated(t, path)
	if _, err := s.Load(Everything); err != nil {
		t.Errorf("Load: %v", err)
	}
	if _, err := s.SaveMatrix(model.DefaultMatrix()); err != nil {
		t.Errorf("SaveMatrix: %v", err)
	}
}

func TestResetWritesMatrixAndEvaluations(t *testing.T) {
	s, _ := openTemp(t)
	m := model.DefaultMatrix()
	m.StrengthThreshold = 6
	acc := account("Alpha")
	acc.ID = "c01"
	e := model.NewEvaluation("c01", m, model.Day(fixedNow), nil)
	fill(e.Attractiveness, 5)
	fill(e.Strength, 5)
	if err := s.Reset(model.Workspace{Accounts: []model.Account{acc}, Matrix: m, Evaluations: []model.Evaluation{e}}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Matrix()
	evals, _ := s.Evaluations()
	if got.StrengthThreshold != 6 || len(evals) != 1 {
		t.Errorf("after reset: %+v %v", got, evals)
	}
	// A reset without evaluations leaves none behind.
	if err := s.Reset(model.Workspace{Accounts: []model.Account{acc}}); err != nil {
		t.Fatal(err)
	}
	evals, _ = s.Evaluations()
	got, _ = s.Matrix()
	if len(evals) != 0 || got.StrengthThreshold != 5.5 {
		t.Errorf("second reset kept %d evaluations, threshold %v", len(evals), got.StrengthThreshold)
	}
}
