package rangetab

import (
	"testing"

	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/uitest"
)

// BenchmarkGridFrame is a key and a frame of the Range grid at 300
// products × 40 clusters: the budget is 5 ms a frame.
func BenchmarkGridFrame(b *testing.B) {
	h, tab := uitest.For(b, wideWorkspace(300, 40), now, New)
	h.Tab.SetSize(200, 60)
	tab.View()
	keys := []string{"j", "l", "j", "h"}
	b.ResetTimer()
	for i := range b.N {
		h.Press(keys[i%len(keys)])
		tab.View()
	}
}

// BenchmarkGridFrameAfterSave is a frame after a save touched the range:
// the account's grid is worked out again from its records.
func BenchmarkGridFrameAfterSave(b *testing.B) {
	h, tab := uitest.For(b, wideWorkspace(300, 40), now, New)
	h.Tab.SetSize(200, 60)
	tab.View()
	b.ResetTimer()
	for range b.N {
		tab.Update(common.CurrentChangedMsg{ID: "acc"})
		tab.View()
	}
}
