// Package model is kam's domain: key accounts, the course's templates and
// the rules and maths behind every screen. It knows nothing of terminals or
// files, so every rule here can be tested on its own.
package model

import "strings"

// Lang is a language kam speaks.
type Lang string

const (
	English Lang = "en"
	Chinese Lang = "zh"
)

// Langs lists every language in the order the language switch cycles them.
var Langs = []Lang{English, Chinese}

// ParseLang reads a language code as typed on the command line or found in
// the environment: "en", "zh", or a locale such as "zh_CN.UTF-8".
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-"):
		return English, true
	case s == "zh" || strings.HasPrefix(s, "zh_") || strings.HasPrefix(s, "zh-"):
		return Chinese, true
	}
	return "", false
}

// Next is the language the switch moves to.
func (l Lang) Next() Lang {
	if l == Chinese {
		return English
	}
	return Chinese
}

// Text is a piece of user-facing text in both languages.
type Text struct {
	EN string `json:"en,omitzero"`
	ZH string `json:"zh,omitzero"`
}

// T builds a Text.
func T(en, zh string) Text { return Text{EN: en, ZH: zh} }

// In returns the text in the given language, falling back to the other
// where only one was written (a criterion a trainer named in one language).
func (t Text) In(l Lang) string {
	if l == Chinese && t.ZH != "" || t.EN == "" {
		return t.ZH
	}
	return t.EN
}
