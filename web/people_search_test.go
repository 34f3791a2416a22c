package web

import (
	"context"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

func TestRankedSearch(t *testing.T) {
	f := newFixture(t) // two people a page
	var asked []tizim.Consent
	f.srv.cfg.Search = func(ctx context.Context, q string, clearance tizim.Consent, limit int) ([]*tizim.Person, error) {
		asked = append(asked, clearance)
		if limit != rankedLimit {
			t.Errorf("limit %d", limit)
		}
		// A stand-in ranking: three fixed hits, the best an alias spelling no substring finds.
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
		want      []string
		not       []string
	}{
		{tizim.Anonymous, "/people?q=Elham+Toxti", tizim.Public, []string{"best matches", "Ilham Tohti", "1–2 of 3", "all=1", "Evil &lt;b&gt;Name&lt;/b&gt;"}, []string{"Third Hit"}},
		{tizim.Editor, "/people?q=Elham+Toxti&page=2", tizim.Internal, []string{"Third Hit", "3–3 of 3"}, nil},
		{tizim.Editor, "/people?q=Elham+Toxti&all=1", "", []string{"No people found."}, []string{"best matches"}},
		{tizim.Editor, "/people?q=Ilham&status=sentenced", "", []string{"Ilham Tohti", "1–1 of 1"}, []string{"best matches"}},
		{tizim.Viewer, "/api/people?q=Elham+Toxti&limit=1&offset=2", tizim.Partners, []string{`"total": 3`, "Third Hit"}, []string{"Ilham"}},
	} {
		asked = nil
		_, body := f.get(tc.role, tc.path)
		if tc.clearance == "" && len(asked) > 0 || tc.clearance != "" && (len(asked) != 1 || asked[0] != tc.clearance) {
			t.Errorf("%s as %s: search asked with %v, want %q", tc.path, tc.role, asked, tc.clearance)
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
