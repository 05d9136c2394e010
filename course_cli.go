package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui"
	"github.com/kam-workbench/kam/ui/data"
)

// defaultCourseDir is the course folder kam course uses without --dir.
func defaultCourseDir(getenv func(string) string) (string, error) {
	dir, err := dataDir(getenv)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "course"), nil
}

func courseUsage(l model.Lang) string {
	return model.T(`kam course — run the two-day course with a workspace per team

Usage:
  kam course new [--teams N] [--dir DIR] [--start YYYY-MM-DD]
                                           make a course folder: a copy of the
                                           case study for each of N teams (8 by
                                           default, at most 20) and the course
                                           file (agenda, cards, boards, timer);
                                           --start is day 1 (default today)
  kam course [--dir DIR]                   open it: the Course tab (agenda, timer,
                                           cards, boards, compare, teams) and
                                           every tab on the team shown

DIR is the course folder; without --dir, the folder "course" in kam's data
directory. A team's file can be brought in from a team's own laptop from
the Course tab's Teams view (i). To have every participant work in their
team's workspace from their own laptop, serve the folder to the room:
kam serve --dir DIR (kam serve --help).
`, `kam course — 以每组一个工作区的方式开展两天的课程

用法：
  kam course new [--teams N] [--dir 目录] [--start YYYY-MM-DD]
                                           建立课程文件夹：每组一份案例研究
                                           （默认 8 组，最多 20 组），另加课程
                                           文件（议程、卡片、讨论板、计时器）；
                                           --start 为第 1 天（默认今天）
  kam course [--dir 目录]                  打开课程：课程标签页（议程、计时器、
                                           卡片、讨论板、对比、小组），其余
                                           标签页显示当前小组的工作区

目录即课程文件夹；不用 --dir 时，为 kam 数据目录中的 course 文件夹。
小组在自己电脑上的文件可在课程标签页的“小组”视图中导入（i）。若要每位学员在自己
的电脑上使用本组的工作区，可向教室提供该文件夹：kam serve --dir 目录
（kam serve --help）。
`).In(l)
}

