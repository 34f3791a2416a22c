package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tizim/tizim"
)

// entity is a FollowTheMoney entity: an id, a schema and properties that are lists of text.
// Property names are those of the FtM schemata Thing, LegalEntity and Person
// (followthemoney/schema/*.yaml in github.com/opensanctions/followthemoney).
type entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

// add appends values to a property, skipping empty ones and repeats.
func (e *entity) add(prop string, values ...string) {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" && !slices.Contains(e.Properties[prop], v) {
			e.Properties[prop] = append(e.Properties[prop], v)
		}
	}
}

// ftmGender maps Tizim's sexes to the FtM gender type.
var ftmGender = map[tizim.Sex]string{tizim.Male: "male", tizim.Female: "female"}

// addRecord adds what a record says to a Person entity. FtM dates have no qualifiers, so an
// approximate or uncertain date is written at its stated precision without them, and a range
// by its start; FtM has no detention schema, so episodes become a description line.
func (e *entity) addRecord(r *tizim.Record) {
	for _, n := range r.Names {
		switch n.Role {
		case tizim.GivenName:
			e.add("firstName", n.Text)
		case tizim.FatherName:
			e.add("fatherName", n.Text)
		case tizim.Alias:
			e.add("alias", n.Text)
		default:
			e.add("name", n.Text)
		}
	}
	if len(e.Properties["name"]) == 0 {
		e.add("name", r.DisplayName())
	}
	e.add("gender", ftmGender[r.Sex])
	e.add("birthDate", ftmDate(r.BirthDate))
	e.add("idNumber", r.IDNumber)
	e.add("ethnicity", r.Ethnicity)
	e.add("address", r.HomePlace)
	e.add("profession", r.Occupation)
	e.add("notes", r.Notes)
	e.add("publisher", r.Source)
	for _, ep := range r.Episodes {
		e.add("description", episodeText(ep))
	}
}

func ftmDate(d tizim.PartialDate) string {
	d.Approximate, d.Uncertain, d.End = false, false, nil
	return d.String()
}

// episodeText writes an episode as one line: "camp since 2017-05 at X; charges: Y; sentence: Z".
func episodeText(ep tizim.Episode) string {
	var parts []string
	head := string(ep.Status)
	if head == "" {
		head = "detention"
	}
	if !ep.Start.IsZero() {
		head += " since " + ep.Start.String()
	}
	if !ep.End.IsZero() {
		head += " until " + ep.End.String()
	}
	if ep.Facility != "" {
		head += " at " + ep.Facility
	}
	parts = append(parts, strings.ReplaceAll(head, "_", " "))
	if ep.Charges != "" {
		parts = append(parts, "charges: "+ep.Charges)
	}
	if ep.Sentence != "" {
		parts = append(parts, "sentence: "+ep.Sentence)
	}
	return strings.Join(parts, "; ")
}

// plainID reports whether a key can stand in an entity id as it is: 1 to 60 of A–Z, a–z,
// 0–9, dot, underscore and hyphen.
func plainID(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// recordEntityID makes a stable entity id for a record: "tizim-SOURCE-RECORDID" when both
// are plain, else "tizim-" and a hash of the key. Anonymised records (record id "anon-N",
// no source) get "tizim-anon-N".
func recordEntityID(r *tizim.Record) string {
	if r.Source == "" {
		return "tizim-" + r.RecordID
	}
	if plainID(r.Source) && plainID(r.RecordID) {
		return "tizim-" + r.Source + "-" + r.RecordID
	}
	sum := sha256.Sum256([]byte(r.Source + "\x00" + r.RecordID))
	return "tizim-" + hex.EncodeToString(sum[:10])
}

type ftmSink struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func newFtM(w io.Writer) *ftmSink {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &ftmSink{bw: bw, enc: enc}
}

func (s *ftmSink) record(r *tizim.Record, _ int64) error {
	e := entity{ID: recordEntityID(r), Schema: "Person", Properties: map[string][]string{}}
	e.addRecord(r)
	return s.enc.Encode(e)
}

func (s *ftmSink) person(id int64, recs []*tizim.Record) error {
	e := entity{ID: fmt.Sprintf("tizim-person-%d", id), Schema: "Person", Properties: map[string][]string{}}
	for _, r := range recs {
		e.addRecord(r)
	}
	return s.enc.Encode(e)
}

func (s *ftmSink) nests() bool  { return true }
func (s *ftmSink) close() error { return s.bw.Flush() }

func (s *ftmSink) discard() {}
