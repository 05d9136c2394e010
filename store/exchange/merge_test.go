package exchange

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// only is ws with the accounts keep keeps and their records.
func only(ws model.Workspace, keep func(model.Account) bool) model.Workspace {
	ids := map[string]bool{}
	out := ws
	out.Accounts = nil
	for _, a := range ws.Accounts {
		if keep(a) {
			out.Accounts = append(out.Accounts, a)
			ids[a.ID] = true
		}
	}
	owned := func(id string) bool { return !ids[id] }
	out.Evaluations = slices.DeleteFunc(slices.Clone(ws.Evaluations), func(x model.Evaluation) bool { return owned(x.AccountID) })
	out.Knowledge = slices.DeleteFunc(slices.Clone(ws.Knowledge), func(x model.Knowledge) bool { return owned(x.AccountID) })
	out.Contacts = slices.DeleteFunc(slices.Clone(ws.Contacts), func(x model.Contact) bool { return owned(x.AccountID) })
	out.Moments = slices.DeleteFunc(slices.Clone(ws.Moments), func(x model.Moment) bool { return owned(x.AccountID) })
	out.Terms = slices.DeleteFunc(slices.Clone(ws.Terms), func(x model.TermsYear) bool { return owned(x.AccountID) })
	out.Negotiations = slices.DeleteFunc(slices.Clone(ws.Negotiations), func(x model.Negotiation) bool { return owned(x.AccountID) })
	out.Meetings = slices.DeleteFunc(slices.Clone(ws.Meetings), func(x model.Meeting) bool { return owned(x.AccountID) })
	out.Operations = slices.DeleteFunc(slices.Clone(ws.Operations), func(x model.Operations) bool { return owned(x.AccountID) })
	out.Clusters = slices.DeleteFunc(slices.Clone(ws.Clusters), func(x model.Cluster) bool { return owned(x.AccountID) })
	out.Listings = slices.DeleteFunc(slices.Clone(ws.Listings), func(x model.Listing) bool { return owned(x.AccountID) })
	out.Mutations = slices.DeleteFunc(slices.Clone(ws.Mutations), func(x model.Mutation) bool { return owned(x.AccountID) })
	return out
}

func north(a model.Account) bool { return strings.HasPrefix(a.Region, "North") }

func TestMergeBringsInAnotherTeamsAccountsWithAllTheirRecords(t *testing.T) {
	full := load(t, newDB(t, model.CaseStudy(today, model.English)))
	db := newDB(t, only(full, func(a model.Account) bool { return !north(a) }))
	file := writeJSON(t, only(full, north))
	code, out, errOut := kamImport(t, db, model.English, "--merge", file)
	if code != 0 || !strings.Contains(out, "New accounts (2): QuickStop 快停便利; ValueDepot 实惠仓") || !strings.Contains(out, "No conflicts.") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	merged := load(t, db)
	for _, k := range Kinds { // every record of every kind, as a sheet shows it
		if a, b := exportCSV(t, full, string(k), model.English), exportCSV(t, merged, string(k), model.English); a != b {
			t.Errorf("%s differ after the merge:\n%s\n---\n%s", k, a, b)
		}
	}
	if len(merged.Evaluations) != len(full.Evaluations) || len(merged.Negotiations) != len(full.Negotiations) ||
		len(merged.Moments) != len(full.Moments) || len(merged.Knowledge) != len(full.Knowledge) {
		t.Errorf("evaluations %d/%d, negotiations %d/%d, moments %d/%d, knowledge %d/%d", len(merged.Evaluations), len(full.Evaluations),
			len(merged.Negotiations), len(full.Negotiations), len(merged.Moments), len(full.Moments), len(merged.Knowledge), len(full.Knowledge))
	}
	// Merging the same file again finds everything there already.
	if code, out, _ := kamImport(t, db, model.English, "--merge", file); code != 0 || !strings.Contains(out, "Records added: 0\nNo conflicts.") {
		t.Errorf("again: exit %d\n%s", code, out)
	}
}

// theirEdit is ours with MegaMart moved north, a contact's title changed
// and a new account.
func theirEdit(ours model.Workspace) model.Workspace {
	theirs := ours
	theirs.Accounts = slices.Clone(ours.Accounts)
	theirs.Contacts = slices.Clone(ours.Contacts)
	for i, a := range theirs.Accounts {
		if strings.HasPrefix(a.Name, "MegaMart") {
			theirs.Accounts[i].Region = "North China"
			for j, c := range theirs.Contacts {
				if c.AccountID == a.ID && c.Name == "Wang Fang 王芳" {
					theirs.Contacts[j].Title = "Chief merchant"
				}
			}
		}
	}
	theirs.Accounts = append(theirs.Accounts, model.Account{ID: "new-1", Name: "Harbour Mart", Channel: model.Supermarket, Tier: model.TierB})
	return theirs
}

