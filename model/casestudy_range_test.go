package model

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rangeNows are days the case study's range is checked on: late in the
// year, New Year's night in China, and mid-year.
var rangeNows = []time.Time{
	time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC),
	caseStudyNow,
	time.Date(2027, 6, 15, 14, 0, 0, 0, time.UTC),
}

// accountRange is one account's part of the case study's range.
type accountRange struct {
	ops       []Operations
	clusters  []Cluster
	listings  []Listing
	mutations []Mutation
}

func rangeOf(ws Workspace, accountID string) accountRange {
	var r accountRange
	for _, o := range ws.Operations {
		if o.AccountID == accountID {
			r.ops = append(r.ops, o)
		}
	}
	for _, c := range ws.Clusters {
		if c.AccountID == accountID {
			r.clusters = append(r.clusters, c)
		}
	}
	for _, l := range ws.Listings {
		if l.AccountID == accountID {
			r.listings = append(r.listings, l)
		}
	}
	for _, m := range ws.Mutations {
		if m.AccountID == accountID {
			r.mutations = append(r.mutations, m)
		}
	}
	return r
}

// cellOf finds a product's cell in a cluster of an assortment.
func cellOf(t *testing.T, a *Assortment, productID, clusterID string) Cell {
	t.Helper()
	p := slices.IndexFunc(a.Products, func(x Product) bool { return x.ID == productID })
	c := slices.IndexFunc(a.Clusters, func(x Cluster) bool { return x.ID == clusterID })
	if p < 0 || c < 0 {
		t.Fatalf("no cell for %s in %s", productID, clusterID)
	}
	return a.Cell(p, c)
}

// TestCaseStudyProducts: sixteen products with unique IDs and codes, valid,
// at believable margins, two new and two phasing out, in both languages.
func TestCaseStudyProducts(t *testing.T) {
	for _, now := range rangeNows {
		for _, lang := range Langs {
			ws := CaseStudy(now, lang)
			if len(ws.Products) != 16 {
				t.Fatalf("%s: %d products, want 16", lang, len(ws.Products))
			}
			ids, codes := map[string]bool{}, map[string]bool{}
			statuses := map[ProductStatus]int{}
			for _, p := range ws.Products {
				if err := CheckProduct(p); err != nil {
					t.Errorf("%s: %s: %v", lang, p.Code, err)
				}
				if ids[p.ID] || codes[CodeKey(p.Code)] {
					t.Errorf("%s: %s / %s is not unique", lang, p.ID, p.Code)
				}
				ids[p.ID], codes[CodeKey(p.Code)] = true, true
				if margin, ok := p.Margin(); !ok || margin < 25 || margin > 45 {
					t.Errorf("%s: %s has a margin of %.1f%%", lang, p.Code, margin)
				}
				if p.Name.EN == "" || p.Name.ZH == "" || p.Brand == "" || p.Category == "" || p.PackSize == "" || p.Launch.IsZero() {
					t.Errorf("%s: %s has an empty field: %+v", lang, p.Code, p)
				}
				statuses[p.Status]++
			}
			if statuses[ProductNew] != 2 || statuses[ProductPhasingOut] != 2 {
				t.Errorf("%s: statuses %v, want 2 new and 2 phasing out", lang, statuses)
			}
		}
	}
}

// TestCaseStudyRangeIsCompleteAndValid: every account has an operations
// profile with a few questions open and its review dates ahead, outlet
// clusters adding up to its outlets, listings and changes that validate
// and name its own products and clusters.
func TestCaseStudyRangeIsCompleteAndValid(t *testing.T) {
	for _, now := range rangeNows {
		for _, lang := range Langs {
			ws := CaseStudy(now, lang)
			checkCaseStudyRange(t, ws, now, lang)
		}
	}
}

