package plantab

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// strategyRow is a row of the strategy view: an objective, or one of its
// programmes.
type strategyRow struct {
	objective model.PlanObjective
	programme int // -1 for the objective itself
}

func (m *Model) strategyRows(acc model.Account) []strategyRow {
	var rows []strategyRow
	for _, o := range m.Ctx.Data.ObjectivesOf(acc.ID, m.Year()) {
		rows = append(rows, strategyRow{objective: o, programme: -1})
		for i := range o.Programmes {
			rows = append(rows, strategyRow{objective: o, programme: i})
		}
	}
	return rows
}

func (m *Model) strategyKey(msg tea.KeyMsg, acc model.Account) tea.Cmd {
	rows := m.strategyRows(acc)
	k := m.keys
	m.strategy = min(m.strategy, max(len(rows)-1, 0))
	switch {
	case key.Matches(msg, k.New):
		return m.objectiveForm(acc, model.PlanObjective{AccountID: acc.ID, Year: m.Year(), Measure: model.MeasureSellIn,
			ByWhen: time.Date(m.Year(), 12, 31, 0, 0, 0, 0, m.Ctx.Now().Location())}, true)
	case len(rows) == 0:
		return nil
	case key.Matches(msg, k.Programme):
		o := rows[m.strategy].objective
		return m.programmeForm(o, len(o.Programmes))
	case key.Matches(msg, k.Edit):
		r := rows[m.strategy]
		if r.programme >= 0 {
			return m.programmeForm(r.objective, r.programme)
		}
		return m.objectiveForm(acc, r.objective, false)
	case key.Matches(msg, k.Delete):
		r := rows[m.strategy]
		if r.programme >= 0 {
			m.Confirm(fmt.Sprintf(m.Ctx.T("plan.ask_remove_programme"), r.objective.Programmes[r.programme].What), func() tea.Cmd {
				m.lastDeleted = r.objective // u puts the objective back as it was, the programme with it
				o := r.objective.Clone()
				o.Programmes = append(o.Programmes[:r.programme], o.Programmes[r.programme+1:]...)
				return data.Save(m.Ctx.Data, m.Ctx.T("status.removed"), o)
			})
			return nil
		}
		m.Confirm(fmt.Sprintf(m.Ctx.T("plan.ask_delete_objective"), r.objective.Text), func() tea.Cmd {
			o := r.objective
			m.lastDeleted = o
			return data.Delete(m.Ctx.Data, m.Ctx.T("plan.deleted"), o)
		})
	case key.Matches(msg, k.Undo):
		if o, ok := m.lastDeleted.(model.PlanObjective); ok {
			m.lastDeleted = nil
			return data.Save(m.Ctx.Data, m.Ctx.T("plan.restored"), o)
		}
	default:
		k.MoveCursor(msg, &m.strategy, len(rows), max(m.Height-6, 1))
	}
	return nil
}

// measureName is what an objective is measured by: the scorecard
// metric's own name when it names one.
func (m *Model) measureName(o model.PlanObjective) string {
	if o.Measure == model.MeasureMetric && o.Metric != "" {
		return o.Metric
	}
	return model.NameOf(model.Measures, o.Measure, m.Ctx.Lang)
}

// figureText writes an objective's figure in its unit.
func (m *Model) figureText(o model.PlanObjective, v float64) string {
	switch o.Unit() {
	case "percent":
		return model.FormatPercent(math.Round(v*10) / 10)
	case "amount":
		return m.money(v)
	}
	return model.FormatNumber(math.Round(v*10) / 10)
}

