package common

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// Column is one column of a Table.
type Column struct {
	ID    string
	Title string
	Width int  // cells; for a growing column, its minimum
	Flex  bool // never dropped, and grows into the width left over
	Grow  int  // its weight in sharing the width left over (a Flex column without one: 1); it may still be dropped unless Flex
	Right bool // numbers align right
	Keep  int  // columns with a lower Keep are dropped first when space runs out
	Max   int  // for a growing column, the most it grows to (0: no limit)
}

// weight is the column's share of the width left over; 0 does not grow.
func (c Column) weight() int {
	if c.Grow == 0 && c.Flex {
		return 1
	}
	return max(c.Grow, 0)
}

// room is how much more the column may grow.
func (c Column) room(free int) int {
	if c.Max <= 0 {
		return free
	}
	return min(max(c.Max-c.Width, 0), free)
}

// columnGap is the space between columns.
const columnGap = 2

// markerWidth is the cursor marker's column: "> " on the cursor row.
const markerWidth = 2

// FitColumns chooses which columns fit in width and how wide the growing
// ones are: columns are dropped lowest Keep first, never a Flex one. The
// width left over goes to the growing columns by their weight (Grow), none
// past its Max: what one cannot take goes to the others.
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
			grow(out, width-need)
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

// grow shares free cells among the growing columns by weight, each up to
// its Max, until the cells or the columns' room run out.
func grow(cols []Column, free int) {
	for free > 0 {
		total := 0
		for _, c := range cols {
			if c.weight() > 0 && c.room(free) > 0 {
				total += c.weight()
			}
		}
		if total == 0 {
			return
		}
		given := 0
		for i, c := range cols {
			if c.weight() > 0 && c.room(free) > 0 {
				take := min(free*c.weight()/total, c.room(free))
				cols[i].Width += take
				given += take
			}
		}
		if given == 0 { // every share rounded down to nothing: a cell each, left to right
			for i, c := range cols {
				if free > 0 && c.weight() > 0 && c.room(free) > 0 {
					cols[i].Width++
					free--
				}
			}
		}
		free -= given
	}
}

// Widest is the widest of a column's title and its n cells, in cells:
// what a growing column needs to show them all whole (its Max).
func Widest(title string, n int, cell func(i int) string) int {
	w := lipgloss.Width(title)
	for i := range n {
		w = max(w, cellWidth(cell(i)))
	}
	return w
}

// cellWidth is lipgloss.Width, with a shortcut for text made only of
// printable ASCII and Chinese characters, which most names are: a list
// measures every row on every frame, and the general rule is slow.
func cellWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r >= 0x20 && r < 0x7f:
			w++
		case r >= 0x4e00 && r <= 0x9fff, // CJK ideographs
			r >= 0x3000 && r <= 0x3029, // CJK punctuation, before its combining marks
			r >= 0xff01 && r <= 0xff60: // full-width forms
			w += 2
		default:
			return lipgloss.Width(s)
		}
	}
	return w
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

// Find puts the cursor on the row of a list of n whose key is want (key
// gives row i's), keeping it in view, and reports whether there is one.
func (t *Table) Find(n int, key func(i int) string, want string) bool {
	for i := range n {
		if key(i) == want {
			t.SetLen(n)
			t.Cursor = i
			t.clamp()
			return true
		}
	}
	return false
}