func checkCaseStudyRange(t *testing.T, ws Workspace, now time.Time, lang Lang) {
	today := Day(now)
	products := map[string]Product{}
	for _, p := range ws.Products {
		products[p.ID] = p
	}
	clusterIDs, mutationIDs, listingKeys := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, a := range ws.Accounts {
		if a.Archived {
			continue
		}
		name := fmt.Sprintf("%s %s (%s)", lang, a.ID, now.Format(DateLayout))
		r := rangeOf(ws, a.ID)

		if len(r.ops) != 1 {
			t.Errorf("%s: %d operations profiles", name, len(r.ops))
			continue
		}
		o := r.ops[0]
		if err := CheckOperations(o); err != nil {
			t.Errorf("%s: profile: %v", name, err)
		}
		if u := o.Unknown(); u < 2 || u > 4 {
			t.Errorf("%s: %d questions unknown, want 2 to 4", name, u)
		}
		if o.NextRangeReview.Before(today.AddDate(0, 1, 0)) || o.NextRangeReview.After(today.AddDate(0, 4, 0)) {
			t.Errorf("%s: next range review %s, want 1 to 4 months after %s", name, o.NextRangeReview.Format(DateLayout), today.Format(DateLayout))
		}
		if weeks := o.NextRangeReview.Sub(o.SubmitBy).Hours() / 24 / 7; weeks < 4 || weeks > 6 {
			t.Errorf("%s: new items are submitted %.1f weeks before the review", name, weeks)
		}
		if o.PromoLeadWeeks < 4 || o.PromoLeadWeeks > 8 {
			t.Errorf("%s: promotions booked %d weeks ahead", name, o.PromoLeadWeeks)
		}
		month := o.NextRangeReview.Month().String()
		if lang == Chinese {
			month = monthNamesZH[o.NextRangeReview.Month()-1]
		}
		if !strings.Contains(o.Answers["range_when"], month) {
			t.Errorf("%s: the review is in %s but the profile says %q", name, month, o.Answers["range_when"])
		}

		if len(r.clusters) < 3 || len(r.clusters) > 6 {
			t.Errorf("%s: %d clusters", name, len(r.clusters))
		}
		if err := CheckShares(r.clusters); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		stores, named := 0, 0
		grades := map[Grade]bool{}
		mine := map[string]Cluster{}
		for _, c := range r.clusters {
			if err := CheckCluster(c); err != nil {
				t.Errorf("%s: cluster %s: %v", name, c.ID, err)
			}
			if clusterIDs[c.ID] {
				t.Errorf("%s: cluster %s twice", name, c.ID)
			}
			clusterIDs[c.ID] = true
			mine[c.ID] = c
			stores += c.Stores
			grades[c.Grade] = true
			if c.Format == "" || c.Region == "" || c.Share <= 0 || c.Stores <= 0 {
				t.Errorf("%s: cluster %s has an empty field: %+v", name, c.ID, c)
			}
			if len(c.Outlets) >= 2 {
				named++
			}
		}
		if stores != a.Outlets {
			t.Errorf("%s: the clusters count %d stores, the account %d outlets", name, stores, a.Outlets)
		}
		if named != 1 {
			t.Errorf("%s: %d clusters name their outlets, want 1", name, named)
		}
		if !grades["A"] || !grades["C"] {
			t.Errorf("%s: grades %v, want A to C", name, grades)
		}

		shelf := map[string]Money{} // one shelf price per product at an account
		for _, l := range r.listings {
			if was, ok := shelf[l.ProductID]; ok && was != l.Price {
				t.Errorf("%s: %s sells at %v and at %v", name, l.ProductID, was, l.Price)
			}
			shelf[l.ProductID] = l.Price
			if err := CheckListing(l); err != nil {
				t.Errorf("%s: listing %s: %v", name, l.Key(), err)
			}
			if listingKeys[l.Key()] {
				t.Errorf("%s: listing %s twice", name, l.Key())
			}
			listingKeys[l.Key()] = true
			p, ok := products[l.ProductID]
			if _, mineToo := mine[l.ClusterID]; !ok || !mineToo {
				t.Errorf("%s: listing %s names a product or cluster not of the account", name, l.Key())
				continue
			}
			if !l.Listed || l.Price <= p.ListPrice || l.Since.After(today) {
				t.Errorf("%s: listing %s: listed %v at %v (our list price %v) since %s", name, l.Key(), l.Listed, l.Price, p.ListPrice, l.Since.Format(DateLayout))
			}
		}

		if len(r.mutations) < 3 || len(r.mutations) > 6 {
			t.Errorf("%s: %d changes", name, len(r.mutations))
		}
		contacts := map[string]bool{}
		for _, c := range ws.Contacts {
			if c.AccountID == a.ID {
				contacts[c.Name] = true
			}
		}
		var agreedSoon, proposedDelisting, replacement, donePast, refused bool
		for _, m := range r.mutations {
			if err := CheckMutation(m); err != nil {
				t.Errorf("%s: change %s: %v", name, m.ID, err)
			}
			if mutationIDs[m.ID] {
				t.Errorf("%s: change %s twice", name, m.ID)
			}
			mutationIDs[m.ID] = true
			p, ok := products[m.ProductID]
			if !ok {
				t.Errorf("%s: change %s names product %q", name, m.ID, m.ProductID)
			}
			if _, ok := products[m.Replaces]; m.Replaces != "" && !ok {
				t.Errorf("%s: change %s replaces product %q", name, m.ID, m.Replaces)
			}
			for _, c := range m.Clusters {
				if _, ok := mine[c]; !ok {
					t.Errorf("%s: change %s names cluster %q, not of the account", name, m.ID, c)
				}
			}
			if was, ok := shelf[m.ProductID]; m.Kind != MutationDelisting && (m.Price <= p.ListPrice || ok && m.Price != was) {
				t.Errorf("%s: change %s lists %s at %v; its list price is %v, its shelf price elsewhere %v", name, m.ID, m.ProductID, m.Price, p.ListPrice, was)
			}
			if m.Reason == "" {
				t.Errorf("%s: change %s gives no reason", name, m.ID)
			}
			switch m.Status {
			case MutationAgreed, MutationDone:
				if !contacts[m.ApprovedBy] {
					t.Errorf("%s: change %s approved by %q, not a contact of the account", name, m.ID, m.ApprovedBy)
				}
			default:
				if m.ApprovedBy != "" {
					t.Errorf("%s: change %s is %s but approved by %q", name, m.ID, m.Status, m.ApprovedBy)
				}
			}
			days := int(Day(m.Date).Sub(today).Hours() / 24)
			switch {
			case m.Kind == MutationListing && m.Status == MutationAgreed && days > 0 && days <= 42:
				agreedSoon = true
			case m.Kind == MutationDelisting && m.Status == MutationProposed && p.Status == ProductPhasingOut:
				proposedDelisting = true
			case m.Kind == MutationReplacement:
				replacement = true
			case m.Status == MutationDone && days < 0:
				donePast = true
			case m.Status == MutationRefused:
				refused = true
			}
		}
		if !agreedSoon || !proposedDelisting || !replacement || !donePast || !refused {
			t.Errorf("%s: agreed listing in the next weeks %v, proposed delisting of a phasing-out product %v, replacement %v, done in the past %v, refused %v",
				name, agreedSoon, proposedDelisting, replacement, donePast, refused)
		}
	}
	for _, list := range [][]string{keysOf(ws.Operations), keysOf(ws.Clusters), keysOf(ws.Listings), keysOf(ws.Mutations)} {
		for _, k := range list {
			if !strings.HasPrefix(k, "cs") {
				t.Errorf("%s: a range record %q of no case-study account", lang, k)
			}
		}
	}
}

