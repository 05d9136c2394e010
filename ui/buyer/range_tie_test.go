package buyer

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/uitest"
)

// onRangeItemOf opens the checklist of an account of ws with the cursor on
// "Windows for assortment changes".
func onRangeItemOf(t *testing.T, ws model.Workspace, account string) *harness {
	t.Helper()
	ws.Settings.CurrentAccount = account
	h := newHarness(t, ws)
	a, _ := h.Ctx.Data.Current()
	i := slices.IndexFunc(h.tab.visibleItems(a), func(it model.ChecklistItem) bool { return it.ID == "k-assortment" })
	if i < 0 {
		t.Fatal("the checklist has no k-assortment")
	}
	for range i {
		h.Press("down")
	}
	return h
}

// withOperations is the case study with the profile of an account changed
// by set, or taken out when set is nil.
func withOperations(account string, set func(*model.Operations)) model.Workspace {
	ws := model.CaseStudy(now, model.English)
	for i, o := range ws.Operations {
		if o.AccountID != account {
			continue
		}
		if set == nil {
			ws.Operations = slices.Delete(ws.Operations, i, i+1)
		} else {
			set(&ws.Operations[i])
		}
		break
	}
	return ws
}

func day(s string) time.Time {
	d, err := time.Parse(model.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}

// The item on assortment windows says when the next range review is and
// until when new items are taken, as the Range tab's profile has it.
func TestAssortmentWindowsShowTheRangeReview(t *testing.T) {
	h := onRangeItemOf(t, model.CaseStudy(now, model.English), "cs01")
	ops, ok := h.Ctx.Data.OperationsOf("cs01")
	if !ok {
		t.Fatal("MegaMart has no operations profile in the case study")
	}
	// MegaMart's review is 75 days on, new items six weeks before it.
	if got := common.DateText(ops.NextRangeReview); got != "2027-02-03" {
		t.Fatalf("the case study's review moved: %s", got)
	}
	v := h.tab.View()
	want := "Range review: next 2027-02-03 · submit new items by 2026-12-23 (Range tab: R)"
	if !strings.Contains(v, want) {
		t.Errorf("the detail lacks %q:\n%s", want, v)
	}
	// The other items do not say it.
	h.Press("up")
	if v := h.tab.View(); strings.Contains(v, "Range review:") {
		t.Errorf("the item above speaks of the range review:\n%s", v)
	}

	h.Press("down")
	h.SetLang(model.Chinese)
	if v, want := h.tab.View(), "品项评审：下次 2027-02-03 · 新品提交截止 2026-12-23（品项页：R）"; !strings.Contains(v, want) {
		t.Errorf("the detail lacks %q:\n%s", want, v)
	}
}

func TestAssortmentWindowsWithoutAReviewDate(t *testing.T) {
	for _, tt := range []struct {
		name string
		set  func(*model.Operations)
		want string
	}{
		{"no profile", nil, "No range review date in the Range tab's profile yet (Range tab: R)"},
		{"no dates", func(o *model.Operations) { o.NextRangeReview, o.SubmitBy = time.Time{}, time.Time{} },
			"No range review date in the Range tab's profile yet (Range tab: R)"},
		{"review passed", func(o *model.Operations) { o.NextRangeReview, o.SubmitBy = day("2026-10-01"), day("2026-08-20") },
			"The last range review was on 2026-10-01; no next date in the Range tab's profile yet (Range tab: R)"},
		{"submissions closed", func(o *model.Operations) { o.NextRangeReview, o.SubmitBy = day("2026-12-10"), day("2026-11-01") },
			"Range review: next 2026-12-10 · new items were due by 2026-11-01 (Range tab: R)"},
		{"no deadline", func(o *model.Operations) { o.NextRangeReview, o.SubmitBy = day("2026-11-20"), time.Time{} },
			"Range review: next 2026-11-20 · no date to submit new items by yet (Range tab: R)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h := onRangeItemOf(t, withOperations("cs01", tt.set), "cs01")
			if v := h.tab.View(); !strings.Contains(v, tt.want) {
				t.Errorf("the detail lacks %q:\n%s", tt.want, v)
			}
		})
	}
}

// R on the item takes the user to the Range tab's profile of the account;
// on another item it does nothing. The key shows in the short help on that
// item only, and always in the full help.
func TestAssortmentWindowsKeyGoesToTheProfile(t *testing.T) {
	h := onRangeItemOf(t, model.CaseStudy(now, model.English), "cs01")
	hasR := func(keys []key.Binding) bool {
		return slices.ContainsFunc(keys, func(b key.Binding) bool {
			return b.Help().Key == "R" && b.Help().Desc == "range review dates (Range tab)"
		})
	}
	if !hasR(h.tab.ShortHelp()) {
		t.Errorf("the short help on the item lacks R: %v", h.tab.ShortHelp())
	}
	_, cmd := h.tab.Update(uitest.Key("R"))
	if cmd == nil {
		t.Fatal("R on the item does nothing")
	}
	msg, ok := cmd().(common.GoToMsg)
	if !ok || msg != (common.GoToMsg{Tab: common.TabRange, AccountID: "cs01", Item: "profile"}) {
		t.Errorf("R sends %#v", msg)
	}

	h.Press("up")
	if hasR(h.tab.ShortHelp()) {
		t.Error("the short help offers R on an item it does nothing on")
	}
	if _, cmd := h.tab.Update(uitest.Key("R")); cmd != nil {
		if msg, ok := cmd().(common.GoToMsg); ok {
			t.Errorf("R on another item goes to %#v", msg)
		}
	}
	var inChecklist bool
	for _, g := range h.tab.HelpGroups() {
		if g.Title == "buyer.checklist" {
			inChecklist = hasR(g.Keys)
		}
	}
	if !inChecklist {
		t.Error("the checklist's help group lacks R")
	}
}
