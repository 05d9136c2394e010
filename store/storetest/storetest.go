// Package storetest builds workspaces of generated accounts for benchmarks
// and tests: deterministic, so a figure or a frame is the same every run.
package storetest

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

var regions = []string{"East 华东", "North 华北", "South 华南", "West 西部", "Central 华中"}

// Accounts generates n distinct, valid accounts.
func Accounts(n int, now time.Time) []model.Account {
	r := rand.New(rand.NewPCG(1, uint64(n)))
	out := make([]model.Account, n)
	for i := range out {
		category := model.Money(r.Int64N(500_000_000)+1_000_000) * 100
		a := model.Account{
			ID:            fmt.Sprintf("g%07d", i),
			Name:          fmt.Sprintf("Retailer %05d 零售商", i),
			Channel:       model.Channels[i%len(model.Channels)].Key,
			Format:        "Stores",
			Region:        regions[i%len(regions)],
			Outlets:       r.IntN(900) + 1,
			CategorySales: category,
			OurSales:      category / model.Money(r.IntN(20)+2),
			Target:        category / 8,
			Growth:        float64(r.IntN(400)-100) / 10,
			Tier:          model.Tiers[i%3].Key,
			Traits:        []model.Trait{model.Traits[i%7].Key},
			Objectives:    "Grow share in the core range",
			Created:       now.Add(-time.Duration(i) * time.Hour),
			Updated:       now.Add(-time.Duration(i) * time.Minute),
		}
		for s := 0; s < i%model.StageCount; s++ {
			a.Stages[s] = model.Done
		}
		out[i] = a
	}
	return out
}

// Evaluations scores every account on the default criteria with random
// scores; every third account is scored twice, so trails show.
func Evaluations(accounts []model.Account, now time.Time) []model.Evaluation {
	r := rand.New(rand.NewPCG(2, uint64(len(accounts))))
	m := model.DefaultMatrix()
	var out []model.Evaluation
	for i, a := range accounts {
		times := 1 + btoi(i%3 == 0)
		for k := range times {
			e := model.NewEvaluation(a.ID, m, model.Day(now).AddDate(0, 0, -30*(times-k)), nil)
			for _, scores := range [][]int{e.Attractiveness, e.Strength} {
				for j := range scores {
					scores[j] = r.IntN(10) + 1
				}
			}
			e.ID = fmt.Sprintf("%s-e%d", a.ID, k)
			e.Created = e.Date
			out = append(out, e)
		}
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Workspace opens a new workspace file in a temporary folder holding n
// generated accounts; it is closed when the test ends.
func Workspace(tb testing.TB, n int, now time.Time) *store.Store {
	return Open(tb, model.Workspace{Settings: model.Settings{Name: "Generated"}, Accounts: Accounts(n, now)}, now)
}

// EvaluatedWorkspace is Workspace with every account evaluated.
func EvaluatedWorkspace(tb testing.TB, n int, now time.Time) *store.Store {
	accounts := Accounts(n, now)
	return Open(tb, model.Workspace{Settings: model.Settings{Name: "Generated"}, Accounts: accounts, Evaluations: Evaluations(accounts, now)}, now)
}

// Open makes a workspace file in a temporary folder holding ws, with the
// store's clock stopped at now; it is closed when the test ends.
func Open(tb testing.TB, ws model.Workspace, now time.Time) *store.Store {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "generated.db")
	s, err := store.Open(path, store.Options{Now: func() time.Time { return now }})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	if err := s.Reset(ws); err != nil {
		tb.Fatal(err)
	}
	return s
}
