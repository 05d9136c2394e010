package store

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

func TestMeetings(t *testing.T) {
	s, _ := openTemp(t)
	a, _ := s.SaveAccount(account("MegaMart"))
	d := model.Day(fixedNow)
	prev := model.NewMeeting(a.ID, d.AddDate(0, -3, 0), d.AddDate(0, -6, 0), d.AddDate(0, -3, -1), nil)
	prev.Actions = []model.Action{{ID: "x1", What: "Send sell-out data", Owner: "Li Wei", Side: "ours", Due: d.AddDate(0, -2, 0), Status: model.ActionOpen}}
	saved, err := s.SaveMeetings(prev)
	if err != nil || saved[0].ID == "" {
		t.Fatalf("%+v %v", saved, err)
	}
	prev = saved[0]

	// The next meeting carries the open action over; both are written together.
	updated, carried := model.CarryActions(prev, nil)
	next := model.NewMeeting(a.ID, d, d.AddDate(0, -3, 0), d.AddDate(0, 0, -1), []model.Meeting{prev})
	next.Actions = carried
	if _, err := s.SaveMeetings(next, updated); err != nil {
		t.Fatal(err)
	}
	all, _ := s.Meetings()
	if len(all) != 2 {
		t.Fatalf("%d meetings", len(all))
	}
	open := 0
	for _, m := range all {
		open += len(m.OpenActions())
	}
	if open != 1 {
		t.Errorf("the carried action is open once, not twice: %d", open)
	}

	// A bad meeting in the pair writes neither.
	bad := next
	bad.ID = ""
	bad.Actions = []model.Action{{What: "", Side: "ours", Status: model.ActionOpen}}
	good := updated
	good.Objectives = "changed"
	if _, err := s.SaveMeetings(good, bad); err == nil || !strings.Contains(err.Error(), "what is to be done") {
		t.Fatalf("bad action: %v", err)
	}
	for _, m := range mustMeetings(t, s) {
		if m.Objectives == "changed" {
			t.Error("half of a refused pair was written")
		}
	}
	if err := s.DeleteMeeting(prev.ID); err != nil {
		t.Fatal(err)
	}
	if len(mustMeetings(t, s)) != 1 {
		t.Error("delete")
	}
}

func mustMeetings(t *testing.T, s *Store) []model.Meeting {
	t.Helper()
	all, err := s.Meetings()
	if err != nil {
		t.Fatal(err)
	}
	return all
}
