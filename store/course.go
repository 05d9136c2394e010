package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// CourseFileName is the course file in a course folder: the agenda, the
// cards, the boards, the timer and the teams, as JSON a trainer may edit.
const CourseFileName = "course.json"

// The copies of a team's file kept beside it before it is replaced.
const (
	BeforeReset  = ".before-reset"
	BeforeCopyIn = ".before-copy-in"
)

// TeamPath is where team n's workspace lives in a course folder.
func TeamPath(dir string, n int) string {
	return filepath.Join(dir, fmt.Sprintf("team-%02d.kam", n))
}

// teamFilePattern matches every name TeamPath gives.
const teamFilePattern = "team-[0-9][0-9].kam"

// CourseFolder is an open course folder: the course file and every team's
// workspace, each held open (and locked) until Close.
type CourseFolder struct {
	dir    string
	course model.Course
	teams  []*Store
	opts   Options
	raw    []byte // the course file as written: Course decodes its copies from it

	courseMu sync.Mutex // course and raw
	updateMu sync.Mutex // one UpdateCourse at a time: read, change, write
	teamMu   sync.Mutex // resets and copy-ins: one team file replaced at a time
}

// Dir is the folder.
func (f *CourseFolder) Dir() string { return f.dir }

// Course is the course as the file holds it: as opened, or as last saved.
// Each call returns a copy of its own, sharing no slice with the folder
// or another caller, so changing it changes nothing until SaveCourse.
func (f *CourseFolder) Course() model.Course {
	f.courseMu.Lock()
	defer f.courseMu.Unlock()
	if c, err := decodeCourse(f.raw); err == nil {
		return c
	}
	return f.course // not reached: raw was read or written as a course
}

// Team is team n's workspace (n from 1).
func (f *CourseFolder) Team(n int) *Store { return f.teams[n-1] }

// CreateCourse makes a course folder: a workspace per team, each a fresh
// copy of the case study in lang, and the course file, written last, so a
// folder left half-made by a crash has none and is not taken for a course.
// The folder is made (0700) when missing; one that already holds a course
// is refused. If anything fails, what this call made is removed.
func CreateCourse(dir string, teams int, lang model.Lang, now time.Time) (err error) {
	if teams < 1 || teams > model.MaxTeams {
		e := courseError(TeamCount, dir, nil, model.T(
			fmt.Sprintf("A course has 1 to %d teams; %d is not a number of teams kam can make.", model.MaxTeams, teams),
			fmt.Sprintf("课程须有 1 到 %d 个小组；kam 无法建立 %d 个小组。", model.MaxTeams, teams)))
		e.Found = teams
		return e
	}
	raw, err := EncodeCourse(model.DefaultCourse(now, teams))
	if err != nil {
		return err
	}
	made, err := makeCourseFolder(dir)
	if err != nil {
		return err
	}
	var written []string
	defer func() {
		if err == nil {
			return
		}
		for _, p := range written {
			os.Remove(p)
		}
		if made != "" {
			os.RemoveAll(made)
		}
	}()
	opts := Options{Now: func() time.Time { return now }}
	for n := 1; n <= teams; n++ {
		path := TeamPath(dir, n)
		s, err := Open(path, opts)
		if err != nil {
			return notMade(dir, err)
		}
		written = append(written, path)
		err = s.Reset(model.CaseStudy(now, lang))
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return notMade(dir, err)
		}
	}
	if err := writeCourseFile(dir, raw); err != nil {
		return notMade(dir, err)
	}
	return nil
}

func notMade(dir string, err error) *CourseError {
	return courseError(CourseIO, dir, err, model.T(
		fmt.Sprintf("The course was not made in %s: %s. kam has removed what it had made there.", dir, model.Localize(err, model.English)),
		fmt.Sprintf("课程未能在 %s 中建立：%s。kam 已删除它在那里建立的内容。", dir, model.Localize(err, model.Chinese))))
}

// makeCourseFolder makes the folder, or checks one that exists holds no
// course. It returns the outermost folder it made, for removal should the
// course not be made, or "" when the folder was there.
func makeCourseFolder(dir string) (made string, err error) {
	info, err := os.Stat(dir)
	switch {
	case err == nil && !info.IsDir():
		return "", notAFolder(dir)
	case err == nil:
		return "", refuseExistingCourse(dir)
	case errors.Is(err, fs.ErrNotExist):
	default:
		return "", folderUnreadable(dir, err)
	}
	made = filepath.Clean(dir)
	for {
		parent := filepath.Dir(made)
		if parent == made {
			break
		}
		if _, err := os.Lstat(parent); !errors.Is(err, fs.ErrNotExist) {
			break
		}
		made = parent
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", folderUnreadable(dir, err)
	}
	return made, nil
}

