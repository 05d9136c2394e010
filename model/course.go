package model

import (
	"time"
)

// CourseVersion is the version of the course file this kam writes.
const CourseVersion = 1

// Course is what a trainer's course folder holds besides the teams'
// workspaces: the agenda, the teaching cards, the discussion boards, the
// timer and the teams. It is data, not code: a trainer edits, adds and
// reorders cards, shifts the agenda, and the course file keeps it.
type Course struct {
	Version int       `json:"version"`
	Created time.Time `json:"created"`
	// Start is day 1 of the course (a date, local midnight); day 2 is the
	// day after.
	Start  time.Time `json:"start"`
	Teams  []Team    `json:"teams"`
	Blocks []Block   `json:"blocks"` // in the order of the agenda
	Cards  []Card    `json:"cards"`  // in the order the trainer shows them
	Boards []Board   `json:"boards"`
	Timer  Timer     `json:"timer"`
	// Chosen is the block the trainer made the current one; "" follows
	// the clock.
	Chosen string `json:"chosen,omitzero"`
}

// MaxTeams is the most teams a course folder holds.
const MaxTeams = 20

// Team is one team of the class; its workspace is its own file in the
// course folder.
type Team struct {
	Number int    `json:"number"` // 1, 2, …: the file is named after it
	Name   string `json:"name,omitzero"`
}

// Block is one part of the agenda: a time on one day, its topics, the
// cards taught in it, its exercise or discussion, and the tab where the
// exercise happens.
type Block struct {
	ID     string   `json:"id"`
	Day    int      `json:"day"`   // 1 or 2
	Start  int      `json:"start"` // minutes after midnight
	End    int      `json:"end"`
	Topics []Text   `json:"topics"`
	Cards  []string `json:"cards,omitzero"` // IDs of the cards taught in it
	// Exercise is the block's exercise or discussion; Board the board it
	// collects answers on, if any.
	Exercise Text   `json:"exercise,omitzero"`
	Board    string `json:"board,omitzero"`
	// Tab is where the exercise happens: one of the tab names
	// ("accounts", "matrix", "buyer", "prepare", "review", "range",
	// "plan").
	Tab string `json:"tab,omitzero"`
}

// Card is one piece of the course's teaching content, to show full screen
// on a projector. Its body is drawn as written, line by line, so a
// diagram is text too.
type Card struct {
	ID    string     `json:"id"`
	Title Text       `json:"title"`
	Body  Text       `json:"body"`
	Links []CardLink `json:"links,omitzero"`
}

// CardLink ties a line of a card to the tab where it is worked on.
type CardLink struct {
	Label Text   `json:"label"`
	Tab   string `json:"tab"`
}

// Board collects the teams' short answers to one of the course's open
// questions.
type Board struct {
	ID       string   `json:"id"`
	Question Text     `json:"question"`
	Use      BoardUse `json:"use,omitzero"`
	Answers  []Answer `json:"answers,omitzero"`
}

// BoardUse is what a board's answers can be turned into.
type BoardUse string

const (
	BoardCriteria  BoardUse = "criteria"  // the Matrix's criteria sets
	BoardChecklist BoardUse = "checklist" // the Buyer checklist's items
)

// Answer is one team's short answer on a board.
type Answer struct {
	ID   string    `json:"id"`
	Team int       `json:"team"`
	Text string    `json:"text"`
	By   string    `json:"by,omitzero"` // who typed it, when known
	At   time.Time `json:"at"`
}

// Timer is the exercise timer. Running, it counts down from Since; idle
// or paused, Left is what remains.
type Timer struct {
	Set   time.Duration `json:"set"`            // what the trainer set
	Left  time.Duration `json:"left"`           // left when not running
	Since time.Time     `json:"since,omitzero"` // when it was last started; zero when not running
}
