// Package ui is kam's terminal interface: the root model routes messages
// between the shell (tabs, header, status, help) and the tabs, each its own
// package behind common.Tab.
package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// The smallest terminal kam draws its screens in; below it, it says so.
const (
	MinWidth  = 60
	MinHeight = 15
)

// chrome is the rows the shell takes: header, tab bar, rule, status, help.
const chrome = 5

// mode is what the root shows and how it takes keys. The tabs have the
// keys in normal mode; the help and quitting take them over. (Course mode
// and presenting come here too.)
type mode int

const (
	modeNormal     mode = iota
	modeHelp            // the full help over the body; ↑/↓ scroll it
	modeQuitting        // waiting for saves under way, then leaving; keys do nothing
	modeSettings        // the workspace settings' form over the body
	modePresenting      // the tab in front on the whole screen, for a projector; esc leaves
)

// Options are what the program starts with.
type Options struct {
	Store store.Workspace
	Lang  model.Lang
	Now   func() time.Time // nil means time.Now
	// CrashDir is where a report goes when a tab fails (beside the
	// workspace); "" means the system's temporary folder.
	CrashDir string
	// Warning is a problem found while opening that did not stop it (the
	// day's backup could not be kept), shown in the status line at start.
	Warning model.Text
	// Notice is news from opening that is no problem (the case study was
	// rebuilt), shown in the status line at start unless there is a Warning.
	Notice model.Text
	// Course is the course folder in course mode, nil otherwise.
	Course *data.Course
	// OpenCourse opens the course folder the course key brings up outside
	// course mode; nil means there is none to open.
	OpenCourse func() (*data.Course, error)
	// Bell rings the terminal's bell (the timer's end); nil rings none.
	Bell func()
	// OthersConnected, when set, counts the people whose sessions quitting
	// ends (the trainer's own screen of a served course stops the server):
	// q then asks first.
	OthersConnected func() int
	// Renderer draws the styles for the terminal the program runs in: one
	// per SSH session when served; nil means lipgloss's default, this
	// process's own terminal.
	Renderer *lipgloss.Renderer
}

// Model is the root of the program.
type Model struct {
	ctx        *common.Context
	specs      []tabSpec // the tabs shown: the course's first in course mode
	tabs       []common.Tab
	active     int
	keys       common.GlobalKeys
	help       help.Model
	width      int
	height     int
	mode       mode
	helpScroll int          // first help row in view
	settings   common.Frame // the workspace settings' form, in modeSettings
	status     string
	// othersConnected counts who quitting would end for; askingQuit says
	// the status line asks whether to quit all the same.
	othersConnected func() int
	askingQuit      bool
	statusErr       bool
	loadErr         error
	// waiting holds the keys typed while the tab in front had no data
	// yet, to be handled in order once it has.
	waiting    []tea.KeyMsg
	crashDir   string
	rebuilding bool // a failed tab is being given its data again

	course courseMode
}

// New builds the program's root model and every tab, once.
func New(opts Options) *Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Lang == "" {
		opts.Lang = model.English
	}
	ctx := &common.Context{
		Lang:   opts.Lang,
		Styles: common.NewStylesFor(opts.Renderer, common.DefaultTheme),
		Data:   data.New(opts.Store),
		Now:    opts.Now,
	}
	m := &Model{ctx: ctx, help: help.New(), crashDir: opts.CrashDir, settings: common.NewFrame(ctx, false)}
	m.course.open, m.course.bell = opts.OpenCourse, opts.Bell
	m.othersConnected = opts.OthersConnected
	if r := opts.Renderer; r != nil {
		// The help bar's own styles are built for the default renderer.
		hs := &m.help.Styles
		for _, st := range []*lipgloss.Style{&hs.Ellipsis, &hs.ShortSeparator, &hs.FullKey, &hs.FullDesc, &hs.FullSeparator} {
			*st = st.Renderer(r)
		}
	}
	if opts.Notice.EN != "" {
		m.setStatus(opts.Notice.In(ctx.Lang), false)
	}
	if opts.Warning.EN != "" {
		m.setStatus(opts.Warning.In(ctx.Lang), true)
	}
	m.specs = tabList
	if opts.Course != nil {
		m.enterCourse(opts.Course)
	}
	for _, spec := range m.specs {
		m.tabs = append(m.tabs, spec.build(ctx))
	}
	m.applyLang()
	return m
}

