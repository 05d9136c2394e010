package model

import (
	"fmt"
	"strings"
	"time"

	"github.com/rivo/uniseg"
)

// The course's boards, by ID.
const (
	BoardIDCriteria     = "criteria"
	BoardIDDifficulties = "difficulties"
	BoardIDKnowBuyer    = "know-buyer"
	BoardIDNegotiation  = "negotiation"
)

// DefaultTimerMinutes is what a new course's timer is set to.
const DefaultTimerMinutes = 15

func defaultCourse(now time.Time, teams int) Course {
	teams = min(max(teams, 0), MaxTeams)
	c := Course{
		Version: CourseVersion, Created: now, Start: Day(now),
		Blocks: courseBlocks(), Cards: courseCards(), Boards: courseBoards(),
		Timer: Timer{Set: DefaultTimerMinutes * time.Minute, Left: DefaultTimerMinutes * time.Minute},
	}
	for i := 1; i <= teams; i++ {
		c.Teams = append(c.Teams, Team{Number: i})
	}
	return c
}

// clock is a time of day as minutes after midnight.
func clock(h, m int) int { return h*60 + m }

// courseBlocks are the two days as the course's deck schedules them.
func courseBlocks() []Block {
	am1, am2 := [2]int{clock(9, 0), clock(10, 45)}, [2]int{clock(10, 45), clock(12, 30)}
	pm1, pm2 := [2]int{clock(13, 30), clock(15, 15)}, [2]int{clock(15, 15), clock(17, 0)}
	block := func(id string, day int, at [2]int, topics []Text, cards []string, exercise Text, board, tab string) Block {
		return Block{ID: id, Day: day, Start: at[0], End: at[1], Topics: topics, Cards: cards, Exercise: exercise, Board: board, Tab: tab}
	}
	return []Block{
		block("d1-am1", 1, am1,
			[]Text{T("Define key accounts", "关键客户的定义"), T("Motives & the stages", "动机与阶段"), T("Discussion: difficulties with KA", "讨论:与KA交易的难处")},
			[]string{"kam", "ka-traits", "perspectives", "motives", "stages"},
			T("In teams, list the difficulties of dealing with key accounts and post them on the board. Then open MegaMart's record and tick the key-account traits it shows.",
				"各组列出与关键客户打交道的难处，贴到讨论板上。然后打开美佳大卖场的档案，勾选它具备的关键客户特征。"),
			BoardIDDifficulties, "accounts"),
		block("d1-am2", 1, am2,
			[]Text{T("Account portfolio matrix", "客户组合"), T("Account evaluation", "评估客户"), T("Case study: account evaluation", "事例研究")},
			[]string{"portfolio", "evaluation"},
			T("Brainstorm the strategic criteria that make a customer a key account, and weight them with the trainer. Then score MegaMart, ShopNow and Sunrise Mini and place them on the matrix.",
				"集思广益：哪些战略标准让客户成为关键客户，并与讲师一起确定权重。然后给美佳大卖场、即购网和旭日小超打分，放到矩阵上。"),
			BoardIDCriteria, "matrix"),
		block("d1-pm1", 1, pm1,
			[]Text{T("Developing KA records", "建立客户记录"), T("Knowing the buyer", "认识采购员"), T("Exercise: what to learn from the buyer", "练习")},
			[]string{"record", "buyer"},
			T("Post on the board what you must know from the buyer. Then fill in ShopNow's buyer checklist: what you know, from which source, and what is still missing.",
				"把必须向采购员了解的内容贴到讨论板上。然后填写即购网的采购员清单：已知什么、来源是什么、还缺什么。"),
			BoardIDKnowBuyer, "buyer"),
		block("d1-pm2", 1, pm2,
			[]Text{T("Building relationship with KA", "与KA建立联系"), T("Understand KA operations", "了解KA的操作"), T("Assortment changes (mutations)", "产品种类的变动")},
			[]string{"relationship", "operations"},
			T("Map MegaMart's contacts on both sides: who meets whom, and how often. Is the relationship still a bow-tie, or already a diamond?",
				"画出美佳大卖场双方的联系人：谁与谁见面、多久一次。这段关系还是领结型，还是已经是钻石型？"),
			"", "buyer"),
		block("d2-am1", 2, am1,
			[]Text{T("Developing an account strategy", "发展客户策略"), T("Sales promotion planning", "促销计划"), T("Outline of annual plan", "全年计划概要"),
				T("Cost comparison & evolution", "费用比较及演变"), T("Case study: annual promotion plan", "事例研究:全年促销计划")},
			[]string{"strategy", "promotion", "terms"},
			T("Case study: plan MegaMart's promotions for the year, each with its incremental volume, cost and ROI. Compare the cost of its trading terms with last year's.",
				"事例研究：为美佳大卖场制定全年促销计划，算出每项促销的增量、费用和投入产出比。再与去年比较其贸易条件的费用。"),
			"", "plan"),
		block("d2-am2", 2, am2,
			[]Text{T("Preparing & presenting the plan", "准备及呈献计划"), T("KA negotiation", "与关键客户谈判"), T("Negotiation process", "谈判过程"), T("Trading terms", "贸易条件")},
			[]string{"negotiation", "terms"},
			T("Each team presents its plan for MegaMart in five minutes while another team plays the buyer. Say which of its trading terms are on invoice and which off invoice.",
				"各组用五分钟呈献美佳大卖场的计划，另一组扮演采购员。并指出哪些贸易条件是票面费用，哪些是票外费用。"),
			"", "plan"),
		block("d2-pm1", 2, pm1,
			[]Text{T("PREPARE to negotiate", "准备谈判"), T("Discussion: KA negotiation", "讨论:与关键客户谈判")},
			[]string{"prepare"},
			T("Prepare next year's annual terms negotiation with MegaMart on the PREPARE sheet: opening, target and walk-away on each issue. Post on the board what makes key account negotiation hard.",
				"用 PREPARE 准备与美佳大卖场明年的年度条款谈判：每个议题的开价、目标和底线。把关键客户谈判的难点贴到讨论板上。"),
			BoardIDNegotiation, "prepare"),
		block("d2-pm2", 2, pm2,
			[]Text{T("Summarise the negotiation", "总结谈判内容"), T("Business review meeting", "业务检讨会议")},
			[]string{"summary", "review"},
			T("Role-play the negotiation and summarise it on the Exit sheet. Then hold MegaMart's business review: the scorecard, the promotion results and the action items.",
				"模拟谈判，并在结束与评估页总结。然后召开美佳大卖场的业务回顾会议：记分卡、促销结果和行动项。"),
			"", "review"),
	}
}

