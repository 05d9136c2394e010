package plantab

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// The calendar draws the promotions of the plan's year as bars across its
// weeks, a row for each product promoted or, with c, for each of the
// account's clusters.
//
// Weeks are counted from the first of January, not ISO weeks: week 1 is
// 1–7 January, week 2 8–14 January and so on, and week 53 holds the last
// day of the year (two in a leap year). Every day of the year is then in
// one of its weeks, and a week's number says where in the year it falls.

// calendarState is where the calendar's cursor is and how it is shown.
type calendarState struct {
	row, top  int  // the row under the cursor, the first row in view
	left      int  // the first week in view, from 0
	byCluster bool // rows are the account's clusters, not the products
	placed    int  // the year the weeks were placed for: today's week in view
	drawn     int  // rows drawn last: the keys move over them
	clashes   *clashMemo
}

// clashMemo keeps the clashes of the promotions last drawn: finding them
// takes longer than a frame may with hundreds of promotions, and they
// change only with the promotions' days, products and clusters.
type clashMemo struct {
	promos  []model.Promotion
	clashes []model.Clash
}

// clashesOf are the clashes of promos, found again only when a
// promotion's days, products or clusters differ from the last time.
func (c *calendarState) clashesOf(promos []model.Promotion) []model.Clash {
	if memo := c.clashes; memo != nil && slices.EqualFunc(memo.promos, promos, sameForClashes) {
		return memo.clashes
	}
	c.clashes = &clashMemo{promos: promos, clashes: model.Clashes(promos)}
	return c.clashes.clashes
}

// sameForClashes says whether two promotions clash with the others alike.
func sameForClashes(a, b model.Promotion) bool {
	return a.ID == b.ID && a.Start.Equal(b.Start) && a.End.Equal(b.End) &&
		slices.Equal(a.Products, b.Products) && slices.Equal(a.Clusters, b.Clusters)
}

// The calendar's geometry: a week is three columns wide (a code of up to
// three letters, or the bar), the rows' labels take a fifth of the width
// within limits.
const (
	weekW     = 3
	minLabelW = 12
	maxLabelW = 28
	calChrome = 7 // summary, months, weeks, legend, clashes, lead time, the cursor's row
)

// codeLetters are the letters of the promotions' codes: X is left out, as
// it marks a clash.
const codeLetters = "ABCDEFGHIJKLMNOPQRSTUVWYZ"

// promoCode is the code of the i-th promotion of n: one letter while they
// fit, else two, else three.
func promoCode(i, n int) string {
	const b = len(codeLetters)
	switch {
	case n <= b:
		return codeLetters[i : i+1]
	case n <= b*b:
		return string([]byte{codeLetters[i/b%b], codeLetters[i%b]})
	}
	return string([]byte{codeLetters[i/(b*b)%b], codeLetters[i/b%b], codeLetters[i%b]})
}

// calBar is a promotion on a row: its weeks of the year, from 0, both
// ends included.
type calBar struct{ promo, from, to int }

// calRow is a row of the calendar: a product or a cluster, and its bars.
type calRow struct {
	id, label string // the product's or the cluster's; "" for all the stores
	bars      []calBar
}

// calLayout is what a frame of the calendar is drawn from, worked out
// once a frame.
type calLayout struct {
	year, weeks int
	promos      []model.Promotion
	codes       []string
	rows        []calRow
	clashes     []model.Clash
	partners    [][]int        // by promotion, the promotions it clashes with
	everywhere  []calBar       // by clusters: the promotions in every cluster, on every row
	index       map[string]int // promotion ID → index
	late        []bool         // booked inside the retailer's lead time
}

// weeksIn is how many weeks the year has, counted from the first of
// January: 53.
func weeksIn(year int) int {
	return (time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC).YearDay()-1)/7 + 1
}

// weekOf is the week of the year, from 0, a day falls in; days before the
// year fall in its first week and days after it in its last.
func weekOf(t time.Time, year int) int {
	switch d := model.Day(t); {
	case d.Year() < year:
		return 0
	case d.Year() > year:
		return weeksIn(year) - 1
	default:
		return (d.YearDay() - 1) / 7
	}
}

// weekStart is the first day of a week of the year, from 0.
func weekStart(year, w int, loc *time.Location) time.Time {
	return time.Date(year, 1, 1+7*w, 0, 0, 0, 0, loc)
}