// runCourse runs kam course: new makes a course folder, without a
// subcommand the course opens on the screen.
func runCourse(c config, getenv func(string) string, msgLang model.Lang, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kam course", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var dir, teamsFlag, langFlag, startFlag string
	var help bool
	fs.StringVar(&dir, "dir", "", "")
	fs.StringVar(&teamsFlag, "teams", "8", "")
	fs.StringVar(&langFlag, "lang", "", "")
	fs.StringVar(&startFlag, "start", "", "")
	fs.BoolVar(&help, "help", false, "")
	fs.BoolVar(&help, "h", false, "")
	fail, bad := usageAnswers(stderr, &msgLang, courseUsage)
	var positional []string
	args := c.args
	for {
		if err := fs.Parse(args); err != nil {
			return fail(flagError(err))
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if langFlag != "" {
		l, ok := model.ParseLang(langFlag)
		if !ok {
			return bad(model.T("--lang %q is not a language kam speaks: use en or zh", "--lang %q 不是 kam 支持的语言：请用 en 或 zh"), langFlag)
		}
		c.lang, msgLang = l, l
	}
	if help {
		fmt.Fprint(stdout, courseUsage(msgLang))
		return 0
	}
	if dir == "" {
		d, err := defaultCourseDir(getenv)
		if err != nil {
			fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
			return 1
		}
		dir = d
	}
	switch {
	case len(positional) == 0:
		if startFlag != "" {
			return bad(model.T("--start goes with new: kam course new --start %s", "--start 只能与 new 一起使用：kam course new --start %s"), startFlag)
		}
		if teamsFlag != "8" {
			return bad(model.T("--teams goes with new: kam course new --teams %s", "--teams 只能与 new 一起使用：kam course new --teams %s"), teamsFlag)
		}
		return openCourse(c, dir, getenv, msgLang, stderr)
	case positional[0] == "new" && len(positional) == 1:
		teams, err := strconv.Atoi(strings.TrimSpace(teamsFlag))
		if err != nil || teams < 1 || teams > model.MaxTeams {
			return bad(model.T("--teams %q is not a number of teams: use 1 to %d", "--teams %q 不是小组数：请用 1 到 %d"), teamsFlag, model.MaxTeams)
		}
		lang := c.lang
		if lang == "" {
			lang = msgLang
		}
		// The course's first day, and the case study's "today": the day
		// of class, which may be a few days off.
		now := time.Now()
		if startFlag != "" {
			day, err := model.ParseDate(startFlag, time.Local)
			if err != nil {
				return bad(model.T("--start: %s", "--start：%s"), model.Localize(err, msgLang))
			}
			now = day.Add(now.Sub(model.Day(now)))
		}
		if err := store.CreateCourse(dir, teams, lang, now); err != nil {
			fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
			return 1
		}
		open := "kam course"
		if d, _ := defaultCourseDir(getenv); d != dir {
			open += " --dir " + dir
		}
		fmt.Fprintf(stdout, "%s\n", model.T(
			fmt.Sprintf("Made a course for %d teams in %s: a copy of the case study for each team and the course file. Open it with: %s", teams, dir, open),
			fmt.Sprintf("已在 %s 建立 %d 个小组的课程：每组一份案例研究，另加课程文件。打开方式：%s", dir, teams, open)).In(msgLang))
		return 0
	case positional[0] == "new":
		return bad(model.T("unexpected argument %q", "多余的参数 %q"), positional[1])
	default:
		return bad(model.T("unknown course command %q: use kam course new, or kam course to open one", "未知的课程命令 %q：请用 kam course new，或用 kam course 打开课程"), positional[0])
	}
}

// openCourse runs the program in course mode on the folder.
func openCourse(c config, dir string, getenv func(string) string, msgLang model.Lang, stderr io.Writer) int {
	if !interactive() {
		fmt.Fprintf(stderr, "kam: %s\n", model.T(
			"the course needs a terminal, and kam's input or output is not one here; kam course new works without one",
			"课程需要在终端中运行，而 kam 此处的输入或输出不是终端；kam course new 无需终端即可使用").In(msgLang))
		return 1
	}
	f, err := store.OpenCourse(dir, store.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
		return 1
	}
	defer f.Close()
	course := data.NewCourse(f, true)
	if err := runCourseProgram(course, courseLang(c, f, course, getenv), dir, nil, nil, nil); err != nil {
		fmt.Fprintf(stderr, "kam: %v\n", err)
		return 1
	}
	return 0
}

// courseLang is the language a course opens in: the flag's, else the one
// the team shown was last used in, else the environment's.
func courseLang(c config, f *store.CourseFolder, course *data.Course, getenv func(string) string) model.Lang {
	saved := model.Lang("")
	if st, err := f.Team(course.ShownTeam().Number).Settings(); err == nil {
		saved = st.Lang
	}
	return chooseLang(c.lang, saved, getenv)
}

// courseProgramOptions are the program's terminal: this process's own, but
// in tests, which also hear of the program once built (courseProgramBuilt).
var (
	courseProgramOptions = func() []tea.ProgramOption { return nil }
	courseProgramBuilt   = func(*tea.Program) {}
)

// runCourseProgram runs the course-mode program on course until it quits.
// A signal on stop quits it as ctrl+c does, once its saves have landed;
// attach, when set, hears of the program before it runs; others, when
// set, counts who quitting ends the course for.
func runCourseProgram(course *data.Course, lang model.Lang, dir string, stop <-chan os.Signal, attach func(*tea.Program), others func() int) error {
	lipgloss.HasDarkBackground() // ask the terminal now: once the program runs, the answer would land in its input
	opts := ui.Options{Course: course, Lang: lang, CrashDir: dir, Bell: ringBell, OthersConnected: others}
	popts := append([]tea.ProgramOption{tea.WithAltScreen()}, courseProgramOptions()...)
	if stop != nil {
		popts = append(popts, tea.WithoutSignalHandler())
	}
	p := tea.NewProgram(ui.New(opts), popts...)
	courseProgramBuilt(p)
	if attach != nil {
		attach(p)
	}
	done := make(chan struct{})
	defer close(done)
	if stop != nil {
		go func() {
			select {
			case <-stop:
				p.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
			case <-done:
			}
		}()
	}
	_, err := p.Run()
	return err
}

// ringBell rings the terminal's bell: the exercise timer's end, heard at
// the back of the room.
func ringBell() { os.Stdout.Write([]byte("\a")) }
