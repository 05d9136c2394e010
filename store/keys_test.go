package store

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// TestAnswersAreKeptPerAccount: two accounts answer the same checklist
// item; each keeps its own answer, through a second save and a delete of
// the other's.
func TestAnswersAreKeptPerAccount(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	b, _ := s.SaveAccount(account("FreshWay"))
	day := model.Day(fixedNow)
	ours := model.Knowledge{AccountID: a.ID, ItemID: "k-kpis", Status: model.Known, Answer: "Margin %", Verified: day}
	theirs := model.Knowledge{AccountID: b.ID, ItemID: "k-kpis", Status: model.PartlyKnown, Answer: "Sales per m²", Verified: day}
	if _, err := s.Save(ours, theirs); err != nil {
		t.Fatal(err)
	}
	ours.Answer = "Margin %, out-of-stocks"
	if _, err := s.SaveKnowledge(ours); err != nil {
		t.Fatal(err)
	}
	ws, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	answers := map[string]model.Knowledge{}
	for _, k := range ws.Knowledge {
		answers[k.AccountID] = k
	}
	if len(ws.Knowledge) != 2 || answers[a.ID].Answer != "Margin %, out-of-stocks" || answers[b.ID].Status != model.PartlyKnown || answers[b.ID].Answer != "Sales per m²" {
		t.Fatalf("answers of two accounts to one item: %+v", ws.Knowledge)
	}
	if err := s.Delete(theirs); err != nil {
		t.Fatal(err)
	}
	left, _ := s.Knowledge()
	if len(left) != 1 || left[0].AccountID != a.ID || left[0].Answer != "Margin %, out-of-stocks" {
		t.Errorf("after deleting the other account's answer: %+v", left)
	}
}

// TestMigrationKeepsAnEarlierBackup: a backup already at the migration's
// name (from an earlier migration that was put back) is kept; this
// migration's copy takes a name of its own, with the time.
func TestMigrationKeepsAnEarlierBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	writeBolt(t, path, func(tx *bolt.Tx) error {
		if err := putMeta(tx, "1"); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(bucketSettings); err != nil {
			return err
		}
		_, err := tx.CreateBucket(bucketAccounts)
		return err
	})
	earlier := path + ".schema1.bak"
	if err := os.WriteFile(earlier, []byte("the first migration's copy"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := openMigrated(t, path)
	if want := path + ".schema1.20261120-093000.bak"; s.Backup() != want {
		t.Errorf("backup at %s, want %s", s.Backup(), want)
	}
	if kept, _ := os.ReadFile(earlier); string(kept) != "the first migration's copy" {
		t.Errorf("the earlier backup was overwritten (%d bytes now)", len(kept))
	}
	if info, err := os.Stat(s.Backup()); err != nil || info.Size() == 0 {
		t.Errorf("this migration's backup: %v", err)
	}
}

// TestSchemaBelowOneIsNotAWorkspace: a meta bucket that says schema 0 (or
// less) was not written by kam; kam refuses it and writes nothing to it,
// rather than taking it for a new file and filling it in.
func TestSchemaBelowOneIsNotAWorkspace(t *testing.T) {
	for _, schema := range []string{"0", "-1"} {
		path := filepath.Join(t.TempDir(), "zero.db")
		writeBolt(t, path, func(tx *bolt.Tx) error { return putMeta(tx, schema) })
		before, _ := os.ReadFile(path)
		_, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
		var oe *OpenError
		if !errors.As(err, &oe) || oe.Problem != NotKam || !strings.Contains(oe.Err.Error(), `schema version "`+schema+`"`) {
			t.Errorf("schema %s: got %v, want not a kam workspace", schema, err)
		}
		if after, _ := os.ReadFile(path); string(after) != string(before) {
			t.Errorf("schema %s: the file was written to", schema)
		}
	}
	// Schema 1, the first kam wrote, opens.
	path := filepath.Join(t.TempDir(), "one.db")
	writeBolt(t, path, func(tx *bolt.Tx) error {
		if err := putMeta(tx, "1"); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(bucketSettings); err != nil {
			return err
		}
		_, err := tx.CreateBucket(bucketAccounts)
		return err
	})
	s := openMigrated(t, path)
	if s.Schema() != SchemaVersion {
		t.Errorf("schema 1 opened as %d", s.Schema())
	}
}

// breakPage marks the root page of a bucket of the file as neither branch
// nor leaf: bbolt panics when a cursor reaches it.
func breakPage(t *testing.T, path string, bucket []byte) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var root uint64
	db.View(func(tx *bolt.Tx) error {
		root = uint64(tx.Bucket(bucket).Root())
		return nil
	})
	pageSize := db.Info().PageSize
	db.Close()
	if root == 0 {
		t.Fatalf("the %s bucket is inline: no page of its own to break", bucket)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var flags [2]byte // the page header: id (8 bytes), then flags
	binary.NativeEndian.PutUint16(flags[:], 0x40)
	if _, err := f.WriteAt(flags[:], int64(root)*int64(pageSize)+8); err != nil {
		t.Fatal(err)
	}
}

// TestBrokenPageIsDamageNotACrash: bbolt panics on a page of the wrong
// type; reading and saving both turn the panic into damage, told with the
// file in both languages, and the file is left as it was.
func TestBrokenPageIsDamageNotACrash(t *testing.T) {
	path := caseStudyFile(t)
	breakPage(t, path, bucketAccounts)
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatalf("the meta and settings are whole, the file opens: %v", err)
	}
	defer s.Close()
	before, _ := os.ReadFile(path)

	_, err = s.Load(Everything)
	wantDamaged(t, err, path)
	if !strings.Contains(err.Error(), "a page cannot be read") || !strings.Contains(model.Localize(err, model.Chinese), "有一页无法读取") {
		t.Errorf("load: %v", err)
	}
	if _, err := s.SaveAccount(account("New one")); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "a page cannot be read") {
		t.Errorf("save: got %v, want damage", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("a save on a damaged page changed the file")
	}
}

