package model

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

var buyerNow = time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC)

func daysAgo(n int) time.Time { return Day(buyerNow).AddDate(0, 0, -n) }

func TestStale(t *testing.T) {
	tests := []struct {
		k    Knowledge
		want bool
	}{
		{Knowledge{Status: Known, Verified: daysAgo(0)}, false},
		{Knowledge{Status: Known, Verified: daysAgo(90)}, false}, // 90 days is still fresh
		{Knowledge{Status: Known, Verified: daysAgo(91)}, true},
		{Knowledge{Status: PartlyKnown, Verified: daysAgo(200)}, true},
		{Knowledge{Status: Known}, true},                            // never verified
		{Knowledge{Status: Unknown, Verified: daysAgo(300)}, false}, // nothing to go stale
	}
	for _, tt := range tests {
		if got := tt.k.Stale(buyerNow); got != tt.want {
			t.Errorf("Stale(%+v) = %v, want %v", tt.k, got, tt.want)
		}
	}
}

func TestKnowledgeScore(t *testing.T) {
	items := DefaultChecklist()[:4]
	ids := func(i int) string { return items[i].ID }
	tests := []struct {
		name    string
		answers map[string]Knowledge
		want    float64
	}{
		{"nothing known", nil, 0},
		{"all known, fresh", map[string]Knowledge{
			ids(0): {Status: Known, Verified: daysAgo(1)}, ids(1): {Status: Known, Verified: daysAgo(1)},
			ids(2): {Status: Known, Verified: daysAgo(1)}, ids(3): {Status: Known, Verified: daysAgo(1)}}, 100},
		{"one known, one partly", map[string]Knowledge{
			ids(0): {Status: Known, Verified: daysAgo(1)}, ids(1): {Status: PartlyKnown, Verified: daysAgo(1)}}, 37.5},
		{"stale counts half", map[string]Knowledge{
			ids(0): {Status: Known, Verified: daysAgo(120)}, ids(1): {Status: PartlyKnown, Verified: daysAgo(120)}}, 18.75},
		{"answers to items no longer on the list do not count", map[string]Knowledge{
			"k-gone": {Status: Known, Verified: daysAgo(1)}}, 0},
	}
	for _, tt := range tests {
		if got := KnowledgeScore(items, tt.answers, buyerNow); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := KnowledgeScore(nil, nil, buyerNow); got != 0 {
		t.Errorf("an empty checklist scores %v", got)
	}
	if KnowledgeStatus(Known).Next() != Unknown || Unknown.Next() != PartlyKnown {
		t.Error("the status cycles unknown → partly → known → unknown")
	}
}

func TestDefaultChecklist(t *testing.T) {
	items := DefaultChecklist()
	if len(items) != 11 {
		t.Errorf("%d items: the seven course items plus KPIs, calendar, private label, assortment windows", len(items))
	}
	if err := CheckChecklist(items); err != nil {
		t.Error(err)
	}
	for _, it := range items {
		if it.Name.EN == "" || it.Name.ZH == "" {
			t.Errorf("%s lacks a language", it.ID)
		}
	}
	checkErr(t, "CheckChecklist", "empty", CheckChecklist(nil), "at least one item")
	checkErr(t, "CheckChecklist", "twice", CheckChecklist(append(items, ChecklistItem{ID: "x", Name: T("the competitive situation", "")})), "two items")
	checkErr(t, "CheckChecklist", "unnamed", CheckChecklist([]ChecklistItem{{ID: "x"}}), "needs a name")
}

func contact(id, name string, f Function, r Role, s Stance, last int) Contact {
	return Contact{ID: id, AccountID: "a1", Name: name, Function: f, Role: r, Stance: s, Influence: "high", LastContact: daysAgo(last)}
}

// fullCoverage has a contact in every function, a supportive decider,
// everyone met recently: no warning.
func fullCoverage() []Contact {
	return []Contact{
		contact("c1", "Zhang", "buying", "buyer", "supporter", 5),
		contact("c2", "Wang", "commercial", "decider", "advocate", 10),
		contact("c3", "Liu", "supply", "user", "neutral", 20),
		contact("c4", "Zhao", "finance", "approver", "critic", 30),
		contact("c5", "Sun", "stores", "user", "neutral", 40),
		contact("c6", "Qian", "marketing", "influencer", "supporter", 50),
	}
}

func kinds(ws []Warning) []string {
	var k []string
	for _, w := range ws {
		k = append(k, w.Kind)
	}
	return k
}

func TestCoverageWarnings(t *testing.T) {
	if ws := CoverageWarnings(fullCoverage(), buyerNow); len(ws) != 0 {
		t.Fatalf("full coverage warns: %v", kinds(ws))
	}
	tests := []struct {
		name   string
		change func([]Contact) []Contact
		kind   string
		says   string
	}{
		{"no decider", func(cs []Contact) []Contact { cs[1].Role = "influencer"; return cs }, "no-decider", "No decider known"},
		{"decider archived", func(cs []Contact) []Contact { cs[1].Archived = true; return cs }, "no-decider", "No decider"},
		{"deciders and approvers all cool", func(cs []Contact) []Contact { cs[1].Stance = "neutral"; return cs }, "no-supporter", "No supporter among the deciders"},
		{"an approver supports", func(cs []Contact) []Contact { cs[1].Stance = "neutral"; cs[3].Stance = "supporter"; return cs }, "", ""},
		{"no finance contact", func(cs []Contact) []Contact { return slices.Delete(cs, 3, 4) }, "function-gap", "No contact in Finance."},
		{"other is not a gap", func(cs []Contact) []Contact { return cs }, "", ""},
		{"61 days", func(cs []Contact) []Contact { cs[5].LastContact = daysAgo(61); return cs }, "untouched", "Not contacted in 60 days: Qian."},
		{"60 days is fine", func(cs []Contact) []Contact { cs[5].LastContact = daysAgo(60); return cs }, "", ""},
		{"never met", func(cs []Contact) []Contact { cs[2].LastContact = time.Time{}; return cs }, "never-contacted", "Never contacted: Liu."},
		{"buyer 19 months", func(cs []Contact) []Contact { cs[0].InPostSince = buyerNow.AddDate(0, -19, 0); return cs }, "buyer-rotation", "Zhang has been the buyer for 19 months"},
		{"buyer 17 months", func(cs []Contact) []Contact { cs[0].InPostSince = buyerNow.AddDate(0, -17, 0); return cs }, "", ""},
		{"buyer exactly 18 months", func(cs []Contact) []Contact { cs[0].InPostSince = Day(buyerNow).AddDate(0, -18, 0); return cs }, "", ""},
		{"buyer 18 months and a day", func(cs []Contact) []Contact { cs[0].InPostSince = Day(buyerNow).AddDate(0, -18, -1); return cs }, "buyer-rotation", "Zhang has been the buyer for 18 months"},
		{"category manager, a decider in buying, 2 years", func(cs []Contact) []Contact {
			cs[0].Role, cs[0].Title, cs[0].InPostSince = "decider", "Category manager", buyerNow.AddDate(-2, 0, 0)
			cs[1].Role = "decider"
			return cs
		}, "buyer-rotation", "Zhang has been the buyer for 24 months"},
		{"titled buyer, in supply chain", func(cs []Contact) []Contact {
			cs[2].Role, cs[2].Title, cs[2].InPostSince = "buyer", "Logistics buyer", buyerNow.AddDate(-5, 0, 0)
			return cs
		}, "", ""},
		{"long in post, not a buyer", func(cs []Contact) []Contact { cs[2].InPostSince = buyerNow.AddDate(-5, 0, 0); return cs }, "", ""},
	}
	for _, tt := range tests {
		ws := CoverageWarnings(tt.change(fullCoverage()), buyerNow)
		if tt.kind == "" {
			if len(ws) != 0 {
				t.Errorf("%s: warns %v", tt.name, kinds(ws))
			}
			continue
		}
		if len(ws) == 0 || ws[0].Kind != tt.kind || !strings.Contains(ws[0].Msg.EN, tt.says) {
			t.Errorf("%s: got %v", tt.name, ws)
			continue
		}
		if ws[0].Msg.ZH == "" || ws[0].Msg.ZH == ws[0].Msg.EN {
			t.Errorf("%s: no Chinese", tt.name)
		}
	}
	// Never contacted is not "not contacted in 60 days": each has its own line.
	cs := fullCoverage()
	cs[2].LastContact, cs[5].LastContact = time.Time{}, daysAgo(61)
	if ws := CoverageWarnings(cs, buyerNow); !slices.Equal(kinds(ws), []string{"never-contacted", "untouched"}) ||
		strings.Contains(ws[1].Msg.EN, "Liu") || ws[0].Msg.ZH != "从未联系：Liu。" {
		t.Errorf("never and 60 days: %v", ws)
	}
	if ws := CoverageWarnings(nil, buyerNow); !slices.Equal(kinds(ws), []string{"no-decider", "no-supporter", "function-gap"}) {
		t.Errorf("no contacts at all: %v", kinds(ws))
	}
}

func TestRelationshipShape(t *testing.T) {
	people := []Person{{ID: "p1", Function: "kam"}, {ID: "p2", Function: "supply"}, {ID: "p3", Function: "kam"}}
	cs := fullCoverage()
	if shape, _, _ := RelationshipOf(cs, people); shape != NoLinks {
		t.Errorf("no counterparts: %v", shape)
	}
	cs[0].Counterpart = "p1"
	if shape, o, th := RelationshipOf(cs, people); shape != BowTie || o != 1 || th != 1 {
		t.Errorf("one to one: %v %d %d", shape, o, th)
	}
	cs[1].Counterpart = "p3" // another of ours, same function, linked to another function of theirs
	if shape, _, _ := RelationshipOf(cs, people); shape != BowTie {
		t.Errorf("sales to buying and commercial is still a bow-tie: %v", shape)
	}
	cs[2].Counterpart = "p2" // supply chain to supply chain
	if shape, o, th := RelationshipOf(cs, people); shape != Diamond || o != 2 || th != 3 {
		t.Errorf("several functions both sides: %v %d %d", shape, o, th)
	}
	cs[2].Archived = true
	if shape, _, _ := RelationshipOf(cs, people); shape != BowTie {
		t.Errorf("archived links do not count: %v", shape)
	}
}

func TestRelationshipNeedsLinksBeyondSalesAndBuying(t *testing.T) {
	people := []Person{{ID: "kam", Function: "kam"}, {ID: "sales", Function: "sales"}, {ID: "supply", Function: "supply"}, {ID: "finance", Function: "finance"}}
	link := func(c Contact, ours string) Contact { c.Counterpart = ours; return c }
	buyer := contact("c1", "Zhang", "buying", "buyer", "supporter", 5)
	commercial := contact("c2", "Wang", "commercial", "decider", "advocate", 10)
	supply := contact("c3", "Liu", "supply", "user", "neutral", 20)
	finance := contact("c4", "Zhao", "finance", "approver", "critic", 30)
	tests := []struct {
		name  string
		links []Contact
		want  RelationshipMap
	}{
		{"two of ours, two of theirs, all sales ↔ buying", []Contact{link(buyer, "kam"), link(commercial, "sales")},
			RelationshipMap{Shape: BowTie, Ours: 2, Theirs: 2, Links: 2, Warm: 2}},
		{"exactly two functions each side, one beyond", []Contact{link(buyer, "kam"), link(supply, "supply")},
			RelationshipMap{Shape: Diamond, Ours: 2, Theirs: 2, Links: 2, Warm: 1, Beyond: 1}},
		{"two of ours, one of theirs", []Contact{link(buyer, "kam"), link(contact("c5", "Ma", "buying", "user", "neutral", 3), "supply")},
			RelationshipMap{Shape: BowTie, Ours: 2, Theirs: 1, Links: 2, Warm: 1, Beyond: 1}},
		{"the link beyond is to a critic", []Contact{link(buyer, "kam"), link(finance, "finance")},
			RelationshipMap{Shape: BowTie, Ours: 1, Theirs: 1, Links: 2, Warm: 1, Cold: 1}},
		{"the critic does not count, the others make a diamond", []Contact{link(buyer, "kam"), link(finance, "finance"), link(supply, "supply")},
			RelationshipMap{Shape: Diamond, Ours: 2, Theirs: 2, Links: 3, Warm: 1, Cold: 1, Beyond: 1}},
		{"only cold links", []Contact{link(finance, "finance")},
			RelationshipMap{Shape: BowTie, Links: 1, Cold: 1}},
		{"our supply to their buyer is beyond the front line", []Contact{link(buyer, "supply"), link(commercial, "kam")},
			RelationshipMap{Shape: Diamond, Ours: 2, Theirs: 2, Links: 2, Warm: 2, Beyond: 1}},
		{"a counterpart who is not one of our people", []Contact{link(buyer, "gone")}, RelationshipMap{Shape: NoLinks}},
	}
	for _, tt := range tests {
		if got := MapRelationship(tt.links, people); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestCheckContact(t *testing.T) {
	people := []Person{{ID: "p1", Name: "Li Wei", Function: "kam"}}
	others := fullCoverage()
	others[1].ReportsTo = "c1" // Wang reports to Zhang
	good := Contact{ID: "c9", AccountID: "a1", Name: "Ma Lin 马琳", Function: "buying", Role: "buyer", Stance: "neutral", Influence: "medium", ReportsTo: "c2", Counterpart: "p1"}
	if err := CheckContact(good, others, people, buyerNow); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		change  func(*Contact)
		wantErr string
	}{
		{"no name", func(c *Contact) { c.Name = " " }, "name is required"},
		{"bad role", func(c *Contact) { c.Role = "boss" }, "buying-centre role"},
		{"bad stance", func(c *Contact) { c.Stance = "" }, "stance"},
		{"bad influence", func(c *Contact) { c.Influence = "huge" }, "influence"},
		{"bad function", func(c *Contact) { c.Function = "legal" }, "function"},
		{"reports to self", func(c *Contact) { c.ReportsTo = "c9" }, "themselves"},
		{"reports to a stranger", func(c *Contact) { c.ReportsTo = "zz" }, "not a contact of this account"},
		{"unknown counterpart", func(c *Contact) { c.Counterpart = "p9" }, "not one of our people"},
		{"future last contact", func(c *Contact) { c.LastContact = buyerNow.AddDate(0, 0, 3) }, "in the future"},
	}
	for _, tt := range tests {
		c := good
		tt.change(&c)
		checkErr(t, "CheckContact", tt.name, CheckContact(c, others, people, buyerNow), tt.wantErr)
	}
	// Zhang (c1) reporting to Wang (c2), who reports to Zhang: a circle.
	zhang := others[0]
	zhang.ReportsTo = "c2"
	checkErr(t, "CheckContact", "circle", CheckContact(zhang, others, people, buyerNow), "circle")
}

func TestCheckMomentAndPerson(t *testing.T) {
	m := Moment{AccountID: "a1", ContactID: "c1", Date: daysAgo(2), Learned: "Range review moved to March"}
	checkErr(t, "CheckMoment", "good", CheckMoment(m, buyerNow), "")
	m2 := m
	m2.Learned = "  "
	checkErr(t, "CheckMoment", "nothing learned", CheckMoment(m2, buyerNow), "what was learned")
	m2 = m
	m2.Date = buyerNow.AddDate(0, 0, 1)
	checkErr(t, "CheckMoment", "tomorrow", CheckMoment(m2, buyerNow), "future")
	checkErr(t, "CheckPerson", "good", CheckPerson(Person{Name: "Li Wei 李伟", Function: "kam"}), "")
	checkErr(t, "CheckPerson", "no function", CheckPerson(Person{Name: "Li Wei"}), "function")
}

func TestBuyerTemplatesSpeakBothLanguages(t *testing.T) {
	var texts []Text
	for _, c := range Functions {
		texts = append(texts, c.Name)
	}
	for _, c := range OurFunctions {
		texts = append(texts, c.Name)
	}
	for _, c := range Roles {
		texts = append(texts, c.Name)
	}
	for _, c := range Stances {
		texts = append(texts, c.Name)
	}
	for _, c := range Influences {
		texts = append(texts, c.Name)
	}
	for _, c := range KnowledgeStatuses {
		texts = append(texts, c.Name)
	}
	for _, c := range Relationships {
		texts = append(texts, c.Name)
	}
	for _, tx := range texts {
		if tx.EN == "" || tx.ZH == "" || tx.EN == tx.ZH {
			t.Errorf("%+v lacks a language", tx)
		}
	}
}
