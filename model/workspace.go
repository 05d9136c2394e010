package model

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// Settings are the workspace-wide choices kept in the workspace file.
type Settings struct {
	Name           string `json:"name,omitzero"`            // shown in the header
	Currency       string `json:"currency,omitzero"`        // e.g. "CNY"; amounts are in this currency
	Lang           Lang   `json:"lang,omitzero"`            // the language last chosen with the switch
	CurrentAccount string `json:"current_account,omitzero"` // ID of the account carried across tabs
	// PrepareWords are the workspace's own words for PREPARE's letters.
	PrepareWords SectionWords `json:"prepare_words,omitzero"`
	// CostOfCapital is the yearly rate (%) payment days are costed at; 0
	// means DefaultCostOfCapital.
	CostOfCapital float64 `json:"cost_of_capital,omitzero"`
	// VATRate is the VAT rate (%) where the workspace trades: terms on the
	// VAT-inclusive value (含税进货额) and the cost of credit include it;
	// 0 means DefaultVATRate, unless NoVAT.
	VATRate float64 `json:"vat_rate,omitzero"`
	// NoVAT says the workspace's amounts carry no VAT at all.
	NoVAT bool `json:"no_vat,omitzero"`
	// CreditStandardDays are the days of credit every customer gets: only
	// payment days beyond them are costed. 0 costs every day.
	CreditStandardDays int `json:"credit_standard_days,omitzero"`
	// CreditFromLastYear costs only the payment days beyond the account's
	// own of the year before (CreditStandardDays when it had none).
	CreditFromLastYear bool `json:"credit_from_last_year,omitzero"`
	// CaseStudyBuilt is when the case study this workspace holds was built
	// (kam demo): its texts were written on that day and follow the
	// language switch. Zero for a workspace of one's own.
	CaseStudyBuilt time.Time `json:"case_study_built,omitzero"`
}

// CapitalRate is the cost of capital payment days are costed at.
func (s Settings) CapitalRate() float64 {
	if s.CostOfCapital > 0 {
		return s.CostOfCapital
	}
	return DefaultCostOfCapital
}

// VAT is the VAT rate (%) the workspace's amounts carry: 0 with NoVAT.
func (s Settings) VAT() float64 {
	switch {
	case s.NoVAT:
		return 0
	case s.VATRate > 0:
		return s.VATRate
	}
	return DefaultVATRate
}

// MaxVATRate bounds the VAT rate a workspace may set.
const MaxVATRate = 50

// MaxCostOfCapital bounds the yearly rate payment days are costed at.
const MaxCostOfCapital = 100

// CheckSettings validates the workspace settings: a language kam speaks (or
// none chosen), one-line names and words, a cost of capital from 0 (the
// default) to 100%, a VAT rate from 0 (the default) to 50% and standard
// payment days from 0 to 365. The current account is not checked: it is where the
// screens were, not a record the settings own.
func CheckSettings(s Settings) error {
	if s.Lang != "" && !slices.Contains(Langs, s.Lang) {
		return invalid(T("%q is not a language kam speaks", "%q 不是 kam 支持的语言"), s.Lang)
	}
	if err := checkLine(s.Name, MaxLineCells); err != nil {
		return err
	}
	if err := CheckCurrency(s.Currency); err != nil {
		return err
	}
	for _, w := range s.PrepareWords {
		for _, line := range []string{w.EN, w.ZH} {
			if err := CheckShort(line); err != nil {
				return err
			}
		}
	}
	if !(s.CostOfCapital >= 0 && s.CostOfCapital <= MaxCostOfCapital) {
		return invalid(T("the cost of capital must be between 0%% and %d%%", "资金成本必须在 0%% 到 %d%% 之间"), MaxCostOfCapital)
	}
	if !(s.VATRate >= 0 && s.VATRate <= MaxVATRate) {
		return invalid(T("the VAT rate must be between 0%% and %d%%", "增值税税率必须在 0%% 到 %d%% 之间"), MaxVATRate)
	}
	if s.NoVAT && s.VATRate != 0 {
		return invalid(T("a workspace without VAT has no VAT rate", "不含增值税的工作区不设税率"))
	}
	if s.CreditStandardDays < 0 || s.CreditStandardDays > MaxPaymentDays {
		return invalid(T("the standard payment days are from 0 to %d", "标准账期为 0 到 %d 天"), MaxPaymentDays)
	}
	return nil
}

