package store

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// checks are how the records of a kind are checked as they are read, so
// that a record no save would have written is reported as damage, naming
// it, and never reaches a screen. Every check here is one its kind's save
// makes too (with no clock: a date that was today when saved is not
// damage tomorrow), so nothing kam saves is ever called damaged.
type checks[T any] struct {
	alone func(T) error           // what the record says by itself: enums, ranges, text
	refs  func(T, *refs) error    // the records it names, besides its account
	note  func(list []T, r *refs) // what later records are checked against
}

// refs are what records are checked against: the records they name. A
// kind notes its records for the kinds after it in the table, which are
// read in the same part; the accounts and the matrix, which the rest names
// but does not read, are looked up in the same transaction, by key.
type refs struct {
	tx *bolt.Tx // nil when every reference was given (the fuzz tests)

	accountsOnce sync.Once
	accounts     map[string]struct{}

	matrixOnce sync.Once
	matrix     model.Matrix
	matrixErr  error

	people     []model.Person
	contactsOf map[string][]model.Contact // by account ID

	products     map[string]struct{} // product IDs
	productCodes map[string]int      // CodeKey → products with the code
	clusters     map[string]string   // cluster ID → its account's ID
	sharesOver   map[string]error    // account ID → why its clusters' shares exceed 100%
}

// hasAccount reports whether the file holds the account: its key is there.
func (r *refs) hasAccount(id string) bool {
	r.accountsOnce.Do(func() {
		r.accounts = map[string]struct{}{}
		if b := r.tx.Bucket(bucketAccounts); b != nil {
			b.ForEach(func(k, _ []byte) error {
				r.accounts[string(k)] = struct{}{}
				return nil
			})
		}
	})
	_, ok := r.accounts[id]
	return ok
}

// criteria is the matrix evaluations were scored against.
func (r *refs) criteria() (model.Matrix, error) {
	r.matrixOnce.Do(func() { r.matrix, r.matrixErr = storedMatrix(r.tx) })
	return r.matrix, r.matrixErr
}

// noClock asks the model's checks for no check against today.
var noClock time.Time

func checkAccount(a model.Account) error {
	if ps := a.Validate(nil); len(ps) > 0 {
		return fieldProblem(ps[0])
	}
	return nil
}

// fieldProblem names the field a problem is at, in both languages.
func fieldProblem(p model.Problem) error {
	msg := model.Localize(p.Err, model.English)
	zh := model.Localize(p.Err, model.Chinese)
	return &model.Invalid{Msg: model.T(fmt.Sprintf("%s: %s", p.Field, msg), fmt.Sprintf("%s：%s", p.Field, zh))}
}

func checkEvaluation(e model.Evaluation, r *refs) error {
	m, err := r.criteria()
	if err != nil {
		return err
	}
	return model.CheckEvaluation(e, m, noClock)
}

func checkKnowledge(k model.Knowledge) error { return model.CheckKnowledge(k, noClock) }

func notePeople(people []model.Person, r *refs) { r.people = people }

// noteContacts files the contacts by account, each account's in one run
// of a single copy: appending to a slice per account would copy each
// contact several times over.
func noteContacts(contacts []model.Contact, r *refs) {
	count := make(map[string]int)
	for _, c := range contacts {
		count[c.AccountID]++
	}
	byAccount := make([]model.Contact, len(contacts))
	r.contactsOf = make(map[string][]model.Contact, len(count))
	start := 0
	for _, c := range contacts {
		if _, ok := r.contactsOf[c.AccountID]; !ok {
			n := count[c.AccountID]
			r.contactsOf[c.AccountID] = byAccount[start : start : start+n]
			start += n
		}
	}
	for _, c := range contacts {
		r.contactsOf[c.AccountID] = append(r.contactsOf[c.AccountID], c)
	}
}

// checkContact checks a contact against the other contacts of its account
// (reports-to, circles) and our people (the counterpart).
func checkContact(c model.Contact, r *refs) error {
	return model.CheckContact(c, r.contactsOf[c.AccountID], r.people, noClock)
}

