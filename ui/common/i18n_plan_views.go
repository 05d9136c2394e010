package common

import "github.com/kam-workbench/kam/model"

// The words of the Plan tab's calendar and P&L views.
func init() {
	addText(map[string]model.Text{
		"key.plan_open_promotion": model.T("open in Promotions", "在促销视图中打开"),
		"key.plan_pnl_column":     model.T("edit the column's inputs", "编辑本栏数据"),

		// the calendar
		"plan.cal_summary":      model.T("%s · %d · %d promotions", "%s · %d 年 · %d 项促销"),
		"plan.cal_summary_one":  model.T("%s · %d · %d promotion", "%s · %d 年 · %d 项促销"),
		"plan.cal_by_products":  model.T("rows: products (c: clusters)", "行：产品（c 切换为门店群）"),
		"plan.cal_by_clusters":  model.T("rows: clusters (c: products)", "行：门店群（c 切换为产品）"),
		"plan.cal_weeks_of":     model.T("weeks %d to %d of %d", "第 %d 至 %d 周，共 %d 周"),
		"plan.cal_today":        model.T("today: week %d", "今天：第 %d 周"),
		"plan.cal_week":         model.T("Week", "周"),
		"plan.cal_months":       model.T("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"),
		"plan.cal_all_stores":   model.T("All stores", "所有门店"),
		"plan.cal_none":         model.T("No promotions in %d: V goes back to Promotions, where n plans one.", "%d 年没有促销：按 V 回到「促销」视图，按 n 计划一项。"),
		"plan.cal_legend":       model.T("X clash  +n several at once  v | today's week", "X 冲突  +n 同时多项  v | 本周"),
		"plan.cal_no_clash":     model.T("No clashes: no two promotions on one product in one cluster at once.", "没有冲突：没有同一产品在同一门店群同时做两个促销。"),
		"plan.cal_clash":        model.T("Clash: %s and %s on %s in %s, %s to %s", "冲突：%s 与 %s 同时在%[4]s促销 %[3]s，%[5]s 至 %[6]s"),
		"plan.cal_clash_more":   model.T("(%d more)", "（另有 %d 处）"),
		"plan.cal_lead_unknown": model.T("Lead time not known: the Range tab's Operations say how many weeks ahead promotions are booked.", "提前期未知：请在品项页的操作概况中填写促销需提前几周预订。"),
		"plan.cal_lead_ok":      model.T("Every promotion is booked at least %d weeks ahead, as the retailer asks.", "所有促销都按零售商要求至少提前 %d 周预订。"),
		"plan.cal_lead_ok_one":  model.T("Every promotion is booked at least %d week ahead, as the retailer asks.", "所有促销都按零售商要求至少提前 %d 周预订。"),
		"plan.cal_lead_late":    model.T("Booked inside the %d-week lead time:", "晚于 %d 周提前期预订："),
		"plan.cal_row_head":     model.T("%s:", "%s："),
		"plan.cal_row_none":     model.T("%s: no promotion in %d.", "%s：%d 年没有促销。"),
		"plan.cal_row_promo":    model.T("%s %s %s to %s, ROI %s", "%s %s %s 至 %s，投入产出比 %s"),

		// the P&L
		"plan.pnl_title":                  model.T("%s · account P&L %d · each amount and its %% of gross sales", "%s · %d 年客户损益 · 金额及占毛销售额的百分比"),
		"plan.pnl_gross":                  model.T("Gross sales", "毛销售额"),
		"plan.pnl_on_invoice":             model.T("On-invoice terms", "票面费用"),
		"plan.pnl_invoiced":               model.T("Invoiced sales", "开票销售额"),
		"plan.pnl_off_invoice":            model.T("Off-invoice terms & credit", "票外费用及账期成本"),
		"plan.pnl_promotions":             model.T("Promotions", "促销费用"),
		"plan.pnl_net":                    model.T("Net sales", "净销售额"),
		"plan.pnl_cogs":                   model.T("Cost of goods", "销售成本"),
		"plan.pnl_gross_profit":           model.T("Gross profit", "毛利"),
		"plan.pnl_cost_to_serve":          model.T("Cost to serve", "服务成本"),
		"plan.pnl_contribution":           model.T("Account contribution", "客户贡献"),
		"plan.pnl_score":                  model.T("Matrix, Net profitability: the plan's contribution is %s of gross sales, so the criterion can be scored %d of 10.", "矩阵「净盈利能力」：计划的客户贡献占毛销售额 %s，该项可评 %d 分（满分 10 分）。"),
		"plan.pnl_score_none":             model.T("Matrix, Net profitability: the plan has no gross sales yet, so it gives no score.", "矩阵「净盈利能力」：计划还没有毛销售额，无法给出评分。"),
		"plan.pnl_gross_from":             model.T("%s: gross sales from %s.", "%s：毛销售额取自%s。"),
		"plan.pnl_src_own":                model.T("the figure entered for the column", "本栏录入的数字"),
		"plan.pnl_src_quarters":           model.T("the plan's quarters", "计划各季度进货额"),
		"plan.pnl_src_last_year":          model.T("last year's quarters in the Plan sheet", "计划表中去年各季度进货额"),
		"plan.pnl_src_terms":              model.T("the terms of %d", "%d 年条款"),
		"plan.pnl_gross_none":             model.T("%s: no gross sales yet. e enters them, or the Plan sheet (V) takes the quarters' sell-in.", "%s：还没有毛销售额。按 e 录入，或在计划表中填写各季度进货额（V）。"),
		"plan.pnl_terms":                  model.T("Terms: those agreed for %d, costed on these gross sales.", "条款：%d 年已达成的条款，按此毛销售额计算。"),
		"plan.pnl_terms_proposal":         model.T("Terms: the proposal for %d, not agreed yet, costed on these gross sales.", "条款：%d 年尚未达成的提案，按此毛销售额计算。"),
		"plan.pnl_terms_carried":          model.T("Terms: none for %d yet, so those of %d go on, costed on these gross sales.", "条款：%d 年尚无条款，沿用 %d 年的条款，按此毛销售额计算。"),
		"plan.pnl_terms_carried_proposal": model.T("Terms: none for %d yet, so the proposal for %d, not agreed, goes on, costed on these gross sales.", "条款：%d 年尚无条款，沿用 %d 年尚未达成的提案，按此毛销售额计算。"),
		"plan.pnl_no_terms":               model.T("No terms for %d: they count as nothing. PREPARE's Trading terms add them.", "没有 %d 年的条款：条款费用按 0 计。请在 PREPARE 的贸易条款中添加。"),
		"plan.pnl_promos_plan":            model.T("Promotions of %d: as forecast.", "%d 年促销：按预测计。"),
		"plan.pnl_promos_best":            model.T("Promotions of %d: as they ran; as forecast where they have not run or have no actual yet.", "%d 年促销：已结束且有实际销量的按实际计，其余按预测计。"),
		"plan.pnl_inputs":                 model.T("Cost of goods: %s · costs to serve: %s", "销售成本：%s · 服务成本：%s"),
		"plan.pnl_cogs_pct":               model.T("%s of gross sales", "占毛销售额 %s"),
		"plan.pnl_not_entered":            model.T("not entered", "未录入"),
		"plan.pnl_none":                   model.T("none", "无"),
		"plan.pnl_no_plan":                model.T("No plan for %d yet: e enters a column's gross sales, cost of goods and costs to serve; the Plan sheet (V) takes the quarters.", "%d 年还没有计划：按 e 录入本栏的毛销售额、销售成本和服务成本；各季度数据在计划表中填写（V）。"),
		"plan.pnl_hint":                   model.T("left/right picks a column; e edits its gross sales, cost of goods and costs to serve", "左右键选栏；按 e 编辑其毛销售额、销售成本和服务成本"),
	})
}
