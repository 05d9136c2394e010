package exchange

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// importArgs is what `kam import` was asked.
type importArgs struct {
	file   string
	kind   string
	dryRun bool
	merge  bool
	prefer string
}

// ImportUsage is the line `kam help` shows for the command.
var ImportUsage = model.T(
	"kam import [--kind accounts|contacts|terms|actions|products|listings] [--dry-run] FILE.csv|FILE.xlsx\n       kam import [--merge [--prefer ours|theirs]] [--dry-run] FILE.json",
	"kam import [--kind accounts|contacts|terms|actions|products|listings] [--dry-run] 文件.csv|文件.xlsx\n       kam import [--merge [--prefer ours|theirs]] [--dry-run] 文件.json")

func parseImportArgs(args []string) (importArgs, error) {
	var a importArgs
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&a.kind, "kind", "", "")
	fs.BoolVar(&a.dryRun, "dry-run", false, "")
	fs.BoolVar(&a.merge, "merge", false, "")
	fs.StringVar(&a.prefer, "prefer", "", "")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok {
				return a, problem("unknown flag --%s", "未知选项 --%s", name)
			}
			if name, ok := strings.CutPrefix(err.Error(), "flag needs an argument: -"); ok {
				return a, problem("--%s needs a value", "--%s 需要一个值", name)
			}
			return a, problem("%v", "%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		files = append(files, args[0])
		args = args[1:]
	}
	switch len(files) {
	case 0:
		return a, problem("say which file to import", "请指明要导入的文件")
	case 1:
		a.file = files[0]
	default:
		return a, problem("one file at a time: %s", "一次只能导入一个文件：%s", strings.Join(files, ", "))
	}
	if a.prefer != "" && a.prefer != "ours" && a.prefer != "theirs" {
		return a, problem("--prefer is ours or theirs, not %q", "--prefer 只能是 ours 或 theirs，而不是 %q", a.prefer)
	}
	if a.kind != "" {
		if _, ok := ParseKind(a.kind); !ok {
			return a, problem("--kind is accounts, contacts, terms, actions, products or listings, not %q", "--kind 只能是 accounts、contacts、terms、actions、products 或 listings，而不是 %q", a.kind)
		}
	}
	isJSON := strings.EqualFold(filepath.Ext(a.file), ".json")
	if (a.merge || a.prefer != "") && !isJSON {
		return a, problem("--merge and --prefer bring in a workspace exported as .json", "--merge 和 --prefer 用于导入以 .json 导出的工作区")
	}
	if a.prefer != "" && !a.merge {
		return a, problem("--prefer goes with --merge", "--prefer 需与 --merge 一起使用")
	}
	if isJSON && a.kind != "" {
		return a, problem("a .json file is a whole workspace: --kind is for .csv and .xlsx", ".json 文件是整个工作区：--kind 只用于 .csv 和 .xlsx")
	}
	return a, nil
}

// RunImport is `kam import`: it reads the file, checks every row against
// the workspace at dbPath and, when no row is bad (and not --dry-run),
// writes all of it in one transaction. The report goes to stdout, the
// verdict to stderr when it fails. Exit status: 0 imported (or a clean dry
// run), 1 nothing written (bad rows, conflicts, a file or workspace that
// cannot be read), 2 a command line it cannot follow.
func RunImport(dbPath string, args []string, lang model.Lang, stdout, stderr io.Writer) int {
	return runImport(dbPath, args, lang, stdout, stderr, time.Now)
}

