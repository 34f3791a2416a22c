package divisions

import "testing"

// BenchmarkLoad measures parsing the embedded table and building the name index, paid once per
// process at the first lookup.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		t, err := parse(areacodes)
		if err != nil {
			b.Fatal(err)
		}
		t.index()
	}
}

// BenchmarkLookupAt measures reading one address code in a given year.
func BenchmarkLookupAt(b *testing.B) {
	b.ReportAllocs()
	load()
	for b.Loop() {
		LookupAt("652101", 1990)
	}
}

// BenchmarkFind measures finding a place by a name as lists write it.
func BenchmarkFind(b *testing.B) {
	queries := []string{"Kashgar", "莎车县", "Hotan Prefecture", "wulumuqi", "Ghulja"}
	b.ReportAllocs()
	load()
	i := 0
	for b.Loop() {
		Find(queries[i%len(queries)])
		i++
	}
}
