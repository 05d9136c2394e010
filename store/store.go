// Package store keeps a workspace in one bbolt file: JSON values in buckets,
// a schema version in the meta bucket, migrations for older files. It is the
// only package that knows about bbolt.
package store

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/kam-workbench/kam/model"
)

// SchemaVersion is the layout this kam writes. Files at a lower version are
// migrated on open, after a backup; files at a higher one are refused.
const SchemaVersion = 5

var (
	bucketMeta         = []byte("meta")
	bucketSettings     = []byte("settings")
	bucketAccounts     = []byte("accounts")
	bucketAccountNames = []byte("account_names") // NameKey → account ID, since schema 2
	bucketMatrix       = []byte("matrix")        // the criteria sets and thresholds
	bucketEvaluations  = []byte("evaluations")   // evaluation ID → evaluation
	bucketChecklist    = []byte("checklist")     // the workspace's buyer checklist
	bucketKnowledge    = []byte("knowledge")     // account ID / item ID → answer
	bucketPeople       = []byte("people")        // our people, by ID
	bucketContacts     = []byte("contacts")      // the customers' people, by ID
	bucketMoments      = []byte("moments")       // contact moments, by ID
	bucketTerms        = []byte("terms")         // account/year[/proposal] → a year of trading terms
	bucketNegotiations = []byte("negotiations")  // negotiation ID → PREPARE worksheet
	bucketMeetings     = []byte("meetings")      // meeting ID → business review

	bucketContactsByAccount = []byte("contacts_by_account") // account ID \x00 contact ID → nothing

	keySchema    = []byte("schema")
	keyCreated   = []byte("created")
	keyWorkspace = []byte("workspace")
	keyMatrix    = []byte("matrix")
	keyItems     = []byte("items")
)

// DefaultLockTimeout is how long Open waits for another kam to let go of
// the file before saying so.
const DefaultLockTimeout = time.Second

// Options tune Open; the zero value is what kam uses.
type Options struct {
	LockTimeout time.Duration    // 0 means DefaultLockTimeout
	Now         func() time.Time // nil means time.Now
	// NoSync skips the fsync after each write: for benchmarks that time
	// kam's own work apart from the disk's. kam itself never sets it.
	NoSync bool
	// ReadOnly opens an existing file without writing to it: no
	// migration, no daily backup; other readers may hold it too, a kam
	// that writes may not. A file of an older schema opens as it is, to
	// be looked at: Load reads only this schema's layout, so look at
	// Schema first.
	ReadOnly bool
}

// Store is an open workspace file.
type Store struct {
	db      *bolt.DB
	path    string
	now     func() time.Time
	created bool
	backup  string

	readOnly bool
	schema   int    // the file's schema version, as found on open
	daily    string // the day's backup this open took, or ""
	dailyErr error  // why it could not be taken

	writersMu sync.Mutex
	writers   map[string]int // who last wrote each stamped record; see SaveAs
}

// Workspace is all the screens ask of the file: read it whole, or in the
// part the first frame needs and then the rest; save and delete records of
// any kind.
type Workspace interface {
	Load(Part) (model.Workspace, error)
	Save(recs ...any) ([]any, error)
	Delete(recs ...any) error
}

var _ Workspace = (*Store)(nil)

// SharedWorkspace is a workspace several sessions write at once, each
// save named by its session so that one begun before another session's
// save of the same record is refused (see Store.SaveAs).
type SharedWorkspace interface {
	Workspace
	SaveAs(writer int, recs ...any) ([]any, error)
}

var _ SharedWorkspace = (*Store)(nil)

// Open opens the workspace at path, creating it (and its folder, 0700) when
// it does not exist. Every failure is an *OpenError that says what to do.
func Open(path string, opts Options) (*Store, error) {
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	fail := func(p Problem, err error) (*Store, error) {
		return nil, &OpenError{Problem: p, Path: path, Err: err}
	}

	exists, oe := inspect(path)
	if oe != nil {
		return nil, oe
	}
	created := !exists
	if created && opts.ReadOnly {
		return fail(NotKam, fs.ErrNotExist)
	}
	if created {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return fail(permissionOr(err, NotKam), err)
		}
	} else if err := checkLength(path); err != nil {
		if errors.Is(err, ErrDamaged) {
			return fail(Damaged, err)
		}
		return fail(permissionOr(err, NotKam), err)
	}

	db, err := openBolt(path, opts.LockTimeout, opts.NoSync, opts.ReadOnly)
	if err != nil {
		switch {
		case errors.Is(err, bolterrors.ErrTimeout):
			return fail(Locked, err)
		case errors.Is(err, fs.ErrPermission):
			return fail(NoPermission, err)
		}
		if created {
			os.Remove(path)
		}
		return fail(NotKam, err)
	}
	s := &Store{db: db, path: path, now: opts.Now, created: created, readOnly: opts.ReadOnly}
	if err := s.prepare(); err != nil {
		db.Close()
		if created {
			os.Remove(path)
		}
		var oe *OpenError
		if errors.As(err, &oe) {
			return nil, oe
		}
		return fail(Damaged, err)
	}
	if !created && !opts.ReadOnly {
		s.daily, s.dailyErr = s.keepDailyBackup()
	}
	return s, nil
}

func permissionOr(err error, p Problem) Problem {
	if errors.Is(err, fs.ErrPermission) {
		return NoPermission
	}
	return p
}

// allocSize is the step the file grows by: bbolt's default of 16 MB would
// leave a workspace of a few MB mostly empty on disk.
const allocSize = 1 << 20

// pageSize is the page of a new file. Meetings and negotiations run to a
// few KB each; on 4 KB pages each would take a page and spill into a
// second, leaving the file half empty.
const pageSize = 16 << 10

