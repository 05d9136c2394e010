package rangetab

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// statusFilter is which changes the list shows: all, those still to
// happen, or one status.
type statusFilter int

const (
	allStatuses statusFilter = iota
	pendingOnly
	proposedOnly
	agreedOnly
	doneOnly
	refusedOnly
	statusFilters
)

var statusFilterNames = [statusFilters]string{"range.filter_all", "range.filter_pending", "range.filter_proposed",
	"range.filter_agreed", "range.filter_done", "range.filter_refused"}

// periodFilter is which days the list shows.
type periodFilter int

const (
	anyDay periodFilter = iota
	next90
	last90
	thisYear
	periodFilters
)

var periodFilterNames = [periodFilters]string{"range.period_any", "range.period_next", "range.period_last", "range.period_year"}

type mutationsState struct {
	table  common.Table
	status statusFilter
	period periodFilter
}

// keeps says whether the filters let a change through on a day.
func (s mutationsState) keeps(mu model.Mutation, today time.Time) bool {
	switch s.status {
	case pendingOnly:
		if !mu.Pending(today) {
			return false
		}
	case proposedOnly, agreedOnly, doneOnly, refusedOnly:
		want := []model.MutationStatus{model.MutationProposed, model.MutationAgreed, model.MutationDone, model.MutationRefused}[s.status-proposedOnly]
		if mu.Status != want {
			return false
		}
	}
	d := model.Day(mu.Date)
	switch s.period {
	case next90:
		return !d.Before(today) && !d.After(today.AddDate(0, 0, 90))
	case last90:
		return !d.After(today) && !d.Before(today.AddDate(0, 0, -90))
	case thisYear:
		return d.Year() == today.Year()
	}
	return true
}

// filteredMutations are the account's changes the filters let through,
// by day.
func (m *Model) filteredMutations(accountID string) []model.Mutation {
	var out []model.Mutation
	for _, mu := range m.Ctx.Data.MutationsOf(accountID) {
		if m.mutations.keeps(mu, m.today()) {
			out = append(out, mu)
		}
	}
	return out
}

// mutationRows is how many changes fit in the list.
func (m *Model) mutationRows() int { return max(m.Height-1-7, 1) }

func (m *Model) mutationsKey(msg tea.KeyMsg, acc model.Account) tea.Cmd {
	list := m.filteredMutations(acc.ID)
	tb := &m.mutations.table
	tb.SetLen(len(list))
	tb.SetHeight(m.mutationRows())
	k := m.keys
	switch {
	case key.Matches(msg, k.Status):
		m.mutations.status = (m.mutations.status + 1) % statusFilters
		tb.Top()
	case key.Matches(msg, k.Period):
		m.mutations.period = (m.mutations.period + 1) % periodFilters
		tb.Top()
	case key.Matches(msg, k.New):
		return m.mutationForm(acc, model.Mutation{AccountID: acc.ID, Kind: model.MutationListing, Status: model.MutationProposed}, true)
	case key.Matches(msg, k.Edit) && len(list) > 0:
		return m.mutationForm(acc, list[tb.Cursor], false)
	case key.Matches(msg, k.Delete) && len(list) > 0:
		mu := list[tb.Cursor]
		m.Confirm(fmt.Sprintf(m.Ctx.T("range.ask_delete_change"), m.mutationTitle(mu)), func() tea.Cmd {
			m.lastDeleted = &mu
			return data.Delete(m.Ctx.Data, m.Ctx.T("range.change_deleted"), mu)
		})
	case key.Matches(msg, k.Undo) && m.lastDeleted != nil:
		mu := *m.lastDeleted
		m.lastDeleted = nil
		return data.Save(m.Ctx.Data, m.Ctx.T("range.change_restored"), mu)
	default:
		k.MoveCursor(msg, &tb.Cursor, len(list), tb.Height)
		tb.SetLen(len(list))
	}
	return nil
}

// productName is a product's code and name, or its ID when it is gone.
func (m *Model) productName(id string) string {
	if p, ok := m.Ctx.Data.Product(id); ok {
		return p.Code + " " + p.Name.In(m.Ctx.Lang)
	}
	return id
}

// clusterNames names a change's clusters: "all" when it covers every one.
func (m *Model) clusterNames(mu model.Mutation) string {
	all := m.Ctx.Data.ClustersOf(mu.AccountID)
	if len(mu.Clusters) == len(all) && len(all) > 1 {
		return fmt.Sprintf(m.Ctx.T("range.all_clusters"), len(all))
	}
	var names []string
	for _, c := range all { // in the order every screen lists them
		if slices.Contains(mu.Clusters, c.ID) {
			names = append(names, c.Name)
		}
	}
	if len(names) > 1 { // a list of long names cut short tells nothing: the detail names them
		return fmt.Sprintf(m.Ctx.T("range.some_clusters"), len(names), len(all))
	}
	return strings.Join(names, m.Ctx.T("range.list_sep"))
}

