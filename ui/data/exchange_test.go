package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
)

var exchangeNow = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

func TestExpandHome(t *testing.T) {
	t.Setenv("HOME", "/home/rep")
	for typed, want := range map[string]string{
		"~":             "/home/rep",
		"~/":            "/home/rep",
		"~/plans/a.csv": "/home/rep/plans/a.csv",
		"~rep/a.csv":    "~rep/a.csv", // another user's home is not guessed at
		"a/~/b.csv":     "a/~/b.csv",
		"":              "",
	} {
		if got := ExpandHome(typed); got != want {
			t.Errorf("ExpandHome(%q) = %q, want %q", typed, got, want)
		}
	}
}

// TestReadImportAndPlan: the file is read by a command, with ~ expanded,
// and planned against the workspace as held; nothing is written.
func TestReadImportAndPlan(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	src, err := os.ReadFile("../../testdata/import/accounts.csv")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "accounts.csv"), src, 0o600); err != nil {
		t.Fatal(err)
	}
	msg, ok := ReadImport("~/accounts.csv", "")().(ImportReadMsg)
	if !ok || msg.Err != nil || len(msg.Sheets) != 1 || msg.Path != "~/accounts.csv" {
		t.Fatalf("ReadImport = %+v", msg)
	}
	d := loaded(model.Workspace{Accounts: []model.Account{{ID: "1", Name: "harbour mart", Tier: model.TierC, Channel: model.Supermarket}}})
	p := d.PlanImport(msg.Sheets, exchangeNow)
	if !p.OK() || len(p.Added) != 2 || len(p.Updated) != 1 {
		t.Errorf("plan: %d added, %d updated, rejected %v", len(p.Added), len(p.Updated), p.Rejected)
	}
	if len(d.Accounts) != 1 {
		t.Error("planning changed the data")
	}
	missing, _ := ReadImport("~/no-such.csv", "")().(ImportReadMsg)
	if missing.Err == nil || !strings.Contains(model.Localize(missing.Err, model.English), "no such file") {
		t.Errorf("a missing file: %v", missing.Err)
	}
}

func TestAccountPlanAndKinds(t *testing.T) {
	d := loaded(model.CaseStudy(exchangeNow, model.English))
	a := d.Accounts[0]
	if md := d.AccountPlan(a.ID, model.Chinese, exchangeNow); !strings.HasPrefix(md, "# "+a.Name+" — 客户计划") {
		t.Errorf("plan starts %q", md[:min(len(md), 80)])
	}
	if d.AccountPlan("no-such", model.English, exchangeNow) != "" {
		t.Error("an account not held has no plan")
	}
	if strings.Join(ImportKinds, " ") != "accounts contacts terms actions products listings" || ImportKindName("contacts", model.Chinese) != "联系人" {
		t.Errorf("kinds %v, %q", ImportKinds, ImportKindName("contacts", model.Chinese))
	}
	if !IsWorkspaceFile("team.JSON") || IsWorkspaceFile("a.csv") {
		t.Error("IsWorkspaceFile")
	}
}
