package accounts

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// importStep is where an import from a file stands.
type importStep int

const (
	importAsk     importStep = iota // typing the file's path
	importReading                   // the file is being read
	importPreview                   // what it would do is shown; y writes it
	importSaving                    // the records are being written
)

// importer is an import from a file under way: the path asked for, the
// sheets read, and the preview the command line would print, checked
// against the workspace as held. Nothing is written before y.
type importer struct {
	step    importStep
	path    pathField
	kind    int   // 0 recognises the kind from the header row, else ImportKinds[kind-1]
	problem error // why the path typed cannot be read, shown under the field

	file    string // the path read, as typed
	sheets  []data.ImportSheet
	preview *data.ImportPreview // nil until the whole workspace is in
	failed  error               // why the last write was refused

	lines []string // the preview's text, wrapped to the width
	top   int      // the first line in view
	first string   // the type and key of the first record written, to know its save
}

// openImport asks for a file to import.
func (m *Model) openImport() tea.Cmd {
	m.imp = &importer{path: newPathField()}
	m.imp.path.input.Width = m.importFieldWidth()
	return m.imp.path.start()
}

func (m *Model) importFieldWidth() int {
	return max(m.Width-lipgloss.Width(m.labelled("import.file"))-2, 10)
}

// labelled is a field's label with the colon of the language.
func (m *Model) labelled(key string) string {
	return fmt.Sprintf(m.Ctx.T("import.label"), m.Ctx.T(key))
}

func (m *Model) importKind() string {
	if m.imp.kind == 0 {
		return ""
	}
	return data.ImportKinds[m.imp.kind-1]
}

// importKey handles a key while an import is open.
func (m *Model) importKey(msg tea.KeyMsg) tea.Cmd {
	im, k := m.imp, m.keys
	switch im.step {
	case importAsk:
		switch {
		case key.Matches(msg, k.Back):
			m.imp = nil
			return nil
		case key.Matches(msg, k.ImportKind):
			im.kind = (im.kind + 1) % (len(data.ImportKinds) + 1)
			return nil
		case msg.Type == tea.KeyEnter:
			return m.readImport()
		}
		im.problem = nil
		return im.path.update(msg)
	case importReading:
		if key.Matches(msg, k.Back) { // the answer, when it comes, finds no import open
			m.imp = nil
		}
	case importPreview:
		switch {
		case key.Matches(msg, k.Back):
			m.imp = nil
		case key.Matches(msg, k.DoImport):
			return m.writeImport()
		default:
			m.scrollImport(msg)
		}
	}
	return nil
}

// readImport reads the file typed, off the update loop. A workspace
// exported as JSON is refused here: only the command line brings one in.
func (m *Model) readImport() tea.Cmd {
	im := m.imp
	path := im.path.shown()
	switch {
	case path == "":
		im.problem = &model.Invalid{Msg: common.Text("import.no_path")}
		return nil
	case data.IsWorkspaceFile(path):
		im.problem = &model.Invalid{Msg: common.Text("import.json", path, path, path)}
		return nil
	}
	im.step, im.file = importReading, path
	return data.ReadImport(path, m.importKind())
}

// readDone takes the sheets read, or goes back to the field saying why
// the file could not be read.
func (m *Model) readDone(msg data.ImportReadMsg) {
	im := m.imp
	if im == nil || im.step != importReading || msg.Path != im.file {
		return
	}
	if msg.Err != nil {
		im.step, im.problem = importAsk, msg.Err
		return
	}
	im.step, im.sheets, im.top = importPreview, msg.Sheets, 0
	m.planImport()
}

// planImport checks the sheets read against the workspace as held now:
// when they are read, and again when a save or a load changes it.
func (m *Model) planImport() {
	im := m.imp
	if im == nil || im.step != importPreview {
		return
	}
	im.preview = nil
	if m.Ctx.Data.Complete() {
		p := m.Ctx.Data.PlanImport(im.sheets, m.Ctx.Now())
		im.preview = &p
	}
	m.importLines()
}

// writeImport writes every record of a clean preview in one save.
func (m *Model) writeImport() tea.Cmd {
	im := m.imp
	if im.preview == nil || !im.preview.OK() {
		return nil
	}
	recs := im.preview.Records()
	if len(recs) == 0 {
		m.imp = nil
		return common.Status(m.Ctx.T("status.import_empty"), false)
	}
	im.step, im.failed, im.first = importSaving, nil, recordID(recs[0])
	note := fmt.Sprintf(m.Ctx.T("status.imported"), im.preview.Summary(m.Ctx.Lang))
	m.importLines()
	return data.Save(m.Ctx.Data, note, recs...)
}

// recordID names a record by its type and key.
func recordID(rec any) string {
	if r, ok := rec.(model.Record); ok {
		return reflect.TypeOf(rec).String() + "/" + r.Key()
	}
	return reflect.TypeOf(rec).String()
}

