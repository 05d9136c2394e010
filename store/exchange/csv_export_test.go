package exchange

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

func exportCSV(t *testing.T, ws model.Workspace, kind string, l model.Lang) string {
	t.Helper()
	var b bytes.Buffer
	if err := ExportCSV(&b, ws, kind, l, today); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestEveryKindExportedAsCSVImportsBackUnchanged(t *testing.T) {
	ws := load(t, newDB(t, model.CaseStudy(today, model.English)))
	for _, l := range model.Langs {
		for _, k := range Kinds {
			text := exportCSV(t, ws, string(k), l)
			if !strings.HasPrefix(text, "\uFEFF") {
				t.Errorf("%s %s: no byte order mark for Excel", l, k)
			}
			p := planCSV(t, ws, "", text) // the kind told from the header, as a rep's file is
			if !p.OK() || len(p.Added)+len(p.Updated) > 0 || p.Unchanged == 0 {
				t.Errorf("%s %s: added %v\nupdated %v\nrejected %q", l, k, p.Added, p.Updated, rejectedAt(p))
			}
		}
	}
}

func TestCSVExportedIntoAnEmptyWorkspaceGivesTheSameRecords(t *testing.T) {
	ws := load(t, newDB(t, model.CaseStudy(today, model.Chinese)))
	empty := model.Workspace{People: ws.People} // our people are not a kind of sheet
	// Listings name clusters, which are kept in the Range tab, not
	// imported: an empty workspace has none to place them in.
	kinds := slices.DeleteFunc(slices.Clone(Kinds), func(k Kind) bool { return k == Listings })
	var sheets []Sheet
	for _, k := range kinds {
		s, err := ReadCSV([]byte(exportCSV(t, ws, string(k), model.Chinese)), string(k)+".csv", "")
		if err != nil {
			t.Fatal(err)
		}
		sheets = append(sheets, s)
	}
	p := Plan(empty, sheets, today)
	if !p.OK() {
		t.Fatalf("%q", rejectedAt(p))
	}
	var into model.Workspace
	for _, r := range p.Records() {
		switch r := r.(type) {
		case model.Account:
			into.Accounts = append(into.Accounts, r)
		case model.Contact:
			into.Contacts = append(into.Contacts, r)
		case model.TermsYear:
			into.Terms = append(into.Terms, r)
		case model.Meeting:
			into.Meetings = append(into.Meetings, r)
		case model.Product:
			into.Products = append(into.Products, r)
		}
	}
	into.People = ws.People
	// What the sheets carry reads back alike: each kind's table is the same.
	for _, k := range kinds {
		a, b := exportCSV(t, ws, string(k), model.English), exportCSV(t, into, string(k), model.English)
		if a != b {
			t.Errorf("%s differs after export and import:\n%s\n---\n%s", k, a, b)
		}
	}
}

func TestExportEditInASpreadsheetImportChangesOnlyTheEdit(t *testing.T) {
	db := newDB(t, model.CaseStudy(today, model.English))
	before := load(t, db)
	text := exportCSV(t, before, "accounts", model.English)
	mm, _ := accountNamed(before, "MegaMart 美佳大卖场")
	// The rep changes MegaMart's region, and the spreadsheet saves the file again.
	records, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range records {
		if rec[0] == mm.Name {
			rec[3] = "North-East"
		}
	}
	var b bytes.Buffer
	if err := csv.NewWriter(&b).WriteAll(records); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "accounts.csv")
	writeFile(t, file, b.String())
	if code, out, errOut := kamImport(t, db, model.English, file); code != 0 || !strings.Contains(out, "Updated (1):\n  account MegaMart 美佳大卖场") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	after := load(t, db)
	got, _ := accountNamed(after, mm.Name)
	if got.Region != "North-East" {
		t.Errorf("region %q", got.Region)
	}
	got.Region, got.Updated = mm.Region, mm.Updated
	if !equalAccounts(got, mm) {
		t.Errorf("more than the region changed:\n%+v\n%+v", got, mm)
	}
	for _, k := range []string{"contacts", "terms", "actions"} {
		if exportCSV(t, before, k, model.English) != exportCSV(t, after, k, model.English) {
			t.Errorf("%s changed", k)
		}
	}
}

func TestExportCSVRefusesAKindItDoesNotKnow(t *testing.T) {
	if err := ExportCSV(&bytes.Buffer{}, model.Workspace{}, "evaluations", model.English, today); err == nil {
		t.Error("exported an unknown kind")
	}
}
