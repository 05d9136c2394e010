package accounts

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// formSubmittedMsg is what the form sends when its last field is done.
type formSubmittedMsg struct{}

// draft is the account being edited, as typed: the form writes into it on
// every key, so nothing typed is lost when the form is rebuilt.
type draft struct {
	orig                           model.Account
	name, format, region, outlets  string
	category, ours, target, growth string
	channel                        model.Channel
	tier                           model.Tier
	traits                         []model.Trait
	objectives, notes              string
	fromDetail                     bool // esc and save go back to the detail
}

func newDraft(a model.Account) *draft {
	outlets := ""
	if a.Outlets != 0 {
		outlets = strconv.Itoa(a.Outlets)
	}
	return &draft{
		orig: a, name: a.Name, format: a.Format, region: a.Region, outlets: outlets,
		category: model.MoneyInput(a.CategorySales), ours: model.MoneyInput(a.OurSales),
		target: model.MoneyInput(a.Target), growth: model.PercentInput(a.Growth),
		channel: a.Channel, tier: a.Tier, traits: slices.Clone(a.Traits),
		objectives: a.Objectives, notes: a.Notes,
	}
}

// changed reports whether anything was typed since the form opened.
func (d *draft) changed() bool {
	o := newDraft(d.orig)
	return d.name != o.name || d.format != o.format || d.region != o.region || d.outlets != o.outlets ||
		d.category != o.category || d.ours != o.ours || d.target != o.target || d.growth != o.growth ||
		d.channel != o.channel || d.tier != o.tier || !slices.Equal(d.traits, o.traits) ||
		d.objectives != o.objectives || d.notes != o.notes
}

// account reads the draft back into an account; the first problem found is
// returned with the field it belongs to.
func (d *draft) account() (model.Account, *model.Problem) {
	a := d.orig
	a.Name = strings.TrimSpace(d.name)
	a.Format = strings.TrimSpace(d.format)
	a.Region = strings.TrimSpace(d.region)
	a.Channel, a.Tier = d.channel, d.tier
	a.Objectives, a.Notes = strings.TrimSpace(d.objectives), strings.TrimSpace(d.notes)
	a.Traits = nil
	for _, t := range model.Traits { // keep the course's order, whatever order they were ticked in
		if slices.Contains(d.traits, t.Key) {
			a.Traits = append(a.Traits, t.Key)
		}
	}
	var err error
	fail := func(f model.Field) (model.Account, *model.Problem) { return a, &model.Problem{Field: f, Err: err} }
	if a.Outlets, err = model.ParseCount(d.outlets); err != nil {
		return fail(model.FieldOutlets)
	}
	if a.CategorySales, err = model.ParseMoney(d.category); err != nil {
		return fail(model.FieldCategorySales)
	}
	if a.OurSales, err = model.ParseMoney(d.ours); err != nil {
		return fail(model.FieldOurSales)
	}
	if a.Target, err = model.ParseMoney(d.target); err != nil {
		return fail(model.FieldTarget)
	}
	if a.Growth, err = model.ParseGrowth(d.growth); err != nil {
		return fail(model.FieldGrowth)
	}
	return a, nil
}

func (m *Model) openForm(a model.Account, isNew bool) tea.Cmd {
	m.draft = newDraft(a)
	m.draft.fromDetail = m.mode == modeDetail
	m.formNote = ""
	if isNew {
		m.formTitle = m.ctx.T("form.new_title")
	} else {
		m.formTitle = fmt.Sprintf(m.ctx.T("form.edit_title"), a.Name)
	}
	return m.buildForm()
}

// reopenForm rebuilds the open form from its draft, as after a language
// switch: the words change, what was typed stays.
func (m *Model) reopenForm() tea.Cmd {
	if m.draft == nil {
		return nil
	}
	if m.draft.orig.ID == "" {
		m.formTitle = m.ctx.T("form.new_title")
	} else {
		m.formTitle = fmt.Sprintf(m.ctx.T("form.edit_title"), m.draft.orig.Name)
	}
	return m.buildForm()
}

func (m *Model) formHeight() int { return max(m.height-2, 4) }