// clusterList names all of a change's clusters, for its detail.
func (m *Model) clusterList(mu model.Mutation) string {
	var names []string
	for _, c := range m.Ctx.Data.ClustersOf(mu.AccountID) {
		if slices.Contains(mu.Clusters, c.ID) {
			names = append(names, c.Name)
		}
	}
	return strings.Join(names, m.Ctx.T("range.list_sep"))
}

// mutationTitle is a change in a few words: "listing of A-1 Juice".
func (m *Model) mutationTitle(mu model.Mutation) string {
	what := m.productName(mu.ProductID)
	if mu.Kind == model.MutationReplacement {
		what += " ← " + m.productName(mu.Replaces)
	}
	return model.NameOf(model.MutationKinds, mu.Kind, m.Ctx.Lang) + " " + what
}

func (m *Model) mutationsView(acc model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	list := m.filteredMutations(acc.ID)
	tb := &m.mutations.table
	tb.SetHeight(max(h-7, 1))
	tb.SetLen(len(list))
	var b strings.Builder
	head := fmt.Sprintf(t("range.changes_of"), acc.Name, len(list)) + "  " +
		st.Muted.Render(t("range.filter")+" "+t(statusFilterNames[m.mutations.status])+" (s) · "+t(periodFilterNames[m.mutations.period])+" (t)")
	b.WriteString(common.Truncate(head, m.Width) + m.Ctx.AmountsIn())
	if len(list) == 0 {
		b.WriteString("\n\n  " + st.Muted.Render(t("range.no_changes")))
		return b.String()
	}
	cols := common.FitColumns([]common.Column{
		{ID: "date", Title: t("range.col_date"), Width: 10, Keep: 9},
		{ID: "kind", Title: t("range.col_kind"), Width: 11, Keep: 8},
		{ID: "product", Title: t("range.col_product"), Width: 18, Flex: true, Grow: 3},
		{ID: "clusters", Title: t("range.col_clusters"), Width: 12, Grow: 2, Keep: 6},
		{ID: "fee", Title: t("range.col_fee"), Width: 9, Right: true, Keep: 5},
		{ID: "status", Title: t("range.col_status"), Width: 9, Keep: 7},
		{ID: "by", Title: t("range.col_approved"), Width: 12, Grow: 1, Keep: 4},
	}, m.Width)
	b.WriteString("\n" + tb.View(cols, m.Width, st, func(r int, col string) string {
		mu := list[r]
		switch col {
		case "date":
			return common.DateText(mu.Date)
		case "kind":
			return model.NameOf(model.MutationKinds, mu.Kind, m.Ctx.Lang)
		case "product":
			if mu.Kind == model.MutationReplacement {
				return m.productName(mu.ProductID) + " ← " + m.productName(mu.Replaces)
			}
			return m.productName(mu.ProductID)
		case "clusters":
			return m.clusterNames(mu)
		case "fee":
			if mu.ListingFee == 0 {
				return "-"
			}
			return model.FormatCompact(mu.ListingFee, m.Ctx.Lang)
		case "status":
			s := model.NameOf(model.MutationStatuses, mu.Status, m.Ctx.Lang)
			if mu.Status == model.MutationAgreed && mu.InEffect(m.today()) {
				s += "*"
			}
			return s
		case "by":
			return mu.ApprovedBy
		}
		return ""
	}))
	for r := len(list) - tb.Offset; r < tb.Height; r++ {
		b.WriteString("\n")
	}
	mu := list[min(tb.Cursor, len(list)-1)]
	b.WriteString("\n")
	for _, line := range m.mutationDetail(acc, mu) {
		b.WriteString("\n" + common.Truncate(line, m.Width))
	}
	return b.String()
}

// mutationDetail is the change under the cursor in full: its reason, what
// it does to the shelf, and its fee beside the year's trading terms.
func (m *Model) mutationDetail(acc model.Account, mu model.Mutation) []string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	reason := strings.TrimSpace(mu.Reason)
	if reason == "" {
		reason = t("range.no_reason")
	}
	effect := t("range.effect_pending")
	switch {
	case mu.Status == model.MutationRefused:
		effect = t("range.effect_refused")
	case mu.InEffect(m.today()):
		effect = t("range.effect_done")
	case mu.Status == model.MutationProposed:
		effect = t("range.effect_proposed")
	}
	return []string{
		st.Label.Render(t("range.col_clusters")) + " " + m.clusterList(mu),
		st.Label.Render(t("range.reason")) + " " + strings.ReplaceAll(reason, "\n", " "),
		st.Muted.Render(effect),
		m.feeAgainstTerms(acc, mu),
	}
}

