package accounts

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store/storetest"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
	"github.com/kam-workbench/kam/ui/uitest"
)

var now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// harness drives the Accounts tab as the root would.
type harness struct {
	*uitest.Harness
	tab *Model
}

// newHarness starts on the list of accounts, where most tests work.
func newHarness(t *testing.T, ws model.Workspace) *harness {
	t.Helper()
	h := newTodayHarness(t, ws)
	h.Press("v")
	if h.tab.view != viewList {
		t.Fatal("v does not show the list")
	}
	return h
}

// newTodayHarness starts where the tab starts: on Today.
func newTodayHarness(t *testing.T, ws model.Workspace) *harness {
	t.Helper()
	h, tab := uitest.For(t, ws, now, New)
	return &harness{Harness: h, tab: tab}
}

func caseStudy(t *testing.T) *harness {
	return newHarness(t, model.CaseStudy(now, model.English))
}

// names lists the names in the list, top to bottom.
func (h *harness) names() []string {
	var out []string
	for _, i := range h.tab.rows {
		out = append(out, h.Ctx.Data.Accounts[i].Name)
	}
	return out
}

func (h *harness) cursorName() string {
	a, _ := h.tab.current()
	return a.Name
}

func (h *harness) stored(name string) (model.Account, bool) {
	all, err := h.Store.Accounts()
	if err != nil {
		h.T.Fatal(err)
	}
	for _, a := range all {
		if a.Name == name {
			return a, true
		}
	}
	return model.Account{}, false
}

func TestListStartsSortedByName(t *testing.T) {
	h := caseStudy(t)
	got := h.names()
	if len(got) != 10 || !slices.IsSortedFunc(got, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }) {
		t.Fatalf("names = %v", got)
	}
	// The workspace's current account is where the cursor starts.
	if h.cursorName() != "MegaMart 美佳大卖场" {
		t.Errorf("cursor on %q, want the current account", h.cursorName())
	}
}

func TestFilter(t *testing.T) {
	tests := []struct {
		typed string
		want  []string
	}{
		{"north", []string{"QuickStop 快停便利", "ValueDepot 实惠仓"}}, // region, any case
		{"MEGA", []string{"MegaMart 美佳大卖场"}},                    // name, any case
		{"鲜", []string{"FreshWay 鲜途超市", "Village Fresh 乡鲜合作社"}}, // Chinese in the name
		{"大卖场", []string{"MegaMart 美佳大卖场"}},                     // channel named in Chinese
		{"pharmacy", []string{"HealthPlus 康加药房"}},               // channel named in English
		{"cash & carry", []string{"Metro Wholesale 都会批发"}},      // spaces and symbols
		{"nothing like this", nil},
	}
	for _, tt := range tests {
		h := caseStudy(t)
		h.Press("/", "text:"+tt.typed)
		if !h.tab.Capturing() {
			t.Errorf("%q: the filter should capture keys while typing", tt.typed)
		}
		if got := h.names(); !slices.Equal(got, tt.want) {
			t.Errorf("filter %q = %v, want %v", tt.typed, got, tt.want)
		}
		h.Press("enter")
		if h.tab.Capturing() || !slices.Equal(h.names(), tt.want) {
			t.Errorf("%q: enter should keep the filter and release the keys", tt.typed)
		}
		h.Press("esc")
		if len(h.names()) != 10 {
			t.Errorf("%q: esc should clear the filter, %d rows", tt.typed, len(h.names()))
		}
	}
}

func TestFilterNoMatchSaysSo(t *testing.T) {
	h := caseStudy(t)
	h.Press("/", "text:zzz")
	if v := h.tab.View(); !strings.Contains(v, `No account matches "zzz"`) {
		t.Errorf("view:\n%s", v)
	}
}

