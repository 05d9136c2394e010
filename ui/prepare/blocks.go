package prepare

import (
	"fmt"
	"maps"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// block is a part of a PREPARE section.
type block = common.Block[model.Negotiation]

type env = common.SheetEnv

func text(title string, field func(*model.Negotiation) *string) *block {
	return common.TextBlock(title, field)
}

// sectionBlocks lists each PREPARE section's blocks, in the order shown.
var sectionBlocks = [model.Sections][]*block{
	model.SecPurpose: {objectivesBlock},
	model.SecResearch: {
		text("prepare.buyer_kpis", func(n *model.Negotiation) *string { return &n.BuyerKPIs }),
		text("prepare.buyer_objectives", func(n *model.Negotiation) *string { return &n.BuyerObjectives }),
		text("prepare.facts", func(n *model.Negotiation) *string { return &n.Facts }),
		tacticsBlock,
	},
	model.SecExpectations: {issuesBlock, dealBlock("deal.expect_title", "deal.our_walk", "deal.their_walk")},
	model.SecPower: {
		text("prepare.our_batna", func(n *model.Negotiation) *string { return &n.Power.OurBATNA }),
		text("prepare.their_batna", func(n *model.Negotiation) *string { return &n.Power.TheirBATNA }),
		balanceBlock,
	},
	model.SecAgenda: {agendaBlock,
		teamBlock("prepare.our_team", func(n *model.Negotiation) *[]model.Member { return &n.OurTeam }),
		teamBlock("prepare.their_team", func(n *model.Negotiation) *[]model.Member { return &n.TheirTeam })},
	model.SecResources: {concessionsBlock, budgetBlock,
		linesBlock("prepare.will_not_give", func(n *model.Negotiation) *[]string { return &n.WillNotGive })},
	model.SecExit: {agreedBlock, dealBlock("deal.exit_title", "deal.agreed"),
		linesBlock("prepare.given", func(n *model.Negotiation) *[]string { return &n.Given }),
		linesBlock("prepare.received", func(n *model.Negotiation) *[]string { return &n.Received }),
		linesBlock("prepare.open_points", func(n *model.Negotiation) *[]string { return &n.OpenPoints }),
		followUpsBlock},
}

// notEmpty refuses a blank required field.
func notEmpty(e env) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("%s", e.Ctx.T("prepare.required"))
		}
		return e.Ctx.Loc(model.CheckLongText(s))
	}
}

// linesBlock is a list of one-line entries.
func linesBlock(title string, list func(*model.Negotiation) *[]string) *block {
	return common.ListBlock(title, list,
		func(_ env, n *model.Negotiation, i int) string { return (*list(n))[i] },
		func(e env, s *string, _ bool) []huh.Field {
			return []huh.Field{huh.NewInput().Title(e.Ctx.T(title)).Value(s).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return fmt.Errorf("%s", e.Ctx.T("prepare.required"))
				}
				return e.Ctx.Loc(model.CheckShort(s))
			})}
		})
}

var objectivesBlock = func() *block {
	b := common.ListBlock("prepare.objectives", func(n *model.Negotiation) *[]model.Objective { return &n.Objectives },
		func(e env, n *model.Negotiation, i int) string {
			o := n.Objectives[i]
			line := common.PadRight(model.NameOf(model.Priorities, o.Priority, e.Ctx.Lang), 7) + "  " + o.Text
			if o.Limit != nil && o.Issue != "" { // "(Payment days at most 60)"
				line += e.Ctx.Styles.Muted.Render(fmt.Sprintf(e.Ctx.T("deal.objective_limit"), o.Issue, n.LimitWord(o).In(e.Ctx.Lang), number(*o.Limit)))
			}
			return line
		}, func(env, *model.Objective, bool) []huh.Field { return nil })
	b.Edit = editObjective
	return b
}()

// editObjective edits an objective, and the issue and limit that let kam
// check a Must against our walk-away.
func editObjective(e env, n *model.Negotiation, i int) []huh.Field {
	if i >= len(n.Objectives) {
		n.Objectives = append(n.Objectives, model.Objective{Priority: "must"})
		i = len(n.Objectives) - 1
	}
	o := &n.Objectives[i]
	issues := []huh.Option[string]{huh.NewOption(e.Ctx.T("deal.no_issue"), "")}
	for _, is := range n.Issues {
		issues = append(issues, huh.NewOption(is.Name, is.Name))
	}
	if _, ok := n.IssueNamed(o.Issue); !ok {
		o.Issue = ""
	}
	limit := ""
	if o.Limit != nil {
		limit = number(*o.Limit)
	}
	return []huh.Field{
		huh.NewInput().Title(e.Ctx.T("prepare.objective")).Value(&o.Text).Validate(notEmpty(e)),
		huh.NewSelect[model.Priority]().Title(e.Ctx.T("prepare.priority")).Options(common.Options(e.Ctx, model.Priorities)...).Value(&o.Priority).Inline(true),
		huh.NewSelect[string]().Title(e.Ctx.T("deal.issue")).Options(issues...).Value(&o.Issue).Inline(true),
		huh.NewInput().Title(e.Ctx.T("deal.limit")).Description(e.Ctx.T("deal.limit_hint")).Value(&limit).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				o.Limit = nil
				return nil
			}
			if o.Issue == "" {
				return fmt.Errorf("%s", e.Ctx.T("deal.limit_needs"))
			}
			v, err := parseNumber(s)
			if err != nil {
				return e.Ctx.Loc(err)
			}
			o.Limit = &v
			return nil
		}),
	}
}

