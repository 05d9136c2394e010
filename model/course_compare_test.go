package model

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// eightTeams are eight copies of the case study, as a course folder
// holds them, with teams 2 and 5 evaluating MegaMart their own way, team
// 3 moving a PREPARE target, team 6 only its opening, team 4 paying far
// more for a promotion and team 7 adding one of the year before.
func eightTeams(t *testing.T, now time.Time) []TeamWork {
	t.Helper()
	var teams []TeamWork
	for n := 1; n <= 8; n++ {
		teams = append(teams, TeamWork{Team: Team{Number: n}, Workspace: CaseStudy(now, English)})
	}
	evaluate := func(ws *Workspace, attr, strength int) {
		e := NewEvaluation("cs01", ws.Matrix, Day(now), nil)
		for i := range e.Attractiveness {
			e.Attractiveness[i] = attr
		}
		for i := range e.Strength {
			e.Strength[i] = strength
		}
		e.ID, e.Created = "team-e1", now
		if err := CheckEvaluation(e, ws.Matrix, now); err != nil {
			t.Fatal(err)
		}
		ws.Evaluations = append(ws.Evaluations, e)
	}
	evaluate(&teams[1].Workspace, 3, 8) // team 2: Status
	evaluate(&teams[4].Workspace, 9, 2) // team 5: Star
	issue := func(ws *Workspace, negotiation, name string) *Issue {
		for i := range ws.Negotiations {
			if ws.Negotiations[i].ID == negotiation {
				for j := range ws.Negotiations[i].Issues {
					if ws.Negotiations[i].Issues[j].Name == name {
						return &ws.Negotiations[i].Issues[j]
					}
				}
			}
		}
		t.Fatalf("no issue %q in %s", name, negotiation)
		return nil
	}
	issue(&teams[2].Workspace, "cs01-n2", "Invoice discount").OurTarget = 5.6
	issue(&teams[5].Workspace, "cs01-n2", "Payment days").OurOpen = 50
	for i, p := range teams[3].Workspace.Promotions {
		if p.ID == "cs01-pm03" {
			teams[3].Workspace.Promotions[i].FixedFees += 100_000_00
		}
	}
	before := teams[6].Workspace.Promotions[0]
	before.ID = "old"
	before.Start, before.End = before.Start.AddDate(-1, 0, 0), before.End.AddDate(-1, 0, 0)
	teams[6].Workspace.Promotions = append(teams[6].Workspace.Promotions, before)
	return teams
}

