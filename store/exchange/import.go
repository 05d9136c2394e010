package exchange

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// Change is one record an import adds or updates.
type Change struct {
	Kind  Kind
	Sheet string // the sheet's label
	Row   int    // the first row that touched it
	What  model.Text
}

// Rejection is one bad cell or row: where it is and why, in both languages.
type Rejection struct {
	Sheet  string
	Row    int
	Column model.Text // the header, as the sheet writes it; empty for the whole row
	Reason model.Text
}

// Preview is what an import would do: the records it adds and updates,
// the rows it rejects, and notes (columns ignored, defaults given). Only a
// preview without rejections may be written.
type Preview struct {
	Added     []Change
	Updated   []Change
	Unchanged int
	Rejected  []Rejection
	Notes     []model.Text
	records   []any
}

// OK reports whether the import may be written: no row was rejected.
func (p Preview) OK() bool { return len(p.Rejected) == 0 }

// Records are the records to write, in one transaction, in an order the
// store accepts (accounts before what they own, a contact after the one it
// reports to). Empty when a row was rejected.
func (p Preview) Records() []any {
	if !p.OK() {
		return nil
	}
	return p.records
}

// Plan checks every row of the sheets against the workspace, by the rules
// the forms use, and says what importing them would add, update and
// reject. now is today, for dates in the future and new IDs. The sheets
// are applied kind by kind (accounts first), so a row may name an account
// another sheet adds.
func Plan(ws model.Workspace, sheets []Sheet, now time.Time) Preview {
	p := &planner{ws: ws, now: now, loc: now.Location(), sheets: sheets}
	p.index()
	for _, s := range sheets {
		if s.Skipped != (model.Text{}) {
			p.out.Notes = append(p.out.Notes, model.T(
				fmt.Sprintf("%s: skipped: %s", s.Label(), s.Skipped.EN), fmt.Sprintf("%s：已跳过：%s", s.Label(), s.Skipped.ZH)))
			continue
		}
		if len(s.Unknown) > 0 {
			p.out.Notes = append(p.out.Notes, model.T(
				fmt.Sprintf("%s: columns not recognised, ignored: %s", s.Label(), strings.Join(s.Unknown, ", ")),
				fmt.Sprintf("%s：未识别的列已忽略：%s", s.Label(), strings.Join(s.Unknown, "、"))))
		}
	}
	for _, k := range Kinds {
		for _, s := range sheets {
			if s.Kind != k {
				continue
			}
			p.sheet = s
			p.order = orderOf(dateCells(s))
			switch k {
			case Accounts:
				p.accountRows()
			case Contacts:
				p.contactRows()
			case Terms:
				p.termRows()
			case Actions:
				p.actionRows()
			case Products:
				p.productRows()
			case Listings:
				p.listingRows()
			}
		}
	}
	p.finishContacts()
	p.finishTerms()
	p.finishMeetings()
	p.collect()
	return p.out
}

// dateCells are the cells of a sheet's date columns, from which the sheet's
// order of day and month is told.
func dateCells(s Sheet) []string {
	var out []string
	for _, c := range Spec(s.Kind).Columns {
		if c.Type != DateValue {
			continue
		}
		for _, r := range s.Rows {
			out = append(out, s.cell(r, c.Key))
		}
	}
	return out
}

// planner applies rows to a copy of the workspace's records, remembering
// which it touched.
type planner struct {
	ws     model.Workspace
	now    time.Time
	loc    *time.Location
	sheets []Sheet
	sheet  Sheet
	order  dateOrder
	out    Preview
	ids    int

	accountByKey map[string]*model.Account // every account and those added, by name key
	touched      map[string]*touch         // by kind/key

	contacts     map[string][]*model.Contact // by account ID
	pendingBoss  map[*model.Contact]pending  // reports-to by name, resolved once all rows are in
	termsYears   map[string]*model.TermsYear
	meetings     map[string][]*model.Meeting // by account ID
	seen         map[string]int              // kind/key → the row that named it
	termYearRows map[string]int              // terms year key → first row, for its own problems
	grossFrom    map[string]string           // terms year key → the gross sales cell that set it
	rng          *rangePlan                  // the range, filed when a sheet of products or listings asks
}

type pending struct {
	name string
	set  bool // the sheet has the column
	row  Row
	s    Sheet
}

