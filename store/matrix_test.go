package store

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	if err := s.SaveMatrix(m); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Matrix()
	if got.Attractiveness[0].Weight != 30 || got.Strength[5].Name.ZH != "渠道覆盖" || got.AttractivenessThreshold != 6 {
		t.Errorf("round trip: %+v", got)
	}
}

func TestSaveMatrixRefusesBadSets(t *testing.T) {
	s, _ := openTemp(t)
	m := model.DefaultMatrix()
	m.Strength[0].Weight = 25
	if err := s.SaveMatrix(m); err == nil || !strings.Contains(err.Error(), "add up to 105") {
		t.Errorf("weights 105: %v", err)
	}
	m = model.DefaultMatrix()
	m.StrengthThreshold = 11
	if err := s.SaveMatrix(m); err == nil || !strings.Contains(err.Error(), "between 1 and 10") {
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
	for i := range e.Attractiveness {
		e.Attractiveness[i].Score = 8
	}
	for i := range e.Strength {
		e.Strength[i].Score = 4
	}
	e.Attractiveness[0].Comment = "category grows 9% a year"
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
	if at, st := all[0].Position(); at != 8 || st != 4 || all[0].Attractiveness[0].Comment != "category grows 9% a year" {
		t.Errorf("stored evaluation: %v %v %+v", at, st, all[0])
	}
}

// TestOlderFileGetsNewBuckets opens a schema-2 file written before the
// matrix existed: the buckets appear, nothing else changes.
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
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Backup() != "" {
		t.Error("adding buckets is not a migration")
	}
	if _, err := s.Evaluations(); err != nil {
		t.Errorf("Evaluations: %v", err)
	}
	if err := s.SaveMatrix(model.DefaultMatrix()); err != nil {
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
	for i := range e.Attractiveness {
		e.Attractiveness[i].Score = 5
	}
	for i := range e.Strength {
		e.Strength[i].Score = 5
	}
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
