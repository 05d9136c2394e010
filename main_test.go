package main

import (
	"bytes"
	"os"
	"path/filepath"
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
		{args: []string{"export"}, wantErr: `unknown command "export"`},
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
		if err != nil || got != tt.want {
			t.Errorf("%v: got %+v, %v; want %+v", tt.args, got, err, tt.want)
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
		if code != 1 || !strings.Contains(errOut.String(), "needs a terminal") {
			t.Errorf("%v: code %d, stderr %q", args, code, errOut.String())
		}
		if _, err := os.Stat(data); !os.IsNotExist(err) {
			t.Fatalf("%v: without a terminal kam created %s", args, data)
		}
	}
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
	s, lang, err := openWorkspace(config{}, getenv, model.English, &bytes.Buffer{})
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
	open := func(c config) *store.Store {
		t.Helper()
		s, _, err := openWorkspace(c, getenv, model.Chinese, &bytes.Buffer{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := open(config{command: "demo"})
	if !strings.HasSuffix(s.Path(), "demo.db") {
		t.Errorf("demo path %q", s.Path())
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

	s = open(config{command: "demo"})
	got, _ := s.Accounts()
	s.Close()
	if got[0].Notes != "a trainer's change" {
		t.Error("opening the demo again must keep its changes")
	}

	s = open(config{command: "demo", reset: true})
	got, _ = s.Accounts()
	s.Close()
	if got[0].Notes == "a trainer's change" || len(got) != len(all) {
		t.Error("--reset should rebuild the case study")
	}
}
