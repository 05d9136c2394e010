package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// KindCount is how many records of one kind a file holds.
type KindCount struct {
	Bucket  string // the kind's bucket: "accounts", "contacts"…; "criteria" and "checklist" count the items of those lists
	Records int
}

// Verification is what Verify found: the records of each kind, and every
// problem, in the file's structure (bbolt's own check) or in a record (the
// checks Load makes).
type Verification struct {
	Schema   int
	Counts   []KindCount
	Problems []error // each a *DamageError, naming the record where there is one
	// RecordsChecked is false for a file of an older schema, whose
	// records kam reads once it has upgraded the file.
	RecordsChecked bool
	// Stopped names the kinds whose check stopped after MaxProblemsPerKind.
	Stopped []string
}

// MaxProblemsPerKind is how many damaged records of one kind Verify
// reports before it stops looking at that kind.
const MaxProblemsPerKind = 20

// Verify checks the whole file: bbolt's consistency check of its pages,
// then every record as Load checks them, going on past a damaged record to
// find the others. It writes nothing.
func (s *Store) Verify() Verification {
	v := Verification{Schema: s.schema}
	err := s.view(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			v.Problems = append(v.Problems, damaged(model.T(
				"the file's structure: "+err.Error(), "文件结构："+err.Error())))
		}
		for _, k := range kinds {
			if b := tx.Bucket(k.bucket); b != nil && k.key != nil {
				v.Counts = append(v.Counts, KindCount{Bucket: string(k.bucket), Records: b.Stats().KeyN})
			}
		}
		if s.schema != SchemaVersion {
			return nil
		}
		v.RecordsChecked = true
		var ws model.Workspace
		r := &refs{tx: tx}
		for _, k := range kinds {
			b := tx.Bucket(k.bucket)
			if b == nil {
				v.Problems = append(v.Problems, missingBucket(k.bucket))
				continue
			}
			if k.key == nil { // one value: read as Load reads it
				if err := k.load(b, &ws, r); err != nil {
					v.Problems = append(v.Problems, err)
				}
				continue
			}
			if string(k.bucket) == string(bucketEvaluations) { // after the criteria and the checklist
				v.Counts = append([]KindCount{
					{Bucket: "criteria", Records: len(ws.Matrix.Attractiveness) + len(ws.Matrix.Strength)},
					{Bucket: "checklist", Records: len(ws.Checklist)},
				}, v.Counts...)
			}
			problems, stopped := verifyRecords(k, b, &ws, r)
			v.Problems = append(v.Problems, problems...)
			if stopped {
				v.Stopped = append(v.Stopped, string(k.bucket))
			}
		}
		return nil
	})
	if err != nil {
		v.Problems = append(v.Problems, err)
	}
	return v
}

// verifyRecords reads a kind's records as Load does; each time a record is
// found damaged it is reported and set aside, and the rest read again, so
// that every damaged record is named, not only the first.
func verifyRecords(k kind, b *bolt.Bucket, ws *model.Workspace, r *refs) (problems []error, stopped bool) {
	keys, values := keysAndValues(b)
	for {
		err := k.read(keys, values, ws, r)
		if err == nil {
			return problems, false
		}
		problems = append(problems, err)
		var de *DamageError
		i := -1
		if errors.As(err, &de) {
			key, _ := strings.CutPrefix(de.Record, string(k.bucket)+"/")
			i = slices.IndexFunc(keys, func(k []byte) bool { return string(k) == key })
		}
		if i < 0 || len(problems) >= MaxProblemsPerKind {
			return problems, i >= 0
		}
		keys = slices.Delete(keys, i, i+1)
		values = slices.Delete(values, i, i+1)
	}
}

// String sums a verification up in English, for logs and tests.
func (v Verification) String() string {
	var b strings.Builder
	for _, c := range v.Counts {
		fmt.Fprintf(&b, "%s %d; ", c.Bucket, c.Records)
	}
	fmt.Fprintf(&b, "%d problems", len(v.Problems))
	return b.String()
}
