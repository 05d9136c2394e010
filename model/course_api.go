package model

import "time"

// This file holds the course's functions as the screens and the store call
// them; their bodies are written in course_*.go.

// DefaultCourse is the course as the deck teaches it, starting today: the
// eight blocks of the two days, the teaching cards, the four boards, an
// idle timer of 15 minutes and teams 1…n (at most MaxTeams), unnamed: the
// screens call them "Team 3" / "第 3 组".
func DefaultCourse(now time.Time, teams int) Course { return defaultCourse(now, teams) }

// CheckCourse validates a course as read from its file. A block naming a
// card that is not there (deleted, to be put back by undo) is accepted:
// BlockCards leaves it out.
func CheckCourse(c Course) error { return checkCourse(c) }

// BlockAt is the block the clock is in: on day 1 or 2 of the course (the
// dates, in now's zone), between its start (included) and end (excluded);
// where shifted blocks overlap, the one that started last.
func (c Course) BlockAt(now time.Time) (Block, bool) { return c.blockAt(now) }

// Current is the block the trainer chose, else (none chosen, or the
// chosen one gone) the one the clock is in.
func (c Course) Current(now time.Time) (Block, bool) { return c.current(now) }

// Shift moves a block and the blocks after it in the agenda on the same
// day by minutes (negative: earlier); it refuses a block it does not have
// and to move any before 00:00 or past 24:00, and then moves none.
func (c Course) Shift(blockID string, minutes int) (Course, error) { return c.shift(blockID, minutes) }

// Block, Card and Board find one by ID.
func (c Course) Block(id string) (Block, bool) { return c.block(id) }
func (c Course) Card(id string) (Card, bool)   { return c.card(id) }
func (c Course) Board(id string) (Board, bool) { return c.board(id) }

// DayOf is the date of a block's day.
func (c Course) DayOf(b Block) time.Time { return c.Start.AddDate(0, 0, b.Day-1) }

// FormatClock writes minutes after midnight as "09:05"; ParseClock reads it
// back ("9:05" too).
func FormatClock(minutes int) string   { return formatClock(minutes) }
func ParseClock(s string) (int, error) { return parseClock(s) }

// CheckCard validates a card: a title in at least one language, one line;
// a body of at most MaxCardLines lines of at most MaxCardCells columns;
// links to tabs kam has.
func CheckCard(card Card) error { return checkCard(card) }

// PutCard adds a card (new ID) at the end or replaces the one of its ID;
// MoveCard moves one up (by < 0) or down; DeleteCard removes one and says
// where it was, so it can be put back with InsertCard.
func (c Course) PutCard(card Card, now time.Time) Course        { return c.putCard(card, now) }
func (c Course) MoveCard(id string, by int) Course              { return c.moveCard(id, by) }
func (c Course) DeleteCard(id string) (Course, Card, int, bool) { return c.deleteCard(id) }
func (c Course) InsertCard(card Card, at int) Course            { return c.insertCard(card, at) }

// Timer: Running while counting; Remaining never below zero; Done once a
// set timer ran out. Started, Paused and PlusMinute return the timer
// changed at now; WithMinutes sets an idle timer (1–180 minutes).
func (t Timer) Running() bool                         { return !t.Since.IsZero() }
func (t Timer) Remaining(now time.Time) time.Duration { return t.remaining(now) }
func (t Timer) Done(now time.Time) bool               { return t.Set > 0 && t.remaining(now) == 0 }
func (t Timer) Started(now time.Time) Timer           { return t.started(now) }
func (t Timer) Paused(now time.Time) Timer            { return t.paused(now) }
func (t Timer) PlusMinute(now time.Time) Timer        { return t.plusMinute(now) }
func WithMinutes(minutes int) (Timer, error)          { return withMinutes(minutes) }
func ParseMinutes(s string) (int, error)              { return parseMinutes(s) }

// CheckAnswer validates a board answer: one line, not empty, short.
func CheckAnswer(text string) error { return checkAnswer(text) }

