package names

// CPUTimer is cpuTimer for the benchmarks of package names_test.
var CPUTimer = cpuTimer

// WithoutSimCache is withoutSimCache for the benchmarks of package names_test.
var WithoutSimCache = withoutSimCache

// SetSimCache turns the cache of unit similarities on or off and empties it.
func SetSimCache(on bool) {
	simCacheOff = !on
	for i := range simCache {
		simCache[i].entries = nil
	}
}
