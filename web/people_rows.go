package web

import (
	"html"
	"html/template"
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// peopleRows writes the rows of the people table (list and search pages) in Go rather than in
// the template. The markup is that of a template row, but html/template spends a reflective
// escaper call on every action, five to six per row: for fifty rows that was three quarters of
// the page's rendering and a fifth of a ranked search page's work under load. Every text that
// reaches the markup goes through html.EscapeString, which escapes the five characters that
// matter in text and in double-quoted attributes; the id and the count are numbers.
func peopleRows(lang string, people []*tizim.Person) template.HTML {
	var b strings.Builder
	b.Grow(len(people) * 200)
	withheld := html.EscapeString(translate(lang, "person.withheld"))
	for _, p := range people {
		b.WriteString(`<tr>` + "\n" + `<td><a href="/people/`)
		b.WriteString(strconv.FormatInt(p.ID, 10))
		b.WriteString(`">`)
		if p.Name != "" {
			b.WriteString(`<bdi dir="auto">`)
			b.WriteString(html.EscapeString(p.Name))
			b.WriteString(`</bdi>`)
		} else {
			b.WriteString(`<span class="withheld">` + withheld + `</span>`)
		}
		b.WriteString(`</a></td>` + "\n" + `<td>`)
		if p.Status != "" {
			st := html.EscapeString(string(p.Status))
			b.WriteString(`<span class="status status-` + st + `">`)
			b.WriteString(html.EscapeString(translate(lang, "status."+string(p.Status))))
			b.WriteString(`</span>`)
		}
		b.WriteString(`</td>` + "\n" + `<td>`)
		b.WriteString(strconv.Itoa(p.RecordCount))
		b.WriteString(`</td>` + "\n" + `</tr>` + "\n")
	}
	return template.HTML(b.String())
}