// courseBoards are the course's open questions, without answers.
func courseBoards() []Board {
	return []Board{
		{ID: BoardIDCriteria, Question: T("What strategic criteria make a customer a key account?", "哪些战略标准让一个客户成为关键客户？"), Use: BoardCriteria},
		{ID: BoardIDDifficulties, Question: T("Difficulties in dealing with key accounts", "与关键客户打交道的难处")},
		{ID: BoardIDKnowBuyer, Question: T("What must we know from the buyer?", "我们必须向采购员了解什么？"), Use: BoardChecklist},
		{ID: BoardIDNegotiation, Question: T("Key account negotiation", "关键客户谈判")},
	}
}

// stageTabs are the tabs where each of the eight stages is worked on.
var stageTabs = [StageCount]string{"matrix", "accounts", "buyer", "buyer", "plan", "plan", "prepare", "review"}

// courseCards are the course's teaching cards, in the order they are
// taught. Bodies stay within plain ASCII and Chinese, whose widths every
// terminal agrees on, so diagrams and columns line up on any projector.
func courseCards() []Card {
	card := func(id string, title, body Text) Card { return Card{ID: id, Title: title, Body: body} }
	stages := card("stages", T("The stages of managing a key account", "管理关键客户的阶段"), stagesBody())
	for i, s := range Stages {
		stages.Links = append(stages.Links, CardLink{Label: s, Tab: stageTabs[i]})
	}
	return []Card{
		card("kam", T("What key account management is", "什么是关键客户管理"), T(lines(
			"Key account management (KAM) unites several business functions",
			"around one objective: a long-term relationship with strategically",
			"important customers.",
			"",
			"Not sales alone: supply chain, marketing, finance, category",
			"management and customer service work for the same account.",
			"",
			"In this course, the key account manager is the salesperson who",
			"handles the important accounts.",
		), lines(
			"关键客户管理（KAM）把多个业务职能团结在同一个目标周围：",
			"与具有战略重要性的客户建立长期关系。",
			"",
			"不只是销售：供应链、市场、财务、品类管理和客户服务",
			"都为同一个客户工作。",
			"",
			"在本课程中，关键客户经理指负责重要客户的销售人员。",
		))),
		card("ka-traits", T("What key accounts look like", "关键客户的特征"), traitsBody()),
		card("perspectives", T("The two perspectives", "两种视角"), T(lines(
			"The seller",
			"  is frustrated that the buyer's short-term focus on price",
			"  blocks a long-term relationship.",
			"",
			"The buyer",
			"  finds that sellers take a long time to adapt and change.",
			"",
			"Both are right: key account management has to answer both.",
		), lines(
			"卖方",
			"  苦恼于采购只看眼前的价格，",
			"  阻碍了长期关系的建立。",
			"",
			"买方",
			"  觉得供应商适应和改变都太慢。",
			"",
			"两种看法都有道理：关键客户管理要同时回应两者。",
		))),
		card("motives", T("Motives", "动机"), T(lines(
			"The seller's motives:",
			"  - market share",
			"  - profitability",
			"  - customer loyalty",
			"  - assurance of future business",
			"",
			"The buyer's motives:",
			"  - revenue, profit and shopper objectives",
			"  - deciding whom to work with",
		), lines(
			"卖方的动机：",
			"  - 市场份额",
			"  - 盈利能力",
			"  - 客户忠诚度",
			"  - 未来业务的保障",
			"",
			"买方的动机：",
			"  - 营收、利润和购物者目标",
			"  - 决定与谁合作",
		))),
		card("relationship", T("Traditional (bow-tie) and partnership (diamond)", "传统型（领结）与伙伴型（钻石）"), T(
			relationshipBody(relationshipWords{
				bowTie:  "Traditional: the bow-tie",
				diamond: "Partnership: the diamond",
				ours:    [3]string{"Marketing", "Logistics", "Finance"},
				theirs:  [3]string{"Category", "Logistics", "Finance"},
				seller:  "Salesperson", buyer: "Buyer",
				bowTieSays: [2]string{"One salesperson meets one buyer; every other function reaches",
					"the other side only through them."},
				kam: "KAM", top: "Buyer",
				linked:      [4][2]string{{"Marketing", "Category"}, {"Supply chain", "Logistics"}, {"Finance", "Finance"}, {"Customer service", "Stores"}},
				bottom:      [2]string{"Directors", "Directors"},
				diamondSays: "Many functions linked to many functions, each to its counterpart.",
			}),
			relationshipBody(relationshipWords{
				bowTie:  "传统型：领结",
				diamond: "伙伴型：钻石",
				ours:    [3]string{"市场", "物流", "财务"},
				theirs:  [3]string{"品类", "物流", "财务"},
				seller:  "销售员", buyer: "采购员",
				bowTieSays: [2]string{"一名销售员对一名采购员；其他职能只能通过他们",
					"接触对方。"},
				kam: "关键客户经理", top: "采购员",
				linked:      [4][2]string{{"市场", "品类"}, {"供应链", "物流"}, {"财务", "财务"}, {"客户服务", "门店"}},
				bottom:      [2]string{"总监", "总监"},
				diamondSays: "多个职能对多个职能，各自对口联系。",
			}))),
		stages,
		card("portfolio", T("The account portfolio matrix", "客户组合矩阵"), T(
			portfolioBody(English, [3]string{"Two axes, each a set of weighted criteria scored 1 to 10:",
				"  up: customer attractiveness", "  across: our relative strength, as the customer sees us"},
				[2]string{"low strength", "high strength"}, [2]string{"high attr.", "low attr."}, "A score exactly on the split counts as high."),
			portfolioBody(Chinese, [3]string{"两个轴，各为一组加权标准，每项按 1 到 10 打分：",
				"  纵轴：客户吸引力", "  横轴：我方相对实力（以客户的眼光看）"},
				[2]string{"我方实力弱", "我方实力强"}, [2]string{"吸引力高", "吸引力低"}, "分数正好等于分界值时算作高。"))),
		card("evaluation", T("Account evaluation", "评估客户"), T(lines(
			"1. Agree the criteria of each axis and their weights, adding to 100.",
			"2. Score the account on each criterion, from 1 to 10.",
			"3. Weighted score of an axis = sum of (weight x score) / 100.",
			"4. Place the account on the matrix by its two weighted scores.",
			"5. Date each evaluation: the next one shows how the account moved.",
			"",
			"Score from facts where you have them, and write down why:",
			"the teams' scores of the same account will not agree at first.",
		), lines(
			"1. 商定每个轴的标准及权重，权重合计为 100。",
			"2. 按每个标准给客户打分，1 到 10 分。",
			"3. 每个轴的加权分 = (权重 x 分数) 之和 / 100。",
			"4. 按两个加权分把客户放到矩阵上。",
			"5. 每次评估都注明日期：下次评估可看出客户的变化。",
			"",
			"尽量依据事实打分，并写下理由：",
			"各组对同一个客户的打分起初不会一致。",
		))),
		card("record", T("The key account record", "关键客户档案"), T(lines(
			"Categorise the key account on the parameters that matter, and",
			"match it with the brand target:",
			"  - channel, format, region, number of outlets",
			"  - category size at the account, our sales, our share, growth",
			"  - its key-account traits, and how far each stage has come",
			"  - which outlets get which SKUs and which promotions",
			"",
			"One profile per key account, kept up to date after every visit.",
		), lines(
			"按相关参数给关键客户分类，并与品牌目标相匹配：",
			"  - 渠道、业态、区域、门店数",
			"  - 该客户的品类规模、我方销售额、份额、增长",
			"  - 关键客户特征，以及各阶段的进展",
			"  - 哪些门店上哪些 SKU、做哪些促销",
			"",
			"每个关键客户一份档案，每次拜访后更新。",
		))),
		card("buyer", T("What to learn from the buyer", "向采购员了解什么"), buyerBody()),
		card("operations", T("Key account operations and assortment changes", "关键客户的运作与品项变动"), T(lines(
			"How the account works, day to day:",
			"  - ordering and delivery: who orders, how often, to store or DC",
			"  - payment: the terms, and how long payment really takes",
			"  - range reviews and planograms: when, and who decides",
			"  - promotion lead times and new store openings",
			"",
			"Assortment changes (mutations):",
			"  - listings and delistings by store cluster, with their dates",
			"  - distribution: how many outlets have each SKU on the shelf",
			"",
			"Prepare a change before the range review, not after it.",
		), lines(
			"客户日常如何运作：",
			"  - 订货与送货：谁订货、多久一次、送到门店还是配送中心",
			"  - 付款：账期，以及实际付款要多久",
			"  - 品项评审与陈列图：什么时候，由谁决定",
			"  - 促销提前期与新店开业",
			"",
			"品项变动：",
			"  - 按门店群的上架与下架，以及日期",
			"  - 铺货率：多少门店的货架上有每个 SKU",
			"",
			"在品项评审之前准备变动，而不是之后。",
		))),
		card("strategy", T("Account strategy and the annual plan", "客户策略与全年计划"), T(lines(
			"From the analysis to a plan the account can agree to:",
			"  - SMART objectives: specific, measurable, achievable,",
			"    relevant, time-bound",
			"  - a SWOT of our business at the account",
			"  - a strategy and programmes for each objective",
			"  - the annual plan outline, quarter by quarter",
			"  - the account P&L: gross sales, terms, net sales, cost of",
			"    goods, gross profit, cost to serve, contribution",
		), lines(
			"从客户分析到客户能认同的计划：",
			"  - SMART 目标：具体、可衡量、可实现、相关、有时限",
			"  - 我方在该客户业务的 SWOT",
			"  - 每个目标的策略与方案",
			"  - 全年计划概要，按季度",
			"  - 客户损益：总销售额、贸易条件、净销售额、销售成本、",
			"    毛利、服务成本、贡献",
		))),
		card("promotion", T("Sales promotion planning", "促销计划"), T(lines(
			"For every promotion in the calendar:",
			"  baseline     what would sell without it",
			"  volume       what sells on the deal",
			"  incremental  the lift, less what is pulled forward",
			"               or cannibalised",
			"  cost         discount x volume + fixed fees",
			"  ROI          (incremental gross profit - cost) / cost",
			"",
			"A promotion with an ROI below zero loses money:",
			"change it or stop it.",
		), lines(
			"促销日历中的每一项促销：",
			"  基线        没有促销时的销量",
			"  促销销量    促销期间的销量",
			"  增量        提升的销量，减去提前购买或蚕食的部分",
			"  费用        单位折扣 x 销量 + 固定费用",
			"  ROI         (增量毛利 - 费用) / 费用",
			"",
			"投入产出比低于零的促销在亏钱：调整它或停止它。",
		))),
		card("terms", T("Trading terms: on and off invoice", "贸易条件：票面与票外"), termsBody()),
		card("negotiation", T("Key account negotiation: the process", "与关键客户谈判：谈判过程"), T(lines(
			"Negotiating with a key account is part of the relationship,",
			"not a one-off fight over price.",
			"",
			"  1. Prepare: objectives, research, positions, power",
			"  2. Open: agree the agenda; each side says what it wants",
			"  3. Explore: ask, listen, test their priorities",
			"  4. Propose and bargain: trade, never give away:",
			"     if you do X, then we give Y",
			"  5. Close: read back what was agreed",
			"  6. Follow up: do what was promised; review it next time",
		), lines(
			"与关键客户谈判是关系的一部分，",
			"而不是一次性的价格之争。",
			"",
			"  1. 准备：目标、调研、立场、筹码",
			"  2. 开场：商定议程；双方说明各自想要什么",
			"  3. 探询：提问、倾听、了解对方的优先顺序",
			"  4. 提议与交换：只交换，不白给：",
			"     如果你们做到 X，我们就给出 Y",
			"  5. 成交：复述达成的内容",
			"  6. 跟进：兑现承诺；下次会议时回顾",
		))),
		card("prepare", T("PREPARE to negotiate", "用 PREPARE 准备谈判"), T(lines(
			"P  Purpose       what we want: each objective Must, Intend, Like",
			"R  Research      the buyer's KPIs, our facts, their tactics",
			"E  Expectations  each issue: our opening, target and walk-away,",
			"                 and our estimate of theirs",
			"P  Power         our best alternative and theirs (BATNA)",
			"A  Agenda        the agenda; both teams and their roles",
			"R  Resources     what we can trade: cost to us, value to them",
			"E  Exit          what was agreed, given and received; follow-ups",
			"",
			"The zone of agreement lies between our walk-away and theirs.",
			"No overlap: no deal on that issue alone; trade across issues.",
		), lines(
			"P  目的        我们想要什么：每个目标标为必须、争取或希望",
			"R  调研        采购的 KPI、我方的事实、对方的策略",
			"E  期望        每个议题：我方开价、目标和底线，",
			"               以及对对方的估计",
			"P  筹码        双方的最佳替代方案（BATNA）",
			"A  议程        议程；双方团队及角色",
			"R  交换条件    可交换的内容：我方成本、对方价值",
			"E  结束与评估  达成、给出与得到的内容；后续行动",
			"",
			"可达成协议的区间在我方底线与对方底线之间。",
			"没有重叠：单个议题谈不成，就跨议题交换。",
		))),
		card("summary", T("Summarise the negotiation", "总结谈判内容"), T(lines(
			"Before you leave the room:",
			"  - read back what was agreed, issue by issue",
			"  - list the concessions given and received",
			"  - name the open points, who follows them up and by when",
			"",
			"The same day: send the written summary.",
			"Then judge each issue's result against your target and",
			"your walk-away.",
		), lines(
			"离开会议室之前：",
			"  - 逐个议题复述达成的内容",
			"  - 列出给出和得到的让步",
			"  - 写明未决事项、跟进人和期限",
			"",
			"当天：发出书面总结。",
			"然后对照目标和底线，评估每个议题的结果。",
		))),
		card("review", T("The business review meeting", "业务回顾会议"), T(lines(
			"A regular meeting to review the business with the account:",
			"  1. Results: the scorecard; target, actual, last year, variance",
			"  2. Promotions: what ran, what it sold; repeat, change or stop",
			"  3. Range: listings and delistings",
			"  4. Issues and opportunities, on both sides",
			"  5. Action items: owner, side, due date",
			"  6. The date of the next meeting",
			"",
			"Open the next meeting with the action items of this one.",
		), lines(
			"与客户定期一起回顾业务的会议：",
			"  1. 结果：记分卡；目标、实际、去年、差异",
			"  2. 促销：做了什么、卖了多少；重复、调整或停止",
			"  3. 品项：上架与下架",
			"  4. 双方的问题与机会",
			"  5. 行动项：负责人、归属、截止日期",
			"  6. 下次会议的日期",
			"",
			"下次会议从本次的行动项开始。",
		))),
	}
}

