package plantab

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

type block = common.Block[model.AccountPlan]

type env = common.SheetEnv

// pointsOf is a SWOT box: a list of short points.
func pointsOf(title string, list func(*model.AccountPlan) *[]string) *block {
	return common.ListBlock(title, list,
		func(_ env, p *model.AccountPlan, i int) string { return (*list(p))[i] },
		func(e env, s *string, _ bool) []huh.Field {
			return []huh.Field{huh.NewInput().Title(e.Ctx.T(title)).Value(s).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return fmt.Errorf("%s", e.Ctx.T("prepare.required"))
				}
				return e.Ctx.Loc(model.CheckAccountPlan(model.AccountPlan{AccountID: "-", Year: 2000, Strengths: []string{s}}))
			})}
		})
}

// sheetBlocks are the plan sheet's parts, in order.
var sheetBlocks = []*block{
	pointsOf("plan.strengths", func(p *model.AccountPlan) *[]string { return &p.Strengths }),
	pointsOf("plan.weaknesses", func(p *model.AccountPlan) *[]string { return &p.Weaknesses }),
	pointsOf("plan.opportunities", func(p *model.AccountPlan) *[]string { return &p.Opportunities }),
	pointsOf("plan.threats", func(p *model.AccountPlan) *[]string { return &p.Threats }),
	quartersBlock("plan.quarters", func(p *model.AccountPlan, q int) *model.QuarterFigures { return &p.Quarters[q].QuarterFigures }, true),
	figuresBlock("plan.months", 12, monthName, func(p *model.AccountPlan, i int) *model.QuarterFigures { return &p.Months[i] }, false),
	quartersBlock("plan.last_year", func(p *model.AccountPlan, q int) *model.QuarterFigures { return &p.LastYear[q] }, false),
	keyDatesBlock,
	pnlBlock,
}

// quarterName and monthName label a row of figures: Q1, Jan.
func quarterName(e env, q int) string { return fmt.Sprintf(e.Ctx.T("plan.quarter_name"), q+1) }

func monthName(e env, i int) string { return strings.Fields(e.Ctx.T("plan.cal_months"))[i] }

// quarterLine writes a quarter's, or a month's, figures.
func quarterLine(e env, label string, f model.QuarterFigures, other *model.Money) string {
	t := e.Ctx.T
	s := fmt.Sprintf(t("plan.quarter_line"), label, model.FormatCompact(f.SellIn, e.Ctx.Lang), model.FormatNumber(f.Volume),
		model.FormatPercent(f.Share), model.FormatPercent(f.Distribution))
	if other != nil {
		s += " · " + fmt.Sprintf(t("plan.other_line"), model.FormatCompact(*other, e.Ctx.Lang))
	}
	return s
}

// quartersBlock is four quarters of figures: the plan's, with the other
// activity, or last year's.
func quartersBlock(title string, figures func(*model.AccountPlan, int) *model.QuarterFigures, planned bool) *block {
	return figuresBlock(title, 4, quarterName, figures, planned)
}