// refuseExistingCourse refuses a folder with a course file or a team's
// workspace in it: making a course there would mix two classes' work.
func refuseExistingCourse(dir string) error {
	found, err := filepath.Glob(filepath.Join(dir, teamFilePattern))
	if err != nil {
		return folderUnreadable(dir, err)
	}
	if _, err := os.Lstat(filepath.Join(dir, CourseFileName)); err == nil {
		found = append(found, CourseFileName)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return folderUnreadable(dir, err)
	}
	if len(found) == 0 {
		// A folder of other files is refused too: the course's files
		// would mix with them.
		if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
			return courseError(CourseExists, dir, nil, model.T(
				fmt.Sprintf("%s is not empty: a course goes in a folder of its own. Name a new folder (kam course new --dir %s), or empty this one.", dir, filepath.Join(dir, "course")),
				fmt.Sprintf("%s 不是空文件夹：课程需要单独的文件夹。请指定一个新文件夹（kam course new --dir %s），或清空此文件夹。", dir, filepath.Join(dir, "course"))))
		}
		return nil
	}
	if !slices.Contains(found, CourseFileName) {
		return courseError(CourseExists, dir, nil, model.T(
			fmt.Sprintf("%s holds a team's workspace but no course file: it is what is left of a course. Name a new folder, or move %s away.", dir, found[0]),
			fmt.Sprintf("%s 中有小组工作区，却没有课程文件：这是某个课程留下的文件。请指定一个新文件夹，或移走 %s。", dir, found[0])))
	}
	return courseError(CourseExists, dir, nil, model.T(
		fmt.Sprintf("%s already holds a course: kam course --dir %s opens it. To make a new one, name another folder.", dir, dir),
		fmt.Sprintf("%s 中已有课程：kam course --dir %s 可打开它。要建立新课程，请指定另一个文件夹。", dir, dir)))
}

func notAFolder(dir string) *CourseError {
	return courseError(NotAFolder, dir, nil, model.T(
		fmt.Sprintf("%s is a file, not a folder. A course is a folder of files: name a folder with --dir (kam makes it when it does not exist).", dir),
		fmt.Sprintf("%s 是一个文件，不是文件夹。课程是一个文件夹：请用 --dir 指定文件夹（不存在时 kam 会建立它）。", dir)))
}

func folderUnreadable(dir string, err error) *CourseError {
	return courseError(CourseIO, dir, err, model.T(
		fmt.Sprintf("kam cannot use the folder %s (%v). Check it exists and that you may read and write it.", dir, err),
		fmt.Sprintf("kam 无法使用文件夹 %s（%v）。请确认它存在，并且你有读写权限。", dir, err)))
}

// OpenCourse opens a course folder made by CreateCourse: reads the course
// file and opens every team's workspace with opts. A team's file that
// another kam holds fails within opts' lock timeout; on any failure what
// was opened is closed again.
func OpenCourse(dir string, opts Options) (*CourseFolder, error) {
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	file := filepath.Join(dir, CourseFileName)
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, courseUnread(dir, file, err)
	}
	c, err := ReadCourse(raw)
	if err != nil {
		var ce *CourseError
		if errors.As(err, &ce) {
			return nil, ce.named(file)
		}
		return nil, err
	}
	f := &CourseFolder{dir: dir, course: c, opts: opts, raw: raw}
	for _, t := range c.Teams {
		s, err := openTeam(dir, t.Number, opts)
		if err != nil {
			f.Close()
			return nil, err
		}
		f.teams = append(f.teams, s)
	}
	return f, nil
}

