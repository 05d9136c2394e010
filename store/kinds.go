package store

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// A kind is one type of record the workspace keeps, in a bucket of its
// own: how the records are read into a model.Workspace and checked, written
// from one (Reset), saved one at a time and removed. The table of kinds
// below is the one list of record types; open, load, reset, save and
// delete follow it.
type kind struct {
	bucket []byte
	// since is the schema from which every file has the bucket: a file of
	// that schema or later without it is damaged. A kind added later comes
	// with a new schema, whose migration creates its bucket.
	since int
	first bool         // read for the first frame, before the rest
	typ   reflect.Type // the Go type Save and Delete take
	// read decodes the part's records from their keys and values into ws
	// and checks each, against refs for the records it names; load feeds
	// it a bucket, the fuzz tests one record.
	read func(keys, values [][]byte, ws *model.Workspace, r *refs) error
	load func(b *bolt.Bucket, ws *model.Workspace, r *refs) error
	move func(dst, src *model.Workspace) // copies this kind's field across
	// reset writes the kind's records of a whole workspace.
	reset func(tx *bolt.Tx, ws model.Workspace, now time.Time) error
	// put validates and writes one record, returning every record the
	// write changed, the record itself first.
	put func(tx *bolt.Tx, rec any, now time.Time) ([]any, error)
	// key is where a record lives in its bucket; nil for a kind held as
	// one value, which is replaced but never deleted.
	key func(rec any) []byte
	// kept records are archived, never deleted: others name them.
	kept bool
}

// kinds lists every record type, in the order Reset writes and Load
// checks them: a record comes after those it refers to. Each entry names
// its bucket, the schema since which every file has it, whether the first
// frame needs it, how it is saved and how it is checked as it is read.
var kinds = []kind{
	single(bucketSettings, keyWorkspace, 1, true, func(ws *model.Workspace) *model.Settings { return &ws.Settings },
		func(model.Settings) bool { return true }, model.CheckSettings, nil),
	kept(records(bucketAccounts, 1, true, putAccount, checks[model.Account]{alone: checkAccount})),
	withPut(single(bucketMatrix, keyMatrix, 3, true, func(ws *model.Workspace) *model.Matrix { return &ws.Matrix },
		func(m model.Matrix) bool { return len(m.Attractiveness)+len(m.Strength) > 0 }, checkMatrix, model.DefaultMatrix), putMatrixAny),
	single(bucketChecklist, keyItems, 3, true, func(ws *model.Workspace) *[]model.ChecklistItem { return &ws.Checklist },
		func(items []model.ChecklistItem) bool { return items != nil }, model.CheckChecklist, model.DefaultChecklist),
	records(bucketEvaluations, 3, false, putEvaluation, checks[model.Evaluation]{refs: checkEvaluation}),
	kept(records(bucketPeople, 3, false, putPerson, checks[model.Person]{alone: model.CheckPerson, note: notePeople})),
	kept(withReset(records(bucketContacts, 3, false, putContact, checks[model.Contact]{note: noteContacts, refs: checkContact}), resetContacts)),
	records(bucketKnowledge, 3, false, putKnowledge, checks[model.Knowledge]{alone: checkKnowledge}),
	withPut(records(bucketMoments, 3, false, putMomentOnly, checks[model.Moment]{refs: checkMoment}), putMomentAny),
	records(bucketTerms, 3, false, putTermsYear, checks[model.TermsYear]{alone: model.CheckTermsYear}),
	records(bucketNegotiations, 3, false, putNegotiation, checks[model.Negotiation]{alone: model.CheckNegotiation}),
	records(bucketMeetings, 3, false, putMeeting, checks[model.Meeting]{alone: model.CheckMeeting}),
	kept(records(bucketProducts, rangeSchema, false, putProduct,
		checks[model.Product]{alone: model.CheckProduct, note: noteProducts, refs: checkProduct})),
	kept(records(bucketClusters, rangeSchema, false, putCluster,
		checks[model.Cluster]{alone: model.CheckCluster, note: noteClusters, refs: checkCluster})),
	records(bucketOperations, rangeSchema, false, putOperations,
		checks[model.Operations]{alone: model.CheckOperations, refs: checkOperations}),
	records(bucketListings, rangeSchema, false, putListing, checks[model.Listing]{alone: model.CheckListing, refs: checkListing}),
	records(bucketMutations, rangeSchema, false, putMutation, checks[model.Mutation]{alone: model.CheckMutation, refs: checkMutation}),
	records(bucketObjectives, planSchema, false, putObjective, checks[model.PlanObjective]{alone: model.CheckObjective}),
	records(bucketPlans, planSchema, false, putAccountPlan, checks[model.AccountPlan]{alone: model.CheckAccountPlan}),
	records(bucketPromotions, planSchema, false, putPromotion,
		checks[model.Promotion]{alone: model.CheckPromotion, refs: checkPromotion}),
}