func (m *Model) applyLang() {
	m.keys = common.NewGlobalKeys(m.ctx)
	m.settings.Nav = common.NewNavKeys(m.ctx)
	m.help.Styles.ShortKey = m.ctx.Styles.HelpKey
	m.help.Styles.ShortDesc = m.ctx.Styles.HelpDesc
	m.help.Ellipsis = common.Tail
}

// Init loads the part of the workspace the first frame needs; the rest
// follows once it is in.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.ctx.Data.Load(store.FirstFrame), m.loadOtherTeams(), m.tick()}
	for _, t := range m.tabs {
		cmds = append(cmds, t.Init())
	}
	return tea.Batch(cmds...)
}

// Update routes one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	model, cmd := m.dispatch(msg)
	if len(m.course.held) > 0 {
		cmd = tea.Batch(cmd, m.releaseHeld())
	}
	return model, cmd
}

func (m *Model) dispatch(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.mode == modeSettings {
		switch msg.(type) {
		case tea.KeyMsg, tea.WindowSizeMsg:
		case data.SavedMsg, data.SaveFailedMsg: // the form hears of its save, and so does everyone
			cmd, _ := m.settingsMsg(msg)
			_, rest := m.update(msg)
			return m, tea.Batch(cmd, rest)
		default:
			if cmd, ok := m.settingsMsg(msg); ok {
				return m, cmd
			}
			_, rest := m.update(msg)
			return m, tea.Batch(m.settings.Pass(msg), rest)
		}
	}
	return m.update(msg)
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, ok := m.courseMsg(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = msg.Width
		m.settings.SetSize(m.width, m.bodyHeight())
		for _, t := range m.tabs {
			t.SetSize(m.width, m.bodyHeight())
		}
		if m.mode == modePresenting {
			m.tabs[m.active].SetSize(m.width, m.presentHeight())
		}
		return m, nil
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			// Keys that arrive together (fast typing, key repeat) come as one
			// message; each is a key press of its own.
			cmds := make([]tea.Cmd, len(msg.Runes))
			for i, r := range msg.Runes {
				cmds[i] = m.handleKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
			}
			return m, tea.Batch(cmds...)
		}
		return m, m.handleKey(msg)
	case data.LoadedMsg:
		if msg.Err != nil {
			m.loadErr = msg.Err
			return m, nil
		}
		m.ctx.Data.Apply(msg)
		cmds := []tea.Cmd{m.broadcast(msg)}
		if msg.Part == store.FirstFrame {
			cmds = append(cmds, m.ctx.Data.Load(store.Rest))
		}
		if m.ctx.Data.Complete() {
			// The case study may be written in another language than the
			// one shown (--lang, or L before all of it was in).
			cmds = append(cmds, m.caseStudyInLang())
		}
		return m, tea.Batch(append(cmds, m.handleWaiting())...)
	case data.SavedMsg:
		m.saved()
		msg.ApplyTo(m.ctx.Data)
		if msg.Note != "" {
			m.setStatus(msg.Note, false)
		}
		return m, tea.Batch(m.broadcast(msg), m.quitIfDone())
	case data.SaveFailedMsg:
		m.saved()
		var cmds []tea.Cmd
		tried, _ := data.First[model.Settings](msg.Records)
		if m.ctx.Data.Restore(msg) { // the language or the current account shown went back to the file's
			if tried.Lang == m.ctx.Lang && m.ctx.Data.Settings.Lang != tried.Lang {
				m.ctx.Lang = tried.Lang.Next() // the language shown before the switch: there are two
				m.applyLang()
				cmds = append(cmds, m.broadcast(common.LangChangedMsg{}))
			}
			cmds = append(cmds, m.broadcast(common.CurrentChangedMsg{ID: m.ctx.Data.Settings.CurrentAccount}))
		}
		// The tab hears of it in the language now shown.
		cmds = append(cmds, m.route(msg), m.conflicted(m.ctx.Data, msg.Err), m.quitIfDone())
		m.setStatus(fmt.Sprintf(m.ctx.T("status.save_failed"), model.Localize(msg.Err, m.ctx.Lang)), true)
		return m, tea.Batch(cmds...)
	case common.SelectAccountMsg:
		return m, m.selectAccount(msg.ID)
	case common.GoToMsg:
		return m, m.goTo(msg)
	case common.StatusMsg:
		m.setStatus(msg.Text, msg.Err)
		return m, nil
	case common.PresentMsg:
		return m, m.present(true)
	}
	return m, m.route(msg)
}

