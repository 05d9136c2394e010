package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// The plan (计划): each account's SMART objectives with their strategy and
// programmes, its plan of a year (SWOT, quarters, key dates, P&L), and its
// promotion calendar.
var (
	bucketObjectives = []byte("objectives") // objective ID → SMART objective
	bucketPlans      = []byte("plans")      // account ID/year → the account's plan of the year
	bucketPromotions = []byte("promotions") // promotion ID → promotion
)

// planSchema is the schema from which every file has the plan's buckets.
const planSchema = 5

// addPlan (schema 4 → 5) makes room for the plan: its buckets, empty,
// since no earlier file held any of it.
func addPlan(tx *bolt.Tx, _ time.Time) error {
	for _, b := range [][]byte{bucketObjectives, bucketPlans, bucketPromotions} {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	return nil
}

// Objectives returns every account's objectives, of every year.
func (s *Store) Objectives() ([]model.PlanObjective, error) {
	return all[model.PlanObjective](s, bucketObjectives)
}

// Plans returns every account's plans, of every year.
func (s *Store) Plans() ([]model.AccountPlan, error) { return all[model.AccountPlan](s, bucketPlans) }

// Promotions returns every account's promotions.
func (s *Store) Promotions() ([]model.Promotion, error) {
	return all[model.Promotion](s, bucketPromotions)
}

// putObjective validates an objective of an account the workspace holds,
// gives a new one its ID and writes it.
func putObjective(tx *bolt.Tx, o model.PlanObjective, now time.Time, keepTimes bool) (model.PlanObjective, error) {
	if err := model.CheckObjective(o); err != nil {
		return o, err
	}
	if err := accountExists(tx, o.AccountID); err != nil {
		return o, err
	}
	if o.ID == "" {
		o.ID = newID(now)
	}
	var old model.PlanObjective
	exists, err := getJSON(tx.Bucket(bucketObjectives), bucketObjectives, []byte(o.ID), &old)
	if err != nil {
		return o, err
	}
	stamp(&o.Created, &o.Updated, old.Created, exists, now, keepTimes)
	return o, putJSON(tx.Bucket(bucketObjectives), []byte(o.ID), o)
}

// putAccountPlan validates an account's plan of a year and writes it under
// the account and the year: one plan per account per year.
func putAccountPlan(tx *bolt.Tx, p model.AccountPlan, now time.Time, keepTimes bool) (model.AccountPlan, error) {
	if err := model.CheckAccountPlan(p); err != nil {
		return p, err
	}
	if err := accountExists(tx, p.AccountID); err != nil {
		return p, err
	}
	key := []byte(p.Key())
	var old model.AccountPlan
	exists, err := getJSON(tx.Bucket(bucketPlans), bucketPlans, key, &old)
	if err != nil {
		return p, err
	}
	stamp(&p.Created, &p.Updated, old.Created, exists, now, keepTimes)
	return p, putJSON(tx.Bucket(bucketPlans), key, p)
}

// putPromotion validates a promotion, naming products the workspace holds
// and clusters of its own account, gives a new one its ID and writes it.
func putPromotion(tx *bolt.Tx, p model.Promotion, now time.Time, keepTimes bool) (model.Promotion, error) {
	if err := model.CheckPromotion(p); err != nil {
		return p, err
	}
	if err := accountExists(tx, p.AccountID); err != nil {
		return p, err
	}
	for _, id := range p.Products {
		if err := productExists(tx, id); err != nil {
			return p, promotionNames(p, err)
		}
	}
	for _, c := range p.Clusters {
		if err := clusterOf(tx, p.AccountID, c); err != nil {
			return p, promotionNames(p, err)
		}
	}
	if p.ID == "" {
		p.ID = newID(now)
	}
	var old model.Promotion
	exists, err := getJSON(tx.Bucket(bucketPromotions), bucketPromotions, []byte(p.ID), &old)
	if err != nil {
		return p, err
	}
	stamp(&p.Created, &p.Updated, old.Created, exists, now, keepTimes)
	return p, putJSON(tx.Bucket(bucketPromotions), []byte(p.ID), p)
}

// promotionNames puts the promotion's name before what it names wrongly,
// so the form knows which promotion was refused.
func promotionNames(p model.Promotion, err error) error {
	en, zh := model.Localize(err, model.English), model.Localize(err, model.Chinese)
	return &model.Invalid{Msg: model.T(
		fmt.Sprintf("promotion %q: %s", p.Name, en),
		fmt.Sprintf("促销 %q：%s", p.Name, zh))}
}

// checkPromotion checks, as a promotion is read, that it names products
// the file holds and clusters of its own account, as noted by the range
// read before it.
func checkPromotion(p model.Promotion, r *refs) error {
	for _, id := range p.Products {
		if err := r.hasProduct(id); err != nil {
			return err
		}
	}
	for _, c := range p.Clusters {
		if err := r.hasClusterOf(p.AccountID, c); err != nil {
			return err
		}
	}
	return nil
}
