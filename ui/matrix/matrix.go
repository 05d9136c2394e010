// Package matrix is the Matrix tab: account evaluation and the account
// portfolio matrix. Accounts are scored on two weighted criteria sets and
// plotted on a 2×2 grid; a trainer can change the criteria live.
package matrix

import (
	"cmp"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type mode int

const (
	modePlot mode = iota
	modeHistory
	modeEvaluate
	modeCriteria
)

// entry is one evaluated account as the plot and legend show it.
type entry struct {
	account   int // index in ctx.Data.Accounts
	attr, str float64
	quadrant  model.Quadrant
	date      string
	changed   bool // scored with criteria that have changed since
	hasPrev   bool
	prevAttr  float64
	prevStr   float64
	marker    string
}

// Model is the Matrix tab.
type Model struct {
	ctx    *common.Context
	keys   keyMap
	width  int
	height int
	mode   mode
	ask    *common.Question

	entries     []entry // evaluated accounts, in legend order
	unevaluated []int   // accounts not yet evaluated, by name
	cursor      int     // over entries, then unevaluated
	trails      bool
	show        int // on narrow screens, which of plot, legend and summary is shown

	historyScroll int
	eval          *evalForm
	criteria      *criteriaEditor
}

// New builds the tab.
func New(ctx *common.Context) *Model {
	return &Model{ctx: ctx, keys: newKeyMap(ctx), trails: true}
}

// Init has nothing to start: the root loads the workspace.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name.
func (m *Model) Title() string { return m.ctx.T("tab.matrix") }

// Capturing is true while scoring, editing criteria or answering a question.
func (m *Model) Capturing() bool {
	return m.ask != nil || m.mode == modeEvaluate || m.mode == modeCriteria
}

// SetSize gives the tab its body's size.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	if m.criteria != nil {
		m.criteria.resize(m)
	}
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case data.LoadedMsg:
		if m.ctx.Data.Complete() {
			m.rebuild()
			if cur := m.ctx.Data.Settings.CurrentAccount; cur != "" && m.mode == modePlot {
				m.cursorTo(cur)
			}
		}
		return m, nil
	case data.SavedMsg:
		_, criteria := data.First[model.Matrix](msg.Records)
		if criteria {
			m.criteriaSaved()
		}
		e, evaluated := data.First[model.Evaluation](msg.Records)
		_, accounts := data.First[model.Account](msg.Records)
		if evaluated || accounts || criteria {
			m.rebuild()
		}
		if evaluated {
			return m, m.evaluationSaved(e)
		}
		return m, nil
	case data.SaveFailedMsg:
		m.saveFailed(msg.Err)
		return m, nil
	case common.CurrentChangedMsg:
		if m.mode == modePlot {
			m.cursorTo(msg.ID)
		}
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.ctx)
		m.rebuild()
		if m.criteria != nil {
			return m, m.criteria.relabel(m)
		}
		return m, nil
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	if m.mode == modeCriteria && m.criteria != nil {
		return m, m.criteria.update(m, msg)
	}
	if m.mode == modeEvaluate && m.eval != nil {
		return m, m.eval.update(m, msg)
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if m.ask != nil {
		return common.Answer(&m.ask, msg)
	}
	switch m.mode {
	case modeEvaluate:
		return m.eval.key(m, msg)
	case modeCriteria:
		return m.criteria.key(m, msg)
	case modeHistory:
		return m.historyKey(msg)
	}
	return m.plotKey(msg)
}

