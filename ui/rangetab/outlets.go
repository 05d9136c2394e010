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

func (m *Model) outletsRows() int { return max(m.Height-1-5, 1) }

func (m *Model) outletsKey(msg tea.KeyMsg, acc model.Account) tea.Cmd {
	list := m.clusters(acc.ID)
	tb := &m.outlets
	tb.SetLen(len(list))
	tb.SetHeight(m.outletsRows())
	k := m.keys
	switch {
	case key.Matches(msg, k.New):
		return m.clusterForm(model.Cluster{AccountID: acc.ID}, true)
	case key.Matches(msg, k.Edit) && len(list) > 0:
		return m.clusterForm(list[tb.Cursor], false)
	case key.Matches(msg, k.Archive) && len(list) > 0:
		c := list[tb.Cursor]
		m.Confirm(fmt.Sprintf(m.Ctx.T("range.ask_archive_cluster"), c.Name), func() tea.Cmd {
			c.Archived = true
			m.lastArchived = c
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("range.archived"), c.Name), c)
		})
	case key.Matches(msg, k.Unarchive):
		if c, ok := m.lastArchived.(model.Cluster); ok {
			c.Archived, m.lastArchived = false, nil
			return data.Save(m.Ctx.Data, fmt.Sprintf(m.Ctx.T("range.unarchived"), c.Name), c)
		}
	default:
		k.MoveCursor(msg, &tb.Cursor, len(list), tb.Height)
		tb.SetLen(len(list))
	}
	return nil
}

func (m *Model) outletsView(acc model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	a := m.current(acc.ID)
	list := a.Clusters
	tb := &m.outlets
	tb.SetHeight(max(h-5, 1))
	tb.SetLen(len(list))
	var b strings.Builder
	share := 0.0
	for _, c := range list {
		share += c.Share
	}
	b.WriteString(common.Truncate(fmt.Sprintf(t("range.outlets_of"), acc.Name, len(list), a.Stores(), model.FormatPercent(roundTo(share, 1))), m.Width))
	if acc.Outlets > 0 && acc.Outlets != a.Stores() && len(list) > 0 {
		b.WriteString("  " + st.Warn.Render(fmt.Sprintf(t("range.outlets_differ"), acc.Outlets)))
	}
	if len(list) == 0 {
		b.WriteString("\n\n  " + st.Muted.Render(t("range.no_clusters")))
		return b.String()
	}
	cols := common.FitColumns([]common.Column{
		{ID: "name", Title: t("range.col_cluster"), Width: 14, Flex: true, Grow: 2},
		{ID: "format", Title: t("range.col_format"), Width: 12, Grow: 1, Keep: 5},
		{ID: "stores", Title: t("range.col_stores"), Width: 6, Right: true, Keep: 9},
		{ID: "region", Title: t("range.col_region"), Width: 10, Grow: 1, Keep: 4},
		{ID: "grade", Title: t("range.col_grade"), Width: 5, Keep: 8},
		{ID: "share", Title: t("range.col_share"), Width: 6, Right: true, Keep: 7},
		{ID: "carried", Title: t("range.col_carried"), Width: 8, Right: true, Keep: 6},
		{ID: "listed", Title: t("range.col_listed_stores"), Width: 7, Right: true, Keep: 3},
	}, m.Width)
	b.WriteString("\n" + tb.View(cols, m.Width, st, func(r int, col string) string {
		c := list[r]
		switch col {
		case "name":
			return c.Name
		case "format":
			return c.Format
		case "stores":
			return fmt.Sprint(c.Stores)
		case "region":
			return c.Region
		case "grade":
			return string(c.Grade)
		case "share":
			if c.Share == 0 {
				return "-"
			}
			return model.FormatPercent(c.Share)
		case "carried":
			return fmt.Sprintf("%d/%d", a.CarriedIn(r), len(a.Products))
		case "listed":
			return fmt.Sprint(len(c.Outlets))
		}
		return ""
	}))
	for r := len(list) - tb.Offset; r < tb.Height; r++ {
		b.WriteString("\n")
	}
	c := list[min(tb.Cursor, len(list)-1)]
	b.WriteString("\n")
	outlets := t("range.no_outlets")
	if len(c.Outlets) > 0 {
		outlets = strings.Join(c.Outlets, " · ")
	}
	b.WriteString("\n" + common.Truncate(st.Label.Render(fmt.Sprintf(t("range.outlets_listed"), c.Name))+" "+outlets, m.Width))
	return b.String()
}

