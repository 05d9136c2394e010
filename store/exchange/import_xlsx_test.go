package exchange

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kam-workbench/kam/model"
)

// workbook builds a workbook in memory: sheets of rows, each cell a value
// as excelize writes it (a number stays a number); style gives some cells
// a number format ("A2": 10 is a percentage).
func workbook(t testing.TB, sheets []string, rows map[string][][]any, styles map[string]map[string]int) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range rows[name] {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
		for cell, numFmt := range styles[name] {
			id, err := f.NewStyle(&excelize.Style{NumFmt: numFmt})
			if err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellStyle(name, cell, cell, id); err != nil {
				t.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// exampleWorkbook is testdata/import/workbook.xlsx: a sheet of each kind,
// Chinese headers on one, numbers, percentages and dates as cells, and a
// sheet kam does not import.
func exampleWorkbook(t testing.TB) []byte {
	return workbook(t, []string{"客户", "Contacts", "Terms", "Actions", "Notes"}, map[string][][]any{
		"客户": {
			{"客户名称", "渠道", "区域", "品类销售额", "我方销售额", "增长率 %", "等级"},
			{"华润万家", "大卖场", "华南", 120000000, 32000000, 0.05, "A"},
			{"Harbour Mart", "Supermarket", "South", 12500000, 1800000.5, 0.125, "B"},
		},
		"Contacts": {
			{"Account", "Name", "Role", "Last contact", "In post since"},
			{"Harbour Mart", "Li Wei", "buyer", 46034, "2024/9/1"}, // 2026-01-12 as a date cell
		},
		"Terms": {
			{"Account", "Year", "Gross sales", "Term", "Value", "Count"},
			{"Harbour Mart", 2026, 2200000, "Invoice discount", 0.025, nil},
			{"Harbour Mart", 2026, 2200000, "Listing fee per new SKU", 5000, 6},
		},
		"Actions": {
			{"Account", "Meeting date", "Action", "Due"},
			{"华润万家", 46042, "Send the Q2 promotion plan", 46063}, // 2026-01-20, due 2026-02-10
		},
		"Notes": {{"Anything", "else"}, {"is", "skipped"}},
	}, map[string]map[string]int{
		"客户":       {"F2": 10, "F3": 10, "E3": 4},
		"Contacts": {"D2": 14},
		"Terms":    {"E2": 10},
		"Actions":  {"B2": 14, "D2": 14},
	})
}

func TestWorkbookSheetsAreImportedKindByKind(t *testing.T) {
	sheets, err := ReadXLSX(exampleWorkbook(t), "book.xlsx", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(sheets) != 5 || sheets[4].Skipped == (model.Text{}) || sheets[0].Kind != Accounts || sheets[1].Kind != Contacts {
		t.Fatalf("sheets: %+v", sheets)
	}
	p := Plan(model.Workspace{}, sheets, today)
	if !p.OK() {
		t.Fatalf("%q", rejectedAt(p))
	}
	if len(p.Notes) != 1 || !strings.Contains(p.Notes[0].EN, "book.xlsx › Notes: skipped") {
		t.Errorf("notes: %v", p.Notes)
	}
	var accounts []model.Account
	var contacts []model.Contact
	var terms []model.TermsYear
	var meetings []model.Meeting
	for _, r := range p.Records() {
		switch r := r.(type) {
		case model.Account:
			accounts = append(accounts, r)
		case model.Contact:
			contacts = append(contacts, r)
		case model.TermsYear:
			terms = append(terms, r)
		case model.Meeting:
			meetings = append(meetings, r)
		}
	}
	if len(accounts) != 2 || accounts[0].CategorySales != 1_2000_0000_00 || accounts[0].Growth != 5 || accounts[0].Channel != model.Hypermarket ||
		accounts[1].OurSales != 1_800_000_50 || accounts[1].Growth != 12.5 {
		t.Errorf("accounts: %+v", accounts)
	}
	if len(contacts) != 1 || contacts[0].LastContact.Format(model.DateLayout) != "2026-01-12" || contacts[0].InPostSince.Format(model.DateLayout) != "2024-09-01" {
		t.Errorf("contacts: %+v", contacts)
	}
	if len(terms) != 1 || len(terms[0].Terms) != 2 || terms[0].Terms[0].Percent != 2.5 || terms[0].Terms[1].Amount != 5000_00 || terms[0].Terms[1].Count != 6 {
		t.Errorf("terms: %+v", terms)
	}
	if len(meetings) != 1 || meetings[0].Date.Format(model.DateLayout) != "2026-01-20" || meetings[0].Actions[0].Due.Format(model.DateLayout) != "2026-02-10" ||
		meetings[0].AccountID != accounts[0].ID {
		t.Errorf("meetings: %+v", meetings)
	}
}

func TestTheExampleWorkbookIsTheOneTheTestsBuild(t *testing.T) {
	path := examples("workbook.xlsx")
	if os.Getenv("KAM_WRITE_EXAMPLES") != "" {
		if err := os.WriteFile(path, exampleWorkbook(t), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "kam.db")
	code, out, errOut := kamImport(t, db, model.Chinese, path)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s (KAM_WRITE_EXAMPLES=1 writes the file anew)", code, out, errOut)
	}
	if !strings.Contains(out, "workbook.xlsx › 客户：2 行客户") || !strings.Contains(out, "已导入：新增 2 个客户，新增 1 位联系人，新增 1 个年度条款，新增 1 次会议，新增 1 项行动。") {
		t.Errorf("report:\n%s", out)
	}
	if ws := load(t, db); len(ws.Accounts) != 2 || len(ws.Contacts) != 1 || len(ws.Meetings) != 1 {
		t.Errorf("workspace: %d accounts, %d contacts, %d meetings", len(ws.Accounts), len(ws.Contacts), len(ws.Meetings))
	}
}

func TestABadWorkbookRowIsListedWithItsSheetAndRow(t *testing.T) {
	data := workbook(t, []string{"Accounts", "Contacts", "Terms", "Actions"}, map[string][][]any{
		"Accounts": {{"Name", "Our sales"}, {"Good", 100}, {}, {"Bad", "lots"}}, // row 4, after a blank row
		"Contacts": {{"Account", "Name", "Last contact"}, {"Good", "Ann", 46000}, {"Elsewhere", "Bob", nil}},
		"Terms":    {{"Account", "Year", "Term", "Value"}, {"Good", 1999, "Data fee", 100}},
		"Actions":  {{"Account", "Meeting date", "Action", "Due"}, {"Good", 46042, "Early", 46040}},
	}, map[string]map[string]int{"Contacts": {"C2": 14}, "Actions": {"B2": 14, "D2": 14}})
	db := newDB(t, model.Workspace{})
	file := filepath.Join(t.TempDir(), "bad.xlsx")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, _ := kamImport(t, db, model.English, file)
	for _, want := range []string{
		`bad.xlsx › Accounts row 4, column Our sales: "lots" is not an amount`,
		`bad.xlsx › Contacts row 3, column Account: there is no account called "Elsewhere"`,
		"bad.xlsx › Terms row 2, column Year: 1999 is not a year kam keeps terms for",
		"bad.xlsx › Actions row 2, column Due: due 2026-01-18, before the meeting of 2026-01-20",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if code != 1 || len(load(t, db).Accounts) != 0 {
		t.Errorf("exit %d, and the good row was written", code)
	}
}

func TestWorkbooksThatAreNotOnesAreRefused(t *testing.T) {
	for name, data := range map[string][]byte{
		"garbage":  []byte("PK\x03\x04 not really a zip"),
		"empty":    nil,
		"no kinds": workbook(t, []string{"Sheet"}, map[string][][]any{"Sheet": {{"Colour"}, {"red"}}}, nil),
	} {
		if _, err := ReadXLSX(data, name+".xlsx", ""); err == nil {
			t.Errorf("%s: read", name)
		}
	}
	// --kind picks the sheets of that kind.
	sheets, err := ReadXLSX(exampleWorkbook(t), "book.xlsx", Contacts)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range sheets {
		if s.Skipped == (model.Text{}) {
			n++
			if s.Kind != Contacts {
				t.Errorf("%s read as %s", s.Name, s.Kind)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d sheets read with --kind contacts", n)
	}
}

func TestKamsOwnWorkbookImportsBackUnchanged(t *testing.T) {
	ws := model.CaseStudy(today, model.English)
	for _, l := range model.Langs {
		var b bytes.Buffer
		if err := WriteXLSX(&b, ws, l, today); err != nil {
			t.Fatal(err)
		}
		sheets, err := ReadXLSX(b.Bytes(), "export.xlsx", "")
		if err != nil {
			t.Fatal(err)
		}
		p := Plan(ws, sheets, today)
		if !p.OK() || len(p.Added)+len(p.Updated) > 0 || p.Unchanged == 0 {
			t.Errorf("%s: added %v, updated %v, rejected %q", l, p.Added, p.Updated, rejectedAt(p))
		}
	}
}

// kam's own workbook carries a term's base, expected achievement and
// paid-within days: it imports back unchanged, and restores them into a
// workspace that lost them.
func TestKamsOwnWorkbookKeepsTheTermFields(t *testing.T) {
	ws := termFieldsWS()
	lost := termFieldsWS()
	for i := range lost.Terms[0].Terms {
		x := &lost.Terms[0].Terms[i]
		x.PercentOf, x.Expected, x.PaidWithin = model.OfGross, 0, 0
	}
	for _, l := range model.Langs {
		var b bytes.Buffer
		if err := WriteXLSX(&b, ws, l, today); err != nil {
			t.Fatal(err)
		}
		sheets, err := ReadXLSX(b.Bytes(), "export.xlsx", "")
		if err != nil {
			t.Fatal(err)
		}
		if p := Plan(ws, sheets, today); !p.OK() || len(p.Added)+len(p.Updated) > 0 || p.Unchanged == 0 {
			t.Errorf("%s: added %v, updated %v, rejected %q", l, p.Added, p.Updated, rejectedAt(p))
		}
		p := Plan(lost, sheets, today)
		if !p.OK() || len(p.Updated) != 1 {
			t.Fatalf("%s: updated %v, rejected %q", l, p.Updated, rejectedAt(p))
		}
		got := p.Records()[0].(model.TermsYear)
		// 100% expected is what the workbook writes of a term expected in
		// full; the workspace that lost it counts it in full too.
		want := slices.Clone(ws.Terms[0].Terms)
		for i := range want {
			if want[i].Expected == 100 {
				want[i].Expected = 0
			}
		}
		if termsJSON(t, got.Terms) != termsJSON(t, want) {
			t.Errorf("%s: restored\n%s\nwant\n%s", l, termsJSON(t, got.Terms), termsJSON(t, want))
		}
	}
}