func keysOf[T Record](list []T) []string {
	out := make([]string, len(list))
	for i, r := range list {
		out[i] = r.Key()
	}
	return out
}

// TestCaseStudyAssortments: on the day it is built, every account's range
// flags one to three products at risk and at least one gap, the
// phasing-out products among those at risk; the changes sit where they
// should in the grid: pending ones planned on their cells, an agreed
// listing carried once its day comes, a proposed delisting gone once the
// pending changes are done.
func TestCaseStudyAssortments(t *testing.T) {
	for _, now := range rangeNows {
		ws := CaseStudy(now, English)
		today := Day(now)
		flagged, phasingOutFlagged := 0, 0
		for _, a := range ws.Accounts {
			name := fmt.Sprintf("%s (%s)", a.ID, now.Format(DateLayout))
			r := rangeOf(ws, a.ID)
			as := BuildAssortment(ws.Products, r.clusters, r.listings, r.mutations, now, false)
			atRisk := 0
			for p, risk := range as.AtRisk() {
				if risk {
					atRisk++
					if as.Products[p].Status == ProductPhasingOut {
						phasingOutFlagged++
					}
				}
			}
			flagged += atRisk
			if atRisk < 1 || atRisk > 3 {
				t.Errorf("%s: %d products at risk, want 1 to 3", name, atRisk)
			}
			if len(as.Gaps()) == 0 {
				t.Errorf("%s: no gap", name)
			}
			after := BuildAssortment(ws.Products, r.clusters, r.listings, r.mutations, now, true)
			for _, m := range r.mutations {
				if m.Status == MutationRefused {
					continue
				}
				for _, c := range m.Clusters {
					switch {
					case m.Status == MutationDone && m.Date.Before(today):
						// long before the rep's data: the listings already
						// say what it did
						if on := cellOf(t, as, m.ProductID, c).State.OnShelf(); on != (m.Kind != MutationDelisting) {
							t.Errorf("%s: %s done, but %s on the shelf in %s: %v", name, m.ID, m.ProductID, c, on)
						}
					case m.Kind == MutationDelisting:
						if cell := cellOf(t, as, m.ProductID, c); cell.State != DelistingPlanned || !cell.Date.Equal(Day(m.Date)) {
							t.Errorf("%s: %s: %s in %s is %v on %s, want a delisting planned", name, m.ID, m.ProductID, c, cell.State, cell.Date.Format(DateLayout))
						}
						if cellOf(t, after, m.ProductID, c).State.OnShelf() {
							t.Errorf("%s: %s: %s still carried in %s once done", name, m.ID, m.ProductID, c)
						}
					default:
						if cell := cellOf(t, as, m.ProductID, c); cell.State != ListingPlanned || !cell.Date.Equal(Day(m.Date)) {
							t.Errorf("%s: %s: %s in %s is %v on %s, want a listing planned", name, m.ID, m.ProductID, c, cell.State, cell.Date.Format(DateLayout))
						}
						if m.Kind == MutationReplacement && !cellOf(t, as, m.Replaces, c).State.OnShelf() {
							t.Errorf("%s: %s replaces %s, not carried in %s", name, m.ID, m.Replaces, c)
						}
						if m.Kind == MutationListing && m.Status == MutationAgreed {
							on := BuildAssortment(ws.Products, r.clusters, r.listings, r.mutations, m.Date, false)
							if cell := cellOf(t, on, m.ProductID, c); cell.State != Carried || cell.Price != m.Price {
								t.Errorf("%s: %s on its day: %s in %s is %v at %v", name, m.ID, m.ProductID, c, cell.State, cell.Price)
							}
						}
					}
				}
			}
		}
		if flagged == 0 || phasingOutFlagged == 0 {
			t.Errorf("%s: %d products at risk, %d of them phasing out", now.Format(DateLayout), flagged, phasingOutFlagged)
		}
	}
}

