package buyer

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/uitest"
)

var now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

type harness struct {
	*uitest.Harness
	tab *Model
}

func newHarness(t *testing.T, ws model.Workspace) *harness {
	t.Helper()
	h, tab := uitest.For(t, ws, now, New)
	return &harness{Harness: h, tab: tab}
}

// onAccount opens the case study with an account made current.
func onAccount(t *testing.T, id string) *harness {
	ws := model.CaseStudy(now, model.English)
	ws.Settings.CurrentAccount = id
	return newHarness(t, ws)
}

func (h *harness) answer(account, item string) model.Knowledge {
	all, err := h.Store.Knowledge()
	if err != nil {
		h.T.Fatal(err)
	}
	for _, k := range all {
		if k.AccountID == account && k.ItemID == item {
			return k
		}
	}
	return model.Knowledge{}
}

func (h *harness) storedContact(name string) (model.Contact, bool) {
	all, _ := h.Store.Contacts()
	for _, c := range all {
		if c.Name == name {
			return c, true
		}
	}
	return model.Contact{}, false
}

func TestNoCurrentAccount(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	ws.Settings.CurrentAccount = ""
	h := newHarness(t, ws)
	if v := h.tab.View(); !strings.Contains(v, "No current account") {
		t.Errorf("view:\n%s", v)
	}
	h.Press("v", "n", "space") // nothing to act on, and nothing breaks
}

func TestChecklistShowsWhatWeKnow(t *testing.T) {
	h := onAccount(t, "cs01")
	v := h.tab.View()
	for _, want := range []string{"MegaMart 美佳大卖场", "what we know: 84.1% · 2 stale", "The buyer's role and authority",
		"known", "partly known", "stale", "buyer meeting", "Category buyer; lists up to 20 SKUs alone"} {
		if !strings.Contains(v, want) {
			t.Errorf("checklist lacks %q:\n%s", want, v)
		}
	}
}

func TestChecklistKeys(t *testing.T) {
	h := onAccount(t, "cs06") // HealthPlus: little known
	score := func() float64 { return h.Ctx.Data.KnowledgeScore("cs06", now) }
	before := score()
	h.Press("down", "space") // item 2: unknown → partly known, verified today
	k := h.answer("cs06", "k-share")
	if k.Status != model.PartlyKnown || !k.Verified.Equal(model.Day(now)) {
		t.Fatalf("after space: %+v", k)
	}
	if !strings.Contains(h.Status, "Our share in the customer's category: partly known.") {
		t.Errorf("status %q", h.Status)
	}
	h.Press("space") // → known
	if got := score(); got <= before || h.answer("cs06", "k-share").Status != model.Known {
		t.Errorf("score %v → %v", before, got)
	}
	h.Press("space") // → unknown again
	if h.answer("cs06", "k-share").Status != model.Unknown {
		t.Error("space cycles back to unknown")
	}

	// t makes a stale answer fresh.
	h2 := onAccount(t, "cs01")
	h2.Press("down", "down", "down") // "Trends on both sides", stale
	before = h2.Ctx.Data.KnowledgeScore("cs01", now)
	h2.Press("t")
	if k := h2.answer("cs01", "k-trends"); k.Stale(now) || k.Status != model.Known {
		t.Errorf("t: %+v", k)
	}
	if after := h2.Ctx.Data.KnowledgeScore("cs01", now); after <= before {
		t.Errorf("a fresh answer counts whole: %v → %v", before, after)
	}
}

func TestOnlyGapsFilter(t *testing.T) {
	h := onAccount(t, "cs01")
	h.Press("f")
	items := h.tab.visibleItems(h.Ctx.Data.Accounts[0])
	var ids []string
	for _, it := range items {
		ids = append(ids, it.ID)
	}
	if !slices.Equal(ids, []string{"k-trends", "k-private-label"}) {
		t.Errorf("gaps of MegaMart: %v", ids)
	}
	if !strings.Contains(h.tab.View(), "only unknown or stale") {
		t.Error("the filter says it is on")
	}
	h.Press("t", "down", "t") // both verified: no gaps left
	if v := h.tab.View(); !strings.Contains(v, "Nothing unknown or stale") {
		t.Errorf("view:\n%s", v)
	}
	h.Press("f")
	if len(h.tab.visibleItems(h.Ctx.Data.Accounts[0])) != 11 {
		t.Error("f again shows every item")
	}
}