// present puts the tab in front on the whole screen, or back in its place.
func (m *Model) present(on bool) tea.Cmd {
	tab := m.tabs[m.active]
	if on {
		m.mode = modePresenting
		tab.SetSize(m.width, m.presentHeight())
	} else {
		m.mode = modeNormal
		tab.SetSize(m.width, m.bodyHeight())
	}
	return m.route(common.PresentingMsg{On: on})
}

// selectAccount makes an account the current one and tells every tab.
func (m *Model) selectAccount(id string) tea.Cmd {
	if !m.ctx.Data.Ready() || m.ctx.Data.Settings.CurrentAccount == id {
		return nil
	}
	m.ctx.Data.Settings.CurrentAccount = id
	return tea.Batch(m.ctx.Data.SaveSettings(m.ctx.Data.Settings, ""), m.broadcast(common.CurrentChangedMsg{ID: id}))
}

// goTo takes the user to a place: the account first (the tabs reset what
// they show for it), then the tab, then what to open in it.
func (m *Model) goTo(msg common.GoToMsg) tea.Cmd {
	i := slices.IndexFunc(m.specs, func(t tabSpec) bool { return t.id == msg.Tab })
	if i < 0 || m.tabs[m.active].Capturing() {
		return nil
	}
	var cmds []tea.Cmd
	if msg.AccountID != "" {
		cmds = append(cmds, m.selectAccount(msg.AccountID))
	}
	m.showTab(i)
	return tea.Batch(append(cmds, m.route(common.OpenMsg{Item: msg.Item}))...)
}

// showTab brings tab i to the front. The status line spoke of what the
// tab left behind did; a problem stays until something else is said.
func (m *Model) showTab(i int) {
	if i != m.active && !m.statusErr {
		m.status = ""
	}
	m.active = i
}

// dataReady reports whether the tab in front has what it draws from.
func (m *Model) dataReady() bool {
	if m.specs[m.active].needsAll {
		return m.ctx.Data.Complete()
	}
	return m.ctx.Data.Ready()
}

// handleWaiting handles, in order, the keys typed while the data was not
// in, as far as the data now allows.
func (m *Model) handleWaiting() tea.Cmd {
	var cmds []tea.Cmd
	for len(m.waiting) > 0 && m.dataReady() && m.loadErr == nil {
		k := m.waiting[0]
		m.waiting = m.waiting[1:]
		cmds = append(cmds, m.dispatchKey(k))
	}
	return tea.Batch(cmds...)
}

// handleKey takes one key: it waits behind any key still waiting for the
// data, so keys are handled in the order they were typed.
func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.quit()
	}
	if m.keysPaused() {
		m.setStatus(m.ctx.T("mode.paused_by_trainer"), false)
		return nil
	}
	if m.loadErr == nil && (!m.dataReady() || len(m.waiting) > 0) {
		m.waiting = append(m.waiting, msg)
		return nil
	}
	return m.dispatchKey(msg)
}

