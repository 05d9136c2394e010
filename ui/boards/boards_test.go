package boards

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/uitest"
)

var now = time.Date(2027, 3, 10, 10, 0, 0, 0, time.Local)

type harness struct {
	*uitest.CourseHarness
	tab *Model
}

// newHarness builds the boards view on a course of n teams holding the
// boards given, as the trainer.
func newHarness(t *testing.T, n int, boards ...model.Board) *harness {
	t.Helper()
	var tab *Model
	h := uitest.ForCourse(t, n, now, func(c *common.Context) common.Tab { tab = New(c); return tab })
	c := h.Course.Course
	c.Boards = boards
	h.Course.Course, h.Folder.CourseNow = c, c
	return &harness{CourseHarness: h, tab: tab}
}

// board finds a board as the course file now holds it.
func (h *harness) board(id string) model.Board {
	h.T.Helper()
	b, ok := h.Folder.CourseNow.Board(id)
	if !ok {
		h.T.Fatalf("the course file has no board %q", id)
	}
	return b
}

// texts are a board's answers as team:text, in the order held.
func texts(b model.Board) []string {
	var out []string
	for _, a := range b.Answers {
		out = append(out, fmt.Sprintf("%d:%s", a.Team, a.Text))
	}
	return out
}

func answers(list ...string) []model.Answer {
	var out []model.Answer
	for i, s := range list {
		team, text, _ := strings.Cut(s, ":")
		var n int
		fmt.Sscan(team, &n)
		out = append(out, model.Answer{ID: fmt.Sprintf("a%d", i+1), Team: n, Text: text, At: now.Add(time.Duration(i) * time.Minute)})
	}
	return out
}

func difficulties() model.Board {
	return model.Board{ID: "difficulties", Question: model.T("Difficulties in dealing with key accounts", "与关键客户交易的难处"),
		Answers: answers("1:Price pressure", "1:Strong buying power", "4:price pressure!", "1:PRICE PRESSURE", "6:Listing fees", "4:Listing fees")}
}

func criteriaBoard() model.Board {
	return model.Board{ID: "criteria", Question: model.T("What strategic criteria make a customer a key account?", "哪些战略标准使客户成为关键客户？"),
		Use: model.BoardCriteria, Answers: answers("1:Sales volume", "2:Sales volume", "2:Growth potential", "3:Our share of their category")}
}

func buyerBoard() model.Board {
	return model.Board{ID: "buyer", Question: model.T("What must we know from the buyer?", "我们必须从采购那里了解什么？"),
		Use: model.BoardChecklist, Answers: answers("1:Their promotion calendar", "3:Loyalty card data", "3:private label plans", "2:their promotion calendar")}
}

