package accounts

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/uitest"
)

// importFile is a file of the repository's example imports.
func importFile(name string) string { return filepath.Join("..", "..", "testdata", "import", name) }

// badAccounts is accounts.csv with three bad cells on two rows.
const badAccounts = `Name,Channel,Region,Outlets,Tier
Harbour Mart,Supermarket,South,many,B
Lotus Express,Convenience,East,310,Z
,Supermarket,North,12,C
`

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// importPath opens the import, types a path and reads it.
func (h *harness) importPath(path string) {
	h.Press("i", "text:"+path, "enter")
}

func TestImportPreviewOfAGoodFile(t *testing.T) {
	h := caseStudy(t)
	h.importPath(importFile("accounts.csv"))
	v := h.tab.View()
	for _, want := range []string{"Import ../../testdata/import/accounts.csv", "accounts.csv: 3 rows of accounts, UTF-8",
		"Added (3):", "account Harbour Mart", "account Lotus Express", "account Green Valley Co-op",
		"y or enter imports it: 3 accounts added."} {
		if !strings.Contains(v, want) {
			t.Errorf("the preview lacks %q:\n%s", want, v)
		}
	}
	if _, ok := h.stored("Harbour Mart"); ok || len(h.names()) != 10 {
		t.Fatal("the preview wrote something")
	}
	if h.tab.Capturing() {
		t.Error("the preview does not capture keys: L switches the language")
	}
	h.SetLang(model.Chinese)
	if v := h.tab.View(); !strings.Contains(v, "新增（3）：") || !strings.Contains(v, "按 y 或回车导入：新增 3 个客户。") {
		t.Errorf("the preview does not follow the language:\n%s", v)
	}
}

// TestImportWritesEverythingInOneSave: y writes every record of the
// preview in one save; the list and the store then hold them, and the
// status line says what was imported.
func TestImportWritesEverythingInOneSave(t *testing.T) {
	h := caseStudy(t)
	h.importPath(importFile("accounts.csv"))
	cmd := h.Update(uitest.Key("y"))
	if v := h.tab.View(); !strings.Contains(v, "Importing…") || h.Ctx.Data.Pending != 1 {
		t.Errorf("while the save is under way (%d pending):\n%s", h.Ctx.Data.Pending, v)
	}
	h.Run(cmd)
	if h.tab.imp != nil {
		t.Fatal("the import stays open after its save")
	}
	for _, name := range []string{"Harbour Mart", "Lotus Express", "Green Valley Co-op"} {
		a, ok := h.stored(name)
		if !ok {
			t.Errorf("%s is not in the store", name)
		}
		if !slices.Contains(h.names(), name) {
			t.Errorf("%s is not in the list", name)
		}
		if got, _ := h.Ctx.Data.Account(a.ID); got.Name != name {
			t.Errorf("%s is not in the data", name)
		}
	}
	if len(h.names()) != 13 || h.Status != "Imported: 3 accounts added." {
		t.Errorf("%d rows, status %q", len(h.names()), h.Status)
	}
	if !strings.Contains(h.tab.View(), "13 key accounts") {
		t.Errorf("the list does not count them:\n%s", h.tab.View())
	}
}

// TestImportBadFileWritesNothing: a file with a bad row lists every bad
// row with its row, column and reason, and nothing can be imported.
func TestImportBadFileWritesNothing(t *testing.T) {
	h := caseStudy(t)
	path := writeFile(t, t.TempDir(), "bad.csv", badAccounts)
	h.importPath(path)
	v := h.tab.View()
	for _, want := range []string{"Rejected rows (3):", "bad.csv row 2, column Outlets:", "bad.csv row 3, column Tier:", "bad.csv row 4",
		"Nothing can be imported: 3 problems on 3 rows."} {
		if !strings.Contains(v, want) {
			t.Errorf("the preview lacks %q:\n%s", want, v)
		}
	}
	h.Press("y", "enter")
	if h.Ctx.Data.Pending != 0 || h.tab.imp == nil || h.tab.imp.step != importPreview {
		t.Fatal("y on a refused file saves or closes it")
	}
	if _, ok := h.stored("Harbour Mart"); ok {
		t.Error("a good row of a bad file was written")
	}
	h.SetLang(model.Chinese)
	if v := h.tab.View(); !strings.Contains(v, "bad.csv 第 3 行，“Tier”列：") || !strings.Contains(v, "无法导入：3 行共 3 处问题。") {
		t.Errorf("in Chinese:\n%s", v)
	}
	h.Press("esc")
	if h.tab.imp != nil || len(h.names()) != 10 {
		t.Error("esc does not go back to the list unchanged")
	}
}

