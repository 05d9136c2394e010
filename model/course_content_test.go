package model

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/rivo/uniseg"
)

func TestDefaultCourse(t *testing.T) {
	now := time.Date(2025, time.March, 10, 8, 17, 0, 0, time.UTC)
	c := DefaultCourse(now, 8)
	if c.Version != CourseVersion || !c.Created.Equal(now) || !c.Start.Equal(courseDay) {
		t.Errorf("version %d, created %v, start %v", c.Version, c.Created, c.Start)
	}
	if len(c.Teams) != 8 {
		t.Fatalf("%d teams", len(c.Teams))
	}
	for i, team := range c.Teams {
		if team.Number != i+1 || team.Name != "" {
			t.Errorf("team %d: %+v", i+1, team)
		}
	}
	if c.Timer.Set != 15*time.Minute || c.Timer.Left != 15*time.Minute || c.Timer.Running() || c.Timer.Done(now) {
		t.Errorf("timer %+v", c.Timer)
	}
	if c.Chosen != "" {
		t.Errorf("a new course has chosen %q", c.Chosen)
	}
}

// The agenda as DESIGN.md's table "The course it follows" lists it.
func TestAgendaFollowsTheDesign(t *testing.T) {
	want := []struct {
		day          int
		start, end   string
		topics       []string // English, then the table's Chinese where it has one
		tab          string
		board        string
		cardsInclude []string
	}{
		{1, "09:00", "10:45", []string{"Define key accounts 关键客户的定义", "Motives & the stages 动机与阶段", "Discussion: difficulties with KA 讨论:与KA交易的难处"},
			"accounts", BoardIDDifficulties, []string{"kam", "ka-traits", "perspectives", "motives", "stages"}},
		{1, "10:45", "12:30", []string{"Account portfolio matrix 客户组合", "Account evaluation 评估客户", "Case study: account evaluation 事例研究"},
			"matrix", BoardIDCriteria, []string{"portfolio"}},
		{1, "13:30", "15:15", []string{"Developing KA records 建立客户记录", "Knowing the buyer 认识采购员", "Exercise: what to learn from the buyer 练习"},
			"buyer", BoardIDKnowBuyer, []string{"record", "buyer"}},
		{1, "15:15", "17:00", []string{"Building relationship with KA 与KA建立联系", "Understand KA operations 了解KA的操作", "Assortment changes (mutations) 产品种类的变动"},
			"buyer", "", []string{"relationship"}},
		{2, "09:00", "10:45", []string{"Developing an account strategy 发展客户策略", "Sales promotion planning 促销计划", "Outline of annual plan 全年计划概要",
			"Cost comparison & evolution 费用比较及演变", "Case study: annual promotion plan"}, "plan", "", []string{"strategy", "promotion"}},
		{2, "10:45", "12:30", []string{"Preparing & presenting the plan 准备及呈献计划", "KA negotiation 与关键客户谈判", "Negotiation process 谈判过程", "Trading terms 贸易条件"},
			"plan", "", []string{"negotiation", "terms"}},
		{2, "13:30", "15:15", []string{"PREPARE to negotiate 准备谈判", "Discussion: KA negotiation"}, "prepare", BoardIDNegotiation, []string{"prepare"}},
		{2, "15:15", "17:00", []string{"Summarise the negotiation 总结谈判内容", "Business review meeting 业务检讨会议"}, "review", "", []string{"review"}},
	}
	c := DefaultCourse(courseDay, 8)
	if len(c.Blocks) != len(want) {
		t.Fatalf("%d blocks, want %d", len(c.Blocks), len(want))
	}
	ids := map[string]bool{}
	for i, w := range want {
		b := c.Blocks[i]
		ids[b.ID] = true
		if b.Day != w.day || FormatClock(b.Start) != w.start || FormatClock(b.End) != w.end {
			t.Errorf("block %d (%s): day %d %s–%s, want day %d %s–%s", i, b.ID, b.Day, FormatClock(b.Start), FormatClock(b.End), w.day, w.start, w.end)
		}
		if len(b.Topics) != len(w.topics) {
			t.Errorf("%s: %d topics, want %d", b.ID, len(b.Topics), len(w.topics))
			continue
		}
		for j, topic := range b.Topics {
			if topic.EN == "" || topic.ZH == "" {
				t.Errorf("%s: topic %q / %q is not in both languages", b.ID, topic.EN, topic.ZH)
			}
			if got := topic.EN + " " + topic.ZH; got != w.topics[j] && topic.EN != w.topics[j] {
				t.Errorf("%s: topic %q, the table says %q", b.ID, got, w.topics[j])
			}
		}
		if b.Tab != w.tab || b.Board != w.board {
			t.Errorf("%s: tab %q, board %q; want %q, %q", b.ID, b.Tab, b.Board, w.tab, w.board)
		}
		for _, id := range w.cardsInclude {
			if !slices.Contains(b.Cards, id) {
				t.Errorf("%s does not teach %q", b.ID, id)
			}
		}
		if got := c.BlockCards(b); len(got) != len(b.Cards) || len(got) == 0 {
			t.Errorf("%s: %d of its %d cards exist", b.ID, len(got), len(b.Cards))
		}
		if sentences(b.Exercise.EN) < 1 || sentences(b.Exercise.EN) > 2 || sentences(b.Exercise.ZH) < 1 || sentences(b.Exercise.ZH) > 2 {
			t.Errorf("%s: the exercise is not one or two sentences in both languages: %q / %q", b.ID, b.Exercise.EN, b.Exercise.ZH)
		}
	}
	if len(ids) != len(c.Blocks) {
		t.Errorf("block IDs repeat: %v", ids)
	}
}

