package accounts

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// TestRefusedSaveReopensTheForm: when the disk refuses the account form's
// save, the form comes back with the reason and everything typed.
func TestRefusedSaveReopensTheForm(t *testing.T) {
	h := caseStudy(t)
	h.Store.Close() // every write now fails
	fillNewAccount(h, "Lotus Mart 莲花超市")
	if h.tab.Form == nil || h.tab.draft == nil || h.tab.draft.name != "Lotus Mart 莲花超市" || h.tab.draft.notes != "Met the buyer" {
		t.Fatalf("the refused form is not back with what was typed:\n%s", h.tab.View())
	}
	if v := h.tab.View(); !strings.Contains(v, "New key account") || !strings.Contains(v, "database not open") {
		t.Errorf("the form does not say why it is back:\n%s", v)
	}
	if _, ok := h.Ctx.Data.Account(h.tab.draft.orig.ID); ok || len(h.names()) != 10 {
		t.Error("the list shows an account the file does not hold")
	}
}

// TestFormFollowsTheLanguage: a language switch rebuilds the open form in
// the other language, title included, keeping what was typed.
func TestFormFollowsTheLanguage(t *testing.T) {
	h := caseStudy(t)
	h.Press("e", "ctrl+u", "text:半途")
	h.SetLang(model.Chinese)
	v := h.tab.View()
	if !strings.Contains(v, "编辑 MegaMart") || !strings.Contains(v, "半途") || h.tab.draft.name != "半途" {
		t.Errorf("after the switch:\n%s", v)
	}
}

// TestOpenShowsTheAccount: brought to the front with an account, the tab
// shows its detail; with nothing, the list.
func TestOpenShowsTheAccount(t *testing.T) {
	h := caseStudy(t)
	h.Run(h.Update(common.OpenMsg{Item: "cs03"}))
	a, _ := h.Ctx.Data.Account("cs03")
	if h.tab.mode != modeDetail || h.tab.detailID != "cs03" || !strings.Contains(h.tab.View(), a.Name) {
		t.Fatalf("not on the detail of %s:\n%s", a.Name, h.tab.View())
	}
	h.Run(h.Update(common.OpenMsg{Item: "no-such"}))
	if h.tab.mode != modeList {
		t.Error("an unknown item shows the list")
	}
}
