package exchange

import (
	"testing"

	"github.com/kam-workbench/kam/model"
)

// A file written when the catalog gave some terms other Chinese names
// imports them as those terms, not as terms of our own.
func TestFormerTermNamesImportAsTheirTerms(t *testing.T) {
	if len(model.FormerTermNames) == 0 {
		t.Fatal("the model keeps no former names to test")
	}
	for name, kind := range model.FormerTermNames {
		spec, ok := termKind(name)
		if !ok || spec.Kind != kind {
			t.Errorf("%s is read as %q (%v), want %s", name, spec.Kind, ok, kind)
		}
	}
	p := planCSV(t, termsWS(), "", "客户,年份,条款,数值,数量\n"+
		"MegaMart,2025,新品进场费（每个 SKU）,20000,12\n"+
		"MegaMart,2025,海报费,45000,10\n"+
		"MegaMart,2025,端架 / 陈列费,8000,40\n"+
		"MegaMart,2025,物流费,1%,\n")
	if !p.OK() {
		t.Fatalf("%q", rejectedAt(p))
	}
	y := p.Records()[0].(model.TermsYear)
	for _, want := range []struct {
		kind    model.TermKind
		onInv   bool
		percent float64
		amount  model.Money
		count   int
	}{
		{"listing_fee", false, 0, 20_000_00, 12},
		{"leaflet_fee", false, 0, 45_000_00, 10},
		{"display_fee", false, 0, 8_000_00, 40},
		{"logistics_allowance", true, 1, 0, 0},
	} {
		got, ok := y.Term(want.kind)
		if !ok {
			t.Errorf("no %s in the year", want.kind)
			continue
		}
		if got.Name != "" || got.OnInvoice != want.onInv || got.Percent != want.percent || got.Amount != want.amount || got.Count != want.count {
			t.Errorf("%s: %+v", want.kind, got)
		}
	}
	for _, term := range y.Terms {
		if term.Kind == model.CustomTerm {
			t.Errorf("%q imported as a term of our own", term.Name)
		}
	}
}
