package exchange

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// exportNow is the clock of exports: what is stale or overdue, and the
// day in a file's default name. Tests stop it.
var exportNow = time.Now

// exportRequest is what the command line asked of kam export.
type exportRequest struct {
	format  string
	account string
	kind    string
	lang    model.Lang
	out     string // "" for the default name, "-" for standard output
}

// exportUsage is the help of kam export.
var exportUsage = model.T(`Usage: kam export [--format xlsx|csv|md|json] [--account NAME] [--kind KIND] [--lang en|zh] [-o FILE]

  --format   xlsx: a workbook, a sheet per worksheet (the default, or told by -o's extension)
             md: the one-page account plan of --account, or of every account
             csv: one kind of records (--kind), the columns kam import reads
             json: the whole workspace
  --account  one account, by its name or a word of it (any case): megamart, 美佳大卖场
  --kind     with csv: accounts, contacts, terms, actions, products, listings,
             or changes (the range's changes; not read back by import)
  --lang     the language of the file; else the workspace's
  -o FILE    where to write; - for standard output (md, csv, json); else a file named
             after the workspace or the account and the day, in this folder
`, `用法：kam export [--format xlsx|csv|md|json] [--account 名称] [--kind 类别] [--lang en|zh] [-o 文件]

  --format   xlsx：工作簿，每个工作表一页（默认，或按 -o 的扩展名）
             md：--account 所指客户的一页客户计划，或每个客户的计划
             csv：一类记录（--kind），列与 kam import 读取的相同
             json：整个工作区
  --account  某一个客户，按名称或其中一个词（不区分大小写）：megamart、美佳大卖场
  --kind     与 csv 一起：accounts、contacts、terms、actions、products、listings，
             或 changes（品项变动；导入时不读取）
  --lang     文件的语言；否则用工作区的语言
  -o 文件    写到哪里；- 表示标准输出（md、csv、json）；否则在当前文件夹中
             以工作区或客户名称加日期命名
`)

// RunExport is `kam export`: it opens the workspace at dbPath read-only
// and writes it as a workbook, an account plan, CSV or JSON. args are the
// command's own arguments (after "export"). lang is the language --lang
// or KAM_LANG chose, "" for none: the file is then in the workspace's
// language. Exit status 0 once written, 1 when the workspace or the file
// fails, 2 for a command line it cannot follow.
func RunExport(dbPath string, args []string, lang model.Lang, stdout, stderr io.Writer) int {
	msgLang := lang
	if msgLang == "" {
		msgLang = model.English
	}
	req, err := parseExportArgs(args)
	if req.lang != "" {
		msgLang = req.lang
	}
	if err != nil {
		fmt.Fprintf(stderr, "kam export: %s\n\n%s", model.Localize(err, msgLang), exportUsage.In(msgLang))
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, msgLang))
		return 1
	}
	s, err := openReadOnly(dbPath)
	if err != nil {
		return fail(err)
	}
	if s.Schema() != store.SchemaVersion {
		s.Close()
		return fail(&model.Invalid{Msg: model.T(
			fmt.Sprintf("%s was written by an older kam: open it with kam once (it is upgraded, keeping a copy), then export it", dbPath),
			fmt.Sprintf("%s 由旧版 kam 写入：请先用 kam 打开一次（会先保留副本再升级），再导出", dbPath))})
	}
	ws, err := s.Load(store.Everything)
	s.Close()
	if err != nil {
		return fail(err)
	}
	if req.lang == "" {
		req.lang = lang
	}
	if req.lang == "" {
		req.lang = ws.Settings.Lang
	}
	if req.lang == "" {
		req.lang = model.English
	}
	msgLang = req.lang
	now := exportNow()

	var account model.Account
	if req.account != "" {
		if account, err = findAccount(ws.Accounts, req.account); err != nil {
			return fail(err)
		}
	}

	var buf bytes.Buffer
	switch req.format {
	case "xlsx":
		if req.account != "" {
			ws = onlyAccount(ws, account.ID)
		}
		err = WriteXLSX(&buf, ws, req.lang, now)
	case "md":
		if req.account != "" {
			buf.WriteString(AccountPlan(ws, account.ID, req.lang, now))
		} else {
			buf.WriteString(AccountPlans(ws, req.lang, now))
		}
	case "csv":
		if req.account != "" {
			ws = onlyAccount(ws, account.ID)
		}
		err = ExportCSV(&buf, ws, req.kind, req.lang, now)
	case "json":
		err = ExportJSON(&buf, ws)
	}
	if err != nil {
		return fail(err)
	}

	if req.out == "-" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			return fail(err)
		}
		return 0
	}
	path := req.out
	if path == "" {
		path = defaultExportName(dbPath, req, account, now)
	}
	if err := writeFileWhole(path, buf.Bytes()); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, model.T("Wrote %s.\n", "已写入 %s。\n").In(msgLang), path)
	return 0
}

