// Command kam is an offline terminal workbench for key account management:
// the worksheets of the Key Account Management course, kept for good.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/store/exchange"
	"github.com/kam-workbench/kam/ui"
	"github.com/kam-workbench/kam/ui/data"
)

const version = "0.1.0"

func main() {
	if os.Getenv("GOGC") == "" {
		// kam's heap is mostly the workspace, read once and kept: the
		// default lets garbage grow as large again before collecting, which
		// at 50,000 accounts is some hundred MB a rep's laptop never uses.
		debug.SetGCPercent(50)
	}
	os.Exit(run(os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// config is what the command line and the environment asked for.
type config struct {
	command string // "", "demo", "version", "help", or one of fileCommands
	db      string
	lang    model.Lang // "" when neither --lang nor KAM_LANG chose one
	reset   bool
	args    []string // a file command's own arguments, after the command
}

// fileCommands work on the workspace file from the command line, without
// the screen; each reads its own arguments.
var fileCommands = []string{"import", "export", "check", "backups", "restore", "course", "serve"}

// splitFileCommand finds a file command among the arguments: what stands
// before it is kam's, what follows is the command's own, but for --db,
// which names the workspace wherever it stands.
func splitFileCommand(args []string) (global []string, command string, own []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--db" || a == "-db" || a == "--lang" || a == "-lang":
			i++ // its value
		case slices.Contains(fileCommands, a):
			global, command = args[:i:i], a
			for j := i + 1; j < len(args); j++ {
				switch b := args[j]; {
				case (b == "--db" || b == "-db") && j+1 < len(args):
					global = append(global, b, args[j+1])
					j++
				case strings.HasPrefix(b, "--db=") || strings.HasPrefix(b, "-db="):
					global = append(global, b)
				default:
					own = append(own, b)
				}
			}
			return global, command, own
		}
	}
	return args, "", nil
}

// usageError is a command line kam cannot follow: exit status 2.
type usageError struct{ msg model.Text }

func (e *usageError) Error() string { return e.msg.EN }

// Bilingual is the message in both languages.
func (e *usageError) Bilingual() model.Text { return e.msg }

// badUsage fills the same verbs, in the same order, in both wordings.
func badUsage(msg model.Text, args ...any) error {
	return &usageError{model.T(fmt.Sprintf(msg.EN, args...), fmt.Sprintf(msg.ZH, args...))}
}

// usageAnswers are a subcommand's answers to a bad command line: the
// problem, then the subcommand's usage, and exit status 2, in the
// language *l holds when they answer (a --lang later on the line counts).
// fail takes an error, bad a message to format.
func usageAnswers(stderr io.Writer, l *model.Lang, usage func(model.Lang) string) (fail func(error) int, bad func(model.Text, ...any) int) {
	fail = func(err error) int {
		fmt.Fprintf(stderr, "kam: %s\n\n%s", model.Localize(err, *l), usage(*l))
		return 2
	}
	bad = func(msg model.Text, args ...any) int { return fail(badUsage(msg, args...)) }
	return fail, bad
}

// flagError says, in both languages, why flag.Parse refused a command line.
func flagError(err error) error {
	if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok {
		return badUsage(model.T("unknown flag --%s", "未知选项 --%s"), name)
	}
	if name, ok := strings.CutPrefix(err.Error(), "flag needs an argument: -"); ok {
		return badUsage(model.T("--%s needs a value", "--%s 需要一个值"), name)
	}
	return badUsage(model.T("%s", "%s"), err)
}

// parseArgs reads the command line; flags may stand before or after the
// command.
func parseArgs(args []string, getenv func(string) string) (config, error) {
	var c config
	args, c.command, c.args = splitFileCommand(args)
	fileCommand := c.command
	var langFlag string
	var help bool
	fs := flag.NewFlagSet("kam", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.db, "db", "", "")
	fs.StringVar(&langFlag, "lang", "", "")
	fs.BoolVar(&c.reset, "reset", false, "")
	fs.BoolVar(&help, "help", false, "")
	fs.BoolVar(&help, "h", false, "")

	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return c, flagError(err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
	source := "--lang"
	if langFlag == "" {
		langFlag, source = getenv("KAM_LANG"), "KAM_LANG"
	}
	switch langFlag {
	case "":
	case "en", "zh":
		c.lang = model.Lang(langFlag)
	default:
		return c, badUsage(model.T("%s %q is not a language kam speaks: use en or zh", "%s %q 不是 kam 支持的语言：请用 en 或 zh"), source, langFlag)
	}
	if help {
		c.command = "help"
		return c, nil
	}
	switch {
	case fileCommand != "" && len(positional) > 0:
		return c, badUsage(model.T("unexpected argument %q", "多余的参数 %q"), positional[0])
	case fileCommand != "":
	case len(positional) == 0:
	case len(positional) == 1:
		c.command = positional[0]
	default:
		return c, badUsage(model.T("unexpected argument %q", "多余的参数 %q"), positional[1])
	}
	switch {
	case slices.Contains([]string{"", "demo", "version", "help"}, c.command), slices.Contains(fileCommands, c.command):
	default:
		return c, badUsage(model.T("unknown command %q", "未知命令 %q"), c.command)
	}
	if c.reset && c.command != "demo" {
		return c, badUsage(model.T("--reset goes with the demo command: kam demo --reset", "--reset 只能与 demo 命令一起使用：kam demo --reset"))
	}

	if c.db == "" {
		c.db = getenv("KAM_DB")
	}
	return c, nil
}

// localeLang is the language of the user's locale, if kam speaks it.
func localeLang(getenv func(string) string) (model.Lang, bool) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			return model.ParseLang(s)
		}
	}
	return "", false
}

