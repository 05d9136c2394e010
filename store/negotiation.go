package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// Terms returns every year of terms of every account.
func (s *Store) Terms() ([]model.TermsYear, error) { return all[model.TermsYear](s, bucketTerms) }

// SaveTermsYear validates and writes one account's terms for one year.
func (s *Store) SaveTermsYear(y model.TermsYear) (model.TermsYear, error) {
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		y, err = putTermsYear(tx, y, s.now(), false)
		return err
	})
	return y, err
}

func putTermsYear(tx *bolt.Tx, y model.TermsYear, now time.Time, _ bool) (model.TermsYear, error) {
	if err := model.CheckTermsYear(y); err != nil {
		return y, err
	}
	if err := accountExists(tx, y.AccountID); err != nil {
		return y, err
	}
	y.Updated = now
	return y, putJSON(tx.Bucket(bucketTerms), []byte(y.Key()), y)
}

// DeleteTermsYear removes one account's terms for one year.
func (s *Store) DeleteTermsYear(y model.TermsYear) error {
	return s.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketTerms).Delete([]byte(y.Key())) })
}

// Negotiations returns every negotiation of every account.
func (s *Store) Negotiations() ([]model.Negotiation, error) {
	return all[model.Negotiation](s, bucketNegotiations)
}

// SaveNegotiation validates and writes a worksheet, giving a new one its ID.
func (s *Store) SaveNegotiation(n model.Negotiation) (model.Negotiation, error) {
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		n, err = putNegotiation(tx, n, s.now(), false)
		return err
	})
	return n, err
}

func putNegotiation(tx *bolt.Tx, n model.Negotiation, now time.Time, keepTimes bool) (model.Negotiation, error) {
	if err := model.CheckNegotiation(n); err != nil {
		return n, err
	}
	if err := accountExists(tx, n.AccountID); err != nil {
		return n, err
	}
	if n.ID == "" {
		n.ID = newID(now)
	}
	var old model.Negotiation
	if ok, err := getJSON(tx.Bucket(bucketNegotiations), bucketNegotiations, []byte(n.ID), &old); err != nil {
		return n, err
	} else if ok {
		n.Created = old.Created
	} else if n.Created.IsZero() || !keepTimes {
		n.Created = now
	}
	if n.Updated.IsZero() || !keepTimes {
		n.Updated = now
	}
	return n, putJSON(tx.Bucket(bucketNegotiations), []byte(n.ID), n)
}

// DeleteNegotiation removes a worksheet.
func (s *Store) DeleteNegotiation(id string) error {
	return s.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketNegotiations).Delete([]byte(id)) })
}
