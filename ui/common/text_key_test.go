package common

import (
	"go/ast"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

func TestTextKeepsBothLanguages(t *testing.T) {
	if got := Text("prepare.year_range"); got != model.T(Tr(model.English, "prepare.year_range"), Tr(model.Chinese, "prepare.year_range")) {
		t.Errorf("a key without arguments: %+v", got)
	}
	got := Text("prepare.not_a_number", "12a")
	if got.EN != `"12a" is not a number` || got.ZH != `"12a" 不是数字` {
		t.Errorf("an argument goes into both: %+v", got)
	}
	label := func(l model.Lang) string { return model.T("Listing fee", "进场费").In(l) }
	got = Text("prepare.term_there", label)
	if !strings.HasPrefix(got.EN, "Listing fee ") || !strings.HasPrefix(got.ZH, "进场费 ") {
		t.Errorf("a label is put in each language's words: %+v", got)
	}
	if got = Text("prepare.term_there", model.T("Listing fee", "进场费")); !strings.HasPrefix(got.ZH, "进场费 ") {
		t.Errorf("a model.Text is put in each language's words: %+v", got)
	}
	if err := (&model.Invalid{Msg: Text("review.meeting_gone")}); model.Localize(err, model.Chinese) != "该会议已不存在" {
		t.Errorf("a message built from a key reads %q in Chinese", model.Localize(err, model.Chinese))
	}
}

// userData are the places where ui code builds a model.Text itself, with
// why each is not words of kam's own: those live in the catalog. Keyed by
// file, then the expression as written.
var userData = map[string]map[string]string{
	"../buyer/items.go": {
		"model.T(strings.TrimSpace(name.EN), strings.TrimSpace(name.ZH))": "a checklist item's name, as the user typed it in each language",
	},
	"../matrix/criteria.go": {
		`model.T("x", "")`: "a stand-in name, so that a description typed alone is checked as a criterion's",
		`model.T(s, "")`:   "the English description the user is typing, checked on its own",
		`model.T("", s)`:   "the Chinese description the user is typing, checked on its own",
		"model.T(strings.TrimSpace(f.nameEN), strings.TrimSpace(f.nameZH))": "a criterion's name, as the user typed it in each language",
		"model.T(strings.TrimSpace(f.descEN), strings.TrimSpace(f.descZH))": "a criterion's description, as the user typed it in each language",
	},
	"../common/text_key.go": {
		"model.Text{EN: in(model.English), ZH: in(model.Chinese)}": "Text itself: a catalog entry with its arguments",
	},
}

// TestNoWordsPairedInline reads the ui code for an English and a Chinese
// wording written side by side (model.T(...) or model.Text{...}): kam's
// words belong in the catalog (build a message with Text(key, args...)),
// where the tests check both languages and their format verbs.
func TestNoWordsPairedInline(t *testing.T) {
	found := 0
	for _, f := range uiCode(t) {
		ast.Inspect(f.ast, func(n ast.Node) bool {
			var sel ast.Expr
			switch n := n.(type) {
			case *ast.CallExpr:
				sel = n.Fun
			case *ast.CompositeLit:
				if len(n.Elts) == 0 {
					return true
				}
				sel = n.Type
			default:
				return true
			}
			s, ok := sel.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := s.X.(*ast.Ident); !ok || pkg.Name != "model" || (s.Sel.Name != "T" && s.Sel.Name != "Text") {
				return true
			}
			found++
			from, to := f.fset.Position(n.Pos()), f.fset.Position(n.End())
			expr := string(f.src[from.Offset:to.Offset])
			if _, ok := userData[f.path][expr]; !ok {
				t.Errorf("%s:%d pairs two wordings inline: %s\n\tput the words in the catalog and use common.Text(key, args...)", f.path, from.Line, expr)
			}
			return true
		})
	}
	if found < 5 {
		t.Errorf("found only %d bilingual texts built in ui code, the user data among them; is the search still right?", found)
	}
}
