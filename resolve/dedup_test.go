package resolve

import (
	"fmt"
	"math"
	"testing"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/idcard"
)

// TestDedupFixture resolves a synthetic Uyghur population with police lists, testimonies and
// masked lists: most of its people are found, and almost no two people merged.
func TestDedupFixture(t *testing.T) {
	recs, truth := fixture(2000, 1)
	res, err := Dedup(recs, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	q := pairwise(res.Clusters, truth)
	t.Logf("%d records: precision %.4f recall %.4f (fp %d fn %d), review %d", len(recs), q.precision, q.recall, q.fp, q.fn, len(res.Review))
	// Some people share a common name and birth year and are told apart only by the numbers
	// their testimonies lack: a little precision is lost there, and those pairs go to review.
	if q.precision < 0.97 || q.recall < 0.95 {
		t.Errorf("precision %.4f recall %.4f, want at least 0.97 and 0.95", q.precision, q.recall)
	}
	// The judgements alone rebuild the clusters, as the store will.
	ids := make([]int64, len(recs))
	for i, r := range recs {
		ids[i] = r.ID
	}
	rebuilt := tizim.Cluster(ids, res.Judgements)
	for id, p := range res.Clusters {
		if rebuilt[id] != p {
			t.Fatalf("record %d: Dedup says person %d, tizim.Cluster of its judgements says %d", id, p, rebuilt[id])
		}
	}
	for _, j := range res.Judgements {
		if j.By != tizim.Matcher || j.Verdict != tizim.Same || j.Score < 0.5 || j.Score > 1 {
			t.Fatalf("judgement %+v: want a matcher's Same with a probability score", j)
		}
	}
}

// taken gives r an episode of detention that began on the EDTF date start.
func taken(r *tizim.Record, start string) *tizim.Record {
	d, err := tizim.ParseEDTF(start)
	if err != nil {
		panic(err)
	}
	r.Episodes = append(r.Episodes, tizim.Episode{Status: tizim.Detained, Start: d})
	return r
}

func rec(id int64, name, birth, idn, home string) *tizim.Record {
	r := &tizim.Record{ID: id, Source: "test", RecordID: name, HomeCode: home, IDNumber: idn}
	if name != "" {
		r.Names = []tizim.Name{{Text: name}}
	}
	if birth != "" {
		d, err := tizim.ParseEDTF(birth)
		if err != nil {
			panic(err)
		}
		r.BirthDate = d
	}
	return r
}

// TestDedupCases checks decisions a reviewer would expect on a background population.
func TestDedupCases(t *testing.T) {
	valid := func(first17 string) string { return first17 + string(idcard.Check(first17)) }
	id1 := valid("65310119800302123")
	id2 := valid("65310119800302125")
	typo := id1[:10] + "4" + id1[11:] // one digit off
	bad := id1[:17] + "0"
	if id1[17] == '0' {
		bad = id1[:17] + "1"
	}
	cases := []struct {
		name    string
		records []*tizim.Record
		same    bool
	}{
		{"same number, name in two scripts", []*tizim.Record{rec(-1, "Ilham Tohti", "1969-10-25", id1, "653101"), rec(-2, "伊力哈木·土赫提", "1969", id1, "")}, true},
		{"one digit off, same name and birth", []*tizim.Record{rec(-1, "Perhat Rozi", "1980-03-02", id1, "653101"), rec(-2, "Perhat Rozi", "1980-03-02", typo, "653101")}, true},
		{"brothers with the father's name", []*tizim.Record{rec(-1, "Ekrem Tursun", "1980-03-02", "", "653125"), rec(-2, "Erkin Tursun", "1983-07-10", "", "653125")}, false},
		{"two valid numbers, all else equal", []*tizim.Record{rec(-1, "Adil Qurban", "1980-03-02", id1, "653101"), rec(-2, "Adil Qurban", "1980-03-02", id2, "653101")}, false},
		{"a common name and nothing else", []*tizim.Record{rec(-1, "Memet Tursun", "", "", ""), rec(-2, "Memet Tursun", "", "", "")}, false},
		{"only a name, the other only a number", []*tizim.Record{rec(-1, "Alim Hasan", "", "", ""), rec(-2, "", "", id1, "")}, false},
		{"bad check digit, otherwise equal", []*tizim.Record{rec(-1, "Zunun Yasin", "1980-03-02", bad, "653101"), rec(-2, "Zunun Yasin", "1980-03-02", bad, "653101")}, true},
		{"a year, a home and a month of arrest", []*tizim.Record{taken(rec(-1, "Abdureshit Qadir", "1976", "", "653125"), "2017-04-12"), taken(rec(-2, "Abdureshit Qadir", "1976", "", "653125"), "2017-04")}, true},
		{"namesakes of a year and home, taken years apart", []*tizim.Record{taken(rec(-1, "Abdureshit Qadir", "1976", "", "653125"), "2017-04-12"), taken(rec(-2, "Abdureshit Qadir", "1976", "", "653125"), "2019-11")}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			recs, _ := fixture(300, 2)
			base := int64(len(recs))
			for i, r := range tc.records {
				r.ID = base + int64(i) + 1
				recs = append(recs, r)
			}
			res, err := Dedup(recs, nil, Options{})
			if err != nil {
				t.Fatal(err)
			}
			a, b := tc.records[0].ID, tc.records[1].ID
			if got := res.Clusters[a] == res.Clusters[b]; got != tc.same {
				t.Errorf("merged = %v, want %v", got, tc.same)
			}
		})
	}
}

// TestReasonAsFormatted checks that the reasons of the matcher's links, made once per weight,
// read as they did when each was formatted on its own.
func TestReasonAsFormatted(t *testing.T) {
	rc := reasonCache{}
	for _, w := range []float32{0, -0.0, 0.05, 0.15, 0.25, 12.349999, 12.35, 12.45, -3.05, 99.95, 1e9, float32(math.Inf(1)), float32(math.NaN()), 7.0500001} {
		for range 2 {
			if got, want := rc.of(w), fmt.Sprintf("match weight %.1f bits", w); got != want {
				t.Errorf("weight %v: reason %q, want %q", w, got, want)
			}
		}
	}
}

// TestLetGoNames: once a batch has let go of its prepared names, two records still compare as
// they did (a form let go is prepared again when compared).
func TestLetGoNames(t *testing.T) {
	recs := []*tizim.Record{
		rec(1, "伊力哈木·土赫提", "1969-10-25", "", "653101"),
		rec(2, "Ilham Tohti", "1969", "", "653101"),
		rec(3, "ئىلھام توختى", "1969-10-25", "", "653101"),
	}
	b, err := newBatch(recs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var before []comparison
	for _, p := range [][2]int{{0, 1}, {0, 2}, {1, 2}} {
		before = append(before, compareMemo(b.es[p[0]], b.es[p[1]], b.tf, b.memo))
	}
	if len(b.others) == 0 {
		t.Fatal("no forms of other scripts were prepared")
	}
	b.letGoNames()
	for k, p := range [][2]int{{0, 1}, {0, 2}, {1, 2}} {
		if got := compareMemo(b.es[p[0]], b.es[p[1]], b.tf, nil); got != before[k] {
			t.Errorf("records %d and %d after letting go: %+v, before %+v", p[0]+1, p[1]+1, got, before[k])
		}
	}
}
