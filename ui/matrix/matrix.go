// Package matrix is the Matrix tab: account evaluation and the account
// portfolio matrix. Accounts are scored on two weighted criteria sets and
// plotted on a 2×2 grid; a trainer can change the criteria live.
package matrix

import (
	"cmp"
	"slices"
	"strings"
	"time"

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

// placed is what the tab knows of one account: where its newest evaluation
// puts it and where the one before did. It is worked out when the account
// or its evaluations change, and kept.
type placed struct {
	// First what drawing and re-scoring read of every account, side by side.
	attr, str float64
	prevAttr  float64
	prevStr   float64
	hasPrev   bool
	list      list
	quadrant  model.Quadrant
	ourSales  model.Money
	name      string    // the name nameKey was folded from
	nameKey   string    // the name folded once, for ordering
	date      time.Time // of the newest evaluation
	changed   bool      // scored with criteria that have changed since
	// version and scores are the newest evaluation's criteria version and
	// its scores by axis, kept so re-scoring under other weights never
	// looks the evaluation up again.
	version int
	scores  [2][]int
}

// list says where an account is listed.
type list uint8

const (
	unlisted     list = iota // archived, or not known to the tab yet
	onLegend                 // evaluated: on the plot and in the legend
	notEvaluated             // in the legend's list of accounts still to evaluate
)

// Model is the Matrix tab.
type Model struct {
	common.Frame // size, context, the waiting question, the open criterion or thresholds form
	keys         keyMap
	mode         mode

	built       bool
	places      []placed // by position in ctx.Data.Accounts
	legend      []int    // evaluated accounts (positions in Data.Accounts), in legend order
	unevaluated []int    // accounts not yet evaluated, by name
	tally       model.Tally
	plotted     plotCache
	cursor      int // over legend, then unevaluated
	trails      bool
	sized       bool      // z: markers sized by our sales
	rescored    bool      // r: the plot re-scores every account under the current criteria
	rescore     rescoring // the plot under weights being edited, or under the current ones
	show        int       // on narrow screens, which of plot, legend and summary is shown

	historyScroll int
	eval          *evalForm
	criteria      *criteriaEditor
}

// New builds the tab.
func New(ctx *common.Context) *Model {
	return &Model{Frame: common.NewFrame(ctx, true), keys: newKeyMap(ctx), trails: true}
}

// Init has nothing to start: the root loads the workspace.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name.
func (m *Model) Title() string { return m.Ctx.T("tab.matrix") }

// Capturing is true while scoring, editing criteria, in a form or
// answering a question.
func (m *Model) Capturing() bool {
	return m.Frame.Capturing() || m.mode == modeEvaluate || m.mode == modeCriteria
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case formAppliedMsg:
		m.FormSaved() // the draft holds what the form held
		return m, nil
	case data.LoadedMsg:
		if m.Ctx.Data.Complete() {
			m.rebuild()
			if cur := m.Ctx.Data.Settings.CurrentAccount; cur != "" && m.mode == modePlot {
				m.cursorTo(cur)
			}
		}
		return m, nil
	case data.SavedMsg:
		return m, m.saved(msg)
	case data.SaveFailedMsg:
		m.saveFailed(msg.Err)
		return m, nil
	case common.CurrentChangedMsg:
		if m.mode == modePlot {
			m.cursorTo(msg.ID)
		}
		return m, nil
	case common.OpenMsg:
		if msg.Item != "" {
			m.cursorTo(msg.Item)
		}
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.Ctx)
		m.rebuild()
		if m.Form != nil {
			m.Form.Title = m.Ctx.T("matrix.criteria_title")
		}
		return m, m.Relabel()
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	if m.mode == modeEvaluate && m.eval != nil {
		return m, m.eval.update(m, msg)
	}
	return m, m.Pass(msg)
}

