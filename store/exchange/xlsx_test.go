package exchange

import (
	"bytes"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store/storetest"
)

// readBack writes the workspace as a workbook and opens it again with
// excelize, as a spreadsheet would.
func xlReadBack(t *testing.T, ws model.Workspace, l model.Lang) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, ws, l, planDay); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("the workbook does not open again: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// findRow is the number of the first row whose first cell is name.
func xlFindRow(t *testing.T, f *excelize.File, sheet, name string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == name {
			return i + 1
		}
	}
	t.Fatalf("sheet %s has no row for %s", sheet, name)
	return 0
}

// column is the cell name of the header called header in row.
func xlColumn(t *testing.T, f *excelize.File, sheet, header string, row int) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.Index(rows[0], header)
	if i < 0 {
		t.Fatalf("sheet %s has no column %q: %q", sheet, header, rows[0])
	}
	ref, _ := excelize.CoordinatesToCellName(i+1, row)
	return ref
}

func xlNumFmt(t *testing.T, f *excelize.File, sheet, ref string) (int, string) {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	custom := ""
	if st.CustomNumFmt != nil {
		custom = *st.CustomNumFmt
	}
	return st.NumFmt, custom
}

func TestXLSXReadsBack(t *testing.T) {
	sheetsEN := []string{"Accounts", "Evaluations", "Checklist", "Contacts", "Negotiations", "Issues", "Concessions",
		"Terms", "Terms by year", "Meetings", "Scorecards", "Actions", "Products", "Clusters", "Assortment", "Assortment changes", "Operations",
		"Objectives", "Promotions", "Annual plan", "P&L"}
	sheetsZH := []string{"客户", "评估", "采购清单", "联系人", "谈判", "议题", "让步", "贸易条款", "各年条款费用", "业务回顾", "计分卡", "行动",
		"产品", "门店群", "品项", "品项变动", "操作概况", "计划目标", "促销", "年度计划", "客户损益"}
	for _, l := range model.Langs {
		ws := model.CaseStudy(planDay, l)
		f := xlReadBack(t, ws, l)
		want := sheetsEN
		if l == model.Chinese {
			want = sheetsZH
		}
		if got := f.GetSheetList(); !slices.Equal(got, want) {
			t.Fatalf("%s: sheets %q, want %q", l, got, want)
		}
		for _, sheet := range want {
			panes, err := f.GetPanes(sheet)
			if err != nil || !panes.Freeze || panes.YSplit != 1 {
				t.Errorf("%s: the header of %s is not frozen: %+v %v", l, sheet, panes, err)
			}
			id, _ := f.GetCellStyle(sheet, "A1")
			if st, err := f.GetStyle(id); err != nil || st.Font == nil || !st.Font.Bold {
				t.Errorf("%s: the header of %s is not bold", l, sheet)
			}
			if rows, _ := f.GetRows(sheet); len(rows) < 2 {
				t.Errorf("%s: sheet %s has no rows under its header", l, sheet)
			}
		}
		accounts, contacts := want[0], want[3]
		row := xlFindRow(t, f, accounts, "MegaMart 美佳大卖场")
		name := func(en, zh string) string { return model.T(en, zh).In(l) }

		// Money is a number in currency units, with a format.
		ref := xlColumn(t, f, accounts, name("Our sales", "我方销售额"), row)
		if v, _ := f.GetCellValue(accounts, ref, excelize.Options{RawCellValue: true}); v != "63000000" {
			t.Errorf("%s: our sales %s = %q, want the number 63000000", l, ref, v)
		}
		if typ, _ := f.GetCellType(accounts, ref); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s: our sales are stored as %v, not a number", l, typ)
		}
		if id, _ := xlNumFmt(t, f, accounts, ref); id != 4 {
			t.Errorf("%s: our sales have number format %d, want 4 (#,##0.00)", l, id)
		}
		// A percentage is a fraction shown as a percentage.
		ref = xlColumn(t, f, accounts, name("Our share", "我方份额"), row)
		if v, _ := f.GetCellValue(accounts, ref, excelize.Options{RawCellValue: true}); v != "0.15" {
			t.Errorf("%s: our share = %q, want 0.15", l, v)
		}
		if id, _ := xlNumFmt(t, f, accounts, ref); id != 10 {
			t.Errorf("%s: our share has number format %d, want 10 (0.00%%)", l, id)
		}
		// A date is a date serial with a date format.
		ref = xlColumn(t, f, accounts, name("Updated", "更新日期"), row)
		raw, _ := f.GetCellValue(accounts, ref, excelize.Options{RawCellValue: true})
		serial, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			t.Fatalf("%s: the updated date is %q, not a serial number", l, raw)
		}
		day, _ := excelize.ExcelDateToTime(serial, false)
		a := ws.Accounts[slices.IndexFunc(ws.Accounts, func(a model.Account) bool { return a.ID == "cs01" })]
		if got, want := day.Format(model.DateLayout), a.Updated.Format(model.DateLayout); got != want {
			t.Errorf("%s: updated %s, want %s", l, got, want)
		}
		if _, custom := xlNumFmt(t, f, accounts, ref); custom != "yyyy-mm-dd" {
			t.Errorf("%s: the date has format %q", l, custom)
		}
		// The quadrant is the model's.
		ref = xlColumn(t, f, accounts, name("Quadrant", "象限"), row)
		if v, _ := f.GetCellValue(accounts, ref); v != model.Quadrants[model.Strategic].Name.In(l) {
			t.Errorf("%s: MegaMart's quadrant is %q", l, v)
		}
		// Words are in the language asked for.
		ref = xlColumn(t, f, contacts, name("Role", "角色"), xlFindRow(t, f, contacts, "MegaMart 美佳大卖场"))
		if v, _ := f.GetCellValue(contacts, ref); v != model.NameOf(model.Roles, "buyer", l) {
			t.Errorf("%s: the first contact's role is %q", l, v)
		}
	}
}