func (m *Model) dispatchKey(msg tea.KeyMsg) tea.Cmd {
	switch m.mode {
	case modeQuitting:
		return nil
	case modeSettings:
		cmd, _ := m.settingsMsg(msg)
		return cmd
	case modePresenting:
		if msg.Type == tea.KeyEsc || key.Matches(msg, m.keys.Quit, m.keys.Present) || msg.String() == "f" {
			return m.present(false)
		}
		if key.Matches(msg, m.keys.PauseRoom) {
			return m.pauseRoom()
		}
		return m.route(msg)
	case modeHelp:
		switch {
		case key.Matches(msg, m.keys.Help, m.keys.Quit) || msg.Type == tea.KeyEsc:
			m.mode = modeNormal
		case msg.Type == tea.KeyDown || msg.String() == "j":
			m.helpScroll = min(m.helpScroll+1, max(len(m.helpLines())-m.bodyHeight(), 0))
		case msg.Type == tea.KeyUp || msg.String() == "k":
			m.helpScroll = max(m.helpScroll-1, 0)
		}
		return nil
	}
	if m.askingQuit {
		m.askingQuit = false
		if key.Matches(msg, m.settings.Nav.Yes) {
			return m.quit()
		}
		m.setStatus("", false)
		return nil
	}
	tab := m.tabs[m.active]
	if !tab.Capturing() {
		switch {
		case key.Matches(msg, m.keys.Quit):
			if n := m.others(); n > 0 {
				m.askingQuit = true
				m.setStatus(fmt.Sprintf(m.ctx.TN("mode.quit_ends_course", n), n), true)
				return nil
			}
			return m.quit()
		case key.Matches(msg, m.keys.Help):
			m.mode, m.helpScroll = modeHelp, 0
			return nil
		case key.Matches(msg, m.keys.Lang):
			return m.switchLang()
		case key.Matches(msg, m.keys.Settings):
			return m.openSettings()
		case key.Matches(msg, m.keys.Course):
			return m.toCourse(msg)
		case key.Matches(msg, m.keys.NextTeam):
			return m.switchTeam((m.ctx.Course.Team + 1) % len(m.ctx.Course.Teams))
		case key.Matches(msg, m.keys.Present):
			return m.present(true)
		case key.Matches(msg, m.keys.PauseRoom):
			return m.pauseRoom()
		case key.Matches(msg, m.keys.NextTab):
			m.showTab((m.active + 1) % len(m.tabs))
			return nil
		case key.Matches(msg, m.keys.PrevTab):
			m.showTab((m.active + len(m.tabs) - 1) % len(m.tabs))
			return nil
		case key.Matches(msg, m.keys.GoTab):
			if n := int(msg.Runes[0] - '1'); n < len(m.tabs) {
				m.showTab(n)
			}
			return nil
		}
	}
	return m.route(msg)
}

// Editing reports whether a form or a question with something typed in
// it is open on any tab: that is lost if the program ends now.
func (m *Model) Editing() bool {
	if m.mode == modeSettings {
		return true
	}
	for _, t := range m.tabs {
		if u, ok := t.(interface{ FormUntouched() bool }); ok && u.FormUntouched() {
			continue
		}
		if t.Capturing() {
			return true
		}
	}
	return false
}

// others counts the people quitting would end the course for.
func (m *Model) others() int {
	if m.othersConnected == nil {
		return 0
	}
	return m.othersConnected()
}

// quit leaves once every save under way has landed.
func (m *Model) quit() tea.Cmd {
	m.mode = modeQuitting
	return m.quitIfDone()
}

func (m *Model) quitIfDone() tea.Cmd {
	if m.mode == modeQuitting && m.ctx.Data.Pending == 0 && !m.courseSaving() {
		return tea.Quit
	}
	return nil
}

func (m *Model) saved() { m.ctx.Data.Pending = max(m.ctx.Data.Pending-1, 0) }

func (m *Model) switchLang() tea.Cmd {
	m.ctx.Lang = m.ctx.Lang.Next()
	m.applyLang()
	m.setStatus(m.ctx.T("status.lang"), false)
	cmds := []tea.Cmd{m.broadcast(common.LangChangedMsg{})}
	d := m.ctx.Data
	if c := m.ctx.Course; c != nil && !c.Trainer {
		// A participant's language is theirs alone: the team's file,
		// which teammates read in theirs, is left as it is.
		return tea.Batch(cmds...)
	}
	switch {
	case d.Complete() && !d.Settings.CaseStudyBuilt.IsZero():
		cmds = append(cmds, m.caseStudyInLang())
	case d.Ready():
		d.Settings.Lang = m.ctx.Lang
		cmds = append(cmds, d.SaveSettings(d.Settings, ""))
	}
	return tea.Batch(cmds...)
}

