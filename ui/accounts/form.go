package accounts

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

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

// saves reports whether a saved account is the one this draft writes.
func (d *draft) saves(a model.Account) bool {
	if d.orig.ID != "" {
		return a.ID == d.orig.ID
	}
	return a.Name == strings.TrimSpace(d.name)
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

// openForm opens the account form over the list or the detail; a save
// or esc goes back to where it was opened.
func (m *Model) openForm(a model.Account, isNew bool) tea.Cmd {
	d := newDraft(a)
	m.draft = d
	f := &common.EditForm{Dirty: d.changed}
	f.Build = func() []*huh.Group {
		if isNew { // the title follows the language, as the fields do
			f.Title = m.Ctx.T("form.new_title")
		} else {
			f.Title = fmt.Sprintf(m.Ctx.T("form.edit_title"), d.orig.Name)
		}
		return m.formGroups(d)
	}
	f.Save = func() (tea.Cmd, error) { return m.submit(d) }
	return m.OpenForm(f)
}

func (m *Model) formGroups(d *draft) []*huh.Group {
	t := m.Ctx.T
	l := m.Ctx.Lang
	loc := m.Ctx.Loc // validators answer in the language of the moment
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
	taken := m.Ctx.Data.NameTaken(d.orig.ID)
	money := func(s string) error { _, err := model.ParseMoney(s); return loc(err) }

	return []*huh.Group{
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
				Options(traits...).Value(&d.traits).Height(len(traits) + 2),
		).Title(t("form.group_traits")),
		huh.NewGroup(
			common.NewText().Title(t("field.objectives")).Value(&d.objectives).Lines(4).CharLimit(model.MaxTextRunes),
			common.NewText().Title(t("field.notes")).Value(&d.notes).Lines(4).CharLimit(model.MaxTextRunes),
		).Title(t("form.group_notes")),
	}
}

// submit reads the draft and returns its save; a problem the fields did
// not catch (a value changed after the field was left) keeps the form
// open with the message and what was typed.
func (m *Model) submit(d *draft) (tea.Cmd, error) {
	a, p := d.account()
	if p == nil {
		if ps := a.Validate(m.Ctx.Data.NameTaken(a.ID)); len(ps) > 0 {
			p = &ps[0]
		}
	}
	if p != nil {
		return nil, fmt.Errorf("%s: %s", m.Ctx.T("field."+string(p.Field)), model.Localize(p.Err, m.Ctx.Lang))
	}
	note := fmt.Sprintf(m.Ctx.T("status.saved"), a.Name)
	return data.Save(m.Ctx.Data, note, a), nil
}
