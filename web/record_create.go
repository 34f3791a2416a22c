package web

import (
	"net/http"
	"strconv"

	"github.com/tizim/tizim"
)

// recordCreate adds a record typed in by a user. It must name a source the user may see; a
// random record id is made when none is given. The raw row says who typed it in.
func (s *Server) recordCreate(w http.ResponseWriter, r *http.Request, v *visitor) {
	form, err := parseRecordForm(w, r)
	if err != nil {
		s.fail(w, r, v, err)
		return
	}
	rec, err := form.record(v)
	if err == nil {
		err = s.checkSourceVisible(r, v, form.Source)
	}
	if err != nil {
		s.renderRecordForm(w, r, v, tizim.HTTPStatus(err), recordFormPage{Form: form, Error: tizim.ErrorMessage(err)})
		return
	}
	if rec.RecordID == "" {
		rec.RecordID = "web-" + newToken()[:12]
	}
	if err := rec.Validate(); err != nil {
		s.renderRecordForm(w, r, v, tizim.HTTPStatus(err), recordFormPage{Form: form, Error: tizim.ErrorMessage(err)})
		return
	}
	// Writing a record with an existing key would update it: a silent edit of what a source
	// said. Corrections go through the correction form instead.
	if _, err := s.cfg.Records.FindRecord(r.Context(), rec.Key()); err == nil {
		err = tizim.Errorf(tizim.ECONFLICT, "The source already has a record %s; open it and correct it instead.", rec.RecordID)
		s.renderRecordForm(w, r, v, tizim.HTTPStatus(err), recordFormPage{Form: form, Error: tizim.ErrorMessage(err)})
		return
	} else if tizim.ErrorCode(err) != tizim.ENOTFOUND {
		s.fail(w, r, v, err)
		return
	}
	rec.Raw = []tizim.Field{{Column: "entered_by", Value: v.user.Name}, {Column: "entered_at", Value: s.now().UTC().Format("2006-01-02T15:04:05Z")}}
	if err := s.putRecord(r, rec); err != nil {
		s.renderRecordForm(w, r, v, tizim.HTTPStatus(err), recordFormPage{Form: form, Error: tizim.ErrorMessage(err)})
		return
	}
	s.log.Info("record added", "user", v.user.Name, "record", rec.Key().String())
	http.Redirect(w, r, "/records/"+strconv.FormatInt(rec.ID, 10), http.StatusSeeOther)
}

// checkSourceVisible fails unless a source with the key exists and the visitor may see it.
func (s *Server) checkSourceVisible(r *http.Request, v *visitor, key string) error {
	src, err := s.cfg.Sources.FindSource(r.Context(), key)
	if err == nil && !src.Consent.Allows(v.clearance()) || tizim.ErrorCode(err) == tizim.ENOTFOUND {
		return tizim.Errorf(tizim.EINVALID, "Choose a source for the record.")
	}
	return err
}

// putRecord writes one record in its own transaction.
func (s *Server) putRecord(r *http.Request, rec *tizim.Record) error {
	wr, err := s.cfg.Records.BeginWrite(r.Context())
	if err != nil {
		return err
	}
	if _, err := wr.Put(r.Context(), rec); err != nil {
		wr.Rollback()
		return err
	}
	return wr.Commit()
}
