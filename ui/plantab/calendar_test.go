package plantab

import (
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store/storetest"
	"github.com/kam-workbench/kam/ui/uitest"
)

func day(s string) time.Time {
	d, err := time.ParseInLocation(model.DateLayout, s, time.Local)
	if err != nil {
		panic(err)
	}
	return d
}

// calendarWorkspace is FreshMart with two clusters, two products, a lead
// time of six weeks and four promotions in 2027 (today is 10 March, in
// week 10; weeks count from 1 January, a Friday):
//
//	A Tea leaflet     tea in Super, 29 Mar–4 Apr (weeks 13–14), not booked: inside the lead time
//	B Spring price cut juice everywhere, 1–14 May (weeks 18–20), booked 1 March
//	C Juice display   juice in Hyper, 10–20 May (weeks 19–20), booked 1 March: clashes with B
//	D Autumn tea gift tea everywhere, September (weeks 35–39), booked 1 March
func calendarWorkspace() model.Workspace {
	ws := smallWorkspace()
	ws.Clusters = append(ws.Clusters, model.Cluster{ID: "super", AccountID: "acc", Name: "Super", Stores: 20, Grade: "B"})
	ws.Operations = []model.Operations{{AccountID: "acc", PromoLeadWeeks: 6}}
	promo := func(id, name, start, end, booked string, products, clusters []string) model.Promotion {
		p := model.Promotion{ID: id, AccountID: "acc", Name: name, Mechanic: "price_cut", Start: day(start), End: day(end),
			Products: products, Clusters: clusters, DiscountPerUnit: 150, FixedFees: 300000, BaselinePerWeek: 1000, Uplift: 150, PullForward: 20}
		if booked != "" {
			p.Booked = day(booked)
		}
		return p
	}
	ws.Promotions = []model.Promotion{
		promo("spring", "Spring price cut", "2027-05-01", "2027-05-14", "2027-03-01", []string{"juice"}, nil),
		promo("display", "Juice display", "2027-05-10", "2027-05-20", "2027-03-01", []string{"juice"}, []string{"hyper"}),
		promo("leaflet", "Tea leaflet", "2027-03-29", "2027-04-04", "", []string{"tea"}, []string{"super"}),
		promo("gift", "Autumn tea gift", "2027-09-01", "2027-09-30", "2027-03-01", []string{"tea"}, nil),
	}
	return ws
}

// toCalendar opens the calendar view.
func (h *harness) toCalendar() {
	h.Press("v", "v", "v", "v")
	if h.tab.view != viewCalendar {
		h.T.Fatalf("four v's reach view %d", h.tab.view)
	}
}

// rowOf finds the calendar's line for a row label.
func (h *harness) rowOf(label string) string {
	h.T.Helper()
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.HasPrefix(l[min(2, len(l)):], label) {
			return l
		}
	}
	h.T.Fatalf("no row %q in:\n%s", label, h.view())
	return ""
}

// weekCell is what a row shows in a week of the year, from 1, or "" when
// the week is out of view.
func (h *harness) weekCell(row string, week int) string {
	labelW, weeks, _ := h.tab.calendarGeometry(h.tab.Height - 1)
	i := week - 1 - h.tab.calendar.left
	if i < 0 || i >= weeks {
		return ""
	}
	at := 2 + labelW + 1 + i*weekW
	return row[at : at+weekW]
}

