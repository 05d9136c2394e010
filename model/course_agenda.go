package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// DayMinutes is the length of a day on the agenda: a block ends at 24:00
// at the latest.
const DayMinutes = 24 * 60

// courseTabs are the tabs a block's exercise or a card's link may open.
var courseTabs = []string{"accounts", "matrix", "buyer", "prepare", "review", "range", "plan"}

// blockAt finds the block the clock is in. The course's days are the
// dates of Start and the day after, read as calendar dates wherever now
// is: the agenda is wall-clock time in the room. Where blocks overlap (a
// block shifted earlier than the end of the one before), the one that
// started last is the one under way.
func (c Course) blockAt(now time.Time) (Block, bool) {
	y, m, d := c.Start.Date()
	first := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
	day := 0
	switch today := Day(now); {
	case today.Equal(first):
		day = 1
	case today.Equal(first.AddDate(0, 0, 1)):
		day = 2
	default:
		return Block{}, false
	}
	minute := now.Hour()*60 + now.Minute()
	found, ok := Block{}, false
	for _, b := range c.Blocks {
		if b.Day == day && b.Start <= minute && minute < b.End && (!ok || b.Start > found.Start) {
			found, ok = b, true
		}
	}
	return found, ok
}

// current is the chosen block while it still exists, else the clock's.
func (c Course) current(now time.Time) (Block, bool) {
	if c.Chosen != "" {
		if b, ok := c.block(c.Chosen); ok {
			return b, true
		}
	}
	return c.blockAt(now)
}

// shift moves a block and the blocks after it in the agenda on the same
// day; the other day keeps its times. Nothing moves unless all can.
func (c Course) shift(blockID string, minutes int) (Course, error) {
	at := slices.IndexFunc(c.Blocks, func(b Block) bool { return b.ID == blockID })
	if at < 0 {
		return c, invalid(T("there is no block %q on the agenda", "日程中没有时段 %q"), blockID)
	}
	day := c.Blocks[at].Day
	blocks := slices.Clone(c.Blocks)
	for i := at; i < len(blocks); i++ {
		b := &blocks[i]
		if b.Day != day {
			continue
		}
		start, end := b.Start+minutes, b.End+minutes
		if start < 0 {
			return c, invalid(T("that would move the block of day %d at %s before 00:00", "这样会把第 %d 天 %s 的时段移到 00:00 之前"),
				day, formatClock(b.Start))
		}
		if end > DayMinutes {
			return c, invalid(T("that would move the block of day %d at %s past 24:00", "这样会把第 %d 天 %s 的时段移到 24:00 之后"),
				day, formatClock(b.Start))
		}
		b.Start, b.End = start, end
	}
	// The block before, on the same day, gives or takes the time: the
	// trainer who starts a block early finished the one before early, and
	// late, it ran over. Across a break, a block may not run into the one
	// before it.
	for p := at - 1; p >= 0; p-- {
		prev := &blocks[p]
		if prev.Day != day {
			continue
		}
		moved := blocks[at]
		switch {
		case prev.End == c.Blocks[at].Start:
			if moved.Start-prev.Start < MinBlockMinutes {
				return c, invalid(T("that would leave the block of day %d at %s less than %d minutes", "这样会让第 %d 天 %s 的时段不足 %d 分钟"),
					day, formatClock(prev.Start), MinBlockMinutes)
			}
			prev.End = moved.Start
		case moved.Start < prev.End:
			return c, invalid(T("that would start the block before the one at %s ends (%s)", "这样会让该时段在 %s 的时段结束（%s）之前开始"),
				formatClock(prev.Start), formatClock(prev.End))
		}
		break
	}
	c.Blocks = blocks
	return c, nil
}

// MinBlockMinutes is the shortest a block may become when the one after it
// is moved.
const MinBlockMinutes = 5

func (c Course) block(id string) (Block, bool) {
	i := slices.IndexFunc(c.Blocks, func(b Block) bool { return b.ID == id })
	if i < 0 {
		return Block{}, false
	}
	return c.Blocks[i], true
}

func (c Course) card(id string) (Card, bool) {
	i := slices.IndexFunc(c.Cards, func(k Card) bool { return k.ID == id })
	if i < 0 {
		return Card{}, false
	}
	return c.Cards[i], true
}