func runImport(dbPath string, args []string, lang model.Lang, stdout, stderr io.Writer, now func() time.Time) int {
	say := func(w io.Writer, t model.Text, args ...any) {
		fmt.Fprintf(w, t.In(lang)+"\n", args...)
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "kam import: "+model.Localize(err, lang))
		return 1
	}
	a, err := parseImportArgs(args)
	if err != nil {
		fmt.Fprintln(stderr, "kam import: "+model.Localize(err, lang))
		fmt.Fprintln(stderr, ImportUsage.In(lang))
		return 2
	}
	if strings.EqualFold(filepath.Ext(a.file), ".json") {
		return runJSONImport(dbPath, a, lang, stdout, stderr, now)
	}
	sheets, err := ReadFile(a.file, a.kind)
	if err != nil {
		return fail(err)
	}
	ws, st, err := openWorkspace(dbPath, a.dryRun)
	if err != nil {
		return fail(err)
	}
	if st != nil {
		defer st.Close()
	}
	for _, s := range sheets {
		if s.Skipped != (model.Text{}) {
			continue
		}
		rows := "rows"
		if len(s.Rows) == 1 {
			rows = "row"
		}
		desc := model.T(fmt.Sprintf("%d %s of %s", len(s.Rows), rows, s.Kind), fmt.Sprintf("%d 行%s", len(s.Rows), Spec(s.Kind).Name.ZH))
		if s.Encoding != "" {
			desc = model.T(desc.EN+", "+s.Encoding, desc.ZH+"，"+s.Encoding)
		}
		say(stdout, model.T("%s: %s", "%s：%s"), s.Label(), desc.In(lang))
	}
	p := Plan(ws, sheets, now())
	p.Report(stdout, lang, a.dryRun)
	if !p.OK() {
		say(stderr, model.T("kam import: nothing was written: %s. Correct the rows above and import the file again.",
			"kam import：未写入任何内容：%s。请修改以上各行后重新导入。"), problemCount(p, lang))
		return 1
	}
	if a.dryRun {
		say(stdout, model.T("Dry run: %s; nothing was written.", "试运行：%s；未写入任何内容。"), p.Summary(lang))
		return 0
	}
	if recs := p.Records(); len(recs) > 0 {
		if _, err := st.Save(recs...); err != nil {
			return fail(fmt.Errorf("%w", savedNothing(err)))
		}
	}
	say(stdout, model.T("Imported: %s.", "已导入：%s。"), p.Summary(lang))
	return 0
}

// problemCount says how many problems on how many rows.
func problemCount(p Preview, l model.Lang) string {
	rows := p.RejectedRows()
	if l == model.Chinese {
		return fmt.Sprintf("%d 行共 %d 处问题", rows, len(p.Rejected))
	}
	pl := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	return pl(len(p.Rejected), "problem", "problems") + " on " + pl(rows, "row", "rows")
}

// savedNothing is a refusal of the store's: the transaction wrote nothing.
func savedNothing(err error) error {
	return &model.Invalid{Msg: model.T("nothing was written: "+model.Localize(err, model.English), "未写入任何内容："+model.Localize(err, model.Chinese))}
}

// openWorkspace opens the workspace and reads it whole. A dry run of a
// workspace that does not exist yet reads an empty one and creates no file.
func openWorkspace(dbPath string, dryRun bool) (model.Workspace, *store.Store, error) {
	if dryRun {
		if _, err := os.Stat(dbPath); errors.Is(err, os.ErrNotExist) {
			return model.Workspace{}, nil, nil
		}
	}
	st, err := store.Open(dbPath, store.Options{})
	if err != nil {
		return model.Workspace{}, nil, err
	}
	ws, err := st.Load(store.Everything)
	if err != nil {
		st.Close()
		return model.Workspace{}, nil, err
	}
	return ws, st, nil
}

