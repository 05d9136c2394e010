package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/store"
)

// A trainer makes the course folder before class, from a script: it needs
// no screen, says what it made and how to open it, and refuses to make
// one twice in the same folder.
func TestCourseNewMakesTheFolder(t *testing.T) {
	data := filepath.Join(t.TempDir(), "xdg")
	getenv := env(map[string]string{"XDG_DATA_HOME": data, "HOME": data})
	dir := filepath.Join(t.TempDir(), "class")
	var out, errOut bytes.Buffer
	if code := run([]string{"course", "new", "--teams", "3", "--dir", dir}, getenv, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "Made a course for 3 teams") || !strings.Contains(out.String(), "kam course --dir "+dir) {
		t.Errorf("kam course new does not say what it made and how to open it: %s", out.String())
	}
	f, err := store.OpenCourse(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(f.Course().Teams); n != 3 {
		t.Errorf("the course has %d teams, want 3", n)
	}
	f.Close()

	out.Reset()
	errOut.Reset()
	if code := run([]string{"course", "new", "--dir", dir}, getenv, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "already holds a course") {
		t.Errorf("a second course in the folder: exit %d, %s", code, errOut.String())
	}
	// Without --dir, the folder in kam's data directory; in Chinese when asked.
	out.Reset()
	if code := run([]string{"course", "new", "--lang", "zh"}, getenv, &out, &errOut); code != 0 || !strings.Contains(out.String(), "个小组的课程") {
		t.Fatalf("exit %d: %s %s", code, out.String(), errOut.String())
	}
	if _, err := os.Stat(filepath.Join(data, "kam", "course", "course.json")); err != nil {
		t.Errorf("the default course folder was not made: %v", err)
	}
}

func TestCourseBadUsageExitsTwo(t *testing.T) {
	getenv := env(map[string]string{"HOME": t.TempDir()})
	for _, args := range [][]string{
		{"course", "new", "--teams", "0"},
		{"course", "new", "--teams", "21"},
		{"course", "new", "--teams", "eight"},
		{"course", "begin"},
		{"course", "new", "extra"},
		{"course", "--teams", "4"},
		{"course", "--frobnicate"},
		{"course", "--dir"},
		{"course", "new", "--start", "next week"},
		{"course", "--start", "2026-12-03"},
	} {
		var out, errOut bytes.Buffer
		if code := run(args, getenv, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "kam course new") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"course", "--help"}, getenv, &out, &errOut); code != 0 || !strings.Contains(out.String(), "kam course new [--teams N]") {
		t.Errorf("kam course --help: exit %d, %q", code, out.String())
	}
}

func TestOpeningACourseNeedsATerminalAndAFolder(t *testing.T) {
	getenv := env(map[string]string{"HOME": t.TempDir()})
	var out, errOut bytes.Buffer
	if code := run([]string{"course", "--dir", t.TempDir()}, getenv, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "needs a terminal") {
		t.Errorf("exit %d, %q", code, errOut.String())
	}
}

func TestOpeningAFolderThatIsNoCourseIsExplained(t *testing.T) {
	defer func(was func() bool) { interactive = was }(interactive)
	interactive = func() bool { return true }
	getenv := env(map[string]string{"HOME": t.TempDir()})
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := run([]string{"course", "--dir", dir}, getenv, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "kam course new") {
		t.Errorf("exit %d, %q", code, errOut.String())
	}
}

func TestCourseNewStartsOnTheDayAsked(t *testing.T) {
	getenv := env(map[string]string{"HOME": t.TempDir()})
	dir := filepath.Join(t.TempDir(), "class")
	var out, errOut bytes.Buffer
	if code := run([]string{"course", "new", "--teams", "2", "--start", "2026-12-03", "--dir", dir}, getenv, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	f, err := store.OpenCourse(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.Course().Start.Format("2006-01-02"); got != "2026-12-03" {
		t.Errorf("day 1 is %s, want 2026-12-03", got)
	}
}