func TestImportChineseExcelFile(t *testing.T) {
	h := newTodayHarness(t, model.CaseStudy(now, model.English)) // i works on Today too
	h.importPath(importFile("accounts-gb18030.csv"))
	v := h.tab.View()
	if !strings.Contains(v, "GB18030") || !strings.Contains(v, "y or enter imports it") {
		t.Fatalf("the preview of a GB18030 file:\n%s", v)
	}
	h.Press("enter")
	if h.tab.imp != nil || h.tab.view != viewToday || !strings.Contains(h.Status, "Imported: ") {
		t.Errorf("after enter: status %q", h.Status)
	}
}

// TestImportFileNotReadSaysWhy: a file that cannot be read keeps the
// field open, with the reason under it.
func TestImportFileNotReadSaysWhy(t *testing.T) {
	h := caseStudy(t)
	h.importPath("no-such-file.csv")
	if h.tab.imp == nil || h.tab.imp.step != importAsk || !strings.Contains(h.tab.View(), "no-such-file.csv: no such file") {
		t.Fatalf("a missing file:\n%s", h.tab.View())
	}
	h.Press("enter")
	h.Press("ctrl+u", "enter")
	if !strings.Contains(h.tab.View(), "Type the path of the file to import.") {
		t.Errorf("an empty path:\n%s", h.tab.View())
	}
}

func TestImportRefusesAWorkspaceFile(t *testing.T) {
	h := caseStudy(t)
	h.importPath("team-b.json")
	v := h.tab.View()
	if h.tab.imp.step != importAsk || !strings.Contains(strings.Join(strings.Fields(v), " "), "kam import --merge team-b.json") {
		t.Errorf("a JSON file:\n%s", v)
	}
}

// TestImportRefusedSaveSaysWhy: when the disk refuses the write, the
// preview stays with the reason and nothing shows as imported.
func TestImportRefusedSaveSaysWhy(t *testing.T) {
	h := caseStudy(t)
	h.importPath(importFile("accounts.csv"))
	h.Store.Close()
	h.Press("y")
	v := h.tab.View()
	if h.tab.imp == nil || h.tab.imp.step != importPreview || !strings.Contains(v, "Nothing was imported: ") || !strings.Contains(v, "database not open") {
		t.Errorf("after a refused write:\n%s", v)
	}
	if len(h.names()) != 10 || !strings.HasPrefix(h.Status, "Nothing was imported") {
		t.Errorf("%d rows, status %q", len(h.names()), h.Status)
	}
}

