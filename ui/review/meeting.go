package review

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

type block = common.Block[model.Meeting]

type env = common.SheetEnv

func linesOf(title string, list func(*model.Meeting) *[]string) *block {
	return common.ListBlock(title, list,
		func(_ env, mt *model.Meeting, i int) string { return (*list(mt))[i] },
		func(e env, s *string, _ bool) []huh.Field { return []huh.Field{lineInput(e, title, s)} })
}

// lineInput edits one line of a block: required, at most a long text.
func lineInput(e env, title string, s *string) *huh.Input {
	return huh.NewInput().Title(e.Ctx.T(title)).Value(s).Validate(func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("%s", e.Ctx.T("prepare.required"))
		}
		return e.Ctx.Loc(model.CheckLongText(s))
	})
}

// rangeLinesOf is a block of lines, as linesOf's, about the account's
// range: above a line's input, a choice of the account's range changes of
// the kinds given (not refused) fills it with the change in words, which
// can still be edited, or typed over.
func rangeLinesOf(title string, list func(*model.Meeting) *[]string, kinds ...model.MutationKind) *block {
	b := linesOf(title, list)
	b.Edit = func(e env, mt *model.Meeting, i int) []huh.Field {
		lines := list(mt)
		if i >= len(*lines) {
			*lines = append(*lines, "")
			i = len(*lines) - 1
		}
		s := &(*lines)[i]
		input := lineInput(e, title, s)
		// The changes not yet a line of the block, in words; a change
		// whose words are this line's comes picked.
		taken := map[string]bool{}
		for j, l := range *lines {
			if j != i {
				taken[strings.TrimSpace(l)] = true
			}
		}
		texts := map[string]string{}
		options := []huh.Option[string]{huh.NewOption(e.Ctx.T("review.type_below"), "")}
		picked := ""
		for _, mu := range e.Ctx.Data.MutationsOf(mt.AccountID) {
			if mu.Status == model.MutationRefused || !slices.Contains(kinds, mu.Kind) {
				continue
			}
			text := changeLine(e, mu, slices.Contains(kinds, model.MutationDelisting))
			if taken[text] {
				continue
			}
			texts[mu.ID] = text
			options = append(options, huh.NewOption(common.Truncate(text, max(e.Width-6, 20)), mu.ID))
			if strings.TrimSpace(*s) == text {
				picked = mu.ID
			}
		}
		if len(texts) == 0 {
			return []huh.Field{input}
		}
		sel := huh.NewSelect[string]().Title(e.Ctx.T("review.from_range")).Description(e.Ctx.T("review.from_range_hint")).
			Options(options...)
		if len(options) > maxPickRows { // a long list scrolls; a short one shows whole
			sel.Height(maxPickRows + 2)
		}
		sel.Accessor(&pickAccessor{pick: picked, typed: *s, line: s, texts: texts, input: input})
		return []huh.Field{sel, input}
	}
	return b
}

// maxPickRows is how many range changes a line's choice shows at once.
const maxPickRows = 8

// pickAccessor holds the change picked in a line's choice of range
// changes. A new pick fills the line with the change in words; going back
// to typing gives back the words typed before the first pick.
type pickAccessor struct {
	pick  string            // the change's ID; "" types the line
	typed string            // the line as it was before a change was picked
	line  *string           // the line being edited
	texts map[string]string // each change offered, in words, by ID
	input *huh.Input        // the line's input, which shows it
}

func (p *pickAccessor) Get() string { return p.pick }

func (p *pickAccessor) Set(id string) {
	if id == p.pick {
		return
	}
	if p.pick == "" {
		p.typed = *p.line
	}
	p.pick = id
	*p.line = p.typed
	if id != "" {
		*p.line = p.texts[id]
	}
	// The input shows the line anew, its cursor at the end: bubbles puts
	// it there only when the value it replaces is empty.
	empty := ""
	p.input.Value(&empty).Value(p.line)
}

