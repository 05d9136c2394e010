package exchange

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// Prefer settles the conflicts of a merge: which side's record wins.
type Prefer string

const (
	PreferNone   Prefer = ""       // conflicts stop the merge
	PreferOurs   Prefer = "ours"   // this workspace's record stays
	PreferTheirs Prefer = "theirs" // the other workspace's record replaces it
)

// Conflict is a record both workspaces hold, differently.
type Conflict struct {
	Account string     // the account's name in this workspace ("" for our people)
	What    model.Text // the record
	Fields  []string   // the fields that differ, as the file names them
}

// Line is the conflict on one line.
func (c Conflict) Line(l model.Lang) string {
	where := c.What.In(l)
	if c.Account != "" {
		where = c.Account + " › " + where
	}
	if l == model.Chinese {
		return fmt.Sprintf("%s的 %s 不同", where, strings.Join(c.Fields, "、"))
	}
	return fmt.Sprintf("%s differs in %s", where, strings.Join(c.Fields, ", "))
}

// MergePreview is what merging another workspace would do: the records it
// adds, the conflicts (and how --prefer settles them), what it leaves out.
type MergePreview struct {
	NewAccounts []string // names of the accounts it adds
	Added       int      // records added, the new accounts' and others
	Replaced    int      // our records replaced by theirs (--prefer theirs)
	Conflicts   []Conflict
	Notes       []model.Text
	Prefer      Prefer
	records     []any
}

// OK reports whether the merge may be written: no conflict, or --prefer
// settles them.
func (m MergePreview) OK() bool { return len(m.Conflicts) == 0 || m.Prefer != PreferNone }

// Records are what to save, in one transaction; none while a conflict is
// unsettled.
func (m MergePreview) Records() []any {
	if !m.OK() {
		return nil
	}
	return m.records
}

// Merge plans bringing theirs (another rep's or team's export) into ours.
// An account is the same when it has the same ID or, failing that, the
// same name (any case). A new account comes with all its records. For an
// account both hold, records only theirs holds are added, and a record
// both hold differently (apart from when it was saved) is a conflict,
// settled by prefer. Our people are matched the same way, by ID or name.
func Merge(ours, theirs model.Workspace, prefer Prefer, now time.Time) MergePreview {
	m := &merger{ours: ours, theirs: theirs, out: MergePreview{Prefer: prefer}, now: now}
	m.people()
	m.checklist()
	m.accounts()
	m.owned()
	ranges := m.ranges()
	plans := m.plans()
	m.out.records = slices.Concat(m.recPeople, m.recChecklist, m.recAccounts, bossFirst(m.recContacts), m.recRest, ranges, plans)
	return m.out
}

type merger struct {
	ours, theirs model.Workspace
	now          time.Time
	out          MergePreview

	personID  map[string]string // their person ID → ours
	accountID map[string]string // their account ID → ours
	newAcct   map[string]bool   // our ID of an account merging adds
	names     map[string]string // our account ID → name, for reports
	productID map[string]string // their product ID → ours, once ranges has run
	clusterID map[string]string // their cluster ID → ours, once ranges has run

	recPeople, recChecklist, recAccounts, recContacts, recRest []any
}

// stampless is a record as compared: without the times it was saved.
func stampless(rec any) map[string]any {
	raw, _ := json.Marshal(rec)
	var v map[string]any
	json.Unmarshal(raw, &v)
	delete(v, "created")
	delete(v, "updated")
	return v
}

