package model

import (
	"testing"
	"time"
)

// How recent work must be, on the day of each limit and the day after: an
// evaluation of 365 days ago still places the account (366 does not), a
// negotiation concluded 365 days ago still settles the terms, a business
// review of 183 days ago is still recent, a contact met 60 days ago is
// still seen.
func TestStagesFreshOnTheLastDay(t *testing.T) {
	now := time.Date(2026, 6, 30, 15, 0, 0, 0, time.Local)
	ago := func(days int) time.Time { return Day(now).AddDate(0, 0, -days).Add(10 * time.Hour) }

	eval := func(days int) StageStatus {
		e := Evaluation{Date: ago(days), Attractiveness: []int{6}, Strength: []int{4}}
		return proposeAnalysis(AccountWork{Evaluations: []Evaluation{e}}, now).State
	}
	if eval(365) != Done || eval(366) != InProgress {
		t.Errorf("evaluation 365 days ago: %d, 366: %d; want done, in progress", eval(365), eval(366))
	}

	negotiation := func(days int) StageStatus {
		return proposeNegotiation([]Negotiation{{Title: "2026 terms", Status: Concluded, Meeting: ago(days)}}, now).State
	}
	if negotiation(365) != Done || negotiation(366) != InProgress {
		t.Errorf("negotiation concluded 365 days ago: %d, 366: %d; want done, in progress", negotiation(365), negotiation(366))
	}

	review := func(days int) StageStatus { return proposeReview([]Meeting{{Date: ago(days)}}, now).State }
	if review(183) != Done || review(184) != InProgress {
		t.Errorf("review 183 days ago: %d, 184: %d; want done, in progress", review(183), review(184))
	}
	if review(0) != Done {
		t.Errorf("a review held today: %d, want done", review(0))
	}
	if got := proposeReview([]Meeting{{Date: ago(-1)}}, now); got.State != InProgress || got.Why.EN != "business review planned for "+ago(-1).Format(DateLayout) {
		t.Errorf("a review tomorrow: %d %q, want planned", got.State, got.Why.EN)
	}

	if Unseen(Contact{LastContact: ago(60)}, now) || !Unseen(Contact{LastContact: ago(61)}, now) {
		t.Errorf("met 60 days ago unseen %v, 61 days ago %v; want false, true",
			Unseen(Contact{LastContact: ago(60)}, now), Unseen(Contact{LastContact: ago(61)}, now))
	}
}
