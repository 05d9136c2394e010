package exchange

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// caseStudyDB writes the case study to a workspace file, closed.
func caseStudyDB(t *testing.T, l model.Lang) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kam.db")
	s, err := store.Open(path, store.Options{Now: func() time.Time { return planDay }})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Reset(model.CaseStudy(planDay, l)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// patch replaces the first old bytes of the file by new ones of the same
// length, as a disk or another program might.
func patch(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(old) != len(new) || !bytes.Contains(data, []byte(old)) {
		t.Fatalf("cannot patch %q into %q", old, new)
	}
	if err := os.WriteFile(path, bytes.Replace(data, []byte(old), []byte(new), 1), 0o600); err != nil {
		t.Fatal(err)
	}
}

func runCheck(path string, l model.Lang) (int, string, string) {
	var out, errs bytes.Buffer
	code := RunCheck(path, &out, &errs, l)
	return code, out.String(), errs.String()
}

func TestCheckGoodFile(t *testing.T) {
	for _, l := range model.Langs {
		path := caseStudyDB(t, l)
		before, _ := os.ReadFile(path)
		code, out, errs := runCheck(path, l)
		if code != 0 || errs != "" {
			t.Fatalf("%s: exit %d, %s%s", l, code, out, errs)
		}
		for _, want := range []model.Text{model.T("accounts", "客户"), model.T("No problems", "没有发现问题")} {
			if !strings.Contains(out, want.In(l)) {
				t.Errorf("%s: the report lacks %q:\n%s", l, want.In(l), out)
			}
		}
		if !strings.Contains(out, "10\n") {
			t.Errorf("%s: the report does not count 10 accounts:\n%s", l, out)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Errorf("%s: the check changed the file", l)
		}
		if list, _ := store.Backups(path); len(list) > 0 {
			t.Errorf("%s: the check kept a backup", l)
		}
	}
}

// Damaged records are each named; the exit status is 1.
func TestCheckDamagedRecords(t *testing.T) {
	path := caseStudyDB(t, model.English)
	patch(t, path, `"channel":"convenience"`, `"channel":"convenienXe"`)
	patch(t, path, `"tier":"C"`, `"tier":"Z"`)
	before, _ := os.ReadFile(path)
	for _, l := range model.Langs {
		code, out, _ := runCheck(path, l)
		if code != 1 {
			t.Fatalf("%s: exit %d for a damaged file:\n%s", l, code, out)
		}
		if strings.Count(out, "\n  - ") != 2 || !strings.Contains(out, model.T("2 problems", "发现 2 个问题").In(l)) {
			t.Errorf("%s: want two problems listed:\n%s", l, out)
		}
		if !strings.Contains(out, "accounts/") || !strings.Contains(out, "kam restore") {
			t.Errorf("%s: the report does not name the records or the way out:\n%s", l, out)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the check changed the damaged file")
	}
}

// A file whose pages are damaged, or cut short, or that is missing, is
// reported with exit status 1 and no crash.
func TestCheckDamagedFile(t *testing.T) {
	path := caseStudyDB(t, model.English)
	data, _ := os.ReadFile(path)
	// Scribble over the header of a page of business reviews, which the
	// open does not read: the check of the file's structure finds it.
	const page = 16 << 10
	at := bytes.Index(data, []byte(`"id":"cs10-r2"`)) / page * page
	copy(data[at:], bytes.Repeat([]byte{0xA5}, 16))
	os.WriteFile(path, data, 0o600)
	code, out, errs := runCheck(path, model.English)
	if code != 1 || !strings.Contains(out, "page") {
		t.Errorf("a scribbled page: exit %d\n%s%s", code, out, errs)
	}

	cut := caseStudyDB(t, model.English)
	data, _ = os.ReadFile(cut)
	// Four pages are left: the file grows by doubling, so half of it may
	// still hold every page its header counts.
	os.WriteFile(cut, data[:4*page], 0o600)
	if code, out, errs := runCheck(cut, model.English); code != 1 || !strings.Contains(errs, "cut short") {
		t.Errorf("a file cut short: exit %d\n%s%s", code, out, errs)
	}

	missing := filepath.Join(t.TempDir(), "none.db")
	if code, _, errs := runCheck(missing, model.Chinese); code != 1 || !strings.Contains(errs, "没有工作区") {
		t.Errorf("a missing file: exit %d, %s", code, errs)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("the check created the missing file")
	}
}

// A kam that has the workspace open for writing holds it: check says so.
func TestCheckWhileOpen(t *testing.T) {
	path := caseStudyDB(t, model.English)
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if code, _, errs := runCheck(path, model.English); code != 1 || !strings.Contains(errs, "open in another kam") {
		t.Errorf("exit %d, %s", code, errs)
	}
}
