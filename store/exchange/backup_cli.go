package exchange

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// RunBackups is `kam backups`: the copies kept beside the workspace at
// dbPath, newest first, with their day and size, and the command that
// brings the newest back. plain is the workspace kam opens when no --db
// names one: the command names dbPath with --db unless it is that one.
// Exit status 0, or 1 when the folder cannot be read.
func RunBackups(dbPath, plain string, stdout io.Writer, lang model.Lang) int {
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
	say("\nBring one back with: %s\n", "\n恢复其中一份：%s\n", RestoreCommand(dbPath, plain, filepath.Base(list[0].Path)))
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
	from, other, err := findBackup(dbPath, backupFile)
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

	if other.EN != "" {
		say(stdout, "Careful: %s.\n", "注意：%s。\n", other.In(lang))
	}
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

// findBackup finds the backup a user named: a day that has one, or a file.
// A bare name is a file beside the workspace and must be one of its own
// backups: the copy of another workspace kept in the same folder, or a
// file of that name in the current folder, is refused with the command
// that fits it. A path names any file; other then says what, by its name,
// it is not (empty for one of the workspace's own backups), for the
// question to say before the user confirms.
func findBackup(dbPath, name string) (from string, other model.Text, err error) {
	if filepath.Base(name) != name {
		if _, err := os.Stat(name); err != nil {
			return "", model.Text{}, noBackup(dbPath, name)
		}
		return name, notOwnBackup(dbPath, name), nil
	}
	beside := filepath.Join(filepath.Dir(dbPath), name)
	if _, err := os.Stat(beside); err == nil {
		if notOwn := notOwnBackup(dbPath, beside); notOwn.EN != "" {
			return "", model.Text{}, foreignBackup(dbPath, beside, notOwn)
		}
		return beside, model.Text{}, nil
	}
	if day, err := time.ParseInLocation(model.DateLayout, name, time.Local); err == nil {
		list, _ := store.Backups(dbPath)
		for _, b := range list {
			if b.Day.Equal(day) && !b.BeforeRestore() {
				return b.Path, model.Text{}, nil
			}
		}
	}
	if _, err := os.Stat(name); err == nil {
		// A file of that name in the current folder, which is not the
		// workspace's: a backup of some other workspace.
		here := "." + string(filepath.Separator) + name
		return "", model.Text{}, foreignBackup(dbPath, here, model.T(
			fmt.Sprintf("there is no backup %s beside %s; the %s in the current folder is not one of its backups", name, dbPath, name),
			fmt.Sprintf("%s 旁没有备份 %s；当前文件夹中的 %s 不是它的备份", dbPath, name, name)))
	}
	return "", model.Text{}, noBackup(dbPath, name)
}

func noBackup(dbPath, name string) error {
	return &model.Invalid{Msg: model.T(
		fmt.Sprintf("there is no backup %s: `kam backups` lists those kept beside %s", name, dbPath),
		fmt.Sprintf("没有备份 %s：`kam backups` 会列出 %s 旁保留的备份", name, dbPath))}
}

// backupOwner is the workspace a backup's name says it was kept for: the
// file beside it named as the name before its stamp; "" when the name is
// not that of a backup.
func backupOwner(backup string) string {
	name, ok := strings.CutSuffix(filepath.Base(backup), ".bak")
	if !ok {
		return ""
	}
	for _, layout := range []string{"2006-01-02-150405", model.DateLayout} {
		prefix, stamp, found := cutLast(name, ".")
		if !found || prefix == "" || len(stamp) != len(layout) {
			continue
		}
		if _, err := time.Parse(layout, stamp); err == nil {
			return filepath.Join(filepath.Dir(backup), prefix)
		}
	}
	return ""
}

// cutLast cuts s around the last sep.
func cutLast(s, sep string) (before, after string, found bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// notOwnBackup says why the file at backup is not, by its name and folder,
// a backup of the workspace at dbPath; empty when it is one.
func notOwnBackup(dbPath, backup string) model.Text {
	owner := backupOwner(backup)
	switch {
	case owner == "":
		return model.T(
			fmt.Sprintf("%s is not one of the backups kam keeps of %s (named %s.YYYY-MM-DD.bak, beside it)", backup, dbPath, filepath.Base(dbPath)),
			fmt.Sprintf("%s 不是 kam 为 %s 保留的备份（备份名为 %s.YYYY-MM-DD.bak，位于其旁）", backup, dbPath, filepath.Base(dbPath)))
	case !samePlace(owner, dbPath):
		return model.T(
			fmt.Sprintf("%s is a backup of another workspace, %s, not of %s", backup, owner, dbPath),
			fmt.Sprintf("%s 是另一个工作区 %s 的备份，不是 %s 的", backup, owner, dbPath))
	}
	return model.Text{}
}

// foreignBackup refuses a bare name that is not one of the workspace's
// backups, with the command that brings it back where it belongs and how
// to put it in place of this workspace all the same.
func foreignBackup(dbPath, backup string, why model.Text) error {
	en, zh := why.EN, why.ZH
	if owner := backupOwner(backup); owner != "" && !samePlace(owner, dbPath) {
		if abs, err := filepath.Abs(owner); err == nil {
			owner = abs
		}
		cmd := RestoreCommand(owner, "", filepath.Base(backup))
		en += fmt.Sprintf(". To bring it back into %s: %s", owner, cmd)
		zh += fmt.Sprintf("。要恢复到 %s：%s", owner, cmd)
	}
	en += fmt.Sprintf(". To put it in place of %s all the same, give its path (%s) and confirm", dbPath, shellQuote(backup))
	zh += fmt.Sprintf("。若仍要用它替换 %s，请给出它的路径（%s）并确认", dbPath, shellQuote(backup))
	return &model.Invalid{Msg: model.T(en, zh)}
}

// RestoreCommand is the command line that brings the backup name back
// into the workspace at dbPath: it names the workspace with --db unless
// dbPath is plain, the one kam opens when no --db is given ("" for none).
func RestoreCommand(dbPath, plain, name string) string {
	cmd := "kam"
	if plain == "" || !samePlace(dbPath, plain) {
		if abs, err := filepath.Abs(dbPath); err == nil {
			dbPath = abs
		}
		cmd += " --db " + shellQuote(dbPath)
	}
	return cmd + " restore " + shellQuote(name)
}

// samePlace reports whether two paths name one file, existing or not.
func samePlace(a, b string) bool {
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	if errA == nil && errB == nil && absA == absB {
		return true
	}
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}

// shellQuote writes s so that a shell reads it back as one word: as it is
// when it holds nothing a shell reads otherwise, else quoted.
func shellQuote(s string) string {
	safe := "_-./:@%+=,"
	if runtime.GOOS == "windows" {
		safe += `\`
	}
	plain := s != ""
	for _, r := range s {
		if !(r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(safe, r))) {
			plain = false
			break
		}
	}
	switch {
	case plain:
		return s
	case runtime.GOOS == "windows":
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
