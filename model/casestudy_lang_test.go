package model

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

// caseStudyNow is late on New Year's night in China, already the new year
// there and still the old one in UTC: the case study's years follow the
// day it was built, wherever the file is read.
var caseStudyNow = time.Date(2027, 1, 1, 0, 30, 0, 0, time.FixedZone("CST", 8*3600))

// caseStudyRecords lists every record of a workspace, with the settings
// first, for walking.
func caseStudyRecords(ws Workspace) []any {
	out := []any{ws.Settings, ws.Matrix}
	for _, list := range []any{ws.Accounts, ws.Evaluations, ws.Knowledge, ws.People, ws.Contacts,
		ws.Moments, ws.Terms, ws.Negotiations, ws.Meetings, ws.Products, ws.Operations, ws.Clusters, ws.Listings, ws.Mutations,
		ws.Objectives, ws.Plans, ws.Promotions} {
		v := reflect.ValueOf(list)
		for i := range v.Len() {
			out = append(out, v.Index(i).Interface())
		}
	}
	return out
}

// eachText calls fn with every plain text of a and b side by side, named
// by its path; the two are built by the same code, so they have one shape.
// A Text, which holds both languages in either build, comes as its English
// and its Chinese.
func eachText(a, b reflect.Value, path string, fn func(path, a, b string)) {
	switch a.Kind() {
	case reflect.String:
		if a.Type() == reflect.TypeFor[string]() { // named string types are codes
			fn(path, a.String(), b.String())
		}
	case reflect.Struct:
		if t, ok := a.Interface().(Text); ok { // both languages at once, in either build
			fn(path+".EN/ZH", t.EN, t.ZH)
			return
		}
		for i := range a.NumField() {
			if f := a.Type().Field(i); f.IsExported() {
				eachText(a.Field(i), b.Field(i), path+"."+f.Name, fn)
			}
		}
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			fn(path+".len", fmt.Sprint(a.Len()), fmt.Sprint(b.Len()))
			return
		}
		for i := range a.Len() {
			eachText(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case reflect.Map:
		for _, k := range a.MapKeys() {
			eachText(a.MapIndex(k), b.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), fn)
		}
	case reflect.Pointer:
		if !a.IsNil() && !b.IsNil() {
			eachText(a.Elem(), b.Elem(), path, fn)
		}
	}
}

// identifiers are the plain-text fields that name records, not words.
var identifiers = []string{"ID", "AccountID", "ItemID", "ContactID", "ReportsTo", "Counterpart", "CurrentAccount", "Currency",
	"Code", "ProductID", "ClusterID", "Replaces", "Clusters", "Products"}

func hasHan(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}
func hasLatin(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r < 128 && unicode.IsLetter(r) })
}

// TestCaseStudyTextsAreInBothLanguages: every text the case study writes
// is filled in both languages, the English one without Chinese and the
// Chinese one in Chinese; a text alike in both is a name (written in both
// at once), an identifier or a figure. A missing translation shows here.
func TestCaseStudyTextsAreInBothLanguages(t *testing.T) {
	en, zh := caseStudyRecords(CaseStudy(caseStudyNow, English)), caseStudyRecords(CaseStudy(caseStudyNow, Chinese))
	if len(en) != len(zh) {
		t.Fatalf("%d records in English, %d in Chinese", len(en), len(zh))
	}
	texts := 0
	for i := range en {
		name := fmt.Sprintf("%T", en[i])
		if r, ok := en[i].(Record); ok {
			name += " " + r.Key()
		}
		eachText(reflect.ValueOf(en[i]), reflect.ValueOf(zh[i]), name, func(path, a, b string) {
			field := path[strings.LastIndex(path, ".")+1:]
			field, _, _ = strings.Cut(field, "[")
			switch {
			case strings.HasSuffix(path, ".len"):
				t.Errorf("%s: %s items in English, %s in Chinese", path, a, b)
			case (a == "") != (b == ""):
				t.Errorf("%s: %q in English, %q in Chinese", path, a, b)
			case a == b && a != "" && hasLatin(a) && !hasHan(a) && !slices.Contains(identifiers, field):
				t.Errorf("%s: %q is not translated", path, a)
			case a != b && hasHan(a):
				t.Errorf("%s: the English %q has Chinese in it", path, a)
			case a != b && !hasHan(b):
				t.Errorf("%s: the Chinese %q has no Chinese in it", path, b)
			case a != b:
				texts++
			}
		})
	}
	if texts < 500 {
		t.Errorf("only %d texts differ between the languages", texts)
	}
}

