package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// caseStudyFile writes the case study to a new file and returns its path,
// closed.
func caseStudyFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case.db")
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Reset(model.CaseStudy(fixedNow, model.English)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// wantDamaged checks that err tells damage as Open does, in both
// languages: the path, the advice, and where in the file (named alike in
// both) the damage is.
func wantDamaged(t *testing.T, err error, path string, says ...string) {
	t.Helper()
	var oe *OpenError
	if !errors.As(err, &oe) || oe.Problem != Damaged || !errors.Is(err, ErrDamaged) {
		t.Errorf("got %v, want a Damaged OpenError", err)
		return
	}
	en, zh := model.Localize(err, model.English), model.Localize(err, model.Chinese)
	for _, want := range append([]string{path, "Restore it from a backup"}, says...) {
		if !strings.Contains(en, want) {
			t.Errorf("%q does not say %q", en, want)
		}
	}
	for _, want := range append([]string{path, "请从备份恢复"}, says...) {
		if !strings.Contains(zh, want) {
			t.Errorf("%q does not say %q", zh, want)
		}
	}
}

// TestCutShortFileIsDamagedNotACrash cuts the case study's file at every
// 4 KB and at odd places, as a copy that did not finish would: bbolt read
// pages past the end of such a file and the process died of SIGBUS, which
// no recover catches. Each opens, or is called damaged and left as it was;
// none crashes.
func TestCutShortFileIsDamagedNotACrash(t *testing.T) {
	whole, err := os.ReadFile(caseStudyFile(t))
	if err != nil {
		t.Fatal(err)
	}
	inUse := 0 // the bytes the file's pages in use take
	cuts := []int{1, 50, 100, 4095, 285 << 10, len(whole) - 1}
	for cut := 4 << 10; cut < len(whole); cut += 4 << 10 {
		cuts = append(cuts, cut)
	}
	path := filepath.Join(t.TempDir(), "cut.db")
	for _, cut := range cuts {
		if err := os.WriteFile(path, whole[:cut], 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path, Options{})
		if err != nil {
			var oe *OpenError
			if !errors.As(err, &oe) || oe.Problem != Damaged && cut > 100 {
				t.Errorf("cut at %d: %v, want damaged", cut, err)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, whole[:cut]) {
				t.Errorf("cut at %d: the file was changed", cut)
			}
			inUse = max(inUse, cut+1)
			continue
		}
		if _, err := s.Load(Everything); err != nil {
			t.Errorf("cut at %d: opened, then %v", cut, err)
		}
		s.Close()
	}
	if inUse < 285<<10 {
		t.Errorf("only files cut below %d bytes were refused; the case study's pages reach past 285 KB", inUse)
	}
	os.WriteFile(path, whole[:285<<10], 0o600)
	_, err = Open(path, Options{})
	wantDamaged(t, err, path, "291840")
}

// TestFileCutWhileOpenIsDamageNotACrash cuts the file short under an open
// store: its next read meets pages that are gone, a memory fault that is
// made into an error.
func TestFileCutWhileOpenIsDamageNotACrash(t *testing.T) {
	path := caseStudyFile(t)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := os.Truncate(path, 32<<10); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(Everything); !errors.Is(err, ErrDamaged) {
		t.Errorf("got %v, want damage", err)
	}
}

// corrupt writes raw as the record at key of bucket, as a damaged disk or
// another program might have left it.
func corrupt(t *testing.T, path string, bucket, key, raw string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte(bucket)).Put([]byte(key), []byte(raw)) }); err != nil {
		t.Fatal(err)
	}
}

// storedRecord is the record at key of bucket, as stored.
func storedRecord(t *testing.T, path, bucket, key string) string {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var raw string
	db.View(func(tx *bolt.Tx) error {
		raw = string(tx.Bucket([]byte(bucket)).Get([]byte(key)))
		return nil
	})
	if raw == "" {
		t.Fatalf("no record %s/%s", bucket, key)
	}
	return raw
}