// calendarLayout works out the rows, the bars, the codes and the clashes
// of the account's promotions of the tab's year.
func (m *Model) calendarLayout(acc model.Account) *calLayout {
	year := m.Year()
	l := &calLayout{year: year, weeks: weeksIn(year), promos: m.Ctx.Data.PromotionsIn(acc.ID, year), index: map[string]int{}}
	n := len(l.promos)
	l.codes = make([]string, n)
	l.late = make([]bool, n)
	lead := m.leadWeeks(acc)
	for i, p := range l.promos {
		l.codes[i] = promoCode(i, n)
		l.index[p.ID] = i
		l.late[i] = p.InsideLeadTime(lead, m.Ctx.Now())
	}
	l.clashes = m.calendar.clashesOf(l.promos)
	l.partners = make([][]int, n)
	for _, c := range l.clashes {
		a, b := l.index[c.A], l.index[c.B]
		l.partners[a] = append(l.partners[a], b)
		l.partners[b] = append(l.partners[b], a)
	}
	if m.calendar.byCluster {
		l.clusterRows(m, acc)
	} else {
		l.productRows(m)
	}
	return l
}

// bar is promotion i's bar across the weeks of the year.
func (l *calLayout) bar(i int) calBar {
	p := l.promos[i]
	return calBar{promo: i, from: weekOf(p.Start, l.year), to: weekOf(p.End, l.year)}
}

// productRows are a row for each product promoted in the year, by code.
func (l *calLayout) productRows(m *Model) {
	type keyed struct {
		key, id string
		row     calRow
	}
	var rows []keyed
	at := map[string]int{}
	for i, p := range l.promos {
		b := l.bar(i)
		for _, id := range p.Products {
			r, ok := at[id]
			if !ok {
				r = len(rows)
				at[id] = r
				k := keyed{key: "\uffff", id: id, row: calRow{id: id, label: id}}
				if pr, ok := m.Ctx.Data.Product(id); ok {
					k.key, k.row.label = model.CodeKey(pr.Code), strings.TrimSpace(pr.Code+" "+pr.Name.In(m.Ctx.Lang))
				}
				rows = append(rows, k)
			}
			rows[r].row.bars = append(rows[r].row.bars, b)
		}
	}
	slices.SortFunc(rows, func(a, b keyed) int { return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(a.id, b.id)) })
	l.rows = make([]calRow, len(rows))
	for i, r := range rows {
		l.rows[i] = r.row
	}
}

// clusterRows are a row for each of the account's clusters, as the Range
// tab orders them, then any other cluster a promotion names; a promotion
// without clusters runs in every one. An account without clusters has one
// row, all its stores.
func (l *calLayout) clusterRows(m *Model, acc model.Account) {
	at := map[string]int{}
	for _, c := range m.Ctx.Data.ClustersOf(acc.ID) {
		at[c.ID] = len(l.rows)
		l.rows = append(l.rows, calRow{id: c.ID, label: strings.TrimSpace(c.Name + " " + string(c.Grade))})
	}
	for i, p := range l.promos {
		b := l.bar(i)
		if len(p.Clusters) == 0 {
			l.everywhere = append(l.everywhere, b)
			continue
		}
		for _, id := range p.Clusters {
			r, ok := at[id]
			if !ok {
				r = len(l.rows)
				at[id] = r
				label := id
				if c, ok := m.Ctx.Data.Cluster(id); ok {
					label = c.Name
				}
				l.rows = append(l.rows, calRow{id: id, label: label})
			}
			l.rows[r].bars = append(l.rows[r].bars, b)
		}
	}
	if len(l.rows) == 0 {
		l.rows = []calRow{{label: m.Ctx.T("plan.cal_all_stores")}}
	}
}

// barsOf are the bars of row r, by promotion: its own and, by clusters,
// those of every cluster.
func (l *calLayout) barsOf(r int) []calBar {
	own := l.rows[r].bars
	if len(l.everywhere) == 0 {
		return own
	}
	out := make([]calBar, 0, len(own)+len(l.everywhere))
	i, j := 0, 0
	for i < len(own) || j < len(l.everywhere) {
		if j == len(l.everywhere) || i < len(own) && own[i].promo < l.everywhere[j].promo {
			out = append(out, own[i])
			i++
		} else {
			out = append(out, l.everywhere[j])
			j++
		}
	}
	return out
}

