package store

import (
	"fmt"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/kam-workbench/kam/model"
)

// CourseProblem says why a course folder could not be made, opened or
// changed.
type CourseProblem int

const (
	TeamCount      CourseProblem = iota + 1 // not 1 to model.MaxTeams teams
	NotAFolder                              // a file where the course folder should be
	NoFolder                                // the folder does not exist
	NoCourse                                // a folder without a course file
	CourseExists                            // a folder that already holds a course
	BadCourse                               // a course file that does not read, or holds a course kam cannot use
	NewerCourse                             // a course file written by a newer kam
	CourseLocked                            // another kam has the course open
	TeamMissing                             // a team's workspace file is not there
	TeamUnreadable                          // a team's workspace file does not open
	NoTeam                                  // a team number the course does not have
	CopyInRefused                           // a file that cannot be brought in as a team's workspace
	NotKept                                 // the copy of a team's file could not be kept, so nothing changed
	CourseReadOnly                          // a course opened read-only, asked to change
	CourseIO                                // the disk refused a read or a write
)

// CourseError explains, in both languages, what went wrong with a course
// folder and what to do about it, naming the folder or the file.
type CourseError struct {
	Problem CourseProblem
	Path    string // the folder or file it is about; "" for a course file read from bytes
	Team    int    // the team concerned, if one is
	// Line and Column locate a fault in the course file (from 1; 0 when
	// it is not in one place); Found is a newer file's version.
	Line, Column int
	Found        int
	Msg          model.Text
	Err          error // the cause, when there is one
}

func (e *CourseError) Error() string { return e.Msg.EN }

func (e *CourseError) Unwrap() error { return e.Err }

// Bilingual is the message in both languages.
func (e *CourseError) Bilingual() model.Text { return e.Msg }

func courseError(p CourseProblem, path string, err error, msg model.Text) *CourseError {
	return &CourseError{Problem: p, Path: path, Err: err, Msg: msg}
}

// courseFileName is how a message names a course file read from bytes.
var courseFileName = model.T("The course file", "课程文件")

// describeCourseFile says what is wrong with a course file, naming it:
// name is its path, or courseFileName.
func describeCourseFile(e *CourseError, name model.Text) model.Text {
	why := e.Err
	switch {
	case e.Problem == NewerCourse:
		return model.T(
			fmt.Sprintf("%s was written by a newer kam (course file version %d); this kam reads version %d at most. Update kam to open it.", name.EN, e.Found, model.CourseVersion),
			fmt.Sprintf("%s 由更新版本的 kam 写入（课程文件版本 %d）；此 kam 最多只能读取版本 %d。请升级 kam 后再打开。", name.ZH, e.Found, model.CourseVersion))
	case e.Line > 0:
		return model.T(
			fmt.Sprintf("%s cannot be read: line %d, column %d: %s. Fix it in a text editor; kam has not changed it.", name.EN, e.Line, e.Column, model.Localize(why, model.English)),
			fmt.Sprintf("%s 无法读取：第 %d 行第 %d 列：%s。请用文本编辑器修正；kam 没有改动它。", name.ZH, e.Line, e.Column, model.Localize(why, model.Chinese)))
	default:
		return model.T(
			fmt.Sprintf("%s does not hold a course kam can use: %s. Fix it in a text editor; kam has not changed it.", name.EN, model.Localize(why, model.English)),
			fmt.Sprintf("%s 中的课程无法使用：%s。请用文本编辑器修正；kam 没有改动它。", name.ZH, model.Localize(why, model.Chinese)))
	}
}

// courseFileError is a fault in a course file read from bytes; named, the
// same fault in the file at path.
func courseFileError(p CourseProblem, line, column int, why error) *CourseError {
	e := &CourseError{Problem: p, Line: line, Column: column, Err: why}
	e.Msg = describeCourseFile(e, courseFileName)
	return e
}

// named is the fault told of the file at path.
func (e *CourseError) named(path string) *CourseError {
	n := *e
	n.Path = path
	n.Msg = describeCourseFile(&n, model.T(path, path))
	return &n
}

// lineColumn turns a byte offset in raw into a line and a column, both
// from 1, the column counted in characters.
func lineColumn(raw []byte, offset int64) (line, column int) {
	off := int(min(max(offset, 0), int64(len(raw))))
	line, start := 1, 0
	for i, b := range raw[:off] {
		if b == '\n' {
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCount(raw[start:off]) + 1
}

// jsonKindName names a kind of JSON value.
func jsonKindName(k jsontext.Kind) model.Text {
	switch k {
	case '"':
		return model.T("text", "文本")
	case '0':
		return model.T("a number", "数字")
	case '{':
		return model.T("an object { }", "对象 { }")
	case '[':
		return model.T("a list [ ]", "列表 [ ]")
	case 't', 'f':
		return model.T("true or false", "true 或 false")
	case 'n':
		return model.T("null", "null")
	}
	return model.T("a value", "一个值")
}
