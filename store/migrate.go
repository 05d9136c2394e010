package store

import (
	"fmt"
	"os"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// migrations[v] turns a schema-v file into a schema-v+1 file, inside the
// same transaction that records the new version.
var migrations = map[int]func(tx *bolt.Tx, now time.Time) error{
	1: addAccountNameIndex,
}

// migrate backs the file up, then runs every step from version up to
// SchemaVersion in one transaction: a failure leaves the file as it was.
func (s *Store) migrate(from int) error {
	backup := fmt.Sprintf("%s.schema%d.bak", s.path, from)
	if _, err := os.Stat(backup); err == nil {
		backup = fmt.Sprintf("%s.schema%d.%s.bak", s.path, from, s.now().Format("20060102-150405"))
	}
	if err := s.view(func(tx *bolt.Tx) error { return tx.CopyFile(backup, 0o600) }); err != nil {
		return fmt.Errorf("backing up before migration: %w", err)
	}
	s.backup = backup
	return s.update(func(tx *bolt.Tx) error {
		for v := from; v < SchemaVersion; v++ {
			step, ok := migrations[v]
			if !ok {
				return fmt.Errorf("no migration from schema %d", v)
			}
			if err := step(tx, s.now()); err != nil {
				return fmt.Errorf("migrating schema %d to %d: %w", v, v+1, err)
			}
		}
		if err := createDataBuckets(tx); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
	})
}

// addAccountNameIndex (schema 1 → 2) builds the index that keeps account
// names unique. Schema 1 did not enforce uniqueness, so a later account
// whose name repeats an earlier one is renamed "Name (2)", "Name (3)"….
func addAccountNameIndex(tx *bolt.Tx, now time.Time) error {
	names, err := tx.CreateBucketIfNotExists(bucketAccountNames)
	if err != nil {
		return err
	}
	accounts := tx.Bucket(bucketAccounts)
	if accounts == nil {
		return nil
	}
	type renamed struct {
		key []byte
		a   model.Account
	}
	var renames []renamed
	err = accounts.ForEach(func(k, v []byte) error {
		var a model.Account
		if err := decode(k, v, &a); err != nil {
			return err
		}
		name := a.Name
		for n := 2; names.Get([]byte(model.NameKey(name))) != nil; n++ {
			name = fmt.Sprintf("%s (%d)", a.Name, n)
		}
		if name != a.Name {
			a.Name = name
			a.Updated = now
			renames = append(renames, renamed{append([]byte(nil), k...), a})
		}
		return names.Put([]byte(model.NameKey(name)), append([]byte(nil), k...))
	})
	if err != nil {
		return err
	}
	for _, r := range renames { // written after the walk: a cursor must not see its bucket change
		if err := putJSON(accounts, r.key, r.a); err != nil {
			return err
		}
	}
	return nil
}