// calendarGeometry is the width of the rows' labels, how many weeks fit
// beside them and how many rows fit in h lines.
func (m *Model) calendarGeometry(h int) (labelW, weeks, rows int) {
	labelW = min(max(m.Width/5, minLabelW), maxLabelW)
	weeks = max((m.Width-2-labelW-1)/weekW, 1)
	return labelW, weeks, max(h-calChrome, 1)
}

func (m *Model) calendarKey(msg tea.KeyMsg, a model.Account) tea.Cmd {
	c := &m.calendar
	k := m.keys
	_, weeks, rows := m.calendarGeometry(m.Height - 1)
	c.clampWeeks(m.Year(), m.today(), weeks)
	defer c.clampWeeks(m.Year(), m.today(), weeks)
	switch {
	case key.Matches(msg, k.Rows):
		c.byCluster = !c.byCluster
		c.row, c.top = 0, 0
		return nil
	case key.Matches(msg, k.Left):
		c.left--
	case key.Matches(msg, k.Right):
		c.left++
	case key.Matches(msg, m.calOpenKey()):
		return m.openRowPromotion(a)
	default:
		k.MoveCursor(msg, &c.row, c.drawn, rows)
	}
	return nil
}

// openRowPromotion shows, in the Promotions view, the cursor's row's
// promotion running on the first week in view, else the next after it,
// else the last before it.
func (m *Model) openRowPromotion(a model.Account) tea.Cmd {
	l := m.calendarLayout(a)
	if len(l.rows) == 0 {
		return nil
	}
	bars := l.barsOf(min(m.calendar.row, len(l.rows)-1))
	if len(bars) == 0 {
		return nil
	}
	pick := bars[len(bars)-1]
	for _, b := range bars {
		if b.to >= m.calendar.left {
			pick = b
			break
		}
	}
	m.openItem("promotion/" + l.promos[pick.promo].ID)
	return nil
}

// clampWeeks keeps the weeks in view inside the year; the first time a
// year is shown, today's week comes into view, after two weeks of what
// has run.
func (c *calendarState) clampWeeks(year int, today time.Time, weeks int) {
	if c.placed != year {
		c.placed = year
		c.left = 0
		if today.Year() == year {
			c.left = weekOf(today, year) - 2
		}
	}
	c.left = max(min(c.left, weeksIn(year)-weeks), 0)
}

// clamp keeps the cursor on a row, its row in view and the weeks in the
// year.
func (c *calendarState) clamp(l *calLayout, today time.Time, rows, weeks int) {
	c.clampWeeks(l.year, today, weeks)
	c.row = min(max(c.row, 0), max(len(l.rows)-1, 0))
	c.top = min(max(c.top, c.row-rows+1), c.row)
	c.top = max(min(c.top, len(l.rows)-rows), 0)
}

// calCell is what a week of a row holds: its promotions and whether two
// of them clash.
type calCell struct {
	ids   []int
	clash bool
}

// brush draws text in a style of colours alone, as the style would, by
// the codes it puts before and after: a calendar has hundreds of runs to
// draw a frame.
type brush struct{ before, after string }

func brushOf(s lipgloss.Style) brush {
	const mark = "\x00"
	r := s.Render(mark)
	before, after, ok := strings.Cut(r, mark)
	if !ok {
		return brush{}
	}
	return brush{before, after}
}

func (b brush) paint(to *strings.Builder, text string) {
	to.WriteString(b.before)
	to.WriteString(text)
	to.WriteString(b.after)
}

// calPaint is the style of a run of a row's weeks.
type calPaint int

const (
	paintEmpty calPaint = iota
	paintBar
	paintLate
	paintMany
	paintClash
)

