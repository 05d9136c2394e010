package model

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// courseDay is the first day of the test course.
var courseDay = time.Date(2025, time.March, 10, 0, 0, 0, 0, time.UTC)

func testCourse(t *testing.T) Course {
	t.Helper()
	return DefaultCourse(courseDay.Add(8*time.Hour+17*time.Minute), 8)
}

func TestBlockAtFollowsTheClock(t *testing.T) {
	c := testCourse(t)
	at := func(day, h, m int) time.Time {
		return courseDay.AddDate(0, 0, day-1).Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	}
	for _, tc := range []struct {
		name string
		now  time.Time
		want string // "" for none
	}{
		{"the day before", at(0, 10, 0), ""},
		{"before the first block", at(1, 8, 59), ""},
		{"at the first minute", at(1, 9, 0), "d1-am1"},
		{"in the first block", at(1, 10, 44), "d1-am1"},
		{"at the exact end minute, the next block", at(1, 10, 45), "d1-am2"},
		{"last minute of the morning", at(1, 12, 29), "d1-am2"},
		{"over lunch", at(1, 12, 30), ""},
		{"still lunch", at(1, 13, 29), ""},
		{"afternoon", at(1, 13, 30), "d1-pm1"},
		{"late afternoon", at(1, 16, 59), "d1-pm2"},
		{"after the first day", at(1, 17, 0), ""},
		{"day 2 morning", at(2, 9, 30), "d2-am1"},
		{"day 2 late morning", at(2, 11, 0), "d2-am2"},
		{"day 2 afternoon", at(2, 14, 0), "d2-pm1"},
		{"day 2 end", at(2, 16, 59), "d2-pm2"},
		{"after the course", at(3, 10, 0), ""},
	} {
		b, ok := c.BlockAt(tc.now)
		if ok != (tc.want != "") || b.ID != tc.want {
			t.Errorf("%s (%s): block %q, %v; want %q", tc.name, tc.now.Format(time.DateTime), b.ID, ok, tc.want)
		}
		cur, ok := c.Current(tc.now)
		if ok != (tc.want != "") || cur.ID != tc.want {
			t.Errorf("%s: current %q without a choice; want the clock's %q", tc.name, cur.ID, tc.want)
		}
	}
}

func TestBlockAtInTheRoomsZone(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	now := time.Date(2025, time.March, 10, 7, 30, 0, 0, shanghai)
	c := DefaultCourse(now, 3)
	if want := time.Date(2025, time.March, 10, 0, 0, 0, 0, shanghai); !c.Start.Equal(want) {
		t.Fatalf("start %v, want %v", c.Start, want)
	}
	// 09:10 in Shanghai is 01:10 UTC: the agenda is the room's clock.
	if b, ok := c.BlockAt(time.Date(2025, time.March, 10, 9, 10, 0, 0, shanghai)); !ok || b.ID != "d1-am1" {
		t.Errorf("09:10 in Shanghai: %q, %v", b.ID, ok)
	}
	// 23:30 on day 1 in UTC is 07:30 of day 2 in Shanghai: before day 2's first block.
	if b, ok := c.BlockAt(time.Date(2025, time.March, 10, 23, 30, 0, 0, time.UTC).In(shanghai)); ok {
		t.Errorf("07:30 on day 2 is in %q", b.ID)
	}
	// 01:30 UTC on day 2 is 09:30 of day 2 in Shanghai.
	if b, ok := c.BlockAt(time.Date(2025, time.March, 11, 1, 30, 0, 0, time.UTC).In(shanghai)); !ok || b.ID != "d2-am1" {
		t.Errorf("09:30 of day 2 in Shanghai: %q, %v", b.ID, ok)
	}
	// A course read back from its file holds its start in a fixed zone;
	// the days are still its dates, read in the room's zone.
	raw, _ := json.Marshal(c)
	var back Course
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if b, ok := back.BlockAt(time.Date(2025, time.March, 11, 16, 0, 0, 0, shanghai)); !ok || b.ID != "d2-pm2" {
		t.Errorf("16:00 on day 2, read back: %q, %v", b.ID, ok)
	}
}

