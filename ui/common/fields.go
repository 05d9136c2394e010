package common

import (
	"fmt"
	"slices"
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

// PickOptions orders a multi-select's options with those chosen first,
// marked: the list opens on the first chosen, and any above it would be
// out of sight.
func PickOptions[T comparable](options []huh.Option[T], chosen []T) []huh.Option[T] {
	var first, rest []huh.Option[T]
	for _, o := range options {
		if slices.Contains(chosen, o.Value) {
			first = append(first, o.Selected(true))
		} else {
			rest = append(rest, o)
		}
	}
	return append(first, rest...)
}

// ListHeight is how tall a select of n options is drawn: up to six
// options, its title and a description.
func ListHeight(n int) int { return min(max(n, 1), 6) + 2 }
