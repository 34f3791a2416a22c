package resolve

// touchAhead is how many pairs limitPairs, thresholds and scoring read the far records of
// (nearness, heaps, entries) before they work on them. The far record of a pair is anywhere
// among millions, so each read misses the cache; a loop that only reads lets the processor
// wait for many misses at once, where the work between them had it wait for one or two
// (BenchmarkLimitPairs; docs/PERFORMANCE.md, "Waiting for memory (twentieth session)").
const touchAhead = 32

// keepRead takes what a loop that only reads ahead found, so that the compiler, which drops
// loads whose values go nowhere, keeps the reads. It does nothing.
//
//go:noinline
func keepRead(uint64) {}
