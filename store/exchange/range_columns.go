package exchange

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// The kinds of the range (品项) a spreadsheet may hold: our products, and
// what each cluster of an account carries at which price and rate of sale.
const (
	Products Kind = "products"
	Listings Kind = "listings"
)

// Column keys of the range's kinds.
const (
	colCode        = "code"
	colNameEN      = "name_en"
	colNameZH      = "name_zh"
	colProduct     = "product"
	colProductName = "product_name"
	colCluster     = "cluster"
	colListed      = "listed"
	colPrice       = "price"
	colRate        = "rate"
)

// productsSpec is a list of our products: a row per product code.
var productsSpec = KindSpec{
	Kind: Products, Name: model.T("Products", "产品"),
	Aliases: []string{"product", "product list", "articles", "items", "skus", "sku list", "产品列表", "产品清单", "商品", "商品清单", "货品"},
	Columns: []Column{
		{Key: colCode, Header: model.T("Code", "产品编码"), Required: true,
			Synonyms: []string{"product code", "article code", "article", "item code", "sku", "sku code", "编码", "产品代码", "商品编码", "商品代码", "货号", "物料编码"}},
		{Key: colNameEN, Header: model.T("Name (English)", "英文名称"),
			Synonyms: []string{"name", "product name", "english name", "name en", "description", "英文名", "产品英文名称"}},
		{Key: colNameZH, Header: model.T("Name (Chinese)", "中文名称"),
			Synonyms: []string{"chinese name", "name zh", "名称", "产品名称", "品名", "商品名称", "中文名", "产品中文名称"}},
		{Key: "brand", Header: model.T("Brand", "品牌"), Synonyms: []string{"brand name", "品牌名称"}},
		{Key: "category", Header: model.T("Category", "品类"), Synonyms: []string{"product category", "类别", "产品品类", "产品类别"}},
		{Key: "pack_size", Header: model.T("Pack size", "规格"), Synonyms: []string{"pack", "size", "pack format", "包装", "包装规格", "规格型号"}},
		{Key: "list_price", Header: model.T("List price", "目录价"), Type: MoneyValue,
			Synonyms: []string{"price", "unit price", "list", "价格", "单价", "供货价", "供价", "牌价"}},
		{Key: "cost_price", Header: model.T("Cost price", "成本价"), Type: MoneyValue,
			Synonyms: []string{"cost", "unit cost", "cogs", "成本", "单位成本"}},
		{Key: "launch", Header: model.T("Launch", "上市日期"), Type: DateValue,
			Synonyms: []string{"launch date", "launched", "上市", "上市时间"}},
		{Key: "status", Header: model.T("Status", "状态"), Type: ChoiceValue, Synonyms: []string{"product status", "产品状态", "生命周期"}},
		{Key: colArchived, Header: model.T("Archived", "已归档"), Type: BoolValue, Synonyms: []string{"归档"}},
	},
}

// listingsSpec is a list of what an account's clusters carry: a row per
// account, product and cluster, with the shelf price and the rate of sale
// (units per store per week). The workbook's Assortment sheet is one.
var listingsSpec = KindSpec{
	Kind: Listings, Name: model.T("Listings", "铺货与动销"),
	Aliases: []string{"listing", "assortment", "range", "rate of sale", "rates of sale", "ros", "品项", "铺货", "铺货清单", "动销", "单店周销量", "上架清单"},
	Columns: []Column{
		{Key: colAccount, Header: model.T("Account", "客户"), Required: true,
			Synonyms: []string{"account name", "customer", "customer name", "client", "retailer", "客户名称", "客户名"}},
		// A product by its code, or by its name in either language when
		// no code matches.
		{Key: colProduct, Header: model.T("Product code", "产品编码"), Required: true,
			Synonyms: []string{"code", "product", "sku", "article", "article code", "item code", "编码", "产品", "产品代码", "商品编码", "货号"}},
		// The product's name, read when the code cell is blank.
		{Key: colProductName, Header: model.T("Product name", "产品名称"),
			Synonyms: []string{"name", "description", "品名", "名称", "商品名称"}},
		{Key: colCluster, Header: model.T("Cluster", "门店群"), Required: true,
			Synonyms: []string{"store cluster", "store group", "cluster name", "门店群名称", "店群", "门店组", "门店分组"}},
		// The state as export writes it (carried, not carried, listing
		// planned on a day …) or yes / no; blank, or a change planned,
		// keeps what the range shows on the import day.
		{Key: colListed, Header: model.T("State", "状态"), Type: BoolValue,
			Synonyms: []string{"listed", "carried", "in range", "status", "on shelf", "是否上架", "已上架", "上架", "是否铺货", "铺货", "在售"}},
		{Key: colPrice, Header: model.T("Shelf price", "货架价"), Type: MoneyValue,
			Synonyms: []string{"price", "retail price", "selling price", "零售价", "售价", "价格", "门店售价"}},
		{Key: colRate, Header: model.T("Rate of sale", "单店周销量"), Type: NumberValue,
			Synonyms: []string{"ros", "rate", "units per store per week", "units/store/week", "unit sales per store per week", "weekly rate of sale",
				"动销", "单店单周销量", "店周销量", "周单店销量"}},
	},
}

