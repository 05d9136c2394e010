package data

import "github.com/kam-workbench/kam/model"

// Work gathers the work recorded for one account across the workspace, as
// model.ProposeStages and model.TodayOf read it. Only whole once the rest
// of the file is in (Complete).
func (d *Data) Work(accountID string) model.AccountWork {
	a, _ := d.Account(accountID)
	return model.AccountWork{
		Account:      a,
		Evaluations:  of[model.Evaluation](d, accountID),
		Checklist:    d.Checklist,
		Answers:      d.Answers(accountID),
		Contacts:     of[model.Contact](d, accountID),
		Negotiations: of[model.Negotiation](d, accountID),
		Meetings:     of[model.Meeting](d, accountID),
	}
}
