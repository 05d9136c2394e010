package accounts

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// importable are the endings of the files the import reads; a workspace
// exported as .json is brought in on the command line.
var importable = []string{".csv", ".tsv", ".txt", ".xlsx"}

// pathField is a text field for a file's path that completes names from
// the file system: the folder typed so far is listed off the update loop,
// and its folders and importable files are offered as the text grows.
type pathField struct {
	input   textinput.Model
	dir     string   // the folder part of the text, as typed ("" for the working folder)
	entries []string // the folder's names, folders ending in "/"; nil until listed
}

// dirListedMsg answers listDir: the names in a folder, as typed.
type dirListedMsg struct {
	dir     string
	entries []string
}

func newPathField() pathField {
	in := textinput.New()
	common.ShowCursor(&in.Cursor)
	in.Prompt = ""
	in.CharLimit = 1024
	in.ShowSuggestions = true
	in.KeyMap.NextSuggestion.SetKeys("down", "ctrl+n")
	in.KeyMap.PrevSuggestion.SetKeys("up", "ctrl+p")
	return pathField{input: in}
}

// start focuses the field and lists the working folder.
func (f *pathField) start() tea.Cmd {
	f.dir, f.entries = "", nil
	return tea.Batch(f.input.Focus(), listDir(""))
}

// dirOf is the folder part of a typed path: up to its last slash.
func dirOf(typed string) string { return typed[:strings.LastIndex(typed, "/")+1] }

// listDir reads a folder's names (the folder as typed: "" is the working
// folder, a leading ~ the home folder). An unreadable folder offers nothing.
func listDir(typed string) tea.Cmd {
	return func() tea.Msg {
		dir := data.ExpandHome(typed)
		if dir == "" {
			dir = "."
		}
		list, err := os.ReadDir(dir)
		if err != nil {
			return dirListedMsg{dir: typed, entries: []string{}}
		}
		names := []string{}
		for _, e := range list {
			name := e.Name()
			isDir := e.IsDir()
			if e.Type()&os.ModeSymlink != 0 { // a link counts as what it points to
				if fi, err := os.Stat(filepath.Join(dir, name)); err == nil {
					isDir = fi.IsDir()
				}
			}
			switch {
			case isDir:
				names = append(names, name+"/")
			case slices.Contains(importable, strings.ToLower(filepath.Ext(name))):
				names = append(names, name)
			}
		}
		slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
		return dirListedMsg{dir: typed, entries: names}
	}
}

// update gives the field a key or a message; when the text moves to
// another folder, that folder is listed.
func (f *pathField) update(msg tea.Msg) tea.Cmd {
	if l, ok := msg.(dirListedMsg); ok {
		if l.dir == f.dir { // an answer for a folder typed earlier is dropped
			f.entries = l.entries
			f.offer()
		}
		return nil
	}
	var cmd tea.Cmd
	f.input, cmd = common.UpdateInput(f.input, msg)
	if d := dirOf(f.input.Value()); d != f.dir {
		f.dir, f.entries = d, nil
		f.offer()
		return tea.Batch(cmd, listDir(d))
	}
	f.offer()
	return cmd
}

// offer gives the field the folder's names as completions of the text:
// names starting with a dot only once a dot is typed, and ~/ for a bare ~.
func (f *pathField) offer() {
	typed := f.input.Value()
	base := typed[len(f.dir):]
	var out []string
	if f.dir == "" {
		out = append(out, "~/")
	}
	for _, e := range f.entries {
		if strings.HasPrefix(e, ".") && !strings.HasPrefix(base, ".") {
			continue
		}
		out = append(out, f.dir+e)
	}
	f.input.SetSuggestions(out)
}

// matches are the completions of the text as typed, and the one tab takes.
func (f *pathField) matches() ([]string, int) {
	return f.input.MatchedSuggestions(), f.input.CurrentSuggestionIndex()
}

func (f *pathField) value() string { return strings.TrimSpace(f.input.Value()) }

// shown is the path the field shows: the match picked when what is typed
// begins it (the field draws the rest after the text, which without
// colour reads as typed), else the text as typed. enter reads this one,
// so it reads what the screen says.
func (f *pathField) shown() string {
	typed := f.value()
	if matches, i := f.matches(); typed != "" && i >= 0 && i < len(matches) && strings.HasPrefix(matches[i], typed) {
		return matches[i]
	}
	return typed
}
