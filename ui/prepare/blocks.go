package prepare

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// sectionBlocks lists each PREPARE section's blocks, in the order shown.
var sectionBlocks = [model.Sections][]*block{
	model.SecPurpose:      {objectivesBlock},
	model.SecResearch:     {textBlock("prepare.buyer_kpis", func(n *model.Negotiation) *string { return &n.BuyerKPIs }), textBlock("prepare.buyer_objectives", func(n *model.Negotiation) *string { return &n.BuyerObjectives }), textBlock("prepare.facts", func(n *model.Negotiation) *string { return &n.Facts }), tacticsBlock},
	model.SecExpectations: {issuesBlock},
	model.SecPower:        {textBlock("prepare.our_batna", func(n *model.Negotiation) *string { return &n.Power.OurBATNA }), textBlock("prepare.their_batna", func(n *model.Negotiation) *string { return &n.Power.TheirBATNA }), balanceBlock},
	model.SecAgenda:       {agendaBlock, teamBlock("prepare.our_team", func(n *model.Negotiation) *[]model.Member { return &n.OurTeam }), teamBlock("prepare.their_team", func(n *model.Negotiation) *[]model.Member { return &n.TheirTeam })},
	model.SecResources:    {concessionsBlock, linesBlock("prepare.will_not_give", func(n *model.Negotiation) *[]string { return &n.WillNotGive })},
	model.SecExit:         {agreedBlock, linesBlock("prepare.given", func(n *model.Negotiation) *[]string { return &n.Given }), linesBlock("prepare.received", func(n *model.Negotiation) *[]string { return &n.Received }), linesBlock("prepare.open_points", func(n *model.Negotiation) *[]string { return &n.OpenPoints }), followUpsBlock},
}

// notEmpty refuses a blank required field.
func notEmpty(m *Model) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("%s", m.ctx.T("prepare.required"))
		}
		return m.ctx.Loc(model.CheckLongText(s))
	}
}

// at grows a list to hold index i, so that editing row len(list) adds one.
func at[T any](list *[]T, i int) *T {
	for len(*list) <= i {
		var zero T
		*list = append(*list, zero)
	}
	return &(*list)[i]
}

// textBlock is one free-text field of the worksheet.
func textBlock(title string, field func(*model.Negotiation) *string) *block {
	return &block{
		title:  title,
		length: func(n *model.Negotiation) int { return min(len(strings.TrimSpace(*field(n))), 1) },
		draw:   func(m *Model, n *model.Negotiation, _ int) string { return wrap(m, *field(n)) },
		edit: func(m *Model, n *model.Negotiation, _ int) []huh.Field {
			return []huh.Field{huh.NewText().Title(m.ctx.T(title)).Value(field(n)).Lines(5).CharLimit(model.MaxTextRunes)}
		},
	}
}

// wrap breaks a text to the worksheet's width, keeping its lines.
func wrap(m *Model, s string) string {
	return strings.Join(common.Wrap(strings.TrimSpace(s), max(m.width-4, 10)), "\n")
}

// linesBlock is a list of one-line entries.
func linesBlock(title string, list func(*model.Negotiation) *[]string) *block {
	return &block{
		title: title, list: true,
		length: func(n *model.Negotiation) int { return len(*list(n)) },
		draw:   func(_ *Model, n *model.Negotiation, i int) string { return (*list(n))[i] },
		edit: func(m *Model, n *model.Negotiation, i int) []huh.Field {
			return []huh.Field{huh.NewInput().Title(m.ctx.T(title)).Value(at(list(n), i)).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return fmt.Errorf("%s", m.ctx.T("prepare.required"))
				}
				return m.ctx.Loc(model.CheckShort(s))
			})}
		},
		remove: func(n *model.Negotiation, i int) { *list(n) = slices.Delete(*list(n), i, i+1) },
	}
}

