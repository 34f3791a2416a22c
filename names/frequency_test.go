package names

import "testing"

func TestFrequencies(t *testing.T) {
	var f Frequencies
	if w := f.Weight("memet"); w != 1 {
		t.Errorf("zero Frequencies: weight %v, want 1", w)
	}
	for range 50 {
		f.Add("Memet Tursun")
	}
	f.Add("Dilraba Memet")
	if c := f.Count(Key("Memet")); c != 51 {
		t.Errorf("count of memet = %d, want 51", c)
	}
	common, rare := f.Weight(Key("Memet")), f.Weight(Key("Dilraba"))
	if !(rare == 1 && common < 0.3 && common >= 0.25) {
		t.Errorf("weights: rare %v, common %v; want 1 and about 0.25", rare, common)
	}
	// Agreeing on a rare part with a missing one scores higher than on a common part.
	if a, b := Compare("Dilraba", "Dilraba Memet", &f), Compare("Memet", "Dilraba Memet", &f); a.Score <= b.Score {
		t.Errorf("rare agreement %.3f not above common agreement %.3f", a.Score, b.Score)
	}
	var g Frequencies
	f.Each(g.AddKey)
	if g.Total() != f.Total() || g.Weight(Key("Memet")) != common {
		t.Errorf("copy through Each/AddKey: total %d weight %v, want %d %v", g.Total(), g.Weight(Key("Memet")), f.Total(), common)
	}
}

func TestDistinctCommonNames(t *testing.T) {
	var f Frequencies
	for range 100 {
		f.Add("Adil Tursun")
	}
	for range 25 {
		f.Add("Adil Turghun")
	}
	f.Add("Adil Tursan") // a misspelling, rare beside Tursun
	if r := Compare("Adil Turghun", "Adil Tursun", &f); r.Match {
		t.Errorf("two common names one letter apart: %.3f, want no match", r.Score)
	}
	if r := Compare("Adil Tursan", "Adil Tursun", &f); !r.Match {
		t.Errorf("a rare misspelling of a common name: %.3f, want a match", r.Score)
	}
}

func TestSkeletonMeetsWritings(t *testing.T) {
	groups := [][]string{
		{"阿布力米提", "Ablimit", "ABULIMITI", "ئابلىمىت"},
		{"伊力哈木", "Ilham", "Илһам", "YILIHAMU"},
		{"土赫提", "Tohti", "Toxti", "TUHETI"},
		{"达吾提", "Dawut", "Davut", "Давут"},
	}
	for _, g := range groups {
		want := Skeleton(Key(g[0]))
		for _, s := range g[1:] {
			found := false
			for _, ks := range Keys(s) {
				for _, k := range ks {
					found = found || Skeleton(k) == want
				}
			}
			if !found {
				t.Errorf("no key of %q has the skeleton %q of %q (keys %v)", s, want, g[0], Keys(s))
			}
		}
	}
}

// TestConcurrentUse: the lazily built tables (readings, syllables, Palladius) and a shared
// Frequencies are safe for many goroutines at once (run with -race).
func TestConcurrentUse(t *testing.T) {
	var f Frequencies
	f.Add("Memet Tursun")
	done := make(chan bool)
	for range 4 {
		go func() {
			for range 50 {
				Compare("伊力哈木·土赫提", "YILIHAMU TUHETI", &f)
				Keys("Ма Цзяньго")
				Translit("ئىلھام توختى")
				Score(Prepare("Ilham Tohti"), Prepare("Tohti Ilham"), &f)
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}
