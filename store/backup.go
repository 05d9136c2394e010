package store

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/kam-workbench/kam/model"
)

// KeptDays is how many days of backups are kept beside a workspace: the
// copies of the last seven days it was opened on.
const KeptDays = 7

// backupDay and backupMoment name a backup: the day's copy taken on the
// first open, and the copy of the file as it was before a restore.
const (
	backupDay    = "2006-01-02"
	backupMoment = "2006-01-02-150405"
	backupExt    = ".bak"
	partialExt   = ".partial" // a copy being written, renamed once whole
)

// A BackupFile is a copy of the workspace kept beside it.
type BackupFile struct {
	Path string
	Day  time.Time // the day it was taken, in the local zone
	At   string    // "" for the day's copy; HHMMSS for one kept before a restore
	Size int64
}

// BeforeRestore reports whether the copy was kept before a restore rather
// than on the day's first open.
func (b BackupFile) BeforeRestore() bool { return b.At != "" }

// backupPath is where the copy of path taken at now lives: the day's copy,
// or, with moment, one of that very second.
func backupPath(path string, now time.Time, moment bool) string {
	layout := backupDay
	if moment {
		layout = backupMoment
	}
	return path + "." + now.Format(layout) + backupExt
}

// parseStamp reads the stamp a backup's name ends with: its day, and the
// time of a copy kept before a restore; prefix is the name before it.
func parseStamp(name string) (prefix string, day time.Time, at string, ok bool) {
	rest, found := strings.CutSuffix(name, backupExt)
	if !found {
		return "", time.Time{}, "", false
	}
	for _, layout := range []string{backupMoment, backupDay} {
		n := len(layout)
		if len(rest) <= n || rest[len(rest)-n-1] != '.' {
			continue
		}
		stamp := rest[len(rest)-n:]
		t, err := time.ParseInLocation(layout, stamp, time.Local)
		if err != nil {
			continue
		}
		if layout == backupMoment {
			at = stamp[len(backupDay)+1:]
		}
		return rest[:len(rest)-n-1], model.Day(t), at, true
	}
	return "", time.Time{}, "", false
}

// parseBackup reads a file name as a backup of the workspace named base.
func parseBackup(base, name string) (day time.Time, at string, ok bool) {
	prefix, day, at, ok := parseStamp(name)
	return day, at, ok && prefix == base
}

// Backups lists the copies kept beside the workspace at path, newest
// first. A folder that does not exist holds none.
func Backups(path string) ([]BackupFile, error) {
	entries, err := os.ReadDir(filepath.Dir(path))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	base := filepath.Base(path)
	var out []BackupFile
	for _, e := range entries {
		day, at, ok := parseBackup(base, e.Name())
		if !ok || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		out = append(out, BackupFile{Path: filepath.Join(filepath.Dir(path), e.Name()), Day: day, At: at, Size: info.Size()})
	}
	slices.SortFunc(out, func(a, b BackupFile) int {
		return cmp.Or(b.Day.Compare(a.Day), strings.Compare(b.At, a.At))
	})
	return out, nil
}

