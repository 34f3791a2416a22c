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
// argument or several: `tizim search Ilham Tohti`. The filters narrow the search to people with
// a record that matches the name and has the home (a division code prefix), sex and birth years
// given: `tizim search --home 6531 --born-from 1965 --born-to 1975 Ilham Tohti`.
func runSearch(ctx context.Context, e *env, args []string) error {
	fs := e.flags("search")
	limit := fs.Int("limit", search.DefaultLimit, "at most this many people")
	var f search.Filter
	fs.StringVar(&f.Home, "home", "", "only records whose home division code starts so (6531: Kashgar prefecture)")
	fs.IntVar(&f.BornFrom, "born-from", 0, "only records born in this year or later")
	fs.IntVar(&f.BornTo, "born-to", 0, "only records born in this year or earlier")
	sex := fs.String("sex", "", "only records of this sex (m or f)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		return tizim.Errorf(tizim.EINVALID, "usage: tizim search [--limit N] [--home CODE] [--born-from YEAR] [--born-to YEAR] [--sex m|f] NAME")
	}
	if *limit < 1 {
		return tizim.Errorf(tizim.EINVALID, "--limit must be at least 1 (got %d)", *limit)
	}
	for _, y := range []struct {
		flag string
		year int
	}{{"--born-from", f.BornFrom}, {"--born-to", f.BornTo}} {
		if y.year != 0 && (y.year < 1000 || y.year > 9999) {
			return tizim.Errorf(tizim.EINVALID, "%s must be a year of four digits (got %d)", y.flag, y.year)
		}
	}
	if *sex != "" {
		if f.Sex, err = tizim.ParseSex(*sex); err != nil {
			return err
		}
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
	for _, h := range ix.SearchWhere(query, f, tizim.Sealed, *limit) {
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
