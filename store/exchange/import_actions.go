package exchange

import (
	"fmt"
	"slices"
	"time"

	"github.com/kam-workbench/kam/model"
)

var (
	sideWords   = map[string]model.Side{"us": "ours", "we": "ours", "our": "ours", "supplier": "ours", "customer": "theirs", "them": "theirs", "their": "theirs", "客户": "theirs", "我们": "ours"}
	statusWords = map[string]model.ActionStatus{"closed": model.ActionDone, "completed": model.ActionDone, "complete": model.ActionDone,
		"carried": model.ActionCarried, "cancelled": model.ActionDropped, "canceled": model.ActionDropped, "todo": model.ActionOpen,
		"to do": model.ActionOpen, "完成": model.ActionDone, "进行中": model.ActionOpen, "取消": model.ActionDropped, "放弃": model.ActionDropped}
)

// actionRows applies a sheet of actions. An action lives in a business
// review: the row's meeting date names it (a date the account has no
// meeting on adds a meeting that day; blank means the account's latest
// meeting, or a new one today). A row whose ID, or whose words (any case)
// in that meeting, name an action updates it; any other adds one, open
// and ours unless the row says otherwise.
func (p *planner) actionRows() {
	s := p.sheet
	for _, r := range s.Rows {
		a := p.account(r)
		what := s.cell(r, "what")
		if what == "" {
			p.reject(r, "what", problem("say what is to be done", "请写明要做什么"))
			continue
		}
		var day time.Time
		if !p.date(r, "meeting", &day) || a == nil {
			continue
		}
		mt, i := p.actionByID(a.ID, s.cell(r, "id"))
		if mt == nil {
			var err error
			if mt, err = p.meetingFor(a, day, r); err != nil {
				p.reject(r, "meeting", err)
				continue
			}
			i = slices.IndexFunc(mt.Actions, func(x model.Action) bool { return model.NameKey(x.What) == model.NameKey(what) })
		}
		act := model.Action{ID: s.cell(r, "id"), Side: "ours", Status: model.ActionOpen}
		if act.ID == "" {
			act.ID = fmt.Sprintf("a%d", p.now.UnixNano()+int64(p.ids))
			p.ids++
		}
		if i >= 0 {
			act = mt.Actions[i]
		}
		label := model.T(fmt.Sprintf("%s %s: %s", a.Name, formatDate(mt.Date), what), fmt.Sprintf("%s %s：%s", a.Name, formatDate(mt.Date), what))
		if !p.once(r, "what", "action/"+mt.ID+"/"+act.ID, label) {
			continue
		}
		act.What = what
		oldDue := act.Due
		ok := p.text(r, "owner", &act.Owner, model.CheckShort)
		ok = choice(p, r, "side", model.Sides, sideWords, &act.Side) && ok
		ok = p.date(r, "due", &act.Due) && ok
		ok = choice(p, r, "status", model.ActionStatuses, statusWords, &act.Status) && ok
		if err := model.CheckLongText(what); err != nil {
			p.reject(r, "what", err)
			ok = false
		}
		if ok && (i < 0 || !act.Due.Equal(oldDue)) { // the form checks a due date as it is changed
			if err := model.CheckActionDue(act.Due, mt.Date); err != nil {
				p.reject(r, "due", err)
				ok = false
			}
		}
		if !ok {
			continue
		}
		p.touchMeeting(mt, r, a.Name)
		c := Change{Kind: Actions, Sheet: s.Label(), Row: r.Number, What: label}
		switch {
		case i < 0:
			mt.Actions = append(mt.Actions, act)
			p.out.Added = append(p.out.Added, c)
		case act != mt.Actions[i]:
			mt.Actions[i] = act
			p.out.Updated = append(p.out.Updated, c)
		default:
			p.out.Unchanged++
		}
	}
}

// actionByID finds an action of an account by its ID.
func (p *planner) actionByID(accountID, id string) (*model.Meeting, int) {
	if id == "" {
		return nil, -1
	}
	for _, m := range p.meetings[accountID] {
		if i := slices.IndexFunc(m.Actions, func(x model.Action) bool { return x.ID == id }); i >= 0 {
			return m, i
		}
	}
	return nil, -1
}

// meetingFor finds the account's meeting on a day, adding one when it has
// none; with no day, the latest meeting, or a new one today.
func (p *planner) meetingFor(a *model.Account, day time.Time, r Row) (*model.Meeting, error) {
	list := p.meetings[a.ID]
	if day.IsZero() {
		var latest *model.Meeting
		for _, m := range list {
			if latest == nil || m.Date.After(latest.Date) {
				latest = m
			}
		}
		if latest != nil {
			return latest, nil
		}
		day = model.Day(p.now)
	}
	var on []*model.Meeting
	for _, m := range list {
		if model.Day(m.Date).Equal(model.Day(day)) || formatDate(m.Date) == formatDate(day) {
			on = append(on, m)
		}
	}
	switch len(on) {
	case 0:
		m := &model.Meeting{ID: p.newID(), AccountID: a.ID, Date: day}
		p.meetings[a.ID] = append(list, m)
		return m, nil
	case 1:
		return on[0], nil
	}
	return nil, problem("%s has %d meetings on %s: give the action's ID, as an export writes it", "%s 有 %d 次会议都在 %s：请填写行动编号（导出文件中有）",
		a.Name, len(on), formatDate(day))
}

// meetingKind marks a meeting an import of actions writes: its actions are
// reported one by one, the meeting only when it is new.
const meetingKind Kind = "meetings"

// touchMeeting notes that a meeting changes; a meeting the workspace does
// not have is added.
func (p *planner) touchMeeting(m *model.Meeting, r Row, account string) {
	var was any
	if i := slices.IndexFunc(p.ws.Meetings, func(x model.Meeting) bool { return x.ID == m.ID }); i >= 0 {
		was = p.ws.Meetings[i]
	}
	label := model.T(fmt.Sprintf("%s: the meeting of %s", account, formatDate(m.Date)), fmt.Sprintf("%s：%s 的会议", account, formatDate(m.Date)))
	p.touchRecord(meetingKind, m.ID, was, m, r, label)
}

// finishMeetings checks each meeting the import touches as a whole.
func (p *planner) finishMeetings() {
	for _, t := range p.touched {
		m, ok := t.now.(*model.Meeting)
		if !ok {
			continue
		}
		if err := model.CheckMeeting(*m); err != nil {
			p.out.Rejected = append(p.out.Rejected, Rejection{Sheet: t.sheet, Row: t.row, Reason: bilingual(err)})
		}
	}
}
