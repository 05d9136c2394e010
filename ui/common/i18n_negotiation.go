package common

import "github.com/kam-workbench/kam/model"

// The words of PREPARE's deal as a whole: concessions costed at their
// step, the budget, both sides' packages against last year, Musts tied
// to an issue's figure.
func init() {
	addText(map[string]model.Text{
		"deal.term":                model.T("Trading term it changes", "涉及的贸易条款"),
		"deal.no_term":             model.T("none: type the cost", "无：手工填写成本"),
		"deal.step":                model.T("Step we give", "让步幅度"),
		"deal.step_hint":           model.T("points of a %, days, or how many more of a fixed amount", "百分比填点数，账期填天数，固定费用填多给的次数"),
		"deal.step_needed":         model.T("say how much more we give", "请填写多给多少"),
		"deal.at":                  model.T("Price of one", "单价"),
		"deal.at_hint":             model.T("fixed amounts only; empty: the term's own price", "仅用于固定费用；留空则用条款中的单价"),
		"deal.cost_offer":          model.T("computed: %s (%s on gross sales of %s)", "计算所得：%s（按总销售额 %[3]s 计 %[2]s）"),
		"deal.cost_typed_hint":     model.T("no term: type what it costs us", "未选条款：请填写我方成本"),
		"deal.cost_pending":        model.T("computed once the step is entered", "填写让步幅度后自动计算"),
		"deal.cannot_cost":         model.T("no terms for %d or before to cost the step on: enter them, or pick no term and type the cost", "没有 %d 年或之前的条款可用来计算：请先录入条款，或不选条款并手工填写成本"),
		"deal.computed":            model.T(" (%s of %s on %s)", "（%[2]s %[1]s，按 %[3]s 计）"),
		"deal.typed":               model.T(" (typed)", "（手工填写）"),
		"deal.now":                 model.T("on the terms now: %s, e to update", "按现有条款为 %s，按 e 更新"),
		"deal.budget":              model.T("Concession budget", "让步预算"),
		"deal.budget_hint":         model.T("what the concessions may cost in all; empty: no budget", "所有让步的成本上限；留空表示不设预算"),
		"deal.total":               model.T("Concessions cost %s in all", "让步合计 %s"),
		"deal.no_budget":           model.T("no budget set", "未设预算"),
		"deal.over_budget":         model.T("over the budget of %s by %s", "超出预算 %s，超出 %s"),
		"deal.within_budget":       model.T("within the budget of %s, %s left", "在预算 %s 之内，尚余 %s"),
		"deal.expect_title":        model.T("The deal as a whole", "整体交易"),
		"deal.exit_title":          model.T("The agreed deal", "达成的交易"),
		"deal.our_walk":            model.T("Our walk-away", "我方底线"),
		"deal.their_walk":          model.T("Their walk-away", "对方底线"),
		"deal.agreed":              model.T("Agreed", "已达成"),
		"deal.vs_last_year":        model.T("%s (%s bp) against %d's terms, on gross sales of %s", "较 %[3]d 年条款 %[1]s（%[2]s 个基点），按总销售额 %[4]s 计"),
		"deal.partial":             model.T("some estimates blank", "部分估计空缺"),
		"deal.nothing_yet":         model.T("nothing yet", "暂无"),
		"deal.no_last_year":        model.T("no terms before %d to measure the deal against", "没有 %d 年之前的条款可供比较"),
		"deal.unchanged":           model.T("unchanged at %s", "不变，仍为 %s"),
		"deal.objective_limit":     model.T("  (%s %s %s)", "（%s%s %s）"),
		"deal.pt":                  model.T(" pt", " 个点"),
		"deal.days":                model.T(" days", " 天"),
		"deal.limit":               model.T("Limit on the issue", "议题限值"),
		"deal.limit_hint":          model.T("the worst we accept; empty: none", "我方能接受的最差值；留空表示不设"),
		"deal.issue":               model.T("Issue it is measured on", "对应的议题"),
		"deal.no_issue":            model.T("none", "无"),
		"deal.limit_needs":         model.T("pick the issue the limit is on", "请选择限值所在的议题"),
		"deal.must_broken_short":   model.T("our walk-away breaks a Must", "我方底线突破了必须目标"),
		"status.must_broken":       model.T("Not ready: %s", "尚未就绪：%s"),
		"prepare.marked_ready_but": model.T("marked ready, but: %s", "已标记就绪，但：%s"),
	})
}
