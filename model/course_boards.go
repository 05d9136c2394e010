package model

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
)

// checkAnswer wants a short answer: one line, not empty, that fits a
// board's column.
func checkAnswer(text string) error {
	if strings.TrimSpace(text) == "" {
		return invalid(T("the answer is empty", "回答不能为空"))
	}
	return checkLine(text, MaxShortCells)
}

// addAnswer puts a team's answer at the end of a board, its text trimmed.
// A new answer (no ID) gets an ID and the time now; an answer taken off
// and put back (undo) keeps its own, so it takes its place again.
func (c Course) addAnswer(boardID string, a Answer, now time.Time) (Course, error) {
	at := slices.IndexFunc(c.Boards, func(b Board) bool { return b.ID == boardID })
	if at < 0 {
		return c, invalid(T("there is no board %q", "没有讨论板 %q"), boardID)
	}
	if !slices.ContainsFunc(c.Teams, func(t Team) bool { return t.Number == a.Team }) {
		return c, invalid(T("there is no team %d in this course", "本课程没有第 %d 组"), a.Team)
	}
	if err := checkAnswer(a.Text); err != nil {
		return c, err
	}
	if err := CheckShort(a.By); err != nil {
		return c, err
	}
	a.Text, a.By = strings.TrimSpace(a.Text), strings.TrimSpace(a.By)
	if a.ID == "" || c.answerTaken(a.ID) {
		a.ID = uniqueID("ans-", now, c.answerTaken)
		a.At = now
	} else if a.At.IsZero() {
		a.At = now
	}
	boards := slices.Clone(c.Boards)
	boards[at].Answers = append(slices.Clone(boards[at].Answers), a)
	c.Boards = boards
	return c, nil
}

// answerTaken reports whether an answer on any board holds the ID.
func (c Course) answerTaken(id string) bool {
	for _, b := range c.Boards {
		if slices.ContainsFunc(b.Answers, func(a Answer) bool { return a.ID == id }) {
			return true
		}
	}
	return false
}

func (c Course) removeAnswer(boardID, answerID string) (Course, Answer, bool) {
	at := slices.IndexFunc(c.Boards, func(b Board) bool { return b.ID == boardID })
	if at < 0 {
		return c, Answer{}, false
	}
	i := slices.IndexFunc(c.Boards[at].Answers, func(a Answer) bool { return a.ID == answerID })
	if i < 0 {
		return c, Answer{}, false
	}
	gone := c.Boards[at].Answers[i]
	boards := slices.Clone(c.Boards)
	boards[at].Answers = slices.Delete(slices.Clone(boards[at].Answers), i, i+1)
	c.Boards = boards
	return c, gone, true
}

// foldKey is an answer reduced to its words: full-width letters and digits
// made half-width, lower case, without spaces or punctuation of either
// language (so "- Price war!" and "price war" are one answer, as are
// "价格战！" and "价格战").
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range narrow(s) {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// narrow turns full-width forms (Ａ, ５, ！, the ideographic space) into
// their ASCII twins, as a Chinese input method may type them.
func narrow(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u3000':
			return ' '
		case r >= '\uFF01' && r <= '\uFF5E':
			return r - 0xFEE0
		}
		return r
	}, s)
}

// byGiven is a board's answers in the order they were given.
func (b Board) byGiven() []Answer {
	out := slices.Clone(b.Answers)
	slices.SortStableFunc(out, func(x, y Answer) int { return x.At.Compare(y.At) })
	return out
}

// fold folds answers given in order: each distinct answer once, first
// given first.
func fold(answers []Answer) []Folded {
	var out []Folded
	index := map[string]int{}
	for _, a := range answers {
		k := foldKey(a.Text)
		i, seen := index[k]
		if !seen {
			i = len(out)
			index[k] = i
			out = append(out, Folded{Text: a.Text})
		}
		f := &out[i]
		if !slices.Contains(f.Teams, a.Team) {
			f.Teams = append(f.Teams, a.Team)
			slices.Sort(f.Teams)
		}
		f.Count++
		f.IDs = append(f.IDs, a.ID)
	}
	return out
}

func (b Board) byTeam(teams []Team) []TeamAnswers {
	given := b.byGiven()
	var out []TeamAnswers
	for _, t := range teams {
		var own []Answer
		for _, a := range given {
			if a.Team == t.Number {
				own = append(own, a)
			}
		}
		if len(own) > 0 {
			out = append(out, TeamAnswers{Team: t, Answers: fold(own)})
		}
	}
	return out
}

func (b Board) folded() []Folded {
	out := fold(b.byGiven())
	slices.SortStableFunc(out, func(x, y Folded) int { return cmp.Compare(len(y.Teams), len(x.Teams)) })
	return out
}