// dataDir is where workspaces live by default: the XDG data directory on
// Linux and the BSDs, the platform's own place elsewhere.
func dataDir(getenv func(string) string) (string, error) {
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "kam"), nil
		}
	case "darwin":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support", "kam"), nil
		}
	default:
		if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
			return filepath.Join(d, "kam"), nil
		}
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, ".local", "share", "kam"), nil
		}
	}
	return "", errors.New("no home directory: set HOME or name a file with --db")
}

// workspacePath is the file the command opens.
func workspacePath(c config, getenv func(string) string) (string, error) {
	if c.db != "" {
		return c.db, nil
	}
	dir, err := dataDir(getenv)
	if err != nil {
		return "", err
	}
	if c.command == "demo" {
		return filepath.Join(dir, "demo.db"), nil
	}
	return filepath.Join(dir, "kam.db"), nil
}

func usage(l model.Lang) string {
	return model.T(`kam — the key account workbench

Usage:
  kam [flags]             open your workspace (created on first run)
  kam demo [--reset]      open the case-study workspace; --reset rebuilds it
  kam import FILE         bring accounts, contacts, terms, actions, products or
                          listings in from .csv or .xlsx, or a whole
                          workspace from .json;
                          all or nothing (--kind, --dry-run, --merge,
                          --prefer ours|theirs; kam import --help)
  kam export              write the workspace out: an Excel workbook, account
                          plans in Markdown, CSV or JSON (--format, --account,
                          --kind, -o; kam export --help)
  kam check               check the workspace file and every record in it
  kam backups             list the daily backups kept beside the workspace
  kam restore FILE        bring a backup back (asks first; keeps the current
                          file as a backup too)
  kam course new          make a course folder for a class: a case-study
                          workspace per team and the course file
                          (--teams N, 8 by default; --dir DIR)
  kam course              run the course: agenda, timer, teaching cards,
                          boards, the teams' workspaces side by side
                          (--dir DIR; kam course --help)
  kam serve               serve the course to the room over SSH: each
                          participant in their team's workspace from their
                          own laptop (--dir DIR; kam serve --help)
  kam version             print the version
  kam help                print this help

Flags:
  --db PATH      the workspace file (or KAM_DB); default in your data directory
  --lang en|zh   the language (or KAM_LANG); else the locale, else English
  --reset        with demo: rebuild the case study from scratch; the old
                 file is kept beside it, its name ending .before-reset
`, `kam — 关键客户工作台

用法：
  kam [选项]              打开你的工作区（首次运行时创建）
  kam demo [--reset]      打开案例研究工作区；--reset 重建它
  kam import 文件         从 .csv 或 .xlsx 导入客户、联系人、条款、行动、
                          产品或品项上架情况，
                          或从 .json 导入整个工作区；要么全部导入，要么
                          全不导入（--kind、--dry-run、--merge、
                          --prefer ours|theirs；kam import --help）
  kam export              导出工作区：Excel 工作簿、Markdown 客户计划、
                          CSV 或 JSON（--format、--account、--kind、-o；
                          kam export --help）
  kam check               检查工作区文件及其中每条记录
  kam backups             列出工作区旁保存的每日备份
  kam restore 文件        恢复一个备份（先询问；当前文件也另存为备份）
  kam course new          为一个班级建立课程文件夹：每组一个案例研究工作区，
                          另加课程文件（--teams N，默认 8；--dir 目录）
  kam course              开始上课：议程、计时器、教学卡片、讨论板、
                          各组工作区对比（--dir 目录；kam course --help）
  kam serve               通过 SSH 向教室提供课程：每位学员在自己的电脑上
                          使用本组的工作区（--dir 目录；kam serve --help）
  kam version             显示版本
  kam help                显示此帮助

选项：
  --db 路径      工作区文件（或 KAM_DB）；默认在你的数据目录中
  --lang en|zh   界面语言（或 KAM_LANG）；否则按系统区域设置，再否则英文
  --reset        与 demo 一起：从头重建案例研究；旧文件保存在旁边，
                 文件名以 .before-reset 结尾
`).In(l)
}

