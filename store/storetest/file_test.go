package storetest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/storetest"
)

// TestWriteGeneratedWorkspace writes a generated workspace file, and its
// accounts as CSV, for trying kam at scale by hand and for comparing it
// with other tools. It runs only when asked:
//
//	KAM_GENERATE=10000 KAM_GENERATE_DIR=/tmp/kam go test ./store/storetest -run TestWriteGeneratedWorkspace
//
// writes /tmp/kam/generated-10000.db and /tmp/kam/generated-10000.csv.
func TestWriteGeneratedWorkspace(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("KAM_GENERATE"))
	if err != nil || n <= 0 {
		t.Skip("set KAM_GENERATE to a number of accounts (and KAM_GENERATE_DIR to a folder) to write a generated workspace")
	}
	dir := os.Getenv("KAM_GENERATE_DIR")
	if dir == "" {
		dir = "."
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	today := time.Now()
	ws := storetest.Generate(n, today)
	base := filepath.Join(dir, fmt.Sprintf("generated-%d", n))
	os.Remove(base + ".db")
	s, err := store.Open(base+".db", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Reset(ws); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(base + ".csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := storetest.WriteAccountsCSV(f, ws.Accounts); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(base + ".db")
	t.Logf("wrote %s.db (%.1f MB) and %s.csv", base, float64(info.Size())/1e6, base)
}