func TestCurrentChosenOverridesTheClock(t *testing.T) {
	c := testCourse(t)
	now := courseDay.Add(9*time.Hour + 30*time.Minute) // in d1-am1
	c.Chosen = "d2-pm1"
	if b, ok := c.Current(now); !ok || b.ID != "d2-pm1" {
		t.Errorf("chosen d2-pm1: current %q, %v", b.ID, ok)
	}
	if b, _ := c.BlockAt(now); b.ID != "d1-am1" {
		t.Errorf("the clock still says %q", b.ID)
	}
	if b, ok := c.Current(courseDay.AddDate(0, 0, 5)); !ok || b.ID != "d2-pm1" {
		t.Errorf("chosen outside the course: %q, %v", b.ID, ok)
	}
	c.Chosen = "gone"
	if b, ok := c.Current(now); !ok || b.ID != "d1-am1" {
		t.Errorf("a chosen block that no longer exists: current %q, %v; want the clock's", b.ID, ok)
	}
}

func TestShiftMovesTheRestOfTheDay(t *testing.T) {
	c := testCourse(t)
	before := c.Blocks
	moved, err := c.Shift("d1-am2", 20)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]int{
		"d1-am1": {540, 665}, "d1-am2": {665, 770}, "d1-pm1": {830, 935}, "d1-pm2": {935, 1040},
		"d2-am1": {540, 645}, "d2-am2": {645, 750}, "d2-pm1": {810, 915}, "d2-pm2": {915, 1020},
	}
	for _, b := range moved.Blocks {
		if got := [2]int{b.Start, b.End}; got != want[b.ID] {
			t.Errorf("%s: %s–%s, want %s–%s", b.ID, FormatClock(got[0]), FormatClock(got[1]), FormatClock(want[b.ID][0]), FormatClock(want[b.ID][1]))
		}
	}
	if before[1].Start != 645 || c.Blocks[1].Start != 645 {
		t.Error("Shift changed the course it was called on")
	}
	// The clock follows the shifted agenda: the first block ran over, so
	// 10:50 is still in it, and 11:05 starts the second block.
	if b, _ := moved.BlockAt(courseDay.Add(10*time.Hour + 50*time.Minute)); b.ID != "d1-am1" {
		t.Errorf("10:50 after the shift: %q", b.ID)
	}
	if b, _ := moved.BlockAt(courseDay.Add(11*time.Hour + 5*time.Minute)); b.ID != "d1-am2" {
		t.Errorf("11:05 after the shift: %q", b.ID)
	}
	back, err := moved.Shift("d1-am2", -20)
	if err != nil || !reflect.DeepEqual(back.Blocks, c.Blocks) {
		t.Errorf("shifting back: %v, %v", err, back.Blocks)
	}
	// Earlier: the block before ends earlier, never under them both.
	early, err := c.Shift("d1-am2", -15)
	if err != nil {
		t.Fatal(err)
	}
	if early.Blocks[0].End != 630 {
		t.Errorf("the first block ends at %s once the second starts at 10:30", FormatClock(early.Blocks[0].End))
	}
	if _, err := c.Shift("d1-am2", -(645 - 540 - 4)); err == nil {
		t.Error("a shift that leaves the block before under 5 minutes was taken")
	}
	// Across lunch, a block may not run into the one before it.
	if _, err := c.Shift("d1-pm1", -61); err == nil {
		t.Error("the first afternoon block was moved into the morning's last")
	}
	if _, err := c.Shift("d1-pm1", -60); err != nil {
		t.Errorf("the first afternoon block up to the end of the morning: %v", err)
	}
	if b, _ := early.BlockAt(courseDay.Add(10*time.Hour + 35*time.Minute)); b.ID != "d1-am2" {
		t.Errorf("10:35 once the second block starts at 10:30: %q", b.ID)
	}
	if b, _ := early.BlockAt(courseDay.Add(10*time.Hour + 29*time.Minute)); b.ID != "d1-am1" {
		t.Errorf("10:29: %q", b.ID)
	}
	// The last block of day 2 alone.
	last, err := c.Shift("d2-pm2", 60)
	if err != nil || last.Blocks[7].Start != 975 || last.Blocks[7].End != 1080 || last.Blocks[6].End != 975 {
		t.Errorf("the last block: %v, %+v", err, last.Blocks[6:])
	}
}

