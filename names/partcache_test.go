package names

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// goldenNames returns every name of the golden files' pairs, once each.
func goldenNames(t testing.TB) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range goldenRows(t) {
		for _, n := range r {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// TestKeysCacheSameKeys reads the keys of the golden files' names with the cache of part readings
// off, then on from empty and again with every part in it, from several goroutines at once:
// the keys must be the same each time, and a caller that changes what Keys returned must not
// change what the next caller gets.
func TestKeysCacheSameKeys(t *testing.T) {
	ns := goldenNames(t)
	if len(ns) < 1000 {
		t.Fatalf("%d names, want at least 1000", len(ns))
	}
	want := make([][][]string, len(ns))
	partCacheOff = true
	for i, n := range ns {
		want[i] = Keys(n)
	}
	partCacheOff = false
	for i := range partCache {
		partCache[i].parts = nil
	}
	for round := range 2 {
		var wg sync.WaitGroup
		var mu sync.Mutex
		bad := 0
		for w := range 4 {
			wg.Go(func() {
				for i := w; i < len(ns); i += 4 {
					got := Keys(ns[i])
					same := len(got) == len(want[i])
					for k := 0; same && k < len(got); k++ {
						same = slices.Equal(got[k], want[i][k])
					}
					if !same {
						mu.Lock()
						bad++
						if bad <= 5 {
							t.Errorf("round %d: Keys(%q) = %q with the cache, %q without", round, ns[i], got, want[i])
						}
						mu.Unlock()
					}
					for _, ks := range got {
						for k := range ks {
							ks[k] = "changed by the caller"
						}
					}
				}
			})
		}
		wg.Wait()
	}
}

// replayNames returns every distinct name of the file of tab-separated name pairs named by
// TIZIM_NAME_PAIRS (see BenchmarkCompareReplay), or skips the benchmark without one.
func replayNames(b *testing.B) []string {
	path := os.Getenv("TIZIM_NAME_PAIRS")
	if path == "" {
		b.Skip("TIZIM_NAME_PAIRS names no file of name pairs")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	seen := map[string]bool{}
	var ns []string
	for _, line := range strings.Split(string(data), "\n") {
		for _, n := range strings.Split(line, "\t") {
			if n != "" && !seen[n] {
				seen[n] = true
				ns = append(ns, n)
			}
		}
	}
	for i := range partCache {
		partCache[i].parts = nil
	}
	return ns
}

// BenchmarkKeysReplay reads the keys of every distinct name of replayNames, each once, as
// entity resolution does for each distinct writing of a name, the cache of part readings from
// empty: run with -benchtime set to the number of distinct names (195803x for the pairs of
// resolve's TestSynth at 100,000 people).
func BenchmarkKeysReplay(b *testing.B) {
	ns := replayNames(b)
	b.ReportAllocs()
	defer cpuTimer(b)()
	for i := 0; b.Loop(); i++ {
		Keys(ns[i%len(ns)])
	}
}

// BenchmarkPrepareReplay is BenchmarkKeysReplay for Prepare.
func BenchmarkPrepareReplay(b *testing.B) {
	ns := replayNames(b)
	b.ReportAllocs()
	defer cpuTimer(b)()
	for i := 0; b.Loop(); i++ {
		Prepare(ns[i%len(ns)])
	}
}

// TestPrepareCacheSameNames prepares the golden files' names with the cache of part readings
// off, then on from empty and again with every part in it: the prepared names must be the
// same in every field, and preparing must not change what the cache holds.
func TestPrepareCacheSameNames(t *testing.T) {
	ns := goldenNames(t)
	want := make([]Name, len(ns))
	partCacheOff = true
	for i, n := range ns {
		want[i] = Prepare(n)
	}
	partCacheOff = false
	for i := range partCache {
		partCache[i].parts = nil
	}
	for round := range 2 {
		bad := 0
		for i, n := range ns {
			if got := Prepare(n); !reflect.DeepEqual(got, want[i]) {
				bad++
				if bad <= 5 {
					t.Errorf("round %d: Prepare(%q) = %+v with the cache, %+v without", round, n, got, want[i])
				}
			}
		}
	}
	for i := range partCache {
		for p, r := range partCache[i].parts {
			if !reflect.DeepEqual(r, newPartReading(p)) {
				t.Errorf("the cache's reading of %q changed: %+v", p, r)
			}
		}
	}
}

// TestPartCacheSkipsLongParts reads parts too long to remember: the cache must not keep them,
// and they must read as they would without it.
func TestPartCacheSkipsLongParts(t *testing.T) {
	for i := range partCache {
		partCache[i].parts = nil
	}
	long := strings.Repeat("Abdurehim", 20)
	for _, name := range []string{long, long + " " + strings.Repeat("买买提", 30)} {
		partCacheOff = true
		want := Keys(name)
		partCacheOff = false
		if got := Keys(name); !reflect.DeepEqual(got, want) {
			t.Errorf("Keys(%.20q…) = %q with the cache, %q without", name, got, want)
		}
	}
	for i := range partCache {
		for p := range partCache[i].parts {
			if len(p) > maxCachedPart {
				t.Errorf("the cache holds a part of %d bytes", len(p))
			}
		}
	}
}
