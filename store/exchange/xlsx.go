package exchange

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/rivo/uniseg"
	"github.com/xuri/excelize/v2"

	"github.com/kam-workbench/kam/model"
)

// cellKind is how a column's values are written and formatted.
type xlKind int

const (
	xlText    xlKind = iota
	xlMoney          // model.Money, written in currency units, #,##0.00
	xlPercent        // a percentage such as 15 for 15%, written as 0.15, 0.00%
	xlDate           // time.Time, written as a date, yyyy-mm-dd
	xlCount          // a whole number, #,##0
	xlScore          // a weighted score, 0.00
	xlNumber         // any figure, as typed (General)
	xlYear           // a year, without a thousands separator
)

type xlsxColumn struct {
	name model.Text
	kind xlKind
}

// xlsxSheet is one worksheet: its name, its columns and its rows, each
// row's values in column order (nil leaves a cell empty).
type xlsxSheet struct {
	name model.Text
	cols []xlsxColumn
	rows [][]any
}

func xlCol(kind xlKind, en, zh string) xlsxColumn { return xlsxColumn{model.T(en, zh), kind} }

// WriteXLSX writes the workspace as one workbook, a sheet per worksheet of
// the course: accounts, evaluations with their quadrant, the buyer
// checklist, contacts, negotiations with their issues and concessions,
// trading terms with their cost and the cost per year (costed as the
// terms screen costs them), business reviews with their scorecards (each
// metric's achievement, band and year to date), actions, the range, and the
// account plans (objectives, promotions, the annual plan by quarter, the
// P&L). Header rows are bold and frozen;
// figures are numbers with formats, dates are dates; words are in lang.
// Archived accounts are left out, with everything that belongs to them.
func WriteXLSX(w io.Writer, ws model.Workspace, lang model.Lang, now time.Time) error {
	f := excelize.NewFile()
	defer f.Close()
	styles, err := newXLSXStyles(f)
	if err != nil {
		return err
	}
	sheets := workbookSheets(ws, lang, now)
	for i, sh := range sheets {
		name := xlSheetName(sh.name.In(lang))
		if i == 0 {
			if err := f.SetSheetName(f.GetSheetName(0), name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		if err := xlWriteSheet(f, name, sh, styles, lang); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	return f.Write(w)
}

// sheetName keeps a name within what Excel allows: 31 characters, none of
// []:*?/\.
func xlSheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	return s
}

type xlsxStyles struct {
	header int
	kinds  map[xlKind]int
	wrap   int // long text: wrapped, top-aligned
}

func newXLSXStyles(f *excelize.File) (xlsxStyles, error) {
	s := xlsxStyles{kinds: map[xlKind]int{}}
	var err error
	if s.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center"},
	}); err != nil {
		return s, err
	}
	formats := map[xlKind]*excelize.Style{
		xlMoney:   {NumFmt: 4},  // #,##0.00
		xlPercent: {NumFmt: 10}, // 0.00%
		xlCount:   {NumFmt: 3},  // #,##0
		xlScore:   {NumFmt: 2},  // 0.00
		xlYear:    {NumFmt: 1},  // 0
		xlDate:    {CustomNumFmt: xlPtr("yyyy-mm-dd")},
	}
	for k, st := range formats {
		if s.kinds[k], err = f.NewStyle(st); err != nil {
			return s, err
		}
	}
	s.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	return s, err
}

func xlPtr[T any](v T) *T { return &v }

// Widths of columns, in characters: wide enough for the header and the
// values of the first rows, within bounds that keep a sheet readable.
const (
	xlMinColWidth  = 8
	xlMaxColWidth  = 50
	xlSampledRows  = 500
	xlWrapAboveLen = 60 // text longer than this is wrapped in its cell
)

func xlWriteSheet(f *excelize.File, name string, sh xlsxSheet, st xlsxStyles, lang model.Lang) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	wrapCol := make([]bool, len(sh.cols))
	for i, c := range sh.cols {
		width := uniseg.StringWidth(c.name.In(lang)) + 2
		for r := range min(len(sh.rows), xlSampledRows) {
			v := sh.rows[r][i]
			n := 0
			switch c.kind {
			case xlText:
				s, _ := v.(string)
				n = uniseg.StringWidth(s)
				if n > xlWrapAboveLen || strings.Contains(s, "\n") {
					wrapCol[i] = true
				}
			case xlMoney:
				if m, ok := v.(model.Money); ok {
					n = len(model.FormatMoney(m)) + 3
				}
			case xlDate:
				n = 10
			default:
				n = len(xlFigureText(c.kind, v))
			}
			width = max(width, n+2)
		}
		if err := sw.SetColWidth(i+1, i+1, float64(min(max(width, xlMinColWidth), xlMaxColWidth))); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	header := make([]any, len(sh.cols))
	for i, c := range sh.cols {
		header[i] = excelize.Cell{StyleID: st.header, Value: c.name.In(lang)}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	for r, row := range sh.rows {
		cells := make([]any, len(sh.cols))
		for i, c := range sh.cols {
			cells[i] = xlsxValue(c.kind, row[i], st, wrapCol[i])
		}
		ref, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(ref, cells); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// xlsxValue is a cell as the streaming writer takes it: a number, a date
// or text, with its column's format; nil for an empty cell.
func xlsxValue(kind xlKind, v any, st xlsxStyles, wrap bool) any {
	switch v := v.(type) {
	case nil:
		return nil
	case model.Money:
		return excelize.Cell{StyleID: st.kinds[xlMoney], Value: v.Units()}
	case *float64:
		if v == nil {
			return nil
		}
		return xlsxValue(kind, *v, st, wrap)
	case time.Time:
		if v.IsZero() {
			return nil
		}
		// The day as the rep sees it, whatever the zone it was read in.
		y, m, d := v.Date()
		return excelize.Cell{StyleID: st.kinds[xlDate], Value: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
	case float64:
		if kind == xlPercent {
			return excelize.Cell{StyleID: st.kinds[xlPercent], Value: xlHundredth(v)}
		}
		return excelize.Cell{StyleID: st.kinds[kind], Value: v}
	case int:
		return excelize.Cell{StyleID: st.kinds[kind], Value: v}
	case string:
		if v == "" {
			return nil
		}
		if wrap {
			return excelize.Cell{StyleID: st.wrap, Value: v}
		}
		return v
	}
	return fmt.Sprint(v)
}

// hundredth is v/100 as the nearest number to the decimal it writes: 8.2%
// is stored as 0.082, not 0.08199999999999999.
func xlHundredth(v float64) float64 {
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e-2", 64)
	if err != nil {
		return v / 100
	}
	return f
}

// figureText is a figure about as a spreadsheet shows it, to size its
// column.
func xlFigureText(kind xlKind, v any) string {
	if p, ok := v.(*float64); ok && p != nil {
		v = *p
	}
	switch v := v.(type) {
	case float64:
		switch kind {
		case xlPercent:
			return model.FormatRate(v) + "0"
		case xlScore:
			return strconv.FormatFloat(v, 'f', 2, 64)
		}
		return model.FormatNumber(math.Round(v*100) / 100)
	case int:
		if kind == xlYear {
			return strconv.Itoa(v)
		}
		return model.FormatNumber(float64(v))
	}
	return ""
}
