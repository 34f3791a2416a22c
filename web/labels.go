package web

import (
	"html/template"
	"regexp"
	"strings"
)

// A page's fixed labels ({{.T "nav.people"}}, {{$.T "person.names"}}) are the same for every
// visitor of a language, so each language gets its own parse of the templates with those
// labels written in as text. A template calling a method through reflection forty times was
// about a third of the person page's rendering time; the labels that take arguments or are
// built from data ({{$.T (print "status." .Status)}}) still go through view.T.

// labelCall is a call of T with one quoted key and nothing else, and the text before it on
// its line.
var labelCall = regexp.MustCompile(`\{\{\s*\$?\.T "([a-z0-9_.]+)"\s*\}\}`)

// labelAttrs are the attributes a label may be written into: plain text ones, where the HTML
// escaping of the translation is the right one (unlike href, style or on* attributes).
var labelAttrs = []string{`aria-label="`, `placeholder="`, `title="`, `alt="`, `value="`}

// fixLabels returns the template text with the label calls that sit in text, or in one of
// labelAttrs, replaced by the label in the language, HTML-escaped. Calls anywhere else are kept.
func fixLabels(text, lang string) string {
	var b strings.Builder
	last := 0
	for _, m := range labelCall.FindAllStringSubmatchIndex(text, -1) {
		if !inTextOrLabelAttr(text[:m[0]]) {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(template.HTMLEscapeString(translate(lang, text[m[2]:m[3]])))
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// inTextOrLabelAttr reports whether template text ending with before leaves the next action in
// element text (after a tag's '>', not inside <script> or <style>), or inside a quoted value of
// one of labelAttrs.
func inTextOrLabelAttr(before string) bool {
	open, close := strings.LastIndexByte(before, '<'), strings.LastIndexByte(before, '>')
	if close > open {
		tag := before[open:]
		return !strings.HasPrefix(tag, "<script") && !strings.HasPrefix(tag, "<style")
	}
	if open < 0 {
		return false // no tag seen: the context is not known from here
	}
	tag := before[open:]
	for _, a := range labelAttrs {
		if i := strings.LastIndex(tag, a); i >= 0 && !strings.Contains(tag[i+len(a):], `"`) {
			return true
		}
	}
	return false
}
