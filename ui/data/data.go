// Package data is the workspace as the screens hold it: one model.Workspace
// with its indexes, the commands that load and save it, and the messages
// they answer with. It is the only UI package that knows the store.
package data

import (
	"reflect"
	"slices"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// Data is the workspace in memory. The root applies every load and every
// saved record to it, once; tabs read from it and ask it for saves.
type Data struct {
	model.Workspace
	store store.Workspace

	// Pending counts saves started and not yet reported back: the root
	// waits for them before quitting, so no edit is lost on the way out.
	Pending int

	first, rest bool // which parts of the file are in

	keys   map[reflect.Type]map[string]int   // per record type: key → position
	owners map[reflect.Type]map[string][]int // per record type: account → positions
	latest map[string]int                    // account → position of its newest evaluation

	// overdue is the count of overdue actions of every active account on
	// the day overdueOn, asked for on every frame (the Review tab's title);
	// a save of a meeting or an account clears it.
	overdue   int
	overdueOn time.Time

	// spends are the plans' spends of every account, by year (PlanSpends),
	// for the Plan tab's posture warning; a save or deletion of a plan, a
	// promotion or an objective clears them, as does an account added,
	// archived or restored, and a load.
	spends map[int][]model.PlanSpend

	// Saves are numbered in the order they are asked for (asked, on the
	// update loop); written and applied hold, per record, the newest save
	// that reached the file and the screen, so a late answer of an older
	// save never overwrites a newer edit.
	asked        uint64
	writeMu      sync.Mutex        // guards written; held while a save writes
	written      map[string]uint64 // per record key
	applied      map[string]uint64 // per record key; update loop only
	fileSettings model.Settings    // the settings as the file holds them

	// In a course served to many sessions, the hub that carries this
	// data's saves to the others, this session's place in it and the team.
	hub     *Hub
	session int
	team    int
}

// New is the workspace of a store, nothing loaded yet.
func New(s store.Workspace) *Data {
	return &Data{store: s, keys: map[reflect.Type]map[string]int{}, owners: map[reflect.Type]map[string][]int{},
		written: map[string]uint64{}, applied: map[string]uint64{}}
}

// Ready reports whether the first screen's data is in.
func (d *Data) Ready() bool { return d != nil && d.first }

// Complete reports whether the whole file is in.
func (d *Data) Complete() bool { return d != nil && d.first && d.rest }

// LoadedMsg carries one part of the workspace as read.
type LoadedMsg struct {
	Part      store.Part
	Workspace model.Workspace
	Err       error
	owner     *Data // the data that asked; nil in tests, meaning the one shown
}

// For reports whether the message answers d (or names no data).
func (m LoadedMsg) For(d *Data) bool { return m.owner == nil || m.owner == d }

// Owner is the data that asked for the load, nil when not known.
func (m LoadedMsg) Owner() *Data { return m.owner }

// Load reads one part of the workspace, off the update loop.
func (d *Data) Load(part store.Part) tea.Cmd {
	s := d.store
	return func() tea.Msg {
		ws, err := s.Load(part)
		return LoadedMsg{Part: part, Workspace: ws, Err: err, owner: d}
	}
}

// Apply takes a part as loaded into the workspace and indexes it.
func (d *Data) Apply(msg LoadedMsg) {
	msg.Part.Merge(&d.Workspace, msg.Workspace)
	d.fileSettings = d.Settings
	switch msg.Part {
	case store.FirstFrame:
		d.first = true
	case store.Rest:
		d.rest = true
	default:
		d.first, d.rest = true, true
	}
	for _, k := range recordKinds {
		k.reindex(d)
	}
	d.overdueOn = time.Time{}
	d.spends = nil
	d.latest = map[string]int{}
	for i := range d.Evaluations {
		d.noteEvaluation(i)
	}
}

// index says how the screens find records of a type: by their key, by
// their account, or both. An index no screen asks costs memory in every
// workspace (at 50,000 accounts, megabytes per map), so each type keeps
// only what it is asked for.
type index struct{ byKey, byOwner bool }

// reindex builds the indexes of one record type from scratch.
func reindex[T model.Record](d *Data, ix index) {
	t := reflect.TypeFor[T]()
	list := *model.Records[T](&d.Workspace)
	var keys map[string]int
	var owners map[string][]int
	if ix.byKey {
		keys = make(map[string]int, len(list))
	}
	if ix.byOwner {
		owners = map[string][]int{}
	}
	for i, r := range list {
		if keys != nil {
			keys[r.Key()] = i
		}
		if o := r.Owner(); owners != nil && o != "" {
			owners[o] = append(owners[o], i)
		}
	}
	d.keys[t], d.owners[t] = keys, owners
}

// position finds a record's place by its key: through the key index, or
// among its account's records.
func position[T model.Record](d *Data, r T) (int, bool) {
	t := reflect.TypeFor[T]()
	if keys := d.keys[t]; keys != nil {
		i, ok := keys[r.Key()]
		return i, ok
	}
	list := *model.Records[T](&d.Workspace)
	for _, i := range d.owners[t][r.Owner()] {
		if list[i].Key() == r.Key() {
			return i, true
		}
	}
	return 0, false
}

// put adds a record, or replaces the one with its key.
func put[T model.Record](d *Data, r T) {
	t := reflect.TypeFor[T]()
	list := model.Records[T](&d.Workspace)
	if i, ok := position(d, r); ok {
		(*list)[i] = r
		return
	}
	*list = append(*list, r)
	i := len(*list) - 1
	if keys := d.keys[t]; keys != nil {
		keys[r.Key()] = i
	}
	if o := r.Owner(); d.owners[t] != nil && o != "" {
		d.owners[t][o] = append(d.owners[t][o], i)
	}
}

// drop removes a record; the positions after it move, so its type is
// indexed again (deletions are rare and one at a time).
func drop[T model.Record](d *Data, r T, ix index) {
	list := model.Records[T](&d.Workspace)
	*list = slices.DeleteFunc(*list, func(x T) bool { return x.Key() == r.Key() })
	reindex[T](d, ix)
}

// get finds a record by key.
func get[T model.Record](d *Data, key string) (T, bool) {
	if d == nil {
		var zero T
		return zero, false
	}
	i, ok := d.keys[reflect.TypeFor[T]()][key]
	if !ok {
		var zero T
		return zero, false
	}
	return (*model.Records[T](&d.Workspace))[i], true
}

// of copies out an account's records of one type, in the order they were
// added.
func of[T model.Record](d *Data, accountID string) []T {
	if d == nil {
		return nil
	}
	list := *model.Records[T](&d.Workspace)
	idx := d.owners[reflect.TypeFor[T]()][accountID]
	out := make([]T, len(idx))
	for i, j := range idx {
		out[i] = list[j]
	}
	return out
}

// recordKinds are the record types the screens hold many of, beside
// model.Records: how each is indexed and how a saved one is put in place.
var recordKinds = []recordKind{
	kindOf[model.Account](index{byKey: true}),
	kindOf[model.Evaluation](index{byOwner: true}),
	kindOf[model.Knowledge](index{byOwner: true}),
	kindOf[model.Person](index{byKey: true}),
	kindOf[model.Contact](index{byKey: true, byOwner: true}),
	kindOf[model.Moment](index{byOwner: true}),
	kindOf[model.TermsYear](index{byKey: true, byOwner: true}),
	kindOf[model.Negotiation](index{byKey: true, byOwner: true}),
	kindOf[model.Meeting](index{byKey: true, byOwner: true}),
	kindOf[model.Product](index{byKey: true}),
	kindOf[model.Cluster](index{byKey: true, byOwner: true}),
	kindOf[model.Operations](index{byKey: true}),
	kindOf[model.Listing](index{byOwner: true}),
	kindOf[model.Mutation](index{byKey: true, byOwner: true}),
	kindOf[model.PlanObjective](index{byKey: true, byOwner: true}),
	kindOf[model.AccountPlan](index{byKey: true}),
	kindOf[model.Promotion](index{byKey: true, byOwner: true}),
}

type recordKind struct {
	reindex func(*Data)
	apply   func(d *Data, rec any, deleted bool) bool // false: not of this kind
}

func kindOf[T model.Record](ix index) recordKind {
	return recordKind{
		reindex: func(d *Data) { reindex[T](d, ix) },
		apply: func(d *Data, rec any, deleted bool) bool {
			r, ok := rec.(T)
			if ok && deleted {
				drop(d, r, ix)
			} else if ok {
				put(d, r)
			}
			return ok
		},
	}
}

// apply puts one saved record where it belongs, or removes it.
func (d *Data) apply(rec any, deleted bool) {
	switch r := rec.(type) {
	case model.Settings:
		d.Settings = r
		return
	case model.Matrix:
		d.Matrix = r
		return
	case []model.ChecklistItem:
		d.Checklist = r
		return
	case model.Evaluation:
		defer d.placeLatest(r.AccountID) // the newest evaluation places its account
	case model.Meeting:
		d.overdueOn = time.Time{}
	case model.Account: // archiving takes an account's actions out of the count
		if old, ok := d.Account(r.ID); !ok || old.Archived != r.Archived {
			d.overdueOn = time.Time{}
			d.spends = nil
		}
	case model.AccountPlan, model.Promotion, model.PlanObjective:
		d.spends = nil
	}
	for _, k := range recordKinds {
		if k.apply(d, rec, deleted) {
			return
		}
	}
}