// feeAgainstTerms sets a change's listing fee beside the listing fee per
// SKU in the trading terms of its year, when there are terms.
func (m *Model) feeAgainstTerms(acc model.Account, mu model.Mutation) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	if mu.Kind == model.MutationDelisting && mu.ListingFee == 0 {
		return "" // nothing paid to compare
	}
	year := mu.Date.Year()
	y, ok := m.Ctx.Data.TermsYear(acc.ID, year, false)
	if !ok {
		y, ok = m.Ctx.Data.TermsYear(acc.ID, year, true)
	}
	if !ok {
		return st.Faint.Render(fmt.Sprintf(t("range.no_terms"), year))
	}
	term, i := y.Find("listing_fee")
	if i < 0 || term.Amount == 0 {
		return st.Faint.Render(fmt.Sprintf(t("range.terms_no_fee"), year))
	}
	line := fmt.Sprintf(t("range.terms_fee"), year, model.FormatMoney(term.Amount))
	if mu.Kind == model.MutationDelisting {
		return st.Muted.Render(line)
	}
	switch {
	case mu.ListingFee > term.Amount:
		line += "  " + st.Warn.Render(fmt.Sprintf(t("range.fee_above"), model.FormatMoney(mu.ListingFee-term.Amount)))
	case mu.ListingFee < term.Amount:
		line += "  " + st.OK.Render(fmt.Sprintf(t("range.fee_below"), model.FormatMoney(term.Amount-mu.ListingFee)))
	default:
		line += "  " + st.Muted.Render(t("range.fee_as_terms"))
	}
	return line
}

// mutationFields are a change's form values as typed.
type mutationFields struct {
	mu               model.Mutation
	date, fee, price string
	clusters         []string
}

// mutationForm opens the form of a change.
func (m *Model) mutationForm(acc model.Account, mu model.Mutation, adding bool) tea.Cmd {
	f := &mutationFields{mu: mu, date: common.DateText(mu.Date), clusters: slices.Clone(mu.Clusters)}
	if mu.ListingFee > 0 {
		f.fee = model.MoneyInput(mu.ListingFee)
	}
	if mu.Price > 0 {
		f.price = model.MoneyInput(mu.Price)
	}
	orig := *f
	orig.clusters = slices.Clone(f.clusters)
	t := m.Ctx.T
	title := t("range.edit_change")
	if adding {
		title = t("range.new_change")
	}
	return m.OpenForm(&common.EditForm{
		Title: title,
		Build: func() []*huh.Group { return m.mutationGroups(acc, f) },
		Save: func() (tea.Cmd, error) {
			rec := f.mu
			rec.Date = m.Ctx.ParseDate(f.date)
			rec.Clusters = slices.Clone(f.clusters)
			rec.Reason, rec.ApprovedBy = strings.TrimSpace(rec.Reason), strings.TrimSpace(rec.ApprovedBy)
			if rec.Kind != model.MutationReplacement {
				rec.Replaces = ""
			}
			var err error
			if rec.ListingFee, err = model.ParseMoney(f.fee); err != nil {
				return nil, err
			}
			if rec.Price, err = model.ParseMoney(f.price); err != nil {
				return nil, err
			}
			if err := model.CheckMutation(rec); err != nil {
				return nil, err
			}
			if err := m.checkAgainstShelf(rec); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("range.saved_change"), m.mutationTitle(rec)), rec), nil
		},
		Dirty: func() bool {
			return f.mu.Kind != orig.mu.Kind || f.mu.ProductID != orig.mu.ProductID || f.mu.Replaces != orig.mu.Replaces ||
				f.mu.Reason != orig.mu.Reason || f.mu.ApprovedBy != orig.mu.ApprovedBy || f.mu.Status != orig.mu.Status ||
				f.date != orig.date || f.fee != orig.fee || f.price != orig.price || !slices.Equal(f.clusters, orig.clusters)
		},
	})
}

