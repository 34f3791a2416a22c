package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/tizim/tizim"
)

// pairQuality is how the people a resolution made agree with a ground truth, pair by pair: a
// pair of records is predicted when one person holds both, and true when the truth gives them
// one person.
type pairQuality struct {
	TP, Predicted, True int64
	Unknown             int // records the truth does not list
}

func (q pairQuality) precision() float64 { return ratio(q.TP, q.Predicted) }
func (q pairQuality) recall() float64    { return ratio(q.TP, q.True) }

func ratio(a, b int64) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// openTruth opens a truth file as `tizim gen` writes it (source,record_id,person, with that
// header) and reads its header.
func openTruth(path string) (*os.File, *csv.Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, tizim.Errorf(tizim.EINVALID, "cannot open the truth file: %v", err)
	}
	r := csv.NewReader(f)
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil || len(head) < 3 || head[0] != "source" || head[1] != "record_id" || head[2] != "person" {
		f.Close()
		return nil, nil, tizim.Errorf(tizim.EINVALID, "%s line 1: want the header source,record_id,person", path)
	}
	return f, r, nil
}

// readTruth reads a truth file (see openTruth) into the person of each record key
// "source:record_id".
func readTruth(path string) (map[string]string, error) {
	f, r, err := openTruth(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	truth := map[string]string{}
	for line := 2; ; line++ {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			return truth, nil
		}
		if err != nil {
			return nil, tizim.Errorf(tizim.EINVALID, "%s line %d: %v", path, line, err)
		}
		if len(row) < 3 || row[2] == "" {
			return nil, tizim.Errorf(tizim.EINVALID, "%s line %d: want source,record_id,person", path, line)
		}
		truth[row[0]+":"+row[1]] = row[2]
	}
}

// qualityOf compares people (record keys by person) with the truth. The true pairs are those of
// the records the people hold, so that a truth file that lists more records than were imported
// does not count those against recall.
func qualityOf(people map[int64][]string, truth map[string]string) pairQuality {
	var q pairQuality
	sizes := map[string]int64{}
	for _, keys := range people {
		n := int64(len(keys))
		q.Predicted += n * (n - 1) / 2
		in := map[string]int64{}
		for _, k := range keys {
			p, ok := truth[k]
			if !ok {
				q.Unknown++
				continue
			}
			in[p]++
			sizes[p]++
		}
		for _, m := range in {
			q.TP += m * (m - 1) / 2
		}
	}
	for _, n := range sizes {
		q.True += n * (n - 1) / 2
	}
	return q
}

func (q pairQuality) String() string {
	s := fmt.Sprintf("pairwise precision %.4f recall %.4f (%d of %d predicted pairs true, %d true pairs)",
		q.precision(), q.recall(), q.TP, q.Predicted, q.True)
	if q.Unknown > 0 {
		s += fmt.Sprintf("; %d records not in the truth", q.Unknown)
	}
	return s
}
