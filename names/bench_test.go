package names

import (
	"runtime"
	"testing"
)

// benchPairs are typical pairs: same script, press spelling, cross script.
var benchPairs = [][2]string{
	{"Ilham Tohti", "Ilham Toxti"},
	{"Memet Tursun", "Mehmet Tursunov"},
	{"伊力哈木·土赫提", "Ilham Tohti"},
	{"ئىلھام توختى", "Илһам Тохти"},
	{"Abdurehman Qurban", "Abdurehim Qurban"},
	{"Olaf Scholz", "Olaf Scholze"},
}

func BenchmarkCompare(b *testing.B) {
	defer withoutSimCache()()
	defer withoutPartCache()()
	b.ReportAllocs()
	defer cpuTimer(b)()
	for i := 0; b.Loop(); i++ {
		p := benchPairs[i%len(benchPairs)]
		Compare(p[0], p[1], nil)
	}
}

func BenchmarkCompareLatin(b *testing.B) {
	defer withoutSimCache()()
	defer withoutPartCache()()
	b.ReportAllocs()
	defer cpuTimer(b)()
	for b.Loop() {
		Compare("Memet Tursun", "Mehmet Tursunov", nil)
	}
}

// BenchmarkScore is the hot path of entity resolution: names prepared once, scored many times.
func BenchmarkScore(b *testing.B) {
	var prepared [][2]Name
	for _, p := range benchPairs {
		prepared = append(prepared, [2]Name{Prepare(p[0]), Prepare(p[1])})
	}
	defer withoutSimCache()()
	b.ReportAllocs()
	defer cpuTimer(b)()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p := prepared[i%len(prepared)]
		Score(p[0], p[1], nil)
	}
}

func BenchmarkKeys(b *testing.B) {
	names := []string{"Ilham Tohti", "Memet Tursunov", "伊力哈木·土赫提", "ئىلھام توختى", "MAIMAITI TUERXUN"}
	defer withoutPartCache()()
	b.ReportAllocs()
	defer cpuTimer(b)()
	for i := 0; b.Loop(); i++ {
		Keys(names[i%len(names)])
	}
}

func BenchmarkKeysLatin(b *testing.B) {
	defer withoutPartCache()()
	b.ReportAllocs()
	defer cpuTimer(b)()
	for b.Loop() {
		Keys("Memet Tursunov")
	}
}

// BenchmarkScoreDifferent scores prepared names of different people, the common case in
// entity resolution, where left-over parts make the matcher also try adjacent parts as one.
func BenchmarkScoreDifferent(b *testing.B) {
	x, y := Prepare("Ilham Tohti"), Prepare("Memet Tursunov")
	defer withoutSimCache()()
	b.ReportAllocs()
	defer cpuTimer(b)()
	for b.Loop() {
		Score(x, y, nil)
	}
}

// BenchmarkPrepare is the cost of preparing one name for comparison.
func BenchmarkPrepare(b *testing.B) {
	defer withoutPartCache()()
	b.ReportAllocs()
	defer cpuTimer(b)()
	for b.Loop() {
		Prepare("Mehmet Tursunov")
	}
}

// prepareMix is the mix of writings a search query meets: Chinese characters with the middle
// dot, Uyghur Arabic script, Cyrillic, pinyin capitals and Latin press spellings.
var prepareMix = []string{
	"伊力哈木·土赫提", "ئىلھام توختى", "Илһам Тохти", "YILIHAMU TUHETI", "Ilham Tohti",
	"古丽罕·阿布都尕帕尔", "ئابلىز مۇراتجان", "Абдуллаев Әһмәт", "MAIMAITI TUERXUN", "Abdurehim Qurban",
}

// BenchmarkPrepareMix is the cost of preparing one name of prepareMix.
func BenchmarkPrepareMix(b *testing.B) {
	defer withoutPartCache()()
	b.ReportAllocs()
	defer cpuTimer(b)()
	for i := 0; b.Loop(); i++ {
		Prepare(prepareMix[i%len(prepareMix)])
	}
}

// BenchmarkScoreMix scores every pair of prepareMix, prepared once: the cost per pair.
func BenchmarkScoreMix(b *testing.B) {
	prepared := make([]Name, len(prepareMix))
	for i, s := range prepareMix {
		prepared[i] = Prepare(s)
	}
	defer withoutSimCache()()
	b.ReportAllocs()
	defer cpuTimer(b)()
	for i := 0; b.Loop(); i++ {
		Score(prepared[i%len(prepared)], prepared[(i/len(prepared))%len(prepared)], nil)
	}
}

// withoutSimCache turns the cache of unit similarities off until the returned function is
// called, so that a benchmark that compares a few pairs over and over measures the comparison,
// not the cache.
func withoutSimCache() func() {
	simCacheOff = true
	return func() { simCacheOff = false }
}

// withoutPartCache turns the cache of part readings off until the returned function is called,
// so that a benchmark that reads a few names over and over measures reading them, not the
// cache.
func withoutPartCache() func() {
	partCacheOff = true
	return func() { partCacheOff = false }
}

// CPUTimer is cpuTimer for the benchmarks of package names_test.
var CPUTimer = cpuTimer

// WithoutSimCache is withoutSimCache for the benchmarks of package names_test.
var WithoutSimCache = withoutSimCache

// SetSimCache turns the cache of unit similarities on or off and empties it.
func SetSimCache(on bool) {
	simCacheOff = !on
	for i := range simCache {
		simCache[i].entries.Store(nil)
	}
}

// BenchmarkPreparedKept reports what a prepared name of prepareMix holds on the heap once
// kept (kept-B/name): resolution keeps a million prepared names while it compares.
func BenchmarkPreparedKept(b *testing.B) {
	defer withoutPartCache()()
	keep := make([]Name, 10000)
	var before, after runtime.MemStats
	for b.Loop() {
		clear(keep)
		runtime.GC()
		runtime.ReadMemStats(&before)
		for i := range keep {
			keep[i] = Prepare(prepareMix[i%len(prepareMix)])
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
	}
	runtime.KeepAlive(keep)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(len(keep)), "kept-B/name")
}
