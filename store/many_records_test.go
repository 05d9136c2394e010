package store

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// manyAccounts writes a workspace of n accounts, a0000 to a(n−1), and
// returns its path, closed.
func manyAccounts(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "many.db")
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	ws := model.Workspace{}
	for i := range n {
		a := account(fmt.Sprintf("Account %04d", i))
		a.ID = fmt.Sprintf("a%04d", i)
		ws.Accounts = append(ws.Accounts, a)
	}
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	s.Close()
	return path
}

// damageAccounts writes what no save would over the accounts with the
// given IDs, in one transaction.
func damageAccounts(t *testing.T, path string, ids ...string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		for _, id := range ids {
			if err := tx.Bucket(bucketAccounts).Put([]byte(id), []byte("not json")); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFirstDamageInKeyOrderIsToldWhateverTheWorkers: a bucket of 1,100
// records is read by two workers, one taking the even records and one the
// odd. Damage at a0003 (the second worker's) and a1000 (the first's) is
// told as a0003, the first in key order, whichever worker finished first.
func TestFirstDamageInKeyOrderIsToldWhateverTheWorkers(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	path := manyAccounts(t, 1100)
	damageAccounts(t, path, "a1000", "a0003")
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	for range 5 { // the workers race: the answer must not depend on which wins
		_, err := s.Load(Everything)
		if err == nil || !strings.Contains(err.Error(), "accounts/a0003") {
			s.Close()
			t.Fatalf("got %v, want the damage at accounts/a0003", err)
		}
	}
	s.Close()
	v := verifyFile(t, path)
	var named []string
	for _, p := range v.Problems {
		named = append(named, strings.SplitN(p.Error(), ":", 2)[0])
	}
	if want := []string{"record accounts/a0003", "record accounts/a1000"}; !slices.Equal(named, want) {
		t.Errorf("verify names %q, want %q", named, want)
	}
}

// TestVerifyStopsAKindAfterTwentyProblems: 25 damaged accounts are told
// as the first 20, the accounts marked as stopped; 19 are all told, and
// nothing is stopped.
func TestVerifyStopsAKindAfterTwentyProblems(t *testing.T) {
	damage := func(n int) Verification {
		path := manyAccounts(t, 30)
		var ids []string
		for i := range n {
			ids = append(ids, fmt.Sprintf("a%04d", i))
		}
		damageAccounts(t, path, ids...)
		return verifyFile(t, path)
	}
	v := damage(25)
	if len(v.Problems) != MaxProblemsPerKind || !slices.Equal(v.Stopped, []string{"accounts"}) {
		t.Errorf("25 damaged: %d problems, stopped %q; want %d, accounts", len(v.Problems), v.Stopped, MaxProblemsPerKind)
	}
	if last := v.Problems[len(v.Problems)-1].Error(); !strings.Contains(last, "accounts/a0019") {
		t.Errorf("the 20th problem told: %s", last)
	}
	v = damage(19)
	if len(v.Problems) != 19 || len(v.Stopped) != 0 {
		t.Errorf("19 damaged: %d problems, stopped %q", len(v.Problems), v.Stopped)
	}
	if i := slices.IndexFunc(v.Counts, func(c KindCount) bool { return c.Bucket == "accounts" }); i < 0 || v.Counts[i].Records != 30 {
		t.Errorf("counts: %v", v.Counts)
	}
}