func TestCompareEightTeams(t *testing.T) {
	now := time.Date(2025, time.March, 10, 9, 0, 0, 0, time.UTC)
	teams := eightTeams(t, now)
	// Given in any order, the comparison is in team order.
	shuffled := slices.Clone(teams)
	slices.Reverse(shuffled)
	year := PlanYear(now)
	cmp := Compare(shuffled, year)
	for i, team := range cmp.Teams {
		if team.Number != i+1 {
			t.Fatalf("teams in order %v", cmp.Teams)
		}
	}

	// Accounts: every case-study account, by name, MegaMart the only one
	// the teams disagree on.
	if len(cmp.Accounts) != len(teams[0].Workspace.Accounts) {
		t.Fatalf("%d accounts", len(cmp.Accounts))
	}
	if !slices.IsSortedFunc(cmp.Accounts, func(a, b AccountComparison) int { return strings.Compare(a.Name, b.Name) }) {
		t.Error("accounts not sorted by name")
	}
	m := DefaultMatrix()
	for _, a := range cmp.Accounts {
		if len(a.Places) != 8 {
			t.Fatalf("%s: %d places", a.Name, len(a.Places))
		}
		if a.AccountID != "cs01" {
			if a.Differ {
				t.Errorf("%s differs", a.Name)
			}
			for i, p := range a.Places {
				if p != a.Places[0] || !p.Evaluated {
					t.Errorf("%s: team %d placed it %+v, team 1 %+v", a.Name, i+1, p, a.Places[0])
				}
			}
			continue
		}
		if !a.Differ || !strings.HasPrefix(a.Name, "MegaMart") {
			t.Errorf("MegaMart: differ %v, named %q", a.Differ, a.Name)
		}
		// The case study's latest MegaMart evaluation, by hand: Σ weight × score / 100.
		caseStudy := Placement{Evaluated: true, Date: Day(now.AddDate(0, 0, -12)), Attractiveness: 8.15, Strength: 6.9, Quadrant: Strategic}
		want := map[int]Placement{
			2: {Evaluated: true, Date: Day(now), Attractiveness: 3, Strength: 8, Quadrant: Status},
			5: {Evaluated: true, Date: Day(now), Attractiveness: 9, Strength: 2, Quadrant: Star},
		}
		for i, p := range a.Places {
			w, ok := want[i+1]
			if !ok {
				w = caseStudy
			}
			if !p.Date.Equal(w.Date) || math.Abs(p.Attractiveness-w.Attractiveness) > 1e-9 || math.Abs(p.Strength-w.Strength) > 1e-9 ||
				p.Quadrant != w.Quadrant || !p.Evaluated {
				t.Errorf("MegaMart, team %d: %+v, want %+v", i+1, p, w)
			}
			if p.Quadrant != Place(p.Attractiveness, p.Strength, m) {
				t.Errorf("team %d: quadrant %v for %.2f, %.2f", i+1, p.Quadrant, p.Attractiveness, p.Strength)
			}
		}
	}

	// Issues: both MegaMart negotiations, the concluded one first, each in
	// its issues' order; only the target team 3 moved differs.
	var names []string
	for _, n := range teams[0].Workspace.Negotiations {
		for _, is := range n.Issues {
			names = append(names, n.ID+"/"+is.Name)
		}
	}
	var got []string
	for _, is := range cmp.Issues {
		got = append(got, is.NegotiationID+"/"+is.Issue)
	}
	if !slices.Equal(got, names) {
		t.Fatalf("issues %v, want %v", got, names)
	}
	for _, is := range cmp.Issues {
		if len(is.Positions) != 8 || !strings.HasPrefix(is.Account, "MegaMart") {
			t.Fatalf("%s: %d positions, account %q", is.Issue, len(is.Positions), is.Account)
		}
		moved := is.NegotiationID == "cs01-n2" && is.Issue == "Invoice discount"
		if is.Differ != moved {
			t.Errorf("%s %s: differ %v", is.NegotiationID, is.Issue, is.Differ)
		}
		own, _ := findIssue(teams[0].Workspace, is.NegotiationID, is.Issue)
		if is.Unit != own.Unit {
			t.Errorf("%s: unit %q", is.Issue, is.Unit)
		}
		for i, p := range is.Positions {
			src, _ := findIssue(teams[i].Workspace, is.NegotiationID, is.Issue)
			want := Position{Set: true, Open: src.OurOpen, Target: src.OurTarget, Walk: src.OurWalk, Zone: src.ZOPA()}
			if p != want {
				t.Errorf("%s, team %d: %+v, want %+v", is.Issue, i+1, p, want)
			}
		}
		if moved && (is.Positions[2].Target != 5.6 || is.Positions[0].Target != 5.8 || !is.Positions[2].Zone.Known) {
			t.Errorf("the moved target: %+v against %+v", is.Positions[2], is.Positions[0])
		}
	}

	// Plans: every promotion of the year, whole; team 4's dearer one costs
	// 100,000 more and loses money; team 7's of last year does not count.
	base := cmp.Plans[0]
	var spend, profit float64
	count, losing := 0, 0
	for _, id := range []string{"cs01", "cs04", "cs09"} {
		var own []Promotion
		for _, p := range teams[0].Workspace.Promotions {
			if p.AccountID == id {
				own = append(own, p)
				m, ok := UnitMargin(p, teams[0].Workspace.Products)
				if roi, ok := p.Best(m, ok).ROI(); ok && roi < 0 {
					losing++
				}
			}
		}
		year := PromotionPlan(year, own, teams[0].Workspace.Products, AccountPlan{})[4]
		spend, profit, count = spend+year.Spend, profit+year.Profit, count+year.Count
	}
	if base.Promotions != count || count == 0 || math.Abs(base.Cost-spend) > 1e-6 || math.Abs(base.IncrementalGP-profit) > 1e-6 {
		t.Errorf("team 1: %d promotions, cost %.2f, profit %.2f; the plans say %d, %.2f, %.2f", base.Promotions, base.Cost, base.IncrementalGP, count, spend, profit)
	}
	if !base.ROIKnown || math.Abs(base.ROI-(profit-spend)/spend*100) > 1e-9 {
		t.Errorf("team 1 ROI %.4f (%v), want %.4f", base.ROI, base.ROIKnown, (profit-spend)/spend*100)
	}
	if base.Losing != losing || losing == 0 {
		t.Errorf("team 1: %d losing, want %d", base.Losing, losing)
	}
	for i, p := range cmp.Plans {
		if p.Team.Number != i+1 {
			t.Errorf("plan %d is team %d's", i, p.Team.Number)
		}
		if i == 3 {
			continue
		}
		if p.Promotions != base.Promotions || p.Cost != base.Cost || p.IncrementalGP != base.IncrementalGP || p.Losing != base.Losing {
			t.Errorf("team %d: %+v, team 1 %+v", i+1, p, base)
		}
	}
	dear := cmp.Plans[3]
	if math.Abs(dear.Cost-base.Cost-100_000) > 1e-6 || dear.IncrementalGP != base.IncrementalGP || dear.Losing != base.Losing+1 || dear.ROI >= base.ROI {
		t.Errorf("team 4: %+v against %+v", dear, base)
	}
	if other := Compare(teams, year+1).Plans[0]; other.Promotions != 0 || other.ROIKnown || other.Cost != 0 {
		t.Errorf("a year without promotions: %+v", other)
	}
}

