package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// putRaw writes raw at key of bucket through an open store, as a damaged
// disk might have left it.
func putRaw(t *testing.T, s *Store, bucket []byte, key, raw string) {
	t.Helper()
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put([]byte(key), []byte(raw)) }); err != nil {
		t.Fatal(err)
	}
}

// TestListsOfOneKindTellDamage: the lists read a kind at a time (the
// answers, the moments) tell a record that does not decode as damage,
// with the file and the record, as Load does.
func TestListsOfOneKindTellDamage(t *testing.T) {
	s, path := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	putRaw(t, s, bucketKnowledge, a.ID+"/k-kpis", "not json")
	_, err := s.Knowledge()
	wantDamaged(t, err, path, "knowledge/"+a.ID+"/k-kpis")
}

// TestMovingAContactReadsTheMoments: a contact moves to another account
// only when no moment names it; a moment that cannot be read stops the
// move as damage rather than letting it through unchecked.
func TestMovingAContactReadsTheMoments(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	b, _ := s.SaveAccount(account("FreshWay"))
	c, err := s.SaveContact(model.Contact{AccountID: a.ID, Name: "Wang Fang 王芳", Function: "commercial", Role: "decider", Stance: "neutral", Influence: "high"})
	if err != nil {
		t.Fatal(err)
	}
	putRaw(t, s, bucketMoments, "m-damaged", "not json")
	c.AccountID = b.ID
	if _, err := s.SaveContact(c); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "moments/m-damaged") {
		t.Errorf("moving with a damaged moment: %v", err)
	}
	putRaw(t, s, bucketMoments, "m-damaged", `{"id":"m-damaged","account_id":"`+a.ID+`","contact_id":"`+c.ID+`","date":"2026-11-01T00:00:00Z","learned":"x"}`)
	if _, err := s.SaveContact(c); err == nil || !strings.Contains(err.Error(), "cannot move to another account") {
		t.Errorf("moving a contact a moment names: %v", err)
	}
}

// TestWhatIsNotAFileIsNamed names each kind of path that is not a
// regular file, and an OpenError that names no problem is never "locked".
func TestWhatIsNotAFileIsNamed(t *testing.T) {
	for _, tt := range []struct {
		mode   fs.FileMode
		en, zh string
	}{
		{fs.ModeNamedPipe, "a named pipe (FIFO)", "命名管道（FIFO）"},
		{fs.ModeSocket, "a socket", "套接字"},
		{fs.ModeDevice | fs.ModeCharDevice, "a character device (such as /dev/null)", "字符设备（如 /dev/null）"},
		{fs.ModeDevice, "a device", "设备文件"},
		{fs.ModeIrregular, "a special file", "特殊文件"},
	} {
		err := &OpenError{Problem: NotAFile, Path: "/x", Mode: tt.mode}
		if en, zh := err.Bilingual().EN, err.Bilingual().ZH; !strings.Contains(en, "/x is "+tt.en+", not a file") || !strings.Contains(zh, "/x 是"+tt.zh+"，不是普通文件") {
			t.Errorf("%v: %q / %q", tt.mode, en, zh)
		}
	}
	if msg := (&OpenError{Path: "/x"}).Error(); !strings.Contains(msg, "not a kam workspace") {
		t.Errorf("an OpenError naming no problem says %q", msg)
	}
}

// TestPathUnderAFileIsNotAWorkspace: a path whose folder is a file cannot
// be looked at; it is refused as not a workspace, and nothing is made.
func TestPathUnderAFileIsNotAWorkspace(t *testing.T) {
	notes := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(notes, []byte("meeting notes\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(filepath.Join(notes, "kam.db"), Options{})
	var oe *OpenError
	if !errors.As(err, &oe) || oe.Problem != NotKam || oe.Err == nil {
		t.Errorf("got %v, want not a kam workspace", err)
	}
	if got, _ := os.ReadFile(notes); string(got) != "meeting notes\n" {
		t.Error("the file in the way was changed")
	}
}

// TestRecordsOfNoAccountAreRefused: every record that belongs to an
// account is refused when the workspace has no such account, and nothing
// is written: Load would call it damage.
func TestRecordsOfNoAccountAreRefused(t *testing.T) {
	s, _ := openTemp(t)
	day := model.Day(fixedNow)
	for _, rec := range []any{
		model.TermsYear{AccountID: "ghost", Year: 2026, GrossSales: 100_000_00},
		model.Negotiation{AccountID: "ghost", Title: "Annual terms 2027", Year: 2027, Status: model.Draft},
		model.NewMeeting("ghost", day, day.AddDate(0, -3, 0), day.AddDate(0, 0, -1), nil),
		model.Knowledge{AccountID: "ghost", ItemID: "k-kpis", Status: model.Known, Verified: day},
		model.Contact{AccountID: "ghost", Name: "Wang Fang 王芳", Function: "commercial", Role: "decider", Stance: "neutral", Influence: "high"},
	} {
		if _, err := s.Save(rec); err == nil || !strings.Contains(err.Error(), "no account ghost") {
			t.Errorf("%T of no account: %v", rec, err)
		}
	}
	ws, err := s.Load(Everything)
	if err != nil || len(ws.Terms)+len(ws.Negotiations)+len(ws.Meetings)+len(ws.Knowledge)+len(ws.Contacts) > 0 {
		t.Errorf("written: %d terms years, %d negotiations, %d meetings, %d answers, %d contacts (%v)",
			len(ws.Terms), len(ws.Negotiations), len(ws.Meetings), len(ws.Knowledge), len(ws.Contacts), err)
	}
}

// TestAccountNamesAreKeptTrimmed: spaces around a name are not kept, so
// "MegaMart " is the same name as "MegaMart".
func TestAccountNamesAreKeptTrimmed(t *testing.T) {
	s, _ := openTemp(t)
	a, err := s.SaveAccount(account("  MegaMart  "))
	if err != nil || a.Name != "MegaMart" {
		t.Fatalf("saved %q, %v", a.Name, err)
	}
	if all, _ := s.Accounts(); len(all) != 1 || all[0].Name != "MegaMart" {
		t.Errorf("stored: %+v", all)
	}
}
