package common

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
)

var verb = regexp.MustCompile(`%(?:\[(\d+)\])?[-+# 0-9.]*([a-zA-Z%])`)

// verbs lists a format's verbs by the argument each takes, so that a
// translation may take them in another order with %[n]s.
func verbs(format string) []string {
	var out []string
	next := 1
	for _, m := range verb.FindAllStringSubmatch(format, -1) {
		if m[2] == "%" {
			continue
		}
		if m[1] != "" {
			next, _ = strconv.Atoi(m[1])
		}
		out = append(out, fmt.Sprintf("%d:%s", next, m[2]))
		next++
	}
	slices.Sort(out)
	return out
}

func TestCatalogSpeaksBothLanguages(t *testing.T) {
	for k, tx := range Catalog() {
		if strings.TrimSpace(tx.EN) == "" || strings.TrimSpace(tx.ZH) == "" {
			t.Errorf("%s lacks a language: %+v", k, tx)
		}
		en, zh := verbs(tx.EN), verbs(tx.ZH)
		if strings.Join(en, " ") != strings.Join(zh, " ") {
			t.Errorf("%s: format verbs differ: %v vs %v", k, en, zh)
		}
	}
}

// TestEveryKeyUsedIsInTheCatalog reads the ui source for catalog keys:
// a key typed wrong would show as ‹key› on screen.
func TestEveryKeyUsedIsInTheCatalog(t *testing.T) {
	// Keys are written "area.name"; any such string in the ui code is one.
	use := regexp.MustCompile(`"((?:tab|buyer|matrix|prepare|sheet|review|col|key|field|status|ask|sort|list|detail|welcome|form|help|root)\.[a-z_.0-9]+)"`)
	found := 0
	filepath.Walk("..", func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, _ := os.ReadFile(path)
		for _, m := range use.FindAllStringSubmatch(string(src), -1) {
			found++
			if !HasKey(m[1]) {
				t.Errorf("%s uses %q, which the catalog lacks", path, m[1])
			}
		}
		return nil
	})
	if found < 50 {
		t.Errorf("found only %d uses of catalog keys; is the pattern still right?", found)
	}
	if got := Tr(model.Chinese, "no.such.key"); got != "‹no.such.key›" {
		t.Errorf("a missing key shows as %q", got)
	}
}

// uiFile is one Go file of the ui code, parsed.
type uiFile struct {
	path string
	src  []byte
	fset *token.FileSet
	ast  *ast.File
}

// uiCode parses the ui code the program runs: every Go file under ui/
// but the tests and the catalog's own files (ui/common/i18n*.go), which
// define keys rather than use them.
func uiCode(t *testing.T) []uiFile {
	t.Helper()
	var out []uiFile
	err := filepath.Walk("..", func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		if filepath.Dir(path) == filepath.Join("..", "common") && strings.HasPrefix(filepath.Base(path), "i18n") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			return err
		}
		out = append(out, uiFile{path: filepath.ToSlash(path), src: src, fset: fset, ast: f})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 20 {
		t.Fatalf("found only %d files of ui code; is the walk still right?", len(out))
	}
	return out
}

// stringLiterals is every string literal of the files, unquoted.
func stringLiterals(files []uiFile) map[string]bool {
	out := map[string]bool{}
	for _, f := range files {
		ast.Inspect(f.ast, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					out[s] = true
				}
			}
			return true
		})
	}
	return out
}

// builtKeys are the keys the ui code puts together at run time from a
// prefix and a value it does not spell out. Each names the code that
// builds it and where the values come from (every "const X Type = ..."
// of that type in model/).
var builtKeys = []struct {
	prefix    string
	modelType string
	why       string
}{
	{"field.", "Field", `ui/accounts/form.go submitForm names the field of a problem the model found: m.ctx.T("field."+string(p.Field))`},
}

// modelConstants is the value of every string constant of type typ
// declared in model/.
func modelConstants(t *testing.T, typ string) []string {
	t.Helper()
	pkgs, err := filepath.Glob(filepath.Join("..", "..", "model", "*.go"))
	if err != nil || len(pkgs) == 0 {
		t.Fatalf("no model code: %v", err)
	}
	var out []string
	for _, path := range pkgs {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != typ {
					continue
				}
				for _, v := range vs.Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, _ := strconv.Unquote(lit.Value)
						out = append(out, s)
					}
				}
			}
		}
	}
	return out
}

