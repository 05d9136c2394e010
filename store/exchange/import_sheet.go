package exchange

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kam-workbench/kam/model"
)

// Sheet is one table read from a file, its kind recognised and its
// columns matched: what Plan turns into records.
type Sheet struct {
	File     string // the file's base name
	Name     string // the sheet's name in a workbook; "" for a CSV file
	Kind     Kind
	Encoding string   // a CSV file's: UTF-8, UTF-8 with BOM, GB18030
	Header   []string // as written
	Columns  []string // the column key of each header; "" for one not recognised
	Unknown  []string // headers not recognised, ignored
	Rows     []Row
	// Skipped says why a workbook's sheet is not imported (no kind kam
	// imports, or not the kind asked for); such a sheet has no rows.
	Skipped model.Text
}

// Row is one row of a sheet, numbered as the spreadsheet numbers it.
type Row struct {
	Number int
	Cells  []string
}

// Label names the sheet in a report: the file, and the sheet of a workbook.
func (s Sheet) Label() string {
	if s.Name == "" {
		return s.File
	}
	return s.File + " › " + s.Name
}

// has reports whether the sheet has a column.
func (s Sheet) has(key string) bool { return slices.Contains(s.Columns, key) }

// cell is the row's cell of a column, trimmed; "" when the sheet has no
// such column or the row is short.
func (s Sheet) cell(r Row, key string) string {
	i := slices.Index(s.Columns, key)
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return strings.TrimSpace(r.Cells[i])
}

// header is the column's header as the sheet writes it, or as export
// would when the sheet lacks it.
func (s Sheet) header(key string) model.Text {
	if i := slices.Index(s.Columns, key); i >= 0 {
		h := strings.TrimSpace(s.Header[i])
		return model.T(h, h)
	}
	if c, ok := Spec(s.Kind).Column(key); ok {
		return c.Header
	}
	return model.T(key, key)
}

// ReadFile reads a .csv or .xlsx file into its sheets, each with its kind
// recognised from its header row (or the sheet's name), or taken from
// kind when it is not empty. It does file I/O only: no workspace is read.
func ReadFile(path string, kind string) ([]Sheet, error) {
	var want Kind
	if strings.TrimSpace(kind) != "" {
		k, ok := ParseKind(kind)
		if !ok {
			return nil, problem("%q is not a kind kam imports: accounts, contacts, terms, actions, products or listings",
				"%q 不是可导入的类型：accounts（客户）、contacts（联系人）、terms（贸易条款）、actions（行动）、products（产品）或 listings（铺货与动销）", kind)
		}
		want = k
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, readError(path, err)
	}
	name := filepath.Base(path)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv", ".txt", ".tsv":
		s, err := ReadCSV(data, name, want)
		if err != nil {
			return nil, err
		}
		return []Sheet{s}, nil
	case ".xlsx", ".xlsm":
		return ReadXLSX(data, name, want)
	}
	return nil, problem("%s: kam imports .csv and .xlsx files (a workspace exported as .json too)",
		"%s：kam 可导入 .csv 和 .xlsx 文件（以及导出的 .json 工作区文件）", name)
}

func readError(path string, err error) error {
	if os.IsNotExist(err) {
		return problem("%s: no such file", "%s：文件不存在", path)
	}
	if os.IsPermission(err) {
		return problem("%s: no permission to read it", "%s：没有读取权限", path)
	}
	return problem("%s: cannot be read: %v", "%s：无法读取：%v", path, err)
}

// newSheet recognises a table's kind and columns from its first non-blank
// row; the rows after it are the sheet's, numbered from first (the
// spreadsheet's number of records[0]). Blank rows are left out.
func newSheet(file, name string, records [][]string, first int, want Kind) (Sheet, error) {
	s := Sheet{File: file, Name: name}
	where := s.Label()
	h := -1
	for i, rec := range records {
		if !blank(rec) {
			h = i
			break
		}
	}
	if h < 0 {
		return s, problem("%s is empty: the first row names the columns", "%s 是空的：第一行应为列名", where)
	}
	s.Header = records[h]
	kind, cols, unknown, err := recognise(s.Header, want, name)
	if err != nil {
		return s, fmt.Errorf("%s: %w", where, err)
	}
	s.Kind, s.Columns, s.Unknown = kind, cols, unknown
	for i := h + 1; i < len(records); i++ {
		if !blank(records[i]) {
			s.Rows = append(s.Rows, Row{Number: first + i, Cells: records[i]})
		}
	}
	return s, nil
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// matchColumns matches each header to a column of the kind; a header
// matching no column, or one already taken, is left "".
func matchColumns(header []string, spec KindSpec) (cols []string, matched int) {
	cols = make([]string, len(header))
	for i, h := range header {
		f := fold(h)
		if f == "" {
			continue
		}
		for _, c := range spec.Columns {
			if slices.Contains(cols, c.Key) {
				continue
			}
			if fold(c.Key) == f || fold(c.Header.EN) == f || fold(c.Header.ZH) == f || slices.ContainsFunc(c.Synonyms, func(s string) bool { return fold(s) == f }) {
				cols[i] = c.Key
				matched++
				break
			}
		}
	}
	return cols, matched
}

// recognise tells a header row's kind: the kind whose required columns
// are all there and that recognises the most headers; a tie goes to the
// kind the sheet's name says. want, when set, is the only kind tried.
func recognise(header []string, want Kind, sheetName string) (Kind, []string, []string, error) {
	type fit struct {
		kind    Kind
		cols    []string
		matched int
	}
	var fits []fit
	for _, spec := range specs {
		if want != "" && spec.Kind != want {
			continue
		}
		cols, n := matchColumns(header, spec)
		missing := missingRequired(spec, cols)
		if len(missing) > 0 {
			if want != "" {
				return "", nil, nil, &model.Invalid{Msg: model.T(
					fmt.Sprintf("the header row has no %s column, which %s need", missing[0].EN, strings.ToLower(spec.Name.EN)),
					fmt.Sprintf("表头中没有“%s”列，而%s需要该列", missing[0].ZH, spec.Name.ZH))}
			}
			continue
		}
		fits = append(fits, fit{spec.Kind, cols, n})
	}
	if len(fits) == 0 {
		return "", nil, nil, problem("the header row (%s) is not one of accounts, contacts, terms, actions, products or listings: name the columns as an export does, or say which with --kind",
			"表头（%s）不属于客户、联系人、贸易条款、行动、产品或铺货与动销：请按导出文件的列名书写，或用 --kind 指明类型", strings.Join(header, ", "))
	}
	slices.SortStableFunc(fits, func(a, b fit) int { return b.matched - a.matched })
	best := fits[0]
	if len(fits) > 1 && fits[1].matched == best.matched {
		if k, ok := ParseKind(sheetName); ok && (k == fits[0].kind || k == fits[1].kind) {
			best = fits[slices.IndexFunc(fits, func(f fit) bool { return f.kind == k })]
		} else {
			return "", nil, nil, problem("the header row could be %s or %s: say which with --kind",
				"表头既可能是 %s 也可能是 %s：请用 --kind 指明", fits[0].kind, fits[1].kind)
		}
	}
	var unknown []string
	for i, c := range best.cols {
		if c == "" && strings.TrimSpace(header[i]) != "" {
			unknown = append(unknown, strings.TrimSpace(header[i]))
		}
	}
	return best.kind, best.cols, unknown, nil
}

func missingRequired(spec KindSpec, cols []string) []model.Text {
	var out []model.Text
	for _, c := range spec.Columns {
		if c.Required && !slices.Contains(cols, c.Key) {
			out = append(out, c.Header)
		}
	}
	return out
}
