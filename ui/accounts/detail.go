package accounts

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

func (m *Model) openDetail(id string) {
	m.mode = modeDetail
	m.detailID = id
	m.scroll = 0
	if a, ok := m.Ctx.Data.Account(id); ok {
		// start on the first stage not done: the one most likely to change
		m.stageCursor = 0
		for i, s := range m.stagesOf(&a) {
			if s != model.Done {
				m.stageCursor = i
				break
			}
		}
	}
	// The detail opens at its top, the profile in view; the cursor's
	// stage comes into view as it moves.
}

func (m *Model) detailKey(msg tea.KeyMsg) tea.Cmd {
	a, ok := m.Ctx.Data.Account(m.detailID)
	if !ok {
		m.mode = modeList
		return nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Back):
		m.mode = modeList
		m.cursorTo(a.ID)
	case key.Matches(msg, k.Up):
		m.stageCursor = max(m.stageCursor-1, 0)
		m.scrollToStage()
	case key.Matches(msg, k.Down):
		m.stageCursor = min(m.stageCursor+1, model.StageCount-1)
		m.scrollToStage()
	case key.Matches(msg, k.PageDown):
		m.scroll = min(m.scroll+m.bodyRows(), max(len(m.detailBody(a))-m.bodyRows(), 0))
	case key.Matches(msg, k.PageUp):
		m.scroll = max(m.scroll-m.bodyRows(), 0)
	case key.Matches(msg, k.StageCycle):
		return m.setStage(a, m.stagesOf(&a)[m.stageCursor].Next())
	case key.Matches(msg, k.StageFwd):
		return m.setStage(a, min(m.stagesOf(&a)[m.stageCursor]+1, model.Done))
	case key.Matches(msg, k.StageBack):
		return m.setStage(a, max(m.stagesOf(&a)[m.stageCursor]-1, model.NotStarted))
	case key.Matches(msg, k.StageProposed):
		return m.followProposal(a)
	case key.Matches(msg, k.Edit):
		return m.openForm(a, false)
	case key.Matches(msg, k.Plan):
		return m.openPlan(a.ID)
	case key.Matches(msg, k.Archive):
		return m.askArchive(a)
	}
	return nil
}

// setStage sets the stage under the cursor by hand: it then reads as set,
// whatever kam proposes.
func (m *Model) setStage(a model.Account, s model.StageStatus) tea.Cmd {
	i := m.stageCursor
	if m.stagesOf(&a)[i] == s && a.StagesByHand[i] {
		return nil
	}
	a.Stages[i], a.StagesByHand[i] = s, true
	// The strip changes when the save lands, so it never shows a stage
	// the file does not hold.
	note := fmt.Sprintf(m.Ctx.T("status.stage"), m.stageCursor+1,
		model.Stages[m.stageCursor].In(m.Ctx.Lang), model.NameOf(model.StageStatuses, s, m.Ctx.Lang))
	return data.Save(m.Ctx.Data, note, a)
}

// followProposal gives the stage under the cursor back to kam: it reads
// as the work recorded says.
func (m *Model) followProposal(a model.Account) tea.Cmd {
	i := m.stageCursor
	p := m.stageProposals(a.ID)[i]
	if !p.Proposed {
		return common.Status(m.Ctx.T("status.stage_no_proposal"), false)
	}
	if !a.StageByHand(i) {
		return common.Status(m.Ctx.T("status.stage_follows"), false)
	}
	a.Stages[i], a.StagesByHand[i] = model.NotStarted, false
	note := fmt.Sprintf(m.Ctx.T("status.stage_proposed"), i+1,
		model.Stages[i].In(m.Ctx.Lang), model.NameOf(model.StageStatuses, p.State, m.Ctx.Lang))
	return data.Save(m.Ctx.Data, note, a)
}

