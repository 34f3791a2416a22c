package main

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/search"
)

func init() {
	register("search", "find people by name in any script (JSON Lines: person, score, name, records)", runSearch)
}

// searchHit is one line of `tizim search` output.
type searchHit struct {
	Person  int64    `json:"person"`
	Score   float64  `json:"score"`
	Name    string   `json:"name"`
	Records []string `json:"records"` // "source:record_id"
}

// runSearch loads the name index from the store and prints the people whose names best match
// the query, best first, one JSON object per line. The words of the query may be given as one
// argument or several: `tizim search Ilham Tohti`.
func runSearch(ctx context.Context, e *env, args []string) error {
	fs := e.flags("search")
	limit := fs.Int("limit", search.DefaultLimit, "at most this many people")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		return tizim.Errorf(tizim.EINVALID, "usage: tizim search [--limit N] NAME")
	}
	if *limit < 1 {
		return tizim.Errorf(tizim.EINVALID, "--limit must be at least 1 (got %d)", *limit)
	}
	st, err := e.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	ix := search.New()
	if _, err := ix.Load(ctx, st); err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	// The command line reads with sealed clearance (see openStore).
	for _, h := range ix.Search(query, tizim.Sealed, *limit) {
		line := searchHit{Person: h.Person, Score: h.Score, Name: h.Name, Records: make([]string, len(h.Records))}
		for i, k := range h.Records {
			line.Records[i] = k.String()
		}
		if err := enc.Encode(line); err != nil {
			return err
		}
	}
	return nil
}