var objectivesBlock = &block{
	title: "prepare.objectives", list: true,
	length: func(n *model.Negotiation) int { return len(n.Objectives) },
	draw: func(m *Model, n *model.Negotiation, i int) string {
		o := n.Objectives[i]
		return common.PadRight(model.NameOf(model.Priorities, o.Priority, m.ctx.Lang), 7) + "  " + o.Text
	},
	edit: func(m *Model, n *model.Negotiation, i int) []huh.Field {
		o := at(&n.Objectives, i)
		if o.Priority == "" {
			o.Priority = "must"
		}
		return []huh.Field{
			huh.NewInput().Title(m.ctx.T("prepare.objective")).Value(&o.Text).Validate(notEmpty(m)),
			huh.NewSelect[model.Priority]().Title(m.ctx.T("prepare.priority")).Options(common.Options(m.ctx, model.Priorities)...).Value(&o.Priority).Inline(true),
		}
	},
	remove: func(n *model.Negotiation, i int) { n.Objectives = slices.Delete(n.Objectives, i, i+1) },
}

var tacticsBlock = &block{
	title: "prepare.tactics", list: true,
	length: func(n *model.Negotiation) int { return len(n.Tactics) },
	draw: func(m *Model, n *model.Negotiation, i int) string {
		t := n.Tactics[i]
		return t.Tactic + "\n" + m.ctx.Styles.Muted.Render("  -> "+t.Response)
	},
	edit: func(m *Model, n *model.Negotiation, i int) []huh.Field {
		t := at(&n.Tactics, i)
		return []huh.Field{
			huh.NewInput().Title(m.ctx.T("prepare.tactic")).Value(&t.Tactic).Validate(notEmpty(m)),
			huh.NewInput().Title(m.ctx.T("prepare.response")).Value(&t.Response).Validate(notEmpty(m)),
		}
	},
	remove: func(n *model.Negotiation, i int) { n.Tactics = slices.Delete(n.Tactics, i, i+1) },
}

// issueFields are an issue's six positions as typed.
var issuesBlock = &block{
	title: "prepare.issues", list: true,
	length: func(n *model.Negotiation) int { return len(n.Issues) },
	draw: func(m *Model, n *model.Negotiation, i int) string {
		st := m.ctx.Styles
		t := m.ctx.T
		is := n.Issues[i]
		unit := model.NameOf(model.Units, is.Unit, m.ctx.Lang)
		line1 := is.Name + st.Muted.Render(" ("+unit+")")
		pos := func(o, tg, w float64) string { return number(o) + " / " + number(tg) + " / " + number(w) }
		line2 := st.Label.Render(t("prepare.ours")) + " " + pos(is.OurOpen, is.OurTarget, is.OurWalk) + "   " +
			st.Label.Render(t("prepare.theirs")) + " " + pos(is.TheirOpen, is.TheirTarget, is.TheirWalk)
		z := is.ZOPA()
		var zone string
		switch {
		case !z.Overlap:
			zone = st.Error.Render(t("prepare.no_zone"))
		case z.Touching:
			zone = st.Warn.Render(fmt.Sprintf(t("prepare.zone_point"), number(z.Low)))
		default:
			zone = st.OK.Render(fmt.Sprintf(t("prepare.zone"), number(z.Low), number(z.High)))
		}
		return line1 + "\n  " + line2 + "   " + zone
	},
	edit: func(m *Model, n *model.Negotiation, i int) []huh.Field {
		is := at(&n.Issues, i)
		if is.Unit == "" {
			is.Unit = "percent"
		}
		v := []*float64{&is.OurOpen, &is.OurTarget, &is.OurWalk, &is.TheirOpen, &is.TheirTarget, &is.TheirWalk}
		keys := []string{"prepare.our_open", "prepare.our_target", "prepare.our_walk", "prepare.their_open", "prepare.their_target", "prepare.their_walk"}
		terms := []huh.Option[model.TermKind]{huh.NewOption(m.ctx.T("prepare.no_term"), model.TermKind(""))}
		for _, s := range model.TermCatalog {
			terms = append(terms, huh.NewOption(s.Name.In(m.ctx.Lang), s.Kind))
		}
		fields := []huh.Field{
			huh.NewInput().Title(m.ctx.T("prepare.issue")).Value(&is.Name).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return fmt.Errorf("%s", m.ctx.T("prepare.required"))
				}
				return m.ctx.Loc(model.CheckShort(s))
			}),
			huh.NewSelect[model.Unit]().Title(m.ctx.T("prepare.unit")).Options(common.Options(m.ctx, model.Units)...).Value(&is.Unit).Inline(true),
			huh.NewSelect[model.TermKind]().Title(m.ctx.T("prepare.sets_term")).Options(terms...).Value(&is.Term).Inline(true),
		}
		for k := range v {
			fields = append(fields, numberField(m, m.ctx.T(keys[k]), v[k]))
		}
		return fields
	},
	remove: func(n *model.Negotiation, i int) { n.Issues = slices.Delete(n.Issues, i, i+1) },
}

