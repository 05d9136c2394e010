package data

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// Products returns our products not archived, by code, as the range's
// rows run.
func (d *Data) Products() []model.Product {
	if d == nil {
		return nil
	}
	var out []model.Product
	for _, p := range d.Workspace.Products {
		if !p.Archived {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b model.Product) int {
		return cmp.Or(strings.Compare(model.CodeKey(a.Code), model.CodeKey(b.Code)), strings.Compare(a.ID, b.ID))
	})
	return out
}

// Product finds a product by ID, archived or not.
func (d *Data) Product(id string) (model.Product, bool) { return get[model.Product](d, id) }

// ClustersOf returns an account's clusters not archived, as every screen
// lists them (model.CompareClusters).
func (d *Data) ClustersOf(accountID string) []model.Cluster {
	out := slices.DeleteFunc(of[model.Cluster](d, accountID), func(c model.Cluster) bool { return c.Archived })
	slices.SortFunc(out, model.CompareClusters)
	return out
}

// Cluster finds a cluster by ID, archived or not.
func (d *Data) Cluster(id string) (model.Cluster, bool) { return get[model.Cluster](d, id) }

// ListingsOf returns what the rep recorded of each product in each of an
// account's clusters, in the order they were added.
func (d *Data) ListingsOf(accountID string) []model.Listing { return of[model.Listing](d, accountID) }

// MutationsOf returns an account's assortment changes by their day, then
// as they were made.
func (d *Data) MutationsOf(accountID string) []model.Mutation {
	out := of[model.Mutation](d, accountID)
	slices.SortFunc(out, model.CompareMutations)
	return out
}

// Mutation finds an assortment change by ID.
func (d *Data) Mutation(id string) (model.Mutation, bool) { return get[model.Mutation](d, id) }

// OperationsOf finds an account's operations profile.
func (d *Data) OperationsOf(accountID string) (model.Operations, bool) {
	return get[model.Operations](d, accountID)
}

// Assortment is an account's range on a day: what each of its clusters
// carries, planned changes marked; with afterPending, as it will be once
// every change not refused has happened.
func (d *Data) Assortment(accountID string, day time.Time, afterPending bool) *model.Assortment {
	var products []model.Product
	if d != nil {
		products = d.Workspace.Products
	}
	return model.BuildAssortment(products, of[model.Cluster](d, accountID), of[model.Listing](d, accountID),
		of[model.Mutation](d, accountID), day, afterPending)
}
