package model

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestChineseWording reads the model's own texts with a Mainland KAM's ear:
// 检讨 is self-criticism (a business review is 业务回顾; only the course's
// deck title 业务检讨会议 may be quoted as written), a critic is 反对者,
// sell-out is 动销, value share 市场份额（金额）, and a length is never
// counted in terminal cells (格).
func TestChineseWording(t *testing.T) {
	cells := regexp.MustCompile(`\bcells?\b`)
	pair := regexp.MustCompile(`T\("((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\)`)
	files, _ := filepath.Glob("*.go")
	read := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		read++
		text := strings.ReplaceAll(string(src), "业务检讨会议", "")
		for _, bad := range []string{"检讨", "批评者"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s says %q", f, bad)
			}
		}
		for _, m := range pair.FindAllStringSubmatch(text, -1) {
			if cells.MatchString(m[1]) || strings.Contains(m[2], "%d 格") {
				t.Errorf("%s: %q / %q counts cells", f, m[1], m[2])
			}
		}
	}
	if read < 5 {
		t.Fatalf("read only %d files", read)
	}
	if n := Stages[StageCount-1].ZH; n != "业务回顾" {
		t.Errorf("the last stage is %q", n)
	}
	stance := map[string]string{}
	for _, s := range Stances {
		stance[string(s.Key)] = s.Name.ZH
	}
	if stance["critic"] != "反对者" || stance["opponent"] == "反对者" {
		t.Errorf("stances: %v", stance)
	}
	metric := map[string]string{}
	for _, m := range DefaultMetrics() {
		metric[m.Name.EN] = m.Name.ZH
	}
	if !strings.Contains(metric["Sell-out"], "动销") || metric["Value share"] != "市场份额（金额）" {
		t.Errorf("metrics: %v", metric)
	}
}

// TestSingularInEnglish: one payment day is "1 day", not "1 days" (one
// criterion left unscored is pinned in TestCheckEvaluation).
func TestSingularInEnglish(t *testing.T) {
	for days, want := range map[int]string{1: "1 day", 30: "30 days"} {
		if v := (Term{Kind: "payment_days", Basis: PaymentDays, Days: days}).Value(English); v != want {
			t.Errorf("%d payment days: %q", days, v)
		}
	}
}
