//go:build loadsearch

package web

import (
	"context"
	"testing"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/search"
	"github.com/tizim/tizim/store"
)

// With the tag loadsearch, BenchmarkLoad's name searches go to the search package's index, as
// they do in the server: the tag keeps the web package's ordinary tests independent of it.
func init() {
	loadSearch = func(b *testing.B, st *store.Store) SearchFunc {
		ix := search.New()
		start := time.Now()
		n, err := ix.Load(context.Background(), st)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("search index of %d records built in %v", n, time.Since(start))
		return func(ctx context.Context, q string, clearance tizim.Consent, limit int) ([]*tizim.Person, error) {
			var people []*tizim.Person
			for _, h := range ix.Search(q, clearance, limit) {
				people = append(people, &tizim.Person{ID: h.Person, Name: h.Name, RecordCount: len(h.Records)})
			}
			return people, nil
		}
	}
}