// lineWith is the first line of the view holding s, or "".
func lineWith(view, s string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// The list names each board with its answers and teams; enter opens one:
// each team's answers, duplicates folded with a count, then the board
// folded across teams, most teams first, with the teams that gave each.
func TestAnswersGroupedAndFolded(t *testing.T) {
	h := newHarness(t, 6, criteriaBoard(), difficulties())
	v := h.tab.View()
	if f := strings.Fields(lineWith(v, "Difficulties in dealing")); len(f) < 2 || f[len(f)-2] != "6" || f[len(f)-1] != "3" {
		t.Errorf("the list's row counts 6 answers of 3 teams: %q\n%s", f, v)
	}
	if l := lineWith(v, "What strategic criteria"); !strings.Contains(l, "Matrix criteria") {
		t.Errorf("the criteria board says what it hands over to: %q", l)
	}
	h.Press("down", "enter")
	v = h.tab.View()
	if !strings.HasPrefix(v, "Difficulties in dealing with key accounts") {
		t.Fatalf("the board's question is its title:\n%s", v)
	}
	team1 := strings.Index(v, "Team 1")
	team4 := strings.Index(v, "Team 4")
	team6 := strings.Index(v, "Team 6")
	all := strings.Index(v, "All teams")
	if team1 < 0 || team4 < team1 || team6 < team4 || all < team6 {
		t.Fatalf("teams in order, then the summary:\n%s", v)
	}
	group1 := v[team1:team4]
	if !strings.Contains(group1, "Price pressure  ×2") || !strings.Contains(group1, "Strong buying power") || strings.Contains(group1, "PRICE") {
		t.Errorf("team 1's duplicates are folded into the first wording with a count:\n%s", group1)
	}
	summary := strings.Split(v[all:], "\n")
	if len(summary) < 4 {
		t.Fatalf("the summary:\n%s", v[all:])
	}
	if l := summary[1]; !strings.Contains(l, "Price pressure  ×3") || !strings.HasSuffix(strings.TrimRight(l, " "), "T1, T4") {
		t.Errorf("the most teams' answer first, with its count and teams: %q", l)
	}
	if l := summary[2]; !strings.Contains(l, "Listing fees  ×2") || !strings.HasSuffix(strings.TrimRight(l, " "), "T4, T6") {
		t.Errorf("then the next: %q", l)
	}
	if l := summary[3]; !strings.Contains(l, "Strong buying power") || strings.Contains(l, "×") {
		t.Errorf("an answer given once has no count: %q", l)
	}

	h.SetLang(model.Chinese)
	v = h.tab.View()
	if !strings.HasPrefix(v, "与关键客户交易的难处") || !strings.Contains(v, "第 4 组") {
		t.Errorf("in Chinese, the question and the teams:\n%s", v)
	}
	if l := lineWith(v, "Price pressure  ×3"); !strings.HasSuffix(strings.TrimRight(l, " "), "1、4 组") {
		t.Errorf("the teams of an answer, in Chinese: %q", l)
	}
}

// a adds an answer for the team shown, written to the course file; the
// view shows it once the file holds it.
func TestAddAnswer(t *testing.T) {
	h := newHarness(t, 4, difficulties())
	h.tab.Open("difficulties")
	h.Press("a", "text:  Long payment terms ", "enter")
	if h.tab.Form != nil {
		t.Fatalf("the form is still open:\n%s", h.tab.View())
	}
	got := texts(h.board("difficulties"))
	if last := got[len(got)-1]; last != "1:Long payment terms" {
		t.Fatalf("the course file's last answer is %q, want team 1's, trimmed: %v", last, got)
	}
	if !strings.Contains(h.tab.View(), "Long payment terms") {
		t.Errorf("the view shows the new answer:\n%s", h.tab.View())
	}
	if !strings.Contains(h.Status, "Long payment terms") {
		t.Errorf("the status line says what was added: %q", h.Status)
	}

	h.Run(func() tea.Msg { return common.SwitchTeamMsg{Index: 2} })
	h.Press("a", "text:Long payment terms", "enter")
	got = texts(h.board("difficulties"))
	if last := got[len(got)-1]; last != "3:Long payment terms" {
		t.Fatalf("with team 3 shown, the answer is team 3's: %v", got)
	}
	if l := lineWith(h.tab.View(), "Long payment terms  ×2"); !strings.Contains(l, "T1, T3") {
		t.Errorf("the summary folds both teams' answers: %q\n%s", l, h.tab.View())
	}
}

// A bad answer is refused where it is typed, and nothing is written.
func TestBadAnswerRefusedAtTheField(t *testing.T) {
	h := newHarness(t, 2, difficulties())
	h.tab.Open("difficulties")
	saves := h.Folder.Saves
	h.Press("a", "text:   ", "enter")
	if h.tab.Form == nil || !strings.Contains(h.tab.View(), "the answer is empty") {
		t.Fatalf("an empty answer stays in the form, saying why:\n%s", h.tab.View())
	}
	h.Press("esc", "y", "a", "text:"+strings.Repeat("long ", 20), "enter")
	if h.tab.Form == nil {
		t.Fatalf("an answer too long for a board is refused:\n%s", h.tab.View())
	}
	if h.Folder.Saves != saves || len(h.board("difficulties").Answers) != 6 {
		t.Errorf("nothing was written: %d saves, %v", h.Folder.Saves-saves, texts(h.board("difficulties")))
	}
}

// d asks, then takes the answer under the cursor off; u puts it back.
func TestRemoveAndUndo(t *testing.T) {
	h := newHarness(t, 6, difficulties())
	h.tab.Open("difficulties")
	h.Press("down", "d") // team 1's "Strong buying power"
	if !h.tab.Capturing() || !strings.Contains(h.tab.View(), `Remove "Strong buying power" from Team 1's answers?`) {
		t.Fatalf("d asks first:\n%s", h.tab.View())
	}
	h.Press("y")
	if got := texts(h.board("difficulties")); slices.Contains(got, "1:Strong buying power") || len(got) != 5 {
		t.Fatalf("the answer is off the board: %v", got)
	}
	if strings.Contains(h.tab.View(), "Strong buying power") {
		t.Errorf("and off the view:\n%s", h.tab.View())
	}
	h.Press("u")
	if got := texts(h.board("difficulties")); !slices.Contains(got, "1:Strong buying power") || len(got) != 6 {
		t.Fatalf("u puts it back: %v", got)
	}
	if b := h.board("difficulties"); !slices.ContainsFunc(b.Answers, func(a model.Answer) bool { return a.ID == "a2" }) {
		t.Errorf("with its own ID: %+v", b.Answers)
	}

	// A folded answer loses one of its duplicates: the latest.
	h.Press("g", "d", "y") // team 1's "Price pressure ×2"
	if got := texts(h.board("difficulties")); !slices.Contains(got, "1:Price pressure") || slices.Contains(got, "1:PRICE PRESSURE") {
		t.Errorf("the latest duplicate goes first: %v", got)
	}
	// The summary is not a team's: nothing to remove there.
	h.Press("G", "d")
	if h.tab.Capturing() || !strings.Contains(h.Status, "team's group") {
		t.Errorf("d in the summary says where to remove from; asked: %v, status %q", h.tab.Capturing(), h.Status)
	}
}

// A participant adds and removes only the team's own answers.
func TestParticipantRemovesOnlyOwnAnswers(t *testing.T) {
	h := newHarness(t, 6, difficulties(), criteriaBoard())
	h.Course.Trainer = false
	h.Run(func() tea.Msg { return common.SwitchTeamMsg{Index: 3} }) // team 4
	h.tab.Open("difficulties")
	h.Press("d") // team 1's first answer
	if h.tab.Capturing() {
		t.Fatalf("no question for another team's answer:\n%s", h.tab.View())
	}
	if !strings.Contains(h.Status, "only Team 4's answers") {
		t.Errorf("the status line says why: %q", h.Status)
	}
	h.Press("y")
	if len(h.board("difficulties").Answers) != 6 {
		t.Fatalf("nothing removed: %v", texts(h.board("difficulties")))
	}
	h.Press("down", "down", "d", "y") // team 4's "price pressure!"
	if got := texts(h.board("difficulties")); slices.Contains(got, "4:price pressure!") || len(got) != 5 {
		t.Errorf("the team's own answer goes: %v", got)
	}
	h.Press("a", "text:Slow listings", "enter")
	if got := texts(h.board("difficulties")); got[len(got)-1] != "4:Slow listings" {
		t.Errorf("the participant adds for the team: %v", got)
	}
	h.tab.Open("criteria")
	h.Press("x")
	if h.tab.screen != screenBoard {
		t.Errorf("no hand-over for a participant")
	}
}

// pickKeys picks the criteria board's answers: "Sales volume" 60 and
// "Growth potential" 40 on attractiveness, "Our share of their category"
// 100 on our strength.
var pickKeys = []string{
	"a", "e", "ctrl+u", "text:60", "enter", // Sales volume (folded from two teams) first
	"down", "a", "+", "+", "+", "+", "+", "+", // Growth potential: 10 + 6×5
	"down", "s", "e", "ctrl+u", "text:100", "enter",
}

// The criteria brainstorm becomes every team's Matrix criteria: the
// trainer picks and weights, the sums show, and each team's workspace
// file gets the new criteria.
func TestCriteriaHandOverToEveryTeam(t *testing.T) {
	h := newHarness(t, 3, criteriaBoard())
	h.tab.Open("criteria")
	h.Press("x")
	h.Press(pickKeys...)
	v := h.tab.View()
	for _, want := range []string{"Customer attractiveness 100/100", "Our relative strength 100/100", "[x] Sales volume", "[x] Growth potential"} {
		if !strings.Contains(v, want) {
			t.Errorf("the picker shows %q:\n%s", want, v)
		}
	}
	h.Press("enter")
	if !h.tab.Capturing() || !strings.Contains(h.tab.View(), "every team (y)") {
		t.Fatalf("enter asks which teams:\n%s", h.tab.View())
	}
	h.Press("y")
	for i, d := range h.Course.Teams {
		ws, err := h.Folder.Stores[i].Load(store.Everything)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range []model.Matrix{d.Matrix, ws.Matrix} {
			if got := criteria(m.Attractiveness); got != "Sales volume 60, Growth potential 40" {
				t.Errorf("team %d's attractiveness criteria: %s", i+1, got)
			}
			if got := criteria(m.Strength); got != "Our share of their category 100" {
				t.Errorf("team %d's strength criteria: %s", i+1, got)
			}
		}
	}
	if h.Status != "New Matrix criteria saved for 3 teams." {
		t.Errorf("the status line counts the teams: %q", h.Status)
	}
	if h.tab.screen != screenBoard {
		t.Errorf("back on the board after the hand-over")
	}
}

// criteria writes a set as "name weight, …".
func criteria(cs []model.Criterion) string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %d", c.Name.In(model.English), c.Weight))
	}
	return strings.Join(out, ", ")
}