func checkMoment(m model.Moment, r *refs) error {
	if err := model.CheckMoment(m, noClock); err != nil {
		return err
	}
	if !slices.ContainsFunc(r.contactsOf[m.AccountID], func(c model.Contact) bool { return c.ID == m.ContactID }) {
		return &model.Invalid{Msg: model.T(
			fmt.Sprintf("a contact moment with %s, who is not a contact of account %s", m.ContactID, m.AccountID),
			fmt.Sprintf("联系记录的对象 %s 不是客户 %s 的联系人", m.ContactID, m.AccountID))}
	}
	return nil
}

// noAccount is a record naming an account the file does not hold.
func noAccount(id string) error {
	return &model.Invalid{Msg: model.T(
		fmt.Sprintf("it belongs to account %q, which the file does not hold", id),
		fmt.Sprintf("它属于客户 %q，但文件中没有该客户", id))}
}

// wrongKey is a record kept under a key that is not its own.
func wrongKey(want string) error {
	return &model.Invalid{Msg: model.T(
		fmt.Sprintf("it is kept under another key than its own (%q)", want),
		fmt.Sprintf("它的存放键与自身的键（%q）不同", want))}
}

// readRecords decodes the records of a bucket from their keys and values
// and checks each: alone, then against the records it names. A kind that
// notes its records for their own checks (contacts report to contacts) is
// checked against them once all are read; the others in the same pass. It
// is what Load does with a bucket, and what the fuzz tests do with one
// record.
func readRecords[T model.Record](bucket []byte, keys, values [][]byte, c checks[T], r *refs) ([]T, error) {
	out := make([]T, len(values))
	named := func(i int) error {
		rec := out[i]
		if owner := rec.Owner(); owner != "" && owner != rec.Key() && !r.hasAccount(owner) {
			return noAccount(owner)
		}
		if c.refs != nil {
			return c.refs(rec, r)
		}
		return nil
	}
	err := eachRecord(bucket, keys, func(i int) error {
		if err := decode(bucket, keys[i], values[i], &out[i]); err != nil {
			return err
		}
		if k := out[i].Key(); k != string(keys[i]) {
			return wrongKey(k)
		}
		if c.alone != nil {
			if err := c.alone(out[i]); err != nil {
				return err
			}
		}
		if c.note == nil {
			return named(i)
		}
		return nil
	})
	if err == nil && c.note != nil {
		c.note(out, r)
		err = eachRecord(bucket, keys, named)
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachRecord runs fn for every record, on every core at once for big
// buckets. A record whose fn fails, or panics (a bug, or a page of a file
// cut short while open), is damage; the one reported is the first in key
// order, whichever worker met it.
func eachRecord(bucket []byte, keys [][]byte, fn func(i int) error) error {
	n := len(keys)
	workers := min(runtime.GOMAXPROCS(0), max(n/parallelFrom, 1))
	at := make([]int, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { at[w], errs[w] = eachOf(bucket, keys, w, workers, fn) })
	}
	wg.Wait()
	first := -1
	for w, err := range errs {
		if err != nil && (first < 0 || at[w] < at[first]) {
			first = w
		}
	}
	if first < 0 {
		return nil
	}
	return errs[first]
}

// parallelFrom is how many records make a second worker worth starting.
const parallelFrom = 512

// eachOf runs fn for records w, w+step, …, stopping at the first failure,
// whose index it returns.
func eachOf(bucket []byte, keys [][]byte, w, step int, fn func(i int) error) (i int, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if p := recover(); p != nil {
			err = damagedRecord(bucket, keys[i], &recovered{p, debug.Stack()})
		}
	}()
	for i = w; i < len(keys); i += step {
		if err := fn(i); err != nil {
			if _, ok := err.(*DamageError); !ok {
				err = damagedRecord(bucket, keys[i], err)
			}
			return i, err
		}
	}
	return i, nil
}

// recovered is a panic met reading a record, kept with its stack: the
// fuzz tests look for it, since a reader must never panic.
type recovered struct {
	value any
	stack []byte
}

func (r *recovered) Error() string { return fmt.Sprintf("%v", r.value) }