// changeLine is an assortment change in words, for a meeting's line:
// "EF-105 Rice crackers 40 g — Compact hypermarkets — 2027-01-15
// (agreed)". A replacement names both products, the one coming in first
// among listings and the one going out first among delistings.
func changeLine(e env, mu model.Mutation, delisting bool) string {
	t := e.Ctx.T
	name := func(id string) string {
		if p, ok := e.Ctx.Data.Product(id); ok {
			return p.Code + " " + p.Name.In(e.Ctx.Lang)
		}
		return id
	}
	what := name(mu.ProductID)
	if mu.Kind == model.MutationReplacement {
		what = fmt.Sprintf(t("review.change_in_place"), name(mu.ProductID), name(mu.Replaces))
		if delisting {
			what = fmt.Sprintf(t("review.change_replaced"), name(mu.Replaces), name(mu.ProductID))
		}
	}
	var where string
	if all := e.Ctx.Data.ClustersOf(mu.AccountID); len(all) > 1 && len(mu.Clusters) == len(all) &&
		!slices.ContainsFunc(all, func(c model.Cluster) bool { return !slices.Contains(mu.Clusters, c.ID) }) {
		where = fmt.Sprintf(t("review.all_clusters"), len(all))
	} else {
		var names []string
		for _, id := range mu.Clusters {
			if c, ok := e.Ctx.Data.Cluster(id); ok {
				names = append(names, c.Name)
			}
		}
		where = strings.Join(names, t("range.list_sep"))
	}
	return fmt.Sprintf(t("review.change_line"), what, where, common.DateText(mu.Date), model.NameOf(model.MutationStatuses, mu.Status, e.Ctx.Lang))
}

// blocks are a meeting's parts, in the order of the sheet.
var blocks = []*block{
	headerBlock,
	linesOf("review.our_attendees", func(mt *model.Meeting) *[]string { return &mt.OurAttendees }),
	linesOf("review.their_attendees", func(mt *model.Meeting) *[]string { return &mt.TheirAttendees }),
	common.TextBlock("review.objectives", func(mt *model.Meeting) *string { return &mt.Objectives }),
	scorecardBlock,
	linesOf("review.promotions", func(mt *model.Meeting) *[]string { return &mt.Promotions }),
	rangeLinesOf("review.listings", func(mt *model.Meeting) *[]string { return &mt.Listings },
		model.MutationListing, model.MutationReplacement),
	rangeLinesOf("review.delistings", func(mt *model.Meeting) *[]string { return &mt.Delistings },
		model.MutationDelisting, model.MutationReplacement),
	issuesBlock,
	linesOf("review.opportunities", func(mt *model.Meeting) *[]string { return &mt.Opportunities }),
	actionsBlock,
}

