package matrix

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
)

// haloAround counts the block cells around an account's marker.
func haloAround(h *harness, id string, w, ht int) int {
	cells := h.tab.cells(w, ht)
	places, _, _ := h.tab.source()
	i, _ := h.Ctx.Data.AccountIndex(id)
	l := h.tab.plotted.layout
	x, y := l.at(places[i].attr, places[i].str)
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -2; dx <= 2; dx++ {
			if at := l.cell(x+dx, y+dy); at >= 0 && cells[at].Tag == kindHalo {
				n++
			}
		}
	}
	return n
}

// TestZSizesMarkersByOurSales: z draws MegaMart (63M, the most) in a big
// block, Sunrise Mini (3.2M) as a letter alone, says what sizes mean, and
// keeps doing so in Chinese.
func TestZSizesMarkersByOurSales(t *testing.T) {
	h := caseStudy(t)
	h.Press("t", "z")
	if n := haloAround(h, "cs01", 90, 30); n < 8 {
		t.Errorf("MegaMart, top third by our sales, has %d block cells around it", n)
	}
	if n := haloAround(h, "cs09", 90, 30); n != 0 {
		t.Errorf("Sunrise Mini, lowest third, has %d block cells around it", n)
	}
	if v := ansi.Strip(h.tab.View()); !strings.Contains(v, "size = our sales") {
		t.Errorf("a line says what the sizes mean:\n%s", v)
	}
	h.SetLang(model.Chinese)
	if n := haloAround(h, "cs01", 90, 30); n < 8 {
		t.Errorf("after the language switch, MegaMart has %d block cells around it", n)
	}
	if v := ansi.Strip(h.tab.View()); !strings.Contains(v, "大小 = 我方销售额") {
		t.Errorf("the sizes are explained in Chinese:\n%s", v)
	}
	h.Press("z")
	if n := haloAround(h, "cs01", 90, 30); n != 0 {
		t.Errorf("z again: no blocks, got %d", n)
	}
}

// TestSizeNoteFitsAtEightyColumns: at 80×24 (a body of 80×19) the legend
// is 39 cells wide; the line saying what z's sizes mean is too long for
// it, and goes on two lines with every size whole, in both languages. Wide
// enough, it is one line.
func TestSizeNoteFitsAtEightyColumns(t *testing.T) {
	h := caseStudy(t)
	h.Press("z")
	for _, lang := range []model.Lang{model.English, model.Chinese} {
		h.SetLang(lang)
		want := map[model.Lang][]string{
			model.English: {"size = our sales: A lowest third", "░A░ middle", "░░A░░ top"},
			model.Chinese: {"大小 = 我方销售额：A 最低三分之一", "░A░ 中间", "░░A░░ 最高"},
		}[lang]
		for _, size := range [][2]int{{80, 19}, {120, 35}} {
			h.Tab.SetSize(size[0], size[1])
			v := ansi.Strip(h.tab.View())
			for _, part := range want {
				if !strings.Contains(v, part) {
					t.Errorf("%s, %d×%d: %q is not shown whole:\n%s", lang, size[0], size[1], part, v)
				}
			}
			if oneLine := strings.Join(want, " · "); size[0] == 120 && !strings.Contains(v, oneLine) {
				t.Errorf("%s, %d×%d: the note is not one line %q:\n%s", lang, size[0], size[1], oneLine, v)
			}
		}
	}
}
