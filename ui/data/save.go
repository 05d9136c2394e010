package data

import (
	"reflect"
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// SavedMsg says records were written (or, Deleted, removed). Records are
// as the store returned them: the ones asked for first, then any others the
// write changed. The root applies it to the data once, reports Note in the
// status line and passes it to every tab.
type SavedMsg struct {
	Records []any
	Deleted bool
	Note    string
	seq     uint64 // the save's place in the order saves were asked for
	owner   *Data  // the data that saved; nil in tests, meaning the one shown
}

// For reports whether the message answers d (or names no data).
func (m SavedMsg) For(d *Data) bool { return m.owner == nil || m.owner == d }

// Owner is the data that saved, nil when not known.
func (m SavedMsg) Owner() *Data { return m.owner }

// ApplyTo puts the records in the data. A record a later save has already
// put there is left as that save wrote it: answers may arrive out of order.
func (m SavedMsg) ApplyTo(d *Data) {
	for _, r := range m.Records {
		k := recordKey(r)
		if m.seq < d.applied[k] {
			continue
		}
		d.applied[k] = m.seq
		d.apply(r, m.Deleted)
		if st, ok := r.(model.Settings); ok {
			d.fileSettings = st
		}
	}
}

// SaveFailedMsg says a save was refused or failed. Records are what the
// user had, so the tab can give them back.
type SaveFailedMsg struct {
	Records []any
	Err     error
	owner   *Data
}

// For reports whether the message answers d (or names no data).
func (m SaveFailedMsg) For(d *Data) bool { return m.owner == nil || m.owner == d }

// Owner is the data that saved, nil when not known.
func (m SaveFailedMsg) Owner() *Data { return m.owner }

// Of picks the records of one type out of a message's records.
func Of[T any](recs []any) []T {
	var out []T
	for _, r := range recs {
		if x, ok := r.(T); ok {
			out = append(out, x)
		}
	}
	return out
}

// First is the first record of one type in a message's records.
func First[T any](recs []any) (T, bool) {
	for _, r := range recs {
		if x, ok := r.(T); ok {
			return x, true
		}
	}
	var zero T
	return zero, false
}

// Save writes records in one transaction, off the update loop, and answers
// with SavedMsg or SaveFailedMsg; it counts as under way until the answer
// reaches the root.
func Save[T any](d *Data, note string, recs ...T) tea.Cmd {
	return d.write(note, false, anys(recs))
}

// Delete removes records in one transaction, answering as Save does.
func Delete[T any](d *Data, note string, recs ...T) tea.Cmd {
	return d.write(note, true, anys(recs))
}

func anys[T any](recs []T) []any {
	out := make([]any, len(recs))
	for i, r := range recs {
		out[i] = r
	}
	return out
}

// recordKey names a record across types: its type and key, or its type
// alone for what the workspace holds one of. A new record has no key yet
// and no earlier save to be ordered against.
func recordKey(rec any) string {
	name := reflect.TypeOf(rec).String()
	if r, ok := rec.(model.Record); ok {
		if r.Key() == "" {
			return ""
		}
		return name + "/" + r.Key()
	}
	return name
}

// write runs one save. Bubble Tea runs commands side by side, so two saves
// of one record can reach the file in either order: each carries its place
// in the order they were asked for, and a save finds a record already
// written by a later one leaves it alone.
func (d *Data) write(note string, del bool, recs []any) tea.Cmd {
	d.Pending++
	d.asked++
	seq := d.asked
	s := d.store
	return func() tea.Msg {
		d.writeMu.Lock()
		defer d.writeMu.Unlock()
		fresh := recs[:0:0]
		for _, r := range recs {
			if k := recordKey(r); k == "" || d.written[k] < seq {
				fresh = append(fresh, r)
			}
		}
		if len(fresh) == 0 {
			return SavedMsg{Note: note, seq: seq, owner: d}
		}
		saved, err := fresh, error(nil)
		if del {
			err = s.Delete(fresh...)
		} else if shared, ok := s.(store.SharedWorkspace); ok && d.hub != nil {
			// Others write this file too: an edit begun before their save
			// of the same record is refused rather than undoing theirs.
			saved, err = shared.SaveAs(d.session, fresh...)
		} else {
			saved, err = s.Save(fresh...)
		}
		if err != nil {
			if c, ok := model.Conflicted(err); ok && d.hub != nil {
				c.Who = d.hub.who(c.Writer) // named, while they are still connected
			}
			return SaveFailedMsg{Records: recs, Err: err, owner: d}
		}
		for _, r := range saved {
			if k := recordKey(r); k != "" {
				d.written[k] = seq
			}
		}
		if d.hub != nil {
			// Each session has the message: none shares this one's slice.
			d.hub.tell(d.session, d.team, RemoteSavedMsg{Team: d.team, Records: slices.Clone(saved), Deleted: del})
		}
		return SavedMsg{Records: saved, Deleted: del, Note: note, seq: seq, owner: d}
	}
}

// SaveSettings writes the workspace settings, which the caller has already
// put in the data to show at once; if the write fails, Restore puts back
// what the file holds.
func (d *Data) SaveSettings(st model.Settings, note string) tea.Cmd {
	return d.write(note, false, []any{st})
}

// Restore puts back what the file holds of the records of a failed save
// that were shown before it landed: the settings (the language, the
// current account). It reports whether anything changed.
func (d *Data) Restore(msg SaveFailedMsg) bool {
	if _, ok := First[model.Settings](msg.Records); !ok || d.Settings == d.fileSettings {
		return false
	}
	d.Settings = d.fileSettings
	return true
}
