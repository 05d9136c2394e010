package model

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// AccountWork is the work recorded for one account across the workspace:
// what kam reads to propose how far each stage has come, and what needs the
// rep today.
type AccountWork struct {
	Account      Account
	Evaluations  []Evaluation
	Checklist    []ChecklistItem      // the workspace's checklist
	Answers      map[string]Knowledge // what is known, by checklist item ID
	Contacts     []Contact
	Negotiations []Negotiation
	Meetings     []Meeting
}

// How recent work must be for its stage to count as done.
const (
	EvaluationFresh  = 365 // days an evaluation places an account
	NegotiationFresh = 365 // days a concluded negotiation settles the year's terms
	ReviewFresh      = 183 // days a business review stays recent
	KnownEnough      = 75  // knowledge score (%) at which the buyer is known
	FunctionsEnough  = 3   // functions with a contact for a relationship beyond the buyer
)

// StageProposal is kam's reading of one stage from the work recorded.
type StageProposal struct {
	// Proposed is false where kam keeps no record of the stage's work: the
	// rep's own setting is all there is.
	Proposed bool
	State    StageStatus
	Why      Text
}

// ProposeStages reads how far each of the eight stages has come from the
// work recorded for the account, with the reason in both languages.
func ProposeStages(w AccountWork, now time.Time) [StageCount]StageProposal {
	var p [StageCount]StageProposal
	p[0] = proposeAnalysis(w, now)
	p[1] = proposeRecord(w.Account)
	p[2] = proposeBuyer(w, now)
	p[3] = proposeRelationship(w.Contacts, now)
	p[4] = proposeStrategy(w)
	p[5] = StageProposal{Why: T("kam keeps no promotion or annual plan yet: set this stage by hand",
		"kam 尚未记录促销与年度计划：请手动设置此阶段")}
	p[6] = proposeNegotiation(w.Negotiations, now)
	p[7] = proposeReview(w.Meetings, now)
	return p
}

// StageByHand reports whether the rep set stage i by hand. A stage moved
// before kam proposed any (a status other than not started, with no mark)
// counts as set by hand: it is what the rep chose.
func (a Account) StageByHand(i int) bool { return a.StagesByHand[i] || a.Stages[i] != NotStarted }

// EffectiveStages is what each stage reads as: the rep's own setting where
// they set one, else kam's proposal, else not started.
func EffectiveStages(a Account, p [StageCount]StageProposal) [StageCount]StageStatus {
	out := a.Stages
	for i := range out {
		if !a.StageByHand(i) && p[i].Proposed {
			out[i] = p[i].State
		}
	}
	return out
}

// StageReachedIn is the stage (1–8) the account has reached: the first not
// done, 8 when all are; 0 when none has been started. A later stage done
// early (a business review held before the plan is written) does not skip
// the ones before it, so the number says how far the work has truly come.
func StageReachedIn(s [StageCount]StageStatus) int {
	if s == ([StageCount]StageStatus{}) {
		return 0
	}
	for i, st := range s {
		if st != Done {
			return i + 1
		}
	}
	return StageCount
}

// tf formats a text in each language with the same values.
func tf(en, zh string, args ...any) Text {
	return T(fmt.Sprintf(en, args...), fmt.Sprintf(zh, args...))
}

// daysSince is the number of calendar days from then to now.
func daysSince(then, now time.Time) int {
	return int(math.Round(Day(now).Sub(Day(then)).Hours() / 24))
}

func proposal(s StageStatus, why Text) StageProposal {
	return StageProposal{Proposed: true, State: s, Why: why}
}

func proposeAnalysis(w AccountWork, now time.Time) StageProposal {
	if len(w.Evaluations) == 0 {
		return proposal(NotStarted, T("not evaluated yet", "尚未评估"))
	}
	latest := w.Evaluations[0]
	for _, e := range w.Evaluations[1:] {
		if e.NewerThan(latest) {
			latest = e
		}
	}
	date := latest.Date.Format(DateLayout)
	if slicesContain(latest.Attractiveness, 0) || slicesContain(latest.Strength, 0) {
		return proposal(InProgress, tf("the evaluation of %s is not fully scored", "%s 的评估尚未打完分", date))
	}
	if d := daysSince(latest.Date, now); d > EvaluationFresh {
		return proposal(InProgress, tf("last evaluated %s, more than a year ago", "上次评估于 %s，已超过一年", date))
	}
	return proposal(Done, tf("evaluated %s", "已于 %s 评估", date))
}

