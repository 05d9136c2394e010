package accounts

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/data"
)

// TestPlanShowsTheAccountAndScrolls: p on the list shows the plan of the
// account under the cursor, a page at a time; esc goes back.
func TestPlanShowsTheAccountAndScrolls(t *testing.T) {
	h := caseStudy(t)
	h.Press("p")
	v := h.tab.View()
	if h.tab.plan == nil || !strings.Contains(v, "MegaMart 美佳大卖场 — account plan") || !strings.Contains(v, "Profile") {
		t.Fatalf("p on MegaMart:\n%s", v)
	}
	if !strings.Contains(v, "lines 1–34 of") {
		t.Errorf("the head does not say where the page is:\n%s", v)
	}
	n := len(h.tab.plan.lines)
	h.Press("pgdown")
	if h.tab.plan.top != 33 || !strings.Contains(h.tab.View(), "lines 34–67 of") {
		t.Errorf("pgdown: top %d", h.tab.plan.top)
	}
	h.Press("G")
	if v := h.tab.View(); h.tab.plan.top != n-34 || !strings.Contains(v, "Plan the gondola ends for the next season") {
		t.Errorf("G: top %d of %d:\n%s", h.tab.plan.top, n, v)
	}
	h.Press("down")
	if h.tab.plan.top != n-34 {
		t.Error("the page scrolls past its end")
	}
	h.Press("up", "g")
	if h.tab.plan.top != 0 {
		t.Errorf("g: top %d", h.tab.plan.top)
	}
	h.Press("esc")
	if h.tab.plan != nil || !strings.Contains(h.tab.View(), "10 key accounts") {
		t.Error("esc does not go back to the list")
	}
}

// TestPlanFollowsTheLanguageAndSaves: the plan is written again on a
// language switch and when a save changes its account, not on a frame.
func TestPlanFollowsTheLanguageAndSaves(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter", "p") // from the detail
	if !strings.Contains(h.tab.View(), "MegaMart 美佳大卖场 — account plan") {
		t.Fatalf("p on the detail:\n%s", h.tab.View())
	}
	h.SetLang(model.Chinese)
	if v := h.tab.View(); !strings.Contains(v, "MegaMart 美佳大卖场 — 客户计划") || !strings.Contains(v, "客户概况") {
		t.Errorf("after the switch:\n%s", v)
	}
	a, _ := h.Ctx.Data.Account(h.tab.plan.id)
	a.Notes = "Quarterly reviews from January."
	h.Run(data.Save(h.Ctx.Data, "", a))
	if !strings.Contains(strings.Join(h.tab.plan.lines, "\n"), "Quarterly reviews from January.") {
		t.Error("a save of the account does not show in its plan")
	}
	md := h.tab.plan.md
	h.tab.plan.md = "# stale"
	other := h.Ctx.Data.Accounts[1]
	other.Notes = "x"
	h.Run(data.Save(h.Ctx.Data, "", other))
	h.tab.View()
	if h.tab.plan.md != "# stale" {
		t.Error("the plan is written again for a save of another account, or on a frame")
	}
	h.tab.plan.md = md
	h.Press("esc")
	if h.tab.plan != nil || h.tab.mode != modeDetail {
		t.Error("esc goes back to the detail")
	}
	h.Press("p")
	h.Run(h.Update(common.OpenMsg{Item: "cs03"}))
	if h.tab.plan != nil || h.tab.detailID != "cs03" {
		t.Error("brought to the front with an account, the tab shows its detail, not the plan left open")
	}
}

// TestPlanFromToday: on Today, p shows the plan of the line's account.
func TestPlanFromToday(t *testing.T) {
	h := newTodayHarness(t, model.CaseStudy(now, model.English))
	h.Press("down")
	it := h.tab.today.current()
	h.Press("p")
	if h.tab.plan == nil || h.tab.plan.id != it.AccountID || !strings.Contains(h.tab.View(), it.Account+" — account plan") {
		t.Fatalf("p on %s:\n%s", it.Account, h.tab.View())
	}
	h.Press("esc")
	if h.tab.view != viewToday || h.tab.plan != nil {
		t.Error("esc goes back to Today")
	}
}

// TestPlanFitsNarrowTerminals: at 80 columns and 24 rows no line of the
// plan is wider than the terminal, and nothing is cut: a table too wide
// is wrapped or written row by row, every cell still there.
func TestPlanFitsNarrowTerminals(t *testing.T) {
	for _, l := range []model.Lang{model.English, model.Chinese} {
		h := caseStudy(t)
		h.SetLang(l)
		h.tab.SetSize(80, 22)
		h.Press("p")
		all := strings.Join(h.tab.plan.lines, "\n")
		for i, line := range h.tab.plan.lines {
			if w := lipgloss.Width(line); w > 80 {
				t.Errorf("%v: line %d is %d wide: %q", l, i, w, line)
			}
		}
		for _, want := range []string{"Zhang Min 张敏", "Ma Lin 马琳", "Sarah Lin 林莎", "2026-10-14", "Hypermarkets, 8,000–12,000 m²"} {
			if !strings.Contains(all, want) {
				t.Errorf("%v: the plan at 80 columns lost %q", l, want)
			}
		}
		if lines := strings.Split(h.tab.View(), "\n"); len(lines) != 22 {
			t.Errorf("%v: the view is %d lines", l, len(lines))
		}
	}
}

// TestPlanWaitsForTheWholeWorkspace: before the rest of the file is in,
// the page says it is loading, then shows the plan.
func TestPlanWaitsForTheWholeWorkspace(t *testing.T) {
	h := caseStudy(t)
	ws := h.Ctx.Data.Workspace
	h.Ctx.Data = data.New(h.Store)
	h.Ctx.Data.Apply(data.LoadedMsg{Part: store.FirstFrame, Workspace: ws})
	h.tab.plan = &planPage{id: ws.Accounts[0].ID}
	h.tab.buildPlan()
	if !strings.Contains(h.tab.View(), "loading") {
		t.Fatalf("with half the file:\n%s", h.tab.View())
	}
	h.Run(h.Ctx.Data.Load(store.Rest))
	if !strings.Contains(h.tab.View(), "account plan") {
		t.Errorf("once the rest is in:\n%s", h.tab.View())
	}
}
