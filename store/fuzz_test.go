package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// givenRefs are the records of ws, as Load would have noted them, for
// checking one record read on its own; m is its matrix as stored.
func givenRefs(ws model.Workspace, m model.Matrix) *refs {
	r := &refs{people: ws.People}
	r.accountsOnce.Do(func() {
		r.accounts = map[string]struct{}{}
		for _, a := range ws.Accounts {
			r.accounts[a.ID] = struct{}{}
		}
	})
	r.matrixOnce.Do(func() { r.matrix = m })
	noteContacts(ws.Contacts, r)
	noteProducts(ws.Products, r)
	noteClusters(ws.Clusters, r)
	return r
}

// FuzzReadRecord reads one stored record, whole or damaged, as Load reads
// a record of each kind in the table (the first argument picks the kind):
// decoded, then checked alone and against the case study's other records.
// It never panics, and whatever it refuses it calls damage, in both
// languages. The seeds are every record of the case study as the store
// keeps it, whole and cut in half.
func FuzzReadRecord(f *testing.F) {
	ws := model.CaseStudy(fixedNow, model.English)
	s, err := Open(filepath.Join(f.TempDir(), "seeds.db"), Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		f.Fatal(err)
	}
	if err := s.Reset(ws); err != nil {
		f.Fatal(err)
	}
	var m model.Matrix
	type seed struct {
		kind     int
		key, raw []byte
	}
	var whole []seed
	s.view(func(tx *bolt.Tx) error {
		m, err = storedMatrix(tx)
		for i, k := range kinds {
			tx.Bucket(k.bucket).ForEach(func(key, raw []byte) error {
				f.Add(uint8(i), bytes.Clone(key), bytes.Clone(raw))
				whole = append(whole, seed{i, bytes.Clone(key), bytes.Clone(raw)})
				f.Add(uint8(i), bytes.Clone(key), bytes.Clone(raw[:len(raw)/2]))
				return nil
			})
		}
		return nil
	})
	s.Close()
	if err != nil {
		f.Fatal(err)
	}
	for i, k := range kinds { // what kam saved reads back, a bucket at a time
		var keys, values [][]byte
		for _, s := range whole {
			if s.kind == i {
				keys, values = append(keys, s.key), append(values, s.raw)
			}
		}
		var got model.Workspace
		if err := k.read(keys, values, &got, givenRefs(ws, m)); err != nil {
			f.Fatalf("the case study as stored: %v", err)
		}
	}

	f.Fuzz(func(t *testing.T, which uint8, key, raw []byte) {
		if len(key) == 0 {
			return // bbolt keeps no record under an empty key
		}
		k := kinds[int(which)%len(kinds)]
		var got model.Workspace
		err := k.read([][]byte{key}, [][]byte{raw}, &got, givenRefs(ws, m))
		if err == nil {
			return
		}
		var p *recovered
		if errors.As(err, &p) {
			t.Fatalf("reading %s %q panicked: %v\n%s", k.bucket, raw, p.value, p.stack)
		}
		var d *DamageError
		if !errors.As(err, &d) || !errors.Is(err, ErrDamaged) {
			t.Fatalf("reading %s %q: %v is not damage", k.bucket, raw, err)
		}
		if b := d.Bilingual(); b.EN == "" || b.ZH == "" {
			t.Fatalf("reading %s %q: %v is not told in both languages", k.bucket, raw, err)
		}
	})
}
