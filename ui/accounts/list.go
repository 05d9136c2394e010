package accounts

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type sortKey int

const (
	sortName sortKey = iota
	sortChannel
	sortRegion
	sortTier
	sortQuadrant
	sortSales
	sortShare
	sortGrowth
	sortStage
	sortKnown
	sortOverdue
	sortUpdated
	sortKeys // the number of sort keys
)

// sortColumn is the catalog key naming what the list is sorted by.
var sortColumn = [sortKeys]string{"col.name", "col.channel", "col.region", "col.tier", "col.quadrant", "col.sales", "col.share", "col.growth", "col.stages", "col.known", "col.overdue", "col.updated"}

// sortColumnID is the list column each sort key orders by: a sort is
// offered only while its column is shown.
var sortColumnID = [sortKeys]string{"name", "channel", "region", "tier", "quadrant", "sales", "share", "growth", "stages", "known", "overdue", "updated"}

// sortWording says which way a sort runs in the words that suit the column:
// names run A to Z, figures highest first, dates newest first.
var sortWording = [sortKeys][2]string{
	sortName: {"sort.az", "sort.za"}, sortChannel: {"sort.az", "sort.za"}, sortRegion: {"sort.az", "sort.za"},
	sortTier: {"sort.tier_asc", "sort.tier_desc"}, sortQuadrant: {"sort.quadrant_asc", "sort.quadrant_desc"},
	sortSales: {"sort.asc", "sort.desc"},
	sortShare: {"sort.asc", "sort.desc"}, sortGrowth: {"sort.asc", "sort.desc"}, sortStage: {"sort.asc", "sort.desc"},
	sortKnown:   {"sort.asc", "sort.desc"},
	sortOverdue: {"sort.asc", "sort.desc"},
	sortUpdated: {"sort.oldest", "sort.newest"},
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// applySort sorts by k in its natural direction: text A→Z, figures and
// dates highest first.
func (m *Model) applySort(k sortKey) {
	m.sortBy = k
	m.sortDesc = k >= sortSales
}

// sortFigures works out, once per rebuild, the figures of the sorts taken
// from other records (how well known, actions overdue), so that a
// comparison only looks them up.
func (m *Model) sortFigures() map[string]float64 {
	d, now := m.Ctx.Data, m.Ctx.Now()
	figures := map[string]float64{}
	switch m.sortBy {
	case sortKnown:
		for _, i := range m.rows {
			id := d.Accounts[i].ID
			figures[id] = d.KnowledgeScore(id, now)
		}
	case sortOverdue:
		for id, n := range d.OverdueByAccount(now) {
			figures[id] = float64(n)
		}
	case sortStage:
		for _, i := range m.rows {
			figures[d.Accounts[i].ID] = stageFigure(m.stagesOf(&d.Accounts[i]))
		}
	}
	return figures
}

// sortFigure is one account's figure for the sorts that take it from
// other records.
func (m *Model) sortFigure(id string) float64 {
	switch m.sortBy {
	case sortKnown:
		return m.Ctx.Data.KnowledgeScore(id, m.Ctx.Now())
	case sortOverdue:
		return float64(m.Ctx.Data.Overdue(id, m.Ctx.Now()))
	case sortStage:
		if a, ok := m.Ctx.Data.Account(id); ok {
			return stageFigure(m.stagesOf(&a))
		}
	}
	return 0
}

// stageFigure orders accounts by the stage reached, then, at the same
// stage, by how many stages are done: an account with every stage done
// comes before one still on its review.
func stageFigure(s [model.StageCount]model.StageStatus) float64 {
	done := 0
	for _, st := range s {
		done += btoi(st == model.Done)
	}
	return float64(model.StageReachedIn(s)*(model.StageCount+1) + done)
}

// compareRows orders two accounts (positions in the data) by the sort
// column, then by name, then as they were added: a total order, so an
// account saved later can be put in its place by a binary search.
func (m *Model) compareRows(i, j int) int {
	d := m.Ctx.Data
	c := m.compareAccounts(i, j, &d.Accounts[i], &d.Accounts[j])
	if m.sortDesc {
		c = -c
	}
	if c == 0 {
		c = strings.Compare(m.search[i].name, m.search[j].name)
	}
	if c == 0 {
		c = cmp.Compare(i, j)
	}
	return c
}

func (m *Model) compareAccounts(i, j int, a, b *model.Account) int {
	switch m.sortBy {
	case sortQuadrant:
		qa, oka := m.Ctx.Data.Quadrant(a.ID)
		qb, okb := m.Ctx.Data.Quadrant(b.ID)
		if oka != okb { // accounts not yet evaluated come after every quadrant
			if oka {
				return -1
			}
			return 1
		}
		return cmp.Compare(qa, qb)
	case sortChannel:
		l := btoi(m.Ctx.Lang == model.Chinese)
		return strings.Compare(m.search[i].channel[l], m.search[j].channel[l])
	case sortRegion:
		return strings.Compare(m.search[i].region, m.search[j].region)
	case sortTier:
		return strings.Compare(string(a.Tier), string(b.Tier))
	case sortSales:
		return cmp.Compare(a.OurSales, b.OurSales)
	case sortShare:
		sa, oka := a.Share()
		sb, okb := b.Share()
		if oka != okb { // unknown shares sort below every known one
			if oka {
				return 1
			}
			return -1
		}
		return cmp.Compare(sa, sb)
	case sortGrowth:
		return cmp.Compare(a.Growth, b.Growth)
	case sortKnown, sortOverdue, sortStage:
		return cmp.Compare(m.figures[a.ID], m.figures[b.ID])
	case sortUpdated:
		return a.Updated.Compare(b.Updated)
	}
	return 0
}

// searchKey is what the filter and the sorts look at for one account,
// folded once when the account is loaded or saved, never in a comparison.
type searchKey struct {
	name    string    // the name, lower-cased
	region  string    // the region, lower-cased
	channel [2]string // the channel's name in English and in Chinese
	text    string    // name, region and channel in both languages
	key     model.Channel
}

func newSearchKey(a *model.Account) searchKey {
	name, region := strings.ToLower(a.Name), strings.ToLower(a.Region)
	en := strings.ToLower(model.NameOf(model.Channels, a.Channel, model.English))
	zh := model.NameOf(model.Channels, a.Channel, model.Chinese)
	return searchKey{name: name, region: region, channel: [2]string{en, zh}, key: a.Channel,
		text: strings.Join([]string{name, region, en, zh}, "\x00")}
}

// reindex recomputes the search keys: all of them after a load, or only
// the one account a save changed.
func (m *Model) reindex(changedID string) {
	d := m.Ctx.Data
	if changedID == "" || len(m.search) < len(d.Accounts)-1 {
		m.search = m.search[:0]
		m.channels = map[model.Channel]int{}
	}
	for len(m.search) < len(d.Accounts) {
		k := newSearchKey(&d.Accounts[len(m.search)])
		m.search = append(m.search, k)
		m.channels[k.key]++
	}
	if i, ok := d.AccountIndex(changedID); ok {
		m.channels[m.search[i].key]--
		m.search[i] = newSearchKey(&d.Accounts[i])
		m.channels[m.search[i].key]++
	}
}

// shown reports whether the account at position i belongs in the list:
// archived or not as the list is, and matching the filter.
func (m *Model) shown(i int, needle string) bool {
	return m.Ctx.Data.Accounts[i].Archived == m.showArchived && (needle == "" || strings.Contains(m.search[i].text, needle))
}

func (m *Model) needle() string { return strings.ToLower(strings.TrimSpace(m.filter.Value())) }

// rebuild recomputes the visible rows after the data, the filter, the sort
// or the archived switch changed.
func (m *Model) rebuild() {
	d := m.Ctx.Data
	if !d.Ready() {
		return
	}
	keep := ""
	if a, ok := m.current(); ok {
		keep = a.ID
	}
	if len(m.search) != len(d.Accounts) {
		m.reindex("")
	}
	needle := m.needle()
	m.narrowing = m.narrowing[:0]
	m.rows = m.rows[:0]
	for i := range d.Accounts {
		if m.shown(i, needle) {
			m.rows = append(m.rows, i)
		}
	}
	m.figures = m.sortFigures()
	slices.SortFunc(m.rows, m.compareRows)
	m.table.SetLen(len(m.rows))
	if keep != "" {
		m.cursorTo(keep)
	}
}

// place moves one saved account to where the filter and the sort put it,
// leaving every other row where it was: a save costs a binary search, not
// a sort.
func (m *Model) place(id string) {
	d := m.Ctx.Data
	i, ok := d.AccountIndex(id)
	if !ok || len(m.search) != len(d.Accounts) {
		m.reindex("")
		m.rebuild()
		return
	}
	keep := ""
	if a, ok := m.current(); ok {
		keep = a.ID
	}
	m.narrowing = m.narrowing[:0] // the rows a backspace would take back no longer hold
	if r := slices.Index(m.rows, i); r >= 0 {
		m.rows = slices.Delete(m.rows, r, r+1)
	}
	if m.shown(i, m.needle()) {
		if m.figures != nil && (m.sortBy == sortKnown || m.sortBy == sortOverdue || m.sortBy == sortStage) {
			m.figures[id] = m.sortFigure(id)
		}
		r, _ := slices.BinarySearchFunc(m.rows, i, m.compareRows)
		m.rows = slices.Insert(m.rows, r, i)
	}
	m.table.SetLen(len(m.rows))
	if keep != "" {
		m.cursorTo(keep)
	}
}

// cursorTo puts the cursor on an account, if it is in view.
func (m *Model) cursorTo(id string) {
	i, ok := m.Ctx.Data.AccountIndex(id)
	if !ok {
		return
	}
	if r := slices.Index(m.rows, i); r >= 0 {
		m.table.Move(r - m.table.Cursor)
	}
}

func (m *Model) listKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.table.Move(-1)
	case key.Matches(msg, k.Down):
		m.table.Move(1)
	case key.Matches(msg, k.PageUp):
		m.table.Page(-1)
	case key.Matches(msg, k.PageDown):
		m.table.Page(1)
	case key.Matches(msg, k.Top):
		m.table.Top()
	case key.Matches(msg, k.Bottom):
		m.table.Bottom()
	case key.Matches(msg, k.Filter):
		m.filtering = true
		return m.filter.Focus()
	case key.Matches(msg, k.Back):
		if m.filter.Value() != "" {
			m.filter.SetValue("")
			m.rebuild()
		} else if m.showArchived {
			m.toggleArchived()
		}
	case key.Matches(msg, k.Sort):
		m.applySort(m.nextShownSort())
		m.rebuild()
	case key.Matches(msg, k.Reverse):
		m.sortDesc = !m.sortDesc
		m.rebuild()
	case key.Matches(msg, k.ShowArchived):
		m.toggleArchived()
	case key.Matches(msg, k.New):
		if !m.showArchived {
			return m.openForm(model.Account{Tier: model.TierB, Channel: model.Hypermarket}, true)
		}
	case key.Matches(msg, k.Undo):
		return m.undoArchive()
	case key.Matches(msg, k.Import):
		return m.openImport()
	case key.Matches(msg, k.NextView, k.PrevView) && !m.filtering:
		m.view = viewToday
		m.ensureToday()
		return nil
	}
	a, ok := m.current()
	if !ok {
		return nil
	}
	switch {
	case key.Matches(msg, k.Open) && !m.showArchived:
		m.openDetail(a.ID)
		return m.selectAccount(a.ID)
	case key.Matches(msg, k.Edit) && !m.showArchived:
		return m.openForm(a, false)
	case key.Matches(msg, k.Plan):
		return m.openPlan(a.ID)
	case key.Matches(msg, k.Archive) && !m.showArchived:
		return m.askArchive(a)
	case key.Matches(msg, k.Restore) && m.showArchived:
		a.Archived = false
		return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.restored"), a.Name), a)
	}
	return nil
}

