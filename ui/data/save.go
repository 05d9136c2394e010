package data

import (
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
}

// ApplyTo puts the records in the data.
func (m SavedMsg) ApplyTo(d *Data) {
	for _, r := range m.Records {
		d.apply(r, m.Deleted)
	}
}

// SaveFailedMsg says a save was refused or failed. Records are what the
// user had, so the tab can give them back.
type SaveFailedMsg struct {
	Records []any
	Err     error
}

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

func (d *Data) write(note string, del bool, recs []any) tea.Cmd {
	d.Pending++
	s := d.store
	return func() tea.Msg {
		saved, err := recs, error(nil)
		if del {
			err = s.Delete(recs...)
		} else {
			saved, err = s.Save(recs...)
		}
		if err != nil {
			return SaveFailedMsg{Records: recs, Err: err}
		}
		return SavedMsg{Records: saved, Deleted: del, Note: note}
	}
}

// SaveSettings writes the workspace settings, which the caller has already
// put in the data. Saves run side by side, so each carries a sequence
// number and one never overwrites a newer one.
func (d *Data) SaveSettings(st model.Settings, note string) tea.Cmd {
	d.settingsSeq++
	seq := d.settingsSeq
	d.Pending++
	s := d.store
	return func() tea.Msg {
		d.settingsMu.Lock()
		defer d.settingsMu.Unlock()
		if seq < d.settingsWritten {
			return SavedMsg{Note: note}
		}
		if _, err := s.Save(st); err != nil {
			return SaveFailedMsg{Records: []any{st}, Err: err}
		}
		d.settingsWritten = seq
		return SavedMsg{Note: note}
	}
}

// Store is the file behind the data, for the few that load from it.
func (d *Data) Store() store.Workspace { return d.store }
