package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

func env(kv map[string]string) func(string) string {
	return func(k string) string { return kv[k] }
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args    []string
		env     map[string]string
		want    config
		wantErr string
	}{
		{args: nil, want: config{}},
		{args: []string{"demo"}, want: config{command: "demo"}},
		{args: []string{"demo", "--reset"}, want: config{command: "demo", reset: true}},
		{args: []string{"--reset", "demo"}, want: config{command: "demo", reset: true}},
		{args: []string{"--db", "/tmp/x.db", "--lang", "zh"}, want: config{db: "/tmp/x.db", lang: model.Chinese}},
		{args: []string{"--db=/tmp/x.db", "demo", "--lang=en"}, want: config{command: "demo", db: "/tmp/x.db", lang: model.English}},
		{args: []string{"version"}, want: config{command: "version"}},
		{args: []string{"--help"}, want: config{command: "help"}},
		{args: []string{"-h"}, want: config{command: "help"}},
		{args: []string{"help"}, want: config{command: "help"}},
		{args: nil, env: map[string]string{"KAM_DB": "/data/ws.db", "KAM_LANG": "zh"}, want: config{db: "/data/ws.db", lang: model.Chinese}},
		{args: []string{"--db", "/flag.db", "--lang", "en"}, env: map[string]string{"KAM_DB": "/env.db", "KAM_LANG": "zh"}, want: config{db: "/flag.db", lang: model.English}},
		{args: []string{"report"}, wantErr: `unknown command "report"`},
		{args: []string{"export"}, want: config{command: "export"}},
		{args: []string{"--db", "/w.db", "import", "a.csv", "--kind", "contacts", "--dry-run"},
			want: config{command: "import", db: "/w.db", args: []string{"a.csv", "--kind", "contacts", "--dry-run"}}},
		{args: []string{"import", "a.csv", "--db", "/w.db"}, want: config{command: "import", db: "/w.db", args: []string{"a.csv"}}},
		{args: []string{"--lang", "zh", "export", "--lang", "en", "-o", "-"},
			want: config{command: "export", lang: model.Chinese, args: []string{"--lang", "en", "-o", "-"}}},
		{args: []string{"check", "--db=/w.db"}, want: config{command: "check", db: "/w.db"}},
		{args: []string{"restore", "w.db.2026-11-28.bak"}, want: config{command: "restore", args: []string{"w.db.2026-11-28.bak"}}},
		{args: []string{"demo", "import"}, wantErr: `unexpected argument "demo"`},
		{args: []string{"demo", "extra"}, wantErr: `unexpected argument "extra"`},
		{args: []string{"--colour"}, wantErr: "unknown flag --colour"},
		{args: []string{"--db"}, wantErr: "--db needs a value"},
		{args: []string{"--lang", "fr"}, wantErr: `--lang "fr" is not a language`},
		{args: nil, env: map[string]string{"KAM_LANG": "zh_CN"}, wantErr: `KAM_LANG "zh_CN" is not a language`},
		{args: []string{"--reset"}, wantErr: "--reset goes with the demo command"},
	}
	for _, tt := range tests {
		got, err := parseArgs(tt.args, env(tt.env))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%v: error %v, want %q", tt.args, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%v: got %+v, %v; want %+v", tt.args, got, err, tt.want)
		}
	}
}

// TestFileCommandsRunOnTheWorkspace goes through the commands that work on
// the file without a screen: import, check, export, backups, restore.
func TestFileCommandsRunOnTheWorkspace(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "w.db")
	kam := func(args ...string) (int, string, string) {
		var out, errs strings.Builder
		code := run(args, env(nil), &out, &errs)
		return code, out.String(), errs.String()
	}
	if code, out, errs := kam("--db", db, "import", filepath.Join("testdata", "import", "accounts.csv")); code != 0 || !strings.Contains(out, "Harbour Mart") {
		t.Fatalf("import: %d\n%s%s", code, out, errs)
	}
	// a second open of the day keeps the file as it was before it
	if code, out, errs := kam("--db", db, "import", filepath.Join("testdata", "import", "contacts.csv")); code != 0 {
		t.Fatalf("import of contacts: %d\n%s%s", code, out, errs)
	}
	if code, out, errs := kam("check", "--db", db); code != 0 || !strings.Contains(out, "No problems") {
		t.Errorf("check: %d\n%s%s", code, out, errs)
	}
	plan := filepath.Join(dir, "plan.md")
	if code, out, errs := kam("--db", db, "export", "--format", "md", "--account", "harbour mart", "-o", plan); code != 0 {
		t.Errorf("export: %d\n%s%s", code, out, errs)
	} else if b, _ := os.ReadFile(plan); !strings.HasPrefix(string(b), "# Harbour Mart") {
		t.Errorf("the account plan starts %q", string(b[:min(len(b), 40)]))
	}
	if code, out, _ := kam("backups", "--db", db); code != 0 || !strings.Contains(out, "kam --db "+db+" restore w.db.") {
		t.Errorf("backups: the restore it suggests names the workspace: %d\n%s", code, out)
	}
	if code, _, errs := kam("restore", "--db", db); code != 2 || !strings.Contains(errs, "kam restore FILE") {
		t.Errorf("restore without a file: %d\n%s", code, errs)
	}
	if code, _, errs := kam("check", "extra", "--db", db); code != 2 || !strings.Contains(errs, `unexpected argument "extra"`) {
		t.Errorf("check with an extra argument: %d\n%s", code, errs)
	}
}