// clusterFields are a cluster's form values as typed.
type clusterFields struct {
	c                      model.Cluster
	stores, share, outlets string
}

func (m *Model) clusterForm(c model.Cluster, adding bool) tea.Cmd {
	f := &clusterFields{c: c, stores: fmt.Sprint(c.Stores), outlets: strings.Join(c.Outlets, "\n")}
	if c.Share > 0 {
		f.share = model.PercentInput(c.Share)
	}
	orig := *f
	t := m.Ctx.T
	title := fmt.Sprintf(t("range.edit_cluster"), c.Name)
	if adding {
		title = t("range.new_cluster")
	}
	short := func(s string) error { return m.Ctx.Loc(model.CheckShort(s)) }
	return m.OpenForm(&common.EditForm{
		Title: title,
		Build: func() []*huh.Group {
			return []*huh.Group{huh.NewGroup(
				huh.NewInput().Title(t("range.col_cluster")).Value(&f.c.Name).Validate(func(s string) error {
					if strings.TrimSpace(s) == "" {
						return fmt.Errorf("%s", model.Localize(model.CheckCluster(model.Cluster{AccountID: "-"}), m.Ctx.Lang))
					}
					return short(s)
				}),
				huh.NewInput().Title(t("range.col_format")).Value(&f.c.Format).Validate(short),
				huh.NewInput().Title(t("range.col_stores")).Value(&f.stores).Validate(func(s string) error { _, err := model.ParseCount(s); return m.Ctx.Loc(err) }),
				huh.NewInput().Title(t("range.col_region")).Value(&f.c.Region).Validate(short),
				huh.NewSelect[model.Grade]().Title(t("range.col_grade")).Options(common.Options(m.Ctx, model.Grades)...).Value(&f.c.Grade).Inline(true),
				huh.NewInput().Title(t("range.share_field")).Value(&f.share).Validate(func(s string) error { _, err := model.ParsePercent(s, 0, 100); return m.Ctx.Loc(err) }),
				common.NewText().Title(t("range.outlets_field")).Description(t("range.outlets_hint")).Value(&f.outlets).Lines(4).CharLimit(model.MaxTextRunes),
			)}
		},
		Save: func() (tea.Cmd, error) {
			rec := f.c
			rec.Name, rec.Format, rec.Region = strings.TrimSpace(rec.Name), strings.TrimSpace(rec.Format), strings.TrimSpace(rec.Region)
			var err error
			if rec.Stores, err = model.ParseCount(f.stores); err != nil {
				return nil, err
			}
			if rec.Share, err = model.ParsePercent(f.share, 0, 100); err != nil {
				return nil, err
			}
			rec.Outlets = nil
			for _, line := range strings.Split(f.outlets, "\n") {
				if line = strings.TrimSpace(line); line != "" {
					rec.Outlets = append(rec.Outlets, line)
				}
			}
			if err := model.CheckCluster(rec); err != nil {
				return nil, err
			}
			siblings := slices.DeleteFunc(m.Ctx.Data.ClustersOf(rec.AccountID), func(x model.Cluster) bool { return x.ID == rec.ID })
			if err := model.CheckShares(append(siblings, rec)); err != nil {
				return nil, err
			}
			return data.Save(m.Ctx.Data, fmt.Sprintf(t("status.saved"), rec.Name), rec), nil
		},
		Dirty: func() bool {
			return f.c.Name != orig.c.Name || f.c.Format != orig.c.Format || f.c.Region != orig.c.Region || f.c.Grade != orig.c.Grade ||
				f.stores != orig.stores || f.share != orig.share || f.outlets != orig.outlets
		},
	})
}
