package exchange

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kam-workbench/kam/model"
)

// rangeGrid is an account's range on a day, cell by cell as "code/cluster
// state price rate", for comparing what an import leaves.
func rangeCells(ws model.Workspace, accountID string, day time.Time) []string {
	var out []string
	for _, rc := range newRangeIndex(ws).recorded(accountID, day) {
		out = append(out, rc.product.Code+"/"+rc.cluster.Name+" "+cellState(rc.cell, model.English)+" "+model.MoneyInput(rc.cell.Price)+" "+formatRate(rc.cell.Rate))
	}
	return out
}

func listingOf(ws model.Workspace, accountID, productID, clusterID string) (model.Listing, bool) {
	i := slices.IndexFunc(ws.Listings, func(l model.Listing) bool { return l.Key() == model.ListingKey(accountID, productID, clusterID) })
	if i < 0 {
		return model.Listing{}, false
	}
	return ws.Listings[i], true
}

func TestRangeHeadersInEitherLanguage(t *testing.T) {
	for _, c := range []struct {
		header string
		kind   Kind
		want   []string
	}{
		{"Code,Name,List price", Products, []string{colCode, colNameEN, "list_price"}},
		{"Code,Name (English),Name (Chinese),Brand,Category,Pack size,List price,Cost price,Launch,Status,Archived", Products,
			[]string{colCode, colNameEN, colNameZH, "brand", "category", "pack_size", "list_price", "cost_price", "launch", "status", colArchived}},
		{"产品编码,名称,品牌,规格,目录价,成本价,上市日期", Products, []string{colCode, colNameZH, "brand", "pack_size", "list_price", "cost_price", "launch"}},
		{"SKU,Product name,Price", Products, []string{colCode, colNameEN, "list_price"}},
		{"Account,Product code,Cluster,Rate of sale", Listings, []string{colAccount, colProduct, colCluster, colRate}},
		{"客户,产品编码,门店群,是否上架,售价,单店周销量", Listings, []string{colAccount, colProduct, colCluster, colListed, colPrice, colRate}},
		{"Customer,SKU,Store group,Listed,Price,ROS", Listings, []string{colAccount, colProduct, colCluster, colListed, colPrice, colRate}},
		{"客户名称,产品,店群,状态", Listings, []string{colAccount, colProduct, colCluster, colListed}},
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
	for _, k := range []string{"products", "产品", "listings", "rate of sale", "单店周销量", "Assortment", "品项"} {
		if _, ok := ParseKind(k); !ok {
			t.Errorf("--kind %s is not a kind", k)
		}
	}
	// The kinds kam had still read as they did.
	for header, kind := range map[string]Kind{"Name,Channel,Outlets": Accounts, "Account,Name,Title": Contacts, "Account,Action,Due": Actions} {
		if s, err := ReadCSV([]byte(header+"\n"), "t.csv", ""); err != nil || s.Kind != kind {
			t.Errorf("%s: %s %v", header, s.Kind, err)
		}
	}
}

func TestProductsAreAddedAndUpdatedByCode(t *testing.T) {
	ws := rangeWS()
	p := planCSV(t, ws, "", "Code,Name,Name (Chinese),Brand,List price,Cost price,Launch,Status\n"+
		"mk-1l,Milk 1 L,牛奶 1 升,Everfresh,13.50,8,2024-03-01,\n"+
		"BT-250,Butter 250 g,黄油 250 克,Everfresh,1.2万,,2026/9/1,new\n"+
		"CH-200,Cheese 200 g,奶酪 200 克,,,,,discontinued\n")
	if !p.OK() {
		t.Fatalf("%q", rejectedAt(p))
	}
	if len(p.Added) != 1 || len(p.Updated) != 1 || p.Unchanged != 1 {
		t.Fatalf("added %v, updated %v, unchanged %d", p.Added, p.Updated, p.Unchanged)
	}
	if p.Added[0].What.EN != "BT-250 Butter 250 g" || p.Updated[0].What.ZH != "mk-1l 牛奶 1 升" {
		t.Errorf("%v %v", p.Added, p.Updated)
	}
	recs := p.Records()
	milk, butter := recs[0].(model.Product), recs[1].(model.Product)
	if milk.ID != "p1" || milk.Code != "mk-1l" || milk.ListPrice != 13_50 || milk.CostPrice != 8_00 || milk.Category != "Dairy" ||
		milk.Status != model.ProductActive || !milk.Launch.Equal(rangeDay(2024, 3, 1)) {
		t.Errorf("milk %+v", milk)
	}
	if butter.ID == "" || butter.Code != "BT-250" || butter.Name != model.T("Butter 250 g", "黄油 250 克") || butter.ListPrice != 12_000_00 ||
		butter.CostPrice != 0 || butter.Status != model.ProductNew || butter.Launch.Format(model.DateLayout) != "2026-09-01" {
		t.Errorf("butter %+v", butter)
	}
	// A product with no status said is active.
	p = planCSV(t, model.Workspace{}, Products, "产品编码,名称\nX-1,某产品\n")
	if got := p.Records()[0].(model.Product); got.Status != model.ProductActive || got.Name.ZH != "某产品" || got.Name.EN != "" {
		t.Errorf("%+v", got)
	}
}

func TestBadProductRowsAreListed(t *testing.T) {
	p := planCSV(t, rangeWS(), "", "Code,Name,List price,Launch,Status\n"+
		",Nameless code,1,,\n"+ // row 2
		"NEW-1,,1,,\n"+ // row 3: a new product needs a name
		"NEW-2,Ok,abc,,\n"+ // row 4
		"NEW-3,Ok,1,31/31/2026,\n"+ // row 5
		"NEW-4,Ok,1,,sold out\n"+ // row 6
		"new-4,Again,1,,\n") // row 7
	got := strings.Join(rejectedAt(p), "\n")
	for _, want := range []string{
		"t.csv row 2, column Code: say the product's code",
		"t.csv row 3, column Name: a product needs a name",
		`t.csv row 4, column List price: "abc" is not an amount`,
		`t.csv row 5, column Launch: "31/31/2026" is not a date`,
		`t.csv row 6, column Status: "sold out" is not one of: active, new, phasing out`,
		"t.csv row 7, column Code: new-4 is named again here: row 6 has it already",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if p.OK() || p.Records() != nil {
		t.Error("records beside rejected rows")
	}
}

func TestListingsRecordWhatTheRowSaysOnTheImportDay(t *testing.T) {
	ws := rangeWS()
	p := planCSV(t, ws, "", "Account,Product code,Cluster,Listed,Price,Rate of sale\n"+
		"MegaMart,MK-1L,Hyper A,yes,13.50,4.2\n"+ // as recorded: unchanged
		"megamart,mk-1l,EXPRESS,,,2\n"+ // the rate changes; blank state keeps carried
		"MegaMart,CH-200,Express,yes,20,0.5\n"+ // a cell never recorded
		"FreshWay,YG-150,All stores,no,,\n"+ // the rep says the March listing is gone
		"MegaMart,YG-150,Hyper A,listing planned 2026-07-01,,1\n"+ // a rate for a cell still to come
		"MegaMart,Yoghurt 150 g,Express,listing planned 2026-07-01,,\n") // by name, as the range shows it
	if !p.OK() {
		t.Fatalf("%q", rejectedAt(p))
	}
	if len(p.Added) != 3 || len(p.Updated) != 1 || p.Unchanged != 2 {
		t.Fatalf("added %v\nupdated %v\nunchanged %d", p.Added, p.Updated, p.Unchanged)
	}
	if w := p.Updated[0].What; w.EN != "MegaMart: MK-1L in Express" || w.ZH != "MegaMart：MK-1L（Express）" {
		t.Errorf("%v", w)
	}
	byKey := map[string]model.Listing{}
	for _, r := range p.Records() {
		l := r.(model.Listing)
		byKey[l.Key()] = l
		if !l.Since.Equal(model.Day(today)) {
			t.Errorf("%s since %v, want the import day", l.Key(), l.Since)
		}
	}
	if l := byKey["a1/p1/k2"]; !l.Listed || l.Price != 0 || l.RateOfSale == nil || *l.RateOfSale != 2 {
		t.Errorf("milk in Express %+v", l)
	}
	if l := byKey["a1/p3/k2"]; !l.Listed || l.Price != 20_00 || *l.RateOfSale != 0.5 {
		t.Errorf("cheese in Express %+v", l)
	}
	if l := byKey["a2/p2/k3"]; l.Listed || l.Price != 0 || l.RateOfSale != nil {
		t.Errorf("yoghurt at FreshWay %+v", l)
	}
	if l := byKey["a1/p2/k1"]; l.Listed || *l.RateOfSale != 1 {
		t.Errorf("yoghurt in Hyper A %+v", l)
	}

	// Saved, the range shows the rows: the July listing still comes, the
	// March one is overruled by what the rep knows today.
	db := newDB(t, ws)
	file := filepath.Join(t.TempDir(), "ros.csv")
	writeFile(t, file, "Account,Product code,Cluster,Listed,Price,Rate of sale\n"+
		"megamart,mk-1l,EXPRESS,,,2\n"+
		"MegaMart,CH-200,Express,yes,20,0.5\n"+
		"FreshWay,YG-150,All stores,no,,\n"+
		"MegaMart,YG-150,Hyper A,listing planned 2026-07-01,,1\n")
	if code, out, errOut := kamImport(t, db, model.English, file); code != 0 || !strings.Contains(out, "Imported: 3 listings added, 1 listing updated.") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	after := load(t, db)
	if got, want := rangeCells(after, "a1", today), []string{
		"CH-200/Hyper A delisting planned 2026-08-01  ",
		"CH-200/Express carried 20 0.5",
		"MK-1L/Hyper A carried 13.50 4.2",
		"MK-1L/Express carried  2",
		"YG-150/Hyper A listing planned 2026-07-01  1",
		"YG-150/Express listing planned 2026-07-01  ",
	}; !slices.Equal(got, want) {
		t.Errorf("MegaMart\n%q\nwant\n%q", got, want)
	}
	if got := rangeCells(after, "a2", today); !slices.Equal(got, []string{"MK-1L/All stores carried 12.90 3", "YG-150/All stores not carried  "}) {
		t.Errorf("FreshWay %q", got)
	}
	if got := rangeCells(after, "a1", rangeDay(2026, 7, 2)); got[4] != "YG-150/Hyper A carried 6 1" {
		t.Errorf("on 2 July: %q", got)
	}
	// The other records are as they were.
	if len(after.Products) != 4 || len(after.Mutations) != 3 || len(after.Listings) != 7 {
		t.Errorf("%d products, %d changes, %d listings", len(after.Products), len(after.Mutations), len(after.Listings))
	}
	if l, _ := listingOf(after, "a1", "p1", "k1"); !l.Since.Equal(rangeDay(2026, 1, 10)) {
		t.Errorf("an unchanged listing moved: %+v", l)
	}

	// Imported again, nothing changes and nothing is added twice.
	if code, out, errOut := kamImport(t, db, model.English, file); code != 0 || !strings.Contains(out, "Unchanged: 4") || !strings.Contains(out, "Imported: nothing to change.") {
		t.Fatalf("again: exit %d\n%s%s", code, out, errOut)
	}
	if again := load(t, db); len(again.Listings) != 7 {
		t.Errorf("%d listings after importing twice", len(again.Listings))
	}
}

func TestBadListingRowsAreListedAndNothingIsWritten(t *testing.T) {
	text := "客户,产品编码,门店群,状态,货架价,单店周销量\n" +
		"MegaMart,MK-1L,Express,是,,3\n" + // row 2: good
		"Nobody,MK-1L,Express,是,,\n" + // row 3
		"MegaMart,ZZ-9,Express,是,,\n" + // row 4
		"MegaMart,MK-1L,Supers,是,,\n" + // row 5
		"MegaMart,MK-1L,Hyper A,,¥5,\n" + // row 6
		"MegaMart,MK-1L,Hyper A,,,fast\n" + // row 7
		"MegaMart,MK-1L,Hyper A,,,-2\n" + // row 8
		"MegaMart,OLD-1,Hyper A,是,,\n" + // row 9
		"MegaMart,MK-1L,Hyper A,maybe,,\n" + // row 10
		"FreshWay,MK-1L,,是,,\n" + // row 11
		"MegaMart,mk-1l,express,,,4\n" + // row 12: row 2's cell again
		"MegaMart,,Express,,,\n" // row 13
	p := planCSV(t, rangeWS(), "", text)
	got := strings.Join(rejectedAt(p), "\n")
	for _, want := range []string{
		`row 3, column 客户: there is no account called "Nobody"`,
		`row 4, column 产品编码: there is no product with the code or name "ZZ-9"`,
		`row 5, column 门店群: MegaMart has no cluster called "Supers" (its clusters: Hyper A, Express)`,
		`row 6, column 货架价: "¥5" is not an amount`,
		`row 7, column 单店周销量: "fast" is not a number of units`,
		"row 8, column 单店周销量: a rate of sale is from 0 to 100000",
		"row 9, column 产品编码: product OLD-1 is archived",
		`row 10, column 状态: "maybe": write yes or no, carried or not carried`,
		"row 11, column 门店群: say which cluster of stores",
		"row 12, column 产品编码: MegaMart: MK-1L in Express is named again here: row 2 has it already",
		"row 13, column 产品编码: say which product",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if n := p.RejectedRows(); n != 11 {
		t.Errorf("%d rows rejected, want 11", n)
	}
	// In Chinese, with the sheet's own headers.
	var zh bytes.Buffer
	p.Report(&zh, model.Chinese, false)
	for _, want := range []string{`t.csv 第 5 行，“门店群”列：MegaMart 没有名为 "Supers" 的门店群（现有门店群：Hyper A、Express）`,
		`t.csv 第 7 行，“单店周销量”列：`, `t.csv 第 4 行，“产品编码”列：工作区和本文件中都没有编码或名称为 "ZZ-9" 的产品`} {
		if !strings.Contains(zh.String(), want) {
			t.Errorf("missing %q in\n%s", want, zh.String())
		}
	}

	// One bad row and nothing is written, the good row neither.
	db := newDB(t, rangeWS())
	before := load(t, db)
	file := filepath.Join(t.TempDir(), "ros.csv")
	writeFile(t, file, "Account,Product code,Cluster,Rate of sale\nMegaMart,MK-1L,Express,3\nMegaMart,MK-1L,Hyper A,lots\n")
	code, _, errOut := kamImport(t, db, model.English, file)
	if code != 1 || !strings.Contains(errOut, "nothing was written: 1 problem on 1 row") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	after := load(t, db)
	if !slices.Equal(rangeCells(before, "a1", today), rangeCells(after, "a1", today)) {
		t.Errorf("the range changed:\n%q\n%q", rangeCells(before, "a1", today), rangeCells(after, "a1", today))
	}
}

// A cluster only archived, an account with no clusters, a name two
// products share: each says what to do.
func TestListingRowsThatCannotBePlaced(t *testing.T) {
	ws := rangeWS()
	ws.Clusters[1].Archived = true
	ws.Accounts = append(ws.Accounts, model.Account{ID: "a3", Name: "Corner Shop", Channel: model.Convenience, Tier: model.TierC})
	ws.Products = append(ws.Products, model.Product{ID: "p5", Code: "MK-2L", Name: model.T("Milk 1 L", "")})
	p := planCSV(t, ws, Listings, "Account,Product,Product name,Cluster\n"+
		"MegaMart,MK-1L,,Express\n"+
		"Corner Shop,MK-1L,,Main\n"+
		"MegaMart,,Milk 1 L,Hyper A\n"+
		"MegaMart,,牛奶 1 升,Hyper A\n")
	got := strings.Join(rejectedAt(p), "\n")
	for _, want := range []string{
		`row 2, column Cluster: cluster "Express" of MegaMart is archived`,
		"row 3, column Cluster: Corner Shop has no clusters yet: add them in the Range tab first",
		`row 4, column Product name: 2 products are called "Milk 1 L": give the product's code`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if len(p.Rejected) != 3 {
		t.Errorf("%q", rejectedAt(p))
	}
}

// A file may bring products and say where they are carried: the products
// are written before the listings that name them.
func TestAWorkbookMayAddProductsAndTheirListings(t *testing.T) {
	db := newDB(t, rangeWS())
	data := workbook(t, []string{"产品", "Rate of sale"}, map[string][][]any{
		"产品":           {{"产品编码", "中文名称", "Name (English)", "目录价"}, {"BT-250", "黄油 250 克", "Butter 250 g", 18.5}},
		"Rate of sale": {{"Customer", "SKU", "Cluster", "Listed", "ROS"}, {"MegaMart", "BT-250", "Hyper A", "yes", 2.75}},
	}, nil)
	file := filepath.Join(t.TempDir(), "new.xlsx")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := kamImport(t, db, model.Chinese, file)
	if code != 0 || !strings.Contains(out, "已导入：新增 1 个产品，新增 1 条铺货记录。") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	after := load(t, db)
	i := slices.IndexFunc(after.Products, func(p model.Product) bool { return p.Code == "BT-250" })
	if i < 0 || after.Products[i].ListPrice != 18_50 {
		t.Fatalf("products %+v", after.Products)
	}
	l, ok := listingOf(after, "a1", after.Products[i].ID, "k1")
	if !ok || !l.Listed || *l.RateOfSale != 2.75 || !l.Since.Equal(model.Day(today)) {
		t.Errorf("listing %+v %v", l, ok)
	}
}

func TestTheWorkbookImportsBackUnchanged(t *testing.T) {
	ws := load(t, newDB(t, rangeWS()))
	for _, l := range model.Langs {
		var b bytes.Buffer
		if err := WriteXLSX(&b, ws, l, today); err != nil {
			t.Fatal(err)
		}
		sheets, err := ReadXLSX(b.Bytes(), "export.xlsx", "")
		if err != nil {
			t.Fatal(err)
		}
		skipped := map[string]bool{}
		for _, s := range sheets {
			if s.Skipped != (model.Text{}) {
				skipped[s.Name] = true
			}
			if s.Name == "Operations" && s.Skipped.EN != "operations profiles are kept in the Range tab, not imported" ||
				s.Name == "门店群" && s.Skipped.ZH != "门店群在品项页中维护，不导入" {
				t.Errorf("%s: %s skipped as %v", l, s.Name, s.Skipped)
			}
		}
		for _, name := range []model.Text{model.T("Clusters", "门店群"), model.T("Assortment changes", "品项变动"), model.T("Operations", "操作概况")} {
			if !skipped[name.In(l)] {
				t.Errorf("%s: sheet %s was read", l, name.In(l))
			}
		}
		p := Plan(ws, sheets, today)
		if !p.OK() || len(p.Added)+len(p.Updated) > 0 || p.Unchanged < 4+7 {
			t.Errorf("%s: added %v, updated %v, unchanged %d, rejected %q", l, p.Added, p.Updated, p.Unchanged, rejectedAt(p))
		}
		// The rep's rate of sale, typed over the sheet, is what changes.
		f := rangeWorkbook(t, ws, l)
		sheet := model.T("Assortment", "品项").In(l)
		if err := f.SetCellValue(sheet, "G6", 1.75); err != nil {
			t.Fatal(err)
		}
		var edited bytes.Buffer
		if err := f.Write(&edited); err != nil {
			t.Fatal(err)
		}
		sheets, err = ReadXLSX(edited.Bytes(), "export.xlsx", Listings)
		if err != nil {
			t.Fatal(err)
		}
		p = Plan(ws, sheets, today)
		if !p.OK() || len(p.Updated) != 1 || len(p.Added) != 0 {
			t.Fatalf("%s: added %v, updated %v, rejected %q", l, p.Added, p.Updated, rejectedAt(p))
		}
		if got := p.Records()[0].(model.Listing); got.Key() != "a1/p1/k2" || *got.RateOfSale != 1.75 || !got.Listed {
			t.Errorf("%s: %+v", l, got)
		}
	}
}

func TestRangeCSVExportedImportsBackUnchanged(t *testing.T) {
	ws := load(t, newDB(t, rangeWS()))
	for _, l := range model.Langs {
		for _, k := range []Kind{Products, Listings} {
			p := planCSV(t, ws, "", exportCSV(t, ws, string(k), l))
			if !p.OK() || len(p.Added)+len(p.Updated) > 0 || p.Unchanged == 0 {
				t.Errorf("%s %s: added %v, updated %v, rejected %q", l, k, p.Added, p.Updated, rejectedAt(p))
			}
		}
	}
	// Into a workspace without products, the products come back alike.
	bare := ws
	bare.Products, bare.Listings, bare.Mutations = nil, nil, nil
	p := planCSV(t, bare, "", exportCSV(t, ws, "products", model.Chinese))
	if !p.OK() || len(p.Added) != 4 {
		t.Fatalf("added %v rejected %q", p.Added, rejectedAt(p))
	}
	for _, r := range p.Records() {
		bare.Products = append(bare.Products, r.(model.Product))
	}
	if a, b := exportCSV(t, ws, "products", model.English), exportCSV(t, bare, "products", model.English); a != b {
		t.Errorf("products differ after export and import:\n%s\n---\n%s", a, b)
	}
}

// FuzzRangeCSV feeds any text to the reader as products or listings and
// plans it into rangeWS: nothing panics, a file with a bad row writes
// nothing, and every listing written names a product and a cluster of its
// account, holds what the forms allow and is known from the import day.
func FuzzRangeCSV(f *testing.F) {
	for _, s := range []string{
		"Code,Name,List price,Status\nMK-1L,Milk,12.9,new\nBT-1,Butter,1.2万,\n",
		"产品编码,名称,目录价,上市日期\nX-1,某产品,abc,2026年3月5日\n",
		"Account,Product code,Cluster,State,Shelf price,Rate of sale\nMegaMart,MK-1L,Express,no,5,2.5\nFreshWay,YG-150,All stores,listing planned 2026-07-01,,\n",
		"客户,产品编码,门店群,状态,单店周销量\nMegaMart,mk-1l,hyper a,已铺货,1,200\nMegaMart,Milk 1 L,Express,,-1\n",
		"Account,Product,Cluster,ROS\nMegaMart,,Hyper A,1e9\n,,,\n",
	} {
		f.Add(s)
	}
	ws := rangeWS()
	f.Fuzz(func(t *testing.T, text string) {
		for _, kind := range []Kind{Products, Listings} {
			s, err := ReadCSV([]byte(text), "fuzz.csv", kind)
			if err != nil {
				continue
			}
			p := Plan(ws, []Sheet{s}, today)
			if !p.OK() {
				if len(p.Records()) > 0 {
					t.Fatal("records to write beside rejected rows")
				}
				continue
			}
			products := map[string]bool{}
			for _, pr := range ws.Products {
				products[pr.ID] = true
			}
			for _, r := range p.Records() {
				switch r := r.(type) {
				case model.Product:
					if err := model.CheckProduct(r); err != nil {
						t.Fatalf("%+v: %v", r, err)
					}
					products[r.ID] = true
				case model.Listing:
					if err := model.CheckListing(r); err != nil || !products[r.ProductID] || !r.Since.Equal(model.Day(today)) ||
						!slices.ContainsFunc(ws.Clusters, func(c model.Cluster) bool { return c.ID == r.ClusterID && c.AccountID == r.AccountID }) {
						t.Fatalf("%+v: %v", r, err)
					}
				default:
					t.Fatalf("a %T from a sheet of %s", r, kind)
				}
			}
		}
	})
}
