package model

import (
	"slices"
	"testing"
	"time"
)

func answerTexts(c Course, board string) []string {
	var out []string
	for _, b := range c.Boards {
		if b.ID == board {
			for _, a := range b.Answers {
				out = append(out, a.Text)
			}
		}
	}
	return out
}

// Teams answer a board at once, each session on the course as it last
// saw it: every answer stays, whatever order the saves land in.
func TestMergeCourseKeepsEveryTeamsAnswer(t *testing.T) {
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	base := DefaultCourse(now, 3)
	board := base.Boards[0].ID
	one, err := base.AddAnswer(board, Answer{Team: 1, Text: "sales volume"}, now)
	if err != nil {
		t.Fatal(err)
	}
	two, err := base.AddAnswer(board, Answer{Team: 2, Text: "growth"}, now.Add(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	// The trainer starts the timer meanwhile, also from base.
	timed := base
	timed.Timer = Timer{Set: 10 * time.Minute, Left: 10 * time.Minute, Since: now}

	file := MergeCourse(base, one, base)
	file = MergeCourse(base, timed, file)
	file = MergeCourse(base, two, file)
	got := answerTexts(file, board)
	if !slices.Equal(got, []string{"sales volume", "growth"}) {
		t.Errorf("the board holds %q, want both teams' answers", got)
	}
	if file.Timer != timed.Timer {
		t.Errorf("the trainer's timer was lost: %+v", file.Timer)
	}

	// Team 1 removes its answer while team 3 adds one, both from file.
	id := file.Boards[0].Answers[0].ID
	removed, _, ok := file.RemoveAnswer(board, id)
	if !ok {
		t.Fatal("the answer was not removed")
	}
	three, err := file.AddAnswer(board, Answer{Team: 3, Text: "margin"}, now.Add(2*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	after := MergeCourse(file, three, MergeCourse(file, removed, file))
	if got := answerTexts(after, board); !slices.Equal(got, []string{"growth", "margin"}) {
		t.Errorf("after a removal and an answer at once the board holds %q", got)
	}
}

// Two answers made at the same moment in two sessions may take the same
// ID: both are kept.
func TestMergeCourseKeepsAnswersThatTookOneID(t *testing.T) {
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	base := DefaultCourse(now, 2)
	board := base.Boards[0].ID
	one, _ := base.AddAnswer(board, Answer{Team: 1, Text: "size"}, now)
	two, _ := base.AddAnswer(board, Answer{Team: 2, Text: "power"}, now)
	if one.Boards[0].Answers[0].ID != two.Boards[0].Answers[0].ID {
		t.Skip("the answers did not take one ID")
	}
	file := MergeCourse(base, two, MergeCourse(base, one, base))
	if got := answerTexts(file, board); !slices.Equal(got, []string{"size", "power"}) {
		t.Fatalf("the board holds %q", got)
	}
	if a := file.Boards[0].Answers; a[0].ID == a[1].ID {
		t.Errorf("two answers share the ID %q", a[0].ID)
	}
	// The same save landing twice adds nothing.
	if again := MergeCourse(base, one, file); len(again.Boards[0].Answers) != 2 {
		t.Errorf("a save merged twice left %d answers", len(again.Boards[0].Answers))
	}
}

// With no change meanwhile, the change is the course.
func TestMergeCourseWithNothingMeanwhile(t *testing.T) {
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	base := DefaultCourse(now, 2)
	mine, err := base.Shift(base.Blocks[1].ID, 5)
	if err != nil {
		t.Fatal(err)
	}
	if got := MergeCourse(base, mine, base); !slices.EqualFunc(got.Blocks, mine.Blocks, func(a, b Block) bool { return a.Start == b.Start && a.End == b.End }) {
		t.Error("a change with nothing meanwhile was not taken as it is")
	}
}