// touch is a record an import writes: what it was (nil when new), the row
// that first named it, and how to show it.
type touch struct {
	kind  Kind
	was   any
	now   any // a pointer to the working copy
	sheet string
	row   int
	what  model.Text
	order int
}

func (p *planner) index() {
	p.accountByKey = map[string]*model.Account{}
	for i := range p.ws.Accounts {
		a := p.ws.Accounts[i]
		p.accountByKey[model.NameKey(a.Name)] = &a
	}
	p.touched = map[string]*touch{}
	p.contacts = map[string][]*model.Contact{}
	for _, c := range p.ws.Contacts {
		p.contacts[c.AccountID] = append(p.contacts[c.AccountID], &c)
	}
	p.pendingBoss = map[*model.Contact]pending{}
	p.termsYears = map[string]*model.TermsYear{}
	for _, y := range p.ws.Terms {
		y.Terms = slices.Clone(y.Terms)
		p.termsYears[y.Key()] = &y
	}
	p.meetings = map[string][]*model.Meeting{}
	for _, m := range p.ws.Meetings {
		m := m.Clone()
		p.meetings[m.AccountID] = append(p.meetings[m.AccountID], &m)
	}
	p.seen = map[string]int{}
	p.termYearRows = map[string]int{}
	p.grossFrom = map[string]string{}
}

// newID is a fresh record ID, as the store makes them: the time, then
// random bytes.
func (p *planner) newID() string {
	var b [6]byte
	rand.Read(b[:])
	return fmt.Sprintf("%012x%s", p.now.UnixMilli(), hex.EncodeToString(b[:]))
}

// reject records a bad cell of the current sheet.
func (p *planner) reject(r Row, col string, err error) {
	rj := Rejection{Sheet: p.sheet.Label(), Row: r.Number, Reason: bilingual(err)}
	if col != "" {
		rj.Column = p.sheet.header(col)
	}
	p.out.Rejected = append(p.out.Rejected, rj)
}

// headerIn is a column's header in the sheet of a label.
func (p *planner) headerIn(label, key string) model.Text {
	for _, s := range p.sheets {
		if s.Label() == label {
			return s.header(key)
		}
	}
	return model.Text{}
}

// bilingual is an error's message in both languages.
func bilingual(err error) model.Text {
	return model.T(model.Localize(err, model.English), model.Localize(err, model.Chinese))
}

// touchRecord notes that a row changes a record; was is its value before
// the import (nil for a new one).
func (p *planner) touchRecord(kind Kind, key string, was, now any, r Row, what model.Text) *touch {
	if t, ok := p.touched[string(kind)+"/"+key]; ok {
		return t
	}
	t := &touch{kind: kind, was: was, now: now, sheet: p.sheet.Label(), row: r.Number, what: what, order: len(p.touched)}
	p.touched[string(kind)+"/"+key] = t
	return t
}

// once refuses a second row naming the same record in one import.
func (p *planner) once(r Row, col, key string, what model.Text) bool {
	if first, ok := p.seen[key]; ok {
		p.reject(r, col, say(fmt.Sprintf("%s is named again here: row %d has it already", what.EN, first),
			fmt.Sprintf("%s 已在第 %d 行出现，此处重复", what.ZH, first)))
		return false
	}
	p.seen[key] = r.Number
	return true
}

// account finds the account a row names, by name ignoring case: one of
// the workspace or one this import adds.
func (p *planner) account(r Row) *model.Account {
	name := p.sheet.cell(r, colAccount)
	if name == "" {
		p.reject(r, colAccount, problem("say which account", "请填写客户"))
		return nil
	}
	a, ok := p.accountByKey[model.NameKey(name)]
	if !ok {
		p.reject(r, colAccount, problem("there is no account called %q, in the workspace or in this file", "工作区和本文件中都没有名为 %q 的客户", name))
		return nil
	}
	return a
}

// text reads a text column: a column present sets the field, blank
// clears it; an absent column leaves it.
func (p *planner) text(r Row, col string, dst *string, check func(string) error) bool {
	if !p.sheet.has(col) {
		return true
	}
	v := p.sheet.cell(r, col)
	if check != nil {
		if err := check(v); err != nil {
			p.reject(r, col, err)
			return false
		}
	}
	*dst = v
	return true
}

