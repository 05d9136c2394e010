package store

import (
	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// Settings returns the workspace settings; a new workspace has the zero value.
func (s *Store) Settings() (model.Settings, error) {
	var st model.Settings
	err := s.view(func(tx *bolt.Tx) error {
		_, err := getJSON(tx.Bucket(bucketSettings), bucketSettings, keyWorkspace, &st)
		return err
	})
	return st, s.opened(err)
}

// SaveSettings validates and writes the workspace settings.
func (s *Store) SaveSettings(st model.Settings) error {
	if err := model.CheckSettings(st); err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketSettings), keyWorkspace, st)
	})
}