func TestShiftRefuses(t *testing.T) {
	c := testCourse(t)
	for _, tc := range []struct {
		name    string
		block   string
		minutes int
		says    string
	}{
		{"no such block", "d3-am1", 10, "d3-am1"},
		{"before midnight", "d1-am1", -541, "before 00:00"},
		{"past midnight", "d1-pm1", 421, "past 24:00"},
		{"the last block past midnight", "d2-pm2", 7*60 + 1, "past 24:00"},
	} {
		got, err := c.Shift(tc.block, tc.minutes)
		var inv *Invalid
		if !errors.As(err, &inv) || !strings.Contains(inv.Msg.EN, tc.says) || inv.Msg.ZH == "" || inv.Msg.ZH == inv.Msg.EN {
			t.Errorf("%s: %v", tc.name, err)
		}
		if !reflect.DeepEqual(got.Blocks, c.Blocks) {
			t.Errorf("%s: the refused shift moved blocks", tc.name)
		}
	}
	for _, ok := range []struct {
		block   string
		minutes int
	}{{"d1-am1", -540}, {"d1-pm1", 420}} {
		if _, err := c.Shift(ok.block, ok.minutes); err != nil {
			t.Errorf("%s by %d, to the very edge of the day: %v", ok.block, ok.minutes, err)
		}
	}
}

