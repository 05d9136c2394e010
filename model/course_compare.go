package model

import (
	"cmp"
	"math"
	"slices"
)

// compare puts the teams' work side by side, teams in number order.
// Accounts are matched by ID across the teams' workspaces (each a copy of
// the case study), negotiations by ID and their issues by the trading term
// they set, or else by name.
func compare(teams []TeamWork, year int) Comparison {
	teams = slices.Clone(teams)
	slices.SortStableFunc(teams, func(a, b TeamWork) int { return cmp.Compare(a.Team.Number, b.Team.Number) })
	out := Comparison{}
	for _, t := range teams {
		out.Teams = append(out.Teams, t.Team)
	}
	out.Accounts = compareAccounts(teams)
	out.Issues = compareIssues(teams)
	for _, t := range teams {
		out.Plans = append(out.Plans, comparePlan(t, year))
	}
	return out
}

// matrixOf is a workspace's matrix: one without criteria uses the course's.
func matrixOf(ws Workspace) Matrix {
	if len(ws.Matrix.Attractiveness) == 0 && len(ws.Matrix.Strength) == 0 {
		return DefaultMatrix()
	}
	return ws.Matrix
}

func compareAccounts(teams []TeamWork) []AccountComparison {
	var out []AccountComparison
	index := map[string]int{}
	for _, t := range teams {
		for _, a := range t.Workspace.Accounts {
			if _, ok := index[a.ID]; !ok {
				index[a.ID] = len(out)
				out = append(out, AccountComparison{AccountID: a.ID, Name: a.Name, Places: make([]Placement, len(teams))})
			}
		}
	}
	for ti, t := range teams {
		m := matrixOf(t.Workspace)
		newest := map[string]Evaluation{}
		for _, e := range t.Workspace.Evaluations {
			if old, ok := newest[e.AccountID]; !ok || e.NewerThan(old) {
				newest[e.AccountID] = e
			}
		}
		for id, e := range newest {
			i, ok := index[id]
			if !ok {
				continue // an evaluation of an account the team no longer has
			}
			a, s := e.Position(m)
			out[i].Places[ti] = Placement{Evaluated: true, Date: e.Date, Attractiveness: a, Strength: s, Quadrant: Place(a, s, m)}
		}
	}
	for i := range out {
		out[i].Differ = differ(out[i].Places, func(p Placement) (bool, Quadrant) { return p.Evaluated, p.Quadrant })
	}
	slices.SortStableFunc(out, func(a, b AccountComparison) int {
		return cmp.Or(cmp.Compare(NameKey(a.Name), NameKey(b.Name)), cmp.Compare(a.AccountID, b.AccountID))
	})
	return out
}

// differ reports whether the teams that have a value do not all have the
// same one.
func differ[P any, V comparable](list []P, value func(P) (bool, V)) bool {
	var first V
	seen := false
	for _, p := range list {
		ok, v := value(p)
		switch {
		case !ok:
		case !seen:
			first, seen = v, true
		case v != first:
			return true
		}
	}
	return false
}

func compareIssues(teams []TeamWork) []IssueComparison {
	type key struct{ negotiation, issue string }
	type order struct{ negotiation, issue int }
	var out []IssueComparison
	var orders []order
	index := map[key]int{}
	negotiations := map[string]int{} // first seen order of each negotiation
	for ti, t := range teams {
		names := map[string]string{}
		for _, a := range t.Workspace.Accounts {
			names[a.ID] = a.Name
		}
		for _, n := range t.Workspace.Negotiations {
			if _, ok := negotiations[n.ID]; !ok {
				negotiations[n.ID] = len(negotiations)
			}
			for ii, is := range n.Issues {
				// An issue that sets a trading term is the same issue in
				// every team's file, whatever language its name was
				// written in; others are known by their name.
				k := key{n.ID, NameKey(is.Name)}
				if is.Term != "" {
					k.issue = "term:" + string(is.Term)
				}
				i, ok := index[k]
				if !ok {
					i = len(out)
					index[k] = i
					account := cmp.Or(names[n.AccountID], n.AccountID)
					out = append(out, IssueComparison{NegotiationID: n.ID, Account: account, Issue: is.Name, Unit: is.Unit,
						Positions: make([]Position, len(teams))})
					orders = append(orders, order{negotiations[n.ID], ii})
				}
				if !out[i].Positions[ti].Set { // an issue named twice: the first counts
					out[i].Positions[ti] = Position{Set: true, Open: is.OurOpen, Target: is.OurTarget, Walk: is.OurWalk, Zone: is.ZOPA()}
				}
			}
		}
	}
	for i := range out {
		type limits struct{ target, walk float64 }
		out[i].Differ = differ(out[i].Positions, func(p Position) (bool, limits) {
			return p.Set, limits{rounded(p.Target), rounded(p.Walk)}
		})
	}
	perm := make([]int, len(out))
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(a, b int) int {
		return cmp.Or(cmp.Compare(NameKey(out[a].Account), NameKey(out[b].Account)),
			cmp.Compare(orders[a].negotiation, orders[b].negotiation), cmp.Compare(orders[a].issue, orders[b].issue))
	})
	sorted := make([]IssueComparison, len(out))
	for i, p := range perm {
		sorted[i] = out[p]
	}
	return sorted
}

// rounded drops the last bits of a typed value, so that 5.8 typed and 5.8
// worked out count as the same position.
func rounded(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// comparePlan adds up a team's promotions that run on a day of the year,
// each counted whole, as best known (actual once run, else forecast).
func comparePlan(t TeamWork, year int) PlanComparison {
	p := PlanComparison{Team: t.Team}
	marginsKnown := true
	for _, pr := range t.Workspace.Promotions {
		if pr.Start.IsZero() || pr.End.IsZero() || !touchesYear(pr, year) {
			continue
		}
		margin, ok := UnitMargin(pr, t.Workspace.Products)
		f := pr.Best(margin, ok)
		p.Promotions++
		p.Cost += f.Cost
		p.IncrementalGP += f.Profit
		marginsKnown = marginsKnown && ok
		if roi, ok := f.ROI(); ok && roi < 0 {
			p.Losing++
		}
	}
	if p.Cost > 0 && marginsKnown {
		p.ROI, p.ROIKnown = (p.IncrementalGP-p.Cost)/p.Cost*100, true
	}
	return p
}

// touchesYear reports whether a promotion runs on a day of the year.
func touchesYear(p Promotion, year int) bool {
	return Day(p.Start).Year() <= year && year <= Day(p.End).Year() && !Day(p.End).Before(Day(p.Start))
}