// scrollToStage keeps the stage under the cursor in view, with the lines
// under the stages that say why kam reads it so; where they do not all fit,
// the stage itself.
func (m *Model) scrollToStage() {
	line := m.stagesStart() + m.stageCursor
	end := line
	if a, ok := m.Ctx.Data.Account(m.detailID); ok {
		end = m.stagesStart() + model.StageCount + len(m.whyLines(a)) - 1
	}
	if end >= m.scroll+m.bodyRows() {
		m.scroll = end - m.bodyRows() + 1
	}
	if line < m.scroll || line >= m.scroll+m.bodyRows() {
		m.scroll = line
	}
	m.scroll = max(m.scroll, 0)
}

// wideValueRoom is the room a figure of the profile's right column needs.
const wideValueRoom = 9

// wide is true when the detail has room for two columns: the figures'
// labels and their values fit in the right half.
func (m *Model) wide() bool {
	labelW := 0
	for _, k := range []string{"field.category_sales", "field.our_sales", "field.share", "field.target", "field.growth"} {
		labelW = max(labelW, lipgloss.Width(m.Ctx.T(k)))
	}
	return m.Width >= 70 && labelW+2+wideValueRoom <= m.Width-m.Width/2
}

// detailHeadRows is the detail's fixed head: the name line and a rule.
const detailHeadRows = 2

// bodyRows is how many lines of the detail's body are in view under the head.
func (m *Model) bodyRows() int { return max(m.Height-detailHeadRows, 1) }

// stagesStart is the line of the first stage row in detailBody: the
// profile (5 rows side by side, 10 stacked), a gap, the quadrant and the
// buyer knowledge, a gap, the heading.
func (m *Model) stagesStart() int {
	if m.wide() {
		return 5 + 5
	}
	return 10 + 5
}

// knowledgeLine says how well the buyer is known.
func (m *Model) knowledgeLine(a model.Account) string {
	st := m.Ctx.Styles
	now := m.Ctx.Now()
	stale := 0
	answers := m.Ctx.Data.Answers(a.ID)
	for _, it := range m.Ctx.Data.Checklist {
		if answers[it.ID].Stale(now) {
			stale++
		}
	}
	return st.Label.Render(m.Ctx.T("field.known")) + "  " + st.Title.Render(model.FormatPercent(m.Ctx.Data.KnowledgeScore(a.ID, now))) +
		st.Muted.Render(fmt.Sprintf(" · "+m.Ctx.T("detail.known"), stale))
}

// quadrantLine says where the newest evaluation places the account.
func (m *Model) quadrantLine(a model.Account) string {
	st := m.Ctx.Styles
	e, ok := m.Ctx.Data.Latest(a.ID)
	if !ok {
		return st.Label.Render(m.Ctx.T("field.quadrant")) + "  " + st.Muted.Render(m.Ctx.T("detail.not_evaluated"))
	}
	at, sg := e.Position(m.Ctx.Data.Matrix)
	q := model.Quadrants[model.Place(at, sg, m.Ctx.Data.Matrix)]
	return st.Label.Render(m.Ctx.T("field.quadrant")) + "  " + st.Title.Render(q.Name.In(m.Ctx.Lang)) + st.Muted.Render(
		fmt.Sprintf(" — %s · "+m.Ctx.T("detail.evaluated"), q.Strategy.In(m.Ctx.Lang), e.Date.Format(model.DateLayout), at, sg))
}

func (m *Model) detailView() string {
	a, ok := m.Ctx.Data.Account(m.detailID)
	if !ok {
		return m.Ctx.Styles.Muted.Render(m.Ctx.T("detail.gone"))
	}
	st := m.Ctx.Styles
	head := common.SpreadLine(st.Title.Render(a.Name), m.headRight(a), m.Width)
	body := m.detailBody(a)
	top := min(m.scroll, max(len(body)-m.bodyRows(), 0))
	body = body[top:min(top+m.bodyRows(), len(body))]
	return strings.Join(append([]string{head, st.Rule.Render(strings.Repeat("─", m.Width))}, body...), "\n")
}

