package web

import (
	"html"
	"html/template"
	"strings"
)

// options renders the options of a select in a form, translated and the selected one marked, in
// Go rather than in the template: html/template spends reflective escaper calls on every action
// (two attributes and a label per option), and the people page, the busiest, has fifteen
// options. Values and labels go through html.EscapeString, as the people rows do.
func options[T ~string](lang, prefix string, values []T, selected string) template.HTML {
	var b strings.Builder
	for _, v := range values {
		b.WriteString(`<option value="`)
		b.WriteString(html.EscapeString(string(v)))
		b.WriteByte('"')
		if string(v) == selected {
			b.WriteString(" selected")
		}
		b.WriteByte('>')
		b.WriteString(html.EscapeString(translate(lang, prefix+string(v))))
		b.WriteString("</option>")
	}
	return template.HTML(b.String())
}