// keepDailyBackup copies the file, as it is before the day's first edit,
// beside it, unless the day has its copy already; then removes the copies
// of days before the last KeptDays. It runs on every open that may write:
// the first of the day copies, the others find the copy there.
func (s *Store) keepDailyBackup() (string, error) {
	now := s.now()
	dst := backupPath(s.path, now, false)
	if _, err := os.Lstat(dst); err == nil {
		return "", nil
	}
	err := s.view(func(tx *bolt.Tx) error {
		return writeWhole(dst, func(w io.Writer) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		return "", err
	}
	return dst, pruneBackups(s.path)
}

// writeWhole writes a file through a partial copy renamed into place once
// written and synced: a copy cut short by a full disk or a kill is never
// taken for a backup.
func writeWhole(dst string, write func(io.Writer) error) error {
	tmp := dst + partialExt
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	err = write(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, dst)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	syncDir(filepath.Dir(dst))
	return nil
}

// syncDir makes a rename in dir last through a power cut, where the
// system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// pruneBackups removes the copies of every day before the last KeptDays
// days that have one.
func pruneBackups(path string) error {
	list, err := Backups(path)
	if err != nil {
		return err
	}
	var days []time.Time
	for _, b := range list {
		if !slices.ContainsFunc(days, b.Day.Equal) {
			days = append(days, b.Day)
		}
	}
	if len(days) <= KeptDays {
		return nil
	}
	oldestKept := days[KeptDays-1]
	var errs []error
	for _, b := range list {
		if b.Day.Before(oldestKept) {
			if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// A Restore brings a backup back in place of the workspace. Between
// PrepareRestore and Commit or Cancel it holds the workspace, so no kam
// opens it while the user is asked.
type Restore struct {
	path, from string
	now        time.Time
	db         *bolt.DB // the workspace, held; nil when it is missing or not a bbolt file at all
	From       BackupFile
}

// PrepareRestore checks that from is a kam workspace whose every record
// reads (a backup of an older schema is upgraded when it next opens), and
// takes hold of the workspace at path, refusing while another kam has it
// open. A damaged workspace is held as far as bbolt can open it: restoring
// is what damage calls for.
func PrepareRestore(path, from string, opts Options) (*Restore, error) {
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if same, _ := sameFile(path, from); same {
		return nil, &model.Invalid{Msg: model.T(
			fmt.Sprintf("%s is the workspace itself, not a backup of it", from),
			fmt.Sprintf("%s 就是工作区本身，不是它的备份", from))}
	}
	b, err := openBackup(from, opts)
	if err != nil {
		return nil, err
	}
	r := &Restore{path: path, from: from, now: opts.Now(), From: b}
	exists, oe := inspect(path)
	if oe != nil {
		return nil, oe
	}
	if !exists {
		return r, nil
	}
	db, err := openBolt(path, opts.LockTimeout, false, false)
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, &OpenError{Problem: Locked, Path: path, Err: err}
	case err == nil:
		r.db = db
	}
	return r, nil
}

// sameFile reports whether two paths name one file.
func sameFile(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	ib, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}

// openBackup reads a backup through: a kam workspace, every record of it
// checked as an open checks them.
func openBackup(from string, opts Options) (BackupFile, error) {
	info, err := os.Stat(from)
	if err != nil {
		return BackupFile{}, err
	}
	s, err := Open(from, Options{ReadOnly: true, LockTimeout: opts.LockTimeout, Now: opts.Now})
	if err != nil {
		return BackupFile{}, err
	}
	defer s.Close()
	if s.Schema() == SchemaVersion {
		if _, err := s.Load(Everything); err != nil {
			return BackupFile{}, err
		}
	}
	b := BackupFile{Path: from, Size: info.Size(), Day: model.Day(info.ModTime())}
	if _, day, at, ok := parseStamp(filepath.Base(from)); ok {
		b.Day, b.At = day, at
	}
	return b, nil
}

// Kept is where Commit keeps the workspace as it was: a backup of this
// very second.
func (r *Restore) Kept() string {
	if _, err := os.Lstat(r.path); err != nil {
		return ""
	}
	return backupPath(r.path, r.now, true)
}

// Commit keeps the workspace as it is as a backup, then puts the backup in
// its place, and lets go of it. It returns the copy kept, "" when there
// was no workspace.
func (r *Restore) Commit() (kept string, err error) {
	defer r.Cancel()
	if kept = r.Kept(); kept != "" {
		if err := copyFile(kept, r.path); err != nil {
			return "", err
		}
	}
	tmp := r.path + ".restoring"
	if err := writeWhole(tmp, func(w io.Writer) error {
		src, err := os.Open(r.from)
		if err != nil {
			return err
		}
		defer src.Close()
		_, err = io.Copy(w, src)
		return err
	}); err != nil {
		return kept, err
	}
	// Let go of the old file only now: on some systems a file held open
	// cannot be replaced.
	r.Cancel()
	if err := os.Rename(tmp, r.path); err != nil {
		os.Remove(tmp)
		return kept, err
	}
	syncDir(filepath.Dir(r.path))
	return kept, nil
}

// copyFile copies src to dst, whole or not at all.
func copyFile(dst, src string) error {
	return writeWhole(dst, func(w io.Writer) error {
		f, err := os.Open(src)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	})
}

// Cancel lets go of the workspace, changing nothing.
func (r *Restore) Cancel() error {
	if r.db == nil {
		return nil
	}
	err := r.db.Close()
	r.db = nil
	return err
}
