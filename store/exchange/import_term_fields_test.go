package exchange

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/kam-workbench/kam/model"
)

// termFieldsWS is a year whose terms use every field a term has: the base
// a percentage is of, the expected achievement of a conditional term, the
// days a prompt-payment discount is paid within, and an amount paid once.
func termFieldsWS() model.Workspace {
	return model.Workspace{
		Accounts: []model.Account{{ID: "a1", Name: "MegaMart", Channel: model.Hypermarket, Tier: model.TierA}},
		Terms: []model.TermsYear{{AccountID: "a1", Year: 2025, GrossSales: 1_000_000_00, Terms: []model.Term{
			{Kind: "invoice_discount", Basis: model.PercentOfSales, Percent: 2, OnInvoice: true},
			{Kind: "prompt_payment", Basis: model.PercentOfSales, Percent: 1.5, OnInvoice: true, PercentOf: model.OfVATInclusive, PaidWithin: 10},
			{Kind: "payment_days", Basis: model.PaymentDays, Days: 60},
			{Kind: "volume_bonus", Basis: model.PercentOfSales, Percent: 3, Conditional: true, Condition: "Above 1.2M", Expected: 80, PercentOf: model.OfInvoiced},
			{Kind: "growth_incentive", Basis: model.PercentOfSales, Percent: 1, Conditional: true, Condition: "Growth above 5%"},
			{Kind: "conditional_rebate", Basis: model.PercentOfSales, Percent: 0.5, Conditional: true, Condition: "Full range listed", Expected: 100},
			{Kind: "data_fee", Basis: model.FixedAmount, Amount: 10_000_00},
			{Kind: model.CustomTerm, Name: "Shelf rental", Basis: model.FixedAmount, Amount: 2_000_00, Count: 12},
		}}},
	}
}