// lines joins a card's lines.
func lines(ls ...string) string { return strings.Join(ls, "\n") }

// pad fills s with spaces to n terminal columns.
func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(n-uniseg.StringWidth(s), 0))
}

// traitsBody lists the seven traits as the accounts' records name them.
func traitsBody() Text {
	var en, zh []string
	for i, t := range Traits {
		en = append(en, fmt.Sprintf("  %d. %s", i+1, t.Name.EN))
		zh = append(zh, fmt.Sprintf("  %d. %s", i+1, t.Name.ZH))
	}
	en = append(append([]string{"Key accounts tend to show these seven traits:", ""}, en...),
		"", "Few show all seven; the more an account shows, the more it asks", "of us. Tick them on each account's record.")
	zh = append(append([]string{"关键客户往往具备以下七个特征：", ""}, zh...),
		"", "很少有客户七项全占；占得越多，对我们的要求越高。", "在每个客户的档案中勾选。")
	return T(lines(en...), lines(zh...))
}

// stagesBody is a line per stage, under the names the accounts' records
// track them by.
func stagesBody() Text {
	en := [StageCount]string{
		"KAs per channel, data, objectives, strategies",
		"profile, brand target, SKUs per outlet",
		"role, our share and potential, trends, criteria",
		"contacts, trust, market information",
		"programmes that grow sales and share",
		"the promotion calendar, its cost and ROI",
		"PREPARE, trading terms, the summary",
		"results against the plan, action items",
	}
	zh := [StageCount]string{
		"各渠道的关键客户、数据、目标与策略",
		"客户概况、品牌目标、各门店的品项",
		"角色、我方份额与潜力、趋势、采购标准",
		"联系人网络、信任、市场信息交流",
		"促进销售和份额增长的方案",
		"促销日历、费用与投入产出比",
		"PREPARE、贸易条件、谈判总结",
		"对照计划的结果、行动项",
	}
	var e, z []string
	for i, s := range Stages {
		e = append(e, fmt.Sprintf("%d. %s: %s", i+1, s.EN, en[i]))
		z = append(z, fmt.Sprintf("%d. %s：%s", i+1, s.ZH, zh[i]))
	}
	e = append(e, "", "Each stage links to the tab where it is worked on.")
	z = append(z, "", "每个阶段都链接到处理它的标签页。")
	return T(lines(e...), lines(z...))
}

