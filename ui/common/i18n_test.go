package common

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// countedNoun finds a count followed by an English plural: "%d contacts",
// "%d open actions".
var countedNoun = regexp.MustCompile(`%d (?:[a-z]+ )?[a-z]+s\b`)

// TestCountsAgreeInEnglish: every count formatted before a plural noun has
// a singular form, so one reads "1 contact", not "1 contacts".
func TestCountsAgreeInEnglish(t *testing.T) {
	one := regexp.MustCompile(`\b1 (?:[a-z]+ )?[a-z]*[a-rt-z]s\b`) // "business" is not a plural
	found := 0
	for k, tx := range Catalog() {
		if strings.HasSuffix(k, "_one") {
			base, ok := catalog[strings.TrimSuffix(k, "_one")]
			if !ok {
				t.Errorf("%s has no plural form", k)
			} else if v1, v2 := verbs(base.EN), verbs(tx.EN); strings.Join(v1, " ") != strings.Join(v2, " ") {
				t.Errorf("%s: format verbs differ from the plural: %v vs %v", k, v2, v1)
			}
			continue
		}
		if !countedNoun.MatchString(tx.EN) {
			continue
		}
		found++
		if !HasKey(k + "_one") {
			t.Errorf("%s (%q) has no singular form %s_one", k, tx.EN, k)
			continue
		}
		// every count 1, every other argument a word
		args := []any{}
		for _, v := range verbs(tx.EN) {
			if strings.HasSuffix(v, ":d") {
				args = append(args, 1)
			} else {
				args = append(args, "X")
			}
		}
		if got := fmt.Sprintf(TrN(model.English, k, 1), args...); one.MatchString(got) {
			t.Errorf("%s reads %q", k, got)
		}
		if TrN(model.Chinese, k, 1) != Tr(model.Chinese, k) {
			t.Errorf("%s: Chinese has no plural, its two forms should read the same", k)
		}
	}
	if found < 8 {
		t.Errorf("found only %d counted nouns; is the pattern still right?", found)
	}
	if got := fmt.Sprintf(TrN(model.English, "buyer.contacts_count", 1), 1); got != "1 contact" {
		t.Errorf("one contact reads %q", got)
	}
	if got := fmt.Sprintf(TrN(model.English, "buyer.contacts_count", 2), 2); got != "2 contacts" {
		t.Errorf("two contacts read %q", got)
	}
	if got := fmt.Sprintf(TrN(model.English, "buyer.contacts_count", 0), 0); got != "0 contacts" {
		t.Errorf("no contacts read %q", got)
	}
}

// TestCountedKeysGoThroughTN reads the ui code: a key with a singular form
// must be looked up by count (TN), or "1 contacts" comes back.
func TestCountedKeysGoThroughTN(t *testing.T) {
	lookup := regexp.MustCompile(`\b[tT]\("([a-z_.0-9]+)"\)`)
	filepath.Walk("..", func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, _ := os.ReadFile(path)
		for _, m := range lookup.FindAllStringSubmatch(string(src), -1) {
			if HasKey(m[1]+"_one") || strings.HasSuffix(m[1], "_one") {
				t.Errorf("%s looks up %q without its count: use TN", path, m[1])
			}
		}
		return nil
	})
}

// TestChineseAsAMainlandKAMSaysIt pins the words of DESIGN.md: 检讨 reads
// as self-criticism, so kam's own screens say 业务回顾; the buyer tab is 采购;
// a person has a 姓名; on- and off-invoice terms are 票面 / 票外费用; an
// action's side is its 归属; and no message counts terminal cells.
func TestChineseAsAMainlandKAMSaysIt(t *testing.T) {
	for k, tx := range Catalog() {
		for _, bad := range []string{"检讨", "发票内", "发票外", "一方", "采购员页", "在用客户", "%d 格"} {
			if strings.Contains(tx.ZH, bad) {
				t.Errorf("%s says %q: %q", k, bad, tx.ZH)
			}
		}
		if regexp.MustCompile(`\bcells?\b`).MatchString(tx.EN) {
			t.Errorf("%s speaks of cells: %q", k, tx.EN)
		}
	}
	want := map[string]string{
		"tab.review":          "业务回顾",
		"tab.buyer":           "采购",
		"field.person_name":   "姓名",
		"col.person_name":     "姓名",
		"review.side":         "归属",
		"prepare.on_invoice":  "票面费用（前台费用）",
		"prepare.off_invoice": "票外费用（后台费用）",
	}
	for k, zh := range want {
		if got := Tr(model.Chinese, k); got != zh {
			t.Errorf("%s reads %q, want %q", k, got, zh)
		}
	}
	if !strings.Contains(Tr(model.Chinese, "review.meeting_count"), "业务回顾") {
		t.Errorf("meetings are %q", Tr(model.Chinese, "review.meeting_count"))
	}
}