// courseUnread says why the course file could not be read.
func courseUnread(dir, file string, err error) *CourseError {
	info, serr := os.Stat(dir)
	switch {
	case errors.Is(serr, fs.ErrNotExist):
		return courseError(NoFolder, dir, err, model.T(
			fmt.Sprintf("%s does not exist. kam course new --teams 8 --dir %s makes a course there.", dir, dir),
			fmt.Sprintf("%s 不存在。kam course new --teams 8 --dir %s 可在那里建立课程。", dir, dir)))
	case serr == nil && !info.IsDir(), errors.Is(err, syscall.ENOTDIR):
		return notAFolder(dir)
	case errors.Is(err, fs.ErrNotExist):
		return courseError(NoCourse, dir, err, model.T(
			fmt.Sprintf("%s is not a course folder: it has no %s. kam course new --teams 8 --dir %s makes one.", dir, CourseFileName, dir),
			fmt.Sprintf("%s 不是课程文件夹：其中没有 %s。kam course new --teams 8 --dir %s 可建立课程。", dir, CourseFileName, dir)))
	}
	return courseError(CourseIO, file, err, model.T(
		fmt.Sprintf("kam cannot read %s (%v). Check the file's owner and mode (kam keeps it at 0600).", file, err),
		fmt.Sprintf("kam 无法读取 %s（%v）。请检查文件的所有者和权限（kam 的设置为 0600）。", file, err)))
}

// openTeam opens team n's workspace, which must be there: Open would make
// an empty one in place of a missing file.
func openTeam(dir string, n int, opts Options) (*Store, error) {
	path := TeamPath(dir, n)
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, teamMissing(dir, n)
	}
	s, err := Open(path, opts)
	if err == nil {
		return s, nil
	}
	var oe *OpenError
	if !errors.As(err, &oe) {
		return nil, err
	}
	switch oe.Problem {
	case Locked:
		return nil, courseLocked(dir, path, n, err)
	case NotKam, Empty, Directory:
		e := courseError(TeamUnreadable, path, err, model.T(
			fmt.Sprintf("%s, team %d's workspace, is not a kam workspace. kam has not changed it: move it away and copy the team's own file to that path, then open the course again.", path, n),
			fmt.Sprintf("%s（第 %d 组的工作区）不是 kam 工作区。kam 没有改动它：请把它移走，把该组自己的文件复制到这个位置，然后重新打开课程。", path, n)))
		e.Team = n
		return nil, e
	}
	msg := oe.Bilingual()
	e := courseError(TeamUnreadable, path, err, model.T(
		fmt.Sprintf("Team %d: %s", n, msg.EN), fmt.Sprintf("第 %d 组：%s", n, msg.ZH)))
	e.Team = n
	return nil, e
}

func courseLocked(dir, path string, n int, err error) *CourseError {
	e := courseError(CourseLocked, path, err, model.T(
		fmt.Sprintf("The course in %s is open in another kam: it holds %s. Close kam there (or wait for it to finish) and try again.", dir, path),
		fmt.Sprintf("%s 中的课程已在另一个 kam 中打开：它占用着 %s。请先关闭那里的 kam（或等它结束）再试。", dir, path)))
	e.Team = n
	return e
}

// teamMissing says how to bring a missing team file back: the team's own
// copy, or the newest one kept beside it.
func teamMissing(dir string, n int) *CourseError {
	path := TeamPath(dir, n)
	from := model.T("from the team's laptop", "从该组的电脑上")
	if kept := newestCopy(path); kept != "" {
		from = model.T(
			fmt.Sprintf("from the team's laptop, or %s, the newest copy kept beside it", kept),
			fmt.Sprintf("从该组的电脑上，或用旁边保存的最新副本 %s", kept))
	}
	e := courseError(TeamMissing, path, fs.ErrNotExist, model.T(
		fmt.Sprintf("Team %d's workspace, %s, is missing. Copy the team's file back to that path (%s), then open the course again; kam has changed nothing.", n, path, from.EN),
		fmt.Sprintf("第 %d 组的工作区 %s 不见了。请把该组的文件复制回这个位置（%s），然后重新打开课程；kam 没有做任何改动。", n, path, from.ZH)))
	e.Team = n
	return e
}

// newestCopy is the newest copy of a team's file kept beside it: the
// day's backups, then those kept before a reset or a copy-in.
func newestCopy(path string) string {
	if list, err := Backups(path); err == nil && len(list) > 0 {
		return list[0].Path
	}
	newest, at := "", time.Time{}
	for _, suffix := range []string{BeforeCopyIn, BeforeReset} {
		found, _ := filepath.Glob(path + suffix + "*")
		for _, f := range found {
			if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() && info.ModTime().After(at) {
				newest, at = f, info.ModTime()
			}
		}
	}
	return newest
}

// freshSuffix names a copy kept beside path that replaces none kept
// before: a second reset of a team must not lose what the first kept.
// The copy is named by its time, "team-04.kam.before-reset-20261128-153328".
func freshSuffix(path, base string, now time.Time) string {
	suffix := base + "-" + now.Format("20060102-150405")
	for i := 2; ; i++ {
		if _, err := os.Lstat(path + suffix); os.IsNotExist(err) {
			return suffix
		}
		suffix = fmt.Sprintf("%s-%s-%d", base, now.Format("20060102-150405"), i)
	}
}