// The words of a cell's state on a day, as the workbook's Assortment sheet
// writes them and an import reads them back.
var (
	stateCarried          = model.T("carried", "已铺货")
	stateNotCarried       = model.T("not carried", "未铺货")
	stateListingPlanned   = model.T("listing planned", "计划上架")
	stateDelistingPlanned = model.T("delisting planned", "计划下架")
)

// cellState writes a cell of the range as the Assortment sheet shows it:
// carried, not carried, or the change planned and its day.
func cellState(c model.Cell, l model.Lang) string {
	switch c.State {
	case model.Carried:
		return stateCarried.In(l)
	case model.ListingPlanned:
		return stateListingPlanned.In(l) + " " + formatDate(c.Date)
	case model.DelistingPlanned:
		return stateDelistingPlanned.In(l) + " " + formatDate(c.Date)
	}
	return stateNotCarried.In(l)
}

// stateDate is the day after a planned change's words.
var stateDate = regexp.MustCompile(`\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$`)

// parseListed reads a state cell: yes or no, carried or not carried as
// cellState writes them. A change planned (listing planned 2026-07-01)
// and blank say nothing of the shelf today: known is false, and the
// range's own state stands.
func parseListed(s string) (listed, known bool, err error) {
	f := fold(stateDate.ReplaceAllString(strings.TrimSpace(s), ""))
	if f == "" {
		return false, false, nil
	}
	for _, w := range []struct {
		words  model.Text
		listed bool
		known  bool
	}{{stateCarried, true, true}, {stateNotCarried, false, true}, {stateListingPlanned, false, false}, {stateDelistingPlanned, true, false}} {
		if f == fold(w.words.EN) || f == fold(w.words.ZH) {
			return w.listed, w.known, nil
		}
	}
	v, err := parseBool(s, false)
	if err != nil {
		return false, false, problem("%q: write yes or no, carried or not carried", "%q：请填写 是 或 否、已铺货 或 未铺货", strings.TrimSpace(s))
	}
	return v, true, nil
}

// parseRate reads a rate of sale as the Range tab takes it: units per
// store per week, with decimals; blank is not known (nil).
func parseRate(s string) (*float64, error) {
	v, ok, err := model.ParseRateOfSale(s)
	if err != nil || !ok {
		return nil, err
	}
	return &v, nil
}

// formatRate writes a rate of sale as import reads it back; blank for not
// known.
func formatRate(r *float64) string {
	if r == nil {
		return ""
	}
	return strconv.FormatFloat(*r, 'f', -1, 64)
}

// sameRate reports whether two rates of sale are one: both not known, or
// equal to the nine decimals a workbook's cell keeps.
func sameRate(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Abs(*a))
}

// productLabel names a product in a report: its code and name.
func productLabel(p model.Product) model.Text {
	return model.T(strings.TrimSpace(p.Code+" "+p.Name.In(model.English)), strings.TrimSpace(p.Code+" "+p.Name.In(model.Chinese)))
}

// listingLabel names one product in one cluster of an account in a report.
func listingLabel(account, code, cluster string) model.Text {
	return model.T(fmt.Sprintf("%s: %s in %s", account, code, cluster), fmt.Sprintf("%s：%s（%s）", account, code, cluster))
}

// importDay is the day an import records what a listing is known to be.
func importDay(now time.Time) time.Time { return model.Day(now) }
