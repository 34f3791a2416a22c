package web

import "github.com/tizim/tizim"

// redact returns what the visitor may see of a record. Records the visitor is cleared for come
// back whole. An anonymised record shown to someone not cleared for it keeps only what counts
// and places people, never what identifies them: its source, sex, birth year, ethnicity, home
// prefecture and its episodes' statuses, dates, facilities and sentences. Names, identity number,
// exact birth date, home place text, occupation, relatives, charges, notes, the raw row and
// the source's record id are removed.
func (v *visitor) redact(r *tizim.Record) *tizim.Record {
	if !v.redacts(r.Consent) {
		return r
	}
	out := &tizim.Record{
		ID: r.ID, Source: r.Source, Sex: r.Sex, Ethnicity: r.Ethnicity, Consent: r.Consent,
		PersonID: r.PersonID, BirthDate: tizim.PartialDate{Year: r.BirthDate.Year},
	}
	if len(r.HomeCode) >= 4 {
		out.HomeCode = r.HomeCode[:4]
	}
	for _, e := range r.Episodes {
		out.Episodes = append(out.Episodes, tizim.Episode{
			Status: e.Status, Start: e.Start, End: e.End, Facility: e.Facility, FacilityID: e.FacilityID,
			Sentence: e.Sentence,
		})
	}
	return out
}

// redactPerson returns what the visitor may see of a person, and recomputes the name from the
// records left whole, so a redacted record never lends the person its name.
func (v *visitor) redactPerson(p *tizim.Person) *tizim.Person {
	out := *p
	out.Records = nil
	redacted := false
	for _, r := range p.Records {
		rr := v.redact(r)
		redacted = redacted || rr != r
		out.Records = append(out.Records, rr)
	}
	if !redacted {
		out.Records = p.Records
		return &out
	}
	out.Name = ""
	for _, r := range out.Records {
		if !v.redacts(r.Consent) {
			if n := r.DisplayName(); n != "" {
				out.Name = n
				break
			}
		}
	}
	return &out
}