var tacticsBlock = common.ListBlock("prepare.tactics", func(n *model.Negotiation) *[]model.Tactic { return &n.Tactics },
	func(e env, n *model.Negotiation, i int) string {
		t := n.Tactics[i]
		return t.Tactic + "\n" + e.Ctx.Styles.Muted.Render("  -> "+t.Response)
	},
	func(e env, t *model.Tactic, _ bool) []huh.Field {
		return []huh.Field{
			huh.NewInput().Title(e.Ctx.T("prepare.tactic")).Value(&t.Tactic).Validate(notEmpty(e)),
			huh.NewInput().Title(e.Ctx.T("prepare.response")).Value(&t.Response).Validate(notEmpty(e)),
		}
	})

var issuesBlock = common.ListBlock("prepare.issues", func(n *model.Negotiation) *[]model.Issue { return &n.Issues },
	func(e env, n *model.Negotiation, i int) string {
		st := e.Ctx.Styles
		t := e.Ctx.T
		is := n.Issues[i]
		unit := model.NameOf(model.Units, is.Unit, e.Ctx.Lang)
		line1 := is.Name + st.Muted.Render(" ("+unit+")")
		pos := func(o, tg, w float64) string { return number(o) + " / " + number(tg) + " / " + number(w) }
		est := func(v float64, which string) string { // an estimate left blank is unknown: "?"
			if !is.Known(which) {
				return "?"
			}
			return number(v)
		}
		theirs := est(is.TheirOpen, model.EstTheirOpen) + " / " + est(is.TheirTarget, model.EstTheirTarget) + " / " + est(is.TheirWalk, model.EstTheirWalk)
		line2 := st.Label.Render(t("prepare.ours")) + " " + pos(is.OurOpen, is.OurTarget, is.OurWalk) + "   " +
			st.Label.Render(t("prepare.theirs")) + " " + theirs
		z := is.ZOPA()
		var zone string
		switch {
		case !z.Known:
			zone = st.Muted.Render(t("prepare.zone_unknown"))
		case !z.Overlap:
			zone = st.Error.Render(t("prepare.no_zone"))
		case z.Touching:
			zone = st.Warn.Render(fmt.Sprintf(t("prepare.zone_point"), number(z.Low)))
		default:
			zone = st.OK.Render(fmt.Sprintf(t("prepare.zone"), number(z.Low), number(z.High)))
		}
		return line1 + "\n  " + line2 + "   " + zone
	},
	func(e env, is *model.Issue, adding bool) []huh.Field {
		if adding { // their positions start unknown, not 0
			is.Unit = "percent"
			is.Unknown = []string{model.EstTheirOpen, model.EstTheirTarget, model.EstTheirWalk}
		}
		v := []*float64{&is.OurOpen, &is.OurTarget, &is.OurWalk}
		keys := []string{"prepare.our_open", "prepare.our_target", "prepare.our_walk"}
		terms := []huh.Option[model.TermKind]{huh.NewOption(e.Ctx.T("prepare.no_term"), model.TermKind(""))}
		for _, s := range model.TermCatalog {
			terms = append(terms, huh.NewOption(s.Name.In(e.Ctx.Lang), s.Kind))
		}
		fields := []huh.Field{
			huh.NewInput().Title(e.Ctx.T("prepare.issue")).Value(&is.Name).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return fmt.Errorf("%s", e.Ctx.T("prepare.required"))
				}
				return e.Ctx.Loc(model.CheckShort(s))
			}),
			huh.NewSelect[model.Unit]().Title(e.Ctx.T("prepare.unit")).Options(common.Options(e.Ctx, model.Units)...).Value(&is.Unit).Inline(true),
			huh.NewSelect[model.TermKind]().Title(e.Ctx.T("prepare.sets_term")).Options(terms...).Value(&is.Term).Inline(true),
		}
		// Our walk-away, the last of ours, refuses them out of order; their
		// walk-away, the last of theirs, refuses theirs.
		ours := func() error { return model.CheckOurPositions(*is) }
		theirs := func() error { return model.CheckTheirPositions(*is) }
		for k := range v {
			check := func() error { return nil }
			if k == len(v)-1 {
				check = ours
			}
			fields = append(fields, numberField(e, e.Ctx.T(keys[k]), v[k], check))
		}
		none := func() error { return nil }
		fields = append(fields,
			estimateField(e, e.Ctx.T("prepare.their_open"), is, model.EstTheirOpen, &is.TheirOpen, none),
			estimateField(e, e.Ctx.T("prepare.their_target"), is, model.EstTheirTarget, &is.TheirTarget, none),
			estimateField(e, e.Ctx.T("prepare.their_walk"), is, model.EstTheirWalk, &is.TheirWalk, theirs))
		return fields
	})

