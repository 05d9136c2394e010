package accounts

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/kam-workbench/kam/ui/common"
)

func plainStyles() common.Styles { return common.NewStyles(common.DefaultTheme) }

func TestMarkdownInline(t *testing.T) {
	for in, want := range map[string]string{
		`**Known** — 84\.1%`:      "Known — 84.1%",
		`a \| b \* c \\ d`:        `a | b * c \ d`,
		`Zhang\_Min [x\]`:         "Zhang_Min [x]",
		`**On invoice**`:          "On invoice",
		`plain text, no marks 中文`: "plain text, no marks 中文",
	} {
		if got, _ := mdInline(in); got != want {
			t.Errorf("mdInline(%q) = %q, want %q", in, got, want)
		}
	}
	if _, bold := mdInline("**On invoice**"); !bold {
		t.Error("a cell in bold is a total")
	}
}

// TestMarkdownTables: a table that fits is aligned, one too wide has its
// columns wrapped, one far too wide is written row by row; an escaped
// pipe stays in its cell; nothing is cut.
func TestMarkdownTables(t *testing.T) {
	md := "# Plan\n\n## Terms\n\n| Term | 2026 |\n| --- | ---: |\n| Listing \\| fee | 1.2M |\n| **All terms** | **3M** |\n"
	title, lines := renderMarkdown(md, 40, plainStyles())
	got := strings.Join(lines, "\n")
	if title != "Plan" || !strings.Contains(got, "Listing | fee  1.2M") || !strings.Contains(got, "All terms        3M") {
		t.Errorf("title %q, fitted table:\n%s", title, got)
	}

	wide := "| Item | Answer |\n| --- | --- |\n| The buyer's role and authority | Category buyer; lists up to twenty SKUs alone |\n"
	_, lines = renderMarkdown(wide, 30, plainStyles())
	for _, l := range lines {
		if lipgloss.Width(l) > 30 {
			t.Errorf("line wider than 30: %q", l)
		}
	}
	if got := strings.Join(strings.Fields(strings.Join(lines, " ")), " "); !strings.Contains(got, "authority") || !strings.Contains(got, "twenty SKUs alone") {
		t.Errorf("wrapped table lost words:\n%s", strings.Join(lines, "\n"))
	}

	many := "| Name | Title | Role | Stance | Influence |\n| --- | --- | --- | --- | --- |\n| Zhang Min 张敏 | Category buyer | buyer | supporter | high |\n"
	_, lines = renderMarkdown(many, 30, plainStyles())
	if got := strings.Join(lines, "\n"); !strings.Contains(got, "Zhang Min 张敏\n  Title: Category buyer\n  Role: buyer") {
		t.Errorf("a table far too wide, row by row:\n%s", got)
	}
}

func TestWrapHanging(t *testing.T) {
	got := wrapHanging("- Done: Account analysis, Key account record, Knowing the buyer", 30, 2)
	want := []string{"- Done: Account analysis, Key", "  account record, Knowing the", "  buyer"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("wrapHanging = %q", got)
	}
}
