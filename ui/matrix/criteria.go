package matrix

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// criteriaEditor changes the two criteria sets and the thresholds as one
// draft: a trainer reweights live while the room argues, and the draft is
// saved only when each set adds up to 100.
type criteriaEditor struct {
	draft   model.Matrix
	orig    model.Matrix
	row     int // over the attractiveness criteria, then the strength ones
	problem string
	saving  bool

	form     *huh.Form
	formKind formKind
	fields   criterionFields
}

type formKind int

const (
	formNone formKind = iota
	formNewCriterion
	formEditCriterion
	formThresholds
)

// criterionFields is what the criterion and threshold forms write into.
type criterionFields struct {
	nameEN, nameZH, descEN, descZH, weight string
	attrThreshold, strengthThreshold       string
}

type criteriaFormDoneMsg struct{}

func (m *Model) openCriteria() tea.Cmd {
	d := m.ctx.Data.Matrix
	m.criteria = &criteriaEditor{draft: cloneMatrix(d), orig: cloneMatrix(d)}
	m.mode = modeCriteria
	return nil
}

func cloneMatrix(m model.Matrix) model.Matrix {
	m.Attractiveness = slices.Clone(m.Attractiveness)
	m.Strength = slices.Clone(m.Strength)
	return m
}

// at returns the axis and index of the criterion on a row.
func (c *criteriaEditor) at(row int) (model.Axis, int) {
	if n := len(c.draft.Attractiveness); row >= n {
		return model.Strength, row - n
	}
	return model.Attractiveness, row
}

func (c *criteriaEditor) rows() int { return len(c.draft.Attractiveness) + len(c.draft.Strength) }

func (c *criteriaEditor) current() *model.Criterion {
	axis, i := c.at(c.row)
	set := c.draft.Criteria(axis)
	if i >= len(set) {
		return nil
	}
	return &set[i]
}

func (c *criteriaEditor) changed() bool {
	return !slices.Equal(c.draft.Attractiveness, c.orig.Attractiveness) || !slices.Equal(c.draft.Strength, c.orig.Strength) ||
		c.draft.AttractivenessThreshold != c.orig.AttractivenessThreshold || c.draft.StrengthThreshold != c.orig.StrengthThreshold
}

func (c *criteriaEditor) key(m *Model, msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if c.form != nil {
		if key.Matches(msg, k.Cancel) {
			c.form = nil
			return nil
		}
		return c.update(m, msg)
	}
	if c.saving {
		return nil
	}
	c.problem = ""
	switch {
	case key.Matches(msg, k.Back):
		if c.changed() {
			m.ask = &common.Question{Text: m.ctx.T("ask.discard_criteria"), Yes: func() tea.Cmd { m.closeCriteria(); return nil }}
			return nil
		}
		m.closeCriteria()
	case key.Matches(msg, k.Up):
		c.row = max(c.row-1, 0)
	case key.Matches(msg, k.Down):
		c.row = min(c.row+1, c.rows()-1)
	case key.Matches(msg, k.WeightUp):
		if cr := c.current(); cr != nil {
			cr.Weight = min(cr.Weight+1, 100)
		}
	case key.Matches(msg, k.WeightDown):
		if cr := c.current(); cr != nil {
			cr.Weight = max(cr.Weight-1, 1)
		}
	case key.Matches(msg, k.New):
		c.fields = criterionFields{weight: "10"}
		return c.openForm(m, formNewCriterion)
	case key.Matches(msg, k.Edit):
		if cr := c.current(); cr != nil {
			c.fields = criterionFields{nameEN: cr.Name.EN, nameZH: cr.Name.ZH, descEN: cr.Description.EN, descZH: cr.Description.ZH, weight: strconv.Itoa(cr.Weight)}
			return c.openForm(m, formEditCriterion)
		}
	case key.Matches(msg, k.Remove):
		axis, i := c.at(c.row)
		set := c.draft.Criteria(axis)
		if len(set) == 1 {
			c.problem = m.ctx.T("matrix.last_criterion")
			return nil
		}
		c.draft.SetCriteria(axis, slices.Delete(slices.Clone(set), i, i+1))
		c.row = min(c.row, c.rows()-1)
	case key.Matches(msg, k.Thresholds):
		c.fields = criterionFields{
			attrThreshold:     strconv.FormatFloat(c.draft.AttractivenessThreshold, 'f', -1, 64),
			strengthThreshold: strconv.FormatFloat(c.draft.StrengthThreshold, 'f', -1, 64),
		}
		return c.openForm(m, formThresholds)
	case key.Matches(msg, k.Save):
		return c.save(m)
	}
	return nil
}