func TestSortCyclesThroughColumns(t *testing.T) {
	h := caseStudy(t)
	h.tab.SetSize(200, 35) // every column shown, so every sort is offered
	h.Press("s")           // channel
	if h.tab.sortBy != sortChannel || h.names()[0] != "ValueDepot 实惠仓" && h.names()[0] != "Metro Wholesale 都会批发" {
		t.Errorf("sort by channel: %v", h.names())
	}
	h.Press("s", "s", "s", "s") // region, tier, quadrant, our sales
	if h.tab.sortBy != sortSales || !h.tab.sortDesc {
		t.Fatalf("sortBy %v desc %v", h.tab.sortBy, h.tab.sortDesc)
	}
	if got := h.names()[0]; got != "MegaMart 美佳大卖场" {
		t.Errorf("biggest sales first: got %q", got)
	}
	h.Press("S")
	if got := h.names()[0]; got != "HealthPlus 康加药房" {
		t.Errorf("reversed, smallest sales first: got %q", got)
	}
	h.Press("s") // share, highest first
	if got := h.names()[0]; got != "Village Fresh 乡鲜合作社" {
		t.Errorf("highest share first: got %q", got)
	}
	for range int(sortKeys) - int(sortShare) {
		h.Press("s")
	}
	if h.tab.sortBy != sortName {
		t.Errorf("s should cycle back to name, got %v", h.tab.sortBy)
	}
}

func TestCursorMovesAndStaysInList(t *testing.T) {
	h := caseStudy(t)
	h.Press("g")
	if h.tab.table.Cursor != 0 {
		t.Fatal("g goes to the first row")
	}
	h.Press("up")
	if h.tab.table.Cursor != 0 {
		t.Error("up at the top stays")
	}
	h.Press("down", "j")
	if h.tab.table.Cursor != 2 {
		t.Errorf("cursor = %d, want 2", h.tab.table.Cursor)
	}
	h.Press("G", "down")
	if h.tab.table.Cursor != 9 {
		t.Errorf("cursor = %d, want the last row", h.tab.table.Cursor)
	}
}

func TestEnterOpensDetailAndMakesItCurrent(t *testing.T) {
	h := caseStudy(t)
	h.Press("g", "enter")
	if h.tab.mode != modeDetail {
		t.Fatal("enter should open the detail")
	}
	a, _ := h.Ctx.Data.Account(h.tab.detailID)
	if h.Selected != a.ID || a.Name != "FreshWay 鲜途超市" {
		t.Errorf("selected %q, detail of %q", h.Selected, a.Name)
	}
	v := h.tab.View()
	for _, want := range []string{"FreshWay 鲜途超市", "¥180M", "12%", "Knowing the buyer", "[x] Large size and volume", "Objectives", "Opening 30 stores"} {
		if !strings.Contains(v, want) {
			t.Errorf("detail lacks %q:\n%s", want, v)
		}
	}
	h.Press("esc")
	if h.tab.mode != modeList || h.cursorName() != "FreshWay 鲜途超市" {
		t.Error("esc goes back to the list, on the same account")
	}
}

func TestStagesAreSetFromTheDetail(t *testing.T) {
	h := caseStudy(t)
	h.Press("g", "enter") // FreshWay: stages 1-4 done, 5 in progress
	if h.tab.stageCursor != 4 {
		t.Fatalf("the cursor should start on the first stage not done, got %d", h.tab.stageCursor)
	}
	h.Press("space") // in progress → done
	a, _ := h.stored("FreshWay 鲜途超市")
	if a.Stages[4] != model.Done {
		t.Fatalf("stage 5 = %v, want done (saved)", a.Stages[4])
	}
	if !strings.Contains(h.Status, "Stage 5 Account strategy: done") {
		t.Errorf("status %q", h.Status)
	}
	h.Press("down", "right", "right", "right") // stage 6: forward twice, stops at done
	a, _ = h.stored("FreshWay 鲜途超市")
	if a.Stages[5] != model.Done {
		t.Errorf("stage 6 = %v", a.Stages[5])
	}
	h.Press("left", "left", "left")
	a, _ = h.stored("FreshWay 鲜途超市")
	if a.Stages[5] != model.NotStarted {
		t.Errorf("stage 6 = %v after going back", a.Stages[5])
	}
	if got := StageStrip(a.Stages); got != "#####..." || !a.StagesByHand[5] {
		t.Errorf("strip = %q, by hand %v", got, a.StagesByHand)
	}
	h.Press("esc")
	if strip := StageStrip(h.tab.stagesOf(&a)); strip[:6] != "#####." || !strings.Contains(h.tab.View(), strip) {
		t.Errorf("the list should show the new strip %s:\n%s", strip, h.tab.View())
	}
}

