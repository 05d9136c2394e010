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

// workspaceWithBackups makes a workspace holding the account First, opened
// on two days (each keeping a copy), then holding Second too.
func workspaceWithBackups(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kam.db")
	day := time.Date(2026, 3, 1, 9, 0, 0, 0, time.Local)
	for i, name := range []string{"First", "", "Second"} {
		s, err := store.Open(path, store.Options{Now: func() time.Time { return day.AddDate(0, 0, i) }})
		if err != nil {
			t.Fatal(err)
		}
		if name != "" {
			if _, err := s.Save(model.Account{Name: name, Channel: model.Supermarket, Tier: model.TierA}); err != nil {
				t.Fatal(err)
			}
		}
		s.Close()
	}
	return path
}

func accountNames(t *testing.T, path string) string {
	t.Helper()
	s, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ws, err := s.Load(store.Everything)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range ws.Accounts {
		names = append(names, a.Name)
	}
	return strings.Join(names, ",")
}

func TestBackupsList(t *testing.T) {
	var out bytes.Buffer
	empty := filepath.Join(t.TempDir(), "kam.db")
	if code := RunBackups(empty, empty, &out, model.English); code != 0 || !strings.Contains(out.String(), "No backups") {
		t.Errorf("no backups: exit %d, %s", code, out.String())
	}
	path := workspaceWithBackups(t)
	for _, l := range model.Langs {
		out.Reset()
		if code := RunBackups(path, path, &out, l); code != 0 {
			t.Fatalf("exit %d: %s", code, out.String())
		}
		got := out.String()
		second, first := strings.Index(got, "kam.db.2026-03-03.bak"), strings.Index(got, "kam.db.2026-03-02.bak")
		if first < 0 || second < 0 || second > first {
			t.Errorf("%s: the newest backup is not listed first:\n%s", l, got)
		}
		if !strings.Contains(got, "kam restore kam.db.2026-03-03.bak") {
			t.Errorf("%s: no restore hint:\n%s", l, got)
		}
	}
}

func TestRestoreAsksFirst(t *testing.T) {
	path := workspaceWithBackups(t)
	var out, errs bytes.Buffer
	// The copy of 2 March holds First alone; the workspace holds both.
	if code := RunRestore(path, "2026-03-02", strings.NewReader("n\n"), &out, &errs, model.English); code != 1 {
		t.Errorf("declined: exit %d", code)
	}
	if !strings.Contains(out.String(), "Nothing was changed") || accountNames(t, path) != "First,Second" {
		t.Errorf("declined, yet: %s / %s", out.String(), accountNames(t, path))
	}
	out.Reset()
	if code := RunRestore(path, "kam.db.2026-03-02.bak", strings.NewReader("是\n"), &out, &errs, model.Chinese); code != 0 {
		t.Fatalf("exit %d: %s%s", code, out.String(), errs.String())
	}
	if got := accountNames(t, path); got != "First" {
		t.Errorf("restored workspace holds %s", got)
	}
	for _, want := range []string{"确定恢复吗", "已从 kam.db.2026-03-02.bak 恢复", "原来的工作区保留为"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the dialogue lacks %q:\n%s", want, out.String())
		}
	}
	list, _ := store.Backups(path)
	var kept string
	for _, b := range list {
		if b.BeforeRestore() {
			kept = b.Path
		}
	}
	if kept == "" || accountNames(t, kept) != "First,Second" {
		t.Errorf("the workspace before the restore was not kept: %v", list)
	}
}

