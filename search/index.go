package search

import (
	"strings"
	"sync"
	"time"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/names"
)

// levels is the number of consent levels; a record's rank is its level's position.
var levels = len(tizim.ConsentLevels)

// nameSep separates the names of one record in entry.names: a control character that
// names.Normalize removes, so it never occurs in a name that is compared.
const nameSep = "\x1f"

// entry is one record in the record table. Posting lists refer to entries by their position
// (a slot); an entry replaced by a newer version of its record is marked dead and left in
// place, so slots only grow and posting lists stay sorted.
type entry struct {
	id       int64 // the store's record id, 0 when the record has none
	person   int64
	recordID string
	names    string // the forms to compare, separated by nameSep
	source   uint32 // position in Index.sources
	rank     uint8  // consent rank
}

// keyInfo is what the index holds for one phonetic key: the postings of the records that have
// it (posting.go), and how many live records of each consent rank have it.
type keyInfo struct {
	post []uint32
	df   [5]uint32
}

// Index is an in-memory name index over records. It is safe for concurrent use: searches run
// in parallel, and Add, Load and Sync take turns with them.
type Index struct {
	mu      sync.RWMutex
	entries []entry
	// gone has bit s set when the entry at slot s is dead: a bitmap, so that the searches
	// that must test it (after records were replaced) read 300 KB in slot order at 2.5 M
	// records rather than the entries at random.
	gone    []uint64
	byID    map[int64]uint32
	byKey   map[tizim.RecordKey]uint32 // records without a store id
	sources []string
	source  map[string]uint32
	// facts[s] is what a filter reads of the record at slot s (filter.go), its home code
	// interned in homes.
	facts []facts
	homes []string
	home  map[string]uint32
	keyID map[string]uint32
	keys  []keyInfo
	// near files each skeleton key's id under the skeleton and its one-letter deletions.
	near map[string][]uint32
	// freq[l] counts the name parts of the records of rank l or lower: the frequencies a
	// caller cleared for level l may be weighed by. Counts only grow: the names of a replaced
	// version stay counted, a small drift that a rebuild (New and Load) removes.
	freq     []*names.Frequencies
	live     [5]int // live records by rank
	dead     int
	dropped  int // records not indexed: more than maxSlots versions
	prepared preparedCache
	// watermark is the latest Updated that Load and Sync have read.
	watermark time.Time
	// stamp is the source's stamp when Sync last read it, at stamped (Stamper).
	stamp   string
	stamped time.Time
	// Overlap is how far before the last read Sync reads again (DefaultOverlap); set it
	// before the index is shared.
	Overlap  time.Duration
	pageSize int
}

// New returns an empty index.
func New() *Index {
	ix := &Index{
		byID:     map[int64]uint32{},
		byKey:    map[tizim.RecordKey]uint32{},
		source:   map[string]uint32{},
		home:     map[string]uint32{},
		keyID:    map[string]uint32{},
		near:     map[string][]uint32{},
		Overlap:  DefaultOverlap,
		pageSize: PageSize,
	}
	for range levels {
		ix.freq = append(ix.freq, &names.Frequencies{})
	}
	return ix
}

// Len returns the number of records in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID) + len(ix.byKey)
}

// Add indexes a record, replacing an earlier version of the record with the same id (or, for
// a record without a store id, the same source and record_id). A nil record is ignored.
func (ix *Index) Add(r *tizim.Record) {
	if r == nil {
		return
	}
	forms := compareForms(r)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.add(r, forms, keysOf(forms))
}

// add indexes r, whose names to compare are forms with their keys, under the write lock.
func (ix *Index) add(r *tizim.Record, forms []string, keys [][][]string) {
	rank := uint8(r.Consent.Rank())
	joined := strings.Join(forms, nameSep)
	old, had := ix.lookup(r)
	if had {
		e := &ix.entries[old]
		if e.names == joined && e.rank == rank {
			e.person = r.PersonID // a merge or split moved the record; its keys are the same
			ix.facts[old] = ix.factsOf(r)
			return
		}
		ix.kill(old)
	}
	if len(ix.entries) >= maxSlots {
		ix.dropped++ // Load and Sync report it
		return
	}
	s := uint32(len(ix.entries))
	e := entry{id: r.ID, person: r.PersonID, recordID: r.RecordID, names: joined,
		source: ix.sourceOf(r.Source), rank: rank}
	if e.person == 0 {
		e.person = r.ID
	}
	ix.entries = append(ix.entries, e)
	ix.facts = append(ix.facts, ix.factsOf(r))
	if int(s)/64 >= len(ix.gone) {
		ix.gone = append(ix.gone, 0)
	}
	p := posting(s, rank, shortest(keys))
	if r.ID != 0 {
		ix.byID[r.ID] = s
	} else {
		ix.byKey[r.Key()] = s
	}
	ix.live[rank]++
	for _, k := range indexKeys(keys) {
		id, ok := ix.keyID[k]
		if !ok {
			id = uint32(len(ix.keys))
			ix.keyID[k] = id
			ix.keys = append(ix.keys, keyInfo{})
			if strings.HasPrefix(k, skeletonMark) {
				ix.addNeighbours(k, id)
			}
		}
		ki := &ix.keys[id]
		ki.post = append(ki.post, p)
		ki.df[rank]++
	}
	for _, nk := range keys {
		ix.count(nk, int(rank))
	}
}

// lookup finds the slot of an earlier version of r.
func (ix *Index) lookup(r *tizim.Record) (uint32, bool) {
	if r.ID != 0 {
		s, ok := ix.byID[r.ID]
		return s, ok
	}
	s, ok := ix.byKey[r.Key()]
	return s, ok
}

// kill marks the entry at slot s dead and takes its keys out of the counts. Its slot stays
// in the posting lists, where searches skip it.
func (ix *Index) kill(s uint32) {
	e := &ix.entries[s]
	for _, k := range indexKeys(keysOf(strings.Split(e.names, nameSep))) {
		if id, ok := ix.keyID[k]; ok && ix.keys[id].df[e.rank] > 0 {
			ix.keys[id].df[e.rank]--
		}
	}
	ix.gone[s/64] |= 1 << (s % 64)
	ix.live[e.rank]--
	ix.dead++
}

// sourceOf interns a source key.
func (ix *Index) sourceOf(src string) uint32 {
	if i, ok := ix.source[src]; ok {
		return i
	}
	i := uint32(len(ix.sources))
	ix.sources = append(ix.sources, src)
	ix.source[src] = i
	return i
}

// recordKey returns the key of the record at slot s.
func (ix *Index) recordKey(s uint32) tizim.RecordKey {
	e := &ix.entries[s]
	return tizim.RecordKey{Source: ix.sources[e.source], RecordID: e.recordID}
}

// shortest returns the number of parts of the shortest name (a posting keeps up to 15).
func shortest(keys [][][]string) uint8 {
	n := 0
	for _, k := range keys {
		if len(k) > 0 && (n == 0 || len(k) < n) {
			n = len(k)
		}
	}
	return uint8(min(n, 255))
}