func TestCalendarBarsInTheirWeeks(t *testing.T) {
	h := newHarness(t, calendarWorkspace())
	h.toCalendar()
	v := h.view()
	for _, want := range []string{"FreshMart · 2027 · 4 promotions", "rows: products", "today: week 10", "weeks 8 to 38 of 53"} {
		if !strings.Contains(v, want) {
			t.Errorf("the calendar says %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "‹") {
		t.Errorf("a catalog key is missing:\n%s", v)
	}
	juice := h.rowOf("J-1 Orange juice")
	for week, want := range map[int]string{17: " . ", 18: "B==", 19: "XXX", 20: "XXX", 21: " . "} {
		if got := h.weekCell(juice, week); got != want {
			t.Errorf("juice in week %d shows %q, want %q:\n%s", week, got, want, juice)
		}
	}
	tea := h.rowOf("T-1 Green tea")
	for week, want := range map[int]string{12: " . ", 13: "A==", 14: "===", 15: " . ", 35: "D==", 38: "==="} {
		if got := h.weekCell(tea, week); got != want {
			t.Errorf("tea in week %d shows %q, want %q:\n%s", week, got, want, tea)
		}
	}
	if got := h.weekCell(tea, 10); got != " | " {
		t.Errorf("today's week on an empty row shows %q, want \" | \"", got)
	}
	// the header: the months over the week of their first day, a v over
	// today's week, where its rows draw a |
	lines := strings.Split(v, "\n")
	months, weeks := lines[2], lines[3]
	at := func(s, sub string) int { return strings.Index(s, sub) }
	if i := at(months, "May"); i < 0 || i != at(weeks, "18 ") {
		t.Errorf("May is not over week 18, where 1 May is:\n%s\n%s", months, weeks)
	}
	if i := at(months, "Mar"); i < 0 || i != at(weeks, " 9 ")+1 {
		t.Errorf("March is not over week 9, where 1 March is:\n%s\n%s", months, weeks)
	}
	if strings.Contains(months, "Feb") {
		t.Errorf("February, in view for a week, leaves room for March:\n%s", months)
	}
	if i := at(months, "v"); i < 0 || i != at(weeks, "10 ")+1 || tea[i] != '|' {
		t.Errorf("today's week is not marked:\n%s\n%s\n%s", months, weeks, tea)
	}
	// the legend names the promotions in view by their codes
	for _, want := range []string{"A Tea leaflet", "B Spring price cut", "C Juice display", "D Autumn tea gift"} {
		if !strings.Contains(v, want) {
			t.Errorf("the legend names %q:\n%s", want, v)
		}
	}
}

func TestCalendarWarnsOfClashesAndLateBookings(t *testing.T) {
	h := newHarness(t, calendarWorkspace())
	h.toCalendar()
	v := h.view()
	if want := "Clash: B Spring price cut and C Juice display on J-1 Orange juice in Hyper, 2027-05-10 to 2027-05-14"; !strings.Contains(v, want) {
		t.Errorf("the clash is warned, %q:\n%s", want, v)
	}
	if want := "Booked inside the 6-week lead time: A Tea leaflet"; !strings.Contains(v, want) {
		t.Errorf("the late booking is warned, %q:\n%s", want, v)
	}

	// booked in time, with a longer lead time not known: no warning
	ws := calendarWorkspace()
	ws.Promotions = ws.Promotions[2:3]
	ws.Promotions[0].Booked = day("2027-01-04")
	h = newHarness(t, ws)
	h.toCalendar()
	v = h.view()
	for _, want := range []string{"No clashes", "Every promotion is booked at least 6 weeks ahead"} {
		if !strings.Contains(v, want) {
			t.Errorf("the calendar says %q:\n%s", want, v)
		}
	}
	ws.Operations = nil
	h = newHarness(t, ws)
	h.toCalendar()
	if v := h.view(); !strings.Contains(v, "Lead time not known") {
		t.Errorf("without a lead time the calendar says where to set it:\n%s", v)
	}
}

func TestCalendarScrollKeepsLabels(t *testing.T) {
	h := newHarness(t, calendarWorkspace())
	h.toCalendar()
	h.view()
	left := h.tab.calendar.left
	if left != 7 {
		t.Fatalf("the calendar opens on week %d, want 8 (two before today's)", left+1)
	}
	for range 30 {
		h.Press("l")
	}
	v := h.view()
	if got := h.tab.calendar.left; got != 53-31 {
		t.Errorf("scrolled right to week %d, want the last page from week %d", got+1, 53-31+1)
	}
	if !strings.Contains(v, "weeks 23 to 53 of 53") {
		t.Errorf("the weeks in view:\n%s", v)
	}
	h.Press("h", "l") // keys past the end did not pile up
	if h.Press("h"); h.tab.calendar.left != 53-31-1 {
		t.Errorf("h after the end shows week %d first, want %d", h.tab.calendar.left+1, 53-31)
	}
	h.Press("l")
	v = h.view()
	tea := h.rowOf("T-1 Green tea")
	if got := h.weekCell(tea, 35); got != "D==" {
		t.Errorf("the autumn gift in week 35 after scrolling: %q\n%s", got, tea)
	}
	if got := h.weekCell(tea, 39); got != "===" {
		t.Errorf("the autumn gift runs on in week 39: %q\n%s", got, tea)
	}
	if strings.Contains(v, "A Tea leaflet  ") {
		t.Errorf("the legend names only the promotions in view:\n%s", v)
	}
	// scrolled past its start, a bar names its promotion at the left edge
	for range 40 {
		h.Press("h")
	}
	h.view()
	if h.tab.calendar.left != 0 {
		t.Errorf("scrolled left to week %d, want 1", h.tab.calendar.left+1)
	}
	for range 18 {
		h.Press("l")
	}
	h.view()
	juice := h.rowOf("J-1 Orange juice")
	if got := h.weekCell(juice, 21); got != " . " {
		t.Errorf("week 21 of juice: %q", got)
	}
	if got := h.weekCell(juice, 19); got != "XXX" {
		t.Errorf("the clash at the left edge, week 19: %q\n%s", got, juice)
	}
}

func TestCalendarRowsByClusters(t *testing.T) {
	h := newHarness(t, calendarWorkspace())
	h.toCalendar()
	h.Press("c")
	v := h.view()
	if !strings.Contains(v, "rows: clusters") {
		t.Errorf("c shows the clusters:\n%s", v)
	}
	hyper, super := h.rowOf("Hyper A"), h.rowOf("Super B")
	// Spring runs everywhere, Juice display in Hyper, Tea leaflet in Super
	for week, want := range map[int]string{13: " . ", 18: "B==", 19: "XXX", 20: "XXX", 35: "D=="} {
		if got := h.weekCell(hyper, week); got != want {
			t.Errorf("Hyper in week %d shows %q, want %q:\n%s", week, got, want, hyper)
		}
	}
	for week, want := range map[int]string{13: "A==", 14: "===", 18: "B==", 19: "===", 20: "===", 21: " . ", 35: "D=="} {
		if got := h.weekCell(super, week); got != want {
			t.Errorf("Super in week %d shows %q, want %q:\n%s", week, got, want, super)
		}
	}
	// the cursor's row lists its promotions with their days and ROI
	h.Press("j")
	v = h.view()
	spring := h.Ctx.Data.PromotionsIn("acc", 2027)[1]
	want := "Super B: A Tea leaflet 03-29 to 04-04, ROI " + h.tab.roiText(h.tab.figuresOf(h.Ctx.Data.PromotionsIn("acc", 2027)[0])) +
		", B Spring price cut 05-01 to 05-14, ROI " + h.tab.roiText(h.tab.figuresOf(spring))
	if !strings.Contains(v, want) {
		t.Errorf("the cursor's row, %q:\n%s", want, v)
	}
	h.Press("c")
	if v := h.view(); !strings.Contains(v, "J-1 Orange juice") || h.tab.calendar.row != 0 {
		t.Errorf("c again goes back to the products, cursor on the first:\n%s", v)
	}

	// an account without clusters has one row, all its stores
	ws := calendarWorkspace()
	ws.Clusters = nil
	for i := range ws.Promotions {
		ws.Promotions[i].Clusters = nil
	}
	h = newHarness(t, ws)
	h.toCalendar()
	h.Press("c")
	all := h.rowOf("All stores")
	if got := h.weekCell(all, 13); got != "A==" {
		t.Errorf("all stores in week 13: %q\n%s", got, all)
	}
	if got := h.weekCell(all, 19); got != "XXX" {
		t.Errorf("all stores in week 19, Spring and Juice display clash everywhere: %q\n%s", got, all)
	}
}

func TestCalendarCursorAndOpen(t *testing.T) {
	h := newHarness(t, calendarWorkspace())
	h.toCalendar()
	if v := h.view(); !strings.Contains(v, "J-1 Orange juice: B Spring price cut 05-01 to 05-14") {
		t.Errorf("the first row's promotions:\n%s", v)
	}
	h.Press("j", "j", "j") // two rows: the cursor stops on the last
	h.view()
	if h.tab.calendar.row != 1 {
		t.Errorf("the cursor is on row %d of 2", h.tab.calendar.row)
	}
	if !strings.HasPrefix(h.rowOf("T-1 Green tea"), "> ") {
		t.Errorf("the cursor's row is marked:\n%s", h.view())
	}
	h.Press("enter")
	if h.tab.view != viewPromotions {
		t.Fatalf("enter goes to the promotions, view %d", h.tab.view)
	}
	if got := h.Ctx.Data.PromotionsIn("acc", 2027)[h.tab.promotions.Cursor]; got.ID != "leaflet" {
		t.Errorf("enter opens the row's promotion in view, got %s", got.ID)
	}
}

func TestCalendarInChinese(t *testing.T) {
	h := newHarness(t, calendarWorkspace())
	h.SetLang(model.Chinese)
	h.toCalendar()
	v := h.view()
	for _, want := range []string{"FreshMart · 2027 年 · 4 项促销", "今天：第 10 周", "5月", "J-1 橙汁", "冲突：B Spring price cut 与 C Juice display 同时在Hyper促销 J-1 橙汁", "晚于 6 周提前期预订：A Tea leaflet", "J-1 橙汁：B Spring price cut 05-01 至 05-14，投入产出比 -9%"} {
		if !strings.Contains(v, want) {
			t.Errorf("the calendar in Chinese says %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "‹") {
		t.Errorf("a catalog key is missing:\n%s", v)
	}
}

func TestCalendarEmpty(t *testing.T) {
	h := newHarness(t, smallWorkspace())
	h.toCalendar()
	v := h.view()
	if !strings.Contains(v, "No promotions in 2027: V goes back to Promotions, where n plans one.") {
		t.Errorf("the empty calendar says what to do:\n%s", v)
	}
	h.Press("j", "l", "c", "enter") // nothing to move over or open
	if h.tab.view != viewCalendar {
		t.Errorf("enter on an empty calendar left it for view %d", h.tab.view)
	}
}

func TestPromoCodes(t *testing.T) {
	for _, tt := range []struct {
		i, n int
		want string
	}{
		{0, 4, "A"}, {22, 25, "W"}, {23, 25, "Y"}, {24, 25, "Z"},
		{0, 26, "AA"}, {26, 500, "BB"}, {624, 625, "ZZ"}, {625, 700, "BAA"},
	} {
		if got := promoCode(tt.i, tt.n); got != tt.want {
			t.Errorf("promotion %d of %d is %q, want %q", tt.i, tt.n, got, tt.want)
		}
	}
	seen := map[string]bool{}
	for i := range 700 {
		c := promoCode(i, 700)
		if seen[c] || strings.Contains(c, "X") {
			t.Fatalf("code %q of %d taken twice or marks a clash", c, i)
		}
		seen[c] = true
	}
}

// BenchmarkCalendarFrame is a key and a frame of the calendar of an
// account with 500 promotions more than the generated ones: the budget is
// 5 ms a frame.
func BenchmarkCalendarFrame(b *testing.B) {
	benchCalendar(b, false)
}

// BenchmarkCalendarFrameByCluster is the same with the clusters as rows.
func BenchmarkCalendarFrameByCluster(b *testing.B) {
	benchCalendar(b, true)
}

func benchCalendar(b *testing.B, byCluster bool) {
	ws := storetest.Generate(30, now)
	acc := ws.Accounts[0].ID
	storetest.ManyPromotions(&ws, acc, 500, 2027)
	ws.Settings.CurrentAccount = acc
	h, tab := uitest.For(b, ws, now, New)
	h.Tab.SetSize(200, 60)
	h.Press("v", "v", "v", "v")
	if byCluster {
		h.Press("c")
	}
	if n := len(h.Ctx.Data.PromotionsIn(acc, tab.Year())); n < 500 {
		b.Fatalf("%d promotions in the year", n)
	}
	tab.View()
	keys := []string{"j", "l", "j", "h", "k", "l"}
	b.ResetTimer()
	for i := range b.N {
		h.Press(keys[i%len(keys)])
		tab.View()
	}
}