func TestStagesStartMatchesTheDetailLayout(t *testing.T) {
	for _, w := range []int{60, 83, 84, 120} {
		h := caseStudy(t)
		h.tab.SetSize(w, 30)
		a := h.Ctx.Data.Accounts[0]
		lines := h.tab.detailBody(a)
		got := lines[h.tab.stagesStart()]
		if !strings.Contains(got, "1 "+model.Stages[0].EN) {
			t.Errorf("width %d: line %d is %q, want the first stage", w, h.tab.stagesStart(), got)
		}
	}
}

func TestArchiveAsksThenUndo(t *testing.T) {
	h := caseStudy(t)
	h.Press("g") // FreshWay
	h.Press("d")
	if h.tab.Ask == nil || !h.tab.Capturing() {
		t.Fatal("d should ask first")
	}
	if v := h.tab.View(); !strings.Contains(v, `Archive "FreshWay 鲜途超市"?`) {
		t.Errorf("question not shown:\n%s", v)
	}
	h.Press("n")
	if a, _ := h.stored("FreshWay 鲜途超市"); a.Archived || h.tab.Ask != nil {
		t.Fatal("n should keep the account")
	}
	h.Press("d", "y")
	if a, _ := h.stored("FreshWay 鲜途超市"); !a.Archived {
		t.Fatal("y should archive")
	}
	if slices.Contains(h.names(), "FreshWay 鲜途超市") || len(h.names()) != 9 {
		t.Errorf("archived account still listed: %v", h.names())
	}
	if !strings.Contains(h.Status, "u undoes") {
		t.Errorf("status %q", h.Status)
	}
	h.Press("u")
	if a, _ := h.stored("FreshWay 鲜途超市"); a.Archived {
		t.Fatal("u should restore")
	}
	if len(h.names()) != 10 {
		t.Errorf("restored account not listed")
	}
	h.Press("u")
	if h.Status != "Nothing to undo." {
		t.Errorf("second undo: status %q", h.Status)
	}
}

func TestArchivedViewRestores(t *testing.T) {
	h := caseStudy(t)
	h.Press("g", "d", "y", "a")
	if !h.tab.showArchived || !slices.Equal(h.names(), []string{"FreshWay 鲜途超市"}) {
		t.Fatalf("archived view: %v", h.names())
	}
	if v := h.tab.View(); !strings.Contains(v, "Archived accounts: 1") {
		t.Errorf("view:\n%s", v)
	}
	h.Press("e", "n") // neither edits nor adds while showing archived accounts
	if h.tab.mode != modeList || h.tab.Form != nil {
		t.Fatal("archived accounts are restored, not edited")
	}
	h.Press("r")
	if a, _ := h.stored("FreshWay 鲜途超市"); a.Archived {
		t.Fatal("r should restore")
	}
	if len(h.names()) != 0 {
		t.Errorf("restored account still in the archived view")
	}
	h.Press("a")
	if h.tab.showArchived || len(h.names()) != 10 {
		t.Error("a goes back to the active accounts")
	}
}

