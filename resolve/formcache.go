package resolve

import (
	"strconv"
	"strings"
	"sync"

	"github.com/tizim/tizim/internal/slab"
)

// formCache holds what preparing a batch has already read, by text: name forms split and keyed,
// and short values (places, home codes, ethnicities, facilities). A corpus writes the same names
// and places many times over; entries share what the cache gives them, which nothing changes
// once made, so a million records hold each distinct name and place once. The workers that
// prepare a batch share one cache (it is safe for concurrent use), so a name is split once
// however many workers meet it. A nil cache remembers nothing.
type formCache struct {
	shards [cacheShards]cacheShard
	// later leaves the forms of other scripts unprepared, for the batch to prepare after
	// blocking (see newBatch).
	later bool
}

// cacheShards spreads the cache over locks, so that workers seldom wait for each other.
const cacheShards = 64

type cacheShard struct {
	sync.Mutex
	forms map[string]*nameForm // nil for a text without name parts
	strs  map[string]string
	lists map[string][]string // lists of codes by listKey
	homes map[string]*home    // by listKey of the place and the codes
	// keys holds the phonetic keys of the forms split, as text by their hash, so that a full
	// resolution writes its term frequencies without reading the names again (see snapshot).
	keys   map[uint64]string
	others []*nameForm // the forms of other scripts split, unprepared when the cache is later
	slabs  formSlab    // what the shard keeps of the forms it split
}

func newFormCache() *formCache {
	c := &formCache{}
	for i := range c.shards {
		c.shards[i] = cacheShard{forms: map[string]*nameForm{}, strs: map[string]string{}, lists: map[string][]string{},
			homes: map[string]*home{}, keys: map[uint64]string{}}
	}
	return c
}

func (c *formCache) shard(s string) *cacheShard { return &c.shards[hashString(s)%cacheShards] }

// split is splitName through the cache. Two workers may split one text at once; the first to
// finish is kept.
func (c *formCache) split(text string) (*nameForm, bool) {
	if c == nil {
		return splitName(text)
	}
	sh := c.shard(text)
	sh.Lock()
	f, ok := sh.forms[text]
	sh.Unlock()
	if ok {
		return f, f != nil
	}
	f, keys, _ := splitNameKeys(text, !c.later)
	sh.Lock()
	defer sh.Unlock()
	if held, ok := sh.forms[text]; ok {
		return held, held != nil
	}
	if f != nil {
		f = sh.slabs.copyOf(f)
		text = f.text
	}
	sh.forms[text] = f
	if f != nil && f.other && c.later {
		sh.others = append(sh.others, f)
	}
	for i, ks := range keys {
		if f != nil && i < len(f.parts) {
			for j, k := range first(ks, maxPartKeys) {
				if h := f.keys(i)[j]; sh.keys[h] == "" {
					sh.keys[h] = sh.slabs.texts.Keep(k)
				}
			}
		}
	}
	return f, f != nil
}

// unprepared returns the forms of other scripts that a later cache split and left unprepared.
func (c *formCache) unprepared() []*nameForm {
	var out []*nameForm
	for i := range c.shards {
		out = append(out, c.shards[i].others...)
	}
	return out
}

// forms returns every form the cache split, each once.
func (c *formCache) forms() []*nameForm {
	var out []*nameForm
	for i := range c.shards {
		for _, f := range c.shards[i].forms {
			if f != nil {
				out = append(out, f)
			}
		}
	}
	return out
}

// keyTexts returns the phonetic keys of every form the cache split, as text by their hash.
func (c *formCache) keyTexts() map[uint64]string {
	n := 0
	for i := range c.shards {
		n += len(c.shards[i].keys)
	}
	out := make(map[uint64]string, n)
	for i := range c.shards {
		for h, k := range c.shards[i].keys {
			out[h] = k
		}
	}
	return out
}

// intern returns s, or an equal string the cache already holds.
func (c *formCache) intern(s string) string {
	if c == nil || s == "" {
		return s
	}
	sh := c.shard(s)
	return keep(sh, sh.strs, s, s)
}

// home returns the home of codes and place, one the cache already holds if it does; nowhere
// for none.
func (c *formCache) home(codes []string, place string) *home {
	if len(codes) == 0 && place == "" {
		return &nowhere
	}
	if c == nil {
		return &home{codes: codes, place: place}
	}
	k := listKey(append([]string{place}, codes...))
	sh := c.shard(k)
	return keep(sh, sh.homes, k, &home{codes: codes, place: place})
}

// internAll returns ss, or an equal list the cache already holds; callers must not change it.
func (c *formCache) internAll(ss []string) []string {
	if c == nil || len(ss) == 0 {
		return ss
	}
	k := listKey(ss)
	sh := c.shard(k)
	return keep(sh, sh.lists, k, ss)
}

// listKey is a key of the list ss that no other list has, whatever its texts hold: each text
// after its length.
func listKey(ss []string) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(strconv.Itoa(len(s)))
		b.WriteByte(':')
		b.WriteString(s)
	}
	return b.String()
}

// keep returns what m, one of shard sh's maps, holds under k, first storing v there when it
// holds nothing.
func keep[V any](sh *cacheShard, m map[string]V, k string, v V) V {
	sh.Lock()
	defer sh.Unlock()
	if held, ok := m[k]; ok {
		return held
	}
	m[k] = v
	return v
}

// formSlab holds the forms a cache shard keeps, and what they hold (their parts, keys and
// texts), in slabs (internal/slab) instead of an allocation each. Split one by one among the
// records' own strings and the garbage of splitting, which die once a run of records is
// prepared, the kept forms left most pages of the heap's small objects partly used: at a million
// people 550 MB of the heap held nothing, all through blocking and scoring, counted against the
// memory limit, and the collector had the scattered objects to mark again at every cycle. With
// these slabs and the entries' (entrySlab) 280 MB is left so; the process peaks 200 MB lower and
// the collector does half the work (docs/PERFORMANCE.md, "What a batch keeps, in slabs
// (sixteenth session)").
type formSlab struct {
	forms []nameForm
	parts []string
	vals  []uint64
	texts slab.Texts
}

// copyOf returns a copy of f, and of its parts, keys and texts, cut from the slabs.
func (s *formSlab) copyOf(f *nameForm) *nameForm {
	g := slab.One(&s.forms, *f)
	g.text = s.texts.Keep(f.text)
	g.parts = slab.Cut(&s.parts, f.parts)
	for i, p := range g.parts {
		g.parts[i] = s.texts.Keep(p)
	}
	g.vals = slab.Cut(&s.vals, f.vals)
	return g
}
