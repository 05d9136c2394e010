package store

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kam-workbench/kam/model"
)

// v2Criterion is a criterion as a schema-2 score recorded it.
type v2Criterion struct {
	id, en, zh string
	weight     int
}

// v2Evaluation writes an evaluation in schema 2's shape, each score with
// its criterion's name and weight, and returns it with the position it had
// then: Σ(weight × score) / 100 on each axis.
func v2Evaluation(id, account, date string, attr, str []v2Criterion, attrScores, strScores []int, comments map[string]string) (string, [2]float64) {
	var pos [2]float64
	scores := func(axis int, cs []v2Criterion, ss []int) string {
		var parts []string
		sum := 0
		for i, c := range cs {
			parts = append(parts, fmt.Sprintf(`{"criterion_id":%q,"name":{"en":%q,"zh":%q},"weight":%d,"score":%d,"comment":%q}`,
				c.id, c.en, c.zh, c.weight, ss[i], comments[c.id]))
			sum += c.weight * ss[i]
		}
		pos[axis] = float64(sum) / 100
		return "[" + strings.Join(parts, ",") + "]"
	}
	raw := fmt.Sprintf(`{"id":%q,"account_id":%q,"date":"%sT00:00:00+08:00","attractiveness":%s,"strength":%s,"created":"%sT10:15:00+08:00"}`,
		id, account, date, scores(0, attr, attrScores), scores(1, str, strScores), date)
	return raw, pos
}

// The course's default criteria as schema 2 recorded them, then the set
// the trainer made of them (reweighted, one renamed), then a smaller set
// from before either.
var (
	defaultAttr = []v2Criterion{
		{"a-size", "Category size and growth", "品类规模与增长", 25}, {"a-potential", "Potential for our brands", "我方品牌的潜力", 20},
		{"a-profit", "Net profitability", "净盈利能力", 20}, {"a-shoppers", "Fit with our target shoppers", "与目标购物者的契合", 15},
		{"a-collab", "Willingness to collaborate", "合作意愿", 10}, {"a-expansion", "Store expansion", "门店扩张", 10},
	}
	defaultStr = []v2Criterion{
		{"s-share", "Our share vs our market share", "份额对比市场份额", 20}, {"s-relationship", "Relationship stage", "关系阶段", 20},
		{"s-service", "Service level", "服务水平", 15}, {"s-pull", "Brand pull", "品牌拉力", 15},
		{"s-catman", "Category-management capability", "品类管理能力", 15}, {"s-terms", "Competitiveness of terms and promotions", "条款与促销的竞争力", 15},
	}
	currentAttr = []v2Criterion{
		{"a-size", "Category size and growth", "品类规模与增长", 30}, {"a-potential", "Potential for our brands", "我方品牌的潜力", 15},
		defaultAttr[2], defaultAttr[3], defaultAttr[4], defaultAttr[5],
	}
	currentStr = append([]v2Criterion{{"s-share", "Share gap", "份额差距", 20}}, defaultStr[1:]...)
	firstAttr  = []v2Criterion{{"a-size", "Size", "规模", 50}, {"a-profit", "Profit", "利润", 50}}
	firstStr   = []v2Criterion{{"s-share", "Share", "份额", 60}, {"s-pull", "Pull", "拉力", 40}}
)