// The restore command kam backups suggests leaves --db out only when a
// plain kam restore opens that very workspace.
func TestBackupsHintOmitsTheDefaultWorkspace(t *testing.T) {
	data := t.TempDir()
	db := filepath.Join(data, "kam", "kam.db")
	os.MkdirAll(filepath.Dir(db), 0o700)
	os.WriteFile(db+".2026-11-28.bak", []byte("a copy"), 0o600)
	getenvs := []map[string]string{
		{"XDG_DATA_HOME": data, "HOME": data, "LocalAppData": data},
		{"KAM_DB": db, "HOME": t.TempDir()},
	}
	for _, e := range getenvs {
		for _, args := range [][]string{{"backups"}, {"--db", db, "backups"}} {
			var out, errs strings.Builder
			if code := run(args, env(e), &out, &errs); code != 0 || !strings.Contains(out.String(), "with: kam restore kam.db.2026-11-28.bak") {
				t.Errorf("%v %v: %d\n%s%s", e, args, code, out.String(), errs.String())
			}
		}
	}
}

func TestBadUsageExitsTwoWithUsage(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"--nope"}, {"--lang", "de"}} {
		var out, errOut bytes.Buffer
		code := run(args, env(nil), &out, &errOut)
		lines := strings.Split(errOut.String(), "\n")
		if code != 2 || !strings.HasPrefix(lines[0], "kam: ") || !strings.Contains(errOut.String(), "Usage:") {
			t.Errorf("%v: code %d, stderr %q", args, code, errOut.String())
		}
		if out.Len() != 0 {
			t.Errorf("%v: wrote to stdout: %q", args, out.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"nope"}, env(map[string]string{"LANG": "zh_CN.UTF-8"}), &out, &errOut); code != 2 ||
		!strings.Contains(errOut.String(), "未知命令") || !strings.Contains(errOut.String(), "用法") {
		t.Errorf("a Chinese locale should get a Chinese error: %d %q", code, errOut.String())
	}
}

func TestHelpAndVersion(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"--help"}, env(nil), &out, &errOut); code != 0 {
		t.Fatalf("code %d", code)
	}
	for _, want := range []string{"kam demo [--reset]", "kam version", "--db PATH", "--lang en|zh", "KAM_DB", "KAM_LANG"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("usage lacks %q", want)
		}
	}
	out.Reset()
	if code := run([]string{"version"}, env(nil), &out, &errOut); code != 0 || out.String() != "kam "+version+"\n" {
		t.Errorf("version: %d %q", code, out.String())
	}
}

func TestWorkspacePath(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the XDG rules are Linux's")
	}
	tests := []struct {
		c    config
		env  map[string]string
		want string
	}{
		{config{}, map[string]string{"XDG_DATA_HOME": "/xdg", "HOME": "/home/rep"}, "/xdg/kam/kam.db"},
		{config{command: "demo"}, map[string]string{"XDG_DATA_HOME": "/xdg"}, "/xdg/kam/demo.db"},
		{config{}, map[string]string{"HOME": "/home/rep"}, "/home/rep/.local/share/kam/kam.db"},
		{config{}, map[string]string{"XDG_DATA_HOME": "relative", "HOME": "/home/rep"}, "/home/rep/.local/share/kam/kam.db"},
		{config{command: "demo", db: "/x/class.db"}, map[string]string{"HOME": "/home/rep"}, "/x/class.db"},
	}
	for _, tt := range tests {
		got, err := workspacePath(tt.c, env(tt.env))
		if err != nil || got != tt.want {
			t.Errorf("%+v %v: got %q, %v; want %q", tt.c, tt.env, got, err, tt.want)
		}
	}
	if _, err := workspacePath(config{}, env(nil)); err == nil {
		t.Error("no HOME and no --db should be an error")
	}
}

