package data

import (
	"reflect"
	"slices"
	"time"

	"github.com/kam-workbench/kam/model"
)

// noteEvaluation makes evaluation i its account's latest if it is newer.
func (d *Data) noteEvaluation(i int) {
	e := d.Evaluations[i]
	if j, ok := d.latest[e.AccountID]; !ok || e.NewerThan(d.Evaluations[j]) {
		d.latest[e.AccountID] = i
	}
}

// placeLatest finds an account's latest evaluation again.
func (d *Data) placeLatest(accountID string) {
	delete(d.latest, accountID)
	for _, i := range d.owners[reflect.TypeFor[model.Evaluation]()][accountID] {
		d.noteEvaluation(i)
	}
}

// AccountEvaluations returns an account's evaluations, newest first.
func (d *Data) AccountEvaluations(id string) []model.Evaluation {
	return model.Newest(of[model.Evaluation](d, id))
}

// Latest is an account's newest evaluation, the one that places it.
func (d *Data) Latest(id string) (model.Evaluation, bool) {
	if d == nil {
		return model.Evaluation{}, false
	}
	i, ok := d.latest[id]
	if !ok {
		return model.Evaluation{}, false
	}
	return d.Evaluations[i], true
}

// Previous is an account's evaluation before its newest one: where it
// stood before, which the Matrix draws its trail from.
func (d *Data) Previous(id string) (model.Evaluation, bool) {
	if d == nil {
		return model.Evaluation{}, false
	}
	latest, ok := d.latest[id]
	if !ok {
		return model.Evaluation{}, false
	}
	prev, found := -1, false
	for _, i := range d.owners[reflect.TypeFor[model.Evaluation]()][id] {
		if i != latest && (!found || d.Evaluations[i].NewerThan(d.Evaluations[prev])) {
			prev, found = i, true
		}
	}
	if !found {
		return model.Evaluation{}, false
	}
	return d.Evaluations[prev], true
}

// Quadrant is where an account's newest evaluation places it.
func (d *Data) Quadrant(id string) (model.Quadrant, bool) {
	e, ok := d.Latest(id)
	if !ok {
		return 0, false
	}
	return e.Quadrant(d.Matrix), true
}

// Account finds an account by ID.
func (d *Data) Account(id string) (model.Account, bool) { return get[model.Account](d, id) }

// AccountIndex is an account's position in Accounts.
func (d *Data) AccountIndex(id string) (int, bool) {
	i, ok := d.keys[reflect.TypeFor[model.Account]()][id]
	return i, ok
}

// Current is the account the Buyer, PREPARE and Review tabs are about.
func (d *Data) Current() (model.Account, bool) {
	if d == nil {
		return model.Account{}, false
	}
	return d.Account(d.Settings.CurrentAccount)
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

// Answers returns what is known of an account, by checklist item ID.
func (d *Data) Answers(accountID string) map[string]model.Knowledge {
	out := map[string]model.Knowledge{}
	for _, k := range of[model.Knowledge](d, accountID) {
		out[k.ItemID] = k
	}
	return out
}

// KnowledgeScore is how well an account is known, in percent.
func (d *Data) KnowledgeScore(accountID string, now time.Time) float64 {
	return model.KnowledgeScore(d.Checklist, d.Answers(accountID), now)
}

// ContactsOf returns an account's contacts, archived ones too, in the order
// they were added.
func (d *Data) ContactsOf(accountID string) []model.Contact { return of[model.Contact](d, accountID) }

// Contact finds a contact by ID.
func (d *Data) Contact(id string) (model.Contact, bool) { return get[model.Contact](d, id) }

// Person finds one of our people by ID.
func (d *Data) Person(id string) (model.Person, bool) { return get[model.Person](d, id) }

// MomentsOf returns an account's contact moments, newest first.
func (d *Data) MomentsOf(accountID string) []model.Moment {
	out := of[model.Moment](d, accountID)
	slices.SortStableFunc(out, func(a, b model.Moment) int {
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return b.Created.Compare(a.Created)
	})
	return out
}

// TermsOf returns an account's years of terms, oldest first, proposals
// after the actual year they share.
func (d *Data) TermsOf(accountID string) []model.TermsYear {
	out := of[model.TermsYear](d, accountID)
	slices.SortFunc(out, model.CompareTermsYears)
	return out
}

// TermsYear finds an account's terms of a year (or its proposal for it).
func (d *Data) TermsYear(accountID string, year int, proposal bool) (model.TermsYear, bool) {
	return get[model.TermsYear](d, model.TermsYear{AccountID: accountID, Year: year, Proposal: proposal}.Key())
}

// NegotiationsOf returns an account's negotiations, latest meeting first.
func (d *Data) NegotiationsOf(accountID string) []model.Negotiation {
	out := of[model.Negotiation](d, accountID)
	slices.SortStableFunc(out, func(a, b model.Negotiation) int { return b.Meeting.Compare(a.Meeting) })
	return out
}

// Negotiation finds a negotiation by ID.
func (d *Data) Negotiation(id string) (model.Negotiation, bool) { return get[model.Negotiation](d, id) }

// MeetingsOf returns an account's business reviews, newest first.
func (d *Data) MeetingsOf(accountID string) []model.Meeting {
	out := of[model.Meeting](d, accountID)
	slices.SortStableFunc(out, func(a, b model.Meeting) int { return b.Date.Compare(a.Date) })
	return out
}

// Meeting finds a meeting by ID.
func (d *Data) Meeting(id string) (model.Meeting, bool) { return get[model.Meeting](d, id) }

// Overdue counts the overdue actions of an account, or of every active
// account when accountID is "".
func (d *Data) Overdue(accountID string, now time.Time) int {
	if d == nil {
		return 0
	}
	if accountID != "" {
		n := 0
		for _, i := range d.owners[reflect.TypeFor[model.Meeting]()][accountID] {
			n += d.Meetings[i].OverdueActions(now)
		}
		return n
	}
	if day := model.Day(now); !day.Equal(d.overdueOn) {
		d.overdue, d.overdueOn = 0, day
		for _, m := range d.Meetings {
			if a, ok := d.Account(m.AccountID); ok && !a.Archived {
				d.overdue += m.OverdueActions(now)
			}
		}
	}
	return d.overdue
}

// OverdueByAccount counts every account's overdue actions in one pass over
// the meetings; accounts with none are left out.
func (d *Data) OverdueByAccount(now time.Time) map[string]int {
	counts := map[string]int{}
	for _, m := range d.Meetings {
		if n := m.OverdueActions(now); n > 0 {
			counts[m.AccountID] += n
		}
	}
	return counts
}

// IndexOf is the place of the record with the key in recs, or -1.
func IndexOf[T model.Record](recs []T, key string) int {
	return slices.IndexFunc(recs, func(r T) bool { return r.Key() == key })
}
