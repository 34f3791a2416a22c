package names

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are names in every script plus hostile input.
var fuzzSeeds = []string{
	"Ilham Tohti", "伊力哈木·土赫提", "ئىلھام توختى", "Илһам Тохти", "YILIHAMU TUHETI",
	"", "   ", "·・•．", "\u202Eitseb\u202C", "\xff\xfeA\x80", "a\x00b", "Barack Obama",
	"バラク・オバマ", "ប៉ុល ពត", "Κυριάκος", "ﻻ ﺍﻟﻠﻪ", "Ａｂｃ", "n'g'''", "İstanbul",
	strings.Repeat("Memet ", 50), strings.Repeat("买", 60),
}

// hasBidi reports whether s contains a bidi control.
func hasBidi(s string) bool {
	return strings.IndexFunc(s, isBidiControl) >= 0
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, probs := Normalize(s)
		if !utf8.ValidString(n) || hasBidi(n) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8 or bidi control", s, n)
		}
		if hasBidi(s) && len(probs) == 0 {
			t.Fatalf("Normalize(%q) did not report a bidi control", s)
		}
		if !utf8.ValidString(s) && len(probs) == 0 {
			t.Fatalf("Normalize(%q) did not report invalid UTF-8", s)
		}
		if again, _ := Normalize(n); again != n {
			t.Fatalf("Normalize not idempotent: %q → %q → %q", s, n, again)
		}
		for _, p := range Parts(s) {
			if p == "" || strings.ContainsAny(p, " \t\n") {
				t.Fatalf("Parts(%q) has part %q", s, p)
			}
		}
	})
}

func FuzzTranslit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs := Translit(s)
		for _, out := range []string{fs.ULY, fs.UEY, fs.USY, fs.Pinyin, fs.LatinKey, ToLatin(s), ToArabic(s), ToCyrillic(s), Pinyin(s)} {
			if !utf8.ValidString(out) || hasBidi(out) && !hasBidi(s) {
				t.Fatalf("Translit(%q): output %q invalid UTF-8 or with bidi control", s, out)
			}
		}
		if hasBidi(fs.ULY) || hasBidi(fs.UEY) || hasBidi(fs.USY) {
			t.Fatalf("Translit(%q) = %+v keeps a bidi control", s, fs)
		}
		for _, ks := range Keys(s) {
			if len(ks) == 0 {
				t.Fatalf("Keys(%q) has a part without keys", s)
			}
			for _, k := range ks {
				if !utf8.ValidString(k) || !utf8.ValidString(Skeleton(k)) {
					t.Fatalf("Keys(%q): key %q or its skeleton is not valid UTF-8", s, k)
				}
			}
		}
	})
}

func FuzzCompare(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := Compare(a, b, nil), Compare(b, a, nil)
		for _, r := range []Result{ab, ba} {
			if math.IsNaN(r.Score) || r.Score < 0 || r.Score > 1 {
				t.Fatalf("Compare(%q, %q) score %v outside [0, 1]", a, b, r.Score)
			}
			if r.Match != (r.Score >= Threshold) {
				t.Fatalf("Compare(%q, %q): match %v at score %v", a, b, r.Match, r.Score)
			}
			for _, al := range r.Alignment {
				if !utf8.ValidString(al.A) || !utf8.ValidString(al.B) || hasBidi(al.A) || hasBidi(al.B) {
					t.Fatalf("Compare(%q, %q): alignment %+v", a, b, al)
				}
			}
		}
		// Greedy alignment can break ties differently in the two directions, but not by much.
		if math.Abs(ab.Score-ba.Score) > 0.15 {
			t.Fatalf("Compare not symmetric: (%q, %q) %.3f, reversed %.3f", a, b, ab.Score, ba.Score)
		}
	})
}