// matrixV2 is the matrix as schema 2 stored it: no version, no earlier sets.
func matrixV2(attr, str []v2Criterion, attrThreshold float64) string {
	list := func(cs []v2Criterion) string {
		var parts []string
		for _, c := range cs {
			parts = append(parts, fmt.Sprintf(`{"id":%q,"name":{"en":%q,"zh":%q},"description":{"en":"About %s","zh":""},"weight":%d}`,
				c.id, c.en, c.zh, c.id, c.weight))
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	return fmt.Sprintf(`{"attractiveness":%s,"strength":%s,"attractiveness_threshold":%v,"strength_threshold":5.5}`,
		list(attr), list(str), attrThreshold)
}

// TestMigrateFromSchema2 opens a hand-built schema-2 file whose
// evaluations carry the names and weights of three sets of criteria: the
// matrix's own, the defaults it was changed from, and an older, smaller
// set. Each becomes a version; every evaluation keeps its position, its
// names, its notes and its quadrant.
func TestMigrateFromSchema2(t *testing.T) {
	type fixture struct {
		id, account, date string
		attr, str         []v2Criterion
		attrScores        []int
		strScores         []int
		comments          map[string]string
	}
	fixtures := []fixture{
		{"e-old", "acc-1", "2025-06-01", firstAttr, firstStr, []int{9, 4}, []int{3, 6}, map[string]string{"s-pull": "weak pull"}},
		{"e-default", "acc-1", "2026-03-01", defaultAttr, defaultStr, []int{9, 7, 7, 8, 6, 8}, []int{5, 4, 6, 6, 5, 4},
			map[string]string{"a-collab": "joint plan signed"}},
		{"e-current-1", "acc-1", "2026-10-01", currentAttr, currentStr, []int{9, 8, 7, 8, 9, 8}, []int{7, 8, 7, 6, 7, 6}, nil},
		{"e-current-2", "acc-2", "2026-09-01", currentAttr, currentStr, []int{4, 4, 5, 4, 4, 3}, []int{8, 8, 7, 7, 8, 7}, nil},
		{"e-default-2", "acc-2", "2026-01-15", defaultAttr, defaultStr, []int{5, 5, 5, 5, 5, 5}, []int{9, 9, 8, 7, 8, 7}, nil},
	}
	before := map[string][2]float64{}
	path := filepath.Join(t.TempDir(), "v2.db")
	writeBolt(t, path, func(tx *bolt.Tx) error {
		if err := putMeta(tx, "2"); err != nil {
			return err
		}
		buckets := map[string]*bolt.Bucket{}
		for _, name := range []string{"settings", "accounts", "account_names", "matrix", "evaluations"} {
			b, err := tx.CreateBucket([]byte(name))
			if err != nil {
				return err
			}
			buckets[name] = b
		}
		for id, name := range map[string]string{"acc-1": "MegaMart", "acc-2": "FreshWay"} {
			buckets["accounts"].Put([]byte(id), []byte(fmt.Sprintf(`{"id":%q,"name":%q,"channel":"hypermarket","tier":"A"}`, id, name)))
			buckets["account_names"].Put([]byte(strings.ToLower(name)), []byte(id))
		}
		buckets["matrix"].Put([]byte("matrix"), []byte(matrixV2(currentAttr, currentStr, 6)))
		for _, f := range fixtures {
			raw, pos := v2Evaluation(f.id, f.account, f.date, f.attr, f.str, f.attrScores, f.strScores, f.comments)
			before[f.id] = pos
			if err := buckets["evaluations"].Put([]byte(f.id), []byte(raw)); err != nil {
				return err
			}
		}
		return nil
	})

	s := openMigrated(t, path)
	ws, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	m := ws.Matrix
	if m.Version != 3 || len(m.Earlier) != 2 || m.Earlier[0].Version != 1 || m.Earlier[1].Version != 2 {
		t.Fatalf("versions: current %d, earlier %+v", m.Version, m.Earlier)
	}
	if m.AttractivenessThreshold != 6 || m.Strength[0].Name.EN != "Share gap" || m.Attractiveness[0].Weight != 30 {
		t.Errorf("the matrix changed: %+v", m)
	}
	if d := m.Earlier[1].Attractiveness[0].Description.EN; d != "About a-size" {
		t.Errorf("an earlier criterion takes the description of its ID: %q", d)
	}
	if len(ws.Evaluations) != len(fixtures) {
		t.Fatalf("%d evaluations", len(ws.Evaluations))
	}
	byID := map[string]model.Evaluation{}
	for _, e := range ws.Evaluations {
		byID[e.ID] = e
	}
	wantVersion := map[string]int{"e-old": 1, "e-default": 2, "e-default-2": 2, "e-current-1": 3, "e-current-2": 3}
	for _, f := range fixtures {
		e := byID[f.id]
		if e.CriteriaVersion != wantVersion[f.id] || e.AccountID != f.account || e.Date.Format(model.DateLayout) != f.date {
			t.Errorf("%s: version %d, account %s, date %s", f.id, e.CriteriaVersion, e.AccountID, e.Date.Format(model.DateLayout))
		}
		at, st := e.Position(m)
		was := before[f.id]
		if math.Abs(at-was[0]) > 1e-9 || math.Abs(st-was[1]) > 1e-9 {
			t.Errorf("%s: position %v, %v; before %v", f.id, at, st, was)
		}
		if q, want := e.Quadrant(m), model.Place(was[0], was[1], m); q != want {
			t.Errorf("%s: quadrant %v, before %v", f.id, q, want)
		}
		set, ok := m.CriteriaSet(e.CriteriaVersion)
		if !ok {
			t.Fatalf("%s: no criteria of version %d", f.id, e.CriteriaVersion)
		}
		for axis, cs := range [][]v2Criterion{f.attr, f.str} {
			got := set.Criteria(model.Axis(axis))
			if len(got) != len(cs) {
				t.Errorf("%s: %d criteria, scored %d", f.id, len(got), len(cs))
				continue
			}
			for i, c := range cs {
				if got[i].ID != c.id || got[i].Name != model.T(c.en, c.zh) || got[i].Weight != c.weight {
					t.Errorf("%s: criterion %d is %+v, was %+v", f.id, i, got[i], c)
				}
			}
		}
		for id, text := range f.comments {
			if e.Comment(id) != text {
				t.Errorf("%s: note on %s %q, was %q", f.id, id, e.Comment(id), text)
			}
		}
		if len(e.Comments) != len(f.comments) {
			t.Errorf("%s: notes %v", f.id, e.Comments)
		}
		if changed := model.CriteriaChanged(e, m); changed != (wantVersion[f.id] != 3) {
			t.Errorf("%s: criteria changed since = %v", f.id, changed)
		}
	}

	// The file is at this schema, compact, and takes new evaluations.
	s.db.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != strconv.Itoa(SchemaVersion) {
			t.Errorf("schema after migration = %q", v)
		}
		if raw := tx.Bucket(bucketEvaluations).Get([]byte("e-default")); strings.Contains(string(raw), "Category") {
			t.Errorf("names left in the evaluation: %s", raw)
		}
		return nil
	})
	next := model.NewEvaluation("acc-2", m, model.Day(fixedNow), ptr(byID["e-current-2"]))
	if next.Attractiveness[0] != 4 {
		t.Errorf("scores carry over from a migrated evaluation: %v", next.Attractiveness)
	}
	if _, err := s.SaveEvaluation(next); err != nil {
		t.Errorf("a new evaluation after the migration: %v", err)
	}

	// The backup is the untouched schema-2 file.
	b, err := bolt.Open(s.Backup(), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != "2" {
			t.Errorf("backup schema = %q", v)
		}
		if raw := tx.Bucket(bucketEvaluations).Get([]byte("e-default")); !strings.Contains(string(raw), `"weight":25`) {
			t.Errorf("backup evaluation: %s", raw)
		}
		return nil
	})
}