// headerBlock is the meeting's dates: when, the period reviewed, the next.
var headerBlock = &block{
	Title: "review.when",
	Len:   func(*model.Meeting) int { return 1 },
	Draw: func(e env, mt *model.Meeting, _ int) string {
		st := e.Ctx.Styles
		t := e.Ctx.T
		return st.Label.Render(t("review.date")) + " " + common.DateText(mt.Date) + "   " +
			st.Label.Render(t("review.period")) + " " + period(*mt) + "   " +
			st.Label.Render(t("review.next")) + " " + orDash(common.DateText(mt.Next))
	},
	Edit: func(e env, mt *model.Meeting, _ int) []huh.Field {
		dates := []*string{new(string), new(string), new(string), new(string)}
		for i, d := range []time.Time{mt.Date, mt.From, mt.To, mt.Next} {
			*dates[i] = common.DateText(d)
		}
		set := []*time.Time{&mt.Date, &mt.From, &mt.To, &mt.Next}
		titles := []string{"review.date", "review.from", "review.to", "review.next"}
		var fields []huh.Field
		for i := range dates {
			optional := i > 0
			fields = append(fields, huh.NewInput().Title(e.Ctx.T(titles[i])).Placeholder("YYYY-MM-DD").Value(dates[i]).Validate(func(s string) error {
				if err := e.Ctx.AnyDateField(optional)(s); err != nil {
					return err
				}
				*set[i] = e.Ctx.ParseDate(s)
				return nil
			}))
		}
		return fields
	},
	Take: func(dst, src *model.Meeting, _ int, _ bool) {
		dst.Date, dst.From, dst.To, dst.Next = src.Date, src.From, src.To, src.Next
	},
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// varianceText says how an actual compares, in a colour and in words
// that read the same whichever way is better: "2.6% (410K) unfavourable
// vs target", "0.4 pts favourable vs target" (out-of-stocks under
// target), "level with last year". An amount shows its money gap beside
// the %.
func varianceText(e env, x model.Metric, v model.Variance, basisKey string) string {
	st := e.Ctx.Styles
	t := e.Ctx.T
	switch v.Verdict {
	case model.NoBasis:
		return st.Faint.Render(fmt.Sprintf(t("review.no_basis"), t(basisKey)))
	case model.OnTarget:
		return st.OK.Render(fmt.Sprintf(t("review.level"), t(basisKey)))
	}
	gap := math.Abs(v.Abs)
	var amount string
	switch {
	case x.Unit == "percent":
		amount = fmt.Sprintf(t("review.points"), model.FormatNumber(math.Round(gap*10)/10))
	case v.PctOK:
		amount = fmt.Sprintf(t("review.gap_with_money"), model.FormatPercent(math.Abs(v.Pct)), gapFigure(e, x, gap))
	default:
		amount = gapFigure(e, x, gap)
	}
	if v.Favourable() {
		return st.OK.Render(fmt.Sprintf(t("review.favourable"), amount, t(basisKey)))
	}
	return st.Error.Render(fmt.Sprintf(t("review.unfavourable"), amount, t(basisKey)))
}

// gapFigure writes a gap in the metric's unit: an amount short (410K,
// 41万), anything else in full.
func gapFigure(e env, x model.Metric, gap float64) string {
	if x.Unit == "amount" {
		return model.FormatCompact(model.Money(math.Round(gap*100)), e.Ctx.Lang)
	}
	return model.FormatNumber(math.Round(gap*10) / 10)
}

// bandText is a metric's achievement rate and band: "achieved 97.4% ·
// near target".
func bandText(e env, x model.Metric) string {
	st := e.Ctx.Styles
	var parts []string
	if pct, ok := x.Achievement(); ok {
		parts = append(parts, fmt.Sprintf(e.Ctx.T("review.achieved"), model.FormatPercent(pct)))
	}
	band := x.Band()
	style := map[model.Band]lipgloss.Style{model.OnBand: st.OK, model.NearBand: st.Warn, model.OffBand: st.Error}[band]
	if band != model.NoBand {
		// The band's rule is shown with it: near is within points for a
		// percentage, within a share of the target otherwise.
		tol := model.FormatNumber(x.ToleranceOrDefault())
		within := fmt.Sprintf(e.Ctx.T("review.within_pct"), tol)
		if x.Unit == "percent" {
			within = fmt.Sprintf(e.Ctx.T("review.within_points"), tol)
		}
		name := style.Render(model.NameOf(model.Bands, band, e.Ctx.Lang))
		if band != model.OnBand {
			name += " " + st.Muted.Render(within)
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, " · ")
}

// metricLines are a metric's lines under its figures: achievement, band
// and gap to target; last year, when known; the year to date, when the
// year holds more than this review.
func metricLines(e env, mt *model.Meeting, i int) []string {
	st := e.Ctx.Styles
	t := e.Ctx.T
	x := mt.Scorecard[i]
	if x.Actual == nil { // nothing to compare until the actual is in
		return []string{st.Faint.Render(t("review.no_actual"))}
	}
	var lines []string
	first := bandText(e, x)
	if first != "" {
		first += " · "
	}
	lines = append(lines, first+varianceText(e, x, x.ToTarget(), "review.vs_target"))
	if x.LastYear != nil {
		lines = append(lines, t("review.ly_short")+" "+value(x.LastYear)+" · "+varianceText(e, x, x.ToLastYear(), "review.vs_last_year"))
	}
	if ytd := model.YTD(*mt, i, e.Ctx.Data.MeetingsOf(mt.AccountID)); ytd.Reviews >= 2 {
		key := "review.ytd_averaged"
		if ytd.SummedOverYear() {
			key = "review.ytd_summed"
		}
		figure := func(p *float64) string {
			if x.Unit == "amount" {
				return model.FormatCompact(model.Money(math.Round(*p*100)), e.Ctx.Lang)
			}
			if x.Unit == "percent" {
				return model.FormatPercent(*p)
			}
			return model.FormatNumber(math.Round(*p*10) / 10)
		}
		line := fmt.Sprintf(t(key), ytd.Reviews, figure(ytd.Actual), figure(ytd.Target))
		if b := bandText(e, ytd.Metric); b != "" {
			line += " · " + b
		}
		lines = append(lines, line)
	}
	return lines
}

func signed(v float64) string {
	if v > 0 {
		return "+" + model.FormatNumber(v)
	}
	return model.FormatNumber(v)
}

func value(p *float64) string {
	if p == nil {
		return "-"
	}
	return model.FormatNumber(*p)
}

var scorecardBlock = common.ListBlock("review.scorecard", func(mt *model.Meeting) *[]model.Metric { return &mt.Scorecard },
	func(e env, mt *model.Meeting, i int) string {
		st := e.Ctx.Styles
		t := e.Ctx.T
		x := mt.Scorecard[i]
		nameW := 0
		for _, y := range mt.Scorecard {
			nameW = max(nameW, lipgloss.Width(y.Name.In(e.Ctx.Lang)))
		}
		unit := model.NameOf(model.Units, x.Unit, e.Ctx.Lang)
		if cur := e.Ctx.Currency(); x.Unit == "amount" && cur != "" {
			unit = cur // the workspace currency says more than "amount"
		}
		line := common.PadRight(x.Name.In(e.Ctx.Lang), min(nameW, 28)) + " " + st.Muted.Render(common.PadRight(unit, 7)) +
			st.Label.Render(t("review.target_short")) + " " + common.PadLeft(value(x.Target), 11) + "  " +
			st.Label.Render(t("review.actual_short")) + " " + common.PadLeft(value(x.Actual), 11)
		for _, l := range metricLines(e, mt, i) {
			line += "\n    " + l
		}
		return line
	},
	func(e env, x *model.Metric, adding bool) []huh.Field {
		if adding {
			x.Unit = "amount"
		}
		name := x.Name.In(e.Ctx.Lang)
		lang := e.Ctx.Lang
		return []huh.Field{
			huh.NewInput().Title(e.Ctx.T("review.metric")).Value(&name).Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return fmt.Errorf("%s", e.Ctx.T("prepare.required"))
				}
				if lang == model.Chinese {
					x.Name.ZH = strings.TrimSpace(s)
				} else {
					x.Name.EN = strings.TrimSpace(s)
				}
				return e.Ctx.Loc(model.CheckShort(s))
			}),
			huh.NewSelect[model.Unit]().Title(e.Ctx.T("prepare.unit")).Options(common.Options(e.Ctx, model.Units)...).Value(&x.Unit).Inline(true),
			huh.NewConfirm().Title(e.Ctx.T("review.lower_better")).Value(&x.LowerIsBetter).Affirmative(e.Ctx.T("key.yes")).Negative(e.Ctx.T("key.no")),
			optionalNumber(e, "review.target", &x.Target),
			optionalNumber(e, "review.actual", &x.Actual),
			optionalNumber(e, "review.last_year", &x.LastYear),
			toleranceField(e, &x.Tolerance),
		}
	})

