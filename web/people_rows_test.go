package web

import (
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestPeopleRows(t *testing.T) {
	for _, tc := range []struct {
		name   string
		lang   string
		person tizim.Person
		want   []string
		not    []string
	}{
		{"a name is text in an isolate", "en", tizim.Person{ID: 7, Name: "Ilham Tohti", RecordCount: 2, Status: tizim.Sentenced},
			[]string{`<a href="/people/7"><bdi dir="auto">Ilham Tohti</bdi></a>`, `<span class="status status-sentenced">sentenced</span>`, "<td>2</td>"}, nil},
		{"markup in a name is escaped", "en", tizim.Person{ID: 3, Name: `<script>alert(1)</script>"Evil' & co` + "\u202E"},
			[]string{`&lt;script&gt;alert(1)&lt;/script&gt;&#34;Evil&#39; &amp; co` + "\u202E</bdi>"}, []string{"<script>", `"Evil`}},
		{"a withheld name says so", "en", tizim.Person{ID: 4},
			[]string{`<span class="withheld">Name withheld</span>`}, []string{"<bdi"}},
		{"a status without one shows nothing", "en", tizim.Person{ID: 5, Name: "x"}, []string{"<td></td>"}, []string{"status-"}},
		{"labels follow the language", "zh", tizim.Person{ID: 6, Status: tizim.Sentenced},
			[]string{"已判刑", "姓名不公开"}, nil},
	} {
		got := string(peopleRows(tc.lang, []*tizim.Person{&tc.person}))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", tc.name, got, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q contains %q", tc.name, got, w)
			}
		}
	}
}
