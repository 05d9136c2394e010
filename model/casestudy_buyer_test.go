package model

import (
	"strings"
	"testing"
)

// Each retailer's checklist is answered for that retailer: no two share
// an answer to an item, every answer is written in both languages, and
// the online marketplace is not told about gondola ends or store visits.
func TestCaseStudyAnswersBelongToTheirRetailer(t *testing.T) {
	en, zh := CaseStudy(caseStudyNow, English), CaseStudy(caseStudyNow, Chinese)
	if len(en.Knowledge) != len(zh.Knowledge) {
		t.Fatalf("%d answers in English, %d in Chinese", len(en.Knowledge), len(zh.Knowledge))
	}
	byItem := map[string]map[string]string{} // item → answer → account
	answered := 0
	for i, k := range en.Knowledge {
		if k.Status == Unknown {
			if k.Answer != "" {
				t.Errorf("%s %s: unknown, yet answered %q", k.AccountID, k.ItemID, k.Answer)
			}
			continue
		}
		answered++
		z := zh.Knowledge[i]
		if k.Answer == "" || z.Answer == "" || !hasHan(z.Answer) || hasHan(k.Answer) {
			t.Errorf("%s %s: answer %q / %q", k.AccountID, k.ItemID, k.Answer, z.Answer)
		}
		if byItem[k.ItemID] == nil {
			byItem[k.ItemID] = map[string]string{}
		}
		if other, ok := byItem[k.ItemID][k.Answer]; ok {
			t.Errorf("%s and %s give the same answer to %s: %q", other, k.AccountID, k.ItemID, k.Answer)
		}
		byItem[k.ItemID][k.Answer] = k.AccountID
		if k.AccountID == "cs04" {
			for _, text := range []string{k.Answer, k.Source, z.Answer, z.Source} {
				for _, word := range []string{"gondola", "store visit", "shelf", "端架", "门店", "货架"} {
					if strings.Contains(text, word) {
						t.Errorf("the e-commerce account's %s says %q: %q", k.ItemID, word, text)
					}
				}
			}
		}
	}
	if answered != 70 {
		t.Errorf("%d answers, want 70 (the known and partly known items of the ten retailers)", answered)
	}
}

// Warehouse clubs are membership warehouses, not cash & carry.
func TestCaseStudyWarehouseClub(t *testing.T) {
	for _, a := range CaseStudy(caseStudyNow, English).Accounts {
		club := strings.Contains(strings.ToLower(a.Format), "club")
		if club != (a.Channel == MembershipClub) {
			t.Errorf("%s (%s) is in channel %s", a.Name, a.Format, a.Channel)
		}
	}
}
