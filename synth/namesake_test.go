package synth

import (
	"os"
	"slices"
	"strconv"
	"testing"

	nm "github.com/tizim/tizim/names"
)

// namesakeStats measures how often a record's name, exactly as written, is also written for
// other people: for a sample of records, the number of other persons who have a record whose
// name cell is the same string. A search for that string cannot tell those people apart by name.
type namesakeStats struct {
	median, p90 int
	tenOrMore   float64 // share of sampled records with at least 10 namesakes
	sampled     int
}

func summarise(counts []int) namesakeStats {
	slices.Sort(counts)
	st := namesakeStats{sampled: len(counts)}
	if len(counts) == 0 {
		return st
	}
	st.median, st.p90 = counts[len(counts)/2], counts[len(counts)*9/10]
	ten := 0
	for _, c := range counts {
		if c >= 10 {
			ten++
		}
	}
	st.tenOrMore = float64(ten) / float64(len(counts))
	return st
}

// namesakes generates persons people with seed and measures sample records spread evenly over
// the corpus: all of them, and those whose name has both parts (a record with the father's
// name left out, Memet alone, is everyone's namesake).
func namesakes(persons int, seed int64, sample int) (all, full namesakeStats) {
	g := newGenerator(seed)
	type seen struct{ last, persons int }
	byName := map[string]*seen{}
	var names []string // every record's name, in order, for the sample
	jobs, free := g.produce(persons, nil)
	for j := range jobs {
		<-j.done
		for i := range j.rows {
			rw := &j.rows[i]
			n := rw.cells[colName]
			s := byName[n]
			if s == nil {
				s = &seen{}
				byName[n] = s
			}
			if s.last != rw.person { // a person's records are consecutive
				s.last = rw.person
				s.persons++
			}
			names = append(names, n)
		}
		free <- j
	}
	var counts, twoParts []int
	step := max(1, len(names)/sample)
	for i := step / 2; i < len(names) && len(counts) < sample; i += step {
		c := byName[names[i]].persons - 1
		counts = append(counts, c)
		if len(nm.Parts(names[i])) >= 2 {
			twoParts = append(twoParts, c)
		}
	}
	return summarise(counts), summarise(twoParts)
}

// TestNamesakes: most people's names, as a source writes them, are shared by few others; common
// names (Memet Tursun) and names with a part left out are shared by many. The default size,
// short or not, is 100,000 people (under a second): in fewer the commonest names have too few
// bearers to reach ten namesakes (0.2 % of records at 20,000 people, 1.2 % at 50,000, 3 % at
// 100,000). TIZIM_NAMESAKE_PERSONS=1000000 measures the corpus the search and resolution
// targets are set on (docs/PERFORMANCE.md, "Synthetic corpus").
func TestNamesakes(t *testing.T) {
	persons := 100_000
	if s := os.Getenv("TIZIM_NAMESAKE_PERSONS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1000 {
			t.Fatalf("TIZIM_NAMESAKE_PERSONS=%q: want a number of people, at least 1000", s)
		}
		persons = n
	}
	st, full := namesakes(persons, 1, 2000)
	t.Logf("%d people, %d sampled records: namesakes median %d, p90 %d, %.1f%% with 10 or more",
		persons, st.sampled, st.median, st.p90, 100*st.tenOrMore)
	t.Logf("the %d sampled names with two parts: namesakes median %d, p90 %d, %.1f%% with 10 or more",
		full.sampled, full.median, full.p90, 100*full.tenOrMore)
	// Namesakes grow with the corpus: hold the bar scaled to a million people.
	scale := float64(persons) / 1e6
	if float64(st.median) > 2*max(scale, 0.5) {
		t.Errorf("median record has %d namesakes among %d people: names are too few", st.median, persons)
	}
	if persons >= 1_000_000 && full.tenOrMore > 0.08 {
		t.Errorf("%.1f%% of two-part names have 10 or more namesakes: the common names are too common", 100*full.tenOrMore)
	}
	if st.tenOrMore < 0.01 {
		t.Errorf("only %.2f%% of records have 10 or more namesakes: common names no longer collide", 100*st.tenOrMore)
	}
}
