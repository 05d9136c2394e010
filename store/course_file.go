package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"

	"github.com/kam-workbench/kam/model"
)

// ReadCourse reads a course file's bytes: JSON of this kam's course file
// version or older, holding a course model.CheckCourse accepts, whose teams
// are numbered 1, 2, 3… as their files are. Every failure is a
// *CourseError, in both languages, that says where the fault is.
func ReadCourse(raw []byte) (model.Course, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return model.Course{}, courseFileError(BadCourse, 0, 0, &model.Invalid{Msg: model.T("it is empty", "文件是空的")})
	}
	// The version first, read leniently: a newer kam's file may hold
	// what this kam has no field for.
	var probe struct {
		Version int `json:"version"`
	}
	if err := jsonv2.Unmarshal(raw, &probe); err != nil {
		return model.Course{}, jsonFault(raw, err)
	}
	switch {
	case probe.Version > model.CourseVersion:
		e := courseFileError(NewerCourse, 0, 0, nil)
		e.Found = probe.Version
		e.Msg = describeCourseFile(e, courseFileName)
		return model.Course{}, e
	case probe.Version < 1:
		return model.Course{}, courseFileError(BadCourse, 0, 0, &model.Invalid{Msg: model.T(
			fmt.Sprintf(`it has no "version" from 1 to %d: is it a kam course file?`, model.CourseVersion),
			fmt.Sprintf(`其中没有 1 到 %d 的 "version"：它是 kam 的课程文件吗？`, model.CourseVersion))})
	}
	c, err := decodeCourse(raw)
	if err != nil {
		return model.Course{}, jsonFault(raw, err)
	}
	if err := checkTeamFiles(c.Teams); err != nil {
		return model.Course{}, courseFileError(BadCourse, 0, 0, err)
	}
	if err := model.CheckCourse(c); err != nil {
		return model.Course{}, courseFileError(BadCourse, 0, 0, err)
	}
	return c, nil
}

// decodeCourse decodes a course file strictly: a misspelt field name is
// refused, not dropped without a word. The timer's durations are numbers
// of nanoseconds, as encoding/json writes them.
func decodeCourse(raw []byte) (model.Course, error) {
	var c model.Course
	err := jsonv2.Unmarshal(raw, &c, jsonv2.RejectUnknownMembers(true), jsonv1.FormatDurationAsNano(true))
	return c, err
}

// checkTeamFiles checks what the folder needs of the teams: 1 to MaxTeams
// of them, numbered 1, 2, 3… in order, as their files are named.
func checkTeamFiles(teams []model.Team) error {
	if len(teams) < 1 || len(teams) > model.MaxTeams {
		return &model.Invalid{Msg: model.T(
			fmt.Sprintf("it has %d teams; a course has 1 to %d", len(teams), model.MaxTeams),
			fmt.Sprintf("其中有 %d 个小组；课程须有 1 到 %d 个小组", len(teams), model.MaxTeams))}
	}
	for i, t := range teams {
		if t.Number != i+1 {
			return &model.Invalid{Msg: model.T(
				fmt.Sprintf("team %d in the list is numbered %d: teams are numbered 1, 2, 3… in order, as their files team-01.kam, team-02.kam… are named", i+1, t.Number),
				fmt.Sprintf("列表中的第 %d 个小组编号为 %d：小组须按 1、2、3……依次编号，与其文件 team-01.kam、team-02.kam……的命名一致", i+1, t.Number))}
		}
	}
	return nil
}