// putRecords puts saved records in a workspace, in place of those with the
// same key, as the screens do with what a save returns.
func putRecords(t *testing.T, ws *Workspace, recs []Record) {
	t.Helper()
	for _, r := range recs {
		switch r := r.(type) {
		case Account:
			putRecord(ws, r)
		case Evaluation:
			putRecord(ws, r)
		case Knowledge:
			putRecord(ws, r)
		case Person:
			putRecord(ws, r)
		case Contact:
			putRecord(ws, r)
		case Moment:
			putRecord(ws, r)
		case TermsYear:
			putRecord(ws, r)
		case Negotiation:
			putRecord(ws, r)
		case Meeting:
			putRecord(ws, r)
		case Product:
			putRecord(ws, r)
		case Operations:
			putRecord(ws, r)
		case Cluster:
			putRecord(ws, r)
		case Listing:
			putRecord(ws, r)
		case Mutation:
			putRecord(ws, r)
		case PlanObjective:
			putRecord(ws, r)
		case AccountPlan:
			putRecord(ws, r)
		case Promotion:
			putRecord(ws, r)
		default:
			t.Fatalf("a record of type %T", r)
		}
	}
}

func putRecord[T Record](ws *Workspace, r T) {
	list := Records[T](ws)
	for i := range *list {
		if (*list)[i].Key() == r.Key() {
			(*list)[i] = r
			return
		}
	}
	*list = append(*list, r)
}

// differences lists every field in which two workspaces differ.
func differences(a, b Workspace) []string {
	var out []string
	diff(reflect.ValueOf(a), reflect.ValueOf(b), "ws", &out)
	return out
}

func diff(a, b reflect.Value, path string, out *[]string) {
	if len(*out) > 40 {
		return
	}
	if a.Type() == reflect.TypeFor[time.Time]() {
		if !a.Interface().(time.Time).Equal(b.Interface().(time.Time)) {
			*out = append(*out, fmt.Sprintf("%s: %v, want %v", path, a, b))
		}
		return
	}
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if f := a.Type().Field(i); f.IsExported() {
				diff(a.Field(i), b.Field(i), path+"."+f.Name, out)
			}
		}
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			*out = append(*out, fmt.Sprintf("%s: %d items, want %d", path, a.Len(), b.Len()))
			return
		}
		for i := range a.Len() {
			diff(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i), out)
		}
	case reflect.Map:
		if a.Len() != b.Len() {
			*out = append(*out, fmt.Sprintf("%s: %v, want %v", path, a, b))
			return
		}
		for _, k := range a.MapKeys() {
			if !b.MapIndex(k).IsValid() {
				*out = append(*out, fmt.Sprintf("%s: %v is extra", path, k))
				continue
			}
			diff(a.MapIndex(k), b.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), out)
		}
	case reflect.Pointer:
		if a.IsNil() != b.IsNil() {
			*out = append(*out, fmt.Sprintf("%s: nil %v, want nil %v", path, a.IsNil(), b.IsNil()))
		} else if !a.IsNil() {
			diff(a.Elem(), b.Elem(), path, out)
		}
	default:
		if a.Interface() != b.Interface() {
			*out = append(*out, fmt.Sprintf("%s: %q, want %q", path, fmt.Sprint(a), fmt.Sprint(b)))
		}
	}
}

