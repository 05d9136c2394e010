package data

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store/exchange"
)

// ImportSheet is one table of a file to import, as read.
type ImportSheet = exchange.Sheet

// ImportPreview is what an import would add, update and reject.
type ImportPreview = exchange.Preview

// ImportKinds are the kinds of rows a spreadsheet may hold, in the order
// an import applies them; "" (not among them) recognises the kind from
// the header row.
var ImportKinds = func() []string {
	out := make([]string, len(exchange.Kinds))
	for i, k := range exchange.Kinds {
		out[i] = string(k)
	}
	return out
}()

// ImportKindName is a kind's name in a language ("accounts", "客户").
func ImportKindName(kind string, l model.Lang) string {
	k, ok := exchange.ParseKind(kind)
	if !ok {
		return kind
	}
	if l == model.Chinese {
		return exchange.Spec(k).Name.ZH
	}
	return string(k)
}

// ImportReadMsg answers ReadImport: the sheets read from the file, or why
// it could not be read.
type ImportReadMsg struct {
	Path   string // as typed
	Kind   string
	Sheets []ImportSheet
	Err    error
}

// ReadImport reads a .csv, .txt, .tsv or .xlsx file off the update loop;
// a leading ~ stands for the home directory. kind is "" to recognise each
// sheet's kind from its header row.
func ReadImport(path, kind string) tea.Cmd {
	return func() tea.Msg {
		sheets, err := exchange.ReadFile(ExpandHome(path), kind)
		return ImportReadMsg{Path: path, Kind: kind, Sheets: sheets, Err: err}
	}
}

// ExpandHome puts the home directory for a leading ~ ("~" or "~/…").
func ExpandHome(path string) string {
	if path != "~" && !strings.HasPrefix(path, "~/") {
		return path
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return path
	}
	return filepath.Join(home, path[1:])
}

// IsWorkspaceFile reports whether a path names a whole workspace exported
// as JSON, which only the command line brings in (into an empty workspace,
// or merged).
func IsWorkspaceFile(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".json")
}

// PlanImport checks the sheets against the workspace as held, by the
// rules the forms use. It reads the whole workspace: call it once
// Complete.
func (d *Data) PlanImport(sheets []ImportSheet, now time.Time) ImportPreview {
	return exchange.Plan(d.Workspace, sheets, now)
}

// AccountPlan is the one-page plan of an account in Markdown, in a
// language, as kam export writes it. It reads the whole workspace: call it
// once Complete.
func (d *Data) AccountPlan(id string, l model.Lang, now time.Time) string {
	return exchange.AccountPlan(d.Workspace, id, l, now)
}