func (c Course) board(id string) (Board, bool) {
	i := slices.IndexFunc(c.Boards, func(b Board) bool { return b.ID == id })
	if i < 0 {
		return Board{}, false
	}
	return c.Boards[i], true
}

// BlockCards are the cards a block teaches, in the block's order. A card
// the trainer deleted is left out: the block keeps its ID, so putting the
// card back (undo) brings it back to the block too.
func (c Course) BlockCards(b Block) []Card {
	var out []Card
	for _, id := range b.Cards {
		if card, ok := c.card(id); ok {
			out = append(out, card)
		}
	}
	return out
}

// formatClock writes minutes after midnight as HH:MM; 1440 is "24:00",
// the end of a day.
func formatClock(minutes int) string {
	sign := ""
	if minutes < 0 {
		sign, minutes = "-", -minutes
	}
	return fmt.Sprintf("%s%02d:%02d", sign, minutes/60, minutes%60)
}

// parseClock reads a time of day typed as H:MM or HH:MM (a full-width colon
// too), from 00:00 to 24:00.
func parseClock(s string) (int, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), "：", ":")
	if t == "" {
		return 0, invalid(T("type a time as HH:MM, such as 09:05", "请按 HH:MM 输入时间，例如 09:05"))
	}
	h, m, ok := strings.Cut(t, ":")
	allDigits := func(p string) bool {
		return p != "" && !strings.ContainsFunc(p, func(r rune) bool { return r < '0' || r > '9' })
	}
	if !ok || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) {
		return 0, invalid(T("%q is not a time: write it as HH:MM, such as 09:05", "%q 不是时间：请写成 HH:MM，例如 09:05"), t)
	}
	hours := int(h[0] - '0')
	if len(h) == 2 {
		hours = hours*10 + int(h[1]-'0')
	}
	mins := int(m[0]-'0')*10 + int(m[1]-'0')
	if mins > 59 || hours > 24 || hours == 24 && mins > 0 {
		return 0, invalid(T("%q is not a time of day: from 00:00 to 24:00", "%q 不是一天中的时间：应在 00:00 到 24:00 之间"), t)
	}
	return hours*60 + mins, nil
}

// checkCourse validates a course as read from its file. A block may name a
// card that is no longer there (deleted, to be put back by undo): the
// screens leave it out, so the course is not refused for it.
func checkCourse(c Course) error {
	if c.Version > CourseVersion {
		return invalid(T("the course file was written by a newer kam (version %d; this kam reads up to %d): update kam to open it",
			"课程文件由更新版本的 kam 写入（版本 %d；本 kam 最多读取到 %d）：请先升级 kam"), c.Version, CourseVersion)
	}
	if c.Version < 1 {
		return invalid(T("the course file has no valid version (%d)", "课程文件的版本无效（%d）"), c.Version)
	}
	if c.Start.IsZero() {
		return invalid(T("the course has no start date", "课程没有开始日期"))
	}
	if err := checkTeams(c.Teams); err != nil {
		return err
	}
	cardIDs := map[string]bool{}
	for _, card := range c.Cards {
		if card.ID == "" || cardIDs[card.ID] {
			return invalid(T("a card has no ID, or one another card has (%q)", "教学卡片没有 ID，或与另一张卡片的 ID 相同（%q）"), card.ID)
		}
		cardIDs[card.ID] = true
		if err := checkCard(card); err != nil {
			return err
		}
	}
	if err := checkBoards(c); err != nil {
		return err
	}
	if err := checkBlocks(c); err != nil {
		return err
	}
	if c.Timer.Set < 0 || c.Timer.Left < 0 {
		return invalid(T("the timer cannot be below zero", "计时器不能为负数"))
	}
	return nil
}

// checkTeams wants teams 1…n, in order, without gaps.
func checkTeams(teams []Team) error {
	if len(teams) == 0 {
		return invalid(T("a course needs at least one team", "课程至少需要一个小组"))
	}
	if len(teams) > MaxTeams {
		return invalid(T("a course has at most %d teams; this one has %d", "课程最多 %d 个小组，现在有 %d 个"), MaxTeams, len(teams))
	}
	for i, t := range teams {
		if t.Number != i+1 {
			return invalid(T("the teams are numbered 1 to %d without gaps; team %d is numbered %d",
				"小组应从 1 到 %d 连续编号；第 %d 个小组的编号是 %d"), len(teams), i+1, t.Number)
		}
		if err := CheckShort(t.Name); err != nil {
			return err
		}
	}
	return nil
}