// buyerBody is the course's seven things to learn from the buyer, then
// the checklist's others, as the Buyer tab lists them.
func buyerBody() Text {
	items := DefaultChecklist()
	body := func(l Lang, head, also string) string {
		out := []string{head}
		for i, it := range items {
			if i == 7 {
				out = append(out, also)
			}
			out = append(out, fmt.Sprintf("  %d. %s", i+1, it.Name.In(l)))
		}
		return lines(out...)
	}
	return T(body(English, "The course's seven:", "And worth knowing too:"), body(Chinese, "课程列出的七项：", "还值得了解："))
}

// termsBody lists the trading terms of the catalog, on and off invoice,
// as the PREPARE tab's cost table names them.
func termsBody() Text {
	body := func(l Lang, sep string, head [5]string) string {
		var on, off []string
		for _, t := range TermCatalog {
			switch {
			case t.Kind == "payment_days":
			case t.OnInvoice:
				on = append(on, t.Name.In(l))
			default:
				off = append(off, t.Name.In(l))
			}
		}
		out := []string{head[0]}
		out = append(out, wrapList(on, sep, "  ", MaxCardCells)...)
		out = append(out, head[1])
		out = append(out, wrapList(off, sep, "  ", MaxCardCells)...)
		return lines(append(out, "", head[2], head[3], head[4])...)
	}
	return T(
		body(English, ", ", [5]string{"On invoice (front margin): off the invoice itself",
			"Off invoice (back margin): paid or credited afterwards",
			"Payment days cost money too: the cost of credit.",
			"Compare the cost of terms across years as % of gross sales,",
			"and trade every point for something in return."}),
		body(Chinese, "、", [5]string{"票面费用（前台）：直接在发票上扣减",
			"票外费用（后台）：事后支付或抵扣",
			"账期也有成本：资金占用成本。",
			"按占总销售额的百分比比较各年的费用，",
			"每让一个点，都要换回相应的回报。"}))
}

