package prepare

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// compareRow is one account's trade spend in the compared year.
type compareRow struct {
	account model.Account
	cost    model.YearCost
	evo     model.Evolution
	hasPrev bool // the account has terms for the year before
}

// compareRows are the active accounts with terms in the year, highest
// trade spend (as % of gross sales) first.
func (m *Model) compareRows() []compareRow {
	d := m.Ctx.Data
	year := m.year()
	var out []compareRow
	for _, a := range d.Accounts {
		if a.Archived {
			continue
		}
		y, ok := d.TermsYear(a.ID, year, false)
		if !ok {
			continue
		}
		all := d.TermsOf(a.ID)
		r := compareRow{account: a, cost: d.Settings.Costing(all, y).Year(y)}
		if prev, ok := d.TermsYear(a.ID, year-1, false); ok {
			r.hasPrev = true
			r.evo = model.Evolve(d.Settings.Costing(all, prev).Year(prev), r.cost)
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b compareRow) int {
		pa, _ := a.cost.Pct(a.cost.Total())
		pb, _ := b.cost.Pct(b.cost.Total())
		return cmp.Compare(pb, pa)
	})
	return out
}

// year is the year compared: this year until another is picked.
func (m *Model) year() int {
	if m.compareYear == 0 {
		return m.Ctx.Now().Year()
	}
	return m.compareYear
}

func (m *Model) compareKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	rows := m.compareRows()
	switch {
	case key.Matches(msg, k.NextView):
		m.view = (m.view + 1) % views
	case key.Matches(msg, k.PrevView):
		m.view = (m.view + views - 1) % views
	case m.moved(msg, &m.compareCursor, len(rows)):
	case key.Matches(msg, k.Left):
		m.compareYear, m.compareCursor = m.year()-1, 0
	case key.Matches(msg, k.Right):
		m.compareYear, m.compareCursor = m.year()+1, 0
	case key.Matches(msg, k.Open) && len(rows) > 0:
		id := rows[min(m.compareCursor, len(rows)-1)].account.ID
		m.view = viewTerms
		return func() tea.Msg { return common.SelectAccountMsg{ID: id} }
	}
	return nil
}

// compareView sets every account's trade spend of one year side by side.
func (m *Model) compareView(h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	l := m.Ctx.Lang
	rows := m.compareRows()
	head := common.SpreadLine(st.Title.Render(fmt.Sprintf(t("prepare.compare_title"), m.year())),
		st.Muted.Render(t("prepare.compare_hint")), m.Width)
	if len(rows) == 0 {
		return head + "\n\n  " + st.Muted.Render(fmt.Sprintf(t("prepare.compare_none"), m.year()))
	}
	pct := func(c model.YearCost, v model.Money) string {
		p, ok := c.Pct(v)
		if !ok {
			return "-"
		}
		return model.FormatRate(p)
	}
	w := func(key string, least int) int { return max(lipgloss.Width(t(key)), least) }
	cols := common.FitColumns([]common.Column{
		{ID: "name", Title: t("col.name"), Width: 18, Flex: true},
		{ID: "gross", Title: t("prepare.gross_sales"), Width: w("prepare.gross_sales", 8), Right: true, Keep: 9},
		{ID: "on", Title: t("prepare.on_invoice_short"), Width: w("prepare.on_invoice_short", 6), Right: true, Keep: 6},
		{ID: "off", Title: t("prepare.off_invoice_short"), Width: w("prepare.off_invoice_short", 6), Right: true, Keep: 5},
		{ID: "total", Title: t("prepare.all_terms"), Width: w("prepare.all_terms", 6), Right: true, Keep: 10},
		{ID: "cost", Title: t("prepare.cost"), Width: w("prepare.cost", 8), Right: true, Keep: 7},
		{ID: "bp", Title: t("prepare.change_bp_short"), Width: w("prepare.change_bp_short", 8), Right: true, Keep: 8},
		{ID: "flag", Title: t("prepare.spend_vs_sales"), Width: max(w("prepare.spend_vs_sales", 0), lipgloss.Width(t("prepare.faster"))+2, lipgloss.Width(t("terms.slower_short"))), Keep: 4},
	}, m.Width)
	tbl := common.Table{Len: len(rows), Cursor: min(m.compareCursor, len(rows)-1)}
	tbl.SetHeight(h - 2)
	return head + "\n" + tbl.View(cols, m.Width, st, func(row int, col string) string {
		r := rows[row]
		switch col {
		case "name":
			return r.account.Name
		case "gross":
			return model.FormatCompact(r.cost.Gross, l)
		case "on":
			return pct(r.cost, r.cost.OnInvoice)
		case "off":
			return pct(r.cost, r.cost.OffInvoice)
		case "total":
			return pct(r.cost, r.cost.Total())
		case "cost":
			return model.FormatCompact(r.cost.Total(), l)
		case "bp":
			if !r.evo.Comparable {
				return notComparable
			}
			return fmt.Sprintf("%+.0f bp", r.evo.BasisPoints)
		case "flag":
			switch {
			case r.evo.NewSpend:
				return t("terms.new_spend")
			case !r.evo.Comparable && r.hasPrev: // a year before, but without values
				return t("prepare.not_comparable")
			case !r.evo.Comparable:
				return ""
			case r.evo.FasterSpend:
				return "! " + t("prepare.faster")
			case r.evo.SlowerSpend: // under "Spend vs sales"
				return t("terms.slower_short")
			}
			return t("prepare.in_step")
		}
		return ""
	})
}