// checkBlocks wants each block on day 1 or 2, within the day, with topics
// of one line and a tab kam has.
func checkBlocks(c Course) error {
	ids := map[string]bool{}
	for _, b := range c.Blocks {
		if b.ID == "" || ids[b.ID] {
			return invalid(T("a block has no ID, or one another block has (%q)", "时段没有 ID，或与另一个时段的 ID 相同（%q）"), b.ID)
		}
		ids[b.ID] = true
		if b.Day != 1 && b.Day != 2 {
			return invalid(T("block %q is on day %d: the course has days 1 and 2", "时段 %q 在第 %d 天：课程只有第 1 天和第 2 天"), b.ID, b.Day)
		}
		if b.Start < 0 || b.End > DayMinutes || b.Start >= b.End {
			return invalid(T("block %q runs from %s to %s: it must start before it ends, within 00:00–24:00",
				"时段 %q 从 %s 到 %s：开始须早于结束，且在 00:00–24:00 之内"), b.ID, formatClock(b.Start), formatClock(b.End))
		}
		for _, s := range []string{b.Exercise.EN, b.Exercise.ZH} {
			if err := CheckLongText(s); err != nil {
				return err
			}
		}
		for _, t := range b.Topics {
			if strings.TrimSpace(t.EN) == "" && strings.TrimSpace(t.ZH) == "" {
				return invalid(T("block %q has a topic without words", "时段 %q 有一个空的主题"), b.ID)
			}
			for _, s := range []string{t.EN, t.ZH} {
				if err := checkLine(s, MaxLineCells); err != nil {
					return err
				}
			}
		}
		if slices.Contains(b.Cards, "") {
			return invalid(T("block %q names a card without an ID", "时段 %q 列出了一张没有 ID 的卡片"), b.ID)
		}
		if b.Board != "" {
			if _, ok := c.board(b.Board); !ok {
				return invalid(T("block %q collects answers on board %q, which the course does not have",
					"时段 %q 的讨论板 %q 在课程中不存在"), b.ID, b.Board)
			}
		}
		if b.Tab != "" && !slices.Contains(courseTabs, b.Tab) {
			return invalid(T("block %q opens tab %q, which kam does not have", "时段 %q 指向的标签页 %q 不存在"), b.ID, b.Tab)
		}
	}
	return nil
}

// checkBoards wants boards with their own IDs, a question, a use kam knows,
// and answers of the course's teams.
func checkBoards(c Course) error {
	boardIDs, answerIDs := map[string]bool{}, map[string]bool{}
	for _, b := range c.Boards {
		if b.ID == "" || boardIDs[b.ID] {
			return invalid(T("a board has no ID, or one another board has (%q)", "讨论板没有 ID，或与另一个讨论板的 ID 相同（%q）"), b.ID)
		}
		boardIDs[b.ID] = true
		if strings.TrimSpace(b.Question.EN) == "" && strings.TrimSpace(b.Question.ZH) == "" {
			return invalid(T("board %q has no question", "讨论板 %q 没有问题"), b.ID)
		}
		for _, s := range []string{b.Question.EN, b.Question.ZH} {
			if err := checkLine(s, MaxLineCells); err != nil {
				return err
			}
		}
		if b.Use != "" && b.Use != BoardCriteria && b.Use != BoardChecklist {
			return invalid(T("board %q is for %q, which kam does not know", "讨论板 %q 的用途 %q 无法识别"), b.ID, b.Use)
		}
		for _, a := range b.Answers {
			if a.ID == "" || answerIDs[a.ID] {
				return invalid(T("an answer has no ID, or one another answer has (%q)", "回答没有 ID，或与另一条回答的 ID 相同（%q）"), a.ID)
			}
			answerIDs[a.ID] = true
			if a.Team < 1 || a.Team > len(c.Teams) {
				return invalid(T("an answer on board %q is from team %d, which the course does not have",
					"讨论板 %q 上有一条回答来自第 %d 组，但课程中没有这个小组"), b.ID, a.Team)
			}
			if err := checkAnswer(a.Text); err != nil {
				return err
			}
			if err := CheckShort(a.By); err != nil {
				return err
			}
		}
	}
	return nil
}
