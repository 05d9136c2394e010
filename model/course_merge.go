package model

import (
	"reflect"
	"slices"
	"strconv"
)

// MergeCourse is the course after a change made to base (giving mine)
// lands on the course as it now is (theirs), which others may have
// changed since base: what mine changed is taken, the rest stays as theirs.
// A board's answers merge one by one, since every team answers at once:
// the answers mine added join theirs and the ones it removed leave, and
// the others' answers stay. Anything else mine changed — the timer, the
// agenda, the cards — is taken whole.
func MergeCourse(base, mine, theirs Course) Course {
	if reflect.DeepEqual(base, theirs) {
		return mine // nothing changed meanwhile
	}
	out := theirs
	take := func(b, m, dst any) {
		if !reflect.DeepEqual(b, m) {
			reflect.ValueOf(dst).Elem().Set(reflect.ValueOf(m))
		}
	}
	take(base.Version, mine.Version, &out.Version)
	take(base.Start, mine.Start, &out.Start)
	take(base.Teams, mine.Teams, &out.Teams)
	take(base.Blocks, mine.Blocks, &out.Blocks)
	take(base.Cards, mine.Cards, &out.Cards)
	take(base.Timer, mine.Timer, &out.Timer)
	take(base.Chosen, mine.Chosen, &out.Chosen)
	if !reflect.DeepEqual(base.Boards, mine.Boards) {
		out.Boards = mergeBoards(base.Boards, mine.Boards, theirs.Boards)
	}
	return out
}

// mergeBoards is MergeCourse for the boards.
func mergeBoards(base, mine, theirs []Board) []Board {
	find := func(list []Board, id string) (Board, bool) {
		for _, b := range list {
			if b.ID == id {
				return b, true
			}
		}
		return Board{}, false
	}
	out := make([]Board, 0, len(theirs))
	for _, t := range theirs {
		b, inBase := find(base, t.ID)
		m, inMine := find(mine, t.ID)
		switch {
		case inBase && !inMine:
			continue // mine removed the board
		case !inBase || !inMine:
			out = append(out, t)
			continue
		}
		merged := t
		if b.Question != m.Question || b.Use != m.Use {
			merged.Question, merged.Use = m.Question, m.Use
		}
		merged.Answers = mergeAnswers(b.Answers, m.Answers, t.Answers)
		out = append(out, merged)
	}
	for _, m := range mine {
		if _, inBase := find(base, m.ID); !inBase {
			if _, inTheirs := find(theirs, m.ID); !inTheirs {
				out = append(out, m) // a board mine added
			}
		}
	}
	return out
}

// mergeAnswers is theirs with the answers mine added and without the ones
// it removed, each answer known by its ID.
func mergeAnswers(base, mine, theirs []Answer) []Answer {
	ids := func(list []Answer) map[string]bool {
		set := make(map[string]bool, len(list))
		for _, a := range list {
			set[a.ID] = true
		}
		return set
	}
	inBase, inMine, inTheirs := ids(base), ids(mine), ids(theirs)
	var out []Answer
	for _, a := range theirs {
		if inBase[a.ID] && !inMine[a.ID] {
			continue // mine removed it
		}
		out = append(out, a)
	}
	for _, a := range mine {
		if inBase[a.ID] {
			continue
		}
		if inTheirs[a.ID] {
			if slices.ContainsFunc(theirs, func(t Answer) bool { return t == a }) {
				continue // already there
			}
			// Another session's answer took the same ID: this one is kept
			// under one of its own.
			taken := func(id string) bool { return slices.ContainsFunc(out, func(t Answer) bool { return t.ID == id }) }
			id := a.ID
			for n := 2; taken(id); n++ {
				id = a.ID + "-" + strconv.Itoa(n)
			}
			a.ID = id
		}
		out = append(out, a)
	}
	return out
}
