package search

import "slices"

// The rough score sums the rarity weights of the units a candidate matched, so a person who
// shares every part of the query only by a skeleton or a one-letter neighbour (Abdukerim
// written 阿卜杜克力木, Tursun as Tursan) scores below the thousands who share one common
// part exactly, and never reaches the comparison. A second stream of candidates is kept
// beside the first: the best by the rough score of those that cover every part of the query,
// by any key. The first comparison takes up to coverFirst of its rerank candidates from that
// stream (so a query compares no more records than before), and the deeper one compares up
// to coverDeep of them beside its own.

// Candidates compared from the stream of those that cover every part. On the generator's
// 200,000 people with a long tail of names, 16 of the first 48 raised recall@10 from 0.818 to
// 0.830, 24 to 0.833, 32 to 0.835 at the same CPU per query; 128 in the deeper comparison
// found no more than 64 (docs/PERFORMANCE.md, "Search").
const (
	coverFirst = 32
	coverDeep  = 64
)

// wholeMask returns the coverage of a candidate that covers every part of a query of nparts
// parts, or 0 for a query of one part (every candidate covers it).
func wholeMask(nparts int) uint16 {
	n := min(nparts, maxQueryParts)
	if n < 2 {
		return 0
	}
	return 1<<n - 1
}

// besides returns the compared candidates cs followed by up to extra of whole (best first)
// that are not among them.
func besides(cs, whole candidates, extra int) candidates {
	if len(whole) == 0 || extra == 0 {
		return cs
	}
	in := make([]uint32, len(cs))
	for i, c := range cs {
		in[i] = c.slot
	}
	slices.Sort(in)
	out := cs[:len(cs):len(cs)]
	for _, c := range whole {
		if extra == 0 {
			break
		}
		if _, ok := slices.BinarySearch(in, c.slot); !ok {
			out = append(out, c)
			extra--
		}
	}
	return out
}