// runJSONImport brings in a workspace file: whole into an empty
// workspace, or beside what this one holds with --merge.
func runJSONImport(dbPath string, a importArgs, lang model.Lang, stdout, stderr io.Writer, now func() time.Time) int {
	say := func(w io.Writer, t model.Text, args ...any) { fmt.Fprintf(w, t.In(lang)+"\n", args...) }
	fail := func(err error) int {
		fmt.Fprintln(stderr, "kam import: "+model.Localize(err, lang))
		return 1
	}
	data, err := os.ReadFile(a.file)
	if err != nil {
		return fail(readError(a.file, err))
	}
	theirs, err := ReadJSON(data, filepath.Base(a.file))
	if err != nil {
		return fail(err)
	}
	ours, st, err := openWorkspace(dbPath, a.dryRun)
	if err != nil {
		return fail(err)
	}
	if st != nil {
		defer st.Close()
	}
	counts := recordCounts(theirs, lang)
	if !a.merge {
		if !isEmpty(ours) {
			return fail(problem("%s already holds records: add --merge to bring the file in beside them, or name a new workspace with --db",
				"%s 中已有记录：请加上 --merge 将该文件合并进来，或用 --db 指定一个新的工作区", dbPath))
		}
		if a.dryRun {
			say(stdout, model.T("Dry run: the workspace would be brought in whole (%s); nothing was written.", "试运行：将整体导入该工作区（%s）；未写入任何内容。"), counts)
			return 0
		}
		if err := st.Reset(theirs); err != nil {
			return fail(savedNothing(err))
		}
		say(stdout, model.T("Imported the workspace: %s.", "已导入工作区：%s。"), counts)
		return 0
	}
	m := Merge(ours, theirs, Prefer(a.prefer), now())
	m.Report(stdout, lang)
	if !m.OK() {
		differ := fmt.Sprintf("%d records differ", len(m.Conflicts))
		if len(m.Conflicts) == 1 {
			differ = "1 record differs"
		}
		say(stderr, model.T("kam import: nothing was written: %[1]s between the two workspaces. Say which side wins with --prefer ours or --prefer theirs.",
			"kam import：未写入任何内容：两个工作区有 %[2]d 条记录不同。请用 --prefer ours（保留本方）或 --prefer theirs（采用对方）指明以哪方为准。"), differ, len(m.Conflicts))
		return 1
	}
	if a.dryRun {
		say(stdout, model.T("Dry run: nothing was written.", "试运行：未写入任何内容。"))
		return 0
	}
	if recs := m.Records(); len(recs) > 0 {
		if _, err := st.Save(recs...); err != nil {
			return fail(savedNothing(err))
		}
	}
	say(stdout, model.T("Merged.", "已合并。"))
	return 0
}

// recordCounts says how many accounts, contacts … a workspace holds.
func recordCounts(ws model.Workspace, l model.Lang) string {
	type count struct {
		n     int
		words model.Text
	}
	var parts []string
	for _, c := range []count{
		{len(ws.Accounts), model.T("%d accounts", "%d 个客户")}, {len(ws.Contacts), model.T("%d contacts", "%d 位联系人")},
		{len(ws.Evaluations), model.T("%d evaluations", "%d 条评估")}, {len(ws.Terms), model.T("%d years of terms", "%d 个年度条款")},
		{len(ws.Negotiations), model.T("%d negotiations", "%d 次谈判")}, {len(ws.Meetings), model.T("%d business reviews", "%d 次业务回顾")},
		{len(ws.Products), model.T("%d products", "%d 个产品")}, {len(ws.Clusters), model.T("%d clusters", "%d 个门店群")},
		{len(ws.Listings), model.T("%d listings", "%d 条铺货记录")}, {len(ws.Mutations), model.T("%d assortment changes", "%d 项品项变动")},
		{len(ws.Operations), model.T("%d operations profiles", "%d 份操作概况")},
		{len(ws.Objectives), model.T("%d objectives", "%d 个计划目标")}, {len(ws.Plans), model.T("%d annual plans", "%d 份年度计划")},
		{len(ws.Promotions), model.T("%d promotions", "%d 场促销")},
	} {
		if c.n > 0 {
			parts = append(parts, fmt.Sprintf(c.words.In(l), c.n))
		}
	}
	if len(parts) == 0 {
		return model.T("no records", "没有记录").In(l)
	}
	if l == model.Chinese {
		return strings.Join(parts, "，")
	}
	return strings.Join(parts, ", ")
}