// importSaved reports whether a save is the import's: its first record
// is the first record the import wrote.
func (m *Model) importSaved(recs []any) bool {
	return m.imp != nil && m.imp.step == importSaving && len(recs) > 0 && recordID(recs[0]) == m.imp.first
}

// importLanded closes the import whose save has landed; in a workspace
// with no current account, the first account imported becomes it.
func (m *Model) importLanded(msg data.SavedMsg) tea.Cmd {
	if !m.importSaved(msg.Records) {
		return nil
	}
	summary := m.imp.preview.Summary(m.Ctx.Lang)
	m.imp = nil
	status := m.showImported(data.Of[model.Account](msg.Records), summary)
	if _, ok := m.Ctx.Data.Current(); ok {
		return status
	}
	if a, ok := data.First[model.Account](msg.Records); ok {
		return tea.Batch(status, m.selectAccount(a.ID))
	}
	return status
}

// showImported clears the filter, and leaves the archived accounts, when
// they would hide an account just imported: what was imported shows, and
// the status says why the filter went.
func (m *Model) showImported(imported []model.Account, summary string) tea.Cmd {
	needle, hidden := m.needle(), false
	for i := range imported {
		a := &imported[i]
		hidden = hidden || a.Archived != m.showArchived ||
			(needle != "" && !strings.Contains(newSearchKey(a).text, needle))
	}
	if !hidden {
		return nil
	}
	was := m.filter.Value()
	m.filter.SetValue("")
	m.showArchived = false
	m.reindex("")
	m.rebuild()
	m.cursorTo(imported[0].ID)
	if was == "" {
		return common.Status(fmt.Sprintf(m.Ctx.T("status.imported_shown"), summary), false)
	}
	return common.Status(fmt.Sprintf(m.Ctx.T("status.imported_unfiltered"), summary, was), false)
}

// importFailed takes the preview back with the reason the write was
// refused; nothing was written, so y may try again.
func (m *Model) importFailed(msg data.SaveFailedMsg) tea.Cmd {
	im := m.imp
	im.step, im.failed = importPreview, msg.Err
	m.importLines()
	text := model.Localize(msg.Err, m.Ctx.Lang)
	return common.Status(fmt.Sprintf(m.Ctx.T("import.failed"), text), true)
}

// importRows is how many lines of the preview fit above its verdict.
func (m *Model) importRows() int { return max(m.Height-len(m.importFoot())-1, 1) }

func (m *Model) scrollImport(msg tea.KeyMsg) {
	im := m.imp
	rows := m.importRows()
	im.top = m.keys.Scroll(msg, im.top, rows, max(len(im.lines)-rows, 0))
}

// importLines builds the preview's text once (after a read, a save, a
// language switch or a resize), not on every frame: what each sheet
// holds, then the report the command line prints, wrapped to the width.
func (m *Model) importLines() {
	im := m.imp
	if im == nil || im.step < importPreview {
		return
	}
	l := m.Ctx.Lang
	var lines []string
	for _, s := range im.sheets {
		if s.Skipped != (model.Text{}) {
			continue // the report's notes say why
		}
		text := fmt.Sprintf(m.Ctx.TN("import.sheet", len(s.Rows)), s.Label(), len(s.Rows), data.ImportKindName(string(s.Kind), l))
		if s.Encoding != "" {
			text = fmt.Sprintf(m.Ctx.T("import.encoding"), text, s.Encoding)
		}
		lines = append(lines, wrapHanging(text, m.Width, 2)...)
	}
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	if im.preview != nil {
		var b bytes.Buffer
		im.preview.Report(&b, l, true)
		for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
			indent := len(line) - len(strings.TrimLeft(line, " "))
			lines = append(lines, wrapHanging(line, m.Width, indent+2)...)
		}
	}
	im.lines = lines
	im.top = min(im.top, max(len(lines)-m.importRows(), 0))
}

// importFoot is the verdict under the preview: what y writes, or why
// nothing can be written.
func (m *Model) importFoot() []string {
	im, st := m.imp, m.Ctx.Styles
	var text string
	style := st.OK
	switch {
	case im.preview == nil:
		text, style = m.Ctx.T("import.waiting"), st.Muted
	case im.step == importSaving:
		text, style = m.Ctx.T("import.saving"), st.Warn
	case !im.preview.OK():
		text, style = fmt.Sprintf(m.Ctx.T("import.refused"), m.importProblems(*im.preview)), st.Error
	case len(im.preview.Records()) == 0:
		text, style = m.Ctx.T("import.unchanged"), st.Muted
	default:
		text = fmt.Sprintf(m.Ctx.T("import.ready"), im.preview.Summary(m.Ctx.Lang))
	}
	var out []string
	if im.failed != nil && im.step == importPreview {
		for _, s := range common.Wrap(fmt.Sprintf(m.Ctx.T("import.failed"), model.Localize(im.failed, m.Ctx.Lang)), m.Width) {
			out = append(out, st.Error.Render(s))
		}
	}
	for _, s := range common.Wrap(text, m.Width) {
		out = append(out, style.Render(s))
	}
	return out
}

