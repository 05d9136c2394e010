package model

import (
	"errors"
	"time"
)

// Stamped is a record that carries when the file last took it. An edit
// starts from the record as it was shown, stamp and all, so the store can
// tell a save begun before someone else's save of the same record.
type Stamped interface {
	Record
	Stamp() time.Time
}

func (a Account) Stamp() time.Time       { return a.Updated }
func (e Evaluation) Stamp() time.Time    { return e.Updated }
func (k Knowledge) Stamp() time.Time     { return k.Updated }
func (p Person) Stamp() time.Time        { return p.Updated }
func (c Contact) Stamp() time.Time       { return c.Updated }
func (m Moment) Stamp() time.Time        { return m.Updated }
func (y TermsYear) Stamp() time.Time     { return y.Updated }
func (n Negotiation) Stamp() time.Time   { return n.Updated }
func (m Meeting) Stamp() time.Time       { return m.Updated }
func (p Product) Stamp() time.Time       { return p.Updated }
func (c Cluster) Stamp() time.Time       { return c.Updated }
func (o Operations) Stamp() time.Time    { return o.Updated }
func (l Listing) Stamp() time.Time       { return l.Updated }
func (m Mutation) Stamp() time.Time      { return m.Updated }
func (o PlanObjective) Stamp() time.Time { return o.Updated }
func (p AccountPlan) Stamp() time.Time   { return p.Updated }
func (p Promotion) Stamp() time.Time     { return p.Updated }

// Conflict refuses a save begun before someone else saved the same record:
// writing it would silently undo theirs. Current is the record as the file
// holds it now, nil when it was removed.
type Conflict struct {
	Current Stamped
	// Writer is the session that saved it first, as the store knows it;
	// Who is that person's name, where the caller knows it.
	Writer int
	Who    string
}

func (c *Conflict) Error() string { return c.Bilingual().EN }

// Bilingual says what happened and what the person sees now.
func (c *Conflict) Bilingual() Text {
	if c.Current == nil {
		return T("someone else removed this while you were editing it", "你编辑时别人删除了它，修改未保留")
	}
	if c.Who != "" {
		return T(c.Who+" saved this first; it now shows theirs — edit it again", c.Who+"先保存了它，现在显示对方的版本——请重新编辑")
	}
	return T("someone else saved this first; it now shows theirs — edit it again", "别人先保存了它，现在显示对方的版本——请重新编辑")
}

// Conflicted is the conflict err carries, if any.
func Conflicted(err error) (*Conflict, bool) {
	var c *Conflict
	ok := errors.As(err, &c)
	return c, ok
}
