package store

import (
	"fmt"

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
)

// OpenError explains, in both languages, why a workspace did not open and
// what to do about it.
type OpenError struct {
	Problem Problem
	Path    string
	Found   int   // the file's schema version, for Newer
	Err     error // the underlying error, when there is one
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
			fmt.Sprintf("%s is a kam workspace but it is damaged (%v). Restore it from a backup; kam has not changed it.", p, e.Err),
			fmt.Sprintf("%s 是 kam 工作区，但已损坏（%v）。请从备份恢复；kam 没有改动它。", p, e.Err))
	default: // NotKam
		return model.T(
			fmt.Sprintf("%s is not a kam workspace. kam has not changed it; name another file with --db.", p),
			fmt.Sprintf("%s 不是 kam 工作区。kam 没有改动它；请用 --db 指定另一个文件。", p))
	}
}
