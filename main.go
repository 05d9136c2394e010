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
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui"
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
	command string // "", "demo", "version", "help"
	db      string
	lang    model.Lang // "" when neither --lang nor KAM_LANG chose one
	reset   bool
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

// parseArgs reads the command line; flags may stand before or after the
// command.
func parseArgs(args []string, getenv func(string) string) (config, error) {
	var c config
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
			if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok {
				return c, badUsage(model.T("unknown flag --%s", "未知选项 --%s"), name)
			}
			if name, ok := strings.CutPrefix(err.Error(), "flag needs an argument: -"); ok {
				return c, badUsage(model.T("--%s needs a value", "--%s 需要一个值"), name)
			}
			return c, badUsage(model.T("%s", "%s"), err)
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
	switch len(positional) {
	case 0:
	case 1:
		c.command = positional[0]
	default:
		return c, badUsage(model.T("unexpected argument %q", "多余的参数 %q"), positional[1])
	}
	switch c.command {
	case "", "demo", "version", "help":
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
  kam version             print the version
  kam help                print this help

Flags:
  --db PATH      the workspace file (or KAM_DB); default in your data directory
  --lang en|zh   the language (or KAM_LANG); else the locale, else English
  --reset        with demo: rebuild the case study from scratch
`, `kam — 关键客户工作台

用法：
  kam [选项]              打开你的工作区（首次运行时创建）
  kam demo [--reset]      打开案例研究工作区；--reset 重建它
  kam version             显示版本
  kam help                显示此帮助

选项：
  --db 路径      工作区文件（或 KAM_DB）；默认在你的数据目录中
  --lang en|zh   界面语言（或 KAM_LANG）；否则按系统区域设置，再否则英文
  --reset        与 demo 一起：从头重建案例研究
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

	if !interactive() {
		fmt.Fprintf(stderr, "kam: %s\n", model.T(
			"kam needs a terminal, and its input or output is not one here (a pipe, a file or /dev/null); nothing was created or changed",
			"kam 需要在终端中运行，而此处的输入或输出不是终端（管道、文件或 /dev/null）；没有创建或改动任何东西").In(msgLang))
		return 1
	}
	s, lang, err := openWorkspace(c, getenv, msgLang, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
		return 1
	}
	defer s.Close()

	lipgloss.HasDarkBackground() // ask the terminal now: once the program runs, the answer would land in its input
	p := tea.NewProgram(ui.New(ui.Options{Store: s, Lang: lang, CrashDir: filepath.Dir(s.Path())}), tea.WithAltScreen())
	if _, err := p.Run(); err != nil {
		fmt.Fprintf(stderr, "kam: %v\n", err)
		return 1
	}
	return 0
}

// openWorkspace opens the file the command names, builds the case study
// where the demo asks for it, and picks the language. Everything that can
// fail happens here, before the screen starts.
func openWorkspace(c config, getenv func(string) string, msgLang model.Lang, stderr io.Writer) (*store.Store, model.Lang, error) {
	path, err := workspacePath(c, getenv)
	if err != nil {
		return nil, "", err
	}
	s, err := store.Open(path, store.Options{})
	if err != nil {
		return nil, "", err
	}
	if b := s.Backup(); b != "" {
		fmt.Fprintf(stderr, "kam: %s\n", model.T(
			fmt.Sprintf("the workspace was upgraded; the old file is kept at %s", b),
			fmt.Sprintf("工作区已升级；旧文件保存在 %s", b)).In(msgLang))
	}
	if c.command == "demo" && (s.Created() || c.reset) {
		if err := s.Reset(model.CaseStudy(time.Now(), msgLang)); err != nil {
			s.Close()
			return nil, "", err
		}
	}
	settings, err := s.Settings()
	if err != nil {
		s.Close()
		return nil, "", err
	}
	return s, chooseLang(c.lang, settings.Lang, getenv), nil
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
