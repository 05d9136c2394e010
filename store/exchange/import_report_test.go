package exchange

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// A row with two problems is one rejected row: the heading counts the
// rows it lists, and says how many problems when they are more.
func TestRejectedRowsAreCountedAsRows(t *testing.T) {
	p := planCSV(t, model.Workspace{}, Accounts, "Name,Channel,Outlets,Our sales,Tier\n"+
		"Harbour Mart,Supermarket,many,1.8M,B\n"+
		"Lotus Express,Convenience,310,\"2,5\",Z\n"+
		",Supermarket,12,320K,C\n")
	if len(p.Rejected) != 4 || p.RejectedRows() != 3 {
		t.Fatalf("%d problems on %d rows, want 4 on 3", len(p.Rejected), p.RejectedRows())
	}
	for l, want := range map[model.Lang]string{model.English: "Rejected rows (3), 4 problems:\n", model.Chinese: "有问题的行（3 行，4 处问题）：\n"} {
		var b bytes.Buffer
		p.Report(&b, l, true)
		if !strings.Contains(b.String(), want) {
			t.Errorf("%s: the report's heading is not %q:\n%s", l, want, b.String())
		}
	}
	if got := p.Summary(model.English); !strings.HasSuffix(got, "3 rows rejected") {
		t.Errorf("the summary counts problems as rows: %s", got)
	}

	// One problem a row: the rows alone.
	one := planCSV(t, model.Workspace{}, Accounts, "Name,Channel,Tier\nA,Supermarket,Z\nB,Supermarket,Y\n")
	var b bytes.Buffer
	one.Report(&b, model.English, true)
	if !strings.Contains(b.String(), "Rejected rows (2):\n") {
		t.Errorf("one problem a row:\n%s", b.String())
	}

	// The command line says the same.
	path := filepath.Join(t.TempDir(), "w.db")
	var out, errs bytes.Buffer
	if code := RunImport(path, []string{filepath.Join("..", "..", "testdata", "import", "bad-accounts.csv")}, model.English, &out, &errs); code != 1 ||
		!strings.Contains(out.String(), "Rejected rows (3), 4 problems:\n") || !strings.Contains(errs.String(), "4 problems on 3 rows") {
		t.Errorf("kam import: exit %d\n%s%s", code, out.String(), errs.String())
	}
}
