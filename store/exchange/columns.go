// Package exchange moves a workspace in and out of the files reps and
// managers use: spreadsheets (CSV, XLSX), a versioned JSON file of the
// whole workspace, and the reports built from them. Import is all or
// nothing: a file is read, every row checked by the rules the forms use,
// and only a file without a bad row is written, in one transaction.
package exchange

import (
	"strings"
	"unicode"

	"github.com/kam-workbench/kam/model"
)

// Kind is a kind of row a spreadsheet holds.
type Kind string

const (
	Accounts Kind = "accounts"
	Contacts Kind = "contacts"
	Terms    Kind = "terms"
	Actions  Kind = "actions"
)

// Kinds lists the kinds in the order an import applies them: a row may
// name an account, or a product, another sheet of the same file adds.
var Kinds = []Kind{Accounts, Contacts, Terms, Actions, Products, Listings}

// ValueType is what a column holds: how a cell is read, and how a
// workbook formats it.
type ValueType int

const (
	TextValue    ValueType = iota
	MoneyValue             // model.ParseMoney: 12.5M, 150万, 1,250,000
	CountValue             // a whole number
	PercentValue           // model.ParsePercent: 12.5 or 12.5%
	DateValue              // see parseDate
	BoolValue              // yes / no, 是 / 否
	ChoiceValue            // one of a list, by key or by name in either language
	ListValue              // several of a list, separated by ; or 、
	NumberValue            // a figure with decimals, such as a rate of sale
)

// Column is one column of a kind's sheet: the header export writes, in
// both languages, the other headers import recognises, and what it holds.
type Column struct {
	Key      string
	Header   model.Text
	Synonyms []string
	Required bool // a sheet of the kind has it
	Type     ValueType
	// ReadOnly columns are read when a sheet has them, never written:
	// a workbook may split what export writes in one column (a term's
	// value) into several (rate, amount, days).
	ReadOnly bool
}

// KindSpec is a kind's sheet: its names and its columns in the order
// export writes them.
type KindSpec struct {
	Kind    Kind
	Name    model.Text // also the sheet name
	Aliases []string   // other words for the kind (--kind, sheet names)
	Columns []Column
}

// Column finds a column of the kind by key.
func (s KindSpec) Column(key string) (Column, bool) {
	for _, c := range s.Columns {
		if c.Key == key {
			return c, true
		}
	}
	return Column{}, false
}

// Spec is the sheet of a kind.
func Spec(k Kind) KindSpec {
	for _, s := range specs {
		if s.Kind == k {
			return s
		}
	}
	return KindSpec{}
}

// ParseKind reads a kind as typed after --kind or found as a sheet name,
// in either language, any case, singular or plural.
func ParseKind(s string) (Kind, bool) {
	f := fold(s)
	if f == "" {
		return "", false
	}
	for _, spec := range specs {
		for _, n := range append([]string{string(spec.Kind), spec.Name.EN, spec.Name.ZH}, spec.Aliases...) {
			if fold(n) == f {
				return spec.Kind, true
			}
		}
	}
	return "", false
}

// Column keys shared by several kinds.
const (
	colAccount  = "account"
	colName     = "name"
	colNotes    = "notes"
	colArchived = "archived"
)