// Archived accounts and what belongs to them stay out of the workbook.
func TestXLSXLeavesArchivedOut(t *testing.T) {
	ws := model.CaseStudy(planDay, model.English)
	for i := range ws.Accounts {
		if ws.Accounts[i].ID == "cs01" {
			ws.Accounts[i].Archived = true
		}
	}
	f := xlReadBack(t, ws, model.English)
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for _, r := range rows {
			if len(r) > 0 && r[0] == "MegaMart 美佳大卖场" {
				t.Errorf("sheet %s holds the archived MegaMart", sheet)
				break
			}
		}
	}
}

// A generated territory is written row for row: every account, every
// contact.
func TestXLSXGenerated(t *testing.T) {
	const n = 300
	now := time.Date(2026, 3, 5, 9, 0, 0, 0, time.Local)
	ws := storetest.Generate(n, now)
	start := time.Now()
	f := xlReadBack(t, ws, model.Chinese)
	t.Logf("%d accounts written and read back in %v", n, time.Since(start))
	rows, err := f.GetRows("客户")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != n+1 {
		t.Errorf("%d account rows, want %d", len(rows)-1, n)
	}
	contacts, _ := f.GetRows("联系人")
	if len(contacts) != len(ws.Contacts)+1 {
		t.Errorf("%d contact rows, want %d", len(contacts)-1, len(ws.Contacts))
	}
}

// A percentage is stored as the decimal it writes: 8.2% is 0.082.
func TestHundredth(t *testing.T) {
	for v, want := range map[float64]string{8.2: "0.082", 15: "0.15", 0.25: "0.0025", -2.5: "-0.025", 0: "0"} {
		if got := strconv.FormatFloat(xlHundredth(v), 'g', -1, 64); got != want {
			t.Errorf("hundredth(%g) = %s, want %s", v, got, want)
		}
	}
}
