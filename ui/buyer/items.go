package buyer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// The workspace's checklist items are edited in place: each change is
// saved at once, for every account.
func (m *Model) itemsKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	items := m.Ctx.Data.Checklist
	switch {
	case key.Matches(msg, k.Back):
		m.screen = screenView
	case m.moved(msg, &m.itemsCursor, len(items)):
	case key.Matches(msg, k.New):
		return m.openItemForm(-1)
	case len(items) == 0:
	case key.Matches(msg, k.Edit):
		return m.openItemForm(m.itemsCursor)
	case key.Matches(msg, k.Remove):
		if len(items) == 1 {
			return common.Status(m.Ctx.T("buyer.last_item"), true)
		}
		it := items[m.itemsCursor]
		m.Ask = &common.Question{Text: fmt.Sprintf(m.Ctx.T("ask.remove_item"), it.Name.In(m.Ctx.Lang)), Yes: func() tea.Cmd {
			rest := slices.Delete(slices.Clone(items), m.itemsCursor, m.itemsCursor+1)
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.item_removed"), it.Name.In(m.Ctx.Lang)), rest)
		}}
	}
	return nil
}

func (m *Model) itemsView() string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	items := m.Ctx.Data.Checklist
	lines := []string{st.Title.Render(t("buyer.items_title")) + st.Muted.Render("  "+t("buyer.items_hint")), ""}
	cols := common.FitColumns([]common.Column{
		{ID: "en", Title: "English", Width: 24, Flex: true},
		{ID: "zh", Title: "中文", Width: 24, Keep: 1},
	}, m.Width)
	tbl := common.Table{Len: len(items), Cursor: m.itemsCursor}
	tbl.SetHeight(m.Height - 3)
	lines = append(lines, tbl.View(cols, m.Width, st, func(row int, col string) string {
		if col == "zh" {
			return items[row].Name.ZH
		}
		return items[row].Name.EN
	}))
	return strings.Join(lines, "\n")
}

// openItemForm names an item in both languages: at index i, or a new one
// after the cursor when i < 0.
func (m *Model) openItemForm(i int) tea.Cmd {
	var name model.Text
	if i >= 0 {
		name = m.Ctx.Data.Checklist[i].Name
	}
	orig := name
	title := m.Ctx.T("buyer.new_item")
	if i >= 0 {
		title = fmt.Sprintf(m.Ctx.T("form.edit_title"), name.In(m.Ctx.Lang))
	}
	return m.OpenForm(&common.EditForm{
		Title: title,
		Build: func() []*huh.Group {
			line := func(s string) error { return m.Ctx.Loc(model.CheckShort(s)) }
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(m.Ctx.T("matrix.name_en")).Value(&name.EN).Validate(line),
				huh.NewInput().Title(m.Ctx.T("matrix.name_zh")).Value(&name.ZH).Validate(line),
			)}
		},
		Save: func() (tea.Cmd, error) {
			items := slices.Clone(m.Ctx.Data.Checklist)
			it := model.ChecklistItem{Name: model.T(strings.TrimSpace(name.EN), strings.TrimSpace(name.ZH))}
			if i >= 0 {
				it.ID = items[i].ID
				items[i] = it
			} else {
				it.ID = fmt.Sprintf("k-%d", m.Ctx.Now().UnixNano())
				items = slices.Insert(items, min(m.itemsCursor+1, len(items)), it)
			}
			if err := model.CheckChecklist(items); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("status.saved"), it.Name.In(m.Ctx.Lang)), items), nil
		},
		Dirty: func() bool { return name != orig },
	})
}
