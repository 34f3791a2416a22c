package web

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestRankedSearch(t *testing.T) {
	f := newFixture(t) // two people a page
	var asked []tizim.Consent
	var limits []int
	var narrowed []string
	f.srv.cfg.Search = func(ctx context.Context, pf tizim.PersonFilter, limit int) ([]*tizim.Person, error) {
		q := pf.Query
		asked = append(asked, pf.Clearance)
		limits = append(limits, limit)
		narrowed = append(narrowed, describeFacts(pf))
		// A stand-in ranking: three fixed hits, the best an alias spelling no substring finds;
		// for "Many", a long list of which it gives as many as asked for.
		if q == "Many" {
			var out []*tizim.Person
			for i := range min(limit, 1000) {
				out = append(out, &tizim.Person{ID: int64(100 + i), Name: "Hit " + strconv.Itoa(i+1)})
			}
			return out, nil
		}
		return []*tizim.Person{
			{ID: 1, Name: "Ilham Tohti", RecordCount: 2},
			{ID: 3, Name: "Evil <b>Name</b>"},
			{ID: 4, Name: "Third Hit"},
		}, nil
	}
	for _, tc := range []struct {
		role      tizim.Role
		path      string
		clearance tizim.Consent // what the search must be asked for; "" when it must not be asked
		limit     int           // the hits it must be asked for: up to the page's end, and one more
		want      []string
		not       []string
		facts     string // the facts the search must be narrowed by (describeFacts)
	}{
		{tizim.Anonymous, "/people?q=Elham+Toxti", tizim.Public, 3, []string{"best matches", "Ilham Tohti", "1–2 of the best matches; more follow", "all=1", "Evil &lt;b&gt;Name&lt;/b&gt;"}, []string{"Third Hit"}, ""},
		{tizim.Editor, "/people?q=Elham+Toxti&page=2", tizim.Internal, 5, []string{"Third Hit", "3–3 of 3"}, []string{"more follow"}, ""},
		{tizim.Editor, "/people?q=Elham+Toxti&all=1", "", 0, []string{"No people found."}, []string{"best matches"}, ""},
		{tizim.Editor, "/people?q=Ilham&status=sentenced", "", 0, []string{"Ilham Tohti", "1–1 of 1"}, []string{"best matches"}, ""},
		// what a family knows besides the name narrows the ranked search itself
		{tizim.Anonymous, "/people?q=Elham+Toxti&home=6531&born_from=1965&born_to=1975&sex=m", tizim.Public, 3, []string{"best matches", "Ilham Tohti", `value="6531"`}, nil, "home 6531 sex m born 1965-1975"},
		{tizim.Viewer, "/api/people?q=Elham+Toxti&born_to=1970", tizim.Partners, 3, []string{"Ilham Tohti"}, nil, "born -1970"},
		{tizim.Editor, "/people?q=Elham+Toxti&home=6531&facility=Camp", "", 0, []string{"No people found."}, []string{"best matches"}, ""},
		{tizim.Viewer, "/api/people?q=Elham+Toxti&limit=1&offset=2", tizim.Partners, 4, []string{`"total": 3`, "Third Hit"}, []string{"Ilham", `"more"`}, ""},
		// paging past the first hundred: each page asks for more, and links to the next
		{tizim.Editor, "/people?q=Many&page=60", tizim.Internal, 121, []string{"Hit 119", "Hit 120", "119–120 of the best matches; more follow", "page=61"}, []string{"Hit 118<", "Hit 121<"}, ""},
		{tizim.Viewer, "/api/people?q=Many&limit=3&offset=400", tizim.Partners, 404, []string{`"total": 404`, `"more": true`, "Hit 401", "Hit 403"}, []string{"Hit 404\""}, ""},
	} {
		asked, limits, narrowed = nil, nil, nil
		_, body := f.get(tc.role, tc.path)
		if tc.clearance != "" && len(narrowed) == 1 && narrowed[0] != tc.facts {
			t.Errorf("%s as %s: search narrowed by %q, want %q", tc.path, tc.role, narrowed[0], tc.facts)
		}
		if tc.clearance == "" && len(asked) > 0 || tc.clearance != "" && (len(asked) != 1 || asked[0] != tc.clearance) {
			t.Errorf("%s as %s: search asked with %v, want %q", tc.path, tc.role, asked, tc.clearance)
		}
		if tc.clearance != "" && len(limits) == 1 && limits[0] != tc.limit {
			t.Errorf("%s as %s: search asked for %d hits, want %d", tc.path, tc.role, limits[0], tc.limit)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s as %s: lacks %q", tc.path, tc.role, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(body, w) {
				t.Errorf("%s as %s: shows %q", tc.path, tc.role, w)
			}
		}
	}
}

// describeFacts says which facts a search was narrowed by, for the tests.
func describeFacts(f tizim.PersonFilter) string {
	var parts []string
	if f.HomeCode != nil {
		parts = append(parts, "home "+*f.HomeCode)
	}
	if f.Sex != nil {
		parts = append(parts, "sex "+string(*f.Sex))
	}
	if f.BornFrom != nil || f.BornTo != nil {
		year := func(y *int) string {
			if y == nil {
				return ""
			}
			return strconv.Itoa(*y)
		}
		parts = append(parts, "born "+year(f.BornFrom)+"-"+year(f.BornTo))
	}
	return strings.Join(parts, " ")
}
