package buyer

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/common"
)

// formDoneMsg is what every form of the tab sends when its last field is done.
type formDoneMsg struct{}

// form is an open huh form and what to do with it: build makes the fields
// over the values being edited (again after a language switch, keeping
// what was typed), save reads the values and returns the write, dirty
// tells whether anything was typed.
type form struct {
	form   *huh.Form
	title  string
	note   string // a problem found on saving, shown above the form
	saving bool
	build  func(m *Model) []*huh.Group
	save   func(m *Model) (tea.Cmd, error)
	dirty  func() bool
}

func (m *Model) openForm(f *form) tea.Cmd {
	m.form = f
	return f.rebuild(m)
}

func (f *form) rebuild(m *Model) tea.Cmd {
	f.form = m.ctx.NewForm(formDoneMsg{}, f.build(m)...)
	init := f.form.Init()
	f.resize(m)
	return init
}

func (f *form) resize(m *Model) { f.form = common.SizeForm(f.form, m.width, max(m.height-2, 4)) }

func (f *form) update(msg tea.Msg) tea.Cmd {
	hf, cmd := f.form.Update(msg)
	if x, ok := hf.(*huh.Form); ok {
		f.form = x
	}
	return cmd
}

// submit saves; a problem keeps the form open with what was typed.
func (f *form) submit(m *Model) tea.Cmd {
	cmd, err := f.save(m)
	if err != nil {
		f.note = model.Localize(err, m.ctx.Lang)
		return f.rebuild(m)
	}
	f.saving = true
	return cmd
}

// failed reopens the form after the store refused it.
func (f *form) failed(m *Model, err error) tea.Cmd {
	f.saving = false
	f.note = model.Localize(err, m.ctx.Lang)
	return f.rebuild(m)
}

func (f *form) cancel(m *Model) tea.Cmd {
	if f.dirty != nil && f.dirty() {
		m.ask = &common.Question{Text: m.ctx.T("ask.discard"), Yes: func() tea.Cmd { m.form = nil; return nil }}
		return nil
	}
	m.form = nil
	return nil
}

func (f *form) view(m *Model) string {
	st := m.ctx.Styles
	note := ""
	if f.note != "" {
		note = st.Error.Render(common.Truncate(f.note, m.width))
	}
	return st.Title.Render(f.title) + "\n" + note + "\n" + f.form.View()
}

// loc turns a model error into one huh shows in the current language.
func (m *Model) loc(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s", model.Localize(err, m.ctx.Lang))
}

// dateField validates an optional date typed as YYYY-MM-DD, not in the future.
func (m *Model) dateField(optional bool) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			if optional {
				return nil
			}
			return fmt.Errorf("%s", m.ctx.T("buyer.date_needed"))
		}
		d, err := model.ParseDate(s, m.ctx.Now().Location())
		if err != nil {
			return m.loc(err)
		}
		if d.After(model.Day(m.ctx.Now())) {
			return fmt.Errorf("%s", fmt.Sprintf(m.ctx.T("matrix.future_date"), strings.TrimSpace(s)))
		}
		return nil
	}
}

// parseDate reads a date field already validated; empty is the zero time.
func (m *Model) parseDate(s string) time.Time {
	d, _ := model.ParseDate(s, m.ctx.Now().Location())
	return d
}

// dateText writes a date for a field; the zero time is empty.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(model.DateLayout)
}

// options turns a list of choices into huh options in the current language.
func options[K comparable](m *Model, list []model.Choice[K]) []huh.Option[K] {
	out := make([]huh.Option[K], len(list))
	for i, c := range list {
		out[i] = huh.NewOption(c.Name.In(m.ctx.Lang), c.Key)
	}
	return out
}
