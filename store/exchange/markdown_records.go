package exchange

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// exportIndex files a workspace's records by account, in the order the
// screens list them, once: a plan of every account or a workbook of
// 10,000 accounts then reads each account's records without walking
// every record again.
type exportIndex struct {
	ws        model.Workspace
	accounts  []model.Account // not archived, by name
	byID      map[string]model.Account
	matrix    model.Matrix
	checklist []model.ChecklistItem

	evaluations  map[string][]model.Evaluation         // newest first
	answers      map[string]map[string]model.Knowledge // by account, then item
	contacts     map[string][]model.Contact            // in the order added, archived too
	contactName  map[string]string
	people       map[string]model.Person
	negotiations map[string][]model.Negotiation // latest meeting first
	terms        map[string][]model.TermsYear   // oldest first, a proposal after its year
	meetings     map[string][]model.Meeting     // newest first

	plans    *planIndex                // the account plans, filed when a page first asks
	spendsOf map[int][]model.PlanSpend // every account's plan spend, by year
	whole    *model.Workspace          // the workspace ws was cut from, for every account's spend
}

func newExportIndex(ws model.Workspace, now time.Time) *exportIndex {
	x := &exportIndex{
		ws: ws, byID: map[string]model.Account{}, matrix: ws.Matrix, checklist: ws.Checklist,
		evaluations: map[string][]model.Evaluation{}, answers: map[string]map[string]model.Knowledge{},
		contacts: map[string][]model.Contact{}, contactName: map[string]string{}, people: map[string]model.Person{},
		negotiations: map[string][]model.Negotiation{}, terms: map[string][]model.TermsYear{}, meetings: map[string][]model.Meeting{},
	}
	if len(x.matrix.Attractiveness)+len(x.matrix.Strength) == 0 {
		x.matrix = model.DefaultMatrix()
	}
	if x.checklist == nil {
		x.checklist = model.DefaultChecklist()
	}
	for _, a := range ws.Accounts {
		x.byID[a.ID] = a
		if !a.Archived {
			x.accounts = append(x.accounts, a)
		}
	}
	slices.SortStableFunc(x.accounts, func(a, b model.Account) int {
		return cmp.Or(strings.Compare(model.NameKey(a.Name), model.NameKey(b.Name)), strings.Compare(a.ID, b.ID))
	})
	for _, e := range ws.Evaluations {
		x.evaluations[e.AccountID] = append(x.evaluations[e.AccountID], e)
	}
	for id, list := range x.evaluations {
		x.evaluations[id] = model.Newest(list)
	}
	for _, k := range ws.Knowledge {
		if x.answers[k.AccountID] == nil {
			x.answers[k.AccountID] = map[string]model.Knowledge{}
		}
		x.answers[k.AccountID][k.ItemID] = k
	}
	for _, c := range ws.Contacts {
		x.contacts[c.AccountID] = append(x.contacts[c.AccountID], c)
		x.contactName[c.ID] = c.Name
	}
	for _, p := range ws.People {
		x.people[p.ID] = p
	}
	for _, n := range ws.Negotiations {
		x.negotiations[n.AccountID] = append(x.negotiations[n.AccountID], n)
	}
	for _, list := range x.negotiations {
		slices.SortStableFunc(list, func(a, b model.Negotiation) int { return b.Meeting.Compare(a.Meeting) })
	}
	for _, y := range ws.Terms {
		x.terms[y.AccountID] = append(x.terms[y.AccountID], y)
	}
	for _, list := range x.terms {
		slices.SortStableFunc(list, model.CompareTermsYears)
	}
	for _, m := range ws.Meetings {
		x.meetings[m.AccountID] = append(x.meetings[m.AccountID], m)
	}
	for _, list := range x.meetings {
		slices.SortStableFunc(list, func(a, b model.Meeting) int { return b.Date.Compare(a.Date) })
	}
	// The stages as the screens show them: the rep's setting where there
	// is one, else what kam reads from the work recorded.
	for i, a := range x.accounts {
		a.Stages = model.EffectiveStages(a, model.ProposeStages(x.work(a), now))
		x.accounts[i], x.byID[a.ID] = a, a
	}
	return x
}

// work is what the index holds of one account's work, as the stages are
// proposed from it.
func (x *exportIndex) work(a model.Account) model.AccountWork {
	return model.AccountWork{
		Account: a, Evaluations: x.evaluations[a.ID], Checklist: x.checklist, Answers: x.answers[a.ID],
		Contacts: x.contacts[a.ID], Negotiations: x.negotiations[a.ID], Meetings: x.meetings[a.ID],
	}
}

// openActions are an account's open actions, overdue first, then by due
// date (none last).
func (x *exportIndex) openActions(accountID string, now time.Time) []openAction {
	var out []openAction
	for _, m := range x.meetings[accountID] {
		for _, a := range m.OpenActions() {
			out = append(out, openAction{a, m.Date})
		}
	}
	slices.SortStableFunc(out, func(a, b openAction) int {
		if ao, bo := a.Overdue(now), b.Overdue(now); ao != bo {
			if ao {
				return -1
			}
			return 1
		}
		if a.Due.IsZero() != b.Due.IsZero() {
			if a.Due.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(a.Due.Compare(b.Due), a.meeting.Compare(b.meeting), strings.Compare(a.What, b.What))
	})
	return out
}

// openAction is an open action with the day of the meeting that agreed it.
type openAction struct {
	model.Action
	meeting time.Time
}