// CheckCurrency validates a workspace currency: none (amounts without a
// symbol, ¥ in Chinese), or a code of three letters such as CNY or USD.
func CheckCurrency(code string) error {
	code = strings.TrimSpace(code)
	if code == "" {
		return nil
	}
	if len(code) != 3 || strings.ContainsFunc(code, func(r rune) bool { return !unicode.IsLetter(r) || r > unicode.MaxASCII }) {
		return invalid(T("%q is not a currency code: three letters, such as CNY, USD or EUR", "%q 不是货币代码：三个字母，如 CNY、USD 或 EUR"), code)
	}
	return nil
}

// Workspace is everything a workspace file holds, as one value: what the
// store loads, what the screens read, what the case study builds.
type Workspace struct {
	Settings     Settings
	Accounts     []Account
	Matrix       Matrix // no criteria: the course's defaults
	Evaluations  []Evaluation
	Checklist    []ChecklistItem // nil: the course's checklist
	Knowledge    []Knowledge
	People       []Person
	Contacts     []Contact
	Moments      []Moment
	Terms        []TermsYear
	Negotiations []Negotiation
	Meetings     []Meeting
	Products     []Product
	Operations   []Operations
	Clusters     []Cluster
	Listings     []Listing
	Mutations    []Mutation
	Objectives   []PlanObjective
	Plans        []AccountPlan
	Promotions   []Promotion
}

// Record is a record the workspace keeps many of: its key is unique among
// records of its type, and its owner is the account it belongs to ("" for
// none).
type Record interface {
	Key() string
	Owner() string
}

// Records points at the workspace's list of records of type T: the one
// place that knows which field holds which type.
func Records[T Record](ws *Workspace) *[]T {
	var list any
	switch any(*new(T)).(type) {
	case Account:
		list = &ws.Accounts
	case Evaluation:
		list = &ws.Evaluations
	case Knowledge:
		list = &ws.Knowledge
	case Person:
		list = &ws.People
	case Contact:
		list = &ws.Contacts
	case Moment:
		list = &ws.Moments
	case TermsYear:
		list = &ws.Terms
	case Negotiation:
		list = &ws.Negotiations
	case Meeting:
		list = &ws.Meetings
	case Product:
		list = &ws.Products
	case Operations:
		list = &ws.Operations
	case Cluster:
		list = &ws.Clusters
	case Listing:
		list = &ws.Listings
	case Mutation:
		list = &ws.Mutations
	case PlanObjective:
		list = &ws.Objectives
	case AccountPlan:
		list = &ws.Plans
	case Promotion:
		list = &ws.Promotions
	}
	return list.(*[]T)
}

func (a Account) Key() string       { return a.ID }
func (a Account) Owner() string     { return a.ID }
func (e Evaluation) Key() string    { return e.ID }
func (e Evaluation) Owner() string  { return e.AccountID }
func (k Knowledge) Key() string     { return k.AccountID + "/" + k.ItemID }
func (k Knowledge) Owner() string   { return k.AccountID }
func (p Person) Key() string        { return p.ID }
func (p Person) Owner() string      { return "" }
func (c Contact) Key() string       { return c.ID }
func (c Contact) Owner() string     { return c.AccountID }
func (m Moment) Key() string        { return m.ID }
func (m Moment) Owner() string      { return m.AccountID }
func (y TermsYear) Owner() string   { return y.AccountID }
func (n Negotiation) Key() string   { return n.ID }
func (n Negotiation) Owner() string { return n.AccountID }
func (m Meeting) Key() string       { return m.ID }
func (m Meeting) Owner() string     { return m.AccountID }
