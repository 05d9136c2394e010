package compare

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
	"github.com/kam-workbench/kam/ui/uitest"
)

var now = time.Date(2027, 3, 10, 10, 0, 0, 0, time.Local)

type harness struct {
	*uitest.CourseHarness
	tab *Model
}

// newHarness builds the compare view on a course of eight teams, each on
// its own copy of the case study.
func newHarness(t *testing.T) *harness {
	t.Helper()
	var tab *Model
	h := uitest.ForCourse(t, 8, now, func(c *common.Context) common.Tab { tab = New(c); return tab })
	return &harness{CourseHarness: h, tab: tab}
}

// evaluation scores every criterion of a team's matrix alike.
func evaluation(d *data.Data, accountID string, score int) model.Evaluation {
	e := model.NewEvaluation(accountID, d.Matrix, model.Day(now), nil)
	for i := range e.Attractiveness {
		e.Attractiveness[i] = score
	}
	for i := range e.Strength {
		e.Strength[i] = score
	}
	return e
}

// lines is the view's lines.
func (h *harness) lines() []string { return strings.Split(h.tab.View(), "\n") }

// tableRow is the row of the table under the header holding header, at
// row i.
func (h *harness) tableRow(header string, i int) string {
	lines := h.lines()
	for at, l := range lines {
		if strings.Contains(l, header) && at+1+i < len(lines) {
			return lines[at+1+i]
		}
	}
	h.T.Fatalf("no table headed %q:\n%s", header, h.tab.View())
	return ""
}

// plotRow is the line of the plot where s stands, -1 when it does not.
func plotRow(lines []string, s string) int {
	for i, l := range lines {
		if strings.HasPrefix(l, "│") && strings.Contains(l, s) {
			return i
		}
	}
	return -1
}

// Teams 2 and 5 evaluate the same account differently: both markers show
// on the one plot, each in its quadrant, and the account is marked as one
// the teams disagree on.
func TestMatrixShowsBothTeamsAndMarksTheDifference(t *testing.T) {
	h := newHarness(t)
	h.tab.SetSize(80, 30)
	first := model.Compare(h.Course.Works(), model.PlanYear(now)).Accounts[0]
	if first.Differ {
		t.Fatalf("every team starts on the same case study: %+v", first)
	}
	if row := h.tableRow("Account", 0); !strings.Contains(row, first.Name) || strings.Contains(row, "!") {
		t.Fatalf("the first account, not marked yet: %q", row)
	}
	h.Run(data.Save(h.Course.Teams[1], "", evaluation(h.Course.Teams[1], first.AccountID, 9)))
	h.Run(data.Save(h.Course.Teams[4], "", evaluation(h.Course.Teams[4], first.AccountID, 2)))
	if len(h.Shown) < 2 {
		t.Fatalf("the root told the view of the two teams' saves: %+v", h.Shown)
	}
	lines := h.lines()
	if !strings.Contains(lines[1], first.Name) || !strings.Contains(lines[1], "! teams disagree") {
		t.Errorf("the account under the cursor is marked: %q", lines[1])
	}
	split, two, five := plotRow(lines, "┼"), plotRow(lines, "2"), plotRow(lines, "5")
	if split < 0 || two < 0 || five < 0 {
		t.Fatalf("the plot shows both markers:\n%s", h.tab.View())
	}
	if !(two < split && split < five) {
		t.Errorf("team 2 (all 9s) above the split, team 5 (all 2s) below:\n%s", strings.Join(lines, "\n"))
	}
	col := func(line, s string) int { return lipgloss.Width(line[:strings.Index(line, s)]) }
	if splitCol := col(lines[split], "┼"); col(lines[two], "2") <= splitCol || col(lines[five], "5") >= splitCol {
		t.Errorf("team 2 right of the split (strong), team 5 left of it (weak):\n%s", strings.Join(lines, "\n"))
	}
	row := h.tableRow("Account", 0)
	if f := strings.Fields(row); !slices.Contains(f, "!") || !slices.Contains(f, "Strm") || !slices.Contains(f, "Strat") {
		t.Errorf("the table's row is marked and shows both quadrants: %q", row)
	}

	h.Press("right")
	if l := h.lines()[1]; strings.Contains(l, first.Name) || !strings.Contains(l, "account 2 of") {
		t.Errorf("→ moves to the next account: %q", l)
	}
	h.Press("up")
	if l := h.lines()[1]; !strings.Contains(l, first.Name) {
		t.Errorf("↑ moves back: %q", l)
	}
}

