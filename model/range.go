package model

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ProductStatus is where one of our products stands in its life.
type ProductStatus string

const (
	ProductActive     ProductStatus = "active"
	ProductNew        ProductStatus = "new"
	ProductPhasingOut ProductStatus = "phasing_out"
)

// ProductStatuses names each status.
var ProductStatuses = []Choice[ProductStatus]{
	{ProductActive, T("active", "在售")},
	{ProductNew, T("new", "新品")},
	{ProductPhasingOut, T("phasing out", "逐步淘汰")},
}

// Product is one of our products: what the account's range is made of.
type Product struct {
	ID        string        `json:"id,omitzero"`
	Code      string        `json:"code,omitzero"` // our article code, unique in the workspace
	Name      Text          `json:"name,omitzero"`
	Brand     string        `json:"brand,omitzero"`
	Category  string        `json:"category,omitzero"`
	PackSize  string        `json:"pack_size,omitzero"` // "500 ml", "6 × 330 ml"
	ListPrice Money         `json:"list_price,omitzero"`
	CostPrice Money         `json:"cost_price,omitzero"` // what a unit costs us: margins come from it
	Launch    time.Time     `json:"launch,omitzero"`
	Status    ProductStatus `json:"status,omitzero"`
	Archived  bool          `json:"archived,omitzero"`
	Created   time.Time     `json:"created,omitzero"`
	Updated   time.Time     `json:"updated,omitzero"`
}

func (p Product) Key() string   { return p.ID }
func (p Product) Owner() string { return "" }

// Margin is our gross margin on a unit at list price, in percent; ok is
// false without a list price.
func (p Product) Margin() (pct float64, ok bool) {
	if p.ListPrice <= 0 {
		return 0, false
	}
	return float64(p.ListPrice-p.CostPrice) / float64(p.ListPrice) * 100, true
}