func TestWriteAnAnswer(t *testing.T) {
	h := onAccount(t, "cs06")
	h.Press("down", "down", "down", "enter") // "Trends on both sides", unknown
	if h.tab.Form == nil || !h.tab.Capturing() {
		t.Fatal("enter opens the answer form")
	}
	h.Press("enter", "text:Pharmacies add a", "ctrl+j", "text:health-food aisle", "enter", "text:store visit", "enter")
	k := h.answer("cs06", "k-trends")
	if k.Status != model.PartlyKnown || k.Answer != "Pharmacies add a\nhealth-food aisle" || k.Source != "store visit" || !k.Verified.Equal(model.Day(now)) {
		t.Errorf("saved %+v", k)
	}
	if h.tab.Form != nil {
		t.Error("the form closes once saved")
	}
}

func TestChecklistItemsEditor(t *testing.T) {
	h := onAccount(t, "cs01")
	h.Press("I")
	if h.tab.screen != screenItems {
		t.Fatal("I opens the checklist's items")
	}
	h.Press("n", "text:Promotion calendar", "enter", "text:促销日历", "enter")
	items, _ := h.Store.Checklist()
	if len(items) != 12 || items[1].Name.ZH != "促销日历" {
		t.Fatalf("after n: %+v", items)
	}
	h.Press("e", "ctrl+u", "text:Buyer's authority", "enter", "enter")
	items, _ = h.Store.Checklist()
	if items[0].Name.EN != "Buyer's authority" || items[0].ID != "k-role" {
		t.Errorf("rename keeps the ID: %+v", items[0])
	}
	h.Press("down", "d", "y")
	items, _ = h.Store.Checklist()
	if len(items) != 11 || slices.ContainsFunc(items, func(it model.ChecklistItem) bool { return it.Name.EN == "Promotion calendar" }) {
		t.Errorf("after d: %+v", items)
	}
	h.Press("n", "enter", "enter")
	if !strings.Contains(h.tab.View(), "needs a name") {
		t.Errorf("an unnamed item is refused:\n%s", h.tab.View())
	}
}

func TestContactsListAndWarnings(t *testing.T) {
	tests := []struct {
		account string
		warns   []string
	}{
		{"cs01", []string{"Zhang Min 张敏 has been the buyer for 30 months"}},
		{"cs04", []string{"No supporter among the deciders", "No contact in Commercial management, Store operations.", "Not contacted in 60 days: Yu Ting 于婷."}},
		{"cs06", []string{"No decider known"}},
	}
	for _, tt := range tests {
		h := onAccount(t, tt.account)
		h.Press("v")
		v := h.tab.View()
		for _, w := range tt.warns {
			if !strings.Contains(v, w) {
				t.Errorf("%s: lacks warning %q:\n%s", tt.account, w, v)
			}
		}
	}
	h := onAccount(t, "cs01")
	h.Press("v")
	v := h.tab.View()
	for _, want := range []string{"8 contacts", "relationship: Diamond", "Wang Fang 王芳", "decider", "advocate", "12d ago", "David Ho 何大卫"} {
		if !strings.Contains(v, want) {
			t.Errorf("contacts lack %q:\n%s", want, v)
		}
	}
}

func TestNewContactThroughTheForm(t *testing.T) {
	h := onAccount(t, "cs06")
	h.Press("v", "n")
	// Group 1: name, title, function (buying → commercial), role (buyer → … decider), stance, influence.
	h.Press("text:Ma Rui 马睿", "enter", "text:Chain director", "enter", "right", "enter",
		"right", "enter", "left", "enter", "left", "enter")
	// Group 2: reports to (nobody), counterpart (→ Li Wei), last contact, in post since, notes.
	h.Press("enter", "right", "enter", "text:2026-12-30", "enter")
	if !strings.Contains(h.tab.View(), "2026-12-30 is in the future") {
		t.Fatalf("a future date is refused at the field:\n%s", h.tab.View())
	}
	h.Press("ctrl+u", "text:2026-11-18", "enter", "enter", "text:Signs off new listings", "enter")
	c, ok := h.storedContact("Ma Rui 马睿")
	if !ok {
		t.Fatalf("not saved:\n%s", h.tab.View())
	}
	if c.Function != "commercial" || c.Role != "decider" || c.Stance != "supporter" || c.Influence != "high" ||
		c.Counterpart != "p1" || !c.LastContact.Equal(time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC)) || c.Notes != "Signs off new listings" {
		t.Errorf("saved %+v", c)
	}
	// The account now has a supportive decider: those warnings are gone.
	v := h.tab.View()
	if strings.Contains(v, "No decider known") || strings.Contains(v, "No supporter among") {
		t.Errorf("warnings should clear:\n%s", v)
	}
}