func (m *Model) calendarView(acc model.Account, h int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	c := &m.calendar
	l := m.calendarLayout(acc)
	labelW, weeks, rows := m.calendarGeometry(h)
	today := m.today()
	c.clamp(l, today, rows, weeks)
	c.drawn = len(l.rows)
	weeks = min(weeks, l.weeks)
	end := min(c.left+weeks, l.weeks)
	todayWeek := -1
	if today.Year() == l.year {
		todayWeek = weekOf(today, l.year)
	}

	var b strings.Builder
	b.WriteString(common.Truncate(m.calHead(acc, l, end, todayWeek), m.Width))
	if len(l.promos) == 0 {
		b.WriteString("\n\n  " + st.Muted.Render(fmt.Sprintf(t("plan.cal_none"), l.year)))
		return b.String()
	}

	// the months over their first week, today's week marked
	gutter := strings.Repeat(" ", 2+labelW+1)
	b.WriteString("\n" + common.Truncate(gutter+m.calMonths(l, end, todayWeek), m.Width))
	weekLine := common.PadRight(t("plan.cal_week"), labelW)
	var nums strings.Builder
	for w := c.left; w < end; w++ {
		n := common.PadRight(strconv.Itoa(w+1), weekW)
		if w == todayWeek {
			nums.WriteString(st.Selected.Render(n))
			continue
		}
		nums.WriteString(n)
	}
	b.WriteString("\n  " + st.TableHeader.Render(weekLine) + " " + nums.String())

	var paints [paintClash + 1]brush
	for p, s := range map[calPaint]lipgloss.Style{paintEmpty: st.Faint, paintBar: st.OK, paintLate: st.Warn, paintMany: st.Header, paintClash: st.Error} {
		paints[p] = brushOf(s)
	}
	cells := make([]calCell, end-c.left)
	seen := make([]bool, len(l.promos)) // promotions in view, for the legend
	var line, run strings.Builder
	for r := c.top; r < min(c.top+rows, len(l.rows)); r++ {
		row := l.rows[r]
		for i := range cells {
			cells[i] = calCell{ids: cells[i].ids[:0]}
		}
		fill := func(bars []calBar) {
			for _, bar := range bars {
				partners := l.partners[bar.promo]
				for w := max(bar.from, c.left); w <= min(bar.to, end-1); w++ {
					cell := &cells[w-c.left]
					if !cell.clash && len(partners) > 0 {
						for _, j := range cell.ids {
							if slices.Contains(partners, j) {
								cell.clash = true
								break
							}
						}
					}
					cell.ids = append(cell.ids, bar.promo)
					seen[bar.promo] = true
				}
			}
		}
		fill(row.bars)
		fill(l.everywhere)
		line.Reset()
		label := common.PadRight(common.Truncate(row.label, labelW), labelW)
		if r == c.row {
			line.WriteString("> " + st.Selected.Render(label) + " ")
		} else {
			line.WriteString("  " + label + " ")
		}
		// the weeks, a run of one style drawn at once
		run.Reset()
		current := paintEmpty
		flush := func(p calPaint) {
			if p != current && run.Len() > 0 {
				paints[current].paint(&line, run.String())
				run.Reset()
			}
			current = p
		}
		for i, cell := range cells {
			w := c.left + i
			switch {
			case len(cell.ids) == 0:
				flush(paintEmpty)
				if w == todayWeek {
					run.WriteString(" | ")
				} else {
					run.WriteString(" . ")
				}
			case cell.clash:
				flush(paintClash)
				run.WriteString("XXX")
			case len(cell.ids) > 1:
				flush(paintMany)
				run.WriteString("+" + strconv.Itoa(min(len(cell.ids), 9)) + "=")
			default:
				p := cell.ids[0]
				if l.late[p] {
					flush(paintLate)
				} else {
					flush(paintBar)
				}
				if i == 0 || len(cells[i-1].ids) != 1 || cells[i-1].ids[0] != p {
					// the code where the bar starts or comes back, the bar after it
					run.WriteString(l.codes[p] + strings.Repeat("=", weekW-len(l.codes[p])))
				} else {
					run.WriteString("===")
				}
			}
		}
		flush(-1)
		b.WriteString("\n" + line.String())
	}
	for r := len(l.rows); r < c.top+rows; r++ {
		b.WriteString("\n")
	}
	b.WriteString("\n" + common.Truncate(m.calLegend(l, seen), m.Width))
	b.WriteString("\n" + common.Truncate(m.calClashes(l), m.Width))
	b.WriteString("\n" + common.Truncate(m.calLead(acc, l), m.Width))
	b.WriteString("\n" + common.Truncate(m.calRow(l), m.Width))
	return b.String()
}

