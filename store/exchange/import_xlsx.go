package exchange

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ReadXLSX reads a workbook's bytes into its sheets, kind by kind: each
// sheet's kind is recognised from its header row (its name breaks a tie),
// or is want when want is set. A sheet of no kind kam imports (or not of
// want) is kept with the reason it is skipped; a workbook with no sheet
// to import is an error. Cells are read as stored: a date cell as its
// date, a percentage cell as a percentage, a number in full.
func ReadXLSX(data []byte, file string, want Kind) (sheets []Sheet, err error) {
	defer func() { // a mangled workbook is refused, never a crash
		if r := recover(); r != nil {
			sheets, err = nil, problem("%s cannot be read as a workbook: %v", "%s 无法作为工作簿读取：%v", file, r)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, problem("%s cannot be read as a workbook: %v", "%s 无法作为工作簿读取：%v", file, err)
	}
	defer f.Close()
	importable := 0
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, problem("%s › %s cannot be read: %v", "%s › %s 无法读取：%v", file, name, err)
		}
		s, err := workbookSheet(file, name, rows, want)
		if err != nil {
			s.Skipped = bilingual(err)
			sheets = append(sheets, s)
			continue
		}
		cellsAsTyped(f, &s)
		importable++
		sheets = append(sheets, s)
	}
	if importable == 0 {
		var why []string
		for _, s := range sheets {
			why = append(why, s.Skipped.EN)
		}
		return nil, problem("%s has no sheet of accounts, contacts, terms, actions, products or listings (%s)", "%s 中没有客户、联系人、贸易条款、行动、产品或铺货与动销表（%s）",
			file, strings.Join(why, "; "))
	}
	return sheets, nil
}

// workbookSheet reads one sheet of a workbook. A sheet named after a kind
// (Accounts, 联系人 …) is of that kind; any other is told from its header,
// and only when most of its columns are of the kind: a workbook holds
// other tables too (kam's own export has evaluations, meetings …), which
// name an account without being a list of accounts.
func workbookSheet(file, name string, rows [][]string, want Kind) (Sheet, error) {
	if why, ok := exportOnlySheet(name); ok {
		return Sheet{File: file, Name: name}, why
	}
	if why, ok := planOnlySheet(name); ok {
		return Sheet{File: file, Name: name}, why
	}
	named, isKind := ParseKind(name)
	switch {
	case want != "" && isKind && named != want:
		return Sheet{File: file, Name: name}, say(fmt.Sprintf("a sheet of %s, not %s", named, want),
			fmt.Sprintf("这是%s表，不是%s表", Spec(named).Name.ZH, Spec(want).Name.ZH))
	case want == "" && isKind:
		want = named
	}
	s, err := newSheet(file, name, rows, 1, want)
	if err != nil || isKind || want != "" {
		return s, err
	}
	matched := 0
	for _, c := range s.Columns {
		if c != "" {
			matched++
		}
	}
	if matched < len(s.Unknown) {
		spec := Spec(s.Kind)
		return Sheet{File: file, Name: name}, say(
			fmt.Sprintf("not a sheet of %s: most of its columns are not theirs (name the sheet %s to import it)", s.Kind, spec.Name.EN),
			fmt.Sprintf("不是%s表：大部分列不属于该类型（若要导入，请将工作表命名为“%s”）", spec.Name.ZH, spec.Name.ZH))
	}
	return s, nil
}

// cellsAsTyped turns the stored values of a sheet's cells into what the
// rep sees: a date serial number in a date column into its date, a
// percentage stored as a fraction into its percent, a number Excel stored
// with an exponent or a binary tail into plain digits.
func cellsAsTyped(f *excelize.File, s *Sheet) {
	spec := Spec(s.Kind)
	for ci, key := range s.Columns {
		col, ok := spec.Column(key)
		if !ok {
			continue
		}
		for ri := range s.Rows {
			r := &s.Rows[ri]
			if ci >= len(r.Cells) {
				continue
			}
			raw := strings.TrimSpace(r.Cells[ci])
			v, err := strconv.ParseFloat(raw, 64)
			if raw == "" || err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				continue
			}
			switch {
			case col.Type == DateValue:
				if d, ok := serialDate(v); ok {
					r.Cells[ci] = d
				}
			case col.Type == PercentValue || key == "value":
				if percentCell(f, s.Name, ci, r.Number) {
					r.Cells[ci] = plainNumber(v*100, 9) + "%"
				} else {
					r.Cells[ci] = plainNumber(v, 9)
				}
			case col.Type == MoneyValue:
				r.Cells[ci] = plainNumber(v, 2)
			case col.Type == CountValue, col.Type == NumberValue:
				r.Cells[ci] = plainNumber(v, 9)
			}
		}
	}
}

// plainNumber writes a number without exponent, rounded to decimals
// places: a stored 1234.5600000000001 is 1234.56.
func plainNumber(v float64, decimals int) string {
	p := math.Pow(10, float64(decimals))
	return strconv.FormatFloat(math.Round(v*p)/p, 'f', -1, 64)
}

// percentCell reports whether a cell is formatted as a percentage.
func percentCell(f *excelize.File, sheet string, col, row int) bool {
	cell, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		return false
	}
	idx, err := f.GetCellStyle(sheet, cell)
	if err != nil || idx == 0 {
		return false
	}
	st, err := f.GetStyle(idx)
	if err != nil || st == nil {
		return false
	}
	if st.NumFmt == 9 || st.NumFmt == 10 {
		return true
	}
	return st.CustomNumFmt != nil && strings.Contains(*st.CustomNumFmt, "%")
}
