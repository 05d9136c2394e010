package model

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// FuzzEvaluationJSON feeds stored evaluations, whole and damaged, to the
// reader: it never panics, and where its fast path reads a record, the
// plain JSON reading of the same bytes agrees with it.
func FuzzEvaluationJSON(f *testing.F) {
	e := NewEvaluation("acc-1", DefaultMatrix(), time.Date(2026, 11, 20, 0, 0, 0, 0, time.Local), nil)
	for i := range e.Attractiveness {
		e.Attractiveness[i] = i%10 + 1
	}
	e.ID, e.Created = "ev-1", time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	plain, _ := json.Marshal(e)
	e.Comments = map[string]string{"a-size": "grew \"fast\" 增长"}
	noted, _ := json.Marshal(e)
	for _, seed := range [][]byte{plain, noted, plain[:len(plain)/2], []byte(`{"i":"x","d":"2026-13-01"}`), []byte(`{}`), []byte(`null`)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var got Evaluation
		if err := got.UnmarshalJSON(raw); err != nil {
			return
		}
		fast, ok := readCompact(raw)
		if !ok {
			return
		}
		var j evaluationJSON
		if err := json.Unmarshal(raw, &j); err != nil {
			t.Fatalf("the fast path read %q, which is not JSON: %v", raw, err)
		}
		if fast.ID != j.ID || fast.AccountID != j.AccountID || fast.CriteriaVersion != j.Version ||
			!reflect.DeepEqual(fast.Attractiveness, j.Scores[0]) || !reflect.DeepEqual(fast.Strength, j.Scores[1]) ||
			fast.Date.Format(DateLayout) != j.Date || !fast.Created.Equal(j.Created) {
			t.Fatalf("fast and plain readings of %q differ:\n%+v\n%+v", raw, fast, j)
		}
	})
}
