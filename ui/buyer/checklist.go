package buyer

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// visibleItems are the checklist items shown: all, or only the gaps
// (unknown or stale) when the filter is on.
func (m *Model) visibleItems(a model.Account) []model.ChecklistItem {
	items := m.Ctx.Data.Checklist
	if !m.onlyGaps {
		return items
	}
	answers := m.Ctx.Data.Answers(a.ID)
	var out []model.ChecklistItem
	for _, it := range items {
		k := answers[it.ID]
		if k.Status == model.Unknown || k.Stale(m.Ctx.Now()) {
			out = append(out, it)
		}
	}
	return out
}

// answer is what is known of an item at an account, blank when nothing is.
func (m *Model) answer(a model.Account, item model.ChecklistItem) model.Knowledge {
	k, ok := m.Ctx.Data.Answers(a.ID)[item.ID]
	if !ok {
		k = model.Knowledge{AccountID: a.ID, ItemID: item.ID}
	}
	return k
}

func (m *Model) checklistKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	k := m.keys
	items := m.visibleItems(a)
	switch {
	case m.moved(msg, &m.itemCursor, len(items)):
		return nil
	case key.Matches(msg, k.Gaps):
		m.onlyGaps = !m.onlyGaps
		m.itemCursor = 0
		return nil
	case key.Matches(msg, k.Items):
		m.screen, m.itemsCursor = screenItems, 0
		return nil
	}
	if len(items) == 0 {
		return nil
	}
	item := items[min(m.itemCursor, len(items)-1)]
	ans := m.answer(a, item)
	name := item.Name.In(m.Ctx.Lang)
	switch {
	case key.Matches(msg, k.Cycle):
		ans.Status = ans.Status.Next()
		if ans.Status != model.Unknown { // saying how well it is known is checking it
			ans.Verified = model.Day(m.Ctx.Now())
		}
		return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.knowledge"), name, model.NameOf(model.KnowledgeStatuses, ans.Status, m.Ctx.Lang)), ans)
	case key.Matches(msg, k.Verified):
		ans.Verified = model.Day(m.Ctx.Now())
		return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.verified"), name), ans)
	case key.Matches(msg, k.EditAnswer):
		return m.openAnswerForm(ans, name)
	case key.Matches(msg, k.RangeProfile) && item.ID == rangeItem:
		return common.GoTo(common.TabRange, a.ID, "profile")
	}
	return nil
}

// rangeItem is the checklist's item whose answer hangs on the range
// review's dates, which the Range tab's operations profile keeps.
const rangeItem = "k-assortment"

// onRangeItem says whether the checklist's cursor is on rangeItem.
func (m *Model) onRangeItem() bool {
	a, ok := m.Ctx.Data.Current()
	if !ok {
		return false
	}
	items := m.visibleItems(a)
	return len(items) > 0 && items[min(m.itemCursor, len(items)-1)].ID == rangeItem
}

// rangeReviewLine says when the account's next range review is and until
// when new items are taken for it, as the Range tab's profile has them,
// and the key that goes there.
func (m *Model) rangeReviewLine(a model.Account) string {
	t := m.Ctx.T
	now := m.Ctx.Now()
	keyName := m.keys.RangeProfile.Help().Key
	ops, _ := m.Ctx.Data.OperationsOf(a.ID)
	next, ok := ops.NextReview(now)
	switch {
	case ok && ops.SubmitBy.IsZero():
		return fmt.Sprintf(t("buyer.range_review_no_submit"), common.DateText(next), keyName)
	case ok && model.Day(ops.SubmitBy).Before(model.Day(now)):
		return fmt.Sprintf(t("buyer.range_review_closed"), common.DateText(next), common.DateText(ops.SubmitBy), keyName)
	case ok:
		return fmt.Sprintf(t("buyer.range_review"), common.DateText(next), common.DateText(ops.SubmitBy), keyName)
	case !ops.NextRangeReview.IsZero():
		return fmt.Sprintf(t("buyer.range_review_past"), common.DateText(ops.NextRangeReview), keyName)
	}
	return fmt.Sprintf(t("buyer.range_review_none"), keyName)
}

