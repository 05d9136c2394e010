package exchange

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kam-workbench/kam/model"
)

// rangeDay is a day of the import tests' clock.
func rangeDay(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

// rangeWS is two accounts with a range, on the tests' today (2026-06-15):
// MegaMart's two clusters carry the milk, its Hyper A the cheese whose
// delisting is proposed for August, and the yoghurt's listing is agreed
// for July in both; FreshWay carries the milk as recorded and the yoghurt
// through a listing done in March. One product is archived.
func rangeWS() model.Workspace {
	fast, slow, fresh := 4.2, 1.5, 3.0
	return model.Workspace{
		Accounts: []model.Account{
			{ID: "a1", Name: "MegaMart", Channel: model.Hypermarket, Tier: model.TierA},
			{ID: "a2", Name: "FreshWay", Channel: model.Supermarket, Tier: model.TierB},
		},
		Products: []model.Product{
			{ID: "p1", Code: "MK-1L", Name: model.T("Milk 1 L", "牛奶 1 升"), Brand: "Everfresh", Category: "Dairy", PackSize: "1 L",
				ListPrice: 12_90, CostPrice: 8_00, Launch: rangeDay(2024, 3, 1), Status: model.ProductActive},
			{ID: "p2", Code: "YG-150", Name: model.T("Yoghurt 150 g", "酸奶 150 克"), Brand: "Everfresh", Category: "Dairy", PackSize: "150 g",
				ListPrice: 5_50, CostPrice: 3_00, Launch: rangeDay(2026, 5, 1), Status: model.ProductNew},
			{ID: "p3", Code: "CH-200", Name: model.T("Cheese 200 g", "奶酪 200 克"), Category: "Dairy", Status: model.ProductPhasingOut},
			{ID: "p4", Code: "OLD-1", Name: model.T("Old cream", ""), Status: model.ProductActive, Archived: true},
		},
		Clusters: []model.Cluster{
			{ID: "k1", AccountID: "a1", Name: "Hyper A", Format: "hypermarket", Stores: 40, Region: "East", Grade: "A", Share: 60,
				Outlets: []string{"S001 Xuhui, Shanghai", "S002 Pudong, Shanghai"}},
			{ID: "k2", AccountID: "a1", Name: "Express", Format: "convenience", Stores: 200, Grade: "C", Share: 30},
			{ID: "k3", AccountID: "a2", Name: "All stores", Stores: 80, Share: 100},
		},
		Listings: []model.Listing{
			{AccountID: "a1", ProductID: "p1", ClusterID: "k1", Listed: true, Since: rangeDay(2026, 1, 10), Price: 13_50, RateOfSale: &fast},
			{AccountID: "a1", ProductID: "p1", ClusterID: "k2", Listed: true, Since: rangeDay(2026, 1, 10), RateOfSale: &slow},
			{AccountID: "a1", ProductID: "p3", ClusterID: "k1", Listed: true, Since: rangeDay(2026, 1, 10)},
			{AccountID: "a2", ProductID: "p1", ClusterID: "k3", Listed: true, Since: rangeDay(2026, 2, 1), Price: 12_90, RateOfSale: &fresh},
		},
		Mutations: []model.Mutation{
			{ID: "m1", AccountID: "a1", Date: rangeDay(2026, 7, 1), Kind: model.MutationListing, ProductID: "p2", Clusters: []string{"k1", "k2"},
				Reason: "Summer range", ListingFee: 20_000_00, Price: 6_00, ApprovedBy: "Li Na", Status: model.MutationAgreed},
			{ID: "m2", AccountID: "a1", Date: rangeDay(2026, 8, 1), Kind: model.MutationDelisting, ProductID: "p3", Clusters: []string{"k1"},
				Reason: "Slow seller", Status: model.MutationProposed},
			{ID: "m3", AccountID: "a2", Date: rangeDay(2026, 3, 1), Kind: model.MutationListing, ProductID: "p2", Clusters: []string{"k3"},
				Price: 5_90, Status: model.MutationDone},
		},
		Operations: []model.Operations{{AccountID: "a1", Answers: map[string]string{"order_channel": "EDI", "delivery_route": "Via the Shanghai DC"},
			NextRangeReview: rangeDay(2026, 9, 1), SubmitBy: rangeDay(2026, 7, 15), PromoLeadWeeks: 8}},
	}
}

// rangeWorkbook writes ws as a workbook on the tests' today and opens it
// again.
func rangeWorkbook(t *testing.T, ws model.Workspace, l model.Lang) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, ws, l, today); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// sheetValues are a sheet's rows as a spreadsheet shows them (formatted),
// or raw (numbers as stored).
func sheetValues(t *testing.T, f *excelize.File, sheet string, raw bool) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: raw})
	if err != nil {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	for i := range rows { // a spreadsheet drops trailing empty cells; the header says how many there are
		for len(rows[i]) < len(rows[0]) {
			rows[i] = append(rows[i], "")
		}
	}
	return rows
}

