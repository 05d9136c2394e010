package model

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// criteriaFromPicks turns the trainer's picks into the matrix's criteria.
// A pick named as a criterion the axis has or had (in either language)
// takes that criterion's ID and description, so evaluations that scored
// it carry their scores over; other picks get new IDs, never one that any
// version of the criteria used.
func criteriaFromPicks(m Matrix, picks []CriterionPick) (Matrix, error) {
	if len(picks) == 0 {
		return m, invalid(T("pick at least one criterion for the matrix", "请至少为矩阵选一个标准"))
	}
	byAxis := map[Axis][]CriterionPick{}
	for _, p := range picks {
		if p.Axis != Attractiveness && p.Axis != Strength {
			return m, invalid(T("a criterion belongs to customer attractiveness or to our relative strength", "标准须属于客户吸引力或我方相对实力"))
		}
		byAxis[p.Axis] = append(byAxis[p.Axis], p)
	}
	sets := append([]CriteriaSet{m.Current()}, m.Earlier...)
	taken := map[string]bool{}
	for _, s := range sets {
		for _, c := range slices.Concat(s.Attractiveness, s.Strength) {
			taken[c.ID] = true
		}
	}
	next := m
	for _, axis := range []Axis{Attractiveness, Strength} {
		list := byAxis[axis]
		if len(list) == 0 {
			continue
		}
		name := Axes[axis].Name
		sum := 0
		for _, p := range list {
			sum += p.Weight
		}
		if sum != 100 {
			return m, &Invalid{Msg: T(
				fmt.Sprintf("%s: the weights add up to %d; they must add up to 100", name.EN, sum),
				fmt.Sprintf("%s：权重合计为 %d；必须正好为 100", name.ZH, sum))}
		}
		prefix := "a-"
		if axis == Strength {
			prefix = "s-"
		}
		used := map[string]bool{} // IDs this axis's new set already holds
		var out []Criterion
		for _, p := range list {
			c := Criterion{Name: Text{EN: strings.TrimSpace(p.Name.EN), ZH: strings.TrimSpace(p.Name.ZH)}, Weight: p.Weight}
			if known, ok := knownCriterion(sets, axis, c.Name); ok && !used[known.ID] {
				c.ID, c.Description = known.ID, known.Description
				if c.Name.EN == "" || c.Name.ZH == "" { // the other language as the criterion had it
					c.Name.EN, c.Name.ZH = cmp.Or(c.Name.EN, known.Name.EN), cmp.Or(c.Name.ZH, known.Name.ZH)
				}
			} else {
				for n := 1; c.ID == "" || taken[c.ID]; n++ {
					c.ID = prefix + "pick" + strconv.Itoa(n)
				}
				taken[c.ID] = true
			}
			used[c.ID] = true
			out = append(out, c)
		}
		next.SetCriteria(axis, out)
	}
	for _, axis := range []Axis{Attractiveness, Strength} {
		if err := CheckCriteria(next.Criteria(axis)); err != nil {
			name := Axes[axis].Name
			return m, &Invalid{Msg: T(name.EN+": "+Localize(err, English), name.ZH+"："+Localize(err, Chinese))}
		}
	}
	return m.Revised(next), nil
}

// knownCriterion finds a criterion of the axis, in the current set or an
// earlier one (the latest first), named like name in either language.
func knownCriterion(sets []CriteriaSet, axis Axis, name Text) (Criterion, bool) {
	keys := []string{NameKey(name.EN), NameKey(name.ZH)}
	if c, ok := namedIn(sets[0].Criteria(axis), keys); ok {
		return c, true
	}
	for i := len(sets) - 1; i >= 1; i-- {
		if c, ok := namedIn(sets[i].Criteria(axis), keys); ok {
			return c, true
		}
	}
	return Criterion{}, false
}

func namedIn(cs []Criterion, keys []string) (Criterion, bool) {
	for _, c := range cs {
		for _, k := range keys {
			if k != "" && (k == NameKey(c.Name.EN) || k == NameKey(c.Name.ZH)) {
				return c, true
			}
		}
	}
	return Criterion{}, false
}

// checklistFromAnswers adds each answer the list does not hold yet (folded
// alike against both languages of every item, and of the answers added
// before it) as an item named as typed. The name is kept in the language
// it was written in and shows as typed in both (Text.In falls back to it):
// the same words in both languages would be two items of one name to
// CheckChecklist. A nil list is
// the course's checklist, as a workspace without one of its own uses.
// Answers that could not be an item's name (empty once folded, or not
// one line) are left out.
func checklistFromAnswers(items []ChecklistItem, answers []string) ([]ChecklistItem, int) {
	if items == nil {
		items = DefaultChecklist()
	}
	out := slices.Clone(items)
	have, ids := map[string]bool{}, map[string]bool{}
	for _, it := range items {
		have[foldKey(it.Name.EN)], have[foldKey(it.Name.ZH)] = true, true
		ids[it.ID] = true
	}
	added, n := 0, 0
	for _, a := range answers {
		text := strings.TrimSpace(a)
		k := foldKey(text)
		if k == "" || have[k] || checkLine(text, MaxLineCells) != nil {
			continue
		}
		have[k] = true
		id := ""
		for id == "" || ids[id] {
			n++
			id = "k-board" + strconv.Itoa(n)
		}
		ids[id] = true
		out = append(out, ChecklistItem{ID: id, Name: writtenIn(text)})
		added++
	}
	return out, added
}

// writtenIn is text as the language it is written in: Chinese when it
// holds a Chinese character, else English.
func writtenIn(text string) Text {
	if strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return Text{ZH: text}
	}
	return Text{EN: text}
}