func (m *Model) headRight(a model.Account) string {
	st := m.Ctx.Styles
	right := st.Muted.Render(fmt.Sprintf("%s %s · %s", m.Ctx.T("col.tier"), a.Tier, model.NameOf(model.Channels, a.Channel, m.Ctx.Lang)))
	if a.Archived {
		right = st.Warn.Render(m.Ctx.T("detail.archived")) + "  " + right
	}
	return right
}

// detailBody renders the whole detail under its head; the view shows the
// part in view.
func (m *Model) detailBody(a model.Account) []string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	l := m.Ctx.Lang
	w := m.Width
	var out []string
	add := func(s ...string) { out = append(out, s...) }

	share := "-"
	if s, ok := a.Share(); ok {
		share = model.FormatPercent(s)
	}
	profile := [][2]string{
		{t("field.channel"), model.NameOf(model.Channels, a.Channel, l)},
		{t("field.format"), a.Format},
		{t("field.region"), a.Region},
		{t("field.outlets"), countOrDash(a.Outlets)},
		{t("field.tier"), string(a.Tier)},
	}
	numbers := [][2]string{
		{t("field.category_sales"), m.moneyOrDash(a.CategorySales, a.CategorySales > 0)},
		{t("field.our_sales"), m.moneyOrDash(a.OurSales, true)},
		{t("field.share"), share},
		{t("field.target"), m.moneyOrDash(a.Target, a.Target > 0)},
		{t("field.growth"), growthOrDash(a.Growth)},
	}
	if m.wide() {
		left := m.pairs(profile, w/2-2, false)
		right := m.pairs(numbers, w-w/2, true)
		for i := range max(len(left), len(right)) {
			add(common.PadRight(at(left, i), w/2) + at(right, i))
		}
	} else {
		add(m.pairs(profile, w, false)...)
		add(m.pairs(numbers, w, true)...)
	}

	add("", m.quadrantLine(a), m.knowledgeLine(a))
	add("")
	stages := m.stagesOf(&a)
	proposed := m.stageProposals(a.ID)
	add(st.Title.Render(t("detail.stages")) + "  " + StageStrip(stages) + "  " +
		st.Muted.Render(fmt.Sprintf(t("detail.reached"), model.StageReachedIn(stages))))
	statusW := 0
	for _, c := range model.StageStatuses {
		statusW = max(statusW, lipgloss.Width(c.Name.In(l)))
	}
	for i, name := range model.Stages {
		status := common.PadRight(model.NameOf(model.StageStatuses, stages[i], l), statusW)
		label := common.PadRight(fmt.Sprintf("%d %s", i+1, name.In(l)), 28)
		source := m.stageSource(a, i, proposed[i])
		line := "  " + label + "  " + stageStyle(st, stages[i]).Render(status) + "  " + st.Muted.Render(source)
		if i == m.stageCursor {
			line = st.Selected.Render(common.PadRight("> "+label+"  "+status, min(w, 30+statusW+2))) + "  " + st.Muted.Render(source)
		}
		add(line)
	}
	for _, line := range m.whyLines(a) {
		add("  " + st.Faint.Render(line))
	}

	add("", st.Title.Render(fmt.Sprintf(t("detail.traits"), len(a.Traits), len(model.Traits))))
	var traits []string
	for _, tr := range model.Traits {
		box := "[ ] "
		if a.HasTrait(tr.Key) {
			box = "[x] "
		}
		traits = append(traits, box+tr.Name.In(l))
	}
	if m.wide() {
		half := (len(traits) + 1) / 2
		for i := range half {
			add("  " + common.PadRight(traits[i], w/2-2) + at(traits[half:], i))
		}
	} else {
		for _, s := range traits {
			add("  " + s)
		}
	}

	for _, sec := range []struct{ title, text string }{
		{t("field.objectives"), a.Objectives},
		{t("field.notes"), a.Notes},
	} {
		add("", st.Title.Render(sec.title))
		if strings.TrimSpace(sec.text) == "" {
			add("  " + st.Faint.Render(t("detail.none")))
			continue
		}
		for _, line := range common.Wrap(sec.text, w-2) {
			add("  " + line)
		}
	}
	add("", st.Faint.Render(fmt.Sprintf(t("detail.times"),
		a.Created.In(m.Ctx.Now().Location()).Format("2006-01-02"),
		a.Updated.In(m.Ctx.Now().Location()).Format("2006-01-02 15:04"))))
	for i := range out {
		out[i] = common.Truncate(out[i], w)
	}
	return out
}

