package resolve

import (
	"slices"
	"strings"

	"github.com/tizim/tizim"
)

// Blocking passes. Each pass puts records that share a key into one block; the records of a block
// are compared pair by pair. Several passes, each on different fields, keep one noisy field from
// hiding a match.
const (
	passID            = iota // the complete identity number
	passIDHalf               // either half of an identity number of another kind (a typo in the other)
	passIDPrefix             // the county and birth date an identity number carries
	passNamePair             // two parts of a name, in either order
	passNameYear             // a part of a name with the birth year
	passNameHome             // a part of a name with the home code or place
	passNameDay              // a part of a name with the birth month and day (a typo in the year)
	passBirthHome            // the birth date to the day with the home code or place
	passPrefixPair           // the first three letters of two parts of a name (typos further on)
	passHome                 // the home code alone (a postcode or a village is specific enough)
	passBirth                // the birth date to the day alone
	passSkeletonPair         // the consonant skeletons of two parts' keys (a reading differing in vowels)
	passSkeletonYear         // a part\'s consonant skeleton with the birth year
	passYearHomeTaken        // the birth year, the home and the month of the first arrest
	passNameHomeYear         // a part of a name with the home and the birth year
	nPasses
)

var passNames = [nPasses]string{"id", "id_half", "id_birth_county", "name_pair", "name_year",
	"name_home", "name_birthday", "birth_home", "prefix_pair", "home", "birth", "skeleton_pair", "skeleton_year", "year_home_taken", "name_home_year"}

// passFields are the fields whose agreement a pass forces on its pairs; training leaves them
// out of the pass's pairs, since there their agreement says nothing about a match.
var passFields = [nPasses][]int{
	passID:           {fID},
	passIDHalf:       {fID},
	passIDPrefix:     {fID, fBirth},
	passNamePair:     {fName},
	passNameYear:     {fName, fBirth},
	passNameHome:     {fName, fHome},
	passNameDay:      {fName, fBirth},
	passBirthHome:    {fBirth, fHome},
	passPrefixPair:   {fName},
	passHome:         {fHome},
	passBirth:        {fBirth},
	passSkeletonPair: {fName},
	passSkeletonYear: {fName, fBirth},
	// the birth date agrees to the year at least, the arrest to the month at least
	passYearHomeTaken: {fBirth, fHome, fDetained},
	passNameHomeYear:  {fName, fHome, fBirth},
}

// DefaultMaxBlock is the largest block compared pair by pair. A larger block (every "Memet" born
// in 1980) is sorted by birth date and home and again by the name's sounds, and each record is
// compared with its nearest neighbours in each order (appendWindowed, windows); a block more
// than windowedBlocks times larger is skipped and counted: the other passes, on more specific
// keys, still reach its pairs. At a million generator people 40 instead of 20 takes 7 % more
// candidate pairs, and with a stricter linkage (DefaultMinLinkage) gives more of both
// precision and recall (docs/PERFORMANCE.md, "Where recall is bounded (fourteenth session)").
const DefaultMaxBlock = 40

// blockWindow is how many neighbours a member of a block larger than maxBlock is compared with:
// a batch's (windows) and a resolver's (keyIndex.lookup) are made from it.
func blockWindow(maxBlock int) int { return max(minWindow, maxBlock/windowShare) }

const (
	windowShare    = 10
	minWindow      = 4
	windowedBlocks = 50
)

