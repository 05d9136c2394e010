// Package rangetab is the Range tab (品项): our products, how the current
// account works (its operations profile), its outlet clusters, the grid of
// our products across its clusters with distribution, gaps and products at
// risk, and the dated listing and delisting changes.
package rangetab

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type view int

const (
	viewGrid view = iota
	viewMutations
	viewOutlets
	viewProfile
	viewProducts
	views
)

var viewNames = [views]string{"range.grid", "range.mutations", "range.outlets", "range.profile", "range.products"}

// Model is the Range tab.
type Model struct {
	common.Frame
	keys keyMap
	view view

	grid      gridState
	mutations mutationsState
	outlets   common.Table
	profile   int // the profile's row under the cursor
	past      int // lines the profile is scrolled past its cursor's row
	products  common.Table

	// assortment is the current account's range as last worked out, and
	// what it was worked out for: it is worked out again only when the
	// account, the day, the view or the records change.
	assortment *model.Assortment
	builtFor   builtFor
	gapList    []model.Gap // the assortment's gaps and products at risk,
	atRisk     []bool      // worked out with it

	lastArchived any // a product or cluster archived, for undo
	lastDeleted  *model.Mutation
}

type builtFor struct {
	account      string
	day          time.Time
	afterPending bool
	stale        bool
}

// New builds the tab.
func New(ctx *common.Context) *Model {
	return &Model{Frame: common.NewFrame(ctx, true), keys: newKeyMap(ctx)}
}

// Init has nothing to start.
func (m *Model) Init() tea.Cmd { return nil }

// Title is the tab's name.
func (m *Model) Title() string { return m.Ctx.T("tab.range") }

// Capturing is true while a form or a question has the keys.
func (m *Model) Capturing() bool { return m.Frame.Capturing() }

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	if cmd, ok := m.Prologue(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case common.CurrentChangedMsg:
		m.grid.row, m.grid.col, m.grid.left = 0, 0, 0
		m.mutations.table.Top()
		m.outlets.Top()
		m.profile, m.past = 0, 0
		m.builtFor.stale = true
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.Ctx)
		return m, m.Relabel()
	case common.OpenMsg:
		m.openItem(msg.Item)
		return m, nil
	case data.LoadedMsg:
		m.builtFor.stale = true
		return m, nil
	case data.SavedMsg:
		m.builtFor.stale = true
		if m.FormSaved() {
			m.placeSaved(msg.Records)
		}
		return m, nil
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	return m, m.Pass(msg)
}

// openItem shows what another tab sent the user to: "mutation/ID" opens
// the changes on that one, "profile" the profile; anything else the grid.
func (m *Model) openItem(item string) {
	switch {
	case item == "profile":
		m.view = viewProfile
	case strings.HasPrefix(item, "mutation/"):
		m.view = viewMutations
		m.mutations.status, m.mutations.period = 0, 0
		if a, ok := m.Ctx.Data.Current(); ok {
			list := m.filteredMutations(a.ID)
			m.mutations.table.SetHeight(m.mutationRows())
			m.mutations.table.Find(len(list), func(i int) string { return list[i].ID }, strings.TrimPrefix(item, "mutation/"))
		}
	default:
		m.view = viewGrid
	}
}

// placeSaved puts the cursor on what a form just saved.
func (m *Model) placeSaved(recs []any) {
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return
	}
	if p, ok := data.First[model.Product](recs); ok {
		list := m.Ctx.Data.Products()
		m.products.Find(len(list), func(i int) string { return list[i].ID }, p.ID)
	}
	if c, ok := data.First[model.Cluster](recs); ok {
		list := m.clusters(a.ID)
		m.outlets.Find(len(list), func(i int) string { return list[i].ID }, c.ID)
	}
	if mu, ok := data.First[model.Mutation](recs); ok {
		list := m.filteredMutations(a.ID)
		m.mutations.table.Find(len(list), func(i int) string { return list[i].ID }, mu.ID)
	}
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.NextView):
		m.view = (m.view + 1) % views
		return nil
	case key.Matches(msg, m.keys.PrevView):
		m.view = (m.view + views - 1) % views
		return nil
	}
	if m.view == viewProducts {
		return m.productsKey(msg)
	}
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return nil
	}
	switch m.view {
	case viewGrid:
		return m.gridKey(msg, a)
	case viewMutations:
		return m.mutationsKey(msg, a)
	case viewOutlets:
		return m.outletsKey(msg, a)
	case viewProfile:
		return m.profileKey(msg, a)
	}
	return nil
}

