package exchange

import (
	"slices"

	"github.com/kam-workbench/kam/model"
)

// contactRows applies a sheet of contacts: a row naming a contact of its
// account (by name, any case) updates it, any other adds one with what
// the new-contact form proposes (buying, buyer, neutral, medium).
func (p *planner) contactRows() {
	s := p.sheet
	for _, r := range s.Rows {
		a := p.account(r)
		name := s.cell(r, colName)
		if name == "" {
			p.reject(r, colName, model.CheckPerson(model.Person{}))
			continue
		}
		if a == nil {
			continue
		}
		key := a.ID + "/" + model.NameKey(name)
		what := model.T(name+" ("+a.Name+")", name+"（"+a.Name+"）")
		if !p.once(r, colName, "contact/"+key, what) {
			continue
		}
		c := &model.Contact{ID: p.newID(), AccountID: a.ID, Name: name, Function: "buying", Role: "buyer", Stance: "neutral", Influence: "medium"}
		var was any
		if old := p.contactNamed(a.ID, name); old != nil {
			was = *old
			c = old
			c.Name = name
		}
		orig := *c
		ok := true
		ok = p.text(r, "title", &c.Title, nil) && ok
		ok = choice(p, r, "function", model.Functions, map[string]model.Function{"purchasing": "buying", "category management": "buying", "采购": "buying", "品类": "buying"}, &c.Function) && ok
		ok = choice(p, r, "role", model.Roles, nil, &c.Role) && ok
		ok = choice(p, r, "stance", model.Stances, nil, &c.Stance) && ok
		ok = choice(p, r, "influence", model.Influences, nil, &c.Influence) && ok
		ok = p.counterpart(r, c) && ok
		ok = p.date(r, "last_contact", &c.LastContact) && ok
		ok = p.date(r, "in_post_since", &c.InPostSince) && ok
		ok = p.text(r, colNotes, &c.Notes, nil) && ok
		ok = p.boolean(r, colArchived, &c.Archived) && ok
		if ok {
			ok = p.checkContactFields(r, *c)
		}
		if !ok {
			if was != nil {
				*c = orig
			}
			continue
		}
		p.pendingBoss[c] = pending{name: s.cell(r, "reports_to"), set: s.has("reports_to"), row: r, s: s}
		if was == nil {
			p.contacts[a.ID] = append(p.contacts[a.ID], c)
		}
		p.touchRecord(Contacts, c.ID, was, c, r, what)
	}
}

// contactNamed finds a contact of an account by name, ignoring case.
func (p *planner) contactNamed(accountID, name string) *model.Contact {
	key := model.NameKey(name)
	for _, c := range p.contacts[accountID] {
		if model.NameKey(c.Name) == key {
			return c
		}
	}
	return nil
}

// counterpart reads our counterpart: one of our people, by name (any
// case) or ID; blank for nobody.
func (p *planner) counterpart(r Row, c *model.Contact) bool {
	if !p.sheet.has("counterpart") {
		return true
	}
	v := p.sheet.cell(r, "counterpart")
	if v == "" {
		c.Counterpart = ""
		return true
	}
	for _, pe := range p.ws.People {
		if pe.ID == v || model.NameKey(pe.Name) == model.NameKey(v) {
			c.Counterpart = pe.ID
			return true
		}
	}
	p.reject(r, "counterpart", problem("%q is not one of our people (P on the Buyer tab's contacts lists them)",
		"%q 不在我方人员名单中（在采购页的联系人视图按 P 管理）", v))
	return false
}

// neutralContact is a contact that passes every check, to check one
// field at a time against: a problem is then shown at its own column.
func neutralContact(accountID string) model.Contact {
	return model.Contact{AccountID: accountID, Name: "x", Function: "buying", Role: "buyer", Stance: "neutral", Influence: "medium"}
}

// checkContactFields checks a contact's own fields by the form's rules,
// each at its column; reports-to waits for every row to be in.
func (p *planner) checkContactFields(r Row, c model.Contact) bool {
	fields := []struct {
		col string
		set func(*model.Contact)
	}{
		{colName, func(x *model.Contact) { x.Name = c.Name }},
		{"title", func(x *model.Contact) { x.Title = c.Title }},
		{"last_contact", func(x *model.Contact) { x.LastContact = c.LastContact }},
		{"in_post_since", func(x *model.Contact) { x.InPostSince = c.InPostSince }},
		{colNotes, func(x *model.Contact) { x.Notes = c.Notes }},
	}
	ok := true
	for _, f := range fields {
		x := neutralContact(c.AccountID)
		f.set(&x)
		if err := model.CheckContact(x, nil, nil, p.now); err != nil {
			p.reject(r, f.col, err)
			ok = false
		}
	}
	return ok
}

// finishContacts resolves reports-to by name among the account's contacts
// (the workspace's and this file's), then checks every contact the import
// touches as its form would, against its account's contacts as they will
// be.
func (p *planner) finishContacts() {
	bosses := make([]*model.Contact, 0, len(p.pendingBoss))
	for c := range p.pendingBoss {
		bosses = append(bosses, c)
	}
	slices.SortFunc(bosses, func(a, b *model.Contact) int { return p.pendingBoss[a].row.Number - p.pendingBoss[b].row.Number })
	for _, c := range bosses {
		pd := p.pendingBoss[c]
		p.sheet = pd.s
		if !pd.set {
			continue
		}
		if pd.name == "" {
			c.ReportsTo = ""
			continue
		}
		boss := p.contactNamed(c.AccountID, pd.name)
		if boss == nil {
			for _, o := range p.contacts[c.AccountID] {
				if o.ID == pd.name {
					boss = o
				}
			}
		}
		if boss == nil {
			p.reject(pd.row, "reports_to", problem("%q is not a contact of this account, in the workspace or in this file",
				"%q 不是该客户的联系人（工作区和本文件中都没有）", pd.name))
			continue
		}
		c.ReportsTo = boss.ID
	}
	for _, c := range bosses {
		pd := p.pendingBoss[c]
		p.sheet = pd.s
		var others []model.Contact
		for _, o := range p.contacts[c.AccountID] {
			if o != c {
				others = append(others, *o)
			}
		}
		if err := model.CheckContact(*c, others, p.ws.People, p.now); err != nil {
			p.reject(pd.row, "reports_to", err)
		}
	}
}