// rebuild recomputes the plot's entries from the workspace data.
func (m *Model) rebuild() {
	d := m.ctx.Data
	if d == nil {
		return
	}
	keep := m.cursorAccount()
	m.entries = m.entries[:0]
	m.unevaluated = m.unevaluated[:0]
	for i := range d.Accounts {
		a := &d.Accounts[i]
		if a.Archived {
			continue
		}
		evals := d.AccountEvaluations(a.ID)
		if len(evals) == 0 {
			m.unevaluated = append(m.unevaluated, i)
			continue
		}
		e := entry{account: i, date: evals[0].Date.Format(model.DateLayout), changed: model.CriteriaChanged(evals[0], d.Matrix)}
		e.attr, e.str = evals[0].Position()
		e.quadrant = model.Place(e.attr, e.str, d.Matrix)
		if len(evals) > 1 {
			e.hasPrev = true
			e.prevAttr, e.prevStr = evals[1].Position()
		}
		m.entries = append(m.entries, e)
	}
	slices.SortFunc(m.entries, func(a, b entry) int {
		if c := cmp.Compare(a.quadrant, b.quadrant); c != 0 {
			return c
		}
		if c := cmp.Compare(b.attr+b.str, a.attr+a.str); c != 0 {
			return c
		}
		return strings.Compare(d.Accounts[a.account].Name, d.Accounts[b.account].Name)
	})
	for i := range m.entries {
		m.entries[i].marker = markerFor(i)
	}
	slices.SortFunc(m.unevaluated, func(a, b int) int {
		return strings.Compare(strings.ToLower(d.Accounts[a].Name), strings.ToLower(d.Accounts[b].Name))
	})
	m.cursor = min(m.cursor, max(m.rows()-1, 0))
	if keep != "" {
		m.cursorTo(keep)
	}
}

// markerFor is the letter an entry is drawn with: A–Z, then a–z, then '*'
// for the rest, whom the cursor and the legend still tell apart.
func markerFor(i int) string {
	switch {
	case i < 26:
		return string(rune('A' + i))
	case i < 52:
		return string(rune('a' + i - 26))
	}
	return "*"
}

// rows is how many places the cursor can be: entries, then unevaluated.
func (m *Model) rows() int { return len(m.entries) + len(m.unevaluated) }

// cursorAccount is the ID of the account under the cursor, or "".
func (m *Model) cursorAccount() string {
	d := m.ctx.Data
	switch {
	case d == nil:
		return ""
	case m.cursor < len(m.entries):
		return d.Accounts[m.entries[m.cursor].account].ID
	case m.cursor-len(m.entries) < len(m.unevaluated):
		return d.Accounts[m.unevaluated[m.cursor-len(m.entries)]].ID
	}
	return ""
}

// cursorTo puts the cursor on an account, evaluated or not.
func (m *Model) cursorTo(id string) {
	d := m.ctx.Data
	for i, e := range m.entries {
		if d.Accounts[e.account].ID == id {
			m.cursor = i
			return
		}
	}
	for i, a := range m.unevaluated {
		if d.Accounts[a].ID == id {
			m.cursor = len(m.entries) + i
			return
		}
	}
}

// View draws the tab's body.
func (m *Model) View() string {
	if !m.ctx.Data.Complete() {
		return m.ctx.Styles.Muted.Render(m.ctx.T("loading"))
	}
	var v string
	switch m.mode {
	case modeEvaluate:
		v = m.eval.view(m)
	case modeCriteria:
		v = m.criteria.view(m)
	case modeHistory:
		v = m.historyView()
	default:
		v = m.plotView()
	}
	v = m.ctx.QuestionOver(v, m.ask, m.width)
	return common.FitLines(v, m.width, m.height)
}

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.ask != nil:
		return []key.Binding{k.Yes, k.No}
	case m.mode == modeEvaluate:
		return []key.Binding{k.Up, k.Down, k.Score, k.Nudge, k.Comment, k.Save, k.Cancel}
	case m.mode == modeCriteria:
		if m.criteria != nil && m.criteria.form != nil {
			return append(m.criteria.form.KeyBinds(), k.Cancel)
		}
		return []key.Binding{k.Up, k.Down, k.Weight, k.New, k.Edit, k.Remove, k.Thresholds, k.Save, k.Back}
	case m.mode == modeHistory:
		return []key.Binding{k.Up, k.Down, k.Evaluate, k.Back}
	}
	help := []key.Binding{k.Arrows, k.ListNext, k.Open, k.Evaluate, k.Trails, k.Criteria}
	if m.narrow() {
		help = append(help, k.Summary)
	}
	return help
}

// FullHelp lists every key of the tab.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.Arrows, k.ListNext, k.Open, k.Evaluate, k.Trails, k.Summary, k.Criteria, k.Back},
		{k.Score, k.Nudge, k.Comment, k.Save, k.Cancel},
		{k.Weight, k.New, k.Edit, k.Remove, k.Thresholds},
	}
}
