package resolve

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tizim/tizim"
)

// dataFile returns the path of a shared benchmark file, skipping the test when it is missing
// (unless CI=true, where missing data is a failure).
func dataFile(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("benchmark data %s is missing: %v", p, err)
		}
		tb.Skipf("benchmark data %s is missing; skipping", p)
	}
	return p
}

// readCSV reads a CSV file into rows keyed by trimmed header names.
func readCSV(tb testing.TB, path string) []map[string]string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	head, err := r.Read()
	if err != nil {
		tb.Fatal(err)
	}
	var rows []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		row := map[string]string{}
		for i, h := range head {
			if i < len(rec) {
				row[strings.TrimSpace(h)] = strings.TrimSpace(rec[i])
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// looseDate reads a date as a list would give it (YYYYMMDD or YYYY-MM-DD); an impossible date
// keeps its year when the year is plausible, as an importer would.
func looseDate(s string) tizim.PartialDate {
	s = strings.TrimSpace(s)
	if len(s) == 8 && !strings.Contains(s, "-") {
		s = s[:4] + "-" + s[4:6] + "-" + s[6:]
	}
	if d, err := tizim.ParseEDTF(s); err == nil {
		return d
	}
	if len(s) >= 4 {
		if y, err := strconv.Atoi(s[:4]); err == nil && y > 1000 && y < 2100 {
			return tizim.PartialDate{Year: y}
		}
	}
	return tizim.PartialDate{}
}

func names2(given, father string) []tizim.Name {
	var ns []tizim.Name
	if given != "" {
		ns = append(ns, tizim.Name{Text: given, Role: tizim.GivenName})
	}
	if father != "" {
		ns = append(ns, tizim.Name{Text: father, Role: tizim.FatherName})
	}
	return ns
}

// loadFEBRL reads FEBRL files into records (ids from 1) and the true person of each record.
func loadFEBRL(tb testing.TB, files ...string) ([]*tizim.Record, map[int64]string) {
	var recs []*tizim.Record
	truth := map[int64]string{}
	for _, file := range files {
		for _, row := range readCSV(tb, dataFile(tb, "febrl/"+file)) {
			id := int64(len(recs) + 1)
			key := row["rec_id"]
			parts := strings.Split(key, "-")
			truth[id] = parts[1]
			recs = append(recs, &tizim.Record{
				ID: id, Source: file, RecordID: key,
				Names:     names2(row["given_name"], row["surname"]),
				BirthDate: looseDate(row["date_of_birth"]),
				IDNumber:  row["soc_sec_id"],
				HomeCode:  row["postcode"],
				HomePlace: row["suburb"],
			})
		}
	}
	return recs, truth
}

// loadSplink reads a Splink benchmark file into records and the true person (cluster) of each.
func loadSplink(tb testing.TB, file string) ([]*tizim.Record, map[int64]string) {
	var recs []*tizim.Record
	truth := map[int64]string{}
	for _, row := range readCSV(tb, dataFile(tb, "splink/"+file)) {
		id := int64(len(recs) + 1)
		truth[id] = row["cluster"]
		sex, _ := tizim.ParseSex(row["gender"])
		recs = append(recs, &tizim.Record{
			ID: id, Source: "splink", RecordID: row["unique_id"],
			Names:      names2(row["first_name"], row["surname"]),
			BirthDate:  looseDate(row["dob"]),
			Sex:        sex,
			HomePlace:  row["birth_place"],
			HomeCode:   row["postcode_fake"],
			Occupation: row["occupation"],
		})
	}
	return recs, truth
}

// quality is pairwise precision and recall of clusters against the truth.
type quality struct {
	precision, recall, f1 float64
	tp, fp, fn            int
}

func pairwise(clusters map[int64]int64, truth map[int64]string) quality {
	choose2 := func(n int) int { return n * (n - 1) / 2 }
	pred := map[int64]int{}
	real := map[string]int{}
	both := map[[2]string]int{}
	for id, p := range clusters {
		pred[p]++
		real[truth[id]]++
		both[[2]string{strconv.FormatInt(p, 10), truth[id]}]++
	}
	var predPairs, truePairs, tp int
	for _, n := range pred {
		predPairs += choose2(n)
	}
	for _, n := range real {
		truePairs += choose2(n)
	}
	for _, n := range both {
		tp += choose2(n)
	}
	q := quality{tp: tp, fp: predPairs - tp, fn: truePairs - tp}
	if predPairs > 0 {
		q.precision = float64(tp) / float64(predPairs)
	}
	if truePairs > 0 {
		q.recall = float64(tp) / float64(truePairs)
	}
	if q.precision+q.recall > 0 {
		q.f1 = 2 * q.precision * q.recall / (q.precision + q.recall)
	}
	return q
}