// optionalNumber edits a figure that may be left empty (not known yet).
func optionalNumber(e env, title string, p **float64) huh.Field {
	text := ""
	if *p != nil {
		text = model.FormatNumber(**p)
	}
	return huh.NewInput().Title(e.Ctx.T(title)).Value(&text).Validate(func(s string) error {
		t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
		if t == "" {
			*p = nil
			return nil
		}
		neg := strings.HasPrefix(t, "-")
		v, err := model.ParseMoney(strings.TrimPrefix(t, "-"))
		if err != nil {
			return fmt.Errorf("%s", fmt.Sprintf(e.Ctx.T("review.not_a_number"), strings.TrimSpace(s)))
		}
		f := v.Units()
		if neg {
			f = -f
		}
		*p = &f
		return nil
	})
}

// toleranceField edits how far short of target is still near it; empty
// takes the default for the metric's unit.
func toleranceField(e env, p **float64) huh.Field {
	text := ""
	if *p != nil {
		text = model.FormatNumber(**p)
	}
	return huh.NewInput().Title(e.Ctx.T("review.tolerance")).Description(e.Ctx.T("review.tolerance_hint")).Value(&text).Validate(func(s string) error {
		t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
		if t == "" {
			*p = nil
			return nil
		}
		v, err := model.ParsePercent(t, 0, model.MaxTolerance)
		if err != nil {
			return fmt.Errorf("%s", fmt.Sprintf(e.Ctx.T("review.bad_tolerance"), strings.TrimSpace(s)))
		}
		*p = &v
		return nil
	})
}

