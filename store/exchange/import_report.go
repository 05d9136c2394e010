package exchange

import (
	"fmt"
	"io"

	"github.com/kam-workbench/kam/model"
)

// kindWords names a kind's records in a report, singular and plural (in
// Chinese, the noun and its count with its measure word).
var kindWords = map[Kind][2]model.Text{
	Accounts:    {model.T("account", "客户"), model.T("accounts", "%d 个客户")},
	Contacts:    {model.T("contact", "联系人"), model.T("contacts", "%d 位联系人")},
	Terms:       {model.T("year of terms", "年度条款"), model.T("years of terms", "%d 个年度条款")},
	Actions:     {model.T("action", "行动"), model.T("actions", "%d 项行动")},
	meetingKind: {model.T("meeting", "会议"), model.T("meetings", "%d 次会议")},
	Products:    {model.T("product", "产品"), model.T("products", "%d 个产品")},
	Listings:    {model.T("listing", "铺货记录"), model.T("listings", "%d 条铺货记录")},
}

// countOf writes "3 accounts" or "1 account" / "3 个客户".
func countOf(n int, k Kind, l model.Lang) string {
	w := kindWords[k]
	if l == model.Chinese {
		return fmt.Sprintf(w[1].ZH, n)
	}
	if n == 1 {
		return fmt.Sprintf("%d %s", n, w[0].EN)
	}
	return fmt.Sprintf("%d %s", n, w[1].EN)
}

// ListLimit is how many added or updated records a report lists by name
// before it only counts the rest; rejected rows are always all listed.
const ListLimit = 20

// Report writes the preview for a reader: the notes, what is added and
// updated (all of it when full, else the first ListLimit of each), and
// every rejected row with its row number, column and reason.
func (p Preview) Report(w io.Writer, l model.Lang, full bool) {
	for _, n := range p.Notes {
		fmt.Fprintln(w, n.In(l))
	}
	list := func(title model.Text, changes []Change) {
		if len(changes) == 0 {
			return
		}
		format := "%s (%d):\n"
		if l == model.Chinese {
			format = "%s（%d）：\n"
		}
		fmt.Fprintf(w, format, title.In(l), len(changes))
		for i, c := range changes {
			if !full && i == ListLimit {
				fmt.Fprintln(w, "  "+fmt.Sprintf(model.T("… and %d more (--dry-run lists them all)", "……还有 %d 条（--dry-run 可列出全部）").In(l), len(changes)-i))
				break
			}
			fmt.Fprintf(w, "  %s %s\n", kindWords[c.Kind][0].In(l), c.What.In(l))
		}
	}
	list(model.T("Added", "新增"), p.Added)
	list(model.T("Updated", "更新"), p.Updated)
	if p.Unchanged > 0 {
		fmt.Fprintf(w, model.T("Unchanged: %d\n", "未变：%d\n").In(l), p.Unchanged)
	}
	if len(p.Rejected) > 0 {
		// The heading counts rows, as it says; a row may have several
		// problems, each listed on its own line.
		if rows := p.RejectedRows(); rows == len(p.Rejected) {
			fmt.Fprintf(w, model.T("Rejected rows (%d):\n", "有问题的行（%d）：\n").In(l), rows)
		} else if l == model.Chinese {
			fmt.Fprintf(w, "有问题的行（%d 行，%d 处问题）：\n", rows, len(p.Rejected))
		} else {
			fmt.Fprintf(w, "Rejected rows (%d), %d problems:\n", rows, len(p.Rejected))
		}
		for _, r := range p.Rejected {
			fmt.Fprintln(w, "  "+r.Line(l))
		}
	}
}

// RejectedRows counts the rows rejected: a row with several problems
// counts once.
func (p Preview) RejectedRows() int {
	type row struct {
		sheet string
		n     int
	}
	rows := map[row]bool{}
	for _, r := range p.Rejected {
		rows[row{r.Sheet, r.Row}] = true
	}
	return len(rows)
}

// Line is the rejection on one line: sheet, row, column and reason.
func (r Rejection) Line(l model.Lang) string {
	if l == model.Chinese {
		if r.Column.ZH != "" {
			return fmt.Sprintf("%s 第 %d 行，“%s”列：%s", r.Sheet, r.Row, r.Column.ZH, r.Reason.ZH)
		}
		return fmt.Sprintf("%s 第 %d 行：%s", r.Sheet, r.Row, r.Reason.ZH)
	}
	if r.Column.EN != "" {
		return fmt.Sprintf("%s row %d, column %s: %s", r.Sheet, r.Row, r.Column.EN, r.Reason.EN)
	}
	return fmt.Sprintf("%s row %d: %s", r.Sheet, r.Row, r.Reason.EN)
}

// Summary is the preview in one line: what is added, updated, rejected.
func (p Preview) Summary(l model.Lang) string {
	added, updated := map[Kind]int{}, map[Kind]int{}
	for _, c := range p.Added {
		added[c.Kind]++
	}
	for _, c := range p.Updated {
		updated[c.Kind]++
	}
	var parts []string
	for _, k := range []Kind{Accounts, Contacts, Terms, meetingKind, Actions, Products, Listings} {
		if n := added[k]; n > 0 {
			parts = append(parts, fmt.Sprintf(model.T("%s added", "新增 %s").In(l), countOf(n, k, l)))
		}
		if n := updated[k]; n > 0 {
			parts = append(parts, fmt.Sprintf(model.T("%s updated", "更新 %s").In(l), countOf(n, k, l)))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, model.T("nothing to change", "没有需要更改的内容").In(l))
	}
	if n := p.RejectedRows(); n == 1 {
		parts = append(parts, model.T("1 row rejected", "1 行有问题").In(l))
	} else if n > 1 {
		parts = append(parts, fmt.Sprintf(model.T("%d rows rejected", "%d 行有问题").In(l), n))
	}
	sep := ", "
	if l == model.Chinese {
		sep = "，"
	}
	out := ""
	for i, s := range parts {
		if i > 0 {
			out += sep
		}
		out += s
	}
	return out
}
