package store

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// all reads every record of a bucket, in key order.
func all[T any](s *Store, bucket []byte) ([]T, error) {
	var out []T
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out, err = decodeAll[T](bucket, tx.Bucket(bucket))
		return err
	})
	return out, s.opened(err)
}

// decodeAll reads every record of a bucket inside a transaction, in key
// order, checking nothing but that each decodes. Big buckets are decoded
// on every core at once: the values stay valid while the transaction is
// open, and each worker fills its own part of the result.
func decodeAll[T any](bucket []byte, b *bolt.Bucket) ([]T, error) {
	keys, values := keysAndValues(b)
	out := make([]T, len(values))
	if err := eachRecord(bucket, keys, func(i int) error { return decode(bucket, keys[i], values[i], &out[i]) }); err != nil {
		return nil, err
	}
	return out, nil
}

// keysAndValues lists a bucket's keys and values, in key order; they are
// valid while the transaction is open.
func keysAndValues(b *bolt.Bucket) (keys, values [][]byte) {
	b.ForEach(func(k, v []byte) error {
		keys, values = append(keys, k), append(values, v)
		return nil
	})
	return keys, values
}

// Checklist returns the buyer checklist, the course's when none was saved.
func (s *Store) Checklist() ([]model.ChecklistItem, error) {
	items := model.DefaultChecklist()
	err := s.view(func(tx *bolt.Tx) error {
		_, err := getJSON(tx.Bucket(bucketChecklist), bucketChecklist, keyItems, &items)
		return err
	})
	return items, err
}

// SaveChecklist validates and writes the buyer checklist.
func (s *Store) SaveChecklist(items []model.ChecklistItem) error {
	if err := model.CheckChecklist(items); err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error { return putJSON(tx.Bucket(bucketChecklist), keyItems, items) })
}

// Knowledge returns every answer of every account.
func (s *Store) Knowledge() ([]model.Knowledge, error) {
	return all[model.Knowledge](s, bucketKnowledge)
}

// SaveKnowledge validates and writes one answer.
func (s *Store) SaveKnowledge(k model.Knowledge) (model.Knowledge, error) {
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		k, err = putKnowledge(tx, k, s.now(), false)
		return err
	})
	return k, err
}

func putKnowledge(tx *bolt.Tx, k model.Knowledge, now time.Time, _ bool) (model.Knowledge, error) {
	if err := model.CheckKnowledge(k, now); err != nil {
		return k, err
	}
	if err := accountExists(tx, k.AccountID); err != nil {
		return k, err
	}
	k.Updated = now
	return k, putJSON(tx.Bucket(bucketKnowledge), []byte(k.AccountID+"/"+k.ItemID), k)
}

func accountExists(tx *bolt.Tx, id string) error {
	if tx.Bucket(bucketAccounts).Get([]byte(id)) == nil {
		return fmt.Errorf("no account %s in this workspace", id)
	}
	return nil
}

// People returns our people.
func (s *Store) People() ([]model.Person, error) { return all[model.Person](s, bucketPeople) }

// SavePerson validates and writes one of our people, giving a new one an ID.
func (s *Store) SavePerson(p model.Person) (model.Person, error) {
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		p, err = putPerson(tx, p, s.now(), false)
		return err
	})
	return p, err
}

func putPerson(tx *bolt.Tx, p model.Person, now time.Time, keepTimes bool) (model.Person, error) {
	if err := model.CheckPerson(p); err != nil {
		return p, err
	}
	if p.ID == "" {
		p.ID = newID(now)
	}
	if p.Updated.IsZero() || !keepTimes {
		p.Updated = now
	}
	return p, putJSON(tx.Bucket(bucketPeople), []byte(p.ID), p)
}

// Contacts returns the customers' people, of every account.
func (s *Store) Contacts() ([]model.Contact, error) { return all[model.Contact](s, bucketContacts) }