// RebuildTeam makes a missing team's workspace afresh from the case study
// in lang, in a course folder that is not open: the way back for a team
// whose file is lost. A team file that is there is left alone and refused.
func RebuildTeam(dir string, n int, lang model.Lang, now time.Time) error {
	raw, err := os.ReadFile(filepath.Join(dir, CourseFileName))
	if err != nil {
		return courseUnread(dir, filepath.Join(dir, CourseFileName), err)
	}
	c, err := ReadCourse(raw)
	if err != nil {
		var ce *CourseError
		if errors.As(err, &ce) {
			return ce.named(filepath.Join(dir, CourseFileName))
		}
		return err
	}
	if n < 1 || n > len(c.Teams) {
		return noTeam(n, len(c.Teams))
	}
	path := TeamPath(dir, n)
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		e := courseError(CourseExists, path, err, model.T(
			fmt.Sprintf("%s is there already: kam rebuilds only a team file that is missing. Reset the team from the course instead.", path),
			fmt.Sprintf("%s 已经存在：kam 只重建不见了的小组文件。请改为在课程中重置该组。", path)))
		e.Team = n
		return e
	}
	s, err := Open(path, Options{Now: func() time.Time { return now }})
	if err != nil {
		return err
	}
	err = s.Reset(model.CaseStudy(now, lang))
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return notMade(dir, err)
	}
	return nil
}

func noTeam(n, teams int) *CourseError {
	e := courseError(NoTeam, "", nil, model.T(
		fmt.Sprintf("The course has teams 1 to %d; there is no team %d.", teams, n),
		fmt.Sprintf("课程共有第 1 到第 %d 组；没有第 %d 组。", teams, n)))
	e.Team = n
	return e
}

// writable refuses changes to a course opened read-only.
func (f *CourseFolder) writable() error {
	if !f.opts.ReadOnly {
		return nil
	}
	return courseError(CourseReadOnly, f.dir, nil, model.T(
		fmt.Sprintf("The course in %s is open read-only here: nothing was changed.", f.dir),
		fmt.Sprintf("%s 中的课程在此以只读方式打开：没有做任何改动。", f.dir)))
}

// team checks n is a team of the course.
func (f *CourseFolder) team(n int) (*Store, error) {
	if n < 1 || n > len(f.teams) {
		return nil, noTeam(n, len(f.teams))
	}
	return f.teams[n-1], nil
}

// SaveCourse writes the course file whole, replacing it only once written.
// A course that would not read back, or whose teams are not the folder's,
// is refused and nothing is written. Safe to call from several goroutines.
func (f *CourseFolder) SaveCourse(c model.Course) error {
	if err := f.writable(); err != nil {
		return err
	}
	file := filepath.Join(f.dir, CourseFileName)
	if len(c.Teams) != len(f.teams) {
		return courseError(BadCourse, file, nil, model.T(
			fmt.Sprintf("The course was not saved: it has %d teams, and the folder %d. Teams are made with the course folder.", len(c.Teams), len(f.teams)),
			fmt.Sprintf("课程未保存：课程有 %d 个小组，而文件夹中有 %d 个。小组在建立课程文件夹时确定。", len(c.Teams), len(f.teams))))
	}
	raw, err := EncodeCourse(c)
	if err != nil {
		why := err // what is wrong with the course, without the file's name
		var ce *CourseError
		if errors.As(err, &ce) && ce.Err != nil {
			why = ce.Err
		}
		return courseError(BadCourse, file, err, model.T(
			fmt.Sprintf("The course was not saved: %s. %s is as it was.", model.Localize(why, model.English), file),
			fmt.Sprintf("课程未保存：%s。%s 保持原样。", model.Localize(why, model.Chinese), file)))
	}
	f.courseMu.Lock()
	defer f.courseMu.Unlock()
	if err := writeCourseFile(f.dir, raw); err != nil {
		return err
	}
	// The folder keeps the course as written, not c, whose slices the
	// caller may go on changing.
	kept, err := decodeCourse(raw)
	if err != nil {
		kept = c // not reached: EncodeCourse read raw back
	}
	f.course, f.raw = kept, raw
	return nil
}

