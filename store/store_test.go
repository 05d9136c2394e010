package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

var fixedNow = time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ws.db")
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func account(name string) model.Account {
	return model.Account{
		Name: name, Channel: model.Hypermarket, Tier: model.TierA, Region: "华东 East",
		Outlets: 120, CategorySales: 50_000_000_00, OurSales: 9_000_000_00, Growth: 4.5,
		Traits: []model.Trait{"size", "power"}, Objectives: "Grow share\n二行",
	}
}

func TestRoundTrip(t *testing.T) {
	s, path := openTemp(t)
	if !s.Created() {
		t.Error("a new file should report Created")
	}
	saved, err := s.SaveAccount(account("永辉超市 Yonghui"))
	if err != nil {
		t.Fatal(err)
	}
	if saved.ID == "" || !saved.Created.Equal(fixedNow) || !saved.Updated.Equal(fixedNow) {
		t.Fatalf("new account not stamped: %+v", saved)
	}
	saved.Stages[2] = model.InProgress
	saved.Notes = "call back Monday"
	if _, err := s.SaveAccount(saved); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSettings(model.Settings{Name: "My accounts", Lang: model.Chinese, CurrentAccount: saved.ID}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.Created() {
		t.Error("reopening should not report Created")
	}
	all, err := s2.Accounts()
	if err != nil || len(all) != 1 {
		t.Fatalf("Accounts = %v, %v", all, err)
	}
	got := all[0]
	if got.ID != saved.ID || got.Name != "永辉超市 Yonghui" || got.Stages[2] != model.InProgress ||
		got.Notes != "call back Monday" || got.OurSales != 9_000_000_00 || len(got.Traits) != 2 ||
		got.Objectives != "Grow share\n二行" {
		t.Errorf("round trip changed the account: %+v", got)
	}
	st, err := s2.Settings()
	if err != nil || st.Lang != model.Chinese || st.CurrentAccount != saved.ID || st.Name != "My accounts" {
		t.Errorf("Settings = %+v, %v", st, err)
	}
}

func TestNamesStayUnique(t *testing.T) {
	s, _ := openTemp(t)
	a, err := s.SaveAccount(account("FreshWay"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveAccount(account("  freshway ")); err == nil || !strings.Contains(err.Error(), "already called") {
		t.Fatalf("duplicate name ignoring case: got %v", err)
	}
	// An account may keep its own name on edit, and change its case.
	a.Name = "FRESHWAY"
	if a, err = s.SaveAccount(a); err != nil {
		t.Fatalf("renaming to own name in other case: %v", err)
	}
	// Renaming frees the old name.
	a.Name = "FreshWay Express"
	if a, err = s.SaveAccount(a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveAccount(account("Freshway")); err != nil {
		t.Errorf("old name should be free after rename: %v", err)
	}
	// An archived account still holds its name, and says so.
	a.Archived = true
	if _, err := s.SaveAccount(a); err != nil {
		t.Fatal(err)
	}
	_, err = s.SaveAccount(account("freshway express"))
	if err == nil || !strings.Contains(err.Error(), "archived") {
		t.Errorf("name of an archived account: got %v", err)
	}
	if zh := model.Localize(err, model.Chinese); !strings.Contains(zh, "已归档") {
		t.Errorf("Chinese message: %q", zh)
	}
}

func TestSaveRefusesInvalidAndWritesNothing(t *testing.T) {
	s, _ := openTemp(t)
	bad := account("Over")
	bad.OurSales = bad.CategorySales + 1
	if _, err := s.SaveAccount(bad); err == nil || !strings.Contains(err.Error(), "cannot be above") {
		t.Fatalf("got %v", err)
	}
	all, _ := s.Accounts()
	if len(all) != 0 {
		t.Errorf("an invalid account was written: %+v", all)
	}
	if _, err := s.SaveAccount(account("Over")); err != nil {
		t.Errorf("the refused name should not be held: %v", err)
	}
}

func TestFileAndFolderModes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "kam")
	path := filepath.Join(dir, "kam.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := fi.Mode().Perm(); m != 0o600 {
		t.Errorf("file mode %o, want 600", m)
	}
	di, _ := os.Stat(dir)
	if m := di.Mode().Perm(); m != 0o700 {
		t.Errorf("folder mode %o, want 700", m)
	}
}

func TestSecondOpenIsRefusedNotHung(t *testing.T) {
	s, path := openTemp(t)
	_ = s
	start := time.Now()
	_, err := Open(path, Options{})
	var oe *OpenError
	if !errors.As(err, &oe) || oe.Problem != Locked {
		t.Fatalf("second open: got %v, want a Locked OpenError", err)
	}
	// A guard against hanging, not a speed target: the wait is DefaultLockTimeout.
	if waited := time.Since(start); waited > 10*DefaultLockTimeout {
		t.Errorf("second open waited %v", waited)
	}
	if !strings.Contains(err.Error(), "open in another kam") {
		t.Errorf("message: %q", err)
	}
	if zh := model.Localize(err, model.Chinese); !strings.Contains(zh, "另一个 kam") {
		t.Errorf("Chinese message: %q", zh)
	}
}

// writeBolt builds a bbolt file by hand, as an older kam or another program
// would have left it.
func writeBolt(t *testing.T, path string, fill func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fill); err != nil {
		t.Fatal(err)
	}
	db.Close()
}

func putMeta(tx *bolt.Tx, schema string) error {
	b, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	return b.Put(keySchema, []byte(schema))
}

func TestNewerSchemaIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "future.db")
	writeBolt(t, path, func(tx *bolt.Tx) error { return putMeta(tx, "7") })
	before, _ := os.ReadFile(path)

	_, err := Open(path, Options{})
	var oe *OpenError
	if !errors.As(err, &oe) || oe.Problem != Newer || oe.Found != 7 {
		t.Fatalf("got %v", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "schema 7") || !strings.Contains(msg, "schema "+strconv.Itoa(SchemaVersion)) {
		t.Errorf("message should name both versions: %q", msg)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("a refused file was changed")
	}
}