// Weights that do not add up to 100 are refused in the picker, and no
// team's file changes.
func TestCriteriaNotAddingUpAreRefused(t *testing.T) {
	h := newHarness(t, 3, criteriaBoard())
	before := make([]string, len(h.Course.Teams))
	for i, d := range h.Course.Teams {
		before[i] = criteria(d.Matrix.Attractiveness)
	}
	h.tab.Open("criteria")
	h.Press("x", "a", "down", "a", "+") // 10 + 15
	if !strings.Contains(h.tab.View(), "Customer attractiveness 25/100") {
		t.Errorf("the sum shows:\n%s", h.tab.View())
	}
	h.Press("enter")
	if h.tab.Capturing() {
		t.Fatalf("no question while the weights are wrong:\n%s", h.tab.View())
	}
	if !strings.Contains(h.tab.View(), "Customer attractiveness adds up to 25") {
		t.Errorf("the picker says why:\n%s", h.tab.View())
	}
	h.Press("y", "t")
	for i, d := range h.Course.Teams {
		ws, err := h.Folder.Stores[i].Load(store.Everything)
		if err != nil {
			t.Fatal(err)
		}
		if got := criteria(d.Matrix.Attractiveness); got != before[i] || criteria(ws.Matrix.Attractiveness) != before[i] {
			t.Errorf("team %d's criteria changed: %s", i+1, got)
		}
	}
	h.Press("e", "ctrl+u", "text:0", "enter")
	if h.tab.Form == nil || !strings.Contains(h.tab.View(), "a weight is a whole number from 1 to 100") {
		t.Errorf("a weight out of bounds is refused at the field:\n%s", h.tab.View())
	}
}

