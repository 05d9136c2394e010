package exchange

import (
	"bytes"
	"cmp"
	"encoding/json"
	"io"
	"slices"
	"time"

	"github.com/kam-workbench/kam/model"
)

// JSONFormat names a kam workspace file; JSONVersion is the version of
// its layout this kam writes and the newest it reads. Version 2 added the
// range: products, operations profiles, clusters, listings and
// assortment changes; a file of version 1 has none. Version 3 added the
// account plans: objectives, plans and promotions.
const (
	JSONFormat  = "kam-workspace"
	JSONVersion = 3
)

// workspaceFile is the JSON file of a whole workspace: every record, each
// list in key order, so that the same workspace always gives the same
// bytes. Two stamps are left out: the time a year of terms and a
// checklist answer were last saved, which the store sets anew each time it
// writes them, so they could not come back as they were.
type workspaceFile struct {
	Format       string                `json:"format"`
	Version      int                   `json:"version"`
	Settings     model.Settings        `json:"settings"`
	Matrix       model.Matrix          `json:"matrix"`
	Checklist    []model.ChecklistItem `json:"checklist"`
	Accounts     []model.Account       `json:"accounts"`
	Evaluations  []model.Evaluation    `json:"evaluations"`
	Knowledge    []model.Knowledge     `json:"knowledge"`
	People       []model.Person        `json:"people"`
	Contacts     []model.Contact       `json:"contacts"`
	Moments      []model.Moment        `json:"moments"`
	Terms        []model.TermsYear     `json:"terms"`
	Negotiations []model.Negotiation   `json:"negotiations"`
	Meetings     []model.Meeting       `json:"meetings"`
	Products     []model.Product       `json:"products"`
	Operations   []model.Operations    `json:"operations"`
	Clusters     []model.Cluster       `json:"clusters"`
	Listings     []model.Listing       `json:"listings"`
	Mutations    []model.Mutation      `json:"mutations"`
	Objectives   []model.PlanObjective `json:"objectives"`
	Plans        []model.AccountPlan   `json:"plans"`
	Promotions   []model.Promotion     `json:"promotions"`
}

// byKey is a list in key order, never nil (an empty list is written []).
func byKey[T model.Record](list []T) []T {
	out := slices.Clone(list)
	if out == nil {
		out = []T{}
	}
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(a.Key(), b.Key()) })
	return out
}

// ExportJSON writes the whole workspace as one versioned JSON file. Read
// into an empty workspace by kam import and exported again, it gives the
// same bytes.
func ExportJSON(w io.Writer, ws model.Workspace) error {
	f := workspaceFile{
		Format: JSONFormat, Version: JSONVersion, Settings: ws.Settings, Matrix: ws.Matrix, Checklist: ws.Checklist,
		Accounts: byKey(ws.Accounts), Evaluations: byKey(ws.Evaluations), Knowledge: byKey(ws.Knowledge),
		People: byKey(ws.People), Contacts: byKey(ws.Contacts), Moments: byKey(ws.Moments), Terms: byKey(ws.Terms),
		Negotiations: byKey(ws.Negotiations), Meetings: byKey(ws.Meetings),
		Products: byKey(ws.Products), Operations: byKey(ws.Operations), Clusters: byKey(ws.Clusters),
		Listings: byKey(ws.Listings), Mutations: byKey(ws.Mutations),
		Objectives: byKey(ws.Objectives), Plans: byKey(ws.Plans), Promotions: byKey(ws.Promotions),
	}
	if f.Checklist == nil {
		f.Checklist = model.DefaultChecklist()
	}
	if len(f.Matrix.Attractiveness)+len(f.Matrix.Strength) == 0 {
		f.Matrix = model.DefaultMatrix()
	}
	for i := range f.Knowledge {
		f.Knowledge[i].Updated = time.Time{}
	}
	for i := range f.Terms {
		f.Terms[i].Updated = time.Time{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(f)
}

// ReadJSON reads a workspace file written by ExportJSON: one of a newer
// layout is refused, naming both versions.
func ReadJSON(data []byte, file string) (model.Workspace, error) {
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil || head.Format != JSONFormat {
		return model.Workspace{}, problem("%s is not a workspace exported by kam (kam export --format json)",
			"%s 不是 kam 导出的工作区文件（kam export --format json）", file)
	}
	if head.Version > JSONVersion || head.Version < 1 {
		return model.Workspace{}, problem("%s is a workspace file of version %d; this kam reads version %d and earlier: update kam",
			"%s 是第 %d 版的工作区文件；此 kam 只能读取第 %d 版及更早的版本：请更新 kam", file, head.Version, JSONVersion)
	}
	var f workspaceFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return model.Workspace{}, problem("%s cannot be read: %v", "%s 无法读取：%v", file, err)
	}
	return model.Workspace{
		Settings: f.Settings, Matrix: f.Matrix, Checklist: f.Checklist, Accounts: f.Accounts, Evaluations: f.Evaluations,
		Knowledge: f.Knowledge, People: f.People, Contacts: f.Contacts, Moments: f.Moments, Terms: f.Terms,
		Negotiations: f.Negotiations, Meetings: f.Meetings, Products: f.Products, Operations: f.Operations,
		Clusters: f.Clusters, Listings: f.Listings, Mutations: f.Mutations,
		Objectives: f.Objectives, Plans: f.Plans, Promotions: f.Promotions,
	}, nil
}

// isEmpty reports whether a workspace holds no records: settings, criteria
// and checklist aside, which every workspace has.
func isEmpty(ws model.Workspace) bool {
	return len(ws.Accounts)+len(ws.Evaluations)+len(ws.Knowledge)+len(ws.People)+len(ws.Contacts)+
		len(ws.Moments)+len(ws.Terms)+len(ws.Negotiations)+len(ws.Meetings)+
		len(ws.Products)+len(ws.Operations)+len(ws.Clusters)+len(ws.Listings)+len(ws.Mutations)+
		len(ws.Objectives)+len(ws.Plans)+len(ws.Promotions) == 0
}