func slicesContain(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// recordFields are the parts of the profile the key account record asks
// for beyond the name, channel and tier every account has.
func recordFields(a Account) (filled, of int) {
	for _, ok := range []bool{
		strings.TrimSpace(a.Format) != "", strings.TrimSpace(a.Region) != "", a.Outlets > 0,
		a.CategorySales > 0, a.OurSales > 0, a.Target > 0, len(a.Traits) > 0,
	} {
		of++
		if ok {
			filled++
		}
	}
	return filled, of
}

func proposeRecord(a Account) StageProposal {
	filled, of := recordFields(a)
	why := tf("%d of %d profile fields filled", "档案已填 %d/%d 项", filled, of)
	switch {
	case filled == of:
		return proposal(Done, why)
	case filled > 0:
		return proposal(InProgress, why)
	}
	return proposal(NotStarted, why)
}

func proposeBuyer(w AccountWork, now time.Time) StageProposal {
	score := KnowledgeScore(w.Checklist, w.Answers, now)
	why := tf("buyer knowledge %s (known at %d%%)", "采购了解度 %s（达到 %d%% 即为了解）", FormatPercent(score), KnownEnough)
	switch {
	case score >= KnownEnough:
		return proposal(Done, why)
	case score > 0:
		return proposal(InProgress, why)
	}
	return proposal(NotStarted, T("nothing known of the buyer yet", "尚未了解采购"))
}

// KeyContact reports whether a contact weighs in the decisions: high
// influence, or a decider or approver.
func KeyContact(c Contact) bool {
	return c.Influence == "high" || c.Role == "decider" || c.Role == "approver"
}

// Unseen reports whether a contact was never contacted or not in the last
// 60 days.
func Unseen(c Contact, now time.Time) bool {
	return c.LastContact.IsZero() || Day(now).Sub(Day(c.LastContact)) > UntouchedAfter
}

func proposeRelationship(contacts []Contact, now time.Time) StageProposal {
	functions := map[Function]bool{}
	active, key, unseen := 0, 0, 0
	for _, c := range contacts {
		if c.Archived {
			continue
		}
		active++
		if c.Function != "other" {
			functions[c.Function] = true
		}
		if KeyContact(c) {
			key++
			if Unseen(c, now) {
				unseen++
			}
		}
	}
	// English counts agree with their number; Chinese has no plural.
	people := T(fmt.Sprintf("%d %s in %d %s", active, plural(active, "contact", "contacts"),
		len(functions), plural(len(functions), "function", "functions")),
		fmt.Sprintf("%d 位联系人，覆盖 %d 个职能", active, len(functions)))
	switch {
	case active == 0:
		return proposal(NotStarted, T("no contacts mapped", "尚未记录联系人"))
	case len(functions) >= FunctionsEnough && key > 0 && unseen == 0:
		return proposal(Done, T(people.EN+", every key contact seen in 60 days", people.ZH+"，关键联系人 60 天内都有联系"))
	case unseen > 0:
		return proposal(InProgress, T(fmt.Sprintf("%s; %d %s not seen in 60 days", people.EN, unseen, plural(unseen, "key contact", "key contacts")),
			fmt.Sprintf("%s；%d 位关键联系人 60 天未联系", people.ZH, unseen)))
	case key == 0:
		return proposal(InProgress, T(people.EN+"; no key contact (decider, approver, high influence)",
			people.ZH+"；没有关键联系人（决策者、批准者或高影响力）"))
	}
	return proposal(InProgress, T(fmt.Sprintf("%s; at least %d functions make a relationship", people.EN, FunctionsEnough),
		fmt.Sprintf("%s；至少覆盖 %d 个职能才算建立关系", people.ZH, FunctionsEnough)))
}

// plural is the English word for n of something.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func proposeStrategy(w AccountWork) StageProposal {
	written := strings.TrimSpace(w.Account.Objectives) != ""
	switch {
	case written && len(w.Evaluations) > 0:
		return proposal(Done, T("objectives written, and the matrix places the account's strategy",
			"已写客户目标，矩阵已确定客户策略"))
	case written:
		return proposal(InProgress, T("objectives written; evaluate the account to place its strategy",
			"已写客户目标；请评估客户以确定策略"))
	}
	return proposal(NotStarted, T("no account objectives written", "尚未填写客户目标"))
}

func proposeNegotiation(ns []Negotiation, now time.Time) StageProposal {
	var concluded, open *Negotiation
	for i := range ns {
		n := &ns[i]
		if n.Status == Concluded {
			if concluded == nil || n.Meeting.After(concluded.Meeting) {
				concluded = n
			}
		} else if open == nil || n.Meeting.After(open.Meeting) {
			open = n
		}
	}
	switch {
	case concluded != nil && daysSince(concluded.Meeting, now) <= NegotiationFresh:
		return proposal(Done, tf("%q concluded %s", "“%s”已于 %s 结束", concluded.Title, concluded.Meeting.Format(DateLayout)))
	case open != nil:
		return proposal(InProgress, tf("%q being prepared", "“%s”正在准备", open.Title))
	case concluded != nil:
		return proposal(InProgress, tf("last concluded %s, more than a year ago", "上次谈判结束于 %s，已超过一年",
			concluded.Meeting.Format(DateLayout)))
	}
	return proposal(NotStarted, T("no negotiation prepared", "尚未准备谈判"))
}

func proposeReview(ms []Meeting, now time.Time) StageProposal {
	var held, planned *Meeting
	for i := range ms {
		m := &ms[i]
		if daysSince(m.Date, now) >= 0 {
			if held == nil || m.Date.After(held.Date) {
				held = m
			}
		} else if planned == nil || m.Date.Before(planned.Date) {
			planned = m
		}
	}
	switch {
	case held != nil && daysSince(held.Date, now) <= ReviewFresh:
		return proposal(Done, tf("business review held %s", "业务回顾已于 %s 举行", held.Date.Format(DateLayout)))
	case planned != nil:
		return proposal(InProgress, tf("business review planned for %s", "业务回顾定于 %s", planned.Date.Format(DateLayout)))
	case held != nil:
		return proposal(InProgress, tf("last business review %s, more than six months ago", "上次业务回顾于 %s，已超过半年",
			held.Date.Format(DateLayout)))
	}
	return proposal(NotStarted, T("no business review held", "尚未举行业务回顾"))
}