// TestRecordsNoSaveWouldWriteAreDamage stores records out of range, out of
// their lists, or naming records the file does not hold: each is reported
// by Load as damage naming the record, in the part that reads it, and
// never handed to a screen.
func TestRecordsNoSaveWouldWriteAreDamage(t *testing.T) {
	base := caseStudyFile(t)
	ws := model.CaseStudy(fixedNow, model.English)
	acc, ev, mo := ws.Accounts[0].ID, ws.Evaluations[0].ID, ws.Moments[0].ID
	var ct string // a contact of acc that no other record names
	for _, c := range ws.Contacts {
		named := slices.ContainsFunc(ws.Contacts, func(o model.Contact) bool { return o.ReportsTo == c.ID }) ||
			slices.ContainsFunc(ws.Moments, func(m model.Moment) bool { return m.ContactID == c.ID })
		if c.AccountID == acc && !named {
			ct = c.ID
		}
	}
	other := ws.Accounts[1].ID
	replace := func(bucket, key, old, new string) func(t *testing.T, path string) string {
		return func(t *testing.T, path string) string {
			raw := storedRecord(t, path, bucket, key)
			if !strings.Contains(raw, old) {
				t.Fatalf("%s/%s does not hold %q: %s", bucket, key, old, raw)
			}
			corrupt(t, path, bucket, key, strings.Replace(raw, old, new, 1))
			return bucket + "/" + key
		}
	}
	put := func(bucket, key, raw string) func(t *testing.T, path string) string {
		return func(t *testing.T, path string) string {
			corrupt(t, path, bucket, key, raw)
			return bucket + "/" + key
		}
	}
	tests := []struct {
		name   string
		damage func(t *testing.T, path string) (record string)
		part   Part // the part that reads it
	}{
		{"a stage past done", replace("accounts", acc, `"stages":[`, `"stages":[9,`), FirstFrame},
		{"a channel kam does not know", replace("accounts", acc, `"channel":"`, `"channel":"warehouse`), FirstFrame},
		{"a tier kam does not know", replace("accounts", acc, `"tier":"`, `"tier":"Z`), FirstFrame},
		{"a negative amount", replace("accounts", acc, `"our_sales":`, `"our_sales":-`), FirstFrame},
		{"a trait kam does not know", replace("accounts", acc, `"traits":[`, `"traits":["sleepy",`), FirstFrame},
		{"an account under another's key", put("accounts", "zzz", `{"id":"yyy","name":"Stray","channel":"other","tier":"C"}`), FirstFrame},
		{"an unreadable record", put("accounts", "zzz", `{"id":"zzz","name":`), FirstFrame},
		{"criteria weights not adding up", replace("matrix", "matrix", `"weight":`, `"weight":9`), Everything}, // the rest's evaluations were scored against them
		{"two checklist items with one ID", put("checklist", "items", `[{"id":"a","name":{"en":"One"}},{"id":"a","name":{"en":"Two"}}]`), FirstFrame},
		{"an evaluation of a missing account", replace("evaluations", ev, acc, "gone"), Rest},
		{"a score past 10", replace("evaluations", ev, `"s":[[`, `"s":[[11,`), Rest},
		{"a contact reporting to nobody known", put("contacts", "x1", `{"id":"x1","account_id":"`+acc+`","name":"Ghost","function":"buying","role":"buyer","stance":"neutral","influence":"low","reports_to":"nobody"}`), Rest},
		{"a counterpart who is not one of ours", put("contacts", "x1", `{"id":"x1","account_id":"`+acc+`","name":"Ghost","function":"buying","role":"buyer","stance":"neutral","influence":"low","counterpart":"nobody"}`), Rest},
		{"a contact of a missing account", replace("contacts", ct, `"account_id":"`+acc, `"account_id":"gone`), Rest},
		{"a moment with another account's contact", replace("moments", mo, `"account_id":"`+ws.Moments[0].AccountID, `"account_id":"`+other), Rest},
		{"a knowledge status past known", put("knowledge", acc+"/k-role", `{"account_id":"`+acc+`","item_id":"k-role","status":7}`), Rest},
		{"terms for the year 1900", put("terms", acc+"/1900", `{"account_id":"`+acc+`","year":1900}`), Rest},
		{"a negotiation status kam does not know", put("negotiations", "n1", `{"id":"n1","account_id":"`+acc+`","title":"T","year":2026,"status":"won"}`), Rest},
		{"a person in no function", put("people", "p1", `{"id":"p1","name":"Wizard","function":"magic"}`), Rest},
		{"a meeting action owned by no side", put("meetings", "m1", `{"id":"m1","account_id":"`+acc+`","date":"2026-01-01T00:00:00Z","actions":[{"what":"Call","side":"nobody","status":"open"}]}`), Rest},
	}
	whole, _ := os.ReadFile(base)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ws.db")
			os.WriteFile(path, whole, 0o600)
			record := tt.damage(t, path)
			s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for _, part := range []Part{tt.part, Everything} {
				ws, err := s.Load(part)
				wantDamaged(t, err, path, record)
				if len(ws.Accounts)+len(ws.Evaluations)+len(ws.Contacts) != 0 {
					t.Errorf("a damaged load handed records on")
				}
			}
			other := map[Part]Part{FirstFrame: Rest, Rest: FirstFrame}
			if part, ok := other[tt.part]; ok {
				if _, err := s.Load(part); err != nil {
					t.Errorf("the other part: %v", err)
				}
			}
		})
	}
}