func (m *Model) toggleArchived() {
	m.showArchived = !m.showArchived
	m.table.Top()
	m.rebuild()
}

func (m *Model) filterKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.FilterKeep):
		m.filtering = false
		m.filter.Blur()
		return nil
	case key.Matches(msg, m.keys.FilterClear):
		m.filtering = false
		m.filter.Blur()
		m.filter.SetValue("")
		m.rebuild()
		return nil
	case msg.Type == tea.KeyUp: // the cursor still moves while typing, to pick a match
		m.table.Move(-1)
		return nil
	case msg.Type == tea.KeyDown:
		m.table.Move(1)
		return nil
	}
	before := m.filter.Value()
	var cmd tea.Cmd
	m.filter, cmd = common.UpdateInput(m.filter, msg)
	if m.filter.Value() != before {
		m.table.Top()
		m.refilter(before)
	}
	return cmd
}

// narrowed is the list as it stood before a character was typed into the
// filter: backspace gives it back instead of searching every account.
type narrowed struct {
	needle string
	rows   []int
}

// refilter follows one edit of the filter. A longer needle that contains
// the last one can only match some of the rows shown, which stay in their
// sorted order; a backspace to an earlier needle takes its rows back.
// Anything else searches every account again.
func (m *Model) refilter(before string) {
	needle, prev := m.needle(), strings.ToLower(strings.TrimSpace(before))
	if n := len(m.narrowing); n > 0 && m.narrowing[n-1].needle == needle {
		m.rows = m.narrowing[n-1].rows
		m.narrowing = m.narrowing[:n-1]
		m.table.SetLen(len(m.rows))
		return
	}
	if prev == "" || !strings.Contains(needle, prev) {
		m.rebuild()
		return
	}
	m.narrowing = append(m.narrowing, narrowed{needle: prev, rows: slices.Clone(m.rows)})
	m.rows = slices.DeleteFunc(m.rows, func(i int) bool { return !strings.Contains(m.search[i].text, needle) })
	m.table.SetLen(len(m.rows))
}