func mix(a, b uint64) uint64 {
	x := a ^ (b*0x9e3779b97f4a7c15 + 0x632be59bd9b4e019)
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// keyOf is the blocking key of a pass over the hashed values parts.
func keyOf(pass int, parts ...uint64) uint64 {
	k := uint64(pass + 1)
	for _, p := range parts {
		k = mix(k, p)
	}
	return k
}

// blockKeys calls emit with every blocking key of a record.
func blockKeys(e *entry, emit func(pass int, key uint64)) {
	put := func(pass int, parts ...uint64) { emit(pass, keyOf(pass, parts...)) }
	if e.idn.norm != "" && !strings.ContainsRune(e.idn.norm, '*') {
		put(passID, hashString(e.idn.norm))
		if !e.idn.prc && len(e.idn.norm) >= 6 {
			h := len(e.idn.norm) / 2
			put(passIDHalf, 1, hashString(e.idn.norm[:h]))
			put(passIDHalf, 2, hashString(e.idn.norm[h:]))
		}
	}
	if e.idn.prc && !strings.ContainsRune(e.idn.norm[:14], '*') {
		put(passIDPrefix, hashString(e.idn.norm[:14]))
	}
	year := blockYear(e)
	homes := homeKeys(e)
	// A division code covers a county of a hundred thousand people: too broad alone.
	if c := e.at.codes; len(c) > 0 && len(c[0]) >= 5 && !isDigits(c[0]) {
		put(passHome, homes[0])
	}
	eachNameKey(e, func(f *nameForm, i int, a uint64) {
		if year != 0 {
			put(passNameYear, a, uint64(year))
		}
		for _, h := range homes {
			put(passNameHome, a, h)
		}
		if e.birth.prec == 3 && !e.birth.approx {
			put(passNameDay, a, uint64(e.birth.m)<<8|uint64(e.birth.d))
		}
		for j := i + 1; j < len(f.parts); j++ {
			kj := f.keys(j)
			for _, b := range first(kj, 2) {
				put(passNamePair, min(a, b), max(a, b))
			}
		}
	})
	// Names that two scripts write with different consonants (克力木 and Kerim) share no name
	// key; people of one birth year and home taken in one month are few.
	if t := e.detained; year != 0 && t.prec >= tizim.MonthPrecision && !t.approx {
		for _, h := range homes {
			put(passYearHomeTaken, uint64(year), h, uint64(t.y)<<4|uint64(t.m))
		}
	}
	if e.birth.prec == 3 && !e.birth.approx {
		put(passBirth, uint64(e.birth.first))
		for _, h := range homes {
			put(passBirthHome, uint64(e.birth.first), h)
		}
	}
	for _, f := range e.forms {
		for i := range f.parts {
			sa := f.skeletons(i)
			for _, a := range sa {
				if year != 0 {
					put(passSkeletonYear, a, uint64(year))
				}
			}
			for j := i + 1; j < len(f.parts); j++ {
				sb := f.skeletons(j)
				for _, a := range sa {
					for _, b := range sb {
						put(passSkeletonPair, min(a, b), max(a, b))
					}
				}
			}
		}
		for i, a := range f.parts {
			for _, b := range f.parts[i+1:] {
				pa, pb := hashString(prefix(a, 3)), hashString(prefix(b, 3))
				put(passPrefixPair, min(pa, pb), max(pa, pb))
			}
		}
	}
}

// blockYear is the exact birth year a record is blocked on: the one it states, else the one
// its identity number gives; 0 for none.
func blockYear(e *entry) int {
	if y := e.birth.year(); y != 0 {
		return y
	}
	return e.idn.birth.year()
}

// homeKeys returns the hashed codes of a record's home and its place as written.
func homeKeys(e *entry) []uint64 {
	var homes []uint64
	for _, h := range e.at.codes {
		homes = append(homes, hashString(h))
	}
	if e.at.place != "" {
		homes = append(homes, hashString(e.at.place))
	}
	return homes
}

func first[T any](ks []T, n int) []T { return ks[:min(n, len(ks))] }

// eachNameKey calls fn once with each distinct reading key of the record's name parts (the
// first two keys of each part, over every form), with the form and the part's index in it.
func eachNameKey(e *entry, fn func(f *nameForm, i int, a uint64)) {
	var seen []uint64
	for fi := range e.forms {
		f := e.forms[fi]
		for i := range f.parts {
			ki := f.keys(i)
			for _, a := range first(ki, 2) {
				if slices.Contains(seen, a) {
					continue
				}
				seen = append(seen, a)
				fn(f, i, a)
			}
		}
	}
}

// skeleton is a phonetic key's first skeletonLen consonants, in coarse classes, repeats
// collapsed: readings of one part in two scripts often differ in vowels (mutalip, mtalp; kurban,
// krban), and Chinese characters write Uyghur sounds with neighbours of their own: l for r (努鲁拉
// for Nurulla: nlla, nurula), s for sh (迪力夏提 for Dilshat: dlsat, dilxat), ng for n (江 for jan),
// f for p (甫 in Abdulatip). So l and r are one class, s, sh, z, j and ch another, b, p and f, d
// and t, k, g and q, and n before g stands for both. At 200,000 generator people, the classes
// took the pairs of one person that share no blocking key from 27,347 to 20,763 (most of them a
// Chinese name against a Latin one), for 2 % more candidate pairs.
func skeleton(key string) string {
	var b [skeletonLen]byte
	n := 0
	for i := 0; i < len(key) && n < skeletonLen; i++ {
		c := key[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', 'v':
			continue
		case 'r':
			c = 'l'
		case 'x', 'z', 'j', 'c':
			c = 's'
		case 'p', 'f':
			c = 'b'
		case 'd':
			c = 't'
		case 'g', 'q':
			if i > 0 && key[i-1] == 'n' {
				continue
			}
			c = 'k'
		}
		if n > 0 && b[n-1] == c {
			continue
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

// skeletonLen is the consonants a skeleton keeps.
const skeletonLen = 4

// BlockStats says what blocking did.
type BlockStats struct {
	Pairs int `json:"pairs"` // distinct candidate pairs
	// Counted is the pairs the passes made, each pass's distinct pairs added up, before those
	// of several passes are merged and each record's strongest kept (limitPairs).
	Counted int `json:"counted"`
	// Skipped counts, per pass, the blocks too large to compare; SkippedRecords the records in them.
	Skipped        map[string]int `json:"skipped,omitempty"`
	SkippedRecords map[string]int `json:"skipped_records,omitempty"`
	// Windowed counts, per pass, the large blocks compared by sorted neighbourhood.
	Windowed map[string]int `json:"windowed,omitempty"`
}

// prefix returns the first n runes of s.
func prefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