// wrapList lays items out in lines of at most width columns, each line
// indented, the items separated by sep.
func wrapList(items []string, sep, indent string, width int) []string {
	var out []string
	line := indent
	for i, it := range items {
		if i < len(items)-1 {
			it += sep
		}
		if line != indent && uniseg.StringWidth(strings.TrimRight(line+it, " ")) > width {
			out = append(out, strings.TrimRight(line, " "))
			line = indent
		}
		line += it
	}
	return append(out, strings.TrimRight(line, " "))
}

// portfolioBody draws the four quadrants with the posture the course
// gives each, strengths across and attractiveness up.
func portfolioBody(l Lang, intro [3]string, across, up [2]string, foot string) string {
	const label, column = 12, 29
	row := func(a, b, c string) string {
		return strings.TrimRight(pad(" "+a, label)+"| "+pad(b, column)+"| "+c, " ")
	}
	rule := strings.Repeat("-", label) + "+" + strings.Repeat("-", column+1) + "+" + strings.Repeat("-", column-3)
	cell := func(q Quadrant) []string {
		return append([]string{Quadrants[q].Name.In(l)}, wrapWords(Quadrants[q].Strategy.In(l), column-2)...)
	}
	out := append(intro[:], "", row("", across[0], across[1]))
	for i, pair := range [2][2]Quadrant{{Star, Strategic}, {Streamline, Status}} {
		out = append(out, rule)
		left, right := cell(pair[0]), cell(pair[1])
		for j := range max(len(left), len(right)) {
			a, b, c := "", "", ""
			if j == 0 {
				a = up[i]
			}
			if j < len(left) {
				b = left[j]
			}
			if j < len(right) {
				c = right[j]
			}
			out = append(out, row(a, b, c))
		}
	}
	return lines(append(out, "", foot)...)
}

