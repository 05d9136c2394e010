package store

import (
	"fmt"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// Matrix returns the criteria and thresholds, the defaults when none were saved.
func (s *Store) Matrix() (model.Matrix, error) {
	m := model.DefaultMatrix()
	err := s.view(func(tx *bolt.Tx) error {
		_, err := getJSON(tx.Bucket(bucketMatrix), keyMatrix, &m)
		return err
	})
	return m, err
}

// SaveMatrix validates and writes the criteria and thresholds.
func (s *Store) SaveMatrix(m model.Matrix) error {
	if err := checkMatrix(m); err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketMatrix), keyMatrix, m)
	})
}

func checkMatrix(m model.Matrix) error {
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

// putEvaluation writes an evaluation of an account that exists, giving a
// new one its ID and entry time.
func putEvaluation(tx *bolt.Tx, e model.Evaluation, now time.Time, _ bool) (model.Evaluation, error) {
	if err := model.CheckEvaluation(e, now); err != nil {
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
	return e, putJSON(tx.Bucket(bucketEvaluations), []byte(e.ID), e)
}
