// Package common holds what every screen shares: the context (size, language,
// styles, store, clock, workspace data), the Tab contract, messages, the
// windowed table and form helpers.
package common

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// Context is shared by the root and every tab. The root changes it (size,
// language, data) and tells the tabs by message; tabs only read it.
type Context struct {
	Lang   model.Lang
	Styles Styles
	Store  store.Workspace
	Now    func() time.Time
	Data   *Data
	// Pending counts saves started and not yet reported back: the root
	// waits for them before quitting, so no edit is lost on the way out.
	Pending int

	settingsSeq     int        // settings saves started, in order
	settingsMu      sync.Mutex // guards settingsWritten
	settingsWritten int        // the newest settings save written
}

// T is the user-facing text for key in the current language.
func (c *Context) T(key string) string { return Tr(c.Lang, key) }

// Tab is one screen behind the tab bar.
type Tab interface {
	// Init starts the tab; it may return a command.
	Init() tea.Cmd
	// Update handles a message routed to the tab.
	Update(msg tea.Msg) (Tab, tea.Cmd)
	// View renders the tab's body at its size.
	View() string
	// SetSize gives the tab the cells its body may use.
	SetSize(width, height int)
	// Title is the tab's name in the tab bar, in the current language.
	Title() string
	// Capturing reports whether a form or text field has focus: keys then
	// go only to the tab, and global keys are off.
	Capturing() bool
	help.KeyMap
}

// Data is the workspace as loaded in memory: the root applies every saved
// record to it, and tabs read from it.
type Data struct {
	Settings     model.Settings
	Accounts     []model.Account
	Matrix       model.Matrix
	Evaluations  []model.Evaluation
	Checklist    []model.ChecklistItem
	People       []model.Person
	Contacts     []model.Contact
	Moments      []model.Moment
	Terms        []model.TermsYear
	Negotiations []model.Negotiation
	Meetings     []model.Meeting
	index        map[string]int                        // account ID → position in Accounts
	evals        map[string][]int                      // account ID → positions in Evaluations, newest first
	knowledge    map[string]map[string]model.Knowledge // account ID → item ID → answer
}

// NewData builds the in-memory workspace from what the store returned.
func NewData(msg LoadedMsg) *Data {
	d := &Data{Settings: msg.Settings, Accounts: msg.Accounts, Matrix: msg.Matrix, Evaluations: msg.Evaluations,
		Checklist: msg.Checklist, People: msg.People, Contacts: msg.Contacts, Moments: msg.Moments,
		Terms: msg.Terms, Negotiations: msg.Negotiations, Meetings: msg.Meetings}
	d.knowledge = map[string]map[string]model.Knowledge{}
	for _, k := range msg.Knowledge {
		d.PutKnowledge(k)
	}
	d.index = make(map[string]int, len(d.Accounts))
	for i, a := range d.Accounts {
		d.index[a.ID] = i
	}
	d.evals = make(map[string][]int)
	for i := range d.Evaluations {
		d.indexEvaluation(i)
	}
	return d
}

// indexEvaluation files evaluation i under its account, keeping the
// account's list newest first.
func (d *Data) indexEvaluation(i int) {
	e := d.Evaluations[i]
	list := append(d.evals[e.AccountID], i)
	slices.SortStableFunc(list, func(a, b int) int {
		ea, eb := d.Evaluations[a], d.Evaluations[b]
		if c := eb.Date.Compare(ea.Date); c != 0 {
			return c
		}
		return eb.Created.Compare(ea.Created)
	})
	d.evals[e.AccountID] = list
}

// AccountEvaluations returns an account's evaluations, newest first.
func (d *Data) AccountEvaluations(id string) []model.Evaluation {
	idx := d.evals[id]
	out := make([]model.Evaluation, len(idx))
	for i, j := range idx {
		out[i] = d.Evaluations[j]
	}
	return out
}

// Latest is an account's newest evaluation, the one that places it.
func (d *Data) Latest(id string) (model.Evaluation, bool) {
	if d == nil || len(d.evals[id]) == 0 {
		return model.Evaluation{}, false
	}
	return d.Evaluations[d.evals[id][0]], true
}

// Quadrant is where an account's newest evaluation places it.
func (d *Data) Quadrant(id string) (model.Quadrant, bool) {
	e, ok := d.Latest(id)
	if !ok {
		return 0, false
	}
	a, s := e.Position()
	return model.Place(a, s, d.Matrix), true
}