func ptr[T any](v T) *T { return &v }

// TestMigrateFromSchema2WithDefaultCriteria: a file that never changed the
// course's criteria, and so never stored a matrix, keeps the defaults as
// version 1 and writes no matrix.
func TestMigrateFromSchema2WithDefaultCriteria(t *testing.T) {
	path := v2FileWithoutAMatrix(t, defaultAttr, defaultStr)
	s, err := Open(path, Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ws, err := s.Load(Everything)
	if err != nil {
		t.Fatal(err)
	}
	if ws.Matrix.Version != 1 || len(ws.Matrix.Earlier) != 0 || len(ws.Evaluations) != 1 ||
		ws.Evaluations[0].CriteriaVersion != 1 || model.CriteriaChanged(ws.Evaluations[0], ws.Matrix) {
		t.Errorf("matrix %d %+v, evaluations %+v", ws.Matrix.Version, ws.Matrix.Earlier, ws.Evaluations)
	}
	if at, st := ws.Evaluations[0].Position(ws.Matrix); math.Abs(at-8.15) > 1e-9 || math.Abs(st-6.9) > 1e-9 {
		t.Errorf("position %v, %v", at, st)
	}
	s.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketMatrix).Get(keyMatrix) != nil {
			t.Error("the defaults were written: a later kam's defaults would not reach this file")
		}
		return nil
	})
	if _, err := os.Stat(s.Backup()); err != nil {
		t.Errorf("backup: %v", err)
	}
}

// v2FileWithoutAMatrix writes a schema-2 workspace that never stored a
// matrix: MegaMart and one evaluation of 2026-10-01 scored under the
// criteria given.
func v2FileWithoutAMatrix(t *testing.T, attr, str []v2Criterion) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "v2-no-matrix.db")
	writeBolt(t, path, func(tx *bolt.Tx) error {
		if err := putMeta(tx, "2"); err != nil {
			return err
		}
		for _, name := range []string{"settings", "accounts", "account_names", "evaluations"} {
			if _, err := tx.CreateBucket([]byte(name)); err != nil {
				return err
			}
		}
		tx.Bucket([]byte("accounts")).Put([]byte("acc-1"), []byte(`{"id":"acc-1","name":"MegaMart","channel":"hypermarket","tier":"A"}`))
		tx.Bucket([]byte("account_names")).Put([]byte("megamart"), []byte("acc-1"))
		raw, _ := v2Evaluation("e1", "acc-1", "2026-10-01", attr, str, []int{9, 8, 7, 8, 9, 8}, []int{7, 8, 7, 6, 7, 6}, nil)
		return tx.Bucket([]byte("evaluations")).Put([]byte("e1"), []byte(raw))
	})
	return path
}
