package storetest

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/kam-workbench/kam/model"
)

// Generate builds a workspace of n accounts shaped like a key-account
// manager's merged territory, for benchmarks: the accounts of Accounts(n,
// now), each evaluated once or twice (1.3 times on average) and with two
// contacts; every tenth one (the first, the eleventh, …) as full as a
// case-study retailer: answers to most of the buyer checklist, 3–8
// contacts with reporting lines and counterparts among our people, contact
// moments, two years of trading terms, one or two PREPARE worksheets and
// two or three business reviews, some with actions overdue at now. Six of
// our people are shared by all accounts, two of them the key account
// managers of the two merged territories.
//
// Our range is some 250 products (a few archived). The first twenty
// accounts (bigRanges) keep theirs in full: an operations profile, 3–40
// clusters of stores (the first account 40, most a dozen or fewer), a
// listing for most cells of the half or more of our products they deal
// in, a rate of sale on many, and 5–30 assortment changes of every kind
// and status, some still to come. Every other full account keeps a
// little: a profile, one to three clusters, five to a dozen products, a
// few changes.
//
// Every account with a range has a plan for now's year: two to four SMART
// objectives with their programmes, the plan itself (SWOT, quarters
// against last year, key dates, the P&L's columns with costs to serve)
// and eight to fifteen promotions spread over the year on the products
// and clusters of its range, those already over with their actual volume
// and most with a verdict.
//
// It is deterministic: the same n and now give the same workspace. Every
// record passes the store's validation, so store.Reset takes it as it is;
// IDs derive from the account's ("g0000010-c3", "g0000010-r2-a1"), dates
// lie in the past of now, except the next meeting, the due dates still to
// come, the plan's dates and the promotions of the rest of the year. The
// matrix and checklist are the course's defaults. The range and the plan
// each draw from a random source of their own, so the records made before
// them are the same as before they were added.
func Generate(n int, now time.Time) model.Workspace {
	g := &generator{
		r:      rand.New(rand.NewPCG(3, uint64(n))),
		now:    now,
		today:  model.Day(now),
		matrix: model.DefaultMatrix(),
		items:  model.DefaultChecklist(),
		people: slices.Clone(genPeople),
	}
	ws := model.Workspace{
		Settings: model.Settings{Name: "Generated"},
		Accounts: Accounts(n, now),
		People:   g.people,
	}
	for i, a := range ws.Accounts {
		g.evaluate(&ws, a)
		kam := g.people[i%2] // two territories merged into one workspace
		if i%10 == 0 {
			g.full(&ws, i/10, a, kam)
		} else {
			ws.Contacts = append(ws.Contacts, g.contacts(a, kam, plainContacts)...)
		}
	}
	// The range draws from a generator of its own, so that the records
	// above stay as they were before there was a range.
	rg := &generator{r: rand.New(rand.NewPCG(4, uint64(n))), now: now, today: model.Day(now)}
	ws.Products = rg.products()
	var ranged []accountRange
	for i, a := range ws.Accounts {
		switch {
		case i < bigRanges:
			ranged = append(ranged, rg.rangeOf(&ws, i, a, true))
		case i%10 == 0:
			ranged = append(ranged, rg.rangeOf(&ws, i, a, false))
		}
	}
	// The plan, likewise, so that the range stays as it was before there
	// was a plan.
	pg := &generator{r: rand.New(rand.NewPCG(5, uint64(n))), now: now, today: model.Day(now), people: genPeople}
	for _, ar := range ranged {
		pg.planOf(&ws, ar)
	}
	return ws
}