// numberField edits a number in place, typed with thousands separators or a
// trailing % sign.
func numberField(m *Model, title string, v *float64) huh.Field {
	text := number(*v)
	return huh.NewInput().Title(title).Value(&text).Validate(func(s string) error {
		f, err := parseNumber(s)
		if err != nil {
			return m.ctx.Loc(err)
		}
		*v = f
		return nil
	})
}

// parseNumber reads a position of an issue: any number, negative too.
func parseNumber(s string) (float64, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	neg := strings.HasPrefix(t, "-")
	m, err := model.ParseMoney(strings.TrimPrefix(t, "-"))
	if err != nil || t == "" {
		return 0, &model.Invalid{Msg: model.T(fmt.Sprintf("%q is not a number", strings.TrimSpace(s)), fmt.Sprintf("%q 不是数字", strings.TrimSpace(s)))}
	}
	f := m.Units()
	if neg {
		f = -f
	}
	return f, nil
}

var balanceBlock = &block{
	title:  "prepare.balance",
	length: func(*model.Negotiation) int { return 1 },
	draw: func(m *Model, n *model.Negotiation, _ int) string {
		st := m.ctx.Styles
		var lines []string
		for _, f := range model.BalanceFactors {
			score := "-"
			if v := n.Power.Balance[f.Key]; v > 0 {
				score = strconv.Itoa(v) + " " + strings.Repeat("#", v) + strings.Repeat(".", 5-v)
			}
			lines = append(lines, common.PadRight(score, 8)+"  "+f.Name.In(m.ctx.Lang))
		}
		if s, _ := n.Power.BalanceScore(); s > 0 {
			lines = append(lines, st.Title.Render(fmt.Sprintf(m.ctx.T("prepare.balance_score"), s, model.BalanceWord(s).In(m.ctx.Lang))))
		}
		return strings.Join(lines, "\n")
	},
	edit: func(m *Model, n *model.Negotiation, _ int) []huh.Field {
		if n.Power.Balance == nil {
			n.Power.Balance = map[string]int{}
		}
		var fields []huh.Field
		for _, f := range model.BalanceFactors {
			v := n.Power.Balance[f.Key]
			if v == 0 {
				v = 3
			}
			ptr := new(int)
			*ptr = v
			key := f.Key
			fields = append(fields, huh.NewSelect[int]().Title(f.Name.In(m.ctx.Lang)).
				Options(huh.NewOptions(1, 2, 3, 4, 5)...).Value(ptr).Inline(true).
				Validate(func(x int) error { n.Power.Balance[key] = x; return nil }))
		}
		return fields
	},
}

