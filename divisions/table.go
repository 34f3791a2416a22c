package divisions

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// areacodes is derived from yescallop/areacodes @ eed219a, result.csv (CC0); see data/README.md.
//
//go:embed data/areacodes.csv
var areacodes []byte

// FirstYear is the Start of the codes in the first list of the table: they were in use then
// and possibly long before.
const FirstYear = 1981

// table is the parsed division table with its indexes.
type table struct {
	rows   []*Division            // in file order: by code
	byCode map[string][]*Division // meanings of each code, oldest first
	byKey  map[string][]keyed     // normalised names (see find.go)
}

var (
	loadOnce sync.Once
	loaded   *table
)

// load parses the embedded table once. The table is part of the binary, so a parse failure is a
// build defect and panics at first use rather than returning an error to every caller.
func load() *table {
	loadOnce.Do(func() {
		t, err := parse(areacodes)
		if err != nil {
			panic("divisions: embedded table: " + err.Error())
		}
		t.index()
		loaded = t
	})
	return loaded
}

// parse reads the derived CSV (code,name,level,start,end,successors).
func parse(b []byte) (*table, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = 6
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	t := &table{byCode: map[string][]*Division{}}
	for i, rec := range recs[1:] {
		d := &Division{Code: rec[0], Name: rec[1], Level: rec[2]}
		if !isCode(d.Code) {
			return nil, fmt.Errorf("line %d: bad code %q", i+2, d.Code)
		}
		if d.Start, err = strconv.Atoi(rec[3]); err != nil {
			return nil, fmt.Errorf("line %d: start: %w", i+2, err)
		}
		if rec[4] != "" {
			if d.End, err = strconv.Atoi(rec[4]); err != nil {
				return nil, fmt.Errorf("line %d: end: %w", i+2, err)
			}
			d.Successors = successors(rec[5])
		}
		t.rows = append(t.rows, d)
		t.byCode[d.Code] = append(t.byCode[d.Code], d)
	}
	for _, rows := range t.byCode {
		slices.SortStableFunc(rows, func(a, b *Division) int { return cmp.Compare(a.Start, b.Start) })
	}
	for _, d := range t.rows {
		d.Parent = t.parent(d)
	}
	return t, nil
}

// successors keeps the codes that took over when the code ended; "CODE[YEAR]" entries are parts
// of the area that left earlier while the code lived on, so they are not its successors.
func successors(field string) []string {
	var out []string
	for s := range strings.SplitSeq(field, ";") {
		if isCode(s) {
			out = append(out, s)
		}
	}
	return out
}

// parent finds the prefecture (same first four digits, ending 00) that existed at the same
// time, else the province.
func (t *table) parent(d *Division) string {
	switch d.Level {
	case Province:
		return ""
	case County:
		for _, p := range t.byCode[d.Code[:4]+"00"] {
			if p.Level == Prefecture && overlaps(p, d) {
				return p.Code
			}
		}
	}
	return d.Code[:2] + "0000"
}

// overlaps reports whether two divisions were in use in a common year.
func overlaps(a, b *Division) bool {
	end := func(d *Division) int {
		if d.End == 0 {
			return 1 << 30
		}
		return d.End
	}
	return a.Start <= end(b) && b.Start <= end(a)
}

// current follows d's successors to the divisions in use today.
func (t *table) current(d *Division, seen map[*Division]bool) []*Division {
	if seen[d] {
		return nil
	}
	seen[d] = true
	if d.InUse() {
		return []*Division{d}
	}
	var out []*Division
	for _, s := range d.Successors {
		if n, ok := lookupAt(s, d.End); ok {
			out = append(out, t.current(n, seen)...)
		} else if rows := t.byCode[s]; len(rows) > 0 {
			out = append(out, t.current(rows[len(rows)-1], seen)...)
		}
	}
	if len(out) == 0 && d.Level == Prefecture {
		// The source gives no successors for retired prefectures: take the prefectures that
		// now hold its last counties (Turpan Prefecture 652100 → Turpan City 650400).
		for _, c := range t.rows {
			if c.Parent == d.Code && c.inYear(d.End-1) {
				for _, n := range t.current(c, seen) {
					if p, ok := t.latest(n.Parent); ok && p.Level == Prefecture {
						out = append(out, t.current(p, seen)...)
					}
				}
			}
		}
	}
	return out
}

func (t *table) latest(code string) (*Division, bool) {
	rows := t.byCode[code]
	if len(rows) == 0 {
		return nil, false
	}
	return rows[len(rows)-1], true
}

// isCode reports whether s is six ASCII digits.
func isCode(s string) bool {
	if len(s) != 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