// AddAnswer puts a team's answer on a board (a new ID and the time now;
// an answer given back for undo keeps its own); RemoveAnswer takes one off
// and returns it, for undo.
func (c Course) AddAnswer(boardID string, a Answer, now time.Time) (Course, error) {
	return c.addAnswer(boardID, a, now)
}
func (c Course) RemoveAnswer(boardID, answerID string) (Course, Answer, bool) {
	return c.removeAnswer(boardID, answerID)
}

// Folded is one answer as the board shows it: duplicates (the same words
// whatever the case, spacing or punctuation) folded into one, with the
// teams that gave it and how often.
type Folded struct {
	Text  string   // as first written
	Teams []int    // team numbers, ascending
	Count int      // answers folded in
	IDs   []string // the answers folded in
}

// TeamAnswers are one team's answers, duplicates folded.
type TeamAnswers struct {
	Team    Team
	Answers []Folded
}

// FoldKey is what two answers share when they are the same answer.
func FoldKey(s string) string { return foldKey(s) }

// ByTeam groups a board's answers by team, in team order, duplicates
// folded within the team; teams without answers are left out.
func (b Board) ByTeam(teams []Team) []TeamAnswers { return b.byTeam(teams) }

// Folded folds the whole board: most teams first, then first given.
func (b Board) Folded() []Folded { return b.folded() }

// CriterionPick is a brainstormed criterion the trainer took for one axis
// of the matrix, with its weight.
type CriterionPick struct {
	Name   Text
	Axis   Axis
	Weight int
}

// CriteriaFromPicks makes the picks the matrix's criteria: an axis with
// picks gets them (weights adding up to 100), one without keeps its own;
// the result is the next version of m. A pick named as a criterion the
// axis has or had keeps that criterion's ID, so scores carry over.
func CriteriaFromPicks(m Matrix, picks []CriterionPick) (Matrix, error) {
	return criteriaFromPicks(m, picks)
}

// ChecklistFromAnswers adds the answers to the Buyer checklist as items,
// leaving out those the list already has (folded alike); added counts them.
// A nil list is the course's checklist. Each new item is named in the
// language its answer is written in, and shows as typed in both.
func ChecklistFromAnswers(items []ChecklistItem, answers []string) (out []ChecklistItem, added int) {
	return checklistFromAnswers(items, answers)
}

// TeamWork is one team's workspace, for the compare screen.
type TeamWork struct {
	Team      Team
	Workspace Workspace
}

// Comparison puts the teams' work side by side.
type Comparison struct {
	Teams    []Team
	Accounts []AccountComparison
	Issues   []IssueComparison
	Plans    []PlanComparison // one per team, in team order
}

// AccountComparison is one account's place in each team's matrix.
type AccountComparison struct {
	AccountID string
	Name      string
	Places    []Placement // one per team, in team order
	Differ    bool        // the teams placed it in different quadrants
}

// Placement is one team's latest evaluation of an account.
type Placement struct {
	Evaluated                bool
	Date                     time.Time
	Attractiveness, Strength float64
	Quadrant                 Quadrant
}

// IssueComparison is one negotiation issue as each team set its positions.
type IssueComparison struct {
	NegotiationID string
	Account       string // the account's name
	Issue         string
	Unit          Unit
	Positions     []Position // one per team, in team order
	Differ        bool       // the teams' targets or walk-aways differ
}

// Position is one team's opening, target and walk-away on an issue, and
// the zone of agreement they leave.
type Position struct {
	Set                bool
	Open, Target, Walk float64
	Zone               Zone
}

// PlanComparison is one team's promotion plan for a year, over every
// account: its promotions, cost, incremental gross profit and ROI.
type PlanComparison struct {
	Team          Team
	Promotions    int
	Cost          float64
	IncrementalGP float64
	ROI           float64 // %, as the Plan tab shows it
	ROIKnown      bool    // a cost, and every promotion's unit margin known
	Losing        int     // promotions whose ROI is below zero
}

// Compare builds the comparison of the teams' work; year is the plan year
// the promotions are counted for.
func Compare(teams []TeamWork, year int) Comparison { return compare(teams, year) }