// calHead is the calendar's first line: the account, the year,
// how many promotions, what the rows are, the weeks in view and today's.
func (m *Model) calHead(acc model.Account, l *calLayout, end, todayWeek int) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	s := st.Title.Render(fmt.Sprintf(m.Ctx.TN("plan.cal_summary", len(l.promos)), acc.Name, l.year, len(l.promos)))
	rows := t("plan.cal_by_products")
	if m.calendar.byCluster {
		rows = t("plan.cal_by_clusters")
	}
	s += "  " + st.Muted.Render(rows)
	if len(l.promos) == 0 {
		return s
	}
	s += "  " + st.Muted.Render(fmt.Sprintf(t("plan.cal_weeks_of"), m.calendar.left+1, end, l.weeks))
	if todayWeek >= 0 {
		s += "  " + st.Muted.Render(fmt.Sprintf(t("plan.cal_today"), todayWeek+1))
	}
	return s
}

// calMonths puts each month's name over the week holding its first day,
// the month of the first week in view over it when there is room before
// the next, and a v over today's week unless a month starts in it.
func (m *Model) calMonths(l *calLayout, end, todayWeek int) string {
	months := strings.Fields(m.Ctx.T("plan.cal_months"))
	loc := m.Ctx.Now().Location()
	var b strings.Builder
	width := 0
	for w := m.calendar.left; w < end; w++ {
		first := weekStart(l.year, w, loc)
		last := first.AddDate(0, 0, 6)
		text := ""
		switch {
		case first.Day() == 1:
			text = months[first.Month()-1]
		case last.Month() != first.Month() && last.Year() == l.year:
			text = months[last.Month()-1]
		case w == m.calendar.left:
			// the next month may start in the next week or the one after
			next := time.Date(l.year, first.Month()+1, 1, 0, 0, 0, 0, loc)
			if weekOf(next, l.year)-w > 1 || next.Year() != l.year {
				text = months[first.Month()-1]
			}
		}
		col := (w - m.calendar.left) * weekW
		if w == todayWeek && text == "" && width <= col {
			// over the middle of the week, where its rows draw a |
			text, col = "v", col+1
		}
		if text == "" {
			continue
		}
		gap := max(col-width, 0)
		if width > 0 {
			gap = max(gap, 1) // a space between two months
		}
		b.WriteString(strings.Repeat(" ", gap))
		width += gap
		b.WriteString(text)
		width += lipgloss.Width(text)
	}
	return m.Ctx.Styles.TableHeader.Render(b.String())
}

// calLegend names the promotions in view by their codes, then says what
// the marks mean.
func (m *Model) calLegend(l *calLayout, seen []bool) string {
	st := m.Ctx.Styles
	late := brushOf(st.Warn)
	marks := st.Faint.Render(m.Ctx.T("plan.cal_legend"))
	names := listUpTo("", "  ", m.Width-lipgloss.Width(marks)-2, len(seen), func(i int) (string, bool) {
		if !seen[i] {
			return "", false
		}
		name := l.codes[i] + " " + l.promos[i].Name
		if l.late[i] {
			var b strings.Builder
			late.paint(&b, name)
			name = b.String()
		}
		return name, true
	})
	names = common.Truncate(names, m.Width-lipgloss.Width(marks)-2)
	if names == "" {
		return marks
	}
	return names + "  " + marks
}

// headed is the head of a list in a style, with a space after it unless
// it ends in a full-width colon.
func headed(s lipgloss.Style, head string) string {
	if strings.HasSuffix(head, "：") {
		return s.Render(head)
	}
	return s.Render(head) + " "
}

// listUpTo joins the items of n after head with sep, no further than
// the first past w columns: the rest would be cut from the line anyway.
func listUpTo(head, sep string, w, n int, item func(i int) (string, bool)) string {
	var b strings.Builder
	b.WriteString(head)
	width := lipgloss.Width(head)
	first := true
	for i := 0; i < n && width <= w; i++ {
		s, ok := item(i)
		if !ok {
			continue
		}
		if !first {
			b.WriteString(sep)
			width += lipgloss.Width(sep)
		}
		first = false
		b.WriteString(s)
		width += lipgloss.Width(s)
	}
	return b.String()
}