func parseExportArgs(args []string) (exportRequest, error) {
	var req exportRequest
	var langFlag string
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&req.format, "format", "", "")
	fs.StringVar(&req.account, "account", "", "")
	fs.StringVar(&req.kind, "kind", "", "")
	fs.StringVar(&langFlag, "lang", "", "")
	fs.StringVar(&req.out, "o", "", "")
	bad := func(en, zh string, args ...any) (exportRequest, error) {
		return req, &model.Invalid{Msg: model.T(fmt.Sprintf(en, args...), fmt.Sprintf(zh, args...))}
	}
	if err := fs.Parse(args); err != nil {
		if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok {
			return bad("unknown flag --%s", "未知选项 --%s", name)
		}
		if name, ok := strings.CutPrefix(err.Error(), "flag needs an argument: -"); ok {
			return bad("--%s needs a value", "--%s 需要一个值", name)
		}
		return bad("%s", "%s", err)
	}
	if fs.NArg() > 0 {
		return bad("unexpected argument %q", "多余的参数 %q", fs.Arg(0))
	}
	switch langFlag {
	case "":
	case "en", "zh":
		req.lang = model.Lang(langFlag)
	default:
		return bad("--lang %q is not a language kam speaks: use en or zh", "--lang %q 不是 kam 支持的语言：请用 en 或 zh", langFlag)
	}
	if req.format == "" {
		req.format = "xlsx"
		if ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(req.out)), "."); ext == "markdown" {
			req.format = "md"
		} else if ext != "" && strings.Contains(" xlsx csv md json ", " "+ext+" ") {
			req.format = ext
		}
	}
	req.format = strings.ToLower(req.format)
	switch req.format {
	case "xlsx", "csv", "md", "json":
	default:
		return bad("--format %q: use xlsx, csv, md or json", "--format %q：请用 xlsx、csv、md 或 json", req.format)
	}
	if req.kind != "" && req.format != "csv" {
		return bad("--kind goes with --format csv", "--kind 只能与 --format csv 一起使用")
	}
	_, ok := ParseKind(req.kind)
	ok = ok || slices.ContainsFunc(changesKind, func(n string) bool { return fold(n) == fold(req.kind) })
	if req.format == "csv" && !ok {
		return bad("--format csv needs --kind: accounts, contacts, terms, actions, products, listings or changes", "--format csv 需要 --kind：accounts、contacts、terms、actions、products、listings 或 changes")
	}
	if req.account != "" && req.format == "json" {
		return bad("--account does not go with json: the JSON file is the whole workspace", "--account 不能与 json 一起使用：JSON 文件是整个工作区")
	}
	if req.out == "-" && req.format == "xlsx" {
		return bad("a workbook is not written to standard output: name a file with -o", "工作簿不能写到标准输出：请用 -o 指定文件")
	}
	return req, nil
}

// onlyAccount is the workspace cut down to one account and its records;
// our people and the workspace's lists stay.
func onlyAccount(ws model.Workspace, id string) model.Workspace {
	keep := func(owner string) bool { return owner == id }
	out := ws
	out.Accounts = filterOwned(ws.Accounts, keep)
	out.Evaluations = filterOwned(ws.Evaluations, keep)
	out.Knowledge = filterOwned(ws.Knowledge, keep)
	out.Contacts = filterOwned(ws.Contacts, keep)
	out.Moments = filterOwned(ws.Moments, keep)
	out.Terms = filterOwned(ws.Terms, keep)
	out.Negotiations = filterOwned(ws.Negotiations, keep)
	out.Meetings = filterOwned(ws.Meetings, keep)
	out.Operations = filterOwned(ws.Operations, keep)
	out.Clusters = filterOwned(ws.Clusters, keep)
	out.Listings = filterOwned(ws.Listings, keep)
	out.Mutations = filterOwned(ws.Mutations, keep)
	out.Objectives = filterOwned(ws.Objectives, keep)
	out.Plans = filterOwned(ws.Plans, keep)
	out.Promotions = filterOwned(ws.Promotions, keep)
	return out
}

func filterOwned[T model.Record](list []T, keep func(owner string) bool) []T {
	var out []T
	for _, r := range list {
		if keep(r.Owner()) {
			out = append(out, r)
		}
	}
	return out
}

// defaultExportName is a file in the current folder named after the
// account or the workspace and the day, never one that is there already:
// "MegaMart-plan-2026-03-05.md", "kam-2026-03-05.xlsx", "kam-2026-03-05 (2).xlsx".
func defaultExportName(dbPath string, req exportRequest, account model.Account, now time.Time) string {
	base := strings.TrimSuffix(filepath.Base(dbPath), filepath.Ext(dbPath))
	if req.account != "" {
		base = safeFileName(account.Name)
	}
	what := ""
	switch {
	case req.format == "md" && req.account != "":
		what = "-" + model.T("plan", "客户计划").In(req.lang)
	case req.format == "md":
		what = "-" + model.T("plans", "客户计划").In(req.lang)
	case req.format == "csv":
		what = "-" + req.kind
	}
	stem := base + what + "-" + now.Format(model.DateLayout)
	name := stem + "." + req.format
	for n := 2; exportFileExists(name); n++ {
		name = fmt.Sprintf("%s (%d).%s", stem, n, req.format)
	}
	return name
}

func exportFileExists(name string) bool {
	_, err := os.Lstat(name)
	return !errors.Is(err, os.ErrNotExist)
}

// safeFileName keeps a name usable as a file name on every system.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < ' ' || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
	s = strings.Trim(s, ". ")
	if s == "" {
		return "account"
	}
	return s
}

// writeFileWhole writes data to path through a temporary file renamed into
// place: a full disk leaves the old file, never half a new one.
func writeFileWhole(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
