package common

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// SheetEnv is what a sheet's blocks draw and edit with.
type SheetEnv struct {
	Ctx   *Context
	Width int
}

// Block is one part of a sheet (a PREPARE section, a meeting): a list
// that grows with n, or a single field. It draws its rows, builds the form
// that edits row i of a working copy (i == Len adds a row), and copies the
// edited row from that copy into the record as it is when the form is
// saved, so an edit never undoes another one made meanwhile.
type Block[T any] struct {
	Title  string // catalog key
	List   bool
	NoAdd  bool // its rows come from elsewhere: n adds nothing
	Len    func(rec *T) int
	Draw   func(env SheetEnv, rec *T, i int) string
	Edit   func(env SheetEnv, rec *T, i int) []huh.Field
	Remove func(rec *T, i int)
	Take   func(dst, src *T, i int, adding bool)
}

// ListBlock is a block over a slice of the record: items reaches it, draw
// draws row i, edit builds the fields of one element (new when adding).
func ListBlock[T, E any](title string, items func(*T) *[]E,
	draw func(env SheetEnv, rec *T, i int) string,
	edit func(env SheetEnv, e *E, adding bool) []huh.Field) *Block[T] {
	return &Block[T]{
		Title: title, List: true,
		Len:  func(r *T) int { return len(*items(r)) },
		Draw: draw,
		Edit: func(env SheetEnv, r *T, i int) []huh.Field {
			adding := i >= len(*items(r))
			if adding {
				var zero E
				*items(r) = append(*items(r), zero)
				i = len(*items(r)) - 1
			}
			return edit(env, &(*items(r))[i], adding)
		},
		Remove: func(r *T, i int) { *items(r) = slices.Delete(*items(r), i, i+1) },
		Take: func(dst, src *T, i int, adding bool) {
			s := *items(src)
			if i >= len(s) {
				return
			}
			if d := items(dst); adding || i >= len(*d) {
				*d = append(*d, s[i])
			} else {
				(*d)[i] = s[i]
			}
		},
	}
}

// TextBlock is a block of one free-text field of the record.
func TextBlock[T any](title string, field func(*T) *string) *Block[T] {
	return &Block[T]{
		Title: title,
		Len:   func(r *T) int { return min(len(strings.TrimSpace(*field(r))), 1) },
		Draw: func(env SheetEnv, r *T, _ int) string {
			return strings.Join(Wrap(strings.TrimSpace(*field(r)), max(env.Width-4, 10)), "\n")
		},
		Edit: func(env SheetEnv, r *T, _ int) []huh.Field {
			return []huh.Field{NewText().Title(env.Ctx.T(title)).Value(field(r)).Lines(5).CharLimit(4000)}
		},
		Take: func(dst, src *T, _ int, _ bool) { *field(dst) = strings.TrimSpace(*field(src)) },
	}
}

// SheetRow is one row of a sheet.
type SheetRow[T any] struct {
	Block *Block[T]
	Index int
	Empty bool // the block has nothing yet: the row says how to add
}

// Rows are a record's rows, block after block; an empty block has one row.
func Rows[T any](blocks []*Block[T], rec *T) []SheetRow[T] {
	var out []SheetRow[T]
	for _, b := range blocks {
		n := b.Len(rec)
		if n == 0 {
			out = append(out, SheetRow[T]{Block: b, Empty: true})
		}
		for i := range n {
			out = append(out, SheetRow[T]{Block: b, Index: i})
		}
	}
	return out
}

// SheetLines draws a record's blocks: a heading each, the rows under it,
// the cursor's row marked; empty lists and fields say how to fill them.
// It returns the lines and the line the cursor is on.
func SheetLines[T any](env SheetEnv, blocks []*Block[T], rec *T, cursor int, marks map[string]bool) ([]string, int) {
	lines, spans := SheetLayout(env, blocks, rec, cursor, marks)
	if cursor >= 0 && cursor < len(spans) {
		return lines, spans[cursor].Start
	}
	return lines, 0
}