// fillNewAccount goes through the whole form for a new account.
func fillNewAccount(h *harness, name string) {
	h.Press("n", "text:"+name, "enter", // name
		"right", "enter", // channel: supermarket
		"text:Neighbourhood", "enter", // format
		"text:华东 East", "enter", // region
		"text:1,250", "enter", // outlets
		"text:2,000,000", "enter", // category sales
		"text:300,000.50", "enter", // our sales
		"text:350000", "enter", // target
		"text:-3.5%", "enter", // growth
		"left", "enter", // tier: A
		"space", "down", "down", "space", "enter", // traits: first and third
		"text:Grow share", "ctrl+j", "text:第二行", "enter", // objectives, two lines
		"text:Met the buyer", "enter") // notes, and save
}

func TestNewAccountThroughTheForm(t *testing.T) {
	h := newHarness(t, model.Workspace{})
	if v := h.tab.View(); !strings.Contains(v, "Press n to add your first key account") || !strings.Contains(v, "kam demo") {
		t.Fatalf("an empty workspace should welcome:\n%s", v)
	}
	fillNewAccount(h, "Lotus Mart 莲花超市")
	if h.tab.mode != modeList || h.tab.Form != nil {
		t.Fatalf("the form should close on save; view:\n%s", h.tab.View())
	}
	a, ok := h.stored("Lotus Mart 莲花超市")
	if !ok {
		t.Fatal("the account was not saved")
	}
	want := model.Account{
		ID: a.ID, Name: "Lotus Mart 莲花超市", Channel: model.Supermarket, Format: "Neighbourhood", Region: "华东 East",
		Outlets: 1250, CategorySales: 2_000_000_00, OurSales: 300_000_50, Target: 350_000_00, Growth: -3.5,
		Tier: model.TierA, Traits: []model.Trait{"size", "professional"}, Objectives: "Grow share\n第二行", Notes: "Met the buyer",
		Created: now, Updated: now,
	}
	if !reflectEqual(a, want) {
		t.Errorf("saved\n%+v\nwant\n%+v", a, want)
	}
	if h.Selected != a.ID {
		t.Error("a new account becomes the current one")
	}
	if h.cursorName() != "Lotus Mart 莲花超市" {
		t.Errorf("cursor on %q, want the new account", h.cursorName())
	}
	if s, _ := a.Share(); s != 15.000025 {
		t.Errorf("share computed as %v", s)
	}
}

func reflectEqual(a, b model.Account) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Channel == b.Channel && a.Format == b.Format && a.Region == b.Region &&
		a.Outlets == b.Outlets && a.CategorySales == b.CategorySales && a.OurSales == b.OurSales && a.Target == b.Target &&
		a.Growth == b.Growth && a.Tier == b.Tier && slices.Equal(a.Traits, b.Traits) && a.Objectives == b.Objectives &&
		a.Notes == b.Notes && a.Stages == b.Stages && a.Created.Equal(b.Created) && a.Updated.Equal(b.Updated)
}

func TestFormRefusesBadInputAtTheField(t *testing.T) {
	tests := []struct {
		name  string
		keys  []string
		field string // text of the message shown
	}{
		{"duplicate name", []string{"text:freshway 鲜途超市", "enter"}, `another account is already called "freshway 鲜途超市"`},
		{"empty name", []string{"enter"}, "a name is required"},
		{"bad outlets", []string{"text:X", "enter", "enter", "enter", "enter", "text:12a", "enter"}, `"12a" is not a whole number`},
		{"decimal outlets", []string{"text:X", "enter", "enter", "enter", "enter", "text:2.5", "enter"}, "enter a whole number"},
		{"ours above category", []string{"text:X", "enter", "enter", "enter", "enter", "enter", "text:1,000", "enter", "text:2,000", "enter"}, "cannot be above the category sales"},
		{"growth out of range", []string{"text:X", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "text:1500", "enter"}, "between -100% and 1000%"},
		{"negative amount", []string{"text:X", "enter", "enter", "enter", "enter", "enter", "text:-5", "enter"}, "cannot be negative"},
	}
	for _, tt := range tests {
		h := caseStudy(t)
		h.Press("n")
		h.Press(tt.keys...)
		v := h.tab.View()
		if !strings.Contains(v, tt.field) {
			t.Errorf("%s: message %q not shown:\n%s", tt.name, tt.field, v)
		}
		if h.tab.Form == nil {
			t.Errorf("%s: the form should stay open", tt.name)
		}
		if all, _ := h.Store.Accounts(); len(all) != 10 {
			t.Errorf("%s: something was saved", tt.name)
		}
	}
}