// caseStudyInLang switches the case study's own texts to the language
// shown, except what the class changed; they show once saved. Texts
// already in that language stay, so it does nothing when there is nothing
// to switch, or when the workspace is not the case study.
func (m *Model) caseStudyInLang() tea.Cmd {
	c := m.ctx.Course
	if c != nil && !c.Trainer {
		// The team's file is shared: its case study stays in the room's
		// language, which the trainer sets; a participant's L changes
		// only the words of their own screen.
		return nil
	}
	if c != nil && m.ctx.Data.Complete() {
		// The trainer's language is the room's: every team's case study
		// follows, so the teams' work compares line by line.
		cmds := make([]tea.Cmd, len(c.Teams))
		for i, d := range c.Teams {
			if d.Complete() {
				cmds[i] = m.caseStudyOf(d)
			}
		}
		return tea.Batch(cmds...)
	}
	return m.caseStudyOf(m.ctx.Data)
}

// caseStudyOf switches one workspace's case study to the language shown.
func (m *Model) caseStudyOf(d *data.Data) tea.Cmd {
	if d.Settings.CaseStudyBuilt.IsZero() {
		return nil
	}
	settings, recs := model.CaseStudyInLang(d.Workspace, m.ctx.Lang)
	if len(recs) == 0 && settings == d.Settings {
		return nil
	}
	d.Settings = settings
	return data.Save(d, "", append([]any{settings}, recordsAsAny(recs)...)...)
}

func recordsAsAny(recs []model.Record) []any {
	out := make([]any, len(recs))
	for i, r := range recs {
		out[i] = r
	}
	return out
}

func (m *Model) setStatus(text string, isErr bool) { m.status, m.statusErr = text, isErr }

// route passes a message to the tab in front.
func (m *Model) route(msg tea.Msg) tea.Cmd { return m.updateTab(m.active, msg) }

// broadcast passes a message to every tab.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, len(m.tabs))
	for i := range m.tabs {
		cmds[i] = m.updateTab(i, msg)
	}
	return tea.Batch(cmds...)
}

// updateTab passes a message to one tab. A panic inside it must not take
// the workspace down: the tab is reported and built anew.
func (m *Model) updateTab(i int, msg tea.Msg) (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			cmd = m.tabFailed(i, r)
		}
	}()
	t, cmd := m.tabs[i].Update(msg)
	m.tabs[i] = t
	return cmd
}

// tabFailed writes what failed, with its stack, to a crash report beside
// the workspace, builds the tab anew from the data (which only saves
// change, so it holds nothing the file does not), and says so in one line.
func (m *Model) tabFailed(i int, r any) tea.Cmd {
	title := m.tabs[i].Title()
	report := writeCrashReport(m.crashDir, title, r, debug.Stack(), m.ctx.Now())
	t := m.specs[i].build(m.ctx)
	t.SetSize(m.width, m.bodyHeight())
	m.tabs[i] = t
	m.setStatus(fmt.Sprintf(m.ctx.T("status.crashed"), title, report), true)
	if m.ctx.Data.Ready() && !m.rebuilding {
		m.rebuilding = true // a tab that fails again on its data stays empty rather than loop
		defer func() { m.rebuilding = false }()
		return m.updateTab(i, data.LoadedMsg{Part: store.Everything})
	}
	return nil
}

// writeCrashReport saves a tab's failure for whoever fixes it and returns
// where; if the folder cannot be written, the report goes to the system's
// temporary folder.
func writeCrashReport(dir, tab string, r any, stack []byte, now time.Time) string {
	text := fmt.Sprintf("kam crash report %s\ntab: %s\npanic: %v\n\n%s", now.Format(time.RFC3339), tab, r, stack)
	name := "kam-crash-" + now.Format("20060102-150405.000") + ".txt"
	for _, d := range []string{dir, os.TempDir()} {
		if d == "" {
			continue
		}
		path := filepath.Join(d, name)
		if err := os.WriteFile(path, []byte(text), 0o600); err == nil {
			return path
		}
	}
	return "(" + fmt.Sprint(r) + ")"
}

