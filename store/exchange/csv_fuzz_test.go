package exchange

import (
	"os"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// FuzzReadCSV feeds any bytes to the CSV reader and plans what it read
// into a workspace: neither may panic, and a sheet read has a kind.
func FuzzReadCSV(f *testing.F) {
	for _, name := range []string{"accounts.csv", "accounts-gb18030.csv", "contacts.csv", "terms.csv", "actions.csv"} {
		data, err := os.ReadFile(examples(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", "\xEF\xBB\xBF", "\xFF\xFE", "Name\n\"unclosed", "Name;Channel\nA;Hyper\n", "Name\tTier\nA\tA\n",
		"Account,Year,Term,Value\nM,2026,Payment days,30 days\n", "Account,Action,Due\nM,x,31/31/2026\n",
		"Name,Stages\nA,##+.....\n", "\x81\x30\x81\x30,\xff\n",
	} {
		f.Add([]byte(s))
	}
	ws := model.CaseStudy(today, model.English)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ReadCSV(data, "fuzz.csv", "")
		if err != nil {
			return
		}
		if s.Kind == "" {
			t.Fatalf("a sheet without a kind: %q", data)
		}
		p := Plan(ws, []Sheet{s}, today)
		if !p.OK() && len(p.Records()) > 0 {
			t.Fatal("records to write beside rejected rows")
		}
	})
}