// Span is where a row of a sheet lies among its lines: from Start up to,
// not including, End.
type Span struct{ Start, End int }

// SheetLayout draws a record's blocks as SheetLines does and also returns
// where each row lies, so a page can hold the cursor's whole row.
func SheetLayout[T any](env SheetEnv, blocks []*Block[T], rec *T, cursor int, marks map[string]bool) ([]string, []Span) {
	st := env.Ctx.Styles
	var out []string
	var spans []Span
	var last *Block[T]
	for ri, r := range Rows(blocks, rec) {
		if r.Block != last {
			last = r.Block
			heading := st.Title.Render(env.Ctx.T(r.Block.Title))
			if marks[RowKey(r.Block, 0, true)] { // a row being added was left as a draft
				heading += st.Warn.Render("  " + env.Ctx.T("sheet.draft_new"))
			}
			out = append(out, "", heading)
		}
		var text string
		if r.Empty {
			hint := "sheet.empty_field"
			if r.Block.List {
				hint = "sheet.empty_list"
				if r.Block.NoAdd {
					hint = "sheet.empty_elsewhere"
				}
			}
			text = st.Faint.Render(env.Ctx.T(hint))
		} else {
			text = r.Block.Draw(env, rec, r.Index)
		}
		if !r.Empty && marks[RowKey(r.Block, r.Index, false)] {
			text += st.Warn.Render("  " + env.Ctx.T("sheet.draft"))
		}
		lines := strings.Split(text, "\n")
		for i := range lines {
			switch {
			case i == 0 && ri == cursor:
				lines[i] = st.Selected.Render("> ") + lines[i]
			default:
				lines[i] = "  " + lines[i]
			}
		}
		spans = append(spans, Span{len(out), len(out) + len(lines)})
		out = append(out, lines...)
	}
	for i := range out {
		out[i] = Truncate(out[i], env.Width)
	}
	return out, spans
}

// RowKey names a row, for keeping a draft of its edit.
func RowKey[T any](b *Block[T], i int, empty bool) string {
	if empty {
		i = -1
	}
	return b.Title + "#" + strconv.Itoa(i)
}

// Window keeps the cursor's line in view: the lines from top, h of them.
func Window(lines []string, cursorLine, h int) []string {
	top := 0
	if cursorLine >= h {
		top = cursorLine - h + 2
	}
	top = min(max(top, 0), max(len(lines)-h, 0))
	return lines[top:min(top+h, len(lines))]
}

// SheetPage is a sheet's lines fitted to a page: the cursor's row in view,
// the whole of it when it fits, and Past lines further down, so a row
// taller than the page, and lines after the last row, can be read.
type SheetPage struct {
	Lines  []string
	Spans  []Span // each row's lines
	Height int    // lines on the page
}

// rows is how many lines of the sheet the page shows: one is kept to say
// there is more below when the sheet does not fit.
func (p SheetPage) rows() int {
	if len(p.Lines) <= p.Height {
		return max(p.Height, 1)
	}
	return max(p.Height-1, 1)
}

// base is the first line shown with nothing scrolled past the cursor's row.
func (p SheetPage) base(cursor int) int {
	if cursor < 0 || cursor >= len(p.Spans) {
		return 0
	}
	sp, h := p.Spans[cursor], p.rows()
	if sp.End-sp.Start > h { // taller than the page: its first line at the top
		return sp.Start
	}
	return max(sp.End-h, 0)
}

// maxPast is how far the page may scroll past the cursor's row.
func (p SheetPage) maxPast(cursor int) int {
	return max(len(p.Lines)-p.rows()-p.base(cursor), 0)
}

// top is the first line shown.
func (p SheetPage) top(cursor, past int) int {
	return p.base(cursor) + min(max(past, 0), p.maxPast(cursor))
}

