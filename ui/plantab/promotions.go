package plantab

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

func (m *Model) promotionsRows() int { return max(m.Height-1-7, 1) }

func (m *Model) promotionsKey(msg tea.KeyMsg, acc model.Account) tea.Cmd {
	list := m.Ctx.Data.PromotionsIn(acc.ID, m.Year())
	tb := &m.promotions
	tb.SetLen(len(list))
	tb.SetHeight(m.promotionsRows())
	k := m.keys
	switch {
	case key.Matches(msg, k.New):
		start := m.today().AddDate(0, 0, 7*max(m.leadWeeks(acc), 1))
		if start.Year() != m.Year() {
			start = model.Day(start).AddDate(m.Year()-start.Year(), 0, 0)
		}
		return m.promotionForm(acc, model.Promotion{AccountID: acc.ID, Mechanic: "price_cut", Start: start, End: start.AddDate(0, 0, 13)}, true)
	case key.Matches(msg, k.Edit) && len(list) > 0:
		return m.promotionForm(acc, list[tb.Cursor], false)
	case key.Matches(msg, k.Delete) && len(list) > 0:
		p := list[tb.Cursor]
		m.Confirm(fmt.Sprintf(m.Ctx.T("plan.ask_delete_promotion"), p.Name), func() tea.Cmd {
			m.lastDeleted = p
			return data.Delete(m.Ctx.Data, m.Ctx.T("plan.deleted"), p)
		})
	case key.Matches(msg, k.Undo):
		if p, ok := m.lastDeleted.(model.Promotion); ok {
			m.lastDeleted = nil
			return data.Save(m.Ctx.Data, m.Ctx.T("plan.restored"), p)
		}
	default:
		k.MoveCursor(msg, &tb.Cursor, len(list), tb.Height)
		tb.SetLen(len(list))
	}
	return nil
}

// roiText writes a return, in the error style when it loses money.
func (m *Model) roiText(f model.PromoFigures) string {
	r, ok := f.ROI()
	if !ok {
		return "-"
	}
	s := model.FormatSignedPercent(math.Round(r))
	if r < 0 {
		return m.Ctx.Styles.Error.Render(s)
	}
	return s
}

// flags are a promotion's warnings: a clash, booked inside the lead time.
func (m *Model) flags(acc model.Account, p model.Promotion, clashes []model.Clash) string {
	var out []string
	for _, c := range clashes {
		if c.A == p.ID || c.B == p.ID {
			out = append(out, m.Ctx.T("plan.flag_clash"))
			break
		}
	}
	if p.InsideLeadTime(m.leadWeeks(acc), m.Ctx.Now()) {
		out = append(out, m.Ctx.T("plan.flag_late"))
	}
	return strings.Join(out, " ")
}

