package names

// CPUTimer is cpuTimer for the benchmarks of package names_test.
var CPUTimer = cpuTimer

// WithoutSimCache is withoutSimCache for the benchmarks of package names_test.
var WithoutSimCache = withoutSimCache
