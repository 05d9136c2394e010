package exchange

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/rivo/uniseg"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// kindNames name the store's buckets as a rep knows the records.
var kindNames = map[string]model.Text{
	"criteria":     model.T("matrix criteria", "矩阵标准"),
	"checklist":    model.T("checklist items", "采购清单事项"),
	"accounts":     model.T("accounts", "客户"),
	"evaluations":  model.T("evaluations", "评估"),
	"people":       model.T("our people", "我方人员"),
	"contacts":     model.T("contacts", "联系人"),
	"knowledge":    model.T("checklist answers", "采购清单答案"),
	"moments":      model.T("contact moments", "联系记录"),
	"terms":        model.T("years of terms", "年度条款"),
	"negotiations": model.T("negotiations", "谈判"),
	"meetings":     model.T("business reviews", "业务回顾"),
}

func kindName(bucket string, l model.Lang) string {
	if n, ok := kindNames[bucket]; ok {
		return n.In(l)
	}
	return bucket
}

// RunCheck is `kam check`: it opens the workspace at dbPath read-only,
// runs bbolt's check of the file and kam's check of every record, and
// prints the records of each kind and every problem found. Exit status 0
// when the file is sound, 1 when it is damaged or cannot be opened. It
// writes nothing, and may run beside a kam that only reads.
func RunCheck(dbPath string, stdout, stderr io.Writer, lang model.Lang) int {
	say := func(w io.Writer, en, zh string, args ...any) {
		fmt.Fprintf(w, model.T(en, zh).In(lang), args...)
	}
	s, err := openReadOnly(dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "kam: %s\n", model.Localize(err, lang))
		return 1
	}
	v := s.Verify()
	s.Close()

	size := ""
	if info, err := os.Stat(dbPath); err == nil {
		size = formatSize(info.Size())
	}
	say(stdout, "%s — workspace schema %d, %s\n\n", "%s — 工作区结构版本 %d，%s\n\n", dbPath, v.Schema, size)
	width := 0
	for _, c := range v.Counts {
		width = max(width, uniseg.StringWidth(kindName(c.Bucket, lang)))
	}
	total := 0
	for _, c := range v.Counts {
		name := kindName(c.Bucket, lang)
		fmt.Fprintf(stdout, "  %s%*s  %9s\n", name, width-uniseg.StringWidth(name), "", model.FormatNumber(float64(c.Records)))
		total += c.Records
	}
	fmt.Fprintln(stdout)
	if !v.RecordsChecked {
		say(stdout, "Written by an older kam: kam upgrades it the next time it opens it (keeping a copy), and checks its records then.\n",
			"此文件由旧版 kam 写入：kam 下次打开它时会先保留副本再升级，届时再检查其中的记录。\n")
	}
	if len(v.Problems) == 0 {
		if v.RecordsChecked {
			say(stdout, "No problems: the file's structure is sound and all %s records read and pass their checks.\n",
				"没有发现问题：文件结构完好，全部 %s 条记录均可读取并通过检查。\n", model.FormatNumber(float64(total)))
		} else {
			say(stdout, "No problems in the file's structure.\n", "文件结构没有发现问题。\n")
		}
		return 0
	}
	if len(v.Problems) == 1 {
		say(stdout, "1 problem:\n", "发现 1 个问题：\n")
	} else {
		say(stdout, "%d problems:\n", "发现 %d 个问题：\n", len(v.Problems))
	}
	for _, p := range v.Problems {
		fmt.Fprintf(stdout, "  - %s\n", model.Localize(p, lang))
	}
	for _, k := range v.Stopped {
		say(stdout, "  (the check of %s stopped after %d problems)\n", "  （%s 的检查在发现 %d 个问题后停止）\n", kindName(k, lang), store.MaxProblemsPerKind)
	}
	say(stdout, "\nkam refuses to open a damaged workspace. Bring back a copy: `kam backups` lists them, `kam restore FILE` restores one.\n",
		"\nkam 不会打开已损坏的工作区。请恢复一份副本：`kam backups` 列出副本，`kam restore 文件` 恢复其中一份。\n")
	return 1
}

// openReadOnly opens the workspace without writing to it, saying so when
// there is none.
func openReadOnly(dbPath string) (*store.Store, error) {
	if _, err := os.Lstat(dbPath); errors.Is(err, fs.ErrNotExist) {
		return nil, &model.Invalid{Msg: model.T(
			fmt.Sprintf("there is no workspace at %s: name one with --db", dbPath),
			fmt.Sprintf("%s 处没有工作区：请用 --db 指定", dbPath))}
	}
	return store.Open(dbPath, store.Options{ReadOnly: true})
}

// formatSize writes a file's size in KB or MB.
func formatSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}