func (m *Model) mutationGroups(acc model.Account, f *mutationFields) []*huh.Group {
	t := m.Ctx.T
	var products []huh.Option[string]
	for _, p := range m.Ctx.Data.Products() {
		products = append(products, huh.NewOption(p.Code+" "+p.Name.In(m.Ctx.Lang), p.ID))
	}
	replaces := []huh.Option[string]{huh.NewOption(t("range.replaces_none"), "")}
	replaces = append(replaces, products...)
	var clusters []huh.Option[string]
	for _, c := range m.clusters(acc.ID) {
		clusters = append(clusters, huh.NewOption(c.Name, c.ID))
	}
	clusters = common.PickOptions(clusters, f.clusters)
	listHeight := common.ListHeight
	feeHint := ""
	if y, ok := m.Ctx.Data.TermsYear(acc.ID, m.today().Year(), false); ok {
		if term, i := y.Find("listing_fee"); i >= 0 && term.Amount > 0 {
			feeHint = fmt.Sprintf(t("range.terms_fee"), y.Year, model.FormatMoney(term.Amount))
		}
	}
	return []*huh.Group{
		huh.NewGroup(
			huh.NewInput().Title(t("range.col_date")).Description(t("range.date_hint")).Placeholder("YYYY-MM-DD").Value(&f.date).Validate(m.Ctx.AnyDateField(false)),
			huh.NewSelect[model.MutationKind]().Title(t("range.col_kind")).Options(common.Options(m.Ctx, model.MutationKinds)...).Value(&f.mu.Kind).Inline(true),
			huh.NewSelect[string]().Title(t("range.col_product")).Options(products...).Value(&f.mu.ProductID).Height(listHeight(len(products))),
			huh.NewSelect[string]().Title(t("range.replaces")).Description(t("range.replaces_hint")).Options(replaces...).Value(&f.mu.Replaces).Height(listHeight(len(replaces))),
			huh.NewMultiSelect[string]().Title(t("range.col_clusters")).Options(clusters...).Value(&f.clusters).Height(listHeight(len(clusters))).
				Validate(func(ids []string) error {
					if len(ids) == 0 {
						return fmt.Errorf("%s", t("range.pick_cluster"))
					}
					return nil
				}),
		).Title(t("range.group_what")),
		huh.NewGroup(
			common.NewText().Title(t("range.reason")).Value(&f.mu.Reason).Lines(3).CharLimit(model.MaxTextRunes),
			huh.NewInput().Title(fmt.Sprintf(t("range.fee_field"), m.Ctx.Currency())).Description(feeHint).Value(&f.fee).Validate(moneyField(m.Ctx)),
			huh.NewInput().Title(fmt.Sprintf(t("range.shelf_price"), m.Ctx.Currency())).Value(&f.price).Validate(moneyField(m.Ctx)),
			huh.NewInput().Title(t("range.col_approved")).Value(&f.mu.ApprovedBy).Validate(func(s string) error { return m.Ctx.Loc(model.CheckShort(s)) }),
			huh.NewSelect[model.MutationStatus]().Title(t("range.col_status")).Options(common.Options(m.Ctx, model.MutationStatuses)...).Value(&f.mu.Status).Inline(true),
		).Title(t("range.group_deal")),
	}
}

// moneyField validates an amount typed into a form.
func moneyField(c *common.Context) func(string) error {
	return func(s string) error { _, err := model.ParseMoney(s); return c.Loc(err) }
}

// rateField validates a rate of sale typed into a form.
func rateField(c *common.Context) func(string) error {
	return func(s string) error { _, err := parseRate(s); return c.Loc(err) }
}

// parseRate reads units per store per week; empty is not known.
func parseRate(s string) (*float64, error) {
	v, ok, err := model.ParseRateOfSale(s)
	if err != nil || !ok {
		return nil, err
	}
	return &v, nil
}

// checkAgainstShelf refuses a change the range on its day contradicts: a
// listing of a product every chosen cluster already carries, a delisting
// of one none carries.
func (m *Model) checkAgainstShelf(mu model.Mutation) error {
	if mu.Kind == model.MutationReplacement {
		return nil
	}
	a := m.Ctx.Data.Assortment(mu.AccountID, model.Day(mu.Date).AddDate(0, 0, -1), false)
	row := slices.IndexFunc(a.Products, func(p model.Product) bool { return p.ID == mu.ProductID })
	if row < 0 {
		return nil
	}
	carried := 0
	for c, cl := range a.Clusters {
		if slices.Contains(mu.Clusters, cl.ID) && a.Cell(row, c).State.OnShelf() {
			carried++
		}
	}
	name := a.Products[row].Name
	switch {
	case mu.Kind == model.MutationListing && carried == len(mu.Clusters):
		return &model.Invalid{Msg: common.Text("range.already_carried", name)}
	case mu.Kind == model.MutationDelisting && carried == 0:
		return &model.Invalid{Msg: common.Text("range.not_carried_there", name)}
	}
	return nil
}
