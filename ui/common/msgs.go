package common

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// LoadedMsg carries the workspace read at start.
type LoadedMsg struct {
	Settings     model.Settings
	Accounts     []model.Account
	Matrix       model.Matrix
	Evaluations  []model.Evaluation
	Checklist    []model.ChecklistItem
	Knowledge    []model.Knowledge
	People       []model.Person
	Contacts     []model.Contact
	Moments      []model.Moment
	Terms        []model.TermsYear
	Negotiations []model.Negotiation
	Meetings     []model.Meeting
	Err          error
}

// Load reads the whole workspace, off the update loop.
func Load(s store.Workspace) tea.Cmd {
	return func() tea.Msg {
		var msg LoadedMsg
		var err error
		if msg.Settings, err = s.Settings(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Accounts, err = s.Accounts(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Matrix, err = s.Matrix(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Evaluations, err = s.Evaluations(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Checklist, err = s.Checklist(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Knowledge, err = s.Knowledge(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.People, err = s.People(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Contacts, err = s.Contacts(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Moments, err = s.Moments(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Terms, err = s.Terms(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Negotiations, err = s.Negotiations(); err != nil {
			return LoadedMsg{Err: err}
		}
		if msg.Meetings, err = s.Meetings(); err != nil {
			return LoadedMsg{Err: err}
		}
		return msg
	}
}

// Saved is a message that a record was written: the root applies it to the
// shared data, reports it in the status line and passes it to every tab.
type Saved interface {
	ApplyTo(d *Data)
	Report() string
}

// AccountSavedMsg says an account was written. Note is the status line's report.
type AccountSavedMsg struct {
	Account model.Account
	Note    string
}

func (m AccountSavedMsg) ApplyTo(d *Data) { d.PutAccount(m.Account) }
func (m AccountSavedMsg) Report() string  { return m.Note }

// AccountSaveFailedMsg says a save was refused or failed; Draft is what the
// user had, so the tab can give it back to them.
type AccountSaveFailedMsg struct {
	Draft model.Account
	Err   error
}

// save runs one write off the update loop, counting it as under way until
// its result comes back to the root.
func (c *Context) save(write func(store.Workspace) tea.Msg) tea.Cmd {
	c.Pending++
	s := c.Store
	return func() tea.Msg { return write(s) }
}

// SaveAccount writes an account in its own transaction.
func (c *Context) SaveAccount(a model.Account, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		saved, err := s.SaveAccount(a)
		if err != nil {
			return AccountSaveFailedMsg{Draft: a, Err: err}
		}
		return AccountSavedMsg{Account: saved, Note: note}
	})
}

// SettingsSavedMsg says the workspace settings were written. The caller
// has already put them in the shared data.
type SettingsSavedMsg struct{ Note string }

func (m SettingsSavedMsg) ApplyTo(*Data)  {}
func (m SettingsSavedMsg) Report() string { return m.Note }

// SaveSettings writes the workspace settings. Saves run side by side, so
// each carries a sequence number and one never overwrites a newer one.
func (c *Context) SaveSettings(st model.Settings, note string) tea.Cmd {
	c.settingsSeq++
	seq := c.settingsSeq
	return c.save(func(s store.Workspace) tea.Msg {
		c.settingsMu.Lock()
		defer c.settingsMu.Unlock()
		if seq < c.settingsWritten {
			return SettingsSavedMsg{Note: note}
		}
		if err := s.SaveSettings(st); err != nil {
			return SaveFailedMsg{Err: err}
		}
		c.settingsWritten = seq
		return SettingsSavedMsg{Note: note}
	})
}

// SelectAccountMsg asks the root to make an account the current one, the
// one carried across tabs.
type SelectAccountMsg struct{ ID string }

// CurrentChangedMsg tells the tabs that the current account changed.
type CurrentChangedMsg struct{ ID string }

// LangChangedMsg tells the tabs the language switched, so they rebuild
// their keymaps and any open form.
type LangChangedMsg struct{}

// StatusMsg puts a line in the status bar.
type StatusMsg struct {
	Text string
	Err  bool
}

// Status returns a command that reports text in the status bar.
func Status(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Text: text, Err: isErr} }
}

// MatrixSavedMsg says the criteria or thresholds were written.
type MatrixSavedMsg struct {
	Matrix model.Matrix
	Note   string
}

func (m MatrixSavedMsg) ApplyTo(d *Data) { d.Matrix = m.Matrix }
func (m MatrixSavedMsg) Report() string  { return m.Note }

// SaveMatrix writes the criteria and thresholds; a refusal comes back as
// SaveFailedMsg.
func (c *Context) SaveMatrix(m model.Matrix, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		if err := s.SaveMatrix(m); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return MatrixSavedMsg{Matrix: m, Note: note}
	})
}

// EvaluationSavedMsg says an evaluation was written.
type EvaluationSavedMsg struct {
	Evaluation model.Evaluation
	Note       string
}

func (m EvaluationSavedMsg) ApplyTo(d *Data) { d.PutEvaluation(m.Evaluation) }
func (m EvaluationSavedMsg) Report() string  { return m.Note }

// SaveEvaluation writes a new evaluation.
func (c *Context) SaveEvaluation(e model.Evaluation, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		saved, err := s.SaveEvaluation(e)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return EvaluationSavedMsg{Evaluation: saved, Note: note}
	})
}

// SaveFailedMsg says a save other than an account's was refused or failed.
type SaveFailedMsg struct{ Err error }

// ChecklistSavedMsg says the workspace's buyer checklist was written.
type ChecklistSavedMsg struct {
	Items []model.ChecklistItem
	Note  string
}

func (m ChecklistSavedMsg) ApplyTo(d *Data) { d.Checklist = m.Items }
func (m ChecklistSavedMsg) Report() string  { return m.Note }

// SaveChecklist writes the buyer checklist.
func (c *Context) SaveChecklist(items []model.ChecklistItem, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		if err := s.SaveChecklist(items); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return ChecklistSavedMsg{Items: items, Note: note}
	})
}

