package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

var courseOpts = Options{Now: func() time.Time { return fixedNow }, LockTimeout: 50 * time.Millisecond}

// newCourse makes a course of teams teams in a folder that does not exist
// yet, and returns the folder.
func newCourse(t *testing.T, teams int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "course")
	if err := CreateCourse(dir, teams, model.English, fixedNow); err != nil {
		t.Fatalf("CreateCourse: %v", err)
	}
	return dir
}

func openCourse(t *testing.T, dir string) *CourseFolder {
	t.Helper()
	f, err := OpenCourse(dir, courseOpts)
	if err != nil {
		t.Fatalf("OpenCourse: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// courseProblem reports whether err is a *CourseError of problem p, told
// in both languages.
func courseProblem(t *testing.T, err error, p CourseProblem) *CourseError {
	t.Helper()
	var ce *CourseError
	if !errors.As(err, &ce) {
		t.Fatalf("got %v (%T), want a CourseError of problem %d", err, err, p)
	}
	if ce.Problem != p {
		t.Fatalf("problem %d, want %d: %v", ce.Problem, p, err)
	}
	b := ce.Bilingual()
	if b.EN == "" || b.ZH == "" || b.EN == b.ZH {
		t.Fatalf("not told in both languages: %+v", b)
	}
	if model.Localize(err, model.Chinese) != b.ZH {
		t.Fatalf("Localize does not find the Chinese: %q", model.Localize(err, model.Chinese))
	}
	return ce
}

func accountNames(t *testing.T, s *Store) []string {
	t.Helper()
	ws, err := s.Load(Everything)
	if err != nil {
		t.Fatalf("Load %s: %v", s.Path(), err)
	}
	var names []string
	for _, a := range ws.Accounts {
		names = append(names, a.Name)
	}
	return names
}

// namesIn reads the account names of the workspace at path, read-only.
func namesIn(t *testing.T, path string) []string {
	t.Helper()
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("Open %s: %v", path, err)
	}
	defer s.Close()
	return accountNames(t, s)
}

func caseStudyAccounts() int { return len(model.CaseStudy(fixedNow, model.English).Accounts) }

func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm()
}

// leftovers are the files a write or a copy-in works through, which must
// not stay in the folder.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || strings.HasSuffix(e.Name(), partialExt) {
			out = append(out, e.Name())
		}
	}
	return out
}

func TestCreateCourseMakesEveryTeamTheCaseStudy(t *testing.T) {
	if caseStudyAccounts() == 0 {
		t.Fatal("the case study has no accounts to count")
	}
	dir := newCourse(t, 3)
	if m := mode(t, dir); m != 0o700 {
		t.Errorf("folder mode %o, want 700", m)
	}
	files := []string{filepath.Join(dir, CourseFileName)}
	for n := 1; n <= 3; n++ {
		files = append(files, TeamPath(dir, n))
	}
	for _, p := range files {
		if m := mode(t, p); m != 0o600 {
			t.Errorf("%s mode %o, want 600", p, m)
		}
	}
	if _, err := os.Stat(TeamPath(dir, 4)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a fourth team's file: %v", err)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left in the folder: %v", l)
	}

	f := openCourse(t, dir)
	if f.Dir() != dir || len(f.Course().Teams) != 3 {
		t.Fatalf("dir %q, teams %+v", f.Dir(), f.Course().Teams)
	}
	for n := 1; n <= 3; n++ {
		if got := len(accountNames(t, f.Team(n))); got != caseStudyAccounts() {
			t.Errorf("team %d holds %d accounts, the case study %d", n, got, caseStudyAccounts())
		}
		if f.Team(n).Path() != TeamPath(dir, n) {
			t.Errorf("team %d is %s", n, f.Team(n).Path())
		}
	}
}

func TestCreateCourseInChineseWritesTheChineseCaseStudy(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "课程")
	if err := CreateCourse(dir, 1, model.Chinese, fixedNow); err != nil {
		t.Fatal(err)
	}
	f := openCourse(t, dir)
	st, err := f.Team(1).Settings()
	if err != nil {
		t.Fatal(err)
	}
	if want := model.CaseStudy(fixedNow, model.Chinese).Settings.Lang; st.Lang != want {
		t.Errorf("language %q, want %q", st.Lang, want)
	}
}