// openBolt opens the file, turning a panic on a mangled file into an error.
func openBolt(path string, timeout time.Duration, noSync, readOnly bool) (db *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("unreadable file: %v", r)
		}
	}()
	db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: timeout, NoSync: noSync, PageSize: pageSize, ReadOnly: readOnly})
	if err == nil && !readOnly {
		db.AllocSize = allocSize
	}
	return db, err
}

// prepare initialises a new file, or checks and migrates an existing one.
// Everything is checked before anything is written: a damaged file is left
// as it was, and an older one is not migrated.
func (s *Store) prepare() error {
	var version int
	err := s.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			if s.created {
				return nil
			}
			return &OpenError{Problem: NotKam, Path: s.path}
		}
		v, err := strconv.Atoi(string(meta.Get(keySchema)))
		if err != nil || v < 1 {
			return &OpenError{Problem: NotKam, Path: s.path, Err: fmt.Errorf("schema version %q", meta.Get(keySchema))}
		}
		version = v
		s.schema = v
		if v > SchemaVersion {
			return nil // a newer kam's layout: refused below, unread
		}
		if b := missingAt(tx, v); b != nil {
			return missingBucket(b)
		}
		// The settings are read before the screen starts (the language):
		// damage there is told here, with the file, like any other.
		var st model.Settings
		if _, err := getJSON(tx.Bucket(bucketSettings), bucketSettings, keyWorkspace, &st); err != nil {
			return err
		}
		if err := model.CheckSettings(st); err != nil {
			return damagedRecord(bucketSettings, keyWorkspace, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	switch {
	case version == 0:
		s.schema = SchemaVersion
		return s.update(func(tx *bolt.Tx) error { return initialise(tx, s.now()) })
	case version > SchemaVersion:
		return &OpenError{Problem: Newer, Path: s.path, Found: version}
	case version < SchemaVersion && !s.readOnly:
		if err := s.migrate(version); err != nil {
			return err
		}
		s.schema = SchemaVersion
	}
	return nil
}

// missingBucket is a file without a bucket its schema says it has: not
// one from before the bucket existed, but a damaged one.
func missingBucket(name []byte) error {
	return damaged(model.T(
		fmt.Sprintf("the %s bucket is missing, which every workspace of its schema has", name),
		fmt.Sprintf("缺少 %s 数据桶，而该结构版本的每个工作区都有它", name)))
}

func initialise(tx *bolt.Tx, now time.Time) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	if err := meta.Put(keySchema, []byte(strconv.Itoa(SchemaVersion))); err != nil {
		return err
	}
	if err := meta.Put(keyCreated, []byte(now.UTC().Format(time.RFC3339))); err != nil {
		return err
	}
	return createDataBuckets(tx)
}

// createDataBuckets creates every data bucket a file lacks, as a new file
// or a migration to this schema needs them; an index missing beside
// records written before it existed is built from them.
func createDataBuckets(tx *bolt.Tx) error {
	if tx.Bucket(bucketContactsByAccount) == nil && tx.Bucket(bucketContacts) != nil {
		if err := indexContacts(tx); err != nil {
			return err
		}
	}
	for _, b := range dataBuckets() {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	return nil
}

// Close lets go of the file.
func (s *Store) Close() error { return s.db.Close() }

// Path is the workspace file's path.
func (s *Store) Path() string { return s.path }

// Created reports whether this Open created the file.
func (s *Store) Created() bool { return s.created }

// Backup is the path of the copy taken before a migration, or "".
func (s *Store) Backup() string { return s.backup }

// Schema is the file's schema version: SchemaVersion, or, opened read-only,
// the older one it was written at.
func (s *Store) Schema() int { return s.schema }

// DailyBackup is the copy of the file this open kept as the day's backup
// ("" when the day already had one, or for a new or read-only file), and
// why it could not be kept: the workspace opens all the same.
func (s *Store) DailyBackup() (path string, err error) { return s.daily, s.dailyErr }

// view and update run a transaction, turning a panic inside bbolt (a
// damaged page), or a memory fault (a file cut short while open), into an
// error instead of a crash.
func (s *Store) view(fn func(*bolt.Tx) error) (err error) {
	defer recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return s.db.View(fn)
}

func (s *Store) update(fn func(*bolt.Tx) error) (err error) {
	defer recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return s.db.Update(fn)
}

func recoverDamage(err *error) {
	if r := recover(); r != nil {
		*err = damaged(model.T(fmt.Sprintf("a page cannot be read: %v", r), fmt.Sprintf("有一页无法读取：%v", r)))
	}
}

// opened tells damage met reading the file as Open tells it: with the
// file's path and what to do.
func (s *Store) opened(err error) error {
	var oe *OpenError
	if err == nil || !errors.Is(err, ErrDamaged) || errors.As(err, &oe) {
		return err
	}
	return &OpenError{Problem: Damaged, Path: s.path, Err: err}
}

func newID(now time.Time) string {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return fmt.Sprintf("%012x%s", now.UnixMilli(), hex.EncodeToString(b[:]))
}

// getJSON reads the record at key of the named bucket b into v, reporting
// whether there was one.
func getJSON(b *bolt.Bucket, bucket, key []byte, v any) (bool, error) {
	raw := b.Get(key)
	if raw == nil {
		return false, nil
	}
	return true, decode(bucket, key, raw, v)
}

// decode reads one stored record; a record that does not decode marks the
// file as damaged, naming the record. It reads with encoding/json/v2 (from
// its mirror module until Go 1.27 makes it standard): twice as fast as v1
// on kam's records, and opening a big workspace is mostly decoding.
func decode(bucket, key, raw []byte, v any) error {
	if err := jsonv2.Unmarshal(raw, v); err != nil {
		return damagedRecord(bucket, key, err)
	}
	return nil
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, raw)
}
