package accounts

import (
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// Issue 11, finding 5: the account form takes amounts as the screens print
// them, short with a unit or in full with separators, in either language.
func TestFormTakesAmountsAsPrinted(t *testing.T) {
	for _, lang := range model.Langs {
		h := caseStudy(t)
		h.SetLang(lang)
		h.Press("n", "text:Lotus Mart 莲花超市", "enter", // name
			"enter", "enter", "enter", "enter", // channel, format, region, outlets
			"text:1.2亿", "enter", // category sales
			"text:12.5M", "enter", // our sales
			"text:150万", "enter", // target
			"enter", "enter", "enter", "enter", "enter") // growth, tier, traits, objectives, notes: save
		a, ok := h.stored("Lotus Mart 莲花超市")
		if !ok {
			t.Fatalf("%s: not saved:\n%s", lang, h.tab.View())
		}
		if a.CategorySales != 120_000_000_00 || a.OurSales != 12_500_000_00 || a.Target != 1_500_000_00 {
			t.Errorf("%s: saved category %d, ours %d, target %d", lang, a.CategorySales, a.OurSales, a.Target)
		}
	}
}

// Issue 11, finding 5 and issue 17, finding 4: what is wrong is said
// exactly, at the field, in the language shown.
func TestFormSaysWhatIsWrongWithAnAmount(t *testing.T) {
	toOurSales := []string{"text:X", "enter", "enter", "enter", "enter", "enter", "enter"}
	tests := []struct {
		lang  model.Lang
		typed string
		want  string
	}{
		{model.English, "12,5 M", "remove the space before M"},
		{model.Chinese, "12,5 M", "请去掉 M 前面的空格"},
		{model.English, "2,5", "use a point: 2.5"},
		{model.Chinese, "2,5", "小数请用小数点：2.5"},
		{model.English, "999999999999999999", "too large"},
	}
	for _, tt := range tests {
		h := caseStudy(t)
		h.SetLang(tt.lang)
		h.Press("n")
		h.Press(toOurSales...)
		h.Press("text:"+tt.typed, "enter")
		if v := h.tab.View(); !strings.Contains(v, tt.want) || h.tab.Form == nil {
			t.Errorf("%s %q: %q not shown:\n%s", tt.lang, tt.typed, tt.want, v)
		}
	}
}

// Issue 11, finding 5: the detail and the list write an amount the same
// way, and the detail in the workspace currency.
func TestDetailAndListWriteAmountsAlike(t *testing.T) {
	tests := []struct {
		lang model.Lang
		want []string
	}{
		{model.English, []string{"¥21.6M", "¥180M"}},
		{model.Chinese, []string{"¥2,160万", "¥1.8亿"}},
	}
	for _, tt := range tests {
		h := caseStudy(t)
		h.SetLang(tt.lang)
		h.Press("g") // FreshWay
		listed := h.tab.cell(h.tab.table.Cursor, "sales")
		if !strings.Contains(h.tab.View(), listed) {
			t.Fatalf("%s: the list lacks %q", tt.lang, listed)
		}
		h.Press("enter")
		v := h.tab.View()
		for _, want := range append(tt.want, "¥"+listed) {
			if !strings.Contains(v, want) {
				t.Errorf("%s: detail lacks %q:\n%s", tt.lang, want, v)
			}
		}
	}
}

// A workspace with no currency set writes ¥ in Chinese and no symbol in
// English; another currency writes its own symbol.
func TestDetailCurrency(t *testing.T) {
	tests := []struct {
		currency string
		lang     model.Lang
		want     string
		not      string
	}{
		{"", model.Chinese, "¥2,160万", ""},
		{"", model.English, "21.6M", "¥"},
		{"USD", model.English, "$21.6M", "¥"},
	}
	for _, tt := range tests {
		ws := model.CaseStudy(now, tt.lang)
		ws.Settings.Currency = tt.currency
		ws.Settings.Lang = tt.lang
		h := newHarness(t, ws)
		h.SetLang(tt.lang)
		h.Press("g", "enter")
		v := h.tab.View()
		if !strings.Contains(v, tt.want) || tt.not != "" && strings.Contains(v, tt.not) {
			t.Errorf("currency %q, %s: want %q and no %q:\n%s", tt.currency, tt.lang, tt.want, tt.not, v)
		}
	}
}