// estimateField edits our estimate of one of their positions: blank is
// unknown, not 0, and a 0 entered shows as 0.
func estimateField(e env, title string, is *model.Issue, which string, v *float64, check func() error) huh.Field {
	text := ""
	if is.Known(which) {
		text = number(*v)
	}
	return huh.NewInput().Title(title).Description(e.Ctx.T("prepare.estimate_hint")).Value(&text).Validate(func(s string) error {
		if strings.TrimSpace(s) == "" {
			*v = 0
			is.SetKnown(which, false)
			return e.Ctx.Loc(check())
		}
		f, err := parseNumber(s)
		if err != nil {
			return e.Ctx.Loc(err)
		}
		*v = f
		is.SetKnown(which, true)
		return e.Ctx.Loc(check())
	})
}

// numberField edits a number in place, typed with thousands separators or a
// trailing % sign; empty is 0. check refuses it in the light of the others.
func numberField(e env, title string, v *float64, check func() error) huh.Field {
	text := ""
	if *v != 0 {
		text = number(*v)
	}
	return huh.NewInput().Title(title).Value(&text).Validate(func(s string) error {
		f, err := parseNumber(s)
		if err != nil {
			return e.Ctx.Loc(err)
		}
		*v = f
		return e.Ctx.Loc(check())
	})
}

// parseNumber reads a position of an issue: any number, negative too.
func parseNumber(s string) (float64, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	neg := strings.HasPrefix(t, "-")
	m, err := model.ParseMoney(strings.TrimPrefix(t, "-"))
	if err != nil {
		return 0, &model.Invalid{Msg: common.Text("prepare.not_a_number", strings.TrimSpace(s))}
	}
	f := m.Units()
	if neg {
		f = -f
	}
	return f, nil
}

// balanceBlock scores the five factors of the balance of power.
var balanceBlock = &block{
	Title: "prepare.balance",
	Len:   func(*model.Negotiation) int { return 1 },
	Draw: func(e env, n *model.Negotiation, _ int) string {
		st := e.Ctx.Styles
		var lines []string
		for _, f := range model.BalanceFactors {
			score := "-"
			if v := n.Power.Balance[f.Key]; v > 0 {
				score = strconv.Itoa(v) + " " + strings.Repeat("#", v) + strings.Repeat(".", 5-v)
			}
			lines = append(lines, common.PadRight(score, 8)+"  "+f.Name.In(e.Ctx.Lang))
		}
		if s, _ := n.Power.BalanceScore(); s > 0 {
			lines = append(lines, st.Title.Render(fmt.Sprintf(e.Ctx.T("prepare.balance_score"), s, model.BalanceWord(s).In(e.Ctx.Lang))))
		}
		return strings.Join(lines, "\n")
	},
	Edit: func(e env, n *model.Negotiation, _ int) []huh.Field {
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
			fields = append(fields, huh.NewSelect[int]().Title(f.Name.In(e.Ctx.Lang)).
				Options(huh.NewOptions(1, 2, 3, 4, 5)...).Value(ptr).Inline(true).
				Validate(func(x int) error { n.Power.Balance[key] = x; return nil }))
		}
		return fields
	},
	Take: func(dst, src *model.Negotiation, _ int, _ bool) { dst.Power.Balance = maps.Clone(src.Power.Balance) },
}

