package rangetab

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// cellShow is what the grid's cells show.
type cellShow int

const (
	showState cellShow = iota
	showRate
	showPrice
	shows
)

var showNames = [shows]string{"range.show_state", "range.show_rate", "range.show_price"}

// legends say what the cells mean in each way of showing them.
var legends = [shows]string{"range.legend", "range.legend_rate", "range.legend_price"}

// gridState is where the grid's cursor is and how it is shown.
type gridState struct {
	row, col     int // the cursor: a product, a cluster
	top, left    int // the first row and column in view
	afterPending bool
	show         cellShow
}

// The grid's geometry: a cell is at least 9 cells wide (a date change
// "+03-15" with the cursor's brackets) and grows to 16 when every cluster
// fits, the product column takes a quarter of the width within limits, and
// the distribution column is 6 wide.
const (
	minCellW   = 9
	maxCellW   = 16
	distW      = 6
	minNameW   = 14
	maxNameW   = 34
	gridChrome = 9 // summary, three header lines, the footer row, legend, gaps, risk, cell
)

// gridRows is how many product rows fit in h lines.
func gridRows(h int) int { return max(h-gridChrome, 1) }

// gridLayout is how wide the product column and each cluster's column are,
// and how many clusters fit, for n clusters.
func gridLayout(width, n int) (nameW, cellW, cols int) {
	nameW = min(max(width/4, minNameW), maxNameW)
	avail := width - 2 - nameW - 1 - distW - 1
	cellW = minCellW
	if n > 0 && n*minCellW <= avail {
		cellW = min(avail/n, maxCellW)
	}
	return nameW, cellW, max(avail/cellW, 1)
}

func (m *Model) gridKey(msg tea.KeyMsg, acc model.Account) tea.Cmd {
	a := m.current(acc.ID)
	g := &m.grid
	k := m.keys
	rows := gridRows(m.Height - 1)
	_, _, cols := gridLayout(m.Width, len(a.Clusters))
	switch {
	case key.Matches(msg, k.Left):
		g.col--
	case key.Matches(msg, k.Right):
		g.col++
	case key.Matches(msg, k.After):
		g.afterPending = !g.afterPending
		return nil
	case key.Matches(msg, k.Show):
		g.show = (g.show + 1) % shows
		return nil
	case key.Matches(msg, k.Toggle):
		return m.toggleCell(acc, a)
	case key.Matches(msg, k.Edit):
		return m.editCell(acc, a)
	case key.Matches(msg, k.Plan):
		return m.planFromCell(acc, a)
	default:
		k.MoveCursor(msg, &g.row, len(a.Products), rows)
	}
	g.clamp(len(a.Products), len(a.Clusters), rows, cols)
	return nil
}

// clamp keeps the cursor inside the grid and in view.
func (g *gridState) clamp(products, clusters, rows, cols int) {
	g.row = min(max(g.row, 0), max(products-1, 0))
	g.col = min(max(g.col, 0), max(clusters-1, 0))
	g.top = min(max(g.top, g.row-rows+1), g.row)
	g.top = max(min(g.top, products-rows), 0)
	g.left = min(max(g.left, g.col-cols+1), g.col)
	g.left = max(min(g.left, clusters-cols), 0)
}

// cursorCell is the product and cluster under the cursor; ok is false on
// an empty grid.
func (m *Model) cursorCell(a *model.Assortment) (model.Product, model.Cluster, bool) {
	if len(a.Products) == 0 || len(a.Clusters) == 0 {
		return model.Product{}, model.Cluster{}, false
	}
	g := m.grid
	return a.Products[min(g.row, len(a.Products)-1)], a.Clusters[min(g.col, len(a.Clusters)-1)], true
}

// listingOf is what the rep recorded of a product in a cluster, or a new
// record of it.
func (m *Model) listingOf(acc model.Account, p model.Product, c model.Cluster) model.Listing {
	for _, l := range m.Ctx.Data.ListingsOf(acc.ID) {
		if l.ProductID == p.ID && l.ClusterID == c.ID {
			return l
		}
	}
	return model.Listing{AccountID: acc.ID, ProductID: p.ID, ClusterID: c.ID}
}