// PutEvaluation adds a saved evaluation.
func (d *Data) PutEvaluation(e model.Evaluation) {
	d.Evaluations = append(d.Evaluations, e)
	d.indexEvaluation(len(d.Evaluations) - 1)
}

// Account finds an account by ID.
func (d *Data) Account(id string) (model.Account, bool) {
	if d == nil {
		return model.Account{}, false
	}
	i, ok := d.index[id]
	if !ok {
		return model.Account{}, false
	}
	return d.Accounts[i], true
}

// Current is the account the Buyer, PREPARE and Review tabs are about.
func (d *Data) Current() (model.Account, bool) {
	if d == nil {
		return model.Account{}, false
	}
	return d.Account(d.Settings.CurrentAccount)
}

// PutAccount adds or replaces an account as saved.
func (d *Data) PutAccount(a model.Account) {
	if i, ok := d.index[a.ID]; ok {
		d.Accounts[i] = a
		return
	}
	d.index[a.ID] = len(d.Accounts)
	d.Accounts = append(d.Accounts, a)
}

// NameTaken reports whether an account other than exceptID holds the name
// key, and whether that account is archived: the form's uniqueness check.
func (d *Data) NameTaken(exceptID string) func(key string) (bool, bool) {
	return func(key string) (bool, bool) {
		for _, a := range d.Accounts {
			if a.ID != exceptID && model.NameKey(a.Name) == key {
				return true, a.Archived
			}
		}
		return false, false
	}
}

// PutKnowledge adds or replaces an answer.
func (d *Data) PutKnowledge(k model.Knowledge) {
	if d.knowledge[k.AccountID] == nil {
		d.knowledge[k.AccountID] = map[string]model.Knowledge{}
	}
	d.knowledge[k.AccountID][k.ItemID] = k
}

// Answers returns what is known of an account, by checklist item ID.
func (d *Data) Answers(accountID string) map[string]model.Knowledge { return d.knowledge[accountID] }

// KnowledgeScore is how well an account is known, in percent.
func (d *Data) KnowledgeScore(accountID string, now time.Time) float64 {
	return model.KnowledgeScore(d.Checklist, d.knowledge[accountID], now)
}

// ContactsOf returns an account's contacts, archived ones too, in the order
// they were added.
func (d *Data) ContactsOf(accountID string) []model.Contact {
	return ofAccount(d.Contacts, accountID, func(x model.Contact) string { return x.AccountID })
}

// Contact finds a contact by ID.
func (d *Data) Contact(id string) (model.Contact, bool) {
	return find(d.Contacts, func(x model.Contact) bool { return x.ID == id })
}

// PutContact adds or replaces a contact.
func (d *Data) PutContact(c model.Contact) {
	d.Contacts = put(d.Contacts, c, func(x model.Contact) string { return x.ID })
}

// Person finds one of our people by ID.
func (d *Data) Person(id string) (model.Person, bool) {
	return find(d.People, func(x model.Person) bool { return x.ID == id })
}

// PutPerson adds or replaces one of our people.
func (d *Data) PutPerson(p model.Person) {
	d.People = put(d.People, p, func(x model.Person) string { return x.ID })
}

// MomentsOf returns an account's contact moments, newest first.
func (d *Data) MomentsOf(accountID string) []model.Moment {
	out := ofAccount(d.Moments, accountID, func(x model.Moment) string { return x.AccountID })
	slices.SortStableFunc(out, func(a, b model.Moment) int {
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return b.Created.Compare(a.Created)
	})
	return out
}

// find is the first element that matches.
func find[T any](list []T, match func(T) bool) (T, bool) {
	if i := slices.IndexFunc(list, match); i >= 0 {
		return list[i], true
	}
	var zero T
	return zero, false
}

// ofAccount copies out the elements that belong to an account, in order.
func ofAccount[T any](list []T, accountID string, owner func(T) string) []T {
	var out []T
	for _, x := range list {
		if owner(x) == accountID {
			out = append(out, x)
		}
	}
	return out
}

// put replaces the element with x's ID, or appends x.
func put[T any](list []T, x T, id func(T) string) []T {
	for i := range list {
		if id(list[i]) == id(x) {
			list[i] = x
			return list
		}
	}
	return append(list, x)
}

// TermsOf returns an account's years of terms, oldest first, proposals
// after the actual year they share.
func (d *Data) TermsOf(accountID string) []model.TermsYear {
	out := ofAccount(d.Terms, accountID, func(x model.TermsYear) string { return x.AccountID })
	slices.SortFunc(out, func(a, b model.TermsYear) int {
		if a.Year != b.Year {
			return a.Year - b.Year
		}
		if a.Proposal == b.Proposal {
			return 0
		}
		if a.Proposal {
			return 1
		}
		return -1
	})
	return out
}

