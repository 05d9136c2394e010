package exchange

import (
	"fmt"
	"strings"

	"github.com/kam-workbench/kam/model"
)

// productStatusWords are words for a product's status besides its names.
var productStatusWords = map[string]model.ProductStatus{
	"on sale": model.ProductActive, "selling": model.ProductActive, "current": model.ProductActive, "正常": model.ProductActive,
	"new product": model.ProductNew, "launch": model.ProductNew, "新上市": model.ProductNew, "新产品": model.ProductNew,
	"phase out": model.ProductPhasingOut, "phasing-out": model.ProductPhasingOut, "discontinued": model.ProductPhasingOut,
	"end of life": model.ProductPhasingOut, "停产": model.ProductPhasingOut, "淘汰": model.ProductPhasingOut, "待淘汰": model.ProductPhasingOut,
}

// exportOnlySheets are the workbook's sheets of the range kam writes and
// does not read back: clusters, assortment changes and operations
// profiles are kept in the Range tab. Their headers name an account, a
// format, stores …, which must not pass for a sheet of accounts.
var exportOnlySheets = []struct{ sheet, records model.Text }{
	{model.T("Clusters", "门店群"), model.T("clusters", "门店群")},
	{model.T("Assortment changes", "品项变动"), model.T("assortment changes", "品项变动")},
	{model.T("Operations", "操作概况"), model.T("operations profiles", "操作概况")},
}

// exportOnlySheet says why a workbook's sheet named as one of
// exportOnlySheets is not imported.
func exportOnlySheet(name string) (error, bool) {
	f := fold(name)
	for _, s := range exportOnlySheets {
		if f == fold(s.sheet.EN) || f == fold(s.sheet.ZH) {
			return say(fmt.Sprintf("%s are kept in the Range tab, not imported", s.records.EN),
				fmt.Sprintf("%s在品项页中维护，不导入", s.records.ZH)), true
		}
	}
	return nil, false
}

// rangePlan is what an import knows of the range: the products by code
// (the workspace's and those the file adds), each account's clusters,
// listings and changes, and the range each account shows on the import
// day.
type rangePlan struct {
	byCode    map[string]*model.Product
	clusters  map[string][]model.Cluster // by account ID
	listings  map[string]model.Listing   // by key
	byAccount map[string][]model.Listing
	mutations map[string][]model.Mutation // by account ID
	grids     map[string]*rangeGrid       // by account ID, built when first asked
}

// rangeGrid is an account's range on the import day, with where each
// product and cluster stands in it.
type rangeGrid struct {
	a        *model.Assortment
	row, col map[string]int
}

// ranges files the workspace's range the first time a sheet asks for it.
func (p *planner) ranges() *rangePlan {
	if p.rng != nil {
		return p.rng
	}
	x := &rangePlan{byCode: map[string]*model.Product{}, clusters: map[string][]model.Cluster{}, listings: map[string]model.Listing{},
		byAccount: map[string][]model.Listing{}, mutations: map[string][]model.Mutation{}, grids: map[string]*rangeGrid{}}
	for _, pr := range p.ws.Products {
		x.byCode[model.CodeKey(pr.Code)] = &pr
	}
	for _, c := range p.ws.Clusters {
		x.clusters[c.AccountID] = append(x.clusters[c.AccountID], c)
	}
	for _, l := range p.ws.Listings {
		x.listings[l.Key()] = l
		x.byAccount[l.AccountID] = append(x.byAccount[l.AccountID], l)
	}
	for _, m := range p.ws.Mutations {
		x.mutations[m.AccountID] = append(x.mutations[m.AccountID], m)
	}
	p.rng = x
	return x
}

// cell is a product in a cluster of an account as the range shows it on
// the import day: what a row leaves blank keeps. A product the workspace
// does not have yet is not carried.
func (p *planner) cell(accountID, productID, clusterID string) model.Cell {
	x := p.ranges()
	g := x.grids[accountID]
	if g == nil {
		a := model.BuildAssortment(p.ws.Products, x.clusters[accountID], x.byAccount[accountID], x.mutations[accountID], p.now, false)
		g = &rangeGrid{a: a, row: map[string]int{}, col: map[string]int{}}
		for i, pr := range a.Products {
			g.row[pr.ID] = i
		}
		for i, c := range a.Clusters {
			g.col[c.ID] = i
		}
		x.grids[accountID] = g
	}
	r, okR := g.row[productID]
	c, okC := g.col[clusterID]
	if !okR || !okC {
		return model.Cell{}
	}
	return g.a.Cell(r, c)
}