func TestCreateCourseRefuses(t *testing.T) {
	for _, teams := range []int{0, -1, model.MaxTeams + 1} {
		dir := filepath.Join(t.TempDir(), "course")
		err := CreateCourse(dir, teams, model.English, fixedNow)
		ce := courseProblem(t, err, TeamCount)
		if ce.Found != teams {
			t.Errorf("found %d, want %d", ce.Found, teams)
		}
		if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%d teams: the folder was made anyway (%v)", teams, err)
		}
	}

	existing := newCourse(t, 2)
	before, _ := os.ReadFile(filepath.Join(existing, CourseFileName))
	err := CreateCourse(existing, 4, model.English, fixedNow)
	ce := courseProblem(t, err, CourseExists)
	if !strings.Contains(ce.Msg.EN, "kam course --dir "+existing) || !strings.Contains(ce.Msg.ZH, "kam course --dir "+existing) {
		t.Errorf("does not say how to open it: %+v", ce.Msg)
	}
	after, _ := os.ReadFile(filepath.Join(existing, CourseFileName))
	if !bytes.Equal(before, after) {
		t.Error("the existing course file changed")
	}
	if _, err := os.Stat(TeamPath(existing, 3)); !errors.Is(err, os.ErrNotExist) {
		t.Error("a team was added to the existing course")
	}

	// A folder holding only a team's file is a course half there.
	half := t.TempDir()
	os.WriteFile(TeamPath(half, 7), []byte("x"), 0o600)
	courseProblem(t, CreateCourse(half, 2, model.English, fixedNow), CourseExists)
	if _, err := os.Stat(TeamPath(half, 1)); !errors.Is(err, os.ErrNotExist) {
		t.Error("team 1 was made beside another course's team")
	}

	file := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(file, []byte("notes"), 0o600)
	courseProblem(t, CreateCourse(file, 2, model.English, fixedNow), NotAFolder)

	// An empty folder that exists is fine (a folder of other files is
	// refused: TestCreateCourseRefusesAFolderOfOtherFiles).
	if err := CreateCourse(t.TempDir(), 1, model.English, fixedNow); err != nil {
		t.Errorf("an empty folder: %v", err)
	}
}

func TestCreateCourseUnderAFileMakesNothing(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(file, []byte("notes"), 0o600)
	err := CreateCourse(filepath.Join(file, "course"), 2, model.English, fixedNow)
	var ce *CourseError
	if !errors.As(err, &ce) || ce.Msg.ZH == "" {
		t.Fatalf("got %v", err)
	}
}

func TestCourseFileRoundTrip(t *testing.T) {
	dir := newCourse(t, 2)
	f := openCourse(t, dir)
	c := f.Course()
	c.Teams[0].Name = "红队 <Red> & co"
	c.Timer = model.Timer{Set: 15 * time.Minute, Left: 12*time.Minute + 30*time.Second}
	if err := f.SaveCourse(c); err != nil {
		t.Fatal(err)
	}
	want, err := EncodeCourse(c)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := EncodeCourse(f.Course())
	if !bytes.Equal(got, want) {
		t.Errorf("Course() after a save:\n%s\nwant\n%s", got, want)
	}
	// Neither the course saved nor one Course returned is the folder's own.
	c.Teams[0].Name = "changed after the save"
	mine := f.Course()
	mine.Teams[1].Name = "changed in a copy"
	if got, _ := EncodeCourse(f.Course()); !bytes.Equal(got, want) {
		t.Errorf("changing a copy changed the folder's course:\n%s", got)
	}
	file := filepath.Join(dir, CourseFileName)
	raw, _ := os.ReadFile(file)
	if !bytes.Contains(raw, []byte(`"红队 <Red> & co"`)) || !bytes.Contains(raw, []byte("\n  ")) {
		t.Errorf("not indented JSON with text as written:\n%s", raw)
	}
	if m := mode(t, file); m != 0o600 {
		t.Errorf("course file mode %o after a save", m)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left in the folder: %v", l)
	}
	f.Close()

	again := openCourse(t, dir)
	got, _ = EncodeCourse(again.Course())
	if !bytes.Equal(got, want) {
		t.Errorf("reopened:\n%s\nwant\n%s", got, want)
	}
}