func TestClock(t *testing.T) {
	for in, want := range map[string]int{"9:05": 545, "09:05": 545, "21:30": 1290, " 0:00 ": 0, "24:00": 1440, "9：05": 545, "12:59": 779} {
		got, err := ParseClock(in)
		if err != nil || got != want {
			t.Errorf("ParseClock(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for in, says := range map[string]string{
		"25:00": "from 00:00 to 24:00", "24:01": "from 00:00 to 24:00", "9:60": "from 00:00 to 24:00",
		"9.5": "HH:MM", "": "HH:MM", "9": "HH:MM", "9:5": "HH:MM", "abc": "HH:MM", "-1:00": "HH:MM", "123:00": "HH:MM", "9:05pm": "HH:MM",
	} {
		_, err := ParseClock(in)
		var inv *Invalid
		if !errors.As(err, &inv) || !strings.Contains(inv.Msg.EN, says) || inv.Msg.ZH == "" {
			t.Errorf("ParseClock(%q): %v; want a message with %q", in, err, says)
		}
	}
	for m, want := range map[int]string{0: "00:00", 545: "09:05", 1290: "21:30", 1440: "24:00", -30: "-00:30"} {
		if got := FormatClock(m); got != want {
			t.Errorf("FormatClock(%d) = %q, want %q", m, got, want)
		}
	}
	for m := 0; m <= DayMinutes; m++ {
		if back, err := ParseClock(FormatClock(m)); err != nil || back != m {
			t.Fatalf("%d written %q reads back %d, %v", m, FormatClock(m), back, err)
		}
	}
}

func TestCheckCourseAcceptsTheDefault(t *testing.T) {
	for _, n := range []int{1, 8, MaxTeams} {
		if err := CheckCourse(DefaultCourse(courseDay, n)); err != nil {
			t.Errorf("%d teams: %v", n, err)
		}
	}
	c := testCourse(t)
	c, err := c.AddAnswer(BoardIDCriteria, Answer{Team: 3, Text: "Size"}, courseDay)
	if err != nil {
		t.Fatal(err)
	}
	c, _, _, _ = c.DeleteCard("stages") // d1-am1 still names it
	if err := CheckCourse(c); err != nil {
		t.Errorf("a course with an answer and a block naming a deleted card: %v", err)
	}
}

func TestCheckCourseRefuses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		break_ func(*Course)
		says   string
	}{
		{"a newer version", func(c *Course) { c.Version = CourseVersion + 1 }, "newer kam"},
		{"no version", func(c *Course) { c.Version = 0 }, "version"},
		{"no start", func(c *Course) { c.Start = time.Time{} }, "start date"},
		{"no teams", func(c *Course) { c.Teams = nil }, "at least one team"},
		{"too many teams", func(c *Course) {
			for i := len(c.Teams) + 1; i <= MaxTeams+1; i++ {
				c.Teams = append(c.Teams, Team{Number: i})
			}
		}, "at most 20 teams"},
		{"a gap in the teams", func(c *Course) { c.Teams[3].Number = 5 }, "without gaps"},
		{"team numbers out of order", func(c *Course) { c.Teams[0], c.Teams[1] = c.Teams[1], c.Teams[0] }, "without gaps"},
		{"a team's name on two lines", func(c *Course) { c.Teams[0].Name = "A\nB" }, "one line"},
		{"a block on day 3", func(c *Course) { c.Blocks[2].Day = 3 }, "day 3"},
		{"a block on day 0", func(c *Course) { c.Blocks[2].Day = 0 }, "day 0"},
		{"a block before midnight", func(c *Course) { c.Blocks[0].Start = -5 }, "within 00:00"},
		{"a block past midnight", func(c *Course) { c.Blocks[7].End = DayMinutes + 1 }, "within 00:00"},
		{"a block ending as it starts", func(c *Course) { c.Blocks[1].End = c.Blocks[1].Start }, "start before it ends"},
		{"a block ending before it starts", func(c *Course) { c.Blocks[1].End = c.Blocks[1].Start - 1 }, "start before it ends"},
		{"two blocks with one ID", func(c *Course) { c.Blocks[4].ID = c.Blocks[0].ID }, "d1-am1"},
		{"a block without an ID", func(c *Course) { c.Blocks[4].ID = "" }, "no ID"},
		{"an empty topic", func(c *Course) { c.Blocks[0].Topics = append(c.Blocks[0].Topics, Text{}) }, "topic"},
		{"a topic on two lines", func(c *Course) { c.Blocks[0].Topics[0].EN = "a\nb" }, "one line"},
		{"a block naming a card without an ID", func(c *Course) { c.Blocks[0].Cards = append(c.Blocks[0].Cards, "") }, "card without an ID"},
		{"a block with an unknown board", func(c *Course) { c.Blocks[0].Board = "nope" }, "nope"},
		{"a block with an unknown tab", func(c *Course) { c.Blocks[0].Tab = "terms" }, "terms"},
		{"two cards with one ID", func(c *Course) { c.Cards[1].ID = c.Cards[0].ID }, "another card"},
		{"a card without an ID", func(c *Course) { c.Cards[1].ID = "" }, "no ID"},
		{"a card without a title", func(c *Course) { c.Cards[1].Title = Text{} }, "title"},
		{"a card with a long body", func(c *Course) { c.Cards[1].Body.ZH = strings.Repeat("行\n", MaxCardLines+1) }, "at most 18 lines"},
		{"two boards with one ID", func(c *Course) { c.Boards[1].ID = c.Boards[0].ID }, "another board"},
		{"a board without a question", func(c *Course) { c.Boards[1].Question = Text{} }, "no question"},
		{"a board of unknown use", func(c *Course) { c.Boards[1].Use = "plans" }, "plans"},
		{"an answer of a team not in the course", func(c *Course) {
			c.Boards[0].Answers = []Answer{{ID: "x", Team: 9, Text: "size"}}
		}, "team 9"},
		{"an answer of team 0", func(c *Course) { c.Boards[0].Answers = []Answer{{ID: "x", Team: 0, Text: "size"}} }, "team 0"},
		{"an empty answer", func(c *Course) { c.Boards[0].Answers = []Answer{{ID: "x", Team: 1, Text: "  "}} }, "empty"},
		{"an answer too long", func(c *Course) {
			c.Boards[0].Answers = []Answer{{ID: "x", Team: 1, Text: strings.Repeat("长", 31)}}
		}, "too long"},
		{"two answers with one ID", func(c *Course) {
			c.Boards[0].Answers = []Answer{{ID: "x", Team: 1, Text: "a"}}
			c.Boards[1].Answers = []Answer{{ID: "x", Team: 2, Text: "b"}}
		}, "another answer"},
		{"a timer below zero", func(c *Course) { c.Timer.Left = -time.Second }, "below zero"},
		{"a timer set below zero", func(c *Course) { c.Timer.Set = -time.Minute }, "below zero"},
	} {
		c := DefaultCourse(courseDay, 8)
		tc.break_(&c)
		err := CheckCourse(c)
		var inv *Invalid
		if !errors.As(err, &inv) {
			t.Errorf("%s: %v, want a refusal", tc.name, err)
			continue
		}
		if !strings.Contains(inv.Msg.EN, tc.says) || inv.Msg.ZH == "" || inv.Msg.ZH == inv.Msg.EN {
			t.Errorf("%s: %q / %q, want %q in both languages", tc.name, inv.Msg.EN, inv.Msg.ZH, tc.says)
		}
	}
}