func findIssue(ws Workspace, negotiation, name string) (Issue, bool) {
	for _, n := range ws.Negotiations {
		if n.ID == negotiation {
			return n.IssueNamed(name)
		}
	}
	return Issue{}, false
}

func TestCompareTeamsThatDidLittle(t *testing.T) {
	now := time.Date(2025, time.March, 10, 9, 0, 0, 0, time.UTC)
	full := CaseStudy(now, English)
	// Team 2 has only the accounts, nothing evaluated or negotiated; team
	// 3 has an account of its own.
	bare := Workspace{Accounts: full.Accounts}
	own := Workspace{Accounts: []Account{{ID: "t3-own", Name: "Aardvark Stores"}}}
	cmp := Compare([]TeamWork{{Team{Number: 1}, full}, {Team{Number: 2}, bare}, {Team{Number: 3}, own}}, PlanYear(now))
	if len(cmp.Accounts) != len(full.Accounts)+1 || cmp.Accounts[0].Name != "Aardvark Stores" {
		t.Fatalf("%d accounts, first %q", len(cmp.Accounts), cmp.Accounts[0].Name)
	}
	if p := cmp.Accounts[0].Places; p[0].Evaluated || p[1].Evaluated || p[2].Evaluated || cmp.Accounts[0].Differ {
		t.Errorf("an account nobody evaluated: %+v", cmp.Accounts[0])
	}
	for _, a := range cmp.Accounts[1:] {
		if !a.Places[0].Evaluated || a.Places[1].Evaluated || a.Places[2].Evaluated || a.Differ {
			t.Errorf("%s: one team evaluated it, and nothing differs: %+v", a.Name, a)
		}
	}
	for _, is := range cmp.Issues {
		if !is.Positions[0].Set || is.Positions[1].Set || is.Differ {
			t.Errorf("%s: only team 1 set positions: %+v", is.Issue, is)
		}
	}
	if cmp.Plans[1].Promotions != 0 || cmp.Plans[1].ROIKnown || cmp.Plans[0].Promotions == 0 {
		t.Errorf("plans %+v", cmp.Plans)
	}
	if empty := Compare(nil, 2025); len(empty.Teams) != 0 || len(empty.Accounts) != 0 || len(empty.Plans) != 0 {
		t.Errorf("no teams: %+v", empty)
	}
}
