package store

import (
	"strings"
	"testing"
)

func verifyFile(t *testing.T, path string) Verification {
	t.Helper()
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return s.Verify()
}

// bucketCounts are a verification's records by bucket.
func bucketCounts(v Verification) map[string]int {
	counts := map[string]int{}
	for _, c := range v.Counts {
		counts[c.Bucket] = c.Records
	}
	return counts
}

func TestVerifyGoodFile(t *testing.T) {
	v := verifyFile(t, caseStudyFile(t))
	if len(v.Problems) > 0 || !v.RecordsChecked {
		t.Fatalf("the case study: %v %v", v.Problems, v.RecordsChecked)
	}
	counts := bucketCounts(v)
	if counts["accounts"] != 10 || counts["contacts"] == 0 || counts["meetings"] == 0 || counts["criteria"] != 12 || counts["checklist"] != 11 {
		t.Errorf("counts: %v", v)
	}
}

// Every damaged record is named, not only the first a load meets.
func TestVerifyFindsEveryDamagedRecord(t *testing.T) {
	path := caseStudyFile(t)
	corrupt(t, path, "accounts", "cs02", `{"id":"cs02","name":"","channel":"supermarket","tier":"A"}`)
	corrupt(t, path, "accounts", "cs05", `not json`)
	corrupt(t, path, "meetings", "cs03-r1", `{"id":"cs03-r1","account_id":"nobody","date":"2026-01-01T00:00:00Z"}`)
	v := verifyFile(t, path)
	var found []string
	for _, p := range v.Problems {
		found = append(found, p.Error())
	}
	all := strings.Join(found, "\n")
	for _, want := range []string{"accounts/cs02", "accounts/cs05", "meetings/cs03-r1"} {
		if !strings.Contains(all, want) {
			t.Errorf("no problem names %s:\n%s", want, all)
		}
	}
	if len(found) != 3 {
		t.Errorf("%d problems, want 3:\n%s", len(found), all)
	}
}