// TestImportCompletesFileNames: the field offers the folders and the
// importable files of the folder typed, tab takes the one picked, ~ is
// the home folder.
func TestImportCompletesFileNames(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"accounts.csv", "accounts-old.xlsx", "notes.pdf", ".hidden.csv", "archive/2025.tsv"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o700)
		writeFile(t, dir, name, "x")
	}
	h := caseStudy(t)
	h.Press("i", "text:"+dir+"/a")
	if !h.tab.Capturing() {
		t.Fatal("the field does not capture keys")
	}
	got, _ := h.tab.imp.path.matches()
	want := []string{dir + "/accounts-old.xlsx", dir + "/accounts.csv", dir + "/archive/"}
	if !slices.Equal(got, want) {
		t.Fatalf("matches %q, want %q", got, want)
	}
	v := h.tab.View()
	if !strings.Contains(v, "> accounts-old.xlsx") || !strings.Contains(v, "  archive/") || strings.Contains(v, "notes.pdf") {
		t.Errorf("the matches shown:\n%s", v)
	}
	h.Press("enter") // reads the match picked, as the field shows it, not the bare "…/a"
	if h.tab.imp.file != dir+"/accounts-old.xlsx" {
		t.Fatalf("enter read %q, not the path the field shows", h.tab.imp.file)
	}
	h.Press("esc", "i", "text:"+dir+"/a")
	h.Press("down", "down", "tab")
	if got := h.tab.imp.path.value(); got != dir+"/archive/" {
		t.Fatalf("tab took %q", got)
	}
	h.Press("text:2", "tab")
	if got := h.tab.imp.path.value(); got != dir+"/archive/2025.tsv" {
		t.Errorf("in the folder taken, tab took %q", got)
	}
	h.Press("ctrl+u", "text:"+dir+"/.")
	if got, _ := h.tab.imp.path.matches(); !slices.Equal(got, []string{dir + "/.hidden.csv"}) {
		t.Errorf("a dot shows the hidden files: %q", got)
	}

	t.Setenv("HOME", dir)
	h.Press("ctrl+u", "text:~/acc", "tab")
	if got := h.tab.imp.path.value(); got != "~/accounts-old.xlsx" {
		t.Errorf("~ completes in the home folder: %q", got)
	}
}

// TestImportKind: ctrl+t sets the kind the file is read as.
func TestImportKind(t *testing.T) {
	h := caseStudy(t)
	h.Press("i")
	for range 2 {
		h.Run(h.Update(tea.KeyMsg{Type: tea.KeyCtrlT}))
	}
	if !strings.Contains(h.tab.View(), "Kind: contacts") {
		t.Fatalf("after ctrl+t twice:\n%s", h.tab.View())
	}
	h.Press("text:"+importFile("accounts.csv"), "enter")
	if v := h.tab.View(); !strings.Contains(v, "the header row has no Account column, which contacts need") {
		t.Errorf("accounts read as contacts:\n%s", v)
	}
}

// TestImportIntoAnEmptyWorkspace: from the welcome screen, i imports, and
// the first account imported becomes the current one.
func TestImportIntoAnEmptyWorkspace(t *testing.T) {
	h := newTodayHarness(t, model.Workspace{})
	h.importPath(importFile("accounts.csv"))
	h.Press("y")
	a, ok := h.stored("Harbour Mart")
	if !ok || h.Selected != a.ID {
		t.Errorf("selected %q, want Harbour Mart's %q", h.Selected, a.ID)
	}
	h.Press("v")
	if got := h.names(); len(got) != 3 {
		t.Errorf("the list: %v", got)
	}
}

// TestImportClearsAFilterThatHidesIt: with a filter kept that the new
// accounts do not match, the import clears it so they show, and says so.
func TestImportClearsAFilterThatHidesIt(t *testing.T) {
	h := caseStudy(t)
	h.Press("/", "text:hyp", "enter")
	if n := len(h.names()); n == 0 || n >= 10 {
		t.Fatalf("the filter hyp finds %v", h.names())
	}
	h.importPath(importFile("accounts.csv"))
	h.Press("y")
	if h.tab.filter.Value() != "" || !slices.Contains(h.names(), "Harbour Mart") || len(h.names()) != 13 {
		t.Errorf("after the import the list shows %v, filter %q", h.names(), h.tab.filter.Value())
	}
	if !strings.Contains(h.Status, "Imported: 3 accounts added.") || !strings.Contains(h.Status, "hyp") {
		t.Errorf("status %q", h.Status)
	}
	if v := h.tab.View(); !strings.Contains(v, "Harbour Mart") || strings.Contains(v, "found") {
		t.Errorf("the list:\n%s", v)
	}
}

// TestImportKeepsAFilterThatShowsIt: a filter every imported account
// matches stays.
func TestImportKeepsAFilterThatShowsIt(t *testing.T) {
	h := caseStudy(t)
	h.Press("/", "text:a", "enter")
	h.importPath(importFile("accounts.csv"))
	h.Press("y")
	if h.tab.filter.Value() != "a" || !slices.Contains(h.names(), "Harbour Mart") {
		t.Errorf("after the import the list shows %v, filter %q", h.names(), h.tab.filter.Value())
	}
}