// postureLine is the account's quadrant, its posture, and where the plan
// spends against it.
func (m *Model) postureLine(acc model.Account) (string, string) {
	st := m.Ctx.Styles
	q, ok := m.Ctx.Data.Quadrant(acc.ID)
	if !ok {
		return st.Muted.Render(m.Ctx.T("plan.no_quadrant")), ""
	}
	line := fmt.Sprintf(m.Ctx.T("plan.posture"), model.Quadrants[q].Name.In(m.Ctx.Lang), model.PostureOf(q).In(m.Ctx.Lang))
	all := m.Ctx.Data.PlanSpends(m.Year())
	this := model.PlanSpend{AccountID: acc.ID}
	for _, s := range all {
		if s.AccountID == acc.ID {
			this = s
		}
	}
	warn := ""
	if w, bad := model.PostureWarning(q, this, all, len(m.Ctx.Data.ObjectivesOf(acc.ID, m.Year()))); bad {
		warn = st.Warn.Render("! " + w.In(m.Ctx.Lang))
	}
	return st.Muted.Render(line), warn
}

func (m *Model) strategyView(acc model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	rows := m.strategyRows(acc)
	m.strategy = min(m.strategy, max(len(rows)-1, 0))
	posture, warn := m.postureLine(acc)
	head := []string{common.Truncate(st.Title.Render(fmt.Sprintf(t("plan.title"), acc.Name, m.Year()))+"  "+posture, m.Width)}
	if warn != "" {
		head = append(head, common.Truncate(warn, m.Width))
	}
	if len(rows) == 0 {
		return strings.Join(head, "\n") + "\n\n  " + st.Muted.Render(t("plan.no_objectives"))
	}
	var lines []string
	cursorLine := 0
	meetings := m.Ctx.Data.MeetingsOf(acc.ID)
	n := 0
	for i, r := range rows {
		marker := "  "
		if i == m.strategy {
			marker, cursorLine = "> ", len(lines)
		}
		o := r.objective
		if r.programme >= 0 {
			p := o.Programmes[r.programme]
			text := fmt.Sprintf("%s%s · %s", marker+"     ", p.What, orDash(p.Who))
			if !p.When.IsZero() {
				text += " · " + common.DateText(p.When)
			}
			if p.Cost > 0 {
				text += " · " + model.FormatCompact(p.Cost, m.Ctx.Lang)
			}
			lines = append(lines, m.rowStyle(i, common.Truncate(text, m.Width)))
			continue
		}
		n++
		lines = append(lines, "")
		title := fmt.Sprintf("%s%d  %s", marker, n, o.Text)
		lines = append(lines, m.rowStyle(i, common.Truncate(st.Title.Render(title), m.Width)))
		detail := fmt.Sprintf(t("plan.objective_detail"), m.measureName(o),
			m.figureText(o, o.Baseline), m.figureText(o, o.Target), orDash(common.DateText(o.ByWhen)), orDash(o.OwnerName))
		if o.Lever != "" {
			detail += " · " + fmt.Sprintf(t("plan.lever"), model.NameOf(model.Levers, o.Lever, m.Ctx.Lang))
		}
		lines = append(lines, "     "+common.Truncate(st.Muted.Render(detail), m.Width-5))
		lines = append(lines, "     "+common.Truncate(m.progressText(o, meetings), m.Width-5))
		if missing := o.NotSMART(); len(missing) > 0 {
			var words []string
			for _, w := range missing {
				words = append(words, w.In(m.Ctx.Lang))
			}
			lines = append(lines, "     "+common.Truncate(st.Warn.Render(fmt.Sprintf(t("plan.not_smart"), strings.Join(words, t("plan.list_sep")))), m.Width-5))
		}
		if len(o.Programmes) == 0 {
			lines = append(lines, "     "+st.Faint.Render(t("plan.no_programmes")))
		} else {
			lines = append(lines, "     "+st.Label.Render(fmt.Sprintf(t("plan.programmes"), model.FormatCompact(o.ProgrammesCost(), m.Ctx.Lang))))
		}
	}
	window := common.Window(lines, cursorLine, max(h-len(head), 1))
	return strings.Join(head, "\n") + "\n" + strings.Join(window, "\n")
}

