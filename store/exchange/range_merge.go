package exchange

import (
	"slices"

	"github.com/kam-workbench/kam/model"
)

// ranges brings in their range: products matched to ours by ID or, failing
// that, by code; clusters by ID or by name within the account; then their
// operations profiles, listings and assortment changes, moved onto our
// accounts, products and clusters. The records come in the order the
// store takes them: products and clusters before what names them.
func (m *merger) ranges() []any {
	var products, clusters, rest []any
	productID := map[string]string{} // their product ID → ours
	for _, p := range m.theirs.Products {
		i := slices.IndexFunc(m.ours.Products, func(o model.Product) bool { return o.ID == p.ID })
		if i < 0 {
			i = slices.IndexFunc(m.ours.Products, func(o model.Product) bool { return model.CodeKey(o.Code) == model.CodeKey(p.Code) })
		}
		if i < 0 {
			productID[p.ID] = p.ID
			products = append(products, p)
			m.out.Added++
			continue
		}
		o := m.ours.Products[i]
		productID[p.ID], p.ID = o.ID, o.ID
		m.settle("", model.T("product "+o.Code, "产品 "+o.Code), o, p, &products)
	}
	product := func(id string) string {
		if o, ok := productID[id]; ok {
			return o
		}
		return id
	}
	account := func(id string) string {
		if o, ok := m.accountID[id]; ok {
			return o
		}
		return id
	}

	clusterID := map[string]string{} // their cluster ID → ours
	for _, c := range m.theirs.Clusters {
		c.AccountID = account(c.AccountID)
		c.Outlets = slices.Clone(c.Outlets)
		i := slices.IndexFunc(m.ours.Clusters, func(o model.Cluster) bool { return o.ID == c.ID && o.AccountID == c.AccountID })
		if i < 0 {
			i = slices.IndexFunc(m.ours.Clusters, func(o model.Cluster) bool {
				return o.AccountID == c.AccountID && model.NameKey(o.Name) == model.NameKey(c.Name)
			})
		}
		if i < 0 {
			clusterID[c.ID] = c.ID
			clusters = append(clusters, c)
			m.out.Added++
			continue
		}
		o := m.ours.Clusters[i]
		clusterID[c.ID], c.ID = o.ID, o.ID
		m.settle(m.names[o.AccountID], model.T("cluster "+o.Name, "门店群 "+o.Name), o, c, &clusters)
	}
	cluster := func(id string) string {
		if o, ok := clusterID[id]; ok {
			return o
		}
		return id
	}

	moveAll(m, m.theirs.Operations, m.ours.Operations, func(o *model.Operations) { o.AccountID = account(o.AccountID) },
		func(model.Operations) model.Text { return model.T("operations profile", "操作概况") }, &rest)
	moveAll(m, m.theirs.Listings, m.ours.Listings, func(l *model.Listing) {
		l.AccountID, l.ProductID, l.ClusterID = account(l.AccountID), product(l.ProductID), cluster(l.ClusterID)
	}, func(l model.Listing) model.Text {
		code, name := l.ProductID, l.ClusterID
		if i := slices.IndexFunc(m.theirs.Products, func(p model.Product) bool { return product(p.ID) == l.ProductID }); i >= 0 {
			code = m.theirs.Products[i].Code
		}
		if i := slices.IndexFunc(m.theirs.Clusters, func(c model.Cluster) bool { return cluster(c.ID) == l.ClusterID }); i >= 0 {
			name = m.theirs.Clusters[i].Name
		}
		return model.T("listing of "+code+" in "+name, code+" 在 "+name+" 的铺货记录")
	}, &rest)
	moveAll(m, m.theirs.Mutations, m.ours.Mutations, func(x *model.Mutation) {
		x.AccountID, x.ProductID = account(x.AccountID), product(x.ProductID)
		if x.Replaces != "" {
			x.Replaces = product(x.Replaces)
		}
		list := make([]string, len(x.Clusters))
		for i, c := range x.Clusters {
			list[i] = cluster(c)
		}
		x.Clusters = list
	}, func(x model.Mutation) model.Text {
		return model.T("assortment change of "+formatDate(x.Date), formatDate(x.Date)+" 的品项变动")
	}, &rest)
	m.productID, m.clusterID = productID, clusterID
	return slices.Concat(products, clusters, rest)
}