func (m *Model) bodyHeight() int { return max(m.height-chrome, 1) }

// View draws the whole screen.
func (m *Model) View() string {
	if m.width == 0 {
		return ""
	}
	if m.width < MinWidth || m.height < MinHeight {
		return m.tooSmallView()
	}
	if m.mode == modePresenting {
		if m.ctx.Course == nil {
			return common.FitLines(m.tabView(), m.width, m.height)
		}
		// In a course the exercise timer stays in view, on the last line.
		body := common.FitLines(m.tabView(), m.width, m.presentHeight())
		if gap := m.presentHeight() - lipgloss.Height(body); gap > 0 {
			body += strings.Repeat("\n", gap)
		}
		// So does the room's pause, for the trainer who set it.
		left := ""
		if m.ctx.Course.RoomPaused() {
			left = m.ctx.Styles.Warn.Render(m.ctx.T("mode.room_paused"))
		}
		return body + "\n" + common.SpreadLine(left, m.timerText(), m.width)
	}
	st := m.ctx.Styles
	var body string
	switch {
	case m.loadErr != nil:
		body = st.Error.Render(strings.Join(common.Wrap(fmt.Sprintf(m.ctx.T("root.load_error"), model.Localize(m.loadErr, m.ctx.Lang)), m.width), "\n"))
	case m.mode == modeHelp:
		body = m.helpView()
	case m.mode == modeSettings:
		body = m.settings.Render(func() string { return "" })
	case !m.dataReady():
		body = st.Muted.Render(m.ctx.T("loading"))
	default:
		body = m.tabView()
	}
	body = common.FitLines(body, m.width, m.bodyHeight())
	if gap := m.bodyHeight() - lipgloss.Height(body); gap > 0 {
		body += strings.Repeat("\n", gap)
	}
	return strings.Join([]string{
		m.headerView(),
		m.tabBarView(),
		st.Rule.Render(strings.Repeat("─", m.width)),
		body,
		m.statusView(),
		m.helpLineView(),
	}, "\n")
}

// tabView draws the tab in front; a panic while drawing is handled as one
// in Update, and the new tab is drawn instead.
func (m *Model) tabView() (body string) {
	defer func() {
		if r := recover(); r != nil {
			m.tabFailed(m.active, r)
			body = m.tabs[m.active].View()
		}
	}()
	return m.tabs[m.active].View()
}

func (m *Model) headerView() string {
	st := m.ctx.Styles
	name := m.ctx.T("root.default_name")
	current := m.ctx.T("root.no_current")
	if d := m.ctx.Data; d.Ready() {
		if d.Settings.Name != "" {
			name = d.Settings.Name
		}
		if a, ok := d.Current(); ok {
			current = fmt.Sprintf(m.ctx.T("root.current"), a.Name)
		}
	}
	left := st.Brand.Render("kam") + st.Muted.Render(" · ") + st.Header.Render(name)
	right := st.Muted.Render(current)
	if m.ctx.Course != nil {
		left, right = m.courseHeader(name, current)
	}
	return common.SpreadLine(left, right, m.width)
}

func (m *Model) tabBarView() string {
	parts := make([]string, len(m.tabs))
	for i, t := range m.tabs {
		parts[i] = m.ctx.Picked(fmt.Sprintf("%d %s", i+1, t.Title()), i == m.active)
	}
	bar := strings.Join(parts, " ")
	if lipgloss.Width(bar) <= m.width {
		return bar
	}
	// Too many tabs for the width (course mode's eight at 80 columns):
	// the tabs not in front lose their padding, then their names but
	// for the number and badge, so every tab still has its place.
	for _, short := range []bool{false, true} {
		for i, t := range m.tabs {
			switch title := t.Title(); {
			case i == m.active:
				parts[i] = m.ctx.Picked(fmt.Sprintf("%d %s", i+1, title), true)
			case short:
				parts[i] = m.ctx.Styles.TabInactive.Render(fmt.Sprintf("%d%s", i+1, badgeOf(title, m.specs[i].name(m.ctx))))
			default:
				parts[i] = m.ctx.Styles.TabInactive.Render(fmt.Sprintf("%d %s", i+1, title))
			}
		}
		if bar = strings.Join(parts, " "); lipgloss.Width(bar) <= m.width {
			break
		}
	}
	return common.Truncate(bar, m.width)
}

