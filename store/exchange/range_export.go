package exchange

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// rangeIndex files the range's records by account, once, for the
// workbook's sheets and the CSV tables.
type rangeIndex struct {
	products   []model.Product // every product, archived too, by code
	product    map[string]model.Product
	clusters   map[string][]model.Cluster // by account: A first, then by name; archived too
	cluster    map[string]model.Cluster
	listings   map[string][]model.Listing
	mutations  map[string][]model.Mutation // by account, by their day
	operations map[string]model.Operations
}

func newRangeIndex(ws model.Workspace) *rangeIndex {
	x := &rangeIndex{product: map[string]model.Product{}, clusters: map[string][]model.Cluster{}, cluster: map[string]model.Cluster{},
		listings: map[string][]model.Listing{}, mutations: map[string][]model.Mutation{}, operations: map[string]model.Operations{}}
	x.products = slices.Clone(ws.Products)
	slices.SortStableFunc(x.products, func(a, b model.Product) int {
		return cmp.Or(strings.Compare(model.CodeKey(a.Code), model.CodeKey(b.Code)), strings.Compare(a.ID, b.ID))
	})
	for _, p := range ws.Products {
		x.product[p.ID] = p
	}
	for _, c := range ws.Clusters {
		x.clusters[c.AccountID] = append(x.clusters[c.AccountID], c)
		x.cluster[c.ID] = c
	}
	for _, list := range x.clusters {
		slices.SortStableFunc(list, func(a, b model.Cluster) int {
			return cmp.Or(gradeOrder(a.Grade)-gradeOrder(b.Grade), strings.Compare(model.NameKey(a.Name), model.NameKey(b.Name)), strings.Compare(a.ID, b.ID))
		})
	}
	for _, l := range ws.Listings {
		x.listings[l.AccountID] = append(x.listings[l.AccountID], l)
	}
	for _, m := range ws.Mutations {
		x.mutations[m.AccountID] = append(x.mutations[m.AccountID], m)
	}
	for _, list := range x.mutations {
		slices.SortStableFunc(list, model.CompareMutations)
	}
	for _, o := range ws.Operations {
		x.operations[o.AccountID] = o
	}
	return x
}

// gradeOrder puts A before B before C, and clusters without a grade last,
// as the range grid lists them.
func gradeOrder(g model.Grade) int {
	if i := slices.IndexFunc(model.Grades, func(c model.Choice[model.Grade]) bool { return c.Key == g }); i >= 0 {
		return i
	}
	return len(model.Grades)
}

// assortment is an account's range on a day, as the Range tab shows it.
func (x *rangeIndex) assortment(accountID string, day time.Time) *model.Assortment {
	return model.BuildAssortment(x.products, x.clusters[accountID], x.listings[accountID], x.mutations[accountID], day, false)
}

// rangeCell is one product in one cluster of an account's range.
type rangeCell struct {
	product model.Product
	cluster model.Cluster
	cell    model.Cell
}

// recorded are the cells of an account's range on a day that the rep
// recorded or a change touches, product by product, cluster by cluster:
// the rows of the Assortment sheet and of the listings table.
func (x *rangeIndex) recorded(accountID string, day time.Time) []rangeCell {
	a := x.assortment(accountID, day)
	touched := map[string]bool{}
	for _, l := range x.listings[accountID] {
		touched[model.ListingKey(accountID, l.ProductID, l.ClusterID)] = true
	}
	for _, m := range x.mutations[accountID] {
		for _, c := range m.Clusters {
			for _, p := range []string{m.ProductID, m.Replaces} {
				if p != "" {
					touched[model.ListingKey(accountID, p, c)] = true
				}
			}
		}
	}
	var out []rangeCell
	for p, pr := range a.Products {
		for c, cl := range a.Clusters {
			if touched[model.ListingKey(accountID, pr.ID, cl.ID)] {
				out = append(out, rangeCell{pr, cl, a.Cell(p, c)})
			}
		}
	}
	return out
}

