package exchange

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// RunBackups is `kam backups`: the copies kept beside the workspace at
// dbPath, newest first, with their day and size. Exit status 0, or 1 when
// the folder cannot be read.
func RunBackups(dbPath string, stdout io.Writer, lang model.Lang) int {
	say := func(en, zh string, args ...any) { fmt.Fprintf(stdout, model.T(en, zh).In(lang), args...) }
	list, err := store.Backups(dbPath)
	if err != nil {
		say("kam: the backups of %s cannot be listed: %v\n", "kam：无法列出 %s 的备份：%v\n", dbPath, err)
		return 1
	}
	if len(list) == 0 {
		say("No backups of %s yet: kam keeps a copy on the first open of each day.\n",
			"%s 还没有备份：kam 每天第一次打开工作区时会保留一份副本。\n", dbPath)
		return 0
	}
	say("Backups of %s (the last %d days it was opened on are kept):\n\n",
		"%s 的备份（保留最近 %d 个打开过的日子）：\n\n", dbPath, store.KeptDays)
	for _, b := range list {
		when := b.Day.Format(model.DateLayout)
		note := ""
		if b.BeforeRestore() {
			when += " " + b.At[:2] + ":" + b.At[2:4] + ":" + b.At[4:]
			note = model.T("  before a restore", "  恢复前保留").In(lang)
		}
		fmt.Fprintf(stdout, "  %-19s  %9s  %s%s\n", when, formatSize(b.Size), filepath.Base(b.Path), note)
	}
	say("\nBring one back with: kam restore %s\n", "\n恢复其中一份：kam restore %s\n", filepath.Base(list[0].Path))
	return 0
}

// RunRestore is `kam restore FILE`: it checks that the backup reads
// through, asks before anything changes (y/N on stdin), keeps the
// workspace as it is as a backup too, and puts the backup in its place.
// FILE is a path, the name of a backup beside the workspace, or a day
// (YYYY-MM-DD) that has one. It refuses while another kam has the
// workspace open. Exit status 0 once restored, 1 otherwise.
func RunRestore(dbPath, backupFile string, stdin io.Reader, stdout, stderr io.Writer, lang model.Lang) int {
	say := func(w io.Writer, en, zh string, args ...any) { fmt.Fprintf(w, model.T(en, zh).In(lang), args...) }
	from, err := findBackup(dbPath, backupFile)
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, lang))
		return 1
	}
	r, err := store.PrepareRestore(dbPath, from, store.Options{})
	if err != nil {
		var oe *store.OpenError
		if errors.As(err, &oe) && oe.Path == dbPath {
			fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, lang))
		} else {
			say(stderr, "kam: %s cannot be restored: %s\n", "kam：无法恢复 %s：%s\n", from, model.Localize(err, lang))
		}
		return 1
	}
	defer r.Cancel()

	say(stdout, "Replace %s with the backup of %s (%s, %s)?\n", "用 %[2]s 的备份（%[3]s，%[4]s）替换 %[1]s？\n",
		dbPath, r.From.Day.Format(model.DateLayout), filepath.Base(from), formatSize(r.From.Size))
	if kept := r.Kept(); kept != "" {
		say(stdout, "The workspace as it is now is kept as %s.\n", "当前的工作区会保留为 %s。\n", filepath.Base(kept))
	}
	say(stdout, "Restore? [y/N] ", "确定恢复吗？[y/N] ")
	answer, _ := bufio.NewReader(stdin).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "y", "yes", "是":
	default:
		say(stdout, "\nNothing was changed.\n", "\n没有做任何改动。\n")
		return 1
	}
	kept, err := r.Commit()
	if err != nil {
		say(stderr, "kam: the restore failed, the workspace is as it was: %s\n", "kam：恢复失败，工作区保持原样：%s\n", model.Localize(err, lang))
		return 1
	}
	say(stdout, "Restored %s from %s.\n", "已从 %[2]s 恢复 %[1]s。\n", dbPath, filepath.Base(from))
	if kept != "" {
		say(stdout, "The workspace as it was is kept as %s.\n", "原来的工作区保留为 %s。\n", kept)
	}
	return 0
}

// findBackup finds the backup a user named: a path, the name of a file
// beside the workspace, or a day that has a backup.
func findBackup(dbPath, name string) (string, error) {
	if _, err := os.Stat(name); err == nil {
		return name, nil
	}
	if !strings.ContainsRune(name, filepath.Separator) {
		beside := filepath.Join(filepath.Dir(dbPath), name)
		if _, err := os.Stat(beside); err == nil {
			return beside, nil
		}
		if day, err := time.ParseInLocation(model.DateLayout, name, time.Local); err == nil {
			list, _ := store.Backups(dbPath)
			for _, b := range list {
				if b.Day.Equal(day) && !b.BeforeRestore() {
					return b.Path, nil
				}
			}
		}
	}
	return "", &model.Invalid{Msg: model.T(
		fmt.Sprintf("there is no backup %s: `kam backups` lists those kept beside %s", name, dbPath),
		fmt.Sprintf("没有备份 %s：`kam backups` 会列出 %s 旁保留的备份", name, dbPath))}
}
