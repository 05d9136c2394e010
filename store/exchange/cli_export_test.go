package exchange

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

func runExport(t *testing.T, path string, lang model.Lang, args ...string) (int, string, string) {
	t.Helper()
	exportNow = func() time.Time { return planDay }
	t.Cleanup(func() { exportNow = time.Now })
	var out, errs bytes.Buffer
	code := RunExport(path, args, lang, &out, &errs)
	return code, out.String(), errs.String()
}

func TestExportPlanToStandardOutput(t *testing.T) {
	path := caseStudyDB(t, model.Chinese) // the workspace speaks Chinese
	code, out, errs := runExport(t, path, "", "--format", "md", "--account", "megamart 美佳大卖场", "-o", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want, _ := os.ReadFile(filepath.Join("testdata", "plan-megamart-zh.md"))
	if out != string(want) {
		t.Errorf("the plan on standard output is not the golden one:\n%s", mdFirstDifference(string(want), out))
	}
	// --lang wins over the workspace's language.
	_, out, _ = runExport(t, path, "", "--format", "md", "--account", "MegaMart 美佳大卖场", "-o", "-", "--lang", "en")
	if !strings.HasPrefix(out, "# MegaMart 美佳大卖场 — account plan") {
		t.Errorf("--lang en: %.60s", out)
	}
	// As does the language the command line chose for the whole of kam.
	_, out, _ = runExport(t, path, model.English, "-o", "-", "--format", "md")
	if strings.Count(out, " — account plan\n") != 10 {
		t.Errorf("every account's plan: %d plans", strings.Count(out, " — account plan\n"))
	}
}

func TestExportDefaultNames(t *testing.T) {
	path := caseStudyDB(t, model.English)
	t.Chdir(t.TempDir())
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--account", "ShopNow 即购网", "--format", "md"}, "ShopNow 即购网-plan-2026-03-05.md"},
		{nil, "kam-2026-03-05.xlsx"},
		{nil, "kam-2026-03-05 (2).xlsx"}, // never over a file already there
	} {
		code, out, errs := runExport(t, path, "", c.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, errs)
		}
		if !strings.Contains(out, c.want) {
			t.Errorf("%v: %q, want it to name %s", c.args, out, c.want)
		}
		if _, err := os.Stat(c.want); err != nil {
			t.Errorf("%v: %v", c.args, err)
		}
	}
}

// A workbook of one account holds that account alone.
func TestExportWorkbookOfOneAccount(t *testing.T) {
	path := caseStudyDB(t, model.English)
	file := filepath.Join(t.TempDir(), "megamart.xlsx")
	if code, _, errs := runExport(t, path, "", "--account", "MEGAMART 美佳大卖场", "-o", file); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range []string{"Accounts", "Contacts", "Terms"} {
		rows, _ := f.GetRows(sheet)
		for _, r := range rows[1:] {
			if r[0] != "MegaMart 美佳大卖场" {
				t.Errorf("sheet %s holds %s", sheet, r[0])
			}
		}
		if len(rows) < 2 {
			t.Errorf("sheet %s is empty", sheet)
		}
	}
}

func TestExportRefuses(t *testing.T) {
	path := caseStudyDB(t, model.English)
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"--format", "pdf"}, 2, "--format"},
		{[]string{"--bogus"}, 2, "unknown flag --bogus"},
		{[]string{"--kind", "contacts"}, 2, "--kind goes with --format csv"},
		{[]string{"--format", "csv"}, 2, "needs --kind"},
		{[]string{"--format", "csv", "--kind", "meetings"}, 2, "needs --kind"},
		{[]string{"--format", "json", "--account", "x"}, 2, "whole workspace"},
		{[]string{"-o", "-"}, 2, "standard output"},
		{[]string{"--lang", "fr"}, 2, "en or zh"},
		{[]string{"--account", "Nobody", "-o", "-", "--format", "md"}, 1, `no account called "Nobody"`},
	} {
		code, out, errs := runExport(t, path, "", c.args...)
		if code != c.code || !strings.Contains(errs, c.says) || out != "" {
			t.Errorf("%v: exit %d, %q%q; want exit %d saying %q", c.args, code, out, errs, c.code, c.says)
		}
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if code, _, errs := runExport(t, missing, model.Chinese, "-o", "-", "--format", "md"); code != 1 || !strings.Contains(errs, "没有工作区") {
		t.Errorf("a missing workspace: exit %d, %s", code, errs)
	}
}

// CSV of one kind, of one account: the columns kam import reads.
func TestExportCSV(t *testing.T) {
	path := caseStudyDB(t, model.English)
	code, out, errs := runExport(t, path, "", "--format", "csv", "--kind", "contacts", "--account", "ShopNow 即购网", "-o", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\r\n")
	if len(lines) < 2 {
		t.Fatalf("no contacts: %q", out)
	}
	for _, l := range lines[1:] {
		if !strings.Contains(l, "ShopNow") {
			t.Errorf("a contact of another account: %s", l)
		}
	}
}

// JSON is the whole workspace, as ExportJSON writes it; -o's extension
// tells the format.
func TestExportJSON(t *testing.T) {
	path := caseStudyDB(t, model.English)
	file := filepath.Join(t.TempDir(), "team.json")
	if code, _, errs := runExport(t, path, "", "-o", file); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ws, err := s.Load(store.Everything)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	var direct bytes.Buffer
	if err := ExportJSON(&direct, ws); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, direct.Bytes()) || !strings.Contains(string(data), "MegaMart") {
		t.Errorf("the file is not the workspace's JSON: %.200s", data)
	}
}