// The columns of each kind. Synonyms are compared folded (fold): any
// case, without spaces, underscores, hyphens, brackets or % signs.
var specs = []KindSpec{
	{
		Kind: Accounts, Name: model.T("Accounts", "客户"),
		Aliases: []string{"account", "key accounts", "customers", "customer", "关键客户", "客户档案", "客户列表"},
		Columns: []Column{
			{Key: colName, Header: model.T("Name", "名称"), Required: true,
				Synonyms: []string{"account", "account name", "accounts", "customer", "customer name", "client", "retailer", "key account",
					"客户", "客户名称", "客户名", "名称", "关键客户", "零售商", "账户", "账户名称"}},
			{Key: "channel", Header: model.T("Channel", "渠道"), Type: ChoiceValue,
				Synonyms: []string{"trade channel", "channel type", "渠道类型", "销售渠道"}},
			{Key: "format", Header: model.T("Format", "业态"), Synonyms: []string{"store format", "门店业态"}},
			{Key: "region", Header: model.T("Region", "区域"), Synonyms: []string{"area", "territory", "city", "地区", "大区", "城市"}},
			{Key: "outlets", Header: model.T("Outlets", "门店数"), Type: CountValue,
				Synonyms: []string{"stores", "store count", "number of stores", "outlet count", "doors", "门店", "门店数量", "店数"}},
			{Key: "category_sales", Header: model.T("Category sales", "品类销售额"), Type: MoneyValue,
				Synonyms: []string{"category sales at the account", "category", "category size", "该客户的品类销售额", "品类规模", "品类销售"}},
			{Key: "our_sales", Header: model.T("Our sales", "我方销售额"), Type: MoneyValue,
				Synonyms: []string{"sales", "turnover", "our turnover", "销售额", "我方销售", "销售"}},
			{Key: "target", Header: model.T("Target", "今年目标"), Type: MoneyValue,
				Synonyms: []string{"our target this year", "target this year", "sales target", "目标", "销售目标", "目标销售额", "年度目标"}},
			{Key: "growth", Header: model.T("Growth %", "增长率 %"), Type: PercentValue,
				Synonyms: []string{"growth", "account growth", "account growth %", "客户增长率", "增长率", "增长"}},
			{Key: "tier", Header: model.T("Tier", "等级"), Type: ChoiceValue, Synonyms: []string{"class", "rank", "abc", "级别", "分级"}},
			{Key: "traits", Header: model.T("Traits", "特征"), Type: ListValue,
				Synonyms: []string{"key-account traits", "key account traits", "关键客户特征", "具备的关键客户特征"}},
			{Key: "stages", Header: model.T("Stages", "阶段"), Synonyms: []string{"stage", "阶段进度"}},
			{Key: "objectives", Header: model.T("Objectives", "客户目标"), Synonyms: []string{"objective", "goals", "目标与策略"}},
			{Key: colNotes, Header: model.T("Notes", "备注"), Synonyms: []string{"note", "comments", "remarks", "说明", "备注说明"}},
			{Key: colArchived, Header: model.T("Archived", "已归档"), Type: BoolValue, Synonyms: []string{"归档"}},
		},
	},
	{
		Kind: Contacts, Name: model.T("Contacts", "联系人"),
		Aliases: []string{"contact", "people", "buyers", "联系人列表", "客户联系人"},
		Columns: []Column{
			{Key: colAccount, Header: model.T("Account", "客户"), Required: true,
				Synonyms: []string{"account name", "customer", "customer name", "client", "retailer", "客户名称", "客户名", "所属客户"}},
			{Key: colName, Header: model.T("Name", "姓名"), Required: true,
				Synonyms: []string{"contact", "contact name", "person", "full name", "联系人", "联系人姓名", "名字"}},
			{Key: "title", Header: model.T("Title", "职位"), Synonyms: []string{"job title", "position", "职务", "头衔"}},
			{Key: "function", Header: model.T("Function", "职能"), Type: ChoiceValue, Synonyms: []string{"department", "部门"}},
			{Key: "role", Header: model.T("Role", "角色"), Type: ChoiceValue,
				Synonyms: []string{"buying-centre role", "buying center role", "采购中心角色"}},
			{Key: "stance", Header: model.T("Stance", "态度"), Type: ChoiceValue, Synonyms: []string{"attitude", "立场"}},
			{Key: "influence", Header: model.T("Influence", "影响力"), Type: ChoiceValue, Synonyms: []string{"影响"}},
			{Key: "reports_to", Header: model.T("Reports to", "汇报对象"), Synonyms: []string{"manager", "boss", "上级", "汇报给"}},
			{Key: "counterpart", Header: model.T("Our counterpart", "我方对口人"), Synonyms: []string{"counterpart", "对口人", "我方对接人"}},
			{Key: "last_contact", Header: model.T("Last contact", "上次联系"), Type: DateValue,
				Synonyms: []string{"last contacted", "last met", "上次联系日期", "最近联系"}},
			{Key: "in_post_since", Header: model.T("In post since", "到任日期"), Type: DateValue,
				Synonyms: []string{"in post", "in role since", "start date", "到任", "任职日期", "任职起始"}},
			{Key: colNotes, Header: model.T("Notes", "备注"), Synonyms: []string{"note", "comments", "remarks", "说明"}},
			{Key: colArchived, Header: model.T("Archived", "已归档"), Type: BoolValue, Synonyms: []string{"归档"}},
		},
	},
	{
		Kind: Terms, Name: model.T("Terms", "贸易条款"),
		// 交易条款 is the name files written before called the kind.
		Aliases: []string{"term", "trading terms", "trade terms", "条款", "交易条款", "费用条款"},
		Columns: []Column{
			{Key: colAccount, Header: model.T("Account", "客户"), Required: true,
				Synonyms: []string{"account name", "customer", "customer name", "client", "retailer", "客户名称", "客户名"}},
			{Key: "year", Header: model.T("Year", "年份"), Required: true, Type: CountValue, Synonyms: []string{"年", "年度"}},
			{Key: "proposal", Header: model.T("Proposal", "提案"), Type: BoolValue, Synonyms: []string{"proposed", "提议", "建议"}},
			{Key: "gross_sales", Header: model.T("Gross sales", "总销售额"), Type: MoneyValue, Synonyms: []string{"gross", "销售总额"}},
			{Key: "term", Header: model.T("Term", "条款"), Type: ChoiceValue,
				Synonyms: []string{"trading term", "term name", "贸易条款", "交易条款", "条款名称", "费用项目", "费用"}},
			{Key: "basis", Header: model.T("Given as", "计费方式"), Type: ChoiceValue, Synonyms: []string{"basis", "type", "方式"}},
			{Key: "value", Header: model.T("Value", "数值"), Synonyms: []string{"term value", "条款数值"}},
			// What a percentage is of: gross sales, invoiced, or invoiced
			// with VAT (含税进货额), as the terms screen asks it.
			{Key: "percent_of", Header: model.T("Percent of", "计费基数"), Type: ChoiceValue,
				Synonyms: []string{"base", "percentage of", "rate of", "sales base", "base of sales", "计费基础", "费率基数", "扣点基数", "基数"}},
			{Key: "count", Header: model.T("Count", "数量"), Type: CountValue, Synonyms: []string{"times", "次数"}},
			{Key: "on_invoice", Header: model.T("On invoice", "票面费用"), Type: BoolValue,
				Synonyms: []string{"on-invoice", "on invoice?", "invoice", "前台费用", "票面", "票面/票外"}},
			{Key: "percent", Header: model.T("Rate", "费率"), Type: PercentValue, ReadOnly: true, Synonyms: []string{"percent", "percentage", "rate %", "比例", "百分比"}},
			{Key: "amount", Header: model.T("Amount", "金额"), Type: MoneyValue, ReadOnly: true, Synonyms: []string{"fixed amount", "固定金额"}},
			{Key: "days", Header: model.T("Days", "天数"), Type: CountValue, ReadOnly: true, Synonyms: []string{"payment days", "账期天数"}},
			// A prompt-payment discount's days to pay within; 付款天数 is
			// the terms form's word, 账期 are the payment days.
			{Key: "paid_within", Header: model.T("Paid within (days)", "提前付款天数"), Type: CountValue,
				Synonyms: []string{"paid within", "pay within", "days to pay", "discount days", "prompt-payment days", "付款天数", "现金折扣天数", "折扣付款天数"}},
			{Key: "conditional", Header: model.T("Conditional", "有附加条件"), Type: BoolValue, Synonyms: []string{"conditional?", "有条件", "附加条件"}},
			{Key: "condition", Header: model.T("Condition", "条件说明"), Synonyms: []string{"the condition", "条件"}},
			// A conditional term's expected achievement: blank is in full.
			{Key: "expected", Header: model.T("Expected achievement", "预计达成率"), Type: PercentValue,
				Synonyms: []string{"expected", "achievement expected", "预计达成", "预期达成率", "预计达成比例"}},
		},
	},
	{
		Kind: Actions, Name: model.T("Actions", "行动"),
		Aliases: []string{"action", "open actions", "action items", "行动项", "待办"},
		Columns: []Column{
			{Key: colAccount, Header: model.T("Account", "客户"), Required: true,
				Synonyms: []string{"account name", "customer", "customer name", "client", "retailer", "客户名称", "客户名"}},
			{Key: "meeting", Header: model.T("Meeting date", "会议日期"), Type: DateValue,
				Synonyms: []string{"meeting", "review", "review date", "business review", "会议", "业务回顾", "回顾日期"}},
			{Key: "what", Header: model.T("Action", "行动"), Required: true,
				Synonyms: []string{"what", "task", "to do", "todo", "action item", "行动项", "事项", "任务"}},
			{Key: "owner", Header: model.T("Owner", "负责人"), Synonyms: []string{"who", "responsible", "责任人"}},
			{Key: "side", Header: model.T("Side", "归属"), Type: ChoiceValue, Synonyms: []string{"whose", "归属方"}},
			{Key: "due", Header: model.T("Due", "截止日期"), Type: DateValue, Synonyms: []string{"due date", "deadline", "by", "截止", "期限"}},
			{Key: "status", Header: model.T("Status", "状态"), Type: ChoiceValue, Synonyms: []string{"state", "进度"}},
			{Key: "id", Header: model.T("ID", "编号"), Synonyms: []string{"action id", "行动编号"}},
		},
	},
	productsSpec,
	listingsSpec,
}

// fold is the form of a header or word compared when recognising it: lower
// case, without spaces, underscores, hyphens, brackets, % signs or
// question marks, full-width forms as their ASCII twins.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
			r -= 0xFEE0
		}
		switch {
		case unicode.IsSpace(r), strings.ContainsRune("_-%()[]?:.'\"*#/\\", r), r == '\u3000', r == '\ufeff':
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
