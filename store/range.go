package store

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// The range (品项): our products, each account's operations profile, its
// clusters of stores, what each cluster carries, and the dated changes.
var (
	bucketProducts   = []byte("products")   // product ID → product
	bucketOperations = []byte("operations") // account ID → operations profile
	bucketClusters   = []byte("clusters")   // cluster ID → cluster of stores
	bucketListings   = []byte("listings")   // account/product/cluster → listing
	bucketMutations  = []byte("mutations")  // mutation ID → assortment change

	bucketProductCodes      = []byte("product_codes")       // CodeKey → product ID, since schema 4
	bucketClustersByAccount = []byte("clusters_by_account") // account ID \x00 cluster ID → nothing, since schema 4
)

// rangeSchema is the schema from which every file has the range's buckets.
const rangeSchema = 4

// addRange (schema 3 → 4) makes room for the range: its buckets and their
// indexes, empty, since no earlier file held any of it.
func addRange(tx *bolt.Tx, _ time.Time) error {
	for _, b := range [][]byte{bucketProducts, bucketOperations, bucketClusters, bucketListings, bucketMutations,
		bucketProductCodes, bucketClustersByAccount} {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	return nil
}

// Products returns our products, archived ones too.
func (s *Store) Products() ([]model.Product, error) { return all[model.Product](s, bucketProducts) }

// Clusters returns every account's clusters, archived ones too.
func (s *Store) Clusters() ([]model.Cluster, error) { return all[model.Cluster](s, bucketClusters) }

// Operations returns every account's operations profile.
func (s *Store) Operations() ([]model.Operations, error) {
	return all[model.Operations](s, bucketOperations)
}

// Listings returns what every cluster of every account carries, as recorded.
func (s *Store) Listings() ([]model.Listing, error) { return all[model.Listing](s, bucketListings) }

// Mutations returns every account's assortment changes.
func (s *Store) Mutations() ([]model.Mutation, error) { return all[model.Mutation](s, bucketMutations) }

// stamp keeps a record's creation time from the one stored (or, for a new
// record, now, unless a whole workspace being loaded brings its own), and
// moves its update time to now.
func stamp(created, updated *time.Time, old time.Time, exists bool, now time.Time, keepTimes bool) {
	switch {
	case exists:
		*created = old
	case created.IsZero() || !keepTimes:
		*created = now
	}
	if updated.IsZero() || !keepTimes {
		*updated = now
	}
}

// putProduct validates a product, keeps its code unique (ignoring case and
// the spaces around it) through the code index, and writes it.
func putProduct(tx *bolt.Tx, p model.Product, now time.Time, keepTimes bool) (model.Product, error) {
	p.Code = strings.TrimSpace(p.Code)
	if err := model.CheckProduct(p); err != nil {
		return p, err
	}
	products, codes := tx.Bucket(bucketProducts), tx.Bucket(bucketProductCodes)
	var old model.Product
	exists := false
	if p.ID != "" {
		var err error
		if exists, err = getJSON(products, bucketProducts, []byte(p.ID), &old); err != nil {
			return p, err
		}
	}
	key := []byte(model.CodeKey(p.Code))
	if id := codes.Get(key); id != nil && string(id) != p.ID {
		return p, codeTaken(products, p.Code, id)
	}
	if p.ID == "" {
		p.ID = newID(now)
	}
	if exists && model.CodeKey(old.Code) != string(key) {
		if err := codes.Delete([]byte(model.CodeKey(old.Code))); err != nil {
			return p, err
		}
	}
	stamp(&p.Created, &p.Updated, old.Created, exists, now, keepTimes)
	if err := codes.Put(key, []byte(p.ID)); err != nil {
		return p, err
	}
	return p, putJSON(products, []byte(p.ID), p)
}

// codeTaken refuses a code another product holds, naming it.
func codeTaken(products *bolt.Bucket, code string, id []byte) error {
	var other model.Product
	if ok, _ := getJSON(products, bucketProducts, id, &other); !ok {
		return &model.Invalid{Msg: model.T(
			fmt.Sprintf("product code %q is already taken", code),
			fmt.Sprintf("产品编码 %q 已被使用", code))}
	}
	en, zh := other.Name.In(model.English), other.Name.In(model.Chinese)
	if other.Archived {
		return &model.Invalid{Msg: model.T(
			fmt.Sprintf("product code %q is already taken by %s, archived: restore that product instead", code, en),
			fmt.Sprintf("产品编码 %q 已被已归档的产品 %s 使用：请恢复该产品", code, zh))}
	}
	return &model.Invalid{Msg: model.T(
		fmt.Sprintf("product code %q is already taken by %s", code, en),
		fmt.Sprintf("产品编码 %q 已被产品 %s 使用", code, zh))}
}

// productExists refuses a record naming a product the workspace does not hold.
func productExists(tx *bolt.Tx, id string) error {
	if tx.Bucket(bucketProducts).Get([]byte(id)) == nil {
		return noProduct(id)
	}
	return nil
}

func noProduct(id string) error {
	return &model.Invalid{Msg: model.T(
		fmt.Sprintf("no product %s in this workspace", id),
		fmt.Sprintf("此工作区中没有产品 %s", id))}
}

// clusterOf refuses a record naming a cluster that is not one of its
// account's. It asks the index, not the cluster: a listing saved checks
// its cluster, and a reset saves thousands.
func clusterOf(tx *bolt.Tx, accountID, clusterID string) error {
	key := ownedKey(accountID, clusterID)
	if k, _ := tx.Bucket(bucketClustersByAccount).Cursor().Seek(key); !bytes.Equal(k, key) {
		return notAClusterOf(accountID, clusterID)
	}
	return nil
}

func notAClusterOf(accountID, clusterID string) error {
	return &model.Invalid{Msg: model.T(
		fmt.Sprintf("account %s has no cluster %s", accountID, clusterID),
		fmt.Sprintf("客户 %s 没有门店群 %s", accountID, clusterID))}
}

// putCluster validates a cluster, keeps it with its account and the
// account's shares of sales within 100%, and writes it.
func putCluster(tx *bolt.Tx, c model.Cluster, now time.Time, keepTimes bool) (model.Cluster, error) {
	if err := model.CheckCluster(c); err != nil {
		return c, err
	}
	if err := accountExists(tx, c.AccountID); err != nil {
		return c, err
	}
	clusters := tx.Bucket(bucketClusters)
	var old model.Cluster
	exists := false
	if c.ID != "" {
		var err error
		if exists, err = getJSON(clusters, bucketClusters, []byte(c.ID), &old); err != nil {
			return c, err
		}
	}
	if exists && old.AccountID != c.AccountID {
		return c, &model.Invalid{Msg: model.T(
			fmt.Sprintf("cluster %s stays with its account: listings and assortment changes name it", c.Name),
			fmt.Sprintf("门店群 %s 不能移到另一个客户：上架记录和品项变动引用了它", c.Name))}
	}
	others, err := clustersOf(tx, c.AccountID, c.ID)
	if err != nil {
		return c, err
	}
	if err := model.CheckShares(append(others, c)); err != nil {
		return c, err
	}
	if c.ID == "" {
		c.ID = newID(now)
	}
	stamp(&c.Created, &c.Updated, old.Created, exists, now, keepTimes)
	if err := tx.Bucket(bucketClustersByAccount).Put(ownedKey(c.AccountID, c.ID), nil); err != nil {
		return c, err
	}
	return c, putJSON(clusters, []byte(c.ID), c)
}

// clustersOf reads an account's clusters but one (exceptID) through the
// index, so a save reads its own account's clusters, not every one.
func clustersOf(tx *bolt.Tx, accountID, exceptID string) ([]model.Cluster, error) {
	prefix := ownedKey(accountID, "")
	clusters := tx.Bucket(bucketClusters)
	var out []model.Cluster
	cur := tx.Bucket(bucketClustersByAccount).Cursor()
	for k, _ := cur.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = cur.Next() {
		id := k[len(prefix):]
		if string(id) == exceptID {
			continue
		}
		var c model.Cluster
		if ok, err := getJSON(clusters, bucketClusters, id, &c); err != nil {
			return nil, err
		} else if ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// putOperations validates an account's operations profile and writes it
// under the account.
func putOperations(tx *bolt.Tx, o model.Operations, now time.Time, keepTimes bool) (model.Operations, error) {
	if err := model.CheckOperations(o); err != nil {
		return o, err
	}
	if err := accountExists(tx, o.AccountID); err != nil {
		return o, err
	}
	var old model.Operations
	exists, err := getJSON(tx.Bucket(bucketOperations), bucketOperations, []byte(o.Key()), &old)
	if err != nil {
		return o, err
	}
	stamp(&o.Created, &o.Updated, old.Created, exists, now, keepTimes)
	return o, putJSON(tx.Bucket(bucketOperations), []byte(o.Key()), o)
}

// putListing validates one product in one cluster of an account, naming
// a product the workspace holds and a cluster of that account, and writes it.
func putListing(tx *bolt.Tx, l model.Listing, now time.Time, keepTimes bool) (model.Listing, error) {
	if err := model.CheckListing(l); err != nil {
		return l, err
	}
	if err := accountExists(tx, l.AccountID); err != nil {
		return l, err
	}
	if err := productExists(tx, l.ProductID); err != nil {
		return l, err
	}
	if err := clusterOf(tx, l.AccountID, l.ClusterID); err != nil {
		return l, err
	}
	var old model.Listing
	exists, err := getJSON(tx.Bucket(bucketListings), bucketListings, []byte(l.Key()), &old)
	if err != nil {
		return l, err
	}
	stamp(&l.Created, &l.Updated, old.Created, exists, now, keepTimes)
	return l, putJSON(tx.Bucket(bucketListings), []byte(l.Key()), l)
}

// putMutation validates an assortment change, naming products the
// workspace holds and clusters of its account, and writes it.
func putMutation(tx *bolt.Tx, m model.Mutation, now time.Time, keepTimes bool) (model.Mutation, error) {
	if err := model.CheckMutation(m); err != nil {
		return m, err
	}
	if err := accountExists(tx, m.AccountID); err != nil {
		return m, err
	}
	for _, p := range []string{m.ProductID, m.Replaces} {
		if p == "" {
			continue
		}
		if err := productExists(tx, p); err != nil {
			return m, err
		}
	}
	for _, c := range m.Clusters {
		if err := clusterOf(tx, m.AccountID, c); err != nil {
			return m, err
		}
	}
	if m.ID == "" {
		m.ID = newID(now)
	}
	var old model.Mutation
	exists, err := getJSON(tx.Bucket(bucketMutations), bucketMutations, []byte(m.ID), &old)
	if err != nil {
		return m, err
	}
	stamp(&m.Created, &m.Updated, old.Created, exists, now, keepTimes)
	return m, putJSON(tx.Bucket(bucketMutations), []byte(m.ID), m)
}

// The checks of the range as it is read: what each save checks, against
// the records read before (products before the clusters, both before the
// listings and changes that name them).

// noteProducts counts the products of each code and files their IDs.
func noteProducts(products []model.Product, r *refs) {
	r.products = make(map[string]struct{}, len(products))
	r.productCodes = make(map[string]int, len(products))
	for _, p := range products {
		r.products[p.ID] = struct{}{}
		r.productCodes[model.CodeKey(p.Code)]++
	}
}

func checkProduct(p model.Product, r *refs) error {
	if r.productCodes[model.CodeKey(p.Code)] > 1 {
		return &model.Invalid{Msg: model.T(
			fmt.Sprintf("product code %q is used by more than one product", p.Code),
			fmt.Sprintf("产品编码 %q 被多个产品使用", p.Code))}
	}
	return nil
}

// noteClusters files each cluster's account, and finds the accounts whose
// clusters share more than all their sales.
func noteClusters(clusters []model.Cluster, r *refs) {
	r.clusters = make(map[string]string, len(clusters))
	byAccount := map[string][]model.Cluster{}
	for _, c := range clusters {
		r.clusters[c.ID] = c.AccountID
		byAccount[c.AccountID] = append(byAccount[c.AccountID], c)
	}
	r.sharesOver = map[string]error{}
	for id, list := range byAccount {
		if err := model.CheckShares(list); err != nil {
			r.sharesOver[id] = err
		}
	}
}

func checkCluster(c model.Cluster, r *refs) error { return r.sharesOver[c.AccountID] }

func checkOperations(o model.Operations, r *refs) error {
	if !r.hasAccount(o.AccountID) {
		return noAccount(o.AccountID)
	}
	return nil
}

// hasProduct and hasClusterOf answer from what the products and clusters
// noted; a load that read neither knows none.
func (r *refs) hasProduct(id string) error {
	if _, ok := r.products[id]; !ok {
		return noProduct(id)
	}
	return nil
}

func (r *refs) hasClusterOf(accountID, clusterID string) error {
	if owner, ok := r.clusters[clusterID]; !ok || owner != accountID {
		return notAClusterOf(accountID, clusterID)
	}
	return nil
}

func checkListing(l model.Listing, r *refs) error {
	if err := r.hasProduct(l.ProductID); err != nil {
		return err
	}
	return r.hasClusterOf(l.AccountID, l.ClusterID)
}

func checkMutation(m model.Mutation, r *refs) error {
	for _, p := range []string{m.ProductID, m.Replaces} {
		if p == "" {
			continue
		}
		if err := r.hasProduct(p); err != nil {
			return err
		}
	}
	for _, c := range m.Clusters {
		if err := r.hasClusterOf(m.AccountID, c); err != nil {
			return err
		}
	}
	return nil
}