// SaveContact validates a contact against its account's other contacts and
// our people, and writes it.
func (s *Store) SaveContact(c model.Contact) (model.Contact, error) {
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		c, err = putContact(tx, c, s.now(), false)
		return err
	})
	return c, err
}

func putContact(tx *bolt.Tx, c model.Contact, now time.Time, keepTimes bool) (model.Contact, error) {
	if err := accountExists(tx, c.AccountID); err != nil {
		return c, err
	}
	contacts := tx.Bucket(bucketContacts)
	others, err := contactsOf(tx, c.AccountID, c.ID)
	if err != nil {
		return c, err
	}
	people, err := decodeAll[model.Person](bucketPeople, tx.Bucket(bucketPeople))
	if err != nil {
		return c, err
	}
	if err := model.CheckContact(c, others, people, now); err != nil {
		return c, err
	}
	if c.ID == "" {
		c.ID = newID(now)
	}
	var old model.Contact
	if ok, err := getJSON(contacts, bucketContacts, []byte(c.ID), &old); err != nil {
		return c, err
	} else if ok {
		c.Created = old.Created
		if old.AccountID != c.AccountID {
			if err := mayMove(tx, old); err != nil {
				return c, err
			}
			if err := tx.Bucket(bucketContactsByAccount).Delete(ownedKey(old.AccountID, old.ID)); err != nil {
				return c, err
			}
		}
	} else if c.Created.IsZero() || !keepTimes {
		c.Created = now
	}
	if c.Updated.IsZero() || !keepTimes {
		c.Updated = now
	}
	if err := tx.Bucket(bucketContactsByAccount).Put(ownedKey(c.AccountID, c.ID), nil); err != nil {
		return c, err
	}
	return c, putJSON(contacts, []byte(c.ID), c)
}

// mayMove refuses to move a contact to another account while records of
// its account name it: those reporting to it, the moments with it. They
// would name a contact their account does not have.
func mayMove(tx *bolt.Tx, c model.Contact) error {
	others, err := contactsOf(tx, c.AccountID, c.ID)
	if err != nil {
		return err
	}
	named := slices.ContainsFunc(others, func(o model.Contact) bool { return o.ReportsTo == c.ID })
	if !named {
		moments, err := decodeAll[model.Moment](bucketMoments, tx.Bucket(bucketMoments))
		if err != nil {
			return err
		}
		named = slices.ContainsFunc(moments, func(m model.Moment) bool { return m.ContactID == c.ID })
	}
	if named {
		return &model.Invalid{Msg: model.T(
			fmt.Sprintf("%s cannot move to another account: others at the account report to them, or contact moments were with them", c.Name),
			fmt.Sprintf("%s 不能移到另一个客户：该客户有人向其汇报，或有与其的联系记录", c.Name))}
	}
	return nil
}

// ownedKey files a record under its account in an index bucket, so one
// account's records are found by a prefix seek instead of a scan.
func ownedKey(accountID, id string) []byte { return []byte(accountID + "\x00" + id) }

// contactsOf reads an account's contacts but one (exceptID) through the
// index: a contact is checked against its own account's, and reading every
// contact of a big workspace for each save would make Reset quadratic.
func contactsOf(tx *bolt.Tx, accountID, exceptID string) ([]model.Contact, error) {
	prefix := ownedKey(accountID, "")
	contacts := tx.Bucket(bucketContacts)
	var out []model.Contact
	c := tx.Bucket(bucketContactsByAccount).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		id := k[len(prefix):]
		if string(id) == exceptID {
			continue
		}
		var x model.Contact
		if ok, err := getJSON(contacts, bucketContacts, id, &x); err != nil {
			return nil, err
		} else if ok {
			out = append(out, x)
		}
	}
	return out, nil
}