// A target one team changed marks its issue in PREPARE.
func TestPrepareMarksAChangedTarget(t *testing.T) {
	h := newHarness(t)
	h.Press("s")
	d := h.Course.Teams[2]
	n := d.Negotiations[0]
	n.Issues = slices.Clone(n.Issues)
	c := model.Compare(h.Course.Works(), model.PlanYear(now))
	at := slices.IndexFunc(c.Issues, func(is model.IssueComparison) bool {
		return is.NegotiationID == n.ID && is.Issue == n.Issues[0].Name
	})
	if at < 0 {
		t.Fatalf("the comparison has the issue: %+v", c.Issues)
	}
	if row := h.tableRow("Issue · account", at); !strings.Contains(row, n.Issues[0].Name) || strings.Contains(row, "!") {
		t.Fatalf("the issue's row, not marked yet: %q\n%s", row, h.tab.View())
	}
	n.Issues[0].OurTarget += 0.25
	h.Run(data.Save(d, "", n))
	if row := h.tableRow("Issue · account", at); !strings.Contains(row, n.Issues[0].Name) || !strings.Contains(row, "!") {
		t.Errorf("the issue's row is marked: %q\n%s", row, h.tab.View())
	}
	if !strings.Contains(h.tab.View(), "+ a zone of agreement") {
		t.Errorf("the marks are explained:\n%s", h.tab.View())
	}
}

// The plan section lists every team's totals; the best and worst return
// are marked.
func TestPlanListsEveryTeam(t *testing.T) {
	h := newHarness(t)
	d := h.Course.Teams[3]
	i := slices.IndexFunc(d.Promotions, func(p model.Promotion) bool { return p.Start.Year() == model.PlanYear(now) })
	if i < 0 {
		t.Fatalf("the case study plans promotions in %d", model.PlanYear(now))
	}
	p := d.Promotions[i]
	p.FixedFees += 50_000_000 // 500,000: team 4's return drops
	h.Run(data.Save(d, "", p))
	h.tab.Follow(common.TabPlan)
	v := h.tab.View()
	for _, team := range h.Course.Course.Teams {
		if !strings.Contains(v, h.Ctx.TeamName(team)+" ") {
			t.Errorf("the plan section lists %s:\n%s", h.Ctx.TeamName(team), v)
		}
	}
	c := model.Compare(h.Course.Works(), model.PlanYear(now))
	if !c.Plans[3].ROIKnown || c.Plans[3].ROI >= c.Plans[0].ROI {
		t.Fatalf("team 4's return is the lowest: %+v", c.Plans)
	}
	if row := h.tableRow("Promos", 3); !strings.Contains(row, "Team 4") || !strings.Contains(row, "worst") {
		t.Errorf("team 4's row is marked worst: %q", row)
	}
	if row := h.tableRow("Promos", 0); !strings.Contains(row, "best") {
		t.Errorf("team 1's row (the first of the best) is marked best: %q", row)
	}
	h.tab.Follow(common.TabBuyer)
	if h.tab.section != sectionPlan {
		t.Errorf("a tab without a section leaves the section as it is")
	}
	h.tab.Follow(common.TabPrepare)
	if h.tab.section != sectionPrepare {
		t.Errorf("prepare follows to PREPARE")
	}
}

// The comparison is kept between frames and worked out again when a
// team's work changes.
func TestUpdatesWhenATeamChanges(t *testing.T) {
	h := newHarness(t)
	h.tab.SetSize(200, 40)
	first := model.Compare(h.Course.Works(), model.PlanYear(now)).Accounts[0]
	before := h.tab.View()

	// Team 6's file changes and its data is read again, without a word
	// to the view yet.
	d := h.Course.Teams[5]
	if _, err := h.Folder.Stores[5].Save(evaluation(d, first.AccountID, 1)); err != nil {
		t.Fatal(err)
	}
	d.Apply(d.Load(store.Everything)().(data.LoadedMsg))
	if h.tab.View() != before {
		t.Errorf("the view changed before it was told")
	}
	h.Run(h.Update(common.TeamChangedMsg{Team: 6}))
	after := h.tab.View()
	if after == before || !strings.Contains(after, "! teams disagree") {
		t.Errorf("the view shows team 6's new evaluation:\n%s", after)
	}
	if !strings.Contains(after, "Team 6") || !strings.Contains(after, "attr 1.0 · str 1.0") {
		t.Errorf("the legend gives team 6's scores:\n%s", after)
	}
}

// Without a course there is nothing to compare, and the view says how to
// open one.
func TestWithoutACourse(t *testing.T) {
	h, tab := uitest.For(t, model.CaseStudy(now, model.English), now, New)
	_ = h
	if v := tab.View(); !strings.Contains(v, "kam course") {
		t.Errorf("the view says how to open a course:\n%s", v)
	}
}

// Every line of every section fits the width, in both languages.
func TestLinesFit(t *testing.T) {
	h := newHarness(t)
	h.Run(data.Save(h.Course.Teams[1], "", evaluation(h.Course.Teams[1], h.Course.Teams[1].Accounts[0].ID, 9)))
	for _, lang := range []model.Lang{model.English, model.Chinese} {
		h.SetLang(lang)
		for _, w := range []int{60, 80, 120, 200} {
			for _, height := range []int{20, 40} {
				h.tab.SetSize(w, height)
				for s := range sections {
					h.tab.section = s
					body := h.tab.body()
					for i, l := range strings.Split(body, "\n") {
						if lipgloss.Width(l) > w {
							t.Errorf("%s at %d×%d in %s: line %d is %d wide: %q", sectionNames[s], w, height, lang, i, lipgloss.Width(l), l)
						}
					}
					if strings.Contains(body, "‹") {
						t.Errorf("%s in %s shows a key missing from the catalog:\n%s", sectionNames[s], lang, body)
					}
				}
			}
		}
	}
}
