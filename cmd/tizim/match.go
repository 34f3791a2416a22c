package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"os"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

func init() {
	register("match", "name similarity of two names, or of each pair in a TSV file (--pairs)", runMatch)
}

// matchReport is one line of `tizim match` output.
type matchReport struct {
	Score     float64         `json:"score"`
	Match     bool            `json:"match"`
	Alignment []names.Aligned `json:"alignment,omitempty"`
}

// maxPairLine caps one line of a --pairs file.
const maxPairLine = 1 << 20

// runMatch compares two names, or with --pairs FILE every line "a<TAB>b" of FILE ("-" for
// standard input), printing one JSON object per comparison in input order.
func runMatch(ctx context.Context, e *env, args []string) error {
	fs := e.flags("match")
	pairs := fs.String("pairs", "", "compare each line `a<TAB>b` of this TSV file (- for standard input)")
	explain := fs.Bool("explain", true, "include which parts aligned with which")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	if *pairs == "" {
		if len(pos) != 2 {
			return tizim.Errorf(tizim.EINVALID, "usage: tizim match NAME_A NAME_B, or tizim match --pairs FILE")
		}
		return enc.Encode(matchOf(pos[0], pos[1], *explain))
	}
	if len(pos) != 0 {
		return tizim.Errorf(tizim.EINVALID, "tizim match --pairs FILE takes no names")
	}
	in := e.stdin
	if *pairs != "-" {
		f, err := os.Open(*pairs)
		if err != nil {
			return tizim.Errorf(tizim.EINVALID, "cannot open the pairs file: %v", err)
		}
		defer f.Close()
		in = f
	}
	return matchPairs(ctx, in, *pairs, enc, *explain)
}

// matchPairs compares the pairs of a TSV stream line by line; it stops at the first malformed
// line with an error naming it, after printing the results of the lines before it.
func matchPairs(ctx context.Context, in io.Reader, name string, enc *json.Encoder, explain bool) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), maxPairLine)
	line := 0
	for sc.Scan() {
		line++
		if line%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		a, b, ok := strings.Cut(strings.TrimSuffix(sc.Text(), "\r"), "\t")
		if !ok || strings.Contains(b, "\t") {
			return tizim.Errorf(tizim.EINVALID, "%s line %d: want two names separated by one tab", name, line)
		}
		if err := enc.Encode(matchOf(a, b, explain)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return tizim.Errorf(tizim.EINVALID, "%s line %d: longer than %d bytes", name, line+1, maxPairLine)
		}
		return tizim.Errorf(tizim.EINVALID, "%s line %d: %v", name, line+1, err)
	}
	return nil
}

func matchOf(a, b string, explain bool) matchReport {
	r := names.Compare(a, b, nil)
	rep := matchReport{Score: math.Round(r.Score*10000) / 10000, Match: r.Match}
	if explain {
		rep.Alignment = r.Alignment
	}
	return rep
}