// WriteAccountsCSV writes the accounts as CSV, a header row first, so that
// a spreadsheet or another tool can open the same accounts. Channel and
// tier are written as their keys ("hypermarket", "A"), amounts in currency
// units with two decimals, share (ours of the category, empty when the
// category is not known) and growth in percent.
func WriteAccountsCSV(w io.Writer, accounts []model.Account) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, a := range accounts {
		share := ""
		if pct, ok := a.Share(); ok {
			share = strconv.FormatFloat(pct, 'f', 2, 64)
		}
		if err := cw.Write([]string{
			a.Name, string(a.Channel), a.Format, a.Region, strconv.Itoa(a.Outlets),
			csvMoney(a.CategorySales), csvMoney(a.OurSales), share,
			strconv.FormatFloat(a.Growth, 'f', -1, 64), string(a.Tier),
		}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvHeader names the columns WriteAccountsCSV writes, as the account
// fields are named.
var csvHeader = []string{"name", "channel", "format", "region", "outlets", "category_sales", "our_sales", "share", "growth", "tier"}

func csvMoney(m model.Money) string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d.%02d", sign, m/100, m%100)
}

type generator struct {
	r      *rand.Rand
	now    time.Time
	today  time.Time
	matrix model.Matrix
	items  []model.ChecklistItem
	people []model.Person
}

// daysAgo is the day d days before today.
func (g *generator) daysAgo(d int) time.Time { return g.today.AddDate(0, 0, -d) }

// between is a whole number from lo to hi.
func (g *generator) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// chance is true with probability p.
func (g *generator) chance(p float64) bool { return g.r.Float64() < p }

func pick[T any](g *generator, list []T) T { return list[g.r.IntN(len(list))] }

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// Our people: two key account managers (the merged territories), then the
// functions that meet the customers' people.
var genPeople = []model.Person{
	{ID: "gp1", Name: "Li Wei 李伟", Title: "Key account manager, East 华东关键客户经理", Function: "kam"},
	{ID: "gp2", Name: "Zhou Min 周敏", Title: "Key account manager, South 华南关键客户经理", Function: "kam"},
	{ID: "gp3", Name: "Sarah Lin 林莎", Title: "Category manager 品类经理", Function: "catman"},
	{ID: "gp4", Name: "Chen Jie 陈杰", Title: "Supply chain manager 供应链经理", Function: "supply"},
	{ID: "gp5", Name: "Wang Tao 王涛", Title: "Finance controller 财务主管", Function: "finance"},
	{ID: "gp6", Name: "David Ho 何大卫", Title: "Sales director 销售总监", Function: "sales"},
}

const ( // indices in genPeople
	catman  = 2
	supply  = 3
	finance = 4
	sales   = 5
)

// evaluate scores the account once, or (three times in ten) twice, the
// later carrying on from the earlier with each score moved by at most one.
func (g *generator) evaluate(ws *model.Workspace, a model.Account) {
	times := 1
	if g.chance(0.3) {
		times = 2
	}
	latest := g.between(1, 60)
	var prev *model.Evaluation
	for k := range times {
		daysAgo := latest + (times-1-k)*g.between(90, 270)
		e := model.NewEvaluation(a.ID, g.matrix, g.daysAgo(daysAgo), prev)
		for _, scores := range [][]int{e.Attractiveness, e.Strength} {
			for j := range scores {
				if s := scores[j]; s > 0 {
					scores[j] = min(max(s+g.r.IntN(3)-1, model.MinScore), model.MaxScore)
				} else {
					scores[j] = g.between(model.MinScore, model.MaxScore)
				}
			}
		}
		e.ID = fmt.Sprintf("%s-e%d", a.ID, k)
		e.Created = e.Date.Add(time.Duration(g.between(9, 18)) * time.Hour)
		ws.Evaluations = append(ws.Evaluations, e)
		p := e
		prev = &p
	}
}

// A contactRole is a post at the customer: title, function, buying-centre
// role and the post it reports to (an index in contactRoles, or -1).
type contactRole struct {
	title    string
	function model.Function
	role     model.Role
	boss     int
}

// contactRoles are the posts of a full retailer, bosses before the people
// reporting to them.
var contactRoles = []contactRole{
	{"Commercial director 商务总监", "commercial", "approver", -1},
	{"Category director 品类总监", "buying", "decider", 0},
	{"Category buyer 品类采购", "buying", "buyer", 1},
	{"Supply chain manager 供应链经理", "supply", "user", -1},
	{"Finance manager 财务经理", "finance", "approver", 0},
	{"Store operations director 门店运营总监", "stores", "influencer", -1},
	{"Marketing manager 市场经理", "marketing", "influencer", 0},
	{"Buyer's assistant 采购助理", "buying", "gatekeeper", 2},
}

// plainContacts are the posts every account has a contact in: the category
// director and the buyer reporting to them.
var plainContacts = []int{1, 2}

var (
	surnames = [][2]string{{"Zhang", "张"}, {"Wang", "王"}, {"Li", "李"}, {"Zhao", "赵"}, {"Liu", "刘"}, {"Chen", "陈"},
		{"Yang", "杨"}, {"Huang", "黄"}, {"Zhou", "周"}, {"Wu", "吴"}, {"Xu", "徐"}, {"Sun", "孙"}, {"Ma", "马"},
		{"Zhu", "朱"}, {"Hu", "胡"}, {"Guo", "郭"}, {"He", "何"}, {"Lin", "林"}, {"Gao", "高"}, {"Luo", "罗"}}
	givenNames = [][2]string{{"Min", "敏"}, {"Fang", "芳"}, {"Wei", "伟"}, {"Jing", "静"}, {"Lei", "磊"}, {"Yang", "洋"},
		{"Li", "丽"}, {"Jun", "军"}, {"Hui", "慧"}, {"Tao", "涛"}, {"Yan", "燕"}, {"Ming", "明"}, {"Fei", "飞"},
		{"Hao", "浩"}, {"Qi", "琪"}, {"Rui", "睿"}, {"Yu", "宇"}, {"Xin", "欣"}, {"Lan", "兰"}, {"Kang", "康"}}
)

// name is a person's name in pinyin and in characters.
func (g *generator) name() string {
	s, n := pick(g, surnames), pick(g, givenNames)
	return fmt.Sprintf("%s %s %s%s", s[0], n[0], s[1], n[1])
}

// counterpart is which of our people meets a customer function.
func (g *generator) counterpart(f model.Function, kam model.Person) string {
	switch f {
	case "buying", "stores":
		return kam.ID
	case "commercial":
		return g.people[sales].ID
	case "supply":
		return g.people[supply].ID
	case "finance":
		return g.people[finance].ID
	case "marketing":
		return g.people[catman].ID
	}
	return ""
}

// contacts makes the account's contacts in the given posts, numbered from
// 1 in that order; a post reports to its boss's post when the account has
// a contact there.
func (g *generator) contacts(a model.Account, kam model.Person, posts []int) []model.Contact {
	ids := map[int]string{}
	out := make([]model.Contact, 0, len(posts))
	for k, p := range posts {
		cr := contactRoles[p]
		last := g.between(1, 120)
		c := model.Contact{
			ID: fmt.Sprintf("%s-c%d", a.ID, k+1), AccountID: a.ID, Name: g.name(), Title: cr.title,
			Function: cr.function, Role: cr.role, Stance: pick(g, model.Stances).Key, Influence: pick(g, model.Influences).Key,
			ReportsTo: ids[cr.boss], LastContact: g.daysAgo(last),
			Created: g.daysAgo(last + g.between(30, 400)).Add(10 * time.Hour),
		}
		c.Updated = c.LastContact.Add(18 * time.Hour)
		if cr.role == "decider" || cr.role == "approver" {
			c.Influence = "high"
		}
		if cr.role == "buyer" || g.chance(0.8) {
			c.Counterpart = g.counterpart(cr.function, kam)
		}
		if cr.role == "buyer" {
			c.InPostSince = g.today.AddDate(0, -g.between(3, 36), 0)
		}
		ids[p] = c.ID
		out = append(out, c)
	}
	return out
}

// full fills the account as the case study fills a retailer. f counts the
// full accounts, so that every other one has an action overdue.
func (g *generator) full(ws *model.Workspace, f int, a model.Account, kam model.Person) {
	posts := make([]int, g.between(3, 8))
	for k := range posts {
		posts[k] = k
	}
	contacts := g.contacts(a, kam, posts)
	for k := range contacts {
		if contacts[k].Function == "stores" {
			contacts[k].Notes = "Walks the stores with us every quarter. 每季度与我们一起巡店。"
		}
	}
	ws.Moments = append(ws.Moments, g.moments(a, contacts)...)
	ws.Contacts = append(ws.Contacts, contacts...)
	ws.Knowledge = append(ws.Knowledge, g.knowledge(a)...)
	terms := g.terms(a)
	ws.Terms = append(ws.Terms, terms...)
	ws.Negotiations = append(ws.Negotiations, g.negotiations(a, kam, contacts, terms[len(terms)-1])...)
	ws.Meetings = append(ws.Meetings, g.meetings(a, kam, contacts, f%2 == 0)...)
}

var learned = []string{
	"Range review moved to March; wants our single-serve data by February. 品项评审改到三月。",
	"New director wants fewer SKUs with a higher rate of sale. 新总监希望品项更少、动销更快。",
	"Opening new stores next year, the first ten in the south. 明年开新店。",
	"Open to a shelf-planning pilot in twenty stores. 愿意试点货架规划。",
	"Chiller space is reviewed every quarter. 冷柜陈列每季度评审一次。",
	"Festival coupon budget is decided in August. 节日优惠券预算在八月确定。",
	"Private label to launch two lines in our category. 自有品牌将推出两个系列。",
	"Payment runs moved to the end of the month. 付款改到月底。",
	"Wants sell-out data shared weekly. 希望每周共享动销数据。",
}

// moments are two to six contact moments with the account's contacts in
// the last three months; each contact's last contact is brought up to its
// latest moment, as saving a moment does.
func (g *generator) moments(a model.Account, contacts []model.Contact) []model.Moment {
	out := make([]model.Moment, g.between(2, 6))
	for k := range out {
		c := &contacts[g.r.IntN(len(contacts))]
		d := g.daysAgo(g.between(1, 90))
		out[k] = model.Moment{
			ID: fmt.Sprintf("%s-m%d", a.ID, k+1), AccountID: a.ID, ContactID: c.ID,
			Date: d, Learned: pick(g, learned), Created: d.Add(17 * time.Hour),
		}
		if d.After(c.LastContact) {
			c.LastContact, c.Updated = d, d.Add(17*time.Hour)
		}
	}
	return out
}

var (
	answers = map[string]string{
		"k-role":          "Category buyer; lists up to 20 SKUs alone, more goes to the director.",
		"k-share":         "Our value share here is below our national share; biggest gap in single-serve.",
		"k-potential":     "Multipacks and gift boxes could add a fifth to our sales.",
		"k-trends":        "They grow online pick-up; we grow premium.",
		"k-policies":      "New items need a listing form, samples and 90-day sell-out data.",
		"k-criteria":      "Margin first, then rate of sale, then promotional support.",
		"k-competition":   "The market leader funds most gondola ends; private label is 25% cheaper.",
		"k-kpis":          "Category margin %, out-of-stock rate, sales per square metre.",
		"k-calendar":      "Annual terms in March; range reviews in April and September.",
		"k-private-label": "Two private-label lines planned next year in our category.",
		"k-assortment":    "Changes only at the April and September reviews.",
	}
	sources = []string{"buyer meeting 采购会议", "store visit 门店走访", "annual report 年报", "category review 品类评审", "distributor 经销商"}
)

// knowledge answers most of the checklist: each item known or partly known
// four times in five, some verified long ago (stale); the rest unknown,
// written down as such or not at all.
func (g *generator) knowledge(a model.Account) []model.Knowledge {
	var out []model.Knowledge
	for _, it := range g.items {
		k := model.Knowledge{AccountID: a.ID, ItemID: it.ID, Updated: g.now}
		switch {
		case g.chance(0.8):
			k.Status = model.Known
			if g.chance(0.35) {
				k.Status = model.PartlyKnown
			}
			k.Answer = answers[it.ID]
			if k.Answer == "" {
				k.Answer = "Noted at the last buyer meeting."
			}
			k.Source = pick(g, sources)
			k.Verified = g.daysAgo(g.between(1, 80))
			if g.chance(0.2) {
				k.Verified = g.daysAgo(g.between(100, 300))
			}
		case g.chance(0.5):
		default:
			continue
		}
		out = append(out, k)
	}
	return out
}

// termRange is how a catalogue term is usually set: a percentage, days,
// or an amount (currency units) paid count times.
type termRange struct {
	lo, hi         float64
	countLo, count int
}

var termRanges = map[model.TermKind]termRange{
	"invoice_discount":    {2, 8, 0, 0},
	"prompt_payment":      {0.5, 2, 0, 0},
	"payment_days":        {30, 90, 0, 0},
	"volume_bonus":        {1, 3, 0, 0},
	"conditional_rebate":  {0.5, 2, 0, 0},
	"growth_incentive":    {0.5, 2, 0, 0},
	"listing_fee":         {3_000, 30_000, 2, 20},
	"promo_funding":       {1, 6, 0, 0},
	"leaflet_fee":         {10_000, 50_000, 4, 12},
	"display_fee":         {1_000, 20_000, 6, 80},
	"new_store_fee":       {10_000, 30_000, 1, 30},
	"anniversary_fee":     {50_000, 200_000, 1, 1},
	"logistics_allowance": {0.5, 2, 0, 0},
	"damage_allowance":    {0.3, 1, 0, 0},
	"data_fee":            {30_000, 300_000, 1, 1},
}

var termConditions = map[model.TermKind]string{
	"volume_bonus":       "on reaching the yearly volume target 达到年度销量目标",
	"conditional_rebate": "for full planogram compliance 完全执行陈列图",
	"growth_incentive":   "on growth above the category's 增长高于品类增长",
}

// terms are last year's and this year's: the invoice discount and payment
// days always, each other catalogue term half the time; this year's drift
// up from last year's, as buyers push.
func (g *generator) terms(a model.Account) []model.TermsYear {
	year := g.now.Year()
	thisGross := math.Round(a.OurSales.Units()/1000) * 1000
	lastGross := math.Round(thisGross/(1+a.Growth/100)/1000) * 1000
	last := model.TermsYear{AccountID: a.ID, Year: year - 1, GrossSales: model.Money(lastGross) * 100, Updated: g.now}
	this := model.TermsYear{AccountID: a.ID, Year: year, GrossSales: model.Money(thisGross) * 100, Updated: g.now}
	drift := g.r.Float64() * 0.6
	for _, spec := range model.TermCatalog {
		if spec.Kind != "invoice_discount" && spec.Kind != "payment_days" && !g.chance(0.5) {
			continue
		}
		tr := termRanges[spec.Kind]
		t := model.Term{Kind: spec.Kind, Basis: spec.Basis, OnInvoice: spec.OnInvoice}
		if c, ok := termConditions[spec.Kind]; ok {
			t.Conditional, t.Condition = true, c
		}
		v := tr.lo + g.r.Float64()*(tr.hi-tr.lo)
		lt, tt := t, t
		switch spec.Basis {
		case model.PercentOfSales:
			lt.Percent = round1(v)
			tt.Percent = round1(v + drift)
		case model.PaymentDays:
			lt.Days = int(v)
			tt.Days = lt.Days + g.between(0, 10)
		case model.FixedAmount:
			lt.Amount = model.Money(math.Round(v/100)) * 100 * 100
			tt.Amount = model.Money(math.Round(v*(1+drift/10)/100)) * 100 * 100
			lt.Count = g.between(tr.countLo, tr.count)
			tt.Count = lt.Count
		}
		last.Terms = append(last.Terms, lt)
		this.Terms = append(this.Terms, tt)
	}
	return []model.TermsYear{last, this}
}

// termOf is the value of a term of the year.
func termOf(y model.TermsYear, k model.TermKind) (model.Term, bool) {
	for _, t := range y.Terms {
		if t.Kind == k {
			return t, true
		}
	}
	return model.Term{}, false
}

// negotiations are this year's annual terms, concluded at the values this
// year's terms hold, and half the time next year's, ready or in draft,
// every PREPARE section filled but the exit.
func (g *generator) negotiations(a model.Account, kam model.Person, contacts []model.Contact, this model.TermsYear) []model.Negotiation {
	disc, _ := termOf(this, "invoice_discount")
	days, _ := termOf(this, "payment_days")
	ourTeam := []model.Member{{Name: kam.Name, Role: "lead 主谈"}, {Name: g.people[finance].Name, Role: "numbers 数据"}, {Name: g.people[catman].Name, Role: "category story 品类分析"}}
	var theirTeam []model.Member
	for _, c := range contacts[:min(3, len(contacts))] {
		theirTeam = append(theirTeam, model.Member{Name: c.Name, Role: c.Title})
	}
	balance := func() map[string]int {
		b := map[string]int{}
		for _, f := range model.BalanceFactors {
			b[f.Key] = g.between(1, 5)
		}
		return b
	}
	agreed := func(v float64) *float64 { return &v }
	issues := func(d, p float64) []model.Issue {
		// Lower is better for us on both: a discount we give, days of credit we wait.
		return []model.Issue{
			{Name: "Invoice discount 票面折扣", Unit: "percent", Term: "invoice_discount",
				OurOpen: round1(d - 1), OurTarget: round1(d - 0.5), OurWalk: round1(d + 0.5),
				TheirOpen: round1(d + 2), TheirTarget: round1(d + 1), TheirWalk: round1(d - 0.5*g.r.Float64())},
			{Name: "Payment days 付款天数", Unit: "days", Term: "payment_days",
				OurOpen: p - 15, OurTarget: p - 5, OurWalk: p + 5,
				TheirOpen: p + 30, TheirTarget: p + 15, TheirWalk: p - float64(g.between(0, 10))},
			{Name: "Yearly volume 年销量", Unit: "units",
				OurOpen: 1_400_000, OurTarget: 1_300_000, OurWalk: 1_200_000,
				TheirOpen: 1_100_000, TheirTarget: 1_200_000, TheirWalk: float64(g.between(12, 14)) * 100_000},
		}
	}
	prepare := func(n *model.Negotiation) {
		n.Objectives = []model.Objective{
			{Text: fmt.Sprintf("Keep the invoice discount at or below %s", model.FormatPercent(disc.Percent+0.5)), Priority: "must"},
			{Text: "Pay volume bonus only against a volume target", Priority: "must"},
			{Text: "Win two gondola ends per store at Chinese New Year", Priority: "intend"},
			{Text: "Start sharing sell-out data", Priority: "like"},
		}
		n.BuyerKPIs = "Category margin, out-of-stocks, sales per square metre. 品类毛利、缺货率、坪效。"
		n.BuyerObjectives = "More margin from suppliers to fund price investment."
		n.Facts = fmt.Sprintf("We grew the category %d%% last year against %d%% for the market leader.", g.between(3, 9), g.between(0, 3))
		n.Tactics = []model.Tactic{
			{Tactic: "Threatens to delist the slow half of our range", Response: "Show rate of sale per SKU against the category"},
			{Tactic: "Asks for last year's discount plus two points", Response: "Trade points only for volume and displays"},
		}
		n.Power = model.Power{OurBATNA: "Shift promotion money to the other accounts of the territory",
			TheirBATNA: "Give our space to the market leader and private label", Balance: balance()}
		n.Agenda = []model.AgendaItem{{Topic: "Review of last year", Minutes: 20}, {Topic: "Category plan", Minutes: 30}, {Topic: "Terms", Minutes: 40}, {Topic: "Summary and next steps", Minutes: 10}}
		n.OurTeam, n.TheirTeam = ourTeam, theirTeam
		n.Concessions = []model.Concession{
			{What: "Extra leaflet support", Cost: model.Money(g.between(100, 500)) * 1000_00, Value: "high", InReturn: "If you give two gondola ends, then we fund two more leaflets", Order: 1},
			{What: "Half a point of volume bonus", Cost: this.GrossSales / 200, Value: "medium", InReturn: "If you commit to the volume target, then we add half a point", Order: 2},
			{What: "Shelf-planning support", Cost: model.Money(g.between(20, 100)) * 1000_00, Value: "high", InReturn: "If you share sell-out data, then we plan your shelves", Order: 3, ForClose: true},
		}
		n.WillNotGive = []string{"Invoice discount above our walk-away", "Listing fees for range we already sell"}
	}

	meeting := g.daysAgo(g.between(30, 200))
	concluded := model.Negotiation{
		ID: a.ID + "-n1", AccountID: a.ID, Title: fmt.Sprintf("Annual terms 年度条款 %d", this.Year), Meeting: meeting,
		Year: this.Year, Status: model.Concluded,
		Created: meeting.AddDate(0, 0, -g.between(20, 60)).Add(9 * time.Hour), Updated: meeting.AddDate(0, 0, 1).Add(16 * time.Hour),
	}
	prepare(&concluded)
	concluded.Issues = issues(disc.Percent, float64(days.Days))
	concluded.Issues[0].Agreed = agreed(disc.Percent)
	concluded.Issues[1].Agreed = agreed(float64(days.Days))
	concluded.Given = []string{"Volume bonus against the volume target", "Two extra leaflets"}
	concluded.Received = []string{"Two gondola ends per store at Chinese New Year", "Sell-out data from the next quarter"}
	concluded.OpenPoints = []string{"New-store opening fee for the new stores"}
	concluded.FollowUps = []model.FollowUp{
		{What: "Send the signed terms", Owner: kam.Name, Due: meeting.AddDate(0, 0, 7)},
		{What: "Agree the data-sharing format", Owner: g.people[catman].Name, Due: meeting.AddDate(0, 0, 30)},
	}
	out := []model.Negotiation{concluded}
	if g.chance(0.5) {
		next := model.Negotiation{
			ID: a.ID + "-n2", AccountID: a.ID, Title: fmt.Sprintf("Annual terms 年度条款 %d", this.Year+1), Meeting: g.daysAgo(-g.between(20, 120)),
			Year: this.Year + 1, Status: pick(g, []model.NegotiationStatus{model.Draft, model.Ready}),
			Created: g.daysAgo(g.between(10, 40)).Add(9 * time.Hour), Updated: g.daysAgo(g.between(1, 9)).Add(15 * time.Hour),
		}
		prepare(&next)
		next.Issues = issues(round1(disc.Percent+0.5), float64(days.Days+5))
		next.OpenPoints = []string{"Who pays for the online pick-up shelves?"}
		next.FollowUps = []model.FollowUp{{What: "Send the category review before the meeting", Owner: g.people[catman].Name, Due: next.Meeting.AddDate(0, 0, -7)}}
		out = append(out, next)
	}
	return out
}

var (
	theirActions = []string{"Fix the order cut-off with the DC", "Confirm the second placements", "Share the store opening plan", "Send the range review dates"}
	ourActions   = []string{"Plan the gondola ends for the next season", "Propose the new-item listing for the spring review", "Bring the category review to the next meeting"}
)

// meetings are two or three quarterly business reviews, each held two
// weeks after its quarter ended, the scorecard carried from one to the
// next. The earlier reviews' actions are done; the latest has theirs open
// (overdue when overdue is set) and ours due after today.
func (g *generator) meetings(a model.Account, kam model.Person, contacts []model.Contact, overdue bool) []model.Meeting {
	quarter := func(k int) time.Time { // the first day of the quarter k quarters before this one
		y, m, _ := g.today.Date()
		return time.Date(y, time.Month((int(m)-1)/3*3+1), 1, 0, 0, 0, 0, g.today.Location()).AddDate(0, -3*k, 0)
	}
	var theirs []string
	for _, c := range contacts[:2] {
		theirs = append(theirs, c.Name)
	}
	count := g.between(2, 3)
	var out []model.Meeting
	for mi := range count {
		k := count - mi // the oldest first
		from, to := quarter(k), quarter(k-1).AddDate(0, 0, -1)
		date := to.AddDate(0, 0, 14)
		if !date.Before(g.today) {
			date = g.daysAgo(1)
		}
		m := model.NewMeeting(a.ID, date, from, to, out)
		m.ID = fmt.Sprintf("%s-r%d", a.ID, mi+1)
		m.OurAttendees = []string{kam.Name, g.people[catman].Name}
		m.TheirAttendees = theirs
		m.Objectives = "Review the quarter against the plan; agree the actions for the next one. 对照计划回顾本季度；商定下季度的行动。"
		quarterSales := a.OurSales.Units() / 4
		targets := []float64{quarterSales, quarterSales * 1.02, 15, 80, 3, 95, 100, 120}
		for i := range m.Scorecard {
			if i >= len(targets) {
				break
			}
			tg, ac := round1(targets[i]), round1(targets[i]*(0.9+0.2*g.r.Float64()))
			m.Scorecard[i].Target, m.Scorecard[i].Actual = &tg, &ac
		}
		m.Promotions = []string{"Chinese New Year bundle: +38% uplift, ROI 1.4 春节组合装"}
		m.Listings = []string{"Seaweed crisps 80 g 海苔脆 80 克"}
		m.Delistings = []string{"Classic crackers 400 g 经典饼干 400 克"}
		m.Issues = []model.ReviewIssue{{Issue: "Out-of-stocks on promotion weeks", Cause: "Orders placed after the cut-off"}}
		m.Opportunities = []string{"Second placement at the checkouts"}
		theirDue := date.AddDate(0, 0, g.between(7, 28))
		m.Actions = []model.Action{
			{ID: m.ID + "-a1", What: "Send the sell-out data for the range review", Owner: kam.Name, Side: "ours", Due: date.AddDate(0, 0, 14), Status: model.ActionDone},
			{ID: m.ID + "-a2", What: pick(g, theirActions), Owner: theirs[0], Side: "theirs", Due: theirDue, Status: model.ActionDone},
		}
		if mi == count-1 {
			m.Actions[1].Status = model.ActionOpen
			if overdue && !theirDue.Before(g.today) {
				m.Actions[1].Due = g.daysAgo(1)
			} else if !overdue && theirDue.Before(g.today) {
				m.Actions[1].Due = g.daysAgo(-g.between(1, 14))
			}
			m.Actions = append(m.Actions, model.Action{ID: m.ID + "-a3", What: pick(g, ourActions), Owner: g.people[catman].Name,
				Side: "ours", Due: g.daysAgo(-g.between(5, 30)), Status: model.ActionOpen})
			m.Next = g.daysAgo(-g.between(30, 75))
		}
		m.Created, m.Updated = date.Add(11*time.Hour), date.Add(17*time.Hour)
		out = append(out, m)
	}
	for i := 0; i+1 < len(out); i++ {
		out[i].Next = out[i+1].Date
	}
	return out
}

// bigRanges is how many accounts, the first, keep their range in full.
const bigRanges = 20

// productLines are what our products are: a line, its category and brand.
var productLines = []struct {
	code, en, zh, category, brand string
	price                         float64 // list price of the smallest pack, in currency units
}{
	{"SC", "Seaweed crisps", "海苔脆", "Snacks 休闲零食", "Crunch 脆乐", 6.9},
	{"PC", "Potato chips", "薯片", "Snacks 休闲零食", "Crunch 脆乐", 5.9},
	{"RC", "Rice crackers", "米饼", "Snacks 休闲零食", "Harvest 丰收", 7.5},
	{"MN", "Mixed nuts", "混合坚果", "Nuts 坚果", "Harvest 丰收", 19.9},
	{"RP", "Roasted peanuts", "烤花生", "Nuts 坚果", "Harvest 丰收", 8.9},
	{"SS", "Sunflower seeds", "瓜子", "Nuts 坚果", "Harvest 丰收", 6.5},
	{"DM", "Dried mango", "芒果干", "Dried fruit 果干", "Sunny 阳光", 12.9},
	{"BJ", "Beef jerky", "牛肉干", "Meat snacks 肉类零食", "Prairie 草原", 24.9},
	{"BC", "Butter cookies", "黄油曲奇", "Biscuits 饼干", "Golden 金麦", 9.9},
	{"CW", "Cream wafers", "奶油威化", "Biscuits 饼干", "Golden 金麦", 8.5},
	{"CC", "Classic crackers", "经典苏打饼干", "Biscuits 饼干", "Golden 金麦", 7.9},
	{"MC", "Milk chocolate bar", "牛奶巧克力", "Confectionery 糖果巧克力", "Velvet 丝滑", 11.9},
	{"FG", "Fruit gummies", "水果软糖", "Confectionery 糖果巧克力", "Velvet 丝滑", 6.9},
	{"MG", "Mint gum", "薄荷口香糖", "Confectionery 糖果巧克力", "Fresh 清新", 4.5},
}

var (
	flavours = [][2]string{{"Original", "原味"}, {"Spicy", "香辣"}, {"BBQ", "烧烤味"}, {"Tomato", "番茄味"},
		{"Sea salt", "海盐味"}, {"Honey", "蜂蜜味"}, {"Matcha", "抹茶味"}, {"Cheese", "芝士味"}, {"Lime", "青柠味"}}
	packs = []struct {
		en, zh string
		times  float64 // the price against the smallest pack
	}{{"40 g", "40 克", 1}, {"80 g", "80 克", 1.7}, {"150 g", "150 克", 2.9}, {"6 × 25 g", "6 × 25 克", 3.4}, {"400 g family", "400 克家庭装", 6.2}}
)

// products are our range: every line in most flavours and packs, some
// 250 products, most active, some new (launched lately or soon), some
// phasing out, a few archived.
func (g *generator) products() []model.Product {
	var out []model.Product
	for _, line := range productLines {
		for fi, fl := range flavours {
			if fi > 0 && !g.chance(0.55) {
				continue
			}
			for pi, pk := range packs {
				if !g.chance(0.62) {
					continue
				}
				list := line.price * pk.times * (0.9 + 0.2*g.r.Float64())
				p := model.Product{
					ID:        fmt.Sprintf("gsku%04d", len(out)+1),
					Code:      fmt.Sprintf("%s-%02d%d", line.code, fi+1, pi+1), // SC-0103: the first flavour's third pack
					Name:      model.T(fmt.Sprintf("%s %s %s", line.en, fl[0], pk.en), fmt.Sprintf("%s%s %s", line.zh, fl[1], pk.zh)),
					Brand:     line.brand,
					Category:  line.category,
					PackSize:  pk.en,
					ListPrice: model.Money(math.Round(list*10)) * 10,
					Status:    model.ProductActive,
					Launch:    g.daysAgo(g.between(400, 3000)),
					Created:   g.daysAgo(g.between(200, 400)).Add(10 * time.Hour),
				}
				p.CostPrice = model.Money(float64(p.ListPrice) * (0.5 + 0.2*g.r.Float64()))
				switch x := g.r.Float64(); {
				case x < 0.1:
					p.Status, p.Launch = model.ProductNew, g.daysAgo(g.between(-60, 120))
				case x < 0.18:
					p.Status = model.ProductPhasingOut
				case x < 0.21:
					p.Archived = true
				}
				p.Updated = p.Created.AddDate(0, 0, g.between(0, 150))
				out = append(out, p)
			}
		}
	}
	return out
}

var (
	clusterFormats = []struct{ name, format string }{
		{"Hypermarkets 大卖场", "hypermarket"}, {"Supermarkets 超市", "supermarket"}, {"Convenience 便利店", "convenience"},
		{"Community stores 社区店", "community"}, {"Warehouse clubs 会员店", "club"}, {"Online pick-up 线上自提", "online"},
	}
	clusterRegions = []string{"Shanghai 上海", "Jiangsu 江苏", "Zhejiang 浙江", "Beijing 北京", "Tianjin 天津", "Guangdong 广东",
		"Fujian 福建", "Sichuan 四川", "Chongqing 重庆", "Hubei 湖北", "Hunan 湖南", "Shandong 山东", "Henan 河南"}
	outletDistricts = []string{"Xuhui 徐汇", "Pudong 浦东", "Minhang 闵行", "Jing'an 静安", "Changning 长宁", "Yangpu 杨浦"}

	opsAnswers = map[string][]string{
		"order_channel":      {"EDI, keyed by their replenishment team 由补货团队通过 EDI 下单", "Supplier portal, manual upload 供应商平台人工上传"},
		"order_who":          {"Central replenishment, Ms Wu 总部补货，吴女士", "Each DC orders for its stores 各配送中心为门店下单"},
		"order_days":         {"Mon and Thu 周一和周四", "Tue 周二"},
		"order_lead":         {"3 days 3 天", "5 days to the DC 到配送中心 5 天"},
		"delivery_route":     {"All via their DCs 全部经配送中心", "Chilled direct to store, the rest via DC 冷链直送门店，其余经配送中心"},
		"delivery_dcs":       {"Kunshan (East), Langfang (North), Foshan (South) 昆山、廊坊、佛山", "Wuhan, for all stores 武汉，覆盖全部门店"},
		"delivery_minimum":   {"10 cases per drop, else a fee 每次 10 箱，不足收费", "One pallet 一个托盘"},
		"delivery_windows":   {"Book 48 h ahead; DC receives 6:00–14:00 提前 48 小时预约；配送中心 6:00–14:00 收货", "Stores receive before 10:00 门店 10 点前收货"},
		"payment_terms":      {"60 days from invoice 发票后 60 天", "45 days from month end 月结 45 天"},
		"payment_invoicing":  {"PO number and DC code on every invoice 每张发票须有订单号和配送中心代码", "One invoice per PO 每个订单一张发票"},
		"payment_deductions": {"Listing and display fees deducted monthly 进场费和陈列费按月扣", "Damages deducted at 1% 损耗按 1% 扣"},
		"payment_disputes":   {"Write to the AP team within 30 days with the POD 30 天内附签收单联系应付团队", "Through the portal, 14 days 通过平台，14 天内"},
		"range_when":         {"March and September 三月和九月", "Once a year, in April 每年一次，四月"},
		"range_submission":   {"New-item form, samples, 12 weeks of sell-out 新品申请表、样品、12 周动销", "Category review deck and margin sheet 品类评审资料和毛利表"},
		"planogram_owner":    {"Their space team 零售商陈列团队", "Category captain (the market leader) 品类管理伙伴（行业领导者）"},
		"planogram_resets":   {"Six weeks after each review 每次评审后六周", "May and November 五月和十一月"},
		"promo_booking":      {"Leaflet slots booked through the buyer, paid as a fee 经采购预订海报位，以费用支付", "Display slots auctioned each quarter 陈列位每季度竞价"},
		"promo_approval":     {"Buyer, then category director 采购，然后品类总监", "Buyer alone below 50,000 5 万以下由采购决定"},
		"new_stores":         {"Twelve stores in the south this year 今年华南新开 12 家", "Four stores in Q2 二季度新开 4 家"},
	}

	changeReasons = map[model.MutationKind][]string{
		model.MutationListing:     {"Gap in the range: sold in the other clusters 品项缺口：其他门店群在售", "New item for the spring review 春季评审新品", "Wins a second facing 争取第二个排面"},
		model.MutationDelisting:   {"Bottom fifth on rate of sale 动销排名后 20%", "Phasing out 产品逐步淘汰", "Space given to private label 排面让给自有品牌"},
		model.MutationReplacement: {"New pack sells faster 新包装动销更快", "Swap to the bigger pack 换成大包装", "Replace the slow flavour 替换慢销口味"},
	}
)

// rangeOf gives an account its operations profile, clusters, listings and
// assortment changes: in full for one of the biggest accounts, a little
// for the others.
func (g *generator) rangeOf(ws *model.Workspace, i int, a model.Account, big bool) accountRange {
	ops := g.operations(a, big)
	ws.Operations = append(ws.Operations, ops)

	// The clusters, and each one's share of the account's sales.
	count := g.between(1, 3)
	if big {
		// From 3 to 40, most nearer 3: few retailers cut their stores
		// into dozens of ranges.
		count = 3 + g.r.IntN(38)*g.r.IntN(38)/37
		if i == 0 {
			count = 40 // the widest grid, for the benchmarks
		}
	}
	clusters := make([]model.Cluster, count)
	weights := make([]float64, count)
	total := 0.0
	for k := range clusters {
		f := clusterFormats[(k+i)%len(clusterFormats)]
		grade := model.Grades[min(k*3/count, 2)].Key // the first third A, then B, then C
		region := clusterRegions[(k+i*7)%len(clusterRegions)]
		c := model.Cluster{
			ID: fmt.Sprintf("%s-k%02d", a.ID, k+1), AccountID: a.ID, Name: fmt.Sprintf("%s %s %s", grade, f.name, region),
			Format: f.format, Region: region, Grade: grade, Stores: g.between(3, 120),
			Created: g.daysAgo(g.between(200, 500)).Add(9 * time.Hour),
		}
		if k == 0 {
			for o := range min(c.Stores, g.between(2, 5)) {
				c.Outlets = append(c.Outlets, fmt.Sprintf("S%03d %s, %s", o+1, pick(g, outletDistricts), region))
			}
		}
		c.Updated = c.Created.AddDate(0, 0, g.between(0, 120))
		weights[k] = float64(c.Stores) * []float64{3, 1.6, 0.8}[min(k*3/count, 2)]
		total += weights[k]
		clusters[k] = c
	}
	for k := range clusters { // rounded down, so they never add up past 100%
		clusters[k].Share = math.Floor(weights[k]/total*1000) / 10
	}
	ws.Clusters = append(ws.Clusters, clusters...)

	// The products the account deals in, and how likely each is carried.
	var deals []int
	share := 0.5 + 0.4*g.r.Float64()
	if !big {
		share = float64(g.between(5, 12)) / float64(len(ws.Products))
	}
	for p, pr := range ws.Products {
		if !pr.Archived && g.chance(share) {
			deals = append(deals, p)
		}
	}
	grades := map[model.Grade]float64{"A": 0.15, "B": 0, "C": -0.2}
	speed := map[model.Grade]float64{"A": 1.3, "B": 1, "C": 0.7}
	carried := map[[2]int]bool{} // product, cluster
	for _, p := range deals {
		pr := ws.Products[p]
		pop := 0.35 + 0.6*g.r.Float64()
		switch pr.Status {
		case model.ProductNew:
			pop *= 0.4
		case model.ProductPhasingOut:
			pop *= 0.7
		}
		rate := math.Exp(g.r.NormFloat64()*0.8) * 3 // units per store per week
		for k, c := range clusters {
			if !g.chance(0.8) {
				continue // not recorded: not carried
			}
			l := model.Listing{AccountID: a.ID, ProductID: pr.ID, ClusterID: c.ID,
				Listed: g.chance(pop + grades[c.Grade]), Updated: g.daysAgo(g.between(1, 200)).Add(15 * time.Hour)}
			l.Created = l.Updated
			if g.chance(0.5) {
				l.Since = g.daysAgo(g.between(30, 400))
			}
			if l.Listed {
				carried[[2]int{p, k}] = true
				if g.chance(0.7) {
					l.Price = model.Money(math.Round(float64(pr.ListPrice)*(1.05+0.3*g.r.Float64())/10)) * 10
				}
				if g.chance(0.6) {
					r := round1(rate * speed[c.Grade] * (0.7 + 0.6*g.r.Float64()))
					l.RateOfSale = &r
				}
			}
			ws.Listings = append(ws.Listings, l)
		}
	}
	changes := g.between(1, 4)
	if big {
		changes = g.between(5, 30)
	}
	ws.Mutations = append(ws.Mutations, g.mutations(a, ws.Products, deals, clusters, carried, changes)...)
	// What its promotions promote: the products some cluster carries, or,
	// when none carries any, those it deals in.
	var promoted []int
	for _, p := range deals {
		for k := range clusters {
			if carried[[2]int{p, k}] {
				promoted = append(promoted, p)
				break
			}
		}
	}
	if len(promoted) == 0 {
		promoted = deals
	}
	return accountRange{index: i, account: a, ops: ops, deals: deals, promoted: promoted, clusters: clusters}
}

// accountRange is what an account's plan draws on of its range: the
// products it deals in and those its promotions promote (indices in the
// workspace's products), its clusters and its operations profile.
type accountRange struct {
	index    int
	account  model.Account
	ops      model.Operations
	deals    []int
	promoted []int
	clusters []model.Cluster
}

// operations is an account's profile: most questions answered for a big
// account, about half for another; the next range review ahead.
func (g *generator) operations(a model.Account, big bool) model.Operations {
	o := model.Operations{AccountID: a.ID, Answers: map[string]string{}}
	answered := 0.9
	if !big {
		answered = 0.5
	}
	for _, f := range model.OpsFields {
		if g.chance(answered) {
			o.Answers[f.ID] = pick(g, opsAnswers[f.ID])
		}
	}
	if big || g.chance(0.5) {
		o.NextRangeReview = g.daysAgo(-g.between(20, 180))
		o.SubmitBy = o.NextRangeReview.AddDate(0, 0, -7*g.between(3, 8))
		o.PromoLeadWeeks = g.between(4, 12)
	}
	o.Created = g.daysAgo(g.between(100, 400)).Add(10 * time.Hour)
	o.Updated = g.daysAgo(g.between(1, 90)).Add(16 * time.Hour)
	return o
}

// mutations are the account's assortment changes: listings of products a
// cluster does not carry, delistings and replacements of ones it does,
// done or refused in the past, agreed on either side of today, proposed
// ahead.
func (g *generator) mutations(a model.Account, products []model.Product, deals []int, clusters []model.Cluster,
	carried map[[2]int]bool, count int) []model.Mutation {
	if len(deals) < 2 {
		return nil
	}
	statuses := []model.MutationStatus{model.MutationDone, model.MutationAgreed, model.MutationProposed, model.MutationRefused}
	var out []model.Mutation
	for k := range count {
		kind := model.MutationKinds[k%len(model.MutationKinds)].Key
		status := statuses[k%len(statuses)] // with the kind, every pair in twelve changes
		m := model.Mutation{ID: fmt.Sprintf("%s-mut%02d", a.ID, k+1), AccountID: a.ID, Kind: kind, Status: status}
		switch status {
		case model.MutationDone, model.MutationRefused:
			m.Date = g.daysAgo(g.between(10, 300))
		case model.MutationAgreed:
			m.Date = g.daysAgo(g.between(-90, 60))
		default:
			m.Date = g.daysAgo(-g.between(10, 150))
		}
		p := deals[g.r.IntN(len(deals))]
		m.ProductID = products[p].ID
		if kind == model.MutationReplacement {
			old := deals[g.r.IntN(len(deals))]
			for old == p {
				old = deals[g.r.IntN(len(deals))]
			}
			m.Replaces = products[old].ID
		}
		// The clusters it changes: those where the product is in (a
		// delisting, the one replaced) or out (a listing), else any.
		var fit []string
		for c, cl := range clusters {
			in := carried[[2]int{p, c}]
			if kind == model.MutationListing && !in || kind != model.MutationListing && in {
				fit = append(fit, cl.ID)
			}
		}
		if len(fit) == 0 {
			for _, cl := range clusters {
				fit = append(fit, cl.ID)
			}
		}
		for _, j := range g.r.Perm(len(fit))[:g.between(1, min(len(fit), 6))] {
			m.Clusters = append(m.Clusters, fit[j])
		}
		slices.Sort(m.Clusters)
		m.Reason = pick(g, changeReasons[kind])
		if kind != model.MutationDelisting {
			m.ListingFee = model.Money(g.between(2, 30)*1000*len(m.Clusters)) * 100
			if g.chance(0.7) {
				m.Price = model.Money(math.Round(float64(products[p].ListPrice)*1.2/10)) * 10
			}
		}
		if status == model.MutationAgreed || status == model.MutationDone {
			m.ApprovedBy = g.name()
		}
		m.Created = m.Date.AddDate(0, 0, -g.between(14, 90)).Add(11 * time.Hour)
		if !m.Created.Before(g.today) { // a change planned far ahead was proposed lately
			m.Created = g.daysAgo(g.between(1, 30)).Add(11 * time.Hour)
		}
		m.Updated = m.Created.AddDate(0, 0, g.between(0, 10))
		if m.Updated.After(g.now) {
			m.Updated = g.now
		}
		out = append(out, m)
	}
	return out
}

var (
	swotPoints = [4][]string{
		{"The best rate of sale in the category 品类内单店销量最高", "Strong brand with shoppers under 35 在 35 岁以下顾客中品牌力强",
			"Reliable supply: 98% fill rate 供货稳定：满足率 98%", "A category manager the buyer trusts 采购信任我方品类经理"},
		{"Few facings in convenience 便利店排面少", "Late with promotion forms 促销申请常常滞后",
			"Thin range in the family packs 家庭装品项单薄", "Low shelf compliance in the north 华北门店陈列执行差"},
		{"New stores in the south 华南开设新店", "Online pick-up growing fast 线上自提增长快",
			"Open to a shelf-planning pilot 愿意试点货架规划", "Gift boxes for the festivals 节日礼盒机会"},
		{"Private label at 25% less 自有品牌便宜 25%", "The market leader funds the gondola ends 行业领导者包下端架",
			"Listing fees going up 进场费上涨", "Fewer SKUs per category 每个品类品项减少"},
	}
	objectiveTexts = map[model.Measure]string{
		model.MeasureSellIn:       "Grow sell-in in the core range 核心品项进货额增长",
		model.MeasureSellOut:      "Grow sell-out through the festivals 节日期间动销增长",
		model.MeasureShare:        "Win value share from the leader 从领导品牌手中赢得份额",
		model.MeasureDistribution: "Close the distribution gaps of the A stores A 类门店补齐铺货",
		model.MeasureProfit:       "Raise the account's contribution 提升客户贡献",
		model.MeasureMetric:       "Cut out-of-stocks on promotion weeks 降低促销周缺货率",
	}
	programmeWhats = []string{
		"List the family packs in the A stores A 类门店上架家庭装", "Gondola ends at Chinese New Year 春节端架",
		"Merchandisers in the top 50 stores 前 50 家门店派驻理货员", "Sampling on weekends 周末试吃",
		"Shelf-planning pilot in 20 stores 20 家门店货架规划试点", "Weekly sell-out data shared 每周共享动销数据",
		"New-store opening packs 新店开业陈列包", "O2O coupons with the retailer's app 与零售商 APP 合作 O2O 优惠券",
	}
	promotionNames = map[model.Mechanic]string{
		"price_cut": "Price cut 直降", "multibuy": "Buy 2 save 20% 第二件八折", "gift": "Gift with purchase 买赠",
		"display": "Gondola end 端架陈列", "leaflet": "Leaflet feature 海报", "coupon": "App coupon APP 优惠券",
		"sampling": "Weekend sampling 周末试吃", "member_price": "Member price 会员价",
	}
	seasons = [4]float64{0.28, 0.22, 0.22, 0.28} // a year's sales by quarter: the festivals at either end
)

// planOf gives an account with a range its plan of now's year: two to
// four objectives with their programmes, the plan itself (SWOT, quarters
// against last year, key dates, the P&L's columns with their costs to
// serve) and eight to fifteen promotions over the year on the products its
// clusters carry, those that have ended with their actual volume.
func (g *generator) planOf(ws *model.Workspace, ar accountRange) {
	if len(ar.promoted) == 0 {
		return
	}
	a, year := ar.account, g.now.Year()
	kam := g.people[ar.index%2]
	jan1 := time.Date(year, 1, 1, 0, 0, 0, 0, g.now.Location())
	made := func() time.Time { return jan1.AddDate(0, 0, -g.between(20, 60)).Add(10 * time.Hour) }

	measures := []model.Measure{model.MeasureSellIn, model.MeasureDistribution, model.MeasureShare, model.MeasureSellOut, model.MeasureProfit, model.MeasureMetric}
	first := made()
	for k := range g.between(2, 4) {
		m := measures[(k+ar.index)%len(measures)]
		if k == 0 {
			m = model.MeasureSellIn // every plan grows the sell-in
		}
		o := model.PlanObjective{
			ID: fmt.Sprintf("%s-obj%d", a.ID, k+1), AccountID: a.ID, Year: year, Text: objectiveTexts[m], Measure: m,
			ByWhen:    time.Date(year, time.Month(3*g.between(2, 4)+1), 0, 0, 0, 0, 0, g.now.Location()), // the end of a quarter
			OwnerName: kam.Name, Lever: pick(g, model.Levers).Key,
			Created: first.Add(time.Duration(k) * time.Hour),
		}
		o.Updated = o.Created.AddDate(0, 0, g.between(0, 200))
		if o.Updated.After(g.now) {
			o.Updated = g.now
		}
		switch m {
		case model.MeasureSellIn, model.MeasureSellOut, model.MeasureProfit:
			o.Baseline = math.Round(a.OurSales.Units()/1000) * 1000
			if m == model.MeasureProfit {
				o.Baseline = math.Round(o.Baseline * 0.08)
			}
			o.Target = math.Round(o.Baseline * (1.03 + 0.15*g.r.Float64()))
		case model.MeasureShare:
			o.Baseline = round1(5 + 20*g.r.Float64())
			o.Target = round1(o.Baseline + 0.5 + 2*g.r.Float64())
		case model.MeasureDistribution:
			o.Baseline = float64(g.between(55, 80))
			o.Target = o.Baseline + float64(g.between(5, 15))
		case model.MeasureMetric:
			o.Metric, o.MetricUnit = "Out-of-stock rate", "percent"
			o.Baseline = round1(4 + 4*g.r.Float64())
			o.Target = round1(o.Baseline / 2)
		}
		for p := range g.between(0, 3) {
			o.Programmes = append(o.Programmes, model.Programme{
				What: programmeWhats[(k*3+p+ar.index)%len(programmeWhats)], Who: pick(g, g.people).Name,
				When: jan1.AddDate(0, 0, g.between(0, 300)), Cost: model.Money(g.between(5, 80)) * 1000_00,
			})
		}
		ws.Objectives = append(ws.Objectives, o)
	}

	ws.Plans = append(ws.Plans, g.accountPlan(ws.Products, ar, year, first))

	count := g.between(8, 15)
	for k := range count {
		// Spread over the year, one in every stretch of it, so the
		// calendar fills.
		from := 365 * k / count
		start := jan1.AddDate(0, 0, from+g.r.IntN(max(365/count-3, 1)))
		ws.Promotions = append(ws.Promotions, g.promotion(ws.Products, ar, fmt.Sprintf("%s-pr%02d", a.ID, k+1), start, ar.ops.PromoLeadWeeks))
	}
}

// accountPlan is the account's plan of the year: a SWOT of two or three
// points a side, the year's sell-in (the account's sales, grown) over the
// quarters by season against last year's, the key dates of the year, and
// the P&L's columns with their costs to serve.
func (g *generator) accountPlan(products []model.Product, ar accountRange, year int, made time.Time) model.AccountPlan {
	a := ar.account
	p := model.AccountPlan{AccountID: a.ID, Year: year, Created: made}
	p.Updated = made.AddDate(0, 0, g.between(10, 200))
	if p.Updated.After(g.now) {
		p.Updated = g.now
	}
	for side, list := range []*[]string{&p.Strengths, &p.Weaknesses, &p.Opportunities, &p.Threats} {
		for _, j := range g.r.Perm(len(swotPoints[side]))[:g.between(2, 3)] {
			*list = append(*list, swotPoints[side][j])
		}
	}
	share := 10.0
	if s, ok := a.Share(); ok {
		share = min(round1(s), 95)
	}
	distribution := float64(g.between(50, 80))
	sales := a.OurSales.Units()
	last := sales / (1 + a.Growth/100)
	unit := 8 + 10*g.r.Float64() // the average price of a unit
	for q := range 4 {
		planned := math.Round(sales*(1.03+0.1*g.r.Float64())*seasons[q]/100) * 100
		before := math.Round(last*seasons[q]/100) * 100
		p.Quarters[q] = model.QuarterPlan{QuarterFigures: model.QuarterFigures{
			SellIn: model.Money(planned) * 100, Volume: math.Round(planned / unit),
			Share: min(round1(share+0.3*float64(q+1)), 100), Distribution: min(distribution+float64(2*(q+1)), 100),
		}}
		if g.chance(0.5) {
			p.Quarters[q].Other = model.Money(g.between(2, 40)) * 1000_00
		}
		p.LastYear[q] = model.QuarterFigures{SellIn: model.Money(before) * 100, Volume: math.Round(before / unit), Share: share, Distribution: distribution}
	}
	var dealt []model.Product
	for _, i := range ar.deals {
		dealt = append(dealt, products[i])
	}
	p.KeyDates = model.SuggestedKeyDates(year, ar.ops, dealt, g.now.Location())
	p.KeyDates = append(p.KeyDates,
		model.KeyDate{Date: time.Date(year, time.Month(g.between(4, 10)), g.between(1, 28), 0, 0, 0, 0, g.now.Location()), What: "Store anniversary 店庆", Kind: "anniversary"},
		model.KeyDate{Date: time.Date(year, 3, g.between(1, 28), 0, 0, 0, 0, g.now.Location()), What: "Annual terms signed 年度合同签订", Kind: "buyer"})
	cogs := float64(g.between(52, 64))
	logistics := model.CostLine{Name: "Logistics 物流", Pct: round1(1.5 + 2*g.r.Float64())}
	team := model.CostLine{Name: "Key account team 客户团队", Amount: model.Money(g.between(20, 120)) * 1000_00}
	for c := range p.PnL {
		p.PnL[c] = model.PnLColumn{COGSPct: cogs, CostToServe: []model.CostLine{logistics, team}}
		if g.chance(0.5) {
			p.PnL[c].CostToServe = append(p.PnL[c].CostToServe, model.CostLine{Name: "Merchandisers 理货员", Amount: model.Money(g.between(10, 90)) * 1000_00})
		}
	}
	p.PnL[model.PnLLastYear].COGSPct = cogs + 1
	return p
}

// promotion is a promotion starting on start on one to three of the
// products the account's clusters carry, in every cluster or one to three
// of them; it lasts one to four weeks. One that has ended has its actual
// volume (nine in ten) and a verdict; one ahead is booked, or not yet.
func (g *generator) promotion(products []model.Product, ar accountRange, id string, start time.Time, leadWeeks int) model.Promotion {
	mech := pick(g, model.Mechanics).Key
	p := model.Promotion{
		ID: id, AccountID: ar.account.ID, Name: promotionNames[mech], Mechanic: mech,
		Start: start, End: start.AddDate(0, 0, 7*g.between(1, 4)-1),
		BaselinePerWeek: float64(g.between(20, 300)) * 10, Uplift: float64(g.between(15, 120)), PullForward: float64(g.between(0, 8)) * 5,
	}
	for _, j := range g.r.Perm(len(ar.promoted))[:g.between(1, min(3, len(ar.promoted)))] {
		p.Products = append(p.Products, products[ar.promoted[j]].ID)
	}
	if len(ar.clusters) > 0 && g.chance(0.6) {
		for _, j := range g.r.Perm(len(ar.clusters))[:g.between(1, min(3, len(ar.clusters)))] {
			p.Clusters = append(p.Clusters, ar.clusters[j].ID)
		}
	}
	switch mech {
	case "price_cut", "multibuy", "coupon", "member_price":
		p.DiscountPerUnit = model.Money(g.between(5, 30)) * 10
	case "display", "leaflet":
		p.FixedFees = model.Money(g.between(5, 60)) * 1000_00
	default:
		p.DiscountPerUnit = model.Money(g.between(2, 10)) * 10
		p.FixedFees = model.Money(g.between(1, 10)) * 1000_00
	}
	weeks := max(leadWeeks, 4)
	if p.Start.Before(g.today) || g.chance(0.5) {
		p.Booked = p.Start.AddDate(0, 0, -7*g.between(weeks-3, weeks+4))
		if p.Booked.After(g.today) {
			p.Booked = g.today
		}
	}
	p.Created = p.Start.AddDate(0, 0, -7*(weeks+6)).Add(11 * time.Hour)
	if p.Created.After(g.now) {
		p.Created = g.daysAgo(g.between(1, 30)).Add(11 * time.Hour)
	}
	if !p.Booked.IsZero() && p.Booked.Before(model.Day(p.Created)) {
		p.Booked = model.Day(p.Created)
	}
	p.Updated = p.Created
	if p.End.Before(g.today) {
		if g.chance(0.9) {
			v := math.Round(p.BaselinePerWeek * p.Weeks() * (1 + p.Uplift/100*(0.4+0.9*g.r.Float64())))
			p.ActualVolume = &v
			p.Verdict = []model.PromoVerdict{"repeat", "change", "stop", ""}[g.r.IntN(4)]
		}
		p.Updated = p.End.AddDate(0, 0, g.between(3, 20)).Add(16 * time.Hour)
		if p.Updated.After(g.now) {
			p.Updated = g.now
		}
	}
	return p
}

// ManyPromotions fills one account of ws with n more promotions over the
// year, numbered "…-many0001" on, for the Plan tab's calendar benchmark:
// each on one to three of the products the account's clusters carry (else
// any of ours not archived), in every cluster or some of its own, valid as
// the store checks them. It is deterministic, and adds
// nothing when ws has no such account or no product.
func ManyPromotions(ws *model.Workspace, accountID string, n int, year int) {
	i := slices.IndexFunc(ws.Accounts, func(a model.Account) bool { return a.ID == accountID })
	if i < 0 || n <= 0 {
		return
	}
	now := time.Date(year, 7, 1, 9, 0, 0, 0, time.UTC)
	g := &generator{r: rand.New(rand.NewPCG(6, uint64(n))), now: now, today: model.Day(now)}
	ar := accountRange{index: i, account: ws.Accounts[i]}
	product := map[string]int{}
	for j, p := range ws.Products {
		product[p.ID] = j
	}
	seen := map[int]bool{}
	for _, l := range ws.Listings {
		if j, ok := product[l.ProductID]; ok && l.AccountID == accountID && l.Listed && !seen[j] && !ws.Products[j].Archived {
			seen[j] = true
			ar.promoted = append(ar.promoted, j)
		}
	}
	if len(ar.promoted) == 0 {
		for j, p := range ws.Products {
			if !p.Archived {
				ar.promoted = append(ar.promoted, j)
			}
		}
	}
	if len(ar.promoted) == 0 {
		return
	}
	slices.Sort(ar.promoted)
	for _, c := range ws.Clusters {
		if c.AccountID == accountID && !c.Archived {
			ar.clusters = append(ar.clusters, c)
		}
	}
	for _, o := range ws.Operations {
		if o.AccountID == accountID {
			ar.ops = o
		}
	}
	jan1 := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	for k := range n {
		start := jan1.AddDate(0, 0, g.r.IntN(365))
		id := fmt.Sprintf("%s-many%04d", accountID, k+1)
		ws.Promotions = append(ws.Promotions, g.promotion(ws.Products, ar, id, start, ar.ops.PromoLeadWeeks))
	}
}