func (m *Model) askArchive(a model.Account) tea.Cmd {
	m.Confirm(fmt.Sprintf(m.Ctx.T("ask.archive"), a.Name), func() tea.Cmd {
		a.Archived = true
		m.lastArchived = a.ID
		if m.mode == modeDetail {
			m.mode = modeList
		}
		return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.archived"), a.Name), a)
	})
	return nil
}

func (m *Model) undoArchive() tea.Cmd {
	a, ok := m.Ctx.Data.Account(m.lastArchived)
	if !ok || !a.Archived {
		return common.Status(m.Ctx.T("status.nothing_to_undo"), false)
	}
	m.lastArchived = ""
	a.Archived = false
	return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.restored"), a.Name), a)
}

// nextShownSort is the next sort key whose column the list shows at its
// width: sorting by a column no one can see would look like no order.
func (m *Model) nextShownSort() sortKey {
	shown := map[string]bool{}
	for _, c := range common.FitColumns(m.columns(), m.Width) {
		shown[c.ID] = true
	}
	for k := (m.sortBy + 1) % sortKeys; k != m.sortBy; k = (k + 1) % sortKeys {
		if shown[sortColumnID[k]] {
			return k
		}
	}
	return m.sortBy
}

// listHeight is the number of table rows that fit: the body less the
// summary line and the table header.
func (m *Model) listHeight() int { return max(m.Height-2, 1) }