// The "know from the buyer" board adds checklist items, here to the team
// shown only: the others keep theirs. An item the list has is not added
// again.
func TestChecklistHandOverAddsItems(t *testing.T) {
	h := newHarness(t, 3, buyerBoard())
	h.Run(func() tea.Msg { return common.SwitchTeamMsg{Index: 1} })
	before := len(h.Course.Teams[0].Checklist)
	h.tab.Open("buyer")
	h.Press("x", "space", "down", "space", "down", "space", "enter")
	if !strings.Contains(h.tab.View(), "Buyer checklist of every team (y) or of Team 2 only (t)?") {
		t.Fatalf("enter asks which teams:\n%s", h.tab.View())
	}
	h.Press("t")
	items, err := h.Folder.Stores[1].Checklist()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, it := range items {
		names = append(names, it.Name.In(model.English))
	}
	if len(items) != before+2 || !slices.Contains(names, "Their promotion calendar") || !slices.Contains(names, "Loyalty card data") {
		t.Errorf("team 2's file has the two new picks as items: %v", names)
	}
	if len(h.Course.Teams[1].Checklist) != len(items) {
		t.Errorf("and so has the data shown: %d items", len(h.Course.Teams[1].Checklist))
	}
	if len(h.Course.Teams[0].Checklist) != before || len(h.Course.Teams[2].Checklist) != before {
		t.Errorf("the other teams keep theirs")
	}
	if h.Status != "Picked answers added to the Buyer checklist of 1 team." {
		t.Errorf("the status line: %q", h.Status)
	}
}

// Every line of every screen fits the width, in both languages.
func TestLinesFit(t *testing.T) {
	for _, lang := range []model.Lang{model.English, model.Chinese} {
		for _, w := range []int{60, 80, 120, 200} {
			h := newHarness(t, 8, difficulties(), criteriaBoard())
			h.SetLang(lang)
			h.tab.SetSize(w, 24)
			screens := []struct {
				name string
				open func()
			}{
				{"list", func() { h.tab.Open("") }},
				{"board", func() { h.tab.Open("difficulties") }},
				{"picker", func() { h.tab.Open("criteria"); h.Press("x", "a") }},
			}
			for _, s := range screens {
				name := s.name
				s.open()
				for i, l := range strings.Split(h.tab.body(), "\n") {
					if lipgloss.Width(l) > w {
						t.Errorf("%s at %d in %s: line %d is %d wide: %q", name, w, lang, i, lipgloss.Width(l), l)
					}
				}
				if strings.Contains(h.tab.View(), "‹") {
					t.Errorf("%s in %s shows a key missing from the catalog:\n%s", name, lang, h.tab.View())
				}
			}
		}
	}
}
