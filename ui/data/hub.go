package data

import (
	"slices"
	"sync"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
)

// Hub carries what one session saves to the other sessions of a course
// served to many at once: each session holds its own copy of the data of
// the teams it shows, and a save one of them makes reaches the file once
// and every other copy through the hub — a team's records to the
// sessions of that team and the trainer's, the course file to everyone.
type Hub struct {
	mu     sync.Mutex
	next   int
	joined map[int]member
	paused int    // the session that paused everyone's keys; 0 when none did
	door   string // how participants connect, as the trainer tells them
}

type member struct {
	team int // the team the session works in; 0 for the trainer, who sees every team
	who  string
	send func(tea.Msg)
}

// Person is someone connected: their team's number (0 for the trainer)
// and name.
type Person struct {
	Team int
	Who  string
}

// PeopleMsg tells a trainer's session that someone joined or left.
type PeopleMsg struct{}

// NewHub is a hub no session has joined yet.
func NewHub() *Hub { return &Hub{joined: map[int]member{}} }

// RemoteSavedMsg says another session saved (or, Deleted, removed) records
// of a team.
type RemoteSavedMsg struct {
	Team    int // the team's number
	Records []any
	Deleted bool
}

// RemoteCourseMsg says another session changed the course file.
type RemoteCourseMsg struct{ Course model.Course }

// Join adds who, a session working in team (0: the trainer, every team);
// send delivers a message to its program. It returns the session's place,
// which Leave takes back. The trainers' sessions hear of it.
func (h *Hub) Join(team int, who string, send func(tea.Msg)) int {
	h.mu.Lock()
	h.next++
	id := h.next
	h.joined[id] = member{team, who, send}
	h.mu.Unlock()
	go h.tellTrainers(id, PeopleMsg{})
	return id
}

// Leave takes a session out of the hub and says how many participants
// are left. Keys its trainer paused are let go: no one is left to let
// them go otherwise.
func (h *Hub) Leave(id int) (participants int) {
	h.mu.Lock()
	_, was := h.joined[id]
	delete(h.joined, id)
	released := h.paused == id
	if released {
		h.paused = 0
	}
	participants = h.participants()
	h.mu.Unlock()
	if released {
		h.tell(id, 0, RoomPausedMsg{On: false})
	}
	if was {
		go h.tellTrainers(id, PeopleMsg{})
	}
	return participants
}

// Participants counts the sessions joined to a team: the trainers' are
// not counted.
func (h *Hub) Participants() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.participants()
}

func (h *Hub) participants() int {
	n := 0
	for _, m := range h.joined {
		if m.team != 0 {
			n++
		}
	}
	return n
}

// who is the name of the session joined as id, "" when it left.
func (h *Hub) who(id int) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.joined[id].who
}

// People are those connected, in the order they joined.
func (h *Hub) People() []Person {
	h.mu.Lock()
	defer h.mu.Unlock()
	ids := make([]int, 0, len(h.joined))
	for id := range h.joined {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := make([]Person, len(ids))
	for i, id := range ids {
		out[i] = Person{Team: h.joined[id].team, Who: h.joined[id].who}
	}
	return out
}

// SetDoor says how participants connect ("ssh -p 2323 192.168.1.20"),
// for the trainer's screen.
func (h *Hub) SetDoor(how string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.door = how
}

// tellTrainers sends msg to the trainers' sessions but from's.
func (h *Hub) tellTrainers(from int, msg tea.Msg) {
	h.send(from, msg, func(m member) bool { return m.team == 0 })
}

// send delivers msg to every session but from's that to picks, outside
// the lock: a delivery waits for its program to take it.
func (h *Hub) send(from int, msg tea.Msg, to func(member) bool) {
	h.mu.Lock()
	var sends []func(tea.Msg)
	for id, m := range h.joined {
		if id != from && to(m) {
			sends = append(sends, m.send)
		}
	}
	h.mu.Unlock()
	for _, send := range sends {
		send(msg)
	}
}

// RoomGoMsg says the trainer sent everyone to a tab.
type RoomGoMsg struct{ Tab string }

// RoomPausedMsg says the trainer paused everyone's keys (On) or let them go.
type RoomPausedMsg struct{ On bool }

// Sessions counts the sessions joined.
func (h *Hub) Sessions() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.joined)
}

// tell sends msg to every session but from's that wants it.
func (h *Hub) tell(from, team int, msg tea.Msg) {
	h.send(from, msg, func(m member) bool { return team == 0 || m.team == 0 || m.team == team })
}

// Served reports whether the course is served to many, through a hub.
func (c *Course) Served() bool { return c.hub != nil }

// SendEveryone sends every other session to a tab. The sessions are told
// from a command: each delivery waits for that program to take it.
func (c *Course) SendEveryone(tab string) tea.Cmd {
	if c.hub == nil {
		return nil
	}
	h, from := c.hub, c.session
	return func() tea.Msg { h.tell(from, 0, RoomGoMsg{Tab: tab}); return nil }
}

// PauseRoom pauses (on) or lets go of the keys of every session but the
// trainers'. It holds at once, for sessions that join later too; the
// others hear of it from a command.
func (c *Course) PauseRoom(on bool) tea.Cmd {
	if c.hub == nil {
		return nil
	}
	h, from := c.hub, c.session
	h.mu.Lock()
	if on {
		h.paused = from
	} else {
		h.paused = 0
	}
	h.mu.Unlock()
	return func() tea.Msg { h.tell(from, 0, RoomPausedMsg{On: on}); return nil }
}

// People are those connected to a served course; nil when not served.
func (c *Course) People() []Person {
	if c.hub == nil {
		return nil
	}
	return c.hub.People()
}

// Door is how participants connect to a served course, "" when not told.
func (c *Course) Door() string {
	if c.hub == nil {
		return ""
	}
	c.hub.mu.Lock()
	defer c.hub.mu.Unlock()
	return c.hub.door
}

// RoomPaused reports whether the trainer paused everyone's keys.
func (c *Course) RoomPaused() bool {
	if c.hub == nil {
		return false
	}
	c.hub.mu.Lock()
	defer c.hub.mu.Unlock()
	return c.hub.paused != 0
}

// Share makes the course's saves reach the other sessions of the hub, as
// the session joined as id.
func (c *Course) Share(h *Hub, id int) {
	c.hub, c.session = h, id
	for i, d := range c.Teams {
		d.hub, d.session, d.team = h, id, c.Course.Teams[i].Number
	}
}

// ApplyRemote puts another session's save of a team's records in d; the
// records a save of this session's own is still writing are left to it.
func (d *Data) ApplyRemote(msg RemoteSavedMsg) {
	for _, r := range msg.Records {
		d.apply(r, msg.Deleted)
		if st, ok := r.(model.Settings); ok {
			d.fileSettings = st
		}
	}
}

// ApplyRemote takes another session's course file in.
func (c *Course) ApplyRemote(msg RemoteCourseMsg) { c.Course = msg.Course }