func TestSaveCourseRefusesOtherTeams(t *testing.T) {
	dir := newCourse(t, 2)
	f := openCourse(t, dir)
	file := filepath.Join(dir, CourseFileName)
	before, _ := os.ReadFile(file)
	c := f.Course()
	c.Teams = append(c.Teams, model.Team{Number: 3})
	courseProblem(t, f.SaveCourse(c), BadCourse)
	c = f.Course()
	c.Teams = []model.Team{{Number: 2}, {Number: 1}}
	courseProblem(t, f.SaveCourse(c), BadCourse)
	after, _ := os.ReadFile(file)
	if !bytes.Equal(before, after) {
		t.Error("a refused course was written")
	}
	if len(f.Course().Teams) != 2 || f.Course().Teams[0].Number != 1 {
		t.Errorf("Course() changed by a refused save: %+v", f.Course().Teams)
	}
}

func TestSaveCourseFromManyGoroutines(t *testing.T) {
	dir := newCourse(t, 2)
	f := openCourse(t, dir)
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := f.Course()
			c.Teams[1].Name = strings.Repeat("x", i+1)
			errs <- f.SaveCourse(c)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	raw, _ := os.ReadFile(filepath.Join(dir, CourseFileName))
	onDisk, err := ReadCourse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if onDisk.Teams[1].Name != f.Course().Teams[1].Name || onDisk.Teams[1].Name == "" {
		t.Errorf("the file holds %q, Course() %q", onDisk.Teams[1].Name, f.Course().Teams[1].Name)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left in the folder: %v", l)
	}
}

func TestOpenCourseReadOnlyChangesNothing(t *testing.T) {
	dir := newCourse(t, 1)
	f, err := OpenCourse(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	courseProblem(t, f.SaveCourse(f.Course()), CourseReadOnly)
	_, err = f.ResetTeam(1, model.English, fixedNow)
	courseProblem(t, err, CourseReadOnly)
	_, err = f.CopyIn(1, TeamPath(dir, 1))
	courseProblem(t, err, CourseReadOnly)
}

func TestOpenCourseWithoutACourse(t *testing.T) {
	empty := t.TempDir()
	ce := courseProblem(t, openErr(empty), NoCourse)
	if want := "kam course new --teams 8 --dir " + empty; !strings.Contains(ce.Msg.EN, want) || !strings.Contains(ce.Msg.ZH, want) {
		t.Errorf("does not say how to make one: %+v", ce.Msg)
	}
	if !strings.Contains(ce.Msg.EN, "not a course folder") {
		t.Errorf("%q", ce.Msg.EN)
	}

	missing := filepath.Join(t.TempDir(), "nowhere")
	courseProblem(t, openErr(missing), NoFolder)
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Error("opening made the folder")
	}

	file := filepath.Join(t.TempDir(), "course.txt")
	os.WriteFile(file, []byte("x"), 0o600)
	courseProblem(t, openErr(file), NotAFolder)
}

func openErr(dir string) error {
	f, err := OpenCourse(dir, courseOpts)
	if err == nil {
		f.Close()
	}
	return err
}