// TestCaseStudyRangeSameInBothLanguages: the two languages build the same
// range: the same records in the same order, the same keys, codes,
// numbers, dates and statuses, the same questions answered; only the
// words differ.
func TestCaseStudyRangeSameInBothLanguages(t *testing.T) {
	en, zh := CaseStudy(caseStudyNow, English), CaseStudy(caseStudyNow, Chinese)
	differ := 0
	for i, pair := range [][2]any{{en.Products, zh.Products}, {en.Operations, zh.Operations}, {en.Clusters, zh.Clusters},
		{en.Listings, zh.Listings}, {en.Mutations, zh.Mutations}} {
		sameShape(t, reflect.ValueOf(pair[0]), reflect.ValueOf(pair[1]), strconv.Itoa(i), "", &differ)
	}
	if differ < 300 {
		t.Errorf("only %d range texts differ between the languages", differ)
	}
}

// sameShape compares two builds of a value: everything equal but for
// words, which are filled in both or in neither.
func sameShape(t *testing.T, a, b reflect.Value, path, field string, differ *int) {
	t.Helper()
	switch a.Kind() {
	case reflect.String:
		if a.Type() != reflect.TypeFor[string]() || slices.Contains(identifiers, field) {
			if a.String() != b.String() {
				t.Errorf("%s: %q in English, %q in Chinese", path, a.String(), b.String())
			}
			return
		}
		if (a.String() == "") != (b.String() == "") {
			t.Errorf("%s: %q in English, %q in Chinese", path, a.String(), b.String())
		}
		if a.String() != b.String() {
			*differ++
		}
	case reflect.Struct:
		if a.Type() == reflect.TypeFor[time.Time]() {
			if !a.Interface().(time.Time).Equal(b.Interface().(time.Time)) {
				t.Errorf("%s: %v in English, %v in Chinese", path, a, b)
			}
			return
		}
		if a.Type() == reflect.TypeFor[Text]() {
			if a.Interface() != b.Interface() {
				t.Errorf("%s: %v in English, %v in Chinese", path, a, b)
			}
			return
		}
		for i := range a.NumField() {
			if f := a.Type().Field(i); f.IsExported() {
				sameShape(t, a.Field(i), b.Field(i), path+"."+f.Name, f.Name, differ)
			}
		}
	case reflect.Slice:
		if a.Len() != b.Len() {
			t.Errorf("%s: %d in English, %d in Chinese", path, a.Len(), b.Len())
			return
		}
		for i := range a.Len() {
			sameShape(t, a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i), field, differ)
		}
	case reflect.Map:
		keys := func(m reflect.Value) []string {
			var out []string
			for _, k := range m.MapKeys() {
				out = append(out, k.String())
			}
			slices.Sort(out)
			return out
		}
		if ka, kb := keys(a), keys(b); !slices.Equal(ka, kb) {
			t.Errorf("%s: %v answered in English, %v in Chinese", path, ka, kb)
			return
		}
		for _, k := range a.MapKeys() {
			sameShape(t, a.MapIndex(k), b.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), field, differ)
		}
	case reflect.Pointer:
		if a.IsNil() != b.IsNil() {
			t.Errorf("%s: nil %v in English, %v in Chinese", path, a.IsNil(), b.IsNil())
		} else if !a.IsNil() {
			sameShape(t, a.Elem(), b.Elem(), path, field, differ)
		}
	default:
		if a.Interface() != b.Interface() {
			t.Errorf("%s: %v in English, %v in Chinese", path, a, b)
		}
	}
}