func TestTheWorkbookCarriesTheRange(t *testing.T) {
	for _, l := range model.Langs {
		w := func(en, zh string) string { return model.T(en, zh).In(l) }
		f := rangeWorkbook(t, rangeWS(), l)

		products := sheetValues(t, f, w("Products", "产品"), true)
		wantHeader := []string{w("Code", "产品编码"), w("Name (English)", "英文名称"), w("Name (Chinese)", "中文名称"), w("Brand", "品牌"),
			w("Category", "品类"), w("Pack size", "规格"), w("List price", "目录价"), w("Cost price", "成本价"), w("Margin", "毛利率"),
			w("Launch", "上市日期"), w("Status", "状态"), w("Archived", "已归档")}
		if !slices.Equal(products[0], wantHeader) {
			t.Errorf("%s: products header %q", l, products[0])
		}
		if got := []string{products[1][0], products[2][0], products[3][0], products[4][0]}; !slices.Equal(got, []string{"CH-200", "MK-1L", "OLD-1", "YG-150"}) {
			t.Errorf("%s: products not by code: %q", l, got)
		}
		milk := products[2]
		if milk[1] != "Milk 1 L" || milk[2] != "牛奶 1 升" || milk[3] != "Everfresh" || milk[5] != "1 L" || milk[6] != "12.9" || milk[7] != "8" ||
			!sameNumber(milk[8], (12.90-8)/12.90) || milk[10] != w("active", "在售") || milk[11] != "" {
			t.Errorf("%s: the milk %q", l, milk)
		}
		if d, _ := excelize.ExcelDateToTime(mustFloat(t, milk[9]), false); d.Format(model.DateLayout) != "2024-03-01" {
			t.Errorf("%s: launch %s", l, milk[9])
		}
		if products[3][11] != w("yes", "是") || products[1][10] != w("phasing out", "逐步淘汰") || products[1][6] != "" || products[1][8] != "" {
			t.Errorf("%s: the archived cream %q, the cheese %q", l, products[3], products[1])
		}
		for col, fmtID := range map[int]int{6: 4, 8: 10} {
			ref, _ := excelize.CoordinatesToCellName(col+1, 3)
			if id, _ := xlNumFmt(t, f, w("Products", "产品"), ref); id != fmtID {
				t.Errorf("%s: products %s has number format %d, want %d", l, ref, id, fmtID)
			}
		}

		clusters := sheetValues(t, f, w("Clusters", "门店群"), true)
		want := [][]string{
			{"FreshWay", "All stores", "", "80", "", "", "1", "", ""},
			{"MegaMart", "Hyper A", "hypermarket", "40", "East", "A", "0.6", "S001 Xuhui, Shanghai\nS002 Pudong, Shanghai", ""},
			{"MegaMart", "Express", "convenience", "200", "", "C", "0.3", "", ""},
		}
		if !slices.EqualFunc(clusters[1:], want, slices.Equal) {
			t.Errorf("%s: clusters\n%q\nwant\n%q", l, clusters[1:], want)
		}

		// The range on the export day: the cells recorded or changed, with
		// their state, price and rate of sale.
		assortment := sheetValues(t, f, w("Assortment", "品项"), true)
		if !slices.Equal(assortment[0], []string{w("Account", "客户"), w("Product code", "产品编码"), w("Product name", "产品名称"),
			w("Cluster", "门店群"), w("State", "状态"), w("Shelf price", "货架价"), w("Rate of sale", "单店周销量")}) {
			t.Errorf("%s: assortment header %q", l, assortment[0])
		}
		want = [][]string{
			{"FreshWay", "MK-1L", w("Milk 1 L", "牛奶 1 升"), "All stores", w("carried", "已铺货"), "12.9", "3"},
			{"FreshWay", "YG-150", w("Yoghurt 150 g", "酸奶 150 克"), "All stores", w("carried", "已铺货"), "5.9", ""},
			{"MegaMart", "CH-200", w("Cheese 200 g", "奶酪 200 克"), "Hyper A", w("delisting planned 2026-08-01", "计划下架 2026-08-01"), "", ""},
			{"MegaMart", "MK-1L", w("Milk 1 L", "牛奶 1 升"), "Hyper A", w("carried", "已铺货"), "13.5", "4.2"},
			{"MegaMart", "MK-1L", w("Milk 1 L", "牛奶 1 升"), "Express", w("carried", "已铺货"), "", "1.5"},
			{"MegaMart", "YG-150", w("Yoghurt 150 g", "酸奶 150 克"), "Hyper A", w("listing planned 2026-07-01", "计划上架 2026-07-01"), "", ""},
			{"MegaMart", "YG-150", w("Yoghurt 150 g", "酸奶 150 克"), "Express", w("listing planned 2026-07-01", "计划上架 2026-07-01"), "", ""},
		}
		if !slices.EqualFunc(assortment[1:], want, slices.Equal) {
			t.Errorf("%s: assortment\n%q\nwant\n%q", l, assortment[1:], want)
		}
		if typ, _ := f.GetCellType(w("Assortment", "品项"), "G5"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s: a rate of sale is stored as %v", l, typ)
		}

		changes := sheetValues(t, f, w("Assortment changes", "品项变动"), false)
		want = [][]string{
			{"FreshWay", "2026-03-01", w("listing", "上架"), "YG-150", "", "All stores", "", "", "5.90", "", w("done", "已执行")},
			{"MegaMart", "2026-07-01", w("listing", "上架"), "YG-150", "", w("Hyper A; Express", "Hyper A；Express"), "Summer range", "20,000.00", "6.00", "Li Na", w("agreed", "已同意")},
			{"MegaMart", "2026-08-01", w("delisting", "下架"), "CH-200", "", "Hyper A", "Slow seller", "", "", "", w("proposed", "已提议")},
		}
		if !slices.EqualFunc(changes[1:], want, slices.Equal) {
			t.Errorf("%s: changes\n%q\nwant\n%q", l, changes[1:], want)
		}

		ops := sheetValues(t, f, w("Operations", "操作概况"), false)
		if len(ops[0]) != 1+len(model.OpsFields)+3 || len(ops) != 2 {
			t.Fatalf("%s: operations %q", l, ops)
		}
		col := func(h string) string {
			i := slices.Index(ops[0], h)
			if i < 0 {
				t.Fatalf("%s: no operations column %q in %q", l, h, ops[0])
			}
			return ops[1][i]
		}
		if ops[1][0] != "MegaMart" || col(w("How orders come", "订货方式")) != "EDI" || col(w("Delivery route", "配送方式")) != "Via the Shanghai DC" ||
			col(w("Who orders", "订货人")) != "" || col(w("Next range review", "下次品项评审")) != "2026-09-01" ||
			col(w("Submit new items by", "新品提交截止")) != "2026-07-15" || col(w("Promotion lead time (weeks)", "促销提前期（周）")) != "8" {
			t.Errorf("%s: operations %q", l, ops[1])
		}
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return v
}

// The workbook of one account holds that account's range alone; our
// products stay whole.
func TestAWorkbookOfOneAccountHasItsRangeAlone(t *testing.T) {
	f := rangeWorkbook(t, onlyAccount(rangeWS(), "a2"), model.English)
	for _, sheet := range []string{"Clusters", "Assortment", "Assortment changes"} {
		rows := sheetValues(t, f, sheet, false)
		if len(rows) < 2 {
			t.Errorf("%s is empty", sheet)
		}
		for _, r := range rows[1:] {
			if r[0] != "FreshWay" {
				t.Errorf("%s holds %q", sheet, r)
			}
		}
	}
	if rows := sheetValues(t, f, "Operations", false); len(rows) != 1 {
		t.Errorf("operations of another account: %q", rows)
	}
	if rows := sheetValues(t, f, "Products", false); len(rows) != 5 {
		t.Errorf("%d products", len(rows)-1)
	}
}

// The CSV tables of the range: every product, and the listings as the
// range stands on the export day, in the columns import reads.
func TestRangeCSVTables(t *testing.T) {
	read := func(text string) [][]string {
		t.Helper()
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	products := read(exportCSV(t, rangeWS(), "products", model.English))
	want := [][]string{
		{"Code", "Name (English)", "Name (Chinese)", "Brand", "Category", "Pack size", "List price", "Cost price", "Launch", "Status", "Archived"},
		{"CH-200", "Cheese 200 g", "奶酪 200 克", "", "Dairy", "", "", "", "", "phasing out", "no"},
		{"MK-1L", "Milk 1 L", "牛奶 1 升", "Everfresh", "Dairy", "1 L", "12.90", "8", "2024-03-01", "active", "no"},
		{"OLD-1", "Old cream", "", "", "", "", "", "", "", "active", "yes"},
		{"YG-150", "Yoghurt 150 g", "酸奶 150 克", "Everfresh", "Dairy", "150 g", "5.50", "3", "2026-05-01", "new", "no"},
	}
	if !slices.EqualFunc(products, want, slices.Equal) {
		t.Errorf("products\n%q\nwant\n%q", products, want)
	}
	listings := read(exportCSV(t, rangeWS(), "listings", model.Chinese))
	want = [][]string{
		{"客户", "产品编码", "产品名称", "门店群", "状态", "货架价", "单店周销量"},
		{"FreshWay", "MK-1L", "牛奶 1 升", "All stores", "已铺货", "12.90", "3"},
		{"FreshWay", "YG-150", "酸奶 150 克", "All stores", "已铺货", "5.90", ""},
		{"MegaMart", "CH-200", "奶酪 200 克", "Hyper A", "计划下架 2026-08-01", "", ""},
		{"MegaMart", "MK-1L", "牛奶 1 升", "Hyper A", "已铺货", "13.50", "4.2"},
		{"MegaMart", "MK-1L", "牛奶 1 升", "Express", "已铺货", "", "1.5"},
		{"MegaMart", "YG-150", "酸奶 150 克", "Hyper A", "计划上架 2026-07-01", "", ""},
		{"MegaMart", "YG-150", "酸奶 150 克", "Express", "计划上架 2026-07-01", "", ""},
	}
	if !slices.EqualFunc(listings, want, slices.Equal) {
		t.Errorf("listings\n%q\nwant\n%q", listings, want)
	}
	// On the first of July the yoghurt's listing has happened.
	var b bytes.Buffer
	if err := ExportCSV(&b, rangeWS(), "listings", model.English, rangeDay(2026, 7, 1)); err != nil {
		t.Fatal(err)
	}
	if rows := read(b.String()); rows[6][4] != "carried" || rows[6][5] != "6" {
		t.Errorf("on 1 July: %q", rows[6])
	}
}

// The case study's workbook: every product, every cluster of every
// account, each change, each profile, and the Assortment sheet says of
// each cell what the range on the export day says.
func TestTheCaseStudysRangeInTheWorkbook(t *testing.T) {
	for _, l := range model.Langs {
		w := func(en, zh string) string { return model.T(en, zh).In(l) }
		ws := model.CaseStudy(today, l)
		if len(ws.Products) == 0 || len(ws.Listings) == 0 || len(ws.Mutations) == 0 || len(ws.Operations) == 0 {
			t.Fatalf("%s: the case study has no range", l)
		}
		f := rangeWorkbook(t, ws, l)
		names := map[string]string{}
		for _, a := range ws.Accounts {
			names[a.ID] = a.Name
		}
		count := func(sheet string) int { return len(sheetValues(t, f, sheet, false)) - 1 }
		if n := count(w("Products", "产品")); n != len(ws.Products) {
			t.Errorf("%s: %d products, the case study %d", l, n, len(ws.Products))
		}
		if n := count(w("Clusters", "门店群")); n != len(ws.Clusters) {
			t.Errorf("%s: %d clusters, the case study %d", l, n, len(ws.Clusters))
		}
		if n := count(w("Assortment changes", "品项变动")); n != len(ws.Mutations) {
			t.Errorf("%s: %d changes, the case study %d", l, n, len(ws.Mutations))
		}
		if n := count(w("Operations", "操作概况")); n != len(ws.Operations) {
			t.Errorf("%s: %d profiles, the case study %d", l, n, len(ws.Operations))
		}

		// Each row of the Assortment sheet against the model's range of its
		// account on the day.
		rows := sheetValues(t, f, w("Assortment", "品项"), true)
		seen := map[string]bool{}
		states := map[model.CellState]int{}
		for _, r := range rows[1:] {
			accountID := ""
			for id, n := range names {
				if n == r[0] {
					accountID = id
				}
			}
			var clusters []model.Cluster
			for _, c := range ws.Clusters {
				if c.AccountID == accountID {
					clusters = append(clusters, c)
				}
			}
			var listings []model.Listing
			for _, x := range ws.Listings {
				if x.AccountID == accountID {
					listings = append(listings, x)
				}
			}
			var changes []model.Mutation
			for _, m := range ws.Mutations {
				if m.AccountID == accountID {
					changes = append(changes, m)
				}
			}
			a := model.BuildAssortment(ws.Products, clusters, listings, changes, today, false)
			p := slices.IndexFunc(a.Products, func(x model.Product) bool { return x.Code == r[1] })
			c := slices.IndexFunc(a.Clusters, func(x model.Cluster) bool { return x.Name == r[3] })
			if accountID == "" || p < 0 || c < 0 {
				t.Fatalf("%s: row %q names no cell of the range", l, r)
			}
			cell := a.Cell(p, c)
			states[cell.State]++
			seen[model.ListingKey(accountID, a.Products[p].ID, a.Clusters[c].ID)] = true
			if r[2] != a.Products[p].Name.In(l) || r[4] != cellState(cell, l) {
				t.Errorf("%s: row %q, the range %s %v %s", l, r, a.Products[p].Name.In(l), cell.State, formatDate(cell.Date))
			}
			if (cell.Price == 0) != (r[5] == "") || cell.Price != 0 && !sameNumber(r[5], cell.Price.Units()) {
				t.Errorf("%s: row %q, price %d", l, r, cell.Price)
			}
			if (cell.Rate == nil) != (r[6] == "") || cell.Rate != nil && !sameNumber(r[6], *cell.Rate) {
				t.Errorf("%s: row %q, rate %v", l, r, cell.Rate)
			}
		}
		for _, x := range ws.Listings {
			if !seen[x.Key()] {
				t.Errorf("%s: the listing %s is not in the sheet", l, x.Key())
			}
		}
		if states[model.Carried] == 0 || states[model.ListingPlanned]+states[model.DelistingPlanned] == 0 {
			t.Errorf("%s: the case study leaves states untested: %v", l, states)
		}
	}
}

// The range's changes go out as CSV too, the workbook's sheet as text:
// every change of the case study, with its day, kind and clusters.
func TestChangesAsCSV(t *testing.T) {
	now := time.Date(2026, 11, 20, 10, 0, 0, 0, time.Local)
	ws := model.CaseStudy(now, model.English)
	var buf bytes.Buffer
	if err := ExportCSV(&buf, ws, "changes", model.English, now); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(ws.Mutations)+1 || rows[0][1] != "Date" || rows[0][2] != "Kind" {
		t.Fatalf("%d rows for %d changes; header %v", len(rows), len(ws.Mutations), rows[0])
	}
	found := false
	for _, mu := range ws.Mutations {
		for _, r := range rows[1:] {
			if r[1] == mu.Date.Format(model.DateLayout) && r[2] == model.NameOf(model.MutationKinds, mu.Kind, model.English) && r[10] == model.NameOf(model.MutationStatuses, mu.Status, model.English) {
				found = true
			}
		}
		if !found {
			t.Errorf("change %s is not in the CSV", mu.ID)
		}
		found = false
	}
	var zh bytes.Buffer
	if err := ExportCSV(&zh, ws, "品项变动", model.Chinese, now); err != nil || !strings.Contains(zh.String(), "进场费") {
		t.Errorf("the changes in Chinese: %v", err)
	}
}