// toggleCell records that the product is, or is not, on the shelf in the
// cluster today, against what the grid shows now.
func (m *Model) toggleCell(acc model.Account, a *model.Assortment) tea.Cmd {
	if m.grid.afterPending {
		return common.Status(m.Ctx.T("range.after_read_only"), true)
	}
	p, c, ok := m.cursorCell(a)
	if !ok {
		return nil
	}
	l := m.listingOf(acc, p, c)
	l.Listed = !a.Cell(m.grid.row, m.grid.col).State.OnShelf()
	l.Since = m.today()
	note := "range.saved_carried"
	if !l.Listed {
		note = "range.saved_not_carried"
	}
	return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T(note), p.Name.In(m.Ctx.Lang), c.Name), l)
}

// cellFields are a cell's form values as typed.
type cellFields struct {
	listed             bool
	price, rate, since string
}

// editCell opens the form of what is known of the product in the cluster.
func (m *Model) editCell(acc model.Account, a *model.Assortment) tea.Cmd {
	if m.grid.afterPending {
		return common.Status(m.Ctx.T("range.after_read_only"), true)
	}
	p, c, ok := m.cursorCell(a)
	if !ok {
		return nil
	}
	l := m.listingOf(acc, p, c)
	cell := a.Cell(m.grid.row, m.grid.col)
	f := &cellFields{listed: cell.State.OnShelf(), since: common.DateText(m.today())}
	if cell.Price > 0 {
		f.price = model.MoneyInput(cell.Price)
	}
	if cell.Rate != nil {
		f.rate = model.FormatNumber(*cell.Rate)
	}
	orig := *f
	t := m.Ctx.T
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(t("range.cell_title"), p.Name.In(m.Ctx.Lang), c.Name),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewConfirm().Title(t("range.carried")).Value(&f.listed).Affirmative(t("range.yes")).Negative(t("range.no")),
				huh.NewInput().Title(t("range.since")).Description(t("range.since_hint")).Placeholder("YYYY-MM-DD").Value(&f.since).Validate(m.Ctx.DateField(false)),
				huh.NewInput().Title(fmt.Sprintf(t("range.shelf_price"), m.Ctx.Currency())).Value(&f.price).Validate(moneyField(m.Ctx)),
				huh.NewInput().Title(t("range.rate")).Description(t("range.rate_hint")).Value(&f.rate).Validate(rateField(m.Ctx)),
			)}
		},
		Save: func() (tea.Cmd, error) {
			rec := l
			rec.Listed, rec.Since = f.listed, m.Ctx.ParseDate(f.since)
			var err error
			if rec.Price, err = model.ParseMoney(f.price); err != nil {
				return nil, err
			}
			if rec.RateOfSale, err = parseRate(f.rate); err != nil {
				return nil, err
			}
			if err := model.CheckListing(rec); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("range.saved_cell"), p.Name.In(m.Ctx.Lang), c.Name), rec), nil
		},
		Dirty: func() bool { return *f != orig },
	})
}

// planFromCell opens a new change for the product in the cluster: a
// listing where it is not on the shelf, a delisting where it is.
func (m *Model) planFromCell(acc model.Account, a *model.Assortment) tea.Cmd {
	p, c, ok := m.cursorCell(a)
	if !ok {
		return nil
	}
	mu := model.Mutation{AccountID: acc.ID, Kind: model.MutationListing, ProductID: p.ID, Clusters: []string{c.ID}, Status: model.MutationProposed}
	if a.Cell(m.grid.row, m.grid.col).State.OnShelf() {
		mu.Kind = model.MutationDelisting
	}
	return m.mutationForm(acc, mu, true)
}

// cellText is what a cell shows, and its style.
func (m *Model) cellText(c model.Cell) string {
	t := m.Ctx.T
	switch m.grid.show {
	case showRate:
		if !c.State.OnShelf() {
			return "-"
		}
		if c.Rate == nil {
			return "?"
		}
		return model.FormatNumber(roundTo(*c.Rate, 1))
	case showPrice:
		if c.Price <= 0 {
			return "-"
		}
		return model.FormatMoney(c.Price)
	}
	switch c.State {
	case model.Carried:
		return t("range.cell_on")
	case model.ListingPlanned:
		return "+" + c.Date.Format("01-02")
	case model.DelistingPlanned:
		return "x" + c.Date.Format("01-02")
	}
	return "-"
}

func (m *Model) cellStyle(c model.Cell, s string) string {
	st := m.Ctx.Styles
	switch c.State {
	case model.Carried:
		return st.OK.Render(s)
	case model.ListingPlanned, model.DelistingPlanned:
		return st.Warn.Render(s)
	}
	return st.Faint.Render(s)
}

