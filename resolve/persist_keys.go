package resolve

import (
	"strings"

	"github.com/tizim/tizim"
)

// Candidate keys are the database's blocking keys: a record's candidates for incremental
// resolution are the records that share one with it (store.FindCandidates). Unlike the
// in-memory blocking keys they must mean the same in every process, so they are built from the
// phonetic keys as text with a fixed hash (64-bit FNV-1a), and they are fewer and coarser: the
// in-memory Resolver, built over the candidates, then applies the full blocking passes.
const (
	ckID           = iota + 1 // the complete identity number
	ckIDPrefix                // the county and birth date a PRC identity number carries
	ckNamePair                // the first keys of two parts of a name, in either order
	ckNameYear                // the first key of a name part with the birth year
	ckSkeletonPair            // the skeletons of two parts' first keys (a reading and its Latin spelling)
)

// Limits is how many records a candidate key gives, as the in-memory Resolver's blocks do: all
// of a block of up to DefaultMaxBlock records; of a larger one, the 2·DefaultMaxBlock/10 born
// nearest the new one (half before, half after); none of a block more than windowedBlocks
// times larger ("Memet" born in 1980 among a million people), whose matches the record's more
// specific keys reach.
var Limits = tizim.CandidateLimits{Block: DefaultMaxBlock, Window: max(1, DefaultMaxBlock/windowShare), Max: DefaultMaxBlock * windowedBlocks}

// bornOf is the birth day a record's candidate keys are stored with.
func bornOf(e *entry) int32 {
	if e.birth.known() {
		return e.birth.first
	}
	return tizim.UnknownBirth
}

// fnv64 hashes s with 64-bit FNV-1a (offset basis and prime from the FNV specification,
// draft-eastlake-fnv), tagged by the kind of key.
func fnv64(tag uint64, s string) uint64 {
	h := uint64(14695981039346656037) ^ tag
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// CandidateKeys returns a record's candidate keys, each once, and its birth day.
func CandidateKeys(rec *tizim.Record) tizim.CandidateKeys {
	if rec == nil {
		return tizim.CandidateKeys{Born: tizim.UnknownBirth}
	}
	e := prepare(rec)
	return tizim.CandidateKeys{Keys: candidateKeys(e, stableNames(e)), Born: bornOf(e)}
}

func candidateKeys(e *entry, ns []stableName) []uint64 { return appendCandidateKeys(nil, e, ns) }

// appendCandidateKeys appends a record's candidate keys, each once, to out.
func appendCandidateKeys(out []uint64, e *entry, ns []stableName) []uint64 {
	start := len(out)
	put := func(k uint64) {
		for _, o := range out[start:] {
			if o == k {
				return
			}
		}
		out = append(out, k)
	}
	if n := e.idn.norm; n != "" && !strings.ContainsRune(n, '*') {
		put(fnv64(ckID, n))
	}
	if e.idn.prc && len(e.idn.norm) >= 14 && !strings.ContainsRune(e.idn.norm[:14], '*') {
		put(fnv64(ckIDPrefix, e.idn.norm[:14]))
	}
	year := e.birth.year()
	if year == 0 {
		year = e.idn.birth.year()
	}
	for _, n := range ns {
		for i, ki := range n {
			if len(ki) == 0 {
				continue
			}
			a := ki[0]
			if year != 0 {
				put(mix(fnv64(ckNameYear, a), uint64(year)))
			}
			for _, kj := range n[i+1:] {
				if len(kj) == 0 {
					continue
				}
				b := kj[0]
				put(mix(fnv64(ckNamePair, min(a, b)), fnv64(ckNamePair, max(a, b))))
				if sa, sb := skeleton(a), skeleton(b); len(sa) >= 2 && len(sb) >= 2 {
					put(mix(fnv64(ckSkeletonPair, min(sa, sb)), fnv64(ckSkeletonPair, max(sa, sb))))
				}
			}
		}
	}
	return out
}

// fingerprintNames are records whose candidate keys make keysFingerprint: one name in each
// script the names package reads, with a birth year and an identity number, and one born in a
// year an age in its notes gives (tizim.BirthFromAge). Synthetic.
var fingerprintNames = []*tizim.Record{
	{Names: []tizim.Name{{Text: "Ilham Tohti"}}, BirthDate: tizim.PartialDate{Year: 1969}, IDNumber: "65310119690101001X"},
	{Names: []tizim.Name{{Text: "ئىلھام توختى"}}, BirthDate: tizim.PartialDate{Year: 1969}},
	{Names: []tizim.Name{{Text: "伊力哈木·土赫提"}}, BirthDate: tizim.PartialDate{Year: 1969}},
	{Names: []tizim.Name{{Text: "Ильхам Тохти"}}, BirthDate: tizim.PartialDate{Year: 1969}},
	{Names: []tizim.Name{{Text: "Mämät Tursun Abdurehim"}}, BirthDate: tizim.PartialDate{Year: 1980, Month: 5, Day: 1}},
	// names run together without the middle dot, which the names package cuts into parts
	{Names: []tizim.Name{{Text: "卡尤木尼亚孜买买提"}}, BirthDate: tizim.PartialDate{Year: 1989}},
	{Names: []tizim.Name{{Text: "古丽娜尔加拉里丁"}}, BirthDate: tizim.PartialDate{Year: 1990}},
	{Names: []tizim.Name{{Text: "Dilshat Seypullah"}}, Notes: "aged 42 in 2019"},
}

// keysFingerprint hashes the candidate keys of fingerprintNames. It changes when anything that
// makes candidate keys changes (this file, the names package's phonetic keys), and a snapshot
// stored with another fingerprint is not used: the keys in the database would not meet the keys
// of new records, so everything is resolved again and the keys rewritten.
func keysFingerprint() uint64 {
	h := uint64(14695981039346656037)
	for _, r := range fingerprintNames {
		ks := CandidateKeys(r)
		for _, k := range ks.Keys {
			h = mix(h, k)
		}
		h = mix(h, uint64(ks.Born))
	}
	return h
}