// sentences counts the sentences of an exercise, in either language.
func sentences(s string) int {
	return strings.Count(s, ". ") + strings.Count(s, "? ") + strings.Count(s, "。") + strings.Count(s, "？") +
		map[bool]int{true: 1}[strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?")]
}

func TestCardsFitTheScreenInBothLanguages(t *testing.T) {
	c := DefaultCourse(courseDay, 8)
	want := []string{"kam", "ka-traits", "perspectives", "motives", "relationship", "stages", "portfolio", "prepare", "terms", "review"}
	for _, id := range want {
		if _, ok := c.Card(id); !ok {
			t.Errorf("no card %q", id)
		}
	}
	for _, card := range c.Cards {
		if err := CheckCard(card); err != nil {
			t.Errorf("%s: %v", card.ID, err)
		}
		for _, s := range []string{card.Title.EN, card.Title.ZH, card.Body.EN, card.Body.ZH} {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s is not written in both languages", card.ID)
			}
		}
		if card.Body.EN == card.Body.ZH || !strings.ContainsFunc(card.Body.ZH, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("%s: the Chinese body is not Chinese", card.ID)
		}
		for _, body := range []string{card.Body.EN, card.Body.ZH} {
			ls := strings.Split(body, "\n")
			if len(ls) > MaxCardLines {
				t.Errorf("%s: %d lines", card.ID, len(ls))
			}
			for _, line := range ls {
				if w := uniseg.StringWidth(line); w > MaxCardCells {
					t.Errorf("%s: %d columns: %q", card.ID, w, line)
				}
				if line != strings.TrimRight(line, " ") {
					t.Errorf("%s: trailing spaces: %q", card.ID, line)
				}
				// A character of ambiguous width (·, —, →, …, box drawing) is
				// one column in some terminals and two in others.
				for _, r := range line {
					if r > unicode.MaxASCII && !unicode.Is(unicode.Han, r) && !(r >= 0x3000 && r <= 0x303F) && !(r >= 0xFF01 && r <= 0xFF5E) {
						t.Errorf("%s: %q holds %q, whose width terminals disagree on", card.ID, line, r)
					}
				}
			}
		}
	}
	words := map[string]string{"bow-tie": "领结", "diamond": "钻石"}
	rel, _ := c.Card("relationship")
	for en, zh := range words {
		if !strings.Contains(rel.Body.EN, en) || !strings.Contains(rel.Body.ZH, zh) {
			t.Errorf("the relationship card does not name the %s", en)
		}
	}
	for _, body := range []string{rel.Body.EN, rel.Body.ZH} {
		if !strings.Contains(body, "<----") || !strings.Contains(body, "/") || !strings.Contains(body, "\\") {
			t.Errorf("the relationship card draws no diagram:\n%s", body)
		}
	}
	traits, _ := c.Card("ka-traits")
	for _, tr := range Traits {
		if !strings.Contains(traits.Body.EN, tr.Name.EN) || !strings.Contains(traits.Body.ZH, tr.Name.ZH) {
			t.Errorf("the traits card lacks %q", tr.Name.EN)
		}
	}
}