// classEdits are what a class did to the case study before switching:
// texts edited (in English) inside records and nested lists, a date moved,
// an action added to a review, and records of its own, one of them
// reading as a case-study text. In the range: a cluster renamed, an
// outlet and an answer of the operations profile rewritten, a change's
// reason edited, and a cluster and a product of their own. In the plan:
// an objective's words and a programme rewritten, a SWOT point and a key
// date edited, a promotion renamed, and an objective and a promotion of
// their own, the promotion named as a case-study one is.
func classEdits(ws *Workspace, en Workspace) {
	ws.Accounts[0].Notes = "The class thinks the director will leave."
	ws.Accounts = append(ws.Accounts, Account{ID: "u1", Name: "Corner Shop", Channel: TraditionalTrade,
		Notes: en.Accounts[0].Notes, Objectives: en.Accounts[1].Objectives})
	ws.Moments = append(ws.Moments, Moment{ID: "u-m1", AccountID: "cs01", ContactID: "cs01-c1", Learned: en.Moments[0].Learned})
	for i := range ws.Evaluations {
		if ws.Evaluations[i].Comments["a-collab"] != "" {
			comments := map[string]string{}
			for k, v := range ws.Evaluations[i].Comments {
				comments[k] = v
			}
			comments["a-collab"] = "Signed in October, not September"
			ws.Evaluations[i].Comments = comments
		}
	}
	for i := range ws.Negotiations {
		if ws.Negotiations[i].ID == "cs01-n2" {
			n := &ws.Negotiations[i]
			n.Objectives = append([]Objective(nil), n.Objectives...)
			n.Objectives[1].Text = "No more than 55 payment days"
			n.Concessions = append([]Concession(nil), n.Concessions...)
			n.Concessions[0].InReturn = "If you list five new SKUs"
		}
	}
	for i := range ws.Meetings {
		if ws.Meetings[i].ID == "cs01-r3" {
			m := &ws.Meetings[i]
			m.Next = m.Next.AddDate(0, 0, 7)
			m.Actions = append([]Action(nil), m.Actions...)
			m.Actions[0].What = "Send the data by Friday"
			m.Actions = append(m.Actions, Action{ID: "u-a1", What: "Invite the category director", Owner: "Li Wei 李伟", Side: "ours", Status: ActionOpen})
		}
	}
	for i := range ws.Clusters {
		if ws.Clusters[i].ID == "cs01-cl1" {
			c := &ws.Clusters[i]
			c.Name = "Shanghai's best six"
			c.Outlets = append([]string(nil), c.Outlets...)
			c.Outlets[1] = "M002 Jinqiao (rebuilt)"
		}
	}
	ws.Clusters = append(ws.Clusters, Cluster{ID: "u-cl1", AccountID: "cs01", Name: en.Clusters[1].Name, Region: en.Clusters[0].Region})
	for i := range ws.Operations {
		if ws.Operations[i].AccountID == "cs02" {
			answers := map[string]string{}
			for k, v := range ws.Operations[i].Answers {
				answers[k] = v
			}
			answers["order_days"] = "Monday to Saturday since the summer"
			answers["payment_disputes"] = "Ask He Jing"
			ws.Operations[i].Answers = answers
		}
	}
	for i := range ws.Mutations {
		if ws.Mutations[i].ID == "cs03-ch2" {
			ws.Mutations[i].Reason = "The buyer asked first."
		}
	}
	ws.Products = append(ws.Products, Product{ID: "u-p1", Code: "EF-900", Name: T("Trial pack", ""), Category: en.Products[0].Category})
	for i := range ws.Objectives {
		if ws.Objectives[i].ID == "cs01-o2" {
			o := &ws.Objectives[i]
			o.Text = "Win back share with the category team"
			o.Programmes = append([]Programme(nil), o.Programmes...)
			o.Programmes[1].What = "Shopper research, done by the class"
		}
	}
	ws.Objectives = append(ws.Objectives, PlanObjective{ID: "u-o1", AccountID: "cs09", Year: en.Objectives[0].Year,
		Text: en.Objectives[0].Text, Measure: MeasureSellIn, Target: 1})
	for i := range ws.Plans {
		if ws.Plans[i].AccountID == "cs04" {
			p := &ws.Plans[i]
			p.Threats = append([]string(nil), p.Threats...)
			p.Threats[0] = "Coupons everywhere"
			p.KeyDates = append([]KeyDate(nil), p.KeyDates...)
			p.KeyDates[0].What = "618 slots, booked by the class"
		}
	}
	for i := range ws.Promotions {
		if ws.Promotions[i].ID == "cs09-pm03" {
			ws.Promotions[i].Name = "Spicy strips at 1.99, never again"
		}
	}
	ws.Promotions = append(ws.Promotions, Promotion{ID: "u-pm1", AccountID: "cs01", Name: en.Promotions[0].Name, Mechanic: "display",
		Start: en.Promotions[0].Start, End: en.Promotions[0].End, Products: []string{"pr01"}})
}