// bulkFill is how full Reset packs a page; bbolt's default, half, suits
// records written one at a time in any order.
const bulkFill = 0.95

// indexBuckets hold what the store keeps beside the records to check them
// (unique names); a reset empties them too.
var indexBuckets = []struct {
	name  []byte
	since int
}{{bucketAccountNames, 2}, {bucketContactsByAccount, 3}, {bucketProductCodes, rangeSchema}, {bucketClustersByAccount, rangeSchema}}

// records is the kind of a record type kept many to a bucket, under its key.
func records[T model.Record](bucket []byte, since int, first bool, put func(*bolt.Tx, T, time.Time, bool) (T, error), c checks[T]) kind {
	k := kind{
		bucket: bucket,
		since:  since,
		first:  first,
		typ:    reflect.TypeFor[T](),
		read: func(keys, values [][]byte, ws *model.Workspace, r *refs) error {
			list, err := readRecords(bucket, keys, values, c, r)
			*model.Records[T](ws) = list
			return err
		},
		move: func(dst, src *model.Workspace) { *model.Records[T](dst) = *model.Records[T](src) },
		reset: func(tx *bolt.Tx, ws model.Workspace, now time.Time) error {
			// Written in key order into full pages: a bulk write that
			// splits pages half-full would leave the file twice its size.
			list := slices.Clone(*model.Records[T](&ws))
			slices.SortStableFunc(list, func(a, b T) int { return strings.Compare(a.Key(), b.Key()) })
			tx.Bucket(bucket).FillPercent = bulkFill
			for _, r := range list {
				if _, err := put(tx, r, now, true); err != nil {
					return fmt.Errorf("%s %s: %w", bucket, r.Key(), err)
				}
			}
			return nil
		},
		put: func(tx *bolt.Tx, rec any, now time.Time) ([]any, error) {
			saved, err := put(tx, rec.(T), now, false)
			return []any{saved}, err
		},
		key: func(rec any) []byte { return []byte(rec.(T).Key()) },
	}
	k.load = func(b *bolt.Bucket, ws *model.Workspace, r *refs) error {
		keys, values := keysAndValues(b)
		return k.read(keys, values, ws, r)
	}
	return k
}

// single is the kind of a value the workspace holds one of, under one key:
// isSet says whether a workspace being reset brings one (else the default
// stands), check validates it as it is written and read, def is what a
// file without one holds.
func single[T any](bucket, key []byte, since int, first bool, field func(*model.Workspace) *T,
	isSet func(T) bool, check func(T) error, def func() T) kind {
	write := func(tx *bolt.Tx, v T) error {
		if err := check(v); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bucket), key, v)
	}
	k := kind{
		bucket: bucket,
		since:  since,
		first:  first,
		typ:    reflect.TypeFor[T](),
		read: func(_, values [][]byte, ws *model.Workspace, _ *refs) error {
			v := field(ws)
			if def != nil {
				*v = def()
			}
			if len(values) == 0 {
				return nil
			}
			if err := decode(bucket, key, values[0], v); err != nil {
				return err
			}
			if err := check(*v); err != nil {
				return damagedRecord(bucket, key, err)
			}
			return nil
		},
		move: func(dst, src *model.Workspace) { *field(dst) = *field(src) },
		reset: func(tx *bolt.Tx, ws model.Workspace, _ time.Time) error {
			if v := *field(&ws); isSet(v) {
				return write(tx, v)
			}
			return nil
		},
		put: func(tx *bolt.Tx, rec any, _ time.Time) ([]any, error) {
			return []any{rec}, write(tx, rec.(T))
		},
	}
	k.load = func(b *bolt.Bucket, ws *model.Workspace, r *refs) error {
		if raw := b.Get(key); raw != nil {
			return k.read([][]byte{key}, [][]byte{raw}, ws, r)
		}
		return k.read(nil, nil, ws, r)
	}
	return k
}