// KnowledgeSavedMsg says an answer was written.
type KnowledgeSavedMsg struct {
	Knowledge model.Knowledge
	Note      string
}

func (m KnowledgeSavedMsg) ApplyTo(d *Data) { d.PutKnowledge(m.Knowledge) }
func (m KnowledgeSavedMsg) Report() string  { return m.Note }

// SaveKnowledge writes one answer.
func (c *Context) SaveKnowledge(k model.Knowledge, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		saved, err := s.SaveKnowledge(k)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return KnowledgeSavedMsg{Knowledge: saved, Note: note}
	})
}

// PersonSavedMsg says one of our people was written.
type PersonSavedMsg struct {
	Person model.Person
	Note   string
}

func (m PersonSavedMsg) ApplyTo(d *Data) { d.PutPerson(m.Person) }
func (m PersonSavedMsg) Report() string  { return m.Note }

// SavePerson writes one of our people.
func (c *Context) SavePerson(p model.Person, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		saved, err := s.SavePerson(p)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return PersonSavedMsg{Person: saved, Note: note}
	})
}

// ContactSavedMsg says a contact was written.
type ContactSavedMsg struct {
	Contact model.Contact
	Note    string
}

func (m ContactSavedMsg) ApplyTo(d *Data) { d.PutContact(m.Contact) }
func (m ContactSavedMsg) Report() string  { return m.Note }

// SaveContact writes a contact.
func (c *Context) SaveContact(ct model.Contact, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		saved, err := s.SaveContact(ct)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return ContactSavedMsg{Contact: saved, Note: note}
	})
}

// MomentSavedMsg says a contact moment was written, with its contact as
// the moment left it (its last contact moved up).
type MomentSavedMsg struct {
	Moment  model.Moment
	Contact model.Contact
	Note    string
}

func (m MomentSavedMsg) ApplyTo(d *Data) {
	d.Moments = append(d.Moments, m.Moment)
	d.PutContact(m.Contact)
}
func (m MomentSavedMsg) Report() string { return m.Note }

// SaveMoment writes a contact moment.
func (c *Context) SaveMoment(m model.Moment, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		saved, contact, err := s.SaveMoment(m)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return MomentSavedMsg{Moment: saved, Contact: contact, Note: note}
	})
}

// TermsSavedMsg says a year of terms was written (Deleted: removed).
type TermsSavedMsg struct {
	Year    model.TermsYear
	Deleted bool
	Note    string
}

func (m TermsSavedMsg) ApplyTo(d *Data) {
	if m.Deleted {
		d.DropTermsYear(m.Year)
	} else {
		d.PutTermsYear(m.Year)
	}
}
func (m TermsSavedMsg) Report() string { return m.Note }

// SaveTermsYear writes a year of terms.
func (c *Context) SaveTermsYear(y model.TermsYear, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		saved, err := s.SaveTermsYear(y)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return TermsSavedMsg{Year: saved, Note: note}
	})
}

// DeleteTermsYear removes a year of terms.
func (c *Context) DeleteTermsYear(y model.TermsYear, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		if err := s.DeleteTermsYear(y); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return TermsSavedMsg{Year: y, Deleted: true, Note: note}
	})
}

// NegotiationSavedMsg says a worksheet was written (Deleted: removed).
type NegotiationSavedMsg struct {
	Negotiation model.Negotiation
	Deleted     bool
	Note        string
}

func (m NegotiationSavedMsg) ApplyTo(d *Data) {
	if m.Deleted {
		d.DropNegotiation(m.Negotiation.ID)
	} else {
		d.PutNegotiation(m.Negotiation)
	}
}
func (m NegotiationSavedMsg) Report() string { return m.Note }

// SaveNegotiation writes a worksheet.
func (c *Context) SaveNegotiation(n model.Negotiation, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		saved, err := s.SaveNegotiation(n)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return NegotiationSavedMsg{Negotiation: saved, Note: note}
	})
}

// DeleteNegotiation removes a worksheet.
func (c *Context) DeleteNegotiation(n model.Negotiation, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		if err := s.DeleteNegotiation(n.ID); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return NegotiationSavedMsg{Negotiation: n, Deleted: true, Note: note}
	})
}

// MeetingsSavedMsg says meetings were written (Deleted: the first removed).
type MeetingsSavedMsg struct {
	Meetings []model.Meeting
	Deleted  bool
	Note     string
}

func (m MeetingsSavedMsg) ApplyTo(d *Data) {
	for _, x := range m.Meetings {
		if m.Deleted {
			d.DropMeeting(x.ID)
		} else {
			d.PutMeeting(x)
		}
	}
}
func (m MeetingsSavedMsg) Report() string { return m.Note }

// SaveMeetings writes meetings, all or none.
func (c *Context) SaveMeetings(note string, ms ...model.Meeting) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		saved, err := s.SaveMeetings(ms...)
		if err != nil {
			return SaveFailedMsg{Err: err}
		}
		return MeetingsSavedMsg{Meetings: saved, Note: note}
	})
}

// DeleteMeeting removes a meeting.
func (c *Context) DeleteMeeting(m model.Meeting, note string) tea.Cmd {
	return c.save(func(s store.Workspace) tea.Msg {
		if err := s.DeleteMeeting(m.ID); err != nil {
			return SaveFailedMsg{Err: err}
		}
		return MeetingsSavedMsg{Meetings: []model.Meeting{m}, Deleted: true, Note: note}
	})
}
