package exchange

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kam-workbench/kam/model"
)

// problem is a cell that cannot be read, said in both languages.
func problem(en, zh string, args ...any) error {
	return &model.Invalid{Msg: model.T(fmt.Sprintf(en, args...), fmt.Sprintf(zh, args...))}
}

// parseChoice finds an entry of a list by its key or its name in either
// language, compared folded; extra adds words of its own.
func parseChoice[K comparable](list []model.Choice[K], s string, extra map[string]K) (K, bool) {
	f := fold(s)
	for _, c := range list {
		if fold(fmt.Sprint(c.Key)) == f || fold(c.Name.EN) == f || fold(c.Name.ZH) == f {
			return c.Key, true
		}
	}
	for w, k := range extra {
		if fold(w) == f {
			return k, true
		}
	}
	var zero K
	return zero, false
}

// choiceNames lists a list's names in both languages, for a message.
func choiceNames[K comparable](list []model.Choice[K]) model.Text {
	var en, zh []string
	for _, c := range list {
		en = append(en, c.Name.EN)
		zh = append(zh, c.Name.ZH)
	}
	return model.T(strings.Join(en, ", "), strings.Join(zh, "、"))
}

// notInList is the refusal of a cell that names no entry of a list.
func notInList[K comparable](s string, list []model.Choice[K]) error {
	names := choiceNames(list)
	t := strings.TrimSpace(s)
	return &model.Invalid{Msg: model.T(fmt.Sprintf("%q is not one of: %s", t, names.EN), fmt.Sprintf("%q 不在可选项中：%s", t, names.ZH))}
}

// choose reads a cell of a choice column: blank keeps what was there.
func choose[K comparable](list []model.Choice[K], s string, extra map[string]K, current K) (K, error) {
	if strings.TrimSpace(s) == "" {
		return current, nil
	}
	if k, ok := parseChoice(list, s, extra); ok {
		return k, nil
	}
	return current, notInList(s, list)
}

// parseBool reads yes / no in either language; blank is def.
func parseBool(s string, def bool) (bool, error) {
	switch fold(s) {
	case "":
		return def, nil
	case "yes", "y", "true", "1", "x", "✓", "✔", "是", "对", "有", "真", "on", "oninvoice", "票面", "前台":
		return true, nil
	case "no", "n", "false", "0", "否", "不", "无", "没有", "假", "off", "offinvoice", "票外", "后台":
		return false, nil
	}
	return def, problem("%q: write yes or no", "%q：请填写 是 或 否", strings.TrimSpace(s))
}

// formatBool writes a yes / no cell.
func formatBool(v bool, l model.Lang) string {
	if v {
		return model.T("yes", "是").In(l)
	}
	return model.T("no", "否").In(l)
}

// dateOrder is how a sheet writes dates of the form 3/5/2026: month first
// (as Excel writes them in the United States, and the default) or day
// first (Britain, Europe). A sheet is read one way throughout.
type dateOrder int

const (
	monthFirst dateOrder = iota
	dayFirst
)

var (
	isoDate   = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)
	slashDate = regexp.MustCompile(`^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$`)
	// A time of day after a date, as Excel may add: 2026/3/5 0:00, 2026-03-05T00:00:00.
	timeTail = regexp.MustCompile(`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$`)
)

// DateForms are the forms of a date import accepts, for the README and
// messages.
var DateForms = model.T(
	"2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 3/5/2026 (month first, as Excel writes it in the US; day first when the sheet has a day above 12 there, as in 25/3/2026), or a date cell of a workbook",
	"2026-03-05、2026/3/5、2026.3.5、2026年3月5日、3/5/2026（月在前，即美式 Excel 的写法；若该表中有首位大于 12 的日期，如 25/3/2026，则整表按日在前读取），或工作簿中的日期单元格")

// orderOf tells how a sheet writes slash dates from the cells of its date
// columns: day first when one of them can only be read that way.
func orderOf(cells []string) dateOrder {
	for _, c := range cells {
		m := slashDate.FindStringSubmatch(strings.TrimSpace(timeTail.ReplaceAllString(strings.TrimSpace(c), "")))
		if m == nil {
			continue
		}
		if a, _ := strconv.Atoi(m[1]); a > 12 {
			return dayFirst
		}
	}
	return monthFirst
}

// parseDate reads a date in one of DateForms; blank is the zero time.
func parseDate(s string, order dateOrder, loc *time.Location) (time.Time, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return time.Time{}, nil
	}
	t = strings.TrimSpace(timeTail.ReplaceAllString(t, ""))
	var y, mo, d int
	if m := isoDate.FindStringSubmatch(t); m != nil {
		y, _ = strconv.Atoi(m[1])
		mo, _ = strconv.Atoi(m[2])
		d, _ = strconv.Atoi(m[3])
	} else if m := slashDate.FindStringSubmatch(t); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		y, _ = strconv.Atoi(m[3])
		if len(m[3]) == 2 {
			y += 2000
		}
		mo, d = a, b
		if order == dayFirst {
			mo, d = b, a
		}
	} else {
		return time.Time{}, problem("%q is not a date: write it as %s", "%q 不是日期：请写作 %s", strings.TrimSpace(s), "2026-03-05")
	}
	day := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc)
	if mo < 1 || mo > 12 || d < 1 || day.Day() != d || y < 1900 || y > 2200 {
		return time.Time{}, problem("%q is not a date of the calendar", "%q 不是有效的日期", strings.TrimSpace(s))
	}
	return day, nil
}

// formatDate writes a date as ISO, the zero time as blank.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(model.DateLayout)
}

// excelEpoch is day 0 of a workbook's date serial numbers (1900 system,
// counting Excel's phantom 29 February 1900).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// serialDate turns a workbook's date serial number into an ISO date.
func serialDate(serial float64) (string, bool) {
	if serial < 1 || serial > 2958465 { // 9999-12-31
		return "", false
	}
	d := excelEpoch.AddDate(0, 0, int(serial))
	return d.Format(model.DateLayout), true
}

// stageMarks are the marks of the stage strip, as the accounts list draws
// it: # done, + in progress, . not started.
var stageMarks = map[model.StageStatus]rune{model.Done: '#', model.InProgress: '+', model.NotStarted: '.'}

// formatStages writes the eight stages as the accounts list's strip.
func formatStages(st [model.StageCount]model.StageStatus) string {
	var b strings.Builder
	for _, s := range st {
		b.WriteRune(stageMarks[s])
	}
	return b.String()
}

// parseStages reads the strip (####+...) or eight digits (0 not started,
// 1 in progress, 2 done); blank keeps what was there.
func parseStages(s string, current [model.StageCount]model.StageStatus) ([model.StageCount]model.StageStatus, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return current, nil
	}
	rs := []rune(t)
	bad := problem("%q: write the eight stages as # done, + in progress, . not started (e.g. ####+...)",
		"%q：请用 # 完成、+ 进行中、. 未开始 写出八个阶段（例如 ####+...）", t)
	if len(rs) != model.StageCount {
		return current, bad
	}
	var out [model.StageCount]model.StageStatus
	for i, r := range rs {
		switch r {
		case '#', '2':
			out[i] = model.Done
		case '+', '1':
			out[i] = model.InProgress
		case '.', '0', '-':
			out[i] = model.NotStarted
		default:
			return current, bad
		}
	}
	return out, nil
}

// splitList splits a list cell at ; , 、 or new lines.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(";；,，、\n|", r) }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// listSep joins a list cell in a language.
func listSep(l model.Lang) string {
	if l == model.Chinese {
		return "；"
	}
	return "; "
}