// current is the current account's range today, worked out again only
// when something it depends on changed.
func (m *Model) current(accountID string) *model.Assortment {
	want := builtFor{account: accountID, day: model.Day(m.Ctx.Now()), afterPending: m.grid.afterPending}
	if m.assortment == nil || m.builtFor != want {
		m.assortment = m.Ctx.Data.Assortment(accountID, want.day, want.afterPending)
		m.builtFor = want
		m.gapList, m.atRisk = m.assortment.Gaps(), m.assortment.AtRisk()
	}
	return m.assortment
}

// gaps and risk are the current assortment's gaps and products at risk.
func (m *Model) gaps(a *model.Assortment) []model.Gap {
	if a != m.assortment {
		return a.Gaps()
	}
	return m.gapList
}

func (m *Model) risk(a *model.Assortment) []bool {
	if a != m.assortment {
		return a.AtRisk()
	}
	return m.atRisk
}

// clusters are the account's clusters in the grid's order.
func (m *Model) clusters(accountID string) []model.Cluster {
	return m.current(accountID).Clusters
}

// View draws the tab's body.
func (m *Model) View() string { return m.Render(m.body) }

func (m *Model) body() string {
	bar := m.Ctx.ViewBar(viewNames[:], int(m.view))
	if m.view == viewProducts {
		return bar + "\n" + m.productsView(m.Height-1)
	}
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return bar + "\n\n  " + m.Ctx.Styles.Muted.Render(m.Ctx.T("buyer.no_account"))
	}
	h := m.Height - 1
	switch m.view {
	case viewMutations:
		return bar + "\n" + m.mutationsView(a, h)
	case viewOutlets:
		return bar + "\n" + m.outletsView(a, h)
	case viewProfile:
		return bar + "\n" + m.profileView(a, h)
	}
	return bar + "\n" + m.gridView(a, h)
}

// ShortHelp is the bottom line's keys for what the tab shows now.
func (m *Model) ShortHelp() []key.Binding {
	if h := m.FrameHelp(); h != nil {
		return h
	}
	k := m.keys
	switch m.view {
	case viewMutations:
		return []key.Binding{k.Up, k.Down, k.Edit, k.New, k.Delete, k.Status, k.Period, k.NextView}
	case viewOutlets:
		return []key.Binding{k.Up, k.Down, k.Edit, k.New, k.Archive, k.NextView}
	case viewProfile:
		return []key.Binding{k.Up, k.Down, k.Edit, k.NextView}
	case viewProducts:
		return []key.Binding{k.Up, k.Down, k.Edit, k.New, k.Archive, k.NextView}
	}
	return []key.Binding{k.Left, k.Right, k.Toggle, k.Edit, k.Plan, k.After, k.Show, k.NextView}
}

// HelpGroups lists every key of the tab, by the view it works in.
func (m *Model) HelpGroups() []common.HelpGroup {
	k := m.keys
	return []common.HelpGroup{
		{Title: "help.views", Keys: []key.Binding{k.NextView, k.PrevView, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}},
		{Title: "range.grid", Keys: []key.Binding{k.Left, k.Right, k.Toggle, k.Edit, k.Plan, k.After, k.Show}},
		{Title: "range.mutations", Keys: []key.Binding{k.Edit, k.New, k.Delete, k.Undo, k.Status, k.Period}},
		{Title: "range.outlets", Keys: []key.Binding{k.Edit, k.New, k.Archive, k.Unarchive}},
		{Title: "range.profile", Keys: []key.Binding{k.Edit}},
		{Title: "range.products", Keys: []key.Binding{k.Edit, k.New, k.Archive, k.Unarchive}},
	}
}

// today is the tab's day.
func (m *Model) today() time.Time { return model.Day(m.Ctx.Now()) }
