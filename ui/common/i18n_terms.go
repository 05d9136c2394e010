package common

import "github.com/kam-workbench/kam/model"

// The words of the terms: the workspace's costing rules, the cost of
// credit, conditional terms and the evolution of spend.
func init() {
	addText(map[string]model.Text{
		"terms.rules":             model.T("credit beyond %s at %s · VAT %s (c)", "账期超出%s按 %s 计 · 增值税 %s（c）"),
		"terms.rules_all":         model.T("payment days at %s a year · VAT %s (c)", "账期按年利率 %s 计 · 增值税 %s（c）"),
		"terms.standard_days":     model.T("%d days", "%d 天"),
		"terms.standard_days_one": model.T("%d day", "%d 天"),
		"terms.credit_detail_one": model.T("%d day beyond the standard %d, on %s incl. VAT, at %s a year", "超出标准的 %d 天（标准 %d 天），基数含税 %s，年利率 %s"),
		"terms.standard_last":     model.T("last year's days", "上年账期"),
		"terms.no_vat":            model.T("none", "不含"),
		"terms.credit":            model.T("Cost of credit", "账期资金成本"),
		"terms.credit_short":      model.T("Credit", "账期成本"),
		"terms.at_risk":           model.T("Conditional, at risk (not counted)", "有条件返利·未计入的风险部分"),
		"terms.new_spend":         model.T("new spend", "新增费用"),
		"terms.slower":            model.T("spend grew slower than sales", "费用增长慢于销售"),
		"terms.slower_short":      model.T("grew slower than sales", "费用增长慢于销售"),
		"terms.growth_detail":     model.T("%s: spend %s vs sales %s", "%s：费用 %s，销售 %s"),
		"terms.new_detail":        model.T("%s: new spend, none in %s (sales %s)", "%s：新增费用，%s 无费用（销售 %s）"),
		"terms.of_base":           model.T("of %s %s", "基数：%s %s"),
		"terms.expected":          model.T("at %s expected: %s counted · %s at risk · %s in full", "按预计达成率 %s：计入 %s · 风险 %s · 全额 %s"),
		"terms.in_full":           model.T("counted in full (no expected achievement set)", "按全额计入（未设预计达成率）"),
		"terms.credit_detail":     model.T("%d days beyond the standard %d, on %s incl. VAT, at %s a year", "超出标准的 %d 天（标准 %d 天），基数含税 %s，年利率 %s"),
		"terms.credit_within":     model.T("within the standard %d days: no cost", "未超出标准账期 %d 天：无成本"),
		"terms.credit_within_one": model.T("within the standard %d day: no cost", "未超出标准账期 %d 天：无成本"),
		"terms.prompt_rate":       model.T("paid within %d days of %d: %s a year vs capital at %s", "%d 天内付款（账期 %d 天）：年化 %s，资金成本 %s"),
		"terms.prompt_rate_one":   model.T("paid within %d day of %d: %s a year vs capital at %s", "%d 天内付款（账期 %d 天）：年化 %s，资金成本 %s"),
		"terms.prompt_dear":       model.T("dearer than capital", "高于资金成本"),
		"terms.prompt_cheap":      model.T("cheaper than capital", "低于资金成本"),
		"terms.prompt_no_rate":    model.T("no days gained: set the days it is paid within", "未提前付款：请填写付款天数"),
		"terms.percent_of":        model.T("Percent of", "计费基数"),
		"terms.expected_q":        model.T("Expected achievement %", "预计达成率 %"),
		"terms.expected_hint":     model.T("the share of the term expected to be paid; empty: in full", "预计支付的比例；留空为全额"),
		"terms.paid_within":       model.T("Paid within (days)", "付款天数"),
		"terms.paid_within_hint":  model.T("the days within which the account pays to earn the discount", "客户在多少天内付款可享受折扣"),
		"terms.percentage":        model.T("percentage", "百分比"),
		"settings.vat":            model.T("VAT rate %", "增值税税率 %"),
		"settings.vat_hint":       model.T("For terms on VAT-inclusive purchases and the cost of credit; empty: 13%, 0: no VAT.", "用于按含税进货额计算的条款及账期成本；留空为 13%，0 为不含税。"),
		"settings.credit_days":    model.T("Standard payment days", "标准账期（天）"),
		"settings.credit_hint":    model.T("Payment days up to this cost nothing; empty: every day costs.", "不超过此天数的账期不计成本；留空则每天都计。"),
		"settings.credit_last":    model.T("Standard: each account's payment days of last year?", "以各客户上年账期为标准？"),
	})
}
