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
	plot    bool // p: the plot under the draft takes the body
}

// criterionFields is what the criterion and threshold forms write into.
type criterionFields struct {
	nameEN, nameZH, descEN, descZH, weight string
	attrThreshold, strengthThreshold       string
}

// formAppliedMsg says a criterion or thresholds form has put what it held
// into the draft: nothing is written until the draft is saved.
type formAppliedMsg struct{}

func (m *Model) openCriteria() tea.Cmd {
	d := m.Ctx.Data.Matrix
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
	if c.saving {
		return nil
	}
	c.problem = ""
	switch {
	case key.Matches(msg, k.Back):
		if c.changed() {
			m.Confirm(m.Ctx.T("ask.discard_criteria"), func() tea.Cmd { m.closeCriteria(); return nil })
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
		return m.OpenForm(c.criterionForm(m, false, criterionFields{weight: "10"}))
	case key.Matches(msg, k.Edit):
		if cr := c.current(); cr != nil {
			return m.OpenForm(c.criterionForm(m, true, criterionFields{nameEN: cr.Name.EN, nameZH: cr.Name.ZH,
				descEN: cr.Description.EN, descZH: cr.Description.ZH, weight: strconv.Itoa(cr.Weight)}))
		}
	case key.Matches(msg, k.Remove):
		axis, i := c.at(c.row)
		set := c.draft.Criteria(axis)
		if len(set) == 1 {
			c.problem = m.Ctx.T("matrix.last_criterion")
			return nil
		}
		c.draft.SetCriteria(axis, slices.Delete(slices.Clone(set), i, i+1))
		c.row = min(c.row, c.rows()-1)
	case key.Matches(msg, k.Thresholds):
		return m.OpenForm(c.thresholdsForm(m))
	case key.Matches(msg, k.Save):
		return c.save(m)
	case key.Matches(msg, k.Preview):
		c.plot = !c.plot
	}
	return nil
}

func (c *criteriaEditor) save(m *Model) tea.Cmd {
	for _, axis := range []model.Axis{model.Attractiveness, model.Strength} {
		if err := model.CheckCriteria(c.draft.Criteria(axis)); err != nil {
			c.problem = model.Axes[axis].Name.In(m.Ctx.Lang) + ": " + model.Localize(err, m.Ctx.Lang)
			return nil
		}
	}
	c.saving = true
	// A change to the criteria makes a new version; the evaluations scored
	// against the old one keep theirs.
	return data.Save(m.Ctx.Data, m.Ctx.T("status.criteria_saved"), c.draft)
}

func (m *Model) closeCriteria() {
	m.mode, m.criteria = modePlot, nil
}

// applied is what a form's Save returns: its values are in the draft.
func applied() (tea.Cmd, error) {
	return func() tea.Msg { return formAppliedMsg{} }, nil
}

// editForm is a form over the draft: it writes into f, and on submit
// puts f into the draft through apply.
func (m *Model) editForm(f *criterionFields, build func() *huh.Group, apply func()) *common.EditForm {
	start := *f
	return &common.EditForm{
		Title: m.Ctx.T("matrix.criteria_title"),
		Build: func() []*huh.Group { return []*huh.Group{build()} },
		Save:  func() (tea.Cmd, error) { apply(); return applied() },
		Dirty: func() bool { return *f != start },
	}
}

// localized turns a model error into one in the tab's language, for a
// field to show.
func (m *Model) localized(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s", model.Localize(err, m.Ctx.Lang))
}

// thresholdsForm edits where each axis splits.
func (c *criteriaEditor) thresholdsForm(m *Model) *common.EditForm {
	f := &criterionFields{
		attrThreshold:     strconv.FormatFloat(c.draft.AttractivenessThreshold, 'f', -1, 64),
		strengthThreshold: strconv.FormatFloat(c.draft.StrengthThreshold, 'f', -1, 64),
	}
	build := func() *huh.Group {
		t := m.Ctx.T
		threshold := func(s string) error { _, err := model.ParseThreshold(s); return m.localized(err) }
		return huh.NewGroup(
			huh.NewInput().Title(fmt.Sprintf(t("matrix.threshold_of"), model.Axes[model.Attractiveness].Name.In(m.Ctx.Lang))).
				Description(t("matrix.threshold_hint")).Value(&f.attrThreshold).Validate(threshold),
			huh.NewInput().Title(fmt.Sprintf(t("matrix.threshold_of"), model.Axes[model.Strength].Name.In(m.Ctx.Lang))).
				Value(&f.strengthThreshold).Validate(threshold),
		).Title(t("matrix.thresholds"))
	}
	return m.editForm(f, build, func() {
		c.draft.AttractivenessThreshold, _ = model.ParseThreshold(f.attrThreshold)
		c.draft.StrengthThreshold, _ = model.ParseThreshold(f.strengthThreshold)
	})
}

// criterionForm adds a criterion after the one under the cursor, or edits
// that one.
func (c *criteriaEditor) criterionForm(m *Model, editing bool, start criterionFields) *common.EditForm {
	f := &start
	axis, i := c.at(c.row)
	build := func() *huh.Group {
		t := m.Ctx.T
		others := slices.Clone(c.draft.Criteria(axis))
		if editing {
			others = slices.Delete(others, i, i+1)
		}
		unique := func(s string) error {
			for _, o := range others {
				if k := model.NameKey(s); k != "" && (k == model.NameKey(o.Name.EN) || k == model.NameKey(o.Name.ZH)) {
					return fmt.Errorf("%s", fmt.Sprintf(t("matrix.name_taken"), strings.TrimSpace(s)))
				}
			}
			return m.localized(model.CheckShort(s))
		}
		title := t("matrix.new_criterion")
		if editing {
			title = t("matrix.edit_criterion")
		}
		return huh.NewGroup(
			huh.NewInput().Title(t("matrix.name_en")).Value(&f.nameEN).Validate(unique),
			huh.NewInput().Title(t("matrix.name_zh")).Value(&f.nameZH).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" && strings.TrimSpace(f.nameEN) == "" {
					return fmt.Errorf("%s", t("matrix.name_needed"))
				}
				return unique(s)
			}),
			huh.NewInput().Title(t("matrix.desc_en")).Value(&f.descEN).Validate(func(s string) error {
				return m.localized(model.CheckCriterion(model.Criterion{Name: model.T("x", ""), Description: model.T(s, ""), Weight: 1}))
			}),
			huh.NewInput().Title(t("matrix.desc_zh")).Value(&f.descZH).Validate(func(s string) error {
				return m.localized(model.CheckCriterion(model.Criterion{Name: model.T("x", ""), Description: model.T("", s), Weight: 1}))
			}),
			huh.NewInput().Title(t("col.weight")).Description(t("matrix.weight_hint")).Value(&f.weight).
				Validate(func(s string) error { _, err := model.ParseWeight(s); return m.localized(err) }),
		).Title(fmt.Sprintf("%s · %s", title, model.Axes[axis].Name.In(m.Ctx.Lang)))
	}
	return m.editForm(f, build, func() {
		weight, _ := model.ParseWeight(f.weight)
		cr := model.Criterion{
			Name:        model.T(strings.TrimSpace(f.nameEN), strings.TrimSpace(f.nameZH)),
			Description: model.T(strings.TrimSpace(f.descEN), strings.TrimSpace(f.descZH)),
			Weight:      weight,
		}
		set := slices.Clone(c.draft.Criteria(axis))
		if editing {
			cr.ID = set[i].ID
			set[i] = cr
		} else {
			cr.ID = fmt.Sprintf("%c-%d", "as"[axis], m.Ctx.Now().UnixNano())
			set = slices.Insert(set, i+1, cr)
			c.row++
		}
		c.draft.SetCriteria(axis, set)
	})
}