// View is the page's lines, the last saying how many lines are below when
// some are.
func (p SheetPage) View(c *Context, cursor, past int) []string {
	h, top := p.rows(), p.top(cursor, past)
	shown := p.Lines[top:min(top+h, len(p.Lines))]
	if below := len(p.Lines) - top - len(shown); below > 0 {
		shown = append(slices.Clone(shown), c.Styles.Faint.Render("  "+fmt.Sprintf(c.TN("sheet.more_below", below), below)))
	}
	return shown
}

// Move handles the moving keys on a sheet: ↑/↓ move to the row above or
// below, but first scroll through what of the cursor's row, or of the
// lines after the last row, is below the page; pgup/pgdn move by a page;
// g/G go to the first row and to the very end. It reports whether msg was
// one of them.
func (p SheetPage) Move(k NavKeys, msg tea.KeyMsg, cursor, past *int) bool {
	n := len(p.Spans)
	if n == 0 {
		return Moved(msg, k.Up, k.Down, cursor, n) || key.Matches(msg, k.PageUp, k.PageDown, k.Top, k.Bottom)
	}
	*cursor = min(max(*cursor, 0), n-1)
	*past = min(max(*past, 0), p.maxPast(*cursor))
	h := p.rows()
	hidden := func() bool { // the row, or the sheet after the last row, goes on below the page
		end := p.Spans[*cursor].End
		if *cursor == n-1 {
			end = len(p.Lines)
		}
		return end > p.top(*cursor, *past)+h
	}
	switch {
	case key.Matches(msg, k.Down):
		if hidden() {
			*past++
		} else if *cursor < n-1 {
			*cursor, *past = *cursor+1, 0
		}
	case key.Matches(msg, k.Up):
		if *past > 0 {
			*past--
		} else {
			*cursor = max(*cursor-1, 0)
		}
	case key.Matches(msg, k.PageDown):
		if hidden() {
			*past = min(*past+h-1, p.maxPast(*cursor))
			break
		}
		next := *cursor
		for next < n-1 && p.Spans[next+1].Start < p.Spans[*cursor].Start+h-1 {
			next++
		}
		*cursor, *past = max(next, min(*cursor+1, n-1)), 0
	case key.Matches(msg, k.PageUp):
		if *past > 0 {
			*past = max(*past-(h-1), 0)
			break
		}
		prev := *cursor
		for prev > 0 && p.Spans[prev-1].Start > p.Spans[*cursor].Start-(h-1) {
			prev--
		}
		*cursor = min(prev, max(*cursor-1, 0))
	case key.Matches(msg, k.Top):
		*cursor, *past = 0, 0
	case key.Matches(msg, k.Bottom):
		*cursor = n - 1
		*past = p.maxPast(*cursor)
	default:
		return false
	}
	return true
}

// MoveCursor moves a list cursor over n rows on the shared moving keys:
// a row, a page of page rows, the first row, the last. It reports whether
// msg was one of them.
func (k NavKeys) MoveCursor(msg tea.KeyMsg, cursor *int, n, page int) bool {
	page = max(page-1, 1) // a page on keeps the last row of the one before in view
	switch {
	case key.Matches(msg, k.Up):
		*cursor--
	case key.Matches(msg, k.Down):
		*cursor++
	case key.Matches(msg, k.PageUp):
		*cursor -= page
	case key.Matches(msg, k.PageDown):
		*cursor += page
	case key.Matches(msg, k.Top):
		*cursor = 0
	case key.Matches(msg, k.Bottom):
		*cursor = n - 1
	default:
		return false
	}
	*cursor = min(max(*cursor, 0), max(n-1, 0))
	return true
}

// RowOf is the position of row i of block b among a record's rows, or -1.
func RowOf[T any](blocks []*Block[T], rec *T, b *Block[T], i int) int {
	for ri, r := range Rows(blocks, rec) {
		if r.Block == b && r.Index == i && !r.Empty {
			return ri
		}
	}
	return -1
}
