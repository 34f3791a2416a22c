package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/tizim/tizim"
)

// jsonRecord is a record in JSON Lines: the interchange columns as keys (what the ingest
// package reads back), with name as a list of forms, empty values left out.
type jsonRecord struct {
	Person     int64    `json:"person,omitempty"`
	Source     string   `json:"source,omitempty"`
	RecordID   string   `json:"record_id"`
	Name       []string `json:"name,omitempty"`
	GivenName  string   `json:"given_name,omitempty"`
	FatherName string   `json:"father_name,omitempty"`
	Sex        string   `json:"sex,omitempty"`
	BirthDate  string   `json:"birth_date,omitempty"`
	IDNumber   string   `json:"id_number,omitempty"`
	Ethnicity  string   `json:"ethnicity,omitempty"`
	Hometown   string   `json:"hometown,omitempty"`
	HomeCode   string   `json:"home_code,omitempty"`
	Status     string   `json:"status,omitempty"`
	DetainedOn string   `json:"detained_on,omitempty"`
	Facility   string   `json:"facility,omitempty"`
	Sentence   string   `json:"sentence,omitempty"`
	Charges    string   `json:"charges,omitempty"`
	Notes      string   `json:"notes,omitempty"`
	Occupation string   `json:"occupation,omitempty"`
	Consent    string   `json:"consent"`
}

func toJSON(r *tizim.Record, person int64) jsonRecord {
	c := cells(r, false, 0)
	j := jsonRecord{
		Person: person, Source: c[0], RecordID: c[1], Sex: c[3], BirthDate: c[4], IDNumber: c[5],
		Ethnicity: c[6], Hometown: c[7], HomeCode: c[18], Status: c[8], DetainedOn: c[9],
		Facility: c[10], Sentence: c[11], Charges: c[12], Notes: c[13], Consent: c[14],
		GivenName: c[15], FatherName: c[16], Occupation: c[17],
	}
	for _, n := range r.Names {
		if n.Role != tizim.GivenName && n.Role != tizim.FatherName {
			j.Name = append(j.Name, n.Text)
		}
	}
	return j
}

// jsonPerson is a person in JSON Lines: its id, the name to show, and its records.
type jsonPerson struct {
	Person  int64        `json:"person"`
	Name    string       `json:"name"`
	Records []jsonRecord `json:"records"`
}

type jsonlSink struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func newJSONL(w io.Writer) *jsonlSink {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlSink{bw: bw, enc: enc}
}

func (s *jsonlSink) record(r *tizim.Record, person int64) error {
	return s.enc.Encode(toJSON(r, person))
}

func (s *jsonlSink) person(id int64, recs []*tizim.Record) error {
	p := jsonPerson{Person: id, Name: personName(recs)}
	for _, r := range recs {
		p.Records = append(p.Records, toJSON(r, 0))
	}
	return s.enc.Encode(p)
}

func (s *jsonlSink) nests() bool  { return true }
func (s *jsonlSink) close() error { return s.bw.Flush() }

// personName is the name to show for a person: the first record's name that is not empty.
func personName(recs []*tizim.Record) string {
	for _, r := range recs {
		if n := r.DisplayName(); n != "" {
			return n
		}
	}
	return ""
}

func (s *jsonlSink) discard() {}
