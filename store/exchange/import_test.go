package exchange

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/store"
)

// today is the clock of every import test.
var today = time.Date(2026, 6, 15, 10, 0, 0, 0, time.Local)

func examples(name string) string { return filepath.Join("..", "..", "testdata", "import", name) }

// newDB is a fresh workspace file, with the given records saved.
func newDB(t *testing.T, ws model.Workspace) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kam.db")
	st, err := store.Open(db, store.Options{Now: func() time.Time { return today }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Reset(ws); err != nil {
		t.Fatal(err)
	}
	return db
}

func load(t *testing.T, db string) model.Workspace {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ws, err := st.Load(store.Everything)
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// kamImport runs `kam import` with the test clock.
func kamImport(t *testing.T, db string, lang model.Lang, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = runImport(db, args, lang, &out, &errOut, func() time.Time { return today })
	return code, out.String(), errOut.String()
}

// planCSV reads CSV text and plans its import into ws.
func planCSV(t *testing.T, ws model.Workspace, kind Kind, text string) Preview {
	t.Helper()
	s, err := ReadCSV([]byte(text), "t.csv", kind)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return Plan(ws, []Sheet{s}, today)
}

func accountNamed(ws model.Workspace, name string) (model.Account, bool) {
	for _, a := range ws.Accounts {
		if model.NameKey(a.Name) == model.NameKey(name) {
			return a, true
		}
	}
	return model.Account{}, false
}

func rejectedAt(p Preview) []string {
	var out []string
	for _, r := range p.Rejected {
		out = append(out, r.Line(model.English))
	}
	return out
}

func TestImportTheExampleFilesIntoANewWorkspace(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kam.db")
	for _, f := range []string{"accounts.csv", "accounts-gb18030.csv", "contacts.csv", "terms.csv", "actions.csv"} {
		if code, out, errOut := kamImport(t, db, model.English, examples(f)); code != 0 {
			t.Fatalf("%s: exit %d\n%s\n%s", f, code, out, errOut)
		}
	}
	ws := load(t, db)
	if len(ws.Accounts) != 5 {
		t.Fatalf("accounts: %d, want 5", len(ws.Accounts))
	}
	hm, _ := accountNamed(ws, "Harbour Mart")
	want := model.Account{Name: "Harbour Mart", Channel: model.Supermarket, Format: "Neighbourhood stores", Region: "South", Outlets: 42,
		CategorySales: 12_500_000_00, OurSales: 1_800_000_00, Target: 2_200_000_00, Growth: 6.5, Tier: model.TierB,
		Traits: []model.Trait{"size", "professional"}, Notes: "Imported from the 2026 account list"}
	want.ID, want.Created, want.Updated = hm.ID, hm.Created, hm.Updated
	if !equalAccounts(hm, want) {
		t.Errorf("Harbour Mart:\n got %+v\nwant %+v", hm, want)
	}
	cr, ok := accountNamed(ws, "华润万家")
	if !ok || cr.Channel != model.Hypermarket || cr.CategorySales != 1_2000_0000_00 || cr.OurSales != 3200_0000_00 || cr.Tier != model.TierA || cr.Notes != "年度合同三月续签" {
		t.Errorf("华润万家 from the GB18030 file: %+v", cr)
	}
	if ge, _ := accountNamed(ws, "Green Valley Co-op"); ge.Growth != -3 || ge.Channel != model.TraditionalTrade {
		t.Errorf("Green Valley: %+v", ge)
	}

	var li, chen model.Contact
	for _, c := range ws.Contacts {
		switch c.Name {
		case "Li Wei":
			li = c
		case "Chen Jing":
			chen = c
		}
	}
	if li.ReportsTo == "" || li.ReportsTo != chen.ID || li.AccountID != hm.ID || li.Stance != "supporter" ||
		li.LastContact.Format(model.DateLayout) != "2026-01-12" || li.InPostSince.Format(model.DateLayout) != "2024-09-01" {
		t.Errorf("Li Wei: %+v (Chen Jing %s)", li, chen.ID)
	}
	var anna model.Contact
	for _, c := range ws.Contacts {
		if c.Name == "Anna Park" {
			anna = c
		}
	}
	if anna.LastContact.Format(model.DateLayout) != "2026-01-15" {
		t.Errorf("1/15/2026 read as %v", anna.LastContact)
	}

	if len(ws.Terms) != 1 || len(ws.Terms[0].Terms) != 4 || ws.Terms[0].GrossSales != 2_200_000_00 || ws.Terms[0].Year != 2026 {
		t.Fatalf("terms: %+v", ws.Terms)
	}
	terms := ws.Terms[0].Terms
	if terms[0].Kind != "invoice_discount" || terms[0].Percent != 2.5 || !terms[0].OnInvoice ||
		terms[1].Days != 45 || terms[2].Amount != 5000_00 || terms[2].Count != 6 ||
		!terms[3].Conditional || terms[3].Condition != "Above 2.5M sell-in" {
		t.Errorf("terms: %+v", terms)
	}
	if len(ws.Meetings) != 1 || len(ws.Meetings[0].Actions) != 2 || ws.Meetings[0].Date.Format(model.DateLayout) != "2026-01-20" {
		t.Fatalf("meetings: %+v", ws.Meetings)
	}
	if a := ws.Meetings[0].Actions[0]; a.What != "Send the Q2 promotion plan" || a.Side != "theirs" || a.Status != model.ActionOpen || a.Owner != "Li Wei" {
		t.Errorf("action: %+v", a)
	}
}

func equalAccounts(a, b model.Account) bool {
	return a.Name == b.Name && a.Channel == b.Channel && a.Format == b.Format && a.Region == b.Region && a.Outlets == b.Outlets &&
		a.CategorySales == b.CategorySales && a.OurSales == b.OurSales && a.Target == b.Target && a.Growth == b.Growth &&
		a.Tier == b.Tier && slices.Equal(a.Traits, b.Traits) && a.Notes == b.Notes && a.Objectives == b.Objectives &&
		a.Stages == b.Stages && a.Archived == b.Archived
}

func TestEncodingsAreToldApartWithoutAsking(t *testing.T) {
	text := "客户名称,渠道,我方销售额\r\n华润万家,大卖场,150万\r\n"
	gb, err := encodeGB18030(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf-8", []byte(text), EncodingUTF8},
		{"bom", append([]byte{0xEF, 0xBB, 0xBF}, text...), EncodingUTF8BOM},
		{"gb18030", gb, EncodingGB18030},
		{"utf-16", utf16LE(text), EncodingUTF16},
	} {
		s, err := ReadCSV(c.data, c.name, "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if s.Encoding != c.enc || s.Kind != Accounts || len(s.Rows) != 1 || s.cell(s.Rows[0], colName) != "华润万家" || s.cell(s.Rows[0], "our_sales") != "150万" {
			t.Errorf("%s: %s %s %v", c.name, s.Encoding, s.Kind, s.Rows)
		}
	}
}

func TestHeadersInEitherLanguageAnyCaseAndOrderWithSynonyms(t *testing.T) {
	for _, c := range []struct {
		header string
		kind   Kind
		want   []string
	}{
		{"Name,Channel", Accounts, []string{colName, "channel"}},
		{"CUSTOMER,  trade channel ,Stores,Growth", Accounts, []string{colName, "channel", "outlets", "growth"}},
		{"客户,渠道,门店数量", Accounts, []string{colName, "channel", "outlets"}},
		{"Account name,Our Sales,Colour", Accounts, []string{colName, "our_sales", ""}},
		{"growth %,account", Accounts, []string{"growth", colName}},
		{"Account,Name,Title", Contacts, []string{colAccount, colName, "title"}},
		{"客户,姓名,职位,态度", Contacts, []string{colAccount, colName, "title", "stance"}},
		{"Customer,Contact,Reports to", Contacts, []string{colAccount, colName, "reports_to"}},
		{"Account,Year,Term,Value", Terms, []string{colAccount, "year", "term", "value"}},
		{"客户,年份,条款,数值", Terms, []string{colAccount, "year", "term", "value"}},
		{"Account,Action,Due", Actions, []string{colAccount, "what", "due"}},
		{"客户,会议日期,行动,负责人,截止日期", Actions, []string{colAccount, "meeting", "what", "owner", "due"}},
	} {
		s, err := ReadCSV([]byte(c.header+"\n"), "t.csv", "")
		if err != nil {
			t.Errorf("%s: %v", c.header, err)
			continue
		}
		if s.Kind != c.kind || !slices.Equal(s.Columns, c.want) {
			t.Errorf("%s: %s %q, want %s %q", c.header, s.Kind, s.Columns, c.kind, c.want)
		}
	}
	if _, err := ReadCSV([]byte("Colour,Size\nred,2\n"), "t.csv", ""); err == nil {
		t.Error("a header of no kind was taken")
	}
	if _, err := ReadCSV([]byte("Name,Channel\n"), "t.csv", Contacts); err == nil || !strings.Contains(err.Error(), "Account") {
		t.Errorf("--kind contacts on an accounts header: %v", err)
	}
}

func TestNoColumnIsNamedTwiceInAKind(t *testing.T) {
	for _, spec := range specs {
		seen := map[string]string{}
		for _, c := range spec.Columns {
			for _, w := range append([]string{c.Key, c.Header.EN, c.Header.ZH}, c.Synonyms...) {
				if other, ok := seen[fold(w)]; ok && other != c.Key {
					t.Errorf("%s: %q names both %s and %s", spec.Kind, w, other, c.Key)
				}
				seen[fold(w)] = c.Key
			}
		}
	}
}

func TestUnknownColumnsAreListedAndIgnored(t *testing.T) {
	p := planCSV(t, model.Workspace{}, "", "Name,Colour,Our sales,Size\nA Mart,red,1M,XL\n")
	if !p.OK() || len(p.Added) != 1 {
		t.Fatalf("%v", rejectedAt(p))
	}
	if len(p.Notes) != 1 || !strings.Contains(p.Notes[0].EN, "Colour, Size") || !strings.Contains(p.Notes[0].ZH, "Colour、Size") {
		t.Errorf("notes: %v", p.Notes)
	}
}

func TestABadRowWritesNothingAndEveryBadRowIsListed(t *testing.T) {
	db := newDB(t, model.Workspace{})
	file := filepath.Join(t.TempDir(), "accounts.csv")
	writeFile(t, file, "Name,Channel,Category sales,Our sales,Growth %,Tier\n"+
		"Good One,Supermarket,10M,1M,5,A\n"+ // row 2
		"Bad Sales,Supermarket,10M,\"12,5M\",5,A\n"+ // row 3: a decimal comma
		"Good Two,Convenience,,,,\n"+ // row 4
		"Bad Channel,Kiosk,1M,2M,5000,D\n") // row 5: channel, our sales above category, growth, tier
	code, out, errOut := kamImport(t, db, model.English, file)
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, want := range []string{
		"accounts.csv row 3, column Our sales: \"12,5M\": for decimals, use a point: 12.5M",
		"accounts.csv row 5, column Channel: \"Kiosk\" is not one of: Hypermarket",
		"accounts.csv row 5, column Growth %: must be between -100% and 1000%",
		"accounts.csv row 5, column Tier: \"D\" is not one of: A, B, C",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "nothing was written: 4 problems on 2 rows") {
		t.Errorf("stderr: %s", errOut)
	}
	if ws := load(t, db); len(ws.Accounts) != 0 {
		t.Errorf("%d accounts written from a file with bad rows", len(ws.Accounts))
	}

	// The same, in Chinese.
	_, out, errOut = kamImport(t, db, model.Chinese, file)
	if !strings.Contains(out, "accounts.csv 第 5 行，“Tier”列：\"D\" 不在可选项中：A、B、C") || !strings.Contains(errOut, "未写入任何内容：2 行共 4 处问题") {
		t.Errorf("in Chinese:\n%s\n%s", out, errOut)
	}
}

func TestOurSalesAboveTheCategoryIsRefusedAsTheFormDoes(t *testing.T) {
	p := planCSV(t, model.Workspace{}, "", "Name,Category sales,Our sales\nX,1M,2M\n")
	if got := rejectedAt(p); len(got) != 1 || !strings.Contains(got[0], "row 2, column Our sales: our sales (2,000,000) cannot be above the category sales") {
		t.Errorf("%q", got)
	}
}

func TestDryRunShowsWhatWouldChangeAndWritesNothing(t *testing.T) {
	ws := model.Workspace{Accounts: []model.Account{{ID: "a1", Name: "MegaMart", Channel: model.Hypermarket, Tier: model.TierA, Region: "East"}}}
	db := newDB(t, ws)
	file := filepath.Join(t.TempDir(), "a.csv")
	writeFile(t, file, "Name,Region\nmegamart,West\nNew Shop,North\n")
	code, out, _ := kamImport(t, db, model.English, "--dry-run", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	for _, want := range []string{"Added (1):\n  account New Shop", "Updated (1):\n  account megamart", "Dry run: 1 account added, 1 account updated; nothing was written."} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run lacks %q:\n%s", want, out)
		}
	}
	if got := load(t, db); len(got.Accounts) != 1 || got.Accounts[0].Region != "East" {
		t.Errorf("a dry run wrote: %+v", got.Accounts)
	}
	// A dry run into a workspace that does not exist creates none.
	missing := filepath.Join(t.TempDir(), "none.db")
	if code, out, errOut := kamImport(t, missing, model.English, "--dry-run", file); code != 0 || fileExists(missing) {
		t.Errorf("dry run into a missing workspace: %d %s %s, created %v", code, out, errOut, fileExists(missing))
	}
}

func TestARowNamingAnAccountUpdatesItAndLeavesTheRestAlone(t *testing.T) {
	orig := model.Account{ID: "a1", Name: "MegaMart 美佳", Channel: model.Hypermarket, Tier: model.TierA, Region: "East",
		OurSales: 500_00, Notes: "keep", Stages: [8]model.StageStatus{2, 2, 1}}
	other := model.Account{ID: "a2", Name: "Untouched", Channel: model.Pharmacy, Tier: model.TierC}
	db := newDB(t, model.Workspace{Accounts: []model.Account{orig, other}})
	file := filepath.Join(t.TempDir(), "a.csv")
	writeFile(t, file, "name,our sales\nMEGAMART 美佳,2M\nFresh Start,1M\n")
	if code, out, errOut := kamImport(t, db, model.English, file); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	ws := load(t, db)
	if len(ws.Accounts) != 3 {
		t.Fatalf("%d accounts", len(ws.Accounts))
	}
	mm, _ := accountNamed(ws, "megamart 美佳")
	if mm.ID != "a1" || mm.OurSales != 2_000_000_00 || mm.Region != "East" || mm.Notes != "keep" || mm.Stages != orig.Stages || mm.Tier != model.TierA {
		t.Errorf("updated account: %+v", mm)
	}
	if mm.Name != "MEGAMART 美佳" {
		t.Errorf("the name as the sheet spells it: %q", mm.Name)
	}
	un, _ := accountNamed(ws, "Untouched")
	if !un.Updated.Equal(today) || un.Channel != model.Pharmacy || mm.Updated.Equal(today) {
		t.Errorf("another account changed: %+v (updated %v)", un, mm.Updated)
	}
	fresh, _ := accountNamed(ws, "Fresh Start")
	if fresh.Channel != model.Hypermarket || fresh.Tier != model.TierB { // what the new-account form proposes
		t.Errorf("new account's defaults: %+v", fresh)
	}
	// The same file again changes nothing.
	if code, out, _ := kamImport(t, db, model.English, file); code != 0 || !strings.Contains(out, "Unchanged: 2\nImported: nothing to change.") {
		t.Errorf("the same file again: exit %d\n%s", code, out)
	}
	p := planCSV(t, load(t, db), "", "name,our sales\nMEGAMART 美佳,2M\nFresh Start,1M\n")
	if len(p.Added)+len(p.Updated) != 0 || p.Unchanged != 2 || len(p.Records()) != 0 {
		t.Errorf("the same file again: added %v updated %v unchanged %d", p.Added, p.Updated, p.Unchanged)
	}
}

func TestARowNamedTwiceIsRejected(t *testing.T) {
	p := planCSV(t, model.Workspace{}, "", "Name\nShop\nshop \n")
	if got := rejectedAt(p); len(got) != 1 || !strings.Contains(got[0], "row 3, column Name: shop is named again here: row 2 has it already") {
		t.Errorf("%q", got)
	}
}

func TestContactsNameTheirAccountAndTheirBoss(t *testing.T) {
	ws := model.Workspace{
		Accounts: []model.Account{{ID: "a1", Name: "MegaMart", Channel: model.Hypermarket, Tier: model.TierA}},
		People:   []model.Person{{ID: "p1", Name: "Sam Lee", Function: "kam"}},
		Contacts: []model.Contact{{ID: "c1", AccountID: "a1", Name: "Wang Fang", Function: "buying", Role: "buyer", Stance: "neutral", Influence: "high", Notes: "old"}},
	}
	p := planCSV(t, ws, "", "Account,Name,Reports to,Our counterpart,Stance,Last contact\n"+
		"megamart,New Boss,,sam lee,advocate,2026/6/1\n"+
		"MegaMart,wang fang,New Boss,,supporter,\n")
	if !p.OK() {
		t.Fatalf("%q", rejectedAt(p))
	}
	recs := p.Records()
	if len(recs) != 2 {
		t.Fatalf("records %+v", recs)
	}
	boss, wang := recs[0].(model.Contact), recs[1].(model.Contact)
	if boss.Name != "New Boss" || boss.Counterpart != "p1" || boss.Stance != "advocate" || boss.Role != "buyer" || boss.LastContact.Format(model.DateLayout) != "2026-06-01" {
		t.Errorf("new contact: %+v", boss)
	}
	if wang.ID != "c1" || wang.ReportsTo != boss.ID || wang.Stance != "supporter" || wang.Notes != "old" || wang.Influence != "high" {
		t.Errorf("updated contact: %+v", wang)
	}

	bad := planCSV(t, ws, "", "Account,Name,Reports to,Our counterpart,Last contact,Title\n"+
		"Nowhere Mart,A,,,,\n"+ // row 2: no such account
		"MegaMart,B,Nobody,,,\n"+ // row 3: no such boss
		"MegaMart,C,,Pat,,\n"+ // row 4: not one of our people
		"MegaMart,D,,,2027-01-01,\n"+ // row 5: in the future
		"MegaMart,,,,,\n"+ // row 6: no name
		"MegaMart,E,E,,,"+strings.Repeat("x", 70)+"\n") // row 7: reports to themselves, title too long
	want := []string{
		`t.csv row 2, column Account: there is no account called "Nowhere Mart", in the workspace or in this file`,
		`t.csv row 3, column Reports to: "Nobody" is not a contact of this account, in the workspace or in this file`,
		`t.csv row 4, column Our counterpart: "Pat" is not one of our people`,
		`t.csv row 5, column Last contact: the date 2027-01-01 is in the future`,
		`t.csv row 6, column Name: a name is required`,
		`t.csv row 7, column Title: too long: at most 60 characters`,
	}
	got := rejectedAt(bad)
	if len(got) != len(want) {
		t.Fatalf("got %d rejections:\n%s", len(got), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("rejection %d:\n got %s\nwant %s…", i, got[i], want[i])
		}
	}
}

func TestAReportingCircleIsRefused(t *testing.T) {
	ws := model.Workspace{Accounts: []model.Account{{ID: "a1", Name: "M", Channel: model.Hypermarket, Tier: model.TierA}}}
	p := planCSV(t, ws, "", "Account,Name,Reports to\nM,A,B\nM,B,A\n")
	if got := rejectedAt(p); len(got) == 0 || !strings.Contains(got[0], "column Reports to: reporting lines would go round in a circle") {
		t.Errorf("%q", got)
	}
}

func TestASheetMayNameAnAccountAnotherSheetAdds(t *testing.T) {
	accounts, err := ReadCSV([]byte("Name\nNew Mart\n"), "a.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	contacts, err := ReadCSV([]byte("Account,Name\nnew mart,Ann\n"), "c.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	p := Plan(model.Workspace{}, []Sheet{contacts, accounts}, today) // in any order
	if !p.OK() || len(p.Records()) != 2 {
		t.Fatalf("%q %+v", rejectedAt(p), p.Records())
	}
	a, c := p.Records()[0].(model.Account), p.Records()[1].(model.Contact)
	if c.AccountID != a.ID {
		t.Errorf("contact of %q, account %q", c.AccountID, a.ID)
	}
}

func termsWS() model.Workspace {
	return model.Workspace{
		Accounts: []model.Account{{ID: "a1", Name: "MegaMart", Channel: model.Hypermarket, Tier: model.TierA}},
		Terms: []model.TermsYear{{AccountID: "a1", Year: 2025, GrossSales: 1_000_000_00, Terms: []model.Term{
			{Kind: "invoice_discount", Basis: model.PercentOfSales, Percent: 2, OnInvoice: true},
			{Kind: "data_fee", Basis: model.FixedAmount, Amount: 10_000_00},
		}}},
	}
}

func TestTermsReplaceTheirTermAndKeepTheRestOfTheYear(t *testing.T) {
	p := planCSV(t, termsWS(), "", "客户,年份,条款,数值,总销售额\n"+
		"MegaMart,2025,票面折扣,2.75%,\n"+
		"MegaMart,2025,Shelf rental,30000,\n"+
		"MegaMart,2026,Payment days,60 days,1.2M\n"+
		"MegaMart,2026,,,1.2M\n")
	if !p.OK() {
		t.Fatalf("%q", rejectedAt(p))
	}
	recs := p.Records()
	if len(recs) != 2 {
		t.Fatalf("%+v", recs)
	}
	y25, y26 := recs[0].(model.TermsYear), recs[1].(model.TermsYear)
	if y25.GrossSales != 1_000_000_00 || len(y25.Terms) != 3 || y25.Terms[0].Percent != 2.75 || !y25.Terms[0].OnInvoice ||
		y25.Terms[1].Kind != "data_fee" || y25.Terms[2].Kind != model.CustomTerm || y25.Terms[2].Name != "Shelf rental" || y25.Terms[2].Amount != 30_000_00 {
		t.Errorf("2025: %+v", y25)
	}
	if y26.GrossSales != 1_200_000_00 || len(y26.Terms) != 1 || y26.Terms[0].Days != 60 {
		t.Errorf("2026: %+v", y26)
	}
	if len(p.Added) != 1 || len(p.Updated) != 1 {
		t.Errorf("added %v updated %v", p.Added, p.Updated)
	}
}

func TestBadTermsRowsAreListed(t *testing.T) {
	p := planCSV(t, termsWS(), "", "Account,Year,Term,Given as,Value,Count,Gross sales,Conditional,Condition\n"+
		"MegaMart,1999,Data fee,,1000,,,,\n"+ // row 2: year
		"MegaMart,2025,Invoice discount,,120%,,,,\n"+ // row 3: above 100%
		"MegaMart,2025,Volume bonus,days,5,,,,\n"+ // row 4: only payment terms in days
		"MegaMart,2025,Data fee,,1000,,2M,,\n"+ // row 5: fine
		"MegaMart,2025,Leaflet fee,,1000,,3M,,\n"+ // row 6: gross sales differ
		"MegaMart,2025,Growth incentive,,1%,,,yes,\n"+ // row 7: a condition is needed
		"MegaMart,2025,Data fee,,2000,,,,\n") // row 8: the same term twice
	want := []string{
		"row 2, column Year: 1999 is not a year kam keeps terms for",
		"row 3, column Value: must be between 0% and 100%",
		"row 4, column Given as: only payment terms are given in days",
		"row 6, column Gross sales: the gross sales of MegaMart 2025 are 2M on an earlier row, 3M here",
		"row 7, column Condition: say what the condition is",
		"row 8, column Term: MegaMart 2025: Data fee is named again here: row 5 has it already",
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

func actionsWS() model.Workspace {
	return model.Workspace{
		Accounts: []model.Account{{ID: "a1", Name: "MegaMart", Channel: model.Hypermarket, Tier: model.TierA}},
		Meetings: []model.Meeting{{ID: "m1", AccountID: "a1", Date: time.Date(2026, 3, 5, 0, 0, 0, 0, time.Local),
			Actions: []model.Action{{ID: "x1", What: "Send the plan", Owner: "Sam", Side: "ours", Status: model.ActionOpen}}}},
	}
}

func TestActionsLandInTheirMeeting(t *testing.T) {
	p := planCSV(t, actionsWS(), "", "Account,Meeting date,Action,Status,Due,ID\n"+
		"MegaMart,,send the plan,done,,\n"+ // the latest meeting; matched by its words
		"MegaMart,3/5/2026,Check the shelf,,2026-03-20,\n"+ // the meeting of 5 March
		"MegaMart,2026-04-01,Call the buyer,,,\n") // a meeting that day is added
	if !p.OK() {
		t.Fatalf("%q", rejectedAt(p))
	}
	recs := p.Records()
	if len(recs) != 2 {
		t.Fatalf("%d records: %+v", len(recs), recs)
	}
	m1, m2 := recs[0].(model.Meeting), recs[1].(model.Meeting)
	if m1.ID != "m1" || len(m1.Actions) != 2 || m1.Actions[0].ID != "x1" || m1.Actions[0].Status != model.ActionDone || m1.Actions[0].Owner != "Sam" ||
		m1.Actions[1].What != "Check the shelf" || m1.Actions[1].Side != "ours" || m1.Actions[1].Status != model.ActionOpen {
		t.Errorf("meeting of 5 March: %+v", m1)
	}
	if m2.Date.Format(model.DateLayout) != "2026-04-01" || len(m2.Actions) != 1 || m2.AccountID != "a1" {
		t.Errorf("added meeting: %+v", m2)
	}
	if len(p.Added) != 3 || len(p.Updated) != 1 { // two actions and a meeting; one action
		t.Errorf("added %v\nupdated %v", p.Added, p.Updated)
	}

	bad := planCSV(t, actionsWS(), "", "Account,Meeting date,Action,Due,Side,ID\n"+
		"MegaMart,2026-03-05,Early bird,2026-03-01,,\n"+ // due before the meeting
		"MegaMart,2026-03-05,,,,\n"+ // nothing to do
		"MegaMart,2026-03-05,Odd,,nobody,\n"+ // no such side
		"MegaMart,2026-02-30,Leap,,,\n") // no such day
	want := []string{
		"row 2, column Due: due 2026-03-01, before the meeting of 2026-03-05",
		"row 3, column Action: say what is to be done",
		`row 4, column Side: "nobody" is not one of: ours, theirs`,
		`row 5, column Meeting date: "2026-02-30" is not a date of the calendar`,
	}
	got := rejectedAt(bad)
	if len(got) != len(want) {
		t.Fatalf("got:\n%s", strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.Contains(got[i], want[i]) {
			t.Errorf("got  %s\nwant %s", got[i], want[i])
		}
	}
}

func TestDatesInTheFormsExcelWrites(t *testing.T) {
	for _, c := range []struct {
		in    string
		order dateOrder
		want  string
	}{
		{"2026-03-05", monthFirst, "2026-03-05"},
		{"2026/3/5", monthFirst, "2026-03-05"},
		{"2026.3.5", monthFirst, "2026-03-05"},
		{"2026年3月5日", monthFirst, "2026-03-05"},
		{"3/5/2026", monthFirst, "2026-03-05"},
		{"3/5/2026", dayFirst, "2026-05-03"},
		{"3/5/26", monthFirst, "2026-03-05"},
		{"2026/3/5 0:00", monthFirst, "2026-03-05"},
		{"2026-03-05T00:00:00Z", monthFirst, "2026-03-05"},
		{"", monthFirst, ""},
	} {
		d, err := parseDate(c.in, c.order, time.UTC)
		if err != nil || formatDate(d) != c.want {
			t.Errorf("%q: %v %v, want %s", c.in, formatDate(d), err, c.want)
		}
	}
	for _, bad := range []string{"5 March", "2026-13-01", "31/31/2026", "soon"} {
		if _, err := parseDate(bad, monthFirst, time.UTC); err == nil {
			t.Errorf("%q was read as a date", bad)
		}
	}
	if orderOf([]string{"3/5/2026", "25/3/2026"}) != dayFirst || orderOf([]string{"3/5/2026", "12/25/2026"}) != monthFirst {
		t.Error("the order of day and month is not told from the sheet")
	}
}

func TestStagesAndTraitsReadBack(t *testing.T) {
	p := planCSV(t, model.Workspace{}, "", "Name,Stages,Traits,Archived\nA,##+.....,Strong buying power；规模和销量大,yes\nB,22100000,,no\nC,#x,,\n")
	got := rejectedAt(p)
	if len(got) != 1 || !strings.Contains(got[0], "row 4, column Stages") {
		t.Fatalf("%q", got)
	}
	p = planCSV(t, model.Workspace{}, "", "Name,Stages,Traits,Archived\nA,##+.....,Strong buying power；规模和销量大,yes\nB,22100000,,no\n")
	a, b := p.Records()[0].(model.Account), p.Records()[1].(model.Account)
	if a.Stages != [8]model.StageStatus{2, 2, 1} || !slices.Equal(a.Traits, []model.Trait{"size", "power"}) || !a.Archived || b.Stages != a.Stages || b.Archived {
		t.Errorf("%+v\n%+v", a, b)
	}
}

func TestLockedOrDamagedWorkspaceGivesTheStoresMessage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kam.db")
	writeFile(t, db, "this is not a kam file, not even bbolt, but long enough to be looked at as one ......................")
	code, _, errOut := kamImport(t, db, model.English, examples("accounts.csv"))
	if code != 1 || !strings.Contains(errOut, "kam import: ") || strings.Contains(errOut, "panic") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	held := newDB(t, model.Workspace{})
	st, err := store.Open(held, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	code, _, errOut = kamImport(t, held, model.English, examples("accounts.csv"))
	want := model.Localize(&store.OpenError{Problem: store.Locked, Path: held}, model.English)
	if code != 1 || !strings.Contains(errOut, want) {
		t.Errorf("held workspace: exit %d: %s\nwant %s", code, errOut, want)
	}
}

func TestCommandLineMistakesExitTwo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kam.db")
	for _, args := range [][]string{
		{},
		{"a.csv", "b.csv"},
		{"--kind", "deals", "a.csv"},
		{"--prefer", "mine", "--merge", "a.json"},
		{"--merge", "a.csv"},
		{"--bogus", "a.csv"},
	} {
		if code, _, errOut := kamImport(t, db, model.English, args...); code != 2 || !strings.Contains(errOut, "kam import") {
			t.Errorf("%q: exit %d %s", args, code, errOut)
		}
	}
	if fileExists(db) {
		t.Error("a refused command line created the workspace")
	}
}