var issuesBlock = common.ListBlock("review.issues", func(mt *model.Meeting) *[]model.ReviewIssue { return &mt.Issues },
	func(e env, mt *model.Meeting, i int) string {
		is := mt.Issues[i]
		return is.Issue + "\n" + e.Ctx.Styles.Muted.Render("  "+e.Ctx.T("review.cause")+": "+is.Cause)
	},
	func(e env, is *model.ReviewIssue, _ bool) []huh.Field {
		required := func(s string) error {
			if strings.TrimSpace(s) == "" {
				return fmt.Errorf("%s", e.Ctx.T("prepare.required"))
			}
			return e.Ctx.Loc(model.CheckLongText(s))
		}
		return []huh.Field{
			huh.NewInput().Title(e.Ctx.T("review.issue")).Value(&is.Issue).Validate(required),
			huh.NewInput().Title(e.Ctx.T("review.cause")).Value(&is.Cause).Validate(func(s string) error { return e.Ctx.Loc(model.CheckLongText(s)) }),
		}
	})

// actionsBlock is the meeting's actions; each is due on the meeting's day
// or after, which the due field checks against the meeting's date.
var actionsBlock = withMeetingEdit(common.ListBlock("review.actions_block", func(mt *model.Meeting) *[]model.Action { return &mt.Actions },
	func(e env, mt *model.Meeting, i int) string {
		st := e.Ctx.Styles
		a := mt.Actions[i]
		status := model.NameOf(model.ActionStatuses, a.Status, e.Ctx.Lang)
		style := st.Muted
		switch {
		case a.Overdue(e.Ctx.Now()):
			status, style = "! "+e.Ctx.T("review.overdue_word"), st.Error
		case a.Status == model.ActionOpen:
			style = st.Warn
		case a.Status == model.ActionDone:
			style = st.OK
		}
		return style.Render(common.PadRight(status, 12)) + "  " + common.DateText(a.Due) + "  " +
			common.PadRight(a.Owner, 16) + " " + st.Muted.Render(common.PadRight(model.NameOf(model.Sides, a.Side, e.Ctx.Lang), 7)) + "  " + a.What
	},
	nil))

