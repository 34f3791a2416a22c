package resolve

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// DefaultMemoryBudget is the heap a full resolution (Dedup, DedupAll, DedupAllFrom) may hold
// above what the process held before it. Without a limit Go's collector lets the heap grow to
// twice what is live, and a resolution makes tens of gigabytes of garbage on the way. `tizim
// dedup` sets it before it reads the records, which DedupAllFrom prepares as they come: at a
// million people (2.5 million records) the process peaks at 3.5–3.6 GiB of RSS
// (docs/PERFORMANCE.md, "Memory at a million people (tenth session)" and "What a batch keeps,
// in slabs (sixteenth session)").
const DefaultMemoryBudget = 3<<30 + 512<<20

// LimitMemory sets a soft memory limit (runtime/debug.SetMemoryLimit) of what the process holds
// now plus budget bytes, and returns the function that puts back the limit it found. The
// collector then runs more often when the heap nears the limit, instead of letting garbage
// double it. A GOMEMLIMIT in the environment is the user's choice and is kept. It collects
// garbage once first, so that the limit starts from what is live.
func LimitMemory(budget int64) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" || budget <= 0 {
		return func() {}
	}
	runtime.GC()
	// What the process holds: all its memory but the heap's free spans, returned or not.
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/free:bytes"}}
	metrics.Read(s)
	held := int64(s[0].Value.Uint64() - s[1].Value.Uint64() - s[2].Value.Uint64())
	old := debug.SetMemoryLimit(held + budget)
	return func() { debug.SetMemoryLimit(old) }
}