func kept(k kind) kind {
	k.kept = true
	return k
}

func withReset(k kind, reset func(*bolt.Tx, model.Workspace, time.Time) error) kind {
	k.reset = reset
	return k
}

func withPut(k kind, put func(*bolt.Tx, any, time.Time) ([]any, error)) kind {
	k.put = put
	return k
}

// kindOf finds the kind of a record by its type.
func kindOf(rec any) (kind, error) {
	t := reflect.TypeOf(rec)
	for _, k := range kinds {
		if k.typ == t {
			return k, nil
		}
	}
	return kind{}, fmt.Errorf("kam keeps no records of type %v", t)
}

// Part names which kinds a Load reads.
type Part int

const (
	Everything Part = iota
	FirstFrame      // what the first screen needs: settings, accounts, criteria, checklist
	Rest            // everything else
)

func (p Part) has(k kind) bool {
	switch p {
	case FirstFrame:
		return k.first
	case Rest:
		return !k.first
	}
	return true
}

// Merge copies the kinds of the part from src into dst, leaving the rest
// of dst as it was: what a part loaded joins what is already in memory.
func (p Part) Merge(dst *model.Workspace, src model.Workspace) {
	for _, k := range kinds {
		if p.has(k) {
			k.move(dst, &src)
		}
	}
}