var agendaBlock = &block{
	title: "prepare.agenda", list: true,
	length: func(n *model.Negotiation) int { return len(n.Agenda) },
	draw: func(m *Model, n *model.Negotiation, i int) string {
		a := n.Agenda[i]
		line := common.PadLeft(fmt.Sprintf(m.ctx.T("prepare.minutes"), a.Minutes), 8) + "  " + a.Topic
		if i == len(n.Agenda)-1 {
			total := 0
			for _, x := range n.Agenda {
				total += x.Minutes
			}
			line += "\n" + m.ctx.Styles.Muted.Render(common.PadLeft(fmt.Sprintf(m.ctx.T("prepare.minutes"), total), 8)+"  "+m.ctx.T("prepare.in_all"))
		}
		return line
	},
	edit: func(m *Model, n *model.Negotiation, i int) []huh.Field {
		a := at(&n.Agenda, i)
		minutes := strconv.Itoa(a.Minutes)
		return []huh.Field{
			huh.NewInput().Title(m.ctx.T("prepare.topic")).Value(&a.Topic).Validate(notEmpty(m)),
			huh.NewInput().Title(m.ctx.T("prepare.minutes_title")).Value(&minutes).Validate(func(s string) error {
				v, err := model.ParseCount(s)
				if err != nil || v > 600 {
					return fmt.Errorf("%s", m.ctx.T("prepare.minutes_range"))
				}
				a.Minutes = v
				return nil
			}),
		}
	},
	remove: func(n *model.Negotiation, i int) { n.Agenda = slices.Delete(n.Agenda, i, i+1) },
}

func teamBlock(title string, team func(*model.Negotiation) *[]model.Member) *block {
	return &block{
		title: title, list: true,
		length: func(n *model.Negotiation) int { return len(*team(n)) },
		draw: func(m *Model, n *model.Negotiation, i int) string {
			p := (*team(n))[i]
			return common.PadRight(p.Name, 24) + "  " + m.ctx.Styles.Muted.Render(p.Role)
		},
		edit: func(m *Model, n *model.Negotiation, i int) []huh.Field {
			p := at(team(n), i)
			return []huh.Field{
				huh.NewInput().Title(m.ctx.T("field.name")).Value(&p.Name).Validate(notEmpty(m)),
				huh.NewInput().Title(m.ctx.T("prepare.team_role")).Placeholder(m.ctx.T("prepare.team_role_hint")).Value(&p.Role).
					Validate(func(s string) error { return m.ctx.Loc(model.CheckShort(s)) }),
			}
		},
		remove: func(n *model.Negotiation, i int) { *team(n) = slices.Delete(*team(n), i, i+1) },
	}
}

var concessionsBlock = &block{
	title: "prepare.concessions", list: true,
	length: func(n *model.Negotiation) int { return len(n.Concessions) },
	draw: func(m *Model, n *model.Negotiation, i int) string {
		st := m.ctx.Styles
		t := m.ctx.T
		c := n.Concessions[i]
		head := fmt.Sprintf("%d. %s", c.Order, c.What)
		if c.ForClose {
			head += st.Warn.Render("  " + t("prepare.for_close"))
		}
		meta := st.Label.Render(t("prepare.cost")) + " " + model.FormatMoney(c.Cost) + "   " +
			st.Label.Render(t("prepare.value")) + " " + model.NameOf(model.Influences, c.Value, m.ctx.Lang)
		ask := st.Muted.Render("  " + c.InReturn)
		if strings.TrimSpace(c.InReturn) == "" {
			ask = st.Error.Render("  " + t("prepare.nothing_asked"))
		}
		return head + "\n  " + meta + "\n" + ask
	},
	edit: func(m *Model, n *model.Negotiation, i int) []huh.Field {
		adding := i >= len(n.Concessions)
		c := at(&n.Concessions, i)
		if adding {
			c.Order, c.Value = i+1, "medium"
		}
		cost := model.MoneyInput(c.Cost)
		order := strconv.Itoa(c.Order)
		return []huh.Field{
			huh.NewInput().Title(m.ctx.T("prepare.concession")).Value(&c.What).Validate(notEmpty(m)),
			huh.NewInput().Title(m.ctx.T("prepare.cost_to_us")).Value(&cost).Validate(func(s string) error {
				v, err := model.ParseMoney(s)
				c.Cost = v
				return m.ctx.Loc(err)
			}),
			huh.NewSelect[model.Influence]().Title(m.ctx.T("prepare.value_to_them")).Options(common.Options(m.ctx, model.Influences)...).Value(&c.Value).Inline(true),
			huh.NewInput().Title(m.ctx.T("prepare.in_return")).Placeholder(m.ctx.T("prepare.in_return_hint")).Value(&c.InReturn).
				Validate(func(s string) error { return m.ctx.Loc(model.CheckLongText(s)) }),
			huh.NewInput().Title(m.ctx.T("prepare.order")).Value(&order).Validate(func(s string) error {
				v, err := model.ParseCount(s)
				c.Order = v
				return m.ctx.Loc(err)
			}),
			huh.NewConfirm().Title(m.ctx.T("prepare.keep_for_close")).Value(&c.ForClose).
				Affirmative(m.ctx.T("key.yes")).Negative(m.ctx.T("key.no")),
		}
	},
	remove: func(n *model.Negotiation, i int) { n.Concessions = slices.Delete(n.Concessions, i, i+1) },
}