func (m *Model) rowStyle(i int, s string) string {
	if i == m.strategy {
		return m.Ctx.Styles.Selected.Render(s)
	}
	return s
}

// progressText says how far an objective has come by the reviews.
func (m *Model) progressText(o model.PlanObjective, meetings []model.Meeting) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	if o.MetricName() == "" {
		return st.Faint.Render(t("plan.progress_pnl"))
	}
	p, ok := model.ProgressOf(o, meetings)
	if !ok {
		return st.Faint.Render(t("plan.no_progress"))
	}
	pct := model.FormatPercent(math.Round(p.Pct))
	text := fmt.Sprintf(m.Ctx.TN("plan.progress_way", p.Reviews), m.figureText(o, p.Actual), pct, p.Reviews, common.DateText(p.AsOf))
	if p.Flow {
		text = fmt.Sprintf(m.Ctx.TN("plan.progress_flow", p.Reviews), m.figureText(o, p.Actual), pct, p.Reviews, common.DateText(p.AsOf))
	}
	if p.Pct >= 100 {
		return st.OK.Render(text)
	}
	return text
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}

// objectiveFields are an objective's form values as typed.
type objectiveFields struct {
	o                        model.PlanObjective
	baseline, target, byWhen string
}

// parseFigure reads a figure in an objective's unit: an amount, a %, a number.
func parseFigure(o model.PlanObjective, s string) (float64, error) {
	switch o.Unit() {
	case "percent":
		return model.ParsePercent(s, 0, 100)
	}
	v, err := model.ParseMoney(strings.TrimPrefix(strings.TrimSpace(s), "-"))
	return v.Units(), err
}

func (m *Model) figureInput(o model.PlanObjective, v float64) string {
	if v == 0 {
		return ""
	}
	if o.Unit() == "percent" {
		return model.PercentInput(v)
	}
	return model.MoneyInput(model.Money(math.Round(v * 100)))
}

func (m *Model) objectiveForm(acc model.Account, o model.PlanObjective, adding bool) tea.Cmd {
	f := &objectiveFields{o: o.Clone(), baseline: m.figureInput(o, o.Baseline), target: m.figureInput(o, o.Target), byWhen: common.DateText(o.ByWhen)}
	orig := fmt.Sprintf("%+v", *f)
	t := m.Ctx.T
	title := t("plan.edit_objective")
	if adding {
		title = t("plan.new_objective")
	}
	figure := func(s string) error { _, err := parseFigure(f.o, s); return m.Ctx.Loc(err) }
	return m.OpenForm(&common.EditForm{
		Title: title + " · " + acc.Name + " " + fmt.Sprint(o.Year),
		Build: func() []*huh.Group {
			levers := append([]huh.Option[model.Lever]{huh.NewOption(t("plan.no_lever"), model.Lever(""))}, common.Options(m.Ctx, model.Levers)...)
			return []*huh.Group{
				huh.NewGroup(
					huh.NewInput().Title(t("plan.objective")).Description(t("plan.objective_hint")).Value(&f.o.Text).Validate(func(s string) error {
						if strings.TrimSpace(s) == "" {
							return fmt.Errorf("%s", t("prepare.required"))
						}
						return m.Ctx.Loc(model.CheckObjective(model.PlanObjective{AccountID: "-", Year: 2000, Text: s, Measure: model.MeasureSellIn}))
					}),
					huh.NewSelect[model.Measure]().Title(t("plan.measure")).Options(common.Options(m.Ctx, model.Measures)...).Value(&f.o.Measure).Inline(true),
					huh.NewInput().Title(t("plan.metric")).Description(t("plan.metric_hint")).Value(&f.o.Metric),
					huh.NewInput().Title(t("plan.baseline")).Description(t("plan.figure_hint")).Value(&f.baseline).Validate(figure),
					huh.NewInput().Title(t("plan.target")).Value(&f.target).Validate(figure),
				).Title(t("plan.group_measure")),
				huh.NewGroup(
					huh.NewInput().Title(t("plan.by_when")).Placeholder("YYYY-MM-DD").Value(&f.byWhen).Validate(m.Ctx.AnyDateField(true)),
					huh.NewInput().Title(t("plan.owner")).Value(&f.o.OwnerName).Validate(func(s string) error { return m.Ctx.Loc(model.CheckShort(s)) }),
					huh.NewSelect[model.Lever]().Title(t("plan.lever_field")).Description(t("plan.lever_hint")).Options(levers...).Value(&f.o.Lever),
				).Title(t("plan.group_strategy")),
			}
		},
		Save: func() (tea.Cmd, error) {
			rec := f.o
			if latest, ok := m.Ctx.Data.Objective(rec.ID); ok && !adding {
				rec.Programmes = latest.Clone().Programmes // added meanwhile
			}
			rec.Text, rec.Metric, rec.OwnerName = strings.TrimSpace(rec.Text), strings.TrimSpace(rec.Metric), strings.TrimSpace(rec.OwnerName)
			if rec.Measure != model.MeasureMetric {
				rec.Metric = ""
			}
			var err error
			if rec.Baseline, err = parseFigure(rec, f.baseline); err != nil {
				return nil, err
			}
			if rec.Target, err = parseFigure(rec, f.target); err != nil {
				return nil, err
			}
			rec.ByWhen = m.Ctx.ParseDate(f.byWhen)
			if err := model.CheckObjective(rec); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("status.saved"), rec.Text), rec), nil
		},
		Dirty: func() bool { return fmt.Sprintf("%+v", *f) != orig },
	})
}

