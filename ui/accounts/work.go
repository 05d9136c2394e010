package accounts

import (
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/data"
)

// proposals is kam's reading of the stages of the accounts drawn so far,
// worked out when an account is first drawn and forgotten when a save
// touches its records, the file loads again or the day turns: the list
// reads only the rows in view, so 50,000 accounts cost nothing until seen.
type proposals struct {
	byAccount map[string]*[model.StageCount]model.StageProposal
	day       time.Time
}

// forget drops the readings of some accounts, or of every account when
// none is named.
func (p *proposals) forget(ids ...string) {
	if len(ids) == 0 {
		p.byAccount = nil
		return
	}
	for _, id := range ids {
		delete(p.byAccount, id)
	}
}

// stageProposals is kam's reading of an account's stages; nothing is
// proposed until the whole workspace is in, since a reading of half the
// records would say less than the file holds.
func (m *Model) stageProposals(id string) *[model.StageCount]model.StageProposal {
	d := m.Ctx.Data
	if !d.Complete() {
		return &[model.StageCount]model.StageProposal{}
	}
	if day := model.Day(m.Ctx.Now()); !day.Equal(m.proposals.day) || m.proposals.byAccount == nil {
		m.proposals = proposals{byAccount: map[string]*[model.StageCount]model.StageProposal{}, day: day}
	}
	if p, ok := m.proposals.byAccount[id]; ok {
		return p
	}
	p := model.ProposeStages(d.Work(id), m.Ctx.Now())
	m.proposals.byAccount[id] = &p
	return &p
}

// stagesOf is what each of an account's stages reads as: set by hand, or
// as kam proposes.
func (m *Model) stagesOf(a *model.Account) [model.StageCount]model.StageStatus {
	return model.EffectiveStages(*a, *m.stageProposals(a.ID))
}

// touched lists the accounts whose records a save changed; all is true
// when it changed what every account is read against (the checklist).
func touched(msg data.SavedMsg) (ids []string, all bool) {
	for _, r := range msg.Records {
		switch r := r.(type) {
		case model.Person, model.Settings, model.Matrix:
		case model.Record:
			ids = append(ids, r.Owner())
		default:
			all = true
		}
	}
	return ids, all
}