// TermsYear finds an account's terms of a year (or its proposal for it).
func (d *Data) TermsYear(accountID string, year int, proposal bool) (model.TermsYear, bool) {
	return find(d.Terms, func(y model.TermsYear) bool {
		return y.AccountID == accountID && y.Year == year && y.Proposal == proposal
	})
}

// PutTermsYear adds or replaces a year of terms.
func (d *Data) PutTermsYear(y model.TermsYear) {
	d.Terms = put(d.Terms, y, func(x model.TermsYear) string { return x.Key() })
}

// DropTermsYear removes a year of terms.
func (d *Data) DropTermsYear(y model.TermsYear) {
	d.Terms = slices.DeleteFunc(d.Terms, func(x model.TermsYear) bool { return x.Key() == y.Key() })
}

// NegotiationsOf returns an account's negotiations, latest meeting first.
func (d *Data) NegotiationsOf(accountID string) []model.Negotiation {
	out := ofAccount(d.Negotiations, accountID, func(x model.Negotiation) string { return x.AccountID })
	slices.SortStableFunc(out, func(a, b model.Negotiation) int { return b.Meeting.Compare(a.Meeting) })
	return out
}

// Negotiation finds a negotiation by ID.
func (d *Data) Negotiation(id string) (model.Negotiation, bool) {
	return find(d.Negotiations, func(x model.Negotiation) bool { return x.ID == id })
}

// PutNegotiation adds or replaces a negotiation.
func (d *Data) PutNegotiation(n model.Negotiation) {
	d.Negotiations = put(d.Negotiations, n, func(x model.Negotiation) string { return x.ID })
}

// DropNegotiation removes a negotiation.
func (d *Data) DropNegotiation(id string) {
	d.Negotiations = slices.DeleteFunc(d.Negotiations, func(x model.Negotiation) bool { return x.ID == id })
}

// MeetingsOf returns an account's business reviews, newest first.
func (d *Data) MeetingsOf(accountID string) []model.Meeting {
	out := ofAccount(d.Meetings, accountID, func(x model.Meeting) string { return x.AccountID })
	slices.SortStableFunc(out, func(a, b model.Meeting) int { return b.Date.Compare(a.Date) })
	return out
}

// Meeting finds a meeting by ID.
func (d *Data) Meeting(id string) (model.Meeting, bool) {
	return find(d.Meetings, func(x model.Meeting) bool { return x.ID == id })
}

// PutMeeting adds or replaces a meeting.
func (d *Data) PutMeeting(m model.Meeting) {
	d.Meetings = put(d.Meetings, m, func(x model.Meeting) string { return x.ID })
}

// DropMeeting removes a meeting.
func (d *Data) DropMeeting(id string) {
	d.Meetings = slices.DeleteFunc(d.Meetings, func(x model.Meeting) bool { return x.ID == id })
}

// Overdue counts the overdue actions of an account, or of every active
// account when accountID is "".
func (d *Data) Overdue(accountID string, now time.Time) int {
	n := 0
	for _, m := range d.Meetings {
		if accountID != "" && m.AccountID != accountID {
			continue
		}
		if a, ok := d.Account(m.AccountID); accountID == "" && (!ok || a.Archived) {
			continue
		}
		for _, x := range m.Actions {
			if x.Overdue(now) {
				n++
			}
		}
	}
	return n
}

// OverdueByAccount counts every account's overdue actions in one pass over
// the meetings; accounts with none are left out.
func (d *Data) OverdueByAccount(now time.Time) map[string]int {
	counts := map[string]int{}
	for _, m := range d.Meetings {
		for _, x := range m.Actions {
			if x.Overdue(now) {
				counts[m.AccountID]++
			}
		}
	}
	return counts
}

// ViewBar names a tab's views (catalog keys), the one shown picked out,
// and the key that cycles them.
func (c *Context) ViewBar(names []string, active int) string {
	st := c.Styles
	parts := make([]string, len(names))
	for i, n := range names {
		if i == active {
			parts[i] = st.TabActive.Render(c.T(n))
		} else {
			parts[i] = st.TabInactive.Render(c.T(n))
		}
	}
	return strings.Join(parts, st.Muted.Render("  ·  ")) + st.Muted.Render("   (v)")
}