// programmeFields are a programme's form values as typed.
type programmeFields struct {
	p          model.Programme
	when, cost string
}

// programmeForm edits programme i of an objective; i == its length adds one.
func (m *Model) programmeForm(o model.PlanObjective, i int) tea.Cmd {
	f := &programmeFields{}
	if i < len(o.Programmes) {
		f.p = o.Programmes[i]
		f.when = common.DateText(f.p.When)
		if f.p.Cost > 0 {
			f.cost = model.MoneyInput(f.p.Cost)
		}
	}
	orig := *f
	t := m.Ctx.T
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(t("plan.programme_title"), o.Text),
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("plan.programme_what")).Value(&f.p.What).Validate(func(s string) error {
					if strings.TrimSpace(s) == "" {
						return fmt.Errorf("%s", t("prepare.required"))
					}
					return nil
				}),
				huh.NewInput().Title(t("plan.programme_who")).Value(&f.p.Who).Validate(func(s string) error { return m.Ctx.Loc(model.CheckShort(s)) }),
				huh.NewInput().Title(t("plan.programme_when")).Placeholder("YYYY-MM-DD").Value(&f.when).Validate(m.Ctx.AnyDateField(true)),
				huh.NewInput().Title(fmt.Sprintf(t("plan.programme_cost"), m.Ctx.Currency())).Value(&f.cost).Validate(func(s string) error { _, err := model.ParseMoney(s); return m.Ctx.Loc(err) }),
			)}
		},
		Save: func() (tea.Cmd, error) {
			latest, ok := m.Ctx.Data.Objective(o.ID)
			if !ok {
				return nil, &model.Invalid{Msg: common.Text("plan.objective_gone")}
			}
			rec := latest.Clone()
			p := f.p
			p.What, p.Who = strings.TrimSpace(p.What), strings.TrimSpace(p.Who)
			p.When = m.Ctx.ParseDate(f.when)
			var err error
			if p.Cost, err = model.ParseMoney(f.cost); err != nil {
				return nil, err
			}
			if i < len(rec.Programmes) {
				rec.Programmes[i] = p
			} else {
				rec.Programmes = append(rec.Programmes, p)
			}
			if err := model.CheckObjective(rec); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("status.saved"), p.What), rec), nil
		},
		Dirty: func() bool { return *f != orig },
	})
}
