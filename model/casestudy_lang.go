package model

import "reflect"

// CaseStudyInLang switches the case study's own texts to another language,
// leaving what the class changed as they changed it. ws is the workspace as
// it stands (the whole of it: records not in ws are not switched). Only a
// workspace built by CaseStudy is switched: its settings say when it was
// built, and the case study is built again for that day in both languages.
//
// In every record of ws that is a case-study record (same key), each text
// that still reads exactly as the case study wrote it in the other
// language, in the same field, becomes the text in to; a text the user
// wrote or edited stays as it is, and so does every record the user added.
// Texts inside lists and maps count (objectives, issues, actions,
// comments…); an entry the user added to a list is matched by its text like
// any other. Dates and numbers are never touched.
//
// It returns the settings with the language set to to and the workspace's
// name switched unless the user renamed it, and the records whose texts
// changed, as they are to be saved. ws itself is left as it was.
func CaseStudyInLang(ws Workspace, to Lang) (Settings, []Record) {
	settings := ws.Settings
	settings.Lang = to
	if settings.CaseStudyBuilt.IsZero() {
		return settings, nil
	}
	from, into := CaseStudy(settings.CaseStudyBuilt, to.Next()), CaseStudy(settings.CaseStudyBuilt, to)
	if settings.Name == from.Settings.Name {
		settings.Name = into.Settings.Name
	}
	// In the order the store writes them: a contact before its moments,
	// whose save hands back the contact as the file then holds it.
	var changed []Record
	changed = appendSwitched(changed, ws.Accounts, from.Accounts, into.Accounts)
	changed = appendSwitched(changed, ws.Evaluations, from.Evaluations, into.Evaluations)
	changed = appendSwitched(changed, ws.People, from.People, into.People)
	changed = appendSwitched(changed, ws.Contacts, from.Contacts, into.Contacts)
	changed = appendSwitched(changed, ws.Knowledge, from.Knowledge, into.Knowledge)
	changed = appendSwitched(changed, ws.Moments, from.Moments, into.Moments)
	changed = appendSwitched(changed, ws.Terms, from.Terms, into.Terms)
	changed = appendSwitched(changed, ws.Negotiations, from.Negotiations, into.Negotiations)
	changed = appendSwitched(changed, ws.Meetings, from.Meetings, into.Meetings)
	changed = appendSwitched(changed, ws.Products, from.Products, into.Products)
	changed = appendSwitched(changed, ws.Operations, from.Operations, into.Operations)
	changed = appendSwitched(changed, ws.Clusters, from.Clusters, into.Clusters)
	changed = appendSwitched(changed, ws.Listings, from.Listings, into.Listings)
	changed = appendSwitched(changed, ws.Mutations, from.Mutations, into.Mutations)
	changed = appendSwitched(changed, ws.Objectives, from.Objectives, into.Objectives)
	changed = appendSwitched(changed, ws.Plans, from.Plans, into.Plans)
	changed = appendSwitched(changed, ws.Promotions, from.Promotions, into.Promotions)
	return settings, changed
}

// appendSwitched appends to out each record of mine whose texts switch
// from the case study's record of the same key in one language (from) to
// the other (into). The two builds are the same code in two languages, so
// their records pair up by position.
func appendSwitched[T Record](out []Record, mine, from, into []T) []Record {
	built := make(map[string]int, len(from))
	for i, r := range from {
		built[r.Key()] = i
	}
	for _, r := range mine {
		i, ok := built[r.Key()]
		if !ok || i >= len(into) {
			continue // the user's own record
		}
		tr := translations{}
		tr.collect(reflect.ValueOf(from[i]), reflect.ValueOf(into[i]), "")
		if v, ok := tr.apply(reflect.ValueOf(r), ""); ok {
			out = append(out, v.Interface().(T))
		}
	}
	return out
}

// textAt is a text as it stands in one field of a record: the field's path
// (struct field names, without list positions or map keys) and the text.
type textAt struct{ path, text string }

// translations map a record's texts in one language to the other, field by
// field.
type translations map[textAt]translation

// translation is a text in the other language. A text the record holds
// twice in one field with two translations is ambiguous and left as it is.
type translation struct {
	text      string
	ambiguous bool
}

// collect walks one record in both languages side by side and notes every
// text that differs between them.
func (tr translations) collect(from, into reflect.Value, path string) {
	if from.Type() != into.Type() {
		return
	}
	switch from.Kind() {
	case reflect.String:
		f, t := from.String(), into.String()
		if f == t || f == "" {
			return
		}
		at := textAt{path, f}
		if was, ok := tr[at]; ok && was.text != t {
			tr[at] = translation{ambiguous: true}
			return
		}
		tr[at] = translation{text: t}
	case reflect.Struct:
		for i := range from.NumField() {
			if field := from.Type().Field(i); field.IsExported() {
				tr.collect(from.Field(i), into.Field(i), path+"."+field.Name)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range min(from.Len(), into.Len()) {
			tr.collect(from.Index(i), into.Index(i), path)
		}
	case reflect.Map:
		for _, k := range from.MapKeys() {
			if t := into.MapIndex(k); t.IsValid() {
				tr.collect(from.MapIndex(k), t, path)
			}
		}
	case reflect.Pointer:
		if !from.IsNil() && !into.IsNil() {
			tr.collect(from.Elem(), into.Elem(), path)
		}
	}
}

// apply returns v with every text it has a translation for translated, and
// whether anything changed. Lists and maps are copied before they change:
// v shares them with the workspace on screen, which must not change before
// the file does.
func (tr translations) apply(v reflect.Value, path string) (reflect.Value, bool) {
	switch v.Kind() {
	case reflect.String:
		t, ok := tr[textAt{path, v.String()}]
		if !ok || t.ambiguous {
			return v, false
		}
		out := reflect.New(v.Type()).Elem()
		out.SetString(t.text)
		return out, true
	case reflect.Struct:
		var out reflect.Value
		for i := range v.NumField() {
			field := v.Type().Field(i)
			if !field.IsExported() {
				continue
			}
			nv, ok := tr.apply(v.Field(i), path+"."+field.Name)
			if !ok {
				continue
			}
			if !out.IsValid() {
				out = reflect.New(v.Type()).Elem()
				out.Set(v)
			}
			out.Field(i).Set(nv)
		}
		return out, out.IsValid()
	case reflect.Slice, reflect.Array:
		var out reflect.Value
		for i := range v.Len() {
			nv, ok := tr.apply(v.Index(i), path)
			if !ok {
				continue
			}
			if !out.IsValid() {
				if v.Kind() == reflect.Slice {
					out = reflect.MakeSlice(v.Type(), v.Len(), v.Len())
					reflect.Copy(out, v)
				} else {
					out = reflect.New(v.Type()).Elem()
					out.Set(v)
				}
			}
			out.Index(i).Set(nv)
		}
		return out, out.IsValid()
	case reflect.Map:
		var out reflect.Value
		iter := v.MapRange()
		for iter.Next() {
			nv, ok := tr.apply(iter.Value(), path)
			if !ok {
				continue
			}
			if !out.IsValid() {
				out = reflect.MakeMapWithSize(v.Type(), v.Len())
				for _, k := range v.MapKeys() {
					out.SetMapIndex(k, v.MapIndex(k))
				}
			}
			out.SetMapIndex(iter.Key(), nv)
		}
		return out, out.IsValid()
	case reflect.Pointer:
		if v.IsNil() {
			return v, false
		}
		nv, ok := tr.apply(v.Elem(), path)
		if !ok {
			return v, false
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(nv)
		return out, true
	}
	return v, false
}