// TestCaseStudyListingFees: a change that brings a product in charges the
// listing fee per new SKU of the account's terms for its year (this
// year's for a change dated next year, whose terms are not agreed yet);
// none where the terms have no listing fee, and none for a delisting.
func TestCaseStudyListingFees(t *testing.T) {
	for _, now := range rangeNows {
		ws := CaseStudy(now, English)
		charged, lastYear := 0, 0
		for _, m := range ws.Mutations {
			year := min(m.Date.Year(), now.Year())
			var want Money
			found := false
			for _, y := range ws.Terms {
				if y.AccountID != m.AccountID || y.Year != year || y.Proposal {
					continue
				}
				found = true
				for _, term := range y.Terms {
					if term.Kind == "listing_fee" && m.Kind != MutationDelisting {
						want = term.Amount
					}
				}
			}
			if !found {
				t.Errorf("%s: no terms for %d", m.ID, year)
			}
			if m.ListingFee != want {
				t.Errorf("%s (%s, %s): listing fee %v, the terms of %d say %v", m.ID, m.Kind, m.Date.Format(DateLayout), m.ListingFee, year, want)
			}
			if want > 0 {
				charged++
				if year < now.Year() {
					lastYear++
				}
			}
		}
		if charged < 20 {
			t.Errorf("%s: only %d changes charge a listing fee", now.Format(DateLayout), charged)
		}
		if Day(now).YearDay() < 100 && lastYear == 0 {
			t.Errorf("%s: early in the year, no change charges last year's fee", now.Format(DateLayout))
		}
	}
	for _, id := range []string{"cs07", "cs08"} { // a concession and a co-op: no listing fees in their terms
		for _, m := range CaseStudy(rangeNows[0], English).Mutations {
			if m.AccountID == id && m.ListingFee != 0 {
				t.Errorf("%s charges %v", m.ID, m.ListingFee)
			}
		}
	}
}

