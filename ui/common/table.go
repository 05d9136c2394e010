package common

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Column is one column of a Table.
type Column struct {
	ID    string
	Title string
	Width int  // cells; for the flexible column, its minimum
	Flex  bool // takes the width left over
	Right bool // numbers align right
	Keep  int  // columns with a lower Keep are dropped first when space runs out
	Max   int  // for the flexible column, the most it grows to (0: no limit)
}

// columnGap is the space between columns.
const columnGap = 2

// markerWidth is the cursor marker's column: "> " on the cursor row.
const markerWidth = 2

// FitColumns chooses which columns fit in width and how wide the flexible
// one is: columns are dropped lowest Keep first, never the flexible one.
func FitColumns(cols []Column, width int) []Column {
	out := append([]Column(nil), cols...)
	for {
		need := markerWidth
		for i, c := range out {
			if i > 0 {
				need += columnGap
			}
			need += c.Width
		}
		if need <= width || len(out) <= 1 {
			for i := range out {
				if out[i].Flex && need < width {
					grown := out[i].Width + width - need
					if out[i].Max > 0 {
						grown = min(grown, max(out[i].Max, out[i].Width))
					}
					out[i].Width = grown
				}
			}
			return out
		}
		drop := -1
		for i, c := range out {
			if !c.Flex && (drop < 0 || c.Keep < out[drop].Keep) {
				drop = i
			}
		}
		if drop < 0 {
			return out
		}
		out = append(out[:drop], out[drop+1:]...)
	}
}

// Table is a cursor over a list that renders only the rows in view.
type Table struct {
	Len    int // rows in the list
	Cursor int
	Offset int // first row in view
	Height int // rows in view, not counting the header
}

// SetLen changes the list length, keeping the cursor inside it.
func (t *Table) SetLen(n int) {
	t.Len = n
	t.clamp()
}

// SetHeight changes how many rows are in view.
func (t *Table) SetHeight(h int) {
	t.Height = max(h, 1)
	t.clamp()
}

// Move moves the cursor by d rows (negative is up).
func (t *Table) Move(d int) {
	t.Cursor += d
	t.clamp()
}

// Page moves the cursor by one screen of rows.
func (t *Table) Page(dir int) { t.Move(dir * max(t.Height-1, 1)) }

// Top and Bottom jump to the ends of the list.
func (t *Table) Top()    { t.Cursor = 0; t.clamp() }
func (t *Table) Bottom() { t.Cursor = t.Len - 1; t.clamp() }

func (t *Table) clamp() {
	t.Cursor = min(max(t.Cursor, 0), max(t.Len-1, 0))
	if t.Cursor < t.Offset {
		t.Offset = t.Cursor
	}
	if t.Height > 0 && t.Cursor >= t.Offset+t.Height {
		t.Offset = t.Cursor - t.Height + 1
	}
	t.Offset = min(max(t.Offset, 0), max(t.Len-t.Height, 0))
}

// View draws the header and the rows in view. cell returns the text of a
// row's column; it is called only for rows in view.
func (t Table) View(cols []Column, width int, st Styles, cell func(row int, col string) string) string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", markerWidth))
	b.WriteString(st.TableHeader.Render(t.line(cols, func(c Column) string { return c.Title })))
	end := min(t.Offset+t.Height, t.Len)
	for r := t.Offset; r < end; r++ {
		b.WriteByte('\n')
		text := t.line(cols, func(c Column) string { return cell(r, c.ID) })
		if r == t.Cursor {
			b.WriteString(st.Selected.Render(PadRight("> "+text, width)))
		} else {
			b.WriteString("  " + text)
		}
	}
	return b.String()
}

func (t Table) line(cols []Column, text func(Column) string) string {
	var b strings.Builder
	for i, c := range cols {
		if i > 0 {
			b.WriteString(strings.Repeat(" ", columnGap))
		}
		s := text(c)
		if c.Right {
			b.WriteString(PadLeft(s, c.Width))
		} else {
			b.WriteString(PadRight(s, c.Width))
		}
	}
	return b.String()
}

// Moved moves a list cursor over n rows with the up and down keys and
// reports whether msg was one of them.
func Moved(msg tea.KeyMsg, up, down key.Binding, cursor *int, n int) bool {
	switch {
	case key.Matches(msg, up):
		*cursor = max(*cursor-1, 0)
	case key.Matches(msg, down):
		*cursor = min(*cursor+1, max(n-1, 0))
	default:
		return false
	}
	return true
}
