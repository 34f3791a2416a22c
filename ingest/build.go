package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/tizim/tizim"
	"github.com/tizim/tizim/divisions"
	"github.com/tizim/tizim/names"
	"golang.org/x/text/unicode/norm"
)

// builder turns the cells of one row into a Row. Each reader owns one.
type builder struct {
	file string
	opt  Options
	cols []ColumnMap
	// at maps a field number to its column index, -1 when the file has no such column.
	at [nFields]int
	// hashOrder lists column indexes in the order of their folded headers, for derived ids.
	hashOrder []int
	hashKeys  []string
	// unescape undoes the export's formula escaping (CSV only).
	unescape bool
	homes    map[string]string // hometown text → county code ("" when not exactly one)
	dates    map[string]parsedDate
	clean    []string // the row's cells, "" where a cell cannot be taken; reused
}

// maxCached bounds each cache of parsed values (about 100 bytes an entry): every distinct
// birth date of a century fits.
const maxCached = 200_000

type parsedDate struct {
	d   tizim.PartialDate
	err error
}

func newBuilder(file string, cols []ColumnMap, opt Options) *builder {
	b := &builder{file: file, opt: opt, cols: cols, homes: map[string]string{}, dates: map[string]parsedDate{}}
	for f := range b.at {
		b.at[f] = -1
	}
	for _, c := range cols {
		if c.Field != "" {
			b.at[fieldNumber[c.Field]] = c.Index
		}
		if c.Field != fields[fConsent] {
			b.hashOrder = append(b.hashOrder, c.Index)
		}
	}
	b.hashKeys = make([]string, len(cols))
	for i, c := range cols {
		b.hashKeys[i] = headerKey(c.Header)
	}
	slices.SortStableFunc(b.hashOrder, func(x, y int) int { return strings.Compare(b.hashKeys[x], b.hashKeys[y]) })
	return b
}

// header returns the header of column i, naming columns beyond the header row by position.
func (b *builder) header(i int) string {
	if i < len(b.cols) {
		return b.cols[i].Header
	}
	return fmt.Sprintf("column %d", i+1)
}

// rowState collects the problems of one row while it is built.
type rowState struct {
	b     *builder
	row   *Row
	clean []string // the row's cells, "" where a cell cannot be taken
}

// get returns the trimmed value of a field and its column index (-1 when the file has no
// such column).
func (s *rowState) get(field int) (string, int) {
	i := s.b.at[field]
	if i < 0 || i >= len(s.clean) {
		return "", i
	}
	v := strings.TrimSpace(s.clean[i])
	if s.b.unescape {
		v = unescapeFormula(v)
	}
	return v, i
}

func (s *rowState) problem(col int, value, msg string, fatal bool) {
	p := Problem{File: s.b.file, Line: s.row.Line, Value: short(value), Message: msg, Fatal: fatal}
	if col >= 0 {
		p.Column = s.b.header(col)
	}
	s.row.Problems = append(s.row.Problems, p)
	if fatal {
		s.row.Invalid = true
	} else if s.row.Record != nil {
		w := msg
		if p.Column != "" {
			w = p.Column + ": " + msg
		}
		s.row.Record.Warnings = append(s.row.Record.Warnings, w)
	}
}

// build makes the Row for the cells of the row starting at line. pre are problems the reader
// already found (a wrong number of fields).
func (b *builder) build(line int, cells []string, pre ...Problem) *Row {
	rec := &tizim.Record{Raw: make([]tizim.Field, len(cells))}
	row := &Row{Line: line, Record: rec}
	s := &rowState{b: b, row: row}
	for _, p := range pre {
		s.problem(-1, p.Value, p.Message, p.Fatal)
	}
	clean := b.clean[:0]
	for i, c := range cells {
		rec.Raw[i] = tizim.Field{Column: b.header(i), Value: c}
		if fault := cellFault(c); fault != "" {
			s.problem(i, c, fault, true)
			c = ""
		}
		clean = append(clean, c)
	}
	b.clean, s.clean = clean, clean
	get := s.get

	rec.Source, _ = get(fSource)
	if rec.Source == "" {
		rec.Source = b.opt.Source
	}
	if rec.Source == "" {
		s.problem(b.at[fSource], "", "the row has no source; give one with --source or a source column", true)
	}
	b.readNames(s)
	if v, i := get(fSex); v != "" {
		sex, err := tizim.ParseSex(v)
		if err != nil {
			s.problem(i, v, parseMessage(v, "a sex (m, f, 男, 女, ئەر, ئايال, ...)", err), false)
		}
		rec.Sex = sex
	}
	if v, i := get(fBirth); v != "" {
		rec.BirthDate = b.date(s, i, v)
	}
	rec.IDNumber, _ = get(fIDNumber)
	rec.Ethnicity, _ = get(fEthnicity)
	if e, ok := tizim.ParseEthnicity(rec.Ethnicity); ok {
		rec.Ethnicity = e // the word as written stays in the raw row
	}
	rec.HomePlace, _ = get(fHometown)
	rec.HomeCode = b.homeCode(rec.HomePlace)
	if v, i := get(fHomeCode); v != "" {
		if _, ok := divisions.Lookup(v); ok {
			rec.HomeCode = v
		} else {
			s.problem(i, v, fmt.Sprintf("%q is not a division code (six digits, as in GB/T 2260)", short(v)), false)
		}
	}
	rec.Occupation, _ = get(fOccupation)
	b.readEpisode(s)
	rec.Notes, _ = get(fNotes)
	consent, ci := get(fConsent)
	c, err := tizim.ParseConsent(consent, b.opt.Consent)
	if err != nil {
		s.problem(ci, consent, fmt.Sprintf("unknown consent level %q (want public, anonymised, partners, internal or sealed); the row is not imported rather than guessed", short(consent)), true)
		c = tizim.Sealed
	}
	rec.Consent = c
	if !rec.Identifiable() {
		s.problem(-1, "", "nothing identifies a person: the row has no name and no identity number", true)
	}
	rec.RecordID, _ = get(fRecordID)
	if rec.RecordID == "" {
		rec.RecordID = b.derivedID(cells)
	}
	return row
}