// figuresBlock is n rows of figures (quarters, months), each labelled.
func figuresBlock(title string, n int, label func(env, int) string, figures func(*model.AccountPlan, int) *model.QuarterFigures, planned bool) *block {
	return &block{
		Title: title,
		Len:   func(*model.AccountPlan) int { return n },
		Draw: func(e env, p *model.AccountPlan, q int) string {
			var other *model.Money
			if planned {
				other = &p.Quarters[q].Other
			}
			if *figures(p, q) == (model.QuarterFigures{}) && (other == nil || *other == 0) {
				return e.Ctx.Styles.Faint.Render(label(e, q) + "  " + e.Ctx.T("plan.not_planned"))
			}
			return quarterLine(e, label(e, q), *figures(p, q), other)
		},
		Edit: func(e env, p *model.AccountPlan, q int) []huh.Field {
			t := e.Ctx.T
			f := figures(p, q)
			texts := []*string{new(string), new(string), new(string), new(string), new(string)}
			if f.SellIn > 0 {
				*texts[0] = model.MoneyInput(f.SellIn)
			}
			if f.Volume > 0 {
				*texts[1] = model.FormatNumber(f.Volume)
			}
			if f.Share > 0 {
				*texts[2] = model.PercentInput(f.Share)
			}
			if f.Distribution > 0 {
				*texts[3] = model.PercentInput(f.Distribution)
			}
			fields := []huh.Field{
				huh.NewInput().Title(fmt.Sprintf(t("plan.sell_in_q"), label(e, q), e.Ctx.Currency())).Value(texts[0]).Validate(func(s string) error {
					v, err := model.ParseMoney(s)
					f.SellIn = v
					return e.Ctx.Loc(err)
				}),
				huh.NewInput().Title(t("plan.volume")).Value(texts[1]).Validate(func(s string) error {
					v, err := model.ParseMoney(s)
					f.Volume = v.Units()
					return e.Ctx.Loc(err)
				}),
				huh.NewInput().Title(t("plan.share")).Value(texts[2]).Validate(func(s string) error {
					v, err := model.ParsePercent(s, 0, 100)
					f.Share = v
					return e.Ctx.Loc(err)
				}),
				huh.NewInput().Title(t("plan.distribution")).Value(texts[3]).Validate(func(s string) error {
					v, err := model.ParsePercent(s, 0, 100)
					f.Distribution = v
					return e.Ctx.Loc(err)
				}),
			}
			if planned {
				if p.Quarters[q].Other > 0 {
					*texts[4] = model.MoneyInput(p.Quarters[q].Other)
				}
				fields = append(fields, huh.NewInput().Title(t("plan.other")).Description(t("plan.other_hint")).Value(texts[4]).Validate(func(s string) error {
					v, err := model.ParseMoney(s)
					p.Quarters[q].Other = v
					return e.Ctx.Loc(err)
				}))
			}
			return fields
		},
		Take: func(dst, src *model.AccountPlan, q int, _ bool) {
			*figures(dst, q) = *figures(src, q)
			if planned {
				dst.Quarters[q].Other = src.Quarters[q].Other
			}
		},
	}
}

// keyDatesBlock is the plan's own key dates: the buyer's calendar, the
// retailer's anniversary; the festivals, range reviews and launches are
// suggested beside them in the outline.
var keyDatesBlock = common.ListBlock("plan.key_dates", func(p *model.AccountPlan) *[]model.KeyDate { return &p.KeyDates },
	func(e env, p *model.AccountPlan, i int) string {
		d := p.KeyDates[i]
		return common.DateText(d.Date) + "  " + d.What + e.Ctx.Styles.Muted.Render(" · "+model.NameOf(model.KeyDateKinds, d.Kind, e.Ctx.Lang))
	},
	func(e env, d *model.KeyDate, adding bool) []huh.Field {
		t := e.Ctx.T
		day := new(string)
		*day = common.DateText(d.Date)
		if d.Kind == "" {
			d.Kind = "buyer"
		}
		return []huh.Field{
			huh.NewInput().Title(t("plan.key_date")).Placeholder("YYYY-MM-DD").Value(day).Validate(func(s string) error {
				if err := e.Ctx.AnyDateField(false)(s); err != nil {
					return err
				}
				d.Date = e.Ctx.ParseDate(s)
				return nil
			}),
			huh.NewInput().Title(t("plan.key_date_what")).Value(&d.What).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return fmt.Errorf("%s", t("prepare.required"))
				}
				return nil
			}),
			huh.NewSelect[model.KeyDateKind]().Title(t("plan.key_date_kind")).Options(common.Options(e.Ctx, model.KeyDateKinds)...).Value(&d.Kind),
		}
	})