// rangeSheets are the workbook's sheets of the range: our products, each
// account's clusters with their stores, its range on the day of the
// export, its assortment changes and its operations profile.
func rangeSheets(ws model.Workspace, accounts []model.Account, l model.Lang, now time.Time) []xlsxSheet {
	x := newRangeIndex(ws)
	word := func(en, zh string) string { return model.T(en, zh).In(l) }
	yes := func(b bool) string {
		if b {
			return word("yes", "是")
		}
		return ""
	}
	day := func(t time.Time) any {
		if t.IsZero() {
			return nil
		}
		return t
	}
	money := func(m model.Money) any {
		if m == 0 {
			return nil
		}
		return m
	}

	products := xlsxSheet{name: productsSpec.Name, cols: []xlsxColumn{
		xlCol(xlText, "Code", "产品编码"), xlCol(xlText, "Name (English)", "英文名称"), xlCol(xlText, "Name (Chinese)", "中文名称"),
		xlCol(xlText, "Brand", "品牌"), xlCol(xlText, "Category", "品类"), xlCol(xlText, "Pack size", "规格"),
		xlCol(xlMoney, "List price", "目录价"), xlCol(xlMoney, "Cost price", "成本价"), xlCol(xlPercent, "Margin", "毛利率"),
		xlCol(xlDate, "Launch", "上市日期"), xlCol(xlText, "Status", "状态"), xlCol(xlText, "Archived", "已归档"),
	}}
	for _, p := range x.products {
		var margin any
		if m, ok := p.Margin(); ok {
			margin = m
		}
		products.rows = append(products.rows, []any{p.Code, p.Name.EN, p.Name.ZH, p.Brand, p.Category, p.PackSize,
			money(p.ListPrice), money(p.CostPrice), margin, day(p.Launch), model.NameOf(model.ProductStatuses, p.Status, l), yes(p.Archived)})
	}

	clusters := xlsxSheet{name: model.T("Clusters", "门店群"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlText, "Cluster", "门店群"), xlCol(xlText, "Format", "业态"),
		xlCol(xlCount, "Stores", "门店数"), xlCol(xlText, "Region", "区域"), xlCol(xlText, "Grade", "等级"),
		xlCol(xlPercent, "Share of sales", "销售占比"), xlCol(xlText, "Outlets", "门店"), xlCol(xlText, "Archived", "已归档"),
	}}
	assortment := xlsxSheet{name: model.T("Assortment", "品项"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlText, "Product code", "产品编码"), xlCol(xlText, "Product name", "产品名称"),
		xlCol(xlText, "Cluster", "门店群"), xlCol(xlText, "State", "状态"), xlCol(xlMoney, "Shelf price", "货架价"),
		xlCol(xlNumber, "Rate of sale", "单店周销量"),
	}}
	mutations := xlsxSheet{name: model.T("Assortment changes", "品项变动"), cols: []xlsxColumn{
		xlCol(xlText, "Account", "客户"), xlCol(xlDate, "Date", "日期"), xlCol(xlText, "Kind", "类型"),
		xlCol(xlText, "Product code", "产品编码"), xlCol(xlText, "Replaces", "替换产品编码"), xlCol(xlText, "Clusters", "门店群"),
		xlCol(xlText, "Reason", "原因"), xlCol(xlMoney, "Listing fee", "进场费"), xlCol(xlMoney, "Shelf price", "货架价"),
		xlCol(xlText, "Approved by", "批准人"), xlCol(xlText, "Status", "状态"),
	}}
	operations := xlsxSheet{name: model.T("Operations", "操作概况"), cols: []xlsxColumn{xlCol(xlText, "Account", "客户")}}
	for _, f := range model.OpsFields {
		operations.cols = append(operations.cols, xlsxColumn{f.Label, xlText})
	}
	operations.cols = append(operations.cols, xlCol(xlDate, "Next range review", "下次品项评审"),
		xlCol(xlDate, "Submit new items by", "新品提交截止"), xlCol(xlCount, "Promotion lead time (weeks)", "促销提前期（周）"))

	for _, a := range accounts {
		for _, c := range x.clusters[a.ID] {
			var share any
			if c.Share != 0 {
				share = c.Share
			}
			var stores any
			if c.Stores != 0 {
				stores = c.Stores
			}
			clusters.rows = append(clusters.rows, []any{a.Name, c.Name, c.Format, stores, c.Region,
				model.NameOf(model.Grades, c.Grade, l), share, strings.Join(c.Outlets, "\n"), yes(c.Archived)})
		}
		for _, rc := range x.recorded(a.ID, now) {
			assortment.rows = append(assortment.rows, []any{a.Name, rc.product.Code, rc.product.Name.In(l), rc.cluster.Name,
				cellState(rc.cell, l), money(rc.cell.Price), rc.cell.Rate})
		}
		for _, m := range x.mutations[a.ID] {
			var names []string
			for _, id := range m.Clusters {
				names = append(names, x.cluster[id].Name)
			}
			mutations.rows = append(mutations.rows, []any{a.Name, day(m.Date), model.NameOf(model.MutationKinds, m.Kind, l),
				x.product[m.ProductID].Code, x.product[m.Replaces].Code, strings.Join(names, listSep(l)), m.Reason,
				money(m.ListingFee), money(m.Price), m.ApprovedBy, model.NameOf(model.MutationStatuses, m.Status, l)})
		}
		if o, ok := x.operations[a.ID]; ok {
			row := []any{a.Name}
			for _, f := range model.OpsFields {
				row = append(row, o.Answers[f.ID])
			}
			var lead any
			if o.PromoLeadWeeks != 0 {
				lead = o.PromoLeadWeeks
			}
			operations.rows = append(operations.rows, append(row, day(o.NextRangeReview), day(o.SubmitBy), lead))
		}
	}
	return []xlsxSheet{products, clusters, assortment, mutations, operations}
}

// rangeTable is the products or the listings as rows of cells, without
// the header, in the columns import reads; listings as the range stands
// on the day.
func rangeTable(ws model.Workspace, k Kind, l model.Lang, now time.Time) [][]string {
	x := newRangeIndex(ws)
	var out [][]string
	switch k {
	case Products:
		for _, p := range x.products {
			out = append(out, []string{p.Code, p.Name.EN, p.Name.ZH, p.Brand, p.Category, p.PackSize,
				model.MoneyInput(p.ListPrice), model.MoneyInput(p.CostPrice), formatDate(p.Launch),
				model.NameOf(model.ProductStatuses, p.Status, l), formatBool(p.Archived, l)})
		}
	case Listings:
		accounts := slices.Clone(ws.Accounts)
		slices.SortStableFunc(accounts, func(a, b model.Account) int {
			return cmp.Or(strings.Compare(model.NameKey(a.Name), model.NameKey(b.Name)), strings.Compare(a.ID, b.ID))
		})
		for _, a := range accounts {
			for _, rc := range x.recorded(a.ID, now) {
				out = append(out, []string{a.Name, rc.product.Code, rc.product.Name.In(l), rc.cluster.Name,
					cellState(rc.cell, l), model.MoneyInput(rc.cell.Price), formatRate(rc.cell.Rate)})
			}
		}
	}
	return out
}
