package exchange

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

func exportJSON(t *testing.T, ws model.Workspace) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := ExportJSON(&b, ws); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeJSON(t *testing.T, ws model.Workspace) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "workspace.json")
	if err := os.WriteFile(file, exportJSON(t, ws), 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

func TestJSONImportedIntoAnEmptyWorkspaceExportsTheSameBytes(t *testing.T) {
	for _, l := range model.Langs {
		first := exportJSON(t, load(t, newDB(t, model.CaseStudy(today, l))))
		if !bytes.HasPrefix(first, []byte("{\n  \"format\": \"kam-workspace\",\n  \"version\": 3,\n")) {
			t.Fatalf("head: %s", first[:80])
		}
		file := filepath.Join(t.TempDir(), "ws.json")
		if err := os.WriteFile(file, first, 0o600); err != nil {
			t.Fatal(err)
		}
		db := filepath.Join(t.TempDir(), "new.db")
		if code, out, _ := kamImport(t, db, model.English, "--dry-run", file); code != 0 || fileExists(db) || !strings.Contains(out, "Dry run: the workspace would be brought in whole (10 accounts") {
			t.Errorf("dry run: exit %d, created %v\n%s", code, fileExists(db), out)
		}
		code, out, errOut := kamImport(t, db, model.English, file)
		if code != 0 || !strings.Contains(out, "Imported the workspace: 10 accounts") {
			t.Fatalf("exit %d\n%s%s", code, out, errOut)
		}
		again := exportJSON(t, load(t, db))
		if !bytes.Equal(first, again) {
			a, b := string(first), string(again)
			i := 0
			for i < len(a) && i < len(b) && a[i] == b[i] {
				i++
			}
			t.Errorf("%s: the bytes differ from %d:\n%s\n---\n%s", l, i, a[max(0, i-200):min(len(a), i+200)], b[max(0, i-200):min(len(b), i+200)])
		}
	}
}

func TestJSONIntoAWorkspaceWithRecordsNeedsMerge(t *testing.T) {
	db := newDB(t, model.CaseStudy(today, model.English))
	before := exportJSON(t, load(t, db))
	file := writeJSON(t, model.CaseStudy(today, model.Chinese))
	code, _, errOut := kamImport(t, db, model.English, file)
	if code != 1 || !strings.Contains(errOut, "already holds records: add --merge") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if !bytes.Equal(before, exportJSON(t, load(t, db))) {
		t.Error("the workspace changed")
	}
}

func TestJSONOfANewerKamOrNotKamIsRefused(t *testing.T) {
	if _, err := ReadJSON([]byte(`{"format":"kam-workspace","version":4}`), "w.json"); err == nil || !strings.Contains(err.Error(), "version 4; this kam reads version 3") {
		t.Errorf("newer: %v", err)
	}
	for _, data := range []string{`[]`, `{"format":"other"}`, `not json`, `{"format":"kam-workspace","version":1,"surprise":1}`} {
		if _, err := ReadJSON([]byte(data), "w.json"); err == nil {
			t.Errorf("%s was read", data)
		}
	}
}
