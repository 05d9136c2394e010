package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/data"
)

// classAnswers puts answers on the difficulties board as a class would:
// the same answer in other words from several teams, in both languages.
func classAnswers(t *testing.T, c model.Course) model.Course {
	t.Helper()
	for i, a := range []struct {
		team int
		text string
	}{
		{1, "Price pressure"}, {1, "Strong buying power"}, {2, "price pressure!"}, {3, "PRICE PRESSURE"},
		{2, "Listing fees"}, {4, "Listing fees"}, {3, "采购经常换人"}, {4, "采购经常换人。"}, {4, "Slow payment"},
	} {
		var err error
		c, err = c.AddAnswer(model.BoardIDDifficulties, model.Answer{Team: a.team, Text: a.text}, now.Add(time.Duration(i)*time.Second))
		if err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// scoreMegaMart gives a team's newest evaluation of MegaMart the score on
// every criterion, as the team would in the Matrix tab.
func scoreMegaMart(t *testing.T, d *data.Data, score int) model.Evaluation {
	t.Helper()
	i := slices.IndexFunc(d.Accounts, func(a model.Account) bool { return strings.HasPrefix(a.Name, "MegaMart") })
	if i < 0 {
		t.Fatal("no MegaMart in the case study")
	}
	var last *model.Evaluation
	for j := range d.Evaluations {
		if e := &d.Evaluations[j]; e.AccountID == d.Accounts[i].ID && (last == nil || e.NewerThan(*last)) {
			last = e
		}
	}
	e := model.NewEvaluation(d.Accounts[i].ID, d.Matrix, now, last)
	for j := range e.Attractiveness {
		e.Attractiveness[j] = score
	}
	for j := range e.Strength {
		e.Strength[j] = score
	}
	return e
}

// TestCourseGolden holds the course's screens as a projector shows them:
// the agenda, a card, a board with a class's answers and the teams
// compared, at 80×24 and 120×40 in both languages.
func TestCourseGolden(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{
		{"agenda", nil},
		{"card", []string{"v", "v", "enter"}},
		{"board", []string{"v", "v", "v", "j", "enter"}},
		{"compare", []string{"v", "v", "v", "v"}},
	}
	for _, lang := range model.Langs {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			for _, sc := range screens {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", sc.name, lang, size[0], size[1]), func(t *testing.T) {
					d := newCourseDriver(t, 8, lang, size[0], size[1], true)
					d.run(d.course.Save(classAnswers(t, d.course.Course), ""))
					d.run(data.Save(d.course.Teams[1], "", scoreMegaMart(t, d.course.Teams[1], 3)))
					d.run(data.Save(d.course.Teams[4], "", scoreMegaMart(t, d.course.Teams[4], 9)))
					d.press(sc.keys...)
					golden.RequireEqual(t, []byte(d.m.View()))
				})
			}
		}
	}
}

// TestCourseFromNewToCompare is a course from the start: kam course new
// makes the folder, two teams evaluate MegaMart differently in the Matrix
// tab of the program, and the compare screen shows both, also once the
// course is opened again.
func TestCourseFromNewToCompare(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "course")
	if err := store.CreateCourse(dir, 8, model.English, now); err != nil {
		t.Fatal(err)
	}
	open := func() (*store.CourseFolder, *courseDriver) {
		f, err := store.OpenCourse(dir, store.Options{Now: clock})
		if err != nil {
			t.Fatal(err)
		}
		c := data.NewCourse(f, true)
		at := now
		cd := &courseDriver{course: c, clock: &at}
		cd.driver = &driver{t: t, m: New(Options{Course: c, Lang: model.English, Now: clock})}
		cd.send(teaSize(120, 40))
		cd.run(cd.m.Init())
		return f, cd
	}
	f, d := open()
	// Team 1 scores MegaMart low on every criterion; team 2 high.
	evaluate := func(score string) {
		d.press("3", "e")
		for range 12 {
			d.press(score)
		}
		d.press("ctrl+s")
	}
	evaluate("2")
	d.press("ctrl+t")
	evaluate("9")
	d.press("C", "v", "v", "v", "v")
	view := d.m.View()
	row := lineWith(view, "MegaMart")
	if !strings.Contains(row, "!") || !strings.Contains(row, "Strm") || !strings.Contains(row, "Strat") {
		t.Fatalf("compare does not show team 1's Streamline beside team 2's Strategic for MegaMart: %q\n%s", row, view)
	}
	d.press("q")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	f, d = open()
	defer f.Close()
	d.press("v", "v", "v", "v")
	if row := lineWith(d.m.View(), "MegaMart"); !strings.Contains(row, "!") {
		t.Fatalf("after reopening, compare lost the difference: %q", row)
	}
}

func lineWith(view, text string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, text) && strings.Count(l, "Str") > 1 {
			return l
		}
	}
	return ""
}