// editCourse rewrites the course file's JSON as a trainer's editor would.
func editCourse(t *testing.T, dir string, edit func(map[string]any)) {
	t.Helper()
	file := filepath.Join(dir, CourseFileName)
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	raw, _ = json.MarshalIndent(m, "", "  ")
	if err := os.WriteFile(file, raw, 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestOpenCourseDamagedCourseFile(t *testing.T) {
	tests := []struct {
		name         string
		write        func(t *testing.T, dir string)
		problem      CourseProblem
		line, column int
		says         string
	}{
		{"broken JSON", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, CourseFileName), []byte("{\n  \"version\": 1,\n  oops\n}\n"), 0o600)
		}, BadCourse, 3, 3, "line 3, column 3"},
		{"cut short", func(t *testing.T, dir string) {
			raw, _ := os.ReadFile(filepath.Join(dir, CourseFileName))
			os.WriteFile(filepath.Join(dir, CourseFileName), raw[:len(raw)/2], 0o600)
		}, BadCourse, 0, 0, "line"},
		{"empty", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, CourseFileName), nil, 0o600)
		}, BadCourse, 0, 0, "empty"},
		{"not an object", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, CourseFileName), []byte("[1, 2]"), 0o600)
		}, BadCourse, 1, 1, "an object"},
		{"newer version", func(t *testing.T, dir string) {
			editCourse(t, dir, func(m map[string]any) { m["version"] = model.CourseVersion + 1; m["hologram"] = true })
		}, NewerCourse, 0, 0, "newer kam"},
		{"no version", func(t *testing.T, dir string) {
			editCourse(t, dir, func(m map[string]any) { delete(m, "version") })
		}, BadCourse, 0, 0, `"version"`},
		{"team number out of range", func(t *testing.T, dir string) {
			editCourse(t, dir, func(m map[string]any) {
				m["teams"] = []any{map[string]any{"number": 1}, map[string]any{"number": model.MaxTeams + 5}}
			})
		}, BadCourse, 0, 0, "numbered 25"},
		{"no teams", func(t *testing.T, dir string) {
			editCourse(t, dir, func(m map[string]any) { m["teams"] = []any{} })
		}, BadCourse, 0, 0, "0 teams"},
		{"a misspelt field", func(t *testing.T, dir string) {
			editCourse(t, dir, func(m map[string]any) { m["teems"] = []any{} })
		}, BadCourse, 0, 0, `"teems"`},
		{"a number as text", func(t *testing.T, dir string) {
			editCourse(t, dir, func(m map[string]any) { m["teams"] = []any{map[string]any{"number": "one"}} })
		}, BadCourse, 0, 0, "/teams/0/number"},
		{"a date that is not one", func(t *testing.T, dir string) {
			editCourse(t, dir, func(m map[string]any) { m["start"] = "Monday" })
		}, BadCourse, 0, 0, "/start, the text is not a date and time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newCourse(t, 2)
			tt.write(t, dir)
			file := filepath.Join(dir, CourseFileName)
			before, _ := os.ReadFile(file)
			start := time.Now()
			err := openErr(dir)
			ce := courseProblem(t, err, tt.problem)
			if ce.Path != file || !strings.Contains(ce.Msg.EN, file) || !strings.Contains(ce.Msg.ZH, file) {
				t.Errorf("does not name the file: %+v", ce)
			}
			if !strings.Contains(ce.Msg.EN, tt.says) {
				t.Errorf("%q does not say %q", ce.Msg.EN, tt.says)
			}
			if tt.line > 0 && (ce.Line != tt.line || ce.Column != tt.column) {
				t.Errorf("at line %d column %d, want %d %d", ce.Line, ce.Column, tt.line, tt.column)
			}
			if ce.Line > 0 && !strings.Contains(ce.Msg.ZH, "行") {
				t.Errorf("the Chinese does not say the line: %q", ce.Msg.ZH)
			}
			if time.Since(start) > 10*time.Second {
				t.Error("slow to refuse")
			}
			after, _ := os.ReadFile(file)
			if !bytes.Equal(before, after) {
				t.Error("the damaged file was changed")
			}
			// No team was left held: the folder opens once the file is put right.
			os.Remove(file)
			raw, _ := EncodeCourse(model.DefaultCourse(fixedNow, 2))
			os.WriteFile(file, raw, 0o600)
			if err := openErr(dir); err != nil {
				t.Errorf("after the fix: %v", err)
			}
		})
	}
}

func TestLineColumnCountsCharacters(t *testing.T) {
	raw := []byte("{\n  \"名字\": x")
	if l, c := lineColumn(raw, int64(bytes.IndexByte(raw, 'x'))); l != 2 || c != 9 {
		t.Errorf("line %d column %d, want 2 9", l, c)
	}
	if l, c := lineColumn(raw, 1000); l != 2 || c != 10 {
		t.Errorf("past the end: line %d column %d", l, c)
	}
}

func TestOpenCourseHeldByAnotherKam(t *testing.T) {
	dir := newCourse(t, 3)
	first := openCourse(t, dir)
	start := time.Now()
	err := openErr(dir)
	ce := courseProblem(t, err, CourseLocked)
	// A guard against hanging, not a speed target: the wait is 50 ms.
	if waited := time.Since(start); waited > 5*time.Second {
		t.Errorf("waited %v", waited)
	}
	if !strings.Contains(ce.Msg.EN, "open in another kam") || !strings.Contains(ce.Msg.ZH, "另一个 kam") || !strings.Contains(ce.Msg.EN, dir) {
		t.Errorf("message: %+v", ce.Msg)
	}
	if !isProblem(err, Locked) {
		t.Errorf("not a Locked OpenError underneath: %v", err)
	}
	if got := len(accountNames(t, first.Team(1))); got != caseStudyAccounts() {
		t.Errorf("the first kam's team 1 holds %d accounts", got)
	}
}