// TestMigrateFromSchema1 opens a hand-built schema-1 file: accounts but no
// name index, and two accounts that schema 1 let share a name.
func TestMigrateFromSchema1(t *testing.T) {
	path := schema1File(t, map[string]string{
		"0001": `{"id":"0001","name":"Metro Cash","channel":"cash_carry","tier":"A","our_sales":500}`,
		"0002": `{"id":"0002","name":"metro cash","channel":"cash_carry","tier":"B"}`,
		"0003": `{"id":"0003","name":"华润万家","channel":"hypermarket","tier":"A"}`,
	})

	s := openMigrated(t, path)
	if _, err := os.Stat(s.Backup()); err != nil {
		t.Fatalf("backup: %v", err)
	}
	all, err := s.Accounts()
	if err != nil || len(all) != 3 {
		t.Fatalf("Accounts = %v, %v", all, err)
	}
	if all[0].Name != "Metro Cash" || all[1].Name != "metro cash (2)" || all[2].Name != "华润万家" {
		t.Errorf("names after migration: %q %q %q", all[0].Name, all[1].Name, all[2].Name)
	}
	if all[0].OurSales != 500 {
		t.Errorf("data changed by migration: %+v", all[0])
	}
	if _, err := s.SaveAccount(account("华润万家")); err == nil {
		t.Error("the migrated name index should refuse a duplicate")
	}
	var version string
	s.db.View(func(tx *bolt.Tx) error {
		version = string(tx.Bucket(bucketMeta).Get(keySchema))
		return nil
	})
	if version != strconv.Itoa(SchemaVersion) {
		t.Errorf("schema after migration = %q", version)
	}

	// The backup is the untouched schema-1 file.
	b, err := bolt.Open(s.Backup(), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != "1" {
			t.Errorf("backup schema = %q", v)
		}
		if tx.Bucket(bucketAccountNames) != nil {
			t.Error("backup should not have the index")
		}
		return nil
	})
}

