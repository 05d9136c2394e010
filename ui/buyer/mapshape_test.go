package buyer

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// mapOf opens the relationship map of an account of the case study after
// change has edited the workspace.
func mapOf(t *testing.T, id string, lang model.Lang, change func(*model.Workspace)) string {
	t.Helper()
	ws := model.CaseStudy(now, model.English)
	ws.Settings.CurrentAccount = id
	if change != nil {
		change(&ws)
	}
	h := newHarness(t, ws)
	h.SetLang(lang)
	h.Press("v", "v")
	return h.tab.View()
}

// MegaMart: seven links, five of them to advocates and supporters, two
// to neutral contacts; five functions of ours to six of theirs.
func TestMapCountsStance(t *testing.T) {
	v := mapOf(t, "cs01", model.English, nil)
	for _, want := range []string{"Diamond", "(ours 5, theirs 6)", "Links: 5 warm, 2 neutral, 0 cold (a cold link does not count)"} {
		if !strings.Contains(v, want) {
			t.Errorf("map lacks %q:\n%s", want, v)
		}
	}
	v = mapOf(t, "cs01", model.Chinese, nil)
	if !strings.Contains(v, "联系：5 条友好，2 条中立，0 条对立（对立的联系不计入形态）") {
		t.Errorf("map lacks the stances in Chinese:\n%s", v)
	}
}

// ValueDepot with its logistics man made a commercial contact linked to
// our sales director: two functions each side, but all of it sales ↔
// buying, so still a bow-tie, and the map says what is missing.
func TestMapBowTieOfTheFrontLine(t *testing.T) {
	frontLine := func(ws *model.Workspace) {
		for i, c := range ws.Contacts {
			if c.ID == "cs10-c3" {
				ws.Contacts[i].Function, ws.Contacts[i].Counterpart = "commercial", "p6"
			}
		}
	}
	v := mapOf(t, "cs10", model.English, frontLine)
	for _, want := range []string{"Bow-tie", "Bow-tie: every link is sales ↔ buying. Link supply chain, finance or marketing.", "1 warm, 1 neutral, 0 cold"} {
		if !strings.Contains(v, want) {
			t.Errorf("map lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "Diamond") {
		t.Errorf("two salespeople to a buyer and a commercial director is no diamond:\n%s", v)
	}
	if v := mapOf(t, "cs10", model.Chinese, frontLine); !strings.Contains(v, "领结型：所有联系都只在销售 ↔ 采购之间") {
		t.Errorf("in Chinese:\n%s", v)
	}
}

// ShopNow: the supply-chain link is to a critic; it is counted as cold and
// the diamond stands on the marketing link.
func TestMapColdLinkDoesNotCount(t *testing.T) {
	v := mapOf(t, "cs04", model.English, nil)
	for _, want := range []string{"Diamond", "(ours 3, theirs 2)", "1 warm, 2 neutral, 1 cold"} {
		if !strings.Contains(v, want) {
			t.Errorf("map lacks %q:\n%s", want, v)
		}
	}
}