// interactive reports whether kam has a terminal to draw in and read keys
// from: checked before anything is opened or created. Tests stand in for it.
var interactive = func() bool { return term.IsTerminal(os.Stdin.Fd()) && term.IsTerminal(os.Stdout.Fd()) }

// run is kam without the process around it, so it can be tested.
func run(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	msgLang := model.English
	if l, ok := localeLang(getenv); ok {
		msgLang = l
	}
	c, err := parseArgs(args, getenv)
	if c.lang != "" {
		msgLang = c.lang
	}
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n\n%s", model.Localize(err, msgLang), usage(msgLang))
		return 2
	}
	switch c.command {
	case "help":
		fmt.Fprint(stdout, usage(msgLang))
		return 0
	case "version":
		fmt.Fprintf(stdout, "kam %s\n", version)
		return 0
	}
	switch c.command {
	case "course":
		return runCourse(c, getenv, msgLang, stdout, stderr)
	case "serve":
		return runServe(c, getenv, msgLang, stdout, stderr)
	}
	if slices.Contains(fileCommands, c.command) {
		return runFileCommand(c, getenv, msgLang, stdout, stderr)
	}

	if !interactive() {
		if c.command == "demo" && c.reset {
			// A trainer scripts the reset before class: it needs no
			// screen, and says what it did where the script can read it.
			s, _, _, err := openWorkspace(c, getenv, msgLang, stdout)
			if err != nil {
				fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
				return 1
			}
			s.Close()
			return 0
		}
		fmt.Fprintf(stderr, "kam: %s\n", model.T(
			"the screen needs a terminal, and kam's input or output is not one here (a pipe, a file or /dev/null); nothing was created or changed. Without one, kam import, export, check, backups, restore and demo --reset work",
			"界面需要在终端中运行，而 kam 此处的输入或输出不是终端（管道、文件或 /dev/null）；没有创建或改动任何东西。没有终端时，kam import、export、check、backups、restore 和 demo --reset 仍可使用").In(msgLang))
		return 1
	}
	s, lang, notice, err := openWorkspace(c, getenv, msgLang, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
		return 1
	}
	defer s.Close()

	lipgloss.HasDarkBackground() // ask the terminal now: once the program runs, the answer would land in its input
	// What opening did (the case study built) shows at start: the alt
	// screen covers what was written before it until kam quits.
	opts := ui.Options{Store: s, Lang: lang, CrashDir: filepath.Dir(s.Path()), Notice: notice, Bell: ringBell}
	var opened *store.CourseFolder
	if dir, err := defaultCourseDir(getenv); err == nil {
		opts.OpenCourse = func() (*data.Course, error) {
			f, err := store.OpenCourse(dir, store.Options{})
			if err != nil {
				return nil, err
			}
			opened = f
			return data.NewCourse(f, true), nil
		}
	}
	defer func() {
		if opened != nil {
			opened.Close()
		}
	}()
	if _, err := s.DailyBackup(); err != nil {
		opts.Warning = model.T("Today's backup of the workspace could not be kept: "+model.Localize(err, model.English),
			"今天的工作区备份未能保存："+model.Localize(err, model.Chinese))
	}
	p := tea.NewProgram(ui.New(opts), tea.WithAltScreen())
	if _, err := p.Run(); err != nil {
		fmt.Fprintf(stderr, "kam: %v\n", err)
		return 1
	}
	return 0
}

