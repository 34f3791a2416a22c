package search

import (
	"strings"

	"github.com/tizim/tizim"
)

// A family abroad knows a name and a home town, often a year of birth; a researcher looks for
// the men of one county. Among a million people most names have namesakes, so a name search
// narrowed by those facts finds the person where the name alone ranks him among dozens. The
// index keeps the facts a filter reads beside each record (a few bytes), and a filtered search
// skips the records without them as it skips those above the caller's clearance: before they
// are counted, compared or ranked, so that a filter narrows what the name search finds, not a
// page of it afterwards.

// Filter narrows a search to people with a record that has every fact given, as the people
// list's filters do: the record whose name matched must also be from the home, born in the
// years, of the sex. The zero Filter narrows nothing.
type Filter struct {
	Home     string    // a division code prefix: "65" is Xinjiang, "6531" Kashgar prefecture
	BornFrom int       // birth year range, inclusive; 0 leaves that end open
	BornTo   int       // a record without a birth year is outside any range
	Sex      tizim.Sex // "" for either
}

// IsZero reports whether f narrows nothing.
func (f Filter) IsZero() bool { return f == Filter{} }

// facts are what a filter reads of a record, kept per slot beside the entries.
type facts struct {
	home uint32 // position in Index.homes
	born uint16 // birth year, 0 when unknown
	sex  tizim.Sex
}

// factsOf returns the facts of r, interning its home code.
func (ix *Index) factsOf(r *tizim.Record) facts {
	h, ok := ix.home[r.HomeCode]
	if !ok {
		h = uint32(len(ix.homes))
		ix.homes = append(ix.homes, r.HomeCode)
		ix.home[r.HomeCode] = h
	}
	born := 0
	if y := r.BirthDate.Year; y > 0 && y < 1<<16 {
		born = y
	}
	return facts{home: h, born: uint16(born), sex: r.Sex}
}

// sieve is a Filter made ready for one search: the homes it admits found once, by prefix, so
// that each record costs a few comparisons.
type sieve struct {
	on       bool
	homes    []bool // by position in Index.homes; nil admits every home
	from, to uint16
	sex      tizim.Sex
}

// sieve prepares f. Called under the lock.
func (ix *Index) sieve(f Filter) sieve {
	if f.IsZero() {
		return sieve{}
	}
	sv := sieve{on: true, sex: f.Sex, from: clampYear(f.BornFrom, 0), to: clampYear(f.BornTo, 1<<16-1)}
	if f.Home != "" {
		sv.homes = make([]bool, len(ix.homes))
		for i, h := range ix.homes {
			sv.homes[i] = strings.HasPrefix(h, f.Home)
		}
	}
	if f.BornFrom != 0 || f.BornTo != 0 {
		sv.from = max(sv.from, 1) // a record without a year is outside any range
	}
	return sv
}

// clampYear returns y as a year the facts can hold, or open when y is 0.
func clampYear(y int, open uint16) uint16 {
	switch {
	case y == 0:
		return open
	case y < 0:
		return 0
	case y >= 1<<16:
		return 1<<16 - 1
	}
	return uint16(y)
}

// admits reports whether a record with facts ft passes the sieve.
func (sv *sieve) admits(ft facts) bool {
	return (sv.homes == nil || sv.homes[ft.home]) && ft.born >= sv.from && ft.born <= sv.to &&
		(sv.sex == "" || ft.sex == sv.sex)
}