// TestEmptyNameSpeaksChinese: an empty name is refused with a message in
// the language of the moment, like every other rule.
func TestEmptyNameSpeaksChinese(t *testing.T) {
	h := caseStudy(t)
	h.SetLang(model.Chinese)
	h.Press("n", "enter")
	if v := h.tab.View(); !strings.Contains(v, "名称不能为空") || h.tab.Form == nil {
		t.Errorf("an empty name is refused at the field:\n%s", v)
	}
}

func TestFormSpeaksChinese(t *testing.T) {
	h := caseStudy(t)
	h.SetLang(model.Chinese)
	h.Press("n", "text:MegaMart 美佳大卖场", "enter")
	v := h.tab.View()
	for _, want := range []string{"新建关键客户", "名称", "已有客户名为"} {
		if !strings.Contains(v, want) {
			t.Errorf("lacks %q:\n%s", want, v)
		}
	}
}

func TestEditKeepsIDAndChangesFields(t *testing.T) {
	h := caseStudy(t)
	h.Press("g") // FreshWay
	before, _ := h.stored("FreshWay 鲜途超市")
	h.Press("e", "ctrl+u", "text:FreshWay Express", "enter")
	for range 4 { // channel, format, region, outlets
		h.Press("enter")
	}
	h.Press("enter", "enter", "enter", "ctrl+u", "text:9", "enter") // growth 9%
	h.Press("enter", "enter", "enter", "enter")                     // tier, traits, objectives, notes: save
	after, ok := h.stored("FreshWay Express")
	if !ok {
		t.Fatalf("not renamed; view:\n%s", h.tab.View())
	}
	if after.ID != before.ID || after.Growth != 9 || after.OurSales != before.OurSales || !slices.Equal(after.Traits, before.Traits) {
		t.Errorf("edit changed the wrong things: before %+v after %+v", before, after)
	}
	if _, ok := h.stored("FreshWay 鲜途超市"); ok {
		t.Error("the old name is still stored")
	}
}

func TestEscAsksBeforeDiscardingTypedWork(t *testing.T) {
	h := caseStudy(t)
	h.Press("n", "esc")
	if h.tab.mode != modeList || h.tab.Form != nil {
		t.Fatal("esc on an untouched form closes it")
	}
	h.Press("n", "text:Half typed", "esc")
	if h.tab.Ask == nil || h.tab.Form == nil {
		t.Fatal("esc on a typed form should ask")
	}
	if !strings.Contains(h.tab.View(), "Discard what you typed?") {
		t.Error("question not shown")
	}
	h.Press("n")
	if h.tab.Form == nil || h.tab.draft.name != "Half typed" {
		t.Fatal("n goes back to the form with the typing kept")
	}
	h.Press("esc", "y")
	if h.tab.mode != modeList || h.tab.Form != nil || len(h.names()) != 10 {
		t.Error("y discards and closes")
	}
}

func TestDraftAccount(t *testing.T) {
	d := newDraft(model.Account{Name: "x", Channel: model.Pharmacy, Tier: model.TierC})
	if d.changed() {
		t.Error("a fresh draft has no changes")
	}
	d.traits = []model.Trait{"power", "size"} // ticked out of order
	d.category, d.ours, d.growth = "1,000", "250.5", "12%"
	a, p := d.account()
	if p != nil {
		t.Fatal(p.Err)
	}
	if !slices.Equal(a.Traits, []model.Trait{"size", "power"}) || a.CategorySales != 1000_00 || a.OurSales != 250_50 || a.Growth != 12 {
		t.Errorf("account = %+v", a)
	}
	if !d.changed() {
		t.Error("the draft changed")
	}
	d.outlets = "many"
	if _, p := d.account(); p == nil || p.Field != model.FieldOutlets {
		t.Errorf("problem = %+v", p)
	}
}

