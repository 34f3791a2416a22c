package names

import (
	"bufio"
	"math"
	"os"
	"strings"
	"testing"
)

// keySimilarityRef is keySimilarity as it was before its alignment was made cheaper (commit
// 2ef78ce), kept as the reference the faster one must agree with to the bit.
func keySimilarityRef(x, y *cand) float64 {
	if x.key > y.key {
		x, y = y, x // one order, so that stopping early gives the same answer both ways round
	}
	a, b := x.key, y.key
	if a == b {
		return 1
	}
	a, b = a[:min(len(a), maxKey)], b[:min(len(b), maxKey)]
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if !x.han && !y.han && !x.abjad && !y.abjad {
		// Every letter one key lacks costs at least 0.5: skip pairs too different in length
		// to reach pairMin.
		d, l := len(a)-len(b), max(len(a), len(b))
		if d < 0 {
			d = -d
		}
		if 1-0.5*float64(d)/float64(l) <= pairMin {
			return 0
		}
	}
	cost := &nearCost
	if x.abjad || y.abjad {
		cost = &abjadCost
	}
	// Only whether the similarity passes pairMin matters below it: stop once every path costs
	// more than that allows.
	// The length that divides the distance counts an optional vowel as half a letter.
	l := max(x.effectiveLen(a), y.effectiveLen(b))
	budget := float32((1 - pairMin) * l)
	opens := !x.rest && !y.rest   // the keys open a name: their first letters weigh more
	classes := x.class || y.class // a reading class may stand for the letter of a transposition
	var rows [3][maxKey + 1]float32
	var ins [maxKey + 1]float32
	var ib [maxKey]uint8
	var bb [maxKey]byte // b, with the letters regularSpellings writes as a's
	copy(bb[:], b)
	extra := regularSpellings(a, bb[:len(b)], cost)
	budget -= extra
	prev2, prev, row := &rows[0], &rows[1], &rows[2]
	for j := 1; j <= len(b); j++ {
		ins[j] = indelCost(bb[j-1], x, j == 1 && opens, j == len(b) && j >= 4)
		prev[j] = prev[j-1] + ins[j]
		ib[j-1] = letterIndex[bb[j-1]]
	}
	prevMin := float32(0)
	for i := 1; i <= len(a); i++ {
		ca := a[i-1]
		ia := letterIndex[ca]
		del := indelCost(ca, y, i == 1 && opens, i == len(a) && i >= 4)
		row[0] = prev[0] + del
		rowMin := row[0]
		for j := 1; j <= len(b); j++ {
			cb := bb[j-1]
			var c float32
			if ca != cb {
				c = cost[ia][ib[j-1]]
				if i == 1 && j == 1 && opens && c >= 1 && !isKeyVowel(ca) && !isKeyVowel(cb) {
					c = firstConsonant // Zhang is not Wang
				}
			}
			best := prev[j-1] + c
			if v := prev[j] + del; v < best {
				best = v
			}
			if v := row[j-1] + ins[j]; v < best {
				best = v
			}
			if i > 1 && j > 1 && (ca == bb[j-2] && a[i-2] == cb ||
				classes && cost[ia][ib[j-2]] == 0 && cost[letterIndex[a[i-2]]][ib[j-1]] == 0) && ca != cb {
				if v := prev2[j-2] + transposition; v < best {
					best = v
				}
			}
			row[j] = best
			rowMin = min(rowMin, best)
		}
		if rowMin > budget && prevMin > budget {
			return 0 // a transposition can skip one row, not two
		}
		prevMin = rowMin
		prev2, prev, row = prev, row, prev2
	}
	s := 1 - float64(prev[len(b)]+extra)/l
	if s <= 0 {
		return 0
	}
	if extends(a, b) || extends(b, a) {
		s = min(s, prefixMax)
	}
	return s
}

// goldenPairs returns the pairs of the golden files, prepared.
func goldenPairs(t testing.TB) [][2]Name {
	rows := goldenRows(t)
	out := make([][2]Name, len(rows))
	for i, r := range rows {
		out[i] = [2]Name{Prepare(r[0]), Prepare(r[1])}
	}
	return out
}

// goldenRows returns the name pairs of the golden files (score_golden.tsv, align_golden.tsv),
// as written.
func goldenRows(t testing.TB) [][2]string {
	var out [][2]string
	for _, path := range []string{"testdata/score_golden.tsv", "testdata/align_golden.tsv"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			if len(c) == 4 && !strings.HasPrefix(c[0], "#") {
				out = append(out, [2]string{c[0], c[1]})
			}
		}
		f.Close()
	}
	return out
}

// candPairs returns the pairs of candidate keys the matcher may compare for the pairs of
// names: every candidate of every unit of one name against every one of the other's.
func candPairs(pairs [][2]Name) [][2]cand {
	var out [][2]cand
	for _, p := range pairs {
		a, b := &p[0], &p[1]
		for i := range a.units() {
			ca, _ := a.unitCands(i)
			for j := range b.units() {
				cb, _ := b.unitCands(j)
				for _, x := range ca {
					for _, y := range cb {
						out = append(out, [2]cand{x, y})
					}
				}
			}
		}
	}
	return out
}

// TestKeySimilarityReference compares keySimilarity with keySimilarityRef, to the bit, for
// the candidate keys of every unit of one name against every unit of the other in the golden
// files' pairs, as they are and as the rests of compound names (cand.rest); and
// keySimilarityAbove, which must agree to the bit where the reference reaches its floor and
// stay below the floor elsewhere.
func TestKeySimilarityReference(t *testing.T) {
	cs := candPairs(goldenPairs(t))
	bad := 0
	for _, p := range cs {
		for _, rest := range []bool{false, true} {
			x, y := p[0], p[1]
			x.rest, y.rest = rest, rest
			got, want := keySimilarity(&x, &y), keySimilarityRef(&x, &y)
			if math.Float64bits(got) != math.Float64bits(want) {
				bad++
				if bad <= 10 {
					t.Errorf("keySimilarity(%+v, %+v) = %v, reference %v", x, y, got, want)
				}
			}
			for _, floor := range []float64{nearMissMin, prefixMax, 0.65, pairMin, 0.8, 0.9, 0.95} {
				got := keySimilarityAbove(&x, &y, floor)
				if want >= floor && math.Float64bits(got) != math.Float64bits(want) || want < floor && got >= floor {
					bad++
					if bad <= 10 {
						t.Errorf("keySimilarityAbove(%+v, %+v, %v) = %v, reference %v", x, y, floor, got, want)
					}
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d pairs differ from the reference", bad, 2*len(cs))
	}
	if len(cs) < 10000 {
		t.Errorf("%d pairs of keys, want at least 10,000", len(cs))
	}
	t.Logf("%d pairs of keys", len(cs))
}

// BenchmarkKeySimilarity is the cost of one comparison of two candidate keys, over the pairs of
// TestKeySimilarityReference (as they are, not as rests).
func BenchmarkKeySimilarity(b *testing.B) {
	cs := candPairs(goldenPairs(b))
	b.ReportAllocs()
	defer cpuTimer(b)()
	for i := 0; b.Loop(); i++ {
		p := &cs[i%len(cs)]
		keySimilarity(&p[0], &p[1])
	}
}