func TestContactFormRefusesEmptyName(t *testing.T) {
	h := onAccount(t, "cs06")
	h.Press("v", "n", "enter")
	if !strings.Contains(h.tab.View(), "a name is required") {
		t.Errorf("view:\n%s", h.tab.View())
	}
	h.Press("esc")
	if h.tab.Form != nil {
		t.Error("esc on an untouched form closes it")
	}
}

func TestArchiveUndoRestoreContact(t *testing.T) {
	h := onAccount(t, "cs06")
	h.Press("v", "d")
	if h.tab.Ask == nil {
		t.Fatal("d asks first")
	}
	h.Press("y")
	if c, _ := h.storedContact("Ye Qing 叶青"); !c.Archived {
		t.Fatal("y archives")
	}
	if strings.Contains(h.tab.View(), "Ye Qing") {
		t.Error("an archived contact leaves the list")
	}
	h.Press("u")
	if c, _ := h.storedContact("Ye Qing 叶青"); c.Archived {
		t.Fatal("u restores")
	}
	h.Press("d", "y", "a")
	if !strings.Contains(h.tab.View(), "archived contacts: 1") {
		t.Errorf("a shows archived contacts:\n%s", h.tab.View())
	}
	h.Press("r")
	if c, _ := h.storedContact("Ye Qing 叶青"); c.Archived {
		t.Error("r restores")
	}
}

func TestContactDetailAndLog(t *testing.T) {
	h := onAccount(t, "cs01")
	h.Press("v", "enter")
	v := h.tab.View()
	for _, want := range []string{"Zhang Min 张敏", "Category buyer, salty snacks", "Reports to", "Wang Fang 王芳", "Li Wei 李伟 (Key account manager)", "Range review moved to March"} {
		if !strings.Contains(v, want) {
			t.Errorf("contact detail lacks %q:\n%s", want, v)
		}
	}
	h.Press("l", "enter", "ctrl+u", "text:2026-11-19", "enter", "text:Asked for the Q1 promotion plan", "enter")
	c, _ := h.storedContact("Zhang Min 张敏")
	if !c.LastContact.Equal(time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("the moment moves last contact: %v", c.LastContact)
	}
	if !strings.Contains(h.tab.View(), "Asked for the Q1 promotion plan") {
		t.Error("the detail lists the new moment")
	}
	h.Press("esc", "v", "v") // map, log
	if !strings.Contains(h.tab.View(), "3 contact moments") {
		t.Errorf("log:\n%s", h.tab.View())
	}
	h.Press("n", "enter", "enter", "enter")
	if !strings.Contains(h.tab.View(), "say what was learned") {
		t.Errorf("an empty moment is refused:\n%s", h.tab.View())
	}
}

func TestMapGroupsByFunction(t *testing.T) {
	h := onAccount(t, "cs10") // ValueDepot: a bow-tie
	h.Press("v", "v")
	v := h.tab.View()
	for _, want := range []string{"Bow-tie", "Link more functions", "Buying / category management", "Hou Jie 侯杰",
		"<- Li Wei 李伟", "Finance  (no contact)", "Mo Li 莫莉", "(no counterpart)"} {
		if !strings.Contains(v, want) {
			t.Errorf("map lacks %q:\n%s", want, v)
		}
	}
	// Hou Jie reports to Mo Li: he is drawn under her.
	lines := strings.Split(v, "\n")
	mo, hou := -1, -1
	for i, l := range lines {
		if strings.Contains(l, "Mo Li") && mo < 0 {
			mo = i
		}
		if strings.Contains(l, "Hou Jie") && hou < 0 {
			hou = i
		}
	}
	if mo < 0 || hou != mo+1 || !strings.HasPrefix(lines[hou], "    Hou Jie") {
		t.Errorf("reporting lines: Mo Li at %d, Hou Jie at %d:\n%s", mo, hou, v)
	}
}