// jsonFault tells a JSON decoding error where it is, in words a trainer
// editing the file by hand can act on.
func jsonFault(raw []byte, err error) *CourseError {
	var syn *jsontext.SyntacticError
	var sem *jsonv2.SemanticError
	switch {
	case errors.As(err, &syn):
		line, col := lineColumn(raw, syn.ByteOffset)
		detail := err.Error()
		if syn.Err != nil {
			detail = syn.Err.Error()
		}
		return courseFileError(BadCourse, line, col, &model.Invalid{Msg: model.T(
			"the JSON is broken ("+detail+")",
			"JSON 格式有误（"+detail+"）")})
	case errors.As(err, &sem):
		line, col := lineColumn(raw, sem.ByteOffset)
		at := string(sem.JSONPointer)
		if at == "" {
			at = "/"
		}
		if errors.Is(err, jsonv2.ErrUnknownName) {
			name := sem.JSONPointer.LastToken()
			return courseFileError(BadCourse, line, col, &model.Invalid{Msg: model.T(
				fmt.Sprintf("%q (at %s) is not a field of the course file (misspelt?)", name, at),
				fmt.Sprintf("%q（位于 %s）不是课程文件的字段（是否拼错了？）", name, at))})
		}
		if sem.GoType == reflect.TypeFor[time.Time]() && sem.JSONKind == '"' {
			want := goTypeName(sem.GoType)
			return courseFileError(BadCourse, line, col, &model.Invalid{Msg: model.T(
				fmt.Sprintf("at %s, the text is not %s", at, want.EN),
				fmt.Sprintf("%s 处的文本不是%s", at, want.ZH))})
		}
		want, found := goTypeName(sem.GoType), jsonKindName(sem.JSONKind)
		detail := model.T("", "")
		if sem.Err != nil {
			detail = model.T(" ("+sem.Err.Error()+")", "（"+sem.Err.Error()+"）")
		}
		return courseFileError(BadCourse, line, col, &model.Invalid{Msg: model.T(
			fmt.Sprintf("at %s, %s where %s belongs%s", at, found.EN, want.EN, detail.EN),
			fmt.Sprintf("%s 处应为%s，却是%s%s", at, want.ZH, found.ZH, detail.ZH))})
	}
	return courseFileError(BadCourse, 0, 0, &model.Invalid{Msg: model.T(
		"the JSON is broken ("+err.Error()+")", "JSON 格式有误（"+err.Error()+"）")})
}

// goTypeName says in words what a field of the course holds.
func goTypeName(t reflect.Type) model.Text {
	if t == nil {
		return model.T("another value", "其他值")
	}
	switch t {
	case reflect.TypeFor[time.Time]():
		return model.T("a date and time such as 2025-03-10T09:00:00+08:00", "日期时间（例如 2025-03-10T09:00:00+08:00）")
	case reflect.TypeFor[time.Duration]():
		return model.T("a number of nanoseconds", "纳秒数")
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return model.T("a whole number", "整数")
	case reflect.Float32, reflect.Float64:
		return model.T("a number", "数字")
	case reflect.String:
		return model.T("text in quotes", "带引号的文本")
	case reflect.Bool:
		return model.T("true or false", "true 或 false")
	case reflect.Slice, reflect.Array:
		return model.T("a list [ ]", "列表 [ ]")
	case reflect.Struct, reflect.Map:
		return model.T("an object { }", "对象 { }")
	}
	return model.T("another value", "其他值")
}

// EncodeCourse is the course as its file holds it: indented JSON, text as
// written (no escapes for < > &), ending in a newline. It refuses a course
// that would not read back.
func EncodeCourse(c model.Course) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		return nil, courseFileError(BadCourse, 0, 0, &model.Invalid{Msg: model.T(
			"it cannot be written as JSON ("+err.Error()+")", "无法写成 JSON（"+err.Error()+"）")})
	}
	if _, err := ReadCourse(buf.Bytes()); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeCourseFile writes the course file whole: to a new file in the
// folder, synced, then renamed over the old one, so a crash leaves one or
// the other and never half a file.
func writeCourseFile(dir string, raw []byte) error {
	path := filepath.Join(dir, CourseFileName)
	tmp, err := os.CreateTemp(dir, "."+CourseFileName+".*")
	if err != nil {
		return notWritten(path, err)
	}
	_, err = tmp.Write(raw)
	if err == nil {
		err = tmp.Chmod(0o600) // CreateTemp makes it 0600; said here as the file's mode
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return notWritten(path, err)
	}
	syncDir(dir)
	return nil
}

func notWritten(path string, err error) *CourseError {
	return courseError(CourseIO, path, err, model.T(
		fmt.Sprintf("kam could not write %s (%v); the file is as it was. Free some space or check the folder's permissions, then try again.", path, err),
		fmt.Sprintf("kam 无法写入 %s（%v）；该文件保持原样。请腾出磁盘空间或检查文件夹权限，然后重试。", path, err)))
}