// TestCaseStudyInLangSwitchesTheTextsAndKeepsTheClassEdits: the case study
// built in English and switched to Chinese reads as the Chinese build, but
// for what the class wrote; switched back, it reads as the English build.
func TestCaseStudyInLangSwitchesTheTextsAndKeepsTheClassEdits(t *testing.T) {
	en, zh := CaseStudy(caseStudyNow, English), CaseStudy(caseStudyNow, Chinese)
	ws := CaseStudy(caseStudyNow, English)
	classEdits(&ws, en)
	// The settings come back from the file, the build time with them.
	raw, err := json.Marshal(ws.Settings)
	if err != nil {
		t.Fatal(err)
	}
	ws.Settings = Settings{}
	if err := json.Unmarshal(raw, &ws.Settings); err != nil {
		t.Fatal(err)
	}
	before := CaseStudy(caseStudyNow, English)
	classEdits(&before, en)
	before.Settings = ws.Settings

	settings, changed := CaseStudyInLang(ws, Chinese)
	if d := differences(ws, before); len(d) > 0 {
		t.Fatalf("the switch changed the workspace it was given:\n%s", strings.Join(d, "\n"))
	}
	for _, r := range changed {
		if strings.HasPrefix(r.Key(), "u") {
			t.Errorf("the class's own record %s was switched", r.Key())
		}
	}
	if settings.Name != zh.Settings.Name || settings.Lang != Chinese {
		t.Errorf("settings: %q in %s", settings.Name, settings.Lang)
	}
	ws.Settings = settings
	putRecords(t, &ws, changed)

	want := CaseStudy(caseStudyNow, Chinese)
	classEdits(&want, en)
	want.Settings = settings
	if d := differences(ws, want); len(d) > 0 {
		t.Errorf("switched to Chinese, the case study differs from its Chinese build:\n%s", strings.Join(d, "\n"))
	}

	settings, changed = CaseStudyInLang(ws, English)
	ws.Settings = settings
	putRecords(t, &ws, changed)
	if d := differences(ws, before); len(d) > 0 {
		t.Errorf("switched back to English, the case study differs from its English build:\n%s", strings.Join(d, "\n"))
	}

	if _, again := CaseStudyInLang(ws, English); len(again) > 0 {
		t.Errorf("switching to the language it is in changed %d records", len(again))
	}
}

// TestCaseStudyInLangLeavesOtherWorkspacesAlone: a workspace the case
// study did not build is never switched, even with the case study's
// records in it; a workspace the class renamed keeps its name.
func TestCaseStudyInLangLeavesOtherWorkspacesAlone(t *testing.T) {
	ws := CaseStudy(caseStudyNow, English)
	ws.Settings.CaseStudyBuilt = time.Time{}
	settings, changed := CaseStudyInLang(ws, Chinese)
	if len(changed) > 0 || settings.Name != ws.Settings.Name || settings.Lang != Chinese {
		t.Errorf("a workspace of one's own: %d records switched, name %q, lang %s", len(changed), settings.Name, settings.Lang)
	}

	ws = CaseStudy(caseStudyNow, English)
	ws.Settings.Name = "Class of March"
	settings, changed = CaseStudyInLang(ws, Chinese)
	if settings.Name != "Class of March" || len(changed) == 0 {
		t.Errorf("renamed: %q, %d records switched", settings.Name, len(changed))
	}
}

// TestAmbiguousTextsStayAsTheyAre: a text one field holds twice, with two
// translations, cannot say which it is: it is left as it stands, while the
// field's other texts switch.
func TestAmbiguousTextsStayAsTheyAre(t *testing.T) {
	from := Meeting{ID: "m", Listings: []string{"Crisps", "Crisps", "Nuts"}}
	into := Meeting{ID: "m", Listings: []string{"薯片", "脆片", "坚果"}}
	tr := translations{}
	tr.collect(reflect.ValueOf(from), reflect.ValueOf(into), "")
	mine := Meeting{ID: "m", Listings: []string{"Nuts", "Crisps"}, Delistings: []string{"Nuts"}}
	got, ok := tr.apply(reflect.ValueOf(mine), "")
	if !ok {
		t.Fatal("nothing switched")
	}
	m := got.Interface().(Meeting)
	if !reflect.DeepEqual(m.Listings, []string{"坚果", "Crisps"}) || m.Delistings[0] != "Nuts" {
		t.Errorf("listings %q, delistings %q", m.Listings, m.Delistings)
	}
}