// TestEveryKeyInTheCatalogIsUsed is the other way round: a key no code
// looks up is a word nobody sees, and keeps being translated for nothing.
// A key is used when the ui code spells it as a string, when it is the
// singular (_one) form of a used key (TN picks it by count), or when the
// code builds it (builtKeys). The catalog read is the one the program
// runs with, so the parts kept in ui/common/i18n_*.go are in it.
func TestEveryKeyInTheCatalogIsUsed(t *testing.T) {
	code := uiCode(t)
	used := stringLiterals(code)
	for _, b := range builtKeys {
		if !used[b.prefix] {
			t.Errorf("no ui code builds keys from %q any more (%s): drop it from builtKeys", b.prefix, b.why)
		}
		values := modelConstants(t, b.modelType)
		if len(values) == 0 {
			t.Errorf("model declares no %s constants for %q keys", b.modelType, b.prefix)
		}
		for _, v := range values {
			used[b.prefix+v] = true
			if !HasKey(b.prefix + v) { // built, so TestEveryKeyUsedIsInTheCatalog cannot see it
				t.Errorf("the catalog lacks %s, built from model.%s %q (%s)", b.prefix+v, b.modelType, v, b.why)
			}
		}
	}
	var unused []string
	for k := range Catalog() {
		if used[k] || strings.HasSuffix(k, "_one") && used[strings.TrimSuffix(k, "_one")] {
			continue
		}
		unused = append(unused, k)
	}
	slices.Sort(unused)
	for _, k := range unused {
		t.Errorf("no ui code uses the catalog key %q: use it or remove it", k)
	}
}

func TestPadAndTruncateCountCells(t *testing.T) {
	tests := []struct {
		in    string
		w     int
		left  string
		right string
	}{
		{"abc", 5, "abc  ", "  abc"},
		{"美佳", 6, "美佳  ", "  美佳"},
		{"美佳大卖场", 6, "美佳~ ", " 美佳~"}, // a wide rune never splits; the gap is padded
		{"FreshWay", 5, "Fres~", "Fres~"},
		{"", 3, "   ", "   "},
	}
	for _, tt := range tests {
		if got := PadRight(tt.in, tt.w); got != tt.left || lipgloss.Width(got) != tt.w {
			t.Errorf("PadRight(%q, %d) = %q", tt.in, tt.w, got)
		}
		if got := PadLeft(tt.in, tt.w); got != tt.right || lipgloss.Width(got) != tt.w {
			t.Errorf("PadLeft(%q, %d) = %q", tt.in, tt.w, got)
		}
	}
}

func TestSpreadLine(t *testing.T) {
	if got := SpreadLine("left", "right", 12); got != "left   right" {
		t.Errorf("got %q", got)
	}
	got := SpreadLine("a long left side", "right", 12)
	if lipgloss.Width(got) != 12 || !strings.HasSuffix(got, "right") {
		t.Errorf("the left side should give way: %q", got)
	}
}

func TestFitColumnsDropsLeastNeededFirst(t *testing.T) {
	cols := []Column{
		{ID: "name", Width: 10, Flex: true},
		{ID: "a", Width: 10, Keep: 3},
		{ID: "b", Width: 10, Keep: 1},
		{ID: "c", Width: 10, Keep: 2},
	}
	ids := func(cs []Column) string {
		var s []string
		for _, c := range cs {
			s = append(s, c.ID)
		}
		return strings.Join(s, ",")
	}
	// marker 2 + 4 columns × 10 + 3 gaps × 2 = 48
	if got := FitColumns(cols, 60); ids(got) != "name,a,b,c" || got[0].Width != 22 {
		t.Errorf("wide: %s, name %d", ids(got), got[0].Width)
	}
	if got := FitColumns(cols, 47); ids(got) != "name,a,c" {
		t.Errorf("one short: %s", ids(got))
	}
	if got := FitColumns(cols, 20); ids(got) != "name" || got[0].Width != 18 {
		t.Errorf("narrow: %s", ids(got))
	}
}

func TestTableRendersOnlyRowsInView(t *testing.T) {
	tb := Table{}
	tb.SetHeight(5)
	tb.SetLen(1000)
	tb.Move(500)
	calls := map[int]bool{}
	cols := []Column{{ID: "n", Title: "N", Width: 6}}
	out := tb.View(cols, 20, NewStyles(DefaultTheme), func(row int, _ string) string {
		calls[row] = true
		return "row"
	})
	if len(calls) != 5 {
		t.Errorf("cell called for %d rows, want the 5 in view", len(calls))
	}
	if !calls[500] || tb.Offset != 496 {
		t.Errorf("cursor row 500 not in view: offset %d", tb.Offset)
	}
	if n := strings.Count(out, "\n") + 1; n != 6 {
		t.Errorf("%d lines, want header and 5 rows", n)
	}
	tb.Page(-1)
	if tb.Cursor != 496 {
		t.Errorf("page up: cursor %d", tb.Cursor)
	}
	tb.SetLen(3)
	if tb.Cursor != 2 || tb.Offset != 0 {
		t.Errorf("after shrinking: cursor %d offset %d", tb.Cursor, tb.Offset)
	}
	tb.SetLen(0)
	if tb.Cursor != 0 {
		t.Errorf("empty: cursor %d", tb.Cursor)
	}
}

func TestFlexColumnStopsAtItsMost(t *testing.T) {
	cols := FitColumns([]Column{{ID: "name", Width: 10, Flex: true, Max: 30}, {ID: "n", Width: 5}}, 200)
	if cols[0].Width != 30 {
		t.Errorf("a flexible column of at most 30 cells grew to %d in 200", cols[0].Width)
	}
	cols = FitColumns([]Column{{ID: "name", Width: 10, Flex: true, Max: 30}, {ID: "n", Width: 5}}, 30)
	if cols[0].Width != 30-5-2-markerWidth {
		t.Errorf("in 30 cells the flexible column is %d wide", cols[0].Width)
	}
}