// TestCaseStudyRangeData: the tables the range is built from are
// well-formed: a cell per cluster, products and clusters that exist,
// questions of the profile.
func TestCaseStudyRangeData(t *testing.T) {
	codes := map[string]bool{}
	for _, p := range csProducts {
		codes[p.code] = true
		if csProductID(p.code) == "" {
			t.Errorf("%s has no ID", p.code)
		}
	}
	for id, r := range csRanges {
		for code, row := range r.grid {
			cells := strings.Fields(row)
			if !codes[code] || len(cells) != len(r.clusters) {
				t.Errorf("%s: %s has %d cells for %d clusters", id, code, len(cells), len(r.clusters))
			}
			for _, c := range cells {
				if v, err := strconv.ParseFloat(c, 64); c != "-" && c != "?" && (err != nil || v < 0) {
					t.Errorf("%s: %s: cell %q", id, code, c)
				}
			}
		}
		for q := range r.answers {
			if _, ok := OpsFieldByID(q); !ok || q == "range_when" {
				t.Errorf("%s answers %q", id, q)
			}
		}
		for _, c := range r.changes {
			if !codes[c.product] || c.replaces != "" && !codes[c.replaces] {
				t.Errorf("%s: a change of %q for %q", id, c.product, c.replaces)
			}
			for _, k := range c.clusters {
				if k < 1 || k > len(r.clusters) {
					t.Errorf("%s: a change in cluster %d of %d", id, k, len(r.clusters))
				}
			}
		}
	}
	if len(csRanges) != 10 {
		t.Errorf("%d accounts have a range", len(csRanges))
	}
}

// TestReviewMonths: the months of the reviews, n a year, from the next one.
func TestReviewMonths(t *testing.T) {
	day := func(m time.Month) time.Time { return time.Date(2027, m, 10, 0, 0, 0, 0, time.UTC) }
	for _, tt := range []struct {
		next time.Month
		n    int
		lang Lang
		want string
	}{
		{time.April, 2, English, "April and October"},
		{time.October, 2, English, "April and October"},
		{time.February, 4, English, "February, May, August and November"},
		{time.December, 4, Chinese, "三月、六月、九月和十二月"},
		{time.July, 2, Chinese, "一月和七月"},
		{time.December, 1, English, "December"},
		{time.May, 0, Chinese, "五月"},
	} {
		if got := reviewMonths(day(tt.next), tt.n, tt.lang); got != tt.want {
			t.Errorf("%s, %d a year, %s: %q, want %q", tt.next, tt.n, tt.lang, got, tt.want)
		}
	}
}
