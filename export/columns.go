package export

import (
	"strconv"
	"strings"

	"github.com/tizim/tizim"
)

// header returns the spreadsheet columns: the interchange columns, then given_name and
// father_name (which the interchange allows in place of name), occupation and home_code (the
// county code, which a home place alone may not give), all of which the importer reads, with
// a person column first in people mode.
func header(people bool) []string {
	h := append([]string(nil), tizim.Columns...)
	h = append(h, "given_name", "father_name", "occupation", "home_code")
	if people {
		h = append([]string{"person"}, h...)
	}
	return h
}

// cells writes a record as the values of header's columns. A record has one row, so of
// several detention episodes the latest is written (JSON Lines, written by the same rules,
// has the same limit; the store keeps every episode).
func cells(r *tizim.Record, people bool, person int64) []string {
	var full, given, father []string
	for _, n := range r.Names {
		switch n.Role {
		case tizim.GivenName:
			given = append(given, n.Text)
		case tizim.FatherName:
			father = append(father, n.Text)
		default:
			full = append(full, n.Text)
		}
	}
	var ep tizim.Episode
	if len(r.Episodes) > 0 {
		ep = r.Episodes[len(r.Episodes)-1]
	}
	out := []string{
		r.Source, r.RecordID, strings.Join(full, " | "), string(r.Sex), r.BirthDate.String(), r.IDNumber,
		r.Ethnicity, r.HomePlace, string(ep.Status), ep.Start.String(), ep.Facility, ep.Sentence, ep.Charges,
		r.Notes, string(r.Consent), first(given), first(father), r.Occupation, r.HomeCode,
	}
	if people {
		out = append([]string{strconv.FormatInt(person, 10)}, out...)
	}
	return out
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

// formulaStarts are the characters that make a spreadsheet program read a cell as a formula
// (= + - @) or that hide one after them (tab, carriage return). Source: OWASP, "CSV
// Injection".
const formulaStarts = "=+-@\t\r"

// neutralise puts an apostrophe before a cell that starts with a formula character, so that
// "=HYPERLINK(...)" is text. It also catches "-gül" and "+7 ..." — the apostrophe is how
// spreadsheets mark text, and the ingest package removes it on import, so the round trip
// keeps such values whole.
func neutralise(s string) string {
	if s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0 {
		return "'" + s
	}
	return s
}