func TestAllArchivedSaysSo(t *testing.T) {
	ws := model.Workspace{Accounts: []model.Account{{Name: "Only", Channel: model.Pharmacy, Tier: model.TierC, Archived: true}}}
	h := newHarness(t, ws)
	if v := h.tab.View(); !strings.Contains(v, "Every account is archived") {
		t.Errorf("view:\n%s", v)
	}
}

func TestQuadrantColumnAndSort(t *testing.T) {
	ws := model.CaseStudy(now, model.English)
	ws.Evaluations = slices.DeleteFunc(ws.Evaluations, func(e model.Evaluation) bool { return e.AccountID == "cs02" })
	h := newHarness(t, ws)
	h.tab.SetSize(200, 35)
	h.Press("s", "s", "s", "s")
	if h.tab.sortBy != sortQuadrant {
		t.Fatalf("sortBy = %v", h.tab.sortBy)
	}
	names := h.names()
	if names[0] != "MegaMart 美佳大卖场" || names[len(names)-1] != "FreshWay 鲜途超市" {
		t.Errorf("strategic first, unevaluated last: %v", names)
	}
	v := h.tab.View()
	if !strings.Contains(v, "Quadrant") || !strings.Contains(v, "Strategic first") {
		t.Errorf("view:\n%s", v)
	}
	h.Press("G", "enter")
	if !strings.Contains(h.tab.View(), "not evaluated yet") {
		t.Error("the detail of an unevaluated account says so")
	}
}

func TestSortByKnownAndOverdue(t *testing.T) {
	h := caseStudy(t)
	h.tab.SetSize(200, 35)
	d := h.Ctx.Data
	for range int(sortKnown) {
		h.Press("s")
	}
	if h.tab.sortBy != sortKnown || !h.tab.sortDesc {
		t.Fatalf("sortBy %v desc %v", h.tab.sortBy, h.tab.sortDesc)
	}
	var known []float64
	for _, i := range h.tab.rows {
		known = append(known, d.KnowledgeScore(d.Accounts[i].ID, now))
	}
	if !slices.IsSortedFunc(known, func(a, b float64) int { return cmp.Compare(b, a) }) || known[0] == known[len(known)-1] {
		t.Errorf("best known first: %v (%v)", known, h.names())
	}

	h.Press("s")
	if h.tab.sortBy != sortOverdue {
		t.Fatalf("sortBy %v", h.tab.sortBy)
	}
	var overdue []int
	for _, i := range h.tab.rows {
		overdue = append(overdue, d.Overdue(d.Accounts[i].ID, now))
	}
	if !slices.IsSortedFunc(overdue, func(a, b int) int { return cmp.Compare(b, a) }) || overdue[0] == overdue[len(overdue)-1] {
		t.Errorf("most overdue first: %v (%v)", overdue, h.names())
	}
}

// TestSavedAccountMovesToItsPlace saves accounts under every sort and
// checks that the row moved by a save stands where a full sort puts it.
func TestSavedAccountMovesToItsPlace(t *testing.T) {
	h := newHarness(t, model.Workspace{Accounts: storetest.Accounts(300, now)})
	for k := range sortKeys {
		h.tab.applySort(k)
		h.tab.rebuild()
		for step, i := range []int{7, 150, 299} {
			a := h.Ctx.Data.Accounts[i]
			a.OurSales = a.CategorySales / model.Money(step+int(k)+2)
			a.Growth = float64(step*3) - 5
			a.Region = []string{"Zeta", "alpha", "Middle"}[step]
			a.Stages[step] = model.Done
			h.Run(data.Save(h.Ctx.Data, "", a))
			if got, _ := h.Ctx.Data.Account(a.ID); got.Region != a.Region {
				t.Fatalf("the save of %s did not land: %s", a.Name, h.Status)
			}
			placed := slices.Clone(h.tab.rows)
			h.tab.rebuild()
			if !slices.Equal(placed, h.tab.rows) {
				t.Fatalf("sorted by %s: after saving %s the rows differ from a full sort", sortColumn[k], a.Name)
			}
			if cur, _ := h.tab.current(); cur.ID != a.ID {
				t.Errorf("sorted by %s: the cursor left the saved account for %s", sortColumn[k], cur.Name)
			}
		}
	}
}