func TestChooseLang(t *testing.T) {
	tests := []struct {
		asked, saved model.Lang
		locale       string
		want         model.Lang
	}{
		{model.English, model.Chinese, "zh_CN.UTF-8", model.English}, // --lang wins
		{"", model.Chinese, "en_US.UTF-8", model.Chinese},            // then the workspace's own choice
		{"", "", "zh_TW.UTF-8", model.Chinese},                       // then the locale
		{"", "", "fr_FR.UTF-8", model.English},                       // else English
		{"", "", "", model.English},
	}
	for _, tt := range tests {
		if got := chooseLang(tt.asked, tt.saved, env(map[string]string{"LANG": tt.locale})); got != tt.want {
			t.Errorf("chooseLang(%q, %q, %q) = %q, want %q", tt.asked, tt.saved, tt.locale, got, tt.want)
		}
	}
	if got, _ := localeLang(env(map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"})); got != model.Chinese {
		t.Error("LC_ALL comes before LANG")
	}
}

// asTerminal makes run believe it has a terminal, for tests that go past
// that check without drawing.
func asTerminal(t *testing.T) {
	was := interactive
	interactive = func() bool { return true }
	t.Cleanup(func() { interactive = was })
}

func TestWithoutATerminalNothingIsCreated(t *testing.T) {
	data := filepath.Join(t.TempDir(), "xdg")
	for _, args := range [][]string{nil, {"demo"}, {"--db", filepath.Join(data, "deep", "k.db")}} {
		var out, errOut bytes.Buffer
		code := run(args, env(map[string]string{"XDG_DATA_HOME": data, "HOME": data}), &out, &errOut)
		if code != 1 || !strings.Contains(errOut.String(), "needs a terminal") || strings.Contains(errOut.String(), "kam: kam") {
			t.Errorf("%v: code %d, stderr %q", args, code, errOut.String())
		}
		if _, err := os.Stat(data); !os.IsNotExist(err) {
			t.Fatalf("%v: without a terminal kam created %s", args, data)
		}
	}
}

// A trainer scripting kam demo --reset before class gets the reset, told
// on standard output, without a screen.
func TestDemoResetWithoutATerminal(t *testing.T) {
	data := filepath.Join(t.TempDir(), "xdg")
	getenv := env(map[string]string{"XDG_DATA_HOME": data, "HOME": data, "LocalAppData": data})
	for i, lang := range []string{"en", "zh"} {
		var out, errOut bytes.Buffer
		if code := run([]string{"demo", "--reset", "--lang", lang}, getenv, &out, &errOut); code != 0 || errOut.Len() != 0 {
			t.Fatalf("%s: exit %d, %s", lang, code, errOut.String())
		}
		want := []string{"the case study is built in ", "10 key accounts"}
		if i > 0 {
			want = []string{"中的案例研究已从头重建", "10 个关键客户", "demo.db.before-reset"}
		}
		for _, w := range want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: the reset does not say %q: %s", lang, w, out.String())
			}
		}
	}
	demo, err := workspacePath(config{command: "demo"}, getenv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(demo + ".before-reset"); err != nil {
		t.Errorf("the second reset kept no copy: %v", err)
	}
	firstNotes(t, demo) // the case study is there
}

