package store

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// Matrix returns the criteria and thresholds, the defaults when none were saved.
func (s *Store) Matrix() (model.Matrix, error) {
	m := model.DefaultMatrix()
	err := s.view(func(tx *bolt.Tx) error {
		_, err := getJSON(tx.Bucket(bucketMatrix), bucketMatrix, keyMatrix, &m)
		return err
	})
	return m, err
}

// SaveMatrix validates and writes the criteria and thresholds, as a new
// version of the criteria when they changed; it returns the matrix as
// written.
func (s *Store) SaveMatrix(m model.Matrix) (model.Matrix, error) {
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		m, err = putMatrix(tx, m)
		return err
	})
	return m, err
}

// putMatrix writes the matrix as next revises the stored one: changed
// criteria become a new version and the old ones are kept, so that every
// evaluation keeps the names and weights it was scored with. It is the one
// place a matrix is saved.
func putMatrix(tx *bolt.Tx, next model.Matrix) (model.Matrix, error) {
	stored, err := storedMatrix(tx)
	if err != nil {
		return next, err
	}
	m := stored.Revised(next)
	if err := checkMatrix(m); err != nil {
		return next, err
	}
	return m, putJSON(tx.Bucket(bucketMatrix), keyMatrix, m)
}

func putMatrixAny(tx *bolt.Tx, rec any, _ time.Time) ([]any, error) {
	m, err := putMatrix(tx, rec.(model.Matrix))
	return []any{m}, err
}

func checkMatrix(m model.Matrix) error {
	if err := model.CheckVersions(m); err != nil {
		return err
	}
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		if err := model.CheckCriteria(m.Criteria(axis)); err != nil {
			return err
		}
		if _, err := model.ParseThreshold(strconv.FormatFloat(m.Threshold(axis), 'f', -1, 64)); err != nil {
			return err
		}
	}
	return nil
}

// Evaluations returns every evaluation, oldest entered first.
func (s *Store) Evaluations() ([]model.Evaluation, error) {
	return all[model.Evaluation](s, bucketEvaluations)
}

// SaveEvaluation validates a new evaluation against its account and writes it.
func (s *Store) SaveEvaluation(e model.Evaluation) (model.Evaluation, error) {
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		e, err = putEvaluation(tx, e, s.now(), false)
		return err
	})
	return e, err
}

// putEvaluation writes an evaluation of an account that exists, scored
// against criteria the matrix holds, giving a new one its ID and entry time.
func putEvaluation(tx *bolt.Tx, e model.Evaluation, now time.Time, keepTimes bool) (model.Evaluation, error) {
	m, err := storedMatrix(tx)
	if err != nil {
		return e, err
	}
	if err := model.CheckEvaluation(e, m, now); err != nil {
		return e, err
	}
	if tx.Bucket(bucketAccounts).Get([]byte(e.AccountID)) == nil {
		return e, fmt.Errorf("no account %s in this workspace", e.AccountID)
	}
	if e.ID == "" {
		e.ID = newID(now)
	}
	if e.Created.IsZero() {
		e.Created = now
	}
	if e.Updated.IsZero() || !keepTimes {
		e.Updated = now
	}
	return e, putJSON(tx.Bucket(bucketEvaluations), []byte(e.ID), e)
}

// lastMatrix is the matrix storedMatrix last decoded, with the bytes it
// came from: a reset checks thousands of evaluations against one matrix,
// and comparing its bytes is much cheaper than decoding them again.
var lastMatrix struct {
	sync.Mutex
	raw []byte
	m   model.Matrix
}

// storedMatrix is the matrix as the transaction sees it, the defaults when
// none was saved. Its slices may be shared with the cache: read them only.
func storedMatrix(tx *bolt.Tx) (model.Matrix, error) {
	raw := tx.Bucket(bucketMatrix).Get(keyMatrix)
	if raw == nil {
		return model.DefaultMatrix(), nil
	}
	lastMatrix.Lock()
	defer lastMatrix.Unlock()
	if bytes.Equal(raw, lastMatrix.raw) {
		return lastMatrix.m, nil
	}
	m := model.DefaultMatrix()
	if err := decode(bucketMatrix, keyMatrix, raw, &m); err != nil {
		return m, err
	}
	lastMatrix.raw, lastMatrix.m = bytes.Clone(raw), m
	return m, nil
}