func TestOurPeople(t *testing.T) {
	h := onAccount(t, "cs01")
	h.Press("v", "P")
	if !strings.Contains(h.tab.View(), "Chen Jie 陈杰") {
		t.Fatalf("P lists our people:\n%s", h.tab.View())
	}
	h.Press("n", "text:Grace Wu 吴雅", "enter", "text:Customer service lead", "enter", "right", "right", "right", "enter")
	person := func(name string) model.Person {
		people, _ := h.Store.People()
		for _, p := range people {
			if p.Name == name {
				return p
			}
		}
		t.Fatalf("no %s among %+v", name, people)
		return model.Person{}
	}
	if p := person("Grace Wu 吴雅"); p.Function != "supply" || p.Title != "Customer service lead" {
		t.Errorf("new person: %+v", p)
	}
	h.Press("d", "y") // the cursor is on the first: Li Wei
	if !person("Li Wei 李伟").Archived {
		t.Error("d archives the person under the cursor")
	}
	if strings.Contains(h.tab.View(), "Li Wei") {
		t.Error("an archived person leaves the list")
	}
}

func TestChineseLabels(t *testing.T) {
	h := onAccount(t, "cs01")
	h.SetLang(model.Chinese)
	v := h.tab.View()
	for _, want := range []string{"清单", "了解程度", "采购的角色与权限", "已知"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
	h.Press("v", "v")
	if v := h.tab.View(); !strings.Contains(v, "钻石型") || !strings.Contains(v, "采购/品类管理") {
		t.Errorf("map in Chinese:\n%s", v)
	}
}

// TestOneContactIsSingular: an account with one contact says "1 contact".
func TestOneContactIsSingular(t *testing.T) {
	h := onAccount(t, "cs06") // three contacts
	h.Press("v", "d", "y", "d", "y")
	v := h.tab.View()
	if !regexp.MustCompile(`\b1 contact\b`).MatchString(v) || strings.Contains(v, "1 contacts") {
		t.Errorf("one contact left:\n%s", v)
	}
}

// TestContactNameIsAPersonsName: a contact's name is a 姓名, and an empty one
// is refused in those words.
func TestContactNameIsAPersonsName(t *testing.T) {
	h := onAccount(t, "cs06")
	h.SetLang(model.Chinese)
	h.Press("v")
	if v := h.tab.View(); !strings.Contains(v, "姓名") {
		t.Errorf("the contacts list heads names 姓名:\n%s", v)
	}
	h.Press("n", "enter")
	if v := h.tab.View(); !strings.Contains(v, "姓名不能为空") {
		t.Errorf("view:\n%s", v)
	}
}

func TestOpenShowsTheContactGoneTo(t *testing.T) {
	h := onAccount(t, "cs01")
	var target model.Contact
	for _, c := range h.tab.Ctx.Data.ContactsOf("cs01") {
		if !c.Archived {
			target = c
		}
	}
	if target.ID == "" {
		t.Fatal("the case study's MegaMart has no contact")
	}
	h.Run(h.Update(common.OpenMsg{Item: target.ID}))
	if v := h.tab.View(); h.tab.screen != screenContact || !strings.Contains(v, target.Name) {
		t.Errorf("OpenMsg with a contact should show its detail:\n%s", v)
	}
	item := h.tab.Ctx.Data.Checklist[3]
	h.Run(h.Update(common.OpenMsg{Item: item.ID}))
	if h.tab.screen != screenView || h.tab.view != viewChecklist || h.tab.itemCursor != 3 {
		t.Errorf("OpenMsg with a checklist item puts the cursor on it: view %d cursor %d", h.tab.view, h.tab.itemCursor)
	}
	h.Run(h.Update(common.OpenMsg{Item: "no-such-contact"}))
	if h.tab.screen != screenView || h.tab.view != viewChecklist {
		t.Errorf("OpenMsg with something not there shows the checklist, not screen %d view %d", h.tab.screen, h.tab.view)
	}
}