func termsJSON(t *testing.T, terms []model.Term) string {
	t.Helper()
	b, err := json.Marshal(terms)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A term's base, expected achievement and paid-within days go out in the
// CSV and come back: imported into a workspace without the terms, the
// file gives the same terms.
func TestTermFieldsGoOutInCSVAndComeBack(t *testing.T) {
	ws := termFieldsWS()
	for _, l := range model.Langs {
		text := exportCSV(t, ws, "terms", l)
		empty := model.Workspace{Accounts: ws.Accounts}
		p := planCSV(t, empty, "", text)
		if !p.OK() {
			t.Fatalf("%s: %q", l, rejectedAt(p))
		}
		recs := p.Records()
		if len(recs) != 1 {
			t.Fatalf("%s: %d records", l, len(recs))
		}
		got := recs[0].(model.TermsYear)
		if want := termsJSON(t, ws.Terms[0].Terms); termsJSON(t, got.Terms) != want {
			t.Errorf("%s: the terms differ after export and import:\n%s\n%s\nfile:\n%s", l, termsJSON(t, got.Terms), want, text)
		}
		// Into the workspace it came from, it changes nothing.
		if p := planCSV(t, ws, "", text); !p.OK() || len(p.Added)+len(p.Updated) > 0 || p.Unchanged != 1 {
			t.Errorf("%s: into its own workspace: added %v updated %v rejected %q", l, p.Added, p.Updated, rejectedAt(p))
		}
	}
}

// editTermsCSV exports the terms, lets edit change the row of a term by
// its column headers, and gives the file back.
func editTermsCSV(t *testing.T, ws model.Workspace, l model.Lang, term string, edit map[string]string) string {
	t.Helper()
	records, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(exportCSV(t, ws, "terms", l), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	termCol := slices.Index(records[0], Spec(Terms).Columns[4].Header.In(l))
	edited := false
	for _, rec := range records[1:] {
		if rec[termCol] != term {
			continue
		}
		for h, v := range edit {
			i := slices.Index(records[0], h)
			if i < 0 {
				t.Fatalf("no column %q in %q", h, records[0])
			}
			rec[i] = v
		}
		edited = true
	}
	if !edited {
		t.Fatalf("no row of %q", term)
	}
	var b bytes.Buffer
	if err := csv.NewWriter(&b).WriteAll(records); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Export, edit in a spreadsheet, import: the edit of a base, an expected
// achievement or paid-within days is what changes, and nothing else.
func TestEditedTermFieldsAreImported(t *testing.T) {
	ws := termFieldsWS()
	for _, c := range []struct {
		lang   model.Lang
		term   string
		edit   map[string]string
		change func(*model.Term)
	}{
		{model.English, "Volume bonus", map[string]string{"Expected achievement": "60%"}, func(x *model.Term) { x.Expected = 60 }},
		{model.Chinese, "销量返利", map[string]string{"预计达成率": "65"}, func(x *model.Term) { x.Expected = 65 }},
		{model.English, "Volume bonus", map[string]string{"Expected achievement": ""}, func(x *model.Term) { x.Expected = 0 }},
		{model.English, "Volume bonus", map[string]string{"Percent of": "invoiced incl. VAT"}, func(x *model.Term) { x.PercentOf = model.OfVATInclusive }},
		{model.Chinese, "销量返利", map[string]string{"计费基数": "含税进货额"}, func(x *model.Term) { x.PercentOf = model.OfVATInclusive }},
		{model.English, "Prompt-payment discount", map[string]string{"Percent of": "gross sales"}, func(x *model.Term) { x.PercentOf = model.OfGross }},
		{model.English, "Prompt-payment discount", map[string]string{"Paid within (days)": "15"}, func(x *model.Term) { x.PaidWithin = 15 }},
		{model.Chinese, "提前付款折扣", map[string]string{"提前付款天数": "20天"}, func(x *model.Term) { x.PaidWithin = 20 }},
		{model.English, "Prompt-payment discount", map[string]string{"Paid within (days)": ""}, func(x *model.Term) { x.PaidWithin = 0 }},
		// A term no longer conditional loses its expected achievement, as
		// the form drops it.
		{model.English, "Volume bonus", map[string]string{"Conditional": "no", "Expected achievement": ""},
			func(x *model.Term) { x.Conditional, x.Condition, x.Expected = false, "", 0 }},
		// An amount has no base: a percentage given as an amount loses it.
		{model.English, "Volume bonus", map[string]string{"Given as": "fixed amount", "Value": "30,000", "Percent of": ""},
			func(x *model.Term) {
				x.Basis, x.Percent, x.Amount, x.PercentOf = model.FixedAmount, 0, 30_000_00, model.OfGross
			}},
	} {
		text := editTermsCSV(t, ws, c.lang, c.term, c.edit)
		p := planCSV(t, ws, "", text)
		if !p.OK() || len(p.Updated) != 1 {
			t.Errorf("%s %v: updated %v rejected %q", c.term, c.edit, p.Updated, rejectedAt(p))
			continue
		}
		want := slices.Clone(ws.Terms[0].Terms)
		for i := range want {
			if want[i].Label(c.lang) == c.term {
				c.change(&want[i])
			}
		}
		if got := p.Records()[0].(model.TermsYear); termsJSON(t, got.Terms) != termsJSON(t, want) {
			t.Errorf("%s %v:\ngot  %s\nwant %s", c.term, c.edit, termsJSON(t, got.Terms), termsJSON(t, want))
		}
	}
}

// A base, an expected achievement or paid-within days the term cannot
// have is a bad cell, with the model's reason.
func TestBadTermFieldsAreBadCells(t *testing.T) {
	p := planCSV(t, termsWS(), "", "Account,Year,Term,Value,Conditional,Condition,Percent of,Expected achievement,Paid within (days)\n"+
		"MegaMart,2025,Volume bonus,2%,yes,Above 1M,net of everything,,\n"+ // row 2: no such base
		"MegaMart,2025,Data fee,1000,,,invoiced,,\n"+ // row 3: an amount has no base
		"MegaMart,2025,Growth incentive,1%,yes,Growth,,120%,\n"+ // row 4: above 100%
		"MegaMart,2025,Promotional funding,1%,no,,,80%,\n"+ // row 5: not conditional
		"MegaMart,2025,Prompt-payment discount,1%,,,,,400\n"+ // row 6: beyond a year
		"MegaMart,2025,Logistics allowance,1%,,,,,10\n"+ // row 7: not a prompt-payment discount
		"MegaMart,2025,Conditional rebate,1%,yes,,,50%,\n"+ // row 8: the condition, before its expected achievement
		"MegaMart,2025,Listing fee per new SKU,1000,,,,,ten\n") // row 9: not a number
	want := []string{
		`row 2, column Percent of: "net of everything" is not one of: gross sales, invoiced sales (net of on-invoice terms), invoiced incl. VAT`,
		"row 3, column Percent of: only a percentage is of a base of sales",
		"row 4, column Expected achievement: must be between 0% and 100%",
		"row 5, column Expected achievement: only a conditional term has an expected achievement",
		"row 6, column Paid within (days): a prompt-payment discount is paid within 0 to 365 days",
		"row 7, column Paid within (days): only a prompt-payment discount is paid within days",
		"row 8, column Condition: say what the condition is",
		`row 9, column Paid within (days): "ten" is not a whole number`,
	}
	got := rejectedAt(p)
	if len(got) != len(want) {
		t.Fatalf("got:\n%s", strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.Contains(got[i], want[i]) {
			t.Errorf("got  %s\nwant %s", got[i], want[i])
		}
	}
}

// The new columns are told by their headers in either language and by
// the words a rep may use.
func TestTermFieldHeadersInEitherLanguage(t *testing.T) {
	for _, c := range []struct {
		header string
		want   []string
	}{
		{"Account,Year,Term,Percent of,Expected achievement,Paid within (days)", []string{colAccount, "year", "term", "percent_of", "expected", "paid_within"}},
		{"客户,年份,条款,计费基数,预计达成率,提前付款天数", []string{colAccount, "year", "term", "percent_of", "expected", "paid_within"}},
		{"customer,year,trading term,base,expected %,paid within", []string{colAccount, "year", "term", "percent_of", "expected", "paid_within"}},
		{"客户名称,年度,贸易条款,计费基础,预计达成,付款天数", []string{colAccount, "year", "term", "percent_of", "expected", "paid_within"}},
	} {
		s, err := ReadCSV([]byte(c.header+"\n"), "t.csv", "")
		if err != nil {
			t.Errorf("%s: %v", c.header, err)
			continue
		}
		if s.Kind != Terms || !slices.Equal(s.Columns, c.want) {
			t.Errorf("%s: %s %q, want %q", c.header, s.Kind, s.Columns, c.want)
		}
	}
}

// The base of a percentage is read in the words a KAM or finance uses.
func TestSalesBaseWords(t *testing.T) {
	for word, want := range map[string]model.SalesBase{
		"gross": model.OfGross, "总销售额": model.OfGross, "invoiced": model.OfInvoiced, "开票额": model.OfInvoiced,
		"net": model.OfInvoiced, "含税进货额": model.OfVATInclusive, "含税": model.OfVATInclusive, "incl. VAT": model.OfVATInclusive,
		"vat_inclusive": model.OfVATInclusive, "invoiced sales (net of on-invoice terms)": model.OfInvoiced,
	} {
		got, ok := parseChoice(model.SalesBases, word, salesBaseWords)
		if !ok || got != want {
			t.Errorf("%q read as %q (%v), want %q", word, got, ok, want)
		}
	}
}
