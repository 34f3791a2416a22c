package divisions

import "testing"

// FuzzFind checks that no input makes Find, FindTownship or the code lookups panic:
// go test -fuzz FuzzFind -fuzztime 30s ./divisions/.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"Kashgar", "新疆喀什地区莎车县", "Yarkand, Kashgar", "\xff", "", "自治县",
		"653125", "Ürümqi", "a,b,,c", "族乡"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range Find(s) {
			if _, ok := Lookup(d.Code); !ok {
				t.Fatalf("Find(%q) gave %s, which Lookup does not know", s, d.Code)
			}
		}
		FindTownship(s)
		LookupAt(s, 2000)
		Current(s)
		History(s)
		splitName(s)
		pinyinOf(s)
	})
}
