package exchange

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// Trading terms are 贸易条款, as kam's screens say: in the kind's name and
// in every message about the kinds of a file.
func TestTradingTermsAre贸易条款(t *testing.T) {
	if got := Spec(Terms).Name.ZH; got != "贸易条款" {
		t.Errorf("the kind is %q", got)
	}
	var msgs []string
	if err := ExportCSV(&bytes.Buffer{}, model.Workspace{}, "evaluations", model.English, today); err != nil {
		msgs = append(msgs, model.Localize(err, model.Chinese))
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "x.csv"), "evaluations"); err != nil {
		msgs = append(msgs, model.Localize(err, model.Chinese))
	}
	if _, err := ReadCSV([]byte("Colour,Size\nred,2\n"), "t.csv", ""); err != nil {
		msgs = append(msgs, model.Localize(err, model.Chinese))
	}
	if _, err := ReadXLSX(workbook(t, []string{"Notes"}, map[string][][]any{"Notes": {{"Colour", "Size"}}}, nil), "w.xlsx", ""); err != nil {
		msgs = append(msgs, model.Localize(err, model.Chinese))
	}
	if len(msgs) != 4 {
		t.Fatalf("%d refusals: %q", len(msgs), msgs)
	}
	for _, m := range msgs {
		if !strings.Contains(m, "贸易条款") || strings.Contains(m, "交易条款") {
			t.Errorf("%s", m)
		}
	}
}

// Files written when the kind was 交易条款, and kam's workbooks whose terms
// sheet was 条款, still import: the words name the kind, a sheet and the
// term column.
func TestFilesThatSay交易条款StillImport(t *testing.T) {
	for _, name := range []string{"交易条款", "贸易条款", "条款", "Terms"} {
		if k, ok := ParseKind(name); !ok || k != Terms {
			t.Errorf("%s read as %q", name, k)
		}
	}
	for _, sheet := range []string{"交易条款", "贸易条款", "条款"} {
		for _, termHeader := range []string{"交易条款", "贸易条款"} {
			// Account and year alone fit a terms sheet as well as others:
			// the sheet's name tells.
			data := workbook(t, []string{sheet}, map[string][][]any{sheet: {
				{"客户", "年份", termHeader, "数值"},
				{"MegaMart", 2025, "数据费", 12000},
			}}, nil)
			sheets, err := ReadXLSX(data, "old.xlsx", "")
			if err != nil {
				t.Fatalf("%s/%s: %v", sheet, termHeader, err)
			}
			p := Plan(termsWS(), sheets, today)
			if !p.OK() || len(p.Updated) != 1 {
				t.Fatalf("%s/%s: updated %v rejected %q", sheet, termHeader, p.Updated, rejectedAt(p))
			}
			if got, _ := p.Records()[0].(model.TermsYear).Term("data_fee"); got.Amount != 12_000_00 {
				t.Errorf("%s/%s: %+v", sheet, termHeader, got)
			}
		}
	}
}