func (c *criteriaEditor) save(m *Model) tea.Cmd {
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		if err := model.CheckCriteria(c.draft.Criteria(axis)); err != nil {
			c.problem = model.Axes[axis].Name.In(m.ctx.Lang) + ": " + model.Localize(err, m.ctx.Lang)
			return nil
		}
	}
	c.saving = true
	// A change to the criteria makes a new version; the evaluations scored
	// against the old one keep theirs.
	return data.Save(m.ctx.Data, m.ctx.T("status.criteria_saved"), c.draft)
}

func (m *Model) closeCriteria() {
	m.mode, m.criteria = modePlot, nil
}

// update passes a message to the open form, and applies it when done.
func (c *criteriaEditor) update(m *Model, msg tea.Msg) tea.Cmd {
	if _, ok := msg.(criteriaFormDoneMsg); ok {
		return c.applyForm(m)
	}
	if c.form == nil {
		return nil
	}
	var cmd tea.Cmd
	c.form, cmd = common.UpdateForm(c.form, msg)
	return cmd
}

func (c *criteriaEditor) openForm(m *Model, kind formKind) tea.Cmd {
	c.formKind = kind
	c.buildForm(m)
	return c.form.Init()
}

// relabel rebuilds an open form in the new language, keeping what was typed.
func (c *criteriaEditor) relabel(m *Model) tea.Cmd {
	if c.form == nil {
		return nil
	}
	c.buildForm(m)
	return c.form.Init()
}

func (c *criteriaEditor) resize(m *Model) {
	if c.form != nil {
		c.form = common.SizeForm(c.form, m.width, max(m.height-2, 4))
	}
}

func (c *criteriaEditor) buildForm(m *Model) {
	t := m.ctx.T
	loc := func(err error) error {
		if err == nil {
			return nil
		}
		return fmt.Errorf("%s", model.Localize(err, m.ctx.Lang))
	}
	f := &c.fields
	var group *huh.Group
	if c.formKind == formThresholds {
		threshold := func(s string) error { _, err := model.ParseThreshold(s); return loc(err) }
		group = huh.NewGroup(
			huh.NewInput().Title(fmt.Sprintf(t("matrix.threshold_of"), model.Axes[model.Attractiveness].Name.In(m.ctx.Lang))).
				Description(t("matrix.threshold_hint")).Value(&f.attrThreshold).Validate(threshold),
			huh.NewInput().Title(fmt.Sprintf(t("matrix.threshold_of"), model.Axes[model.Strength].Name.In(m.ctx.Lang))).
				Value(&f.strengthThreshold).Validate(threshold),
		).Title(t("matrix.thresholds"))
	} else {
		axis, i := c.at(c.row)
		others := slices.Clone(c.draft.Criteria(axis))
		if c.formKind == formEditCriterion {
			others = slices.Delete(others, i, i+1)
		}
		unique := func(s string) error {
			for _, o := range others {
				if k := model.NameKey(s); k != "" && (k == model.NameKey(o.Name.EN) || k == model.NameKey(o.Name.ZH)) {
					return fmt.Errorf("%s", fmt.Sprintf(t("matrix.name_taken"), strings.TrimSpace(s)))
				}
			}
			return loc(model.CheckShort(s))
		}
		title := t("matrix.new_criterion")
		if c.formKind == formEditCriterion {
			title = t("matrix.edit_criterion")
		}
		group = huh.NewGroup(
			huh.NewInput().Title(t("matrix.name_en")).Value(&f.nameEN).Validate(unique),
			huh.NewInput().Title(t("matrix.name_zh")).Value(&f.nameZH).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" && strings.TrimSpace(f.nameEN) == "" {
					return fmt.Errorf("%s", t("matrix.name_needed"))
				}
				return unique(s)
			}),
			huh.NewInput().Title(t("matrix.desc_en")).Value(&f.descEN).Validate(func(s string) error {
				return loc(model.CheckCriterion(model.Criterion{Name: model.T("x", ""), Description: model.T(s, ""), Weight: 1}))
			}),
			huh.NewInput().Title(t("matrix.desc_zh")).Value(&f.descZH).Validate(func(s string) error {
				return loc(model.CheckCriterion(model.Criterion{Name: model.T("x", ""), Description: model.T("", s), Weight: 1}))
			}),
			huh.NewInput().Title(t("col.weight")).Description(t("matrix.weight_hint")).Value(&f.weight).
				Validate(func(s string) error { _, err := model.ParseWeight(s); return loc(err) }),
		).Title(fmt.Sprintf("%s · %s", title, model.Axes[axis].Name.In(m.ctx.Lang)))
	}
	c.form = common.SizeForm(m.ctx.NewForm(criteriaFormDoneMsg{}, group), m.width, max(m.height-2, 4))
}

