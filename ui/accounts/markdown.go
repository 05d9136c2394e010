package accounts

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/ui/common"
)

// The account plan is CommonMark as kam export writes it: a title,
// headings, paragraphs, lists, rules and pipe tables, with bold and
// backslash escapes inline. renderMarkdown turns it into terminal lines
// at a width: wrapped, never cut; a table too wide for the terminal has
// its columns wrapped, or, when even that does not fit, each row written
// out as its own short block.

// mdTableGap is the space between a table's columns.
const mdTableGap = 2

// mdMinColumn is the narrowest a wrapped table column gets.
const mdMinColumn = 8

// renderMarkdown returns the document's title (its "# " line) and its
// other lines, drawn for a terminal width.
func renderMarkdown(md string, width int, st common.Styles) (title string, lines []string) {
	width = max(width, 20)
	src := strings.Split(strings.TrimRight(md, "\n"), "\n")
	blank := func() {
		if len(lines) > 0 && lines[len(lines)-1] != "" {
			lines = append(lines, "")
		}
	}
	for i := 0; i < len(src); i++ {
		line := src[i]
		switch {
		case strings.HasPrefix(line, "# ") && title == "":
			title, _ = mdInline(line[2:])
		case strings.HasPrefix(line, "#"):
			text, _ := mdInline(strings.TrimLeft(line, "# "))
			blank()
			for _, s := range common.Wrap(text, width) {
				lines = append(lines, st.Title.Render(s))
			}
		case strings.TrimSpace(line) == "":
			blank()
		case strings.TrimSpace(line) == "---":
			blank()
			lines = append(lines, st.Faint.Render(strings.Repeat("─", width)))
		case strings.HasPrefix(line, "|"):
			j := i
			for j < len(src) && strings.HasPrefix(src[j], "|") {
				j++
			}
			lines = append(lines, mdTable(src[i:j], width, st)...)
			i = j - 1
		case strings.HasPrefix(line, "- "):
			text, _ := mdInline(line[2:])
			lines = append(lines, wrapHanging("- "+text, width, 2)...)
		default:
			text, _ := mdInline(line)
			lines = append(lines, common.Wrap(text, width)...)
		}
	}
	if len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	return title, lines
}

// mdInline drops the Markdown marks of a piece of text: ** around bold
// words, and the backslash of an escape. bold says the whole text was
// bold (a table's row of totals).
func mdInline(s string) (text string, bold bool) {
	s = strings.TrimSpace(s)
	bold = len(s) > 4 && strings.HasPrefix(s, "**") && strings.HasSuffix(s, "**") && !strings.Contains(s[2:len(s)-2], "**")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			i++
			b.WriteByte(s[i])
		case s[i] == '*' && i+1 < len(s) && s[i+1] == '*':
			i++
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), bold
}

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// wrapHanging wraps text to a width, its lines after the first indented.
func wrapHanging(text string, width, indent int) []string {
	indent = min(indent, width/2)
	first := common.Wrap(text, width)
	if len(first) <= 1 {
		return first
	}
	head := first[0]
	rest := strings.TrimLeft(strings.TrimPrefix(text, head), " ")
	out := []string{head}
	for _, s := range common.Wrap(rest, width-indent) {
		out = append(out, strings.Repeat(" ", indent)+s)
	}
	return out
}

// mdCells splits a table row at its pipes, not at an escaped one.
func mdCells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	var cells []string
	var b strings.Builder
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row):
			b.WriteByte(row[i])
			i++
			b.WriteByte(row[i])
		case row[i] == '|':
			cells = append(cells, b.String())
			b.Reset()
		default:
			b.WriteByte(row[i])
		}
	}
	if strings.TrimSpace(b.String()) != "" {
		cells = append(cells, b.String())
	}
	return cells
}

// cell is one cell of a table, its marks dropped; bold for a total.
type cell struct {
	text string
	bold bool
}