var agendaBlock = common.ListBlock("prepare.agenda", func(n *model.Negotiation) *[]model.AgendaItem { return &n.Agenda },
	func(e env, n *model.Negotiation, i int) string {
		a := n.Agenda[i]
		line := common.PadLeft(fmt.Sprintf(e.Ctx.T("prepare.minutes"), a.Minutes), 8) + "  " + a.Topic
		if i == len(n.Agenda)-1 {
			total := 0
			for _, x := range n.Agenda {
				total += x.Minutes
			}
			line += "\n" + e.Ctx.Styles.Muted.Render(common.PadLeft(fmt.Sprintf(e.Ctx.T("prepare.minutes"), total), 8)+"  "+e.Ctx.T("prepare.in_all"))
		}
		return line
	},
	func(e env, a *model.AgendaItem, _ bool) []huh.Field {
		minutes := strconv.Itoa(a.Minutes)
		return []huh.Field{
			huh.NewInput().Title(e.Ctx.T("prepare.topic")).Value(&a.Topic).Validate(notEmpty(e)),
			huh.NewInput().Title(e.Ctx.T("prepare.minutes_title")).Value(&minutes).Validate(func(s string) error {
				v, err := model.ParseCount(s)
				if err != nil || v > 600 {
					return fmt.Errorf("%s", e.Ctx.T("prepare.minutes_range"))
				}
				a.Minutes = v
				return nil
			}),
		}
	})

func teamBlock(title string, team func(*model.Negotiation) *[]model.Member) *block {
	return common.ListBlock(title, team,
		func(e env, n *model.Negotiation, i int) string {
			p := (*team(n))[i]
			return common.PadRight(p.Name, 24) + "  " + e.Ctx.Styles.Muted.Render(p.Role)
		},
		func(e env, p *model.Member, _ bool) []huh.Field {
			return []huh.Field{
				huh.NewInput().Title(e.Ctx.T("field.person_name")).Value(&p.Name).Validate(notEmpty(e)),
				huh.NewInput().Title(e.Ctx.T("prepare.team_role")).Placeholder(e.Ctx.T("prepare.team_role_hint")).Value(&p.Role).
					Validate(func(s string) error { return e.Ctx.Loc(model.CheckShort(s)) }),
			}
		})
}

// agreedBlock is the exit's list of issues, each with the value agreed.
var agreedBlock = &block{
	Title: "prepare.agreed", List: true, NoAdd: true,
	Len: func(n *model.Negotiation) int { return len(n.Issues) },
	Draw: func(e env, n *model.Negotiation, i int) string {
		st := e.Ctx.Styles
		is := n.Issues[i]
		agreed := st.Faint.Render(e.Ctx.T("prepare.not_agreed"))
		if is.Agreed != nil {
			out := is.Judge()
			style := st.OK
			switch out {
			case model.WithinRange:
				style = st.Warn
			case model.BeyondWalkAway:
				style = st.Error
			}
			agreed = number(*is.Agreed) + "  " + style.Render(model.NameOf(model.Outcomes, out, e.Ctx.Lang))
		}
		return common.PadRight(is.Name, 24) + "  " + agreed
	},
	Edit: func(e env, n *model.Negotiation, i int) []huh.Field {
		is := &n.Issues[i]
		text := ""
		if is.Agreed != nil {
			text = number(*is.Agreed)
		}
		return []huh.Field{huh.NewInput().Title(fmt.Sprintf(e.Ctx.T("prepare.agreed_on"), is.Name)).
			Description(fmt.Sprintf(e.Ctx.T("prepare.agreed_hint"), number(is.OurTarget), number(is.OurWalk))).
			Value(&text).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				is.Agreed = nil
				return nil
			}
			v, err := parseNumber(s)
			if err != nil {
				return e.Ctx.Loc(err)
			}
			is.Agreed = &v
			return nil
		})}
	},
	Take: func(dst, src *model.Negotiation, i int, _ bool) {
		if i < len(dst.Issues) && i < len(src.Issues) {
			dst.Issues[i].Agreed = src.Issues[i].Agreed
		}
	},
}

var followUpsBlock = common.ListBlock("prepare.follow_ups", func(n *model.Negotiation) *[]model.FollowUp { return &n.FollowUps },
	func(e env, n *model.Negotiation, i int) string {
		f := n.FollowUps[i]
		return common.DateText(f.Due) + "  " + common.PadRight(f.Owner, 16) + "  " + f.What
	},
	func(e env, f *model.FollowUp, _ bool) []huh.Field {
		due := common.DateText(f.Due)
		return []huh.Field{
			huh.NewInput().Title(e.Ctx.T("prepare.action")).Value(&f.What).Validate(notEmpty(e)),
			huh.NewInput().Title(e.Ctx.T("prepare.owner")).Value(&f.Owner).Validate(func(s string) error { return e.Ctx.Loc(model.CheckShort(s)) }),
			huh.NewInput().Title(e.Ctx.T("prepare.due")).Placeholder("YYYY-MM-DD").Value(&due).Validate(func(s string) error {
				if err := e.Ctx.AnyDateField(false)(s); err != nil {
					return err
				}
				f.Due = e.Ctx.ParseDate(s)
				return nil
			}),
		}
	})
