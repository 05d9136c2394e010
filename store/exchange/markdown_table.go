package exchange

import (
	"strings"

	"github.com/rivo/uniseg"
)

// mdTable is a pipe table whose columns are padded to line up in a plain
// text editor too (a Chinese character takes two cells): a manager may read
// the file raw, or rendered wherever Markdown is.
type mdTable struct {
	header []string
	right  []bool // columns aligned right (figures)
	rows   [][]string
}

func newMDTable(header ...string) *mdTable {
	return &mdTable{header: header, right: make([]bool, len(header))}
}

// alignRight aligns the given columns to the right.
func (t *mdTable) alignRight(cols ...int) *mdTable {
	for _, c := range cols {
		t.right[c] = true
	}
	return t
}

func (t *mdTable) add(cells ...string) {
	row := make([]string, len(t.header))
	for i := range row {
		if i < len(cells) {
			row[i] = mdCell(cells[i])
		}
	}
	t.rows = append(t.rows, row)
}

// addRaw adds a row whose cells carry Markdown of their own (bold
// totals): only made one line, with pipes escaped.
func (t *mdTable) addRaw(cells ...string) {
	row := make([]string, len(t.header))
	for i := range row {
		if i < len(cells) {
			row[i] = strings.ReplaceAll(strings.Join(strings.Fields(cells[i]), " "), "|", `\|`)
		}
	}
	t.rows = append(t.rows, row)
}

// String writes the table, each line ending in a newline.
func (t *mdTable) String() string {
	widths := make([]int, len(t.header))
	for i, h := range t.header {
		widths[i] = max(uniseg.StringWidth(mdCell(h)), 3)
	}
	for _, r := range t.rows {
		for i, c := range r {
			widths[i] = max(widths[i], uniseg.StringWidth(c))
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for i, c := range cells {
			pad := strings.Repeat(" ", widths[i]-uniseg.StringWidth(c))
			if t.right[i] {
				b.WriteString(" " + pad + c + " |")
			} else {
				b.WriteString(" " + c + pad + " |")
			}
		}
		b.WriteString("\n")
	}
	head := make([]string, len(t.header))
	for i, h := range t.header {
		head[i] = mdCell(h)
	}
	line(head)
	b.WriteString("|")
	for i, w := range widths {
		if t.right[i] {
			b.WriteString(" " + strings.Repeat("-", w-1) + ": |")
		} else {
			b.WriteString(" " + strings.Repeat("-", w) + " |")
		}
	}
	b.WriteString("\n")
	for _, r := range t.rows {
		line(r)
	}
	return b.String()
}

// cell is text made safe for one table cell: on one line, its pipes
// escaped, and its other Markdown marks escaped as in running text.
func mdCell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(mdEscape(s), "|", `\|`)
}

// mdEscaper escapes the characters that would turn a rep's words into
// emphasis, links, code or HTML. A backslash before ASCII punctuation is
// CommonMark's own escape, shown as the character alone.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`,
)

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// escapeLine is escape for a line that stands as a paragraph or list item:
// a leading mark that would start a list, a heading or a quote is escaped
// as well.
func mdEscapeLine(s string) string {
	s = mdEscape(strings.TrimSpace(s))
	if s != "" && strings.ContainsRune("-+=#>", rune(s[0])) {
		s = `\` + s
	}
	// "1." or "1)" at the start would begin a numbered list.
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		s = s[:i] + `\` + s[i:]
	}
	return s
}
