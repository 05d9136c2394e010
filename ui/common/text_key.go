package common

import (
	"fmt"

	"github.com/kam-workbench/kam/model"
)

// Text is the catalog entry key in both languages, args formatted into
// each: for a message that must keep both wordings, such as a
// model.Invalid a form shows in whichever language is on when it shows.
// An argument that speaks both languages itself, a model.Text or a
// func(model.Lang) string like a term's Label, is given in each
// language's own words; any other argument is formatted as it is.
func Text(key string, args ...any) model.Text {
	in := func(l model.Lang) string {
		format := Tr(l, key)
		if len(args) == 0 {
			return format
		}
		local := make([]any, len(args))
		for i, a := range args {
			switch a := a.(type) {
			case model.Text:
				local[i] = a.In(l)
			case func(model.Lang) string:
				local[i] = a(l)
			default:
				local[i] = a
			}
		}
		return fmt.Sprintf(format, local...)
	}
	return model.Text{EN: in(model.English), ZH: in(model.Chinese)}
}
