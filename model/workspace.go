package model

// Settings are the workspace-wide choices kept in the workspace file.
type Settings struct {
	Name           string `json:"name"`            // shown in the header
	Currency       string `json:"currency"`        // e.g. "CNY"; amounts are in this currency
	Lang           Lang   `json:"lang"`            // the language last chosen with the switch
	CurrentAccount string `json:"current_account"` // ID of the account carried across tabs
}

// Workspace is everything a workspace file holds, as one value: what the
// case study builds and what a fresh workspace starts from.
type Workspace struct {
	Settings    Settings
	Accounts    []Account
	Matrix      *Matrix // nil: the default criteria
	Evaluations []Evaluation
	Checklist   []ChecklistItem // nil: the default checklist
	Knowledge   []Knowledge
	People      []Person
	Contacts    []Contact
	Moments     []Moment
}