func roundTo(v float64, decimals int) float64 {
	p := 1.0
	for range decimals {
		p *= 10
	}
	return float64(int64(v*p+0.5)) / p
}

// gridView draws the grid: the product column and the distribution stay
// in view while the clusters scroll across.
func (m *Model) gridView(acc model.Account, h int) string {
	a := m.current(acc.ID)
	st := m.Ctx.Styles
	t := m.Ctx.T
	g := &m.grid
	nameW, cellW, cols := gridLayout(m.Width, len(a.Clusters))
	rows := gridRows(h)
	g.clamp(len(a.Products), len(a.Clusters), rows, cols)
	end := min(g.left+cols, len(a.Clusters))

	var b strings.Builder
	// what the cells show comes first: at 80 columns the rest may be cut
	summary := ""
	if g.afterPending {
		summary += st.Warn.Render(t("range.after_pending")) + " "
	}
	if g.show != showState {
		summary += st.Warn.Render(t(showNames[g.show])) + " "
	}
	summary += fmt.Sprintf(t("range.grid_summary"), acc.Name, len(a.Products), len(a.Clusters), a.Stores(), common.DateText(m.today()))
	b.WriteString(common.Truncate(summary, m.Width))
	switch {
	case len(a.Products) == 0:
		b.WriteString("\n\n  " + st.Muted.Render(t("range.no_products")))
		return b.String()
	case len(a.Clusters) == 0:
		b.WriteString("\n\n  " + st.Muted.Render(t("range.no_clusters")))
		return b.String()
	}

	// three header lines: the cluster's name over two, then its grade
	// and stores
	head1 := common.PadRight(t("range.product"), nameW) + " " + common.PadLeft(t("range.nd"), distW) + " "
	head2 := strings.Repeat(" ", nameW+1+distW+1)
	head3 := head2
	if len(a.Clusters) > cols {
		head3 = common.PadRight(common.Truncate(fmt.Sprintf(t("range.columns_of"), g.left+1, end, len(a.Clusters)), nameW+distW+1), nameW+1+distW+1)
	}
	for c := g.left; c < end; c++ {
		cl := a.Clusters[c]
		name := common.Wrap(cl.Name, cellW-1)
		second := ""
		if len(name) > 1 {
			second = strings.Join(name[1:], " ")
		}
		head1 += " " + common.PadRight(common.Truncate(name[0], cellW-1), cellW-1)
		head2 += " " + common.PadRight(common.Truncate(second, cellW-1), cellW-1)
		head3 += " " + common.PadRight(common.Truncate(strings.TrimSpace(string(cl.Grade)+" "+fmt.Sprint(cl.Stores)), cellW-1), cellW-1)
	}
	b.WriteString("\n  " + st.TableHeader.Render(head1))
	b.WriteString("\n  " + st.TableHeader.Render(head2))
	b.WriteString("\n  " + st.Faint.Render(head3))

	risk := m.risk(a)
	styled := map[string]string{} // a cell's text in its style, drawn once a frame
	for r := g.top; r < min(g.top+rows, len(a.Products)); r++ {
		p := a.Products[r]
		marker := "  "
		if r == g.row {
			marker = "> "
		}
		name := p.Code + " " + p.Name.In(m.Ctx.Lang)
		flag := " "
		if risk[r] {
			flag = st.Error.Render("!")
		}
		nd := "-"
		if pct, ok := a.Numeric(r); ok {
			nd = model.FormatPercent(roundTo(pct, 0))
		}
		line := marker + common.PadRight(common.Truncate(name, nameW-1), nameW-1) + flag + " " + common.PadLeft(nd, distW) + " "
		for c := g.left; c < end; c++ {
			cell := a.Cell(r, c)
			text := m.cellText(cell)
			if r == g.row && c == g.col {
				line += " " + st.Selected.Render(common.PadRight("["+common.Truncate(text, cellW-3)+"]", cellW-1))
				continue
			}
			k := fmt.Sprint(cell.State) + text
			out, ok := styled[k]
			if !ok {
				out = m.cellStyle(cell, common.PadRight(" "+common.Truncate(text, cellW-2), cellW-1))
				styled[k] = out
			}
			line += " " + out
		}
		b.WriteString("\n" + line)
	}
	footer := common.PadRight(t("range.carried_count"), nameW) + " " + strings.Repeat(" ", distW) + " "
	for c := g.left; c < end; c++ {
		footer += " " + common.PadRight(fmt.Sprintf(" %d/%d", a.CarriedIn(c), len(a.Products)), cellW-1)
	}
	b.WriteString("\n  " + st.Muted.Render(footer))
	for r := len(a.Products); r < g.top+rows; r++ {
		b.WriteString("\n")
	}
	b.WriteString("\n" + common.Truncate(st.Faint.Render(t(legends[g.show])), m.Width))
	b.WriteString("\n" + common.Truncate(m.gapsLine(a), m.Width))
	b.WriteString("\n" + common.Truncate(m.riskLine(acc, a, risk), m.Width))
	b.WriteString("\n" + common.Truncate(m.cellLine(acc, a), m.Width))
	return b.String()
}

