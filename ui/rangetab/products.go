package rangetab

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

func (m *Model) productsRows() int { return max(m.Height-1-2, 1) }

func (m *Model) productsKey(msg tea.KeyMsg) tea.Cmd {
	list := m.Ctx.Data.Products()
	tb := &m.products
	tb.SetLen(len(list))
	tb.SetHeight(m.productsRows())
	k := m.keys
	switch {
	case key.Matches(msg, k.New):
		return m.productForm(model.Product{Status: model.ProductNew}, true)
	case key.Matches(msg, k.Edit) && len(list) > 0:
		return m.productForm(list[tb.Cursor], false)
	case key.Matches(msg, k.Archive) && len(list) > 0:
		p := list[tb.Cursor]
		m.Confirm(fmt.Sprintf(m.Ctx.T("range.ask_archive_product"), p.Code+" "+p.Name.In(m.Ctx.Lang)), func() tea.Cmd {
			p.Archived = true
			m.lastArchived = p
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("range.archived"), p.Code), p)
		})
	case key.Matches(msg, k.Unarchive):
		if p, ok := m.lastArchived.(model.Product); ok {
			p.Archived, m.lastArchived = false, nil
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("range.unarchived"), p.Code), p)
		}
	default:
		k.MoveCursor(msg, &tb.Cursor, len(list), tb.Height)
		tb.SetLen(len(list))
	}
	return nil
}

func (m *Model) productsView(h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	list := m.Ctx.Data.Products()
	tb := &m.products
	tb.SetHeight(max(h-2, 1))
	tb.SetLen(len(list))
	var b strings.Builder
	b.WriteString(common.Truncate(fmt.Sprintf(t("range.products_count"), len(list))+m.Ctx.AmountsIn(), m.Width))
	if len(list) == 0 {
		b.WriteString("\n\n  " + st.Muted.Render(t("range.no_products")))
		return b.String()
	}
	cols := common.FitColumns([]common.Column{
		{ID: "code", Title: t("range.col_code"), Width: 8, Keep: 9},
		{ID: "name", Title: t("range.col_product"), Width: 16, Flex: true, Grow: 3},
		{ID: "brand", Title: t("range.col_brand"), Width: 10, Grow: 1, Keep: 5},
		{ID: "category", Title: t("range.col_category"), Width: 10, Grow: 1, Keep: 3},
		{ID: "pack", Title: t("range.col_pack"), Width: 8, Keep: 4},
		{ID: "list", Title: t("range.col_list_price"), Width: 8, Right: true, Keep: 7},
		{ID: "cost", Title: t("range.col_cost"), Width: 8, Right: true, Keep: 2},
		{ID: "margin", Title: t("range.col_margin"), Width: 6, Right: true, Keep: 6},
		{ID: "launch", Title: t("range.col_launch"), Width: 10, Keep: 1},
		{ID: "status", Title: t("range.col_status"), Width: 11, Keep: 8},
	}, m.Width)
	b.WriteString("\n" + tb.View(cols, m.Width, st, func(r int, col string) string {
		p := list[r]
		switch col {
		case "code":
			return p.Code
		case "name":
			return p.Name.In(m.Ctx.Lang)
		case "brand":
			return p.Brand
		case "category":
			return p.Category
		case "pack":
			return p.PackSize
		case "list":
			return moneyOrDash(p.ListPrice)
		case "cost":
			return moneyOrDash(p.CostPrice)
		case "margin":
			if pct, ok := p.Margin(); ok {
				return model.FormatPercent(roundTo(pct, 1))
			}
			return "-"
		case "launch":
			return common.DateText(p.Launch)
		case "status":
			return model.NameOf(model.ProductStatuses, p.Status, m.Ctx.Lang)
		}
		return ""
	}))
	return b.String()
}

// moneyOrDash writes a price with its cents, so a column of prices
// aligns on the point; "-" when there is none.
func moneyOrDash(v model.Money) string {
	if v == 0 {
		return "-"
	}
	if s := model.FormatMoney(v); strings.Contains(s, ".") {
		return s
	} else {
		return s + ".00"
	}
}

// productFields are a product's form values as typed.
type productFields struct {
	p                  model.Product
	list, cost, launch string
}

