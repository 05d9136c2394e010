package store

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// migrations[v] turns a schema-v file into a schema-v+1 file, inside the
// same transaction that records the new version.
var migrations = map[int]func(tx *bolt.Tx, now time.Time) error{
	1: addAccountNameIndex,
	2: compactEvaluations,
	3: addRange,
	4: addPlan,
}

// migrate backs the file up, then runs every step from version up to
// SchemaVersion in one transaction: a failure leaves the file as it was.
func (s *Store) migrate(from int) error {
	backup := fmt.Sprintf("%s.schema%d.bak", s.path, from)
	if _, err := os.Stat(backup); err == nil {
		backup = fmt.Sprintf("%s.schema%d.%s.bak", s.path, from, s.now().Format("20060102-150405"))
	}
	if err := s.view(func(tx *bolt.Tx) error { return tx.CopyFile(backup, 0o600) }); err != nil {
		if errors.Is(err, ErrDamaged) {
			return err
		}
		// Not damage: the disk or the folder refused the copy.
		return &OpenError{Problem: NoBackup, Path: s.path, Err: err}
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
		if err := decode(bucketAccounts, k, v, &a); err != nil {
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

// evaluationV2 is an evaluation as schema 2 stored it: each score with the
// name and weight of its criterion as they were when it was scored.
type evaluationV2 struct {
	ID             string    `json:"id"`
	AccountID      string    `json:"account_id"`
	Date           time.Time `json:"date"`
	Attractiveness []scoreV2 `json:"attractiveness"`
	Strength       []scoreV2 `json:"strength"`
	Created        time.Time `json:"created"`
}

type scoreV2 struct {
	CriterionID string     `json:"criterion_id"`
	Name        model.Text `json:"name"`
	Weight      int        `json:"weight"`
	Score       int        `json:"score"`
	Comment     string     `json:"comment"`
}

// compactEvaluations (schema 2 → 3) stores each evaluation as the version
// of the criteria it was scored against and a score per criterion. Every
// distinct set of criteria the old evaluations carry becomes a version of
// the matrix, numbered in the order they were first used; the set equal to
// the matrix's criteria is the current version, numbered last. So an old
// evaluation keeps its own names and weights.
func compactEvaluations(tx *bolt.Tx, _ time.Time) error {
	evaluations := tx.Bucket(bucketEvaluations)
	if evaluations == nil {
		return nil
	}
	matrix, err := tx.CreateBucketIfNotExists(bucketMatrix)
	if err != nil {
		return err
	}
	m := model.DefaultMatrix()
	stored, err := getJSON(matrix, bucketMatrix, keyMatrix, &m)
	if err != nil {
		return err
	}
	type oldEvaluation struct {
		key []byte
		e   evaluationV2
		set model.CriteriaSet
	}
	describe := descriptions(m)
	var olds []oldEvaluation
	err = evaluations.ForEach(func(k, v []byte) error {
		var e evaluationV2
		if err := decode(bucketEvaluations, k, v, &e); err != nil {
			return err
		}
		olds = append(olds, oldEvaluation{append([]byte(nil), k...), e, criteriaOf(e, describe)})
		return nil
	})
	if err != nil {
		return err
	}

	// The earlier sets, numbered in the order they were first used.
	byDate := make([]int, len(olds))
	for i := range byDate {
		byDate[i] = i
	}
	slices.SortStableFunc(byDate, func(a, b int) int {
		return cmp.Or(olds[a].e.Date.Compare(olds[b].e.Date), olds[a].e.Created.Compare(olds[b].e.Created))
	})
	var earlier []model.CriteriaSet
	versions := make([]int, len(olds)) // 0 for the current set, numbered once the earlier are counted
	for _, i := range byDate {
		if model.SameCriteria(olds[i].set, m.Current()) {
			continue
		}
		found := slices.IndexFunc(earlier, func(s model.CriteriaSet) bool { return model.SameCriteria(olds[i].set, s) })
		if found < 0 {
			set := olds[i].set
			set.Version = len(earlier) + 1
			earlier, found = append(earlier, set), len(earlier)
		}
		versions[i] = earlier[found].Version
	}
	m.Version, m.Earlier = len(earlier)+1, earlier
	if stored || len(earlier) > 0 {
		if err := putJSON(matrix, keyMatrix, m); err != nil {
			return err
		}
	}

	// Written afresh in key order into full pages: rewriting each record
	// in place would leave every page of the bucket mostly empty.
	if err := tx.DeleteBucket(bucketEvaluations); err != nil {
		return err
	}
	if evaluations, err = tx.CreateBucket(bucketEvaluations); err != nil {
		return err
	}
	evaluations.FillPercent = bulkFill
	for i, o := range olds {
		version := versions[i]
		if version == 0 {
			version = m.Version
		}
		if err := putJSON(evaluations, o.key, compacted(o.e, version)); err != nil {
			return err
		}
	}
	return nil
}

// descriptions are the matrix's criteria descriptions, by criterion ID.
func descriptions(m model.Matrix) map[string]model.Text {
	out := map[string]model.Text{}
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		for _, c := range m.Criteria(axis) {
			out[c.ID] = c.Description
		}
	}
	return out
}

// criteriaOf is the set of criteria an old evaluation was scored against,
// as its scores recorded them; descriptions, which they did not record,
// come from the matrix's criterion of the same ID.
func criteriaOf(e evaluationV2, describe map[string]model.Text) model.CriteriaSet {
	criteria := func(scores []scoreV2) []model.Criterion {
		out := make([]model.Criterion, len(scores))
		for i, s := range scores {
			out[i] = model.Criterion{ID: s.CriterionID, Name: s.Name, Description: describe[s.CriterionID], Weight: s.Weight}
		}
		return out
	}
	return model.CriteriaSet{Attractiveness: criteria(e.Attractiveness), Strength: criteria(e.Strength)}
}

// compacted is an old evaluation in the compact form, scored against version.
func compacted(old evaluationV2, version int) model.Evaluation {
	e := model.Evaluation{
		ID: old.ID, AccountID: old.AccountID, Date: old.Date, CriteriaVersion: version, Created: old.Created,
	}
	scores := func(list []scoreV2) []int {
		out := make([]int, len(list))
		for i, s := range list {
			out[i] = s.Score
			e.SetComment(s.CriterionID, s.Comment)
		}
		return out
	}
	e.Attractiveness, e.Strength = scores(old.Attractiveness), scores(old.Strength)
	return e
}
