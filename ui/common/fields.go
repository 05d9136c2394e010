package common

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/huh"

	"github.com/kam-workbench/kam/model"
)

// Loc turns a model error into one a form shows in the current language.
func (c *Context) Loc(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s", model.Localize(err, c.Lang))
}

// DateField validates a date typed as YYYY-MM-DD that is not in the
// future; optional lets it be empty.
func (c *Context) DateField(optional bool) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			if optional {
				return nil
			}
			return fmt.Errorf("%s", c.T("field.date_needed"))
		}
		d, err := model.ParseDate(s, c.Now().Location())
		if err != nil {
			return c.Loc(err)
		}
		if d.After(model.Day(c.Now())) {
			return fmt.Errorf("%s", fmt.Sprintf(c.T("field.future_date"), strings.TrimSpace(s)))
		}
		return nil
	}
}

// AnyDateField validates a date typed as YYYY-MM-DD, past or future.
func (c *Context) AnyDateField(optional bool) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			if optional {
				return nil
			}
			return fmt.Errorf("%s", c.T("field.date_needed"))
		}
		_, err := model.ParseDate(s, c.Now().Location())
		return c.Loc(err)
	}
}

// ParseDate reads a date field already validated; empty is the zero time.
func (c *Context) ParseDate(s string) time.Time {
	d, _ := model.ParseDate(s, c.Now().Location())
	return d
}

// DateText writes a date for a field; the zero time is empty.
func DateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(model.DateLayout)
}

// Options turns a list of choices into huh options in the current language.
func Options[K comparable](c *Context, list []model.Choice[K]) []huh.Option[K] {
	out := make([]huh.Option[K], len(list))
	for i, ch := range list {
		out[i] = huh.NewOption(ch.Name.In(c.Lang), ch.Key)
	}
	return out
}
