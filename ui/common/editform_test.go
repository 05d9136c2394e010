package common

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
	"github.com/kam-workbench/kam/ui/data"
)

type savedForTest struct{}

func TestEditFormSaveRoundTrip(t *testing.T) {
	c := &Context{Lang: model.Chinese, Styles: NewStyles(DefaultTheme)}
	name := "MegaMart"
	var problem error
	saves := 0
	f := &EditForm{
		Title: "Edit",
		Build: func() []*huh.Group { return []*huh.Group{huh.NewGroup(huh.NewInput().Value(&name))} },
		Save: func() (tea.Cmd, error) {
			if problem != nil {
				return nil, problem
			}
			saves++
			return func() tea.Msg { return savedForTest{} }, nil
		},
	}
	f.Open(c, 60, 12)

	if _, ok := f.Handle(c, tea.WindowSizeMsg{}); ok {
		t.Fatal("Handle took a message that is not about the form")
	}
	if _, ok := f.Handle(c, data.SaveFailedMsg{Err: errors.New("disk full")}); ok {
		t.Fatal("a refused save of another record reopened a form that was not saving")
	}

	problem = &model.Invalid{Msg: model.T("Name is empty", "名称为空")}
	if _, ok := f.Handle(c, FormDoneMsg{}); !ok || f.Saving() {
		t.Fatalf("a form that does not validate is saving (handled %v)", ok)
	}
	if !strings.Contains(f.View(c), "名称为空") {
		t.Fatalf("the problem is not shown above the form, in Chinese:\n%s", f.View(c))
	}

	problem = nil
	if cmd, ok := f.Handle(c, FormDoneMsg{}); !ok || cmd == nil || !f.Saving() || saves != 1 {
		t.Fatalf("a valid form did not start its save: handled %v, saving %v, saves %d", ok, f.Saving(), saves)
	}
	if _, ok := f.Handle(c, data.SaveFailedMsg{Err: errors.New("disk full")}); !ok || f.Saving() {
		t.Fatal("a refused save did not reopen the form")
	}
	if !strings.Contains(f.View(c), "disk full") || name != "MegaMart" {
		t.Fatalf("the reopened form lost the reason or what was typed (name %q):\n%s", name, f.View(c))
	}

	var none *EditForm
	if _, ok := none.Handle(c, FormDoneMsg{}); ok || none.Saving() {
		t.Fatal("no open form, yet a message was taken for it")
	}
}