// productRows applies a sheet of products: a row whose code is a
// product's (any case) updates it, any other adds one, active unless the
// row says otherwise.
func (p *planner) productRows() {
	x := p.ranges()
	s := p.sheet
	for _, r := range s.Rows {
		code := s.cell(r, colCode)
		if code == "" {
			p.reject(r, colCode, problem("say the product's code", "请填写产品编码"))
			continue
		}
		if err := model.CheckShort(code); err != nil {
			p.reject(r, colCode, err)
			continue
		}
		key := model.CodeKey(code)
		if !p.once(r, colCode, "product/"+key, model.T(code, code)) {
			continue
		}
		pr := model.Product{ID: p.newID(), Code: code, Status: model.ProductActive}
		var was any
		old, exists := x.byCode[key]
		if exists {
			pr, was = *old, *old
			pr.Code = code // the sheet's spelling
		}
		ok := true
		for _, col := range []struct {
			key string
			dst *string
		}{{colNameEN, &pr.Name.EN}, {colNameZH, &pr.Name.ZH}, {"brand", &pr.Brand}, {"category", &pr.Category}, {"pack_size", &pr.PackSize}} {
			ok = p.text(r, col.key, col.dst, model.CheckShort) && ok
		}
		ok = p.number(r, "list_price", func(v string) (err error) { pr.ListPrice, err = model.ParseMoney(v); return }) && ok
		ok = p.number(r, "cost_price", func(v string) (err error) { pr.CostPrice, err = model.ParseMoney(v); return }) && ok
		ok = p.date(r, "launch", &pr.Launch) && ok
		ok = choice(p, r, "status", model.ProductStatuses, productStatusWords, &pr.Status) && ok
		ok = p.boolean(r, colArchived, &pr.Archived) && ok
		if !ok {
			continue
		}
		if err := model.CheckProduct(pr); err != nil {
			p.reject(r, p.productColumn(pr), err)
			continue
		}
		ptr := &pr
		if exists { // the copy other rows find by its code
			ptr = old
			*ptr = pr
		}
		x.byCode[key] = ptr
		p.touchRecord(Products, pr.ID, was, ptr, r, productLabel(pr))
	}
}

// productColumn is the column a product's problem is shown at: its name
// when it has none, its prices when one is out of bounds.
func (p *planner) productColumn(pr model.Product) string {
	switch {
	case strings.TrimSpace(pr.Name.EN) == "" && strings.TrimSpace(pr.Name.ZH) == "":
		for _, c := range []string{colNameEN, colNameZH} {
			if p.sheet.has(c) {
				return c
			}
		}
	case pr.ListPrice >= model.MaxMoney:
		return "list_price"
	case pr.CostPrice >= model.MaxMoney:
		return "cost_price"
	}
	return ""
}

// listingRows applies a sheet of listings: each row says what a cluster
// of an account carries, at which shelf price, selling how fast. A row
// that says what the range already shows changes nothing; any other
// records the cell as known on the import day, added or replacing what
// was recorded.
func (p *planner) listingRows() {
	x := p.ranges()
	s := p.sheet
	for _, r := range s.Rows {
		a := p.account(r)
		pr := p.productOf(r)
		var cl *model.Cluster
		if a != nil {
			cl = p.clusterOf(r, a)
		}
		var (
			listed, listedKnown bool
			price               model.Money
			rate                *float64
			ok                  = true
		)
		if s.has(colListed) {
			var err error
			if listed, listedKnown, err = parseListed(s.cell(r, colListed)); err != nil {
				p.reject(r, colListed, err)
				ok = false
			}
		}
		ok = p.number(r, colPrice, func(v string) (err error) { price, err = model.ParseMoney(v); return }) && ok
		ok = p.number(r, colRate, func(v string) (err error) { rate, err = parseRate(v); return }) && ok
		if a == nil || pr == nil || cl == nil || !ok {
			continue
		}
		key := model.ListingKey(a.ID, pr.ID, cl.ID)
		label := listingLabel(a.Name, pr.Code, cl.Name)
		if !p.once(r, colProduct, "listing/"+key, label) {
			continue
		}
		base := p.cell(a.ID, pr.ID, cl.ID)
		if !listedKnown {
			listed = base.State.OnShelf()
		}
		if !s.has(colPrice) {
			price = base.Price
		}
		if !s.has(colRate) || sameRate(rate, base.Rate) {
			rate = base.Rate
		}
		if listed == base.State.OnShelf() && price == base.Price && sameRate(rate, base.Rate) {
			p.out.Unchanged++
			continue
		}
		l := model.Listing{AccountID: a.ID, ProductID: pr.ID, ClusterID: cl.ID, Listed: listed, Since: importDay(p.now), Price: price, RateOfSale: rate}
		var was any
		if old, exists := x.listings[key]; exists {
			l.Created, was = old.Created, old
		}
		if err := model.CheckListing(l); err != nil {
			p.reject(r, "", err)
			continue
		}
		p.touchRecord(Listings, key, was, &l, r, label)
	}
}