// withMeetingEdit gives the actions block its edit form, which needs the
// meeting's date.
func withMeetingEdit(b *block) *block {
	b.Edit = func(e env, mt *model.Meeting, i int) []huh.Field {
		adding := i >= len(mt.Actions)
		if adding {
			mt.Actions = append(mt.Actions, model.Action{})
			i = len(mt.Actions) - 1
		}
		return actionFields(e, mt.Date, &mt.Actions[i], adding)
	}
	return b
}

// actionFields edit an action agreed at a meeting of the given date: due
// two weeks after the meeting (or today, if later) to start with, and
// never before the meeting, though an action carried over keeps its old
// date until it is changed.
func actionFields(e env, meeting time.Time, a *model.Action, adding bool) []huh.Field {
	if adding {
		a.ID = fmt.Sprintf("a%d", e.Ctx.Now().UnixNano())
		a.Side, a.Status = "ours", model.ActionOpen
		start := model.Day(e.Ctx.Now())
		if m := model.Day(meeting); m.After(start) {
			start = m
		}
		a.Due = start.AddDate(0, 0, 14)
	}
	due := common.DateText(a.Due)
	was := due
	statuses := common.Options(e.Ctx, model.ActionStatuses)
	return []huh.Field{
		huh.NewInput().Title(e.Ctx.T("prepare.action")).Value(&a.What).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return fmt.Errorf("%s", e.Ctx.T("prepare.required"))
			}
			return e.Ctx.Loc(model.CheckLongText(s))
		}),
		huh.NewInput().Title(e.Ctx.T("prepare.owner")).Value(&a.Owner).Validate(func(s string) error { return e.Ctx.Loc(model.CheckShort(s)) }),
		huh.NewSelect[model.Side]().Title(e.Ctx.T("review.side")).Options(common.Options(e.Ctx, model.Sides)...).Value(&a.Side).Inline(true),
		huh.NewInput().Title(e.Ctx.T("prepare.due")).Placeholder("YYYY-MM-DD").Value(&due).Validate(func(s string) error {
			if err := e.Ctx.AnyDateField(false)(s); err != nil {
				return err
			}
			d := e.Ctx.ParseDate(s)
			if common.DateText(d) != was {
				if err := model.CheckActionDue(d, meeting); err != nil {
					return e.Ctx.Loc(err)
				}
			}
			a.Due = d
			return nil
		}),
		huh.NewSelect[model.ActionStatus]().Title(e.Ctx.T("prepare.status")).Options(statuses[:3]...).Value(&a.Status).Inline(true),
	}
}

func (m *Model) env() env { return env{Ctx: m.Ctx, Width: m.Width} }

// draftKey names the draft of a row's edit in a meeting.
func (m *Model) draftKey(b *block, i int, adding bool) string {
	return m.open + "/" + common.RowKey(b, i, adding)
}

func (m *Model) sheetKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	mt, ok := m.Ctx.Data.Meeting(m.open)
	if !ok {
		m.open = ""
		return nil
	}
	rows := common.Rows(blocks, &mt)
	switch {
	case key.Matches(msg, k.Back):
		m.open = ""
		return nil
	case m.sheetPage(mt).Move(k.NavKeys, msg, &m.rowCursor, &m.past):
		return nil
	}
	if len(rows) == 0 {
		return nil
	}
	r := rows[min(m.rowCursor, len(rows)-1)]
	b := r.Block
	switch {
	case key.Matches(msg, k.New) && b.List && !b.NoAdd:
		return m.openRowForm(mt, b, b.Len(&mt))
	case key.Matches(msg, k.Edit):
		if r.Empty && b.List {
			return m.openRowForm(mt, b, 0)
		}
		return m.openRowForm(mt, b, r.Index)
	case key.Matches(msg, k.Done) && b == actionsBlock && !r.Empty:
		return m.toggleDone(mt, r.Index)
	case key.Matches(msg, k.Remove) && b.List && b.Remove != nil && !r.Empty:
		m.Ask = &common.Question{Text: m.Ctx.T("ask.remove_this_row"), Yes: func() tea.Cmd {
			c := mt.Clone()
			b.Remove(&c, r.Index)
			return data.Save(m.Ctx.Data, m.Ctx.T("status.removed"), c)
		}}
	}
	return nil
}

