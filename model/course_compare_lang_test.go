package model

import (
	"testing"
	"time"
)

// Two teams whose case study was last shown in different languages name
// the same trading-term issue differently: it is still one line. (Issues
// that set no term are matched by name; the trainer's program keeps every
// team's case study in the room's language.)
func TestCompareMatchesTermIssuesAcrossLanguages(t *testing.T) {
	now := courseDay.Add(9 * time.Hour)
	en, zh := CaseStudy(now, English), CaseStudy(now, Chinese)
	c := Compare([]TeamWork{{Team{Number: 1}, en}, {Team{Number: 2}, zh}}, PlanYear(now))
	terms := 0
	for _, is := range c.Issues {
		if !termIssue(is, en, zh) {
			continue
		}
		if !is.Positions[0].Set || !is.Positions[1].Set {
			t.Errorf("issue %q of %s is on a line of its own: %+v", is.Issue, is.Account, is.Positions)
		}
		if is.Differ {
			t.Errorf("issue %q differs, though both teams hold the case study's positions", is.Issue)
		}
		terms++
	}
	if terms == 0 {
		t.Fatal("the case study's negotiations have no issues to compare")
	}
}

// termIssue reports whether the comparison's issue sets a trading term in
// one of the workspaces.
func termIssue(ic IssueComparison, wss ...Workspace) bool {
	for _, ws := range wss {
		for _, n := range ws.Negotiations {
			for _, is := range n.Issues {
				if n.ID == ic.NegotiationID && is.Name == ic.Issue && is.Term != "" {
					return true
				}
			}
		}
	}
	return false
}