// differing lists the fields two records differ in, ignoring save times.
func differing(a, b any) []string {
	va, vb := stampless(a), stampless(b)
	var out []string
	for _, k := range slices.Sorted(maps.Keys(va)) {
		if !jsonEqual(va[k], vb[k]) {
			out = append(out, k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(vb)) {
		if _, ok := va[k]; !ok {
			out = append(out, k)
		}
	}
	return out
}

func jsonEqual(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

// settle records a record both hold: nothing when alike; else a conflict,
// and theirs to write when --prefer theirs says so.
func (m *merger) settle(account string, what model.Text, ourRec, theirRec any, write *[]any) {
	fields := differing(ourRec, theirRec)
	if len(fields) == 0 {
		return
	}
	m.out.Conflicts = append(m.out.Conflicts, Conflict{Account: account, What: what, Fields: fields})
	if m.out.Prefer == PreferTheirs {
		*write = append(*write, theirRec)
		m.out.Replaced++
	}
}

func (m *merger) people() {
	m.personID = map[string]string{}
	for _, p := range m.theirs.People {
		i := slices.IndexFunc(m.ours.People, func(o model.Person) bool { return o.ID == p.ID })
		if i < 0 {
			i = slices.IndexFunc(m.ours.People, func(o model.Person) bool { return model.NameKey(o.Name) == model.NameKey(p.Name) })
		}
		if i < 0 {
			m.personID[p.ID] = p.ID
			m.recPeople = append(m.recPeople, p)
			m.out.Added++
			continue
		}
		o := m.ours.People[i]
		m.personID[p.ID] = o.ID
		p.ID = o.ID
		m.settle("", model.T("our person "+o.Name, "我方人员 "+o.Name), o, p, &m.recPeople)
	}
}

// checklist adds the items of their checklist ours lacks, so that their
// answers have their items.
func (m *merger) checklist() {
	ours := m.ours.Checklist
	if ours == nil {
		ours = model.DefaultChecklist()
	}
	added := false
	for _, it := range m.theirs.Checklist {
		if !slices.ContainsFunc(ours, func(o model.ChecklistItem) bool { return o.ID == it.ID }) {
			ours = append(slices.Clone(ours), it)
			added = true
		}
	}
	if added {
		m.recChecklist = append(m.recChecklist, ours)
	}
}

func (m *merger) accounts() {
	m.accountID, m.newAcct, m.names = map[string]string{}, map[string]bool{}, map[string]string{}
	for _, a := range m.ours.Accounts {
		m.names[a.ID] = a.Name
	}
	for _, a := range m.theirs.Accounts {
		i := slices.IndexFunc(m.ours.Accounts, func(o model.Account) bool { return o.ID == a.ID })
		if i < 0 {
			i = slices.IndexFunc(m.ours.Accounts, func(o model.Account) bool { return model.NameKey(o.Name) == model.NameKey(a.Name) })
		}
		if i < 0 {
			m.accountID[a.ID] = a.ID
			m.newAcct[a.ID] = true
			m.names[a.ID] = a.Name
			m.recAccounts = append(m.recAccounts, a)
			m.out.NewAccounts = append(m.out.NewAccounts, a.Name)
			m.out.Added++
			continue
		}
		o := m.ours.Accounts[i]
		m.accountID[a.ID] = o.ID
		a.ID = o.ID
		m.settle(o.Name, model.T("the account record", "客户档案"), o, a, &m.recAccounts)
	}
}

// owned brings in the records of their accounts, moved onto our account
// IDs and our people.
func (m *merger) owned() {
	moveAll(m, m.theirs.Contacts, m.ours.Contacts, func(c *model.Contact) {
		c.Counterpart = m.personOf(c.Counterpart)
	}, func(c model.Contact) model.Text { return model.T("contact "+c.Name, "联系人 "+c.Name) }, &m.recContacts)
	moveAll(m, m.theirs.Knowledge, m.ours.Knowledge, nil,
		func(k model.Knowledge) model.Text { return model.T("answer to "+k.ItemID, "答案 "+k.ItemID) }, &m.recRest)
	moveAll(m, m.theirs.Moments, m.ours.Moments, nil,
		func(x model.Moment) model.Text {
			return model.T("contact moment of "+formatDate(x.Date), formatDate(x.Date)+" 的联系记录")
		}, &m.recRest)
	m.evaluations()
	moveAll(m, m.theirs.Terms, m.ours.Terms, nil,
		func(y model.TermsYear) model.Text { return yearLabel("", y.Year, y.Proposal) }, &m.recRest)
	moveAll(m, m.theirs.Negotiations, m.ours.Negotiations, nil,
		func(n model.Negotiation) model.Text { return model.T("negotiation "+n.Title, "谈判 "+n.Title) }, &m.recRest)
	moveAll(m, m.theirs.Meetings, m.ours.Meetings, nil,
		func(x model.Meeting) model.Text {
			return model.T("meeting of "+formatDate(x.Date), formatDate(x.Date)+" 的会议")
		}, &m.recRest)
}

func (m *merger) personOf(id string) string {
	if id == "" {
		return ""
	}
	if o, ok := m.personID[id]; ok {
		return o
	}
	return id
}

// moveAll brings in their records of one kind: each moved onto our account
// (fix moves what else it names), then added when ours has none under its
// key, settled when ours has one.
func moveAll[T model.Record](m *merger, theirs, ours []T, fix func(*T), what func(T) model.Text, write *[]any) {
	byKey := map[string]T{}
	for _, o := range ours {
		byKey[o.Key()] = o
	}
	for _, r := range theirs {
		r = onAccount(r, m.accountID[r.Owner()])
		if fix != nil {
			fix(&r)
		}
		o, ok := byKey[r.Key()]
		if !ok {
			*write = append(*write, r)
			m.out.Added++
			continue
		}
		m.settle(m.names[r.Owner()], what(r), o, r, write)
	}
}

// onAccount is a record moved onto another account ID.
func onAccount[T model.Record](r T, accountID string) T {
	if accountID == "" {
		return r
	}
	switch x := any(&r).(type) {
	case *model.Contact:
		x.AccountID = accountID
	case *model.Knowledge:
		x.AccountID = accountID
	case *model.Moment:
		x.AccountID = accountID
	case *model.Evaluation:
		x.AccountID = accountID
	case *model.TermsYear:
		x.AccountID = accountID
	case *model.Negotiation:
		x.AccountID = accountID
	case *model.Meeting:
		x.AccountID = accountID
	case *model.PlanObjective:
		x.AccountID = accountID
	case *model.AccountPlan:
		x.AccountID = accountID
	case *model.Promotion:
		x.AccountID = accountID
	}
	return r
}

// evaluations brings in their evaluations scored under criteria this
// workspace has too (the same version, alike); others are left out and
// said so, since our matrix could not show them.
func (m *merger) evaluations() {
	var keep []model.Evaluation
	left := 0
	for _, e := range m.theirs.Evaluations {
		theirSet, ok1 := m.theirs.Matrix.CriteriaSet(e.CriteriaVersion)
		ourSet, ok2 := m.ours.Matrix.CriteriaSet(e.CriteriaVersion)
		if len(m.ours.Matrix.Attractiveness)+len(m.ours.Matrix.Strength) == 0 {
			ourSet, ok2 = model.DefaultMatrix().CriteriaSet(e.CriteriaVersion)
		}
		if !ok1 || !ok2 || !model.SameCriteria(theirSet, ourSet) {
			left++
			continue
		}
		keep = append(keep, e)
	}
	if left > 0 {
		m.out.Notes = append(m.out.Notes, model.T(
			fmt.Sprintf("%d of their evaluations were scored under criteria this workspace does not have: they are left out", left),
			fmt.Sprintf("对方有 %d 条评估所依据的评估标准本工作区没有：未导入", left)))
	}
	moveAll(m, keep, m.ours.Evaluations, nil,
		func(e model.Evaluation) model.Text {
			return model.T("evaluation of "+formatDate(e.Date), formatDate(e.Date)+" 的评估")
		}, &m.recRest)
}

// Report writes the merge for a reader: the accounts it adds, how many
// records, every conflict and how --prefer settles it.
func (m MergePreview) Report(w io.Writer, l model.Lang) {
	for _, n := range m.Notes {
		fmt.Fprintln(w, n.In(l))
	}
	if len(m.NewAccounts) > 0 {
		fmt.Fprintf(w, model.T("New accounts (%d): %s\n", "新客户（%d）：%s\n").In(l), len(m.NewAccounts), strings.Join(m.NewAccounts, listSep(l)))
	}
	fmt.Fprintf(w, model.T("Records added: %d\n", "新增记录：%d\n").In(l), m.Added)
	if len(m.Conflicts) == 0 {
		fmt.Fprintln(w, model.T("No conflicts.", "没有冲突。").In(l))
		return
	}
	settled := map[Prefer]model.Text{
		PreferNone:   model.T("unsettled", "未决"),
		PreferOurs:   model.T("ours kept", "保留本方"),
		PreferTheirs: model.T("theirs taken", "采用对方"),
	}[m.Prefer]
	fmt.Fprintf(w, model.T("Conflicts (%d, %s):\n", "冲突（%d，%s）：\n").In(l), len(m.Conflicts), settled.In(l))
	for _, c := range m.Conflicts {
		fmt.Fprintln(w, "  "+c.Line(l))
	}
}