// toggleDone marks an action done, or open again.
func (m *Model) toggleDone(mt model.Meeting, i int) tea.Cmd {
	c := mt.Clone()
	a := &c.Actions[i]
	switch a.Status {
	case model.ActionOpen:
		a.Status = model.ActionDone
	case model.ActionDone:
		a.Status = model.ActionOpen
	default:
		return nil
	}
	return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.action_status"), a.What, model.NameOf(model.ActionStatuses, a.Status, m.Ctx.Lang)), c)
}

// openRowForm edits row i of a block of the open meeting (i == its length
// adds one), resuming the draft of that row if one was kept.
func (m *Model) openRowForm(mt model.Meeting, b *block, i int) tea.Cmd {
	adding := b.List && i >= b.Len(&mt)
	m.added = nil
	if adding {
		m.added = b
	}
	draft := m.draftKey(b, i, adding)
	if f, ok := m.drafts[draft]; ok {
		return m.openForm(f, draft)
	}
	c := mt.Clone()
	orig := fmt.Sprintf("%+v", c)
	title := m.Ctx.T(b.Title)
	if adding {
		title = fmt.Sprintf(m.Ctx.T("prepare.add_to"), title)
	}
	return m.openForm(&common.EditForm{
		Title: common.DateText(mt.Date) + " · " + title,
		Build: func() []*huh.Group { return []*huh.Group{huh.NewGroup(b.Edit(m.env(), &c, i)...)} },
		Save: func() (tea.Cmd, error) {
			latest, ok := m.Ctx.Data.Meeting(mt.ID)
			if !ok {
				return nil, &model.Invalid{Msg: common.Text("review.meeting_gone")}
			}
			latest = latest.Clone()
			b.Take(&latest, &c, i, adding)
			if err := model.CheckMeeting(latest); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.saved"), common.DateText(latest.Date)), latest), nil
		},
		Dirty: func() bool { return fmt.Sprintf("%+v", c) != orig },
	}, draft)
}

func (m *Model) sheetView(a model.Account) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	mt, ok := m.Ctx.Data.Meeting(m.open)
	if !ok {
		return st.Muted.Render(t("detail.gone"))
	}
	ok2, judged := mt.OnTarget()
	near := 0
	for _, x := range mt.Scorecard {
		if x.Band() == model.NearBand {
			near++
		}
	}
	open := len(mt.OpenActions())
	openText := fmt.Sprintf(m.Ctx.TN("review.open_count", open), open)
	summary := fmt.Sprintf(t("review.summary"), ok2, judged, openText)
	if near > 0 {
		summary = fmt.Sprintf(t("review.summary_bands"), ok2, judged, near, openText)
	}
	head := common.SpreadLine(st.Title.Render(fmt.Sprintf(t("review.meeting_title"), common.DateText(mt.Date)))+st.Muted.Render(" · "+a.Name),
		st.Muted.Render(summary), m.Width)
	body := m.sheetPage(mt).View(m.Ctx, m.rowCursor, m.past)
	return strings.Join(append([]string{head}, body...), "\n")
}

// sheetPage is the meeting's blocks, rows with a draft kept marked, on the
// page under the sheet's head line.
func (m *Model) sheetPage(mt model.Meeting) common.SheetPage {
	marks := map[string]bool{}
	for k := range maps.Keys(m.drafts) {
		if rest, found := strings.CutPrefix(k, mt.ID+"/"); found {
			marks[rest] = true
		}
	}
	lines, spans := common.SheetLayout(m.env(), blocks, &mt, m.rowCursor, marks)
	return common.SheetPage{Lines: lines, Spans: spans, Height: max(m.Height-1, 1)}
}