// pnlBlock is what each column of the P&L takes: its gross sales when not
// the plan's, the cost of goods, the costs to serve.
var pnlBlock = &block{
	Title: "plan.pl_inputs",
	Len:   func(*model.AccountPlan) int { return model.PnLColumns },
	Draw: func(e env, p *model.AccountPlan, c int) string {
		t := e.Ctx.T
		col := p.PnL[c]
		gross := t("plan.gross_derived")
		if col.GrossSales > 0 {
			gross = model.FormatCompact(col.GrossSales, e.Ctx.Lang)
		}
		var costs []string
		for _, l := range col.CostToServe {
			costs = append(costs, costLineText(e.Ctx, l))
		}
		return fmt.Sprintf(t("plan.pl_line"), model.PnLColumnNames[c].In(e.Ctx.Lang), gross, model.FormatPercent(col.COGSPct), orDash(strings.Join(costs, ", ")))
	},
	Edit: func(e env, p *model.AccountPlan, c int) []huh.Field {
		return pnlFields(e.Ctx, &p.PnL[c], c)
	},
	Take: func(dst, src *model.AccountPlan, c int, _ bool) { dst.PnL[c] = src.PnL[c] },
}

// costLineText writes a cost to serve as it is typed: "Logistics: 1.5%".
func costLineText(c *common.Context, l model.CostLine) string {
	var parts []string
	if l.Amount > 0 {
		parts = append(parts, model.MoneyInput(l.Amount))
	}
	if l.Pct > 0 {
		parts = append(parts, model.PercentInput(l.Pct)+"%")
	}
	if len(parts) == 0 {
		parts = append(parts, "0")
	}
	return l.Name + ": " + strings.Join(parts, " + ")
}

// parseCostLines reads the costs to serve, one per line: "name: amount"
// or "name: 1.5%".
func parseCostLines(s string) ([]model.CostLine, error) {
	var out []model.CostLine
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		name, value, ok := strings.Cut(strings.ReplaceAll(line, "：", ":"), ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, &model.Invalid{Msg: common.Text("plan.cost_line_bad", line)}
		}
		l := model.CostLine{Name: strings.TrimSpace(name)}
		for _, part := range strings.Split(value, "+") {
			part = strings.TrimSpace(part)
			if strings.HasSuffix(part, "%") || strings.HasSuffix(part, "％") {
				v, err := model.ParsePercent(part, 0, 100)
				if err != nil {
					return nil, err
				}
				l.Pct += v
				continue
			}
			v, err := model.ParseMoney(part)
			if err != nil {
				return nil, err
			}
			l.Amount += v
		}
		out = append(out, l)
	}
	return out, nil
}

// pnlFields are the inputs of a P&L column, written into col as they are
// checked.
func pnlFields(c *common.Context, col *model.PnLColumn, column int) []huh.Field {
	t := c.T
	gross, cogs, costs := new(string), new(string), new(string)
	if col.GrossSales > 0 {
		*gross = model.MoneyInput(col.GrossSales)
	}
	if col.COGSPct > 0 {
		*cogs = model.PercentInput(col.COGSPct)
	}
	var lines []string
	for _, l := range col.CostToServe {
		lines = append(lines, costLineText(c, l))
	}
	*costs = strings.Join(lines, "\n")
	return []huh.Field{
		huh.NewInput().Title(fmt.Sprintf(t("plan.pl_gross"), model.PnLColumnNames[column].In(c.Lang), c.Currency())).Description(t("plan.pl_gross_hint")).Value(gross).Validate(func(s string) error {
			v, err := model.ParseMoney(s)
			col.GrossSales = v
			return c.Loc(err)
		}),
		huh.NewInput().Title(t("plan.cogs")).Description(t("plan.cogs_hint")).Value(cogs).Validate(func(s string) error {
			v, err := model.ParsePercent(s, 0, 100)
			col.COGSPct = v
			return c.Loc(err)
		}),
		common.NewText().Title(t("plan.cost_to_serve")).Description(fmt.Sprintf(t("plan.cost_to_serve_hint"), "1.5%")).Value(costs).Lines(4).CharLimit(model.MaxTextRunes).Validate(func(s string) error {
			lines, err := parseCostLines(s)
			if err == nil {
				err = model.CheckAccountPlan(model.AccountPlan{AccountID: "-", Year: 2000, PnL: [model.PnLColumns]model.PnLColumn{{CostToServe: lines}}})
			}
			if err == nil {
				col.CostToServe = lines
			}
			return c.Loc(err)
		}),
	}
}

