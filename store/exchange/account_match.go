package exchange

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/kam-workbench/kam/model"
)

// closeNamesShown is how many close names a miss suggests.
const closeNamesShown = 5

// findAccount finds the account a command line names: by its whole name or
// by one of its parts (a word, or the run of Chinese or of other letters in
// a name like "MegaMart 美佳大卖场"), in any case. A whole name wins over
// parts; a name that fits several accounts lists them, and one that fits
// none lists close names.
func findAccount(accounts []model.Account, query string) (model.Account, error) {
	key := model.NameKey(query)
	var whole, partly []model.Account
	for _, a := range accounts {
		switch {
		case model.NameKey(a.Name) == key:
			whole = append(whole, a)
		case hasRun(nameParts(a.Name), nameParts(query)):
			partly = append(partly, a)
		}
	}
	found := whole
	if len(found) == 0 {
		found = partly
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		names := accountNameList(found, len(found))
		return model.Account{}, &model.Invalid{Msg: model.T(
			fmt.Sprintf("%q names %d accounts: %s; give more of the name", query, len(found), names.EN),
			fmt.Sprintf("%q 对应 %d 个客户：%s；请给出更完整的名称", query, len(found), names.ZH))}
	}
	var close []model.Account
	for _, a := range accounts {
		if isCloseName(a.Name, query) {
			close = append(close, a)
		}
	}
	if len(close) == 0 {
		return model.Account{}, &model.Invalid{Msg: model.T(
			fmt.Sprintf("the workspace has no account called %q", query),
			fmt.Sprintf("工作区中没有名为 %q 的客户", query))}
	}
	names := accountNameList(close, closeNamesShown)
	return model.Account{}, &model.Invalid{Msg: model.T(
		fmt.Sprintf("the workspace has no account called %q; close names: %s", query, names.EN),
		fmt.Sprintf("工作区中没有名为 %q 的客户；相近的名称：%s", query, names.ZH))}
}

// accountNameList is the accounts' names, sorted, the first limit of them
// quoted and the rest counted.
func accountNameList(accounts []model.Account, limit int) model.Text {
	var names []string
	for _, a := range accounts {
		names = append(names, a.Name)
	}
	slices.Sort(names)
	for i, n := range names {
		names[i] = fmt.Sprintf("%q", n)
	}
	en, zh := names, names
	if len(names) > limit {
		rest := len(names) - limit
		en = append(slices.Clone(names[:limit]), fmt.Sprintf("and %d more", rest))
		zh = append(slices.Clone(names[:limit]), fmt.Sprintf("另有 %d 个", rest))
	}
	return model.T(strings.Join(en, ", "), strings.Join(zh, "、"))
}

// nameParts splits a name, lower-cased, into its words, and each word
// where Chinese meets other letters: "MegaMart美佳" is "megamart", "美佳".
func nameParts(name string) []string {
	var parts []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		start := 0
		runes := []rune(w)
		for i := 1; i <= len(runes); i++ {
			if i == len(runes) || unicode.Is(unicode.Han, runes[i]) != unicode.Is(unicode.Han, runes[i-1]) {
				parts = append(parts, string(runes[start:i]))
				start = i
			}
		}
	}
	return parts
}

// hasRun reports whether the parts of a name hold the query's parts, one
// after the other.
func hasRun(parts, query []string) bool {
	if len(query) == 0 {
		return false
	}
	for i := 0; i+len(query) <= len(parts); i++ {
		if slices.Equal(parts[i:i+len(query)], query) {
			return true
		}
	}
	return false
}

// isCloseName reports whether a name is close to what was asked: one of
// its parts begins like one of the query's (the first three letters, or
// the whole of the shorter, in Chinese the first two characters), or
// holds it.
func isCloseName(name, query string) bool {
	for _, p := range nameParts(name) {
		for _, q := range nameParts(query) {
			if strings.Contains(p, q) || sharedPrefix(p, q) {
				return true
			}
		}
	}
	return false
}

func sharedPrefix(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	need := min(3, len(ra), len(rb))
	if len(ra) > 0 && unicode.Is(unicode.Han, ra[0]) {
		need = min(2, len(ra), len(rb))
	}
	if need == 0 {
		return false
	}
	return slices.Equal(ra[:need], rb[:need])
}