// date reads a date column; blank clears it.
func (p *planner) date(r Row, col string, dst *time.Time) bool {
	if !p.sheet.has(col) {
		return true
	}
	d, err := parseDate(p.sheet.cell(r, col), p.order, p.loc)
	if err != nil {
		p.reject(r, col, err)
		return false
	}
	if formatDate(d) != formatDate(*dst) { // the same day keeps its time as stored
		*dst = d
	}
	return true
}

func (p *planner) boolean(r Row, col string, dst *bool) bool {
	if !p.sheet.has(col) {
		return true
	}
	v, err := parseBool(p.sheet.cell(r, col), *dst)
	if err != nil {
		p.reject(r, col, err)
		return false
	}
	*dst = v
	return true
}

// choice reads a choice column: blank keeps what was there (for a new
// record, what its form proposes).
func choice[K comparable](p *planner, r Row, col string, list []model.Choice[K], extra map[string]K, dst *K) bool {
	if !p.sheet.has(col) {
		return true
	}
	v, err := choose(list, p.sheet.cell(r, col), extra, *dst)
	if err != nil {
		p.reject(r, col, err)
		return false
	}
	*dst = v
	return true
}

// collect turns what was touched into the preview's lists and records.
func (p *planner) collect() {
	list := make([]*touch, 0, len(p.touched))
	for _, t := range p.touched {
		list = append(list, t)
	}
	slices.SortFunc(list, func(a, b *touch) int { return a.order - b.order })
	var accounts, contacts, terms, meetings, products, listings []any
	for _, t := range list {
		rec := reflect.ValueOf(t.now).Elem().Interface()
		if t.was != nil && sameRecord(t.was, rec) {
			if t.kind != meetingKind {
				p.out.Unchanged++
			}
			continue
		}
		c := Change{Kind: t.kind, Sheet: t.sheet, Row: t.row, What: t.what}
		switch {
		case t.was == nil:
			p.out.Added = append(p.out.Added, c)
		case t.kind != meetingKind: // its actions are reported one by one
			p.out.Updated = append(p.out.Updated, c)
		}
		switch rec.(type) {
		case model.Account:
			accounts = append(accounts, rec)
		case model.Contact:
			contacts = append(contacts, rec)
		case model.TermsYear:
			terms = append(terms, rec)
		case model.Meeting:
			meetings = append(meetings, rec)
		case model.Product:
			products = append(products, rec)
		case model.Listing:
			listings = append(listings, rec)
		}
	}
	contacts = bossFirst(contacts)
	kindOrder := func(a, b Change) int {
		rank := func(k Kind) int {
			return slices.Index([]Kind{Accounts, Contacts, Terms, meetingKind, Actions, Products, Listings}, k)
		}
		return rank(a.Kind) - rank(b.Kind)
	}
	slices.SortStableFunc(p.out.Added, kindOrder)
	slices.SortStableFunc(p.out.Updated, kindOrder)
	order := map[string]int{}
	for _, r := range p.out.Rejected {
		if _, ok := order[r.Sheet]; !ok {
			order[r.Sheet] = len(order)
		}
	}
	slices.SortStableFunc(p.out.Rejected, func(a, b Rejection) int {
		if a.Sheet != b.Sheet {
			return order[a.Sheet] - order[b.Sheet]
		}
		return a.Row - b.Row
	})
	p.out.records = slices.Concat(accounts, products, contacts, terms, meetings, listings)
	if !p.out.OK() {
		p.out.records = nil
	}
}

// sameRecord reports whether a record is as it was, as the file would
// hold it: a time read in another zone object is the same time.
func sameRecord(a, b any) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

// bossFirst orders contacts so that each comes after the one it reports
// to, as the store checks a contact against those already written.
func bossFirst(list []any) []any {
	byID := map[string]model.Contact{}
	for _, r := range list {
		c := r.(model.Contact)
		byID[c.ID] = c
	}
	done := map[string]bool{}
	var out []any
	var visit func(c model.Contact, depth int)
	visit = func(c model.Contact, depth int) {
		if done[c.ID] || depth > len(list) {
			return
		}
		done[c.ID] = true
		if boss, ok := byID[c.ReportsTo]; ok {
			visit(boss, depth+1)
		}
		out = append(out, c)
	}
	for _, r := range list {
		visit(r.(model.Contact), 0)
	}
	return out
}

// say is a message already written in both languages.
func say(en, zh string) error { return &model.Invalid{Msg: model.T(en, zh)} }
