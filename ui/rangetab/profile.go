package rangetab

import (
	"fmt"
	"maps"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// typedRow is a profile question kept as a typed field, not an answer.
type typedRow int

const (
	answerRow typedRow = iota
	nextReviewRow
	submitByRow
	promoLeadRow
)

// profileRow is one question of the operations profile.
type profileRow struct {
	section model.Text
	field   model.OpsField // for an answer
	typed   typedRow
}

// profileRows are the profile's questions in the sheet's order: the range
// review's dates after when reviews happen, the promotion lead time after
// how promotions are booked.
var profileRows = func() []profileRow {
	var rows []profileRow
	for _, f := range model.OpsFields {
		rows = append(rows, profileRow{section: f.Section, field: f})
		switch f.ID {
		case "range_when":
			rows = append(rows, profileRow{section: f.Section, typed: nextReviewRow}, profileRow{section: f.Section, typed: submitByRow})
		case "promo_booking":
			rows = append(rows, profileRow{section: f.Section, typed: promoLeadRow})
		}
	}
	return rows
}()

var typedLabels = map[typedRow]string{nextReviewRow: "range.next_review", submitByRow: "range.submit_by", promoLeadRow: "range.promo_lead"}
var typedHints = map[typedRow]string{nextReviewRow: "range.next_review_hint", submitByRow: "range.submit_by_hint", promoLeadRow: "range.promo_lead_hint"}

// label and hint are a row's question and what a good answer looks like.
func (m *Model) label(r profileRow) string {
	if r.typed != answerRow {
		return m.Ctx.T(typedLabels[r.typed])
	}
	return r.field.Label.In(m.Ctx.Lang)
}

func (m *Model) hint(r profileRow) string {
	if r.typed != answerRow {
		return m.Ctx.T(typedHints[r.typed])
	}
	return r.field.Hint.In(m.Ctx.Lang)
}

// answer is what the profile says to a row, "" when it is not known.
func (m *Model) answer(o model.Operations, r profileRow) string {
	switch r.typed {
	case nextReviewRow:
		return common.DateText(o.NextRangeReview)
	case submitByRow:
		return common.DateText(o.SubmitBy)
	case promoLeadRow:
		if o.PromoLeadWeeks > 0 {
			return fmt.Sprintf(m.Ctx.TN("range.weeks", o.PromoLeadWeeks), o.PromoLeadWeeks)
		}
		return ""
	}
	return strings.TrimSpace(o.Answers[r.field.ID])
}

func (m *Model) operations(acc model.Account) model.Operations {
	if o, ok := m.Ctx.Data.OperationsOf(acc.ID); ok {
		return o
	}
	return model.Operations{AccountID: acc.ID}
}

func (m *Model) profileKey(msg tea.KeyMsg, acc model.Account) tea.Cmd {
	if key.Matches(msg, m.keys.Edit) {
		return m.profileForm(acc, profileRows[m.profile])
	}
	if m.keys.MoveCursor(msg, &m.profile, len(profileRows), max(m.Height-4, 1)/2) {
		m.past = 0
	}
	return nil
}

// profileView draws the profile as a sheet: each section's questions with
// their answers, and for what is not known yet, what a good answer is.
func (m *Model) profileView(acc model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	o := m.operations(acc)
	labelW := 0
	for _, r := range profileRows {
		labelW = max(labelW, lipgloss.Width(m.label(r)))
	}
	labelW = min(labelW, max(m.Width/3, 12))
	answerW := max(m.Width-labelW-5, 10)
	var lines []string
	cursorLine := 0
	var section model.Text
	for i, r := range profileRows {
		if r.section != section {
			section = r.section
			lines = append(lines, st.Title.Render(section.In(m.Ctx.Lang)))
		}
		marker := "  "
		if i == m.profile {
			marker, cursorLine = "> ", len(lines)
		}
		label := common.PadRight(common.Truncate(m.label(r), labelW), labelW)
		ans := m.answer(o, r)
		var body []string
		if ans == "" {
			unknown := t("range.unknown")
			body = common.Wrap(unknown+" · "+m.hint(r), answerW)
			for j := range body {
				body[j] = st.Faint.Render(body[j])
			}
			body[0] = st.Warn.Render(unknown) + st.Faint.Render(strings.TrimPrefix(common.Wrap(unknown+" · "+m.hint(r), answerW)[0], unknown))
		} else {
			body = common.Wrap(strings.ReplaceAll(ans, "\n", " / "), answerW)
		}
		first := marker + st.Label.Render(label) + " " + body[0]
		if i == m.profile {
			first = st.Selected.Render(common.PadRight(marker+label+" ", labelW+3)) + body[0]
		}
		lines = append(lines, first)
		for _, more := range body[1:] {
			lines = append(lines, strings.Repeat(" ", labelW+3)+more)
		}
	}
	head := fmt.Sprintf(t("range.profile_of"), acc.Name, o.Unknown(), model.OpsQuestions())
	if d, ok := o.NextReview(m.Ctx.Now()); ok {
		head += "  " + st.Muted.Render(fmt.Sprintf(t("range.next_review_head"), common.DateText(d)))
	}
	window := common.Window(lines, cursorLine, max(h-1, 1))
	return common.Truncate(head, m.Width) + "\n" + strings.Join(window, "\n")
}

// profileForm edits one question of the profile.
func (m *Model) profileForm(acc model.Account, r profileRow) tea.Cmd {
	o := m.operations(acc)
	value := m.answer(o, r)
	if r.typed == promoLeadRow && o.PromoLeadWeeks > 0 {
		value = fmt.Sprint(o.PromoLeadWeeks)
	}
	orig := value
	t := m.Ctx.T
	return m.OpenForm(&common.EditForm{
		Title: fmt.Sprintf(t("range.profile_title"), acc.Name),
		Build: func() []*huh.Group {
			var field huh.Field
			switch r.typed {
			case nextReviewRow, submitByRow:
				field = huh.NewInput().Title(m.label(r)).Description(m.hint(r)).Placeholder("YYYY-MM-DD").Value(&value).Validate(m.Ctx.AnyDateField(true))
			case promoLeadRow:
				field = huh.NewInput().Title(m.label(r)).Description(m.hint(r)).Value(&value).Validate(func(s string) error {
					_, err := parseWeeks(s)
					return m.Ctx.Loc(err)
				})
			default:
				field = common.NewText().Title(m.label(r)).Description(m.hint(r)).Value(&value).Lines(4).CharLimit(model.MaxTextRunes)
			}
			return []*huh.Group{huh.NewGroup(field)}
		},
		Save: func() (tea.Cmd, error) {
			rec := m.operations(acc) // as it is now: another edit may have landed
			rec.Answers = maps.Clone(rec.Answers)
			switch r.typed {
			case nextReviewRow:
				rec.NextRangeReview = m.Ctx.ParseDate(value)
			case submitByRow:
				rec.SubmitBy = m.Ctx.ParseDate(value)
			case promoLeadRow:
				weeks, err := parseWeeks(value)
				if err != nil {
					return nil, err
				}
				rec.PromoLeadWeeks = weeks
			default:
				if rec.Answers == nil {
					rec.Answers = map[string]string{}
				}
				if v := strings.TrimSpace(value); v != "" {
					rec.Answers[r.field.ID] = v
				} else {
					delete(rec.Answers, r.field.ID)
				}
			}
			if err := model.CheckOperations(rec); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("status.saved"), m.label(r)), rec), nil
		},
		Dirty: func() bool { return value != orig },
	})
}

// parseWeeks reads a promotion lead time in weeks.
func parseWeeks(s string) (int, error) {
	n, err := model.ParseCount(s)
	if err != nil {
		return 0, err
	}
	if n > model.MaxPromoLeadWeeks {
		return 0, model.CheckOperations(model.Operations{AccountID: "-", PromoLeadWeeks: n})
	}
	return n, nil
}
