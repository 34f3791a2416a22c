package web

import (
	"context"
	"testing"
	"time"

	"github.com/tizim/tizim"
)

// countedSources answers FindSource with a source whose title counts the calls.
type countedSources struct {
	tizim.SourceService
	calls int
}

func (c *countedSources) FindSource(ctx context.Context, key string) (*tizim.Source, error) {
	c.calls++
	return &tizim.Source{Key: key, Consent: tizim.Public, Records: 7}, nil
}

func TestSourceCache(t *testing.T) {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	c := newSourceCache(time.Minute, func() time.Time { return at })
	srcs := &countedSources{}
	ctx := context.Background()
	for _, step := range []struct {
		what  string
		do    func()
		calls int
	}{
		{"first read", func() {}, 1},
		{"within the minute", func() { at = at.Add(30 * time.Second) }, 1},
		{"after the minute", func() { at = at.Add(31 * time.Second) }, 2},
		{"after forget", func() { c.forget("police") }, 3},
	} {
		step.do()
		src, err := c.find(ctx, srcs, "police")
		if err != nil || src.Records != 0 {
			t.Fatalf("%s: %+v, %v (a cached source carries no record count)", step.what, src, err)
		}
		if srcs.calls != step.calls {
			t.Errorf("%s: %d reads of the store, want %d", step.what, srcs.calls, step.calls)
		}
	}
}
