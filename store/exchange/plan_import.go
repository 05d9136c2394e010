package exchange

import (
	"fmt"

	"github.com/kam-workbench/kam/model"
)

// planOnlySheets are the workbook's sheets of the account plans kam
// writes and does not read back: objectives, promotions, the annual plan
// and the P&L are kept in the Plan tab. Their headers name an account, a
// target …, which must not pass for a sheet of accounts.
var planOnlySheets = []struct{ sheet, records model.Text }{
	{model.T("Objectives", "计划目标"), model.T("objectives", "计划目标")},
	{model.T("Promotions", "促销"), model.T("promotions", "促销")},
	{model.T("Annual plan", "年度计划"), model.T("annual plans", "年度计划")},
	{model.T("P&L", "客户损益"), model.T("account P&Ls", "客户损益")},
}

// planOnlySheet says why a workbook's sheet named as one of
// planOnlySheets is not imported.
func planOnlySheet(name string) (error, bool) {
	f := fold(name)
	for _, s := range planOnlySheets {
		if f == fold(s.sheet.EN) || f == fold(s.sheet.ZH) {
			return say(fmt.Sprintf("%s are kept in the Plan tab, not imported", s.records.EN),
				fmt.Sprintf("%s在计划页中维护，不导入", s.records.ZH)), true
		}
	}
	return nil, false
}