// maxNameBytes caps one form of a name: the longest real names, with several given names in
// Arabic script, are far shorter; a longer "name" is a broken row or an attack on whatever
// displays and indexes names.
const maxNameBytes = 1000

// readNames reads name (several forms separated by " | "), given_name and father_name.
func (b *builder) readNames(s *rowState) {
	add := func(field int, role tizim.NameRole) {
		v, i := s.get(field)
		for rest := v; rest != ""; {
			p := rest
			if role == tizim.FullName {
				p, rest, _ = strings.Cut(rest, "|")
			} else {
				rest = ""
			}
			p, bidi := stripBidi(strings.TrimSpace(p))
			p = strings.TrimSpace(p)
			if bidi {
				s.problem(i, v, "removed invisible text-direction characters from the name", false)
			}
			if p == "" {
				continue
			}
			if len(p) > maxNameBytes {
				s.problem(i, v, fmt.Sprintf("a name of %d bytes is not a name; kept in the raw row only", len(p)), false)
				continue
			}
			s.row.Record.Names = append(s.row.Record.Names, tizim.Name{Text: p, Script: string(names.DetectScript(p)), Role: role})
		}
	}
	add(fName, tizim.FullName)
	add(fGiven, tizim.GivenName)
	add(fFather, tizim.FatherName)
}

// readEpisode makes one episode of status, detained_on, facility, sentence and charges.
func (b *builder) readEpisode(s *rowState) {
	get := s.get
	var ep tizim.Episode
	v, i := get(fStatus)
	if v != "" {
		st, err := tizim.ParseStatus(v)
		if err != nil {
			s.problem(i, v, parseMessage(v, "a status (detained, camp, sentenced, released, 在押, 教培, 判刑, 释放, ...)", err), false)
		}
		ep.Status = st
	}
	if v, i := get(fDetained); v != "" {
		ep.Start = b.date(s, i, v)
	}
	ep.Facility, _ = get(fFacility)
	ep.Sentence, _ = get(fSentence)
	ep.Charges, _ = get(fCharges)
	if ep != (tizim.Episode{}) {
		s.row.Record.Episodes = []tizim.Episode{ep}
	}
}

// date parses a date cell. Lists repeat dates (a day of arrests, a birth year), and a date
// that is not EDTF costs ParseDate several regular expressions, so results are cached.
func (b *builder) date(s *rowState, i int, v string) tizim.PartialDate {
	p, ok := b.dates[v]
	if !ok {
		p.d, p.err = tizim.ParseDate(v)
		if len(b.dates) < maxCached {
			b.dates[strings.Clone(v)] = p // a substring would keep its whole row in memory
		}
	}
	d, err := p.d, p.err
	if d.End != nil { // each record owns its range end
		end := *d.End
		d.End = &end
	}
	if err != nil {
		s.problem(i, v, parseMessage(v, "a date", err), false)
	}
	return d
}

// parseMessage is the warning for a value a parser refused: the parser's own sentence when the
// value is short enough to quote, else a shortened one.
func parseMessage(v, what string, err error) string {
	if len(v) <= 80 {
		return tizim.ErrorMessage(err)
	}
	return fmt.Sprintf("cannot read %q as %s", short(v), what)
}

// derivedID makes a record id from the row's content, for files without a record_id column:
// "h-" and 16 hex digits of a SHA-256 over the non-empty cells (trimmed, spaces collapsed,
// Unicode NFC) with their folded headers, in header order. So the same row imported again gets
// the same id and updates its record, even when columns were reordered or empty ones added.
// The consent column is left out: raising a row's consent must update it, not duplicate it.
func (b *builder) derivedID(cells []string) string {
	h := sha256.New()
	for _, i := range b.hashOrder {
		if i >= len(cells) {
			continue
		}
		v := strings.Join(strings.Fields(cells[i]), " ")
		if b.unescape {
			v = unescapeFormula(v)
		}
		if v == "" {
			continue
		}
		h.Write([]byte(b.hashKeys[i]))
		h.Write([]byte{0x1f})
		h.Write([]byte(norm.NFC.String(v)))
		h.Write([]byte{0x1e})
	}
	return "h-" + hex.EncodeToString(h.Sum(nil)[:8])
}
