package exchange

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// --account takes the English or the Chinese half of a bilingual name.
func TestExportAccountByAPartOfItsName(t *testing.T) {
	path := caseStudyDB(t, model.English)
	for _, name := range []string{"megamart", "美佳大卖场", "MEGAMART 美佳大卖场", "MegaMart美佳大卖场"} {
		code, out, errs := runExport(t, path, "", "--format", "md", "--account", name, "-o", "-", "--lang", "en")
		if code != 0 || !strings.HasPrefix(out, "# MegaMart 美佳大卖场 — account plan") {
			t.Errorf("--account %s: exit %d, %.40q %s", name, code, out, errs)
		}
	}
	for _, c := range []struct {
		name string
		lang model.Lang
		says string
	}{
		{"mega", model.English, `the workspace has no account called "mega"; close names: "MegaMart 美佳大卖场"`},
		{"美佳", model.Chinese, `工作区中没有名为 "美佳" 的客户；相近的名称："MegaMart 美佳大卖场"`},
		{"zzz", model.English, `the workspace has no account called "zzz"` + "\n"},
	} {
		code, out, errs := runExport(t, path, "", "--format", "md", "--account", c.name, "-o", "-", "--lang", string(c.lang))
		if code != 1 || out != "" || !strings.Contains(errs, c.says) {
			t.Errorf("--account %s: exit %d, %q; want %q", c.name, code, errs, c.says)
		}
	}
}

func TestFindAccount(t *testing.T) {
	accounts := []model.Account{
		{ID: "1", Name: "Harbour Mart 港湾超市"},
		{ID: "2", Name: "Harbour Foods 港湾食品"},
		{ID: "3", Name: "Harbour"},
		{ID: "4", Name: "Corner Shop"},
	}
	for _, c := range []struct{ query, id string }{
		{"harbour", "3"},            // the whole name wins over a word of others
		{"harbour mart", "1"},       // a run of words
		{"港湾食品", "2"},               // the Chinese half
		{"  corner shop ", "4"},     // the whole name, spaces around
		{"SHOP", "4"},               // a word, in any case
		{"Harbour Foods 港湾食品", "2"}, // the whole name
	} {
		got, err := findAccount(accounts, c.query)
		if err != nil || got.ID != c.id {
			t.Errorf("%q: %s, %v; want %s", c.query, got.ID, err, c.id)
		}
	}
	accounts = append(accounts, model.Account{ID: "5", Name: "Metro Mart"})
	_, err := findAccount(accounts, "MART")
	if msg := model.Localize(err, model.English); msg != `"MART" names 2 accounts: "Harbour Mart 港湾超市", "Metro Mart"; give more of the name` {
		t.Errorf("a word of two names: %s", msg)
	}
	if msg := model.Localize(err, model.Chinese); msg != `"MART" 对应 2 个客户："Harbour Mart 港湾超市"、"Metro Mart"；请给出更完整的名称` {
		t.Errorf("a word of two names, in Chinese: %s", msg)
	}
	_, err = findAccount(accounts, "harb")
	if msg := model.Localize(err, model.English); !strings.HasSuffix(msg, `close names: "Harbour", "Harbour Foods 港湾食品", "Harbour Mart 港湾超市"`) {
		t.Errorf("a beginning of names: %s", msg)
	}
	if _, err = findAccount(accounts, ""); err == nil {
		t.Error("an empty name names no account")
	}
}