// TestDamagedSettingsAreToldWithThePath: the settings are read before the
// screen starts, and their damage is told as any other, by Open.
func TestDamagedSettingsAreToldWithThePath(t *testing.T) {
	for _, raw := range []string{`{"name":`, `{"lang":"fr"}`, `{"cost_of_capital":-3}`} {
		path := caseStudyFile(t)
		corrupt(t, path, "settings", "workspace", raw)
		before, _ := os.ReadFile(path)
		_, err := Open(path, Options{})
		wantDamaged(t, err, path, "settings/workspace")
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Error("the file was changed")
		}
	}
}

// TestMissingBucketIsDamageAndTheFileIsLeft takes each bucket in turn
// from a file of this schema, which has them all: opening it says damaged,
// naming the bucket, and leaves the file as it was. It used to be given an
// empty bucket, and the user the first-run welcome.
func TestMissingBucketIsDamageAndTheFileIsLeft(t *testing.T) {
	whole, _ := os.ReadFile(caseStudyFile(t))
	for _, b := range dataBuckets() {
		path := filepath.Join(t.TempDir(), "ws.db")
		os.WriteFile(path, whole, 0o600)
		writeBoltTo(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket(b) })
		before, _ := os.ReadFile(path)
		_, err := Open(path, Options{})
		wantDamaged(t, err, path, string(b))
		if !strings.Contains(err.Error(), "the "+string(b)+" bucket is missing") {
			t.Errorf("%q does not say which bucket is missing", err)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Errorf("%s: the file was changed", b)
		}
	}
}

// writeBoltTo changes an existing bbolt file by hand.
func writeBoltTo(t *testing.T, path string, fill func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fill); err != nil {
		t.Fatal(err)
	}
}

// TestKeptRecordsAreNotDeleted: other records name accounts, people and
// contacts, so deleting one would leave the file naming what it does not
// hold; they are archived instead.
func TestKeptRecordsAreNotDeleted(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Reset(model.CaseStudy(fixedNow, model.English)); err != nil {
		t.Fatal(err)
	}
	ws, _ := s.Load(Everything)
	for _, rec := range []any{ws.Accounts[0], ws.People[0], ws.Contacts[0]} {
		if err := s.Delete(rec); err == nil || !strings.Contains(err.Error(), "archived") {
			t.Errorf("deleting a %T: %v", rec, err)
		}
	}
	if _, err := s.Load(Everything); err != nil {
		t.Error(err)
	}
}

// TestContactNamedByOthersStaysWithItsAccount: moving a contact to
// another account while its account's records name it would write what
// Load calls damage; the save is refused and the file still loads.
func TestContactNamedByOthersStaysWithItsAccount(t *testing.T) {
	s, _ := openTemp(t)
	if err := s.Reset(model.CaseStudy(fixedNow, model.English)); err != nil {
		t.Fatal(err)
	}
	ws, _ := s.Load(Everything)
	var boss, met model.Contact
	for _, c := range ws.Contacts {
		if c.ReportsTo != "" {
			boss = *findContact(ws.Contacts, c.ReportsTo)
		}
	}
	met = *findContact(ws.Contacts, ws.Moments[0].ContactID)
	for _, c := range []model.Contact{boss, met} {
		other := ws.Accounts[0].ID
		if other == c.AccountID {
			other = ws.Accounts[1].ID
		}
		c.AccountID, c.ReportsTo = other, ""
		if _, err := s.Save(c); err == nil || !strings.Contains(err.Error(), "cannot move") {
			t.Errorf("moving %s: %v", c.ID, err)
		}
	}
	if _, err := s.Load(Everything); err != nil {
		t.Error(err)
	}
}

func findContact(list []model.Contact, id string) *model.Contact {
	i := slices.IndexFunc(list, func(c model.Contact) bool { return c.ID == id })
	return &list[i]
}