// saved brings the tab up to date with records written: new criteria or a
// deletion rebuild it; a saved account or evaluation moves that account
// alone.
func (m *Model) saved(msg data.SavedMsg) tea.Cmd {
	_, criteria := data.First[model.Matrix](msg.Records)
	if criteria {
		m.criteriaSaved()
	}
	if !m.built {
		return nil
	}
	evaluations := data.Of[model.Evaluation](msg.Records)
	accounts := data.Of[model.Account](msg.Records)
	switch {
	case criteria || msg.Deleted && len(evaluations)+len(accounts) > 0:
		m.rebuild()
	default:
		keep := m.cursorAccount()
		for _, a := range accounts {
			m.move(a.ID)
		}
		for _, e := range evaluations {
			m.move(e.AccountID)
		}
		m.cursor = min(m.cursor, max(m.rows()-1, 0)) // the account under it may have left
		if keep != "" {
			m.cursorTo(keep)
		}
	}
	if len(evaluations) > 0 && !msg.Deleted {
		return m.evaluationSaved(evaluations[0])
	}
	return nil
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
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

// rebuild works out every account's place from the workspace data.
func (m *Model) rebuild() {
	d := m.Ctx.Data
	if d == nil || !d.Complete() {
		return
	}
	keep := m.cursorAccount()
	if len(m.places) > len(d.Accounts) { // an account was deleted: positions moved
		m.places = m.places[:0]
	}
	m.places = slices.Grow(m.places, len(d.Accounts)-len(m.places))[:len(d.Accounts)]
	m.legend, m.unevaluated, m.tally = m.legend[:0], m.unevaluated[:0], model.Tally{}
	for i := range d.Accounts {
		m.places[i] = m.place(i, m.places[i])
		switch p := &m.places[i]; p.list {
		case onLegend:
			m.legend = append(m.legend, i)
			m.tally.Add(p.quadrant, p.ourSales)
		case notEvaluated:
			m.unevaluated = append(m.unevaluated, i)
		}
	}
	slices.SortFunc(m.legend, m.compareLegend)
	slices.SortFunc(m.unevaluated, m.compareUnevaluated)
	m.plotted.invalidate() // thresholds, criteria or language may have changed
	m.dropRescoring()
	m.built = true
	m.cursor = min(m.cursor, max(m.rows()-1, 0))
	if keep != "" {
		m.cursorTo(keep)
	}
}

// place works out where the account at position i stands now; was is
// where it stood, whose folded name serves again if the name is the same.
func (m *Model) place(i int, was placed) placed {
	d := m.Ctx.Data
	a := &d.Accounts[i]
	p := placed{name: a.Name, nameKey: was.nameKey, ourSales: a.OurSales}
	if was.name != a.Name || was.nameKey == "" && a.Name != "" {
		p.nameKey = model.NameKey(a.Name)
	}
	if a.Archived {
		return p
	}
	latest, ok := d.Latest(a.ID)
	if !ok {
		p.list = notEvaluated
		return p
	}
	p.list = onLegend
	p.attr, p.str = latest.Position(d.Matrix)
	p.quadrant = latest.Quadrant(d.Matrix) // as the Accounts list places it
	p.date = latest.Date
	p.changed = model.CriteriaChanged(latest, d.Matrix)
	p.version = latest.CriteriaVersion
	p.scores = [2][]int{latest.Attractiveness, latest.Strength}
	if prev, ok := d.Previous(a.ID); ok {
		p.hasPrev = true
		p.prevAttr, p.prevStr = prev.Position(d.Matrix)
	}
	return p
}

// move puts one account where it now belongs: out of the legend or the
// list of unevaluated accounts, where its old place says it was, and back
// in by binary search; the plot and the summary follow.
func (m *Model) move(id string) {
	i, ok := m.Ctx.Data.AccountIndex(id)
	if !ok {
		return
	}
	for len(m.places) <= i { // an account new since the last rebuild
		m.places = append(m.places, placed{})
	}
	m.dropRescoring()
	if m.sized { // a change of sales may move the thirds
		m.plotted.invalidate()
	}
	old := m.places[i]
	from, to := len(m.legend), len(m.legend)
	switch old.list {
	case onLegend:
		at, found := slices.BinarySearchFunc(m.legend, i, m.compareLegend)
		if !found { // cannot happen while places and legend agree; if they do not, start again
			m.rebuild()
			return
		}
		from, m.legend = at, slices.Delete(m.legend, at, at+1)
		m.tally.Remove(old.quadrant, old.ourSales)
		m.plotted.unmark(i, old)
	case notEvaluated:
		at, found := slices.BinarySearchFunc(m.unevaluated, i, m.compareUnevaluated)
		if !found {
			m.rebuild()
			return
		}
		m.unevaluated = slices.Delete(m.unevaluated, at, at+1)
	}
	p := m.place(i, old)
	m.places[i] = p
	switch p.list {
	case onLegend:
		to, _ = slices.BinarySearchFunc(m.legend, i, m.compareLegend)
		m.legend = slices.Insert(m.legend, to, i)
		m.tally.Add(p.quadrant, p.ourSales)
		m.plotted.mark(i, p)
	case notEvaluated:
		at, _ := slices.BinarySearchFunc(m.unevaluated, i, m.compareUnevaluated)
		m.unevaluated = slices.Insert(m.unevaluated, at, i)
	}
	// The accounts between the two places changed letters.
	for k := min(from, to); k < min(len(m.legend), lettered+1); k++ {
		m.plotted.redraw(m.places[m.legend[k]])
	}
}

// compareLegend orders the legend: by quadrant, then the higher scores
// first, then by name, then as the accounts were added.
func (m *Model) compareLegend(a, b int) int {
	pa, pb := &m.places[a], &m.places[b]
	if c := cmp.Compare(pa.quadrant, pb.quadrant); c != 0 {
		return c
	}
	if c := cmp.Compare(pb.attr+pb.str, pa.attr+pa.str); c != 0 {
		return c
	}
	if c := strings.Compare(pa.nameKey, pb.nameKey); c != 0 {
		return c
	}
	return cmp.Compare(a, b)
}

// compareUnevaluated orders the accounts still to evaluate by name.
func (m *Model) compareUnevaluated(a, b int) int {
	if c := strings.Compare(m.places[a].nameKey, m.places[b].nameKey); c != 0 {
		return c
	}
	return cmp.Compare(a, b)
}

// lettered is how many of the legend's accounts have a letter of their own.
const lettered = 52

// markerFor is the letter the legend's i-th account is drawn with: A–Z,
// then a–z, then '*' for the rest, whom the cursor and the legend still
// tell apart.
func markerFor(i int) string {
	switch {
	case i < 26:
		return string(rune('A' + i))
	case i < lettered:
		return string(rune('a' + i - 26))
	}
	return "*"
}

// markerOf is the letter of the account at position i in the data: only
// the legend's first accounts have one, so only they are looked through.
func (m *Model) markerOf(i int) string {
	for at, acc := range m.legend[:min(lettered, len(m.legend))] {
		if acc == i {
			return markerFor(at)
		}
	}
	return "*"
}

// rows is how many places the cursor can be: the legend, then unevaluated.
func (m *Model) rows() int { return len(m.legend) + len(m.unevaluated) }

// cursorAccount is the ID of the account under the cursor, or "".
func (m *Model) cursorAccount() string {
	d := m.Ctx.Data
	switch {
	case d == nil:
		return ""
	case m.cursor < len(m.legend):
		return d.Accounts[m.legend[m.cursor]].ID
	case m.cursor-len(m.legend) < len(m.unevaluated):
		return d.Accounts[m.unevaluated[m.cursor-len(m.legend)]].ID
	}
	return ""
}

// cursorTo puts the cursor on an account, evaluated or not.
func (m *Model) cursorTo(id string) {
	i, ok := m.Ctx.Data.AccountIndex(id)
	if !ok || i >= len(m.places) {
		return
	}
	switch m.places[i].list {
	case onLegend:
		if at, found := slices.BinarySearchFunc(m.legend, i, m.compareLegend); found {
			m.cursor = at
		}
	case notEvaluated:
		if at, found := slices.BinarySearchFunc(m.unevaluated, i, m.compareUnevaluated); found {
			m.cursor = len(m.legend) + at
		}
	}
}

// View draws the tab's body.
func (m *Model) View() string { return m.Render(m.body) }

// body is what the tab shows when no form is open.
func (m *Model) body() string {
	switch m.mode {
	case modeEvaluate:
		return m.eval.view(m)
	case modeCriteria:
		return m.criteria.view(m)
	case modeHistory:
		return m.historyView()
	}
	return m.plotView()
}

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	if h := m.FrameHelp(); h != nil {
		return h
	}
	k := m.keys
	switch {
	case m.mode == modeEvaluate && m.eval != nil && m.eval.editing:
		return m.eval.fieldKeys(m)
	// Saving and leaving come right after the keys the screen is for, so
	// an 80-column bottom line, cut from the right, still shows them.
	case m.mode == modeEvaluate:
		return []key.Binding{k.Up, k.Down, k.Score, k.Save, k.Cancel, k.Comment, k.Nudge}
	case m.mode == modeCriteria:
		return []key.Binding{k.Up, k.Down, k.Weight, k.Save, k.Back, m.criteria.toggleKey(m), k.New, k.Edit, k.Remove, k.Thresholds}
	case m.mode == modeHistory:
		return []key.Binding{k.Up, k.Down, k.Evaluate, k.Back}
	}
	help := []key.Binding{k.Arrows, k.ListNext, k.Open, k.Evaluate, k.Trails, k.Criteria, k.Rescore, k.Size}
	if m.narrow() {
		help = append(help, k.NextView)
	}
	return help
}

// HelpGroups lists every key of the tab, by the view it works in.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	return []common.HelpGroup{
		{Title: "help.plot", Keys: []key.Binding{k.Arrows, k.ListNext, k.Top, k.Bottom, k.Open, k.Evaluate, k.Trails, k.NextView, k.Criteria, k.Rescore, k.Size}},
		{Title: "help.history", Keys: []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Evaluate, k.Back}},
		{Title: "help.scoring", Keys: []key.Binding{k.Score, k.Nudge, k.Comment, k.Save, k.Cancel}},
		{Title: "help.criteria", Keys: []key.Binding{k.Weight, k.Preview, k.New, k.Edit, k.Remove, k.Thresholds, k.Save, k.Back}},
	}
}