// schema1File writes a schema-1 workspace holding the accounts given as
// key → JSON.
func schema1File(t *testing.T, accounts map[string]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	writeBolt(t, path, func(tx *bolt.Tx) error {
		if err := putMeta(tx, "1"); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(bucketSettings); err != nil {
			return err
		}
		b, err := tx.CreateBucket(bucketAccounts)
		if err != nil {
			return err
		}
		for k, v := range accounts {
			if err := b.Put([]byte(k), []byte(v)); err != nil {
				return err
			}
		}
		return nil
	})
	return path
}

// TestMigrationWithoutABackupIsNotDamage: when the copy taken before an
// upgrade cannot be written (here both names it could take are folders;
// in life a full disk or a read-only folder), the file is not called
// damaged, nor is the user sent to a backup: kam says it could not keep
// the copy, and leaves the file as it was.
func TestMigrationWithoutABackupIsNotDamage(t *testing.T) {
	path := schema1File(t, map[string]string{"0001": `{"id":"0001","name":"Metro Cash","channel":"cash_carry","tier":"A"}`})
	for _, name := range []string{".schema1.bak", ".schema1.20261120-093000.bak"} {
		if err := os.Mkdir(path+name, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := os.ReadFile(path)
	_, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	var oe *OpenError
	if !errors.As(err, &oe) || oe.Problem != NoBackup || errors.Is(err, ErrDamaged) {
		t.Fatalf("got %v, want no backup", err)
	}
	en, zh := err.Error(), model.Localize(err, model.Chinese)
	if !strings.Contains(en, "could not first keep a copy") || strings.Contains(en, "damaged") || !strings.Contains(en, path) ||
		!strings.Contains(zh, "无法先为它保留一份副本") || strings.Contains(zh, "损坏") {
		t.Errorf("message:\n%s\n%s", en, zh)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the file was changed")
	}
}

// TestMigrationOfADamagedRecordIsDamage: a schema-1 account that does not
// decode stops the upgrade, told as damage naming the record; the file is
// left at schema 1.
func TestMigrationOfADamagedRecordIsDamage(t *testing.T) {
	path := schema1File(t, map[string]string{"0001": `not json`})
	before, _ := os.ReadFile(path)
	_, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	wantDamaged(t, err, path, "accounts/0001")
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the file was changed")
	}
}
