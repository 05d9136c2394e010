package exchange

import (
	"cmp"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// ExportCSV writes one kind of the workspace as CSV, in the columns import
// reads and with headers in lang, so that a file exported, edited in a
// spreadsheet and imported again changes only what was edited. The file
// starts with a byte order mark, so that Excel reads its Chinese as UTF-8.
func ExportCSV(w io.Writer, ws model.Workspace, kind string, lang model.Lang, now time.Time) error {
	var rows [][]string
	if slices.ContainsFunc(changesKind, func(n string) bool { return fold(n) == fold(kind) }) {
		rows = changesTable(ws, lang, now) // export only: import does not read changes back
	} else if k, ok := ParseKind(kind); ok {
		rows = Table(ws, k, lang, now)
	} else {
		return problem("%q is not a kind kam exports as CSV: accounts, contacts, terms, actions, products, listings or changes",
			"%q 不是可导出为 CSV 的类型：accounts（客户）、contacts（联系人）、terms（贸易条款）、actions（行动）、products（产品）、listings（铺货与动销）或 changes（品项变动）", kind)
	}
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // as Excel writes CSV
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// Table is one kind of the workspace as rows of cells, the header first:
// what ExportCSV writes, and what a workbook sheet may use. now is the
// day the listings' state is told on.
func Table(ws model.Workspace, k Kind, l model.Lang, now time.Time) [][]string {
	spec := Spec(k)
	var header []string
	for _, c := range spec.Columns {
		if !c.ReadOnly {
			header = append(header, c.Header.In(l))
		}
	}
	out := [][]string{header}
	names := map[string]string{}
	for _, a := range ws.Accounts {
		names[a.ID] = a.Name
	}
	byName := func(a, b string) int { return cmp.Compare(model.NameKey(a), model.NameKey(b)) }
	switch k {
	case Products, Listings:
		out = append(out, rangeTable(ws, k, l, now)...)
	case Accounts:
		list := slices.Clone(ws.Accounts)
		slices.SortStableFunc(list, func(a, b model.Account) int { return byName(a.Name, b.Name) })
		for _, a := range list {
			out = append(out, accountCells(a, l))
		}
	case Contacts:
		people := map[string]string{}
		for _, p := range ws.People {
			people[p.ID] = p.Name
		}
		contactNames := map[string]string{}
		for _, c := range ws.Contacts {
			contactNames[c.ID] = c.Name
		}
		list := slices.Clone(ws.Contacts)
		slices.SortStableFunc(list, func(a, b model.Contact) int {
			return cmp.Or(byName(names[a.AccountID], names[b.AccountID]), byName(a.Name, b.Name))
		})
		for _, c := range list {
			out = append(out, []string{names[c.AccountID], c.Name, c.Title, model.NameOf(model.Functions, c.Function, l),
				model.NameOf(model.Roles, c.Role, l), model.NameOf(model.Stances, c.Stance, l), model.NameOf(model.Influences, c.Influence, l),
				contactNames[c.ReportsTo], people[c.Counterpart], formatDate(c.LastContact), formatDate(c.InPostSince), c.Notes, formatBool(c.Archived, l)})
		}
	case Terms:
		list := slices.Clone(ws.Terms)
		slices.SortStableFunc(list, func(a, b model.TermsYear) int {
			return cmp.Or(byName(names[a.AccountID], names[b.AccountID]), model.CompareTermsYears(a, b))
		})
		for _, y := range list {
			year := []string{names[y.AccountID], strconv.Itoa(y.Year), formatBool(y.Proposal, l), model.FormatMoney(y.GrossSales)}
			if len(y.Terms) == 0 {
				out = append(out, append(year, make([]string, len(header)-len(year))...))
			}
			for _, t := range y.Terms {
				out = append(out, append(slices.Clone(year), termCells(t, l)...))
			}
		}
	case Actions:
		list := slices.Clone(ws.Meetings)
		slices.SortStableFunc(list, func(a, b model.Meeting) int {
			return cmp.Or(byName(names[a.AccountID], names[b.AccountID]), a.Date.Compare(b.Date))
		})
		for _, m := range list {
			for _, a := range m.Actions {
				out = append(out, []string{names[m.AccountID], formatDate(m.Date), a.What, a.Owner, model.NameOf(model.Sides, a.Side, l),
					formatDate(a.Due), model.NameOf(model.ActionStatuses, a.Status, l), a.ID})
			}
		}
	}
	return out
}

// accountCells is an account's row, in the columns of Accounts.
func accountCells(a model.Account, l model.Lang) []string {
	var traits []string
	for _, t := range a.Traits {
		traits = append(traits, model.NameOf(model.Traits, t, l))
	}
	outlets := ""
	if a.Outlets != 0 {
		outlets = strconv.Itoa(a.Outlets)
	}
	return []string{a.Name, model.NameOf(model.Channels, a.Channel, l), a.Format, a.Region, outlets,
		model.MoneyInput(a.CategorySales), model.MoneyInput(a.OurSales), model.MoneyInput(a.Target), model.PercentInput(a.Growth),
		string(a.Tier), strings.Join(traits, listSep(l)), formatStages(a.Stages), a.Objectives, a.Notes, formatBool(a.Archived, l)}
}

// termCells are a term's cells: term, given as, value, percent of, count,
// on invoice, paid within, conditional, condition, expected achievement.
// A field the term cannot have is blank, as is an expected achievement
// in full.
func termCells(t model.Term, l model.Lang) []string {
	value, of, count, within, expected := "", "", "", "", ""
	switch t.Basis {
	case model.PercentOfSales:
		value = strconv.FormatFloat(t.Percent, 'f', -1, 64) + "%"
		of = model.NameOf(model.SalesBases, t.PercentOf, l)
	case model.FixedAmount:
		value = model.FormatMoney(t.Amount)
		if t.Count != 0 {
			count = strconv.Itoa(t.Count)
		}
	case model.PaymentDays:
		value = strconv.Itoa(t.Days)
	}
	if t.PaidWithin != 0 {
		within = strconv.Itoa(t.PaidWithin)
	}
	if t.Expected != 0 {
		expected = strconv.FormatFloat(t.Expected, 'f', -1, 64) + "%"
	}
	return []string{t.Label(l), model.NameOf(model.Bases, t.Basis, l), value, of, count,
		formatBool(t.OnInvoice, l), within, formatBool(t.Conditional, l), t.Condition, expected}
}
