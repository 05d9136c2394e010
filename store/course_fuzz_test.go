package store

import (
	"bytes"
	"errors"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// FuzzReadCourse reads a course file's bytes, whole or damaged, as
// OpenCourse reads them. It never panics; whatever it refuses is a
// CourseError told in both languages; whatever it accepts writes back and
// reads back the same. The seeds are a course kam writes, cut and changed
// the ways a hand edit goes wrong.
func FuzzReadCourse(f *testing.F) {
	whole, err := EncodeCourse(model.DefaultCourse(fixedNow, 8))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(whole)
	f.Add(whole[:len(whole)/2])
	f.Add(bytes.Replace(whole, []byte(`"version": 1`), []byte(`"version": 99`), 1))
	f.Add(bytes.Replace(whole, []byte(`"number": 2`), []byte(`"number": 0`), 1))
	f.Add(bytes.Replace(whole, []byte(`"number": 2`), []byte(`"number": "2"`), 1))
	f.Add(bytes.Replace(whole, []byte(`"teams"`), []byte(`"teems"`), 1))
	f.Add(bytes.Replace(whole, []byte(`{`), []byte(`{"version": 1, `), 1))
	f.Add([]byte(`{"version": 1, "teams": [{"number": 1}], "timer": {"set": 900000000000, "left": -1}}`))
	f.Add([]byte(`{"version": 1, "start": "2026-11-20T00:00:00+08:00", "teams": [{"number": 1, "name": "红队"}]}`))
	f.Add([]byte("{\"version\": 1, \"teams\": [{\"number\": 1, \"name\": \"\xff\"}]}"))
	f.Add([]byte(`[]`))
	f.Add([]byte(``))

	f.Fuzz(func(t *testing.T, raw []byte) {
		c, err := ReadCourse(raw)
		if err != nil {
			var ce *CourseError
			if !errors.As(err, &ce) {
				t.Fatalf("%q: %v (%T) is not a CourseError", raw, err, err)
			}
			if b := ce.Bilingual(); b.EN == "" || b.ZH == "" {
				t.Fatalf("%q: %v is not told in both languages", raw, err)
			}
			if ce.Problem != BadCourse && ce.Problem != NewerCourse {
				t.Fatalf("%q: problem %d", raw, ce.Problem)
			}
			return
		}
		written, err := EncodeCourse(c)
		if err != nil {
			t.Fatalf("%q was read but does not write: %v", raw, err)
		}
		back, err := ReadCourse(written)
		if err != nil {
			t.Fatalf("%q was read and written as\n%s\nwhich does not read back: %v", raw, written, err)
		}
		again, err := EncodeCourse(back)
		if err != nil || !bytes.Equal(again, written) {
			t.Fatalf("%q reads back as\n%s\nnot\n%s (%v)", raw, again, written, err)
		}
	})
}