// Load reads the kinds of a part into one workspace value, in one read
// transaction, checking every record: a record no save would have written
// is damage, reported with the file and the record. Kinds outside the part
// are left empty; the records of the part are still checked against them.
func (s *Store) Load(part Part) (model.Workspace, error) {
	var ws model.Workspace
	err := s.view(func(tx *bolt.Tx) error {
		r := &refs{tx: tx}
		for _, k := range kinds {
			if !part.has(k) {
				continue
			}
			b := tx.Bucket(k.bucket)
			if b == nil {
				return missingBucket(k.bucket)
			}
			if err := k.load(b, &ws, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return model.Workspace{}, s.opened(err)
	}
	return ws, nil
}

// Save validates and writes records in one transaction, all or none,
// giving new ones their IDs. It returns every record the transaction
// wrote, as saved: the records asked for, in order, then any others they
// changed (a contact moment moves its contact's last contact).
func (s *Store) Save(recs ...any) ([]any, error) { return s.SaveAs(0, recs...) }

// SaveAs is Save for one of several sessions writing the file at once,
// writer naming the session (0: the only one). A record that carries a
// stamp (model.Stamped) is refused with a *model.Conflict when the file
// took a save of it from another session since the stamp it brings: the
// edit began before that save, and writing it would silently undo it.
func (s *Store) SaveAs(writer int, recs ...any) ([]any, error) {
	var out, changed []any
	err := s.update(func(tx *bolt.Tx) error {
		now := s.now()
		for _, rec := range recs {
			k, err := kindOf(rec)
			if err != nil {
				return err
			}
			if writer != 0 {
				if err := s.checkStamp(tx, k, rec, writer); err != nil {
					return err
				}
			}
			wrote, err := k.put(tx, rec, now)
			if err != nil {
				return err
			}
			out = append(out, wrote[0])
			changed = append(changed, wrote[1:]...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	all := append(out, changed...)
	s.wrote(writer, all)
	return all, nil
}

// checkStamp refuses rec when the file holds a newer save of it by
// another writer than the one whose stamp rec brings.
func (s *Store) checkStamp(tx *bolt.Tx, k kind, rec any, writer int) error {
	st, ok := rec.(model.Stamped)
	if !ok || k.key == nil || st.Key() == "" {
		return nil
	}
	held := reflect.New(k.typ)
	found, err := getJSON(tx.Bucket(k.bucket), k.bucket, k.key(rec), held.Interface())
	switch {
	case err != nil:
		return err
	case !found && st.Stamp().IsZero():
		return nil // a new record
	case !found:
		return &model.Conflict{} // removed since the edit began
	}
	cur := held.Elem().Interface().(model.Stamped)
	last := s.lastWriter(k.bucket, st.Key())
	if cur.Stamp().Equal(st.Stamp()) || last == writer {
		return nil
	}
	return &model.Conflict{Current: cur, Writer: last}
}

// wrote notes who last wrote each stamped record: a writer's second save
// of a record can begin before its first lands, and is no conflict.
func (s *Store) wrote(writer int, recs []any) {
	s.writersMu.Lock()
	defer s.writersMu.Unlock()
	for _, rec := range recs {
		st, ok := rec.(model.Stamped)
		if !ok {
			continue
		}
		k, err := kindOf(rec)
		if err != nil {
			continue
		}
		if s.writers == nil {
			s.writers = map[string]int{}
		}
		s.writers[string(k.bucket)+"/"+st.Key()] = writer
	}
}

func (s *Store) lastWriter(bucket []byte, key string) int {
	s.writersMu.Lock()
	defer s.writersMu.Unlock()
	return s.writers[string(bucket)+"/"+key]
}

// Delete removes records in one transaction, all or none.
func (s *Store) Delete(recs ...any) error {
	return s.update(func(tx *bolt.Tx) error {
		for _, rec := range recs {
			k, err := kindOf(rec)
			if err != nil {
				return err
			}
			if k.key == nil {
				return fmt.Errorf("the workspace's %s is replaced, never deleted", k.bucket)
			}
			if k.kept {
				return &model.Invalid{Msg: model.T(
					fmt.Sprintf("%s are archived, never deleted: other records name them", k.bucket),
					fmt.Sprintf("%s 只能归档，不能删除：其他记录引用了它们", k.bucket))}
			}
			if err := tx.Bucket(k.bucket).Delete(k.key(rec)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Reset replaces everything the workspace holds with ws, in one
// transaction: the case study is rebuilt this way, and a failure leaves the
// old contents as they were.
func (s *Store) Reset(ws model.Workspace) error {
	s.writersMu.Lock()
	s.writers = nil // every record is new: no one's edit began from these
	s.writersMu.Unlock()
	return s.update(func(tx *bolt.Tx) error {
		for _, b := range dataBuckets() {
			if tx.Bucket(b) == nil {
				continue
			}
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		if err := createDataBuckets(tx); err != nil {
			return err
		}
		for _, b := range indexBuckets {
			tx.Bucket(b.name).FillPercent = bulkFill
		}
		now := s.now()
		for _, k := range kinds {
			if err := k.reset(tx, ws, now); err != nil {
				return err
			}
		}
		return nil
	})
}

// dataBuckets hold the workspace's records and their indexes.
func dataBuckets() [][]byte {
	out := make([][]byte, 0, len(kinds)+len(indexBuckets))
	for _, k := range kinds {
		out = append(out, k.bucket)
	}
	for _, b := range indexBuckets {
		out = append(out, b.name)
	}
	return out
}

// missingAt finds the first data bucket a file of schema version should
// have and lacks, or nil.
func missingAt(tx *bolt.Tx, version int) []byte {
	for _, k := range kinds {
		if k.since <= version && tx.Bucket(k.bucket) == nil {
			return k.bucket
		}
	}
	for _, b := range indexBuckets {
		if b.since <= version && tx.Bucket(b.name) == nil {
			return b.name
		}
	}
	return nil
}