// The diagrams line up in Chinese as in English: every row of the
// diamond's links has its arrow at the same column.
func TestRelationshipDiagramLinesUp(t *testing.T) {
	rel, _ := DefaultCourse(courseDay, 1).Card("relationship")
	for _, body := range []string{rel.Body.EN, rel.Body.ZH} {
		cols := map[int]bool{}
		for _, line := range strings.Split(body, "\n") {
			if i := strings.Index(line, "<----"); i >= 0 && strings.HasPrefix(line, "  ") && !strings.Contains(line[:i], "--") {
				cols[uniseg.StringWidth(line[:i])] = true
			}
		}
		if len(cols) != 1 {
			t.Errorf("the diamond's arrows start at columns %v:\n%s", cols, body)
		}
	}
}

func TestStagesCardLinksEveryStageToItsTab(t *testing.T) {
	c := DefaultCourse(courseDay, 1)
	card, ok := c.Card("stages")
	if !ok {
		t.Fatal("no stages card")
	}
	if len(card.Links) != StageCount {
		t.Fatalf("%d links", len(card.Links))
	}
	want := []string{"matrix", "accounts", "buyer", "buyer", "plan", "plan", "prepare", "review"}
	en, zh := strings.Split(card.Body.EN, "\n"), strings.Split(card.Body.ZH, "\n")
	for i, l := range card.Links {
		if l.Tab != want[i] || !slices.Contains(courseTabs, l.Tab) {
			t.Errorf("stage %d links to %q, want %q", i+1, l.Tab, want[i])
		}
		if l.Label != Stages[i] {
			t.Errorf("stage %d is labelled %v", i+1, l.Label)
		}
		if !strings.Contains(en[i], Stages[i].EN) || !strings.Contains(zh[i], Stages[i].ZH) {
			t.Errorf("line %d of the card is not stage %d: %q / %q", i+1, i+1, en[i], zh[i])
		}
	}
}

func TestBoardsOfTheCourse(t *testing.T) {
	c := DefaultCourse(courseDay, 8)
	want := map[string]struct {
		en  string
		use BoardUse
	}{
		BoardIDCriteria:     {"What strategic criteria make a customer a key account?", BoardCriteria},
		BoardIDDifficulties: {"Difficulties in dealing with key accounts", ""},
		BoardIDKnowBuyer:    {"What must we know from the buyer?", BoardChecklist},
		BoardIDNegotiation:  {"Key account negotiation", ""},
	}
	if len(c.Boards) != len(want) {
		t.Fatalf("%d boards", len(c.Boards))
	}
	for id, w := range want {
		b, ok := c.Board(id)
		if !ok {
			t.Errorf("no board %q", id)
			continue
		}
		if b.Question.EN != w.en || b.Use != w.use || len(b.Answers) != 0 {
			t.Errorf("%s: %q, use %q, %d answers", id, b.Question.EN, b.Use, len(b.Answers))
		}
		if !strings.ContainsFunc(b.Question.ZH, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("%s has no Chinese question: %q", id, b.Question.ZH)
		}
	}
	if _, ok := c.Board("nope"); ok {
		t.Error("found a board that is not there")
	}
	if _, ok := c.Block("nope"); ok {
		t.Error("found a block that is not there")
	}
}
