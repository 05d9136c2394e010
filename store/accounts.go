package store

import (
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// Accounts returns every account, archived ones too, oldest first.
func (s *Store) Accounts() ([]model.Account, error) { return all[model.Account](s, bucketAccounts) }

// SaveAccount validates and writes one account, keeping its name unique
// ignoring case. A new account (no ID) gets one.
func (s *Store) SaveAccount(a model.Account) (model.Account, error) {
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		a, err = putAccount(tx, a, s.now(), false)
		return err
	})
	return a, err
}

// putAccount is the one place an account is written: it validates against
// the name index, stamps the times and keeps the index in step. keepTimes
// keeps the times a new record brings with it (a workspace being loaded
// whole, as the case study is).
func putAccount(tx *bolt.Tx, a model.Account, now time.Time, keepTimes bool) (model.Account, error) {
	accounts := tx.Bucket(bucketAccounts)
	names := tx.Bucket(bucketAccountNames)
	a.Name = strings.TrimSpace(a.Name)

	var old model.Account
	exists := false
	if a.ID != "" {
		var err error
		if exists, err = getJSON(accounts, bucketAccounts, []byte(a.ID), &old); err != nil {
			return a, err
		}
	}
	taken := func(key string) (bool, bool) {
		id := names.Get([]byte(key))
		if id == nil || string(id) == a.ID {
			return false, false
		}
		var other model.Account
		if ok, _ := getJSON(accounts, bucketAccounts, id, &other); !ok {
			return true, false
		}
		return true, other.Archived
	}
	if ps := a.Validate(taken); len(ps) > 0 {
		return a, ps[0].Err
	}

	if a.ID == "" {
		a.ID = newID(now)
	}
	if exists {
		a.Created = old.Created
		if oldKey := model.NameKey(old.Name); oldKey != model.NameKey(a.Name) {
			if err := names.Delete([]byte(oldKey)); err != nil {
				return a, err
			}
		}
	} else if a.Created.IsZero() || !keepTimes {
		a.Created = now
	}
	if a.Updated.IsZero() || !keepTimes {
		a.Updated = now
	}
	if err := names.Put([]byte(model.NameKey(a.Name)), []byte(a.ID)); err != nil {
		return a, err
	}
	return a, putJSON(accounts, []byte(a.ID), a)
}