// UpdateCourse changes the course as the file holds it now and writes the
// change, no other update between its read and its write: sessions that
// change the course at once each change what the one before wrote. It
// returns the course written.
func (f *CourseFolder) UpdateCourse(change func(current model.Course) model.Course) (model.Course, error) {
	f.updateMu.Lock()
	defer f.updateMu.Unlock()
	if err := f.SaveCourse(change(f.Course())); err != nil {
		return model.Course{}, err
	}
	return f.Course(), nil
}

// ResetTeam puts team n's workspace back to the case study in lang,
// keeping what it held in a copy beside it (team-NN.kam.before-reset-
// and the time, beside any kept earlier), whose path it returns. Nothing changes unless
// the copy is kept whole.
func (f *CourseFolder) ResetTeam(n int, lang model.Lang, now time.Time) (kept string, err error) {
	if err := f.writable(); err != nil {
		return "", err
	}
	s, err := f.team(n)
	if err != nil {
		return "", err
	}
	f.teamMu.Lock()
	defer f.teamMu.Unlock()
	kept, err = s.KeepCopy(freshSuffix(s.path, BeforeReset, s.now()))
	if err != nil {
		return "", notKept(n, err)
	}
	if err := s.Reset(model.CaseStudy(now, lang)); err != nil {
		return kept, notReplaced(n, err)
	}
	return kept, nil
}

func notKept(n int, err error) *CourseError {
	e := courseError(NotKept, "", err, model.T(
		fmt.Sprintf("Team %d's workspace was not replaced: %s. Free some space, then try again.", n, model.Localize(err, model.English)),
		fmt.Sprintf("第 %d 组的工作区没有被替换：%s。请腾出磁盘空间后重试。", n, model.Localize(err, model.Chinese))))
	e.Team = n
	return e
}

// notReplaced is a reset that failed: its transaction rolled back, so the
// team's file holds what it held.
func notReplaced(n int, err error) *CourseError {
	e := courseError(CourseIO, "", err, model.T(
		fmt.Sprintf("Team %d's workspace was not replaced (%s); it holds what it held.", n, model.Localize(err, model.English)),
		fmt.Sprintf("第 %d 组的工作区没有被替换（%s）；其内容保持原样。", n, model.Localize(err, model.Chinese))))
	e.Team = n
	return e
}