// sideBySide is the width from which the plot under the draft stands
// beside the criteria.
const sideBySide = 110

// view draws the criteria with the plot as the draft would draw it beside
// them where there is room; p shows the plot alone, with the criterion
// under the cursor and its weight over it.
func (c *criteriaEditor) view(m *Model) string {
	if c.plot {
		return c.plotView(m)
	}
	if m.Width < sideBySide {
		return c.listView(m, m.Width)
	}
	listW := min(max(m.Width/2, 66), m.Width-40) // the totals line whole, the plot readable
	list := strings.Split(c.listView(m, listW), "\n")
	for i := range list {
		list[i] = common.PadRight(list[i], listW)
	}
	plot := m.plot(m.Width-listW-1, max(m.Height-1, 3))
	return lipgloss.JoinHorizontal(lipgloss.Top, strings.Join(list, "\n"), " ", c.plotHead(m, m.Width-listW-1)+"\n"+plot)
}

// plotView is the plot under the draft, under a line naming the criterion
// the weight keys change.
func (c *criteriaEditor) plotView(m *Model) string {
	head := m.Ctx.Styles.Title.Render(m.Ctx.T("matrix.criteria_title"))
	if c.changed() {
		head += m.Ctx.Styles.Warn.Render("  " + m.Ctx.T("matrix.unsaved"))
	}
	return head + "\n" + c.plotHead(m, m.Width) + "\n" + m.plot(m.Width, max(m.Height-2, 3))
}

// plotHead says which criterion +/- reweights and what the plot shows.
func (c *criteriaEditor) plotHead(m *Model, w int) string {
	st := m.Ctx.Styles
	text := st.Muted.Render(m.Ctx.T("matrix.rescored_draft"))
	if cr := c.current(); cr != nil {
		axis, _ := c.at(c.row)
		text = st.Selected.Render("> "+cr.Name.In(m.Ctx.Lang)+"  "+strconv.Itoa(cr.Weight)) +
			st.Muted.Render("  "+fmt.Sprintf(m.Ctx.T("matrix.total_weight"), model.TotalWeight(c.draft.Criteria(axis)))+" · "+m.Ctx.T("matrix.rescored_draft"))
	}
	return common.Truncate(text, w)
}

// listView is the criteria and their weights in w cells.
func (c *criteriaEditor) listView(m *Model, w int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	l := m.Ctx.Lang
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
	// The note and any problem wrap rather than lose their end.
	note, noteStyle := t("matrix.criteria_hint"), st.Muted
	if c.problem != "" {
		note, noteStyle = c.problem, st.Error
	}
	foot := common.Wrap(note, w)
	for i := range foot {
		foot[i] = noteStyle.Render(foot[i])
	}
	rows := max(m.Height-1-len(foot), 1)
	top := 0
	if cursorLine >= rows {
		top = cursorLine - rows + 1
	}
	lines = lines[top:min(top+rows, len(lines))]
	return common.Foot(strings.Join(append([]string{head}, lines...), "\n"), foot, m.Height)
}

// toggleKey is p as the bottom line names it: in a word, the view it
// switches to (the help screen keeps its longer name).
func (c *criteriaEditor) toggleKey(m *Model) key.Binding {
	b := m.keys.Preview
	if c != nil && c.plot {
		b.SetHelp("p", m.Ctx.T("key.criteria_list"))
	} else {
		b.SetHelp("p", m.Ctx.T("key.criteria_plot"))
	}
	return b
}

// criteriaSaved closes the editor once its draft is written.
func (m *Model) criteriaSaved() {
	if m.criteria != nil && m.criteria.saving {
		m.closeCriteria()
	}
}