// promoName is a promotion's code and name.
func (l *calLayout) promoName(id string) string {
	i, ok := l.index[id]
	if !ok {
		return id
	}
	return l.codes[i] + " " + l.promos[i].Name
}

// calClashes warns of the clashes: the first on the cursor's row if it has
// one, else the first of all, and how many more there are.
func (m *Model) calClashes(l *calLayout) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	if len(l.clashes) == 0 {
		return st.Muted.Render(t("plan.cal_no_clash"))
	}
	// the first clash on the cursor's row, named on its product or in its
	// cluster, else the first of all
	show := l.clashes[0]
	if len(l.rows) > 0 {
		r := min(m.calendar.row, len(l.rows)-1)
		on := make([]bool, len(l.promos))
		for _, b := range l.barsOf(r) {
			on[b.promo] = true
		}
		for _, c := range l.clashes {
			if on[l.index[c.A]] && on[l.index[c.B]] {
				show = c
				switch id := l.rows[r].id; {
				case id != "" && m.calendar.byCluster:
					show.Cluster = id
				case id != "":
					show.Product = id
				}
				break
			}
		}
	}
	product := show.Product
	if p, ok := m.Ctx.Data.Product(show.Product); ok {
		product = strings.TrimSpace(p.Code + " " + p.Name.In(m.Ctx.Lang))
	}
	cluster := t("plan.all_clusters")
	if show.Cluster != "" {
		cluster = show.Cluster
		if c, ok := m.Ctx.Data.Cluster(show.Cluster); ok {
			cluster = c.Name
		}
	}
	a, b := l.promos[l.index[show.A]], l.promos[l.index[show.B]]
	from, to := a.Start, a.End
	if b.Start.After(from) {
		from = b.Start
	}
	if b.End.Before(to) {
		to = b.End
	}
	s := st.Error.Render(fmt.Sprintf(t("plan.cal_clash"), l.promoName(show.A), l.promoName(show.B), product, cluster,
		common.DateText(from), common.DateText(to)))
	if more := len(l.clashes) - 1; more > 0 {
		s += " " + st.Error.Render(fmt.Sprintf(t("plan.cal_clash_more"), more))
	}
	return s
}

// calLead names the promotions booked inside the retailer's lead time.
func (m *Model) calLead(acc model.Account, l *calLayout) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	lead := m.leadWeeks(acc)
	if lead <= 0 {
		return st.Muted.Render(t("plan.cal_lead_unknown"))
	}
	if !slices.Contains(l.late, true) {
		return st.Muted.Render(fmt.Sprintf(m.Ctx.TN("plan.cal_lead_ok", lead), lead))
	}
	return listUpTo(headed(st.Warn, fmt.Sprintf(t("plan.cal_lead_late"), lead)), t("plan.list_sep"), m.Width, len(l.late), func(i int) (string, bool) {
		return l.codes[i] + " " + l.promos[i].Name, l.late[i]
	})
}

// calRow lists the promotions of the cursor's row with their days and
// return.
func (m *Model) calRow(l *calLayout) string {
	st := m.Ctx.Styles
	t := m.Ctx.T
	if len(l.rows) == 0 {
		return ""
	}
	r := min(m.calendar.row, len(l.rows)-1)
	row, bars := l.rows[r], l.barsOf(r)
	if len(bars) == 0 {
		return st.Muted.Render(fmt.Sprintf(t("plan.cal_row_none"), row.label, l.year))
	}
	return listUpTo(headed(st.Muted, fmt.Sprintf(t("plan.cal_row_head"), row.label)), t("plan.list_sep"), m.Width, len(bars), func(i int) (string, bool) {
		b := bars[i]
		p := l.promos[b.promo]
		return fmt.Sprintf(t("plan.cal_row_promo"), l.codes[b.promo], p.Name,
			p.Start.Format("01-02"), p.End.Format("01-02"), m.roiText(m.figuresOf(p))), true
	})
}

// calOpenKey is the calendar's enter: its row's promotion in the
// Promotions view.
func (m *Model) calOpenKey() key.Binding {
	return m.Ctx.Bind("enter", "key.plan_open_promotion", "enter")
}

func (m *Model) calendarHelp() []key.Binding {
	k := m.keys
	return []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Rows, m.calOpenKey(), k.NextView}
}