// openAnswerForm edits one item's status, answer and source; saving it
// counts as verifying it today.
func (m *Model) openAnswerForm(ans model.Knowledge, name string) tea.Cmd {
	v := ans
	orig := ans
	return m.OpenForm(&common.EditForm{
		Title: name,
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewSelect[model.KnowledgeStatus]().Title(m.Ctx.T("buyer.status")).
					Options(common.Options(m.Ctx, model.KnowledgeStatuses)...).Value(&v.Status).Inline(true),
				common.NewText().Title(m.Ctx.T("buyer.answer")).Value(&v.Answer).Lines(5).CharLimit(model.MaxTextRunes),
				huh.NewInput().Title(m.Ctx.T("buyer.source")).Placeholder(m.Ctx.T("buyer.source_hint")).Value(&v.Source).
					Validate(func(s string) error { return m.Ctx.Loc(model.CheckShort(s)) }),
			)}
		},
		Save: func() (tea.Cmd, error) {
			k := v
			k.Answer, k.Source = strings.TrimSpace(k.Answer), strings.TrimSpace(k.Source)
			if k.Status == model.Unknown && k.Answer != "" {
				k.Status = model.PartlyKnown // an answer written down is at least partly known
			}
			k.Verified = model.Day(m.Ctx.Now())
			if err := model.CheckKnowledge(k, m.Ctx.Now()); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.saved"), name), k), nil
		},
		Dirty: func() bool { return v.Status != orig.Status || v.Answer != orig.Answer || v.Source != orig.Source },
	})
}

func (m *Model) checklistView(a model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	l := m.Ctx.Lang
	now := m.Ctx.Now()
	answers := m.Ctx.Data.Answers(a.ID)
	stale := 0
	for _, it := range m.Ctx.Data.Checklist {
		if answers[it.ID].Stale(now) {
			stale++
		}
	}
	right := st.Muted.Render(fmt.Sprintf(t("buyer.known_score"), model.FormatPercent(m.Ctx.Data.KnowledgeScore(a.ID, now)), stale))
	if m.onlyGaps {
		right += st.Warn.Render("  " + t("buyer.only_gaps"))
	}
	lines := []string{m.title(a, right)}
	items := m.visibleItems(a)
	if len(items) == 0 {
		return strings.Join(append(lines, "", "  "+st.OK.Render(t("buyer.no_gaps"))), "\n")
	}

	statusW := 0
	for _, c := range model.KnowledgeStatuses {
		statusW = max(statusW, lipgloss.Width(c.Name.In(l)))
	}
	// The item and the source share the width left over, each up to its
	// widest, so that neither is cut while the line has room.
	cols := common.FitColumns([]common.Column{
		{ID: "item", Title: t("buyer.item"), Width: 24, Flex: true,
			Max: common.Widest(t("buyer.item"), len(items), func(i int) string { return items[i].Name.In(l) })},
		{ID: "status", Title: t("buyer.status"), Width: statusW, Keep: 9},
		{ID: "verified", Title: t("buyer.verified"), Width: 10 + 1 + lipgloss.Width(t("buyer.stale")), Keep: 8},
		{ID: "source", Title: t("buyer.source"), Width: 16, Keep: 3, Grow: 1,
			Max: common.Widest(t("buyer.source"), len(items), func(i int) string { return answers[items[i].ID].Source })},
	}, m.Width)

	// The answer of the item under the cursor goes under the table.
	cur := items[min(m.itemCursor, len(items)-1)]
	ans := answers[cur.ID]
	detail := []string{"", st.Title.Render(common.Truncate(cur.Name.In(l), m.Width))}
	if cur.ID == rangeItem { // the dates the answer hangs on, from the Range tab
		for _, line := range common.Wrap(m.rangeReviewLine(a), m.Width-2) {
			detail = append(detail, "  "+st.Label.Render(line))
		}
	}
	if strings.TrimSpace(ans.Answer) == "" {
		detail = append(detail, "  "+st.Faint.Render(t("buyer.no_answer")))
	} else {
		for _, line := range common.Wrap(ans.Answer, m.Width-2) {
			detail = append(detail, "  "+line)
		}
	}
	rows := max(h-1-1-min(len(detail), h/3), 3)
	if len(detail) > h/3 {
		detail = detail[:max(h/3, 0)]
	}
	tbl := common.Table{Len: len(items), Cursor: min(m.itemCursor, len(items)-1)}
	tbl.SetHeight(rows)
	lines = append(lines, tbl.View(cols, m.Width, st, func(row int, col string) string {
		it := items[row]
		k := answers[it.ID]
		switch col {
		case "item":
			return it.Name.In(l)
		case "status":
			return model.NameOf(model.KnowledgeStatuses, k.Status, l)
		case "verified":
			s := common.DateText(k.Verified)
			if k.Stale(now) {
				s += " " + t("buyer.stale")
			}
			return s
		case "source":
			return k.Source
		}
		return ""
	}))
	return common.Foot(strings.Join(lines, "\n"), detail, h)
}