func TestOpenCourseClosesWhatItOpenedOnFailure(t *testing.T) {
	dir := newCourse(t, 3)
	held, err := Open(TeamPath(dir, 2), courseOpts)
	if err != nil {
		t.Fatal(err)
	}
	ce := courseProblem(t, openErr(dir), CourseLocked)
	if ce.Team != 2 || ce.Path != TeamPath(dir, 2) {
		t.Errorf("team %d, path %s", ce.Team, ce.Path)
	}
	held.Close()
	// Had team 1 been left open, this open would find it locked.
	if err := openErr(dir); err != nil {
		t.Fatalf("after the other kam let go: %v", err)
	}
}

func TestOpenCourseMissingTeamFile(t *testing.T) {
	dir := newCourse(t, 3)
	os.Remove(TeamPath(dir, 2))
	ce := courseProblem(t, openErr(dir), TeamMissing)
	if ce.Team != 2 || !strings.Contains(ce.Msg.EN, TeamPath(dir, 2)) || !strings.Contains(ce.Msg.ZH, TeamPath(dir, 2)) {
		t.Errorf("does not name the file: %+v", ce)
	}
	if !strings.Contains(ce.Msg.EN, "laptop") {
		t.Errorf("does not say how to get it back: %q", ce.Msg.EN)
	}
	if _, err := os.Stat(TeamPath(dir, 2)); !errors.Is(err, os.ErrNotExist) {
		t.Error("opening made an empty team file")
	}

	// A copy kept beside it is named.
	os.WriteFile(TeamPath(dir, 2)+BeforeReset, []byte("kept"), 0o600)
	ce = courseProblem(t, openErr(dir), TeamMissing)
	if !strings.Contains(ce.Msg.EN, TeamPath(dir, 2)+BeforeReset) || !strings.Contains(ce.Msg.ZH, TeamPath(dir, 2)+BeforeReset) {
		t.Errorf("does not name the copy kept: %+v", ce.Msg)
	}

	// RebuildTeam brings it back as the case study; team 1 was closed.
	courseProblem(t, RebuildTeam(dir, 4, model.English, fixedNow), NoTeam)
	courseProblem(t, RebuildTeam(dir, 1, model.English, fixedNow), CourseExists)
	if err := RebuildTeam(dir, 2, model.English, fixedNow); err != nil {
		t.Fatal(err)
	}
	f := openCourse(t, dir)
	if got := len(accountNames(t, f.Team(2))); got != caseStudyAccounts() {
		t.Errorf("rebuilt team holds %d accounts", got)
	}
}

func TestOpenCourseTeamFileNotAWorkspace(t *testing.T) {
	dir := newCourse(t, 2)
	os.WriteFile(TeamPath(dir, 2), []byte("a spreadsheet, saved over the team's file"), 0o600)
	ce := courseProblem(t, openErr(dir), TeamUnreadable)
	if ce.Team != 2 || !strings.Contains(ce.Msg.EN, "not a kam workspace") || strings.Contains(ce.Msg.EN, "--db") {
		t.Errorf("%+v", ce)
	}
}