func TestRestoreRefuses(t *testing.T) {
	path := workspaceWithBackups(t)
	var out, errs bytes.Buffer
	if code := RunRestore(path, "2025-01-01", strings.NewReader("y\n"), &out, &errs, model.English); code != 1 || !strings.Contains(errs.String(), "kam backups") {
		t.Errorf("an unknown backup: exit %d, %s", code, errs.String())
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	errs.Reset()
	code := RunRestore(path, "2026-03-02", strings.NewReader("y\n"), &out, &errs, model.English)
	s.Close()
	if code != 1 || !strings.Contains(errs.String(), "open in another kam") {
		t.Errorf("while open elsewhere: exit %d, %s", code, errs.String())
	}
	if accountNames(t, path) != "First,Second" {
		t.Error("the workspace changed")
	}
	// A backup that is not a workspace is refused before anything is asked.
	junk := filepath.Join(filepath.Dir(path), "notes.txt")
	os.WriteFile(junk, []byte("hello"), 0o600)
	out.Reset()
	errs.Reset()
	if code := RunRestore(path, junk, strings.NewReader("y\n"), &out, &errs, model.English); code != 1 || out.Len() > 0 {
		t.Errorf("a file that is not a workspace: exit %d, %s%s", code, out.String(), errs.String())
	}
}

// The restore command kam backups suggests names the workspace unless it
// is the one kam opens without --db: run as printed, it restores there.
func TestBackupsHintNamesTheWorkspace(t *testing.T) {
	path := workspaceWithBackups(t)
	plain := filepath.Join(t.TempDir(), "kam.db")
	var out bytes.Buffer
	RunBackups(path, plain, &out, model.English)
	if want := "kam --db " + path + " restore kam.db.2026-03-03.bak\n"; !strings.Contains(out.String(), want) {
		t.Errorf("the hint should be %q:\n%s", want, out.String())
	}
	spaced := filepath.Join(t.TempDir(), "my work", "kam's.db")
	os.MkdirAll(filepath.Dir(spaced), 0o700)
	copyTestFile(t, path, spaced)
	copyTestFile(t, path+".2026-03-02.bak", spaced+".2026-03-02.bak")
	out.Reset()
	RunBackups(spaced, plain, &out, model.Chinese)
	if want := "恢复其中一份：kam --db '" + strings.ReplaceAll(spaced, "'", `'\''`) + `' restore 'kam'\''s.db.2026-03-02.bak'`; !strings.Contains(out.String(), want) {
		t.Errorf("a path with a space and a quote is quoted for the shell; want %q:\n%s", want, out.String())
	}
}

func copyTestFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// A bare name restores only one of the workspace's own backups: the copy
// of another workspace in the same folder, or a file of that name in the
// current folder, is refused before anything is asked, saying how to bring
// it back where it belongs; given by its path, it is restored once the
// user, told whose it is, confirms.
func TestRestoreRefusesAnotherWorkspacesBackup(t *testing.T) {
	path := workspaceWithBackups(t)
	dir := filepath.Dir(path)
	demo := filepath.Join(dir, "demo.db")
	copyTestFile(t, path+".2026-03-02.bak", demo+".2026-03-02.bak")
	for _, l := range model.Langs {
		var out, errs bytes.Buffer
		code := RunRestore(path, "demo.db.2026-03-02.bak", strings.NewReader("y\n"), &out, &errs, l)
		if code != 1 || out.Len() > 0 {
			t.Errorf("%s: another workspace's backup by name: exit %d, asked %q", l, code, out.String())
		}
		want := map[model.Lang][]string{
			model.English: {"is a backup of another workspace, " + demo, "kam --db " + demo + " restore demo.db.2026-03-02.bak", "give its path"},
			model.Chinese: {"是另一个工作区 " + demo + " 的备份", "kam --db " + demo + " restore demo.db.2026-03-02.bak", "请给出它的路径"},
		}[l]
		for _, w := range want {
			if !strings.Contains(errs.String(), w) {
				t.Errorf("%s: the refusal lacks %q:\n%s", l, w, errs.String())
			}
		}
	}
	if got := accountNames(t, path); got != "First,Second" {
		t.Fatalf("the workspace changed: %s", got)
	}

	// The same name in the current folder, elsewhere: a backup of the
	// kam.db there, not of this one.
	elsewhere := t.TempDir()
	copyTestFile(t, path+".2026-03-02.bak", filepath.Join(elsewhere, "kam.db.2026-03-01.bak"))
	t.Chdir(elsewhere)
	var out, errs bytes.Buffer
	if code := RunRestore(path, "kam.db.2026-03-01.bak", strings.NewReader("y\n"), &out, &errs, model.English); code != 1 || out.Len() > 0 ||
		!strings.Contains(errs.String(), "there is no backup kam.db.2026-03-01.bak beside "+path) ||
		!strings.Contains(errs.String(), "To bring it back into "+filepath.Join(elsewhere, "kam.db")+": kam --db "+filepath.Join(elsewhere, "kam.db")+" restore kam.db.2026-03-01.bak") {
		t.Errorf("a backup in the current folder: exit %d, asked %q, %s", code, out.String(), errs.String())
	}

	// By its path, told whose it is, and confirmed.
	out.Reset()
	errs.Reset()
	if code := RunRestore(path, demo+".2026-03-02.bak", strings.NewReader("y\n"), &out, &errs, model.English); code != 0 {
		t.Fatalf("by its path: exit %d, %s%s", code, out.String(), errs.String())
	}
	if !strings.Contains(out.String(), "Careful: "+demo+".2026-03-02.bak is a backup of another workspace") {
		t.Errorf("the question does not say whose backup it is:\n%s", out.String())
	}
	if got := accountNames(t, path); got != "First" {
		t.Errorf("restored workspace holds %s", got)
	}
}
