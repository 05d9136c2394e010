package common

import "github.com/kam-workbench/kam/model"

// The words of the course's compare screen.
func init() {
	addText(map[string]model.Text{
		"compare.title":     model.T("Compare teams", "小组对比"),
		"compare.matrix":    model.T("Matrix", "矩阵"),
		"compare.prepare":   model.T("PREPARE", "PREPARE"),
		"compare.plan":      model.T("Plan", "计划"),
		"compare.no_course": model.T("Compare puts the teams of a course side by side: open one with kam course.", "对比页并排显示课程中各小组的成果：请用 kam course 打开课程。"),
		"compare.loading":   model.T("Loading the teams' workspaces…", "正在载入各小组的工作区…"),

		"compare.team_short":   model.T("T%d", "%d组"),
		"compare.teams_window": model.T("teams %d–%d of %d ([ ])", "第 %d–%d 组，共 %d 组（[ ]）"),
		"compare.teams_differ": model.T("teams disagree", "各组意见不一"),

		// the matrix
		"compare.no_accounts":    model.T("The teams' workspaces have no accounts yet.", "各小组的工作区还没有客户。"),
		"compare.none_evaluated": model.T("No team has evaluated an account yet: teams score accounts on the Matrix tab (e).", "还没有小组评估客户：各组在矩阵页评分（e）。"),
		"compare.account_of":     model.T("account %d of %d (←/→)", "第 %d 个客户，共 %d 个（←/→）"),
		"compare.legend":         model.T("Where each team places it", "各组的归类"),
		"compare.more_teams":     model.T("… and %d more in the table", "……另有 %d 组见下表"),
		"compare.not_evaluated":  model.T("not evaluated", "未评估"),
		"compare.scores":         model.T("attr %.1f · str %.1f", "吸引力 %.1f · 实力 %.1f"),
		"compare.matrix_table":   model.T("Each team's quadrant for every account (! teams disagree)", "各组对每个客户的象限归类（! 表示各组不一致）"),
		"compare.col_account":    model.T("Account", "客户"),
		"compare.q_strategic":    model.T("Strat", "战略"),
		"compare.q_star":         model.T("Star", "明星"),
		"compare.q_status":       model.T("Stat", "维持"),
		"compare.q_streamline":   model.T("Strm", "精简"),

		// PREPARE
		"compare.no_positions":   model.T("No team has set negotiation positions yet: teams set them in PREPARE's Expectations.", "还没有小组设定谈判立场：各组在 PREPARE 的期望中设定。"),
		"compare.prepare_head":   model.T("Each team's opening / target / walk-away per issue", "各组在每个议题上的开价 / 目标 / 底线"),
		"compare.prepare_legend": model.T("+ a zone of agreement · x no zone · ? their walk-away not estimated · - not set · ! teams differ", "+ 有达成区间 · x 没有达成区间 · ? 未估计对方底线 · - 未设定 · ! 各组不一致"),
		"compare.col_issue":      model.T("Issue · account", "议题 · 客户"),

		// the plan
		"compare.plan_head":      model.T("Promotion plans for %d, every account", "%d 年促销计划（全部客户）"),
		"compare.no_plans":       model.T("No team has planned promotions for %d yet: teams plan them on the Plan tab.", "还没有小组制定 %d 年的促销：各组在计划页制定。"),
		"compare.col_team":       model.T("Team", "小组"),
		"compare.col_promotions": model.T("Promos", "促销数"),
		"compare.col_cost":       model.T("Cost", "费用"),
		"compare.col_profit":     model.T("Incr. GP", "增量毛利"),
		"compare.col_losing":     model.T("Losing", "亏损数"),
		"compare.best":           model.T("best", "最高"),
		"compare.worst":          model.T("worst", "最低"),

		"key.compare_section":    model.T("next section", "下一部分"),
		"key.compare_left":       model.T("left", "左移"),
		"key.compare_right":      model.T("right", "右移"),
		"key.compare_prev_teams": model.T("earlier teams", "前面的小组"),
		"key.compare_next_teams": model.T("later teams", "后面的小组"),
	})
}