// badgeOf is what a tab's title adds to its name (" !14", the overdue
// actions), kept when the name is left out.
func badgeOf(title, name string) string {
	if rest, ok := strings.CutPrefix(title, name); ok {
		return rest
	}
	return ""
}

func (m *Model) statusView() string {
	st := m.ctx.Styles
	text, style := m.status, st.Status
	if m.statusErr {
		style = st.StatusError
	}
	if m.mode == modeQuitting {
		text, style = m.ctx.T("status.saving"), st.Muted
	}
	return style.Render(common.Truncate(text, m.width))
}

func (m *Model) helpLineView() string {
	if m.mode == modeSettings {
		return common.Truncate(m.help.ShortHelpView(m.settings.FrameHelp()), m.width)
	}
	if m.mode == modeHelp {
		return common.Truncate(m.help.ShortHelpView([]key.Binding{m.keys.Scroll, m.keys.CloseHelp}), m.width)
	}
	if m.keysPaused() { // only ctrl+c works
		return common.Truncate(m.ctx.Styles.Warn.Render(m.ctx.T("mode.room_paused"))+"  "+m.help.ShortHelpView([]key.Binding{m.keys.ForceQuit}), m.width)
	}
	tab := m.tabs[m.active]
	if tab.Capturing() {
		return common.Truncate(m.help.ShortHelpView(tab.ShortHelp()), m.width)
	}
	// The global keys (language, help, quit) are the last to go: the tab's
	// keys get the width they leave, cut with the ellipsis.
	globals := m.help.ShortHelpView(m.keys.ShortHelp())
	sep := m.help.Styles.ShortSeparator.Render(m.help.ShortSeparator)
	room := m.width - lipgloss.Width(globals) - lipgloss.Width(sep)
	if room < 8 {
		return common.Truncate(globals, m.width)
	}
	own := m.fitKeys(tab.ShortHelp(), room)
	if own == "" {
		return globals
	}
	return own + sep + globals
}

// fitKeys lays out as many keys as fit in width cells, in order, with the
// ellipsis after the last when some are left out. (bubbles' help lets a
// key run past its width when the ellipsis itself does not fit.)
func (m *Model) fitKeys(bindings []key.Binding, width int) string {
	tail := lipgloss.Width(" " + m.help.Styles.Ellipsis.Render(m.help.Ellipsis))
	sep := lipgloss.Width(m.help.Styles.ShortSeparator.Render(m.help.ShortSeparator))
	var kept []key.Binding
	used := 0
	for i, b := range bindings {
		if !b.Enabled() {
			continue
		}
		w := lipgloss.Width(m.help.ShortHelpView([]key.Binding{b}))
		if len(kept) > 0 {
			w += sep
		}
		room := width
		if i < len(bindings)-1 {
			room -= tail // keep a place for the ellipsis
		}
		if used+w > room {
			if len(kept) == 0 {
				return ""
			}
			return m.help.ShortHelpView(kept) + " " + m.help.Styles.Ellipsis.Render(m.help.Ellipsis)
		}
		kept = append(kept, b)
		used += w
	}
	return m.help.ShortHelpView(kept)
}

// helpView lists every key: the tab's, then the global ones, in as many
// columns as fit side by side; ↑/↓ scroll it when even that is too long.
func (m *Model) helpView() string {
	lines := m.helpLines()
	top := min(m.helpScroll, max(len(lines)-m.bodyHeight(), 0))
	return strings.Join(lines[top:], "\n")
}