func TestResetTeamKeepsTheOldFile(t *testing.T) {
	dir := newCourse(t, 2)
	f := openCourse(t, dir)
	team := f.Team(1)
	if _, err := team.SaveAccount(account("Team one's own account")); err != nil {
		t.Fatal(err)
	}
	kept, err := f.ResetTeam(1, model.English, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(kept, TeamPath(dir, 1)+BeforeReset+"-") {
		t.Errorf("kept in %s", kept)
	}
	if f.Team(1) != team {
		t.Error("the team's store was replaced: the screens hold the old one")
	}
	names := accountNames(t, f.Team(1))
	if slices.Contains(names, "Team one's own account") || len(names) != caseStudyAccounts() {
		t.Errorf("after the reset: %v", names)
	}
	if names := namesIn(t, kept); !slices.Contains(names, "Team one's own account") {
		t.Errorf("the copy kept lacks the team's work: %v", names)
	}
	if m := mode(t, kept); m != 0o600 {
		t.Errorf("copy mode %o", m)
	}
	if got := len(accountNames(t, f.Team(2))); got != caseStudyAccounts() {
		t.Errorf("team 2 changed: %d accounts", got)
	}

	// A second reset keeps its own copy beside the first, which still
	// holds the team's work.
	second, err := f.ResetTeam(1, model.English, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	if second == kept {
		t.Fatalf("the second reset kept its copy over the first, in %s", kept)
	}
	if names := namesIn(t, kept); !slices.Contains(names, "Team one's own account") {
		t.Error("the second reset lost the team's work the first one kept")
	}
	if names := namesIn(t, second); slices.Contains(names, "Team one's own account") {
		t.Error("the second copy holds the team's work, which the first reset had replaced")
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left in the folder: %v", l)
	}

	for _, n := range []int{0, 3} {
		_, err := f.ResetTeam(n, model.English, fixedNow)
		ce := courseProblem(t, err, NoTeam)
		if ce.Team != n {
			t.Errorf("team %d", ce.Team)
		}
	}
}

// laptopWorkspace writes a team's workspace as its own laptop would: the
// case study and one more account.
func laptopWorkspace(t *testing.T, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "laptop", "kam.db")
	s, err := Open(path, courseOpts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Reset(model.CaseStudy(fixedNow, model.English)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveAccount(account(name)); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCopyInBringsATeamsWorkspace(t *testing.T) {
	dir := newCourse(t, 2)
	f := openCourse(t, dir)
	from := laptopWorkspace(t, "Laptop extra")
	fromBefore, _ := os.ReadFile(from)
	team := f.Team(2)
	if _, err := team.SaveAccount(account("Before the copy-in")); err != nil {
		t.Fatal(err)
	}

	kept, err := f.CopyIn(2, from)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(kept, TeamPath(dir, 2)+BeforeCopyIn+"-") {
		t.Errorf("kept in %s", kept)
	}
	if f.Team(2) != team {
		t.Error("the team's store was replaced")
	}
	names := accountNames(t, team)
	if !slices.Contains(names, "Laptop extra") || slices.Contains(names, "Before the copy-in") || len(names) != caseStudyAccounts()+1 {
		t.Errorf("after the copy-in: %v", names)
	}
	if names := namesIn(t, kept); !slices.Contains(names, "Before the copy-in") || slices.Contains(names, "Laptop extra") {
		t.Errorf("the copy kept: %v", names)
	}
	if got := len(accountNames(t, f.Team(1))); got != caseStudyAccounts() {
		t.Errorf("team 1 changed: %d accounts", got)
	}
	if fromAfter, _ := os.ReadFile(from); !bytes.Equal(fromBefore, fromAfter) {
		t.Error("the laptop's file was changed")
	}
	if beside, _ := os.ReadDir(filepath.Dir(from)); len(beside) != 1 {
		t.Errorf("files left beside the laptop's: %v", beside)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left in the folder: %v", l)
	}

	// It lasts: the course opens again with the team's work.
	f.Close()
	again := openCourse(t, dir)
	if !slices.Contains(accountNames(t, again.Team(2)), "Laptop extra") {
		t.Error("the copy-in did not last")
	}
}

func TestCopyInUpgradesAnOlderWorkspace(t *testing.T) {
	dir := newCourse(t, 1)
	f := openCourse(t, dir)
	from := v2FileWithoutAMatrix(t, defaultAttr, defaultStr)
	if _, err := f.CopyIn(1, from); err != nil {
		t.Fatal(err)
	}
	if names := accountNames(t, f.Team(1)); !slices.Equal(names, []string{"MegaMart"}) {
		t.Errorf("after the copy-in: %v", names)
	}
	old, err := Open(from, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if old.Schema() != 2 {
		t.Errorf("the file brought in was upgraded in place: schema %d", old.Schema())
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left in the folder: %v", l)
	}
}

func TestCopyInFromAnotherTeamOfTheCourse(t *testing.T) {
	dir := newCourse(t, 2)
	f := openCourse(t, dir)
	if _, err := f.Team(1).SaveAccount(account("Team one's")); err != nil {
		t.Fatal(err)
	}
	if _, err := f.CopyIn(2, TeamPath(dir, 1)); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(accountNames(t, f.Team(2)), "Team one's") {
		t.Error("team 2 did not get team 1's work")
	}
	if _, err := f.Team(1).SaveAccount(account("Still open")); err != nil {
		t.Errorf("team 1 no longer writable: %v", err)
	}
}

func TestCopyInRefusals(t *testing.T) {
	dir := newCourse(t, 2)
	f := openCourse(t, dir)
	notKam := filepath.Join(t.TempDir(), "notes.kam")
	os.WriteFile(notKam, []byte("not a workspace at all, but long enough to look at"), 0o600)
	empty := filepath.Join(t.TempDir(), "empty.kam")
	os.WriteFile(empty, nil, 0o600)
	held := laptopWorkspace(t, "Held")
	holder, err := Open(held, courseOpts)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()

	tests := []struct {
		name, from string
		says, zh   string
	}{
		{"the team's own file", TeamPath(dir, 1), "team 1's own file", "自己的文件"},
		{"missing", filepath.Join(t.TempDir(), "gone.kam"), "does not exist", "不存在"},
		{"a folder", t.TempDir(), "is a folder", "文件夹"},
		{"not a workspace", notKam, "not a kam workspace", "不是 kam 工作区"},
		{"empty", empty, "not a kam workspace", "不是 kam 工作区"},
		{"held by another kam", held, "open in another kam", "另一个 kam"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := accountNames(t, f.Team(1))
			_, err := f.CopyIn(1, tt.from)
			ce := courseProblem(t, err, CopyInRefused)
			if !strings.Contains(ce.Msg.EN, tt.says) || !strings.Contains(ce.Msg.ZH, tt.zh) {
				t.Errorf("%+v does not say %q / %q", ce.Msg, tt.says, tt.zh)
			}
			if !strings.Contains(ce.Msg.EN, tt.from) || ce.Team != 1 {
				t.Errorf("does not name the file: %+v", ce)
			}
			if after := accountNames(t, f.Team(1)); !slices.Equal(before, after) {
				t.Error("the team's workspace changed")
			}
			if _, err := os.Stat(TeamPath(dir, 1) + BeforeCopyIn); !errors.Is(err, os.ErrNotExist) {
				t.Error("a copy was kept for a copy-in that did not happen")
			}
			if l := leftovers(t, dir); len(l) > 0 {
				t.Errorf("left in the folder: %v", l)
			}
		})
	}
	_, err = f.CopyIn(3, held)
	courseProblem(t, err, NoTeam)
}

func TestKeepCopyIsWholeWhileWriting(t *testing.T) {
	s, path := openTemp(t)
	if _, err := s.SaveAccount(account("Alpha")); err != nil {
		t.Fatal(err)
	}
	kept, err := s.KeepCopy(".copy")
	if err != nil {
		t.Fatal(err)
	}
	if kept != path+".copy" {
		t.Errorf("kept in %s", kept)
	}
	if _, err := s.SaveAccount(account("Beta")); err != nil {
		t.Fatal(err)
	}
	if names := namesIn(t, kept); !slices.Equal(names, []string{"Alpha"}) {
		t.Errorf("the copy holds %v", names)
	}
	c, err := Open(kept, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.view(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			t.Errorf("the copy does not check: %v", err)
		}
		return nil
	})
}

func TestCreateCourseRefusesAFolderOfOtherFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := CreateCourse(dir, 2, model.English, fixedNow)
	if err == nil || !strings.Contains(err.Error(), "is not empty") {
		t.Fatalf("a folder of other files: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, CourseFileName)); !os.IsNotExist(err) {
		t.Error("a course file was written among the other files")
	}
	left := t.TempDir()
	if err := os.WriteFile(TeamPath(left, 1), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := CreateCourse(left, 2, model.English, fixedNow); err == nil || !strings.Contains(err.Error(), "no course file") {
		t.Errorf("a team file without a course file: %v", err)
	}
}

// Changes to the course from many sessions at once each change what the
// one before wrote: none is lost, and the file holds them all.
func TestUpdateCourseTakesChangesOneAtATime(t *testing.T) {
	dir := newCourse(t, 2)
	f := openCourse(t, dir)
	board := f.Course().Boards[0].ID
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			_, err := f.UpdateCourse(func(c model.Course) model.Course {
				next, err := c.AddAnswer(board, model.Answer{Team: 1 + i%2, Text: fmt.Sprintf("answer %d", i)}, fixedNow.Add(time.Duration(i)))
				if err != nil {
					t.Error(err)
				}
				return next
			})
			if err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := len(f.Course().Boards[0].Answers); n != 20 {
		t.Errorf("the course holds %d answers, want 20", n)
	}
	raw, err := os.ReadFile(filepath.Join(dir, CourseFileName))
	if err != nil {
		t.Fatal(err)
	}
	c, err := ReadCourse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Boards[0].Answers); n != 20 {
		t.Errorf("the file holds %d answers, want 20", n)
	}
}