// TestFilterNarrowsAndWidensAsAFullSearchWould types into the filter and
// takes it back again: at each step the rows are those a search of every
// account finds, in sort order.
func TestFilterNarrowsAndWidensAsAFullSearchWould(t *testing.T) {
	h := newHarness(t, model.Workspace{Accounts: storetest.Accounts(400, now)})
	h.Press("s", "s", "s", "s", "s") // sorted by our sales, so order matters
	h.Press("/")
	check := func(step string) {
		t.Helper()
		got, stack := slices.Clone(h.tab.rows), slices.Clone(h.tab.narrowing)
		h.tab.rebuild() // a full search, then the list as it was, to go on typing into
		if !slices.Equal(got, h.tab.rows) {
			t.Fatalf("after %s (filter %q): %d rows, a full search finds %d", step, h.tab.filter.Value(), len(got), len(h.tab.rows))
		}
		h.tab.rows, h.tab.narrowing = got, stack
	}
	for _, k := range []string{"1", "2", "0", "backspace", "backspace", "3", "backspace", "backspace", "r", "e", "backspace", "x"} {
		h.Press(k)
		check(k)
	}
	h.Press("ctrl+u") // everything typed goes at once
	check("ctrl+u")
}

// TestFailedStageSaveIsNotShown changes a stage when the disk refuses the
// save: the detail and the data keep the stage the file holds.
func TestFailedStageSaveIsNotShown(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter")
	cur, _ := h.tab.current()
	before := cur.Stages
	strip := StageStrip(h.tab.stagesOf(&cur))
	if !strings.Contains(h.tab.View(), strip) {
		t.Fatalf("the detail does not show the strip %s:\n%s", strip, h.tab.View())
	}
	h.Store.Close() // every write now fails, as on a full or vanished disk
	h.Press("space")
	after, _ := h.Ctx.Data.Account(cur.ID)
	if after.Stages != before {
		t.Errorf("the data holds stages %v after a failed save; the file holds %v", after.Stages, before)
	}
	if !strings.Contains(h.tab.View(), strip) {
		t.Errorf("the detail no longer shows the file's strip %s:\n%s", strip, h.tab.View())
	}
}

// TestSortOffersOnlyColumnsShown cycles the sort at 80 columns: it skips
// the columns the list cannot show, and the sorted column's header says
// which way it runs, in a mark that needs no colour.
func TestSortOffersOnlyColumnsShown(t *testing.T) {
	h := caseStudy(t)
	h.tab.SetSize(80, 24)
	shown := map[string]bool{}
	for _, c := range common.FitColumns(h.tab.columns(), 80) {
		shown[c.ID] = true
	}
	seen := map[sortKey]bool{}
	for range sortKeys {
		h.Press("s")
		seen[h.tab.sortBy] = true
		if !shown[sortColumnID[h.tab.sortBy]] {
			t.Errorf("sorted by %s, a column not shown at 80 columns", sortColumnID[h.tab.sortBy])
		}
	}
	if len(seen) < 4 {
		t.Errorf("the sort offers only %d columns at 80 columns", len(seen))
	}
	h.tab.applySort(sortSales)
	h.tab.rebuild()
	if v := h.tab.View(); !strings.Contains(v, "Our sales↓") {
		t.Errorf("the sorted column is not marked:\n%s", v)
	}
	h.Press("S")
	if v := h.tab.View(); !strings.Contains(v, "Our sales↑") {
		t.Errorf("the reversed sort is not marked:\n%s", v)
	}
}
