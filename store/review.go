package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// Meetings returns every business review of every account.
func (s *Store) Meetings() ([]model.Meeting, error) { return all[model.Meeting](s, bucketMeetings) }

// SaveMeetings validates and writes meetings, all or none.
func (s *Store) SaveMeetings(ms ...model.Meeting) ([]model.Meeting, error) {
	out := make([]model.Meeting, len(ms))
	err := s.update(func(tx *bolt.Tx) error {
		for i, m := range ms {
			var err error
			if out[i], err = putMeeting(tx, m, s.now(), false); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

func putMeeting(tx *bolt.Tx, m model.Meeting, now time.Time, keepTimes bool) (model.Meeting, error) {
	if err := model.CheckMeeting(m); err != nil {
		return m, err
	}
	if err := accountExists(tx, m.AccountID); err != nil {
		return m, err
	}
	if m.ID == "" {
		m.ID = newID(now)
	}
	var old model.Meeting
	if ok, err := getJSON(tx.Bucket(bucketMeetings), bucketMeetings, []byte(m.ID), &old); err != nil {
		return m, err
	} else if ok {
		m.Created = old.Created
	} else if m.Created.IsZero() || !keepTimes {
		m.Created = now
	}
	if m.Updated.IsZero() || !keepTimes {
		m.Updated = now
	}
	return m, putJSON(tx.Bucket(bucketMeetings), []byte(m.ID), m)
}

// DeleteMeeting removes a meeting.
func (s *Store) DeleteMeeting(id string) error {
	return s.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeetings).Delete([]byte(id)) })
}