// importProblems says how many problems on how many rows, as the command
// line does.
func (m *Model) importProblems(p data.ImportPreview) string {
	rows := map[string]bool{}
	for _, r := range p.Rejected {
		rows[fmt.Sprintf("%s\x00%d", r.Sheet, r.Row)] = true
	}
	problems := fmt.Sprintf(m.Ctx.TN("import.n_problems", len(p.Rejected)), len(p.Rejected))
	lines := fmt.Sprintf(m.Ctx.TN("import.n_rows", len(rows)), len(rows))
	return fmt.Sprintf(m.Ctx.T("import.problems"), problems, lines)
}

func (m *Model) importView() string {
	im, st := m.imp, m.Ctx.Styles
	if im.step >= importPreview {
		head := st.Title.Render(common.Truncate(fmt.Sprintf(m.Ctx.T("import.preview"), im.file), m.Width))
		rows := m.importRows()
		end := min(im.top+rows, len(im.lines))
		body := strings.Join(append([]string{head}, im.lines[im.top:end]...), "\n")
		return common.Foot(body, m.importFoot(), m.Height)
	}
	lines := []string{st.Title.Render(m.Ctx.T("import.title")), ""}
	label := st.Label.Render(m.labelled("import.file"))
	// The field pads itself to its width after the completion it shows:
	// the padding past the line is dropped, never the text.
	lines = append(lines, label+ansi.Truncate(im.path.input.View(), m.Width-lipgloss.Width(label), ""))
	kind := m.Ctx.T("import.kind_auto")
	if k := m.importKind(); k != "" {
		kind = data.ImportKindName(k, m.Ctx.Lang)
	}
	lines = append(lines, st.Label.Render(m.labelled("import.kind"))+kind+st.Muted.Render("  (ctrl+t)"))
	lines = append(lines, "")
	switch {
	case im.step == importReading:
		lines = append(lines, st.Warn.Render(common.Truncate(fmt.Sprintf(m.Ctx.T("import.reading"), im.file), m.Width)))
	case im.problem != nil:
		for _, s := range common.Wrap(model.Localize(im.problem, m.Ctx.Lang), m.Width) {
			lines = append(lines, st.Error.Render(s))
		}
	default:
		lines = append(lines, m.matchLines()...)
	}
	lines = append(lines, "")
	for _, s := range common.Wrap(m.Ctx.T("import.hint"), m.Width) {
		lines = append(lines, st.Muted.Render(s))
	}
	return strings.Join(lines, "\n")
}

// matchLines lists the completions of the path typed, the one tab takes
// picked out: a few, so the hint stays in view.
func (m *Model) matchLines() []string {
	st := m.Ctx.Styles
	f := &m.imp.path
	if f.value() == "" {
		return nil
	}
	all, cur := f.matches()
	if len(all) == 0 {
		if f.entries == nil {
			return nil // the folder is still being listed
		}
		return []string{st.Muted.Render("  " + m.Ctx.T("import.no_match"))}
	}
	room := max(min(8, m.Height-12), 1)
	from := max(min(cur-room/2, len(all)-room), 0)
	var out []string
	for i := from; i < len(all) && i < from+room; i++ {
		name := strings.TrimPrefix(all[i], f.dir)
		if i == cur {
			out = append(out, st.Selected.Render(common.Truncate("> "+name, m.Width)))
		} else {
			out = append(out, common.Truncate("  "+name, m.Width))
		}
	}
	if rest := len(all) - from - len(out); rest > 0 {
		out = append(out, st.Muted.Render("  "+fmt.Sprintf(m.Ctx.T("import.more"), rest)))
	}
	return out
}

// importHelp is the bottom line's keys while an import is open.
func (m *Model) importHelp() []key.Binding {
	k := m.keys
	switch m.imp.step {
	case importAsk:
		read := k.Open
		read.SetHelp("enter", m.Ctx.T("key.read_file"))
		matches := k.Up
		matches.SetHelp("↑/↓", m.Ctx.T("key.matches"))
		return []key.Binding{k.Complete, matches, read, k.ImportKind, k.Cancel}
	case importPreview:
		if p := m.imp.preview; p != nil && p.OK() && len(p.Records()) > 0 {
			return []key.Binding{k.DoImport, k.Up, k.Down, k.PageDown, k.Back}
		}
		return []key.Binding{k.Up, k.Down, k.PageDown, k.Back}
	}
	return []key.Binding{k.Back}
}