func (m *Model) buildForm() tea.Cmd {
	d := m.draft
	t := m.ctx.T
	l := m.ctx.Lang
	loc := func(err error) error { // validators answer in the language of the moment
		if err == nil {
			return nil
		}
		return fmt.Errorf("%s", model.Localize(err, m.ctx.Lang))
	}
	channels := make([]huh.Option[model.Channel], len(model.Channels))
	for i, c := range model.Channels {
		channels[i] = huh.NewOption(c.Name.In(l), c.Key)
	}
	tiers := make([]huh.Option[model.Tier], len(model.Tiers))
	for i, c := range model.Tiers {
		tiers[i] = huh.NewOption(c.Name.In(l), c.Key)
	}
	traits := make([]huh.Option[model.Trait], len(model.Traits))
	for i, c := range model.Traits {
		traits[i] = huh.NewOption(c.Name.In(l), c.Key).Selected(slices.Contains(d.traits, c.Key))
	}
	taken := m.ctx.Data.NameTaken(d.orig.ID)
	money := func(s string) error { _, err := model.ParseMoney(s); return loc(err) }

	m.form = m.ctx.NewForm(formSubmittedMsg{},
		huh.NewGroup(
			huh.NewInput().Title(t("field.name")).Value(&d.name).CharLimit(200).
				Validate(func(s string) error { return loc(model.CheckName(s, taken)) }),
			huh.NewSelect[model.Channel]().Title(t("field.channel")).Options(channels...).Value(&d.channel).Inline(true),
			huh.NewInput().Title(t("field.format")).Placeholder(t("field.format_hint")).Value(&d.format).
				Validate(func(s string) error { return loc(model.CheckShort(s)) }),
			huh.NewInput().Title(t("field.region")).Value(&d.region).
				Validate(func(s string) error { return loc(model.CheckShort(s)) }),
			huh.NewInput().Title(t("field.outlets")).Value(&d.outlets).
				Validate(func(s string) error { _, err := model.ParseCount(s); return loc(err) }),
		).Title(t("form.group_account")),
		huh.NewGroup(
			huh.NewInput().Title(t("field.category_sales")).Description(t("field.category_hint")).Value(&d.category).Validate(money),
			huh.NewInput().Title(t("field.our_sales")).Value(&d.ours).Validate(func(s string) error {
				ours, err := model.ParseMoney(s)
				if err != nil {
					return loc(err)
				}
				category, err := model.ParseMoney(d.category)
				if err != nil {
					return nil // the category field reports its own problem
				}
				return loc(model.CheckOurSales(ours, category))
			}),
			huh.NewInput().Title(t("field.target")).Value(&d.target).Validate(money),
			huh.NewInput().Title(t("field.growth")).Placeholder("4.5").Value(&d.growth).
				Validate(func(s string) error { _, err := model.ParseGrowth(s); return loc(err) }),
			huh.NewSelect[model.Tier]().Title(t("field.tier")).Options(tiers...).Value(&d.tier).Inline(true),
		).Title(t("form.group_numbers")),
		huh.NewGroup(
			huh.NewMultiSelect[model.Trait]().Title(t("field.traits")).Description(t("field.traits_hint")).
				Options(traits...).Value(&d.traits).Height(len(traits)+2),
		).Title(t("form.group_traits")),
		huh.NewGroup(
			huh.NewText().Title(t("field.objectives")).Value(&d.objectives).Lines(4).CharLimit(model.MaxTextRunes),
			huh.NewText().Title(t("field.notes")).Value(&d.notes).Lines(4).CharLimit(model.MaxTextRunes),
		).Title(t("form.group_notes")),
	)
	m.mode = modeForm
	init := m.form.Init()
	m.form = common.SizeForm(m.form, m.width, m.formHeight())
	return init
}

func (m *Model) formKey(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Cancel) {
		if m.draft != nil && m.draft.changed() {
			m.ask = &common.Question{Text: m.ctx.T("ask.discard"), Yes: func() tea.Cmd {
				m.closeForm()
				return nil
			}}
			return nil
		}
		m.closeForm()
		return nil
	}
	return m.updateForm(msg)
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.form, cmd = common.UpdateForm(m.form, msg)
	return cmd
}

func (m *Model) closeForm() {
	back := modeList
	if m.draft != nil && m.draft.fromDetail {
		back = modeDetail
	}
	m.mode = back
	m.form = nil
	m.draft = nil
	m.formNote = ""
}

// submitForm reads the draft and saves it; a problem the fields did not
// catch (a value changed after the field was left) reopens the form with
// the message, keeping what was typed.
func (m *Model) submitForm() tea.Cmd {
	d := m.draft
	if d == nil {
		return nil
	}
	a, p := d.account()
	if p == nil {
		if ps := a.Validate(m.ctx.Data.NameTaken(a.ID)); len(ps) > 0 {
			p = &ps[0]
		}
	}
	if p != nil {
		m.formNote = fmt.Sprintf("%s: %s", m.ctx.T("field."+string(p.Field)), model.Localize(p.Err, m.ctx.Lang))
		return m.buildForm()
	}
	m.saving = d
	m.closeForm()
	note := fmt.Sprintf(m.ctx.T("status.saved"), a.Name)
	return data.Save(m.ctx.Data, note, a)
}

// saveFailed gives a refused form back to the user with the reason; any
// other failed save is reported in the status line.
func (m *Model) saveFailed(msg data.SaveFailedMsg) tea.Cmd {
	text := model.Localize(msg.Err, m.ctx.Lang)
	draft, ok := data.First[model.Account](msg.Records)
	if !ok {
		return nil
	}
	if d := m.saving; d != nil && d.orig.ID == draft.ID {
		m.saving = nil
		m.draft = d
		m.formNote = text
		return m.buildForm()
	}
	return common.Status(fmt.Sprintf(m.ctx.T("status.save_failed"), text), true)
}

func (m *Model) formView() string {
	st := m.ctx.Styles
	head := st.Title.Render(m.formTitle)
	note := ""
	if m.formNote != "" {
		note = st.Error.Render(common.Truncate(m.formNote, m.width))
	}
	return head + "\n" + note + "\n" + m.ctx.FormView(m.form, m.width)
}