func (m *Model) columns() []common.Column {
	t := m.Ctx.T
	channelW := lipgloss.Width(t("col.channel"))
	for _, c := range model.Channels { // as wide as the longest channel name in use, in this language
		if m.channels[c.Key] > 0 {
			channelW = max(channelW, lipgloss.Width(c.Name.In(m.Ctx.Lang)))
		}
	}
	quadrantW := lipgloss.Width(t("col.quadrant"))
	for _, q := range model.Quadrants {
		quadrantW = max(quadrantW, lipgloss.Width(q.Name.In(m.Ctx.Lang)))
	}
	// The channel gives up its last cells before a column drops: only the
	// longest names (Membership warehouse) are cut.
	channelMin := min(channelW, max(lipgloss.Width(t("col.channel")), 16))
	cols := []common.Column{
		{ID: "name", Title: t("col.name"), Width: 22, Flex: true, Max: 40},
		{ID: "channel", Title: t("col.channel"), Width: channelMin, Grow: 1, Max: channelW, Keep: 8},
		{ID: "region", Title: t("col.region"), Width: 14, Keep: 4},
		{ID: "tier", Title: t("col.tier"), Width: 4, Keep: 10},
		{ID: "quadrant", Title: t("col.quadrant"), Width: quadrantW, Keep: 18},
		{ID: "sales", Title: t("col.sales"), Width: 9, Right: true, Keep: 20},
		{ID: "share", Title: t("col.share"), Width: 6, Right: true, Keep: 13},
		{ID: "growth", Title: t("col.growth"), Width: 7, Right: true, Keep: 6},
		{ID: "stages", Title: t("col.stages"), Width: 10, Keep: 16},
		{ID: "known", Title: t("col.known"), Width: max(lipgloss.Width(t("col.known")), 5), Right: true, Keep: 14},
		{ID: "overdue", Title: t("col.overdue"), Width: max(lipgloss.Width(t("col.overdue")), 3), Right: true, Keep: 12},
		{ID: "updated", Title: t("col.updated"), Width: 10, Keep: 2},
	}
	// The sorted column says so in its header, in a mark that shows
	// without colour: ↑ lowest first, ↓ highest first. Every column keeps
	// room for the mark, so a sort never widens one nor drops another.
	for i := range cols {
		cols[i].Width = max(cols[i].Width, lipgloss.Width(cols[i].Title)+sortMarkWidth)
		if cols[i].ID == sortColumnID[m.sortBy] {
			cols[i].Title += map[bool]string{false: "↑", true: "↓"}[m.sortDesc]
		}
	}
	return cols
}

