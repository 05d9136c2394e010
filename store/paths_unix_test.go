//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
)

// TestPathsThatAreNotFilesAreNamed gives Open a symbolic link loop, a
// dangling link, a named pipe and /dev/null. Each used to be called "not
// a kam workspace" or "an empty file"; each now gets its own message in
// both languages, and nothing is created, read or hung on: a reader that
// opens a named pipe waits for a writer that never comes.
func TestPathsThatAreNotFilesAreNamed(t *testing.T) {
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop.db")
	os.Symlink(filepath.Join(dir, "loop2.db"), loop)
	os.Symlink(loop, filepath.Join(dir, "loop2.db"))
	dangling := filepath.Join(dir, "dangling.db")
	target := filepath.Join(dir, "gone", "kam.db")
	os.Symlink(target, dangling)
	danglingHere := filepath.Join(dir, "dangling-here.db")
	targetHere := filepath.Join(dir, "missing.db")
	os.Symlink(targetHere, danglingHere)
	fifo := filepath.Join(dir, "pipe.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		path   string
		want   Problem
		en, zh string
	}{
		{loop, LinkLoop, "leads round in a circle", "循环的符号链接"},
		{dangling, DanglingLink, "is a symbolic link to " + target + ", which does not exist", "符号链接"},
		{danglingHere, DanglingLink, "is a symbolic link to " + targetHere + ", which does not exist", "符号链接"},
		{fifo, NotAFile, "is a named pipe (FIFO), not a file", "命名管道"},
		{"/dev/null", NotAFile, "is a character device (such as /dev/null), not a file", "字符设备"},
	}
	for _, tt := range tests {
		done := make(chan error, 1)
		go func() {
			_, err := Open(tt.path, Options{})
			done <- err
		}()
		var err error
		select {
		case err = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: Open hangs", tt.path)
		}
		var oe *OpenError
		if !errors.As(err, &oe) || oe.Problem != tt.want {
			t.Errorf("%s: got %v, want problem %d", tt.path, err, tt.want)
			continue
		}
		en, zh := model.Localize(err, model.English), model.Localize(err, model.Chinese)
		if !strings.Contains(en, tt.path) || !strings.Contains(en, tt.en) || !strings.Contains(zh, tt.path) || !strings.Contains(zh, tt.zh) {
			t.Errorf("%s:\n%s\n%s", tt.path, en, zh)
		}
	}
	for _, p := range []string{target, targetHere} {
		if _, err := os.Lstat(p); err == nil {
			t.Errorf("%s was created through a dangling link", p)
		}
	}
	if _, err := os.Lstat(filepath.Dir(target)); err == nil {
		t.Error("a folder was created for a dangling link")
	}
}