func TestFilesThatAreNotWorkspaces(t *testing.T) {
	dir := t.TempDir()
	random := filepath.Join(dir, "random.db")
	junk := make([]byte, 64*1024)
	for i := range junk {
		junk[i] = byte(i*7919 + i/13)
	}
	os.WriteFile(random, junk, 0o600)
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("meeting notes\n"), 0o600)
	foreign := filepath.Join(dir, "other-app.db")
	writeBolt(t, foreign, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("widgets"))
		return err
	})
	badSchema := filepath.Join(dir, "bad-schema.db")
	writeBolt(t, badSchema, func(tx *bolt.Tx) error { return putMeta(tx, "banana") })

	tests := []struct {
		path string
		want Problem
		says string
	}{
		{random, NotKam, "not a kam workspace"},
		{text, NotKam, "not a kam workspace"},
		{foreign, NotKam, "not a kam workspace"},
		{badSchema, NotKam, "not a kam workspace"},
		{empty, Empty, "empty file"},
		{dir, Directory, "is a directory"},
	}
	for _, tt := range tests {
		before, _ := os.ReadFile(tt.path)
		_, err := Open(tt.path, Options{})
		var oe *OpenError
		if !errors.As(err, &oe) || oe.Problem != tt.want {
			t.Errorf("%s: got %v, want problem %d", filepath.Base(tt.path), err, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: message %q should say %q", filepath.Base(tt.path), err, tt.says)
		}
		if zh := model.Localize(err, model.Chinese); zh == err.Error() || zh == "" {
			t.Errorf("%s: no Chinese message", filepath.Base(tt.path))
		}
		after, _ := os.ReadFile(tt.path)
		if string(before) != string(after) {
			t.Errorf("%s: the file was changed", filepath.Base(tt.path))
		}
	}
}

func TestNoPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file; the mapping is covered by TestPermissionErrorsAreNamed")
	}
	path := filepath.Join(t.TempDir(), "locked.db")
	os.WriteFile(path, []byte("x"), 0o000)
	_, err := Open(path, Options{})
	var oe *OpenError
	if !errors.As(err, &oe) || oe.Problem != NoPermission {
		t.Fatalf("got %v", err)
	}
}

func TestPermissionErrorsAreNamed(t *testing.T) {
	denied := &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrPermission}
	if got := permissionOr(denied, NotKam); got != NoPermission {
		t.Errorf("permissionOr(EACCES) = %d", got)
	}
	if got := permissionOr(errors.New("other"), NotKam); got != NotKam {
		t.Errorf("permissionOr(other) = %d", got)
	}
	msg := (&OpenError{Problem: NoPermission, Path: "/x/kam.db"}).Error()
	if !strings.Contains(msg, "permission denied") || !strings.Contains(msg, "/x/kam.db") {
		t.Errorf("message: %q", msg)
	}
}

func TestDamagedRecordIsReported(t *testing.T) {
	s, _ := openTemp(t)
	s.SaveAccount(account("Good"))
	s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketAccounts).Put([]byte("zzz"), []byte("{not json"))
	})
	_, err := s.Accounts()
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "zzz") {
		t.Errorf("got %v, want ErrDamaged naming the record", err)
	}
}

func TestResetReplacesAllOrNothing(t *testing.T) {
	s, _ := openTemp(t)
	s.SaveAccount(account("Old one"))
	ws := model.Workspace{
		Settings: model.Settings{Name: "Case study", CurrentAccount: "c02"},
		Accounts: []model.Account{account("Alpha"), account("Beta")},
	}
	ws.Accounts[0].ID, ws.Accounts[1].ID = "c01", "c02"
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	all, _ := s.Accounts()
	if len(all) != 2 || all[0].Name != "Alpha" || all[1].ID != "c02" {
		t.Fatalf("after reset: %+v", all)
	}
	if _, err := s.SaveAccount(account("Old one")); err != nil {
		t.Errorf("the old name index should be gone: %v", err)
	}

	bad := model.Workspace{Accounts: []model.Account{account("Gamma"), account("gamma")}}
	if err := s.Reset(bad); err == nil {
		t.Fatal("a reset with duplicate names should fail")
	}
	all, _ = s.Accounts()
	if len(all) != 3 { // Alpha, Beta, Old one: untouched by the failed reset
		t.Errorf("a failed reset changed the workspace: %d accounts", len(all))
	}
	st, _ := s.Settings()
	if st.Name != "Case study" {
		t.Errorf("settings after failed reset: %+v", st)
	}
}

// openMigrated opens a hand-built older file, which must be migrated after
// a backup; the store is closed when the test ends.
func openMigrated(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if s.Backup() == "" {
		t.Fatal("no backup was taken before migrating")
	}
	return s
}