func (m *Model) promotionsView(acc model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	list := m.Ctx.Data.PromotionsIn(acc.ID, m.Year())
	tb := &m.promotions
	tb.SetHeight(max(h-7, 1))
	tb.SetLen(len(list))
	totals := model.PromotionPlan(m.Year(), list, m.Ctx.Data.Workspace.Products, m.plan(acc))[4]
	roi := "-"
	if r, ok := totals.ROI(); ok {
		roi = model.FormatSignedPercent(math.Round(r))
	}
	head := fmt.Sprintf(t("plan.promotions_head"), acc.Name, m.Year(), len(list), m.money(totals.Spend), m.money(totals.Profit), roi)
	if pct, ok := totals.SpendPct(); ok {
		head += " · " + fmt.Sprintf(t("plan.spend_pct"), model.FormatPercent(math.Round(pct*10)/10))
	}
	var b strings.Builder
	b.WriteString(common.Truncate(head+m.Ctx.AmountsIn(), m.Width))
	if len(list) == 0 {
		b.WriteString("\n\n  " + st.Muted.Render(t("plan.no_promotions")))
		return b.String()
	}
	clashes := model.Clashes(list)
	figures := make([]model.PromoFigures, len(list))
	for i, p := range list {
		figures[i] = m.figuresOf(p)
	}
	cols := common.FitColumns([]common.Column{
		{ID: "when", Title: t("plan.col_when"), Width: 11, Keep: 9},
		{ID: "name", Title: t("plan.col_name"), Width: 16, Flex: true, Grow: 3},
		{ID: "mechanic", Title: t("plan.col_mechanic"), Width: 12, Keep: 4},
		{ID: "cost", Title: t("plan.col_cost"), Width: 8, Right: true, Keep: 8},
		{ID: "incr", Title: t("plan.col_incremental"), Width: 11, Right: true, Keep: 5},
		{ID: "profit", Title: t("plan.col_profit"), Width: 12, Right: true, Keep: 6},
		{ID: "roi", Title: "ROI", Width: 6, Right: true, Keep: 9},
		{ID: "state", Title: t("plan.col_state"), Width: 8, Keep: 3},
		{ID: "flags", Title: t("plan.col_flags"), Width: 8, Keep: 7},
	}, m.Width)
	b.WriteString("\n" + tb.View(cols, m.Width, st, func(r int, col string) string {
		p, f := list[r], figures[r]
		switch col {
		case "when":
			return p.Start.Format("01-02") + "–" + p.End.Format("01-02")
		case "name":
			return p.Name
		case "mechanic":
			return model.NameOf(model.Mechanics, p.Mechanic, m.Ctx.Lang)
		case "cost":
			return m.money(f.Cost)
		case "incr":
			return model.FormatCompact(model.Money(math.Round(f.Incremental*100)), m.Ctx.Lang)
		case "profit":
			if !f.MarginOK {
				return "?"
			}
			return m.money(f.Profit)
		case "roi":
			return m.roiText(f)
		case "state":
			switch {
			case p.ActualVolume != nil:
				return t("plan.state_actual")
			case model.Day(p.End).Before(m.today()):
				return t("plan.state_no_actual")
			}
			return t("plan.state_forecast")
		case "flags":
			return m.flags(acc, p, clashes)
		}
		return ""
	}))
	for r := len(list) - tb.Offset; r < tb.Height; r++ {
		b.WriteString("\n")
	}
	i := min(tb.Cursor, len(list)-1)
	b.WriteString("\n")
	for _, line := range m.promotionDetail(acc, list[i], clashes) {
		b.WriteString("\n" + common.Truncate(line, m.Width))
	}
	return b.String()
}

// promotionDetail is the promotion under the cursor in full: what, where,
// the forecast's figures, the actual's once run, the verdict, warnings.
func (m *Model) promotionDetail(acc model.Account, p model.Promotion, clashes []model.Clash) []string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	var products []string
	for _, id := range p.Products {
		if pr, ok := m.Ctx.Data.Product(id); ok {
			products = append(products, pr.Code+" "+pr.Name.In(m.Ctx.Lang))
		}
	}
	where := t("plan.all_clusters")
	if len(p.Clusters) > 0 {
		var names []string
		for _, id := range p.Clusters {
			if c, ok := m.Ctx.Data.Cluster(id); ok {
				names = append(names, c.Name)
			}
		}
		where = strings.Join(names, t("plan.list_sep"))
	}
	lines := []string{
		st.Label.Render(common.DateText(p.Start)+" – "+common.DateText(p.End)) + "  " + strings.Join(products, t("plan.list_sep")) + st.Muted.Render(" @ "+where),
	}
	fc := m.forecastOf(p)
	figuresLine := func(label string, f model.PromoFigures) string {
		cpi := "-"
		if c, ok := f.CostPerIncremental(); ok {
			cpi = model.FormatMoney(model.Money(math.Round(c * 100)))
		}
		return fmt.Sprintf(t("plan.figures_line"), label, model.FormatCompact(model.Money(math.Round(f.Baseline*100)), m.Ctx.Lang),
			model.FormatCompact(model.Money(math.Round(f.Volume*100)), m.Ctx.Lang), model.FormatCompact(model.Money(math.Round(f.Incremental*100)), m.Ctx.Lang),
			m.money(f.Cost), cpi, m.roiText(f))
	}
	lines = append(lines, figuresLine(t("plan.forecast"), fc))
	if a, ok := p.Actuals(model.UnitMargin(p, m.Ctx.Data.Workspace.Products)); ok {
		line := figuresLine(t("plan.actual"), a)
		if p.Verdict != "" {
			line += " · " + st.Label.Render(t("plan.verdict")) + " " + model.NameOf(model.PromoVerdicts, p.Verdict, m.Ctx.Lang)
		}
		lines = append(lines, line)
	} else if model.Day(p.End).Before(m.today()) {
		lines = append(lines, st.Warn.Render(t("plan.enter_actual")))
	}
	var warns []string
	for _, c := range clashes {
		if c.A != p.ID && c.B != p.ID {
			continue
		}
		other := c.B
		if other == p.ID {
			other = c.A
		}
		if o, ok := m.Ctx.Data.Promotion(other); ok {
			name := c.Product
			if pr, ok := m.Ctx.Data.Product(c.Product); ok {
				name = pr.Name.In(m.Ctx.Lang)
			}
			warns = append(warns, fmt.Sprintf(t("plan.clash_with"), o.Name, name))
		}
	}
	if p.InsideLeadTime(m.leadWeeks(acc), m.Ctx.Now()) {
		warns = append(warns, fmt.Sprintf(m.Ctx.TN("plan.late_booking", m.leadWeeks(acc)), m.leadWeeks(acc)))
	}
	if len(warns) > 0 {
		lines = append(lines, st.Warn.Render("! "+strings.Join(warns, "; ")))
	} else {
		lines = append(lines, "")
	}
	return lines
}

