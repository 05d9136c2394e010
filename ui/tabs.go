package ui

import (
	"github.com/kam-workbench/kam/ui/accounts"
	"github.com/kam-workbench/kam/ui/buyer"
	"github.com/kam-workbench/kam/ui/common"
	"github.com/kam-workbench/kam/ui/matrix"
	"github.com/kam-workbench/kam/ui/plantab"
	"github.com/kam-workbench/kam/ui/prepare"
	"github.com/kam-workbench/kam/ui/rangetab"
	"github.com/kam-workbench/kam/ui/review"
)

// tabSpec is one tab: how it is built, whether it needs the whole file in
// memory (the first tab draws from the part read first), and the screens
// it shows, which the golden and layout tests go through.
type tabSpec struct {
	id       string // the name GoToMsg uses
	build    func(*common.Context) common.Tab
	needsAll bool
	name     func(*common.Context) string // the tab's name, without the badges of its title
	screens  []screen
}

// screen is one thing a tab shows: the keys typed to reach it once the tab
// is in front (on the case study), and whether a golden file holds it,
// with a text it shows once drawn ("en|zh" where the languages differ).
type screen struct {
	name   string
	keys   []string
	golden bool
	ready  string
}

// tabList is every tab, in the order of the tab bar.
var tabList = []tabSpec{
	{common.TabAccounts, func(c *common.Context) common.Tab { return accounts.New(c) }, false, named("tab.accounts"), []screen{
		{name: "today", golden: true}, // drawn with the first whole frame
		{name: "list", keys: []string{"v"}, golden: true, ready: "key accounts|个关键客户"},
		{name: "detail", keys: []string{"v", "enter"}, golden: true, ready: "Account strategy|客户策略"},
		{name: "form", keys: []string{"n"}},
		{name: "numbers", keys: []string{"n", "text:X", "enter", "enter", "enter", "enter", "enter", "text:5", "enter", "text:9", "enter"}}, // with an error showing
		{name: "traits", keys: []string{"n", "text:X", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter"}},
		{name: "filter", keys: []string{"v", "/", "text:zzz"}},
		{name: "archive", keys: []string{"v", "d"}},
		{name: "archived", keys: []string{"v", "a"}},
		{name: "import", keys: []string{"i"}},
		{name: "import_preview", keys: []string{"i", "text:../testdata/import/accounts.csv", "enter"}, golden: true, ready: "Added (3)|新增（3）"},
		{name: "import_rejected", keys: []string{"i", "text:../testdata/import/bad-accounts.csv", "enter"}, golden: true, ready: "Rejected rows|有问题的行"},
		{name: "plan", keys: []string{"v", "p"}, golden: true, ready: "Profile|客户概况"},
		{name: "plan from detail", keys: []string{"v", "enter", "p"}},
		{name: "plan from today", keys: []string{"p"}},
		{name: "help", keys: []string{"?"}},
	}},
	{common.TabMatrix, func(c *common.Context) common.Tab { return matrix.New(c) }, true, named("tab.matrix"), []screen{
		{name: "matrix", golden: true, ready: "5.5"},
		{name: "matrix legend", keys: []string{"v"}},
		{name: "matrix summary", keys: []string{"v", "v"}},
		{name: "matrix_history", keys: []string{"enter"}, golden: true, ready: "2026-05-04"},
		{name: "matrix_evaluate", keys: []string{"e"}, golden: true, ready: "2026-11-20"},
		{name: "evaluate date", keys: []string{"e", "up", "enter", "text:bad", "enter"}},
		{name: "matrix_criteria", keys: []string{"c"}, golden: true, ready: " 100"},
		{name: "matrix_preview", keys: []string{"c", "p"}},
		{name: "matrix_rescored", keys: []string{"r"}},
		{name: "matrix_sized", keys: []string{"z"}, golden: true, ready: "░"},
		{name: "criterion form", keys: []string{"c", "n", "enter", "enter"}},
		{name: "thresholds form", keys: []string{"c", "t"}},
	}},
	{common.TabBuyer, func(c *common.Context) common.Tab { return buyer.New(c) }, true, named("tab.buyer"), []screen{
		{name: "buyer_checklist", golden: true, ready: "84.1%"},
		{name: "answer form", keys: []string{"enter"}},
		{name: "buyer_contacts", keys: []string{"v"}, golden: true, ready: "Ma Lin"},
		{name: "contact form", keys: []string{"v", "n", "enter"}},
		{name: "contact detail", keys: []string{"v", "enter"}},
		{name: "buyer_map", keys: []string{"v", "v"}, golden: true, ready: "Qian Hui"},
		{name: "log", keys: []string{"v", "v", "v"}},
		{name: "our people", keys: []string{"v", "P"}},
		{name: "items", keys: []string{"I"}},
	}},
	{common.TabPrepare, func(c *common.Context) common.Tab { return prepare.New(c) }, true, func(*common.Context) string { return "PREPARE" }, []screen{
		{name: "negotiations", keys: nil},
		{name: "prepare_p_purpose", keys: []string{"enter"}, golden: true, ready: "P+ R+"},
		{name: "prepare_r_research", keys: []string{"enter", "right"}, golden: true, ready: "KPI"},
		{name: "prepare_e_expectations", keys: []string{"enter", "right", "right"}, golden: true, ready: "5.5 / 5.8 / 6"},
		{name: "issue form", keys: []string{"enter", "right", "right", "enter"}},
		{name: "prepare_p_power", keys: []string{"enter", "right", "right", "right"}, golden: true, ready: "3.2"},
		{name: "balance form", keys: []string{"enter", "right", "right", "right", "down", "down", "enter"}},
		{name: "prepare_a_agenda", keys: []string{"enter", "left", "left", "left"}, golden: true, ready: "David Ho"},
		{name: "prepare_r_resources", keys: []string{"enter", "left", "left"}, golden: true, ready: "300,000"},
		{name: "prepare_e_exit", keys: []string{"enter", "left"}, golden: true, ready: "Exit|结束与评估"},
		{name: "words form", keys: []string{"enter", "W"}},
		{name: "header form", keys: []string{"n"}},
		{name: "prepare_cost_table", keys: []string{"v"}, golden: true, ready: "2027"},
		{name: "term form", keys: []string{"v", "down", "e"}},
		{name: "all accounts", keys: []string{"v", "v"}},
	}},
	{common.TabReview, func(c *common.Context) common.Tab { return review.New(c) }, true, named("tab.review"), []screen{
		{name: "review_timeline", golden: true, ready: "2025-10-14"},
		{name: "review_meeting", keys: []string{"enter"}, golden: true, ready: "review 2026-10-14|业务回顾 2026-10-14"},
		{name: "meeting form", keys: []string{"n"}},
		{name: "action form", keys: []string{"enter", "down", "down", "down", "down", "down", "down", "down", "down", "e"}},
		{name: "review_actions", keys: []string{"v"}, golden: true, ready: "2026-11-04"},
		{name: "actions filter", keys: []string{"v", "/", "text:zzz"}},
	}},
	{common.TabRange, func(c *common.Context) common.Tab { return rangetab.New(c) }, true, named("tab.range"), []screen{
		{name: "range_grid", golden: true, ready: "Carried|在架数"},
		{name: "range_grid_scrolled", keys: []string{"G", "l", "l", "l", "l", "l", "l"}, golden: true, ready: "Carried|在架数"},
		{name: "range grid rates", keys: []string{"m"}},
		{name: "range grid after", keys: []string{"a"}},
		{name: "cell form", keys: []string{"e"}},
		{name: "plan form", keys: []string{"p"}},
		{name: "range_mutations", keys: []string{"v"}, golden: true, ready: "Reason|原因"},
		{name: "mutations filtered", keys: []string{"v", "s", "t"}},
		{name: "mutation form", keys: []string{"v", "e"}},
		{name: "range_outlets", keys: []string{"v", "v"}, golden: true, ready: "Grade|等级"},
		{name: "cluster form", keys: []string{"v", "v", "e"}},
		{name: "range_profile", keys: []string{"v", "v", "v"}, golden: true, ready: "still unknown|项未知"},
		{name: "profile form", keys: []string{"v", "v", "v", "e"}},
		{name: "range_products", keys: []string{"v", "v", "v", "v"}, golden: true, ready: "Margin|毛利率"},
		{name: "product form", keys: []string{"v", "v", "v", "v", "e"}},
	}},
	{common.TabPlan, func(c *common.Context) common.Tab { return plantab.New(c) }, true, named("tab.plan"), []screen{
		{name: "plan_strategy", golden: true, ready: "invest in partnership|投入建立合作伙伴关系"},
		{name: "objective form", keys: []string{"n"}},
		{name: "programme form", keys: []string{"a"}},
		{name: "plan_sheet", keys: []string{"v"}, golden: true, ready: "Strengths|优势"},
		{name: "sheet form", keys: []string{"v", "e"}},
		{name: "plan_outline", keys: []string{"v", "v"}, golden: true, ready: "Investment|投入"},
		{name: "plan_promotions", keys: []string{"v", "v", "v"}, golden: true, ready: "ROI"},
		{name: "promotion form", keys: []string{"v", "v", "v", "e"}},
		{name: "plan_calendar", keys: []string{"v", "v", "v", "v"}, golden: true, ready: "rows: products|行：产品"},
		{name: "plan_pnl", keys: []string{"v", "v", "v", "v", "v"}, golden: true, ready: "Gross sales|毛销售额"},
		{name: "plan_page", keys: []string{"v", "v", "v", "v", "v", "v"}, golden: true, ready: "account plan|客户计划"},
	}},
}

func named(key string) func(*common.Context) string {
	return func(c *common.Context) string { return c.T(key) }
}
