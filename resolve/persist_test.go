package resolve

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// TestSnapshotTermsMatchBatch checks that term frequencies stored as text and read back weigh
// names as the batch that counted them did.
func TestSnapshotTermsMatchBatch(t *testing.T) {
	recs, _ := fixture(300, 5)
	b, err := newBatch(recs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	snap, keys := b.snapshot(DefaultModel(Options{}))
	if len(keys) != len(recs) {
		t.Fatalf("%d records have keys, want %d", len(keys), len(recs))
	}
	data, err := snap.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeSnapshot(data)
	if err != nil {
		t.Fatal(err)
	}
	tf := back.Terms.termFreq()
	checked := 0
	for _, e := range b.es {
		for _, f := range e.forms {
			for i := range f.parts {
				ks := f.keys(i)
				for _, k := range ks {
					if got, want := tf.log2(k), b.tf.log2(k); got != want {
						t.Fatalf("record %d part key: log2 frequency %v, batch %v", e.id, got, want)
					}
					checked++
				}
			}
			if b.tf.count[f.whole] >= 2 {
				if got, want := tf.log2(f.whole), b.tf.log2(f.whole); got != want {
					t.Fatalf("record %d whole name %q: log2 frequency %v, batch %v", e.id, f.text, got, want)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no name keys checked")
	}
}

// TestCandidateKeysReachMatches checks that the records of one person share a candidate key
// (so an import finds them) while most records of different people do not.
func TestCandidateKeysReachMatches(t *testing.T) {
	recs, truth := fixture(2000, 9)
	type member struct {
		id   int64
		born int32
	}
	shared := map[uint64][]member{}
	for _, r := range recs {
		ks := CandidateKeys(r)
		for _, k := range ks.Keys {
			shared[k] = append(shared[k], member{r.ID, ks.Born})
		}
	}
	// as store.FindCandidates answers: a small block whole, a larger one by the nearest births
	found := map[[2]int64]bool{}
	for _, ms := range shared {
		if len(ms) > Limits.Max {
			continue
		}
		slices.SortFunc(ms, func(a, b member) int { return cmp.Compare(a.born, b.born) })
		for i, a := range ms {
			for k, b := range ms[i+1:] {
				if len(ms) > Limits.Block && (k >= Limits.Window || a.born == tizim.UnknownBirth) {
					break
				}
				found[[2]int64{min(a.id, b.id), max(a.id, b.id)}] = true
			}
		}
	}
	byPerson := map[string][]int64{}
	for _, r := range recs {
		byPerson[truth[r.ID]] = append(byPerson[truth[r.ID]], r.ID)
	}
	pairs, reached := 0, 0
	for _, ids := range byPerson {
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				pairs++
				if found[[2]int64{min(a, b), max(a, b)}] {
					reached++
				}
			}
		}
	}
	recall := float64(reached) / float64(pairs)
	if recall < 0.97 {
		t.Errorf("candidate keys reach %d of %d pairs of one person (%.3f), want ≥ 0.97", reached, pairs, recall)
	}
	if per := float64(len(found)) / float64(len(recs)); per > 50 {
		t.Errorf("%.1f candidate pairs per record: the keys narrow too little", per)
	}
	t.Logf("recall %.4f over %d true pairs, %d candidate pairs for %d records", recall, pairs, len(found), len(recs))
}

// TestCandidateKeysAcrossScripts checks that writings of one name in two scripts share keys,
// and that a record without a usable name or number has none.
func TestCandidateKeysAcrossScripts(t *testing.T) {
	latin := &tizim.Record{Names: []tizim.Name{{Text: "Ilham Tohti"}}, BirthDate: tizim.PartialDate{Year: 1969}, IDNumber: "65310119690101001X"}
	arabic := &tizim.Record{Names: []tizim.Name{{Text: "ئىلھام توختى"}}, BirthDate: tizim.PartialDate{Year: 1969}}
	got := CandidateKeys(latin)
	// the identity number, its county and birth date, two name parts with the year, the pair
	if len(got.Keys) != 5 || got.Born == tizim.UnknownBirth {
		t.Fatalf("keys %#x born %d: want five keys and the birth day", got.Keys, got.Born)
	}
	common := 0
	for _, k := range CandidateKeys(arabic).Keys {
		if slices.Contains(got.Keys, k) {
			common++
		}
	}
	if common != 3 {
		t.Errorf("the Arabic-script writing shares %d keys with the Latin one, want 3 (the pair, each part with the year)", common)
	}
	if none := CandidateKeys(&tizim.Record{Names: []tizim.Name{{Text: "\xff\u202e"}}}); len(none.Keys) != 0 || none.Born != tizim.UnknownBirth {
		t.Errorf("a record without a usable name, number or birth date: %+v", none)
	}
	if CandidateKeys(nil).Keys != nil {
		t.Error("no record has keys")
	}
}

func TestDecodeSnapshotRejectsBadModels(t *testing.T) {
	good, err := (&Snapshot{Model: DefaultModel(Options{})}).Encode()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeSnapshot(good); err != nil {
		t.Fatalf("a default model does not decode: %v", err)
	}
	var raw map[string]any
	if err := json.Unmarshal(good, &raw); err != nil {
		t.Fatal(err)
	}
	format := fmt.Sprintf(`"format":%d`, snapshotFormat)
	if !strings.Contains(string(good), format) {
		t.Fatalf("the snapshot does not say %s: %s", format, good)
	}
	for _, c := range []struct{ name, data string }{
		{"not JSON", "{"},
		{"other format", strings.Replace(string(good), format, `"format":99`, 1)},
		// the format before the linkage was weighed in bits: its MinLinkage meant another thing
		{"format 1", strings.Replace(string(good), format, `"format":1`, 1)},
		{"no model", "{" + format + "}"},
		{"a field missing", "{" + format + `,"model":{"fields":[{"name":"name","levels":[]}],"prior":0.1}}`},
		{"a probability out of range", strings.Replace(string(good), `"m":0.95`, `"m":1.5`, 1)},
		{"prior out of range", strings.Replace(string(good), `"prior":0.0001`, `"prior":0`, 1)},
		// candidate keys made by another version (another names package, another key scheme)
		{"other candidate keys", strings.Replace(string(good), fmt.Sprintf(`"keys":"%d"`, keysFingerprint()), `"keys":"12345"`, 1)},
	} {
		if _, err := DecodeSnapshot([]byte(c.data)); tizim.ErrorCode(err) != tizim.EINVALID {
			t.Errorf("%s: err = %v, want EINVALID", c.name, err)
		}
	}
}

// TestSnapshotAsReadAgain checks that the snapshot a full resolution writes from what preparing
// read (the term counts by hash, the key texts the form cache kept) is the one that reading
// every record's name again as text gives: the same term frequencies and the same candidate
// keys, so that imports after it weigh and find records as before.
func TestSnapshotAsReadAgain(t *testing.T) {
	recs, _ := fixture(2000, 7)
	recs = append(recs, &tizim.Record{ID: 1 << 40, Names: []tizim.Name{{Text: "Ilham Tohti"}, {Text: "伊力哈木·土赫提"}}},
		&tizim.Record{ID: 1<<40 + 1, Names: []tizim.Name{{Text: "\xff\u202e"}}, BirthDate: tizim.PartialDate{Year: 1969}})
	b, err := newBatch(recs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	snap, keys := b.snapshot(DefaultModel(Options{}))
	want := Terms{Parts: map[string]int32{}}
	wholes := map[string]int32{}
	for _, e := range b.es {
		ns := stableNames(e)
		want.count(ns, wholes)
		got, ok := keys[e.id]
		if ks := candidateKeys(e, ns); !ok || !slices.Equal(got.Keys, ks) || got.Born != bornOf(e) {
			t.Fatalf("record %d: candidate keys %v born %d, read again %v born %d", e.id, got.Keys, got.Born, ks, bornOf(e))
		}
	}
	want.Names = map[string]int32{}
	for w, c := range wholes {
		if c >= 2 {
			want.Names[w] = c
		}
	}
	if snap.Terms.Records != want.Records || !maps.Equal(snap.Terms.Parts, want.Parts) || !maps.Equal(snap.Terms.Names, want.Names) {
		t.Fatalf("terms: %d records, %d parts, %d names; read again %d, %d, %d", snap.Terms.Records,
			len(snap.Terms.Parts), len(snap.Terms.Names), want.Records, len(want.Parts), len(want.Names))
	}
	if len(want.Names) == 0 || len(keys) != len(recs) {
		t.Fatalf("%d names carried twice, %d records with keys: the fixture tests nothing", len(want.Names), len(keys))
	}
}

// TestDedupAllHostile checks that a full resolution of hostile records (invalid UTF-8, bidi
// controls, megabyte names, hundreds of aliases and facilities, numbers of every shape) ends
// without a panic, with keys and a person for every record.
func TestDedupAllHostile(t *testing.T) {
	recs, _ := fixture(200, 3)
	huge := strings.Repeat("Tursun ", 150_000)
	var aliases []tizim.Name
	for i := range 300 {
		aliases = append(aliases, tizim.Name{Text: fmt.Sprintf("Memet%d \u202eAbla\xff%d", i, i)})
	}
	var eps []tizim.Episode
	for i := range 200 {
		eps = append(eps, tizim.Episode{Facility: fmt.Sprintf("  Camp\tNo. %d  \xfe", i)})
	}
	hostile := []*tizim.Record{
		{Names: []tizim.Name{{Text: huge}}, IDNumber: strings.Repeat("9", 500), Ethnicity: huge, Occupation: "\xff\xfe"},
		{Names: aliases, Episodes: eps, HomeCode: "65310\xff", HomePlace: strings.Repeat("Kashgar ", 1000)},
		{Names: []tizim.Name{{Text: "\u202e\u2066\xff"}, {Text: strings.Repeat("买", 5000)}}, IDNumber: "65310119690101001X"},
		{Names: []tizim.Name{{Text: strings.Repeat("a b ", 500)}}, IDNumber: "6531011969****001X", BirthDate: tizim.PartialDate{Year: 1980, Month: 2, Day: 31}},
		{Names: nil, IDNumber: "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"},
	}
	for i, r := range hostile {
		r.ID, r.Source, r.RecordID = int64(1<<40+i), "hostile", fmt.Sprint(i)
		recs = append(recs, r)
	}
	full, err := DedupAll(recs, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if _, ok := full.Keys[r.ID]; !ok || full.Clusters[r.ID] == 0 {
			t.Fatalf("record %d: keys %v, person %d", r.ID, ok, full.Clusters[r.ID])
		}
	}
}