// wrapWords breaks text at spaces into lines of at most width columns; a
// word wider than that (Chinese, written without spaces) is broken
// between characters.
func wrapWords(s string, width int) []string {
	var out []string
	line := ""
	put := func(w string) {
		switch {
		case line == "":
			line = w
		case uniseg.StringWidth(line+" "+w) <= width:
			line += " " + w
		default:
			out = append(out, line)
			line = w
		}
	}
	for _, w := range strings.Fields(s) {
		for uniseg.StringWidth(w) > width {
			cut, n := 0, 0
			for i, r := range w {
				if n+uniseg.StringWidth(string(r)) > width {
					cut = i
					break
				}
				n += uniseg.StringWidth(string(r))
			}
			put(w[:cut])
			w = w[cut:]
		}
		put(w)
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

// relationshipWords are one language's words of the relationship card.
type relationshipWords struct {
	bowTie, diamond string
	ours, theirs    [3]string
	seller, buyer   string
	bowTieSays      [2]string
	kam, top        string
	linked          [4][2]string
	bottom          [2]string
	diamondSays     string
}

// relationshipBody draws the bow-tie (one salesperson to one buyer, the
// functions behind them) and the diamond (function linked to function).
func relationshipBody(w relationshipWords) string {
	widest := func(ss ...string) int {
		n := 0
		for _, s := range ss {
			n = max(n, uniseg.StringWidth(s))
		}
		return n
	}
	// The bow-tie: the two sides meet only in the middle.
	left := widest(w.ours[:]...) + 1
	knot := " -- " + w.seller + " <----> " + w.buyer + " -- "
	gap := strings.Repeat(" ", uniseg.StringWidth(knot)-4)
	out := []string{w.bowTie,
		"  " + pad(w.ours[0], left) + " \\" + gap + "/ " + w.theirs[0],
		"  " + pad(w.ours[1], left) + knot + w.theirs[1],
		"  " + pad(w.ours[2], left) + " /" + gap + "\\ " + w.theirs[2],
		"  " + w.bowTieSays[0],
	}
	if w.bowTieSays[1] != "" {
		out = append(out, "  "+w.bowTieSays[1])
	}
	// The diamond: the heads at the top, the directors at the bottom,
	// every function linked to its counterpart in between.
	const arrow = 24
	left = widest(w.linked[0][0], w.linked[1][0], w.linked[2][0], w.linked[3][0]) + 2
	centre := func(s string) string {
		inner := arrow + 2
		room := max(inner-uniseg.StringWidth(s), 0)
		return strings.TrimRight("  "+strings.Repeat(" ", left)+strings.Repeat(" ", room/2)+s, " ")
	}
	edge := func(a, b string) string {
		return "  " + strings.Repeat(" ", left) + a + strings.Repeat(" ", arrow) + b
	}
	out = append(out, "", w.diamond,
		centre(w.kam+" <====> "+w.top), edge("/", "\\"))
	for _, pair := range w.linked {
		out = append(out, "  "+pad(pair[0], left)+"<"+strings.Repeat("-", arrow)+">"+"  "+pair[1])
	}
	out = append(out, edge("\\", "/"), centre(w.bottom[0]+" <====> "+w.bottom[1]), "  "+w.diamondSays)
	return lines(out...)
}
