package common

import "github.com/kam-workbench/kam/model"

// The words of the Review tab's scorecard and the Buyer tab's
// relationship map added since the catalog was split.
func init() {
	addText(map[string]model.Text{
		"sheet.more_below":      model.T("↓ %d more lines below (j, pgdn)", "↓ 下面还有 %d 行（j、pgdn）"),
		"sheet.more_below_one":  model.T("↓ %d more line below (j, pgdn)", "↓ 下面还有 %d 行（j、pgdn）"),
		"review.within_points":  model.T("(near = within %s pt)", "（接近＝差距 %s 个百分点以内）"),
		"review.within_pct":     model.T("(near = within %s%% of target)", "（接近＝差距在目标的 %s%% 以内）"),
		"review.achieved":       model.T("achieved %s", "达成率 %s"),
		"review.favourable":     model.T("%[1]s favourable vs %[2]s", "较%[2]s有利 %[1]s"),
		"review.unfavourable":   model.T("%[1]s unfavourable vs %[2]s", "较%[2]s不利 %[1]s"),
		"review.gap_with_money": model.T("%s (%s)", "%s（%s）"),
		"review.ytd_summed":     model.T("year to date (sum of %d): %s of %s", "年初至今（%d 次回顾合计）：%s / 目标 %s"),
		"review.ytd_averaged":   model.T("year to date (average of %d): %s vs %s", "年初至今（%d 次回顾平均）：%s / 目标 %s"),
		"review.summary_bands":  model.T("%d of %d on target, %d near · %s", "%d/%d 项达标，%d 项接近 · %s"),
		"review.tolerance":      model.T("Near target within", "接近目标的容差"),
		"review.tolerance_hint": model.T("in points for a percentage metric, in percent of the target otherwise; empty: 1 point or 5 percent",
			"百分比指标按百分点，其他指标按目标的百分比；留空则为 1 个百分点或目标的百分之五"),
		"review.bad_tolerance": model.T("%q: a tolerance is a number from 0 to 100, or empty for the default", "%q：容差为 0 到 100 的数字，留空则用默认值"),

		"buyer.shape_front_line": model.T("Bow-tie: every link is sales ↔ buying. Link supply chain, finance or marketing.",
			"领结型：所有联系都只在销售 ↔ 采购之间。请联系供应链、财务或市场。"),
		"buyer.shape_stance": model.T("Links: %d warm, %d neutral, %d cold (a cold link does not count)",
			"联系：%d 条友好，%d 条中立，%d 条对立（对立的联系不计入形态）"),
	})
}