// whyLines are the lines under the stages that explain the one under the
// cursor.
func (m *Model) whyLines(a model.Account) []string {
	return common.Wrap(m.stageWhy(a, m.stageCursor, m.stageProposals(a.ID)[m.stageCursor]), m.Width-2)
}

// stageSource says where a stage's state comes from: the rep's hand, or
// kam's reading of the work recorded.
func (m *Model) stageSource(a model.Account, i int, p model.StageProposal) string {
	switch {
	case a.StageByHand(i) && p.Proposed && p.State != a.Stages[i]:
		return fmt.Sprintf(m.Ctx.T("stage.by_hand_differs"), model.NameOf(model.StageStatuses, p.State, m.Ctx.Lang))
	case a.StageByHand(i):
		return m.Ctx.T("stage.by_hand")
	case !p.Proposed: // nobody set it, and kam has nothing to read it from
		return m.Ctx.T("stage.no_record")
	}
	return m.Ctx.T("stage.by_kam")
}

// stageWhy explains the stage under the cursor: what kam reads from the
// work recorded, and what the keys do with it.
func (m *Model) stageWhy(a model.Account, i int, p model.StageProposal) string {
	if !m.Ctx.Data.Complete() {
		return m.Ctx.T("stage.loading")
	}
	if !p.Proposed {
		return p.Why.In(m.Ctx.Lang) + m.Ctx.T("stage.end")
	}
	why := fmt.Sprintf(m.Ctx.T("stage.why"), p.Why.In(m.Ctx.Lang))
	sep := " "
	if m.Ctx.Lang == model.Chinese { // Chinese runs its sentences on without a space
		sep = ""
	}
	if a.StageByHand(i) {
		return why + sep + m.Ctx.T("stage.hint_follow")
	}
	return why + sep + m.Ctx.T("stage.hint_set")
}

// pairs lays out label/value rows; numbers align right in their column.
func (m *Model) pairs(rows [][2]string, w int, right bool) []string {
	labelW := 0
	for _, r := range rows {
		labelW = max(labelW, lipgloss.Width(r[0]))
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		label := m.Ctx.Styles.Label.Render(common.PadRight(r[0], labelW))
		valueW := max(w-labelW-3, 1)
		if right {
			valueW = min(valueW, 18)
			out[i] = label + "  " + common.PadLeft(r[1], valueW)
		} else {
			out[i] = label + "  " + common.Truncate(r[1], valueW)
		}
	}
	return out
}

// moneyOrDash writes an amount as the list does (model.FormatCompact), in
// the workspace currency.
func (m *Model) moneyOrDash(v model.Money, known bool) string {
	if !known {
		return "-"
	}
	s := m.Ctx.Data.Settings
	return model.CurrencySymbol(s.Currency, cmp.Or(s.Lang, m.Ctx.Lang)) + model.FormatCompact(v, m.Ctx.Lang)
}

// countOrDash writes a count kept only when given: a chain of no outlets is
// not an account, so 0 is a count never entered.
func countOrDash(n int) string {
	if n <= 0 {
		return "-"
	}
	return fmt.Sprintf("%d", n)
}

// growthOrDash writes the account's growth. The record cannot tell a
// growth left empty from one of exactly 0%, and a form leaves it empty far
// more often than an account grows by exactly nothing: 0 reads as not
// known, never as a figure no one gave.
func growthOrDash(g float64) string {
	if g == 0 {
		return "-"
	}
	return model.FormatSignedPercent(g)
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

func stageStyle(st common.Styles, s model.StageStatus) lipgloss.Style {
	switch s {
	case model.Done:
		return st.OK
	case model.InProgress:
		return st.Warn
	}
	return st.Faint
}