// productOf finds the product a row names: by its code, or by its name in
// either language when no code matches or the code cell is blank.
func (p *planner) productOf(r Row) *model.Product {
	x := p.ranges()
	s := p.sheet
	code, name := s.cell(r, colProduct), s.cell(r, colProductName)
	col, what := colProduct, code
	var pr *model.Product
	switch {
	case code == "" && name == "":
		p.reject(r, colProduct, problem("say which product: its code", "请填写产品编码"))
		return nil
	case code != "":
		pr = x.byCode[model.CodeKey(code)]
	default:
		col, what = colProductName, name
	}
	if pr == nil {
		var found []*model.Product
		for _, c := range x.byCode {
			if model.NameKey(c.Name.EN) == model.NameKey(what) || model.NameKey(c.Name.ZH) == model.NameKey(what) {
				found = append(found, c)
			}
		}
		switch len(found) {
		case 0:
			p.reject(r, col, problem("there is no product with the code or name %q, in the workspace or in this file",
				"工作区和本文件中都没有编码或名称为 %q 的产品", what))
			return nil
		case 1:
			pr = found[0]
		default:
			p.reject(r, col, problem("%d products are called %q: give the product's code", "有 %d 个产品名为 %q：请填写产品编码", len(found), what))
			return nil
		}
	}
	if pr.Archived {
		p.reject(r, col, problem("product %s is archived: restore it before recording where it is carried",
			"产品 %s 已归档：请先恢复，再记录其铺货", pr.Code))
		return nil
	}
	return pr
}

// clusterOf finds the cluster of the account a row names, by its name,
// ignoring case.
func (p *planner) clusterOf(r Row, a *model.Account) *model.Cluster {
	x := p.ranges()
	name := p.sheet.cell(r, colCluster)
	if name == "" {
		p.reject(r, colCluster, problem("say which cluster of stores", "请填写门店群"))
		return nil
	}
	var found []model.Cluster
	archived := false
	var names []string
	for _, c := range x.clusters[a.ID] {
		switch {
		case model.NameKey(c.Name) != model.NameKey(name):
			if !c.Archived {
				names = append(names, c.Name)
			}
		case c.Archived:
			archived = true
		default:
			found = append(found, c)
		}
	}
	switch {
	case len(found) == 1:
		return &found[0]
	case len(found) > 1:
		p.reject(r, colCluster, problem("%s has %d clusters called %q: rename one in the Range tab", "%s 有 %d 个名为 %q 的门店群：请在品项页中重命名其一", a.Name, len(found), name))
	case archived:
		p.reject(r, colCluster, problem("cluster %q of %s is archived", "%[2]s 的门店群 %[1]q 已归档", name, a.Name))
	case len(names) == 0:
		p.reject(r, colCluster, problem("%s has no clusters yet: add them in the Range tab first", "%s 还没有门店群：请先在品项页中添加", a.Name))
	default:
		p.reject(r, colCluster, say(fmt.Sprintf("%s has no cluster called %q (its clusters: %s)", a.Name, name, strings.Join(names, ", ")),
			fmt.Sprintf("%s 没有名为 %q 的门店群（现有门店群：%s）", a.Name, name, strings.Join(names, "、"))))
	}
	return nil
}