// KeepCopy writes the workspace as it is now to its path with suffix
// added, replacing an older copy there, and returns the copy's path. The
// copy is read in one transaction, so it is whole even while others
// write, and lands under its name only once written and synced.
func (s *Store) KeepCopy(suffix string) (string, error) {
	dst := s.path + suffix
	err := s.view(func(tx *bolt.Tx) error {
		return writeWhole(dst, func(w io.Writer) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		return "", &model.Invalid{Msg: model.T(
			fmt.Sprintf("kam could not keep a copy of %s in %s (%v)", s.path, dst, err),
			fmt.Sprintf("kam 无法把 %s 复制到 %s（%v）", s.path, dst, err))}
	}
	return dst, nil
}

// CopyIn replaces team n's workspace with the workspace in the file from
// (a team's own laptop's), after checking it whole; what the team's file
// held is kept beside it, at the path returned. It is all or nothing: from
// is copied into the folder, opened there (which brings an older kam's
// file up to date) and read whole before the team's file is touched. The
// team's *Store stays the same.
func (f *CourseFolder) CopyIn(n int, from string) (kept string, err error) {
	if err := f.writable(); err != nil {
		return "", err
	}
	s, err := f.team(n)
	if err != nil {
		return "", err
	}
	f.teamMu.Lock()
	defer f.teamMu.Unlock()
	ws, err := f.readForCopyIn(n, from)
	if err != nil {
		return "", err
	}
	kept, err = s.KeepCopy(freshSuffix(s.path, BeforeCopyIn, s.now()))
	if err != nil {
		return "", notKept(n, err)
	}
	if err := s.Reset(ws); err != nil {
		return kept, notReplaced(n, err)
	}
	return kept, nil
}

// readForCopyIn reads the workspace in from whole, through a copy in a
// folder of its own inside the course folder: opening it may upgrade it
// and keep backups beside it, none of which may touch from or stay behind.
func (f *CourseFolder) readForCopyIn(n int, from string) (model.Workspace, error) {
	refuse := func(err error, en, zh string) (model.Workspace, error) {
		e := courseError(CopyInRefused, from, err, model.T(
			fmt.Sprintf("Team %d's workspace was not replaced: %s", n, en),
			fmt.Sprintf("第 %d 组的工作区没有被替换：%s", n, zh)))
		e.Team = n
		return model.Workspace{}, e
	}
	info, err := os.Stat(from)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return refuse(err, fmt.Sprintf("%s does not exist. Name the file copied from the team's laptop.", from),
			fmt.Sprintf("%s 不存在。请指定从该组电脑上复制来的文件。", from))
	case err != nil:
		return refuse(err, fmt.Sprintf("kam cannot read %s (%v).", from, err), fmt.Sprintf("kam 无法读取 %s（%v）。", from, err))
	case info.IsDir():
		return refuse(nil, fmt.Sprintf("%s is a folder. Name the team's workspace file in it.", from),
			fmt.Sprintf("%s 是一个文件夹。请指定其中该组的工作区文件。", from))
	}
	source := (*Store)(nil) // a team of this course, already open here
	for i, t := range f.teams {
		if same, _ := sameFile(from, t.path); !same {
			continue
		}
		if i+1 == n {
			return refuse(nil, fmt.Sprintf("%s is team %d's own file. Name the file copied from the team's laptop.", from, n),
				fmt.Sprintf("%s 就是第 %d 组自己的文件。请指定从该组电脑上复制来的文件。", from, n))
		}
		source = t
	}
	tmpDir, err := os.MkdirTemp(f.dir, ".copy-in-*")
	if err != nil {
		return refuse(err, fmt.Sprintf("kam could not make room for it in %s (%v).", f.dir, err),
			fmt.Sprintf("kam 无法在 %s 中为它腾出位置（%v）。", f.dir, err))
	}
	defer os.RemoveAll(tmpDir)
	tmp := filepath.Join(tmpDir, filepath.Base(TeamPath(f.dir, n)))
	if source == nil {
		s, err := Open(from, Options{ReadOnly: true, LockTimeout: f.opts.LockTimeout, Now: f.opts.Now})
		if err != nil {
			return f.refuseSource(n, from, err)
		}
		source = s
		defer s.Close()
	}
	err = source.view(func(tx *bolt.Tx) error {
		return writeWhole(tmp, func(w io.Writer) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		return refuse(err, fmt.Sprintf("kam could not copy %s into %s (%v).", from, f.dir, err),
			fmt.Sprintf("kam 无法把 %s 复制到 %s（%v）。", from, f.dir, err))
	}
	s, err := Open(tmp, Options{LockTimeout: f.opts.LockTimeout, Now: f.opts.Now})
	if err != nil {
		return f.refuseSource(n, from, err)
	}
	ws, err := s.Load(Everything)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return f.refuseSource(n, from, err)
	}
	return ws, nil
}

// refuseSource says why the file to copy in did not open or read, naming
// the file given, not the copy kam read it through.
func (f *CourseFolder) refuseSource(n int, from string, err error) (model.Workspace, error) {
	var oe *OpenError
	var en, zh string
	switch {
	case errors.As(err, &oe) && oe.Problem == Locked:
		en = fmt.Sprintf("%s is open in another kam. Close kam there first, so that all the team's work is saved, then copy it in again.", from)
		zh = fmt.Sprintf("%s 已在另一个 kam 中打开。请先关闭那里的 kam，让该组的工作全部保存，然后再导入。", from)
	case errors.As(err, &oe) && (oe.Problem == NotKam || oe.Problem == Empty):
		en = fmt.Sprintf("%s is not a kam workspace. Name the team's workspace file (the one kam --db opens on their laptop).", from)
		zh = fmt.Sprintf("%s 不是 kam 工作区。请指定该组的工作区文件（即其电脑上 kam --db 打开的文件）。", from)
	case errors.As(err, &oe):
		copyOE := *oe
		copyOE.Path = from
		msg := copyOE.Bilingual()
		en, zh = msg.EN, msg.ZH
	default:
		en = fmt.Sprintf("%s does not read whole (%s). kam has changed nothing.", from, model.Localize(err, model.English))
		zh = fmt.Sprintf("%s 无法完整读取（%s）。kam 没有做任何改动。", from, model.Localize(err, model.Chinese))
	}
	e := courseError(CopyInRefused, from, err, model.T(
		fmt.Sprintf("Team %d's workspace was not replaced: %s", n, en),
		fmt.Sprintf("第 %d 组的工作区没有被替换：%s", n, zh)))
	e.Team = n
	return model.Workspace{}, e
}

// Close closes every team's workspace, returning the first error.
func (f *CourseFolder) Close() error {
	var first error
	for _, s := range f.teams {
		if err := s.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
