package model

// Settings are the workspace-wide choices kept in the workspace file.
type Settings struct {
	Name           string `json:"name"`            // shown in the header
	Currency       string `json:"currency"`        // e.g. "CNY"; amounts are in this currency
	Lang           Lang   `json:"lang"`            // the language last chosen with the switch
	CurrentAccount string `json:"current_account"` // ID of the account carried across tabs
	// PrepareWords are the workspace's own words for PREPARE's letters.
	PrepareWords SectionWords `json:"prepare_words"`
	// CostOfCapital is the yearly rate (%) payment days are costed at; 0
	// means DefaultCostOfCapital.
	CostOfCapital float64 `json:"cost_of_capital"`
}

// CapitalRate is the cost of capital payment days are costed at.
func (s Settings) CapitalRate() float64 {
	if s.CostOfCapital > 0 {
		return s.CostOfCapital
	}
	return DefaultCostOfCapital
}

// Workspace is everything a workspace file holds, as one value: what the
// case study builds and what a fresh workspace starts from.
type Workspace struct {
	Settings     Settings
	Accounts     []Account
	Matrix       *Matrix // nil: the default criteria
	Evaluations  []Evaluation
	Checklist    []ChecklistItem // nil: the default checklist
	Knowledge    []Knowledge
	People       []Person
	Contacts     []Contact
	Moments      []Moment
	Terms        []TermsYear
	Negotiations []Negotiation
	Meetings     []Meeting
}
