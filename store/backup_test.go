package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// openOn opens path with the store's clock at day, and closes it again.
func openOn(t *testing.T, path string, day time.Time) (daily string) {
	t.Helper()
	s, err := Open(path, Options{Now: func() time.Time { return day }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	daily, err = s.DailyBackup()
	if err != nil {
		t.Fatalf("the day's backup: %v", err)
	}
	return daily
}

func backupDays(t *testing.T, path string) []string {
	t.Helper()
	list, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	var days []string
	for _, b := range list {
		days = append(days, b.Day.Format(model.DateLayout)+b.At)
	}
	return days
}

// The first open of a day keeps a copy of the file as it was; later opens
// that day keep none; the copies of the last seven days are kept.
func TestDailyBackupRotation(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kam.db")
	day0 := time.Date(2026, 3, 1, 8, 0, 0, 0, time.Local)
	s, err := Open(path, Options{Now: func() time.Time { return day0 }})
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := s.DailyBackup(); d != "" {
		t.Errorf("a new workspace was backed up: %s", d)
	}
	if _, err := s.Save(account("First")); err != nil {
		t.Fatal(err)
	}
	s.Close()

	daily := openOn(t, path, day0.Add(time.Hour))
	if want := path + ".2026-03-01.bak"; daily != want {
		t.Fatalf("the day's first open kept %q, want %q", daily, want)
	}
	kept, _ := os.ReadFile(daily)
	// An edit, then another open the same day: the morning's copy stays.
	s, err = Open(path, Options{Now: func() time.Time { return day0.Add(2 * time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(account("Second")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if again := openOn(t, path, day0.Add(5*time.Hour)); again != "" {
		t.Errorf("a second open the same day kept %s", again)
	}
	if now, _ := os.ReadFile(daily); !bytes.Equal(now, kept) {
		t.Error("the day's copy changed after the day's first open")
	}
	// The copy is a workspace holding what the file held when it was taken.
	b, err := Open(daily, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ws, err := b.Load(Everything)
	b.Close()
	if err != nil || len(ws.Accounts) != 1 || ws.Accounts[0].Name != "First" {
		t.Errorf("the copy holds %v (%v), want the account First alone", ws.Accounts, err)
	}

	// Opened on ten days, some skipped: the last seven days opened are kept.
	var want []string
	for _, d := range []int{1, 2, 3, 5, 6, 9, 10, 12, 13} {
		day := day0.AddDate(0, 0, d)
		openOn(t, path, day)
		want = append([]string{day.Format(model.DateLayout)}, want...)
	}
	if got := backupDays(t, path); !slices.Equal(got, want[:7]) {
		t.Errorf("backups kept: %v, want %v", got, want[:7])
	}
	if matches, _ := filepath.Glob(path + ".*" + partialExt); len(matches) > 0 {
		t.Errorf("partial copies left behind: %v", matches)
	}
}

// A read-only open writes nothing: no file where there was none, no
// migration, no backup, no byte changed; and it does not stop another
// reader.
func TestReadOnlyOpenWritesNothing(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none", "kam.db")
	if _, err := Open(missing, Options{ReadOnly: true}); err == nil {
		t.Error("a read-only open of a missing file succeeded")
	}
	if _, err := os.Stat(filepath.Dir(missing)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a read-only open created %s", filepath.Dir(missing))
	}

	// A schema-1 file, which a writing open would migrate.
	old := filepath.Join(dir, "old.db")
	writeBolt(t, old, func(tx *bolt.Tx) error {
		if err := putMeta(tx, "1"); err != nil {
			return err
		}
		for _, b := range [][]byte{bucketSettings, bucketAccounts} {
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		return nil
	})
	before, _ := os.ReadFile(old)
	s, err := Open(old, Options{ReadOnly: true, Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	if s.Schema() != 1 {
		t.Errorf("schema %d, want 1", s.Schema())
	}
	other, err := Open(old, Options{ReadOnly: true})
	if err != nil {
		t.Errorf("a second reader was refused: %v", err)
	} else {
		other.Close()
	}
	if _, err := Open(old, Options{LockTimeout: 50 * time.Millisecond}); err == nil {
		t.Error("a writing open went ahead while a reader held the file")
	}
	s.Close()
	if after, _ := os.ReadFile(old); !bytes.Equal(before, after) {
		t.Error("a read-only open changed the file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries after read-only opens, want the file alone", len(entries))
	}
}

// A restore keeps the workspace as it was, puts the backup in its place,
// and is refused while another kam holds the workspace.
func TestRestore(t *testing.T) {
	path, backup, day0 := workspaceWithABackup(t)
	s, _ := Open(path, Options{Now: func() time.Time { return day0.AddDate(0, 0, 1) }})
	s.Save(account("After"))

	if _, err := PrepareRestore(path, backup, Options{LockTimeout: 50 * time.Millisecond}); !isProblem(err, Locked) {
		t.Errorf("a restore while the workspace is open elsewhere: %v, want Locked", err)
	}
	s.Close()
	if _, err := PrepareRestore(path, path, Options{}); err == nil {
		t.Error("the workspace was taken as its own backup")
	}

	at := day0.AddDate(0, 0, 1).Add(3 * time.Hour)
	r, err := PrepareRestore(path, backup, Options{Now: func() time.Time { return at }})
	if err != nil {
		t.Fatal(err)
	}
	// Held while the user is asked: no kam opens it meanwhile.
	if _, err := Open(path, Options{LockTimeout: 50 * time.Millisecond}); !isProblem(err, Locked) {
		t.Errorf("the workspace opened during a restore: %v", err)
	}
	kept, err := r.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if want := path + ".2026-03-02-110000.bak"; kept != want {
		t.Errorf("kept %q, want %q", kept, want)
	}
	names := func(p string) []string {
		s, err := Open(p, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		ws, err := s.Load(Everything)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, a := range ws.Accounts {
			out = append(out, a.Name)
		}
		slices.Sort(out)
		return out
	}
	if got := names(path); !slices.Equal(got, []string{"Before"}) {
		t.Errorf("the restored workspace holds %v", got)
	}
	if got := names(kept); !slices.Equal(got, []string{"After", "Before"}) {
		t.Errorf("the copy kept before the restore holds %v", got)
	}
	if got := backupDays(t, path); !slices.Equal(got, []string{"2026-03-02110000", "2026-03-02"}) {
		t.Errorf("backups after the restore: %v", got)
	}
}

// A damaged backup is refused before anything is asked or changed.
func TestRestoreRefusesADamagedBackup(t *testing.T) {
	path := caseStudyFile(t)
	bad := filepath.Join(filepath.Dir(path), "case.db.2026-03-01.bak")
	data, _ := os.ReadFile(path)
	os.WriteFile(bad, data, 0o600)
	corrupt(t, bad, "accounts", "cs01", `{"id":"cs01","name":""}`)
	if _, err := PrepareRestore(path, bad, Options{}); !errors.Is(err, ErrDamaged) {
		t.Errorf("a damaged backup: %v, want damage", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
		t.Error("the workspace changed")
	}
}

func isProblem(err error, p Problem) bool {
	var oe *OpenError
	return errors.As(err, &oe) && oe.Problem == p
}

// workspaceWithABackup writes a workspace holding "Before" on day0 and
// opens it the next day, which keeps that day's backup.
func workspaceWithABackup(t *testing.T) (path, backup string, day0 time.Time) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "kam.db")
	day0 = time.Date(2026, 3, 1, 8, 0, 0, 0, time.Local)
	s, err := Open(path, Options{Now: func() time.Time { return day0 }})
	if err != nil {
		t.Fatal(err)
	}
	s.Save(account("Before"))
	s.Close()
	return path, openOn(t, path, day0.AddDate(0, 0, 1)), day0
}