// indexContacts builds the contacts-by-account index of a file written
// before it existed.
func indexContacts(tx *bolt.Tx) error {
	index, err := tx.CreateBucket(bucketContactsByAccount)
	if err != nil {
		return err
	}
	contacts, err := decodeAll[model.Contact](bucketContacts, tx.Bucket(bucketContacts))
	if err != nil {
		return err
	}
	for _, c := range contacts {
		if err := index.Put(ownedKey(c.AccountID, c.ID), nil); err != nil {
			return err
		}
	}
	return nil
}

// Moments returns every contact moment.
func (s *Store) Moments() ([]model.Moment, error) { return all[model.Moment](s, bucketMoments) }

// SaveMoment writes a contact moment and brings the contact's last contact
// up to its date.
func (s *Store) SaveMoment(m model.Moment) (model.Moment, model.Contact, error) {
	var c model.Contact
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		m, c, err = putMoment(tx, m, s.now(), false)
		return err
	})
	return m, c, err
}

// putMomentOnly is putMoment for Reset, which needs only the moment back.
func putMomentOnly(tx *bolt.Tx, m model.Moment, now time.Time, keepTimes bool) (model.Moment, error) {
	m, _, err := putMoment(tx, m, now, keepTimes)
	return m, err
}

// putMomentAny is putMoment for Save: the moment, then its contact.
func putMomentAny(tx *bolt.Tx, rec any, now time.Time) ([]any, error) {
	m, c, err := putMoment(tx, rec.(model.Moment), now, false)
	return []any{m, c}, err
}

func putMoment(tx *bolt.Tx, m model.Moment, now time.Time, keepTimes bool) (model.Moment, model.Contact, error) {
	var c model.Contact
	if err := model.CheckMoment(m, now); err != nil {
		return m, c, err
	}
	ok, err := getJSON(tx.Bucket(bucketContacts), bucketContacts, []byte(m.ContactID), &c)
	if err != nil {
		return m, c, err
	}
	if !ok || c.AccountID != m.AccountID {
		return m, c, fmt.Errorf("no contact %s at account %s", m.ContactID, m.AccountID)
	}
	if m.ID == "" {
		m.ID = newID(now)
	}
	if m.Created.IsZero() {
		m.Created = now
	}
	if m.Updated.IsZero() || !keepTimes {
		m.Updated = now
	}
	if m.Date.After(c.LastContact) {
		c.LastContact = model.Day(m.Date)
		c.Updated = now
		if err := putJSON(tx.Bucket(bucketContacts), []byte(c.ID), c); err != nil {
			return m, c, err
		}
	}
	return m, c, putJSON(tx.Bucket(bucketMoments), []byte(m.ID), m)
}

// resetContacts writes a whole workspace's contacts, as Reset does, in
// key order but each one after the contact it reports to, in time linear
// in the contacts.
func resetContacts(tx *bolt.Tx, ws model.Workspace, now time.Time) error {
	list := slices.Clone(ws.Contacts)
	slices.SortStableFunc(list, func(a, b model.Contact) int { return strings.Compare(a.ID, b.ID) })
	tx.Bucket(bucketContacts).FillPercent = bulkFill
	reports := map[string][]model.Contact{} // boss ID → those waiting for the boss
	written := map[string]bool{}
	var write func(c model.Contact) error
	write = func(c model.Contact) error {
		if _, err := putContact(tx, c, now, true); err != nil {
			return fmt.Errorf("contact %q: %w", c.Name, err)
		}
		written[c.ID] = true
		waiting := reports[c.ID]
		delete(reports, c.ID)
		for _, r := range waiting {
			if err := write(r); err != nil {
				return err
			}
		}
		return nil
	}
	for _, c := range list {
		if c.ReportsTo != "" && !written[c.ReportsTo] {
			reports[c.ReportsTo] = append(reports[c.ReportsTo], c)
			continue
		}
		if err := write(c); err != nil {
			return err
		}
	}
	for _, c := range list { // left waiting: their boss is not in the workspace
		if !written[c.ID] {
			return fmt.Errorf("contact %q: reports to someone not in the workspace", c.Name)
		}
	}
	return nil
}