// gapsLine names the gaps in the cursor's cluster.
func (m *Model) gapsLine(a *model.Assortment) string {
	t := m.Ctx.T
	st := m.Ctx.Styles
	var names []string
	for _, gp := range m.gaps(a) {
		if gp.Cluster == m.grid.col {
			names = append(names, fmt.Sprintf("%s (%s)", a.Products[gp.Product].Name.In(m.Ctx.Lang), model.FormatPercent(roundTo(gp.Elsewhere, 0))))
		}
	}
	cl := a.Clusters[m.grid.col].Name
	if len(names) == 0 {
		return st.Muted.Render(fmt.Sprintf(t("range.no_gaps"), cl))
	}
	return st.Warn.Render(fmt.Sprintf(t("range.gaps"), cl)) + " " + strings.Join(names, m.Ctx.T("range.list_sep"))
}

// riskLine names the products at risk of delisting at the next review.
func (m *Model) riskLine(acc model.Account, a *model.Assortment, risk []bool) string {
	t := m.Ctx.T
	st := m.Ctx.Styles
	var names []string
	for i, r := range risk {
		if r {
			names = append(names, a.Products[i].Name.In(m.Ctx.Lang))
		}
	}
	if len(names) == 0 {
		return st.Muted.Render(fmt.Sprintf(t("range.no_risk"), model.MinRankedForRisk))
	}
	when := t("range.next_review_unknown")
	if ops, ok := m.Ctx.Data.OperationsOf(acc.ID); ok {
		if d, ok := ops.NextReview(m.Ctx.Now()); ok {
			when = fmt.Sprintf(t("range.next_review_on"), common.DateText(d))
		}
	}
	return st.Error.Render(fmt.Sprintf(t("range.at_risk"), when)) + " " + strings.Join(names, m.Ctx.T("range.list_sep"))
}

// cellLine says all that is known of the cursor's cell.
func (m *Model) cellLine(acc model.Account, a *model.Assortment) string {
	t := m.Ctx.T
	p, c, _ := m.cursorCell(a)
	cell := a.Cell(m.grid.row, m.grid.col)
	parts := []string{fmt.Sprintf(t("range.cell_of"), p.Name.In(m.Ctx.Lang), c.Name)}
	switch cell.State {
	case model.Carried:
		parts = append(parts, t("range.state_carried"))
	case model.NotCarried:
		parts = append(parts, t("range.state_not_carried"))
	case model.ListingPlanned:
		parts = append(parts, fmt.Sprintf(t("range.state_listing"), common.DateText(cell.Date)))
	case model.DelistingPlanned:
		parts = append(parts, fmt.Sprintf(t("range.state_delisting"), common.DateText(cell.Date)))
	}
	if cell.Price > 0 {
		parts = append(parts, fmt.Sprintf(t("range.at_price"), m.Ctx.Currency()+model.FormatMoney(cell.Price)))
	}
	if r, ok := a.RateOfSale(m.grid.row); ok && cell.State.OnShelf() && cell.Rate != nil {
		parts = append(parts, fmt.Sprintf(t("range.rate_cell"), model.FormatNumber(roundTo(*cell.Rate, 1)), model.FormatNumber(roundTo(r, 1))))
	}
	if pct, ok := a.Weighted(m.grid.row); ok {
		parts = append(parts, fmt.Sprintf(t("range.wd"), model.FormatPercent(roundTo(pct, 0))))
	}
	return m.Ctx.Styles.Muted.Render(strings.Join(parts, " "))
}
