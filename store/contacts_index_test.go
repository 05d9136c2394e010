package store

import (
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// TestContactsIndexBuiltForOlderFiles opens a file written before the
// contacts-by-account index, at schema 2: the migration builds the index
// from its contacts, so a contact is still checked against the others of
// its account.
func TestContactsIndexBuiltForOlderFiles(t *testing.T) {
	s, path := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	boss, err := s.SaveContact(model.Contact{AccountID: a.ID, Name: "Wang Fang", Function: "commercial", Role: "decider", Stance: "neutral", Influence: "high"})
	if err != nil {
		t.Fatal(err)
	}
	buyer, err := s.SaveContact(model.Contact{AccountID: a.ID, Name: "Zhang Min", Function: "buying", Role: "buyer", Stance: "supporter", Influence: "medium", ReportsTo: boss.ID})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketMeta).Put(keySchema, []byte("2")); err != nil {
			return err
		}
		return tx.DeleteBucket(bucketContactsByAccount)
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	boss.ReportsTo = buyer.ID
	if _, err := s.SaveContact(boss); err == nil || !strings.Contains(err.Error(), "circle") {
		t.Errorf("after the index was rebuilt, a reporting circle went unnoticed: %v", err)
	}
	moved := buyer
	moved.ReportsTo = ""
	other, _ := s.SaveAccount(account("FreshWay"))
	moved.AccountID = other.ID
	if _, err := s.SaveContact(moved); err != nil {
		t.Fatal(err)
	}
	var left []model.Contact
	s.view(func(tx *bolt.Tx) error {
		var err error
		left, err = contactsOf(tx, a.ID, "")
		return err
	})
	if len(left) != 1 || left[0].ID != boss.ID {
		t.Errorf("a contact moved to another account is still filed under the first: %+v", left)
	}
}