// applyForm puts what the form holds into the draft.
func (c *criteriaEditor) applyForm(m *Model) tea.Cmd {
	f := c.fields
	defer func() { c.form = nil }()
	if c.formKind == formThresholds {
		c.draft.AttractivenessThreshold, _ = model.ParseThreshold(f.attrThreshold)
		c.draft.StrengthThreshold, _ = model.ParseThreshold(f.strengthThreshold)
		return nil
	}
	weight, _ := model.ParseWeight(f.weight)
	cr := model.Criterion{
		Name:        model.T(strings.TrimSpace(f.nameEN), strings.TrimSpace(f.nameZH)),
		Description: model.T(strings.TrimSpace(f.descEN), strings.TrimSpace(f.descZH)),
		Weight:      weight,
	}
	axis, i := c.at(c.row)
	set := slices.Clone(c.draft.Criteria(axis))
	if c.formKind == formEditCriterion {
		cr.ID = set[i].ID
		set[i] = cr
	} else {
		cr.ID = fmt.Sprintf("%c-%d", "as"[axis], m.ctx.Now().UnixNano())
		set = slices.Insert(set, i+1, cr)
		c.draft.SetCriteria(axis, set)
		c.row++
		return nil
	}
	c.draft.SetCriteria(axis, set)
	return nil
}

func (c *criteriaEditor) view(m *Model) string {
	st := m.ctx.Styles
	t := m.ctx.T
	l := m.ctx.Lang
	if c.form != nil {
		return st.Title.Render(t("matrix.criteria_title")) + "\n\n" + m.ctx.FormView(c.form, m.width)
	}
	w := m.width
	nameW := 0
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		for _, cr := range c.draft.Criteria(axis) {
			nameW = max(nameW, lipgloss.Width(cr.Name.In(l)))
		}
	}
	nameW = min(nameW, max(w/2, 16))
	var lines []string
	cursorLine, row := 0, 0
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		set := c.draft.Criteria(axis)
		total := model.TotalWeight(set)
		totalText := fmt.Sprintf(t("matrix.total_weight"), total)
		totalStyle := st.OK
		if total != 100 {
			totalText += "  " + t("matrix.must_be_100")
			totalStyle = st.Error
		}
		lines = append(lines, "", st.Title.Render(model.Axes[axis].Name.In(l))+st.Muted.Render(fmt.Sprintf(" · "+t("matrix.split_at"), c.draft.Threshold(axis)))+
			"  "+totalStyle.Render(totalText))
		for _, cr := range set {
			text := common.PadRight(cr.Name.In(l), nameW) + "  " + common.PadLeft(strconv.Itoa(cr.Weight), 3) + "  "
			desc := st.Muted.Render(cr.Description.In(l))
			if row == c.row {
				cursorLine = len(lines)
				lines = append(lines, st.Selected.Render("> "+text)+desc)
			} else {
				lines = append(lines, "  "+text+desc)
			}
			row++
		}
	}
	head := st.Title.Render(t("matrix.criteria_title"))
	if c.changed() {
		head += st.Warn.Render("  " + t("matrix.unsaved"))
	}
	foot := st.Muted.Render(t("matrix.criteria_hint"))
	if c.problem != "" {
		foot = st.Error.Render(c.problem)
	}
	rows := max(m.height-2, 1)
	top := 0
	if cursorLine >= rows {
		top = cursorLine - rows + 1
	}
	lines = lines[top:min(top+rows, len(lines))]
	return common.Foot(strings.Join(append([]string{head}, lines...), "\n"), []string{foot}, m.height)
}

// criteriaSaved closes the editor once its draft is written.
func (m *Model) criteriaSaved() {
	if m.criteria != nil && m.criteria.saving {
		m.closeCriteria()
	}
}
