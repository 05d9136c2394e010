package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/kam-workbench/kam/model"
)

// Settings returns the workspace settings; a new workspace has the zero value.
func (s *Store) Settings() (model.Settings, error) {
	var st model.Settings
	err := s.view(func(tx *bolt.Tx) error {
		_, err := getJSON(tx.Bucket(bucketSettings), keyWorkspace, &st)
		return err
	})
	return st, err
}

// SaveSettings writes the workspace settings.
func (s *Store) SaveSettings(st model.Settings) error {
	return s.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketSettings), keyWorkspace, st)
	})
}

// Reset replaces everything the workspace holds with ws, in one
// transaction: the case study is rebuilt this way, and a failure leaves the
// old contents as they were.
func (s *Store) Reset(ws model.Workspace) error {
	return s.update(func(tx *bolt.Tx) error {
		for _, b := range dataBuckets {
			if err := tx.DeleteBucket(b); err != nil && err != bolterrors.ErrBucketNotFound {
				return err
			}
		}
		if err := createDataBuckets(tx); err != nil {
			return err
		}
		now := s.now()
		for _, a := range ws.Accounts {
			if _, err := putAccount(tx, a, now, true); err != nil {
				return fmt.Errorf("account %q: %w", a.Name, err)
			}
		}
		if ws.Matrix != nil {
			if err := checkMatrix(*ws.Matrix); err != nil {
				return err
			}
			if err := putJSON(tx.Bucket(bucketMatrix), keyMatrix, *ws.Matrix); err != nil {
				return err
			}
		}
		for _, e := range ws.Evaluations {
			if _, err := putEvaluation(tx, e, now); err != nil {
				return fmt.Errorf("evaluation of %s: %w", e.AccountID, err)
			}
		}
		if err := putBuyer(tx, ws, now); err != nil {
			return err
		}
		if err := putNegotiations(tx, ws, now); err != nil {
			return err
		}
		if err := putMeetings(tx, ws, now); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bucketSettings), keyWorkspace, ws.Settings)
	})
}
