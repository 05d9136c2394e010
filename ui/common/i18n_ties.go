package common

import "github.com/kam-workbench/kam/model"

// The words that tie the Range tab to the Buyer and Review tabs: the
// checklist's window for assortment changes names the range review's
// dates, and a meeting's listings and delistings are picked from the
// account's range changes.
func init() {
	addText(map[string]model.Text{
		// the Buyer tab's checklist, on "Windows for assortment changes"
		"key.range_profile": model.T("range review dates (Range tab)", "品项评审日期（品项页）"),
		"buyer.range_review": model.T("Range review: next %s · submit new items by %s (Range tab: %s)",
			"品项评审：下次 %s · 新品提交截止 %s（品项页：%s）"),
		"buyer.range_review_closed": model.T("Range review: next %s · new items were due by %s (Range tab: %s)",
			"品项评审：下次 %s · 新品已于 %s 截止提交（品项页：%s）"),
		"buyer.range_review_no_submit": model.T("Range review: next %s · no date to submit new items by yet (Range tab: %s)",
			"品项评审：下次 %s · 尚无新品提交截止日期（品项页：%s）"),
		"buyer.range_review_past": model.T("The last range review was on %s; no next date in the Range tab's profile yet (Range tab: %s)",
			"上次品项评审在 %s；品项页的操作概况中还没有下次日期（品项页：%s）"),
		"buyer.range_review_none": model.T("No range review date in the Range tab's profile yet (Range tab: %s)",
			"品项页的操作概况中还没有品项评审日期（品项页：%s）"),

		// the Review tab's listings and delistings, picked from the range
		"review.from_range":      model.T("From the range changes", "从品项变动中选择"),
		"review.from_range_hint": model.T("picking one fills the line below; it can still be edited", "选中后填入下面一行，仍可修改"),
		"review.type_below":      model.T("type it below", "在下面输入"),
		"review.change_line":     model.T("%[1]s — %[2]s — %[3]s (%[4]s)", "%[1]s — %[2]s — %[3]s（%[4]s）"),
		"review.change_in_place": model.T("%s in place of %s", "%s 替换 %s"),
		"review.change_replaced": model.T("%s, replaced by %s", "%s，由 %s 替换"),
		"review.all_clusters":    model.T("all clusters (%d)", "全部门店群（%d 个）"),
	})
}
