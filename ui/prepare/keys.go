package prepare

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/ui/common"
)

type keyMap struct {
	common.NavKeys
	Left, Right, Move                                          key.Binding
	New, Edit, Delete, Undo, Remove, Ready, Conclude, ToTerms  key.Binding
	Sections, Words, Gross, NewYear, DeleteYear, Capital, Year key.Binding
}

func newKeyMap(c *common.Context) keyMap {
	return keyMap{
		NavKeys:    common.NewNavKeys(c),
		Left:       c.Bind("←/h", "key.left", "left", "h"),
		Right:      c.Bind("→/l", "key.right", "right", "l"),
		Move:       c.Bind("←↑↓→", "key.move_cell", "left", "right", "up", "down"),
		New:        c.Bind("n", "key.new", "n"),
		Edit:       c.Bind("e/enter", "key.edit", "e", "enter"),
		Delete:     c.Bind("d", "key.delete", "d"),
		Undo:       c.Bind("u", "key.undo_delete", "u"),
		Remove:     c.Bind("d", "key.remove", "d"),
		Ready:      c.Bind("r", "key.mark_ready", "r"),
		Conclude:   c.Bind("x", "key.conclude", "x"),
		ToTerms:    c.Bind("T", "key.agreed_to_terms", "T"),
		Sections:   c.Bind("←/→", "key.section", "left", "right", "h", "l"),
		Words:      c.Bind("W", "key.prepare_words", "W"),
		Gross:      c.Bind("g", "key.gross_sales", "g"),
		NewYear:    c.Bind("N", "key.new_year", "N"),
		DeleteYear: c.Bind("D", "key.delete_year", "D"),
		Capital:    c.Bind("c", "key.cost_of_capital", "c"),
		Year:       c.Bind("←/→", "key.year", "left", "right"),
	}
}
