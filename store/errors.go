package store

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/kam-workbench/kam/model"
)

// Problem says why a workspace file could not be opened.
type Problem int

const (
	Locked       Problem = iota + 1 // another kam holds the file
	NotKam                          // a file, but not a kam workspace
	Empty                           // a file with nothing in it
	Directory                       // a directory where a file was expected
	NoPermission                    // the file or its folder cannot be read or written
	Newer                           // written by a newer kam
	Damaged                         // a kam workspace whose contents cannot be read
	NotAFile                        // a named pipe, a device or a socket where a file was expected
	DanglingLink                    // a symbolic link to something that does not exist
	LinkLoop                        // symbolic links that lead round in a circle
	NoBackup                        // a file of an older kam that could not be copied before its upgrade
)

// OpenError explains, in both languages, why a workspace did not open and
// what to do about it.
type OpenError struct {
	Problem Problem
	Path    string
	Found   int         // the file's schema version, for Newer
	Target  string      // where the link points, for DanglingLink
	Mode    fs.FileMode // what the path is, for NotAFile
	Err     error       // the underlying error, when there is one
}

func (e *OpenError) Error() string { return e.Bilingual().EN }

func (e *OpenError) Unwrap() error { return e.Err }

// Bilingual is the message in both languages.
func (e *OpenError) Bilingual() model.Text {
	p := e.Path
	switch e.Problem {
	case Locked:
		return model.T(
			fmt.Sprintf("%s is open in another kam. Close kam there (or wait for it to finish) and try again, or pick another file with --db.", p),
			fmt.Sprintf("%s 已在另一个 kam 中打开。请先关闭那里的 kam（或等它结束）再试，或用 --db 选择另一个文件。", p))
	case Empty:
		return model.T(
			fmt.Sprintf("%s is an empty file, not a kam workspace. Remove it, or name a path that does not exist yet and kam will create a workspace there.", p),
			fmt.Sprintf("%s 是空文件，不是 kam 工作区。请删除它，或指定一个尚不存在的路径，kam 会在那里新建工作区。", p))
	case Directory:
		return model.T(
			fmt.Sprintf("%s is a directory. Name a workspace file, such as %s/kam.db.", p, p),
			fmt.Sprintf("%s 是一个目录。请指定工作区文件，例如 %s/kam.db。", p, p))
	case NoPermission:
		return model.T(
			fmt.Sprintf("kam may not read and write %s: permission denied. Check the file's owner and mode (kam keeps workspaces at 0600).", p),
			fmt.Sprintf("kam 无权读写 %s：权限被拒绝。请检查文件的所有者和权限（kam 的工作区为 0600）。", p))
	case Newer:
		return model.T(
			fmt.Sprintf("%s was written by a newer kam (workspace schema %d); this kam reads schema %d at most. Update kam to open it.", p, e.Found, SchemaVersion),
			fmt.Sprintf("%s 由更新版本的 kam 写入（工作区结构版本 %d）；此 kam 最多只能读取版本 %d。请升级 kam 后再打开。", p, e.Found, SchemaVersion))
	case Damaged:
		return model.T(
			fmt.Sprintf("%s is damaged (%s). Restore it from a backup; kam has not changed it.", p, model.Localize(e.Err, model.English)),
			fmt.Sprintf("%s 已损坏（%s）。请从备份恢复；kam 没有改动它。", p, model.Localize(e.Err, model.Chinese)))
	case NotAFile:
		what := fileKind(e.Mode)
		return model.T(
			fmt.Sprintf("%s is %s, not a file: a kam workspace is a regular file. kam has not read from it or changed it; name a file with --db.", p, what.EN),
			fmt.Sprintf("%s 是%s，不是普通文件；kam 工作区是一个普通文件。kam 没有读取或改动它；请用 --db 指定一个文件。", p, what.ZH))
	case DanglingLink:
		return model.T(
			fmt.Sprintf("%s is a symbolic link to %s, which does not exist. kam has created nothing: bring back the file it points to (is its drive mounted?), fix the link, or name another file with --db.", p, e.Target),
			fmt.Sprintf("%s 是指向 %s 的符号链接，但目标不存在。kam 没有新建任何文件：请恢复链接指向的文件（它所在的磁盘是否已挂载？）、修正链接，或用 --db 指定另一个文件。", p, e.Target))
	case NoBackup:
		return model.T(
			fmt.Sprintf("%s was written by an older kam and must be upgraded, but kam could not first keep a copy of it (%s). Free some disk space or make its folder writable, then try again; kam has not changed the file.", p, model.Localize(e.Err, model.English)),
			fmt.Sprintf("%s 由旧版 kam 写入，需要升级，但 kam 无法先为它保留一份副本（%s）。请腾出磁盘空间或确认其文件夹可写，然后重试；kam 没有改动该文件。", p, model.Localize(e.Err, model.Chinese)))
	case LinkLoop:
		return model.T(
			fmt.Sprintf("%s is a symbolic link that leads round in a circle, back to itself. Fix the link, or name another file with --db.", p),
			fmt.Sprintf("%s 是循环的符号链接，最终指回自身。请修正链接，或用 --db 指定另一个文件。", p))
	default: // NotKam
		return model.T(
			fmt.Sprintf("%s is not a kam workspace. kam has not changed it; name another file with --db.", p),
			fmt.Sprintf("%s 不是 kam 工作区。kam 没有改动它；请用 --db 指定另一个文件。", p))
	}
}

// fileKind names what a path that is not a regular file is.
func fileKind(m fs.FileMode) model.Text {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return model.T("a named pipe (FIFO)", "命名管道（FIFO）")
	case m&fs.ModeSocket != 0:
		return model.T("a socket", "套接字")
	case m&fs.ModeCharDevice != 0:
		return model.T("a character device (such as /dev/null)", "字符设备（如 /dev/null）")
	case m&fs.ModeDevice != 0:
		return model.T("a device", "设备文件")
	}
	return model.T("a special file", "特殊文件")
}

// ErrDamaged marks a read or write that met a damaged file.
var ErrDamaged = errors.New("the workspace file is damaged")

// A DamageError says what in the file is damaged, in both languages: one
// record, named by its bucket and key, or the file as a whole. It is an
// ErrDamaged.
type DamageError struct {
	Record string // "accounts/g0000001"; "" when the damage is not in one record
	Err    error  // what is wrong: a failed check, a record that does not decode
}

func damagedRecord(bucket, key []byte, err error) *DamageError {
	return &DamageError{Record: string(bucket) + "/" + string(key), Err: err}
}

// damaged is damage to the file as a whole, said in both languages.
func damaged(msg model.Text) *DamageError { return &DamageError{Err: &model.Invalid{Msg: msg}} }

func (e *DamageError) Error() string { return e.Bilingual().EN }

func (e *DamageError) Unwrap() error { return e.Err }

func (e *DamageError) Is(target error) bool { return target == ErrDamaged }

// Bilingual is the damage in both languages.
func (e *DamageError) Bilingual() model.Text {
	en, zh := model.Localize(e.Err, model.English), model.Localize(e.Err, model.Chinese)
	if e.Record == "" {
		return model.T(en, zh)
	}
	return model.T(fmt.Sprintf("record %s: %s", e.Record, en), fmt.Sprintf("记录 %s：%s", e.Record, zh))
}
