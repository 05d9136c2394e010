package store

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/kam-workbench/kam/model"
)

// CourseFileName is the course file in a course folder: the agenda, the
// cards, the boards, the timer and the teams, as JSON a trainer may edit.
const CourseFileName = "course.json"

// TeamPath is where team n's workspace lives in a course folder.
func TeamPath(dir string, n int) string {
	return filepath.Join(dir, fmt.Sprintf("team-%02d.kam", n))
}

// CourseFolder is an open course folder: the course file and every team's
// workspace, each held open (and locked) until Close.
type CourseFolder struct {
	dir    string
	course model.Course
	teams  []*Store
}

// Dir is the folder.
func (f *CourseFolder) Dir() string { return f.dir }

// Course is the course as the file held it when opened.
func (f *CourseFolder) Course() model.Course { return f.course }

// Team is team n's workspace (n from 1).
func (f *CourseFolder) Team(n int) *Store { return f.teams[n-1] }

// CreateCourse makes a course folder: a workspace per team, each a fresh
// copy of the case study in lang, and the course file.
func CreateCourse(dir string, teams int, lang model.Lang, now time.Time) error { return nil }

// OpenCourse opens a course folder made by CreateCourse.
func OpenCourse(dir string, opts Options) (*CourseFolder, error) { return nil, nil }

// SaveCourse writes the course file whole, replacing it only once written.
func (f *CourseFolder) SaveCourse(c model.Course) error { return nil }

// ResetTeam puts team n's workspace back to the case study, keeping what it
// held in a copy beside it, whose path it returns.
func (f *CourseFolder) ResetTeam(n int, lang model.Lang, now time.Time) (kept string, err error) {
	return "", nil
}

// CopyIn replaces team n's workspace with the workspace in the file from
// (a team's own laptop's), after checking it whole; what the team's file
// held is kept beside it, at the path returned.
func (f *CourseFolder) CopyIn(n int, from string) (kept string, err error) { return "", nil }

// Close closes every team's workspace.
func (f *CourseFolder) Close() error { return nil }
