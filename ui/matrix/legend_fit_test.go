package matrix

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/kam-workbench/kam/model"
)

// withUnevaluated is the case study with n accounts more, none evaluated.
func withUnevaluated(t *testing.T, n int) *harness {
	t.Helper()
	ws := model.CaseStudy(now, model.English)
	for i := range n {
		ws.Accounts = append(ws.Accounts, model.Account{ID: "new" + strconv.Itoa(i), Name: "New Mart " + strconv.Itoa(i),
			Channel: model.Supermarket, Tier: model.TierC, OurSales: 1_000_000_00})
	}
	return newHarness(t, ws)
}

// TestLegendSaysHowManyMoreAtEightyByTwentyFour: at 80×24 (a body of
// 80×19) the case study's ten evaluated accounts and three new ones do not
// all fit in the legend; wherever the cursor is, every account is either
// listed or counted on a line that says how many more there are, and the
// header stays.
func TestLegendSaysHowManyMoreAtEightyByTwentyFour(t *testing.T) {
	h := withUnevaluated(t, 3)
	h.Tab.SetSize(80, 19)
	more := regexp.MustCompile(`([↑↓]) (\d+) more (above|below)(?: \((\d+) not evaluated\))?`)
	listed := regexp.MustCompile(`^(?:> )?(?:[A-Z]\*?|-) +\S`)
	h.Press("g")
	for c := range h.tab.rows() {
		v := ansi.Strip(h.tab.View())
		lines := strings.Split(v, "\n")
		if len(lines) > 19 {
			t.Fatalf("the view is %d lines", len(lines))
		}
		shown, counted, notYet := 0, 0, 0
		header := false
		for _, line := range lines {
			if len(line) < 42 {
				continue
			}
			side := strings.TrimSpace(string([]rune(line)[41:]))
			header = header || strings.HasPrefix(side, "Name")
			if listed.MatchString(side) {
				shown++
			}
			if mm := more.FindStringSubmatch(side); mm != nil {
				n, _ := strconv.Atoi(mm[2])
				counted += n
				if mm[4] != "" {
					k, _ := strconv.Atoi(mm[4])
					notYet += k
				}
			}
		}
		if !header || shown+counted != h.tab.rows() {
			t.Errorf("cursor %d: header %v, %d listed + %d counted, of %d accounts:\n%s", c, header, shown, counted, h.tab.rows(), v)
		}
		if c == 0 && notYet != 3 {
			t.Errorf("at the top, the line below says 3 are not evaluated (%d):\n%s", notYet, v)
		}
		h.Press("j")
	}
}

func TestScrollWindowKeepsTheCursorInside(t *testing.T) {
	for n := range 12 {
		for rows := 1; rows < 8; rows++ {
			for cur := range n {
				top, end := scrollWindow(n, rows, cur)
				lines := end - top
				if top > 0 && rows >= 3 {
					lines++
				}
				if end < n && rows >= 3 {
					lines++
				}
				if cur < top || cur >= end || lines > rows || top < 0 || end > n {
					t.Errorf("n %d rows %d cursor %d: [%d, %d)", n, rows, cur, top, end)
				}
			}
		}
	}
}