// promotionFields are a promotion's form values as typed.
type promotionFields struct {
	p                                model.Promotion
	start, end, booked               string
	discount, fees, baseline, uplift string
	pullForward, actual              string
	products, clusters               []string
}

func (m *Model) promotionForm(acc model.Account, p model.Promotion, adding bool) tea.Cmd {
	f := &promotionFields{p: p, start: common.DateText(p.Start), end: common.DateText(p.End), booked: common.DateText(p.Booked),
		products: slices.Clone(p.Products), clusters: slices.Clone(p.Clusters)}
	if p.DiscountPerUnit > 0 {
		f.discount = model.MoneyInput(p.DiscountPerUnit)
	}
	if p.FixedFees > 0 {
		f.fees = model.MoneyInput(p.FixedFees)
	}
	if p.BaselinePerWeek > 0 {
		f.baseline = model.FormatNumber(p.BaselinePerWeek)
	}
	if p.Uplift > 0 {
		f.uplift = model.PercentInput(p.Uplift)
	}
	if p.PullForward > 0 {
		f.pullForward = model.PercentInput(p.PullForward)
	}
	if p.ActualVolume != nil {
		f.actual = model.FormatNumber(*p.ActualVolume)
	}
	orig := fmt.Sprintf("%+v", *f)
	t := m.Ctx.T
	title := t("plan.edit_promotion")
	if adding {
		title = t("plan.new_promotion")
	}
	money := func(s string) error { _, err := model.ParseMoney(s); return m.Ctx.Loc(err) }
	units := func(s string) error { _, err := parseUnits(s); return m.Ctx.Loc(err) }
	return m.OpenForm(&common.EditForm{
		Title: title + " · " + acc.Name,
		Build: func() []*huh.Group {
			var products, clusters []huh.Option[string]
			for _, pr := range m.Ctx.Data.Products() {
				products = append(products, huh.NewOption(pr.Code+" "+pr.Name.In(m.Ctx.Lang), pr.ID))
			}
			for _, c := range m.Ctx.Data.ClustersOf(acc.ID) {
				clusters = append(clusters, huh.NewOption(c.Name, c.ID))
			}
			products, clusters = common.PickOptions(products, f.products), common.PickOptions(clusters, f.clusters)
			height := common.ListHeight
			return []*huh.Group{
				huh.NewGroup(
					huh.NewInput().Title(t("plan.col_name")).Value(&f.p.Name).Validate(func(s string) error {
						if strings.TrimSpace(s) == "" {
							return fmt.Errorf("%s", t("prepare.required"))
						}
						return nil
					}),
					huh.NewSelect[model.Mechanic]().Title(t("plan.col_mechanic")).Options(common.Options(m.Ctx, model.Mechanics)...).Value(&f.p.Mechanic).Height(height(len(model.Mechanics))),
					huh.NewInput().Title(t("plan.start")).Placeholder("YYYY-MM-DD").Value(&f.start).Validate(m.Ctx.AnyDateField(false)),
					huh.NewInput().Title(t("plan.end")).Placeholder("YYYY-MM-DD").Value(&f.end).Validate(func(s string) error {
						if err := m.Ctx.AnyDateField(false)(s); err != nil {
							return err
						}
						if start := m.Ctx.ParseDate(f.start); !start.IsZero() && m.Ctx.ParseDate(s).Before(start) {
							return m.Ctx.Loc(model.CheckPromotion(model.Promotion{AccountID: "-", Name: "-", Mechanic: "price_cut", Start: start, End: m.Ctx.ParseDate(s), Products: []string{"-"}}))
						}
						return nil
					}),
					huh.NewInput().Title(t("plan.booked")).Description(t("plan.booked_hint")).Placeholder("YYYY-MM-DD").Value(&f.booked).Validate(m.Ctx.AnyDateField(true)),
				).Title(t("plan.group_event")),
				huh.NewGroup(
					huh.NewMultiSelect[string]().Title(t("plan.products")).Options(products...).Value(&f.products).Height(height(len(products))).
						Validate(func(ids []string) error {
							if len(ids) == 0 {
								return fmt.Errorf("%s", t("plan.pick_product"))
							}
							return nil
						}),
					huh.NewMultiSelect[string]().Title(t("plan.clusters")).Description(t("plan.clusters_hint")).Options(clusters...).Value(&f.clusters).Height(height(len(clusters))),
				).Title(t("plan.group_where")),
				huh.NewGroup(
					huh.NewInput().Title(fmt.Sprintf(t("plan.discount"), m.Ctx.Currency())).Description(t("plan.discount_hint")).Value(&f.discount).Validate(money),
					huh.NewInput().Title(fmt.Sprintf(t("plan.fees"), m.Ctx.Currency())).Description(t("plan.fees_hint")).Value(&f.fees).Validate(money),
					huh.NewInput().Title(t("plan.baseline_week")).Description(t("plan.baseline_week_hint")).Value(&f.baseline).Validate(units),
					huh.NewInput().Title(t("plan.uplift")).Description(t("plan.uplift_hint")).Value(&f.uplift).Validate(func(s string) error {
						_, err := model.ParsePercent(s, 0, model.MaxUplift)
						return m.Ctx.Loc(err)
					}),
					huh.NewInput().Title(t("plan.pull_forward")).Description(t("plan.pull_forward_hint")).Value(&f.pullForward).Validate(func(s string) error {
						_, err := model.ParsePercent(s, 0, 100)
						return m.Ctx.Loc(err)
					}),
				).Title(t("plan.group_forecast")),
				huh.NewGroup(
					huh.NewInput().Title(t("plan.actual_volume")).Description(t("plan.actual_volume_hint")).Value(&f.actual).Validate(func(s string) error {
						v, err := parseUnits(s)
						if err != nil || strings.TrimSpace(s) == "" {
							return m.Ctx.Loc(err)
						}
						return m.Ctx.Loc(model.Promotion{End: m.Ctx.ParseDate(f.end), ActualVolume: &v}.CheckActual(m.Ctx.Now()))
					}),
					huh.NewSelect[model.PromoVerdict]().Title(t("plan.verdict")).Options(common.Options(m.Ctx, model.PromoVerdicts)...).Value(&f.p.Verdict).Inline(true),
					common.NewText().Title(t("plan.notes")).Value(&f.p.Notes).Lines(3).CharLimit(model.MaxTextRunes),
				).Title(t("plan.group_after")),
			}
		},
		Save: func() (tea.Cmd, error) {
			rec := f.p
			rec.Name, rec.Notes = strings.TrimSpace(rec.Name), strings.TrimSpace(rec.Notes)
			rec.Start, rec.End, rec.Booked = m.Ctx.ParseDate(f.start), m.Ctx.ParseDate(f.end), m.Ctx.ParseDate(f.booked)
			rec.Products, rec.Clusters = slices.Clone(f.products), slices.Clone(f.clusters)
			var err error
			if rec.DiscountPerUnit, err = model.ParseMoney(f.discount); err != nil {
				return nil, err
			}
			if rec.FixedFees, err = model.ParseMoney(f.fees); err != nil {
				return nil, err
			}
			if rec.BaselinePerWeek, err = parseUnits(f.baseline); err != nil {
				return nil, err
			}
			if rec.Uplift, err = model.ParsePercent(f.uplift, 0, model.MaxUplift); err != nil {
				return nil, err
			}
			if rec.PullForward, err = model.ParsePercent(f.pullForward, 0, 100); err != nil {
				return nil, err
			}
			rec.ActualVolume = nil
			if strings.TrimSpace(f.actual) != "" {
				v, err := parseUnits(f.actual)
				if err != nil {
					return nil, err
				}
				rec.ActualVolume = &v
			}
			if err := model.CheckPromotion(rec); err != nil {
				return nil, err
			}
			if err := rec.CheckActual(m.Ctx.Now()); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("status.saved"), rec.Name), rec), nil
		},
		Dirty: func() bool { return fmt.Sprintf("%+v", *f) != orig },
	})
}

// parseUnits reads a number of units: whole or with decimals, with the
// separators amounts use.
func parseUnits(s string) (float64, error) {
	v, err := model.ParseMoney(s)
	return v.Units(), err
}
