package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestVerifyTellsABrokenPage: a page of the wrong type is told by bbolt's
// own check of the file's structure, and again where a record read meets
// it; Verify goes on and does not crash.
func TestVerifyTellsABrokenPage(t *testing.T) {
	path := caseStudyFile(t)
	breakPage(t, path, bucketMeetings)
	v := verifyFile(t, path)
	var told []string
	for _, p := range v.Problems {
		if !errors.Is(p, ErrDamaged) {
			t.Errorf("not told as damage: %v", p)
		}
		told = append(told, p.Error())
	}
	all := strings.Join(told, "\n")
	if !strings.Contains(all, "the file's structure: ") || !strings.Contains(all, "a page cannot be read") {
		t.Errorf("problems:\n%s", all)
	}
}

// TestRestoreKeepsACopyMarkedAsSuch: after a restore, the backups list the
// copy kept before it as taken before a restore, and the day's copy not.
func TestRestoreKeepsACopyMarkedAsSuch(t *testing.T) {
	path, backup, day0 := workspaceWithABackup(t)
	r, err := PrepareRestore(path, backup, Options{Now: func() time.Time { return day0.AddDate(0, 0, 1).Add(time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	kept, err := r.Commit()
	if err != nil {
		t.Fatal(err)
	}
	list, err := Backups(path)
	if err != nil || len(list) != 2 {
		t.Fatalf("backups: %+v %v", list, err)
	}
	for _, b := range list {
		if want := b.Path == kept; b.BeforeRestore() != want {
			t.Errorf("%s: before a restore %v, want %v", filepath.Base(b.Path), b.BeforeRestore(), want)
		}
	}
}

// TestRestoreFromABackupGoneMeanwhile: the backup is removed between the
// question and the answer; the restore fails, the workspace is as it was
// and no partial copy is left beside it.
func TestRestoreFromABackupGoneMeanwhile(t *testing.T) {
	path := caseStudyFile(t)
	from := path + ".2026-03-01.bak"
	if err := copyFile(from, path); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	r, err := PrepareRestore(path, from, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(from); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Commit(); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("restoring from a backup gone: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the workspace was changed")
	}
	if left, _ := filepath.Glob(path + ".restoring*"); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
	s, err := Open(path, Options{LockTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatalf("the workspace is not let go: %v", err)
	}
	s.Close()
}

// TestCurrentFileIsNotMigrated: a file of this schema opens as it is: no
// copy is taken for a migration, only the day's backup.
func TestCurrentFileIsNotMigrated(t *testing.T) {
	path := caseStudyFile(t)
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Backup() != "" || s.Schema() != SchemaVersion {
		t.Errorf("a current file was migrated: backup %q, schema %d", s.Backup(), s.Schema())
	}
	if copies, _ := filepath.Glob(path + ".schema*"); len(copies) > 0 {
		t.Errorf("migration copies of a current file: %v", copies)
	}
}