// sortMarkWidth is the room the sort mark takes after a column's title.
const sortMarkWidth = 1

func (m *Model) cell(row int, col string) string {
	a := &m.Ctx.Data.Accounts[m.rows[row]]
	l := m.Ctx.Lang
	switch col {
	case "name":
		return a.Name
	case "channel":
		return model.NameOf(model.Channels, a.Channel, l)
	case "region":
		return a.Region
	case "tier":
		return string(a.Tier)
	case "quadrant":
		if q, ok := m.Ctx.Data.Quadrant(a.ID); ok {
			return model.Quadrants[q].Name.In(l)
		}
		return "-"
	case "sales":
		return model.FormatCompact(a.OurSales, l)
	case "share":
		if s, ok := a.Share(); ok {
			return model.FormatPercent(s)
		}
		return "-"
	case "growth":
		return growthOrDash(a.Growth)
	case "stages": // the stage reached, then the strip of all eight, as set by hand or proposed
		s := m.stagesOf(a)
		return fmt.Sprintf("%d %s", model.StageReachedIn(s), StageStrip(s))
	case "known":
		return model.FormatPercent(m.Ctx.Data.KnowledgeScore(a.ID, m.Ctx.Now()))
	case "overdue":
		if n := m.Ctx.Data.Overdue(a.ID, m.Ctx.Now()); n > 0 {
			return fmt.Sprintf("%d", n)
		}
		return "-"
	case "updated":
		return a.Updated.In(m.Ctx.Now().Location()).Format("2006-01-02")
	}
	return ""
}

// StageStrip draws the eight stages as one cell each: '#' done, '+' in
// progress, '.' not started. ASCII, so it aligns in every terminal.
func StageStrip(s [model.StageCount]model.StageStatus) string {
	var b strings.Builder
	for _, st := range s {
		b.WriteByte(".+#"[st])
	}
	return b.String()
}

func (m *Model) listView() string {
	st := m.Ctx.Styles
	d := m.Ctx.Data
	if !d.Ready() {
		return st.Muted.Render(m.Ctx.T("loading"))
	}
	if len(d.Accounts) == 0 {
		return m.welcomeView()
	}

	var top string
	switch {
	case m.filtering || m.filter.Value() != "":
		top = m.filter.View()
		if !m.filtering {
			top = st.Muted.Render("/ ") + m.filter.Value()
		}
		top += st.Muted.Render("  " + fmt.Sprintf(m.Ctx.T("list.matches"), len(m.rows)))
	case m.showArchived:
		top = st.Title.Render(fmt.Sprintf(m.Ctx.T("list.archived"), len(m.rows)))
	default:
		top = st.Title.Render(fmt.Sprintf(m.Ctx.TN("list.count", len(m.rows)), len(m.rows)))
	}
	dir := m.Ctx.T(sortWording[m.sortBy][btoi(m.sortDesc)])
	sortNote := st.Muted.Render(fmt.Sprintf(m.Ctx.T("list.sorted"), m.Ctx.T(sortColumn[m.sortBy]), dir))
	lines := []string{common.SpreadLine(top, sortNote, m.Width)}

	if len(m.rows) == 0 {
		var empty string
		switch {
		case m.filter.Value() != "":
			empty = fmt.Sprintf(m.Ctx.T("list.no_match"), m.filter.Value())
		case m.showArchived:
			empty = m.Ctx.T("list.no_archived")
		default:
			empty = m.Ctx.T("list.all_archived")
		}
		lines = append(lines, "", "  "+st.Muted.Render(empty))
	} else {
		cols := common.FitColumns(m.columns(), m.Width)
		lines = append(lines, m.table.View(cols, m.Width, st, m.cell))
	}
	return strings.Join(lines, "\n")
}

func (m *Model) welcomeView() string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	text := strings.Join([]string{
		st.Title.Render(t("welcome.title")),
		"",
		t("welcome.body"),
		"",
		t("welcome.new"),
		t("welcome.demo"),
		t("welcome.help"),
	}, "\n")
	box := st.Box.Width(min(64, m.Width-2)).Render(text)
	return st.Place(m.Width, m.Height, lipgloss.Center, lipgloss.Center, box)
}