func TestOpenFailuresAreExplainedNotPanics(t *testing.T) {
	asTerminal(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	held := filepath.Join(dir, "held.db")
	s, err := store.Open(held, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	tests := []struct {
		args []string
		says string
	}{
		{[]string{"--db", empty}, "empty file"},
		{[]string{"--db", dir}, "is a directory"},
		{[]string{"--db", held}, "open in another kam"},
		{[]string{"--db", held, "--lang", "zh"}, "已在另一个 kam 中打开"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(tt.args, env(nil), &out, &errOut)
		if code != 1 || !strings.Contains(errOut.String(), tt.says) {
			t.Errorf("%v: code %d, stderr %q", tt.args, code, errOut.String())
		}
	}
}

func TestFirstRunCreatesTheWorkspace(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the XDG rules are Linux's")
	}
	data := filepath.Join(t.TempDir(), "xdg")
	getenv := env(map[string]string{"XDG_DATA_HOME": data})
	s, lang, _, err := openWorkspace(config{}, getenv, model.English, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := s.Accounts()
	s.Close()
	if len(all) != 0 || lang != model.English {
		t.Errorf("a new workspace is empty: %d accounts, lang %q", len(all), lang)
	}
	fi, err := os.Stat(filepath.Join(data, "kam", "kam.db"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("file: %v, %v", fi, err)
	}
	di, err := os.Stat(filepath.Join(data, "kam"))
	if err != nil || di.Mode().Perm() != 0o700 {
		t.Errorf("folder: %v, %v", di, err)
	}
}

func TestDemoIsBuiltOnceAndResetRebuildsIt(t *testing.T) {
	data := filepath.Join(t.TempDir(), "xdg")
	getenv := env(map[string]string{"XDG_DATA_HOME": data, "HOME": data, "LocalAppData": data})
	var said bytes.Buffer
	var notice model.Text
	open := func(c config, lang model.Lang) *store.Store {
		t.Helper()
		said.Reset()
		s, _, n, err := openWorkspace(c, getenv, lang, &said)
		notice = n
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := open(config{command: "demo"}, model.Chinese)
	path := s.Path()
	if !strings.HasSuffix(path, "demo.db") {
		t.Errorf("demo path %q", path)
	}
	if got := said.String(); strings.Count(got, "\n") != 1 || !strings.Contains(got, "案例研究已建立在 "+path) ||
		!strings.Contains(got, "10 个关键客户") {
		t.Errorf("a first demo says where the case study is, in one line: %q", got)
	}
	all, _ := s.Accounts()
	if len(all) < 8 {
		t.Fatalf("the demo holds %d accounts", len(all))
	}
	if st, _ := s.Settings(); st.Name != "案例研究：常鲜食品" {
		t.Errorf("the case study is built in the language asked for: %q", st.Name)
	}
	a := all[0]
	a.Notes = "a trainer's change"
	s.SaveAccount(a)
	s.Close()

	s = open(config{command: "demo"}, model.Chinese)
	got, _ := s.Accounts()
	s.Close()
	if got[0].Notes != "a trainer's change" {
		t.Error("opening the demo again must keep its changes")
	}
	if said.Len() != 0 {
		t.Errorf("opening the demo again says %q", said.String())
	}

	s = open(config{command: "demo", reset: true}, model.English)
	got, _ = s.Accounts()
	s.Close()
	if got[0].Notes == "a trainer's change" || len(got) != len(all) {
		t.Error("--reset should rebuild the case study")
	}
	kept := path + ".before-reset"
	for _, want := range []string{"the case study in " + path + " was rebuilt", "10 key accounts, ", " contacts, ",
		"2 negotiations, ", " business reviews.", "kept in " + kept, "kam --db " + kept} {
		if !strings.Contains(said.String(), want) {
			t.Errorf("--reset says %q, without %q", said.String(), want)
		}
	}
	if notes := firstNotes(t, kept); notes != "a trainer's change" {
		t.Errorf("the copy kept before the reset holds %q, not the class's demo", notes)
	}
	// The screen shows it at start, in short, in the language shown.
	if !strings.HasPrefix(notice.EN, "Case study rebuilt (old demo kept in demo.db.before-reset): 10 key accounts, ") ||
		!strings.HasPrefix(notice.ZH, "案例研究已重建（旧演示保存在 demo.db.before-reset）：10 个关键客户、") {
		t.Errorf("the notice for the screen: %+v", notice)
	}

	// A second reset keeps the demo as the first one left it, in the one copy.
	open(config{command: "demo", reset: true}, model.Chinese).Close()
	if !strings.Contains(said.String(), "重建前的内容保存在 "+kept) {
		t.Errorf("--reset in Chinese says %q", said.String())
	}
	if notes := firstNotes(t, kept); notes == "a trainer's change" {
		t.Error("the copy is the demo as the latest reset found it")
	}
	if _, err := os.Stat(kept + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("the copy is left half made beside the demo: %v", err)
	}
}

// firstNotes opens a workspace file and reads its first account's notes.
func firstNotes(t *testing.T, path string) string {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	all, err := s.Accounts()
	if err != nil || len(all) == 0 {
		t.Fatalf("%s: %d accounts, %v", path, len(all), err)
	}
	return all[0].Notes
}

// TestResetWithoutACopyRebuildsNothing: when the demo cannot be copied
// first, --reset says why and leaves the demo as the class left it.
func TestResetWithoutACopyRebuildsNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "class.db")
	s, _, _, err := openWorkspace(config{command: "demo", db: path}, env(nil), model.English, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := s.Accounts()
	all[0].Notes = "a trainer's change"
	s.SaveAccount(all[0])
	s.Close()
	if err := os.Mkdir(path+".before-reset", 0o700); err != nil { // no file can take its name
		t.Fatal(err)
	}
	var said bytes.Buffer
	_, _, _, err = openWorkspace(config{command: "demo", db: path, reset: true}, env(nil), model.Chinese, &said)
	if msg := model.Localize(err, model.Chinese); !strings.Contains(msg, "演示工作区没有重建") || said.Len() != 0 {
		t.Errorf("error %q, said %q", msg, said.String())
	}
	if notes := firstNotes(t, path); notes != "a trainer's change" {
		t.Errorf("the demo holds %q after a reset that could not keep a copy", notes)
	}
	if _, err := os.Stat(path + ".before-reset.tmp"); !os.IsNotExist(err) {
		t.Errorf("a half copy is left behind: %v", err)
	}
}
