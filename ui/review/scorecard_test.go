package review

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/model"
)

// MegaMart's review of Q3 2026 in the case study: sell-in 15,340,500
// against a target of 15,750,000 is 97.4% achieved, 409,500 (2.6%) short,
// inside the 5% band; against last year's 14,962,500 it is 378,000 (2.5%)
// up. Out-of-stocks of 2.6% against 3% are 0.4 points in our favour,
// achieving 3 ÷ 2.6 = 115.4%. Q2 and Q3 sum to 30.49M against 31.5M.
func TestScorecardSaysBandAchievementAndGap(t *testing.T) {
	h := caseStudy(t)
	h.tab.SetSize(120, 60)
	h.Press("enter")
	v := h.tab.View()
	for _, want := range []string{
		"achieved 97.4% · near target (near = within 5% of target) · 2.6% (410K) unfavourable vs target",
		"achieved 96.5% · off target (near = within 1 pt) · 2.8 pts unfavourable vs target",
		"last year 14,962,500 · 2.5% (378K) favourable vs last year",
		"year to date (sum of 2): 30.5M of 31.5M · achieved 96.8% · near target (near = within 5% of target)",
		"year to date (average of 2): 2.5% vs 3% · achieved 117.6% · on target",
		"achieved 115.4% · on target · 0.4 pts favourable vs target",
		"2 of 8 on target, 3 near",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("sheet lacks %q:\n%s", want, v)
		}
	}
	for _, wrong := range []string{"ahead", "behind"} {
		if strings.Contains(v, wrong) {
			t.Errorf("the sheet still says %q:\n%s", wrong, v)
		}
	}
}

func TestScorecardInChinese(t *testing.T) {
	h := caseStudy(t)
	h.Tab.SetSize(120, 40) // the whole scorecard on the page, above the line that says more is below
	h.SetLang(model.Chinese)
	h.Press("enter")
	v := h.tab.View()
	for _, want := range []string{
		"达成率 97.4% · 接近目标 （接近＝差距在目标的 5% 以内） · 较目标不利 2.6%（41万）",
		"去年 14,962,500 · 较去年有利 2.5%（37.8万）",
		"年初至今（2 次回顾合计）：3,049万 / 目标 3,150万",
		"达成率 115.4% · 达标 · 较目标有利 0.4 个百分点",
		"2/8 项达标，3 项接近",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("sheet lacks %q:\n%s", want, v)
		}
	}
}

// The scorecard's lines fit 80 columns in both languages.
func TestScorecardFitsEightyColumns(t *testing.T) {
	for _, lang := range model.Langs {
		h := caseStudy(t)
		h.SetLang(lang)
		h.tab.SetSize(80, 60)
		h.Press("enter")
		for _, line := range strings.Split(h.tab.View(), "\n") {
			if w := lipgloss.Width(line); w > 80 {
				t.Errorf("%s: a line of %d columns: %q", lang, w, line)
			}
		}
	}
}

// A tolerance of 1% puts the same 97.4% off target; 150 is refused at
// the field, and an empty field goes back to the default.
func TestEditTheTolerance(t *testing.T) {
	h := caseStudy(t)
	h.Press("enter")
	for range 6 { // the header, 2 + 2 attendees, the objectives: then sell-in
		h.Press("down")
	}
	// name, unit, lower is better, target, actual, last year: then the tolerance.
	h.Press("enter", "enter", "enter", "enter", "enter", "enter", "enter", "text:150", "enter")
	if v := h.tab.View(); !strings.Contains(v, `"150": a tolerance is a number from 0 to 100`) {
		t.Fatalf("150 is not refused:\n%s", v)
	}
	h.Press("ctrl+u", "text:1", "enter")
	x := h.meeting("cs01-r3").Scorecard[0]
	if x.Tolerance == nil || *x.Tolerance != 1 || x.Band() != model.OffBand {
		t.Fatalf("tolerance %v, band %v", x.Tolerance, x.Band())
	}
	if v := h.tab.View(); !strings.Contains(v, "achieved 97.4% · off target") {
		t.Errorf("the sheet does not follow the band:\n%s", v)
	}
	h.Press("enter", "enter", "enter", "enter", "enter", "enter", "enter", "ctrl+u", "enter")
	if x := h.meeting("cs01-r3").Scorecard[0]; x.Tolerance != nil || x.Band() != model.NearBand {
		t.Errorf("emptied, the tolerance is the default again: %v %v", x.Tolerance, x.Band())
	}
}