func (m *Model) env() env { return env{Ctx: m.Ctx, Width: m.Width} }

func (m *Model) sheetPage(p model.AccountPlan, h int) common.SheetPage {
	lines, spans := common.SheetLayout(m.env(), sheetBlocks, &p, m.sheetRow, nil)
	return common.SheetPage{Lines: lines, Spans: spans, Height: max(h-1, 1)}
}

func (m *Model) sheetKey(msg tea.KeyMsg, acc model.Account) tea.Cmd {
	k := m.keys
	p := m.plan(acc)
	if m.sheetPage(p, m.Height-1).Move(k.NavKeys, msg, &m.sheetRow, &m.sheetPast) {
		return nil
	}
	rows := common.Rows(sheetBlocks, &p)
	r := rows[min(m.sheetRow, len(rows)-1)]
	b := r.Block
	switch {
	case key.Matches(msg, k.New) && b.List:
		return m.sheetForm(acc, b, b.Len(&p))
	case key.Matches(msg, k.Edit):
		if r.Empty && b.List {
			return m.sheetForm(acc, b, 0)
		}
		return m.sheetForm(acc, b, r.Index)
	case key.Matches(msg, k.Remove) && b.List && !r.Empty:
		m.Confirm(m.Ctx.T("ask.remove_this_row"), func() tea.Cmd {
			c := m.plan(acc).Clone()
			b.Remove(&c, r.Index)
			return data.Save(m.Ctx.Data, m.Ctx.T("status.removed"), c)
		})
	}
	return nil
}

// sheetForm edits row i of a block of the plan (i == its length adds one).
func (m *Model) sheetForm(acc model.Account, b *block, i int) tea.Cmd {
	p := m.plan(acc)
	adding := b.List && i >= b.Len(&p)
	c := p.Clone()
	orig := fmt.Sprintf("%+v", c)
	title := m.Ctx.T(b.Title)
	if adding {
		title = fmt.Sprintf(m.Ctx.T("prepare.add_to"), title)
	}
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(m.Ctx.T("plan.title"), acc.Name, p.Year) + " · " + title,
		Build: func() []*huh.Group { return []*huh.Group{huh.NewGroup(b.Edit(m.env(), &c, i)...)} },
		Save: func() (tea.Cmd, error) {
			latest := m.plan(acc).Clone() // as it is now: another edit may have landed
			b.Take(&latest, &c, i, adding)
			if err := model.CheckAccountPlan(latest); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.saved"), m.Ctx.T(b.Title)), latest), nil
		},
		Dirty: func() bool { return fmt.Sprintf("%+v", c) != orig },
	})
}

// pnlColumnForm opens the inputs of a column of the P&L.
func (m *Model) pnlColumnForm(acc model.Account, column int) tea.Cmd {
	return m.sheetForm(acc, pnlBlock, column)
}

func (m *Model) sheetView(acc model.Account, h int) string {
	st := m.Ctx.Styles
	p := m.plan(acc)
	rows := common.Rows(sheetBlocks, &p)
	m.sheetRow = min(m.sheetRow, len(rows)-1)
	head := common.Truncate(st.Title.Render(fmt.Sprintf(m.Ctx.T("plan.title"), acc.Name, p.Year))+"  "+st.Muted.Render(m.Ctx.T("plan.sheet_hint")), m.Width)
	return head + "\n" + strings.Join(m.sheetPage(p, h).View(m.Ctx, m.sheetRow, m.sheetPast), "\n")
}
