package exchange

import (
	"fmt"
	"time"

	"github.com/kam-workbench/kam/model"
)

// changesKind names the range's changes for a CSV export: the workbook's
// sheet "Assortment changes", which import does not read back.
var changesKind = []string{"changes", "mutations", "assortmentchanges", "品项变动"}

// changesTable is the workbook's sheet of the range's changes as rows of
// text, the header first.
func changesTable(ws model.Workspace, l model.Lang, now time.Time) [][]string {
	name := model.T("Assortment changes", "品项变动")
	for _, sheet := range rangeSheets(ws, ws.Accounts, l, now) {
		if sheet.name != name {
			continue
		}
		var header []string
		for _, c := range sheet.cols {
			header = append(header, c.name.In(l))
		}
		out := [][]string{header}
		for _, row := range sheet.rows {
			cells := make([]string, len(row))
			for i, v := range row {
				cells[i] = cellText(v)
			}
			out = append(out, cells)
		}
		return out
	}
	return nil
}

// cellText writes a workbook cell as CSV text: a day as YYYY-MM-DD, an
// amount as it is typed, nothing for an empty cell.
func cellText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case time.Time:
		return v.Format(model.DateLayout)
	case model.Money:
		return model.MoneyInput(v)
	case float64:
		return model.FormatNumber(v)
	case *float64:
		if v == nil {
			return ""
		}
		return model.FormatNumber(*v)
	case string:
		return v
	}
	return fmt.Sprint(v)
}
