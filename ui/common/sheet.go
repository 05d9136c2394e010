package common

import (
	"slices"
	"strconv"
	"strings"

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
			return []huh.Field{huh.NewText().Title(env.Ctx.T(title)).Value(field(r)).Lines(5).CharLimit(4000)}
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
	st := env.Ctx.Styles
	var out []string
	cursorLine := 0
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
				cursorLine = len(out)
				lines[i] = st.Selected.Render("> ") + lines[i]
			default:
				lines[i] = "  " + lines[i]
			}
		}
		out = append(out, lines...)
	}
	for i := range out {
		out[i] = Truncate(out[i], env.Width)
	}
	return out, cursorLine
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

// RowOf is the position of row i of block b among a record's rows, or -1.
func RowOf[T any](blocks []*Block[T], rec *T, b *Block[T], i int) int {
	for ri, r := range Rows(blocks, rec) {
		if r.Block == b && r.Index == i && !r.Empty {
			return ri
		}
	}
	return -1
}