// CodeKey is how product codes are compared: "ab-12" and "AB-12 " are one.
func CodeKey(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

// CheckProduct validates a product: a code and a name, one-line words,
// prices from 0 to the largest amount, a known status.
func CheckProduct(p Product) error {
	if strings.TrimSpace(p.Code) == "" {
		return invalid(T("a product needs its code", "产品需要编码"))
	}
	if strings.TrimSpace(p.Name.EN) == "" && strings.TrimSpace(p.Name.ZH) == "" {
		return invalid(T("a product needs a name", "产品需要名称"))
	}
	for _, s := range []string{p.Code, p.Name.EN, p.Name.ZH, p.Brand, p.Category, p.PackSize} {
		if err := CheckShort(s); err != nil {
			return err
		}
	}
	for _, m := range []Money{p.ListPrice, p.CostPrice} {
		if m < 0 || m >= MaxMoney {
			return invalid(T("a price must be between 0 and 10 trillion", "价格必须在 0 到 10 万亿之间"))
		}
	}
	if p.Status != "" && !validChoice(ProductStatuses, p.Status) {
		return invalid(T("%q is not a product status", "%q 不是产品状态"), p.Status)
	}
	return nil
}

// OpsField is one question of an account's operations profile: how the
// retailer orders, takes delivery, pays, reviews its range, keeps its
// planograms, books promotions and opens stores.
type OpsField struct {
	ID      string
	Section Text
	Label   Text
	Hint    Text // what a good answer looks like
}

// The sections of the operations profile, in the order the sheet shows them.
var (
	opsOrdering   = T("Ordering", "订货")
	opsDelivery   = T("Delivery", "物流配送")
	opsPayment    = T("Payment", "结算付款")
	opsRange      = T("Range reviews", "品项评审")
	opsPlanogram  = T("Planogram", "陈列图")
	opsPromotions = T("Promotions", "促销")
	opsNewStores  = T("New stores", "新店")
)

// OpsFields are the questions of the operations profile. The range
// review's dates and the promotion lead time are typed fields of
// Operations, not answers: other screens count with them.
var OpsFields = []OpsField{
	{"order_channel", opsOrdering, T("How orders come", "订货方式"), T("EDI, supplier portal or manual (e-mail, phone); who keys them", "EDI、供应商平台或人工（邮件、电话）；由谁下单")},
	{"order_who", opsOrdering, T("Who orders", "订货人"), T("Central replenishment, DC or each store; the name of the replenishment contact", "总部补货、配送中心还是门店；补货联系人姓名")},
	{"order_days", opsOrdering, T("Order days", "订货日"), T("The weekdays orders are placed, e.g. Mon and Thu", "每周哪几天下单，例如周一和周四")},
	{"order_lead", opsOrdering, T("Order lead time", "订货提前期"), T("Days from order to delivery the account expects, e.g. 3 days", "从下单到送达客户要求的天数，例如 3 天")},
	{"delivery_route", opsDelivery, T("Delivery route", "配送方式"), T("Via the retailer's DC or direct to store; which products go which way", "经零售商配送中心还是直送门店；哪些产品走哪条路")},
	{"delivery_dcs", opsDelivery, T("DC locations", "配送中心位置"), T("Each DC's city and the stores it serves", "每个配送中心所在城市及其服务的门店")},
	{"delivery_minimum", opsDelivery, T("Minimum order", "最小订货量"), T("Cases, pallets or value per drop, and what happens below it", "每次送货的箱数、托盘数或金额，以及不足时如何处理")},
	{"delivery_windows", opsDelivery, T("Delivery windows", "送货时段"), T("Booking rules and the hours the DC or stores receive", "预约规则，配送中心或门店的收货时间")},
	{"payment_terms", opsPayment, T("Payment terms", "付款条件"), T("Days and from when (invoice, receipt, month end); as agreed in the terms", "账期天数及起算点（发票、收货、月结）；与交易条款一致")},
	{"payment_invoicing", opsPayment, T("Invoicing rules", "开票规则"), T("What an invoice must carry (PO number, DC code) to be paid on time", "发票须包含的内容（订单号、配送中心代码）才能按时付款")},
	{"payment_deductions", opsPayment, T("Deductions", "扣款"), T("Which fees the account deducts from payments, and when", "客户从货款中扣除哪些费用，何时扣")},
	{"payment_disputes", opsPayment, T("Disputing a deduction", "扣款争议"), T("Who to write to, the evidence asked and the days allowed", "向谁提出、需要哪些证据、时限多少天")},
	{"range_when", opsRange, T("When and how often", "评审时间与频率"), T("The months of the category's range reviews, e.g. March and September", "品类品项评审的月份，例如三月和九月")},
	{"range_submission", opsRange, T("What to submit", "提交内容"), T("The new-item form, samples, sell-out evidence the buyer wants", "采购要求的新品申请表、样品和动销数据")},
	{"planogram_owner", opsPlanogram, T("Who owns the planogram", "陈列图负责人"), T("The retailer's space team, a category captain or each store", "零售商的陈列团队、品类管理伙伴还是门店自定")},
	{"planogram_resets", opsPlanogram, T("Reset dates", "陈列调整日期"), T("When shelves are reset after a range review", "品项评审后货架何时重新陈列")},
	{"promo_booking", opsPromotions, T("Booking a promotion", "促销预订"), T("How a leaflet or display slot is booked and paid for", "如何预订并支付海报或陈列位")},
	{"promo_approval", opsPromotions, T("Approval steps", "审批流程"), T("Who signs a promotion off at the account, in which order", "客户方由谁审批促销，顺序如何")},
	{"new_stores", opsNewStores, T("Opening plan", "开店计划"), T("Stores opening this year: where, when, which cluster", "今年新开门店：地点、时间、属于哪个门店群")},
}

// OpsFieldByID finds a question of the operations profile.
func OpsFieldByID(id string) (OpsField, bool) {
	i := slices.IndexFunc(OpsFields, func(f OpsField) bool { return f.ID == id })
	if i < 0 {
		return OpsField{}, false
	}
	return OpsFields[i], true
}

// Operations is how an account works: its operations profile.
type Operations struct {
	AccountID string            `json:"account_id,omitzero"`
	Answers   map[string]string `json:"answers,omitzero"` // by OpsField ID
	// NextRangeReview is the day of the account's next range review;
	// SubmitBy the last day to submit new items for it.
	NextRangeReview time.Time `json:"next_range_review,omitzero"`
	SubmitBy        time.Time `json:"submit_by,omitzero"`
	// PromoLeadWeeks is how many weeks ahead a promotion must be booked;
	// 0 is not known.
	PromoLeadWeeks int       `json:"promo_lead_weeks,omitzero"`
	Created        time.Time `json:"created,omitzero"`
	Updated        time.Time `json:"updated,omitzero"`
}

func (o Operations) Key() string   { return o.AccountID }
func (o Operations) Owner() string { return o.AccountID }

// MaxPromoLeadWeeks bounds the weeks a promotion is booked ahead.
const MaxPromoLeadWeeks = 52

// OpsQuestions is how many things the profile asks: every field, the two
// range review dates and the promotion lead time.
func OpsQuestions() int { return len(OpsFields) + 3 }

// Unknown counts what the profile does not say yet.
func (o Operations) Unknown() int {
	n := 0
	for _, f := range OpsFields {
		if strings.TrimSpace(o.Answers[f.ID]) == "" {
			n++
		}
	}
	for _, known := range []bool{!o.NextRangeReview.IsZero(), !o.SubmitBy.IsZero(), o.PromoLeadWeeks > 0} {
		if !known {
			n++
		}
	}
	return n
}

// CheckOperations validates a profile: answers to known questions, each
// at most a long text, the submission deadline not after the review, a
// lead time of up to a year.
func CheckOperations(o Operations) error {
	if o.AccountID == "" {
		return invalid(T("a profile belongs to an account", "操作概况必须属于某个客户"))
	}
	for id, a := range o.Answers {
		if _, ok := OpsFieldByID(id); !ok {
			return invalid(T("%q is not a question of the operations profile", "%q 不是操作概况中的问题"), id)
		}
		if err := CheckLongText(a); err != nil {
			return err
		}
	}
	if !o.SubmitBy.IsZero() && !o.NextRangeReview.IsZero() && Day(o.SubmitBy).After(Day(o.NextRangeReview)) {
		return invalid(T("new items are submitted before the range review, not after it", "新品须在品项评审之前提交，不能晚于评审"))
	}
	if o.PromoLeadWeeks < 0 || o.PromoLeadWeeks > MaxPromoLeadWeeks {
		return invalid(T("the promotion lead time is from 0 to %d weeks", "促销提前期为 0 到 %d 周"), MaxPromoLeadWeeks)
	}
	return nil
}

// Grade is how important a group of stores is to us: A, B or C.
type Grade string

// Grades names each grade.
var Grades = []Choice[Grade]{
	{"A", T("A", "A")},
	{"B", T("B", "B")},
	{"C", T("C", "C")},
}

// Cluster is a group of an account's stores that carries one range: a
// format, a region, a grade.
type Cluster struct {
	ID        string  `json:"id,omitzero"`
	AccountID string  `json:"account_id,omitzero"`
	Name      string  `json:"name,omitzero"`
	Format    string  `json:"format,omitzero"`
	Stores    int     `json:"stores,omitzero"`
	Region    string  `json:"region,omitzero"`
	Grade     Grade   `json:"grade,omitzero"`
	Share     float64 `json:"share,omitzero"` // of the account's sales, %
	// Outlets are single stores of the cluster, one line each ("S012
	// Xuhui, Shanghai"), when the rep keeps them.
	Outlets  []string  `json:"outlets,omitzero"`
	Archived bool      `json:"archived,omitzero"`
	Created  time.Time `json:"created,omitzero"`
	Updated  time.Time `json:"updated,omitzero"`
}

func (c Cluster) Key() string   { return c.ID }
func (c Cluster) Owner() string { return c.AccountID }

// MaxClusterStores bounds the stores of one cluster.
const MaxClusterStores = 100_000

// CheckCluster validates a cluster: a name, one-line words, a count of
// stores no smaller than the stores listed, a grade, a share of sales.
func CheckCluster(c Cluster) error {
	if c.AccountID == "" {
		return invalid(T("a cluster belongs to an account", "门店群必须属于某个客户"))
	}
	if strings.TrimSpace(c.Name) == "" {
		return invalid(T("a cluster needs a name", "门店群需要名称"))
	}
	for _, s := range []string{c.Name, c.Format, c.Region} {
		if err := CheckShort(s); err != nil {
			return err
		}
	}
	if c.Stores < 0 || c.Stores > MaxClusterStores {
		return invalid(T("the stores of a cluster are from 0 to %d", "门店群的门店数为 0 到 %d"), MaxClusterStores)
	}
	if len(c.Outlets) > c.Stores {
		return invalid(T("stores listed: %d, more than the cluster counts (%d)", "列出的门店（%d 家）多于门店群的门店数（%d 家）"), len(c.Outlets), c.Stores)
	}
	for _, o := range c.Outlets {
		if strings.TrimSpace(o) == "" {
			return invalid(T("a listed store needs a name", "列出的门店需要名称"))
		}
		if err := checkLine(o, MaxLineCells); err != nil {
			return err
		}
	}
	if c.Grade != "" && !validChoice(Grades, c.Grade) {
		return invalid(T("%q is not a grade: A, B or C", "%q 不是等级：A、B 或 C"), c.Grade)
	}
	if !(c.Share >= 0 && c.Share <= 100) {
		return invalid(T("a share of sales is from 0%% to 100%%", "销售占比为 0%% 到 100%%"))
	}
	return nil
}

// CheckShares says whether an account's clusters share more than all its
// sales.
func CheckShares(clusters []Cluster) error {
	total := 0.0
	for _, c := range clusters {
		if !c.Archived {
			total += c.Share
		}
	}
	if total > 100+1e-9 {
		return invalid(T("the clusters' shares of sales add up to %s, more than 100%%", "各门店群的销售占比合计 %s，超过 100%%"), FormatPercent(total))
	}
	return nil
}

// Listing is what the rep knows of one product in one cluster of an
// account: carried or not since a day, at which shelf price, selling how
// fast. A product with no listing is not carried.
type Listing struct {
	AccountID string `json:"account_id,omitzero"`
	ProductID string `json:"product_id,omitzero"`
	ClusterID string `json:"cluster_id,omitzero"`
	Listed    bool   `json:"listed,omitzero"`
	// Since is the day the rep knew the cell to be so: a mutation dated
	// later changes it on its day, one dated earlier does not.
	Since time.Time `json:"since,omitzero"`
	Price Money     `json:"price,omitzero"` // shelf price; 0 not known
	// RateOfSale is units per store per week; nil not known.
	RateOfSale *float64  `json:"rate_of_sale,omitempty"`
	Created    time.Time `json:"created,omitzero"`
	Updated    time.Time `json:"updated,omitzero"`
}

func (l Listing) Key() string   { return ListingKey(l.AccountID, l.ProductID, l.ClusterID) }
func (l Listing) Owner() string { return l.AccountID }

// ListingKey is where a product in a cluster of an account is kept.
func ListingKey(accountID, productID, clusterID string) string {
	return accountID + "/" + productID + "/" + clusterID
}

// MaxRateOfSale bounds units per store per week.
const MaxRateOfSale = 100_000

// CheckListing validates a cell of the grid: its account, product and
// cluster, a price from 0, a rate of sale from 0.
func CheckListing(l Listing) error {
	if l.AccountID == "" || l.ProductID == "" || l.ClusterID == "" {
		return invalid(T("a listing names an account, a product and a cluster", "上架记录须注明客户、产品和门店群"))
	}
	if l.Price < 0 || l.Price >= MaxMoney {
		return invalid(T("a price must be between 0 and 10 trillion", "价格必须在 0 到 10 万亿之间"))
	}
	if r := l.RateOfSale; r != nil && !(*r >= 0 && *r <= MaxRateOfSale) {
		return invalid(T("a rate of sale is from 0 to %d units per store per week", "单店周销量为 0 到 %d 件"), MaxRateOfSale)
	}
	return nil
}

// MutationKind is what an assortment change does.
type MutationKind string

const (
	MutationListing     MutationKind = "listing"
	MutationDelisting   MutationKind = "delisting"
	MutationReplacement MutationKind = "replacement" // a new product takes an old one's place
)

// MutationKinds names each kind.
var MutationKinds = []Choice[MutationKind]{
	{MutationListing, T("listing", "上架")},
	{MutationDelisting, T("delisting", "下架")},
	{MutationReplacement, T("replacement", "替换")},
}

// MutationStatus is where an assortment change stands.
type MutationStatus string

const (
	MutationProposed MutationStatus = "proposed"
	MutationAgreed   MutationStatus = "agreed"
	MutationDone     MutationStatus = "done"
	MutationRefused  MutationStatus = "refused"
)

// MutationStatuses names each status.
var MutationStatuses = []Choice[MutationStatus]{
	{MutationProposed, T("proposed", "已提议")},
	{MutationAgreed, T("agreed", "已同意")},
	{MutationDone, T("done", "已执行")},
	{MutationRefused, T("refused", "被拒绝")},
}

// Mutation is one dated change of an account's assortment: a listing, a
// delisting, or a replacement of one product by another, in some of the
// account's clusters.
type Mutation struct {
	ID        string       `json:"id,omitzero"`
	AccountID string       `json:"account_id,omitzero"`
	Date      time.Time    `json:"date,omitzero"` // the day it takes effect on the shelf
	Kind      MutationKind `json:"kind,omitzero"`
	ProductID string       `json:"product_id,omitzero"` // listed, delisted, or coming in
	// Replaces is the product going out of a replacement.
	Replaces   string         `json:"replaces,omitzero"`
	Clusters   []string       `json:"clusters,omitzero"` // cluster IDs
	Reason     string         `json:"reason,omitzero"`
	ListingFee Money          `json:"listing_fee,omitzero"` // agreed for this change
	Price      Money          `json:"price,omitzero"`       // the shelf price of a product listed; 0 not known
	ApprovedBy string         `json:"approved_by,omitzero"`
	Status     MutationStatus `json:"status,omitzero"`
	Created    time.Time      `json:"created,omitzero"`
	Updated    time.Time      `json:"updated,omitzero"`
}

func (m Mutation) Key() string   { return m.ID }
func (m Mutation) Owner() string { return m.AccountID }

// Pending says whether the change is still to happen: not refused, and
// not yet on the shelf on the day given.
func (m Mutation) Pending(now time.Time) bool {
	return m.Status != MutationRefused && !m.InEffect(now)
}

// InEffect says whether the change is on the shelf on the day given:
// agreed or done, and its day has come.
func (m Mutation) InEffect(now time.Time) bool {
	return (m.Status == MutationAgreed || m.Status == MutationDone) && !Day(m.Date).After(Day(now))
}

// CheckMutation validates an assortment change: an account, a day, a
// kind, the product (and for a replacement, another one it replaces), at
// least one cluster, one-line words, a fee and price from 0, a status.
func CheckMutation(m Mutation) error {
	if m.AccountID == "" {
		return invalid(T("a change belongs to an account", "品项变动必须属于某个客户"))
	}
	if m.Date.IsZero() {
		return invalid(T("a change needs the day it takes effect", "品项变动需要生效日期"))
	}
	if !validChoice(MutationKinds, m.Kind) {
		return invalid(T("%q is not a kind of change: listing, delisting or replacement", "%q 不是变动类型：上架、下架或替换"), m.Kind)
	}
	if m.ProductID == "" {
		return invalid(T("a change names its product", "品项变动须注明产品"))
	}
	switch {
	case m.Kind == MutationReplacement && m.Replaces == "":
		return invalid(T("a replacement names the product it replaces", "替换须注明被替换的产品"))
	case m.Kind == MutationReplacement && m.Replaces == m.ProductID:
		return invalid(T("a product cannot replace itself", "产品不能替换它自己"))
	case m.Kind != MutationReplacement && m.Replaces != "":
		return invalid(T("only a replacement replaces a product", "只有替换才有被替换的产品"))
	}
	if len(m.Clusters) == 0 {
		return invalid(T("a change names at least one cluster", "品项变动至少涉及一个门店群"))
	}
	seen := map[string]bool{}
	for _, c := range m.Clusters {
		if c == "" || seen[c] {
			return invalid(T("each cluster is named once", "每个门店群只能列一次"))
		}
		seen[c] = true
	}
	if err := CheckLongText(m.Reason); err != nil {
		return err
	}
	if err := CheckShort(m.ApprovedBy); err != nil {
		return err
	}
	for _, v := range []Money{m.ListingFee, m.Price} {
		if v < 0 || v >= MaxMoney {
			return invalid(T("must be between 0 and 10 trillion", "必须在 0 到 10 万亿之间"))
		}
	}
	if !validChoice(MutationStatuses, m.Status) {
		return invalid(T("%q is not a status of a change", "%q 不是品项变动的状态"), m.Status)
	}
	return nil
}

// CompareMutations orders changes by their day, then as they were made.
func CompareMutations(a, b Mutation) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if c := a.Created.Compare(b.Created); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// ParseRateOfSale reads units per store per week as typed: a number from
// 0 to MaxRateOfSale with at most two decimals' worth of sense ("3.5",
// "1,200"). ok is false for an empty field: the rate is not known.
func ParseRateOfSale(s string) (rate float64, ok bool, err error) {
	d, bad := digits(s)
	if bad != nil {
		return 0, false, bad
	}
	if d == "" {
		return 0, false, nil
	}
	if !onlyNumberChars(d) {
		return 0, false, invalid(T("%q is not a number of units", "%q 不是件数"), strings.TrimSpace(s))
	}
	v, perr := strconv.ParseFloat(d, 64)
	if perr != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false, invalid(T("%q is not a number of units", "%q 不是件数"), strings.TrimSpace(s))
	}
	if v < 0 || v > MaxRateOfSale {
		return 0, false, invalid(T("a rate of sale is from 0 to %d units per store per week", "单店周销量为 0 到 %d 件"), MaxRateOfSale)
	}
	return v, true, nil
}