// stdin is where a file command reads a confirmation from.
var stdin io.Reader = os.Stdin

// runFileCommand runs one of the commands that work on the workspace file
// without the screen.
func runFileCommand(c config, getenv func(string) string, msgLang model.Lang, stdout, stderr io.Writer) int {
	path, err := workspacePath(c, getenv)
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
		return 1
	}
	switch c.command {
	case "import":
		return exchange.RunImport(path, c.args, msgLang, stdout, stderr)
	case "export":
		return exchange.RunExport(path, c.args, c.lang, stdout, stderr)
	case "restore":
		if len(c.args) != 1 {
			fmt.Fprintf(stderr, "kam: %s\n\n%s", model.T("restore needs the backup to bring back: kam restore FILE (kam backups lists them)",
				"restore 需要指明要恢复的备份：kam restore 文件（kam backups 会列出备份）").In(msgLang), usage(msgLang))
			return 2
		}
		return exchange.RunRestore(path, c.args[0], stdin, stdout, stderr, msgLang)
	}
	if len(c.args) > 0 {
		fmt.Fprintf(stderr, "kam: %s\n\n%s", model.T(fmt.Sprintf("unexpected argument %q", c.args[0]), fmt.Sprintf("多余的参数 %q", c.args[0])).In(msgLang), usage(msgLang))
		return 2
	}
	if c.command == "check" {
		return exchange.RunCheck(path, stdout, stderr, msgLang)
	}
	// The restore command it suggests names the workspace unless a plain
	// kam restore would find it: run as printed, it restores this one.
	plain, _ := workspacePath(config{command: "restore", db: getenv("KAM_DB")}, getenv)
	return exchange.RunBackups(path, plain, stdout, msgLang)
}

// openWorkspace opens the file the command names, builds the case study
// where the demo asks for it, and picks the language. Everything that can
// fail happens here, before the screen starts. What it did is said on
// said, and notice is its short form for the screen's status line ("" when
// nothing was built).
func openWorkspace(c config, getenv func(string) string, msgLang model.Lang, said io.Writer) (s *store.Store, lang model.Lang, notice model.Text, err error) {
	path, err := workspacePath(c, getenv)
	if err != nil {
		return nil, "", model.Text{}, err
	}
	s, err = store.Open(path, store.Options{})
	if err != nil {
		return nil, "", model.Text{}, err
	}
	if b := s.Backup(); b != "" {
		fmt.Fprintf(said, "kam: %s\n", model.T(
			fmt.Sprintf("the workspace was upgraded; the old file is kept at %s", b),
			fmt.Sprintf("工作区已升级；旧文件保存在 %s", b)).In(msgLang))
	}
	if c.command == "demo" && (s.Created() || c.reset) {
		if notice, err = buildDemo(s, msgLang, said); err != nil {
			s.Close()
			return nil, "", model.Text{}, err
		}
	}
	settings, err := s.Settings()
	if err != nil {
		s.Close()
		return nil, "", model.Text{}, err
	}
	return s, chooseLang(c.lang, settings.Lang, getenv), notice, nil
}