// mdTable draws a pipe table: aligned when it fits, its columns wrapped
// when it does not, each row a block of "header: value" lines when even
// wrapped columns would not fit.
func mdTable(rows []string, width int, st common.Styles) []string {
	if len(rows) < 2 {
		return nil
	}
	header := mdCells(rows[0])
	n := len(header)
	right := make([]bool, n)
	for i, c := range mdCells(rows[1]) {
		if i < n {
			right[i] = strings.HasSuffix(strings.TrimSpace(c), ":")
		}
	}
	read := func(raw []string) []cell {
		out := make([]cell, n)
		for i := range min(n, len(raw)) {
			out[i].text, out[i].bold = mdInline(raw[i])
		}
		return out
	}
	head := read(header)
	var body [][]cell
	for _, r := range rows[2:] {
		body = append(body, read(mdCells(r)))
	}
	natural, longestWord := make([]int, n), make([]int, n)
	for _, r := range append([][]cell{head}, body...) {
		for i, c := range r {
			natural[i] = max(natural[i], lipgloss.Width(c.text))
			for _, w := range strings.Fields(c.text) {
				longestWord[i] = max(longestWord[i], lipgloss.Width(w))
			}
		}
	}
	widths, ok := mdFit(natural, longestWord, width-mdTableGap*(n-1))
	if !ok {
		return mdRecords(head, body, width, st)
	}
	draw := func(r []cell, style func(cell) lipgloss.Style) []string {
		cols := make([][]string, n)
		height := 1
		for i, c := range r {
			cols[i] = common.Wrap(c.text, widths[i])
			height = max(height, len(cols[i]))
		}
		var out []string
		for l := range height {
			var b strings.Builder
			for i := range n {
				s := ""
				if l < len(cols[i]) {
					s = cols[i][l]
				}
				if right[i] {
					s = common.PadLeft(s, widths[i])
				} else if i < n-1 {
					s = common.PadRight(s, widths[i])
				}
				if i > 0 {
					b.WriteString(strings.Repeat(" ", mdTableGap))
				}
				b.WriteString(style(r[i]).Render(s))
			}
			out = append(out, strings.TrimRight(b.String(), " "))
		}
		return out
	}
	lines := draw(head, func(cell) lipgloss.Style { return st.TableHeader })
	var rule []string
	for _, w := range widths {
		rule = append(rule, strings.Repeat("-", w))
	}
	lines = append(lines, st.Faint.Render(strings.Join(rule, strings.Repeat(" ", mdTableGap))))
	wrapped := false
	for i := range natural {
		wrapped = wrapped || widths[i] < natural[i]
	}
	for i, r := range body {
		if wrapped && i > 0 { // rows of several lines need a gap to be told apart
			lines = append(lines, "")
		}
		lines = append(lines, draw(r, func(c cell) lipgloss.Style {
			if c.bold {
				return st.Label
			}
			return st.NewStyle()
		})...)
	}
	return lines
}

// mdFit gives each column its natural width when the table fits in room;
// otherwise it shares room out, the narrow columns kept whole and the wide
// ones wrapped: at their longest word where there is room for that, so no
// word is broken, else at mdMinColumn. ok is false when even that does not
// fit.
func mdFit(natural, longestWord []int, room int) (widths []int, ok bool) {
	for _, floor := range []func(i int) int{
		func(i int) int { return min(natural[i], max(mdMinColumn, longestWord[i])) },
		func(i int) int { return min(natural[i], mdMinColumn) },
	} {
		total := 0
		widths = make([]int, len(natural))
		for i := range natural {
			widths[i] = floor(i)
			total += widths[i]
		}
		if total > room {
			continue
		}
		// Hand the rest out a cell at a time to the columns still short
		// of their width, so the narrow ones fill first and the wide share.
		for free := room - total; free > 0; {
			gave := false
			for i := range widths {
				if free > 0 && widths[i] < natural[i] {
					widths[i]++
					free--
					gave = true
				}
			}
			if !gave {
				break
			}
		}
		return widths, true
	}
	return nil, false
}

// mdRecords writes each row of a table too wide for the terminal as a
// block: its first cell as a heading, then "header: value" per cell.
func mdRecords(head []cell, body [][]cell, width int, st common.Styles) []string {
	var lines []string
	for i, r := range body {
		if i > 0 {
			lines = append(lines, "")
		}
		for _, s := range common.Wrap(r[0].text, width) {
			lines = append(lines, st.Label.Render(s))
		}
		for j := 1; j < len(r); j++ {
			if r[j].text != "" {
				lines = append(lines, wrapHanging("  "+head[j].text+": "+r[j].text, width, 4)...)
			}
		}
	}
	return lines
}
