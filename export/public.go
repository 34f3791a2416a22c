package export

import (
	"strconv"

	"github.com/tizim/tizim"
)

// publicView returns the part of r that may be published, or false when nothing may. It
// builds a new record and copies into it only the fields on the allowlist of r's consent
// level; nothing else of r is read.
//
// Public (the family consented to naming): names, sex, birth date, ethnicity, home place,
// detention episodes, the person, and the source and record id when the source itself is
// public (its key is in sources); otherwise "record-ID" in place of the record id. Never the identity number (it
// opens every state database to whoever reads it), occupation (a teacher in a named village
// is one person), notes (they hold contacts and testimony), relatives (who did not consent),
// the raw row or warnings.
//
// Anonymised: sex, birth year, ethnicity, and the episodes (status, dates to the month,
// facility, charges, sentence), which are what statistics and advocacy about a facility
// need. No name, no home place, no source, record id or person: a leaked list's row number
// or a person id would lead straight back to the name. Anonymised records are left out when
// noAnon is set: of people exports, where the person would name them, and of FtM.
func publicView(r *tizim.Record, noAnon bool, sources map[string]bool) (*tizim.Record, bool) {
	switch r.Consent {
	case tizim.Public:
		out := &tizim.Record{
			ID: r.ID, PersonID: r.PersonID,
			Sex: r.Sex, BirthDate: r.BirthDate, Ethnicity: r.Ethnicity,
			HomeCode: r.HomeCode, HomePlace: r.HomePlace, Consent: tizim.Public,
		}
		if sources[r.Source] {
			out.Source, out.RecordID = r.Source, r.RecordID
		} else {
			// The record's own id, which its public page shows, keeps rows and entities apart.
			out.RecordID = "record-" + strconv.FormatInt(r.ID, 10)
		}
		out.Names = append(out.Names, r.Names...)
		out.Episodes = append(out.Episodes, r.Episodes...)
		return out, true
	case tizim.Anonymised:
		if noAnon {
			return nil, false
		}
		out := &tizim.Record{
			Sex: r.Sex, BirthDate: tizim.PartialDate{Year: r.BirthDate.Year}, Ethnicity: r.Ethnicity,
			Consent: tizim.Anonymised,
		}
		for _, e := range r.Episodes {
			out.Episodes = append(out.Episodes, tizim.Episode{
				Status: e.Status, Start: toMonth(e.Start), End: toMonth(e.End),
				Facility: e.Facility, FacilityID: e.FacilityID, Charges: e.Charges, Sentence: e.Sentence,
			})
		}
		return out, true
	}
	return nil, false
}

// toMonth drops the day of a date: the day of an arrest can identify a person.
func toMonth(d tizim.PartialDate) tizim.PartialDate {
	out := tizim.PartialDate{Year: d.Year, Month: d.Month, Approximate: d.Approximate, Uncertain: d.Uncertain}
	if d.End != nil {
		end := toMonth(*d.End)
		out.End = &end
	}
	return out
}