// buildDemo builds the case study in the demo file and says so, in full
// on stderr and in short for the status line. A demo file that already
// held a workspace is first copied beside it (one copy, the latest
// reset's), so what a class did there can still be opened; if the copy
// cannot be made, nothing is rebuilt.
func buildDemo(s *store.Store, lang model.Lang, stderr io.Writer) (notice model.Text, err error) {
	kept := ""
	if !s.Created() {
		if kept, err = keepBeforeReset(s); err != nil {
			return model.Text{}, err
		}
	}
	ws := model.CaseStudy(time.Now(), lang)
	if err := s.Reset(ws); err != nil {
		return model.Text{}, err
	}
	// The status line's notice is one line: what was kept comes before
	// the counts, which are the first to be cut on a narrow screen.
	counts := caseStudyCounts(ws)
	var said model.Text
	if kept == "" {
		said = model.T(
			fmt.Sprintf("the case study is built in %s (%s); kam demo --reset rebuilds it", s.Path(), counts.EN),
			fmt.Sprintf("案例研究已建立在 %s（%s）；kam demo --reset 可重建", s.Path(), counts.ZH))
		notice = model.T("Case study built: "+counts.EN, "案例研究已建立："+counts.ZH)
	} else {
		said = model.T(
			fmt.Sprintf("the case study in %s was rebuilt from scratch: %s. What the demo held before is kept in %s; kam --db %s opens it",
				s.Path(), counts.EN, kept, kept),
			fmt.Sprintf("%s 中的案例研究已从头重建：%s。重建前的内容保存在 %s，可用 kam --db %s 打开",
				s.Path(), counts.ZH, kept, kept))
		notice = model.T(
			fmt.Sprintf("Case study rebuilt (old demo kept in %s): %s", filepath.Base(kept), counts.EN),
			fmt.Sprintf("案例研究已重建（旧演示保存在 %s）：%s", filepath.Base(kept), counts.ZH))
	}
	fmt.Fprintf(stderr, "kam: %s\n", said.In(lang))
	return notice, nil
}

// caseStudyCounts says what the case study holds, as a trainer counts it.
func caseStudyCounts(ws model.Workspace) model.Text {
	counted := func(n int, one, many, zh string) model.Text {
		en := many
		if n == 1 {
			en = one
		}
		return model.T(fmt.Sprintf(en, n), fmt.Sprintf(zh, n))
	}
	parts := []model.Text{
		counted(len(ws.Accounts), "%d key account", "%d key accounts", "%d 个关键客户"),
		counted(len(ws.Contacts), "%d contact", "%d contacts", "%d 位联系人"),
		counted(len(ws.Negotiations), "%d negotiation", "%d negotiations", "%d 次谈判"),
		counted(len(ws.Meetings), "%d business review", "%d business reviews", "%d 次业务回顾"),
	}
	var en, zh []string
	for _, p := range parts {
		en, zh = append(en, p.EN), append(zh, p.ZH)
	}
	return model.T(strings.Join(en, ", "), strings.Join(zh, "、"))
}

// keepBeforeReset copies the demo file to its .before-reset copy beside it,
// replacing the one an earlier reset kept; the copy is read in one
// transaction and lands under its name only once whole.
func keepBeforeReset(s *store.Store) (string, error) {
	kept, err := s.KeepCopy(".before-reset")
	if err != nil {
		return "", &model.Invalid{Msg: model.T(
			fmt.Sprintf("the demo was not rebuilt: kam could not first keep a copy of it in %s (%s). Free some space or move %s away, then run kam demo --reset again", s.Path()+".before-reset", model.Localize(err, model.English), s.Path()),
			fmt.Sprintf("演示工作区没有重建：kam 无法先把它复制到 %s（%s）。请腾出磁盘空间或移走 %s，再运行 kam demo --reset", s.Path()+".before-reset", model.Localize(err, model.Chinese), s.Path()))}
	}
	return kept, nil
}

// chooseLang picks the language: --lang or KAM_LANG, else the one last
// chosen in this workspace, else the locale, else English.
func chooseLang(asked, saved model.Lang, getenv func(string) string) model.Lang {
	if asked != "" {
		return asked
	}
	if saved == model.English || saved == model.Chinese {
		return saved
	}
	if l, ok := localeLang(getenv); ok {
		return l
	}
	return model.English
}