// agreedBlock is the exit's list of issues, each with the value agreed.
var agreedBlock = &block{
	title: "prepare.agreed", list: true, noAdd: true,
	length: func(n *model.Negotiation) int { return len(n.Issues) },
	draw: func(m *Model, n *model.Negotiation, i int) string {
		st := m.ctx.Styles
		is := n.Issues[i]
		agreed := st.Faint.Render(m.ctx.T("prepare.not_agreed"))
		if is.Agreed != nil {
			out := is.Judge()
			style := st.OK
			switch out {
			case model.WithinRange:
				style = st.Warn
			case model.BeyondWalkAway:
				style = st.Error
			}
			agreed = number(*is.Agreed) + "  " + style.Render(model.NameOf(model.Outcomes, out, m.ctx.Lang))
		}
		return common.PadRight(is.Name, 24) + "  " + agreed
	},
	edit: func(m *Model, n *model.Negotiation, i int) []huh.Field {
		is := &n.Issues[i]
		text := ""
		if is.Agreed != nil {
			text = number(*is.Agreed)
		}
		return []huh.Field{huh.NewInput().Title(fmt.Sprintf(m.ctx.T("prepare.agreed_on"), is.Name)).
			Description(fmt.Sprintf(m.ctx.T("prepare.agreed_hint"), number(is.OurTarget), number(is.OurWalk))).
			Value(&text).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				is.Agreed = nil
				return nil
			}
			v, err := parseNumber(s)
			if err != nil {
				return m.ctx.Loc(err)
			}
			is.Agreed = &v
			return nil
		})}
	},
}

var followUpsBlock = &block{
	title: "prepare.follow_ups", list: true,
	length: func(n *model.Negotiation) int { return len(n.FollowUps) },
	draw: func(m *Model, n *model.Negotiation, i int) string {
		f := n.FollowUps[i]
		return common.DateText(f.Due) + "  " + common.PadRight(f.Owner, 16) + "  " + f.What
	},
	edit: func(m *Model, n *model.Negotiation, i int) []huh.Field {
		f := at(&n.FollowUps, i)
		due := common.DateText(f.Due)
		return []huh.Field{
			huh.NewInput().Title(m.ctx.T("prepare.action")).Value(&f.What).Validate(notEmpty(m)),
			huh.NewInput().Title(m.ctx.T("prepare.owner")).Value(&f.Owner).Validate(func(s string) error { return m.ctx.Loc(model.CheckShort(s)) }),
			huh.NewInput().Title(m.ctx.T("prepare.due")).Placeholder("YYYY-MM-DD").Value(&due).Validate(func(s string) error {
				if err := m.ctx.AnyDateField(false)(s); err != nil {
					return err
				}
				f.Due = m.ctx.ParseDate(s)
				return nil
			}),
		}
	},
	remove: func(n *model.Negotiation, i int) { n.FollowUps = slices.Delete(n.FollowUps, i, i+1) },
}