func TestCourseJSONRoundTrip(t *testing.T) {
	c := DefaultCourse(time.Date(2025, time.March, 10, 8, 17, 3, 0, time.UTC), 8)
	c, err := c.AddAnswer(BoardIDDifficulties, Answer{Team: 2, Text: "价格战", By: "Li"}, c.Created.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	c.Timer = c.Timer.Started(c.Created.Add(2 * time.Hour))
	c.Chosen = "d1-pm1"
	raw, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back Course
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, c) {
		again, _ := json.Marshal(back)
		t.Errorf("the course changed through JSON:\n%s\n%s", raw, again)
	}
	if err := CheckCourse(back); err != nil {
		t.Error(err)
	}
	for _, key := range []string{`"version":1`, `"blocks"`, `"d1-am1"`, `"timer"`, `"chosen":"d1-pm1"`} {
		if !strings.Contains(string(raw), key) {
			t.Errorf("the file lacks %s", key)
		}
	}
}

// FuzzCheckCourse reads any course file: the checks answer, never panic,
// and a course they accept can be worked with.
func FuzzCheckCourse(f *testing.F) {
	good, _ := json.Marshal(DefaultCourse(courseDay, 3))
	f.Add(good)
	f.Add([]byte(`{"version":1,"start":"2025-03-10T00:00:00Z","teams":[{"number":1}],"blocks":[{"id":"x","day":2,"start":1439,"end":1440,"cards":["nope"]}]}`))
	f.Add([]byte(`{"version":1,"teams":[{"number":1}],"timer":{"set":-1}}`))
	f.Add([]byte(`{"version":1,"start":"2025-03-10T00:00:00Z","teams":[{"number":1}],"boards":[{"id":"b","question":{"en":"?"},"answers":[{"id":"a","team":1,"text":"ok"}]}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var c Course
		if json.Unmarshal(raw, &c) != nil {
			return
		}
		if err := CheckCourse(c); err != nil {
			var b Bilingual
			if !errors.As(err, &b) || b.Bilingual().ZH == "" {
				t.Fatalf("%v is not bilingual", err)
			}
			return
		}
		now := c.Start.Add(10 * time.Hour)
		c.Current(now)
		for _, b := range c.Blocks {
			c.BlockCards(b)
			if moved, err := c.Shift(b.ID, 30); err == nil {
				if err := CheckCourse(moved); err != nil {
					t.Fatalf("a shift the agenda took gives a course the checks refuse: %v", err)
				}
			}
		}
		for _, b := range c.Boards {
			b.Folded()
			b.ByTeam(c.Teams)
		}
		c.Timer.Remaining(now)
		c.Timer.PlusMinute(now).Started(now).Paused(now)
	})
}