func TestAMergeWithConflictsWritesNothingUntilPreferSaysWhichWins(t *testing.T) {
	ours := load(t, newDB(t, model.CaseStudy(today, model.English)))
	file := writeJSON(t, theirEdit(ours))

	db := newDB(t, ours)
	before := exportJSON(t, load(t, db))
	code, out, errOut := kamImport(t, db, model.English, "--merge", file)
	if code != 1 || !strings.Contains(errOut, "nothing was written: 2 records differ between the two workspaces") || !strings.Contains(errOut, "--prefer ours or --prefer theirs") {
		t.Errorf("exit %d\n%s", code, errOut)
	}
	for _, want := range []string{
		"Conflicts (2, unsettled):",
		"  MegaMart 美佳大卖场 › the account record differs in region",
		"  MegaMart 美佳大卖场 › contact Wang Fang 王芳 differs in title",
		"New accounts (1): Harbour Mart",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if !bytes.Equal(before, exportJSON(t, load(t, db))) {
		t.Error("a merge with unsettled conflicts wrote")
	}

	_, out, _ = kamImport(t, db, model.Chinese, "--merge", "--dry-run", file)
	if !strings.Contains(out, "MegaMart 美佳大卖场 › 客户档案的 region 不同") {
		t.Errorf("in Chinese:\n%s", out)
	}
	if code, _, _ := kamImport(t, db, model.English, "--merge", "--prefer", "theirs", "--dry-run", file); code != 0 || !bytes.Equal(before, exportJSON(t, load(t, db))) {
		t.Errorf("a dry run of a merge wrote, or failed (exit %d)", code)
	}

	if code, out, errOut := kamImport(t, db, model.English, "--merge", "--prefer", "ours", file); code != 0 || !strings.Contains(out, "Conflicts (2, ours kept)") {
		t.Fatalf("ours: exit %d\n%s%s", code, out, errOut)
	}
	ws := load(t, db)
	mm, _ := accountNamed(ws, "MegaMart 美佳大卖场")
	if _, ok := accountNamed(ws, "Harbour Mart"); !ok || mm.Region != "East China" {
		t.Errorf("--prefer ours: region %q, Harbour Mart added %v", mm.Region, ok)
	}

	if code, out, errOut := kamImport(t, db, model.English, "--merge", "--prefer", "theirs", file); code != 0 {
		t.Fatalf("theirs: exit %d\n%s%s", code, out, errOut)
	}
	ws = load(t, db)
	mm, _ = accountNamed(ws, "MegaMart 美佳大卖场")
	title := ""
	for _, c := range ws.Contacts {
		if c.Name == "Wang Fang 王芳" {
			title = c.Title
		}
	}
	if mm.Region != "North China" || title != "Chief merchant" || len(ws.Accounts) != 11 {
		t.Errorf("--prefer theirs: region %q, title %q, %d accounts", mm.Region, title, len(ws.Accounts))
	}
}

func TestTheSameAccountByNameTakesItsRecordsOntoOurs(t *testing.T) {
	ours := model.Workspace{Accounts: []model.Account{{ID: "ours-1", Name: "MegaMart", Channel: model.Hypermarket, Tier: model.TierA}}}
	theirs := model.Workspace{
		Accounts: []model.Account{{ID: "theirs-9", Name: "MegaMart", Channel: model.Hypermarket, Tier: model.TierA}},
		People:   []model.Person{{ID: "tp", Name: "Sam Lee", Function: "kam"}},
		Contacts: []model.Contact{{ID: "c9", AccountID: "theirs-9", Name: "Li", Function: "buying", Role: "buyer", Stance: "neutral", Influence: "high", Counterpart: "tp"}},
	}
	ours.People = []model.Person{{ID: "op", Name: "Sam Lee", Function: "kam"}}
	m := Merge(ours, theirs, PreferNone, today)
	if !m.OK() || len(m.NewAccounts) != 0 || m.Added != 1 {
		t.Fatalf("%+v", m)
	}
	c := m.Records()[0].(model.Contact)
	if c.AccountID != "ours-1" || c.Counterpart != "op" {
		t.Errorf("contact on %q with %q", c.AccountID, c.Counterpart)
	}
}