func (m *Model) productForm(p model.Product, adding bool) tea.Cmd {
	f := &productFields{p: p, launch: common.DateText(p.Launch)}
	if p.ListPrice > 0 {
		f.list = model.MoneyInput(p.ListPrice)
	}
	if p.CostPrice > 0 {
		f.cost = model.MoneyInput(p.CostPrice)
	}
	orig := *f
	t := m.Ctx.T
	title := fmt.Sprintf(t("range.edit_product"), p.Code)
	if adding {
		title = t("range.new_product")
	}
	short := func(s string) error { return m.Ctx.Loc(model.CheckShort(s)) }
	return m.OpenForm(&common.EditForm{
		Title: title,
		Build: func() []*huh.Group {
			return []*huh.Group{
				huh.NewGroup(
					huh.NewInput().Title(t("range.col_code")).Value(&f.p.Code).Validate(func(s string) error {
						if strings.TrimSpace(s) == "" {
							return fmt.Errorf("%s", model.Localize(model.CheckProduct(model.Product{}), m.Ctx.Lang))
						}
						if m.codeTaken(s, f.p.ID) {
							return fmt.Errorf(t("range.code_taken"), strings.TrimSpace(s))
						}
						return short(s)
					}),
					huh.NewInput().Title(t("range.name_en")).Value(&f.p.Name.EN).Validate(short),
					huh.NewInput().Title(t("range.name_zh")).Value(&f.p.Name.ZH).Validate(func(s string) error {
						if strings.TrimSpace(s) == "" && strings.TrimSpace(f.p.Name.EN) == "" {
							return fmt.Errorf("%s", model.Localize(model.CheckProduct(model.Product{Code: "-"}), m.Ctx.Lang))
						}
						return short(s)
					}),
					huh.NewInput().Title(t("range.col_brand")).Value(&f.p.Brand).Validate(short),
					huh.NewInput().Title(t("range.col_category")).Value(&f.p.Category).Validate(short),
					huh.NewInput().Title(t("range.col_pack")).Placeholder("500 ml").Value(&f.p.PackSize).Validate(short),
				).Title(t("range.group_product")),
				huh.NewGroup(
					huh.NewInput().Title(fmt.Sprintf(t("range.list_price"), m.Ctx.Currency())).Value(&f.list).Validate(moneyField(m.Ctx)),
					huh.NewInput().Title(fmt.Sprintf(t("range.cost_price"), m.Ctx.Currency())).Description(t("range.cost_hint")).Value(&f.cost).Validate(moneyField(m.Ctx)),
					huh.NewInput().Title(t("range.col_launch")).Placeholder("YYYY-MM-DD").Value(&f.launch).Validate(m.Ctx.AnyDateField(true)),
					huh.NewSelect[model.ProductStatus]().Title(t("range.col_status")).Options(common.Options(m.Ctx, model.ProductStatuses)...).Value(&f.p.Status).Inline(true),
				).Title(t("range.group_prices")),
			}
		},
		Save: func() (tea.Cmd, error) {
			rec := f.p
			rec.Code, rec.Brand, rec.Category, rec.PackSize = strings.TrimSpace(rec.Code), strings.TrimSpace(rec.Brand), strings.TrimSpace(rec.Category), strings.TrimSpace(rec.PackSize)
			rec.Name.EN, rec.Name.ZH = strings.TrimSpace(rec.Name.EN), strings.TrimSpace(rec.Name.ZH)
			rec.Launch = m.Ctx.ParseDate(f.launch)
			var err error
			if rec.ListPrice, err = model.ParseMoney(f.list); err != nil {
				return nil, err
			}
			if rec.CostPrice, err = model.ParseMoney(f.cost); err != nil {
				return nil, err
			}
			if err := model.CheckProduct(rec); err != nil {
				return nil, err
			}
			if m.codeTaken(rec.Code, rec.ID) {
				return nil, fmt.Errorf(t("range.code_taken"), rec.Code)
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("status.saved"), rec.Code+" "+rec.Name.In(m.Ctx.Lang)), rec), nil
		},
		Dirty: func() bool {
			return f.p != orig.p || f.list != orig.list || f.cost != orig.cost || f.launch != orig.launch
		},
	})
}

// codeTaken says whether another product, archived or not, has the code.
func (m *Model) codeTaken(code, exceptID string) bool {
	return slices.ContainsFunc(m.Ctx.Data.Workspace.Products, func(p model.Product) bool {
		return p.ID != exceptID && model.CodeKey(p.Code) == model.CodeKey(code)
	})
}