// helpLines lays the help out for the current width: the tab's name, its
// groups of keys side by side in as many columns as fit, each group kept
// whole in one column where it can be, and how to close the help.
func (m *Model) helpLines() []string {
	st := m.ctx.Styles
	groups := m.helpGroups()
	entryW, total, tallest := 0, 0, 0
	for _, g := range groups {
		for _, e := range g {
			entryW = max(entryW, lipgloss.Width(e))
		}
		total += len(g) + 1 // a blank line after each group
		tallest = max(tallest, len(g))
	}
	cols := max(min(m.width/(entryW+2), len(groups)), 1)
	colW := m.width / cols
	// The shortest column height that holds every group whole in cols
	// columns, filled in order.
	fitsIn := func(height int) bool {
		col, used := 0, 0
		for _, g := range groups {
			if used > 0 && used+len(g) > height {
				col, used = col+1, 0
			}
			used += len(g) + 1
		}
		return col < cols
	}
	height := max((total+cols-1)/cols, tallest)
	for !fitsIn(height) {
		height++
	}
	columns := [][]string{nil}
	for _, g := range groups {
		c := &columns[len(columns)-1]
		if len(*c) > 0 && len(*c)+len(g) > height {
			columns = append(columns, nil)
			c = &columns[len(columns)-1]
		}
		*c = append(*c, g...)
		*c = append(*c, "")
	}
	rows := 0
	for _, c := range columns {
		rows = max(rows, len(c))
	}
	lines := []string{st.Title.Render(fmt.Sprintf("%s — %s", m.ctx.T("help.title"), m.specs[m.active].name(m.ctx))), ""}
	for r := range rows {
		line := ""
		for _, c := range columns {
			e := ""
			if r < len(c) {
				e = c[r]
			}
			line += common.PadRight(e, colW)
		}
		lines = append(lines, strings.TrimRight(line, " "))
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return append(lines, "", st.Muted.Render(m.ctx.T("help.close")))
}

// helpGroups are the help's groups of keys: the tab's, by view, then the
// keys that work everywhere. A key is listed once in a group, and in every
// view it works in (esc, enter, e mean the same in several), but not again
// where the keys that work everywhere already list it; a group left empty
// is left out.
func (m *Model) helpGroups() [][]string {
	st := m.ctx.Styles
	type section struct {
		title string
		keys  []key.Binding
	}
	var sections []section
	for _, g := range m.tabs[m.active].HelpGroups() {
		sections = append(sections, section{m.ctx.T(g.Title), g.Keys})
	}
	sections = append(sections, section{m.ctx.T("help.global"), m.keys.FullHelp()[0]})
	global := map[string]bool{}
	for _, b := range m.keys.FullHelp()[0] {
		global[b.Help().Key+"\x00"+b.Help().Desc] = true
	}
	var kept [][][2]string
	var titles []string
	keyW := 0
	for s, sec := range sections {
		var rows [][2]string
		seen := map[string]bool{}
		for _, b := range sec.keys {
			h := b.Help()
			id := h.Key + "\x00" + h.Desc
			if !b.Enabled() || h.Key == "" || seen[id] || global[id] && s < len(sections)-1 {
				continue
			}
			seen[id] = true
			rows = append(rows, [2]string{h.Key, h.Desc})
			keyW = max(keyW, lipgloss.Width(h.Key))
		}
		if len(rows) > 0 {
			kept, titles = append(kept, rows), append(titles, sec.title)
		}
	}
	groups := make([][]string, len(kept))
	for i, rows := range kept {
		groups[i] = []string{st.Header.Render(titles[i])}
		for _, r := range rows {
			groups[i] = append(groups[i], "  "+st.HelpKey.Render(common.PadRight(r[0], keyW))+"  "+r[1])
		}
	}
	return groups
}

func (m *Model) tooSmallView() string {
	msg := fmt.Sprintf(m.ctx.T("root.too_small"), MinWidth, MinHeight, m.width, m.height)
	w := max(m.width-2, 1)
	text := strings.Join(common.Wrap(msg, w), "\n")
	return common.FitLines(m.ctx.Styles.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, text), m.width, m.height)
}
