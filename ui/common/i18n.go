package common

import "github.com/kam-workbench/kam/model"

// Tr is the user-facing text for key in language l. A key missing from the
// catalog shows as itself in angle quotes, which the catalog test catches.
func Tr(l model.Lang, key string) string {
	if t, ok := catalog[key]; ok {
		return t.In(l)
	}
	return "‹" + key + "›"
}

// HasKey reports whether the catalog holds key, for tests.
func HasKey(key string) bool { _, ok := catalog[key]; return ok }

// Catalog returns every entry, for tests.
func Catalog() map[string]model.Text { return catalog }

// catalog holds every word kam shows that is not a domain template (those
// live in model). Format verbs must match in both languages.
var catalog = map[string]model.Text{
	// shell
	"loading":           model.T("Loading the workspace…", "正在载入工作区…"),
	"root.too_small":    model.T("kam needs a terminal at least %d×%d; this one is %d×%d. Make the window larger.", "kam 需要至少 %d×%d 的终端；当前为 %d×%d。请把窗口放大。"),
	"root.current":      model.T("Account: %s", "当前客户：%s"),
	"root.no_current":   model.T("No current account", "未选客户"),
	"root.default_name": model.T("My key accounts", "我的关键客户"),
	"root.load_error":   model.T("The workspace could not be read: %s", "无法读取工作区：%s"),
	"help.title":        model.T("Keys", "按键"),
	"help.global":       model.T("Everywhere", "全局"),
	"help.close":        model.T("Press ? or esc to close this help.", "按 ? 或 esc 关闭帮助。"),
	"status.lang":       model.T("Language: English", "语言：简体中文"),
	"status.lang_fail":  model.T("The language was switched but could not be saved: %s", "语言已切换，但未能保存：%s"),
	"status.saving":     model.T("Saving before quitting…", "正在保存，然后退出…"),
	"tab.accounts":      model.T("Accounts", "客户"),

	// global keys
	"key.next_tab":   model.T("next tab", "下一页"),
	"key.prev_tab":   model.T("previous tab", "上一页"),
	"key.go_tab":     model.T("go to tab", "切换页"),
	"key.lang":       model.T("中文", "English"),
	"key.help":       model.T("help", "帮助"),
	"key.quit":       model.T("quit", "退出"),
	"key.force_quit": model.T("quit at once", "立即退出"),
	"key.scroll":     model.T("scroll", "滚动"),
	"key.close_help": model.T("close help", "关闭帮助"),

	// list and detail keys
	"key.up":            model.T("up", "上移"),
	"key.down":          model.T("down", "下移"),
	"key.page_up":       model.T("page up", "上一页"),
	"key.page_down":     model.T("page down", "下一页"),
	"key.top":           model.T("first", "第一项"),
	"key.bottom":        model.T("last", "最后一项"),
	"key.open":          model.T("open", "打开"),
	"key.new":           model.T("new", "新建"),
	"key.edit":          model.T("edit", "编辑"),
	"key.archive":       model.T("archive", "归档"),
	"key.undo":          model.T("undo archive", "撤销归档"),
	"key.filter":        model.T("filter", "筛选"),
	"key.sort":          model.T("sort", "排序"),
	"key.reverse":       model.T("reverse sort", "反向排序"),
	"key.show_archived": model.T("archived", "已归档"),
	"key.show_active":   model.T("active accounts", "在用客户"),
	"key.restore":       model.T("restore", "恢复"),
	"key.back":          model.T("back", "返回"),
	"key.stage_cycle":   model.T("cycle stage", "切换阶段状态"),
	"key.stage_forward": model.T("stage forward", "阶段前进"),
	"key.stage_back":    model.T("stage back", "阶段后退"),
	"key.filter_keep":   model.T("keep filter", "保留筛选"),
	"key.filter_clear":  model.T("clear filter", "清除筛选"),
	"key.yes":           model.T("yes", "是"),
	"key.no":            model.T("no", "否"),
	"key.cancel":        model.T("cancel", "取消"),

	// form keys
	"form.next":        model.T("next", "下一项"),
	"form.back":        model.T("back", "上一项"),
	"form.submit":      model.T("save", "保存"),
	"form.complete":    model.T("complete", "补全"),
	"form.newline":     model.T("new line", "换行"),
	"form.left":        model.T("previous", "上一个"),
	"form.right":       model.T("next choice", "下一个"),
	"form.up":          model.T("up", "上移"),
	"form.down":        model.T("down", "下移"),
	"form.toggle":      model.T("tick", "勾选"),
	"form.select_all":  model.T("tick all", "全选"),
	"form.select_none": model.T("tick none", "全不选"),

	// the account form
	"form.new_title":       model.T("New key account", "新建关键客户"),
	"form.edit_title":      model.T("Edit %s", "编辑 %s"),
	"form.group_account":   model.T("1/4 The account", "1/4 客户"),
	"form.group_numbers":   model.T("2/4 Figures (last 12 months)", "2/4 数据（最近 12 个月）"),
	"form.group_traits":    model.T("3/4 Key-account traits", "3/4 关键客户特征"),
	"form.group_notes":     model.T("4/4 Objectives and notes", "4/4 目标与备注"),
	"field.name":           model.T("Name", "名称"),
	"field.channel":        model.T("Channel", "渠道"),
	"field.format":         model.T("Format", "业态"),
	"field.format_hint":    model.T("e.g. neighbourhood stores", "例如：社区店"),
	"field.region":         model.T("Region", "区域"),
	"field.outlets":        model.T("Outlets", "门店数"),
	"field.category_sales": model.T("Category sales at the account", "该客户的品类销售额"),
	"field.category_hint":  model.T("The whole category, last 12 months. Leave empty if not known.", "整个品类，最近 12 个月。不知道可留空。"),
	"field.our_sales":      model.T("Our sales", "我方销售额"),
	"field.share":          model.T("Our share of category", "我方品类份额"),
	"field.target":         model.T("Our target this year", "今年目标"),
	"field.growth":         model.T("Account growth %", "客户增长率 %"),
	"field.tier":           model.T("Tier", "等级"),
	"field.traits":         model.T("Key-account traits it shows", "具备的关键客户特征"),
	"field.traits_hint":    model.T("space ticks; enter goes on", "空格勾选，回车继续"),
	"field.objectives":     model.T("Objectives", "目标"),
	"field.notes":          model.T("Notes", "备注"),

	// the list
	"col.name":           model.T("Name", "名称"),
	"col.channel":        model.T("Channel", "渠道"),
	"col.region":         model.T("Region", "区域"),
	"col.tier":           model.T("Tier", "等级"),
	"col.quadrant":       model.T("Quadrant", "象限"),
	"col.sales":          model.T("Our sales", "我方销售"),
	"col.share":          model.T("Share", "份额"),
	"col.growth":         model.T("Growth", "增长"),
	"col.stages":         model.T("Stages", "阶段"),
	"col.updated":        model.T("Updated", "更新"),
	"list.count":         model.T("%d key accounts", "%d 个关键客户"),
	"list.count_one":     model.T("%d key account", "%d 个关键客户"),
	"list.archived":      model.T("Archived accounts: %d (r restores)", "已归档客户：%d 个（r 恢复）"),
	"list.matches":       model.T("%d found", "找到 %d 个"),
	"list.sorted":        model.T("sorted by %s, %s", "按%s排序，%s"),
	"sort.asc":           model.T("lowest first", "从低到高"),
	"sort.desc":          model.T("highest first", "从高到低"),
	"sort.az":            model.T("A to Z", "正序"),
	"sort.za":            model.T("Z to A", "倒序"),
	"sort.tier_asc":      model.T("A first", "A 级在前"),
	"sort.tier_desc":     model.T("C first", "C 级在前"),
	"sort.quadrant_asc":  model.T("Strategic first", "战略客户在前"),
	"sort.quadrant_desc": model.T("Streamline first", "精简客户在前"),
	"sort.oldest":        model.T("oldest first", "最早的在前"),
	"sort.newest":        model.T("newest first", "最新的在前"),
	"list.no_match":      model.T("No account matches %q. esc clears the filter.", "没有客户匹配 %q。按 esc 清除筛选。"),
	"list.no_archived":   model.T("No archived accounts. a goes back to the active ones.", "没有已归档的客户。按 a 返回在用客户。"),
	"list.all_archived":  model.T("Every account is archived. a shows them; n adds a new one.", "所有客户都已归档。按 a 查看；按 n 新建。"),
	"welcome.title":      model.T("Welcome to kam, the key account workbench", "欢迎使用 kam 关键客户工作台"),
	"welcome.body":       model.T("This workspace has no key accounts yet.", "此工作区还没有关键客户。"),
	"welcome.new":        model.T("Press n to add your first key account.", "按 n 添加第一个关键客户。"),
	"welcome.demo":       model.T("To see the whole method filled in, quit (q) and run: kam demo", "想看完整填写的案例，请退出（q）并运行：kam demo"),
	"welcome.help":       model.T("? lists every key. L switches to 中文.", "? 列出所有按键。L 切换到 English。"),

	// the detail
	"detail.archived":      model.T("ARCHIVED", "已归档"),
	"detail.gone":          model.T("This account is no longer in the workspace. esc goes back.", "此客户已不在工作区中。按 esc 返回。"),
	"detail.none":          model.T("(none yet)", "（暂无）"),
	"detail.stages":        model.T("Stages", "阶段"),
	"detail.reached":       model.T("reached stage %d of 8", "已到第 %d/8 阶段"),
	"detail.traits":        model.T("Key-account traits (%d of %d)", "关键客户特征（%d/%d）"),
	"detail.times":         model.T("Created %s · updated %s", "创建于 %s · 更新于 %s"),
	"detail.evaluated":     model.T("evaluated %s: attractiveness %.2f, strength %.2f", "%s 评估：吸引力 %.2f，实力 %.2f"),
	"detail.not_evaluated": model.T("not evaluated yet (the Matrix tab scores it)", "尚未评估（在矩阵页评分）"),
	"field.quadrant":       model.T("Quadrant", "象限"),

	// questions and reports
	"ask.archive":            model.T("Archive %q? It leaves the list; u brings it back.  y / n", "归档 %q？它将移出列表；按 u 可恢复。  y / n"),
	"ask.discard":            model.T("Discard what you typed?  y discards · n returns to the form", "放弃已输入的内容？  y 放弃 · n 返回表单"),
	"status.saved":           model.T("Saved %s.", "已保存 %s。"),
	"status.archived":        model.T("Archived %s. u undoes.", "已归档 %s。按 u 撤销。"),
	"status.restored":        model.T("Restored %s.", "已恢复 %s。"),
	"status.nothing_to_undo": model.T("Nothing to undo.", "没有可撤销的操作。"),
	"status.stage":           model.T("Stage %d %s: %s.", "阶段 %d %s：%s。"),
	"status.save_failed":     model.T("Not saved: %s", "未保存：%s"),
}
